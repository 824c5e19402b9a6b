import Testing
import ExpoModel
@testable import ExpoTUI

/// Found in review of the views core: pastes with line breaks, links out of view, clicks below
/// a list, completion after a typed `:`.
@Suite struct ReviewFixTests {
    static let paste: [Event] = [.key(.pasteStart)] + "amur dairy".map { .key(.char($0)) }
        + [.key(.enter), .key(.char("G")), .key(.char("q")), .key(.ctrl("j")), .key(.tab), .key(.pasteEnd)]

    /// A pasted line break is a space in the field: the rest of the paste is text, not keys.
    @Test func aPasteWithLineBreaksStaysInTheField() {
        let s = press(Fixtures.state(120, 30), .char("/"))
        let (after, effects) = update(s, Self.paste)
        #expect(effects.isEmpty, "nothing in the paste quits")
        #expect(after.mode == .filter)
        #expect(after.list(.expos).filter == "amur dairy Gq  ")
        #expect(!after.pasting)
        // One event at a time gives the same.
        let single = Self.paste.reduce(s) { update($0, $1).state }
        #expect(single.list(.expos).filter == "amur dairy Gq  ")
    }

    /// Outside a field a paste does nothing at all.
    @Test func aPasteOutsideAFieldDoesNothing() {
        let s = Fixtures.state(120, 30)
        let (after, effects) = update(s, Self.paste)
        #expect(effects.isEmpty)
        #expect(after.mode == .normal && after.view == .catalogue)
        #expect(render(after).text == render(s).text)
    }

    /// Esc ends a paste whose end never came, and does what Esc does.
    @Test func escEndsALostPaste() {
        let s = press(Fixtures.state(120, 30), .char("/"), .pasteStart, .char("x"), .escape)
        #expect(!s.pasting)
        #expect(s.mode == .normal)
        #expect(s.list(.expos).filter.isEmpty)
    }

    /// `]` scrolls the details to the link it selects.
    @Test func theChosenLinkIsScrolledIntoView() throws {
        var booths: [Booth] = []
        for i in 0..<40 { var b = Booth(id: "b\(i)", expo: "e", exhibitor: "x"); b.code = "A-\(i)"; booths.append(b) }
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: booths)
        var s = press(Fixtures.state(80, 24, catalog: c), .char("2"), .char("i"))
        for _ in 0..<25 { s = press(s, .char("]")) }
        #expect(s.current.link == 25)
        let rect = try #require(Layout.of(s).rect(of: .details))
        let line = try #require(s.detailsCache.lines.firstIndex { $0.link == 25 })
        #expect(line >= s.current.detailsScroll && line < s.current.detailsScroll + rect.height - 2, "the link is on screen")
        let screen = render(s)
        let y = rect.y + 1 + line - s.current.detailsScroll
        #expect((rect.x..<(rect.x + rect.width)).contains { screen[$0, y].style.reverse }, "and highlighted")
        #expect(screen.lines()[y].contains("A-25"))
        // j and k still scroll freely afterwards.
        #expect(press(s, .char("k")).current.detailsScroll == s.current.detailsScroll - 1)
    }

    /// A click below a short list's last row focuses the list without moving its cursor.
    @Test func aClickBelowTheRowsSelectsNothing() throws {
        let s = press(Fixtures.state(120, 30), .tab)
        let rect = try #require(Layout.of(s).rect(of: .list(.expos)))
        let clicked = update(s, .mouse(MouseEvent(.press, x: rect.x + 3, y: rect.y + 10))).state
        #expect(clicked.focus == .list(.expos))
        #expect(clicked.list(.expos).cursor == 0)
    }

    /// The wheel scrolls the help.
    @Test func theWheelScrollsTheHelp() {
        let h = press(Fixtures.state(80, 24), .char("?"))
        #expect(update(h, .mouse(MouseEvent(.wheelDown, x: 40, y: 10))).state.helpScroll == 3)
    }

    /// Completion reads a line as the command line does: a typed `:` and spaces are ignored.
    @Test func completionAfterATypedColon() {
        #expect(CommandLine.complete(":ex") == "exhibitors")
        #expect(CommandLine.completions(" :ca") == ["catalogue"])
        #expect(press(type(press(Fixtures.state(80, 24), .char(":")), ":ex"), .tab).input.text == "exhibitors")
    }

    /// What an effect reported stays until the next key.
    @Test func aNoticeLastsUntilTheNextKey() {
        let s = update(Fixtures.state(120, 30), .notice("copied id e1")).state
        #expect(render(s).text.contains("copied id e1"))
        #expect(!render(press(s, .tab)).text.contains("copied id e1"))
    }
}
