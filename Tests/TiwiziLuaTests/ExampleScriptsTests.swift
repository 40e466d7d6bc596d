import Foundation
import LuaHost
import Testing

/// The scripts developers start from (`scripts/examples/`) run cleanly on the seed catalog and
/// print what they promise; `luacheck scripts/` is clean.
@Suite struct ExampleScriptsTests {
    static let folder = SeedCatalog.repositoryRoot.appendingPathComponent("scripts/examples")

    /// Every `.lua` file of the examples folder, by name.
    static let names: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".lua") }.sorted()

    /// Runs an example in-process at 2026-03-20T09:00 with seed 1, as `tiwizi run` would.
    private func run(_ name: String, _ parameters: [String: String] = [:]) throws -> [String] {
        try SeedCatalog.run(scriptAt: Self.folder.appendingPathComponent(name).path, parameters: parameters).lines
    }

    @Test func theExamplesAreThere() {
        #expect(Self.names == ["argan-report.lua", "event-discount.lua", "stock-alerts.lua", "women-cooperatives.lua"])
    }

    @Test(arguments: names)
    func runsCleanlyAndPrintsAReport(_ name: String) throws {
        let lines = try run(name)
        #expect(lines.count >= 8, "\(name) printed too little:\n\(lines.joined(separator: "\n"))")
        // A nil or a Lua table address in a report is a bug in the script.
        for line in lines {
            #expect(!line.contains("nil") && !line.contains("table: 0x"), "\(name): suspicious line '\(line)'")
        }
    }

    @Test func arganReportListsTheIGPOilsWithTheirPricePerLitre() throws {
        let lines = try run("argan-report.lua")
        #expect(lines.first == "IGP Argane (igp), valid on 2026-03-20")
        #expect(lines.contains("CHB-ARG-500     Huile d'argan alimentaire   500 ml  280,00\u{A0}DH   560,00\u{A0}DH/l"))
        #expect(lines.contains("TAF-ARG-250     Huile d'argan alimentaire   250 ml  145,00\u{A0}DH   580,00\u{A0}DH/l"))
        #expect(lines.contains("\tCoopérative féminine Tafoukt (100 % women), Souss-Massa"))
        #expect(lines.last == "3 products from 2 cooperatives")
        #expect(!lines.contains { $0.contains("renew") })
    }

    @Test func arganReportTakesAnotherSchemeAndWarnsOfRenewals() throws {
        let saffron = try run("argan-report.lua", ["scheme": "aop-safran-taliouine"])
        #expect(saffron.first == "AOP Safran de Taliouine (aop), valid on 2026-03-20")
        // The 5 g box's AOP expired in 2025: it is not listed.
        #expect(!saffron.contains { $0.hasPrefix("ASF-SAF-5G") })
        #expect(
            saffron.contains(
                "ASF-SAF-1G      Safran de Taliouine en filaments 1 g     40,00\u{A0}DH    40\u{202F}000,00\u{A0}DH/kg"))
        #expect(saffron.last == "2 products from 1 cooperative")
        let argan = try run("argan-report.lua", ["warn_days": "700"])
        #expect(argan.contains("\tIGP-ARG-2023-0142 until 2027-12-31  ← renew: 651 days left"))
    }

    @Test func womenCooperativesGivesFiguresByRegion() throws {
        let lines = try run("women-cooperatives.lua")
        #expect(lines.contains("MA-01  Tanger-Tétouan-Al Hoceïma         1        1    100%         3   MAD\u{A0}18,750.00"))
        #expect(lines.contains("MA-09  Souss-Massa                       2        1     77%         4   MAD\u{A0}29,805.00"))
        #expect(lines.contains("all regions                             12        4     51%        13   MAD\u{A0}68,055.00"))
        #expect(lines.last == "216 of 421 members are women; 4 of 12 cooperatives are women's cooperatives")
    }

    @Test func eventDiscountPreviewsRoundedPricesWithEndings() throws {
        let lines = try run("event-discount.lua")
        #expect(lines.first == "Fair discount 15 % on food: rounded down to 0.50, ending 9.90 within 3 points")
        #expect(lines.contains("TAF-ARG-250         145.00    123.25    123.00    119.90  17.3%"))
        // 34.00 → 29.90 would be 25 % off, beyond the 3-point tolerance: the rounded price stays.
        #expect(lines.contains("ASF-SAF-1G           40.00     34.00     34.00     34.00  15.0%"))
        #expect(
            lines.last
                == "22 products, 8 with the 9.90 ending; one of each costs 1\u{202F}877,20\u{A0}DH instead of 2\u{202F}239,00\u{A0}DH"
        )
        // Never less than the announced discount.
        for line in lines where line.hasSuffix("%") && !line.hasPrefix("SKU") {
            let percent = Double(line.split(separator: " ").last!.dropLast())!
            #expect(percent >= 15, "\(line)")
        }
    }

    @Test func eventDiscountTakesItsParameters() throws {
        let lines = try run("event-discount.lua", ["discount": "20", "category": "food.oil"])
        #expect(
            lines == [
                "Fair discount 20 % on food.oil: rounded down to 0.50, ending 9.90 within 3 points",
                "SKU                  price      -20%   rounded     shelf    off",
                "CHB-ARG-500         280.00    224.00    224.00    219.90  21.5%",
                "CHB-OLV-TYT-1L      115.00     92.00     92.00     89.90  21.8%",
                "TAF-ARG-250         145.00    116.00    116.00    116.00  20.0%",
                "TIS-OLV-1L           95.00     76.00     76.00     76.00  20.0%",
                "",
                "4 products, 2 with the 9.90 ending; one of each costs 501,80\u{A0}DH instead of 635,00\u{A0}DH",
            ])
        #expect(throws: LuaError.self) { try run("event-discount.lua", ["discount": "fifteen"]) }
    }

    @Test func stockAlertsGroupsAlertsByCooperative() throws {
        let lines = try run("stock-alerts.lua")
        #expect(lines.first == "Alerts on 2026-03-20 (low stock ≤ 30, certificates within 120 days)")
        #expect(lines.contains("Coopérative Aknari Aït Baâmrane, +212528876540"))
        #expect(lines.contains("  AKN-FBB-5KG      out of stock"))
        #expect(lines.contains("  ASF-SAF-5G       AOP Safran de Taliouine expired on 2025-06-30"))
        #expect(lines.contains("  TZB-BOU-200X150  made to order in 45 days"))
        #expect(lines.last == "13 alerts")
        let later = try run("stock-alerts.lua", ["threshold": "10", "days": "300"])
        #expect(later.contains("  WRD-BTN-100      AOP Rose de Kelâat M'Gouna-Dadès expires on 2026-12-31 (in 286 days)"))
        #expect(!later.contains("  TAM-EUP-1KG      low stock: 20 left"))
    }

    /// `luacheck scripts/` is clean with the repository's .luacheckrc (the examples and the
    /// LuaCATS meta file).
    @Test func luacheckIsClean() throws {
        let luacheck = try ProcessRun.tool("luacheck", install: ProcessRun.installLuacheck)
        let result = try ProcessRun.execute(
            luacheck, ["--formatter", "plain", "--no-cache", "scripts/"], in: SeedCatalog.repositoryRoot)
        #expect(result.status == 0, "luacheck scripts/ reported:\n\(result.stdout)\(result.stderr)")
    }
}
