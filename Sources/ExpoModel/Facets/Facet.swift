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

    /// One value, how many records have it, and the field term that selects them.
    public struct Count: Sendable, Equatable {
        /// The value as shown.
        public var value: String
        /// How many records have it.
        public var count: Int
        /// The query's field term that keeps the records with this value (`country:ru`,
        /// `sector:"Food processing"`); empty when none can.
        public var term: String

        /// Creates a count.
        /// - Parameters:
        ///   - value: the value as shown.
        ///   - count: how many records have it.
        ///   - term: the field term that selects it, or empty.
        public init(value: String, count: Int, term: String = "") {
            self.value = value
            self.count = count
            self.term = term
        }
    }

    /// The query field a value of this facet is written with (`country`, `sector`…).
    public var field: String { rawValue }

    /// The group's heading in a facet panel.
    public var title: String {
        switch self {
        case .country: return "Country"
        case .sector: return "Sector"
        case .hall: return "Hall"
        case .delegation: return "Delegation"
        case .kind: return "Kind"
        case .expo: return "Expo"
        }
    }

    /// The values of this facet among `booths` (positions into `c.booths`) with their counts, most
    /// frequent first, then in natural order. Booths without a value are left out.
    ///
    /// Properties of exhibitors, delegations and expos are counted per owner first and looked up
    /// once each, so a million booths cost one pass over small integer arrays (`BoothFacets`).
    public func counts(of booths: some Sequence<Int>, in c: Catalog) -> [Count] {
        BoothFacets(booths, in: c).counts(self)
    }

    /// The field term that selects `value` of `field`: `field:value`, with the value in double
    /// quotes when it holds a space or a character the query reads as an operator
    /// (`sector:"Food processing"`). A double quote inside a value cannot be written, so the
    /// value is cut before it (a wider substring match).
    public static func term(field: String, value: String) -> String {
        var v = value
        if let q = v.firstIndex(of: "\"") { v = String(v[..<q]).trimmingSpaces() }
        guard !v.isEmpty else { return "" }
        let plain = !v.contains { $0.isWhitespace || $0 == "|" || $0 == "'" } && !"!^".contains(v.first ?? " ") && v.last != "$"
        return field + ":" + (plain ? v : "\"" + v + "\"")
    }

    /// The field term that selects one expo (position `i`): `expo:` with its id, or with its
    /// name when the id is part of another expo's id, name or date (an `expo:` term matches
    /// any part of them), or the id and the start date as two terms; so that the term keeps
    /// that expo alone where it can.
    public static func expoTerm(_ i: Int, in c: Catalog) -> String {
        let e = c.expos[i]
        let others = c.expos.indices.filter { $0 != i }.map { j in
            [c.expos[j].id, c.expos[j].name, c.expos[j].start ?? ""].map { $0.lowercased() }
        }
        func matched(_ v: String) -> [Bool] { others.map { $0.contains { $0.contains(v.lowercased()) } } }
        if let pick = [e.id, e.name].first(where: { !matched($0).contains(true) }) { return term(field: "expo", value: pick) }
        if let start = e.start, !zip(matched(e.id), matched(start)).contains(where: { $0 && $1 }) {
            return term(field: "expo", value: e.id) + " " + term(field: "expo", value: start)
        }
        return term(field: "expo", value: e.id)
    }

    /// Sorts counts as a facet panel shows them: most frequent first, ties in natural order.
    public static func sorted(_ counts: [Count]) -> [Count] {
        counts.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.value != b.value { return naturalLess(a.value, b.value) || (!naturalLess(b.value, a.value) && a.value < b.value) }
            return a.term < b.term
        }
    }
}

extension String {
    /// The string without spaces at either end.
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
