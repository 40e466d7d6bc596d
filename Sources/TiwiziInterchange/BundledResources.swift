import Foundation

/// Finds a module's resources without `Bundle.module`, which stops the process when its bundle
/// is not where the build put it (a `tiwizi` copied elsewhere): a missing resource must be an
/// error that says so, never a crash.
package enum BundledResources {
    /// The first of `paths` (each relative to a place) that exists: in the bundle `bundle`
    /// (`Tiwizi_TiwiziShowcase`) beside the executable, the symlinks to it resolved, then
    /// under each folder of `sources` (the source tree it was built from).
    package static func find(_ paths: [String], bundle: String, sources: [URL]) -> URL? {
        var places: [URL] = []
        if let executable = Bundle.main.executableURL {
            for binary in [executable, executable.resolvingSymlinksInPath()] {
                places.append(binary.deletingLastPathComponent().appendingPathComponent("\(bundle).resources"))
            }
        }
        places += sources
        for place in places {
            for path in paths {
                let url = place.appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
