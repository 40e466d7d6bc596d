/// Deterministic mutations of a seed corpus: what the test suite runs, and what `tiwizi-fuzz`
/// runs where libFuzzer is not linked in. (libFuzzer's own mutations, guided by coverage, are
/// the long runs: see docs/reliability.md.)
public struct Mutations: Sequence, IteratorProtocol {
    private let corpus: [[UInt8]]
    private let tokens: [[UInt8]]
    private var left: Int
    private var state: UInt64

    /// `count` inputs made from `corpus` (which must not be empty), the same for the same seed.
    public init(of corpus: [[UInt8]], tokens: [[UInt8]], count: Int, seed: UInt64) {
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.tokens = tokens.isEmpty ? [[0]] : tokens
        left = count
        state = seed
    }

    public mutating func next() -> [UInt8]? {
        guard left > 0 else { return nil }
        left -= 1
        var input = corpus[pick(corpus.count)]
        for _ in 0...pick(4) { mutate(&input) }
        return input
    }

    private mutating func mutate(_ input: inout [UInt8]) {
        let at = pick(input.count + 1)
        switch pick(6) {
        case 0 where !input.isEmpty: input[Swift.min(at, input.count - 1)] ^= UInt8(1 << pick(8))
        case 1: input.insert(UInt8(truncatingIfNeeded: random()), at: at)
        case 2: input.insert(contentsOf: tokens[pick(tokens.count)], at: at)
        case 3 where !input.isEmpty: input.removeSubrange(at..<Swift.min(input.count, at + 1 + pick(16)))
        case 4 where !input.isEmpty:  // repeat a piece, up to a thousand times
            let piece = Array(input[at..<Swift.min(input.count, at + 1 + pick(8))])
            input.insert(contentsOf: Array(repeating: piece, count: 1 + pick(1000)).joined(), at: at)
        default:  // the start of this input, the end of another
            let other = corpus[pick(corpus.count)]
            input = Array(input.prefix(at)) + other.suffix(pick(other.count + 1))
        }
    }

    /// SplitMix64.
    private mutating func random() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(random() % UInt64(bound)) }
}

extension FuzzTarget {
    /// Pieces worth inserting: the syntax of the target's input.
    public var tokens: [[UInt8]] {
        let words: [String]
        switch self {
        case .csv: words = [",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "sku", "price", "name_fr", "\u{FEFF}", "é"]
        case .yaml:
            words = ["{", "}", "[", "]", ": ", "- ", "\n  ", "\"", "'", "&a ", "*a", "!!str ", "? ", "|\n", "null", "products"]
        case .json: words = ["{", "}", "[", "]", ":", ",", "\"", "\\u0000", "\\ud800", "null", "1e999", "-0", "\"sku\""]
        case .money:
            words = ["DH", "MAD", "د.م.", "€", ",", ".", " ", "\u{202F}", "\u{00A0}", "١", "٫", "٬", "'", "-", "e9", "0"]
        case .lua:
            words = [
                " end ", "function() ", "(", ")", "{", "}", "..", "string.rep('a', 1e6)", "while true do ", "local x <close> = ",
                "setmetatable({}, {__index = function(t, k) return t[k] end})", "coroutine.wrap(", "pcall(", "load(", "#",
                "for k in pairs(_G) do ", "goto l ", "::l:: ", "s:gsub('.-', print)", "table.concat(", "1 << 63",
                "math.mininteger // -1",
            ]
        }
        return words.map { Array($0.utf8) }
    }
}
