import Foundation

/// Finds the text of a module for `require`, only inside the scripts folder.
///
/// Names are dotted words (`pricing.rounding` → `pricing/rounding.lua`): no `..`, no slashes,
/// no absolute paths. The file's real path, symlinks resolved, must still be inside the real
/// scripts folder. Lua then loads it as text only.
struct ModuleResolver {
    /// The scripts folder, symlinks resolved; `nil` when none is configured.
    let root: String?

    init(folder: URL?) {
        root = folder.flatMap { Self.realPath($0.path) }
    }

    /// `(source, "@relative/path.lua")`, or `(nil, message)`.
    func resolve(_ name: String, maxBytes: Int) -> LuaReturn {
        switch locate(name, maxBytes: maxBytes) {
        case .success(let found):
            return .values([LuaValue.string(found.source), "@" + found.path])
        case .failure(let failure):
            return .values([LuaValue.nil, failure.message])
        }
    }

    struct Failure: Error { let message: String }

    func locate(_ name: String, maxBytes: Int) -> Result<(source: [UInt8], path: String), Failure> {
        guard let root else { return .failure(Failure(message: "module '\(name)' not found: no scripts folder is configured")) }
        let words = name.split(separator: ".", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard name.count <= 200, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed.contains) }) else {
            return .failure(Failure(message: "invalid module name '\(name)' (use dotted names like 'pricing.rounding')"))
        }
        let relative = words.joined(separator: "/") + ".lua"
        guard let real = Self.realPath(root + "/" + relative) else {
            return .failure(Failure(message: "module '\(name)' not found in the scripts folder (no \(relative))"))
        }
        guard real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            return .failure(Failure(message: "module '\(name)' resolves outside the scripts folder"))
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int
        else { return .failure(Failure(message: "module '\(name)' is not a regular file")) }
        guard size <= maxBytes else {
            return .failure(Failure(message: "module '\(name)' is \(size) bytes, more than the \(maxBytes)-byte limit"))
        }
        guard let data = FileManager.default.contents(atPath: real) else {
            return .failure(Failure(message: "module '\(name)' cannot be read"))
        }
        return .success((Array(data), relative))
    }

    /// `realpath(3)`: the absolute path with every symlink resolved, or `nil` if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
