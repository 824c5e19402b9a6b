/// What a file is, told from its first bytes rather than its name.
///
/// `import` and `--catalog` look before they parse, so a workbook is never read as CSV and a
/// directory's JSON export is never read as a catalogue.
public enum ListFileKind: Sendable, Equatable {
    /// A ZIP archive: an Excel workbook (.xlsx) or another Office Open XML file.
    case zip
    /// An OLE compound file: the old binary Excel format (.xls) or another Office 97 file.
    case ole
    /// A JSON document that declares `"format": "pavilion-catalog"`.
    case pavilionCatalog
    /// Another JSON object or array (a directory's export).
    case json
    /// Anything else: read as delimited text (CSV, TSV).
    case text

    /// The kind of `bytes`.
    public static func detect(_ bytes: [UInt8]) -> ListFileKind {
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, (bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) {
            return .zip
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") else { return .text }
        // A CSV line may start with "[" or "{" too; JSON's next significant byte is a quote,
        // a bracket, a digit or a letter of true/false/null, and a CSV title rarely is.
        var j = i + 1
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
        if j < bytes.count {
            let b = bytes[j]
            let jsonLike = b == UInt8(ascii: "\"") || b == UInt8(ascii: "{") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: "}") || b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "t")
                || b == UInt8(ascii: "f") || b == UInt8(ascii: "n")
            if !jsonLike { return .text }
        }
        if bytes[i] == UInt8(ascii: "{"), declaresPavilionFormat(bytes[i...].prefix(65_536)) { return .pavilionCatalog }
        return .json
    }

    /// True when the text has a `"format"` key whose value is `"pavilion-catalog"`.
    static func declaresPavilionFormat(_ head: ArraySlice<UInt8>) -> Bool {
        let key = Array("\"format\"".utf8), value = Array("\"pavilion-catalog\"".utf8)
        var i = head.startIndex
        while i + key.count <= head.endIndex {
            if head[i] == key[0], head[i..<(i + key.count)].elementsEqual(key) {
                var j = i + key.count
                while j < head.endIndex, head[j] == 0x20 || head[j] == 0x09 || head[j] == 0x0A || head[j] == 0x0D || head[j] == UInt8(ascii: ":") { j += 1 }
                if j + value.count <= head.endIndex, head[j..<(j + value.count)].elementsEqual(value) { return true }
            }
            i += 1
        }
        return false
    }

    /// A short name for messages: "an Excel workbook", "JSON"…
    public var description: String {
        switch self {
        case .zip: "a ZIP archive (Excel .xlsx)"
        case .ole: "an old binary Office file (Excel .xls)"
        case .pavilionCatalog: "a Pavilion catalogue"
        case .json: "JSON"
        case .text: "text"
        }
    }
}
