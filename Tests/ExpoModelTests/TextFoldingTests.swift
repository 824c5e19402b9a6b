import Testing
@testable import ExpoModel

private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

@Suite struct TextFoldingTests {
    @Test func asciiKeepsCaseAndLowers() {
        let f = TextFolding.fold("Harbin-2017")
        #expect(f.cased == scalars("Harbin-2017"))
        #expect(f.lower == scalars("harbin-2017"))
    }

    @Test func accentsFoldToTheBaseLetter() {
        let f = TextFolding.fold("Café Ñandú Łódź Øre")
        #expect(f.cased == scalars("Cafe Nandu Lodz Ore"))
        #expect(f.lower == scalars("cafe nandu lodz ore"))
    }

    @Test func decomposedAndPrecomposedFoldAlike() {
        #expect(TextFolding.fold("Cafe\u{301}") == TextFolding.fold("Café"))
        #expect(TextFolding.fold("Cafe\u{301}").cased.count == 4) // one code per grapheme
    }

    @Test func cyrillicLowersAndYoBecomesYe() {
        let f = TextFolding.fold("МОСКВА Ёлка й")
        #expect(f.lower == scalars("москва елка и"))
        #expect(f.cased == scalars("МОСКВА Елка и"))
    }

    @Test func cjkIsUnchanged() {
        let f = TextFolding.fold("哈尔滨啤酒")
        #expect(f.cased == scalars("哈尔滨啤酒"))
        #expect(f.lower == f.cased)
    }

    @Test func oneCodePerGrapheme() {
        let s = "👨‍👩‍👧🇷🇺 ok"
        #expect(TextFolding.fold(s).cased.count == s.count)
        #expect(TextFolding.fold(s).lower.count == 5)
    }

    @Test func sharpS() {
        #expect(TextFolding.foldCharacter("ß") == (UInt32(0x73), UInt32(0x73)))
    }

    @Test func hasUppercase() {
        #expect(TextFolding.hasUppercase("Harbin"))
        #expect(TextFolding.hasUppercase("москвА"))
        #expect(TextFolding.hasUppercase("É"))
        #expect(!TextFolding.hasUppercase("harbin 2017"))
        #expect(!TextFolding.hasUppercase("哈尔滨"))
        #expect(!TextFolding.hasUppercase(""))
    }
}
