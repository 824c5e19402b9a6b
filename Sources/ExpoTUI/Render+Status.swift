import ExpoModel

extension Renderer {
    /// The status line: where the user is (or the field being typed) on the left, the hints of
    /// the enabled keys on the right.
    mutating func drawStatus() {
        let y = state.size.height - 1
        let w = state.size.width
        screen.fill(Rect(x: 0, y: y, width: w, height: 1))
        var left = " " + statusText()
        if let m = state.notice ?? state.message { left += " · " + m }
        left = SafeText.visible(left)
        if state.mode == .filter || state.mode == .command {
            // The field with its cursor; the rest of the line shows after it.
            let prompt = state.mode == .filter ? " /" : " :"
            let tail = state.mode == .filter ? "  " + state.count(of: state.activeList) : "  " + CommandLine.completions(state.input.text).map { ":" + $0 }.joined(separator: " ")
            let message = state.message.map { " · " + SafeText.visible($0) } ?? ""
            let hints = Hints.line(for: state, width: max(w / 3, min(w / 2, w - 30)))
            let fieldWidth = max(8, min(w / 2, w - TextWidth.of(hints) - TextWidth.of(tail + message) - 6))
            let (text, cursor) = state.input.visible(width: fieldWidth)
            screen.put(prompt, x: 0, y: y, style: Style(bold: true))
            screen.put(text, x: 2, y: y, style: Style(bold: true), maxWidth: fieldWidth)
            if 2 + cursor < w { screen[2 + cursor, y] = Cell(screen[2 + cursor, y].isContinuation ? " " : screen[2 + cursor, y].text, style: Style(reverse: true)) }
            let after = 2 + max(TextWidth.of(text), cursor + 1)
            screen.put(tail + message, x: after, y: y, style: Style(color: .muted), maxWidth: max(0, w - after - TextWidth.of(hints) - 2))
            screen.put(hints, x: w - TextWidth.of(hints) - 1, y: y, style: Style(color: .muted))
            return
        }
        // A message (what was copied, a query error) keeps its room; the hints give way.
        let leftShare = state.notice == nil && state.message == nil ? min(TextWidth.of(left), w * 2 / 3) : TextWidth.of(left)
        let hints = Hints.line(for: state, width: max(0, w - leftShare - 3))
        let leftRoom = max(0, w - TextWidth.of(hints) - 3)
        screen.put(TextWidth.truncate(left, to: leftRoom), x: 0, y: y, style: Style(bold: true))
        screen.put(hints, x: w - TextWidth.of(hints) - 1, y: y, style: Style(color: .muted))
    }

    /// Where the user is: the list and its count, filter and sort, or the details.
    func statusText() -> String {
        switch state.mode {
        case .search:
            return "Search \(Format.grouped(state.search.hits.count))/\(Format.grouped(state.catalog.booths.count))"
        case .help:
            return "Help"
        default:
            break
        }
        // How much of the expo the catalogue lists, once past the expo list.
        var coverage = ""
        if state.view == .catalogue, state.activeList != .expos, let e = state.selectedExpo, let note = state.catalog.coverageNote(ofExpo: e.id) {
            coverage = " · " + note
        }
        guard case let .list(id) = state.focus else { return "Details · " + state.detailsKind + coverage }
        var text = "\(id.title) \(state.count(of: id))"
        if !state.list(id).filter.isEmpty { text += " · filter /" + state.list(id).filter }
        return text + coverage + " · sort: " + state.sortOrder(id).rawValue
    }
}

extension BrowserState {
    /// What kind of record the details show, for the status line.
    var detailsKind: String {
        switch shownDetailsTarget {
        case .expo: return "expo"
        case .delegation: return "delegation"
        case .booth: return "booth"
        case .exhibitor: return "exhibitor"
        case .nothing: return "nothing selected"
        }
    }
}
