import Foundation
import Mustache
import TiwiziCore
import TiwiziInterchange

/// The templates a showcase is rendered with: Tiwizi's own (`Templates/` of this module), or a
/// curator's copy of them (`--template DIR`). `NAME.mustache` files are templates and partials
/// (`showcase`, `card`, `text`, `showcase.md`); every other file (`style.css`) is copied as it is
/// into the output.
public struct ShowcaseTemplates: Sendable {
    public let folder: URL
    let library: MustacheLibrary
    /// The files copied into the output, by name.
    let assets: [String]
    /// How an HTML page renders its cards beforehand, when the folder has a `card` template.
    let cards: CardLibraries?

    /// The templates of `folder`, or Tiwizi's own.
    /// - Throws: `ShowcaseProblem` for a folder that is not there, or a template that does not parse.
    public static func load(from folder: URL? = nil) throws -> ShowcaseTemplates {
        guard let folder = folder ?? Self.tiwizis else { throw ShowcaseProblem.templateFolderNotFound("Templates") }
        guard FileManager.default.isFolder(atPath: folder.path) else { throw ShowcaseProblem.templateFolderNotFound(folder.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        var templates: [String: MustacheTemplate] = [:]
        for name in names where name.hasSuffix(".mustache") {
            let file = folder.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            do {
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw ShowcaseProblem.templateSyntax(
                    file: file.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    reason: String(describing: error.error))
            }
        }
        return ShowcaseTemplates(
            folder: folder, library: MustacheLibrary(templates: templates),
            assets: names.filter { !$0.hasSuffix(".mustache") }, cards: CardLibraries(templates))
    }

    /// Copies the templates into the new folder `path` (which must not exist), for a curator to
    /// edit and give back with `--template`; returns its path.
    public func copy(to path: String) throws -> String {
        try ExportDestination.writeFolder(path, replacing: false) { staging in
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
                try FileManager.default.copyItem(
                    at: folder.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Tiwizi's own templates: in this module's resource bundle, else in its source folder.
    static var tiwizis: URL? {
        BundledResources.find(
            ["Templates"], bundle: "Tiwizi_TiwiziShowcase", sources: [URL(fileURLWithPath: #filePath).deletingLastPathComponent()]
        )
    }

    /// `context` rendered by the template `name` of `library` (by default the folder's own).
    /// - Throws: `ShowcaseProblem.templateMissing` when the folder has no such template.
    func render(_ name: String, _ context: Any, library: MustacheLibrary? = nil) throws -> String {
        guard let text = (library ?? self.library).render(context, withTemplate: name) else {
            throw ShowcaseProblem.templateMissing(folder: folder.path, name: name)
        }
        return text
    }
}
