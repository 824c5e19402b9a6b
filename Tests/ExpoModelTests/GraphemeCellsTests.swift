import Testing
@testable import ExpoModel

/// Issue 10, item 6: graphemes are drawn one cell per spacing character, as terminals lay them
/// out, with safe replacements where terminals disagree.
@Suite struct GraphemeCellsTests {
    func cells(_ s: String) -> [String] { s.flatMap { GraphemeCells.of($0) }.map(\.text) }
    func widths(_ s: String) -> [Int] { s.flatMap { GraphemeCells.of($0) }.map(\.width) }

    @Test func aFlagIsTwoRegionalIndicatorsOfOneColumn() {
        #expect(cells("🇷🇺") == ["🇷", "🇺"])
        #expect(widths("🇷🇺") == [1, 1])
        #expect(TextWidth.of("🇷🇺🇨🇳") == 4)
    }

    @Test func thaiKeepsEverySpacingVowelAndItsMarks() {
        // จ + SARA AM (spacing), ก + MAI HAN-AKAT (a mark), ด.
        #expect(cells("จำกัด") == ["จ", "ำ", "กั", "ด"])
        #expect(TextWidth.of("จำกัด") == 4)
    }

    @Test func devanagariConjunctsKeepTheirViramas() {
        // क्षत्रिय: क् ष त् र ि य, six columns as glibc's wcwidth and tmux count them.
        #expect(cells("क्षत्रिय") == ["क्", "ष", "त्", "र", "ि", "य"])
        #expect(TextWidth.of("क्षत्रिय") == 6)
        // Every code point is still drawn.
        #expect(cells("क्षत्रिय").joined() == "क्षत्रिय")
    }

    @Test func emojiSequencesTerminalsDisagreeOnAreDrawnAsTheirFirstEmoji() {
        #expect(cells("👨‍👩‍👧") == ["👨"])
        #expect(widths("👨‍👩‍👧") == [2])
        #expect(cells("👍🏽") == ["👍"])
        #expect(cells("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == ["🏴"])
        #expect(cells("❤️‍🔥") == ["❤"])
        #expect(widths("❤️‍🔥") == [1])
    }

    @Test func variationSelectorsAreLeftOut() {
        #expect(cells("❤️") == ["❤"])
        #expect(cells("1️⃣") == ["1\u{20E3}"])
        #expect(TextWidth.of("❤️") == 1)
    }

    @Test func aJoinerOutsideEmojiIsLeftOut() {
        // tmux folds the character after a ZWJ into the cell before it; without the joiner
        // every terminal gives ष a cell of its own.
        #expect(cells("क्\u{200D}ष") == ["क्", "ष"])
    }

    @Test func aCellHoldsAtMostFiveCodePoints() {
        let stacked = "e" + String(repeating: "\u{301}", count: 9)
        #expect(cells(stacked) == ["e" + String(repeating: "\u{301}", count: 4)])
        #expect(TextWidth.of(stacked) == 1)
    }

    @Test func widthIsTheSumOfTheCells() {
        for s in ["Harbin", "哈尔滨", "🇷🇺 Flags", "จำกัด", "क्षत्रिय", "👨‍👩‍👧 Family", "Cafe\u{301}", "한국", "ᄀ\u{1161}\u{11A8}"] {
            #expect(TextWidth.of(s) == widths(s).reduce(0, +), "\(s)")
        }
    }

    @Test func scalarWidthsFollowWcwidth() {
        #expect(TextWidth.scalarWidth("a") == 1)
        #expect(TextWidth.scalarWidth("\u{1B}") == 0)
        #expect(TextWidth.scalarWidth("\u{0301}") == 0)
        #expect(TextWidth.scalarWidth("\u{093F}") == 1)   // Devanagari vowel sign I: spacing
        #expect(TextWidth.scalarWidth("\u{0E31}") == 0)   // Thai MAI HAN-AKAT: a mark
        #expect(TextWidth.scalarWidth("\u{0E33}") == 1)   // Thai SARA AM: spacing
        #expect(TextWidth.scalarWidth("\u{1F1F7}") == 1)  // a regional indicator
        #expect(TextWidth.scalarWidth("\u{1161}") == 0)   // Hangul medial vowel
        #expect(TextWidth.scalarWidth("哈") == 2)
        #expect(TextWidth.scalarWidth("\u{200B}") == 0)
        #expect(TextWidth.scalarWidth("\u{AD}") == 1)
    }
}
