struct _IDTable {
    enum Kind: String, CaseIterable {
        case source, expo, delegation, exhibitor, booth, hall, event
        var plural: String { rawValue == "source" ? "sources" : rawValue + "s" }
        var ordinal: Int {
            switch self {
            case .source: return 0
            case .expo: return 1
            case .delegation: return 2
            case .exhibitor: return 3
            case .booth: return 4
            case .hall: return 5
            case .event: return 6
            }
        }
    }
    struct Reference {
        var kind: Kind
        var id: String
        /// The referring record's path and key; the full path is built only for a message.
        var parent: String
        var key: String
        var index: Int?
        var offset: Int
        var expoOfReferrer: String?

        var path: String {
            let p = _Object.join(parent, key)
            return index.map { p + "[\($0)]" } ?? p
        }
    }
    /// Ids seen so far, one table per kind, each id mapped to its record's place in its array
    /// (a nested dictionary would hash twice per look-up). For a valid file these places are
    /// the records' positions, so the catalogue adopts the tables.
    var sources = _IDIndex()
    var expos = _IDIndex()
    var delegations = _IDIndex()
    var exhibitors = _IDIndex()
    var booths = _IDIndex()
    var halls = _IDIndex()
    var events = _IDIndex()
    /// Per kind and place, the byte offset of the record's id (-1: none), for messages.
    var offsets: [[Int]] = Array(repeating: [], count: 7)

    /// Where `id` was first defined: its record's place and the offset of its id.
    func defined(_ kind: Kind, _ id: String) -> (path: String, offset: Int)? {
        guard let i = place(kind, id) else { return nil }
        return ("\(kind.plural)[\(i)]", offsets[kind.ordinal][i])
    }

    /// The table of `kind`.
    subscript(kind: Kind) -> _IDIndex {
        get {
            switch kind {
            case .source: return sources
            case .expo: return expos
            case .delegation: return delegations
            case .exhibitor: return exhibitors
            case .booth: return booths
            case .hall: return halls
            case .event: return events
            }
        }
        _modify {
            switch kind {
            case .source: yield &sources
            case .expo: yield &expos
            case .delegation: yield &delegations
            case .exhibitor: yield &exhibitors
            case .booth: yield &booths
            case .hall: yield &halls
            case .event: yield &events
            }
        }
    }

    /// The place of the record defining `id`.
    @inline(__always)
    func place(_ kind: Kind, _ id: String) -> Int? { self[kind][id] }

    mutating func define(_ kind: Kind, _ id: String, place: Int, offset: Int) {
        self[kind].first[id] = place
        let k = kind.ordinal
        if offsets[k].count <= place {
            offsets[k].append(contentsOf: repeatElement(-1, count: place + 1 - offsets[k].count))
        }
        offsets[k][place] = offset
    }

    /// Makes room for `count` ids of `kind` in all, once a large array shows its size.
    mutating func reserve(_ kind: Kind, _ count: Int) {
        self[kind].first.reserveCapacity(count)
        offsets[kind.ordinal].reserveCapacity(count)
    }

    var references: [Reference] = []
    var expoOfDelegation: [String: String] = [:]
}
