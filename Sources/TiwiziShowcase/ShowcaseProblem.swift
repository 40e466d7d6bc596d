import TiwiziCore

/// Why a showcase cannot be made: nothing selected, a template that does not parse or is
/// missing, a language or format it does not know.
public enum ShowcaseProblem: Error, Problem, Bilingual {
    case emptySelection
    case templateSyntax(file: String, line: Int, column: Int, reason: String)
    case templateMissing(folder: String, name: String)
    case templateFolderNotFound(String)
    case unknownLanguage(String)
    case pdfPrinterMissing
    case pdfPrinterFailed(status: Int, reason: String)

    public var english: String {
        switch self {
        case .emptySelection:
            return "the selection is empty: no product matches the options given; widen them (see tiwizi product list)."
        case .templateSyntax(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): the template does not parse: \(reason)."
        case .templateMissing(let folder, let name):
            return "\(folder) has no template \(name).mustache; copy the default templates (docs/showcase.md) and edit them."
        case .templateFolderNotFound(let folder): return "there is no template folder at \(folder)."
        case .unknownLanguage(let code):
            return "“\(code)” is not a showcase language; use fr, ar or en, separated by commas (fr,ar by default)."
        case .pdfPrinterMissing:
            return
                "--format pdf needs weasyprint, which is not installed; install it with apt-get install weasyprint, or write the HTML and print it from a browser."
        case .pdfPrinterFailed(let status, let reason):
            return "weasyprint failed (status \(status)); nothing was written: \(reason)"
        }
    }

    public var french: String {
        switch self {
        case .emptySelection:
            return
                "la sélection est vide : aucun produit ne correspond aux options données ; élargissez-les (voir tiwizi product list)."
        case .templateSyntax(let file, let line, let column, let reason):
            return "\(file):\(line):\(column) : le modèle ne se lit pas : \(reason)."
        case .templateMissing(let folder, let name):
            return
                "\(folder) n'a pas de modèle \(name).mustache ; copiez les modèles par défaut (docs/showcase.md) et modifiez-les."
        case .templateFolderNotFound(let folder): return "il n'y a pas de dossier de modèles à \(folder)."
        case .unknownLanguage(let code):
            return
                "« \(code) » n'est pas une langue de vitrine ; utilisez fr, ar ou en, séparées par des virgules (fr,ar par défaut)."
        case .pdfPrinterMissing:
            return
                "--format pdf demande weasyprint, qui n'est pas installé ; installez-le avec apt-get install weasyprint, ou écrivez le HTML et imprimez-le depuis un navigateur."
        case .pdfPrinterFailed(let status, let reason):
            return "weasyprint a échoué (code \(status)) ; rien n'a été écrit : \(reason)"
        }
    }
}
