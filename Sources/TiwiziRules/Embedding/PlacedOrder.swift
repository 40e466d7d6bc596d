import TiwiziCore

/// An order `TiwiziEngine.placeOrder` recorded: the order as the catalog keeps it, and the
/// quote that priced it, with every rule's step.
public struct PlacedOrder: Sendable {
    /// The order as recorded, with the id the catalog gave it.
    public let order: Order
    /// The quote it was priced by: its `steps` and each line's `unit.steps` are its trace.
    public let quote: Quote

    /// The order's id in the catalog.
    public var id: Int { order.id ?? 0 }
}
