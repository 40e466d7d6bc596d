import Testing
@testable import TiwiziStore
@Test func placeholder() {}
