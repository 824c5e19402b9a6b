import Testing
@testable import ExpoModel

/// Column names in the languages organisers use, case-, accent- and punctuation-insensitive.
@Suite struct CSVHeaderLanguageTests {
    static let cases: [(language: String, headers: [String: CSVField])] = [
        ("English", ["Company Name": .name, "Booth #": .code, "All Booths": .code, "Hall": .hall, "Country": .country,
                     "Company website": .website, "Description": .summary, "Area (m²)": .area]),
        ("German", ["Aussteller": .name, "Firma": .name, "Stand-Nr.": .code, "Halle": .hall, "Land": .country,
                    "Branche": .sectors, "Produkte": .products, "Beschreibung": .summary, "Webseite": .website, "Fläche": .area]),
        ("French", ["Exposant": .name, "Société": .name, "Numéro de stand": .code, "Pavillon": .hall, "Pays": .country,
                    "Secteur": .sectors, "Produits": .products, "Site web": .website, "Surface": .area]),
        ("Spanish", ["Expositor": .name, "Empresa": .name, "Pabellón": .hall, "País": .country, "Sector": .sectors,
                     "Productos": .products, "Descripción": .summary, "Sitio web": .website, "Superficie": .area]),
        ("Italian", ["Espositore": .name, "Azienda": .name, "Padiglione": .hall, "Paese": .country, "Settore": .sectors,
                     "Prodotti": .products, "Descrizione": .summary, "Sito web": .website]),
        ("Portuguese", ["Nome da empresa": .name, "Pavilhão": .hall, "Setor": .sectors, "Produtos": .products,
                        "Descrição": .summary]),
        ("Turkish", ["Firma Adı": .name, "Katılımcı": .name, "Stant No": .code, "Salon": .hall, "Ülke": .country,
                     "Sektör": .sectors, "Ürünler": .products, "Açıklama": .summary, "Web Sitesi": .website]),
        ("Russian", ["Компания": .name, "Экспонент": .name, "Стенд": .code, "Павильон": .hall, "Страна": .country,
                     "Отрасль": .sectors, "Продукция": .products, "Описание": .summary, "Сайт": .website, "Площадь": .area]),
        ("Chinese", ["参展商": .name, "公司名称": .name, "展位号": .code, "展馆": .hall, "国家": .country, "行业": .sectors,
                     "产品": .products, "简介": .summary, "网站": .website, "面积": .area]),
    ]

    @Test(arguments: cases.map(\.language))
    func everyLanguage(language: String) {
        let headers = Self.cases.first { $0.language == language }?.headers ?? [:]
        #expect(!headers.isEmpty)
        for (header, field) in headers {
            #expect(CSVField.recognise(header) == field, "\(language): \"\(header)\"")
            #expect(CSVField.recognise(header.uppercased()) == field, "\(language): \"\(header.uppercased())\" (case)")
        }
    }

    /// A parenthetical naming a script makes the name column the local name; other
    /// parentheticals are read apart.
    @Test func parentheticals() {
        #expect(CSVField.recognise("Company Name (Chinese)") == .localName)
        #expect(CSVField.recognise("公司名称（中文）") == .localName)
        #expect(CSVField.recognise("Exhibitor (Russian)") == .localName)
        #expect(CSVField.recognise("Company (EN)") == .name)
        #expect(CSVField.recognise("Area (sqm)") == .area)
        #expect(CSVField.recognise("Unknown (thing)") == nil)
    }

    @Test func foldingIsAccentAndPunctuationInsensitive() {
        #expect(CSVField.normalise("Société Générale") == "societegenerale")
        #expect(CSVField.normalise("Ülke / Açıklama") == "ulkeaciklama")
        #expect(CSVField.normalise("Fläche (m²)") == "flachem2")
        #expect(CSVField.normalise("Straße") == "strasse")
        #expect(CSVField.normalise("Объём") == "объем")
    }
}
