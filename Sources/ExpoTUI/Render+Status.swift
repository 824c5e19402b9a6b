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
        if let prompt = fieldPrompt() {
            // The field with its cursor; the rest of the line shows after it.
            let x0 = TextWidth.of(prompt)
            let tail = "  " + fieldTail()
            let message = state.message.map { " · " + SafeText.visible($0) } ?? ""
            let hints = Hints.line(for: state, width: max(w / 3, min(w / 2, w - 30)))
            let fieldWidth = max(8, min(w / 2, w - TextWidth.of(hints) - TextWidth.of(tail + message) - 4 - x0))
            let (text, cursor) = state.input.visible(width: fieldWidth)
            screen.put(prompt, x: 0, y: y, style: Style(bold: true))
            screen.put(text, x: x0, y: y, style: Style(bold: true), maxWidth: fieldWidth)
            if x0 + cursor < w { screen[x0 + cursor, y] = Cell(screen[x0 + cursor, y].isContinuation ? " " : screen[x0 + cursor, y].text, style: Style(reverse: true)) }
            let after = x0 + max(TextWidth.of(text), cursor + 1)
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

    /// The prompt before the field being typed in the status line; nil when none is.
    func fieldPrompt() -> String? {
        switch state.mode {
        case .filter: return " /"
        case .command: return " :"
        case .note: return " Note: "
        case .time: return " Time: "
        default: return nil
        }
    }

    /// What the status line shows after the field: the filter's count, the command's
    /// completions, the booth a note or time is for.
    func fieldTail() -> String {
        switch state.mode {
        case .filter: return state.count(of: state.activeList)
        case .command: return CommandLine.completions(state.input.text).map { ":" + $0 }.joined(separator: " ")
        case .note, .time: return state.editingBooth.map { state.boothLabel($0) } ?? ""
        default: return ""
        }
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
        // In the facet panel: what Enter would add, in place of the coverage and the sort order.
        if state.mode == .facets { return text + (state.facets?.selected.map { $0.term.isEmpty ? "" : " · Enter adds " + $0.term } ?? "") }
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
        case .event: return "event"
        case .nothing: return "nothing selected"
        }
    }
}
