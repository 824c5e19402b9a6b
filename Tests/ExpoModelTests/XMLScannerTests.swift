import Testing
@testable import ExpoModel

/// The workbook's XML scanner: what it reads and what it refuses, with the part and the line.
@Suite struct XMLScannerTests {
    /// Every token as text: "<name", "</name", "text".
    static func tokens(_ xml: String) throws(ListReadError) -> [String] {
        var s = XMLScanner(Array(xml.utf8), part: "p.xml")
        var out: [String] = []
        while true {
            switch try s.next() {
            case .endOfDocument: return out
            case .start: out.append("<" + String(decoding: Array(xml.utf8)[s.name], as: UTF8.self) + (s.attribute(Array("a".utf8)).map { " a=\($0)" } ?? ""))
            case .end: out.append("</" + String(decoding: Array(xml.utf8)[s.name], as: UTF8.self))
            case .text:
                var t: [UInt8] = []
                try s.appendText(to: &t)
                out.append(String(decoding: t, as: UTF8.self))
            }
        }
    }

    @Test func readsTagsAttributesTextAndSkipsTheRest() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- a comment --><x:root xmlns:x=\"u\"><b a='1 &amp; 2'/><c a=\"&#x4E2D;\">t&lt;<![CDATA[&raw]]></c></x:root>\n"
        #expect(try Self.tokens(xml) == ["<root", "<b a=1 & 2", "</b", "<c a=中", "t<", "&raw", "</c", "</root"])
    }

    @Test(arguments: [
        ("<a><b></a>", "p.xml, line 1: </a> closes <b>"),
        ("<a>\n<b>", "p.xml, line 2: the part ends inside <b>"),
        ("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>", "p.xml, line 1: a DOCTYPE, which a workbook part never has"),
        ("<a/><b/>", "p.xml, line 1: a second root element"),
        ("hello<a/>", "p.xml, line 1: text outside the root element"),
        ("<a b=1/>", "p.xml, line 1: the value of b in <a> is not quoted"),
        ("<a>&bogus;</a>", "p.xml, line 1: unknown entity &bogus;"),
        ("<a>&#0;</a>", "p.xml, line 1: &#0; is not a character"),
        ("<a><!-- never", "p.xml, line 1: a comment that never ends"),
        ("", "p.xml, line 1: the part is empty or has no element"),
        ("<a>\n\n</b>", "p.xml, line 3: </b> closes <a>"),
    ])
    func refusesBrokenXMLWithThePartAndLine(_ xml: String, _ message: String) {
        #expect(throws: ListReadError.unreadable(message, position: nil)) { try Self.tokens(xml) }
    }
}
