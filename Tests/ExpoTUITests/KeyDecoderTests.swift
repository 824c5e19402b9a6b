import Testing
@testable import ExpoTUI

/// `KeyDecoder`: raw input bytes to keys.
@Suite struct KeyDecoderTests {
    /// Decodes one batch.
    func keys(_ bytes: [UInt8]) -> [Key] {
        var d = KeyDecoder()
        return d.decode(bytes)
    }

    /// Decodes one batch given as text ("\u{1b}[1~").
    func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    @Test func homeAndEndInEveryForm() {
        for seq in ["\u{1b}[1~", "\u{1b}[7~", "\u{1b}OH", "\u{1b}[H", "\u{1b}[1H"] {
            #expect(keys(seq) == [.home], "\(Array(seq.utf8))")
        }
        for seq in ["\u{1b}[4~", "\u{1b}[8~", "\u{1b}OF", "\u{1b}[F", "\u{1b}[1F"] {
            #expect(keys(seq) == [.end], "\(Array(seq.utf8))")
        }
    }

    @Test func arrowsPagesDeleteAndShiftTab() {
        #expect(keys("\u{1b}[A\u{1b}[B\u{1b}[C\u{1b}[D") == [.up, .down, .right, .left])
        #expect(keys("\u{1b}OA\u{1b}OB\u{1b}OC\u{1b}OD") == [.up, .down, .right, .left])
        #expect(keys("\u{1b}[5~\u{1b}[6~\u{1b}[3~\u{1b}[Z") == [.pageUp, .pageDown, .delete, .backTab])
        #expect(keys("\u{1b}OM") == [.enter], "keypad Enter")
    }

    @Test func otherCompleteSequencesAreIgnored() {
        // F9, Insert, F12, Ctrl-Right, Shift-Up, F1 (SS3), F1 with a modifier, private-mode
        // CSI, an intermediate byte, an SGR mouse report. (Bracketed paste marks are keys: see
        // KeyDecoderPasteTests.)
        for seq in ["\u{1b}[20~", "\u{1b}[2~", "\u{1b}[24~", "\u{1b}[1;5C", "\u{1b}[1;2A", "\u{1b}OP", "\u{1b}O5P",
                    "\u{1b}[?1049h", "\u{1b}[ q", "\u{1b}[<0;12;5M", "\u{1b}[1;5H", "\u{1b}[2Z"] {
            #expect(keys(seq).isEmpty, "\(Array(seq.utf8)) is not read as Esc and text")
        }
        // Between typed characters, nothing of the sequence is left over.
        #expect(keys("a\u{1b}[20~b\u{1b}[1;5Cc") == [.char("a"), .char("b"), .char("c")])
        // An X10 mouse report's three bytes are skipped, even when they look like text.
        #expect(keys("\u{1b}[M !!x") == [.char("x")])
        // A very long sequence is read to its end and ignored.
        #expect(keys("\u{1b}[" + String(repeating: "1;", count: 100) + "5Cz") == [.char("z")])
    }

    @Test func aLoneEscapeIsEscape() {
        #expect(keys("\u{1b}") == [.escape])
        #expect(keys("\u{1b}\u{1b}") == [.escape, .escape])
        #expect(keys("\u{1b}\u{1b}[A") == [.escape, .up], "Esc, then an arrow")
        var d = KeyDecoder()
        #expect(d.feed(0x1B).isEmpty)
        #expect(d.isPending, "waits for what may follow")
        #expect(d.finish() == [.escape])
        #expect(!d.isPending)
    }

    @Test func escapeThenACharacterIsEscapeThenTheCharacter() {
        // Alt-x (or Escape typed just before x) is read as Escape, then x: no key is lost.
        #expect(keys("\u{1b}q") == [.escape, .char("q")])
        #expect(keys("\u{1b}1") == [.escape, .char("1")])
        #expect(keys("\u{1b}\r") == [.escape, .enter])
        #expect(keys("\u{1b}哈") == [.escape, .char("哈")])
    }

    @Test func sequencesCutShort() {
        // Unfinished at the end of a batch: dropped, not read as text; but `ESC [` and `ESC O`
        // alone are Esc then `[` or `O` typed quickly.
        #expect(keys("\u{1b}[") == [.escape, .char("[")])
        #expect(keys("\u{1b}[1").isEmpty)
        #expect(keys("\u{1b}[1;5").isEmpty)
        #expect(keys("\u{1b}O") == [.escape, .char("O")])
        // Cut by a byte that cannot belong to it: the sequence is dropped, the byte is read.
        #expect(keys("\u{1b}[1\r") == [.enter])
        #expect(keys("\u{1b}[1\u{1b}[4~") == [.end])
        #expect(keys("\u{1b}O x") == [.char(" "), .char("x")])
    }

    @Test func aSequenceSplitAcrossFeedsStillDecodes() {
        var d = KeyDecoder()
        var out: [Key] = []
        for b in Array("\u{1b}[4~".utf8) {
            out += d.feed(b)
        }
        #expect(out == [.end])
        #expect(!d.isPending)
        // The same, split across two batches: only `finish()` ends a sequence.
        var e = KeyDecoder()
        #expect(e.feed(0x1B).isEmpty && e.feed(UInt8(ascii: "[")).isEmpty)
        #expect(e.isPending)
        #expect(e.feed(UInt8(ascii: "1")).isEmpty)
        #expect(e.feed(UInt8(ascii: "~")) == [.home])
    }

    @Test func controlBytes() {
        #expect(keys([0x0D]) == [.enter])
        #expect(keys([0x0A]) == [.ctrl("j")], "Ctrl-J, not Enter: Enter sends CR under nonl()")
        #expect(keys([0x09]) == [.tab])
        #expect(keys([0x7F, 0x08]) == [.backspace, .backspace])
        #expect(keys([0x01, 0x04, 0x0B, 0x0E, 0x15, 0x1A]) == [.ctrl("a"), .ctrl("d"), .ctrl("k"), .ctrl("n"), .ctrl("u"), .ctrl("z")])
        #expect(keys([0x00, 0x1C, 0x1D, 0x1E, 0x1F]).isEmpty)
        #expect(keys("\u{85}\u{9b}x") == [.char("x")], "C1 controls are dropped")
    }

    @Test func textInEveryScript() {
        for text in ["Harbin", "Амурский", "哈尔滨", "e\u{301}", " ~[O"] {
            #expect(keys(text) == text.unicodeScalars.map { .char(Character($0)) })
        }
        // Bytes that are not UTF-8 are dropped, the rest kept (UTF8InputDecoder).
        #expect(keys([0xE9, 0x6A]) == [.char("j")])
        // A character split across two batches is kept whole.
        var d = KeyDecoder()
        let bytes = Array("哈".utf8)
        #expect(d.decode(bytes.prefix(2)).isEmpty)
        #expect(d.decode(bytes.suffix(1)) == [.char("哈")])
    }
}

/// Bracketed paste marks, and `ESC [` / `ESC O` typed quickly.
@Suite struct KeyDecoderPasteTests {
    @Test func pasteMarksAreKeys() {
        var d = KeyDecoder()
        let keys = d.decode(Array("\u{1B}[200~a\rb\u{1B}[201~".utf8))
        #expect(keys == [.pasteStart, .char("a"), .enter, .char("b"), .pasteEnd])
    }

    @Test func escapeThenBracketOrOIsNotLost() {
        var d = KeyDecoder()
        #expect(d.decode(Array("\u{1B}[".utf8)) == [.escape, .char("[")])
        #expect(d.decode(Array("\u{1B}O".utf8)) == [.escape, .char("O")])
        #expect(d.decode(Array("\u{1B}[1;".utf8)).isEmpty, "a longer unfinished sequence is dropped")
    }
}
