import ExpoModel

/// One line of the details as drawn: its text, style, and the link it belongs to.
public struct DetailLine: Sendable, Equatable {
    /// The text, at most the width it was laid out for.
    public var text: String
    /// Its style.
    public var style: Style
    /// The index among the details' links when the line shows one.
    public var link: Int?

    /// Creates a line.
    public init(_ text: String, _ style: Style = .plain, link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

extension Details {
    /// The items laid out as styled lines of at most `width` columns.
    public static func lines(_ items: [DetailItem], width: Int) -> [DetailLine] {
        guard width > 0 else { return [] }
        var out: [DetailLine] = []
        let label = min(labelWidth, max(10, width / 3), max(1, width - 8))
        let valueWidth = max(1, width - label - 1)
        func prefix(_ name: String) -> String { TextWidth.pad(SafeText.visible(name), to: label) + " " }
        var links = 0
        for item in items {
            switch item {
            case let .title(t):
                for l in TextWidth.wrap(SafeText.visible(t), to: width) { out.append(DetailLine(l, Style(color: .header, bold: true))) }
            case let .heading(h):
                out.append(DetailLine(TextWidth.truncate(SafeText.visible(h), to: width), Style(color: .accent, bold: true, underline: true)))
            case .blank:
                out.append(DetailLine(""))
            case let .text(t):
                for l in TextWidth.wrap(SafeText.visible(t), to: width) { out.append(DetailLine(l)) }
            case let .field(name, value):
                let wrapped = TextWidth.wrap(SafeText.visible(value ?? "unknown"), to: valueWidth)
                for (i, l) in wrapped.enumerated() {
                    out.append(DetailLine(prefix(i == 0 ? name : "") + l, value == nil ? Style(color: .muted, dim: true) : .plain))
                }
            case let .url(name, value):
                out += unbrokenLines(name, value, style: Style(underline: true), width: width, prefix: prefix)
            case let .id(name, value):
                out += unbrokenLines(name, value, style: .plain, width: width, prefix: prefix)
            case let .link(name, text, _):
                let wrapped = TextWidth.wrap(SafeText.visible(text), to: valueWidth)
                for (i, l) in wrapped.enumerated() {
                    out.append(DetailLine(prefix(i == 0 ? name : "") + l, Style(color: .accent), link: links))
                }
                links += 1
            }
        }
        return out
    }

    /// A web address or an id on one line: after its label when it fits, else alone, cut with `…`.
    static func unbrokenLines(_ name: String, _ value: String?, style: Style, width: Int, prefix: (String) -> String) -> [DetailLine] {
        guard let value else { return [DetailLine(prefix(name) + "unknown", Style(color: .muted, dim: true))] }
        let url = SafeText.visible(value)
        let w = TextWidth.of(url)
        let lead = name.isEmpty ? "" : prefix(name)
        if TextWidth.of(lead) + w <= width { return [DetailLine(lead + url, style)] }
        var out: [DetailLine] = []
        if !name.isEmpty { out.append(DetailLine(prefix(name) + "↓")) }
        out.append(DetailLine(TextWidth.truncate(url, to: width), style))
        return out
    }

    /// The booths the details link to, in order.
    static func links(_ items: [DetailItem]) -> [Int] {
        items.compactMap { if case let .link(_, _, b) = $0 { return b }; return nil }
    }
}
