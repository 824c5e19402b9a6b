import Testing
@testable import ExpoModel

/// The CSV reader on each dialect and on broken input.
@Suite struct CSVReaderTests {
    func read(_ s: String, _ d: UInt8? = nil) -> (records: [CSVReader.Record], problems: [CSVReader.Problem], delimiter: UInt8) {
        CSVReader.read(Array(s.utf8), delimiter: d)
    }

    @Test func commaWithCRLFAndQuotes() {
        let r = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n3,4,5\r\n")
        #expect(r.problems.isEmpty)
        #expect(r.records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["3", "4", "5"]])
        #expect(r.records.map(\.line) == [1, 2, 4], "the record after a two-line field starts on line 4")
    }

    @Test func delimiterIsDetected() {
        #expect(read("a;b;c\n1;2;3\n").delimiter == UInt8(ascii: ";"))
        #expect(read("a\tb\n1\t2\n").delimiter == UInt8(ascii: "\t"))
        #expect(read("a,b\n1,2\n").delimiter == UInt8(ascii: ","))
        #expect(read("\"x;y\",b,c\n").delimiter == UInt8(ascii: ","), "delimiters inside quotes do not count")
        #expect(read("name\nx\n").delimiter == UInt8(ascii: ","))
    }

    @Test func bomLoneCRAndBlankLinesAreHandled() {
        let r = read("\u{FEFF}a;b\r1;2\n\n\n3;4\n\n\n")
        #expect(r.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(r.records.first?.fields.first == "a", "the BOM is not part of the first header")
    }

    @Test func lastLineWithoutNewline() {
        #expect(read("a,b\n1,2").records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func emptyFieldsAreKept() {
        #expect(read("a,b,c\n,,x\n").records.last?.fields == ["", "", "x"])
    }

    @Test func unterminatedQuoteIsReportedAndLaterRowsSurvive() {
        let r = read("a,b\n1,2\n\"x,3\n4,5\n6,7\n")
        #expect(r.problems.count == 1)
        #expect(r.problems.first?.line == 3)
        #expect(r.problems.first?.column == 1)
        #expect(r.problems.first?.message.contains("never closes") == true)
        let good = r.records.filter { !$0.broken }.map(\.fields)
        #expect(good == [["a", "b"], ["1", "2"], ["4", "5"], ["6", "7"]])
        #expect(r.records.filter(\.broken).map(\.line) == [3])
    }

    @Test func textAfterClosingQuoteBreaksOnlyThatRow() {
        let r = read("a,b\n1,\"x\"y\n3,4\n")
        #expect(r.problems.map(\.line) == [2])
        #expect(r.problems.first?.column == 2)
        #expect(r.records.map(\.broken) == [false, true, false])
        #expect(r.records.last?.fields == ["3", "4"])
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        var bytes = Array("a,b\n1,".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        let r = CSVReader.read(bytes)
        #expect(r.records.last?.fields.last == "\u{FFFD}\u{FFFD}")
        #expect(r.problems.first?.line == 2)
    }

    @Test func quotedFieldsHoldCyrillicAndChinese() {
        let r = read("name;local\n\"Байкал; ООО\";哈尔滨\n")
        #expect(r.records.last?.fields == ["Байкал; ООО", "哈尔滨"])
    }

    @Test func spacesBeforeAnOpeningQuoteAreSkipped() {
        let r = read("a, b\nAcme, \"A,1\"\n")
        #expect(r.problems.isEmpty)
        #expect(r.records.last?.fields == ["Acme", "A,1"])
    }
}
