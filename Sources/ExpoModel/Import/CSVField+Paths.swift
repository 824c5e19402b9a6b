/// Recognition of JSON key paths (`booths.no`, `contact.website`) and of names tagged with a
/// language (`name_en`, `nameCn`, `english_name`), on top of the one synonym table
/// (`CSVField.synonyms`).
extension CSVField {
    /// The language a name column is tagged with.
    public enum NameLanguage: Sendable, Equatable {
        /// The name in English (`name_en`, `english_name`, `Company (English)`).
        case english
        /// The name in its own script (`name_cn`, `name_ru`, `chinese_name`).
        case local
    }

    /// Tags that make a name column the English one, folded.
    static let englishTags = ["english", "inenglish", "eng", "en", "英文", "английский", "англ"]
    /// Tags that make a name column the local one, folded.
    static let localTags = ["chinese", "russian", "local", "native", "original", "zhcn", "zh", "cn", "ru", "chs", "中文", "俄文", "русский", "китайский"]

    /// Keys of a booth object that hold its code (`booths.no`, `stands.number`), folded.
    static let boothCodeKeys: Set<String> = ["no", "nr", "num", "number", "code", "label", "name", "booth", "stand", "boothno", "standno",
                                             "boothnumber", "standnumber", "boothcode", "编号", "展位号", "номер"]
    /// Keys of an object that stands for one thing (a hall, a country, a sector) and holds its name, folded.
    static let valueKeys: Set<String> = ["name", "title", "label", "value", "text", "no", "nr", "number", "code", "名称", "название"]
    /// Keys of objects that wrap a record's own fields (`attributes.name` is the exhibitor's name), folded.
    static let wrapperKeys: Set<String> = ["attributes", "fields", "data", "info", "details", "properties", "basic", "basicinfo", "general",
                                           "main", "record", "item"]

    /// The field a column names, as `recognise` reads it, also reading a dotted JSON key path and
    /// a language-tagged local name; nil when it is not recognised.
    public static func recognise(column: String) -> CSVField? {
        if let f = recognise(column) { return f }
        if let f = recognise(path: column) { return f }
        return nameLanguage(column) == .local ? .localName : nil
    }

    /// The field a dotted key path names, matched on its last component with the one before it
    /// as context: `booths.no` and `stands.number` are booth codes, `booths.hall` a hall,
    /// `country.name` a country, `contact.website` a website, but `contact.name` is nobody's
    /// company name. Nil for a path without dots, or when not recognised.
    public static func recognise(path: String) -> CSVField? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty }), let last = parts.last else { return nil }
        let leaf = String(last)
        var parentKey = normalise(String(parts[parts.count - 2]))
        // A plural names an array of such objects: `stands.nr`, `halls.name`.
        if synonyms[parentKey] == nil, parentKey.hasSuffix("s"), synonyms[String(parentKey.dropLast())] != nil { parentKey.removeLast() }
        let leafKey = normalise(leaf)
        let leafField = recognise(leaf) ?? (nameLanguage(leaf) == .local ? .localName : nil)
        switch synonyms[parentKey] {
        case .code?:
            if boothCodeKeys.contains(leafKey) { return .code }
            return [.hall, .area, .code].contains(leafField) ? leafField : nil
        case .hall?, .country?, .sectors?, .delegation?, .expo?:
            return valueKeys.contains(leafKey) ? synonyms[parentKey] : (leafField == .name || leafField == .localName ? nil : leafField)
        case .name?:
            return leafField
        default:
            if wrapperKeys.contains(parentKey) { return leafField }
            // A contact's or an address's name is not the exhibitor's.
            return leafField == .name || leafField == .localName || leafField == .expo ? nil : leafField
        }
    }

    /// Whether a name column is tagged as the English or the local name: `name_en`, `nameEn`,
    /// `english_name`, `Company (English)` are English; `name_cn`, `chinese_name`, `Name (Russian)`
    /// local. Only the last component of a dotted path counts. Nil for anything else.
    public static func nameLanguage(_ header: String) -> NameLanguage? {
        let last = header.split(separator: ".").last.map(String.init) ?? header
        let open: Set<Character> = ["(", "（", "["], close: Set<Character> = [")", "）", "]"]
        if let i = last.firstIndex(where: { open.contains($0) }) {
            let inside = normalise(String(last[last.index(after: i)...].prefix { !close.contains($0) }))
            guard synonyms[normalise(String(last[..<i]))] == .name else { return nil }
            if englishTags.contains(inside) { return .english }
            return localTags.contains(inside) || localMarks.contains(inside) ? .local : nil
        }
        let key = normalise(last)
        if synonyms[key] != nil { return nil }
        for (tags, language) in [(englishTags, NameLanguage.english), (localTags, .local)] {
            for tag in tags where key.count > tag.count {
                if key.hasSuffix(tag), synonyms[String(key.dropLast(tag.count))] == .name { return language }
                if key.hasPrefix(tag), synonyms[String(key.dropFirst(tag.count))] == .name { return language }
            }
        }
        return nil
    }
}
