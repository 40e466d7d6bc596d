import TiwiziCore

/// A failure of the catalog store that a person can act on.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public let message: Message
    public init(_ key: MessageKey, _ arguments: [String: String] = [:]) { message = Message(key, arguments) }
    public var description: String { message.text() }
}
