import Dispatch

/// Frees large values on another thread: releasing a table or catalogue of 100,000 rows (a
/// million strings) takes a tenth of a second that the caller need not wait for.
public enum ReleaseLater {
    /// Holds a value until the other thread drops it.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
        init(_ value: T) { self.value = value }
    }

    /// Takes `value` and frees it on a background thread. Pass it with `consume`, so that no
    /// other reference keeps it alive and the last release happens there.
    public static func release<T>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}
