/// What `xl/workbook.xml` and its relationships say: the sheets in order, where each is, the
/// date system, and where the shared strings and styles are.
struct XLSXWorkbook {
    /// A sheet: its name as shown on its tab and its part's path in the archive.
    struct Sheet: Equatable { var name: String; var path: String }

    var sheets: [Sheet] = []
    /// True when dates count from 1904-01-01 (older Mac workbooks), not from 1900.
    var date1904 = false
    var sharedStringsPath = "xl/sharedStrings.xml"
    var stylesPath = "xl/styles.xml"

    /// Reads the workbook part and its relationships from `package`.
    init(_ package: XLSXPackage) throws(ListReadError) {
        let workbookPath = Self.workbookPath(package)
        guard let workbook = try package.part(workbookPath) else {
            throw .unreadable("the file is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml); open the list in a spreadsheet and save it as .xlsx or CSV", position: nil)
        }
        let dir = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (dir.isEmpty ? "" : dir + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var targets: [String: String] = [:]
        if let rels = try package.part(relsPath) {
            var s = XMLScanner(rels, part: relsPath)
            while true {
                let t = try s.next()
                if t == .endOfDocument { break }
                guard t == .start, s.nameIs(Array("Relationship".utf8)), let id = s.attribute(Array("Id".utf8)),
                      let target = s.attribute(Array("Target".utf8)) else { continue }
                let path = Self.resolve(target, from: dir)
                targets[id] = path
                let type = s.attribute(Array("Type".utf8)) ?? ""
                if type.hasSuffix("/sharedStrings") { sharedStringsPath = path }
                if type.hasSuffix("/styles") { stylesPath = path }
            }
        }
        var s = XMLScanner(workbook, part: workbookPath)
        while true {
            let t = try s.next()
            if t == .endOfDocument { break }
            guard t == .start else { continue }
            if s.nameIs(Array("workbookPr".utf8)) {
                let v = s.attribute(Array("date1904".utf8))?.lowercased()
                date1904 = v == "1" || v == "true"
            } else if s.nameIs(Array("sheet".utf8)) {
                // A name is one line (Excel allows no control character in it).
                let raw = s.attribute(Array("name".utf8)) ?? "Sheet\(sheets.count + 1)"
                let name = String(String.UnicodeScalarView(raw.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
                let id = s.attribute(Array("id".utf8), anyPrefix: true) ?? ""
                let path = targets[id] ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
                sheets.append(Sheet(name: name, path: path))
            }
        }
        guard !sheets.isEmpty else { throw .unreadable("\(workbookPath): the workbook lists no sheet", position: nil) }
    }

    /// The workbook part: as `_rels/.rels` names it, else `xl/workbook.xml`.
    static func workbookPath(_ package: XLSXPackage) -> String {
        guard let rels = try? package.part("_rels/.rels") else { return "xl/workbook.xml" }
        var s = XMLScanner(rels, part: "_rels/.rels")
        while let t = try? s.next(), t != .endOfDocument {
            guard t == .start, s.nameIs(Array("Relationship".utf8)), (s.attribute(Array("Type".utf8)) ?? "").hasSuffix("/officeDocument"),
                  let target = s.attribute(Array("Target".utf8)) else { continue }
            let path = resolve(target, from: "")
            if package.contains(path) { return path }
        }
        return "xl/workbook.xml"
    }

    /// A relationship's target as a path from the package's root: absolute when it starts with
    /// `/`, else relative to `dir`, with `..` resolved.
    static func resolve(_ target: String, from dir: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : dir.split(separator: "/")
        let target = String(String.UnicodeScalarView(target.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The sheet called `name` (case-insensitive), or the first when `name` is nil.
    func sheet(named name: String?) throws(ListReadError) -> Sheet {
        guard let name else { return sheets[0] }
        let wanted = name.lowercased()
        if let s = sheets.first(where: { $0.name.lowercased() == wanted }) { return s }
        let names = sheets.prefix(20).map { "\"\($0.name)\"" }.joined(separator: ", ") + (sheets.count > 20 ? " and \(sheets.count - 20) more" : "")
        throw .unreadable("the workbook has no sheet called \"\(name)\"; its sheets are: " + names, position: nil)
    }
}
