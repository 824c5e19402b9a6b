extension CSVImporter {
    /// Reads a directory's JSON export (an array of records, top-level or under a key) as a table.
    func readDirectoryJSON(_ bytes: [UInt8]) throws(ListReadError) -> ListTable {
        throw .unreadable("JSON exhibitor lists are not read yet", position: nil)
    }
}
