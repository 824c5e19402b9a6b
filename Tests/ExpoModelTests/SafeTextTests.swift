import Testing
@testable import ExpoModel

@Suite struct SafeTextTests {
    @Test func plainTextIsUnchanged() {
        #expect(SafeText.visible("Harbin 2017") == "Harbin 2017")
        #expect(SafeText.visible("Café Москва 哈尔滨 😀 e\u{301}") == "Café Москва 哈尔滨 😀 e\u{301}")
    }

    @Test func escapeBecomesAVisibleSymbol() {
        #expect(SafeText.visible("\u{1B}[31mred") == "\u{241B}[31mred")
        #expect(SafeText.visible("\u{1B}") == "␛")
    }

    @Test func otherC0ControlsBecomeControlPictures() {
        #expect(SafeText.visible("a\u{0}b") == "a\u{2400}b")
        #expect(SafeText.visible("bell\u{7}") == "bell␇")
        #expect(SafeText.visible("\u{8}") == "␈")
        #expect(SafeText.visible("\u{1F}") == "\u{241F}")
        #expect(SafeText.visible("del\u{7F}") == "del␡")
    }

    @Test func newlinesAndTabsBecomeSpaces() {
        #expect(SafeText.visible("a\nb") == "a b")
        // CRLF is one grapheme of two scalars; it becomes one space, keeping grapheme positions.
        #expect(SafeText.visible("a\r\nb") == "a b")
        #expect(SafeText.visible("a\r\nb").count == "a\r\nb".count)
        #expect(SafeText.visible("a\rb\tc") == "a b c")
        #expect(SafeText.visible("a\u{2028}b\u{2029}c") == "a b c")
    }

    @Test func c1ControlsAreReplaced() {
        for v: UInt32 in 0x80...0x9F {
            let s = "a" + String(Character(Unicode.Scalar(v)!)) + "b"
            let out = SafeText.visible(s)
            #expect(out == "a\u{FFFD}b", "U+\(String(v, radix: 16))")
        }
    }

    @Test func bidiControlsAreRemoved() {
        #expect(SafeText.visible("abc\u{202E}fed") == "abcfed")
        for v: UInt32 in [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let s = "x" + String(Character(Unicode.Scalar(v)!)) + "y"
            #expect(SafeText.visible(s) == "xy", "U+\(String(v, radix: 16))")
        }
    }

    @Test func stackedCombiningMarksAreCapped() {
        let zalgo = "e" + String(repeating: "\u{301}", count: 50) + "x"
        let out = SafeText.visible(zalgo)
        #expect(out.unicodeScalars.count == 1 + SafeText.maxCombiningMarks + 1)
        #expect(out == "e" + String(repeating: "\u{301}", count: SafeText.maxCombiningMarks) + "x")
        // The cap is per base character.
        let two = "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}b\u{300}\u{301}\u{302}\u{303}\u{304}"
        #expect(SafeText.visible(two) == "a\u{300}\u{301}\u{302}\u{303}b\u{300}\u{301}\u{302}\u{303}")
        // Up to the cap, marks stay.
        #expect(SafeText.visible("e\u{301}\u{302}") == "e\u{301}\u{302}")
    }

    @Test func outputNeverNeedsEscaping() {
        var s = ""
        for v in UInt32(0)..<0x3000 { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
        let out = SafeText.visible(s)
        #expect(!out.unicodeScalars.contains { SafeText.needsEscape($0) })
    }

    @Test func needsEscapeClassifiesScalars() {
        for u: Unicode.Scalar in ["\u{0}", "\u{1B}", "\n", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200F}"] {
            #expect(SafeText.needsEscape(u), "U+\(String(u.value, radix: 16))")
        }
        for u: Unicode.Scalar in [" ", "a", "~", "\u{A0}", "é", "Ж", "哈", "\u{200D}", "\u{FE0F}", "\u{2027}", "\u{202F}"] {
            #expect(!SafeText.needsEscape(u), "U+\(String(u.value, radix: 16))")
        }
    }
}
