import ExpoModel

/// The record whose details are shown, by its position in the catalogue.
public enum DetailsTarget: Sendable, Equatable {
    case booth(Int)
    case delegation(Int)
    case expo(Int)
    /// No record is selected.
    case nothing
}

/// The details of one record wrapped to one width, kept while the record and the width stay
/// the same. A key then costs only the lines in view, however long the record's text is:
/// wrapping happens once, when the record is first shown at that width.
struct DetailsCache: Sendable {
    var target: DetailsTarget?
    var width = 0
    var lines: [(String, Style)] = []
}

extension BrowserState {
    /// The record the details show: the booth when the booth or details pane is focused, the
    /// delegation in the delegation pane, else the expo.
    public var detailsTarget: DetailsTarget {
        let focus = self.focus
        if focus == .booths || focus == .details, case let .booth(i)? = selectedRow(.booths)?.ref { return .booth(i) }
        if focus != .expos, case let .delegation(i)? = selectedRow(.delegations)?.ref { return .delegation(i) }
        if case let .expo(i)? = selectedRow(.expos)?.ref { return .expo(i) }
        return .nothing
    }

    /// The details wrapped to `width` columns, from the cache when it holds them.
    func detailLines(width: Int) -> [(String, Style)] {
        let target = detailsTarget
        if detailsCache.target == target, detailsCache.width == width { return detailsCache.lines }
        return Details.lines(Details.items(for: target, in: catalog), width: width)
    }

    /// Wraps the details for `width` unless the cache already holds them.
    mutating func cacheDetails(width: Int) {
        let target = detailsTarget
        guard detailsCache.target != target || detailsCache.width != width else { return }
        detailsCache = DetailsCache(target: target, width: width, lines: Details.lines(Details.items(for: target, in: catalog), width: width))
    }
}
