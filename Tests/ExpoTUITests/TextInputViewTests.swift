import ExpoModel
import Testing
@testable import ExpoTUI

/// `TextInput.visible`: what a field of some width shows, scrolled so the cursor is in view.
extension TextInputTests {

    /// 12 ideographs, 24 columns.
    static let longCJK = "哈尔滨国际经济贸易洽谈会"

    @Test func textThatFitsIsShownWhole() {
        #expect(TextInput("abc").visible(width: 10) == ("abc", 3))
        #expect(field("abc", at: 1).visible(width: 10) == ("abc", 1))
        #expect(TextInput("哈尔滨").visible(width: 7) == ("哈尔滨", 6))
        #expect(field("哈尔滨", at: 1).visible(width: 6) == ("哈尔滨", 2))
        #expect(TextInput("").visible(width: 1) == ("", 0))
        // At the end the cursor needs a column of its own.
        #expect(field("abcde", at: 0).visible(width: 5) == ("abcde", 0))
        #expect(TextInput("abcde").visible(width: 5) == ("…cde", 4))
    }

    @Test func longCJKWithTheCursorAtTheStart() {
        let v = field(Self.longCJK, at: 0).visible(width: 10)
        #expect(v.text == "哈尔滨国…")
        #expect(v.cursorColumn == 0)
    }

    @Test func longCJKWithTheCursorInTheMiddle() {
        let v = field(Self.longCJK, at: 6).visible(width: 10)
        #expect(v.text == "…国际经济…")
        #expect(v.cursorColumn == 7)
        // While the cursor fits in the first screen, the view starts at the beginning.
        #expect(field(Self.longCJK, at: 3).visible(width: 10) == ("哈尔滨国…", 6))
        #expect(field(Self.longCJK, at: 4).visible(width: 10) == ("…尔滨国际…", 7))
    }

    @Test func longCJKWithTheCursorAtTheEnd() {
        #expect(TextInput(Self.longCJK).visible(width: 10) == ("…易洽谈会", 9))
        // An odd width leaves a column free rather than split an ideograph.
        #expect(TextInput(Self.longCJK).visible(width: 9) == ("…洽谈会", 7))
        #expect(field(Self.longCJK, at: 6).visible(width: 9) == ("…际经济…", 5))
    }

    @Test func longASCIIScrolls() {
        let letters = "abcdefghijklmnopqrstuvwxyz"
        #expect(field(letters, at: 13).visible(width: 10) == ("…ghijklmn…", 8))
        // A last one-column grapheme is shown rather than a "…" in its place.
        #expect(field(letters, at: 24).visible(width: 10) == ("…rstuvwxyz", 8))
        #expect(field(letters, at: 0).visible(width: 10) == ("abcdefghi…", 0))
    }

    @Test func combiningMarksTakeNoColumnInTheView() {
        let text = String(repeating: "e\u{301}", count: 20) // 20 graphemes, 20 columns
        let v = field(text, at: 10).visible(width: 8)
        #expect(scalars(v.text) == scalars("…" + String(repeating: "e\u{301}", count: 6) + "…"))
        #expect(v.cursorColumn == 6)
    }

    @Test func narrowFields() {
        #expect(TextInput("abc").visible(width: 0) == ("", 0))
        #expect(TextInput("abc").visible(width: -3) == ("", 0))
        #expect(TextInput("abc").visible(width: 1) == ("", 0))
        #expect(TextInput("abc").visible(width: 2) == ("…", 1))
        #expect(field(Self.longCJK, at: 5).visible(width: 2) == ("经", 0))
        #expect(field(Self.longCJK, at: 5).visible(width: 1) == ("", 0))
        #expect(field(Self.longCJK, at: 5).visible(width: 3) == ("经", 0))
        #expect(field(Self.longCJK, at: 5).visible(width: 4) == ("…经…", 1))
        #expect(field(Self.longCJK, at: 5).visible(width: 5) == ("…经…", 1))
    }

    /// The view never overflows, the cursor cell is inside it and on the cursor's grapheme.
    @Test func viewInvariantsOverManyWidthsAndPositions() {
        for text in [Self.longCJK, Self.combining + " " + Self.cyrillic, "a哈b尔c滨d国e际", "🇷🇺x👨\u{200D}👩y"] {
            let graphemes = Array(text)
            for at in 0...graphemes.count {
                for width in 1...30 {
                    let f = field(text, at: at)
                    let v = f.visible(width: width)
                    #expect(TextWidth.of(v.text) <= width)
                    #expect(v.cursorColumn >= 0 && v.cursorColumn < width)
                    guard at < graphemes.count, TextWidth.of(graphemes[at]) <= width else { continue }
                    // The grapheme drawn at the cursor column is the one at the cursor.
                    var column = 0
                    var under: Character?
                    for c in v.text {
                        if column == v.cursorColumn { under = c; break }
                        column += TextWidth.of(c)
                    }
                    #expect(under == graphemes[at], "\(text) at \(at) width \(width): \(v)")
                }
            }
        }
    }
}
