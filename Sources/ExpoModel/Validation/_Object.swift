/// An object being decoded: its path and offset, its members by key, and those of unknown keys.
struct _Object {
    var path: String
    var offset: Int
    var byKey = _Members()
    var extra: [JSONMember] = []

    init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }

    func join(_ key: String) -> String { Self.join(path, key) }

    static func join(_ path: String, _ key: String) -> String {
        let simple = !key.isEmpty && key.utf8.count <= 60 && key.unicodeScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x61 && $0.value <= 0x7A) || $0 == "_" || $0 == "-" }
        // Other keys are quoted, with quotes and control characters escaped as in JSON and a
        // long key cut with "…", so a path stays one readable line.
        let part = simple ? key : "[\"" + String(key.prefix(40)).unicodeScalars.map { u -> String in
            guard u.value < 0x20 || u == "\"" || u == "\\" else { return String(u) }
            let hex = String(u.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }.joined() + (key.count > 40 ? "…" : "") + "\"]"
        if path.isEmpty { return part }
        return simple ? path + "." + part : path + part
    }
}

/// An object's members, looked up by a linear scan: records have a dozen keys at most, and
/// this avoids building a dictionary per record.
struct _Members {
    var items: [JSONMember] = []
    /// Key → position in `items`, built once an object has more members than any record
    /// type knows keys, so that a hostile object with 20,000 keys is not scanned 20,000 times.
    private var index: [String: Int]?
    private static let scanLimit = 32

    init() {}

    /// Members known to have no repeated key, shared without copying.
    init(sharing members: [JSONMember]) {
        items = members
        if members.count > Self.scanLimit {
            var built: [String: Int] = [:]
            built.reserveCapacity(members.count)
            for (i, m) in members.enumerated() { built[m.key] = i }
            index = built
        }
    }

    subscript(key: String) -> JSONMember? {
        get {
            if let index { return index[key].map { items[$0] } }
            for m in items where m.key == key { return m }
            return nil
        }
        set {
            // Only ever appends a key not yet present (see `_DecodeContext.object`).
            guard let newValue else { return }
            items.append(newValue)
            if index != nil {
                index?[newValue.key] = items.count - 1
            } else if items.count > Self.scanLimit {
                var built: [String: Int] = [:]
                built.reserveCapacity(items.count * 2)
                for (i, m) in items.enumerated() where built[m.key] == nil { built[m.key] = i }
                index = built
            }
        }
    }
}
