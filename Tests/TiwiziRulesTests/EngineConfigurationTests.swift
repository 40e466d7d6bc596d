import Foundation
import Testing
import TiwiziCore
import TiwiziLua
import TiwiziStore

@testable import TiwiziRules

/// The catalog's plugin settings in the embedded engine: an event's configuration, calls outside
/// its window, and a reload that picks up changed settings or changes nothing.
@Suite("Rules: plugin settings in the embedded engine")
struct EngineConfigurationTests {
    static let event = Event(
        name: "fair-2026", title: LocalizedText([.french: "Foire", .arabic: "معرض"]),
        opens: RunContext.parseInstant("2026-05-01")!, closes: RunContext.parseInstant("2026-05-10")!)
    static let during = RunContext.parseInstant("2026-05-05T10:00")!

    @Test func anEventsSettingsPriceDuringItAndAReloadPicksUpTheirChanges() async throws {
        let fixture = try EmbeddedFixture()
        defer { fixture.remove() }
        try fixture.store.write { writer in
            try writer.save(Self.event)
            try writer.save(PluginSetting(plugin: "margin", event: "fair-2026", enabled: false))
        }
        let catalogWide = try await fixture.engine(workers: 2)
        #expect(try await catalogWide.price(sku: "OIL-1", at: Self.during).rulesApplied == ["margin"])

        let engine = try await TiwiziEngine(
            store: fixture.store, rules: fixture.folder.root, configuration: .init(workers: 2, event: "fair-2026"))
        let priced = try await engine.price(sku: "OIL-1", at: Self.during)
        #expect(priced.rulesApplied.isEmpty && priced.breakdown.price == .mad(4_000))
        await #expect(throws: ConfigurationProblem.self) {
            try await engine.price(sku: "OIL-1", at: RunContext.parseInstant("2026-06-01")!)
        }
        let hash = engine.ruleSetHash
        #expect(try await engine.reload() == .unchanged)

        try fixture.store.write { writer in
            try writer.save(PluginSetting(plugin: "margin", event: "fair-2026", enabled: true))
        }
        #expect(try await engine.reload() == .reloaded)
        #expect(try await engine.price(sku: "OIL-1", at: Self.during).rulesApplied == ["margin"])
        #expect(engine.ruleSetHash != hash)

        // A setting the manifest refuses: the reload fails and the rules in use stay.
        try fixture.store.write { writer in
            try writer.save(PluginSetting(plugin: "margin", event: "fair-2026", enabled: true, parameters: ["nope": "1"]))
        }
        await #expect(throws: ConfigurationProblem.self) { try await engine.reload() }
        #expect(try await engine.price(sku: "OIL-1", at: Self.during).rulesApplied == ["margin"])
    }

    @Test func settingsResolveEventOverCatalogOverDefault() throws {
        let configuration = PluginConfiguration(
            settings: [
                PluginSetting(plugin: "a", enabled: false, onError: .skip, parameters: ["x": "1", "y": "2"]),
                PluginSetting(plugin: "a", event: "fair-2026", enabled: true, parameters: ["x": "3"]),
                PluginSetting(plugin: "b", event: "other", enabled: false),
                PluginSetting(plugin: "gone", event: "fair-2026", enabled: true),
            ], event: Self.event)
        #expect(configuration.isEnabled("a") && configuration.isEnabled("b") && configuration.policy(of: "a") == .skip)
        #expect(configuration.values(of: "a").mapValues(\.text) == ["x": "3", "y": "2"])
        #expect(configuration.missing(among: ["a", "b"]).map(\.plugin) == ["gone"])
        let catalogOnly = PluginConfiguration(settings: configuration.settings)
        #expect(!catalogOnly.isEnabled("a") && catalogOnly.missing(among: ["a", "b"]).isEmpty)
        #expect(catalogOnly.values(of: "a").mapValues(\.text) == ["x": "1", "y": "2"])
    }
}
