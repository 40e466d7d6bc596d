import Testing
@testable import TiwiziInterchange
@Test func placeholder() {}
