/// Writes catalogue JSON text piece by piece, in the layout `CatalogEncoder.write` uses (one
/// record per line), so records can be written as they are made instead of held in memory.
///
/// Call `begin`, then for each array `section` (or `beginSection`, `record`s, `endSection`),
/// then `end`. Text is handed to `emit` in pieces of about a megabyte.
public struct CatalogTextWriter<Failure: Error> {
    private let emit: (String) throws(Failure) -> Void
    private let compact = JSONWriter(indent: nil)
    private var out = ""
    private var recordsInSection = 0

    /// A writer handing its text to `emit`; an error `emit` throws is rethrown by the call
    /// that was writing.
    public init(emit: @escaping (String) throws(Failure) -> Void) {
        self.emit = emit
    }

    /// The opening brace, format, version, title, the catalogue's id and time zone when given,
    /// and the synthetic mark.
    public mutating func begin(title: String, id: String? = nil, timeZone: String? = nil, synthetic: Bool) throws(Failure) {
        out += "{\n  \"format\": \"\(CatalogDecoder.formatName)\",\n  \"version\": \(CatalogDecoder.version),\n  \"title\": "
        JSONWriter.quote(title, into: &out)
        out += ",\n"
        for (key, value) in [("id", id), ("time_zone", timeZone)] {
            guard let value else { continue }
            out += "  \"\(key)\": "
            JSONWriter.quote(value, into: &out)
            out += ",\n"
        }
        if synthetic { out += "  \"synthetic\": true,\n" }
        try flush()
    }

    /// Opens the array `key`.
    public mutating func beginSection(_ key: String) {
        out += "  \"\(key)\": ["
        recordsInSection = 0
    }

    /// Adds one record to the open array.
    public mutating func record(_ value: JSONValue) throws(Failure) {
        out += recordsInSection == 0 ? "\n    " : ",\n    "
        recordsInSection += 1
        compact.write(value, into: &out, level: 0)
        if out.utf8.count > 1 << 20 { try flush() }
    }

    /// Closes the open array; `last` when no member follows it.
    public mutating func endSection(last: Bool = false) throws(Failure) {
        out += recordsInSection == 0 ? "]" : "\n  ]"
        out += last ? "\n" : ",\n"
        try flush()
    }

    /// A whole array at once.
    public mutating func section(_ key: String, _ values: [JSONValue], last: Bool = false) throws(Failure) {
        beginSection(key)
        for v in values { try record(v) }
        try endSection(last: last)
    }

    /// Members after the arrays (unknown keys kept from a file), then the closing brace.
    public mutating func end(extra: [JSONMember] = []) throws(Failure) {
        for (i, m) in extra.enumerated() {
            out += "  "
            JSONWriter.quote(m.key, into: &out)
            out += ": "
            compact.write(m.node.value, into: &out, level: 0)
            out += i == extra.count - 1 ? "\n" : ",\n"
        }
        out += "}\n"
        try flush()
    }

    private mutating func flush() throws(Failure) {
        guard !out.isEmpty else { return }
        let piece = out
        out = ""
        try emit(piece)
    }
}
