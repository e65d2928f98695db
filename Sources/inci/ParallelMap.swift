import Foundation

/// `map` over `jobs` threads with results in input order, so output does not depend on `--jobs`.
/// Workers take items in strides; each result slot is written by exactly one worker.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result) -> [Result] {
        let workers = min(max(jobs, 1), items.count)
        guard workers > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                slots.store(transform(items[index]), at: index)
                index += workers
            }
        }
        return slots.values
    }

    /// Result storage shared by the workers: disjoint indices, read only after all of them finished.
    /// A raw buffer, not an array property: concurrent writes through a property would be overlapping
    /// accesses to it (Swift's exclusivity checks trap on them).
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ value: Value, at index: Int) { buffer[index] = value }

        var values: [Value] { buffer.map { $0! } }
    }
}
