extension Romanizer {
    /// One Cyrillic letter in lower case: the scholarly transliteration folded to ASCII, or the
    /// popular (BGN/PCGN-like) form. `after` is the scalar before it (е and ё are "ye"/"yo" in the
    /// popular form at a word's start and after a vowel or a hard or soft sign).
    static func cyrillic(_ v: UInt32, after: UInt32, popular: Bool) -> String {
        let lower = (0x410...0x42F).contains(v) ? v + 0x20 : ((0x400...0x40F).contains(v) ? v + 0x50 : v)
        if popular, lower == 0x435 { return Self.startsSyllable(after) ? "ye" : "e" }
        if popular, lower == 0x451 { return "yo" }
        if (0x430...0x44F).contains(lower) {
            let i = Int(lower - 0x430)
            return popular ? Self.popularLetters[i] : Self.scholarlyLetters[i]
        }
        // Letters of Ukrainian, Belarusian, Kazakh and others, and ё (0x451) in the scholarly form.
        switch lower {
        case 0x451: return "e"
        case 0x456: return "i"
        case 0x457: return popular ? "yi" : "ji"
        case 0x454: return popular ? "ye" : "je"
        case 0x491, 0x493: return popular && lower == 0x493 ? "gh" : "g"
        case 0x45E: return popular ? "w" : "u"
        case 0x452: return "dj"
        case 0x458: return "j"
        case 0x459: return "lj"
        case 0x45A: return "nj"
        case 0x45B: return "c"
        case 0x45F: return "dz"
        case 0x453: return "g"
        case 0x45C: return "k"
        case 0x455: return "dz"
        case 0x49B: return popular ? "q" : "k"
        case 0x4A3: return popular ? "ng" : "n"
        case 0x4D9: return "a"
        case 0x4E9: return "o"
        case 0x4AF, 0x4B1: return "u"
        case 0x4BB: return "h"
        default: return ""
        }
    }

    /// True when a Cyrillic е after `v` starts a syllable: at a word's start, after a vowel or
    /// after ъ or ь.
    static func startsSyllable(_ v: UInt32) -> Bool {
        let lower = (0x410...0x42F).contains(v) ? v + 0x20 : v
        switch lower {
        case 0x430, 0x435, 0x451, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F, 0x44A, 0x44C: return true
        default: return !(0x400...0x52F).contains(v) && !((0x41...0x5A).contains(v) || (0x61...0x7A).contains(v))
        }
    }

    /// а…я in the scholarly transliteration, folded to ASCII (ж ž → z, ч č → c, ш š → s).
    static let scholarlyLetters: [String] = [
        "a", "b", "v", "g", "d", "e", "z", "z", "i", "j", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "c", "c", "s", "sc", "", "y", "", "e", "ju", "ja",
    ]

    /// а…я in the popular form (BGN/PCGN without its diacritics and apostrophes).
    static let popularLetters: [String] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ]
}
