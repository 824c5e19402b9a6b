/// The catalogue field a CSV column feeds.
public enum CSVField: String, Sendable, CaseIterable {
    /// Exhibitor name (required).
    case name
    /// Exhibitor name in its own script.
    case localName = "local_name"
    /// Booth code or label.
    case code
    /// Hall or pavilion.
    case hall
    /// Booth area in square metres.
    case area
    /// Country, as an ISO code or a name.
    case country
    /// Sectors or categories (split on `;` or `|`).
    case sectors
    /// Products (split on `;` or `|`).
    case products
    /// Description, kept as the booth's summary.
    case summary
    /// Website.
    case website
    /// Delegation or region.
    case delegation
    /// The expo, when one file covers several.
    case expo
    /// Keep the column as an extra field (the default for unknown headers).
    case extra
    /// Drop the column.
    case ignore

    /// Header spellings recognised case-insensitively, ignoring spaces and punctuation.
    static let synonyms: [String: CSVField] = {
        var t: [String: CSVField] = [:]
        let table: [(CSVField, [String])] = [
            (.name, ["company", "exhibitor", "name", "companyname", "exhibitorname", "organisation", "organization", "firm"]),
            (.localName, ["localname", "nativename", "originalname"]),
            (.code, ["booth", "stand", "boothlabel", "boothno", "boothnumber", "boothcode", "standno", "standnumber"]),
            (.hall, ["hall", "pavilion", "hallname"]),
            (.area, ["area", "size", "m2", "sqm", "aream2", "areasqm", "boothsize", "boothaream2"]),
            (.country, ["country", "countrycode"]),
            (.sectors, ["category", "categories", "sector", "sectors", "industry"]),
            (.products, ["products", "product"]),
            (.summary, ["description", "summary", "about", "profile"]),
            (.website, ["website", "web", "url", "homepage"]),
            (.delegation, ["delegation", "region"]),
            (.expo, ["expo", "event", "fair", "show", "edition"]),
        ]
        for (f, names) in table { for n in names { t[n] = f } }
        return t
    }()

    /// The header folded for matching: lower-case letters and digits only ("Booth No." → "boothno",
    /// "m²" → "m2").
    public static func normalise(_ header: String) -> String {
        var out = ""
        for ch in header.lowercased() {
            if ch == "²" { out.append("2"); continue }
            if ch.isLetter || ch.isNumber { out.append(ch) }
        }
        return out
    }

    /// The field a header names, or nil when it is not recognised.
    public static func recognise(_ header: String) -> CSVField? {
        synonyms[normalise(header)]
    }
}
