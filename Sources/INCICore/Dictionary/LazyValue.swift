import Foundation

/// A value computed once, on first use, by whichever thread needs it first: for the parts of a
/// dictionary most runs never touch (language aliases), so start-up does not pay for them.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> Value)?
    private var computed: Value?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    init(computed value: Value) { computed = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let value = make!()
        computed = value
        make = nil
        return value
    }
}
