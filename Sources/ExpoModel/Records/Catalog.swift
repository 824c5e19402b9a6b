import Dispatch

/// A whole catalogue: its records, and indexes for the relations between them.
///
/// Relations: expo → delegations → booths, expo → booths, exhibitor → booths.
/// All indexes hold positions into the record arrays.
public struct Catalog: Sendable {
    /// Title shown in the header.
    public var title: String
    /// True for generated demo data.
    public var synthetic: Bool
    /// The catalogue's stable identity (root key `id`), used by the visit plan; nil when the file
    /// sets none (the title stands in, see `identity`).
    public var id: String?
    /// The IANA time zone of the fair's city (root key `time_zone`, e.g. `Asia/Harbin`), if known.
    public var timeZone: String?

    /// What a visit plan is filed under: `id`, else the title.
    public var identity: String { id ?? title }
    /// Citations.
    public private(set) var sources: [Source]
    /// Editions.
    public private(set) var expos: [Expo]
    /// Delegations.
    public private(set) var delegations: [Delegation]
    /// Exhibitors.
    public private(set) var exhibitors: [Exhibitor]
    /// Booths.
    public private(set) var booths: [Booth]
    /// Top-level keys the format does not know, kept as they were.
    public var extra: [JSONMember]
    /// Halls and pavilions (format version 2).
    public var halls: [Hall] = [] { didSet { indexHalls() } }
    /// Dated events (format version 2), in record order.
    public var events: [ExpoEvent] = [] { didSet { indexEvents() } }
    /// Look-ups for halls and events, rebuilt whenever either array changes (they are small).
    var hallIndex = _IDIndex()
    var eventIndex = _IDIndex()
    var hallsOfExpo = _Groups()
    var eventsOfExpo = _Groups()
    var eventsOfDelegation: [String: [Int]] = [:]

    private var sourceIndex = _IDIndex()
    var expoIndex = _IDIndex()
    private var delegationIndex = _IDIndex()
    private var exhibitorIndex = _IDIndex()
    private var boothIndex = _IDIndex()
    /// Relations as compressed lists: the members of owner `k` are
    /// `list[start[k] ..< start[k + 1]]`, in record order.
    private var delegationsOfExpo = _Groups()
    private var boothsOfExpo = _Groups()
    private var boothsOfDelegation = _Groups()
    private var boothsOfExhibitor = _Groups()
    /// Per booth, the position of its expo, exhibitor and delegation (-1: none or unknown).
    private(set) var expoOfBooth: [Int32] = []
    private(set) var exhibitorOfBooth: [Int32] = []
    private(set) var delegationOfBooth: [Int32] = []

    /// Creates a catalogue and builds its indexes. On duplicate ids the first record wins.
    public init(title: String, synthetic: Bool = false, sources: [Source] = [], expos: [Expo] = [],
                delegations: [Delegation] = [], exhibitors: [Exhibitor] = [], booths: [Booth] = [],
                halls: [Hall] = [], events: [ExpoEvent] = [], extra: [JSONMember] = []) {
        self.init(title: title, synthetic: synthetic, sources: sources, expos: expos, delegations: delegations,
                  exhibitors: exhibitors, booths: booths, halls: halls, events: events, extra: extra,
                  indexes: (_IDIndex(Self.index(sources.map(\.id))), _IDIndex(Self.index(expos.map(\.id))),
                            _IDIndex(Self.index(delegations.map(\.id))), _IDIndex(Self.index(exhibitors.map(\.id))),
                            _IDIndex(Self.index(booths.map(\.id)))))
    }

    /// Creates a catalogue whose id look-ups were built already (by the decoder, which checked
    /// that every id is defined once): each maps an id to its record's position.
    init(title: String, synthetic: Bool, sources: [Source], expos: [Expo], delegations: [Delegation], exhibitors: [Exhibitor],
         booths: [Booth], halls: [Hall] = [], events: [ExpoEvent] = [], extra: [JSONMember], indexes: (sources: _IDIndex, expos: _IDIndex, delegations: _IDIndex,
                                                        exhibitors: _IDIndex, booths: _IDIndex)) {
        self.title = title
        self.synthetic = synthetic
        self.sources = sources
        self.expos = expos
        self.delegations = delegations
        self.exhibitors = exhibitors
        self.booths = booths
        self.extra = extra
        self.halls = halls
        self.events = events
        (sourceIndex, expoIndex, delegationIndex, exhibitorIndex, boothIndex) = indexes
        buildRelations()
        indexHalls()
        indexEvents()
    }

    private mutating func buildRelations() {
        let ei = expoIndex, di = delegationIndex, xi = exhibitorIndex
        delegationsOfExpo = _Groups(owners: expos.count, members: delegations.map { Int32(ei[$0.expo] ?? -1) })
        // Each booth's expo, delegation and exhibitor, looked up on both cores for many booths.
        let booths = self.booths
        let n = booths.count
        let chunks = n >= 50_000 ? 2 : 1
        var parts = [(e: [Int32], d: [Int32], x: [Int32])](repeating: ([], [], []), count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (n * c / chunks)..<(n * (c + 1) / chunks)
                out.value[c] = (booths[range].map { Int32(ei[$0.expo] ?? -1) },
                                booths[range].map { b in Int32(b.delegation.flatMap { di[$0] } ?? -1) },
                                booths[range].map { Int32(xi[$0.exhibitor] ?? -1) })
            }
        }
        expoOfBooth = parts.count == 1 ? parts[0].e : parts.flatMap(\.e)
        delegationOfBooth = parts.count == 1 ? parts[0].d : parts.flatMap(\.d)
        exhibitorOfBooth = parts.count == 1 ? parts[0].x : parts.flatMap(\.x)
        parts = []
        boothsOfExpo = _Groups(owners: expos.count, members: expoOfBooth)
        boothsOfDelegation = _Groups(owners: delegations.count, members: delegationOfBooth)
        boothsOfExhibitor = _Groups(owners: exhibitors.count, members: exhibitorOfBooth)
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    /// An empty catalogue with the given title.
    public static func empty(title: String = "Empty catalogue") -> Catalog { Catalog(title: title) }

    // MARK: Look-ups by id

    /// The source with this id.
    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    /// The expo with this id.
    public func expo(_ id: String) -> Expo? { expoIndex[id].map { expos[$0] } }
    /// The delegation with this id.
    public func delegation(_ id: String) -> Delegation? { delegationIndex[id].map { delegations[$0] } }
    /// The exhibitor with this id.
    public func exhibitor(_ id: String) -> Exhibitor? { exhibitorIndex[id].map { exhibitors[$0] } }
    /// The name of the exhibitor at booth position `index` (its exhibitor id when the
    /// exhibitor is unknown), without a look-up by id.
    public func exhibitorName(ofBooth index: Int) -> String {
        let x = Int(exhibitorOfBooth[index])
        return x >= 0 ? exhibitors[x].name : booths[index].exhibitor
    }

    /// The booth with this id.
    public func booth(_ id: String) -> Booth? { boothIndex[id].map { booths[$0] } }
    /// The position of the booth with an id in `booths`.
    public func boothPosition(_ id: String) -> Int? { boothIndex[id] }

    // MARK: Relations

    /// Positions (into `delegations`) of the delegations that came to an expo.
    public func delegationIndices(ofExpo id: String) -> [Int] { expoIndex[id].map { delegationsOfExpo[$0] } ?? [] }
    /// Positions (into `booths`) of all booths at an expo.
    public func boothIndices(ofExpo id: String) -> [Int] { expoIndex[id].map { boothsOfExpo[$0] } ?? [] }
    /// Positions (into `booths`) of a delegation's booths.
    public func boothIndices(ofDelegation id: String) -> [Int] { delegationIndex[id].map { boothsOfDelegation[$0] } ?? [] }
    /// Positions (into `booths`) of an exhibitor's booths.
    public func boothIndices(ofExhibitor id: String) -> [Int] { exhibitorIndex[id].map { boothsOfExhibitor[$0] } ?? [] }

    /// How many booths an expo has, without building the list.
    public func boothCount(ofExpo id: String) -> Int { expoIndex[id].map { boothsOfExpo.count($0) } ?? 0 }
    /// How many booths a delegation has, without building the list.
    public func boothCount(ofDelegation id: String) -> Int { delegationIndex[id].map { boothsOfDelegation.count($0) } ?? 0 }
    /// The position (into `exhibitors`) of a booth's exhibitor, or nil when it is not in the catalogue.
    public func exhibitorPosition(ofBooth index: Int) -> Int? {
        let x = exhibitorOfBooth[index]
        return x >= 0 ? Int(x) : nil
    }
    /// How many booths the exhibitor at position `index` (into `exhibitors`) has, without building the list.
    public func boothCount(ofExhibitorAt index: Int) -> Int { boothsOfExhibitor.count(index) }

    /// The delegations that came to an expo.
    public func delegations(ofExpo id: String) -> [Delegation] { delegationIndices(ofExpo: id).map { delegations[$0] } }
    /// All booths at an expo.
    public func booths(ofExpo id: String) -> [Booth] { boothIndices(ofExpo: id).map { booths[$0] } }
    /// A delegation's booths.
    public func booths(ofDelegation id: String) -> [Booth] { boothIndices(ofDelegation: id).map { booths[$0] } }
    /// An exhibitor's booths.
    public func booths(ofExhibitor id: String) -> [Booth] { boothIndices(ofExhibitor: id).map { booths[$0] } }

    /// "listed N of M" when the expo's figures give more booths than the catalogue lists, else nil.
    public func coverageNote(ofExpo id: String) -> String? {
        guard let expo = expo(id), let total = expo.figures?.booths else { return nil }
        let listed = boothCount(ofExpo: id)
        guard listed < total else { return nil }
        return "listed \(Format.grouped(listed)) of \(Format.grouped(total))"
    }
}

/// Ids mapped to record positions: one table, or two when a file was read on two cores (each
/// half's ids, with no id in both).
struct _IDIndex: Sendable {
    var first: [String: Int] = [:]
    var second: [String: Int] = [:]

    init(_ first: [String: Int] = [:], _ second: [String: Int] = [:]) {
        self.first = first
        self.second = second
    }

    subscript(id: String) -> Int? { first[id] ?? (second.isEmpty ? nil : second[id]) }

    var count: Int { first.count + second.count }
}

/// Members grouped by owner, stored as one list and the start of each owner's run.
struct _Groups: Sendable {
    private var start: [Int32] = [0]
    private var list: [Int32] = []

    init() {}

    /// Groups member positions by `members[i]`, the owner of member `i` (-1: none).
    init(owners: Int, members: [Int32]) {
        var counts = [Int32](repeating: 0, count: owners + 1)
        for o in members where o >= 0 { counts[Int(o) + 1] += 1 }
        for k in 0..<owners { counts[k + 1] += counts[k] }
        start = counts
        var fill = counts
        list = [Int32](repeating: 0, count: Int(counts[owners]))
        for (i, o) in members.enumerated() where o >= 0 {
            list[Int(fill[Int(o)])] = Int32(i)
            fill[Int(o)] += 1
        }
    }

    subscript(owner: Int) -> [Int] {
        guard owner + 1 < start.count else { return [] }
        return list[Int(start[owner])..<Int(start[owner + 1])].map { Int($0) }
    }

    func count(_ owner: Int) -> Int {
        guard owner + 1 < start.count else { return 0 }
        return Int(start[owner + 1] - start[owner])
    }
}
