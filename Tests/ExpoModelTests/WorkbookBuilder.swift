import Foundation
import ZIPFoundation

/// Builds minimal .xlsx workbooks in memory for tests: the parts are written as XML text and
/// zipped with ZIPFoundation, the way Excel lays them out.
struct WorkbookBuilder {
    /// A sheet: its name and the XML inside `<sheetData>` (rows), plus anything after it
    /// (e.g. `<mergeCells>`).
    struct Sheet { var name: String; var rows: String; var after: String = "" }

    var sheets: [Sheet]
    /// `<si>` items, each given as its inner XML (`<t>A</t>` or rich runs).
    var sharedStrings: [String] = []
    /// Custom number formats: id → format code.
    var numFmts: [(Int, String)] = []
    /// The number format of each cell format (`s` index).
    var cellXfs: [Int] = [0]
    var date1904 = false
    /// Parts to replace or add, by path (raw bytes).
    var overrides: [String: [UInt8]] = [:]
    /// Parts to leave out.
    var omit: Set<String> = []

    init(sheets: [Sheet]) { self.sheets = sheets }

    /// One sheet called "Sheet1".
    init(rows: String, after: String = "") { sheets = [Sheet(name: "Sheet1", rows: rows, after: after)] }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts by path.
    var parts: [(String, String)] {
        var out: [(String, String)] = []
        out.append(("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#))
        out.append(("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(Self.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#))
        let sheetList = sheets.enumerated().map { #"<sheet name="\#($0.element.name)" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"# }.joined()
        out.append(("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.rel)"><workbookPr\#(date1904 ? #" date1904="1""# : "")/><sheets>\#(sheetList)</sheets></workbook>"#))
        var rels = sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="\#(Self.rel)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }
        rels.append(#"<Relationship Id="rIdS" Type="\#(Self.rel)/sharedStrings" Target="sharedStrings.xml"/>"#)
        rels.append(#"<Relationship Id="rIdY" Type="\#(Self.rel)/styles" Target="/xl/styles.xml"/>"#)
        out.append(("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels.joined())</Relationships>"#))
        for (i, s) in sheets.enumerated() {
            out.append(("xl/worksheets/sheet\(i + 1).xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + #"<worksheet xmlns="\#(Self.main)" xmlns:r="\#(Self.rel)">"# + "\n<sheetData>\(s.rows)</sheetData>\(s.after)</worksheet>"))
        }
        let sst = sharedStrings.map { "<si>\($0)</si>" }.joined()
        out.append(("xl/sharedStrings.xml", #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(Self.main)" count="\#(sharedStrings.count)">\#(sst)</sst>"#))
        let fmts = numFmts.map { #"<numFmt numFmtId="\#($0.0)" formatCode="\#(Self.escape($0.1))"/>"# }.joined()
        let xfs = cellXfs.map { #"<xf numFmtId="\#($0)" fontId="0" fillId="0" borderId="0" xfId="0"/>"# }.joined()
        out.append(("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(Self.main)"><numFmts count="\#(numFmts.count)">\#(fmts)</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="\#(cellXfs.count)">\#(xfs)</cellXfs></styleSheet>"#))
        return out
    }

    /// The workbook's bytes.
    func bytes() throws -> [UInt8] {
        var all: [(String, [UInt8])] = parts.filter { !omit.contains($0.0) && overrides[$0.0] == nil }.map { ($0.0, Array($0.1.utf8)) }
        all += overrides.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return try Self.zip(all)
    }

    /// A ZIP archive of `files`, deflated.
    static func zip(_ files: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, content) in files {
            let data = Data(content)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// A row of inline-string cells from column A: `<row r="N">…</row>`.
    static func row(_ n: Int, _ texts: [String]) -> String {
        let cells = texts.enumerated().map { i, t in
            t.isEmpty ? "" : #"<c r="\#(col(i + 1))\#(n)" t="inlineStr"><is><t>\#(t)</t></is></c>"#
        }.joined()
        return #"<row r="\#(n)">\#(cells)</row>"#
    }

    /// `s` as an XML attribute value.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// Column letters: 1 → A.
    static func col(_ c: Int) -> String {
        var c = c, s = ""
        while c > 0 { s = String(UnicodeScalar(UInt8(65 + (c - 1) % 26))) + s; c = (c - 1) / 26 }
        return s
    }
}
