import ExpoModel
import Foundation

/// A column of `pavilion search`'s table and CSV, chosen with `--columns`.
enum BoothColumn: String, CaseIterable, Sendable {
    case booth, exhibitor, local, expo, delegation, hall, area, country, id

    /// The table's columns when `--columns` is not given.
    static let tableDefault: [BoothColumn] = [.booth, .exhibitor, .expo, .delegation, .hall, .area, .id]

    /// The table's heading.
    var title: String {
        switch self {
        case .booth: "BOOTH"
        case .local: "LOCAL NAME"
        default: rawValue.uppercased()
        }
    }

    /// The CSV header's name.
    var csvName: String {
        switch self {
        case .booth: "booth code"
        case .local: "local name"
        default: rawValue
        }
    }

    /// The names `--columns` takes, for messages.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Reads `--columns booth,exhibitor,id` (commas or spaces; case ignored; "booth code" and
    /// "local name" also accepted).
    /// - Throws: a message naming the unknown column and the valid ones.
    static func parse(_ list: String) throws(ColumnError) -> [BoothColumn] {
        let words = list.split(whereSeparator: { $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !words.isEmpty, !words.contains(where: \.isEmpty) else { throw ColumnError(message: "--columns needs a list of columns separated by commas: \(names)") }
        var out: [BoothColumn] = []
        for w in words {
            let key = w == "booth code" || w == "code" ? "booth" : w == "local name" || w == "local_name" ? "local" : w
            guard let c = BoothColumn(rawValue: key) else {
                throw ColumnError(message: "--columns: \"\(w)\" is not a column; use \(names)")
            }
            out.append(c)
        }
        return out
    }

    /// The cell for booth `b`: for the table (`csv` false) unknown values show as "—" and the
    /// area with its unit; for CSV they are empty and the area a plain number of m².
    func cell(_ b: Booth, _ c: Catalog, csv: Bool) -> String {
        let none = csv ? "" : Format.unknown
        switch self {
        case .booth: return b.code ?? none
        case .exhibitor: return c.exhibitor(b.exhibitor)?.name ?? b.exhibitor
        case .local: return c.exhibitor(b.exhibitor)?.localName ?? none
        case .expo: return c.expo(b.expo)?.name ?? b.expo
        case .delegation: return b.delegation.flatMap { c.delegation($0)?.name } ?? none
        case .hall: return b.hall ?? none
        case .area: return csv ? b.areaSqm.map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int($0)) : String($0) } ?? "" : Format.area(b.areaSqm)
        case .country: return c.exhibitor(b.exhibitor)?.country ?? none
        case .id: return b.id
        }
    }
}

/// A `--columns` list that names no column or an unknown one.
struct ColumnError: Error {
    var message: String
}
