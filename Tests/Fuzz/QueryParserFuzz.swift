// libFuzzer target: the query parser and matcher. The input's first line is the query, the rest
// are names matched against it. Built by .ci/fuzz, not by SwiftPM.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let first = lines.first else { return 0 }
    guard let query = try? SearchQuery.parse(first) else { return 0 }
    for name in lines.dropFirst().prefix(16) {
        let record = SearchRecord(texts: [name, String(name.reversed())], attributes: [.country: [name]], numbers: [.area: Double(name.count)])
        if let m = query.match(record) {
            let count = name.count
            precondition(m.namePositions.allSatisfy { $0 >= 0 && $0 < count }, "highlight outside the name")
            precondition(m.namePositions == m.namePositions.sorted(), "highlights out of order")
        }
        _ = TextWidth.truncate(SafeText.visible(name), to: 10)
    }
    return 0
}
