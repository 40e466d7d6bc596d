import Foundation
import Testing

/// `tiwizi price` and `tiwizi labels` with the rule set Tiwizi ships (`scripts/`), on the seed
/// catalog, through the real binary.
@Suite("tiwizi price and labels")
struct PriceCommandTests {
    static let scripts = Tiwizi.repositoryRoot.appendingPathComponent("scripts").path
    static let conference = "2026-03-20T09:00"

    private func seeded(language: String = "C") async throws -> Workspace {
        let workspace = try Workspace(language: language)
        try await workspace.importSeed()
        return workspace
    }

    @Test("every seed product is priced: margin, rounding, ending, shares that sum to the price")
    func pricesTheSeedCatalog() async throws {
        let workspace = try await seeded()
        let table = try await workspace.run("price", "--rules", Self.scripts)
        #expect(table.status == 0, "\(table)")
        #expect(Set(Output.firstColumn(table.stdout)) == Fixture.seedSKUs)
        let records = try Output.jsonRecords(try await workspace.run("price", "--rules", Self.scripts, "--json").stdout)
        #expect(records.count == Fixture.seedSKUs.count)
        /// `"169.90"` in centimes.
        func centimes(_ value: Any?) -> Int? { (value as? String).flatMap { Int($0.replacingOccurrences(of: ".", with: "")) } }
        for record in records {
            let shares = try #require(record["shares"] as? [String: String])
            let price = try #require(centimes(record["price"]))
            #expect(shares.values.compactMap(centimes).reduce(0, +) == price, "\(record)")
            // Every price ends at a half-dirham, and from 100 DH in 9,90.
            #expect(price % 50 == 0 || price % 1_000 == 990, "\(record)")
            if price >= 10_000 { #expect(price % 1_000 == 990, "\(record)") }
        }
        let dates = try #require(records.first { $0["sku"] as? String == "AGH-MJH-500" })
        // 68,00 + 15 % = 78,20, rounded half-up to 78,00: under 100 DH, no ending.
        #expect(dates["price"] as? String == "78.00" && dates["rules_applied"] as? [String] == ["margin", "round-050"])
    }

    @Test("--explain says what each rule did and why the others did not apply")
    func explains() async throws {
        let workspace = try await seeded()
        let result = try await workspace.run(
            "price", "TAF-ARG-250", "--rules", Self.scripts, "--explain", "--at", Self.conference)
        #expect(result.status == 0, "\(result)")
        let text = Output.plain(result.stdout)
        #expect(text.hasPrefix("TAF-ARG-250  Culinary argan oil: list price MAD 145.00"), "\(text)")
        #expect(text.contains("1. margin (base-pricing, pricing/base.lua:32): applied"))
        #expect(text.contains("markup of 15 %: MAD 145.00 → MAD 166.75 (funded by the marketplace) — marge du marché"))
        #expect(text.contains("not applied, lost best-of group assises to assises-women-20 (MAD 133.40 instead of MAD 141.74)"))
        #expect(text.contains("20 % off: MAD 166.75 → MAD 133.40 (funded by the event)"))
        // Tafoukt's floor is 85 % of 145,00: its clearance gives 21,75 of the 26,68 it asks.
        #expect(text.contains("20 % off: MAD 133.40 → MAD 111.65 (funded by the cooperative) — déstockage"))
        #expect(
            text.contains(
                "clamped by the producer's floor MAD 123.25: the cooperative could give MAD 21.75 of the MAD 26.68 asked"))
        #expect(
            text.contains("price MAD 109.90: cooperative MAD 123.25 (112.14 %), marketplace MAD 20.00, event -MAD 33.35"),
            "\(text)")
        // Outside the conference, its rules are outside their window.
        let later = try await workspace.run("price", "TAF-ARG-250", "--rules", Self.scripts, "--explain")
        #expect(
            Output.plain(later.stdout).contains(
                "not applied, outside its validity window 2026-03-18..2026-03-22 (the run's day is 2026-11-29)"))
    }

    @Test("--json --explain gives reasons as codes, and the same inputs give the same bytes")
    func jsonIsDeterministic() async throws {
        let workspace = try await seeded()
        let arguments = ["price", "--rules", Self.scripts, "--json", "--explain", "--at", Self.conference]
        let first = try await workspace.run(arguments)
        #expect(first.status == 0, "\(first)")
        #expect(try await workspace.run(arguments).stdout == first.stdout)
        let records = try Output.jsonRecords(first.stdout)
        let steps = records.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        let codes = Set(steps.compactMap { ($0["reason"] as? [String: Any])?["code"] as? String })
        #expect(codes.isSuperset(of: ["declined", "lostBestOf"]), "\(codes)")
        #expect(steps.allSatisfy { $0["location"] as? String != nil })
        #expect(steps.filter { $0["outcome"] as? String != "skipped" }.allSatisfy { $0["instructions"] as? Int != nil })
    }

    @Test("labels come from the same pass as prices, in the language asked")
    func labels() async throws {
        let workspace = try await seeded()
        let result = try await workspace.run("labels", "TAF-ARG-250", "--rules", Self.scripts, "--at", Self.conference)
        #expect(result.status == 0, "\(result)")
        for label in ["-20 % Assises ESS", "Coopérative féminine", "IGP Argane", "Savoir-faire inscrit à l'UNESCO"] {
            #expect(result.stdout.contains(label), "\(result)")
        }
        let arabic = try await workspace.run("labels", "TAF-ARG-250", "--rules", Self.scripts, "--lang", "ar")
        #expect(arabic.stdout.contains("تعاونية نسائية"), "\(arabic)")
        let json = try Output.jsonRecords(
            try await workspace.run("labels", "MLM-ZLG-TBL60", "--rules", Self.scripts, "--json").stdout)
        let ids = (json.first?["labels"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.contains("made-to-order") == true, "\(json)")
    }

    @Test("a failing rule names its rule, script, line and product; --on-error skip goes on")
    func failingRules() async throws {
        let workspace = try await seeded()
        try workspace.write(
            "rules/pricing/broken.lua",
            """
            return {
              name = "broken", version = "1.0.0", api = "2.0", description = {fr = "d", ar = "د"},
              rules = {
                {name = "broken", funded_by = "event",
                 price = function(p)
                   if p.sku == "TAF-ARG-250" then return {percent_off = 150} end
                 end},
              },
            }
            """)
        let failed = try await workspace.run("price", "--rules", "rules")
        #expect(failed.status != 0)
        #expect(
            failed.stderr
                == "error: pricing/broken.lua:5: rule broken (price, TAF-ARG-250): the percentage 150 % is out of range (0 to 100 %).\n",
            "\(failed)")
        let skipped = try await workspace.run("price", "TAF-ARG-250", "--rules", "rules", "--on-error", "skip", "--explain")
        #expect(skipped.status == 0, "\(skipped)")
        #expect(skipped.stdout.contains("not applied, failed and skipped: the percentage 150 % is out of range"))
        let unknown = try await workspace.run("price", "NOPE-1", "--rules", Self.scripts)
        #expect(unknown.status != 0 && unknown.stderr.contains("NOPE-1"), "\(unknown)")
    }

    @Test("in French, explanations and headings are French")
    func french() async throws {
        let workspace = try await seeded(language: "fr_FR.UTF-8")
        let result = try await workspace.run(
            "price", "TAF-ARG-250", "--rules", Self.scripts, "--explain", "--at", Self.conference)
        #expect(result.status == 0, "\(result)")
        let text = Output.plain(result.stdout)
        #expect(text.contains("prix catalogue 145,00 DH"), "\(result)")
        #expect(text.contains("1. margin (base-pricing, pricing/base.lua:32) : appliquée"))
        #expect(text.contains("à la charge de l'événement"))
    }

    @Test("the whole catalog prices the same, byte for byte, on 1, 2 or 3 workers")
    func workersDoNotChangeTheOutput() async throws {
        let workspace = try await seeded()
        // 600 products more than the seed: three batches of 256.
        let generated = try await workspace.run("generate", "--cooperatives", "30", "--products", "600", "--into-catalog")
        #expect(generated.status == 0, "\(generated)")
        let price = ["price", "--rules", Self.scripts, "--at", Self.conference]
        for (format, counts) in [
            (["--json"], ["1", "2", "3"]), ([], ["1", "3"]), (["--explain", "--limit", "300"], ["1", "2"]),
        ] {
            var outputs: [String] = []
            for workers in counts {
                let run = try await workspace.run(price + format + ["--workers", workers])
                #expect(run.status == 0, "\(run.stderr)")
                outputs.append(run.stdout)
            }
            #expect(Set(outputs).count == 1, "\(format)")
            if format == ["--json"] {
                let skus = try Output.jsonRecords(outputs[0]).compactMap { $0["sku"] as? String }
                #expect(skus.count == Fixture.seedSKUs.count + 600 && skus == skus.sorted())
            }
        }
        let labels = try await workspace.run("labels", "--rules", Self.scripts, "--limit", "300", "--workers", "3")
        let alone = try await workspace.run("labels", "--rules", Self.scripts, "--limit", "300", "--workers", "1")
        #expect(labels.status == 0 && labels.stdout == alone.stdout)
        let zero = try await workspace.run("price", "--rules", Self.scripts, "--workers", "0")
        #expect(zero.status != 0 && zero.stderr.contains("--workers must be between 1 and 256"), "\(zero)")
    }
}
