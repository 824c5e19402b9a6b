/// Lets concurrent chunks write to separate slots of one buffer.
struct UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
