import TiwiziCore

/// Why an embedded engine (`TiwiziEngine`) could not reload its rules.
public enum EngineProblem: Error, Problem, Bilingual {
    /// The workers compiled different files: the folder changed while they read it.
    case rulesChangedWhileLoading(folder: String)

    public var english: String {
        switch self {
        case .rulesChangedWhileLoading(let folder):
            return "the rules in \(folder) changed while they were being loaded; the rules in use stay. Reload again."
        }
    }

    public var french: String {
        switch self {
        case .rulesChangedWhileLoading(let folder):
            return "les règles de \(folder) ont changé pendant leur chargement ; les règles en service restent. Rechargez-les."
        }
    }
}
