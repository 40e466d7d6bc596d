import LuaHost

/// A version of the Lua API, `major.minor`: `tiwizi.api`, and what `tiwizi.version` makes to
/// compare it with. docs/lua-api.md ("Versions and stability") says what each part promises.
struct APIVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    let major: Int64
    let minor: Int64

    /// The version this build provides. 2.0: version 1 was the integer `tiwizi.api_version`,
    /// and the value that replaced it came with changes that break scripts written for 1.
    /// 2.1 added plugin manifests (`api` ranges, `author`, `phases`) and parameters of types
    /// `datetime`, `enum`, `sku_list`, `category` and `region`, with bounds.
    static let current = APIVersion(major: 2, minor: 1)

    static func < (lhs: APIVersion, rhs: APIVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// `2.1`.
    var description: String { "\(major).\(minor)" }
}

/// `Version` in Lua: fields `major` and `minor`, `==`, `<`, `<=`, `tostring` and `at_least`.
enum VersionClass {
    static func make() -> LuaUserdataClass<APIVersion> {
        LuaUserdataClass<APIVersion>("Version") { version in
            version.field("major") { $0.major }
            version.field("minor") { $0.minor }
            version.method("at_least") { v, args in
                try args.checkArity(2...3)
                return .value(v >= (try read(args, from: 2)))
            }
            version.metamethod(.lt) { args in .value(try operand(args, 1) < (try operand(args, 2))) }
            version.metamethod(.le) { args in .value(try operand(args, 1) <= (try operand(args, 2))) }
            version.equals { $0 == $1 }
            version.tostring { $0.description }
        }
    }

    /// A version given as `major [, minor]` from argument `position` on: whole numbers ≥ 0,
    /// minor 0 when left out or nil (`tiwizi.version(2)`, `api:at_least(2, 1)`).
    static func read(_ args: LuaArguments, from position: Int) throws -> APIVersion {
        func part(_ at: Int, _ what: String) throws -> Int64 {
            let value = try LuaConversions.integer(args, at: at, what: what)
            guard value >= 0 else { throw LuaArgumentError(position: at, "\(what) must be ≥ 0, got \(value)") }
            return value
        }
        let absent: [LuaType] = [.none, .nil]
        let minor = absent.contains(args.type(at: position + 1)) ? 0 : try part(position + 1, "minor version")
        return APIVersion(major: try part(position, "major version"), minor: minor)
    }

    private static func operand(_ args: LuaArguments, _ position: Int) throws(LuaArgumentError) -> APIVersion {
        try args.object(position, as: APIVersion.self)
    }
}
