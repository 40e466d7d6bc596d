import LuaHost
import TiwiziCore

/// What a curation script (`tiwizi showcase --curate SCRIPT.lua`) returns: the showcase's title
/// and introduction, and its sections, each with a heading, a blurb and its products in order.
///
/// ```lua
/// return {
///   title = {fr = "Les femmes de l'argan", ar = "نساء الأركان"},
///   intro = {fr = "…", ar = "…"},
///   sections = {
///     {heading = {fr = "Huiles", ar = "الزيوت"}, blurb = {fr = "…", ar = "…"}, products = {"TAF-ARG-250"}},
///   },
/// }
/// ```
public struct Curation: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public let heading: LocalizedText
        public let blurb: LocalizedText?
        /// The SKUs of its products, in the order shown.
        public let skus: [String]
    }

    public let title: LocalizedText?
    public let intro: LocalizedText?
    public let sections: [Section]

    /// Every SKU the sections list, in order.
    public var skus: [String] { sections.flatMap(\.skus) }

    static let fields = ["title", "intro", "sections"]
    static let sectionFields = ["heading", "blurb", "products"]
}

extension Curation {
    /// Runs the curation script `source` (named `name` in errors) in `sandbox`, which has the
    /// catalog API, and reads what it returns.
    /// - Throws: `LuaError` for a script that fails or hits a limit, `CurationProblem` for
    ///   what it returned.
    public static func run(_ source: String, named name: String, in sandbox: LuaSandbox) throws -> Curation {
        let run = try sandbox.run(try sandbox.load(source, name: name))
        return try decode(run.values.first ?? .nil, script: name)
    }
}
