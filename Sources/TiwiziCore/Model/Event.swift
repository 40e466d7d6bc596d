import Foundation

/// A named, dated configuration of the plugins: the national ESS conference, a regional fair.
/// Which plugins run during it and with what parameters are `PluginSetting`s of the event.
public struct Event: Hashable, Sendable {
    /// A slug (`assises-ess-2026`).
    public let name: String
    /// Its title, in French and Arabic at least.
    public var title: LocalizedText
    /// Where it takes place, if said.
    public var place: LocalizedText?
    /// When it opens, and the first instant after it closes.
    public var opens: Date
    public var closes: Date

    public init(name: String, title: LocalizedText, place: LocalizedText? = nil, opens: Date, closes: Date) {
        self.name = name
        self.title = title
        self.place = place
        self.opens = opens
        self.closes = closes
    }

    /// Whether `instant` falls within the event.
    public func isOpen(at instant: Date) -> Bool { opens <= instant && instant < closes }
}

extension Event {
    /// `2026-06-10T00:00:00+01:00`: an instant of an event as people read it, in `timeZone`.
    public static func text(of instant: Date, in timeZone: TimeZone = .casablanca) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = timeZone
        return formatter.string(from: instant)
    }
}
