/// A text for each scalar below U+0300, stored as UTF-8 in one flat array, for mapping Latin
/// text scalar by scalar into a byte buffer instead of appending strings.
struct _ScalarTable: Sendable {
    /// The scalars covered: U+0000 to U+02FF.
    static let count = 0x300
    /// The texts' bytes, one after another.
    private let bytes: [UInt8]
    /// Where each scalar's text starts in `bytes`; its end is the next one's start.
    private let starts: [Int32]
    /// Each text's length in characters.
    let characters: [Int32]

    /// A table of `text(scalar)` for every scalar below U+0300 (the surrogates have none).
    init(_ text: (Unicode.Scalar) -> String) {
        var bytes: [UInt8] = [], starts: [Int32] = [], characters: [Int32] = []
        for v in 0..<Self.count {
            starts.append(Int32(bytes.count))
            let t = Unicode.Scalar(v).map(text) ?? ""
            bytes += t.utf8
            characters.append(Int32(t.count))
        }
        starts.append(Int32(bytes.count))
        self.bytes = bytes
        self.starts = starts
        self.characters = characters
    }

    /// True when scalar `v`'s text is empty.
    func isEmpty(_ v: Int) -> Bool { starts[v] == starts[v + 1] }

    /// Appends scalar `v`'s text to `out`.
    func append(_ v: Int, to out: inout [UInt8]) {
        let a = Int(starts[v]), b = Int(starts[v + 1])
        if b - a == 1 { out.append(bytes[a]) } else { out.append(contentsOf: bytes[a..<b]) }
    }

    /// The texts of the scalars of `s` (all below U+0300), one after another.
    func map(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 4)
        for u in s.unicodeScalars { append(Int(u.value), to: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
