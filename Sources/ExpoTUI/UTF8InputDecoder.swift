/// Turns the bytes a terminal sends into Unicode scalars, one byte at a time, dropping what is
/// not UTF-8 (Latin-1 text pasted into a UTF-8 terminal, line noise) instead of waiting for it
/// to make sense. ncurses' own `wget_wch` waits inside its read after such bytes and takes no
/// more keys; the terminal module reads bytes with `wgetch` and decodes them here.
public struct UTF8InputDecoder: Sendable {
    private var pending: [UInt8] = []
    private var needed = 0

    /// Creates a decoder with nothing pending.
    public init() {}

    /// Feeds one byte; returns the scalars it completes (none, one, or one after dropping an
    /// unfinished sequence that this byte cut short).
    public mutating func feed(_ byte: UInt8) -> [Unicode.Scalar] {
        if needed > 0 {
            if byte & 0xC0 == 0x80 {
                pending.append(byte)
                if pending.count < needed { return [] }
                let bytes = pending
                reset()
                return Self.scalar(bytes).map { [$0] } ?? []
            }
            // The sequence was cut short: drop it, and read this byte afresh.
            reset()
        }
        switch byte {
        case 0x00...0x7F: return [Unicode.Scalar(byte)]
        case 0xC2...0xDF: start(byte, 2)
        case 0xE0...0xEF: start(byte, 3)
        case 0xF0...0xF4: start(byte, 4)
        default: break  // a stray continuation byte, or one that never starts UTF-8
        }
        return []
    }

    /// True while a sequence is unfinished.
    public var isPending: Bool { needed > 0 }

    private mutating func start(_ byte: UInt8, _ length: Int) {
        pending = [byte]
        needed = length
    }

    private mutating func reset() {
        pending.removeAll(keepingCapacity: true)
        needed = 0
    }

    /// The scalar of a complete sequence, or nil for an overlong form or a surrogate.
    private static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(s) = decoder.decode(&it) { return s }
        return nil
    }
}
