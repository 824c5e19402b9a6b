/// The text of one cell as a person sees it in Excel, from its type (`t`), its value and its
/// number format.
enum XLSXCellValue {
    /// A cell's type, from its `t` attribute.
    enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate

        init(_ t: ArraySlice<UInt8>?) {
            guard let t else { self = .number; return }
            switch String(decoding: t, as: UTF8.self) {
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .isoDate
            default: self = .number
            }
        }
    }

    /// What the sheet says about its dates and texts.
    struct Context {
        var sharedStrings: [String]
        var styles: XLSXStyles
        var date1904: Bool
    }

    /// The cell's text; empty for an error (`#N/A`, `#REF!`…) and an empty value.
    static func text(_ type: CellType, _ raw: [UInt8], style: Int, _ context: Context) -> String {
        switch type {
        case .sharedString:
            guard let i = Int(String(decoding: raw, as: UTF8.self).trimmingCharacters(in: " "), radix: 10), i >= 0,
                  i < context.sharedStrings.count else { return "" }
            return context.sharedStrings[i]
        case .inlineString, .formulaString:
            return String(decoding: XMLText.unescapeOffice(raw), as: UTF8.self)
        case .boolean:
            return raw == [0x31] ? "TRUE" : raw.isEmpty ? "" : "FALSE"
        case .error:
            return ""
        case .isoDate:
            var s = String(decoding: raw, as: UTF8.self)
            if s.hasSuffix("T00:00:00") || s.hasSuffix("T00:00:00Z") { s = String(s.prefix(10)) }
            return s
        case .number:
            return number(raw, style: style, context)
        }
    }

    /// A number: an integer without `.0`, a decimal with at most 15 significant digits (as
    /// Excel shows it), a date or time in ISO 8601 when its format is one.
    static func number(_ raw: [UInt8], style: Int, _ context: Context) -> String {
        let kind = context.styles.kind(style)
        // Fast path: a plain integer, as most booth numbers are.
        if kind == .number, !raw.isEmpty, raw.count <= 15, raw.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return String(decoding: raw, as: UTF8.self)
        }
        let text = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: " ")
        guard let x = Double(text), x.isFinite else { return text }
        if kind != .number, let iso = XLSXDateFormat.iso(x, date1904: context.date1904, kind: kind) { return iso }
        return decimal(x)
    }

    /// `x` with at most 15 significant digits, no `.0` on an integer.
    static func decimal(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        guard x != 0 else { return "0" }
        var exponent = 0
        var m = abs(x)
        while m >= 10 { m /= 10; exponent += 1 }
        while m < 1 { m *= 10; exponent -= 1 }
        let digits = 14 - exponent
        guard digits > 0, digits <= 300 else { return x.description }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (x * scale).rounded() / scale
        guard rounded.isFinite else { return x.description }
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : rounded.description
    }
}
