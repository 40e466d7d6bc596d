import LuaHost
import Testing

/// A Swift error with a payload, so that an error whose release a longjmp skipped is visible.
struct PriceUnavailable: Error, CustomStringConvertible {
    var evidence = [UInt8](repeating: 0, count: 1024)
    var description: String { "price unavailable" }
}

extension LuaHostSuite {
    @Suite("100,000 errors leak nothing")
    struct LeakTests {
        @Test func hundredThousandErrors() throws {
            let sandbox = try makeSandbox()
            try sandbox.define("fail") { _ in throw PriceUnavailable() }
            try sandbox.define("reject") { _ in throw LuaScriptError("rejected") }
            let luaError = try sandbox.load("local t = {1, 2, 3}\nerror('boom ' .. #t)", name: "lua.lua")
            let swiftError = try sandbox.load("local t = {1, 2, 3}\nreturn fail(t)", name: "swift.lua")
            let caught = try sandbox.load(
                """
                local n = 0
                for i = 1, 12500 do
                  if not pcall(error, 'x') then n = n + 1 end
                  if not pcall(fail) then n = n + 1 end
                  if not pcall(reject) then n = n + 1 end
                  if not pcall(function() local x = nil; return x.y end) then n = n + 1 end
                end
                return n
                """, name: "caught.lua")

            func batch(_ runs: Int) throws {
                for i in 0..<runs {
                    let error = failure { _ = try sandbox.run(i % 2 == 0 ? luaError : swiftError) }
                    switch error?.kind {
                    case .runtime(let message, _)?: #expect(message == "lua.lua:2: boom 3")
                    case .host(let message, _, let underlying)?:
                        #expect(message == "swift.lua:2: price unavailable" && underlying is PriceUnavailable)
                    default: Issue.record("unexpected \(String(describing: error))")
                    }
                }
                #expect(try sandbox.run(caught).value == 50_000)
            }

            /// Resident memory growth over 50,000 uncaught and 50,000 caught errors.
            func growth() throws -> Int {
                let luaBefore = sandbox.memoryInUse
                let residentBefore = residentBytes()
                try batch(50_000)
                sandbox.collectGarbage()
                #expect(sandbox.memoryInUse - luaBefore < 16 * 1024)
                return residentBytes() - residentBefore
            }

            try batch(2_000)  // warm up allocator and caches
            sandbox.collectGarbage()
            var grown = try growth()
            // Tests of other targets may run concurrently and raise resident memory once; a
            // leak raises it on every batch (the longjmp leak cost ~770 MB per 100,000).
            if grown >= 20 << 20 { grown = min(grown, try growth()) }
            #expect(grown < 20 << 20, "resident memory grew by \(grown) bytes over 100,000 errors")
        }
    }
}
