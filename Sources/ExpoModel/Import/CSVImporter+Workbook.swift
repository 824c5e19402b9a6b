extension CSVImporter {
    /// Reads the first sheet of an Excel workbook (or `options.sheet`) as a table.
    func readWorkbook(_ bytes: [UInt8]) throws(ListReadError) -> ListTable {
        throw .unreadable("Excel workbooks are not read yet; save the sheet as CSV", position: nil)
    }
}
