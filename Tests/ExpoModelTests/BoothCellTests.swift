import Testing
@testable import ExpoModel

/// How booth cells are split into halls and codes (`BoothCell`), and which cells are placeholders.
@Suite struct BoothCellTests {
    typealias E = BoothCell.Entry

    static let cases: [(String, [E], String?)] = [
        // One code.
        ("A-101", [E(code: "A-101")], nil),
        ("14717d", [E(code: "14717d")], nil),
        ("G41/8", [E(code: "G41/8")], nil),
        ("A1/B2", [E(code: "A1/B2")], nil),
        // Hall and code in one cell.
        ("Hall 17, Stand F60", [E(hall: "17", code: "F60")], nil),
        ("Hall 7 - E374", [E(hall: "7", code: "E374")], nil),
        ("H7/E374", [E(hall: "7", code: "E374")], nil),
        ("Halle 3 Stand B12", [E(hall: "3", code: "B12")], nil),
        ("Hall 4.1 / Stand A20", [E(hall: "4.1", code: "A20")], nil),
        ("Hall A, Booth #12", [E(hall: "A", code: "12")], nil),
        ("Зал 2, Стенд 14", [E(hall: "2", code: "14")], nil),
        ("Open-air site (FG), Stand P36", [E(hall: "Open-air site (FG)", code: "P36")], nil),
        // Several booths.
        ("N2215, F22", [E(code: "N2215"), E(code: "F22")], nil),
        ("E1-0201, W5-0901", [E(code: "E1-0201"), E(code: "W5-0901")], nil),
        ("A1; A2", [E(code: "A1"), E(code: "A2")], nil),
        ("A1 / B2", [E(code: "A1"), E(code: "B2")], nil),
        ("A1 | A2\nA3", [E(code: "A1"), E(code: "A2"), E(code: "A3")], nil),
        ("Hall 17, Stand F60, Stand F61", [E(hall: "17", code: "F60"), E(hall: "17", code: "F61")], nil),
        ("Hall 1, Stand A1, Hall 2, Stand B2", [E(hall: "1", code: "A1"), E(hall: "2", code: "B2")], nil),
        // Notes: brackets and text after a booth.
        ("Hall 26, Stand E98, (26)", [E(hall: "26", code: "E98", note: "(26)")], nil),
        ("Hall 25, Stand B23, West cite, to the left of the Center Stage\n",
         [E(hall: "25", code: "B23", note: "West cite, to the left of the Center Stage")], nil),
        ("B12 (corner)", [E(code: "B12", note: "(corner)")], nil),
        // A hall with no code.
        ("Hall 5", [E(hall: "5")], nil),
        // No booth: text kept as the note.
        ("Digital Only", [], "Digital Only"),
        ("Online", [], "Online"),
        ("Exhibitor pre-registered - Hall and Booth No. to follow shortly", [], "Exhibitor pre-registered - Hall and Booth No. to follow shortly"),
        // Text with no digit and nothing else stays the code (a named place).
        ("Westgate Hospitality Suites", [E(code: "Westgate Hospitality Suites")], nil),
        ("Convention Center (CC)", [E(code: "Convention Center (CC)")], nil),
        // Placeholders name nothing.
        ("", [], nil), ("N/A", [], nil), ("TBA", [], nil), ("-", [], nil), ("NaN", [], nil), ("A1, N/A", [E(code: "A1")], nil),
    ]

    @Test(arguments: cases.indices)
    func splits(_ i: Int) {
        let (cell, booths, note) = Self.cases[i]
        let parsed = BoothCell(cell)
        #expect(parsed.booths == booths, "\(cell.debugDescription)")
        #expect(parsed.note == note, "\(cell.debugDescription)")
    }

    /// Words that look like labels but are not (`Hallmark`, `Standard`) are not read as labels.
    @Test func labelsNeedAWordBoundary() {
        #expect(BoothCell("Hallmark 3").booths == [E(code: "Hallmark 3")])
        #expect(BoothCell("Standard 12").booths == [E(code: "Standard 12")])
    }

    static let placeholders = ["NaN", "nan", "NA", "N/A", "n/a", "-", "—", "–", "null", "NULL", "none", "None", "No tel_number", "No website",
                               "no email", "TBA", "TBD", "to follow", "To Follow", "?", " n/a "]
    static let values = ["Nancy", "No Limits GmbH", "Nord", "Natalia", "Tbilisi", "-5", "A-1", "Novosibirsk", "None of the above Ltd", "?!Art", "No. 5"]

    @Test(arguments: placeholders)
    func placeholder(_ s: String) { #expect(Placeholder.isPlaceholder(s)) }

    @Test(arguments: values)
    func notPlaceholder(_ s: String) { #expect(!Placeholder.isPlaceholder(s)) }
}
