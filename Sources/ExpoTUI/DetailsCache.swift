import ExpoModel

/// The record whose details are shown, by its position in the catalogue.
public enum DetailsTarget: Sendable, Equatable {
    case booth(Int)
    case delegation(Int)
    case expo(Int)
    case exhibitor(Int)
    case event(Int)
    /// No record is selected.
    case nothing
}

/// The details of one record wrapped to one width, kept while the record and the width stay
/// the same. A key then costs only the lines in view, however long the record's text is:
/// wrapping happens once, when the record is first shown at that width.
struct DetailsCache: Sendable {
    var target: DetailsTarget?
    var width = 0
    /// The plan's version the lines were made with (a booth's details show its plan entry).
    var planVersion = 0
    var lines: [DetailLine] = []
    var links: [Int] = []
}

/// A record as `y` and `Y` copy it.
public struct RecordLabel: Sendable, Equatable {
    /// Its id.
    public var id: String
    /// Its name.
    public var name: String
}

extension BrowserState {
    /// The record a list's selected row stands for; "All booths" stands for its expo.
    public func detailsTarget(for id: ListID) -> DetailsTarget {
        switch selectedRow(id)?.ref {
        case let .expo(i)?: return .expo(i)
        case let .delegation(i)?: return .delegation(i)
        case let .booth(i)?: return .booth(i)
        case let .exhibitor(i)?: return .exhibitor(i)
        case let .event(i)?: return .event(i)
        case .allBooths?:
            if case let .expo(i)? = selectedRow(.expos)?.ref { return .expo(i) }
            return .nothing
        case .unlisted?, nil: return .nothing
        }
    }

    /// The record the details pane shows: the focused list's row, or the one the details
    /// were opened on.
    public var shownDetailsTarget: DetailsTarget { detailsTarget(for: activeList) }

    /// The selected record's id and name, for `y` and `Y`.
    public var selectedRecord: RecordLabel? {
        let c = catalog
        switch shownDetailsTarget {
        case let .expo(i): return RecordLabel(id: c.expos[i].id, name: c.expos[i].name)
        case let .delegation(i): return RecordLabel(id: c.delegations[i].id, name: c.delegations[i].name)
        case let .booth(i): return RecordLabel(id: c.booths[i].id, name: c.exhibitorName(ofBooth: i))
        case let .exhibitor(i): return RecordLabel(id: c.exhibitors[i].id, name: c.exhibitors[i].name)
        case let .event(i): return RecordLabel(id: c.events[i].id, name: c.events[i].title)
        case .nothing: return nil
        }
    }

    /// The website of the selected booth's or exhibitor's exhibitor, for `O`.
    public var selectedWebsite: String? {
        let c = catalog
        switch shownDetailsTarget {
        case let .booth(i): return c.exhibitor(c.booths[i].exhibitor)?.website
        case let .exhibitor(i): return c.exhibitors[i].website
        default: return nil
        }
    }

    /// The booths the shown details link to.
    var detailLinks: [Int] {
        let target = shownDetailsTarget
        if detailsCache.target == target { return detailsCache.links }
        return Details.links(Details.items(for: target, in: catalog, plan: plan))
    }

    /// The details wrapped to `width` columns, from the cache when it holds them.
    func detailLines(width: Int) -> [DetailLine] {
        let target = shownDetailsTarget
        if detailsCache.target == target, detailsCache.width == width, detailsCache.planVersion == plan.version { return detailsCache.lines }
        return Details.lines(Details.items(for: target, in: catalog, plan: plan), width: width)
    }

    /// Wraps the details for `width` unless the cache already holds them.
    mutating func cacheDetails(width: Int) {
        let target = shownDetailsTarget
        guard detailsCache.target != target || detailsCache.width != width || detailsCache.planVersion != plan.version else { return }
        let items = Details.items(for: target, in: catalog, plan: plan)
        detailsCache = DetailsCache(target: target, width: width, planVersion: plan.version, lines: Details.lines(items, width: width), links: Details.links(items))
    }
}
