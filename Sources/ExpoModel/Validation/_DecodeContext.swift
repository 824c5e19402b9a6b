/// The state of one decoding: the messages so far, and where the record being read stands.
struct _DecodeContext {
    let lines: _LazyLineMap?
    var diagnostics: [Diagnostic] = []
    /// The place of the record being decoded in its array.
    var recordIndex = 0
    /// False while reading the second half of a file on two cores: references are then
    /// checked when the halves are joined.
    var referencesChecked = true
    /// The size of the file, and where the array being streamed starts.
    var totalBytes = 0
    var arrayStart = 0

    init(lines: _LazyLineMap?) { self.lines = lines }

    mutating func error(_ path: String, _ offset: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, path: path, position: lines?.position(of: offset), message: message))
    }

    mutating func warn(_ path: String, _ offset: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, path: path, position: lines?.position(of: offset), message: message))
    }

    /// Reads an object's members, reporting duplicate keys and unknown keys.
    mutating func object(_ node: JSONNode, path: String, known: Set<String>, what: String) -> _Object? {
        guard case let .object(members) = node.value else {
            error(path, node.offset, "expected \(what) (an object), found \(node.value.typeDescription)")
            return nil
        }
        var obj = _Object(path: path, offset: node.offset)
        // The common case, no key twice, shares the parsed members without copying them.
        var duplicate = false
        if members.count <= 32 {
            for i in members.indices where !duplicate {
                for j in 0..<i where members[j].key == members[i].key { duplicate = true; break }
            }
        } else {
            var seen = Set<String>(minimumCapacity: members.count)
            for m in members where !seen.insert(m.key).inserted { duplicate = true; break }
        }
        if !duplicate {
            obj.byKey = _Members(sharing: members)
            for m in members where !known.contains(m.key) {
                obj.extra.append(m)
                warn(_Object.join(path, m.key), m.keyOffset, "unknown key \(_quoted(m.key, limit: 60)) (kept, but not part of format version \(CatalogDecoder.version))")
            }
            return obj
        }
        obj.byKey.items.reserveCapacity(members.count)
        for m in members {
            if obj.byKey[m.key] != nil {
                let first = lines.flatMap { map in obj.byKey[m.key].map { " (first at \(map.position(of: $0.keyOffset)))" } } ?? ""
                error(_Object.join(path, m.key), m.keyOffset, "duplicate key \(_quoted(m.key, limit: 60)); each key may appear once\(first)")
                continue
            }
            obj.byKey[m.key] = m
            if !known.contains(m.key) {
                obj.extra.append(m)
                warn(_Object.join(path, m.key), m.keyOffset, "unknown key \(_quoted(m.key, limit: 60)) (kept, but not part of format version \(CatalogDecoder.version))")
            }
        }
        return obj
    }
}
