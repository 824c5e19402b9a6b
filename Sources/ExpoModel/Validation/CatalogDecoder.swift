import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns catalogue JSON (format version 1) into a `Catalog`, checking everything the format
/// promises and collecting every problem rather than stopping at the first.
public struct CatalogDecoder {
    /// The result of decoding: a best-effort catalogue and every problem found.
    public struct Result: Sendable {
        /// The records that could be read. Only trustworthy when `isValid`.
        public var catalog: Catalog
        /// Errors and warnings, in file order within each check.
        public var diagnostics: [Diagnostic]
        /// True when there is no error (warnings are allowed).
        public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
    }

    /// The `format` string every catalogue declares.
    public static let formatName = "pavilion-catalog"
    /// The format version this build reads.
    public static let version = 1

    /// Creates a decoder.
    public init() {}

    /// Files at least this large are read on two cores.
    static let twoCoreMinimumBytes = 4 << 20

    /// Parses and validates catalogue bytes.
    /// - Parameter progress: called now and then with the fraction of the file read so far.
    public func decode(_ bytes: [UInt8], progress: ((Double) -> Void)? = nil) -> Result {
        decode(bytes, progress: progress, twoCoresFrom: Self.twoCoreMinimumBytes)
    }

    /// Parses and validates catalogue bytes, on two cores when there are at least
    /// `twoCoresFrom` of them. The result is the same either way: a file in which the two-core
    /// reading finds any problem is read again in one piece, for messages in file order.
    /// - Parameter waitForCut: the first core waits until the second has found its cut (or
    ///   found none), so that a test of a small file reads it on two cores for sure.
    func decode(_ bytes: [UInt8], progress: ((Double) -> Void)? = nil, twoCoresFrom: Int, waitForCut: Bool = false) -> Result {
        if bytes.count >= twoCoresFrom, let result = decodeOnTwoCores(bytes, progress: progress, waitForCut: waitForCut) { return result }
        return decodeInOnePiece(bytes, progress: progress)
    }

    /// Reads the file from start to end on this thread.
    func decodeInOnePiece(_ bytes: [UInt8], progress: ((Double) -> Void)?) -> Result {
        let lines = _LazyLineMap(bytes)
        var parser = JSONParser()
        var ctx = _DecodeContext(lines: lines)
        ctx.totalBytes = bytes.count
        var streamed = _Streamed()
        let total = Double(max(1, bytes.count))
        let root: JSONNode
        do {
            // Records are decoded as they are parsed, so the whole tree never sits in memory.
            root = try parser.parse(bytes) { key, index, node in
                if let progress, index % 4096 == 0 { progress(Double(node.offset) / total) }
                return ctx.stream(key, index, node, into: &streamed)
            }
        } catch {
            return Self.syntaxError(error, lines)
        }
        return Self.finish(root, &ctx, streamed, skippedByteOrderMark: parser.skippedByteOrderMark)
    }

    static func syntaxError(_ error: JSONSyntaxError, _ lines: _LazyLineMap) -> Result {
        let d = Diagnostic(.error, path: "", position: lines.position(of: error.offset), message: error.message)
        return Result(catalog: .empty(title: ""), diagnostics: [d])
    }

    /// Checks the document as a whole once its records are decoded, and orders the messages.
    static func finish(_ root: JSONNode, _ ctx: inout _DecodeContext, _ streamed: _Streamed, skippedByteOrderMark: Bool) -> Result {
        let recordProblems = ctx.diagnostics
        ctx.diagnostics = []
        if skippedByteOrderMark {
            ctx.warn("", 0, "the file starts with a UTF-8 byte-order mark, which was ignored")
        }
        let catalog = ctx.decodeCatalog(root, streamed: streamed, recordsValid: !recordProblems.contains { $0.severity == .error })
        // In file order, as a person reads the file (ties keep the order the checks ran in).
        let all = ctx.diagnostics + recordProblems
        let ordered = all.enumerated().sorted { a, b in
            let pa = a.element.position ?? TextPosition(line: 0, column: 0)
            let pb = b.element.position ?? TextPosition(line: 0, column: 0)
            if pa.line != pb.line { return pa.line < pb.line }
            if pa.column != pb.column { return pa.column < pb.column }
            return a.offset < b.offset
        }.map(\.element)
        return Result(catalog: catalog, diagnostics: ordered)
    }

    /// One core reads from the start; the other finds a cut near the middle (a comma between two
    /// records of a large array) and reads from there to the end. The first stops at the cut if
    /// it learns of it in time. Nil when the halves found any problem, so that the file is read
    /// again in one piece.
    func decodeOnTwoCores(_ bytes: [UInt8], progress: ((Double) -> Void)?, waitForCut: Bool = false) -> Result? {
        let cutAt = _CutPoint()
        // Found first, on this thread, when asked to wait for it.
        let known = waitForCut ? Self.findCut(bytes) : nil
        if waitForCut { cutAt.offset.store(known?.offset ?? _CutPoint.none, ordering: .releasing) }
        let total = Double(max(1, bytes.count))
        var head = _Head()
        var tail: _Tail?
        withUnsafeMutablePointer(to: &head) { headOut in
            withUnsafeMutablePointer(to: &tail) { tailOut in
                let out = UncheckedBox((headOut, tailOut, progress))
                DispatchQueue.concurrentPerform(iterations: 2) { worker in
                    if worker == 0 {
                        out.value.0.pointee = Self.readHead(bytes, cutAt, progress: out.value.2.map { report in
                            { (offset: Int) in report((Double(offset) + Double(max(0, cutAt.tailRead.load(ordering: .relaxed)))) / total) }
                        })
                    } else {
                        out.value.1.pointee = Self.readTail(bytes, cutAt, known: known, searched: waitForCut)
                    }
                }
            }
        }
        guard let stopped = head.stoppedIn else {
            // The first core read everything: that is the one-piece reading.
            guard let root = head.root else { return head.error.map { Self.syntaxError($0, head.lines) } }
            return Self.finish(root, &head.ctx, head.streamed, skippedByteOrderMark: head.skippedByteOrderMark)
        }
        guard let tail, let tailMembers = tail.members, let root = head.root, case let .object(headMembers) = root.value,
              stopped.key == tail.cut.key, stopped.count == tail.cut.index,
              head.ctx.diagnostics.isEmpty, tail.ctx.diagnostics.isEmpty, !head.skippedByteOrderMark else { return nil }
        // Moved out, so that joining the halves copies neither records nor id tables.
        var streamed = head.streamed
        head.streamed = _Streamed()
        guard streamed.append(tail.streamed) else { return nil }
        var ctx = head.ctx
        head.ctx = _DecodeContext(lines: nil)
        let result = Self.finish(JSONNode(.object(headMembers + tailMembers), offset: root.offset), &ctx, streamed, skippedByteOrderMark: false)
        return result.diagnostics.isEmpty ? result : nil
    }

    /// What the first core read: the document up to the cut (or all of it).
    struct _Head {
        var root: JSONNode?
        var error: JSONSyntaxError?
        var ctx = _DecodeContext(lines: nil)
        var lines = _LazyLineMap([])
        var streamed = _Streamed()
        var stoppedIn: (key: String, count: Int)?
        var skippedByteOrderMark = false
    }

    /// What the second core read: the document from the cut.
    struct _Tail {
        var cut: JSONSplitter.Cut
        var members: [JSONMember]?
        var ctx: _DecodeContext
        var streamed = _Streamed()
    }

    static func readHead(_ bytes: [UInt8], _ cutAt: _CutPoint, progress: ((Int) -> Void)?) -> _Head {
        var head = _Head()
        head.lines = _LazyLineMap(bytes)
        head.ctx = _DecodeContext(lines: head.lines)
        head.ctx.totalBytes = bytes.count
        var parser = JSONParser()
        var ctx = head.ctx
        var streamed = _Streamed()
        do {
            head.root = try parser.parse(bytes, streaming: { key, index, node in
                if let progress, index % 4096 == 0 { progress(node.offset) }
                return ctx.stream(key, index, node, into: &streamed)
            }, stopAt: { cutAt.offset.load(ordering: .acquiring) })
        } catch {
            head.error = error
        }
        head.ctx = ctx
        head.streamed = streamed
        head.stoppedIn = parser.stoppedIn
        head.skippedByteOrderMark = parser.skippedByteOrderMark
        return head
    }

    /// A cut a little before the middle: the second core also has to find it.
    static func findCut(_ bytes: [UInt8]) -> JSONSplitter.Cut? {
        let keys: Set<String> = ["sources", "expos", "delegations", "exhibitors", "booths"]
        return bytes.withUnsafeBufferPointer { JSONSplitter.cut($0, near: bytes.count / 100 * 47, keys: keys) }
    }

    static func readTail(_ bytes: [UInt8], _ cutAt: _CutPoint, known: JSONSplitter.Cut?, searched: Bool) -> _Tail? {
        let found = searched ? known : Self.findCut(bytes)
        guard let cut = found else {
            cutAt.offset.store(_CutPoint.none, ordering: .releasing)
            return nil
        }
        cutAt.offset.store(cut.offset, ordering: .releasing)
        var tail = _Tail(cut: cut, ctx: _DecodeContext(lines: _LazyLineMap(bytes)))
        tail.ctx.totalBytes = bytes.count
        // References are checked when the halves are joined, from the records themselves.
        tail.ctx.referencesChecked = false
        var ctx = tail.ctx
        var streamed = _Streamed()
        var parser = JSONParser()
        tail.members = try? parser.parseTail(bytes, from: cut.offset, key: cut.key, index: cut.index) { key, index, node in
            if index % 4096 == 0 { cutAt.tailRead.store(node.offset - cut.offset, ordering: .relaxed) }
            return ctx.stream(key, index, node, into: &streamed)
        }
        tail.ctx = ctx
        tail.streamed = streamed
        return tail
    }

    /// Decodes an already-parsed document (positions are unknown).
    public func decode(root: JSONNode) -> Result {
        var ctx = _DecodeContext(lines: nil)
        let catalog = ctx.decodeCatalog(root)
        return Result(catalog: catalog, diagnostics: ctx.diagnostics)
    }
}

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

    // MARK: Objects

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
                warn(_Object.join(path, m.key), m.keyOffset, "unknown key \(_quoted(m.key, limit: 60)) (kept, but not part of format version 1)")
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
                warn(_Object.join(path, m.key), m.keyOffset, "unknown key \(_quoted(m.key, limit: 60)) (kept, but not part of format version 1)")
            }
        }
        return obj
    }

    mutating func string(_ o: _Object, _ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        guard let m = o.byKey[key] else {
            if required { error(o.path, o.offset, "missing required key \"\(key)\"") }
            return nil
        }
        guard case let .string(s) = m.node.value else {
            if m.node.value == .null && !required { return nil }
            error(o.join(key), m.node.offset, "expected a string, found \(m.node.value.typeDescription)\(required ? " (the key is required)" : "")")
            return nil
        }
        if nonEmpty, s.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) || (nonEmpty && s.unicodeScalars.first.map { $0.value >= 0x80 } == true && s.allSatisfy(\.isWhitespace)) {
            error(o.join(key), m.node.offset, "must not be empty")
            return nil
        }
        return s
    }

    mutating func stringArray(_ o: _Object, _ key: String) -> [String] {
        guard let m = o.byKey[key] else { return [] }
        guard case let .array(items) = m.node.value else {
            if m.node.value == .null { return [] }
            error(o.join(key), m.node.offset, "expected an array of strings, found \(m.node.value.typeDescription)")
            return []
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if case let .string(s) = item.value { out.append(s) } else {
                error(o.join(key) + "[\(i)]", item.offset, "expected a string, found \(item.value.typeDescription)")
            }
        }
        return out
    }

    mutating func number(_ o: _Object, _ key: String, required: Bool = false, what: String = "number") -> (Double, Bool)? {
        guard let m = o.byKey[key] else {
            if required { error(o.path, o.offset, "missing required key \"\(key)\"") }
            return nil
        }
        guard case let .number(x, isInteger) = m.node.value else {
            if m.node.value == .null && !required { return nil }
            var msg = "expected a \(what), found \(m.node.value.typeDescription)"
            if case let .string(s) = m.node.value { msg += " \"\(s.prefix(20))\"; write the number without quotes" }
            error(o.join(key), m.node.offset, msg)
            return nil
        }
        return (x, isInteger)
    }

    mutating func area(_ o: _Object, _ key: String) -> Double? {
        guard let (x, _) = number(o, key, what: "number of square metres") else { return nil }
        if x < 0 {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "area must not be negative (got \(Format.number(x)))")
            return nil
        }
        return x
    }

    mutating func count(_ o: _Object, _ key: String) -> Int? {
        guard let (x, isInteger) = number(o, key, what: "whole number") else { return nil }
        let offset = o.byKey[key]?.node.offset ?? o.offset
        guard isInteger || x.rounded() == x, x >= 0, x < 1e15 else {
            let tooLarge = x >= 1e15 ? ", which is too large (counts go up to 999,999,999,999,999)" : ""
            error(o.join(key), offset, "expected a whole number of zero or more, found \(Format.number(x))\(tooLarge)")
            return nil
        }
        return Int(x)
    }

    mutating func date(_ o: _Object, _ key: String) -> String? {
        guard let s = string(o, key) else { return nil }
        if let why = _DateCheck.problem(s) {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "\(_quoted(s, limit: 30)) is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY\(why)")
            return nil
        }
        return s
    }

    mutating func country(_ o: _Object, _ key: String) -> String? {
        guard let s = string(o, key) else { return nil }
        let ok = s.unicodeScalars.count == 2 && s.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
        if !ok {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "\"\(s.prefix(30))\" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"CN\" or \"RU\")")
            return nil
        }
        return s
    }

    // MARK: The document

    mutating func decodeCatalog(_ root: JSONNode, streamed: _Streamed = _Streamed(), recordsValid: Bool = false) -> Catalog {
        let known = _Known.catalog
        guard let o = object(root, path: "", known: known, what: "a catalogue") else { return .empty(title: "") }
        if let m = o.byKey["format"] {
            if case let .string(s) = m.node.value {
                if s != CatalogDecoder.formatName {
                    error("format", m.node.offset, "unsupported format \"\(s.prefix(40))\"; a Pavilion catalogue declares \"format\": \"\(CatalogDecoder.formatName)\"")
                }
            } else {
                error("format", m.node.offset, "expected the string \"\(CatalogDecoder.formatName)\", found \(m.node.value.typeDescription)")
            }
        } else {
            error("", root.offset, "missing required key \"format\"; a Pavilion catalogue declares \"format\": \"\(CatalogDecoder.formatName)\"")
        }
        if let m = o.byKey["version"] {
            if case let .number(v, _) = m.node.value {
                if v != Double(CatalogDecoder.version) {
                    error("version", m.node.offset, "unsupported version \(Format.number(v)); this pavilion reads version \(CatalogDecoder.version)")
                }
            } else {
                error("version", m.node.offset, "expected the number \(CatalogDecoder.version), found \(m.node.value.typeDescription)")
            }
        } else {
            error("", root.offset, "missing required key \"version\" (this pavilion reads version \(CatalogDecoder.version))")
        }
        let title = string(o, "title", required: true, nonEmpty: true) ?? ""
        var synthetic = false
        if let m = o.byKey["synthetic"] {
            if case let .bool(b) = m.node.value { synthetic = b } else if m.node.value != .null {
                error("synthetic", m.node.offset, "expected true or false, found \(m.node.value.typeDescription)")
            }
        }

        var ids = streamed.ids
        var streamed = streamed
        // Streamed records come first; arrays the parser kept (none, for a well-formed file) are
        // appended in place, so a million booths are never copied.
        let keptSources = records(o, "sources") { ctx, node, path in ctx.source(node, path, &ids) }.map(\.0)
        if !keptSources.isEmpty { streamed.sources += keptSources }
        let keptExpos = records(o, "expos") { ctx, node, path in ctx.expo(node, path, &ids) }.map(\.0)
        if !keptExpos.isEmpty { streamed.expos += keptExpos }
        let keptDelegations = records(o, "delegations") { ctx, node, path in ctx.delegation(node, path, &ids) }.map(\.0)
        if !keptDelegations.isEmpty { streamed.delegations += keptDelegations }
        let keptExhibitors = records(o, "exhibitors") { ctx, node, path in ctx.exhibitor(node, path, &ids) }.map(\.0)
        if !keptExhibitors.isEmpty { streamed.exhibitors += keptExhibitors }
        let keptBooths = records(o, "booths") { ctx, node, path in ctx.booth(node, path, &ids) }.map(\.0)
        if !keptBooths.isEmpty { streamed.booths += keptBooths }
        let (sources, expos, delegations, exhibitors, booths) = (streamed.sources, streamed.expos, streamed.delegations, streamed.exhibitors, streamed.booths)
        streamed = _Streamed()

        checkReferences(ids)

        if recordsValid, !diagnostics.contains(where: { $0.severity == .error }), ids.sources.count == sources.count,
           ids.expos.count == expos.count, ids.delegations.count == delegations.count, ids.exhibitors.count == exhibitors.count,
           ids.booths.count == booths.count {
            // Every record was kept, so each id's place is its record's position.
            return Catalog(title: title, synthetic: synthetic, sources: sources, expos: expos, delegations: delegations,
                           exhibitors: exhibitors, booths: booths, extra: o.extra,
                           indexes: (ids.sources, ids.expos, ids.delegations, ids.exhibitors, ids.booths))
        }
        return Catalog(title: title, synthetic: synthetic, sources: sources, expos: expos,
                       delegations: delegations, exhibitors: exhibitors, booths: booths,
                       extra: o.extra)
    }

    /// Decodes one element of a record array as the parser streams it; false for arrays that
    /// are not record arrays (they stay in the tree).
    mutating func stream(_ key: String, _ index: Int, _ node: JSONNode, into s: inout _Streamed) -> Bool {
        let path = "\(key)[\(index)]"
        recordIndex = index
        if index == 0 { arrayStart = node.offset }
        if index == 1_024, node.offset > arrayStart, let kind = _IDTable.Kind.allCases.first(where: { $0.plural == key }) {
            // A large array: make room for as many records as the rest of the file could hold,
            // so its id table is not rebuilt as it grows.
            let perRecord = max(1, (node.offset - arrayStart) / index)
            let estimate = index + (totalBytes - node.offset) / perRecord
            s.ids.reserve(kind, estimate)
            switch kind {
            case .source: s.sources.reserveCapacity(estimate)
            case .expo: s.expos.reserveCapacity(estimate)
            case .delegation: s.delegations.reserveCapacity(estimate)
            case .exhibitor: s.exhibitors.reserveCapacity(estimate)
            case .booth: s.booths.reserveCapacity(estimate)
            }
        }
        switch key {
        case "sources": if let r = source(node, path, &s.ids) { s.sources.append(r) }
        case "expos": if let r = expo(node, path, &s.ids) { s.expos.append(r) }
        case "delegations": if let r = delegation(node, path, &s.ids) { s.delegations.append(r) }
        case "exhibitors": if let r = exhibitor(node, path, &s.ids) { s.exhibitors.append(r) }
        case "booths": if let r = booth(node, path, &s.ids) { s.booths.append(r) }
        default: return false
        }
        return true
    }

    mutating func records<T>(_ o: _Object, _ key: String, _ decode: (inout _DecodeContext, JSONNode, String) -> T?) -> [(T, Int)] {
        guard let m = o.byKey[key] else { return [] }
        guard case let .array(items) = m.node.value else {
            if m.node.value == .null { return [] }
            error(key, m.node.offset, "expected an array of records, found \(m.node.value.typeDescription)")
            return []
        }
        var out: [(T, Int)] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            recordIndex = i
            if let r = decode(&self, item, "\(key)[\(i)]") { out.append((r, i)) }
        }
        return out
    }

    mutating func id(_ o: _Object, kind: _IDTable.Kind, _ ids: inout _IDTable) -> String? {
        guard let id = string(o, "id", required: true, nonEmpty: true) else { return nil }
        let offset = o.byKey["id"]?.node.offset ?? o.offset
        if let first = ids.defined(kind, id) {
            let firstPath = _Object.join(first.path, "id")
            let where_ = lines.map { " (first defined at \($0.position(of: first.offset)), \(firstPath))" } ?? " (first defined at \(firstPath))"
            error(o.join("id"), offset, "duplicate \(kind.rawValue) id \"\(id.prefix(60))\"\(where_)")
            return nil
        }
        ids.define(kind, id, place: recordIndex, offset: offset)
        return id
    }

    mutating func reference(_ o: _Object, _ key: String, kind: _IDTable.Kind, required: Bool, _ ids: inout _IDTable) -> String? {
        guard let ref = string(o, key, required: required, nonEmpty: true) else { return nil }
        refer(.init(kind: kind, id: ref, parent: o.path, key: key, index: nil, offset: o.byKey[key]?.node.offset ?? o.offset, expoOfReferrer: nil), &ids)
        return ref
    }

    /// Checks a reference now when its target is already known (the usual case, since files list
    /// expos and exhibitors before booths); otherwise keeps it for `checkReferences`. A million
    /// booths then keep no list of three million references.
    mutating func refer(_ r: _IDTable.Reference, _ ids: inout _IDTable) {
        guard referencesChecked else { return }
        if ids.place(r.kind, r.id) != nil {
            checkDelegationExpo(r, ids)
        } else {
            ids.references.append(r)
        }
    }

    mutating func checkDelegationExpo(_ r: _IDTable.Reference, _ ids: _IDTable) {
        if r.kind == .delegation, let expo = r.expoOfReferrer, let dExpo = ids.expoOfDelegation[r.id], dExpo != expo {
            error(r.path, r.offset, "delegation \"\(r.id.prefix(60))\" came to expo \"\(dExpo)\", not to this booth's expo \"\(expo)\"")
        }
    }

    mutating func sourceRefs(_ o: _Object, _ ids: inout _IDTable) -> [String] {
        let refs = stringArray(o, "sources")
        if case let .array(items)? = o.byKey["sources"]?.node.value {
            for (i, item) in items.enumerated() {
                if case let .string(s) = item.value {
                    refer(.init(kind: .source, id: s, parent: o.path, key: "sources", index: i, offset: item.offset, expoOfReferrer: nil), &ids)
                }
            }
        }
        return refs
    }

    // MARK: Records

    mutating func source(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Source? {
        guard let o = object(node, path: path, known: _Known.source, what: "a source") else { return nil }
        let id = id(o, kind: .source, &ids)
        let title = string(o, "title", required: true, nonEmpty: true)
        let publisher = string(o, "publisher")
        let date = date(o, "date")
        let url = string(o, "url")
        let note = string(o, "note")
        guard let id, let title else { return nil }
        var s = Source(id: id, title: title, publisher: publisher, date: date, url: url, note: note)
        s.extra = o.extra
        return s
    }

    mutating func expo(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Expo? {
        let known = _Known.expo
        guard let o = object(node, path: path, known: known, what: "an expo") else { return nil }
        let id = id(o, kind: .expo, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var e = Expo(id: id ?? "", name: name ?? "")
        e.series = string(o, "series")
        e.edition = count(o, "edition")
        e.city = string(o, "city")
        e.country = country(o, "country")
        e.venue = string(o, "venue")
        e.start = date(o, "start")
        e.end = date(o, "end")
        if let s = e.start, let t = e.end, _DateCheck.isBefore(t, s) {
            error(o.join("end"), o.byKey["end"]?.node.offset ?? o.offset, "end date \(t) is before the start date \(s)")
        }
        e.hosts = stringArray(o, "hosts")
        e.theme = string(o, "theme")
        e.topics = stringArray(o, "topics")
        if let m = o.byKey["figures"], m.node.value != .null { e.figures = figures(m.node, o.join("figures")) }
        e.summary = string(o, "summary")
        e.sources = sourceRefs(o, &ids)
        e.extra = o.extra
        guard id != nil, name != nil else { return nil }
        return e
    }

    mutating func figures(_ node: JSONNode, _ path: String) -> Figures? {
        guard let o = object(node, path: path, known: _Known.figures, what: "figures") else { return nil }
        var f = Figures()
        f.booths = count(o, "booths")
        f.exhibitors = count(o, "exhibitors")
        f.areaSqm = area(o, "area_sqm")
        f.participants = count(o, "participants")
        f.countries = count(o, "countries")
        if let m = o.byKey["contracts"] {
            if case let .array(items) = m.node.value {
                for (i, item) in items.enumerated() {
                    let p = o.join("contracts") + "[\(i)]"
                    guard let c = object(item, path: p, known: _Known.contract, what: "a contract figure") else { continue }
                    let amount = number(c, "amount", required: true)
                    if let (a, _) = amount, a < 0 { error(c.join("amount"), c.byKey["amount"]?.node.offset ?? c.offset, "amount must not be negative (got \(Format.number(a)))") }
                    var currency = string(c, "currency", required: true, nonEmpty: true)
                    if let code = currency, !(code.unicodeScalars.count == 3 && code.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 })) {
                        error(c.join("currency"), c.byKey["currency"]?.node.offset ?? c.offset, "\"\(code.prefix(30))\" is not an ISO 4217 currency code (three capital letters, such as \"CNY\" or \"USD\")")
                        currency = nil
                    }
                    let note = string(c, "note")
                    if let (a, _) = amount, let currency {
                        var contract = Contract(amount: a, currency: currency, note: note)
                        contract.extra = c.extra
                        f.contracts.append(contract)
                    }
                }
            } else if m.node.value != .null {
                error(o.join("contracts"), m.node.offset, "expected an array of contract figures, found \(m.node.value.typeDescription)")
            }
        }
        f.extra = o.extra
        return f
    }

    mutating func delegation(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Delegation? {
        let known = _Known.delegation
        guard let o = object(node, path: path, known: known, what: "a delegation") else { return nil }
        let id = id(o, kind: .delegation, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var d = Delegation(id: id ?? "", expo: expo ?? "", name: name ?? "")
        if let k = string(o, "kind") {
            if let kind = Delegation.Kind(rawValue: k) { d.kind = kind } else {
                error(o.join("kind"), o.byKey["kind"]?.node.offset ?? o.offset, "unknown kind \"\(k.prefix(30))\"; use one of: " + Delegation.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        d.country = country(o, "country")
        d.region = string(o, "region")
        d.head = string(o, "head")
        d.size = count(o, "size")
        d.summary = string(o, "summary")
        d.sources = sourceRefs(o, &ids)
        d.extra = o.extra
        if let id, let expo { ids.expoOfDelegation[id] = expo }
        guard id != nil, expo != nil, name != nil else { return nil }
        return d
    }

    mutating func exhibitor(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Exhibitor? {
        let known = _Known.exhibitor
        guard let o = object(node, path: path, known: known, what: "an exhibitor") else { return nil }
        let id = id(o, kind: .exhibitor, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var x = Exhibitor(id: id ?? "", name: name ?? "")
        x.localName = string(o, "local_name")
        x.country = country(o, "country")
        x.sectors = stringArray(o, "sectors")
        x.website = string(o, "website")
        x.summary = string(o, "summary")
        x.sources = sourceRefs(o, &ids)
        x.extra = o.extra
        guard id != nil, name != nil else { return nil }
        return x
    }

    mutating func booth(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Booth? {
        let known = _Known.booth
        guard let o = object(node, path: path, known: known, what: "a booth") else { return nil }
        let id = id(o, kind: .booth, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let exhibitor = reference(o, "exhibitor", kind: .exhibitor, required: true, &ids)
        var b = Booth(id: id ?? "", expo: expo ?? "", exhibitor: exhibitor ?? "")
        if let d = string(o, "delegation", nonEmpty: true) {
            b.delegation = d
            refer(.init(kind: .delegation, id: d, parent: o.path, key: "delegation", index: nil, offset: o.byKey["delegation"]?.node.offset ?? o.offset, expoOfReferrer: expo), &ids)
        }
        b.code = string(o, "code")
        b.hall = string(o, "hall")
        b.areaSqm = area(o, "area_sqm")
        b.products = stringArray(o, "products")
        b.summary = string(o, "summary")
        b.sources = sourceRefs(o, &ids)
        b.extra = o.extra
        guard id != nil, expo != nil, exhibitor != nil else { return nil }
        return b
    }

    mutating func checkReferences(_ ids: _IDTable) {
        for r in ids.references {
            guard ids.place(r.kind, r.id) != nil else {
                error(r.path, r.offset, "refers to \(r.kind.rawValue) \"\(r.id.prefix(60))\", which is not defined in \(r.kind.plural)")
                continue
            }
            checkDelegationExpo(r, ids)
        }
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

/// The keys each record type knows, built once.
enum _Known {
    static let catalog: Set<String> = ["format", "version", "title", "synthetic", "sources", "expos", "delegations", "exhibitors", "booths"]
    static let expo: Set<String> = ["id", "name", "series", "edition", "city", "country", "venue", "start", "end", "hosts", "theme", "topics", "figures", "summary", "sources"]
    static let delegation: Set<String> = ["id", "expo", "name", "kind", "country", "region", "head", "size", "summary", "sources"]
    static let exhibitor: Set<String> = ["id", "name", "local_name", "country", "sectors", "website", "summary", "sources"]
    static let booth: Set<String> = ["id", "expo", "exhibitor", "delegation", "code", "hall", "area_sqm", "products", "summary", "sources"]
    static let source: Set<String> = ["id", "title", "publisher", "date", "url", "note"]
    static let figures: Set<String> = ["booths", "exhibitors", "area_sqm", "participants", "countries", "contracts"]
    static let contract: Set<String> = ["amount", "currency", "note"]
}

/// A `LineMap` built only when a message needs a position: a valid file never pays for it.
final class _LazyLineMap {
    private let bytes: [UInt8]
    private var map: LineMap?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func position(of offset: Int) -> TextPosition {
        if map == nil { map = LineMap(bytes) }
        return map?.position(of: offset) ?? TextPosition(line: 1, column: 1)
    }
}

/// Records decoded while the parser streamed them.
struct _Streamed {
    var ids = _IDTable()
    var sources: [Source] = []
    var expos: [Expo] = []
    var delegations: [Delegation] = []
    var exhibitors: [Exhibitor] = []
    var booths: [Booth] = []

    /// Adds the records of the file's second half, read with references unchecked; false when
    /// an id is defined in both halves or a reference of the second half has no target. Ids are
    /// not copied: each kind's table keeps the second half's ids as a second table.
    mutating func append(_ tail: _Streamed) -> Bool {
        var ids = self.ids
        for kind in _IDTable.Kind.allCases {
            guard ids[kind].second.isEmpty else { return false }
            ids[kind].second = tail.ids[kind].first
        }
        for (d, e) in tail.ids.expoOfDelegation { ids.expoOfDelegation[d] = e }
        let known = ids
        // One core joins the records; the other checks the second half against both.
        var ok = true
        withUnsafeMutablePointer(to: &self) { me in
            withUnsafeMutablePointer(to: &ok) { ok in
                let out = UncheckedBox((me, ok))
                DispatchQueue.concurrentPerform(iterations: 2) { c in
                    if c == 0 {
                        let me = out.value.0
                        me.pointee.sources += tail.sources
                        me.pointee.expos += tail.expos
                        me.pointee.delegations += tail.delegations
                        me.pointee.exhibitors += tail.exhibitors
                        me.pointee.booths += tail.booths
                    } else {
                        out.value.1.pointee = Self.check(tail, against: known)
                    }
                }
            }
        }
        self.ids = ids
        return ok
    }

    /// True when no id of `tail` is also in the first half, and every reference of `tail` has
    /// a target in `ids` (both halves).
    private static func check(_ tail: _Streamed, against ids: _IDTable) -> Bool {
        for kind in _IDTable.Kind.allCases {
            let t = ids[kind]
            for id in t.second.keys where t.first[id] != nil { return false }
        }
        func cited(_ list: [String]) -> Bool { list.allSatisfy { ids.sources[$0] != nil } }
        guard tail.expos.allSatisfy({ cited($0.sources) }),
              tail.delegations.allSatisfy({ ids.expos[$0.expo] != nil && cited($0.sources) }),
              tail.exhibitors.allSatisfy({ cited($0.sources) }) else { return false }
        return tail.booths.allSatisfy { b in
            guard ids.expos[b.expo] != nil, ids.exhibitors[b.exhibitor] != nil, cited(b.sources) else { return false }
            if let d = b.delegation {
                guard ids.delegations[d] != nil else { return false }
                if let e = ids.expoOfDelegation[d], e != b.expo { return false }
            }
            return true
        }
    }
}

/// Where the second core cut the file (-1 until known), and how far it has read since.
final class _CutPoint: Sendable {
    static let unknown = -1
    static let none = -2
    let offset = Atomic<Int>(unknown)
    let tailRead = Atomic<Int>(0)
}

struct _IDTable {
    enum Kind: String, CaseIterable {
        case source, expo, delegation, exhibitor, booth
        var plural: String { rawValue == "source" ? "sources" : rawValue + "s" }
        var ordinal: Int {
            switch self {
            case .source: return 0
            case .expo: return 1
            case .delegation: return 2
            case .exhibitor: return 3
            case .booth: return 4
            }
        }
    }
    struct Reference {
        var kind: Kind
        var id: String
        /// The referring record's path and key; the full path is built only for a message.
        var parent: String
        var key: String
        var index: Int?
        var offset: Int
        var expoOfReferrer: String?

        var path: String {
            let p = _Object.join(parent, key)
            return index.map { p + "[\($0)]" } ?? p
        }
    }
    /// Ids seen so far, one table per kind, each id mapped to its record's place in its array
    /// (a nested dictionary would hash twice per look-up). For a valid file these places are
    /// the records' positions, so the catalogue adopts the tables.
    var sources = _IDIndex()
    var expos = _IDIndex()
    var delegations = _IDIndex()
    var exhibitors = _IDIndex()
    var booths = _IDIndex()
    /// Per kind and place, the byte offset of the record's id (-1: none), for messages.
    var offsets: [[Int]] = Array(repeating: [], count: 5)

    /// Where `id` was first defined: its record's place and the offset of its id.
    func defined(_ kind: Kind, _ id: String) -> (path: String, offset: Int)? {
        guard let i = place(kind, id) else { return nil }
        return ("\(kind.plural)[\(i)]", offsets[kind.ordinal][i])
    }

    /// The table of `kind`.
    subscript(kind: Kind) -> _IDIndex {
        get {
            switch kind {
            case .source: return sources
            case .expo: return expos
            case .delegation: return delegations
            case .exhibitor: return exhibitors
            case .booth: return booths
            }
        }
        _modify {
            switch kind {
            case .source: yield &sources
            case .expo: yield &expos
            case .delegation: yield &delegations
            case .exhibitor: yield &exhibitors
            case .booth: yield &booths
            }
        }
    }

    /// The place of the record defining `id`.
    @inline(__always)
    func place(_ kind: Kind, _ id: String) -> Int? { self[kind][id] }

    mutating func define(_ kind: Kind, _ id: String, place: Int, offset: Int) {
        self[kind].first[id] = place
        let k = kind.ordinal
        if offsets[k].count <= place {
            offsets[k].append(contentsOf: repeatElement(-1, count: place + 1 - offsets[k].count))
        }
        offsets[k][place] = offset
    }

    /// Makes room for `count` ids of `kind` in all, once a large array shows its size.
    mutating func reserve(_ kind: Kind, _ count: Int) {
        self[kind].first.reserveCapacity(count)
        offsets[kind.ordinal].reserveCapacity(count)
    }

    var references: [Reference] = []
    var expoOfDelegation: [String: String] = [:]
}

enum _DateCheck {
    /// Nil for a valid date; otherwise what to add to the message: why a well-formed date
    /// does not exist ("; there is no month 13", "; February 2017 has 28 days"), or nothing
    /// when the shape is wrong.
    static func problem(_ s: String) -> String? {
        if isValid(s) { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let m = Int(parts[1]) else { return "" }
        guard (1...12).contains(m) else { return "; there is no month \(parts[1])" }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        let month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
        return "; \(month) \(parts[0]) has \(days) days"
    }

    /// YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day.
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]) else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
            if parts.count == 3 {
                guard parts[2].count == 2, let d = Int(parts[2]) else { return false }
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
                guard (1...days).contains(d) else { return false }
            }
        }
        return true
    }

    /// True when `a` is surely before `b`, comparing at the precision both give.
    static func isBefore(_ a: String, _ b: String) -> Bool {
        let n = min(a.count, b.count)
        return a.prefix(n) < b.prefix(n)
    }
}
