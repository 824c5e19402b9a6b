/// A group that came to an expo: a region, an agency, a business group.
public struct Delegation: Sendable, Equatable, Identifiable {
    /// The kinds of delegation the format knows.
    public enum Kind: String, Sendable, CaseIterable {
        case national, regional, agency, business, organisation
    }

    /// Unique id among delegations.
    public var id: String
    /// The expo it came to.
    public var expo: String
    /// Display name.
    public var name: String
    /// What sort of group it is.
    public var kind: Kind?
    /// ISO 3166-1 alpha-2 country code.
    public var country: String?
    /// Region within the country.
    public var region: String?
    /// Who led it.
    public var head: String?
    /// Number of members.
    public var size: Int?
    /// A summary in the catalogue author's words.
    public var summary: String?
    /// Source ids.
    public var sources: [String] = []
    /// Keys the format does not know, kept as they were.
    public var extra: [JSONMember] = []

    /// Creates a delegation.
    public init(id: String, expo: String, name: String) {
        self.id = id
        self.expo = expo
        self.name = name
    }
}
