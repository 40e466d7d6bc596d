import Foundation

/// The build products folder of this test run (`.build/debug`), where SwiftPM puts the test
/// bundle and every executable of the package. A test target that runs an executable depends
/// on its target, so the executable there is the one built from this tree, never a stale copy.
public enum BuiltProducts {
    /// The folder that holds the test bundle.
    public static var folder: URL {
        #if os(macOS)
            // The tests run inside the xctest or swiftpm-testing-helper tool; the bundle is loaded into it.
            if let bundle = Bundle.allBundles.first(where: { $0.bundleURL.pathExtension == "xctest" }) {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        // On Linux the test bundle is itself the executable being run.
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// The executable `name` in ``folder``.
    public static func executable(_ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            FileManager.default.isExecutableFile(atPath: url.path)
        else { throw NotBuilt(name: name, folder: folder) }
        return url
    }

    /// The executable is not where the build puts it.
    public struct NotBuilt: Error, CustomStringConvertible {
        public let name: String
        public let folder: URL
        public var description: String {
            "the \(name) executable is not in the build products folder \(folder.path): build the tests with "
                + "`swift build --build-tests` (the test target depends on the executable's target, so that build makes it)"
        }
    }
}
