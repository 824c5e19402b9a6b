/// A property booths are counted by, as exhibitor directories offer them beside their lists:
/// country, sector, hall, delegation, delegation kind and expo.
public enum Facet: String, Sendable, CaseIterable {
    /// The exhibitor's country (ISO code).
    case country
    /// The exhibitor's sectors: a booth counts once for each.
    case sector
    /// The booth's hall (a hall record's name when the booth refers to one).
    case hall
    /// The booth's delegation.
    case delegation
    /// The kind of the booth's delegation.
    case kind
    /// The booth's expo.
    case expo

    /// One value and how many booths have it.
    public struct Count: Sendable, Equatable {
        /// The value as shown.
        public var value: String
        /// How many booths have it.
        public var count: Int

        /// Creates a count.
        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The values of this facet among `booths` (positions into `c.booths`) with their counts, most
    /// frequent first, then A–Z. Booths without a value are left out.
    ///
    /// Properties of exhibitors, delegations and expos are counted per owner first and looked up
    /// once each, so a million booths cost one pass over small integer arrays.
    public func counts(of booths: some Sequence<Int>, in c: Catalog) -> [Count] {
        var perOwner: [Int32: Int] = [:]
        var byText: [String: Int] = [:]
        switch self {
        case .country, .sector:
            for b in booths { if let x = c.exhibitorPosition(ofBooth: b) { perOwner[Int32(x), default: 0] += 1 } }
            for (x, n) in perOwner {
                let e = c.exhibitors[Int(x)]
                if self == .country {
                    if let v = e.country { byText[v, default: 0] += n }
                } else {
                    for v in Set(e.sectors) { byText[v, default: 0] += n }
                }
            }
        case .delegation, .kind:
            for b in booths where c.delegationOfBooth[b] >= 0 { perOwner[c.delegationOfBooth[b], default: 0] += 1 }
            for (d, n) in perOwner {
                let del = c.delegations[Int(d)]
                if self == .delegation { byText[del.name, default: 0] += n } else if let k = del.kind { byText[k.rawValue, default: 0] += n }
            }
        case .expo:
            for b in booths where c.expoOfBooth[b] >= 0 { perOwner[c.expoOfBooth[b], default: 0] += 1 }
            for (e, n) in perOwner { byText[c.expos[Int(e)].name, default: 0] += n }
        case .hall:
            for b in booths {
                let booth = c.booths[b]
                guard let h = booth.hall else { continue }
                byText[c.hall(ofBooth: booth)?.name ?? h, default: 0] += 1
            }
        }
        return byText.map { Count(value: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : naturalLess($0.value, $1.value) }
    }
}
