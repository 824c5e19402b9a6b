import Testing
@testable import ExpoModel

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("~", 1), ("Ж", 1), ("é", 1), ("e\u{301}", 1), ("ñ", 1), ("Ω", 1),
        ("哈", 2), ("ア", 2), ("한", 2), ("Ａ", 2),
        ("😀", 2), ("👨‍👩‍👧", 2), ("🇷🇺", 2), ("🇨🇳", 2), ("❤️", 1), ("👍🏽", 2), ("1️⃣", 1),
        ("จำ", 2), ("กั", 1), ("क्ष", 2), ("ि", 1), ("ᄀ\u{1161}\u{11A8}", 2),
        ("\u{1B}", 0), ("\u{301}", 0), ("\u{200B}", 0),
    ])
    func widthOfOneGrapheme(s: String, width: Int) throws {
        let c = try #require(s.first)
        #expect(s.count == 1)
        #expect(TextWidth.of(c) == width, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func widthOfStrings() {
        #expect(TextWidth.of("") == 0)
        #expect(TextWidth.of("Harbin") == 6)
        #expect(TextWidth.of("Москва") == 6)
        #expect(TextWidth.of("Café") == 4)
        #expect(TextWidth.of("Cafe\u{301}") == 4)
        #expect(TextWidth.of("哈尔滨啤酒") == 10)
        #expect(TextWidth.of("A哈b") == 4)
        #expect(TextWidth.of("👨‍👩‍👧 ok 🇷🇺") == 8)
        #expect(TextWidth.of("84 m²") == 5)
    }

    @Test func truncateLeavesShortTextAlone() {
        #expect(TextWidth.truncate("Harbin", to: 6) == "Harbin")
        #expect(TextWidth.truncate("哈尔滨", to: 6) == "哈尔滨")
        #expect(TextWidth.truncate("", to: 3) == "")
    }

    @Test func truncateEndsWithAnEllipsis() {
        #expect(TextWidth.truncate("Harbin Beer", to: 6) == "Harbi…")
        #expect(TextWidth.truncate("Москва-река", to: 5) == "Моск…")
        #expect(TextWidth.truncate("Harbin", to: 1) == "…")
        #expect(TextWidth.truncate("Harbin", to: 0) == "")
        #expect(TextWidth.truncate("Harbin", to: -3) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // 5 columns: two ideographs (4) + "…" (1).
        #expect(TextWidth.truncate("哈尔滨啤酒", to: 5) == "哈尔…")
        // 6 columns: the third ideograph would need columns 5–6, leaving none for "…".
        #expect(TextWidth.truncate("哈尔滨啤酒", to: 6) == "哈尔…")
        #expect(TextWidth.truncate("哈尔滨啤酒", to: 2) == "…")
        #expect(TextWidth.truncate("a👨‍👩‍👧b", to: 3) == "a…")
        #expect(TextWidth.truncate("Cafe\u{301} au lait", to: 5) == "Cafe\u{301}…")
    }

    @Test func truncateFitsTheBudgetForManyStrings() {
        let samples = ["Harbin", "哈尔滨啤酒", "a哈b尔c滨", "👨‍👩‍👧🇷🇺😀x", "Cafe\u{301} Москва 哈", "", "e\u{301}e\u{301}e\u{301}"]
        for s in samples {
            for budget in 0...12 {
                let t = TextWidth.truncate(s, to: budget)
                #expect(TextWidth.of(t) <= budget, "\(s) to \(budget): \(t)")
                if TextWidth.of(s) > budget && budget > 0 {
                    #expect(t.hasSuffix("…"), "\(s) to \(budget): \(t)")
                    #expect(s.hasPrefix(t.dropLast()), "\(s) to \(budget): \(t)")
                } else {
                    #expect(t == (budget > 0 ? s : ""))
                }
            }
        }
    }

    @Test func padGivesExactWidth() {
        #expect(TextWidth.pad("ab", to: 5) == "ab   ")
        #expect(TextWidth.pad("ab", to: 5, alignRight: true) == "   ab")
        #expect(TextWidth.pad("哈尔", to: 5) == "哈尔 ")
        #expect(TextWidth.pad("哈尔滨啤酒", to: 6) == "哈尔… ")
        #expect(TextWidth.pad("", to: 0) == "")
        let samples = ["Harbin", "哈尔滨啤酒", "a哈b尔c滨", "👨‍👩‍👧🇷🇺😀x", "Cafe\u{301} Москва 哈", ""]
        for s in samples {
            for w in 0...14 {
                #expect(TextWidth.of(TextWidth.pad(s, to: w)) == w, "\(s) padded to \(w)")
                #expect(TextWidth.of(TextWidth.pad(s, to: w, alignRight: true)) == w)
            }
        }
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextWidth.wrap("the quick brown fox", to: 10) == ["the quick", "brown fox"])
        #expect(TextWidth.wrap("the quick brown fox", to: 19) == ["the quick brown fox"])
        #expect(TextWidth.wrap("a  b", to: 10) == ["a b"])
        #expect(TextWidth.wrap("", to: 10) == [""])
        #expect(TextWidth.wrap("abc", to: 0) == [])
    }

    @Test func wrapBreaksLongWords() {
        #expect(TextWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("哈尔滨啤酒", to: 5) == ["哈尔", "滨啤", "酒"])
        #expect(TextWidth.wrap("ok 哈尔滨啤酒厂", to: 6) == ["ok", "哈尔滨", "啤酒厂"])
    }

    @Test func wrapRespectsTheWidthAndKeepsTheWords() {
        let text = "The 4th China–Russia Expo 哈尔滨国际经济贸易博览会 opened in Harbin with 2,550 booths, Москва и Приморский край 👨‍👩‍👧 included"
        for width in 2...40 {
            let lines = TextWidth.wrap(text, to: width)
            #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "width \(width): \(lines)")
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " }, "width \(width)")
        }
    }
}
