/// One edition of a fair.
public struct Expo: Sendable, Equatable, Identifiable {
    /// Unique id among expos.
    public var id: String
    /// Display name, e.g. "4th China–Russia Expo".
    public var name: String
    /// The series this edition belongs to.
    public var series: String?
    /// Edition number within the series.
    public var edition: Int?
    /// Host city.
    public var city: String?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// Venue name.
    public var venue: String?
    /// First day (ISO 8601, possibly partial).
    public var start: String?
    /// Last day (ISO 8601, possibly partial).
    public var end: String?
    /// Hosting organisations.
    public var hosts: [String] = []
    /// Theme or slogan.
    public var theme: String?
    /// Topics and fields of exchange.
    public var topics: [String] = []
    /// Headline figures.
    public var figures: Figures?
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates an expo.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The year the expo started, if known.
    public var year: String? { start.map { String($0.prefix(4)) } }
}

/// Headline figures of an expo.
public struct Figures: Sendable, Equatable {
    /// Total booths at the expo (not only those listed).
    public var booths: Int?
    /// Total exhibitors.
    public var exhibitors: Int?
    /// Exhibition area in square metres.
    public var areaSqm: Double?
    /// Participants or visitors.
    public var participants: Int?
    /// Countries and regions represented.
    public var countries: Int?
    /// Contracts signed.
    public var contracts: [Contract] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates empty figures.
    public init() {}
}

/// An amount of contracts or agreements signed.
public struct Contract: Sendable, Equatable {
    /// The amount, in units of `currency`.
    public var amount: Double
    /// ISO 4217 code.
    public var currency: String
    /// What the amount counts.
    public var note: String?
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates a contract figure.
    public init(amount: Double, currency: String, note: String? = nil) {
        self.amount = amount
        self.currency = currency
        self.note = note
    }
}
