/// A 1-based line and column in a text file; the column counts Unicode scalars.
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// Maps byte offsets of a UTF-8 text to lines and columns.
///
/// A position costs O(log lines + 512) however long the line is: the number of scalars before
/// every 512th byte is recorded once, so a minified one-line file with thousands of errors
/// does not take quadratic time. A leading UTF-8 byte-order mark takes no column, as in editors.
public struct LineMap: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    /// `scalarsBefore[k]`: how many scalars start in `bytes[0 ..< k * stride]`.
    private let scalarsBefore: [Int]
    private let hasByteOrderMark: Bool
    private static let stride = 512

    /// Builds the map for `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        bytes.withUnsafeBufferPointer { buf in
            var scalars = 0
            for i in 0..<buf.count {
                if i % Self.stride == 0 { checkpoints.append(scalars) }
                let b = buf[i]
                if b & 0xC0 != 0x80 { scalars += 1 }
                if b == 0x0A { starts.append(i + 1) }
            }
            if buf.count % Self.stride == 0 { checkpoints.append(scalars) }
        }
        self.lineStarts = starts
        self.scalarsBefore = checkpoints
        self.hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The number of scalars that start in `bytes[0 ..< offset]`.
    private func scalars(before offset: Int) -> Int {
        let k = offset / Self.stride
        var n = scalarsBefore[k]
        var i = k * Self.stride
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// The position of a byte offset.
    public func position(of offset: Int) -> TextPosition {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var lineStart = lineStarts[lo]
        if lo == 0, hasByteOrderMark { lineStart = min(3, offset) }
        let column = 1 + scalars(before: offset) - scalars(before: lineStart)
        return TextPosition(line: lo + 1, column: column)
    }
}
