import Dispatch
import Synchronization

// Reading a large file on two cores: the halves are read at once and joined.
extension CatalogDecoder {
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
}

/// Where the second core cut the file (-1 until known), and how far it has read since.
final class _CutPoint: Sendable {
    static let unknown = -1
    static let none = -2
    let offset = Atomic<Int>(unknown)
    let tailRead = Atomic<Int>(0)
}
