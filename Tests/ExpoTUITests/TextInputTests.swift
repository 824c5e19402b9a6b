import ExpoModel
import Testing
@testable import ExpoTUI

@Suite struct TextInputTests {
    /// A field holding `text` with the cursor `at` graphemes from the start, reached by keys.
    func field(_ text: String, at position: Int) -> TextInput {
        var f = TextInput(text)
        _ = f.handle(.home)
        for _ in 0..<position { _ = f.handle(.right) }
        return f
    }

    /// Applies the keys, each of which must be the field's.
    func press(_ f: inout TextInput, _ keys: Key...) {
        for key in keys {
            let taken = f.handle(key)
            #expect(taken, "\(key) not taken")
        }
    }

    /// Offers the keys, none of which may be the field's.
    func refuse(_ f: inout TextInput, _ keys: Key...) {
        for key in keys {
            let taken = f.handle(key)
            #expect(!taken, "\(key) taken")
        }
    }

    /// The field after the keys, each of which must be the field's.
    func after(_ f: TextInput, _ keys: Key...) -> TextInput {
        var f = f
        for key in keys {
            let taken = f.handle(key)
            #expect(taken, "\(key) not taken")
        }
        return f
    }

    /// Scalar-exact comparison (String's == treats é and e + U+0301 as equal).
    func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    // The four scripts of the tests, each with a word break.
    static let ascii = "hello world"
    static let cyrillic = "привет мир"
    static let cjk = "哈尔滨 博览会"
    static let combining = "e\u{301}te\u{301} cafe\u{301}" // "été café", decomposed

    // MARK: - Construction

    @Test func initPutsTheCursorAtTheEndCountingGraphemes() {
        #expect(TextInput().text == "")
        #expect(TextInput().cursor == 0)
        #expect(TextInput(Self.ascii).cursor == 11)
        #expect(TextInput(Self.cyrillic).cursor == 10)
        #expect(TextInput(Self.cjk).cursor == 7)
        #expect(TextInput(Self.combining).cursor == 8)
        #expect(TextInput("🇷🇺👨\u{200D}👩\u{200D}👧").cursor == 2)
    }

    @Test func setTextReplacesAndMovesTheCursorToTheEnd() {
        var f = field("abc", at: 1)
        f.setText("привет\nмир")
        #expect(f.text == "привет мир")
        #expect(f.cursor == 10)
        #expect(f == TextInput("привет мир"))
    }

    // MARK: - Inserting

    @Test func charactersInsertAtTheCursor() {
        #expect(after(field(Self.ascii, at: 5), .char(","), .char(" ")).text == "hello,  world")
        let cy = after(field(Self.cyrillic, at: 3), .char("Ж"))
        #expect(cy.text == "приЖвет мир")
        #expect(cy.cursor == 4)
        let han = after(field(Self.cjk, at: 1), .char("中"))
        #expect(han.text == "哈中尔滨 博览会")
        #expect(han.cursor == 2)
        let mark = after(field(Self.combining, at: 1), .char("x"))
        #expect(scalars(mark.text) == scalars("e\u{301}xte\u{301} cafe\u{301}"))
        #expect(mark.cursor == 2)
        #expect(after(field("", at: 0), .char(" ")).text == " ")
    }

    @Test func insertingInTheMiddleAndAtTheEnds() {
        var f = field("A-10", at: 2)
        f.insert("9, A-")
        #expect(f.text == "A-9, A-10")
        #expect(f.cursor == 7)
        f = field("мир", at: 0)
        f.insert("привет ")
        #expect(f.text == "привет мир")
        #expect(f.cursor == 7)
        f = TextInput("博览")
        f.insert("会")
        #expect(f.text == "博览会")
        #expect(f.cursor == 3)
        f.insert("")
        #expect(f.cursor == 3)
    }

    @Test func aPasteIsMadeOneLine() {
        var f = field("[]", at: 1)
        f.insert("a\tb\nc\r\nd\re\u{1B}[31mf\u{7F}g\u{85}h\u{202E}i\u{2028}j\u{0}")
        #expect(f.text == "[a b c d e[31mfg hi j]")
        #expect(f.cursor == 21)
        #expect(TextInput("line one\nline two").text == "line one line two")
    }

    @Test func controlCharactersAsKeysAreNotTheFields() {
        var f = TextInput("x")
        refuse(&f, .char("\u{1B}"))
        refuse(&f, .char("\n"))
        refuse(&f, .char("\u{202E}"))
        #expect(f.text == "x")
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeIt() {
        let f = after(TextInput("caf"), .char("e"), .char("\u{301}"))
        #expect(scalars(f.text) == scalars("cafe\u{301}"))
        #expect(f.cursor == 4)
        #expect(after(f, .left).cursor == 3)
        let back = after(f, .backspace)
        #expect(back.text == "caf")
        #expect(back.cursor == 3)
    }

    @Test func flagsAndZWJSequencesTypedInPartsBecomeOneGrapheme() {
        let flag = after(TextInput(), .char("\u{1F1F7}"), .char("\u{1F1FA}"))
        #expect(flag.text == "🇷🇺")
        #expect(flag.cursor == 1)
        var family = TextInput("👨\u{200D}")
        family.insert("👩")
        #expect(family.cursor == 1)
        #expect(after(family, .backspace).text == "")
        // A deletion that lets two neighbours join leaves the cursor before the joined grapheme.
        let joined = after(field("\u{1F1F7}x\u{1F1FA}", at: 2), .backspace)
        #expect(joined.text == "🇷🇺")
        #expect(joined.cursor == 0)
        #expect(after(joined, .end).cursor == 1)
    }

    // MARK: - Moving

    @Test func movingByOneGraphemeClampsAtTheEnds() {
        for text in [Self.ascii, Self.cyrillic, Self.cjk, Self.combining] {
            let n = text.count
            #expect(after(field(text, at: 0), .left).cursor == 0)
            #expect(after(field(text, at: 0), .ctrl("b")).cursor == 0)
            #expect(after(field(text, at: n), .right).cursor == n)
            #expect(after(field(text, at: n), .ctrl("f")).cursor == n)
            #expect(after(field(text, at: 2), .left).cursor == 1)
            #expect(after(field(text, at: 2), .ctrl("b")).cursor == 1)
            #expect(after(field(text, at: 2), .right).cursor == 3)
            #expect(after(field(text, at: 2), .ctrl("f")).cursor == 3)
            #expect(after(field(text, at: 0), .left, .left, .right).cursor == 1)
            #expect(field(text, at: n + 5).cursor == n)
        }
    }

    @Test func homeAndEnd() {
        for text in [Self.ascii, Self.cyrillic, Self.cjk, Self.combining] {
            #expect(after(field(text, at: 3), .home).cursor == 0)
            #expect(after(field(text, at: 3), .ctrl("a")).cursor == 0)
            #expect(after(field(text, at: 3), .end).cursor == text.count)
            #expect(after(field(text, at: 3), .ctrl("e")).cursor == text.count)
            #expect(after(field(text, at: 3), .end).text == text)
        }
    }

    // MARK: - Deleting

    @Test func backspaceDeletesTheGraphemeBeforeTheCursor() {
        let cases: [(String, Int, String)] = [
            (Self.ascii, 5, "hell world"),
            (Self.cyrillic, 6, "приве мир"),
            (Self.cjk, 2, "哈滨 博览会"),
            (Self.combining, 3, "e\u{301}t cafe\u{301}"),
            (Self.combining, 8, "e\u{301}te\u{301} caf"),
        ]
        for (text, at, expected) in cases {
            let f = after(field(text, at: at), .backspace)
            #expect(scalars(f.text) == scalars(expected))
            #expect(f.cursor == at - 1)
        }
        let start = after(field(Self.cjk, at: 0), .backspace)
        #expect(start.text == Self.cjk)
        #expect(start.cursor == 0)
    }

    @Test func deleteAndCtrlDDeleteTheGraphemeAtTheCursor() {
        let cases: [(String, Int, String)] = [
            (Self.ascii, 5, "helloworld"),
            (Self.cyrillic, 0, "ривет мир"),
            (Self.cjk, 2, "哈尔 博览会"),
            (Self.combining, 2, "e\u{301}t cafe\u{301}"),
        ]
        for (text, at, expected) in cases {
            for key in [Key.delete, .ctrl("d")] {
                let f = after(field(text, at: at), key)
                #expect(scalars(f.text) == scalars(expected))
                #expect(f.cursor == at)
            }
        }
        let end = after(field(Self.cjk, at: 7), .delete, .ctrl("d"))
        #expect(end.text == Self.cjk)
        #expect(end.cursor == 7)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        let cases: [(String, Int, String, Int)] = [
            (Self.ascii, 11, "hello ", 6),
            (Self.ascii, 8, "hello rld", 6),
            (Self.ascii, 6, "world", 0),
            (Self.cyrillic, 10, "привет ", 7),
            (Self.cjk, 7, "哈尔滨 ", 4),
            (Self.cjk, 3, " 博览会", 0),
            (Self.combining, 8, "e\u{301}te\u{301} ", 4),
            (Self.combining, 3, " cafe\u{301}", 0),
            ("", 0, "", 0),
        ]
        for (text, at, expected, cursor) in cases {
            let f = after(field(text, at: at), .ctrl("w"))
            #expect(scalars(f.text) == scalars(expected), "\(text) at \(at)")
            #expect(f.cursor == cursor, "\(text) at \(at)")
        }
    }

    @Test func ctrlWTakesTheSpacesThenTheWord() {
        #expect(after(TextInput("one two   "), .ctrl("w")).text == "one ")
        #expect(after(TextInput("one   two"), .ctrl("w")).text == "one   ")
        #expect(after(TextInput("one   two"), .ctrl("w"), .ctrl("w")).text == "")
        #expect(after(TextInput("   "), .ctrl("w")).text == "")
        #expect(after(TextInput("a\t b"), .ctrl("w"), .ctrl("w")).text == "")
        let middle = after(field("alpha beta   gamma", at: 13), .ctrl("w"))
        #expect(middle.text == "alpha gamma")
        #expect(middle.cursor == 6)
    }

    @Test func ctrlKDeletesToTheEndAndCtrlUToTheStart() {
        let cases: [(String, Int, String, String)] = [
            (Self.ascii, 5, "hello", " world"),
            (Self.cyrillic, 4, "прив", "ет мир"),
            (Self.cjk, 3, "哈尔滨", " 博览会"),
            (Self.combining, 2, "e\u{301}t", "e\u{301} cafe\u{301}"),
        ]
        for (text, at, head, tail) in cases {
            let k = after(field(text, at: at), .ctrl("k"))
            #expect(scalars(k.text) == scalars(head))
            #expect(k.cursor == at)
            let u = after(field(text, at: at), .ctrl("u"))
            #expect(scalars(u.text) == scalars(tail))
            #expect(u.cursor == 0)
        }
        #expect(after(field("abc", at: 3), .ctrl("k")).text == "abc")
        #expect(after(field("abc", at: 0), .ctrl("u")).text == "abc")
    }

    @Test func otherKeysAreLeftToTheCaller() {
        var f = field(Self.cjk, at: 3)
        for key in [Key.enter, .escape, .up, .down, .tab, .backTab, .pageUp, .pageDown,
                    .ctrl("n"), .ctrl("p"), .ctrl("j"), .ctrl("c"), .ctrl("l")] {
            refuse(&f, key)
        }
        #expect(f == field(Self.cjk, at: 3))
    }

    // MARK: - Against a model

    /// Random keys on random text match an array-of-graphemes model.
    @Test func randomEditsMatchAModel() {
        // Pieces that never join their neighbours, so the model can be a plain array.
        let alphabet: [Character] = ["a", "Z", " ", "ж", "Я", "哈", "会", "e\u{301}", "🇷🇺", "7"]
        let keys: [Key] = [.left, .right, .home, .end, .backspace, .delete, .ctrl("b"), .ctrl("f"),
                           .ctrl("a"), .ctrl("e"), .ctrl("d"), .ctrl("w"), .ctrl("k"), .ctrl("u")]
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200 {
            var model: [Character] = []
            var cursor = 0
            var f = TextInput()
            for _ in 0..<60 {
                let r = Int(rng.next() % 100)
                if r < 55 {
                    let c = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                    press(&f, .char(c))
                    model.insert(c, at: cursor)
                    cursor += 1
                } else {
                    let key = keys[Int(rng.next() % UInt64(keys.count))]
                    press(&f, key)
                    switch key {
                    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
                    case .right, .ctrl("f"): cursor = min(model.count, cursor + 1)
                    case .home, .ctrl("a"): cursor = 0
                    case .end, .ctrl("e"): cursor = model.count
                    case .backspace:
                        if cursor > 0 { model.remove(at: cursor - 1); cursor -= 1 }
                    case .delete, .ctrl("d"):
                        if cursor < model.count { model.remove(at: cursor) }
                    case .ctrl("w"):
                        var s = cursor
                        while s > 0, model[s - 1].isWhitespace { s -= 1 }
                        while s > 0, !model[s - 1].isWhitespace { s -= 1 }
                        model.removeSubrange(s..<cursor)
                        cursor = s
                    case .ctrl("k"): model.removeSubrange(cursor...)
                    case .ctrl("u"): model.removeSubrange(..<cursor); cursor = 0
                    default: break
                    }
                }
                #expect(scalars(f.text) == scalars(String(model)))
                #expect(f.cursor == cursor)
            }
        }
    }

    // MARK: - Huge input

    /// A 200,000-grapheme paste, then editing at its end: every step is linear at worst (and
    /// editing at the end looks only at the end), so this finishes at once.
    @Test func hugePasteThenEditingAtTheEnd() {
        var f = TextInput("start ")
        f.insert(String(repeating: "ab cd\n", count: 33_334)) // 200,004 graphemes, newlines as spaces
        #expect(f.cursor == 200_010)
        #expect(f.text.utf8.count == 200_010)
        for c in "typed at the end" {
            press(&f, .char(c))
        }
        #expect(f.cursor == 200_026)
        press(&f, .ctrl("w"))
        press(&f, .backspace)
        #expect(f.text.hasSuffix("typed at the"))
        press(&f, .left)
        press(&f, .delete)
        #expect(f.text.hasSuffix("typed at th"))
        #expect(f.cursor == 200_021)
        #expect(f.visible(width: 20) == ("… ab cd typed at th", 19))
        #expect(f.visible(width: 12) == ("…yped at th", 11))
        // Editing at the start is linear too.
        press(&f, .home)
        f.insert("哈尔滨 ")
        #expect(f.visible(width: 10) == ("哈尔滨 st…", 7))
        press(&f, .ctrl("u"))
        #expect(f.text.hasPrefix("start ab cd"))
        press(&f, .ctrl("k"))
        #expect(f.text == "")
        // A huge paste of wide text, viewed at its end.
        f.insert(String(repeating: "会", count: 200_000))
        #expect(f.visible(width: 11) == ("…会会会会", 9))
        press(&f, .backspace)
        #expect(f.cursor == 199_999)
    }
}
