/// Placeholder sizing until the tested sizer lands.
enum ColumnSizer {
    struct Spec {
        var content: Int
        var flexible: Bool
        var minWidth: Int
        var maxWidth: Int?
        var priority: Int
    }

    static func widths(total: Int, columns: [Spec]) -> [Int] {
        var w = columns.map { $0.flexible ? $0.minWidth : min($0.content, $0.maxWidth ?? $0.content) }
        var shown = columns.map { _ in true }
        func used() -> Int { zip(w, shown).filter { $0.1 }.map(\.0).reduce(0, +) + max(0, shown.filter { $0 }.count - 1) }
        while used() > total, let drop = columns.indices.filter({ shown[$0] && !columns[$0].flexible }).min(by: { columns[$0].priority < columns[$1].priority }) {
            shown[drop] = false
        }
        let flex = columns.indices.filter { shown[$0] && columns[$0].flexible }
        let room = total - used()
        for (k, i) in flex.enumerated() { w[i] += max(0, room) / max(1, flex.count) + (k < max(0, room) % max(1, flex.count) ? 1 : 0) }
        return columns.indices.map { shown[$0] ? max(0, w[$0]) : 0 }
    }
}
