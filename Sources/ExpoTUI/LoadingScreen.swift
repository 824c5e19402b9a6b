import ExpoModel

/// The screen shown while a large catalogue loads, so the terminal is never left blank.
public enum LoadingScreen {
    /// A centred message with a progress bar.
    /// - Parameters:
    ///   - what: e.g. "Loading fair.json (353 MB)".
    ///   - fraction: 0…1, or nil for a step with no measurable progress.
    public static func render(size: Size, what: String, fraction: Double?) -> Screen {
        var screen = Screen(size: size)
        guard size.width > 0, size.height > 0 else { return screen }
        screen.put(" Pavilion", x: 0, y: 0, style: Style(color: .header, bold: true))
        let y = max(0, size.height / 2 - 1)
        let text = TextWidth.truncate(what, to: max(1, size.width - 4))
        screen.put(text, x: max(0, (size.width - TextWidth.of(text)) / 2), y: y, style: Style(bold: true))
        let barWidth = min(50, max(0, size.width - 12))
        if barWidth > 0, y + 2 < size.height {
            let x = (size.width - barWidth - 7) / 2
            if let fraction {
                let f = max(0, min(1, fraction))
                let filled = Int((Double(barWidth) * f).rounded(.down))
                screen.put(String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled), x: x, y: y + 2, style: Style(color: .accent))
                screen.put(String(format3(Int(f * 100))) + "%", x: x + barWidth + 2, y: y + 2)
            } else {
                screen.put("working…", x: max(0, (size.width - 8) / 2), y: y + 2, style: Style(color: .muted))
            }
        }
        return screen
    }

    static func format3(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 3 - s.count)) + s
    }
}
