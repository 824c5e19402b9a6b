/// Booth positions (into `Catalog.booths`), stored compactly: a search over a million booths
/// returns a million of them on every keystroke.
public struct BoothList: RandomAccessCollection, Sendable, Equatable {
    let storage: [Int32]

    /// No booths.
    public init() { storage = [] }

    init(_ storage: [Int32]) { self.storage = storage }

    /// The first position, 0.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { storage.count }
    /// The booth position at `i`.
    public subscript(i: Int) -> Int { Int(storage[i]) }
}
