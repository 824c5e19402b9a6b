/// `xl/sharedStrings.xml`: the workbook's table of texts, which cells of type `s` point into
/// by index. A rich text's runs (`<r><t>…</t></r>`) are joined; phonetic guides (`<rPh>`, the
/// readings Japanese Excel adds above kanji) are left out.
enum XLSXSharedStrings {
    /// Reads the table.
    static func read(_ bytes: [UInt8], part: String) throws(ListReadError) -> [String] {
        var strings: [String] = []
        var s = XMLScanner(bytes, part: part)
        var text: [UInt8] = []
        var inItem = false, capture = false, phonetic = 0
        let si = Array("si".utf8), t = Array("t".utf8), rPh = Array("rPh".utf8)
        while true {
            switch try s.next() {
            case .endOfDocument: return strings
            case .start:
                if s.nameIs(si) {
                    inItem = true
                    text.removeAll(keepingCapacity: true)
                } else if s.nameIs(rPh) {
                    phonetic += 1
                } else if inItem, phonetic == 0, s.nameIs(t) {
                    capture = true
                }
            case .end:
                if s.nameIs(si) {
                    strings.append(String(decoding: XMLText.unescapeOffice(text), as: UTF8.self))
                    inItem = false
                } else if s.nameIs(rPh) {
                    phonetic -= 1
                } else if s.nameIs(t) {
                    capture = false
                }
            case .text:
                if capture { try s.appendText(to: &text) }
            }
        }
    }
}
