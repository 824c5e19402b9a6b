import Testing
@testable import ExpoModel

private func parseString(_ json: String) throws -> String? {
    var parser = JSONParser()
    if case let .string(s) = try parser.parse(Array(json.utf8)).value { return s }
    return nil
}

private func quoted(_ s: String) -> String {
    var out = ""
    JSONWriter.quote(s, into: &out)
    return out
}

@Suite struct JSONWriterTests {
    @Test(arguments: [
        ("\u{1B}", "\\u001b"),
        ("\u{0}", "\\u0000"),
        ("\u{7}", "\\u0007"),
        ("\u{8}", "\\u0008"),
        ("\u{C}", "\\u000c"),
        ("\u{1F}", "\\u001f"),
        ("\u{7F}", "\\u007f"),
        ("\u{80}", "\\u0080"),
        ("\u{85}", "\\u0085"),
        ("\u{9B}", "\\u009b"),
        ("\u{9F}", "\\u009f"),
        ("\u{2028}", "\\u2028"),
        ("\u{2029}", "\\u2029"),
        ("\u{202E}", "\\u202e"),
        ("\u{202A}", "\\u202a"),
        ("\u{2066}", "\\u2066"),
        ("\u{2069}", "\\u2069"),
        ("\u{200E}", "\\u200e"),
        ("\u{200F}", "\\u200f"),
        ("\u{061C}", "\\u061c"),
    ])
    func escapesDangerousScalars(raw: String, escaped: String) throws {
        let out = quoted("a" + raw + "b")
        #expect(out == "\"a" + escaped + "b\"")
        #expect(try parseString(out) == "a" + raw + "b")
    }

    @Test func shortEscapes() {
        #expect(quoted("q\"b\\n\nr\rt\t") == #""q\"b\\n\nr\rt\t""#)
    }

    @Test func printableTextIsWrittenAsIs() {
        let s = "Café Москва 哈尔滨 😀 e\u{301} ‑ / '"
        #expect(quoted(s) == "\"" + s + "\"")
    }

    @Test func terminalEscapeSequenceCannotSurvive() throws {
        let attack = "\u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}31m\u{202E}txt.exe"
        let out = JSONWriter().string(.object([JSONMember(key: "k\u{1B}", node: JSONNode(.string(attack)))]))
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!out.unicodeScalars.contains { SafeText.needsEscape($0) && $0 != "\n" })
        var parser = JSONParser()
        let back = try parser.parse(Array(out.utf8)).value
        #expect(Offsets.strip(back) == .object([JSONMember(key: "k\u{1B}", node: JSONNode(.string(attack)))]))
    }

    @Test func everyScalarBelow0x3000RoundTrips() throws {
        var s = ""
        for v in UInt32(1)..<0x3000 { if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) } }
        s += "😀🇷🇺"
        let out = quoted(s)
        #expect(try parseString(out) == s)
        #expect(!out.unicodeScalars.dropFirst().dropLast().contains { SafeText.needsEscape($0) })
    }

    @Test func numbers() {
        let w = JSONWriter(indent: nil)
        #expect(w.string(.number(84, isInteger: true)) == "84")
        #expect(w.string(.number(84, isInteger: false)) == "84")
        #expect(w.string(.number(-3, isInteger: true)) == "-3")
        #expect(w.string(.number(12.5, isInteger: false)) == "12.5")
        #expect(w.string(.number(30_000_000_000, isInteger: true)) == "30000000000")
        #expect(w.string(.number(1e20, isInteger: false)) == "1e+20")
    }

    @Test func numbersReadBackEqual() throws {
        for x in [0.1, 2.5e-7, 1e20, 123456789.25, -0.5, 9007199254740992, 1.7976931348623157e308] {
            let text = JSONWriter().string(.number(x, isInteger: false))
            var parser = JSONParser()
            guard case let .number(y, _) = try parser.parse(Array(text.utf8)).value else {
                Issue.record("\(text) is not a number"); continue
            }
            #expect(y == x, "\(x) written as \(text)")
        }
    }

    @Test func indentedLayout() {
        let v = JSONValue.object([
            JSONMember(key: "a", node: JSONNode(.array([JSONNode(.number(1, isInteger: true)), JSONNode(.string("x"))]))),
            JSONMember(key: "b", node: JSONNode(.array([JSONNode(.object([JSONMember(key: "c", node: JSONNode(.null))]))]))),
            JSONMember(key: "d", node: JSONNode(.object([]))),
            JSONMember(key: "e", node: JSONNode(.array([]))),
            JSONMember(key: "f", node: JSONNode(.bool(true))),
        ])
        #expect(JSONWriter().string(v) == """
        {
          "a": [1, "x"],
          "b": [
            {
              "c": null
            }
          ],
          "d": {},
          "e": [],
          "f": true
        }
        """)
        #expect(JSONWriter(indent: nil).string(v) == #"{"a":[1,"x"],"b":[{"c":null}],"d":{},"e":[],"f":true}"#)
    }

    @Test func writeAppends() {
        var out = "x="
        JSONWriter(indent: nil).write(.array([JSONNode(.bool(false))]), into: &out, level: 0)
        #expect(out == "x=[false]")
    }
}
