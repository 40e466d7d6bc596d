import ArgumentParser
import Foundation
import ShowcasePreview
import TiwiziCore
import TiwiziLua
import TiwiziRules
import TiwiziShowcase
import TiwiziStore

/// `tiwizi showcase --out DIR`: a showcase catalog of the selected products, priced and
/// labelled by the rules at `--at` (for `--event`), in French and Arabic by default; with
/// `--serve`, the same on localhost, made again on each request.
struct ShowcaseCommand: AsyncCatalogCommand {
    static let configuration = CommandConfiguration(
        commandName: "showcase", abstract: HelpText.showcaseAbstract.text, discussion: HelpText.showcaseDiscussion.text)

    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var selection: ProductSelection
    @OptionGroup var pricing: PricingOptions
    @Option(help: ArgumentHelp(.optionShowcaseOut)) var out = "showcase"
    @Option(help: ArgumentHelp(.optionShowcaseFormat)) var format = ShowcaseFormat.html
    @Option(help: ArgumentHelp(.optionShowcaseLang)) var lang = "fr,ar"
    @Option(help: ArgumentHelp(.optionShowcaseTemplate)) var template: String?
    @Option(help: ArgumentHelp(.optionShowcaseCurate)) var curate: String?
    @Option(name: .customLong("base-url"), help: ArgumentHelp(.optionShowcaseBaseURL)) var baseURL: String?
    @Option(name: .customLong("copy-templates"), help: ArgumentHelp(.optionShowcaseCopyTemplates))
    var copyTemplates: String?
    @Flag(help: ArgumentHelp(.flagReplace)) var replace = false
    @Flag(help: ArgumentHelp(.flagShowcaseServe)) var serve = false
    @Option(help: ArgumentHelp(.optionShowcasePort)) var port = 8080
    @OptionGroup var workers: WorkerOptions

    func execute() async throws {
        if let copyTemplates {
            let folder = try ShowcaseTemplates.load().copy(to: copyTemplates)
            return Console.out(Console.say(ShowcaseMessage.templatesCopied(path: folder)))
        }
        if serve { return try await preview() }
        let (showcase, output) = try make()
        try output.write(showcase, to: out, replacing: replace)
        let entry = output.entry
        Console.out(
            Console.say(
                ShowcaseMessage.written(
                    products: showcase.cards.count, cooperatives: showcase.cooperatives.count,
                    path: URL(fileURLWithPath: out).appendingPathComponent(entry).standardizedFileURL.path)))
    }

    /// Serves the showcase, made again from the catalog, the script and the templates for every
    /// page requested.
    private func preview() async throws {
        guard (0...65_535).contains(port) else { throw ValidationError(.invalidPort) }
        let command = self
        let preview = ShowcasePreview(port: port) {
            Result {
                let (showcase, output) = try command.make()
                return Dictionary(try output.files(of: showcase), uniquingKeysWith: { first, _ in first })
            }.mapError { error in
                let text = FailureText(error: error)
                return PreviewFailure(english: text.english, french: text.french)
            }
        }
        try await preview.run { address in Console.out(Console.say(ShowcaseMessage.serving(address: address))) }
    }

    /// The showcase the options describe, and how to write it.
    func make() throws -> (Showcase, ShowcaseOutput) {
        let languages = try lang.split(separator: ",").map { code throws(ShowcaseProblem) in
            let trimmed = code.trimmingCharacters(in: .whitespaces)
            guard let language = Language(rawValue: trimmed), language != .tamazight else {
                throw .unknownLanguage(trimmed)
            }
            return language
        }
        let templates = try ShowcaseTemplates.load(from: template.map { URL(fileURLWithPath: $0) })
        let output = ShowcaseOutput(
            format: format, languages: languages, templates: templates, baseURL: baseURL, workers: workers.count)
        let script = try curate.map { path in
            if selection.isGiven { throw CurationProblem.selectionWithScript }
            return (path, try CatalogScripts.source(of: path))
        }
        let showcase = try pricing.withEngine(catalog: catalog) { engine, reader, moment, sandboxes in
            let event = try engine.event.flatMap { try reader.event($0) }
            guard let (path, source) = script else {
                var products: [Product] = []
                try selection.forEach([], in: reader, day: moment.today) { products.append($0) }
                return try Showcase.build(products, engine: engine, reader: reader, event: event)
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let curation = try Curation.run(source, named: path, in: try sandboxes.make(scriptsFolder: folder, label: path))
            let products = try curation.skus.map { sku in
                guard let product = try reader.product(sku) else { throw CurationProblem.unknownProduct(script: path, sku: sku) }
                return product
            }
            return try Showcase.build(products, curation: curation, engine: engine, reader: reader, event: event)
        }
        return (showcase, output)
    }
}

extension ShowcaseFormat: ExpressibleByArgument {}

/// What `tiwizi showcase` says it did.
enum ShowcaseMessage: Bilingual {
    case written(products: Int, cooperatives: Int, path: String)
    case templatesCopied(path: String)
    case serving(address: String)

    var english: String {
        switch self {
        case .templatesCopied(let path):
            return "The showcase templates are in \(path): edit them, then give --template \(path)."
        case .serving(let address):
            return "Serving the showcase on \(address) (made again on each reload; Ctrl-C stops)."
        case .written(let products, let cooperatives, let path):
            return "Showcase of \(products) products from \(cooperatives) cooperatives: open file://\(path)"
        }
    }

    var french: String {
        switch self {
        case .templatesCopied(let path):
            return "Les modèles de la vitrine sont dans \(path) : modifiez-les, puis donnez --template \(path)."
        case .serving(let address):
            return "La vitrine est servie sur \(address) (refaite à chaque rechargement ; Ctrl-C arrête)."
        case .written(let products, let cooperatives, let path):
            return "Vitrine de \(products) produits de \(cooperatives) coopératives : ouvrez file://\(path)"
        }
    }
}
