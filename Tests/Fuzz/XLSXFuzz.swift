// libFuzzer target: the Excel reader. The input is read as a workbook (ZIP archive) through the
// importer, and, since a mutated archive seldom passes its checksums, also as each XML part the
// reader parses (a sheet, the shared strings, the styles). Nothing may crash or hang, and every
// message is one line.
// Built by .ci/fuzz, not by SwiftPM: swiftc -sanitize=fuzzer,address with ExpoModel's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var options = CSVImporter.Options()
    options.sheet = size % 2 == 0 ? nil : "Sheet2"
    let result = CSVImporter(options: options).run(bytes, fileName: "fuzz.xlsx")
    for d in result.diagnostics where d.severity == .error {
        precondition(!d.message.contains("\n"), "a message of several lines: \(d.message)")
    }
    if let reader = try? XLSXReader(bytes) {
        for name in reader.sheetNames.prefix(3) { _ = try? reader.sheet(name) }
    }
    let styles = (try? XLSXStyles(bytes, part: "styles")) ?? XLSXStyles()
    let strings = (try? XLSXSharedStrings.read(bytes, part: "strings")) ?? []
    let context = XLSXCellValue.Context(sharedStrings: strings, styles: styles, date1904: size % 3 == 0)
    if let sheet = try? XLSXSheetReader(bytes, part: "sheet", context: context) {
        let merges = sheet.merges.map { ($0.firstRow, $0.lastRow, $0.firstColumn, $0.lastColumn) }
        _ = CSVImporter.fillingMerges(sheet.rows, merges)
    }
    return 0
}
