import Testing
@testable import ExpoModel

/// Parses `bytes` expecting a syntax error; returns the error and its line:column.
private func syntaxError(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> (message: String, position: String)? {
    var parser = JSONParser()
    do {
        let node = try parser.parse(bytes)
        Issue.record("expected a syntax error, parsed \(node.value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return (error.message, LineMap(bytes).position(of: error.offset).description)
    }
}

private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (message: String, position: String)? {
    syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
}

private func parse(_ text: String) throws -> JSONNode {
    var parser = JSONParser()
    return try parser.parse(Array(text.utf8))
}

@Suite struct JSONParserValidTests {
    @Test func parsesEveryKindOfValue() throws {
        let root = try parse(#"{"a": [1, -2.5, true, false, null, "x\n\u00e9\ud83d\ude00\/"], "b": {}, "c": 1e2}"#)
        guard case let .object(members) = root.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b", "c"])
        guard case let .array(items) = members[0].node.value else { Issue.record("a is not an array"); return }
        #expect(items.map(\.value) == [
            .number(1, isInteger: true), .number(-2.5, isInteger: false), .bool(true), .bool(false), .null,
            .string("x\né😀/"),
        ])
        #expect(members[1].node.value == .object([]))
        #expect(members[2].node.value == .number(100, isInteger: false))
    }

    @Test func recordsByteOffsetsOfKeysAndValues() throws {
        // Offsets are in bytes: "é" takes two.
        let root = try parse("{\"é\": [10, \"v\"]}")
        guard case let .object(members) = root.value, let m = members.first else { Issue.record("not an object"); return }
        #expect(root.offset == 0)
        #expect(m.keyOffset == 1)
        #expect(m.node.offset == 7)
        guard case let .array(items) = m.node.value else { Issue.record("not an array"); return }
        #expect(items.map(\.offset) == [8, 12])
    }

    @Test func keepsDuplicateKeysInFileOrder() throws {
        // The parser keeps them; the decoder reports them.
        let root = try parse(#"{"k": 1, "k": 2}"#)
        guard case let .object(members) = root.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["k", "k"])
    }

    @Test func integersAndFractionsAreTold() throws {
        #expect(try parse("0").value == .number(0, isInteger: true))
        #expect(try parse("-0").value == .number(0, isInteger: true))
        #expect(try parse("1.0").value == .number(1, isInteger: false))
        #expect(try parse("12345678901234567890").value == .number(Double("12345678901234567890")!, isInteger: true))
        #expect(try parse("2.5E-3").value == .number(0.0025, isInteger: false))
    }

    @Test func acceptsWhitespaceAroundTheValue() throws {
        #expect(try parse(" \t\r\n[ ]\r\n ").value == .array([]))
    }

    @Test func skipsAByteOrderMark() throws {
        var parser = JSONParser()
        let node = try parser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(parser.skippedByteOrderMark)
        #expect(node.offset == 3)
        #expect(node.value == .array([JSONNode(.number(1, isInteger: true), offset: 4)]))
        _ = try parser.parse(Array("[1]".utf8))
        #expect(!parser.skippedByteOrderMark)
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = JSONParser.maxDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try parse(text)
    }
}

@Suite struct JSONParserErrorTests {
    @Test func emptyFile() {
        let e = syntaxError([])
        #expect(e?.message == "the file is empty")
        #expect(e?.position == "1:1")
    }

    @Test func whitespaceOnly() {
        let e = syntaxError("\n\n  ")
        #expect(e?.message == "the file holds no JSON value")
        #expect(e?.position == "3:3")
    }

    @Test func byteOrderMarkAlone() {
        let e = syntaxError([0xEF, 0xBB, 0xBF])
        #expect(e?.message == "the file holds no JSON value")
    }

    @Test func truncatedInsideAnArray() {
        let e = syntaxError("{\n  \"a\": [1,")
        #expect(e?.message == "unexpected end of file: a value was expected")
        #expect(e?.position == "2:11")
    }

    @Test func truncatedInsideAnObject() {
        let e = syntaxError("{\n  \"a\": 1\n")
        #expect(e?.message == "unexpected end of file inside an object: expected ',' or '}'")
        #expect(e?.position == "3:1")
    }

    @Test func truncatedAfterAnArrayItem() {
        let e = syntaxError("[\n  1")
        #expect(e?.message == "unexpected end of file inside an array: expected ',' or ']'")
        #expect(e?.position == "2:4")
    }

    @Test func trailingCommaInAnArray() {
        let e = syntaxError("[\n  1,\n  2,\n]")
        #expect(e?.message == "trailing comma before ']'")
        #expect(e?.position == "4:1")
    }

    @Test func trailingCommaInAnObject() {
        let e = syntaxError("{\n  \"a\": 1,\n  }")
        #expect(e?.message == "trailing comma before '}'")
        #expect(e?.position == "3:3")
    }

    @Test func missingColon() {
        let e = syntaxError("{\n  \"a\" 1}")
        #expect(e?.message == "expected ':' after the key \"a\"")
        #expect(e?.position == "2:7")
    }

    @Test func unquotedKey() {
        let e = syntaxError("{\n  a: 1}")
        #expect(e?.message == "unexpected character 'a': an object key in double quotes was expected")
        #expect(e?.position == "2:3")
    }

    @Test func missingCommaBetweenItems() {
        let e = syntaxError("[1\n 2]")
        #expect(e?.message == "unexpected character '2': expected ',' or ']'")
        #expect(e?.position == "2:2")
    }

    @Test(arguments: [("tru", "true"), ("nul", "null"), ("fals", "false"), ("trUe", "true")])
    func badLiteral(written: String, meant: String) {
        let e = syntaxError("{\n  \"a\": \(written)\n}")
        #expect(e?.message == "invalid literal: expected '\(meant)'")
        #expect(e?.position == "2:8")
    }

    @Test func capitalisedLiteral() {
        let e = syntaxError("[\n  True]")
        #expect(e?.message == "unexpected character 'T': a value was expected")
        #expect(e?.position == "2:3")
    }

    @Test(arguments: ["NaN", "Infinity"])
    func nonFiniteLiterals(word: String) {
        let e = syntaxError("[\n  1,\n  \(word)\n]")
        #expect(e?.message == "NaN and Infinity are not valid JSON numbers")
        #expect(e?.position == "3:3")
    }

    @Test func leadingZeros() {
        let e = syntaxError("{\"n\":\n   007}")
        #expect(e?.message == "invalid number: leading zeros are not allowed")
        #expect(e?.position == "2:4")
        let neg = syntaxError("[\n -01]")
        #expect(neg?.message == "invalid number: leading zeros are not allowed")
        #expect(neg?.position == "2:2")
    }

    @Test func malformedNumbers() {
        #expect(syntaxError("[\n 1.]")?.message == "invalid number: a digit was expected after '.'")
        #expect(syntaxError("[\n 1.]")?.position == "2:4")
        #expect(syntaxError("[\n 1e+]")?.message == "invalid number: a digit was expected in the exponent")
        #expect(syntaxError("[\n -]")?.position == "2:3")
        #expect(syntaxError("[\n .5]")?.message == "unexpected character '.': a value was expected")
    }

    @Test func hugeNumbersAreOutOfRange() {
        let e = syntaxError("{\n  \"area\": 1e999\n}")
        #expect(e?.message == "number 1e999 is out of range")
        #expect(e?.position == "2:11")
        #expect(syntaxError("[-1e999]")?.message == "number -1e999 is out of range")
    }

    @Test func unterminatedString() {
        let e = syntaxError("[\"ok\",\n \"abc")
        #expect(e?.message == "unterminated string")
        #expect(e?.position == "2:2")
        // With an escape, the slow path reports the same.
        let escaped = syntaxError("[\"ok\",\n \"a\\nb")
        #expect(escaped?.message == "unterminated string")
        #expect(escaped?.position == "2:2")
        let endsInBackslash = syntaxError("[\n \"a\\")
        #expect(endsInBackslash?.message == "unterminated string")
        #expect(endsInBackslash?.position == "2:2")
    }

    @Test func badEscape() {
        let e = syntaxError("{\n  \"k\": \"a\\qb\"\n}")
        #expect(e?.message == "invalid escape '\\q' in a string")
        #expect(e?.position == "2:10")
    }

    @Test func badUnicodeEscape() {
        let e = syntaxError("[\n  \"\\u12G4\"]")
        #expect(e?.message == "invalid hex digit in \\u escape")
        #expect(e?.position == "2:8")
        #expect(syntaxError("[\"\\u12")?.message == "incomplete \\u escape")
    }

    @Test func loneHighSurrogate() {
        let e = syntaxError("[\n  \"x\\ud800y\"\n]")
        #expect(e?.message == "lone surrogate in \\u escape")
        #expect(e?.position == "2:5")
    }

    @Test func loneLowSurrogate() {
        let e = syntaxError("[\n  \"\\uDC00\"\n]")
        #expect(e?.message == "lone surrogate in \\u escape")
        #expect(e?.position == "2:4")
    }

    @Test func highSurrogateFollowedByANonSurrogate() {
        let e = syntaxError("[\n  \"\\ud83d\\u0041\"\n]")
        #expect(e?.message == "invalid surrogate pair in \\u escape")
        #expect(e?.position == "2:10")
    }

    @Test func controlCharacterInAString() {
        let e = syntaxError("[\n  \"a\tb\"\n]")
        #expect(e?.message == "control character 0x9 inside a string: escape it as \\u0009")
        #expect(e?.position == "2:5")
        // A raw newline is a control character too: the error is on line 2, not 3.
        let nl = syntaxError("[\n  \"ab\ncd\"]")
        #expect(nl?.message.hasPrefix("control character 0xA inside a string") == true)
        #expect(nl?.position == "2:6")
        // And after an escape (slow path).
        let slow = syntaxError("[\n  \"\\n\u{1B}\"]")
        #expect(slow?.message.hasPrefix("control character 0x1B inside a string") == true)
        #expect(slow?.position == "2:6")
    }

    @Test func invalidUTF8InAString() {
        // Columns count scalars: "ñ" is one column though two bytes.
        let bytes = Array("[\n  \"añ".utf8) + [0xFF] + Array("\"\n]".utf8)
        let e = syntaxError(bytes)
        #expect(e?.message == "invalid UTF-8 inside a string")
        #expect(e?.position == "2:6")
    }

    @Test func truncatedUTF8SequenceInAString() {
        let bytes = Array("[\n  \"ab".utf8) + [0xE4, 0xB8] + Array("\"]".utf8)
        let e = syntaxError(bytes)
        #expect(e?.message == "invalid UTF-8 inside a string")
        #expect(e?.position == "2:6")
    }

    @Test func invalidUTF8InAStringWithEscapes() {
        let bytes = Array("[\n  \"\\tb".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)
        let e = syntaxError(bytes)
        #expect(e?.message == "invalid UTF-8 inside a string")
        #expect(e?.position == "2:7")
    }

    @Test func encodedSurrogateIsInvalidUTF8() {
        // U+D800 encoded directly in UTF-8 (CESU style) is not valid UTF-8.
        let bytes = Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)
        #expect(syntaxError(bytes)?.message == "invalid UTF-8 inside a string")
    }

    @Test func invalidByteOutsideAString() {
        let e = syntaxError(Array("[\n  ".utf8) + [0xFF] + Array("]".utf8))
        #expect(e?.message == "unexpected byte 0xFF: a value was expected")
        #expect(e?.position == "2:3")
    }

    @Test func garbageAfterTheValue() {
        let e = syntaxError("{\"a\": 1}\n  x")
        #expect(e?.message == "unexpected character 'x' after the end of the JSON value")
        #expect(e?.position == "2:3")
        let second = syntaxError("[1]\n[2]")
        #expect(second?.message == "unexpected character '[' after the end of the JSON value")
        #expect(second?.position == "2:1")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 100_000)
        let e = syntaxError(text)
        #expect(e?.message == "nesting deeper than \(JSONParser.maxDepth) levels")
        #expect(e?.position == "1:\(JSONParser.maxDepth + 1)")
        let objects = String(repeating: "{\"a\":", count: 100_000)
        #expect(syntaxError(objects)?.message == "nesting deeper than \(JSONParser.maxDepth) levels")
    }

    @Test func oneLevelTooDeep() {
        let depth = JSONParser.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(text)?.position == "1:\(depth)")
    }
}

@Suite struct LineMapTests {
    @Test func linesAndColumns() {
        let map = LineMap(Array("ab\ncdé\n\nжx".utf8))
        #expect(map.position(of: 0) == TextPosition(line: 1, column: 1))
        #expect(map.position(of: 2) == TextPosition(line: 1, column: 3)) // the newline itself
        #expect(map.position(of: 3) == TextPosition(line: 2, column: 1))
        #expect(map.position(of: 5) == TextPosition(line: 2, column: 3)) // "é"
        #expect(map.position(of: 7) == TextPosition(line: 2, column: 4)) // its newline
        #expect(map.position(of: 8) == TextPosition(line: 3, column: 1))
        #expect(map.position(of: 11) == TextPosition(line: 4, column: 2)) // "x" after two-byte "ж"
    }

    @Test func offsetsPastTheEndClampToTheEnd() {
        let map = LineMap(Array("ab\nc".utf8))
        #expect(map.position(of: 99) == TextPosition(line: 2, column: 2))
        #expect(map.position(of: -5) == TextPosition(line: 1, column: 1))
    }

    @Test func descriptionIsLineColon() {
        #expect(TextPosition(line: 12, column: 7).description == "12:7")
    }
}
