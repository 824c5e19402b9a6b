/// Why a list could not be read at all (as opposed to a row that was skipped).
public enum ListReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An .xls file: the old binary Excel format is not read.
    case oldExcel
    /// The file already is a Pavilion catalogue.
    case alreadyCatalogue
    /// The bytes could not be read as the list they look like; the message says why.
    case unreadable(String, position: TextPosition?)

    /// A one-line message a user can act on.
    public var description: String {
        switch self {
        case .oldExcel:
            "this is an old binary Excel file (.xls), which Pavilion does not read; open it in a spreadsheet and save it as .xlsx or CSV"
        case .alreadyCatalogue:
            "this already is a Pavilion catalogue; open it with --catalog, or check it with `pavilion validate`"
        case .unreadable(let message, _):
            message
        }
    }

    /// Where in the file, when known.
    public var position: TextPosition? {
        if case .unreadable(_, let position) = self { return position }
        return nil
    }
}
