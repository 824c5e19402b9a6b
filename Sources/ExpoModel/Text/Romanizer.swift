import Foundation

/// Latin renderings of names written in other scripts, so that typing Latin finds them:
/// `amurskiy` finds Амурский, `haerbin` and `ha er bin` find 哈尔滨.
///
/// A name gets up to two forms:
/// - the first renders Russian in the scholarly transliteration folded to ASCII (`Amurskij
///   lesnoj`, ж → z, х → h, ч → c, ш → s, ю → ju, я → ja) and Chinese in toneless pinyin with the
///   syllables of each run of Chinese characters joined (`Haerbin`);
/// - the second renders Russian in the BGN/PCGN-like popular form (`Amurskiy lesnoy`, ж → zh,
///   х → kh, ч → ch, ш → sh, щ → shch, ю → yu, я → ya, й → y, е → ye at a word's start) and
///   Chinese with the syllables spaced (`Ha Er Bin`).
///
/// Chinese readings come from ICU's `Han-Latin` transform through Foundation, asked once per
/// character and remembered; Cyrillic is rendered from tables here (ICU gives only the first
/// form). Other letters (Greek, Georgian, Hangul, kana…) go through ICU's `Any-Latin`, once per
/// character. Latin text, digits and punctuation are kept as they are.
public enum Romanizer {
    /// The forms of `s`, distinct, each with the source grapheme of every grapheme; empty when
    /// `s` has nothing to render (it is Latin already).
    public static func forms(_ s: String) -> [RomanForm] {
        guard needsRomanising(s) else { return [] }
        let first = render(s, popular: false)
        let second = render(s, popular: true)
        return first.text == second.text ? [first] : [first, second]
    }

    /// The forms' texts alone.
    public static func texts(_ s: String) -> [String] { forms(s).map(\.text) }

    /// True when `s` holds a letter of a script other than Latin. Decided on bytes for Latin text:
    /// UTF-8 lead bytes below 0xCE encode U+0000–U+037F (Latin, IPA, combining accents).
    public static func needsRomanising(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0xCE }) { return false }
        return s.unicodeScalars.contains { kind(of: $0.value) != .latin }
    }

    /// What a scalar is, for rendering.
    enum Kind { case latin, cyrillic, han, cjkPunctuation, other }

    static func kind(of v: UInt32) -> Kind {
        switch v {
        case ..<0x370, 0x1E00...0x1EFF, 0x2000...0x2BFF: return .latin
        case 0x400...0x52F: return .cyrillic
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return .han
        case 0x3000...0x303F, 0xFF00...0xFFEF: return .cjkPunctuation
        default:
            guard let u = Unicode.Scalar(v), u.properties.isAlphabetic else { return .latin }
            return .other
        }
    }

    /// One form: `popular` chooses the popular Russian form and spaced pinyin.
    static func render(_ s: String, popular: Bool) -> RomanForm {
        var out = ""
        var sources: [Int] = []
        var previous: Kind = .latin
        var previousScalar: UInt32 = 0x20
        func emit(_ text: String, _ source: Int) {
            out += text
            sources += repeatElement(source, count: text.count)
        }
        for (gi, ch) in s.enumerated() {
            guard let scalar = ch.unicodeScalars.first else { continue }
            let v = scalar.value
            let k = kind(of: v)
            // In the spaced form a letter or digit after a Chinese syllable is set apart from it.
            if popular, previous == .han, k != .han, k != .cjkPunctuation, ch.isLetter || ch.isNumber { emit(" ", gi) }
            switch k {
            case .latin:
                emit(String(ch), gi)
            case .cyrillic:
                let base = Self.cyrillic(v, after: previousScalar, popular: popular)
                emit(scalar.properties.isUppercase ? capitalised(base) : base, gi)
            case .han:
                let syllable = HanReadings.shared.reading(of: ch)
                // Joined: a run's syllables run together, the run capitalised once; spaced: each
                // syllable capitalised and set apart from what precedes it.
                if popular {
                    if let last = out.last, last.isLetter || last.isNumber { emit(" ", gi) }
                    emit(capitalised(syllable), gi)
                } else {
                    emit(previous == .han ? syllable : capitalised(syllable), gi)
                }
            case .cjkPunctuation:
                emit(Self.punctuation(v), gi)
            case .other:
                emit(HanReadings.shared.anyLatin(ch), gi)
            }
            previous = k
            previousScalar = v
        }
        return RomanForm(text: out, sources: sources)
    }

    /// "zh" → "Zh".
    static func capitalised(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// CJK and full-width punctuation as ASCII: full-width forms by their ASCII letter, the
    /// ideographic comma and full stop as "," and ".", the rest as a space.
    static func punctuation(_ v: UInt32) -> String {
        if (0xFF01...0xFF5E).contains(v), let u = Unicode.Scalar(v - 0xFEE0) { return String(Character(u)) }
        switch v {
        case 0x3001: return ","
        case 0x3002: return "."
        default: return " "
        }
    }
}

/// One Latin rendering of a text.
public struct RomanForm: Sendable, Equatable {
    /// The rendering.
    public var text: String
    /// Per grapheme of `text`, the index of the grapheme of the source it renders (to highlight
    /// the source's characters when the rendering matched).
    public var sources: [Int]

    /// Creates a form.
    public init(text: String, sources: [Int]) {
        self.text = text
        self.sources = sources
    }
}
