import TiwiziCore
import TiwiziStore

/// How to fix a problem with the `tiwizi` command: the domain says what is wrong, and the
/// command line adds, in its own terms, which command or option helps.
enum Hint: Bilingual {
    /// A command that shows what to use instead.
    case see(command: String)
    /// The command that changes a record that exists.
    case changeWith(command: String)
    case anotherCatalogPath
    case withProducts
    /// The `tiwizi run` flag that raises the limit a script exceeded.
    case raiseLimit(flag: String)

    /// The hint for `problem`, if the command line has one.
    static func `for`(_ problem: any Problem) -> Hint? {
        switch problem {
        case let value as ValueProblem: return hint(for: value)
        case let error as CatalogError: return hint(for: error)
        default: return nil
        }
    }

    /// The command that lists the records of `kind`.
    private static func list(_ kind: RecordKind) -> Hint { .see(command: "tiwizi \(kind.command) list") }

    private static func hint(for problem: ValueProblem) -> Hint? {
        switch problem {
        case .regionUnknown: return .see(command: "tiwizi regions")
        case .unknownScheme: return .list(.schemes)
        case .unknownKnowHow: return .list(.knowHow)
        case .unknownCooperative: return .list(.cooperatives)
        case .alreadyExists(let kind, _, _):
            return kind.updateCommand.map { .changeWith(command: $0) }
        default: return nil
        }
    }

    private static func hint(for error: CatalogError) -> Hint? {
        switch error {
        case .notFound(let kind, _): return .list(kind)
        case .notDatabase: return .anotherCatalogPath
        case .cooperativeHasProducts: return .withProducts
        default: return nil
        }
    }

    var english: String {
        switch self {
        case .see(let command): return "See `\(command)`."
        case .changeWith(let command): return "Change it with `\(command)`."
        case .anotherCatalogPath: return "Give another path with --catalog."
        case .withProducts: return "Pass --with-products to remove its products too."
        case .raiseLimit(let flag): return "Raise it with \(flag)."
        }
    }

    var french: String {
        switch self {
        case .see(let command): return "Voir `\(command)`."
        case .changeWith(let command): return "Pour modifier la fiche : `\(command)`."
        case .anotherCatalogPath: return "Donnez un autre chemin avec --catalog."
        case .withProducts: return "Ajoutez --with-products pour retirer aussi ses produits."
        case .raiseLimit(let flag): return "Augmentez-la avec \(flag)."
        }
    }
}

extension RecordKind {
    /// The `tiwizi` command that manages records of this kind: the commands take their names
    /// from here, so hints always name the command that exists.
    var command: String {
        switch self {
        case .schemes: return "scheme"
        case .knowHow: return "know-how"
        case .cooperatives: return "coop"
        case .products: return "product"
        }
    }

    /// The command that updates a record of this kind, when there is one.
    var updateCommand: String? { self == .schemes ? nil : "tiwizi \(command) update" }
}
