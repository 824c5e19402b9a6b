import ExpoModel
import TOMLKit

/// A saved column mapping (`pavilion import --map-file FILE.toml`), as `--print-map` writes it:
///
///     encoding = "windows-1252"
///     header_line = 2
///     delimiter = ";"
///
///     [columns]
///     "Firma" = "name"
///     "booths.no" = "code"
///
/// Every key is optional. `columns` maps a column (a CSV header or a JSON key path, quoted when
/// it has dots or spaces) to a field; `encoding`, `header_line`, `delimiter`, `sheet`,
/// `expo_name`, `expo_id` and `title` are the options of the same names. Options given on the
/// command line override the file.
struct MappingFile: Equatable {
    /// One column's field.
    struct Column: Equatable {
        var column: String
        var field: CSVField
    }

    var columns: [Column] = []
    var encoding: TextEncoding?
    var headerLine: Int?
    var delimiter: UInt8?
    var sheet: String?
    var expoName: String?
    var expoID: String?
    var title: String?

    /// The keys a mapping file may have.
    static let keys = ["columns", "encoding", "header_line", "delimiter", "sheet", "expo_name", "expo_id", "title"]

    /// Reads a mapping file's text.
    /// - Throws: `MappingFileError` naming the key that is unknown or has a bad value.
    static func parse(_ text: String) throws(MappingFileError) -> MappingFile {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw MappingFileError("line \(error.source.begin.line), column \(error.source.begin.column): not valid TOML: \(error.description)")
        } catch {
            throw MappingFileError("not valid TOML: \(error)")
        }
        var file = MappingFile()
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "columns":
                guard let columns = value.table else { throw MappingFileError("columns: expected a table ([columns] then \"COLUMN\" = \"FIELD\" lines), found \(value.type)") }
                try readColumns(columns, prefix: "", into: &file.columns)
            case "encoding":
                let name = try string(value, key)
                guard let e = TextEncoding(name: name) else { throw MappingFileError("encoding: " + TextEncodingError.unknownName(name).description) }
                file.encoding = e
            case "header_line":
                guard let n = value.int, n >= 1 else { throw MappingFileError("header_line: expected a whole number of 1 or more, found \(describe(value))") }
                file.headerLine = n
            case "delimiter": file.delimiter = try delimiter(string(value, key))
            case "sheet": file.sheet = try string(value, key)
            case "expo_name": file.expoName = try nonBlank(value, key)
            case "expo_id": file.expoID = try nonBlank(value, key)
            case "title": file.title = try nonBlank(value, key)
            default:
                throw MappingFileError("unknown key \"\(key)\"; a mapping file may have: \(keys.joined(separator: ", "))")
            }
        }
        return file
    }

    /// The columns of a `[columns]` table; a nested table (`booths.no = "code"` written without
    /// quotes) gives dotted paths.
    static func readColumns(_ table: TOMLTable, prefix: String, into columns: inout [Column]) throws(MappingFileError) {
        for key in table.keys {
            guard let value = table[key] else { continue }
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let inner = value.table {
                try readColumns(inner, prefix: path, into: &columns)
                continue
            }
            let fields = CSVField.allCases.map(\.rawValue).joined(separator: ", ")
            guard let name = value.string else { throw MappingFileError("columns.\"\(path)\": expected a field name in quotes (one of \(fields)), found \(describe(value))") }
            guard let field = CSVField(rawValue: name.lowercased()) else {
                throw MappingFileError("columns.\"\(path)\": unknown field \"\(name)\"; use one of \(fields)")
            }
            columns.append(Column(column: path, field: field))
        }
    }

    static func string(_ value: TOMLValueConvertible, _ key: String) throws(MappingFileError) -> String {
        guard let s = value.string else { throw MappingFileError("\(key): expected a string in quotes, found \(describe(value))") }
        return s
    }

    static func nonBlank(_ value: TOMLValueConvertible, _ key: String) throws(MappingFileError) -> String {
        let s = try string(value, key)
        guard !s.allSatisfy(\.isWhitespace) else { throw MappingFileError("\(key): must not be empty or only spaces") }
        return s
    }

    /// A delimiter: one ASCII character other than a quote or a line break ("\t" or "tab" for a tab).
    static func delimiter(_ s: String) throws(MappingFileError) -> UInt8 {
        if s.lowercased() == "tab" { return 0x09 }
        let bytes = Array(s.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != UInt8(ascii: "\""), bytes[0] != 0x0A, bytes[0] != 0x0D else {
            throw MappingFileError("delimiter: expected one character such as \",\", \";\" or \"\\t\", found \(quoted(s))")
        }
        return bytes[0]
    }

    /// A value for a message: `"two"`, `3`, `a table`.
    static func describe(_ value: TOMLValueConvertible) -> String {
        if let s = value.string { return quoted(s) }
        if let n = value.int { return String(n) }
        if let d = value.double { return String(d) }
        if let b = value.bool { return String(b) }
        return "a \(value.type)"
    }

    /// The text as a TOML basic string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The file as TOML that `parse` reads back as the same mapping, after `comment` lines.
    func toml(comment: [String] = []) -> String {
        // A comment ends at a line break: control characters in it (from a file name) become "?".
        var out = comment.map { "# " + String(String.UnicodeScalarView($0.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 })) + "\n" }.joined()
        let options: [(String, String?)] = [
            ("encoding", encoding.map { Self.quoted($0.rawValue) }), ("header_line", headerLine.map(String.init)),
            ("delimiter", delimiter.map { Self.quoted(String(UnicodeScalar($0))) }), ("sheet", sheet.map(Self.quoted)),
            ("expo_name", expoName.map(Self.quoted)), ("expo_id", expoID.map(Self.quoted)), ("title", title.map(Self.quoted)),
        ]
        for case let (key, value?) in options { out += "\(key) = \(value)\n" }
        out += "\n[columns]\n"
        for c in columns { out += "\(Self.quoted(c.column)) = \(Self.quoted(c.field.rawValue))\n" }
        return out
    }
}

/// A mapping file that cannot be used; the message names the key.
struct MappingFileError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
