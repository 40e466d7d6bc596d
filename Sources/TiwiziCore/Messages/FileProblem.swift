/// Why a file given to Tiwizi (a catalog file, a script) cannot be read.
public enum FileProblem: Problem, Bilingual {
    case missing(path: String)
    case empty(path: String)
    case unreadable(path: String, reason: String)
    /// Not UTF-8; `line` is where the first bad byte is.
    case notUTF8(path: String, line: Int)

    public var english: String {
        switch self {
        case .missing(let path): return "\(path): no such file or folder."
        case .empty(let path): return "\(path): the file is empty."
        case .unreadable(let path, let reason): return "\(path): cannot read the file (\(reason))."
        case .notUTF8(let path, let line):
            return "\(path): the file is not valid UTF-8 (first bad byte on line \(line)); save it as UTF-8."
        }
    }

    public var french: String {
        switch self {
        case .missing(let path): return "\(path) : fichier ou dossier introuvable."
        case .empty(let path): return "\(path) : le fichier est vide."
        case .unreadable(let path, let reason): return "\(path) : lecture impossible (\(reason))."
        case .notUTF8(let path, let line):
            return "\(path) : le fichier n'est pas en UTF-8 (premier octet invalide ligne \(line)) ; enregistrez-le en UTF-8."
        }
    }
}
