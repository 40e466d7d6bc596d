import Foundation

/// Paths of a rules folder as messages name them.
public enum RuleLoader {
    /// The rule-set test files under `folder` (`pricing/base_test.lua`), sorted by path.
    public static func testFiles(in folder: URL) -> [URL] {
        PluginDiscovery.ruleFolderFiles(in: folder, tests: true)
    }

    /// `url`'s path below `root` (`pricing/base.lua`), as messages name files; the whole path
    /// when it is not below.
    package static func relativePath(of url: URL, to root: URL) -> String {
        let base = root.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
