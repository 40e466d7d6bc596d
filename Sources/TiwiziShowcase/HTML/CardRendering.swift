import Mustache

/// The libraries with which an HTML page renders its cards on several threads before the page
/// itself: Mustache renders one template on one thread, and a page of 10,000 products spent
/// most of its time in the `card` partial. Each card is rendered *in place*: inside its page,
/// its section and its profile, as `{{> card}}` within `{{#sections}}…{{#profiles}}…{{#cards}}`
/// sees them; the page then takes each card's text where its partial was. That text is the
/// same only where the partial's tag has no indentation (Mustache indents a partial's lines by
/// its tag's), which `probe` checks on each page.
struct CardLibraries: Sendable {
    /// The folder's templates and `card in place`, which renders `{{> card}}` inside the page,
    /// the section, the profile and the card given as `_page`, `_section`, `_profile`, `_card`.
    let inPlace: MustacheLibrary
    /// The folder's templates, with `card` made of the card rendered beforehand (`html`).
    let page: MustacheLibrary
    /// The folder's templates, with `card` made of two marks on two lines (`probeMarks`).
    let probe: MustacheLibrary

    static let probeMarks = ("\u{E000}", "\u{E001}")

    static let inPlaceName = "card in place"

    /// Nil when `templates` has no `card` template (nothing to render beforehand).
    init?(_ templates: [String: MustacheTemplate]) {
        guard templates["card"] != nil,
            let inPlace = try? MustacheTemplate(
                string: "{{#_page}}{{#_section}}{{#_profile}}{{#_card}}{{> card}}{{/_card}}{{/_profile}}{{/_section}}{{/_page}}"),
            let rendered = try? MustacheTemplate(string: "{{{html}}}"),
            let marks = try? MustacheTemplate(string: Self.probeMarks.0 + "\n" + Self.probeMarks.1)
        else { return nil }
        self.inPlace = MustacheLibrary(templates: templates.merging([Self.inPlaceName: inPlace]) { _, new in new })
        page = MustacheLibrary(templates: templates.merging(["card": rendered]) { _, new in new })
        probe = MustacheLibrary(templates: templates.merging(["card": marks]) { _, new in new })
    }

    /// Whether the page `name` renders `{{> card}}` somewhere, and never indented.
    func standAlone(_ name: String, _ context: [String: Any]) -> Bool {
        guard let text = probe.render(context, withTemplate: name) else { return false }
        let second = Self.probeMarks.1.unicodeScalars.first!
        var found = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if scalar == second {
                guard previous == "\n" else { return false }
                found = true
            }
            previous = scalar
        }
        return found
    }
}

extension ShowcaseTemplates {
    /// `page` rendered by the template `name`, its cards' values made and each card rendered in
    /// place on `workers` threads first: the same text as rendering it in one piece.
    func renderPage(_ name: String, _ page: ShowcasePage, workers: Int) throws -> String {
        try renderPage(name, page.context(workers: workers), workers: workers)
    }

    /// `context` (a page's values) rendered by the template `name`, each card rendered in place
    /// on `workers` threads first where that gives the same text (`CardLibraries.standAlone`).
    func renderPage(_ name: String, _ context: [String: Any], workers: Int) throws -> String {
        guard let cards, cards.standAlone(name, context) else { return try render(name, context) }
        let placed = Shared(value: (context, Self.placedCards(in: context)))
        let library = cards.inPlace
        let texts = parallelMap(count: placed.value.1.count, workers: workers) { index in
            let (section, profile, card) = placed.value.1[index]
            let stack: [String: Any] = ["_page": placed.value.0, "_section": section, "_profile": profile, "_card": card]
            return library.render(stack, withTemplate: CardLibraries.inPlaceName) ?? ""
        }
        return try render(name, Self.context(context, withCardTexts: texts), library: cards.page)
    }

    /// Each card's values with its section's and its profile's, in page order.
    private static func placedCards(in context: [String: Any]) -> [([String: Any], [String: Any], [String: Any])] {
        (context["sections"] as? [[String: Any]] ?? []).flatMap { section in
            (section["profiles"] as? [[String: Any]] ?? []).flatMap { profile in
                (profile["cards"] as? [[String: Any]] ?? []).map { (section, profile, $0) }
            }
        }
    }

    /// `context` with each card's rendered text as its `html`, in page order.
    private static func context(_ context: [String: Any], withCardTexts texts: [String]) -> [String: Any] {
        var context = context
        var next = 0
        context["sections"] = (context["sections"] as? [[String: Any]] ?? []).map { section in
            var section = section
            section["profiles"] = (section["profiles"] as? [[String: Any]] ?? []).map { profile in
                var profile = profile
                profile["cards"] = (profile["cards"] as? [[String: Any]] ?? []).map { card in
                    var card = card
                    card["html"] = texts[next]
                    next += 1
                    return card
                }
                return profile
            }
            return section
        }
        return context
    }
}
