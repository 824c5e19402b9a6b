import ExpoModel

/// A plain-text table whose columns stay aligned by display width, so Chinese (two columns a
/// character) and Cyrillic (one) line up.
struct Table {
    var headers: [String]
    var rightAligned: Set<Int> = []
    var maxWidth = 40
    var rows: [[String]] = []

    /// The table's lines, cells cut with "…" at `maxWidth` columns.
    func lines() -> [String] {
        let all = [headers] + rows.map { $0.map { SafeText.visible($0) } }
        var widths = Array(repeating: 0, count: headers.count)
        for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], min(maxWidth, TextWidth.of(c))) } }
        return all.map { r in
            var parts: [String] = []
            for i in 0..<headers.count {
                let cell = i < r.count ? r[i] : ""
                let last = i == headers.count - 1
                if last && !rightAligned.contains(i) {
                    parts.append(TextWidth.truncate(cell, to: widths[i]))
                } else {
                    parts.append(TextWidth.pad(cell, to: widths[i], alignRight: rightAligned.contains(i)))
                }
            }
            return parts.joined(separator: "  ")
        }
    }
}
