import Foundation
import Testing

@testable import TiwiziShowcase

/// An HTML page renders its cards on several threads before the page itself
/// (`ShowcaseTemplates.renderPage`): the text must be the one Mustache gives in one piece,
/// whatever the number of threads and whatever the card template reads from around it.
@Suite("Showcase: cards rendered beforehand")
struct CardRenderingTests {
    static let card = """
        <article lang="{{lang}}" data-section="{{anchor}}" data-coop="{{id}}" id="{{sku}}">
          {{#name}}{{> text}}{{/name}}
          {{{qr}}}
          <p>{{title}} {{missing}}</p>
        </article>

        """
    static let text = "{{#after}} · {{/after}}<span lang=\"{{lang}}\">{{text}}</span>"

    /// Pages that place the card partial at the start of a line, indented, or not at all.
    static let pages = [
        "standing": """
        <h1>{{title}}</h1>
        {{#sections}}
        <section id="{{anchor}}">
        {{#profiles}}
          <div data-coop="{{id}}">
        {{#cards}}
        {{> card}}
        {{/cards}}
          </div>
        {{/profiles}}
        </section>
        {{/sections}}
        {{#sections}}{{#profiles}}{{#cards}}<a href="#{{sku}}">{{sku}}</a>{{> card}}{{/cards}}{{/profiles}}{{/sections}}

        """,
        "indented": """
        {{#sections}}{{#profiles}}
            {{#cards}}
            {{> card}}
            {{/cards}}
        {{/profiles}}{{/sections}}

        """,
        "inlined": "{{#sections}}{{#profiles}}{{#cards}}<b>{{sku}}</b>{{/cards}}{{/profiles}}{{/sections}}\n",
    ]

    static func card(_ sku: String, _ french: String, arabic: String? = nil) -> [String: Any] {
        var names: [[String: Any]] = [["lang": "fr", "text": french, "after": false]]
        if let arabic { names.append(["lang": "ar", "text": arabic, "after": true]) }
        return ["sku": sku, "name": names, "qr": "<svg>\n  <path d=\"M0 0h1\"/>\n</svg>"]
    }

    static var context: [String: Any] {
        [
            "title": "Assises <ESS>", "lang": "fr",
            "sections": [
                [
                    "anchor": "region-MA-09",
                    "profiles": [
                        [
                            "id": "tafoukt",
                            "cards": [card("TAF-1", "Huile d'argan", arabic: "زيت أركان"), card("TAF-2", "Amlou")],
                        ],
                        ["id": "tiwizi", "cards": [card("TIW-1", "Miel & thym")]],
                    ],
                ] as [String: Any],
                ["anchor": "region-MA-01", "profiles": [["id": "nour", "cards": [card("NOU-1", "Tapis")]]]],
                ["anchor": "region-MA-05", "profiles": [] as [Any]],
            ],
        ]
    }

    static func templates() throws -> (ShowcaseTemplates, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tiwizi-cards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in pages.merging(["card": card, "text": text], uniquingKeysWith: { first, _ in first }) {
            try text.write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        return (try ShowcaseTemplates.load(from: folder), folder)
    }

    @Test(arguments: pages.keys.sorted(), [1, 2, 3])
    func theTextIsTheOneRenderedInOnePiece(page: String, workers: Int) throws {
        let (templates, folder) = try Self.templates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try templates.render(page, Self.context)
        #expect(try templates.renderPage(page, Self.context, workers: workers) == whole)
        #expect(whole.contains("data-section=\"region-MA-01\" data-coop=\"nour\" id=\"NOU-1\"") || page == "inlined")
    }

    @Test func onlyUnindentedPartialsAreRenderedBeforehand() throws {
        let (templates, folder) = try Self.templates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cards = try #require(templates.cards)
        #expect(cards.standAlone("standing", Self.context))
        #expect(!cards.standAlone("indented", Self.context))
        #expect(!cards.standAlone("inlined", Self.context))
    }
}
