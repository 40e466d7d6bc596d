import Foundation
import GRDB
import TiwiziCore

/// Events, plugin settings and the catalog's own settings in the SQLite catalog (v5). A
/// catalog opened read-only before v5 has none.
extension SQLiteCatalogWriter {
    public func save(_ setting: PluginSetting) throws {
        let event = setting.event ?? ""
        try db.execute(sql: "DELETE FROM plugin_settings WHERE plugin = ? AND event = ?", arguments: [setting.plugin, event])
        try db.execute(sql: "DELETE FROM plugin_parameters WHERE plugin = ? AND event = ?", arguments: [setting.plugin, event])
        guard !setting.isEmpty else { return }
        try db.execute(
            sql: "INSERT INTO plugin_settings (plugin, event, enabled, on_error) VALUES (?, ?, ?, ?)",
            arguments: [setting.plugin, event, setting.enabled, setting.onError?.rawValue])
        for (name, value) in setting.parameters.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: "INSERT INTO plugin_parameters (plugin, event, name, value) VALUES (?, ?, ?, ?)",
                arguments: [setting.plugin, event, name, value])
        }
    }

    @discardableResult
    public func save(_ event: Event) throws -> SaveOutcome {
        let existing = try reader.event(event.name)
        guard existing != event else { return .unchanged }
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO events (name, title_fr, title_ar, title_en, place_fr, place_ar, place_en, opens_at, closes_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                event.name, event.title[.french], event.title[.arabic], event.title[.english], event.place?[.french],
                event.place?[.arabic], event.place?[.english], EventTime.text(event.opens), EventTime.text(event.closes),
            ])
        return existing == nil ? .added : .updated
    }

    public func removeEvent(_ name: String) throws -> Bool {
        guard try reader.event(name) != nil else { return false }
        for table in ["plugin_settings", "plugin_parameters"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE event = ?", arguments: [name])
        }
        try db.execute(sql: "DELETE FROM events WHERE name = ?", arguments: [name])
        return true
    }

    public func setPluginsFolder(_ path: String?) throws {
        try db.execute(sql: "DELETE FROM catalog_settings WHERE key = 'plugins_folder'")
        guard let path else { return }
        try db.execute(sql: "INSERT INTO catalog_settings (key, value) VALUES ('plugins_folder', ?)", arguments: [path])
    }
}

extension SQLiteCatalogReader {
    public func events() throws -> [Event] {
        guard try hasPlugins else { return [] }
        return try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY opens_at, name").map(event)
    }

    public func event(_ name: String) throws -> Event? {
        guard name.isBindable, try hasPlugins else { return nil }
        return try Row.fetchOne(db, sql: "SELECT * FROM events WHERE name = ?", arguments: [name]).map(event)
    }

    public func pluginSettings() throws -> [PluginSetting] {
        guard try hasPlugins else { return [] }
        var parameters: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM plugin_parameters") {
            parameters[Self.settingKey(row), default: [:]][row["name"]] = row["value"]
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM plugin_settings ORDER BY plugin, event").map { row in
            let event: String = row["event"]
            let onError: String? = row["on_error"]
            let policy = try onError.map { text in
                guard let policy = FailurePolicy(rawValue: text) else {
                    throw CatalogError.damaged(
                        table: "plugin_settings", row: "\(row["plugin"] as String)/\(event)", column: "on_error", value: text)
                }
                return policy
            }
            return PluginSetting(
                plugin: row["plugin"], event: event.isEmpty ? nil : event, enabled: row["enabled"], onError: policy,
                parameters: parameters[Self.settingKey(row)] ?? [:])
        }
    }

    public func pluginsFolder() throws -> String? {
        guard try hasPlugins else { return nil }
        return try String.fetchOne(db, sql: "SELECT value FROM catalog_settings WHERE key = 'plugins_folder'")
    }

    /// Whether the catalog has the v5 tables (a read-only open of an older catalog does not).
    private var hasPlugins: Bool {
        get throws { try db.tableExists("events") }
    }

    private static func settingKey(_ row: Row) -> String { "\(row["plugin"] as String)\u{0}\(row["event"] as String)" }

    private func event(_ row: Row) throws -> Event {
        let name: String = row["name"]
        func text(_ column: String) -> LocalizedText? {
            var values: [Language: String] = [:]
            for language in [Language.french, .arabic, .english] {
                if let value: String = row["\(column)_\(language.rawValue)"] { values[language] = value }
            }
            return values.isEmpty ? nil : LocalizedText(normalized: values)
        }
        func time(_ column: String) throws -> Date {
            let value: String = row[column]
            guard let date = EventTime.date(value) else {
                throw CatalogError.damaged(table: "events", row: name, column: column, value: value)
            }
            return date
        }
        guard let title = text("title") else {
            throw CatalogError.damaged(table: "events", row: name, column: "title_fr", value: "")
        }
        return Event(name: name, title: title, place: text("place"), opens: try time("opens_at"), closes: try time("closes_at"))
    }
}

/// How the catalog writes an event's times: ISO 8601 in UTC, which sorts as text.
enum EventTime {
    static let zone = TimeZone(identifier: "UTC")!

    static func text(_ date: Date) -> String { Event.text(of: date, in: zone) }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = zone
        return formatter.date(from: text)
    }
}
