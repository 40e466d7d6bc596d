import LuaHost
import Testing

/// What a script writes through the host is bounded: a run that prints without end stops with
/// the output limit, which `pcall` cannot catch, and nothing past the limit is written.
@Suite struct OutputLimitTests {
    final class Sink: @unchecked Sendable {
        var bytes = 0
        var lines = 0
    }

    private func run(_ source: String, limit: Int) throws -> (LuaError?, Sink) {
        let sink = Sink()
        let sandbox = try LuaSandbox(
            configuration: .init(output: { line in
                sink.bytes += line.utf8.count + 1
                sink.lines += 1
            }))
        var limits = SandboxLimits.default
        limits.maxOutputBytes = limit
        do {
            _ = try sandbox.run(try sandbox.load(source, name: "print.lua"), limits: limits)
            return (nil, sink)
        } catch {
            return (error, sink)
        }
    }

    @Test func printingWithoutEndStopsAtTheLimit() throws {
        let (error, sink) = try run("while true do pcall(print, string.rep('x', 99)) end", limit: 10_000)
        let failure = try #require(error)
        #expect(failure.exceededLimit == .output, "\(failure)")
        #expect(failure.message.hasPrefix("print.lua: output limit exceeded: the script wrote "), "\(failure.message)")
        // 100 lines of 100 bytes fit; the 101st is refused, not written.
        #expect(sink.lines == 100 && sink.bytes == 10_000)
    }

    @Test func theCountStartsAgainEachRun() throws {
        let sink = Sink()
        let sandbox = try LuaSandbox(configuration: .init(output: { _ in sink.lines += 1 }))
        var limits = SandboxLimits.default
        limits.maxOutputBytes = 30
        let script = try sandbox.load("for i = 1, 10 do print(i) end", name: "count.lua")  // 21 bytes
        _ = try sandbox.run(script, limits: limits)
        _ = try sandbox.run(script, limits: limits)
        #expect(sink.lines == 20)
    }
}
