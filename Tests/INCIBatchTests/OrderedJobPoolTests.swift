import Foundation
import INCIBatch
import Synchronization
import Testing

/// Results in input order whatever the number of jobs; bounded in-flight items; early stop.
@Suite struct OrderedJobPoolTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsComeInInputOrder(jobs: Int) {
        // Uneven work so that later items often finish first.
        let items = Array(0..<500)
        let outputs = OrderedJobPool(jobs: jobs, window: 16).map(items) { item -> Int in
            var x = item
            for _ in 0..<((item * 7919) % 2000) { x = (x &* 31) &+ 7 }
            return item * 2 + (x == .min ? 1 : 0)
        }
        #expect(outputs == items.map { $0 * 2 })
    }

    @Test func theSequenceIsReadLazilyWithAtMostWindowItemsInFlight() {
        final class Counter: @unchecked Sendable { var taken = 0 }
        let counter = Counter()
        let window = 5
        var maxAhead = 0
        var consumed = 0
        let items = (0..<200).lazy.map { item -> Int in
            counter.taken += 1
            return item
        }
        OrderedJobPool(jobs: 3, window: window).forEach(
            items, transform: { $0 },
            consume: { output in
                #expect(output == consumed)
                consumed += 1
                maxAhead = max(maxAhead, counter.taken - consumed)
            })
        #expect(consumed == 200)
        #expect(maxAhead < window)
    }

    @Test func aThrowingConsumerStopsThePool() {
        struct Stop: Error {}
        let transformed = Atomic<Int>(0)
        var consumed = 0
        #expect(throws: Stop.self) {
            try OrderedJobPool(jobs: 2, window: 4).forEach(
                Array(0..<10_000),
                transform: { item -> Int in
                    transformed.add(1, ordering: .relaxed)
                    return item
                },
                consume: { item in
                    consumed += 1
                    if item == 10 { throw Stop() }
                })
        }
        #expect(consumed == 11)
        #expect(transformed.load(ordering: .relaxed) < 100)
    }

    @Test func progressCountsFinishedItems() {
        var last = 0
        OrderedJobPool(jobs: 2).forEach(
            Array(0..<50), transform: { $0 }, progress: { last = max(last, $0) }, consume: { _ in })
        #expect(last == 50)
    }
}
