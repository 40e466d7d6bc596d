import Dispatch

/// `count` values made by `make(index)` on up to `workers` threads, returned in index order:
/// the same values whatever the number of threads. Worker `w` makes the indices `w`,
/// `w + workers`…, so that costly and cheap items share out evenly.
///
/// The values need not be `Sendable`: each is made and stored by one thread into a slot of its
/// own, and read only once every thread is done.
func parallelMap<Value>(count: Int, workers: Int, _ make: @Sendable (Int) -> Value) -> [Value] {
    let threads = max(1, min(workers, count))
    let slots = Slots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
        for index in stride(from: worker, to: count, by: threads) { slots.store(make(index), at: index) }
    }
    return slots.values()
}

/// Values shared read-only between threads after they are made (the templates' dictionaries).
/// `@unchecked Sendable`: `value` is a `let` that no thread changes.
struct Shared<Value>: @unchecked Sendable {
    let value: Value
}

/// One slot per index, each written by exactly one thread. `@unchecked Sendable`: no two
/// threads touch the same slot, and `values()` is called after every write has finished.
private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) { base[index] = value }

    func values() -> [Value] { (0..<count).map { base[$0]! } }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
