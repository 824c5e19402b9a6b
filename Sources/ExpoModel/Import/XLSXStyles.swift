/// The part of `xl/styles.xml` a reader needs: for each cell format (`cellXfs`, the index a
/// cell's `s` attribute gives), whether its number format shows a date or a time.
struct XLSXStyles {
    /// The kind of each cell format, by index.
    var kinds: [XLSXDateFormat.Kind] = []

    /// No styles: every number is a number.
    init() {}

    /// Reads a styles part.
    init(_ bytes: [UInt8], part: String) throws(ListReadError) {
        var custom: [Int: XLSXDateFormat.Kind] = [:]
        var s = XMLScanner(bytes, part: part)
        var inCellXfs = false
        while true {
            switch try s.next() {
            case .endOfDocument: return
            case .start:
                if s.nameIs(Array("numFmt".utf8)), let id = s.attribute(Array("numFmtId".utf8)).flatMap({ Int($0) }) {
                    custom[id] = XLSXDateFormat.kind(code: s.attribute(Array("formatCode".utf8)) ?? "")
                } else if s.nameIs(Array("cellXfs".utf8)) {
                    inCellXfs = true
                } else if inCellXfs, s.nameIs(Array("xf".utf8)), kinds.count < 65_536 {
                    let id = s.attribute(Array("numFmtId".utf8)).flatMap { Int($0) } ?? 0
                    kinds.append(custom[id] ?? XLSXDateFormat.kind(builtIn: id))
                }
            case .end:
                if s.nameIs(Array("cellXfs".utf8)) { inCellXfs = false }
            case .text: break
            }
        }
    }

    /// The kind of the cell format `index` (a number when unknown).
    func kind(_ index: Int) -> XLSXDateFormat.Kind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }
}
