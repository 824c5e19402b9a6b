/// Reads what `plan export --format json` wrote (`PlanExporter`'s JSON), for `plan import`.
///
/// The reading is strict, so a file edited by hand never imports something other than what it
/// says: the format must be `pavilion-plan` version 1; unknown or repeated keys, values of the
/// wrong type, an unknown status, a date or time not in the export's shape, a duration outside
/// 1–10080 minutes, a priority outside 1–3, a `time_zone` without a `start` and a booth listed
/// twice are each an error naming the entry (counted from 1) and, through the error's
/// position, the line and column. Missing optional keys read as unset (duration 30, `updated`
/// as `added`); an empty note reads as none.
public enum PlanJSONReader {
    /// A read plan.
    public struct Document: Sendable, Equatable {
        /// The catalogue identity the plan was exported from.
        public var catalog: String?
        /// The entries.
        public var entries: [PlanEntry]

        /// Creates a document.
        public init(catalog: String?, entries: [PlanEntry]) {
            self.catalog = catalog
            self.entries = entries
        }
    }

    /// Parses an exported plan; errors name the line, column and entry.
    public static func read(_ bytes: [UInt8]) throws(ListReadError) -> Document {
        let lines = LineMap(bytes)
        var parser = JSONParser()
        let root: JSONNode
        do {
            root = try parser.parse(bytes)
        } catch {
            throw .unreadable("not a plan export: " + error.message, position: lines.position(of: error.offset))
        }
        var fields = PlanJSONFields(lines: lines)
        return try fields.document(root)
    }
}

/// The checks of `PlanJSONReader`, with the line map its errors use.
struct PlanJSONFields {
    let lines: LineMap
    /// "entry 3 (booth "b1"): " while an entry is read.
    var context = ""

    init(lines: LineMap) { self.lines = lines }

    func fail(_ message: String, at offset: Int) -> ListReadError {
        .unreadable(context + message, position: lines.position(of: offset))
    }

    /// The members of an object by key, each key allowed once and only from `allowed`.
    func members(_ node: JSONNode, what: String, allowed: [String]) throws(ListReadError) -> [String: JSONMember] {
        guard case .object(let list) = node.value else {
            throw fail("\(what) must be an object, not \(node.value.typeDescription)", at: node.offset)
        }
        var out: [String: JSONMember] = [:]
        for m in list {
            guard allowed.contains(m.key) else {
                throw fail("unknown key \(_quoted(m.key)) in \(what); expected " + allowed.joined(separator: ", "), at: m.keyOffset)
            }
            guard out[m.key] == nil else { throw fail("key \(_quoted(m.key)) appears twice in \(what)", at: m.keyOffset) }
            out[m.key] = m
        }
        return out
    }

    func string(_ m: JSONMember?, nullable: Bool) throws(ListReadError) -> String? {
        guard let m else { return nil }
        switch m.node.value {
        case .string(let s): return s
        case .null where nullable: return nil
        default:
            throw fail("\(m.key) must be a string\(nullable ? " or null" : ""), not \(m.node.value.typeDescription)", at: m.node.offset)
        }
    }

    func integer(_ m: JSONMember?, in range: ClosedRange<Int>, nullable: Bool) throws(ListReadError) -> Int? {
        guard let m else { return nil }
        if case .null = m.node.value, nullable { return nil }
        guard case .number(let x, true) = m.node.value, x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            throw fail("\(m.key) must be a whole number from \(range.lowerBound) to \(range.upperBound)\(nullable ? " or null" : "")",
                       at: m.node.offset)
        }
        return Int(x)
    }

    func timestamp(_ m: JSONMember?) throws(ListReadError) -> Int64? {
        guard let m, let text = try string(m, nullable: false) else { return nil }
        guard let t = UTCTimestamp.parseISO(text) else {
            throw fail("\(m.key) \(_quoted(text)) is not a UTC time like 2017-06-16T08:00:00Z", at: m.node.offset)
        }
        return t
    }

    func required(_ m: JSONMember?, _ key: String, in what: String, at offset: Int) throws(ListReadError) -> JSONMember {
        guard let m else { throw fail("\(what) has no \(key)", at: offset) }
        return m
    }
}
