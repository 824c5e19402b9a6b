/// One term of a search query.
public struct QueryTerm: Sendable, Equatable {
    /// How the term's text is matched.
    public enum Mode: Sendable, Equatable {
        /// Characters in order, with gaps (fzf's default).
        case fuzzy
        /// A substring (`'text`).
        case exact
        /// At the start (`^text`).
        case prefix
        /// At the end (`text$`).
        case suffix
        /// Equal to the whole text (`^text$`).
        case whole
    }

    /// A comparison operator for numeric fields.
    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
        case equal = "="

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .lessOrEqual: return a <= b
            case .greaterOrEqual: return a >= b
            case .less: return a < b
            case .greater: return a > b
            case .equal: return a == b
            }
        }
    }

    /// What the term tests.
    public enum Kind: Sendable, Equatable {
        /// Text matched against every searchable field.
        case text(String, Mode)
        /// Text matched within one named field (`country:ru`).
        case field(SearchField, String)
        /// A numeric comparison (`area>=50`).
        case compare(SearchField, Comparison, Double)
    }

    /// What the term tests.
    public var kind: Kind
    /// True for `!term`: the record must not match.
    public var negated: Bool
    /// Smart case: true when the text has a capital letter.
    public var caseSensitive: Bool

    /// Creates a term.
    public init(kind: Kind, negated: Bool = false, caseSensitive: Bool = false) {
        self.kind = kind
        self.negated = negated
        self.caseSensitive = caseSensitive
    }
}

/// The fields a query can name.
public enum SearchField: String, Sendable, CaseIterable {
    case name, country, sector, product, hall, code, kind, expo, delegation, area, date

    /// True for fields compared as numbers (a date as its day number: `date>=2017-06-16`).
    public var isNumeric: Bool { self == .area || self == .date }
}
