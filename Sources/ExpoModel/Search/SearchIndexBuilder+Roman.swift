import Dispatch

extension SearchIndexBuilder {
    /// The Latin forms of each exhibitor's name and local name, on both cores for many.
    static func romanNames(_ xs: [Exhibitor]) -> [[String]] {
        let n = xs.count
        let chunks = n >= 20_000 ? 2 : 1
        var out = [[String]](repeating: [], count: n)
        out.withUnsafeMutableBufferPointer { buf in
            let box = UncheckedBox(buf)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (n * c / chunks)..<(n * (c + 1) / chunks) {
                    let x = xs[i]
                    box.value[i] = Romanizer.fastTexts(x.name) + (x.localName.map(Romanizer.fastTexts) ?? [])
                }
            }
        }
        return out
    }
}
