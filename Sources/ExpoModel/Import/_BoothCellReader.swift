/// Reads the parts of a booth cell one by one (see `BoothCell` for the rules).
struct _BoothCellReader {
    var entries: [BoothCell.Entry] = []
    var cellNote: String?
    /// The hall a label named, for the codes after it.
    var hall: String?
    /// Whether `hall` has a booth yet.
    var hallUsed = true
    /// Text with no digit before any code: the hall when a `Stand X` part follows.
    var pendingText: String?

    static let hallLabels = ["halle", "hall", "hala", "hale", "pavilion", "pavillon", "pav.", "зал", "павильон", "展馆", "展厅"]
    static let standLabels = ["stand-nr.", "stand nr.", "stand nr", "stand no.", "stand no", "stand #", "stand", "booth no.", "booth no",
                              "booth nr.", "booth #", "booth", "стенд №", "стенд", "展位号", "展位", "展台"]
    /// What may follow a label.
    static let afterLabel: Set<Character> = [" ", ":", "#", ".", "№", "\u{00A0}"]
    /// What is trimmed between a label, a hall and a code.
    static let joiners = " :#.№-–—/\u{00A0}"
    /// `joiners` as a set, for look-ups.
    static let joinerSet = Set(joiners)

    /// `text.trimmingCharacters(in: joiners)`, through `joinerSet`.
    static func trimJoiners(_ text: Substring) -> String {
        var s = text
        while let f = s.first, joinerSet.contains(f) { s = s.dropFirst() }
        while let l = s.last, joinerSet.contains(l) { s = s.dropLast() }
        return String(s)
    }

    mutating func read(_ part: String) {
        if part.hasPrefix("(") || part.hasPrefix("（") {
            note(part)
            return
        }
        if let (h, rest) = Self.hallLabelled(part) {
            flushHall()
            hall = h
            hallUsed = false
            if let t = pendingText { note(t); pendingText = nil }
            if !rest.isEmpty { read(rest) }
            return
        }
        if let code = Self.labelled(part, Self.standLabels) {
            if hall == nil || hallUsed, let t = pendingText {
                hall = t
                pendingText = nil
            }
            add(code)
            return
        }
        if part.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || part.contains(where: \.isNumber) {
            if let t = pendingText { note(t); pendingText = nil }
            add(part)
            return
        }
        if entries.isEmpty && (hall == nil || hallUsed) {
            pendingText = pendingText.map { $0 + ", " + part } ?? part
        } else {
            note(part)
        }
    }

    mutating func add(_ raw: String) {
        var code = raw, note: String?
        if let i = raw.firstIndex(where: { $0 == "(" || $0 == "（" }), i != raw.startIndex {
            note = String(raw[i...]).trimmingCharacters(in: " ")
            code = String(raw[..<i]).trimmingCharacters(in: " ")
        }
        entries.append(BoothCell.Entry(hall: hall, code: code, note: note))
        hallUsed = true
    }

    /// Adds text to the last booth's note, or to the cell's when there is no booth yet.
    mutating func note(_ text: String) {
        let t = BoothCell.oneLine(text)
        if let last = entries.indices.last, hall == nil || hallUsed {
            entries[last].note = entries[last].note.map { $0 + ", " + t } ?? t
        } else {
            cellNote = cellNote.map { $0 + ", " + t } ?? t
        }
    }

    /// A hall named with no code yet becomes a booth with a hall and no code.
    mutating func flushHall() {
        if let h = hall, !hallUsed {
            entries.append(BoothCell.Entry(hall: h))
            hallUsed = true
        }
    }

    mutating func finish() {
        flushHall()
        if let t = pendingText, !entries.isEmpty { note(t) }
    }

    /// `Hall 7 - E374` → ("7", "E374"); `Hall 17` → ("17", ""); `H7/E374` → ("7", "E374");
    /// `3号馆` → ("3", ""); nil when the part does not start with a hall label.
    static func hallLabelled(_ part: String) -> (hall: String, rest: String)? {
        if BoothCell.hasHallSlash(part), let slash = part.firstIndex(of: "/") {
            let h = part[part.index(after: part.startIndex)..<slash]
            return (String(h), trimJoiners(part[part.index(after: slash)...]))
        }
        if !part.utf8.allSatisfy({ $0 < 0x80 }), let r = part.range(of: "号馆"), r.lowerBound != part.startIndex {
            return (String(part[..<r.lowerBound]).trimmingCharacters(in: " "), trimJoiners(part[r.upperBound...]))
        }
        guard let after = labelEnd(part, hallLabels) else { return nil }
        let body = part[after...].drop { joinerSet.contains($0) }
        let token = body.prefix { $0 != " " && $0 != "/" && $0 != ":" && $0 != "\u{00A0}" }
        guard !token.isEmpty else { return nil }
        return (String(token), trimJoiners(body[token.endIndex...]))
    }

    /// The text after one of `labels` at the start of `part`; nil when none starts it or
    /// nothing follows.
    static func labelled(_ part: String, _ labels: [String]) -> String? {
        guard let after = labelEnd(part, labels) else { return nil }
        let rest = trimJoiners(part[after...])
        return rest.isEmpty ? nil : rest
    }

    /// Where the label that starts `part` ends, when it is followed by a space, a digit or
    /// punctuation (so `Hallmark 3` is not hall "mark").
    static func labelEnd(_ part: String, _ labels: [String]) -> String.Index? {
        if let end = part.utf8.withContiguousStorageIfAvailable({ asciiLabelEnd($0, labels) }), let end {
            return end.map { part.utf8.index(part.utf8.startIndex, offsetBy: $0) }
        }
        return characterLabelEnd(part, labels)
    }

    /// `labelEnd` for ASCII text, as a byte offset (nil inside when no label starts it); nil
    /// for other text. Only ASCII labels can start ASCII text.
    static func asciiLabelEnd(_ u: UnsafeBufferPointer<UInt8>, _ labels: [String]) -> Int?? {
        guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
        for label in labels {
            let l = label.utf8
            guard l.count <= u.count, l.first.map({ $0 < 0x80 }) == true else { continue }
            var k = 0
            for c in l {
                let b = u[k]
                guard (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == c else { break }
                k += 1
            }
            guard k == l.count else { continue }
            if k == u.count { return .some(nil) }
            let next = u[k]
            if next == 0x20 || next == UInt8(ascii: ":") || next == UInt8(ascii: "#") || next == UInt8(ascii: ".")
                || (next >= 0x30 && next <= 0x39) || l.last == UInt8(ascii: ".") { return .some(k) }
        }
        return .some(nil)
    }

    /// `labelEnd` character by character, for any text.
    static func characterLabelEnd(_ part: String, _ labels: [String]) -> String.Index? {
        let lower = part.lowercased()
        guard lower.count == part.count else { return nil }
        for label in labels where lower.hasPrefix(label) {
            let end = part.index(part.startIndex, offsetBy: label.count)
            if end == part.endIndex { return nil }
            let next = part[end]
            let cjk = label.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
            if cjk || afterLabel.contains(next) || next.isNumber || label.hasSuffix(".") { return end }
        }
        return nil
    }
}
