import ArgumentParser
import TiwiziCore

/// The options that set one kind's fields, and the help of that kind's `add` and `update`.
protocol RecordFields: ParsableArguments {
    static var kind: RecordKind { get }
    /// The help of `add`: abstract, discussion, and the new key's argument.
    static var addHelp: (abstract: HelpText, discussion: HelpText, key: HelpText) { get }
    /// The help of `update`: abstract, discussion, and the existing key's argument.
    static var updateHelp: (abstract: HelpText, discussion: HelpText, key: HelpText) { get }
    /// The cells the options given set.
    var cells: [String: String] { get }
}

/// `tiwizi KIND add KEY --options…`: refused when the catalog holds the key.
struct AddCommand<Fields: RecordFields>: CatalogCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add", abstract: Fields.addHelp.abstract.text, discussion: Fields.addHelp.discussion.text)
    }

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(Fields.addHelp.key)) var key: String
    @OptionGroup var fields: Fields

    func execute() throws {
        try RecordEdit.add(Fields.kind, key: key, cells: fields.cells, in: catalog)
    }
}

/// `tiwizi KIND update KEY --options…`: changes the fields the options name and no other.
struct UpdateCommand<Fields: RecordFields>: CatalogCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "update", abstract: Fields.updateHelp.abstract.text,
            discussion: Fields.updateHelp.discussion.text)
    }

    @OptionGroup var catalog: CatalogOptions
    @Argument(help: ArgumentHelp(Fields.updateHelp.key)) var key: String
    @OptionGroup var fields: Fields

    func execute() throws {
        try RecordEdit.update(Fields.kind, key: key, cells: fields.cells, in: catalog)
    }
}
