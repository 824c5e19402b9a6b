/// A whole catalogue: its records, and indexes for the relations between them.
///
/// Relations: expo → delegations → booths, expo → booths, exhibitor → booths.
/// All indexes hold positions into the record arrays.
public struct Catalog: Sendable {
    /// Title shown in the header.
    public var title: String
    /// True for generated demo data.
    public var synthetic: Bool
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

    private var sourceIndex: [String: Int] = [:]
    private var expoIndex: [String: Int] = [:]
    private var delegationIndex: [String: Int] = [:]
    private var exhibitorIndex: [String: Int] = [:]
    private var boothIndex: [String: Int] = [:]
    private var delegationsOfExpo: [String: [Int]] = [:]
    private var boothsOfExpo: [String: [Int]] = [:]
    private var boothsOfDelegation: [String: [Int]] = [:]
    private var boothsOfExhibitor: [String: [Int]] = [:]

    /// Creates a catalogue and builds its indexes. On duplicate ids the first record wins.
    public init(title: String, synthetic: Bool = false, sources: [Source] = [], expos: [Expo] = [],
                delegations: [Delegation] = [], exhibitors: [Exhibitor] = [], booths: [Booth] = [],
                extra: [JSONMember] = []) {
        self.title = title
        self.synthetic = synthetic
        self.sources = sources
        self.expos = expos
        self.delegations = delegations
        self.exhibitors = exhibitors
        self.booths = booths
        self.extra = extra
        sourceIndex = Self.index(sources.map(\.id))
        expoIndex = Self.index(expos.map(\.id))
        delegationIndex = Self.index(delegations.map(\.id))
        exhibitorIndex = Self.index(exhibitors.map(\.id))
        boothIndex = Self.index(booths.map(\.id))
        for (i, d) in delegations.enumerated() { delegationsOfExpo[d.expo, default: []].append(i) }
        for (i, b) in booths.enumerated() {
            boothsOfExpo[b.expo, default: []].append(i)
            if let d = b.delegation { boothsOfDelegation[d, default: []].append(i) }
            boothsOfExhibitor[b.exhibitor, default: []].append(i)
        }
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
    /// The booth with this id.
    public func booth(_ id: String) -> Booth? { boothIndex[id].map { booths[$0] } }

    // MARK: Relations

    /// Positions (into `delegations`) of the delegations that came to an expo.
    public func delegationIndices(ofExpo id: String) -> [Int] { delegationsOfExpo[id] ?? [] }
    /// Positions (into `booths`) of all booths at an expo.
    public func boothIndices(ofExpo id: String) -> [Int] { boothsOfExpo[id] ?? [] }
    /// Positions (into `booths`) of a delegation's booths.
    public func boothIndices(ofDelegation id: String) -> [Int] { boothsOfDelegation[id] ?? [] }
    /// Positions (into `booths`) of an exhibitor's booths.
    public func boothIndices(ofExhibitor id: String) -> [Int] { boothsOfExhibitor[id] ?? [] }

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
        let listed = boothIndices(ofExpo: id).count
        guard listed < total else { return nil }
        return "listed \(Format.grouped(listed)) of \(Format.grouped(total))"
    }
}
