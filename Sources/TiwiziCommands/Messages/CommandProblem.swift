import Foundation
import TiwiziCore

/// What stops a command before or after the catalog is involved: its options, its environment,
/// its output.
enum CommandProblem: Error, Problem, Bilingual {
    case catalogNotFound(path: String)
    case folderNotFound(path: String)
    case todayInvalid(String)
    case nothingToUpdate
    case invalidParameter(String)
    case invalidMoment(String)
    case quoteNeedsCartOrReplay
    case invalidMaxInstructions
    case invalidTimeout
    case invalidPort
    case invalidMaxMemory(String)
    case invalidMaxOutput(String)
    case linkNeedsOneTarget
    case exportNotAFolder(path: String)
    case exportFolderNotEmpty(path: String)
    /// A whole-number option outside what it accepts (`--products`, `--workers`).
    case optionOutOfRange(option: String, range: ClosedRange<Int>)
    // `tiwizi generate`
    case generateNeedsOneDestination
    case diskFull(target: String)
    case outputClosed(target: String)
    case outputFailed(target: String, reason: String)
    // `tiwizi new plugin`
    case pluginNameInvalid(String)
    case pluginExists(path: String)
    case notAPluginFolder(path: String)
    /// A file of Tiwizi's resources (installed beside the executable) is missing.
    case resourceMissing(path: String)

    /// Throws `folderNotFound` unless `path` is a folder.
    static func requireFolder(_ path: String) throws(CommandProblem) {
        guard FileManager.default.isFolder(atPath: path) else { throw .folderNotFound(path: path) }
    }

    var english: String {
        switch self {
        case .catalogNotFound(let path):
            return "there is no catalog at \(path); check --catalog or TIWIZI_CATALOG, or create it with `tiwizi import`."
        case .folderNotFound(let path):
            return "there is no folder at \(path); check the path (the rules folder is scripts unless --rules names another)."
        case .todayInvalid(let value):
            return "TIWIZI_TODAY is “\(value)”, not a date; write YYYY-MM-DD, or unset it to use today."
        case .nothingToUpdate: return "Nothing to update: give at least one option to change (see --help)."
        case .invalidParameter(let value): return "--param expects key=value, got “\(value)”."
        case .invalidMoment(let value): return "--at expects a date-time such as 2026-03-20T09:00, got “\(value)”."
        case .quoteNeedsCartOrReplay: return "Give a cart file, or --replay ORDER, but not both."
        case .invalidMaxInstructions: return "--max-instructions must be positive."
        case .invalidTimeout: return "--timeout must be between 0 and 3600 seconds."
        case .invalidPort: return "--port must be between 0 and 65535 (0 takes any free port)."
        case .invalidMaxMemory(let value): return "--max-memory expects bytes ≥ 1M, e.g. 64M or 268435456, got “\(value)”."
        case .invalidMaxOutput(let value): return "--max-output expects bytes ≥ 1, e.g. 16M or 4096, got “\(value)”."
        case .linkNeedsOneTarget: return "Give exactly one of --coop and --product."
        case .exportNotAFolder(let path):
            return "\(path) is a file, not a folder; give a folder to --out (or a .json or .yaml file name)."
        case .exportFolderNotEmpty(let path):
            return "\(path) is not empty; export into a new or empty folder, or pass --replace to replace its contents."
        case .generateNeedsOneDestination: return "Give --out FOLDER, or --into-catalog, but not both."
        case .optionOutOfRange(let option, let range):
            return "\(option) must be between \(range.lowerBound) and \(range.upperBound)."
        case .diskFull(let target):
            return "cannot write to \(target): the disk is full. Free some space and run the command again."
        case .outputClosed(let target): return "cannot write to \(target): the output was closed."
        case .outputFailed(let target, let reason): return "cannot write to \(target): \(reason)."
        case .pluginNameInvalid(let name):
            return
                "“\(name)” is not a plugin name; use 2–64 lowercase letters, digits and single hyphens, e.g. honey-week "
                + "(it names the folder, the rule set and its rule)."
        case .pluginExists(let path):
            return "\(path) already exists, and nothing was written; choose another name, or another folder with --in."
        case .notAPluginFolder(let path): return "\(path) is a file, not a folder; give a folder of plugins to --in."
        case .resourceMissing(let path):
            return "\(path) is missing from Tiwizi's resources, installed beside the tiwizi executable; reinstall Tiwizi."
        }
    }

    var french: String {
        switch self {
        case .catalogNotFound(let path):
            return "il n'y a pas de catalogue à \(path) ; vérifiez --catalog ou TIWIZI_CATALOG, ou créez-le avec `tiwizi import`."
        case .folderNotFound(let path):
            return
                "il n'y a pas de dossier à \(path) ; vérifiez le chemin (le dossier de règles est scripts sauf si --rules en nomme un autre)."
        case .todayInvalid(let value):
            return
                "TIWIZI_TODAY vaut « \(value) », qui n'est pas une date ; écrivez AAAA-MM-JJ, ou retirez-la pour prendre la date du jour."
        case .nothingToUpdate: return "Rien à modifier : donnez au moins une option à changer (voir --help)."
        case .invalidParameter(let value): return "--param attend la forme clé=valeur ; reçu « \(value) »."
        case .invalidMoment(let value): return "--at attend une date et une heure comme 2026-03-20T09:00 ; reçu « \(value) »."
        case .quoteNeedsCartOrReplay: return "Donnez un fichier de panier, ou --replay COMMANDE, mais pas les deux."
        case .invalidMaxInstructions: return "--max-instructions doit être strictement positif."
        case .invalidTimeout: return "--timeout doit être compris entre 0 et 3600 secondes."
        case .invalidPort: return "--port doit être compris entre 0 et 65535 (0 prend un port libre)."
        case .invalidMaxMemory(let value):
            return "--max-memory attend un nombre d'octets ≥ 1M, par ex. 64M ou 268435456 ; reçu « \(value) »."
        case .invalidMaxOutput(let value):
            return "--max-output attend un nombre d'octets ≥ 1, par ex. 16M ou 4096 ; reçu « \(value) »."
        case .linkNeedsOneTarget: return "Indiquez soit --coop, soit --product (exactement l'un des deux)."
        case .exportNotAFolder(let path):
            return "\(path) est un fichier, pas un dossier ; donnez un dossier à --out (ou un nom de fichier .json ou .yaml)."
        case .exportFolderNotEmpty(let path):
            return
                "\(path) n'est pas vide ; exportez dans un dossier nouveau ou vide, ou ajoutez --replace pour remplacer son contenu."
        case .generateNeedsOneDestination: return "Donnez --out DOSSIER, ou --into-catalog, mais pas les deux."
        case .optionOutOfRange(let option, let range):
            return "\(option) doit être compris entre \(range.lowerBound) et \(range.upperBound)."
        case .diskFull(let target):
            return "impossible d'écrire dans \(target) : le disque est plein. Libérez de la place et relancez la commande."
        case .outputClosed(let target): return "impossible d'écrire dans \(target) : la sortie a été fermée."
        case .outputFailed(let target, let reason): return "impossible d'écrire dans \(target) : \(reason)."
        case .pluginNameInvalid(let name):
            return
                "« \(name) » n'est pas un nom de plugin ; utilisez de 2 à 64 minuscules, chiffres et tirets simples, "
                + "ex. honey-week (il nomme le dossier, le jeu de règles et sa règle)."
        case .pluginExists(let path):
            return
                "\(path) existe déjà, et rien n'a été écrit ; choisissez un autre nom, ou un autre dossier avec --in."
        case .notAPluginFolder(let path):
            return "\(path) est un fichier, pas un dossier ; donnez un dossier de plugins à --in."
        case .resourceMissing(let path):
            return
                "\(path) manque dans les ressources de Tiwizi, installées à côté de l'exécutable tiwizi ; réinstallez Tiwizi."
        }
    }
}
