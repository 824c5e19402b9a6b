import ExpoModel

/// Writes `pavilion search`'s booths as JSON, CSV or a table, one record at a time in ranked
/// order: nothing is built whole, so the first records leave at once (`| head` ends quickly)
/// and memory stays near that of the loaded catalogue.
struct SearchOutput {
    let catalog: Catalog
    /// The booth positions to write, best first.
    let booths: BoothList.SubSequence
    /// Scores, parallel to the search result's booths.
    let scores: [Int]

    /// A JSON array of {score, booth, exhibitor, expo, delegation}, written element by element.
    func writeJSON() {
        let writer = JSONWriter()
        var first = true
        for (n, i) in booths.enumerated() {
            let b = catalog.booths[i]
            let x: JSONValue = catalog.exhibitor(b.exhibitor).map { CatalogEncoder.json($0) } ?? .null
            let e: JSONValue = catalog.expo(b.expo).map { CatalogEncoder.json($0) } ?? .null
            let d: JSONValue = b.delegation.flatMap { catalog.delegation($0) }.map { CatalogEncoder.json($0) } ?? .null
            let item: JSONValue = .object([
                JSONMember(key: "score", node: JSONNode(.number(Double(scores[n]), isInteger: true))),
                JSONMember(key: "booth", node: JSONNode(CatalogEncoder.json(b))),
                JSONMember(key: "exhibitor", node: JSONNode(x)),
                JSONMember(key: "expo", node: JSONNode(e)),
                JSONMember(key: "delegation", node: JSONNode(d)),
            ])
            var text = first ? "[\n  " : ",\n  "
            writer.write(item, into: &text, level: 1)
            Console.write(text)
            // The first record leaves at once; later ones in the writer's blocks.
            if first { Console.flush() }
            first = false
        }
        Console.write(first ? "[]\n" : "\n]\n")
    }

    /// RFC 4180 CSV: a header, then a record per booth.
    func writeCSV(_ columns: [BoothColumn]) {
        Console.write(CSVLine.record(columns.map(\.csvName)))
        var first = true
        for i in booths {
            let b = catalog.booths[i]
            Console.write(CSVLine.record(columns.map { c in
                let cell = c.cell(b, catalog, csv: true)
                return c == .area ? cell : CSVLine.text(cell)
            }))
            if first { Console.flush() }
            first = false
        }
    }

    /// An aligned table: the columns are measured in a first pass over the booths, then the
    /// rows are written in a second, neither kept.
    func writeTable(_ columns: [BoothColumn]) {
        let t = Table(headers: columns.map(\.title), rightAligned: Set(columns.indices.filter { columns[$0] == .area }))
        let row = { (i: Int) in columns.map { $0.cell(catalog.booths[i], catalog, csv: false) } }
        let widths = t.columnWidths(booths.lazy.map(row))
        Console.out(t.line(t.headers, widths: widths))
        var first = true
        for i in booths {
            Console.out(t.line(row(i), widths: widths))
            if first { Console.flush() }
            first = false
        }
    }
}
