/// Turns the bytes a terminal sends for keys into `Key`s: UTF-8 text (through
/// `UTF8InputDecoder`), control characters, and the escape sequences of the keys the browser
/// uses, whichever of the usual forms the terminal (or tmux) sends.
///
/// The terminal module reads bytes with ncurses' keypad on, so ncurses decodes the sequences it
/// knows from terminfo; the ones it does not know (tmux sends Home as `ESC [ 1 ~` while
/// xterm's terminfo says `ESC O H`) reach this decoder byte by byte, and are read here instead
/// of as Escape followed by typed text.
///
/// - CSI (`ESC [`, parameters 0x30–0x3F, intermediates 0x20–0x2F, a final byte 0x40–0x7E):
///   `A` `B` `C` `D` arrows; `H`, `1~`, `7~` Home; `F`, `4~`, `8~` End; `5~` PgUp; `6~` PgDn;
///   `3~` Delete; `Z` Shift-Tab. Any other complete sequence, including those keys with
///   modifiers (`ESC [ 1 ; 5 C`, Ctrl-Right) and function keys (`ESC [ 2 0 ~`, F9), is ignored.
///   An X10 mouse report (`ESC [ M` and three bytes) is ignored whole.
/// - SS3 (`ESC O`, then one byte, optionally after parameters): `A` `B` `C` `D` arrows, `H` Home,
///   `F` End, `M` (keypad Enter) Enter; any other is ignored (`ESC O P`, F1).
/// - A lone ESC, with nothing after it in the same batch of input (`finish()`), is `.escape`.
/// - ESC followed by anything that cannot continue a sequence (a letter other than `[` and `O`,
///   a digit, a control character, another ESC, a non-ASCII character) is `.escape` and then
///   that input read afresh: Alt-x is read as Escape then x, which is also what a quick
///   Escape-then-x is, so typed keys are never lost.
/// - A sequence cut short by a byte that cannot belong to it is dropped, and that byte read
///   afresh; one still unfinished at the end of a batch is dropped.
/// - 0x0D (Enter under `nonl()`) is `.enter`; 0x0A is `.ctrl("j")` (Ctrl-J, which moves down
///   while typing, as in fzf); 0x09 `.tab`; 0x7F and 0x08 `.backspace`; the other bytes
///   0x01–0x1A `.ctrl(letter)`. NUL, 0x1C–0x1F and the C1 controls U+0080–U+009F are dropped.
public struct KeyDecoder: Sendable {
    private enum State: Sendable, Equatable {
        /// Text and control characters.
        case ground
        /// After ESC.
        case escape
        /// After `ESC [`.
        case csi
        /// After `ESC O`.
        case ss3
        /// Inside an X10 mouse report: this many bytes still to skip.
        case mouseReport(Int)
    }

    /// Parameter bytes kept per sequence; longer sequences are read to their end and ignored.
    public static let maxSequenceLength = 16

    private var state = State.ground
    private var parameters: [UInt8] = []
    private var overflowed = false
    private var utf8 = UTF8InputDecoder()

    /// Creates a decoder with nothing pending.
    public init() {}

    /// True while an escape sequence is unfinished (after ESC, or partway through a CSI or SS3
    /// sequence): the terminal should wait briefly for the rest before calling `finish()`.
    public var isPending: Bool { state != .ground }

    /// Feeds one byte; returns the keys it completes.
    public mutating func feed(_ byte: UInt8) -> [Key] {
        var keys: [Key] = []
        feed(byte, into: &keys)
        return keys
    }

    /// Ends a batch of input: a lone ESC becomes `.escape`; `ESC [` or `ESC O` with nothing
    /// after them are Escape then `[` or `O` typed quickly (scripts do); a longer unfinished
    /// sequence is dropped. An unfinished UTF-8 character is kept, for its remaining bytes may
    /// come in the next batch.
    public mutating func finish() -> [Key] {
        defer { resetSequence() }
        switch state {
        case .escape: return [.escape]
        case .csi where parameters.isEmpty && !overflowed: return [.escape, .char("[")]
        case .ss3 where parameters.isEmpty && !overflowed: return [.escape, .char("O")]
        default: return []
        }
    }

    /// Decodes a whole batch of input: every byte, then `finish()`.
    public mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        for b in bytes { feed(b, into: &keys) }
        keys += finish()
        return keys
    }

    private mutating func feed(_ byte: UInt8, into keys: inout [Key]) {
        switch state {
        case .ground:
            for scalar in utf8.feed(byte) {
                if scalar.value == 0x1B {
                    state = .escape
                } else if let key = Self.key(for: scalar) {
                    keys.append(key)
                }
            }
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi
            case UInt8(ascii: "O"): state = .ss3
            case 0x1B: keys.append(.escape)  // and a new sequence starts
            default:
                keys.append(.escape)
                state = .ground
                feed(byte, into: &keys)
            }
        case .csi, .ss3:
            if (0x40...0x7E).contains(byte) {
                if state == .csi, byte == UInt8(ascii: "M"), parameters.isEmpty {
                    resetSequence()
                    state = .mouseReport(3)
                    return
                }
                let key = overflowed ? nil : state == .csi ? Self.csiKey(parameters, final: byte) : Self.ss3Key(parameters, final: byte)
                resetSequence()
                if let key { keys.append(key) }
            } else if (0x30...0x3F).contains(byte) || (state == .csi && (0x20...0x2F).contains(byte)) {
                if parameters.count < Self.maxSequenceLength { parameters.append(byte) } else { overflowed = true }
            } else {
                // Cannot belong to the sequence: drop the sequence, read the byte afresh.
                resetSequence()
                feed(byte, into: &keys)
            }
        case let .mouseReport(left):
            state = left > 1 ? .mouseReport(left - 1) : .ground
        }
    }

    private mutating func resetSequence() {
        state = .ground
        parameters.removeAll(keepingCapacity: true)
        overflowed = false
    }

    /// The key of a complete CSI sequence, or nil to ignore it.
    static func csiKey(_ parameters: [UInt8], final: UInt8) -> Key? {
        let p = String(decoding: parameters, as: UTF8.self)
        let plain = p.isEmpty || p == "1"
        switch final {
        case UInt8(ascii: "A"): return plain ? .up : nil
        case UInt8(ascii: "B"): return plain ? .down : nil
        case UInt8(ascii: "C"): return plain ? .right : nil
        case UInt8(ascii: "D"): return plain ? .left : nil
        case UInt8(ascii: "H"): return plain ? .home : nil
        case UInt8(ascii: "F"): return plain ? .end : nil
        case UInt8(ascii: "Z"): return p.isEmpty ? .backTab : nil
        case UInt8(ascii: "~"):
            switch p {
            case "1", "7": return .home
            case "4", "8": return .end
            case "5": return .pageUp
            case "6": return .pageDown
            case "3": return .delete
            case "200": return .pasteStart
            case "201": return .pasteEnd
            default: return nil
            }
        default: return nil
        }
    }

    /// The key of a complete SS3 sequence, or nil to ignore it.
    static func ss3Key(_ parameters: [UInt8], final: UInt8) -> Key? {
        guard parameters.isEmpty else { return nil }
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter
        default: return nil
        }
    }

    /// The key of one character outside a sequence, or nil to drop it.
    static func key(for scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 0x0D: return .enter
        case 0x0A: return .ctrl("j")
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60)))
        case 0x00, 0x1B...0x1F, 0x80...0x9F: return nil
        default: return .char(Character(scalar))
        }
    }
}
