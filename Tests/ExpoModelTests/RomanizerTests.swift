import Testing
@testable import ExpoModel

/// Latin renderings of Cyrillic and Chinese names (issue 16: finding across scripts).
@Suite("Romanizer")
struct RomanizerTests {
    @Test(arguments: [
        ("Амурский лесной", ["Amurskij lesnoj", "Amurskiy lesnoy"]),
        ("Хабаровск", ["Habarovsk", "Khabarovsk"]),
        ("Екатеринбург", ["Ekaterinburg", "Yekaterinburg"]),
        ("Щёлково", ["Scelkovo", "Shchyolkovo"]),
        ("Объединённая", ["Obedinennaja", "Obyedinyonnaya"]),
        ("Жуков и Чайка", ["Zukov i Cajka", "Zhukov i Chayka"]),
        ("ЮЖУРАЛ", ["JuZURAL", "YuZhURAL"]),
        ("哈尔滨", ["Haerbin", "Ha Er Bin"]),
        ("哈尔滨电机厂", ["Haerbindianjichang", "Ha Er Bin Dian Ji Chang"]),
        ("长春一汽", ["Changchunyiqi", "Chang Chun Yi Qi"]),
        ("ABC哈尔滨2号", ["ABCHaerbin2Hao", "ABC Ha Er Bin 2 Hao"]),
        ("黑龙江（哈尔滨）", ["Heilongjiang(Haerbin)", "Hei Long Jiang(Ha Er Bin)"]),
    ])
    func forms(_ source: String, _ expected: [String]) {
        #expect(Romanizer.texts(source) == expected)
    }

    @Test func latinNamesNeedNoForm() {
        for s in ["Vi Holding Group", "Forschungszentrum für Künstliche Intelligenz", "Çelik Makina", "Łódź", "Ørsted", ""] {
            #expect(Romanizer.forms(s).isEmpty, "\(s)")
            #expect(!Romanizer.needsRomanising(s))
        }
        #expect(Romanizer.needsRomanising("ООО Амур"))
        #expect(Romanizer.needsRomanising("Acme 哈尔滨"))
    }

    @Test func everyRenderedCharacterNamesItsSource() throws {
        let f = try #require(Romanizer.forms("哈尔滨 Амур").last)
        #expect(f.text == "Ha Er Bin Amur")
        #expect(f.sources.count == f.text.count)
        // "Ha" renders 哈 (0), "Er" 尔 (1), "Bin" 滨 (2); "Amur" the Cyrillic letters 4–7.
        #expect(Array(f.sources.prefix(2)) == [0, 0])
        #expect(f.sources[3] == 1 || f.sources[3] == 2)
        #expect(Array(f.sources.suffix(4)) == [4, 5, 6, 7])
    }

    @Test func otherScriptsGoThroughICU() {
        #expect(Romanizer.texts("Αθήνα").first?.lowercased() == "athena")
    }
}

/// The index's fast rendering folds to the same text as the reference's.
@Suite("Romanizer: fast texts")
struct RomanizerFastTests {
    @Test func fastTextsFoldLikeForms() {
        let alphabet = ["a", "B", "é", "e\u{301}", "Ё", "ё", "й", "и\u{306}", "Ж", "щ", "ъ", "Е", "哈", "尔", "长", "（", "，", " ", "-", "7", "α", "ң"]
        var g = SplitMix64(seed: 16)
        var checked = 0
        for _ in 0..<3_000 {
            let s = (0..<Int.random(in: 0..<10, using: &g)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] }.joined()
            let slow = Romanizer.texts(s).map { CompiledQuery.fold($0) }
            let fast = Romanizer.fastTexts(s).map { CompiledQuery.fold($0) }
            #expect(fast == slow, "\(s.debugDescription)")
            if !slow.isEmpty { checked += 1 }
        }
        #expect(checked > 1_000)
    }
}
