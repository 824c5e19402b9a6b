import Foundation
import ZIPFoundation

/// A synthetic Excel exhibitor list, to time `pavilion import LIST.xlsx` with `/usr/bin/time -v`:
/// `pavilion-bench --write-xlsx list.xlsx --xlsx-rows 100000`.
enum XLSXBench {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Writes a workbook of `rows` exhibitor rows (8 columns: shared strings, inline strings,
    /// integers, decimals and dates) under a title row and a header row.
    static func write(rows: Int, to path: String) throws {
        var strings: [String] = ["Company", "Booth", "Hall", "Area", "Country", "Sector", "Website", "Updated", "Exhibitor list (synthetic)"]
        let countries = ["Germany", "China", "United States", "France", "Japan"], sectors = ["Food", "Energy; Metals", "Packaging & Labels"]
        let fixed = strings.count
        strings += countries + sectors
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\#(main)"><sheetData>"#
        sheet += #"<row r="1"><c r="A1" t="s"><v>8</v></c></row><row r="3">"# + (0..<8).map { #"<c r="\#(Character(Unicode.Scalar(UInt8(65 + $0))))3" t="s"><v>\#($0)</v></c>"# }.joined() + "</row>"
        for i in 0..<rows {
            let r = i + 4
            strings.append("Company \(i) & Sons, Ltd")
            sheet += #"<row r="\#(r)" spans="1:8"><c r="A\#(r)" t="s"><v>\#(strings.count - 1)</v></c>"#
            sheet += i % 3 == 0 ? #"<c r="B\#(r)"><v>\#(1000 + i)</v></c>"# : #"<c r="B\#(r)" t="inlineStr"><is><t>N\#(i)</t></is></c>"#
            sheet += #"<c r="C\#(r)"><v>\#(i % 12 + 1)</v></c><c r="D\#(r)"><v>\#(Double(i % 90) + 9.5)</v></c>"#
            sheet += #"<c r="E\#(r)" t="s"><v>\#(fixed + i % countries.count)</v></c><c r="F\#(r)" t="s"><v>\#(fixed + countries.count + i % sectors.count)</v></c>"#
            sheet += #"<c r="G\#(r)" t="str"><f>"https://"&amp;A\#(r)</f><v>https://example.com/\#(i)</v></c><c r="H\#(r)" s="1"><v>\#(45_700 + i % 365)</v></c></row>"#
        }
        sheet += "</sheetData></worksheet>"
        let escaped = strings.map { $0.replacingOccurrences(of: "&", with: "&amp;") }
        let sst = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(main)">"# + escaped.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="\#(rel)"><sheets><sheet name="Exhibitors" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\#(rel)/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(main)"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#),
            ("xl/sharedStrings.xml", sst),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }
}
