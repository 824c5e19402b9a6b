import Foundation

/// Readings of single characters through ICU's transforms, each asked once per process and
/// remembered: ICU costs about 50 µs a call, and a catalogue uses a few thousand distinct
/// characters however many names it has.
final class HanReadings: @unchecked Sendable {
    /// The one table of the process.
    static let shared = HanReadings()

    private let lock = NSLock()
    private var readings: [Character: String] = [:]

    /// Toneless pinyin of a Chinese character, in lower case (`哈` → `ha`); the character itself
    /// when ICU has no reading.
    func reading(of ch: Character) -> String {
        remembered(ch) { c in
            if let fixed = Self.overrides[c] { return fixed }
            return Self.transform(c, "Han-Latin; Latin-ASCII").lowercased()
        }
    }

    /// Any other letter in Latin (`α` → `a`), through ICU's Any-Latin.
    func anyLatin(_ ch: Character) -> String {
        remembered(ch) { Self.transform($0, "Any-Latin; Latin-ASCII") }
    }

    private func remembered(_ ch: Character, _ make: (Character) -> String) -> String {
        if let known = lock.withLock({ readings[ch] }) { return known }
        let made = make(ch)
        lock.withLock { readings[ch] = made }
        return made
    }

    /// The character through an ICU transform; itself when the transform fails or leaves it.
    static func transform(_ ch: Character, _ id: String) -> String {
        let s = String(ch)
        guard let t = s.applyingTransform(StringTransform(rawValue: id), reverse: false), !t.isEmpty else { return s }
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// Characters whose usual reading in names of places and firms is not ICU's first one:
    /// 长 is "chang" in 长春, 长沙, 长江 and 长城 (ICU says "zhang").
    static let overrides: [Character: String] = ["长": "chang", "長": "chang"]
}
