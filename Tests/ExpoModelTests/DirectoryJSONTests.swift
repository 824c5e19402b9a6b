import Foundation
import Testing
@testable import ExpoModel

private func node(_ text: String) throws -> JSONNode {
    var p = JSONParser()
    return try p.parse(Array(text.utf8))
}

private func readError(_ body: () throws(ListReadError) -> Void) -> String? {
    do { try body() } catch { return error.description }
    return nil
}

/// Finding the record array of a directory's JSON export.
@Suite struct JSONRecordFinderTests {
    @Test func topLevelArray() throws {
        let f = try JSONRecordFinder.find(try node(#"[{"name": "A"}, {"name": "B"}]"#))
        #expect(f.path == "")
        #expect(f.records.count == 2)
        #expect(f.how == "the top-level array")
    }

    @Test(arguments: ["exhibitors", "data", "items", "results", "records"])
    func underARecordKey(key: String) throws {
        // A larger array of objects elsewhere does not win over a key that names records.
        let text = #"{"total": 2, "facets": [{"n": 1}, {"n": 2}, {"n": 3}], "\#(key)": [{"name": "A"}, {"name": "B"}]}"#
        let f = try JSONRecordFinder.find(try node(text))
        #expect(f.path == key)
        #expect(f.records.count == 2)
    }

    @Test func oneLevelDown() throws {
        let f = try JSONRecordFinder.find(try node(#"{"meta": {"page": 1}, "data": {"items": [{"name": "A"}]}}"#))
        #expect(f.path == "data.items")
        #expect(f.how == "\"data.items\"")
    }

    @Test func largestArrayOfObjectsOtherwise() throws {
        let text = #"{"tags": [{"t": 1}], "payload": {"companies_2024": [{"name": "A"}, {"name": "B"}, {"name": "C"}]}, "labels": ["x", "y", "z", "w"]}"#
        let f = try JSONRecordFinder.find(try node(text))
        #expect(f.path == "payload.companies_2024")
        #expect(f.records.count == 3)
        #expect(f.how.contains("the largest array of objects"))
    }

    @Test func whatIsNoRecordArray() throws {
        let strings = try node(#"["Acme", "Globex"]"#)
        #expect(readError { () throws(ListReadError) in _ = try JSONRecordFinder.find(strings) }
            == "the top-level JSON array holds strings, not records (objects with keys such as name and booth)")
        let empty = try node("[]")
        #expect(readError { () throws(ListReadError) in _ = try JSONRecordFinder.find(empty) } == "the top-level JSON array is empty: there are no records to import")
        let none = try node(#"{"total": 3, "exhibitor": {"name": "Acme"}, "tags": ["a"]}"#)
        #expect(readError { () throws(ListReadError) in _ = try JSONRecordFinder.find(none) }?.hasPrefix("no array of records found") == true)
        let emptyKey = try node(#"{"exhibitors": []}"#)
        #expect(readError { () throws(ListReadError) in _ = try JSONRecordFinder.find(emptyKey) } == "\"exhibitors\" is an empty array: there are no records to import")
        let number = try node("42")
        #expect(readError { () throws(ListReadError) in _ = try JSONRecordFinder.find(number) } == "the JSON holds a number, not records (an array of objects)")
    }
}

/// Flattening records into rows of dotted-path cells.
@Suite struct JSONRecordFlattenerTests {
    func rows(_ text: String, expand: String? = nil) throws -> [[String: String]] {
        let rows = try #require(JSONRecordFlattener(expand: expand).rows(try node(text)))
        return rows.map { Dictionary($0.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a }) }
    }

    @Test func nestedObjectsGiveDottedPathsInOrder() throws {
        let r = try #require(JSONRecordFlattener(expand: nil).rows(try node(#"{"name": "A", "contact": {"website": "a.com", "phone": {"main": "1"}}}"#)))
        #expect(r.count == 1)
        #expect(r[0].map(\.path) == ["name", "contact.website", "contact.phone.main"])
        #expect(r[0].map(\.text) == ["A", "a.com", "1"])
    }

    @Test func scalarsAsText() throws {
        let r = try rows(#"{"n": 42, "x": 84.5, "big": 1e20, "neg": -3, "yes": true, "no": false, "none": null, "s": "t"}"#)
        #expect(r == [["n": "42", "x": "84.5", "big": "1e+20", "neg": "-3", "yes": "true", "no": "false", "none": "", "s": "t"]])
    }

    @Test func arrayOfStringsIsOneCellJoined() throws {
        let r = try rows(#"{"name": "A", "sectors": ["AI", "", "Robots", ["Chips"]], "empty": []}"#)
        #expect(r == [["name": "A", "sectors": "AI; Robots; Chips"]])
    }

    @Test func arrayOfObjectsGivesOneRowPerElement() throws {
        let text = #"{"name": "A", "booths": [{"no": "H1-1", "hall": "H1"}, {"no": "H2-9", "hall": "H2", "venue": "Expo"}], "role": "x"}"#
        let r = try rows(text, expand: "booths")
        #expect(r == [["name": "A", "role": "x", "booths.no": "H1-1", "booths.hall": "H1"],
                      ["name": "A", "role": "x", "booths.no": "H2-9", "booths.hall": "H2", "booths.venue": "Expo"]])
    }

    @Test func emptyOrMissingBoothArrayGivesOneRow() throws {
        #expect(try rows(#"{"name": "A", "booths": []}"#, expand: "booths") == [["name": "A"]])
        #expect(try rows(#"{"name": "A"}"#, expand: "booths") == [["name": "A"]])
    }

    @Test func otherArraysOfObjectsAreJoinedPerPath() throws {
        let text = #"{"name": "A", "contacts": [{"name": "Ann", "mail": "a@x"}, {"name": "Bob"}], "booths": [{"no": "1"}]}"#
        let r = try rows(text, expand: "booths")
        #expect(r == [["name": "A", "contacts.name": "Ann; Bob", "contacts.mail": "a@x", "booths.no": "1"]])
    }

    @Test func mixedArrays() throws {
        // Scalars beside the booth objects stay in one cell at the array's path.
        let r = try rows(#"{"name": "A", "booths": ["B-7", {"no": "C-1"}, 12]}"#, expand: "booths")
        #expect(r == [["name": "A", "booths": "B-7; 12", "booths.no": "C-1"]])
    }

    @Test func aRecordThatIsNotAnObjectHasNoRows() throws {
        #expect(JSONRecordFlattener(expand: nil).rows(try node(#""Acme""#)) == nil)
    }

    @Test func boothArrayIsChosenByNameByKeysOrByMapping() throws {
        let records = try node(#"[{"name": "A", "contacts": [{"name": "Ann"}], "booths": [{"no": "1"}]}]"#)
        guard case .array(let r1) = records.value else { Issue.record("not an array"); return }
        #expect(JSONRecordFlattener.boothArray(in: r1) == "booths")
        let located = try node(#"[{"name": "A", "locations": [{"hall": "H1", "ref": "7"}]}]"#)
        guard case .array(let r2) = located.value else { Issue.record("not an array"); return }
        #expect(JSONRecordFlattener.boothArray(in: r2) == "locations")
        let plain = try node(#"[{"name": "A", "spots": [{"ref": "7"}], "contacts": [{"name": "Ann"}]}]"#)
        guard case .array(let r3) = plain.value else { Issue.record("not an array"); return }
        #expect(JSONRecordFlattener.boothArray(in: r3) == nil)
        #expect(JSONRecordFlattener.boothArray(in: r3, mapped: ["spotsref"]) == "spots")
    }
}

/// Recognising dotted paths and language-tagged names.
@Suite struct JSONPathRecognitionTests {
    @Test(arguments: [
        ("booths.no", CSVField.code), ("booths.number", .code), ("booths.code", .code), ("stands.nr", .code), ("booth.hall", .hall),
        ("booths.hall", .hall), ("booths.area", .area), ("contact.website", .website), ("company.name", .name),
        ("attributes.name", .name), ("country.name", .country), ("country.code", .country), ("industry.name", .sectors),
        ("address.country", .country), ("hall.name", .hall), ("name_cn", .localName), ("company.nameZh", .localName),
    ])
    func recognised(path: String, field: CSVField) {
        #expect(CSVField.recognise(column: path) == field)
    }

    @Test(arguments: ["contact.name", "contact.company", "booths.venue", "booths.district", "address.city", "Booth No..x", "halls"])
    func notRecognised(path: String) {
        #expect(CSVField.recognise(column: path) == nil)
    }

    @Test func csvHeadersWithDotsAreReadAsBefore() {
        #expect(CSVField.recognise(column: "Booth No.") == .code)
        #expect(CSVField.recognise(column: "Stand Nr.") == .code)
    }

    @Test(arguments: [
        ("name_en", CSVField.NameLanguage.english), ("nameEn", .english), ("english_name", .english), ("company_name_en", .english),
        ("Company (English)", .english), ("data.name_en", .english), ("name_cn", .local), ("chinese_name", .local),
        ("Name (Russian)", .local), ("nameZh", .local),
    ])
    func nameLanguages(header: String, language: CSVField.NameLanguage) {
        #expect(CSVField.nameLanguage(header) == language)
    }

    @Test(arguments: ["name", "unternehmen", "hall_en", "en", "website"])
    func notNameLanguages(header: String) {
        #expect(CSVField.nameLanguage(header) == nil)
    }
}
