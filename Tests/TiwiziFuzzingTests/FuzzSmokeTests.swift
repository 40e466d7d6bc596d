import Foundation
import Testing
import TiwiziFuzzing

/// A short, deterministic run of every fuzz target: the seed corpus (`Fuzz/corpus/TARGET`),
/// the inputs that once broke a promise (`Fuzz/regressions/TARGET`, if any), then mutations of
/// them. The long, coverage-guided runs are libFuzzer's (`make fuzz`, docs/reliability.md).
@Suite("Fuzz targets, short run")
struct FuzzSmokeTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The shipped rule sets seed the Lua target too.
    static let scriptFolders = ["pricing", "promotions", "labels"].map {
        fuzzFolder.deletingLastPathComponent().appendingPathComponent("scripts").appendingPathComponent($0)
    }

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [[UInt8]] {
        let url = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let scripts = folder == "corpus" && target == .lua ? scriptFolders.flatMap { Self.files(in: $0) } : []
        return (files(in: url) + scripts).compactMap { FileManager.default.contents(atPath: $0.path).map(Array.init) }
    }

    static func files(in url: URL) -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyPromiseHoldsOnTheCorpusAndItsMutations(_ target: FuzzTarget) {
        let corpus = Self.inputs("corpus", target)
        #expect(corpus.count >= 2, "the seed corpus of \(target) is missing")
        let regressions = Self.inputs("regressions", target)
        for input in corpus + regressions { target.check(input) }
        let count = target == .lua ? 1_500 : 4_000
        var checked = 0
        for input in Mutations(of: corpus, tokens: target.tokens, count: count, seed: 2026) {
            target.check(input)
            checked += 1
        }
        #expect(checked == count)
    }

    @Test func mutationsAreDeterministic() {
        let corpus = Self.inputs("corpus", .money)
        let first = Array(Mutations(of: corpus, tokens: FuzzTarget.money.tokens, count: 200, seed: 7))
        #expect(first == Array(Mutations(of: corpus, tokens: FuzzTarget.money.tokens, count: 200, seed: 7)))
        #expect(first != Array(Mutations(of: corpus, tokens: FuzzTarget.money.tokens, count: 200, seed: 8)))
    }
}
