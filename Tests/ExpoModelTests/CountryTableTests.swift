import Testing
@testable import ExpoModel

/// The country table: ISO names, common variants, squashed forms, Russian and Chinese names.
@Suite struct CountryTableTests {
    static let names: [(String, String)] = [
        ("Korea, Republic of", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("korearepublicof", "KR"), ("KOREA (REPUBLIC OF)", "KR"),
        ("Korea, Democratic People's Republic of", "KP"), ("North Korea", "KP"),
        ("Taiwan", "TW"), ("Taiwan, Province of China", "TW"), ("Hong Kong, China", "HK"), ("Hong Kong SAR", "HK"), ("Hong Kong", "HK"),
        ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Ivory Coast", "CI"), ("Czechia", "CZ"), ("Czech Republic", "CZ"),
        ("Türkiye", "TR"), ("Turkey", "TR"), ("Russian Federation", "RU"), ("Russia", "RU"), ("UK", "GB"), ("United Kingdom", "GB"),
        ("USA", "US"), ("United States of America", "US"), ("united states", "US"), ("Viet Nam", "VN"), ("Vietnam", "VN"),
        ("Iran, Islamic Republic of", "IR"), ("Macedonia, former Yug. Rep.", "MK"), ("Moldova, Republik of", "MD"), ("Kosovo", "XK"),
        ("Congo, the Democratic Republic", "CD"), ("Reunion", "RE"), ("Réunion", "RE"), ("Netherlands", "NL"), ("Switzerland", "CH"),
        ("Austria", "AT"), ("Bosnia and Herzegovina", "BA"), ("Puerto Rico", "PR"), ("Overseas France", "FR"),
        ("unitedarabemirates", "AE"), ("  germany ", "DE"),
        // Codes.
        ("DE", "DE"), ("de", "DE"), ("DEU", "DE"), ("GBR", "GB"),
        // Russian.
        ("Россия", "RU"), ("Китай", "CN"), ("Германия", "DE"), ("Казахстан", "KZ"), ("Южная Корея", "KR"), ("Беларусь", "BY"),
        ("Белоруссия", "BY"), ("США", "US"), ("Франция", "FR"), ("Италия", "IT"), ("Япония", "JP"), ("Монголия", "MN"),
        ("Турция", "TR"), ("Индия", "IN"), ("Узбекистан", "UZ"), ("Нидерланды", "NL"), ("Швейцария", "CH"), ("Великобритания", "GB"),
        // Chinese.
        ("中国", "CN"), ("俄罗斯", "RU"), ("德国", "DE"), ("韩国", "KR"), ("日本", "JP"), ("美国", "US"), ("台湾", "TW"), ("香港", "HK"),
        ("法国", "FR"), ("意大利", "IT"), ("哈萨克斯坦", "KZ"), ("蒙古", "MN"), ("英国", "GB"), ("印度", "IN"), ("土耳其", "TR"),
    ]

    @Test(arguments: names)
    func knows(_ pair: (String, String)) {
        #expect(CountryTable.code(for: pair.0) == pair.1, "\(pair.0)")
    }

    @Test(arguments: ["Korea", "Atlantis", "XX", "ZZZ", "", "Europe", "usa usa"])
    func doesNotGuess(_ s: String) {
        #expect(CountryTable.code(for: s) == nil, "\(s)")
    }

    @Test func coversISO3166() {
        // 249 assigned codes and Kosovo's user-assigned XK.
        #expect(CountryTable.codes.count == 250)
        #expect(Set(CountryTable.codes).count == 250)
        #expect(CountryTable.codes.allSatisfy { $0.count == 2 && $0 == $0.uppercased() })
    }

    @Test func namesOfACode() {
        #expect(CountryTable.englishName(for: "KR") == "Korea, Republic of")
        let names = CountryTable.names(for: "cn")
        #expect(names.first == "China")
        #expect(names.contains("Китай") && names.contains("中国"))
        #expect(CountryTable.names(for: "QQ").isEmpty)
        // Every name of every code leads back to that code.
        for code in CountryTable.codes {
            for n in CountryTable.names(for: code) { #expect(CountryTable.code(for: n) == code, "\(n) → \(code)") }
        }
    }

    /// At least 60 countries have both a Russian and a Chinese name.
    @Test func russianAndChineseNames() {
        let both = CountryTable.codes.filter { code in
            let n = CountryTable.names(for: code)
            return n.contains { $0.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } }
                && n.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        }
        #expect(both.count >= 60)
    }
}
