import Testing
@testable import ExpoTUI

@Suite struct UTF8InputDecoderTests {
    func decode(_ bytes: [UInt8]) -> String {
        var d = UTF8InputDecoder()
        var out = String.UnicodeScalarView()
        for b in bytes { out.append(contentsOf: d.feed(b)) }
        return String(out)
    }

    @Test func validTextInEveryScript() {
        for text in ["Harbin", "Амурский", "哈尔滨", "🇷🇺", "e\u{301}", "จำกัด"] {
            #expect(decode(Array(text.utf8)) == text)
        }
    }

    @Test func invalidBytesAreDroppedAndTheRestKept() {
        // Latin-1 "é" (0xE9) starts a three-byte sequence that "j" cuts short.
        #expect(decode([0xE9, 0x6A]) == "j")
        #expect(decode(Array(repeating: 0xE9, count: 300) + Array("ok".utf8)) == "ok")
        #expect(decode([0xFF, 0xFE, 0x80, 0xBF, 0x41]) == "A")
        // Overlong forms and surrogates are not characters.
        #expect(decode([0xC0, 0xAF, 0x42]) == "B")
        #expect(decode([0xE0, 0x80, 0xAF, 0x43]) == "C")
        #expect(decode([0xED, 0xA0, 0x80, 0x44]) == "D")
        // A lead byte cut short by another lead byte: the second sequence still decodes.
        #expect(decode([0xE5, 0xE5, 0x93, 0x88]) == "哈")
    }

    @Test func anUnfinishedSequenceWaitsForItsLastBytes() {
        var d = UTF8InputDecoder()
        #expect(d.feed(0xE5).isEmpty)
        #expect(d.isPending)
        #expect(d.feed(0x93).isEmpty)
        #expect(d.feed(0x88) == ["哈"])
        #expect(!d.isPending)
    }
}
