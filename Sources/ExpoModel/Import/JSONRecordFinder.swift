/// Finds the array of records in a directory's JSON export.
///
/// The records are the top-level array, or the array of objects under a key such as
/// `exhibitors`, `data`, `items`, `results` or `records` (at the top or one level down), or else
/// the largest array of objects within three levels of the top.
public enum JSONRecordFinder {
    /// Where the records were found.
    public struct Found: Sendable, Equatable {
        /// The dotted path of the array (`exhibitors`, `data.items`); empty for the top-level array.
        public var path: String
        /// The records, in file order (normally objects; anything else is reported and skipped).
        public var records: [JSONNode]
        /// Where the array is, for the note: "the top-level array", "\"exhibitors\"", "\"data.items\",
        /// the largest array of objects".
        public var how: String
    }

    /// Keys that name a record array, in their folded form (`CSVField.normalise`).
    public static let recordKeys: [String] = ["exhibitors", "exhibitor", "data", "items", "results", "records", "rows", "companies",
                                              "entries", "list", "participants", "exposants", "aussteller", "展商", "参展商"]

    /// How deep the search for the largest array of objects goes (the root is level 0).
    static let maxDepth = 3

    /// The records of `root`.
    /// - Throws: `ListReadError.unreadable` when there is no array of objects to read.
    public static func find(_ root: JSONNode) throws(ListReadError) -> Found {
        switch root.value {
        case .array(let elements):
            guard elements.contains(where: \.isObject) else {
                let what = elements.first.map { "holds \(Self.plural($0.value)), not records (objects with keys such as name and booth)" } ?? "is empty: there are no records to import"
                throw .unreadable("the top-level JSON array \(what)", position: nil)
            }
            return Found(path: "", records: elements, how: "the top-level array")
        case .object(let members):
            if let found = preferred(members, prefix: "") { return found }
            for m in members {
                if case .object(let inner) = m.node.value, let found = preferred(inner, prefix: m.key) { return found }
            }
            var best: (path: String, records: [JSONNode])?
            largest(root, path: "", depth: 0, best: &best)
            if let best { return Found(path: best.path, records: best.records, how: "\"\(best.path)\", the largest array of objects") }
            if let empty = emptyPreferred(members) {
                throw .unreadable("\"\(empty)\" is an empty array: there are no records to import", position: nil)
            }
            throw .unreadable("no array of records found: the JSON object holds no array of objects (looked under " +
                              recordKeys.prefix(5).joined(separator: ", ") + "… and for the largest array of objects)", position: nil)
        default:
            throw .unreadable("the JSON holds \(root.value.typeDescription), not records (an array of objects)", position: nil)
        }
    }

    /// The largest array of objects under a record key among `members`.
    static func preferred(_ members: [JSONMember], prefix: String) -> Found? {
        var best: Found?
        for m in members where recordKeys.contains(CSVField.normalise(m.key)) {
            guard case .array(let elements) = m.node.value, elements.contains(where: \.isObject) else { continue }
            if elements.count > (best?.records.count ?? -1) {
                best = Found(path: prefix.isEmpty ? m.key : prefix + "." + m.key, records: elements, how: "\"\(prefix.isEmpty ? m.key : prefix + "." + m.key)\"")
            }
        }
        return best
    }

    /// A record key whose value is an empty array, for the message.
    static func emptyPreferred(_ members: [JSONMember]) -> String? {
        members.first { m in
            guard recordKeys.contains(CSVField.normalise(m.key)), case .array(let elements) = m.node.value else { return false }
            return elements.isEmpty
        }?.key
    }

    /// The largest array holding objects at most `maxDepth` levels down (not inside another array).
    static func largest(_ node: JSONNode, path: String, depth: Int, best: inout (path: String, records: [JSONNode])?) {
        guard depth <= maxDepth else { return }
        switch node.value {
        case .array(let elements):
            if depth > 0, elements.contains(where: \.isObject), elements.count > (best?.records.count ?? 0) { best = (path, elements) }
        case .object(let members):
            for m in members { largest(m.node, path: path.isEmpty ? m.key : path + "." + m.key, depth: depth + 1, best: &best) }
        default:
            break
        }
    }

    /// "strings", "numbers"… for a message about what an array holds.
    static func plural(_ v: JSONValue) -> String {
        switch v {
        case .null: "nulls"
        case .bool: "booleans"
        case .number: "numbers"
        case .string: "strings"
        case .array: "arrays"
        case .object: "objects"
        }
    }
}

extension JSONNode {
    /// True for an object.
    var isObject: Bool {
        if case .object = value { return true }
        return false
    }
}
