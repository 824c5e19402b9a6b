/// "Did you mean" for ids: the known ids within a few edits of one that was not found.
enum IDSuggestion {
    /// Up to `count` of `candidates` within a few edits of `id` (ignoring case), closest first.
    static func closest(to id: String, among candidates: some Sequence<String>, count: Int = 3) -> [String] {
        let target = Array(id.lowercased().utf8)
        let limit = max(2, target.count / 3)
        var found: [(Int, String)] = []
        for candidate in candidates {
            let bytes = Array(candidate.lowercased().utf8)
            guard abs(bytes.count - target.count) <= limit else { continue }
            let d = distance(target, bytes)
            if d <= limit { found.append((d, candidate)) }
        }
        var seen = Set<String>()
        return Array(found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1).filter { seen.insert($0).inserted }.prefix(count))
    }

    /// "; did you mean a, b?" for the closest ids, or `otherwise` when none is close.
    static func hint(for id: String, among candidates: some Sequence<String>, otherwise: String = "") -> String {
        let near = closest(to: id, among: candidates)
        return near.isEmpty ? otherwise : "; did you mean \(near.joined(separator: ", "))?"
    }

    /// Levenshtein distance.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
