import Testing
@testable import ExpoModel

@Suite struct TextWrapTests {
    /// The wrapping of earlier releases (quadratic in long words), kept as the reference for
    /// ordinary text.
    static func reference(_ s: String, to columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in s.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var ww = TextWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + ww <= columns {
                line += " " + word
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            while ww > columns {
                var part = ""
                var pw = 0
                var rest = word.startIndex
                for i in word.indices {
                    let cw = TextWidth.of(word[i])
                    if pw + cw > columns { break }
                    part.append(word[i]); pw += cw
                    rest = word.index(after: i)
                }
                if part.isEmpty { break }
                lines.append(part)
                word = String(word[rest...])
                ww = TextWidth.of(word)
            }
            line = word
            lineWidth = ww
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    @Test func agreesWithTheReferenceOnRandomText() {
        var rng = SplitMix64(seed: 20261203)
        let pieces = ["a", "bc", "Ж", "哈", "尔滨", " ", " ", "  ", "é", "Harbin", "😀", "Амурский", "x"]
        for trial in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let columns = 2 + Int(rng.next() % 20)
            #expect(TextWidth.wrap(text, to: columns) == Self.reference(text, to: columns), "trial \(trial): \(text.debugDescription) at \(columns)")
        }
    }

    @Test func asciiAgreesWithTheGraphemeWrapping() {
        var rng = SplitMix64(seed: 7)
        let pieces = ["a", "bc", "defgh", " ", " ", "  ", "Harbin", "x", "0123456789abcdef"]
        for trial in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 40) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let columns = 1 + Int(rng.next() % 20)
            #expect(TextWidth.wrapASCII(text, to: columns) == TextWidth.wrapGraphemes(text, to: columns), "trial \(trial): \(text.debugDescription) at \(columns)")
        }
    }

    @Test func everyLineFitsAndNothingIsLost() {
        let word = String(repeating: "哈a", count: 5_000)
        let lines = TextWidth.wrap("start " + word + " end", to: 7)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 7 })
        #expect(lines.joined().filter { $0 != " " } == ("start" + word + "end"))
        #expect(lines.first == "start")
        #expect(lines.last?.hasSuffix("end") == true)
    }

    @Test func aGraphemeWiderThanTheLineGetsALineOfItsOwn() {
        #expect(TextWidth.wrap("哈尔", to: 1) == ["哈", "尔"])
        #expect(TextWidth.wrap("a 哈 b", to: 1) == ["a", "哈", "b"])
    }

    @Test func aLongUnbrokenRunIsCutIntoFullLines() {
        let lines = TextWidth.wrap(String(repeating: "x", count: 200_000), to: 80)
        #expect(lines.count == 2_500)
        #expect(lines.allSatisfy { $0.count == 80 })
    }
}
