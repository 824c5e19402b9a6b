import Foundation

/// The catalogue field a CSV column feeds.
public enum CSVField: String, Sendable, CaseIterable {
    /// Exhibitor name (required).
    case name
    /// Exhibitor name in its own script.
    case localName = "local_name"
    /// Booth code or label.
    case code
    /// Hall or pavilion.
    case hall
    /// Booth area in square metres.
    case area
    /// Country, as an ISO code or a name.
    case country
    /// Sectors or categories (split on `;` or `|`).
    case sectors
    /// Products (split on `;` or `|`).
    case products
    /// Description, kept as the booth's summary.
    case summary
    /// Website.
    case website
    /// Delegation or region.
    case delegation
    /// The expo, when one file covers several.
    case expo
    /// Keep the column as an extra field (the default for unknown headers).
    case extra
    /// Drop the column.
    case ignore

    /// Header spellings recognised case-, accent- and punctuation-insensitively, in the
    /// languages organisers use: English, German, French, Spanish, Italian, Portuguese, Turkish,
    /// Russian and Chinese. Keep every spelling here, in its folded form (`normalise`).
    static let synonyms: [String: CSVField] = {
        var t: [String: CSVField] = [:]
        let table: [(CSVField, [String])] = [
            (.name, ["company", "exhibitor", "name", "companyname", "exhibitorname", "organisation", "organization", "firm",
                     "firma", "firmenname", "aussteller", "ausstellername", "unternehmen",           // de
                     "exposant", "entreprise", "societe", "raisonsociale", "nomdelentreprise",      // fr
                     "expositor", "empresa", "nombre", "nombredelaempresa", "razonsocial",          // es, pt
                     "espositore", "azienda", "ragionesociale", "nomeazienda",                      // it
                     "nomedaempresa", "expositores",                                                // pt
                     "firmaadi", "katilimci", "sirket", "sirketadi",                                // tr
                     "компания", "экспонент", "участник", "название", "наименование", "организация", // ru
                     "参展商", "公司名称", "公司", "展商名称", "企业名称", "参展企业", "展商"]),           // zh
            (.localName, ["localname", "nativename", "originalname"]),
            (.code, ["booth", "booths", "allbooths", "stand", "boothlabel", "boothno", "boothnumber", "boothcode", "standno", "standnumber",
                     "standnr", "standnummer", "numerodestand", "numerostand", "puesto", "stant", "stantno",
                     "стенд", "номерстенда", "展位号", "展位", "展台号"]),
            (.hall, ["hall", "pavilion", "hallname", "halle", "hallenr", "salon", "pavillon", "pabellon", "padiglione", "pavilhao",
                     "salonno", "зал", "павильон", "展馆", "展厅", "馆号"]),
            (.area, ["area", "size", "m2", "sqm", "aream2", "areasqm", "boothsize", "boothaream2", "flache", "surface", "superficie",
                     "alan", "площадь", "面积"]),
            (.country, ["country", "countrycode", "land", "pays", "pais", "paese", "ulke", "страна", "国家", "国家地区", "国别"]),
            (.sectors, ["category", "categories", "sector", "sectors", "industry", "branche", "sektor", "secteur", "secteurs",
                        "categorie", "categoria", "settore", "setor", "отрасль", "сектор", "категория", "行业", "类别", "领域"]),
            (.products, ["products", "product", "produkte", "produits", "productos", "prodotti", "produtos", "urunler",
                         "продукция", "товары", "产品", "展品"]),
            (.summary, ["description", "summary", "about", "profile", "beschreibung", "descripcion", "descrizione", "descricao",
                        "aciklama", "описание", "简介", "介绍", "描述", "企业简介"]),
            (.website, ["website", "web", "url", "homepage", "companywebsite", "webseite", "internet", "siteweb", "siteinternet",
                        "sitioweb", "paginaweb", "sitoweb", "site", "websitesi", "сайт", "网站", "网址", "官网"]),
            (.delegation, ["delegation", "region", "delegacion", "delegazione", "делегация", "регион", "代表团", "地区"]),
            (.expo, ["expo", "event", "fair", "show", "edition", "messe", "feria", "fiera", "fuar", "выставка", "展会"]),
        ]
        for (f, names) in table { for n in names { t[n] = f } }
        return t
    }()

    /// Parentheticals that make a name column the name in its own script: "Company (Chinese)".
    static let localMarks: Set<String> = ["chinese", "russian", "local", "native", "original", "中文", "俄文", "русский", "китайский"]

    /// The header folded for matching: lower-case letters and digits only, accents dropped
    /// ("Booth No." → "boothno", "Société" → "societe", "m²" → "m2", "Ülke" → "ulke").
    public static func normalise(_ header: String) -> String {
        var out = ""
        for ch in header.lowercased() {
            switch ch {
            case "²": out.append("2"); continue
            case "ı": out.append("i"); continue
            case "ß": out.append("ss"); continue
            case "ё": out.append("е"); continue
            default: break
            }
            guard ch.isLetter || ch.isNumber else { continue }
            // Accents: the base letter of a decomposed Latin letter.
            if let first = ch.unicodeScalars.first, first.value >= 0xC0, first.value < 0x250 {
                let base = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init) ?? ch
                out.append(base)
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// The field a header names, or nil when it is not recognised. A parenthetical is read
    /// apart ("Company Name (Chinese)" is the local name; "Area (m²)" is the area).
    public static func recognise(_ header: String) -> CSVField? {
        if let f = synonyms[normalise(header)] { return f }
        let open: Set<Character> = ["(", "（", "["], close: Set<Character> = [")", "）", "]"]
        guard let i = header.firstIndex(where: { open.contains($0) }) else { return nil }
        let base = normalise(String(header[..<i]))
        let inside = normalise(String(header[header.index(after: i)...].prefix { !close.contains($0) }))
        let field = synonyms[base]
        if field == .name, localMarks.contains(inside) { return .localName }
        return field ?? synonyms[base + inside]
    }
}
