import Testing

@testable import TiwiziCore

@Test func placeholder() {}
