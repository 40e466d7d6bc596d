import Foundation
import Testing
import TiwiziTestSupport

/// The benchmarks, run once at a small size: they check their results against their baselines
/// (the engine against plain Lua and against the naive C host) and would stop on a mismatch.
/// Nothing here is timed.
@Suite("Benchmarks smoke run")
struct BenchmarkSmokeTests {
    @Test("every suite runs once on 200 products, and every table is printed")
    func smokeRun() async throws {
        let workspace = try Workspace()
        var environment = workspace.environment
        environment["TIWIZI_BENCH_PRODUCTS"] = "200"
        environment["TIWIZI_BENCH_ROUNDS"] = "1"
        let run = try await Tiwizi.execute(
            try BuiltProducts.executable("tiwizi-benchmarks"),
            ["--allow-debug-build", "--iterations", "1", "--warmup-iterations", "0"],
            environment: environment, in: workspace.work, scratch: workspace.scratch)
        #expect(run.status == 0, "\(run)")
        for title in [
            "### Reading sku, price, category, stock and region of 200 products",
            "### Host overhead: one pricing rule over 200 products (per product)",
            "### Pricing 200 products with rules (per product)", "### Quoting a cart of 40 lines (per cart line)",
            "### A showcase of 200 products (per product)",
        ] {
            #expect(run.lines.contains(title), "missing \(title) in \(run)")
        }
        #expect(run.lines.contains { $0.hasPrefix("| naive C host, a table per product, no sandbox | 1 |") }, "\(run)")
    }
}
