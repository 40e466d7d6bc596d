import TiwiziCore

/// What is wrong with the shape of a catalog file (YAML, JSON or CSV), as opposed to the values
/// it holds (`ValueProblem`).
public enum DocumentProblem: Problem, Bilingual {
    case fieldUnknown(name: String, expected: [String])
    case expectedMapping
    case expectedList
    case expectedText
    case fileTypeUnsupported(path: String)
    case yamlMalformed(detail: String)
    /// A YAML alias (`*name`): catalog files write every value out (an alias can make a short
    /// file expand to billions of values).
    case yamlAlias
    case jsonMalformed(detail: String)
    /// A top-level key that no catalog document has.
    case documentShape(found: String)
    /// A cooperative file named after something else than the cooperative it holds (a warning).
    case cooperativeFileName(id: String)
    case csvColumnCount(count: Int, expected: Int)
    case csvQuoteUnclosed
    /// A CSV row longer than `limit` bytes; `quoted` when it is a quoted cell that runs on.
    case csvRowTooLong(limit: Int, quoted: Bool)
    /// A YAML or JSON file larger than `limit` bytes (they are read whole).
    case documentTooLarge(bytes: Int, limit: Int)
    /// A CSV header that names no kind of record.
    case csvKindUnknown
    /// A key given twice in one import; `first` is where it was first.
    case duplicateKey(String, first: SourceLocation)

    public var english: String {
        switch self {
        case .fieldUnknown(let name, let expected):
            return "unknown field “\(name)”; expected one of: \(expected.joined(separator: ", "))."
        case .expectedMapping: return "expected a mapping of fields (key: value)."
        case .expectedList: return "expected a list."
        case .expectedText: return "expected a single value, not a list or mapping."
        case .fileTypeUnsupported(let path): return "\(path): unsupported file type; use .yaml, .yml, .json or .csv."
        case .yamlMalformed(let detail): return "malformed YAML: \(detail)."
        case .yamlAlias:
            return
                "an alias (*name) repeats the value anchored here (&name); catalog files do not use YAML anchors and aliases: write each value out in full."
        case .jsonMalformed(let detail): return "malformed JSON: \(detail)."
        case .documentShape(let found):
            return "expected top-level keys among: schemes, know_how, cooperative, cooperatives, products; found “\(found)”."
        case .cooperativeFileName(let id):
            return "this file holds cooperative \(id); name it \(id).yaml, as exports do, so each cooperative has one file."
        case .csvColumnCount(let count, let expected):
            return "this row has \(count) columns but the header has \(expected); check for a stray separator or quote."
        case .csvQuoteUnclosed:
            return
                "a quoted cell of this row is never closed, so the rest of the file was read into it; add the closing quote (\")."
        case .csvRowTooLong(let limit, let quoted):
            return quoted
                ? "a quoted cell of this row runs past \(Self.megabytes(limit)) without its closing quote; add the closing quote (\")."
                : "this row runs past \(Self.megabytes(limit)) without a line break; a CSV file holds one record per line."
        case .documentTooLarge(let bytes, let limit):
            return
                "this file is \(Self.megabytes(bytes)); a YAML or JSON catalog file holds at most \(Self.megabytes(limit)): split it (one file per cooperative, as exports write) or give large product lists as CSV."
        case .csvKindUnknown:
            return
                "cannot tell what this CSV holds: its header needs a column sku (products), ice (cooperatives), craft_family (know-how) or kind (schemes)."
        case .duplicateKey(let key, let first): return "\(key) appears more than once (also at \(first))."
        }
    }

    public var french: String {
        switch self {
        case .fieldUnknown(let name, let expected):
            return "champ inconnu « \(name) » ; champs attendus : \(expected.joined(separator: ", "))."
        case .expectedMapping: return "une liste de champs (clé : valeur) est attendue."
        case .expectedList: return "une liste est attendue."
        case .expectedText: return "une valeur simple est attendue, pas une liste ni un dictionnaire."
        case .fileTypeUnsupported(let path):
            return "\(path) : type de fichier non pris en charge ; utilisez .yaml, .yml, .json ou .csv."
        case .yamlMalformed(let detail): return "YAML mal formé : \(detail)."
        case .yamlAlias:
            return
                "un alias (*nom) répète la valeur ancrée ici (&nom) ; les fichiers du catalogue n'utilisent pas les ancres et alias YAML : écrivez chaque valeur en entier."
        case .jsonMalformed(let detail): return "JSON mal formé : \(detail)."
        case .documentShape(let found):
            return
                "clés de premier niveau attendues parmi : schemes, know_how, cooperative, cooperatives, products ; trouvé « \(found) »."
        case .cooperativeFileName(let id):
            return
                "ce fichier contient la coopérative \(id) ; nommez-le \(id).yaml, comme les exports, pour un fichier par coopérative."
        case .csvColumnCount(let count, let expected):
            return
                "cette ligne a \(count) colonnes mais l'en-tête en a \(expected) ; cherchez un séparateur ou un guillemet en trop."
        case .csvQuoteUnclosed:
            return
                "une cellule entre guillemets de cette ligne n'est jamais fermée : la suite du fichier y a été lue ; ajoutez le guillemet fermant (\")."
        case .csvRowTooLong(let limit, let quoted):
            return quoted
                ? "une cellule entre guillemets de cette ligne dépasse \(Self.megabytes(limit)) sans guillemet fermant ; ajoutez le guillemet fermant (\")."
                : "cette ligne dépasse \(Self.megabytes(limit)) sans retour à la ligne ; un fichier CSV a un enregistrement par ligne."
        case .documentTooLarge(let bytes, let limit):
            return
                "ce fichier fait \(Self.megabytes(bytes)) ; un fichier de catalogue YAML ou JSON fait au plus \(Self.megabytes(limit)) : découpez-le (un fichier par coopérative, comme les exports) ou donnez les grandes listes de produits en CSV."
        case .csvKindUnknown:
            return
                "contenu du CSV indéterminé : l'en-tête doit avoir une colonne sku (produits), ice (coopératives), craft_family (savoir-faire) ou kind (référentiels)."
        case .duplicateKey(let key, let first): return "\(key) apparaît plusieurs fois (aussi en \(first))."
        }
    }
}

extension DocumentProblem {
    /// `bytes` in whole megabytes (MiB), rounded up: "2 MB".
    private static func megabytes(_ bytes: Int) -> String { "\((bytes + (1 << 20) - 1) >> 20) MB" }
}

extension Issue {
    /// An issue with the shape of a catalog file.
    package init(
        _ problem: DocumentProblem, field: String? = nil, severity: Severity = .error, location: SourceLocation? = nil
    ) {
        self.init(problem: problem, field: field, severity: severity, location: location)
    }
}
