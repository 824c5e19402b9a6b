import ExpoModel

/// The state of the `s` overlay: a query across every booth and its ranked results.
public struct SearchOverlay: Sendable {
    /// The query text.
    public var query = ""
    /// Ranked results: booth positions, best first.
    public var hits = BoothList()
    /// The last result, for narrowing as the query grows.
    public var result: BoothSearchIndex.Result?
    /// The selected result.
    public var cursor = 0
    /// First visible result.
    public var scroll = 0
    /// A message when the query cannot be parsed.
    public var error: String?

    /// Creates an empty overlay.
    public init() {}
}
