import Foundation
import Testing

/// `tiwizi showcase`: the HTML passes tidy, shows every selected product once with what `tiwizi
/// price` gives it, marks Arabic right to left; the other formats carry the same; bad input
/// writes nothing.
@Suite("tiwizi showcase")
struct ShowcaseCommandTests {
    static let moment = "2026-03-20T09:00"

    func workspace() async throws -> Workspace {
        let workspace = try Workspace()
        try await workspace.importSeed()
        return workspace
    }

    /// The rules of the repository, so that prices are those of the shipped rules.
    static let rules = ["--rules", Tiwizi.repositoryRoot.appendingPathComponent("scripts").path]

    @Test("the HTML passes tidy and shows each selected product once, priced and labelled as tiwizi price")
    func htmlMatchesThePrices() async throws {
        let workspace = try await workspace()
        let written = try await workspace.run(
            ["showcase", "--out", "out", "--at", Self.moment, "--base-url", "https://tiwizi.ma/p/"] + Self.rules)
        #expect(written.status == 0 && written.stdout.hasPrefix("Showcase of 37 products from 12 cooperatives"), "\(written)")
        let index = workspace.url("out/index.html").path
        try await Self.expectTidy(index, in: workspace)
        let html = try String(contentsOfFile: index, encoding: .utf8)

        let priced = try await workspace.run(["price", "--at", Self.moment, "--json"] + Self.rules)
        let records = try Output.jsonRecords(priced.stdout)
        #expect(records.count == 37)
        for record in records {
            let sku = try #require(record["sku"] as? String)
            #expect(html.components(separatedBy: "id=\"product-\(sku)\"").count == 2, "\(sku) not shown once")
            let card = Self.card(sku, in: html)
            #expect(card.contains("data-amount=\"\(record["price"] as? String ?? "?")\""), "\(sku) price")
            let labels = (record["labels"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(Self.values(of: "data-label", in: card) == labels, "\(sku) labels")
            if let share = (record["producer_share"] as? String).flatMap(Double.init) {
                #expect(card.contains("<dd class=\"share\"><bdi>\(Int(share.rounded())) %</bdi>"), "\(sku) share")
            }
            #expect(card.contains("<a href=\"https://tiwizi.ma/p/\(sku)\">"), "\(sku) QR link")
        }
        // QR codes read back as their product's URL; the charts are there, with their words.
        for sku in ["TAF-ARG-250", "ASF-SAF-1G", "TAM-THY-500"] {
            let card = Self.card(sku, in: html)
            let start = try #require(card.range(of: "<svg"))
            let end = try #require(card.range(of: "</svg>"))
            _ = try workspace.write("qr-\(sku).svg", String(card[start.lowerBound..<end.upperBound]))
            let read = try await workspace.shell(
                "rsvg-convert -z 4 qr-\(sku).svg -o qr-\(sku).png && zbarimg --raw -q qr-\(sku).png")
            #expect(read.stdout == "https://tiwizi.ma/p/\(sku)\n", "\(read)")
        }
        #expect(html.contains("<title") && html.contains("Produits par région") && html.contains("المنتجات حسب الجهة"))
        // Every Arabic element says it is right to left, and the Arabic font is in the folder
        let arabic = html.components(separatedBy: "lang=\"ar\"").dropFirst()
        // (SVG says it with `lang` and `xml:lang`, then `direction`.)
        #expect(
            !arabic.isEmpty
                && arabic.allSatisfy { [" dir=\"rtl\"", " direction=\"rtl\"", " xml:"].contains(where: $0.hasPrefix) })
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/fonts/Amiri-Regular.ttf").path))
        #expect(FileManager.default.fileExists(atPath: workspace.url("out/style.css").path))
    }

    @Test("an event's showcase has its cover and the event's prices; --lang puts Arabic first")
    func eventAndLanguages() async throws {
        let workspace = try await workspace()
        _ = try await workspace.run(
            "event", "add", "assises-ess-2026", "--title-fr", "Assises nationales de l'ESS", "--title-ar", "الملتقى الوطني",
            "--place-fr", "Rabat", "--place-ar", "الرباط", "--from", "2026-03-18", "--to", "2026-03-22")
        let written = try await workspace.run(
            [
                "showcase", "--out", "out", "--at", Self.moment, "--event", "assises-ess-2026", "--lang", "ar,fr", "--region",
                "MA-09",
            ]
                + Self.rules)
        #expect(written.status == 0, "\(written)")
        let html = try String(contentsOfFile: workspace.url("out/index.html").path, encoding: .utf8)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<h1><span lang=\"ar\" dir=\"rtl\">الملتقى الوطني</span>"), "\(html.prefix(900))")
        #expect(html.contains("<span lang=\"fr\" dir=\"ltr\">Rabat</span>"))
        #expect(!html.contains("region-MA-01"), "only the Souss-Massa is selected")
    }

    @Test("JSON and Markdown carry the same products and prices")
    func otherFormats() async throws {
        let workspace = try await workspace()
        let json = try await workspace.run(["showcase", "--format", "json", "--out", "json", "--at", Self.moment] + Self.rules)
        #expect(json.status == 0, "\(json)")
        let document = try Output.jsonRecord(String(contentsOfFile: workspace.url("json/showcase.json").path, encoding: .utf8))
        let sections = try #require(document["sections"] as? [[String: Any]])
        let products = sections.flatMap {
            ($0["cooperatives"] as? [[String: Any]] ?? []).flatMap { $0["products"] as? [[String: Any]] ?? [] }
        }
        let priced = try Output.jsonRecords(
            try await workspace.run(["price", "--at", Self.moment, "--json"] + Self.rules).stdout)
        #expect(products.map { $0["sku"] as? String ?? "" }.sorted() == priced.map { $0["sku"] as? String ?? "" }.sorted())
        let prices = Dictionary(uniqueKeysWithValues: priced.map { ($0["sku"] as? String ?? "", $0["price"] as? String ?? "") })
        #expect(products.allSatisfy { prices[$0["sku"] as? String ?? ""] == $0["price"] as? String })

        let markdown = try await workspace.run(["showcase", "--format", "md", "--out", "md", "--at", Self.moment] + Self.rules)
        #expect(markdown.status == 0, "\(markdown)")
        let text = try String(contentsOfFile: workspace.url("md/showcase.md").path, encoding: .utf8)
        #expect(text.hasPrefix("# Vitrine de l'économie sociale et solidaire "), "\(text.prefix(200))")
        for sku in prices.keys { #expect(text.components(separatedBy: "| \(sku) |").count == 2, "\(sku) in Markdown") }
    }

    @Test("shelf labels: one per product, priced as tiwizi price, with its QR code; the PDF, or how to get it")
    func labelsAndPDF() async throws {
        let workspace = try await workspace()
        let labels = try await workspace.run(
            ["showcase", "--format", "labels", "--out", "labels", "--at", Self.moment, "--base-url", "https://tiwizi.ma/p/"]
                + Self.rules)
        #expect(labels.status == 0 && labels.stdout.contains("labels/labels.html"), "\(labels)")
        let sheet = workspace.url("labels/labels.html").path
        try await Self.expectTidy(sheet, in: workspace)
        let html = try String(contentsOfFile: sheet, encoding: .utf8)
        let priced = try Output.jsonRecords(
            try await workspace.run(["price", "--at", Self.moment, "--json"] + Self.rules).stdout)
        for record in priced {
            let sku = record["sku"] as? String ?? ""
            #expect(html.components(separatedBy: "id=\"label-\(sku)\"").count == 2, "\(sku) label")
        }
        #expect(html.components(separatedBy: "class=\"qr\"").count == priced.count + 1)
        #expect(html.contains("data-amount=\"109.90\""))

        let hidden = try await workspace.run(
            ["showcase", "--format", "pdf", "--out", "pdf", "--at", Self.moment] + Self.rules,
            environment: ["PATH": "/nonexistent"])
        #expect(hidden.status == 1 && hidden.stderr.contains("apt-get install weasyprint"), "\(hidden)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("pdf").path))
        guard (try await workspace.shell("command -v weasyprint")).status == 0 else { return }
        let pdf = try await workspace.run(
            ["showcase", "--format", "pdf", "--out", "pdf", "--at", Self.moment, "--region", "MA-09"] + Self.rules)
        #expect(pdf.status == 0, "\(pdf)")
        let data = try Data(contentsOf: workspace.url("pdf/showcase.pdf"))
        #expect(data.starts(with: Data("%PDF-".utf8)))
        let text = try await workspace.shell("pdftotext pdf/showcase.pdf - | tr -s ' \\n' ' '")
        #expect(text.stdout.contains("Safran de Taliouine") && text.stdout.contains("ASF-SAF-1G"), "\(text.stdout.prefix(500))")
    }

    @Test("the cards made on every core give the page of one worker, and of Mustache rendering it in one piece")
    func workersAndOnePiece() async throws {
        let workspace = try await workspace()
        let base = ["showcase", "--at", Self.moment, "--base-url", "https://tiwizi.ma/p/"] + Self.rules
        var pages: [String] = []
        for (out, workers) in [("one", "1"), ("two", "2"), ("three", "3")] {
            let written = try await workspace.run(base + ["--out", out, "--workers", workers])
            #expect(written.status == 0, "\(written)")
            pages.append(try String(contentsOfFile: workspace.url("\(out)/index.html").path, encoding: .utf8))
        }
        #expect(pages[0] == pages[1] && pages[1] == pages[2])
        // An indented card partial is rendered in one piece (cards then indented like their tag).
        _ = try await workspace.run("showcase", "--copy-templates", "mine")
        let page = workspace.url("mine/showcase.mustache")
        let original = try String(contentsOf: page, encoding: .utf8)
        #expect(original.contains("\n{{> card}}\n"))
        try original.replacingOccurrences(of: "\n{{> card}}\n", with: "\n      {{> card}}\n")
            .write(to: page, atomically: true, encoding: .utf8)
        let whole = try await workspace.run(base + ["--template", "mine", "--out", "whole"])
        #expect(whole.status == 0, "\(whole)")
        let onePiece = try String(contentsOfFile: workspace.url("whole/index.html").path, encoding: .utf8)
        let unindented = { (html: String) in html.split(separator: "\n").map { $0.drop { $0 == " " } } }
        #expect(onePiece != pages[1] && unindented(onePiece) == unindented(pages[1]))
    }

    @Test("a curator's copy of the templates is used; a template that does not parse names its line")
    func curatorTemplates() async throws {
        let workspace = try await workspace()
        let copied = try await workspace.run("showcase", "--copy-templates", "mine")
        #expect(copied.status == 0, "\(copied)")
        let page = workspace.url("mine/showcase.mustache")
        let original = try String(contentsOf: page, encoding: .utf8)
        try original.replacingOccurrences(of: "<main>", with: "<main>\n<p class=\"curator\">Sélection du jury</p>")
            .write(to: page, atomically: true, encoding: .utf8)
        let styled = try await workspace.run(
            ["showcase", "--template", "mine", "--out", "out", "--at", Self.moment] + Self.rules)
        #expect(styled.status == 0, "\(styled)")
        #expect(try String(contentsOfFile: workspace.url("out/index.html").path, encoding: .utf8).contains("Sélection du jury"))

        try (original + "\n{{#sections}}\n").write(to: page, atomically: true, encoding: .utf8)
        let broken = try await workspace.run(
            ["showcase", "--template", "mine", "--out", "again", "--at", Self.moment] + Self.rules)
        #expect(broken.status == 1 && broken.stderr.contains("mine/showcase.mustache:"), "\(broken)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("again").path))
    }

    @Test("a curation script selects, orders and groups the products, with bilingual headings")
    func curation() async throws {
        let workspace = try await workspace()
        let script = Tiwizi.repositoryRoot.appendingPathComponent("scripts/showcase/women.lua").path
        let written = try await workspace.run(["showcase", "--curate", script, "--out", "out", "--at", Self.moment] + Self.rules)
        #expect(written.status == 0, "\(written)")
        let index = workspace.url("out/index.html").path
        try await Self.expectTidy(index, in: workspace)
        let html = try String(contentsOfFile: index, encoding: .utf8)
        #expect(html.contains("<span lang=\"ar\" dir=\"rtl\">تعاونيات النساء: مهارات مشتركة</span>"))
        #expect(html.contains("<p class=\"blurb\" lang=\"ar\" dir=\"rtl\">الأركان والزيتون، تعصرهما التعاونيات وتعبئهما.</p>"))
        let oils = try #require(html.range(of: "id=\"section-1\""))
        let pantry = try #require(html.range(of: "id=\"section-2\""))
        let firstSection = String(html[oils.upperBound..<pantry.lowerBound])
        #expect(firstSection.contains("id=\"product-TAF-ARG-250\"") && !firstSection.contains("id=\"product-TAF-AML-250\""))
        // Only women's cooperatives' products, each once.
        let json = try await workspace.run(
            ["showcase", "--curate", script, "--format", "json", "--out", "json", "--at", Self.moment] + Self.rules)
        #expect(json.status == 0, "\(json)")
        let coops = try Output.jsonRecords(try await workspace.run("coop", "list", "--json").stdout)
        let womens = Set(
            coops.filter { coop in
                let members = coop["members"] as? [String: Any]
                return members?["total"] as? Int != nil && members?["total"] as? Int == members?["women"] as? Int
            }.compactMap { $0["id"] as? String })
        #expect(!womens.isEmpty && womens.count < coops.count)
        let document = try Output.jsonRecord(String(contentsOfFile: workspace.url("json/showcase.json").path, encoding: .utf8))
        let shown = (document["sections"] as? [[String: Any]] ?? []).flatMap { $0["cooperatives"] as? [[String: Any]] ?? [] }
        #expect(
            !shown.isEmpty && shown.allSatisfy { womens.contains($0["id"] as? String ?? "") }, "\(shown.map { $0["id"] ?? "" })")
    }

    @Test("a curation script that fails, loops or returns a bad table is refused by file and field")
    func badCurations() async throws {
        let workspace = try await workspace()
        let cases: [(String, String)] = [
            (
                "return {sections = {{heading = {fr = 'Huiles'}, products = {'TAF-ARG-250'}}}}",
                "curate.lua: sections[1].heading has no text in ar"
            ),
            (
                "return {sections = {{heading = {fr = 'A', ar = 'أ'}, products = {'TAF-ARG-250', 'TAF-ARG-250'}}}}",
                "TAF-ARG-250 is listed twice (sections[1].products[1] and sections[1].products[2])"
            ),
            ("return {sections = {{heading = {fr = 'A', ar = 'أ'}, products = {'NOPE-1'}}}}", "there is no product NOPE-1"),
            ("return {sections = {}, colour = 'red'}", "unknown field “colour”"),
            ("local x = nil\nreturn x.y", "curate.lua:2:"),
            ("while true do end", "instruction"),
        ]
        for (source, message) in cases {
            _ = try workspace.write("curate.lua", source)
            let result = try await workspace.run(
                ["showcase", "--curate", "curate.lua", "--out", "out", "--at", Self.moment] + Self.rules)
            #expect(result.status == 1 && result.stderr.contains(message), "\(source): \(result)")
        }
        let both = try await workspace.run(["showcase", "--curate", "curate.lua", "--region", "MA-09"] + Self.rules)
        #expect(both.status == 1 && both.stderr.contains("--curate selects the products itself"), "\(both)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("out").path))
    }

    @Test("a tiwizi copied away from its build still finds its templates")
    func copiedBinary() async throws {
        let workspace = try await workspace()
        let rules = Tiwizi.repositoryRoot.appendingPathComponent("scripts").path
        let result = try await workspace.shell(
            """
            cp "$TIWIZI" ./tiwizi-copy && ./tiwizi-copy new plugin copied --in mine >/dev/null \\
              && ./tiwizi-copy showcase --out out --rules '\(rules)' --at \(Self.moment)
            """)
        #expect(result.status == 0 && result.stdout.hasPrefix("Showcase of 37 products"), "\(result)")
        #expect(FileManager.default.fileExists(atPath: workspace.url("mine/copied/.meta/rules.meta.lua").path))
    }

    @Test("bad input is refused and writes nothing")
    func badInput() async throws {
        let workspace = try await workspace()
        _ = try workspace.write("taken/keep.txt", "mine")
        let cases: [([String], String)] = [
            (["--region", "MA-04"], "the selection is empty"),
            (["--lang", "fr,de"], "“de” is not a showcase language"),
            (["--category", "food..oil"], "category"),
            (["--coop", "nope"], "nope"),
            (["--template", "nowhere"], "there is no template folder at"),
        ]
        for (arguments, message) in cases {
            let result = try await workspace.run(["showcase", "--out", "out", "--at", Self.moment] + arguments + Self.rules)
            #expect(result.status != 0 && result.stderr.contains(message), "\(arguments): \(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.url("out").path))
        _ = try workspace.write("file.txt", "mine")
        let file = try await workspace.run(["showcase", "--out", "file.txt", "--at", Self.moment] + Self.rules)
        #expect(file.status == 1 && file.stderr.contains("file.txt is a file, not a folder"), "\(file)")
        let taken = try await workspace.run(["showcase", "--out", "taken", "--at", Self.moment] + Self.rules)
        #expect(taken.status == 1 && taken.stderr.contains("taken is not empty"), "\(taken)")
        #expect(try String(contentsOfFile: workspace.url("taken/keep.txt").path, encoding: .utf8) == "mine")
        let replaced = try await workspace.run(["showcase", "--out", "taken", "--replace", "--at", Self.moment] + Self.rules)
        #expect(replaced.status == 0 && !FileManager.default.fileExists(atPath: workspace.url("taken/keep.txt").path))
        #expect(try await workspace.shell("ls -a | grep -c tiwizi-").stdout == "0\n", "no staging folder left")
    }

    /// `tidy` finds no error in the page. (Its warnings are about SVG attributes, which tidy 5.6
    /// does not know; it exits with 1 for warnings, 2 for errors.)
    static func expectTidy(_ page: String, in workspace: Workspace) async throws {
        let tidy = try await workspace.shell("tidy -q -e '\(page)'")
        #expect(tidy.status < 2 && !tidy.stderr.contains("Error:"), "tidy: \(tidy)")
        let other = tidy.stderr.split(separator: "\n").filter { line in
            !["<svg>", "<title>", "<desc>", "<text>", "<tspan>", "<rect>", "<path>", "<g>", "<pattern>", "<line>"]
                .contains { line.contains("Warning: \($0)") }
        }
        #expect(other.isEmpty, "tidy warnings outside SVG: \(other)")
    }

    /// The text of the card of `sku`.
    static func card(_ sku: String, in html: String) -> String {
        guard let start = html.range(of: "<article class=\"card\" id=\"product-\(sku)\">") else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</article>")?.upperBound ?? rest.endIndex)])
    }

    /// The values of `attribute` in `html`, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: "\(attribute)=\"").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }
}
