import Foundation
import Testing
import TiwiziCore
import TiwiziStore

/// Plugin settings, events and the catalog's plugins folder: kept per scope, replaced whole,
/// removed with their event.
extension CatalogConformance {
    static let pluginSettings = [
        ConformanceCheck("plugin settings read back per scope, and an empty one is removed") { try settingsReadBack($0) },
        ConformanceCheck("events read back by opening time; removing one removes its settings") { try eventsReadBack($0) },
        ConformanceCheck("the plugins folder is set and cleared") { try pluginsFolder($0) },
    ]

    static func event(_ name: String = "assises-ess-2026", opensAt hour: Int = 0) -> Event {
        let opens = Date(timeIntervalSince1970: 1_781_049_600 + Double(hour) * 3600)
        return Event(
            name: name, title: LocalizedText([.french: "Assises de l'ESS", .arabic: "الملتقى الوطني"]),
            place: LocalizedText([.french: "Rabat", .arabic: "الرباط"]), opens: opens, closes: opens + 4 * 86_400)
    }

    private static func settingsReadBack(_ store: some CatalogStore) throws {
        #expect(try store.read { try $0.pluginSettings() }.isEmpty)
        let catalog = PluginSetting(plugin: "honey-week", enabled: false, parameters: ["discount": "15 %"])
        let fair = PluginSetting(
            plugin: "honey-week", event: "assises-ess-2026", enabled: true, onError: .skip,
            parameters: ["discount": "20 %", "region": "MA-09"])
        try store.write { writer in
            try writer.save(event())
            try writer.save(fair)
            try writer.save(catalog)
            try writer.save(PluginSetting(plugin: "base-pricing", onError: .fail))
        }
        let expected = [PluginSetting(plugin: "base-pricing", onError: .fail), catalog, fair]
        #expect(try store.read { try $0.pluginSettings() } == expected)
        var narrowed = fair
        narrowed.parameters = ["region": "MA-01"]
        try store.write { writer in
            try writer.save(narrowed)
            try writer.save(PluginSetting(plugin: "base-pricing"))
        }
        #expect(try store.read { try $0.pluginSettings() } == [catalog, narrowed])
    }

    private static func eventsReadBack(_ store: some CatalogStore) throws {
        let later = event("foire-agadir", opensAt: 48)
        let first = event()
        try store.write { writer in
            #expect(try writer.save(later) == .added)
            #expect(try writer.save(first) == .added)
            #expect(try writer.save(first) == .unchanged)
            try writer.save(PluginSetting(plugin: "honey-week", event: first.name, enabled: true))
            try writer.save(PluginSetting(plugin: "honey-week", event: later.name, enabled: true))
            try writer.save(PluginSetting(plugin: "honey-week", enabled: false))
        }
        #expect(try store.read { try $0.events() } == [first, later])
        var moved = later
        moved.place = nil
        #expect(try store.write { try $0.save(moved) } == .updated)
        #expect(try store.read { try $0.event(later.name) } == moved)
        #expect(try store.write { try $0.removeEvent(first.name) })
        #expect(try !store.write { try $0.removeEvent(first.name) })
        let left = try store.read { try $0.pluginSettings() }
        #expect(left.map(\.event) == [nil, later.name])
    }

    private static func pluginsFolder(_ store: some CatalogStore) throws {
        #expect(try store.read { try $0.pluginsFolder() } == nil)
        try store.write { try $0.setPluginsFolder("/srv/tiwizi/plugins") }
        #expect(try store.read { try $0.pluginsFolder() } == "/srv/tiwizi/plugins")
        try store.write { try $0.setPluginsFolder(nil) }
        #expect(try store.read { try $0.pluginsFolder() } == nil)
    }
}
