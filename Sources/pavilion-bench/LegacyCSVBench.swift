import ExpoModel
import Foundation

/// A synthetic exhibitor list as a German organiser's Excel saves it, to time `pavilion import`
/// on a legacy encoding: `pavilion-bench --write-legacy-csv list.csv --csv-rows 100000`.
///
/// Windows-1252 bytes, a title line above the header `Exhibitor;Country;Booth;Website;Products`,
/// semicolons, CRLF; names with umlauts and ß (`Müller & Söhne Maschinenbau Köln GmbH`), about
/// one row in seven a further booth of an earlier exhibitor, countries as names in English and
/// German (`Deutschland`, `"Korea, Republic of"`), booth cells with halls and several codes
/// (`Hall 17, Stand F60`, `Hall 7 - E374`, `N2215, F22`) and products split by `;` in quotes.
enum LegacyCSVBench {
    static let surnames = ["Müller", "Schäfer", "Köhler", "Weiß", "Groß", "Bäcker", "Fischer", "Schröder", "Krüger", "Hoffmann",
                           "Öztürk", "Jäger", "Löwe", "Günther", "Straßburger", "Lindemann", "Brückner", "Vogt", "Kühn", "Dörr",
                           "Wagner", "Zimmermann", "Hübner", "Schmitz"]
    static let joiners = ["& Söhne", "& Töchter", "und Partner", "Brüder", "", "& Co."]
    static let trades = ["Maschinenbau", "Präzisionstechnik", "Fördertechnik", "Kältetechnik", "Lebensmittel", "Verpackungen",
                         "Glashütte", "Stahlbau", "Oberflächentechnik", "Gießerei", "Armaturen", "Elektromotoren"]
    static let cities = ["Köln", "München", "Nürnberg", "Düsseldorf", "Lübeck", "Würzburg", "Saarbrücken", "Göttingen",
                         "Osnabrück", "Fürth", "Gießen", "Tübingen", "Dortmund", "Essen", "Bremen", "Kiel"]
    static let legal = ["GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "SE"]
    static let asianCities = ["Ningbo", "Shenzhen", "Qingdao", "Suzhou", "Busan", "Incheon", "Wuxi", "Changwon"]
    static let asianWords = ["Xinda", "Huali", "Jinma", "Daewon", "Hanil", "Sungwoo", "Tianyi", "Hyosung"]
    static let asianKinds = ["Machinery", "Electronics", "Hydraulics", "Precision", "Valve", "Motor"]
    static let asianLegal = ["Co., Ltd.", "Industrial Co., Ltd.", "Corp."]
    static let germanCountries = ["Germany", "Deutschland", "Germany", "DE", "Österreich", "Schweiz"]
    static let asianCountries = ["China", "China", "Korea, Republic of", "CN", "Südkorea"]
    static let products = ["Pumpen", "Ventile", "Förderbänder", "Kühlaggregate", "Präzisionsteile", "Gussteile", "Verpackungsmaschinen",
                           "Antriebe", "Getriebe", "Schweißtechnik", "Messgeräte", "Drehteile"]

    /// Writes `rows` rows to `path`.
    static func write(rows: Int, to path: String) throws {
        var rng = SplitMix64(seed: 2026)
        var text = "Ausstellerverzeichnis 2026\r\nExhibitor;Country;Booth;Website;Products\r\n"
        text.reserveCapacity(rows * 120)
        var exhibitors = 0
        for i in 0..<rows {
            // About one row in seven is another booth of an exhibitor listed earlier.
            let k: Int
            if exhibitors > 0 && rng.below(7) == 0 { k = rng.below(exhibitors) } else { k = exhibitors; exhibitors += 1 }
            let (name, country, site) = exhibitor(k)
            text += csvField(name) + ";" + csvField(country) + ";" + csvField(booth(i, &rng)) + ";" + site + ";"
            let first = rng.below(products.count), count = 1 + rng.below(3)
            text += csvField((0..<count).map { products[(first + $0 * 5) % products.count] }.joined(separator: "; ")) + "\r\n"
        }
        try Data(windows1252(text)).write(to: URL(fileURLWithPath: path))
    }

    /// Exhibitor `k`'s name, country and website: the same for the same `k`.
    static func exhibitor(_ k: Int) -> (name: String, country: String, website: String) {
        var r = SplitMix64(seed: UInt64(k) &* 0x9E37_79B9 &+ 17)
        if k % 5 == 4 {
            let word = r.pick(asianWords), city = r.pick(asianCities)
            let name = "\(city) \(word) \(r.pick(asianKinds)) \(r.pick(asianLegal))" + (k >= 1_000 ? " \(k / 1_000)" : "")
            return (name, r.pick(asianCountries), "www.\(word.lowercased())-\(k).com.cn")
        }
        let surname = r.pick(surnames), joiner = r.pick(joiners), trade = r.pick(trades)
        let parts = [surname, joiner, trade, r.pick(cities), r.pick(legal)].filter { !$0.isEmpty }
        let name = parts.joined(separator: " ") + (k >= 2_000 ? " Werk \(k / 2_000)" : "")
        return (name, r.pick(germanCountries), "https://www.\(ascii(trade.lowercased()))-\(k).de")
    }

    /// A booth cell in one of the forms organisers write.
    static func booth(_ i: Int, _ rng: inout SplitMix64) -> String {
        let letter = Character(Unicode.Scalar(UInt8(65 + rng.below(8))))
        switch rng.below(6) {
        case 0: return "Hall \(1 + rng.below(27)), Stand \(letter)\(rng.below(90))"
        case 1: return "Hall \(1 + rng.below(12)) - \(letter)\(100 + rng.below(900))"
        case 2: return "N\(1000 + rng.below(9000)), \(letter)\(rng.below(60))"
        case 3: return "Halle \(1 + rng.below(12)) Stand \(letter)\(rng.below(90))"
        default: return "\(letter)\(i % 10)-\(100 + rng.below(900))"
        }
    }

    /// `ä` → `ae`, `ß` → `ss`…, for host names.
    static func ascii(_ s: String) -> String {
        s.replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
    }

    /// A field quoted when it holds the delimiter or a quote.
    static func csvField(_ s: String) -> String {
        s.contains(";") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// The text's Windows-1252 bytes (the generator uses Latin-1 letters only).
    static func windows1252(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
    }
}
