/// Flattens a directory's JSON records into table rows whose columns are dotted key paths.
///
/// A scalar becomes a cell at its path (`name`, `contact.website`); numbers and booleans as
/// text, null as an empty cell. An array of scalars becomes one cell joined with "; ". The one
/// array of objects chosen as `expand` (the booths) gives one row per element, with columns
/// `booths.no`, `booths.hall`…; any other array of objects is joined per path with "; ".
public struct JSONRecordFlattener: Sendable {
    /// The path of the array of objects that gives one row per element; nil for one row per record.
    public var expand: String?

    /// Creates a flattener.
    public init(expand: String?) { self.expand = expand }

    /// One row of a record: (path, text) cells in the order met.
    public typealias Row = [(path: String, text: String)]

    /// The rows of one record: one per element of the `expand` array, or one when the record has
    /// no such array or an empty one. Nil when the record is not an object.
    public func rows(_ record: JSONNode) -> [Row]? {
        guard case .object = record.value else { return nil }
        var base: Row = []
        var elements: [JSONNode] = []
        flatten(record, path: "", into: &base, expanded: &elements)
        guard let expand, !elements.isEmpty else { return [base] }
        return elements.map { element in
            var row = base
            var none: [JSONNode] = []
            flatten(element, path: expand, into: &row, expanded: &none)
            return row
        }
    }

    /// Adds the cells of `node` at `path` to `row`; the objects of the `expand` array go to `expanded`.
    func flatten(_ node: JSONNode, path: String, into row: inout Row, expanded: inout [JSONNode]) {
        switch node.value {
        case .object(let members):
            for m in members { flatten(m.node, path: Self.join(path, m.key), into: &row, expanded: &expanded) }
        case .array(let elements):
            if path == expand, expanded.isEmpty {
                expanded = elements.filter(\.isObject)
                let scalars = elements.filter { !$0.isObject }
                if !scalars.isEmpty { row.append((path, Self.joined(scalars))) }
            } else if elements.contains(where: \.isObject) {
                joinObjects(elements, path: path, into: &row)
            } else if !elements.isEmpty {
                row.append((path, Self.joined(elements)))
            }
        default:
            row.append((path, Self.text(node.value)))
        }
    }

    /// The cells of several objects at one path, each path's values joined with "; ".
    func joinObjects(_ elements: [JSONNode], path: String, into row: inout Row) {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for e in elements {
            var cells: Row = []
            var none: [JSONNode] = []
            // Not `expand` here: only the record's own array of booths gives rows.
            JSONRecordFlattener(expand: nil).flatten(e, path: path, into: &cells, expanded: &none)
            for c in cells {
                if values[c.path] == nil { order.append(c.path) }
                if !c.text.isEmpty { values[c.path, default: []].append(c.text) }
            }
        }
        for p in order { row.append((p, (values[p] ?? []).joined(separator: "; "))) }
    }

    /// The texts of scalars (and of scalars in nested arrays) joined with "; ", empty ones left out.
    static func joined(_ elements: [JSONNode]) -> String {
        var parts: [String] = []
        func add(_ n: JSONNode) {
            switch n.value {
            case .array(let inner): inner.forEach(add)
            case .object: break
            default:
                let t = text(n.value)
                if !t.isEmpty { parts.append(t) }
            }
        }
        elements.forEach(add)
        return parts.joined(separator: "; ")
    }

    /// A scalar as a cell: strings as they are, whole numbers without a fraction, booleans as
    /// `true`/`false`, null as empty.
    static func text(_ v: JSONValue) -> String {
        switch v {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .number(let d, _):
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return "\(d)"
        case .array, .object: return ""
        }
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The array of objects whose elements are booths, to give one row each: the first array of
    /// objects (in any record, outside other arrays) whose path names booths (`booths`, `stands`)
    /// or whose objects hold a booth code or hall (`booths.no`, `locations.hall`), as recognised
    /// or as `mapped` (folded column names mapped to code, hall or area) says. Nil when none does.
    public static func boothArray(in records: [JSONNode], mapped: Set<String> = []) -> String? {
        var seen = Set<String>()
        for r in records {
            var found: String?
            visitObjectArrays(r, path: "") { path, children in
                if found != nil || seen.contains(path) { return }
                seen.insert(path)
                if CSVField.recognise(column: path) == .code { found = path; return }
                for c in children {
                    let full = join(path, c)
                    if mapped.contains(CSVField.normalise(full)) || [.code, .hall].contains(CSVField.recognise(column: full)) { found = path; return }
                }
            }
            if let found { return found }
        }
        return nil
    }

    /// Calls `body` with the path and the keys of the objects of each array of objects in `node`,
    /// outside other arrays.
    static func visitObjectArrays(_ node: JSONNode, path: String, _ body: (String, [String]) -> Void) {
        switch node.value {
        case .object(let members):
            for m in members { visitObjectArrays(m.node, path: join(path, m.key), body) }
        case .array(let elements):
            guard path != "", elements.contains(where: \.isObject) else { return }
            var keys: [String] = []
            for case .object(let members) in elements.map(\.value) {
                for m in members where !keys.contains(m.key) { keys.append(m.key) }
            }
            body(path, keys)
        default:
            break
        }
    }
}
