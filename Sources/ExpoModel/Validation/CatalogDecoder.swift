
/// Turns catalogue JSON (format versions 1 and 2) into a `Catalog`, checking everything the format
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
    /// The format version this build writes.
    public static let version = 2
    /// The format versions this build reads.
    public static let readableVersions: ClosedRange<Int> = 1...2

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

    /// Decodes an already-parsed document (positions are unknown).
    public func decode(root: JSONNode) -> Result {
        var ctx = _DecodeContext(lines: nil)
        let catalog = ctx.decodeCatalog(root)
        return Result(catalog: catalog, diagnostics: ctx.diagnostics)
    }
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
