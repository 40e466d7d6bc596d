import LuaHost
import TiwiziCore

/// Domain values read from what a script returned or passed (a percentage, a rounding mode, an
/// amount), with the same rules as the Lua API's arguments: for hosts that read the tables
/// scripts return, such as the rule engine's effects.
public enum ScriptValues {
    /// A percentage with at most two decimals: `15`, `12.5` or `"12.5"`; nil otherwise.
    public static func percentage(_ value: LuaValue) -> Percentage? {
        // Hundredths of a percent, accepted only when the number has at most two decimals.
        func hundredths(_ percent: Double) -> Int64? {
            let scaled = (percent * 100).rounded()
            return abs(scaled - percent * 100) < 1e-6 && abs(scaled) < 1e15 ? Int64(scaled) : nil
        }
        let basisPoints: Int64?
        switch value {
        case .integer(let percent): basisPoints = abs(percent) < 10_000_000_000_000 ? percent * 100 : nil
        case .number(let percent): basisPoints = hundredths(percent)
        case .string: basisPoints = value.stringValue.flatMap { Double($0) }.flatMap(hundredths)
        default: basisPoints = nil
        }
        return basisPoints.map(Percentage.init(basisPoints:))
    }

    /// The Lua names of the rounding modes: `half-up`, `half-even`, `down`, `up`, `floor`, `ceiling`.
    public static let roundingNames = RoundingMode.allCases.map(name)

    /// The rounding mode a script names, or nil.
    public static func rounding(named name: String) -> RoundingMode? {
        RoundingMode.allCases.first { Self.name(of: $0) == name }
    }

    /// The name a script writes for `mode`.
    public static func name(of mode: RoundingMode) -> String {
        switch mode {
        case .halfUp: return "half-up"
        case .halfEven: return "half-even"
        case .down, .up, .floor, .ceiling: return mode.rawValue
        }
    }

    /// An amount given as Money or as text (`"0.50"`, `"145,50 DH"`) in `currency`; the error
    /// says what is wrong in words for the script's author.
    public static func money(_ value: LuaValue, currency: Currency) -> Result<Money, Unreadable> {
        if case .money(let given) = value, let amount = try? Money(given) { return .success(amount) }
        guard let text = value.stringValue else {
            return .failure(Unreadable(message: "an amount as text (\"0.50\") or Money, not \(value.typeName)"))
        }
        return TextParsing.money(text, currency: currency).mapError { Unreadable(message: $0.message) }
    }

    /// Why a value is not what was expected, in words for the script's author.
    public struct Unreadable: Error {
        public let message: String
    }
}
