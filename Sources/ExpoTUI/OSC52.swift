import ExpoModel

/// Copying to the clipboard through the terminal: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`),
/// which xterm, kitty, WezTerm, iTerm2, foot, Windows Terminal and others take, over SSH too.
///
/// Inside tmux the same sequence goes to tmux, which puts the text in its paste buffer and
/// passes it on to the outer terminal only when its `set-clipboard` option is `on`. With the
/// default `external` (tmux 2.6 and later) tmux ignores OSC 52 from programs: the user sets
/// `set -s set-clipboard on` in tmux.conf.
public enum OSC52 {
    /// The most text copied, in UTF-8 bytes: terminals cap what they take (xterm's default is
    /// about 100 kB of base64, tmux's paste buffers and kitty have limits too), and a larger
    /// copy is refused with a message rather than truncated without a word.
    public static let maxTextBytes = 100_000

    /// What to do for a copy: write bytes to the terminal and say so, or only say why not.
    public enum Plan: Sendable, Equatable {
        /// Write `sequence` to the terminal; then `message` is the status line.
        case write(sequence: [UInt8], message: String)
        /// Write nothing; `message` says why.
        case refuse(message: String)
    }

    /// The sequence that puts `text` on the system clipboard ("c"), or nil when the text is
    /// longer than `maxTextBytes`.
    public static func sequence(copying text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxTextBytes else { return nil }
        return Array("\u{1B}]52;c;".utf8) + Array(base64(bytes).utf8) + [0x07]
    }

    /// What to do to copy `text`; `what` names it for the status line ("id", "name"), and the
    /// message quotes the text's start, made safe to show.
    public static func plan(copying text: String, what: String) -> Plan {
        if text.isEmpty { return .refuse(message: "nothing to copy: the \(what) is empty") }
        guard let sequence = sequence(copying: text) else {
            let kB = (text.utf8.count + 999) / 1000
            return .refuse(message: "the \(what) is too long to copy (\(kB) kB; at most \(maxTextBytes / 1000) kB)")
        }
        return .write(sequence: sequence, message: "copied \(what) " + TextWidth.truncate(SafeText.visible(text), to: 40))
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 (RFC 4648, with `=` padding, no line breaks).
    public static func base64(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var it = bytes.makeIterator()
        while let a = it.next() {
            let b = it.next(), c = b == nil ? nil : it.next()
            let n = UInt32(a) << 16 | UInt32(b ?? 0) << 8 | UInt32(c ?? 0)
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(b == nil ? UInt8(ascii: "=") : alphabet[Int(n >> 6 & 63)])
            out.append(c == nil ? UInt8(ascii: "=") : alphabet[Int(n & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
