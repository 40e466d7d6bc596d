import Testing
@testable import LuaHost
@Test func placeholder() {}
