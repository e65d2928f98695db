import Foundation

/// The one job pool of the batch commands: transforms a stream of items on `jobs` threads and hands the
/// results back on the calling thread **in input order**, so output never depends on `--jobs`.
///
/// At most `window` items are in flight (taken from the sequence but not yet handed back), so memory
/// stays flat on a million-row catalog however slow the consumer is, and the sequence is read lazily on
/// the calling thread (a CSV reader need not be thread-safe). With one job nothing is spawned.
///
/// Built on `NSCondition`, available on every platform the package declares (macOS 13, Linux); the
/// `Synchronization` module's `Mutex`/`Atomic` would need macOS 15.
public struct OrderedJobPool: Sendable {
    public let jobs: Int
    public let window: Int

    public init(jobs: Int, window: Int? = nil) {
        self.jobs = max(jobs, 1)
        self.window = max(window ?? self.jobs * 8, 1)
    }

    /// Calls `consume` with `transform(item)` for each item, in order. `progress` is called on the calling
    /// thread with the number of items finished so far (in any order), as they finish.
    public func forEach<Items: Sequence, Output: Sendable>(
        _ items: Items,
        transform: @escaping @Sendable (Items.Element) -> Output,
        progress: (Int) -> Void = { _ in },
        consume: (Output) throws -> Void
    ) rethrows where Items.Element: Sendable {
        guard jobs > 1 else {
            var finished = 0
            for item in items {
                let output = transform(item)
                finished += 1
                progress(finished)
                try consume(output)
            }
            return
        }
        let state = SharedState<Items.Element, Output>()
        // Threads of our own, not the global queue: a caller that is itself on a queue thread must not
        // be able to take the only thread its workers would run on.
        let workers = DispatchGroup()
        for _ in 0..<jobs {
            workers.enter()
            let thread = Thread {
                state.work(transform)
                workers.leave()
            }
            thread.stackSize = 8 << 20  // as the main thread's: libxml2 and the analysis recurse on hostile pages
            thread.start()
        }
        defer {
            state.close()
            workers.wait()
        }
        var iterator = items.makeIterator()
        var submitted = 0
        var delivered = 0
        var exhausted = false
        while true {
            while !exhausted && submitted - delivered < window {
                guard let item = iterator.next() else {
                    exhausted = true
                    break
                }
                state.submit(item, index: submitted)
                submitted += 1
            }
            if exhausted && delivered == submitted { return }
            let output = state.take(delivered, progress: progress)
            delivered += 1
            try consume(output)
        }
    }

    /// Maps an array, results in input order.
    public func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Output
    ) -> [Output] {
        var outputs: [Output] = []
        outputs.reserveCapacity(items.count)
        forEach(items, transform: transform) { outputs.append($0) }
        return outputs
    }
}

/// The queue of items waiting for a worker and the results waiting for the consumer, under one condition.
private final class SharedState<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(index: Int, item: Item)] = []
    private var pendingHead = 0
    private var results: [Int: Output] = [:]
    private var finished = 0
    private var closed = false

    func submit(_ item: Item, index: Int) {
        condition.lock()
        pending.append((index, item))
        condition.broadcast()
        condition.unlock()
    }

    /// No more items: workers finish the one in hand and stop (items still pending are dropped, which
    /// only happens when the consumer stopped early).
    func close() {
        condition.lock()
        closed = true
        pending.removeAll()
        pendingHead = 0
        condition.broadcast()
        condition.unlock()
    }

    /// A worker's loop: take the oldest pending item, transform it outside the lock, store the result.
    func work(_ transform: (Item) -> Output) {
        while true {
            condition.lock()
            while pendingHead == pending.count && !closed { condition.wait() }
            guard pendingHead < pending.count else {
                condition.unlock()
                return
            }
            let (index, item) = pending[pendingHead]
            pendingHead += 1
            if pendingHead >= 1024 && pendingHead * 2 >= pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()
            let output = transform(item)
            condition.lock()
            results[index] = output
            finished += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits for the result at `index` and removes it.
    func take(_ index: Int, progress: (Int) -> Void) -> Output {
        condition.lock()
        while results[index] == nil {
            let done = finished
            condition.unlock()
            progress(done)
            condition.lock()
            if results[index] == nil { condition.wait() }
        }
        let output = results.removeValue(forKey: index)!
        let done = finished
        condition.unlock()
        progress(done)
        return output
    }
}
