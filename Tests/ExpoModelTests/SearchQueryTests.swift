import Testing
@testable import ExpoModel

private func terms(_ q: String) throws -> [[QueryTerm]] { try SearchQuery.parse(q).groups }

private func parseError(_ q: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
    do {
        let parsed = try SearchQuery.parse(q)
        Issue.record("\"\(q)\" parsed as \(parsed.groups)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error.message
    }
}

private func matches(_ q: String, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    do {
        return try SearchQuery.parse(q).match(SearchRecord(texts: texts)) != nil
    } catch {
        Issue.record("\"\(q)\" did not parse: \(error)", sourceLocation: sourceLocation)
        return false
    }
}

@Suite struct SearchQueryParseTests {
    @Test func fuzzyTerm() throws {
        #expect(try terms("harbin") == [[QueryTerm(kind: .text("harbin", .fuzzy))]])
    }

    @Test func modes() throws {
        #expect(try terms("'exact") == [[QueryTerm(kind: .text("exact", .exact))]])
        #expect(try terms("^pre") == [[QueryTerm(kind: .text("pre", .prefix))]])
        #expect(try terms("suf$") == [[QueryTerm(kind: .text("suf", .suffix))]])
        #expect(try terms("^whole$") == [[QueryTerm(kind: .text("whole", .whole))]])
    }

    @Test func negation() throws {
        #expect(try terms("!beer") == [[QueryTerm(kind: .text("beer", .fuzzy), negated: true)]])
        #expect(try terms("!'beer") == [[QueryTerm(kind: .text("beer", .exact), negated: true)]])
        #expect(try terms("!^beer") == [[QueryTerm(kind: .text("beer", .prefix), negated: true)]])
    }

    @Test func termsAreAndedAndBarsOr() throws {
        let a = QueryTerm(kind: .text("a", .fuzzy)), b = QueryTerm(kind: .text("b", .fuzzy)), c = QueryTerm(kind: .text("c", .fuzzy))
        #expect(try terms("a b c") == [[a], [b], [c]])
        #expect(try terms("a | b c") == [[a, b], [c]])
        #expect(try terms("a | b | c") == [[a, b, c]])
        #expect(try terms("c a|b") == [[c], [QueryTerm(kind: .text("a|b", .fuzzy))]])
        // Stray bars are ignored.
        #expect(try terms("| a |") == [[a]])
        #expect(try terms("  a \t b  ") == [[a], [b]])
    }

    @Test func emptyQueries() throws {
        for q in ["", "   ", "|", "country:"] {
            let parsed = try SearchQuery.parse(q)
            #expect(parsed.isEmpty, "\"\(q)\"")
            #expect(parsed.text == q)
        }
        #expect(try !SearchQuery.parse("x").isEmpty)
    }

    /// An operator alone is an error, the same for all four (it used to be: `$` text matching
    /// nothing, the others nothing at all, so everything matched).
    @Test(arguments: ["$", "^", "'", "!", "!'", "!^", "!$", "!!", "a $", "^ b"])
    func loneOperatorsAreErrors(query: String) throws {
        #expect(throws: QueryError.self, "\(query)") { _ = try SearchQuery.parse(query) }
        do {
            _ = try SearchQuery.parse(query)
        } catch {
            #expect(error.message.contains("alone has no word to act on"))
            #expect(error.message.contains("write '"))
        }
    }

    @Test func quotedOperatorsFindTheCharacter() throws {
        for op in ["$", "^", "'", "!"] {
            #expect(try terms("'" + op) == [[QueryTerm(kind: .text(op, .exact))]])
        }
        #expect(try terms("^$") == [[QueryTerm(kind: .text("$", .prefix))]])
        #expect(try terms("!'$") == [[QueryTerm(kind: .text("$", .exact), negated: true)]])
    }

    @Test func termsAndLengthAreCapped() throws {
        let many = (1...65).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: QueryError("the query has 65 terms; a query may have at most 64")) { _ = try SearchQuery.parse(many) }
        let pasted = Array(repeating: "word", count: 4_000).joined(separator: " ")
        #expect(throws: QueryError.self) { _ = try SearchQuery.parse(pasted) }
        #expect(try SearchQuery.parse((1...64).map { "w\($0)" }.joined(separator: " ")).groups.count == 64)
        let long = String(repeating: "x", count: 1_001)
        #expect(throws: QueryError("the query is 1,001 characters long; a query may have at most 1,000")) { _ = try SearchQuery.parse(long) }
        #expect(try SearchQuery.parse(String(repeating: "Ж", count: 1_000)).groups.count == 1)
    }

    @Test func fieldTerms() throws {
        #expect(try terms("country:ru") == [[QueryTerm(kind: .field(.country, "ru"))]])
        #expect(try terms("Sector:Alum") == [[QueryTerm(kind: .field(.sector, "Alum"))]])
        #expect(try terms("!kind:regional") == [[QueryTerm(kind: .field(.kind, "regional"), negated: true)]])
        for f in SearchField.allCases where !f.isNumeric {
            #expect(try terms("\(f.rawValue):x") == [[QueryTerm(kind: .field(f, "x"))]])
        }
    }

    @Test func quotedColonIsText() throws {
        #expect(try terms("'colour:red") == [[QueryTerm(kind: .text("colour:red", .exact))]])
    }

    @Test func comparisons() throws {
        #expect(try terms("area>=50") == [[QueryTerm(kind: .compare(.area, .greaterOrEqual, 50))]])
        #expect(try terms("area<=100") == [[QueryTerm(kind: .compare(.area, .lessOrEqual, 100))]])
        #expect(try terms("area>10.5") == [[QueryTerm(kind: .compare(.area, .greater, 10.5))]])
        #expect(try terms("area<20") == [[QueryTerm(kind: .compare(.area, .less, 20))]])
        #expect(try terms("area=84") == [[QueryTerm(kind: .compare(.area, .equal, 84))]])
        #expect(try terms("AREA>=1") == [[QueryTerm(kind: .compare(.area, .greaterOrEqual, 1))]])
        #expect(try terms("!area>50") == [[QueryTerm(kind: .compare(.area, .greater, 50), negated: true)]])
    }

    @Test func smartCaseFlag() throws {
        #expect(try terms("Harbin").first?.first?.caseSensitive == true)
        #expect(try terms("harbin").first?.first?.caseSensitive == false)
        #expect(try terms("Москва").first?.first?.caseSensitive == true)
        #expect(try terms("москва").first?.first?.caseSensitive == false)
        #expect(try terms("哈尔滨").first?.first?.caseSensitive == false)
        #expect(try terms("country:RU").first?.first?.caseSensitive == false)
    }
}

@Suite struct SearchQueryErrorTests {
    @Test func unknownField() {
        let m = parseError("colour:red")
        #expect(m?.contains("unknown field \"colour:\"") == true)
        #expect(m?.contains("country:") == true)
        #expect(m?.contains("'colour:") == true) // says how to search the text instead
    }

    @Test func unknownFieldInAComparison() {
        let m = parseError("size>=5")
        #expect(m?.contains("unknown field \"size\"") == true)
        #expect(m?.contains("area") == true)
    }

    @Test func comparisonWithANonNumber() {
        let m = parseError("area>=big")
        #expect(m == "\"area>=big\" compares with \"big\", which is not a number; write e.g. area>=50")
        #expect(parseError("area>=")?.contains("which is not a number") == true)
        #expect(parseError("area>>5")?.contains("which is not a number") == true)
        #expect(parseError("area=nan")?.contains("which is not a number") == true)
        #expect(parseError("area<inf")?.contains("which is not a number") == true)
    }

    @Test func comparingATextField() {
        #expect(parseError("name>3") == "\"name\" is not a number field; compare only area (area>=50) and date (date>=2017-06-16)")
    }

    @Test func areaAsAFieldTerm() {
        #expect(parseError("area:50") == "area is compared as a number: write area>=50, area<20 or area=84")
    }

    @Test func errorsDescribeThemselves() {
        let e = QueryError("boom")
        #expect(e.description == "boom")
    }
}

@Suite struct SearchQueryMatchTests {
    @Test func smartCase() {
        #expect(matches("harbin", ["Harbin Beer"]))
        #expect(matches("harbin", ["HARBIN BEER"]))
        #expect(matches("Harbin", ["Harbin Beer"]))
        #expect(!matches("Harbin", ["harbin beer"]))
        #expect(!matches("HARBIN", ["Harbin Beer"]))
        #expect(!matches("hARBIN", ["Harbin Beer"]))
    }

    @Test func diacriticsFold() {
        #expect(matches("e", ["é"]))
        #expect(matches("cafe", ["Café"]))
        #expect(matches("cafe", ["Cafe\u{301}"])) // decomposed
        #expect(matches("café", ["Cafe"]))
        #expect(matches("lodz", ["Łódź"]))
        #expect(matches("'sao paulo", ["São Paulo"]))
        #expect(matches("'sao", ["São Paulo"]))
        #expect(matches("oresund", ["Øresund"]))
        #expect(!matches("a", ["é"]))
    }

    @Test func cyrillicCaseAndYo() {
        #expect(matches("москва", ["МОСКВА"]))
        #expect(matches("москва", ["Москва"]))
        #expect(matches("Москва", ["Москва"]))
        #expect(!matches("Москва", ["МОСКВА"]))
        #expect(matches("ёлка", ["Елка"]))
        #expect(matches("елка", ["Ёлка"]))
        #expect(matches("елка", ["ёлка"]))
        #expect(matches("амур", ["Амурская область"]))
        #expect(!matches("амур", ["Amur"])) // no transliteration
    }

    @Test func cjk() {
        #expect(matches("哈尔滨", ["哈尔滨啤酒"]))
        #expect(matches("啤酒", ["哈尔滨啤酒"]))
        #expect(matches("哈酒", ["哈尔滨啤酒"]))
        #expect(!matches("'哈酒", ["哈尔滨啤酒"]))
        #expect(!matches("酒哈", ["哈尔滨啤酒"]))
        #expect(matches("^哈尔", ["哈尔滨啤酒"]))
        #expect(matches("啤酒$", ["哈尔滨啤酒"]))
    }

    @Test func modesMatch() {
        #expect(matches("'bin b", ["Harbin Beer"])) // 'bin and b
        #expect(matches("'rbin", ["Harbin Beer"]))
        #expect(!matches("'hbr", ["Harbin Beer"]))
        #expect(matches("hbr", ["Harbin Beer"]))
        #expect(matches("^har", ["Harbin Beer"]))
        #expect(!matches("^beer", ["Harbin Beer"]))
        #expect(matches("beer$", ["Harbin Beer"]))
        #expect(!matches("harbin$", ["Harbin Beer"]))
        #expect(matches("^harbin beer$", ["Harbin Beer"])) // two terms: "^harbin" and "beer$"
        #expect(matches("^lager$", ["Harbin Beer", "lager"]))
        #expect(!matches("^lage$", ["Harbin Beer", "lager"]))
    }

    @Test func negationAndOr() {
        #expect(!matches("!beer", ["Harbin Beer"]))
        #expect(matches("!vodka", ["Harbin Beer"]))
        #expect(matches("vodka | beer", ["Harbin Beer"]))
        #expect(!matches("vodka | wine", ["Harbin Beer"]))
        #expect(matches("harbin !vodka", ["Harbin Beer"]))
        #expect(!matches("harbin !'beer", ["Harbin Beer"]))
    }

    @Test func emptyQueryMatchesEverything() throws {
        let m = try SearchQuery.parse("").match(SearchRecord(texts: ["anything"]))
        #expect(m == SearchMatch(score: 0, namePositions: []))
    }

    @Test func fieldTermsMatchTheirAttributeOnly() throws {
        let rec = SearchRecord(texts: ["Amur Timber", "RU"], attributes: [.country: ["RU"], .sector: ["Forestry", "Timber"]])
        #expect(try SearchQuery.parse("country:ru").match(rec) != nil)
        #expect(try SearchQuery.parse("country:RU").match(rec) != nil)
        #expect(try SearchQuery.parse("country:cn").match(rec) == nil)
        #expect(try SearchQuery.parse("!country:cn").match(rec) != nil)
        #expect(try SearchQuery.parse("sector:fore").match(rec) != nil)
        #expect(try SearchQuery.parse("sector:frst").match(rec) == nil) // field values match as substrings
        #expect(try SearchQuery.parse("hall:ru").match(rec) == nil) // no hall at all
        #expect(try SearchQuery.parse("!hall:ru").match(rec) != nil)
    }

    @Test func comparisonsMatchNumbers() throws {
        let rec = SearchRecord(texts: ["Vi Holding Group"], numbers: [.area: 84])
        let none = SearchRecord(texts: ["Vi Holding Group"])
        for (q, want) in [("area>=84", true), ("area>84", false), ("area<=84", true), ("area<84", false),
                          ("area=84", true), ("area=84.5", false), ("area>=50", true), ("area<50", false)] {
            #expect((try SearchQuery.parse(q).match(rec) != nil) == want, "\(q)")
            #expect(try SearchQuery.parse(q).match(none) == nil, "\(q) on a record without area")
        }
        #expect(try SearchQuery.parse("!area>=50").match(none) != nil)
        #expect(try SearchQuery.parse("!area>=50").match(rec) == nil)
    }

    @Test func namePositionsAreGraphemeIndices() throws {
        let rec = SearchRecord(texts: ["Cafe\u{301} Moskva"])
        #expect(try SearchQuery.parse("mos").match(rec)?.namePositions == [5, 6, 7])
        #expect(try SearchQuery.parse("'cafe").match(rec)?.namePositions == [0, 1, 2, 3])
        let family = SearchRecord(texts: ["👨‍👩‍👧 Shop"])
        #expect(try SearchQuery.parse("shop").match(family)?.namePositions == [2, 3, 4, 5])
        let cjk = SearchRecord(texts: ["哈尔滨啤酒"])
        #expect(try SearchQuery.parse("啤酒").match(cjk)?.namePositions == [3, 4])
    }

    @Test func namePositionsOfSeveralTermsAreMerged() throws {
        let rec = SearchRecord(texts: ["Vi Holding Group"])
        #expect(try SearchQuery.parse("'vi 'group").match(rec)?.namePositions == [0, 1, 11, 12, 13, 14, 15])
        #expect(try SearchQuery.parse("'hold").match(rec)?.namePositions == [3, 4, 5, 6])
    }

    @Test func matchesInOtherFieldsDoNotHighlightTheName() throws {
        let rec = SearchRecord(texts: ["Vi Holding Group", "aluminium"])
        let m = try SearchQuery.parse("'alumin").match(rec)
        #expect(m != nil)
        #expect(m?.namePositions == [])
    }

    @Test func nameScoresAboveOtherFields() throws {
        let q = try SearchQuery.parse("'timber")
        let inName = try #require(q.match(SearchRecord(texts: ["Timber", "x"])))
        let inOther = try #require(q.match(SearchRecord(texts: ["x", "Timber"])))
        #expect(inName.score > inOther.score)
    }
}
