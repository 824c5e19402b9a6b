extension SearchQuery {
    /// How much less a match on a name's Latin form scores than the same match on the name
    /// itself, so that an equal match in the original script ranks first.
    static let romanisedPenalty = 2

    /// The best match of a Latin text term on the Latin forms of the record's names: its score
    /// (less `romanisedPenalty`, with no bonus for the name), the text it renders and, for the
    /// name, the positions of the source characters the matched letters render.
    static func bestRomanised(_ pattern: [UInt32], _ mode: QueryTerm.Mode, _ caseSensitive: Bool,
                              _ record: SearchRecord) -> (Int, Int, [Int])? {
        var best: (Int, Int, [Int])?
        for f in record.romanised where record.texts.indices.contains(f) {
            for form in Romanizer.forms(record.texts[f]) {
                let ft = TextFolding.fold(form.text)
                guard let m = FuzzyMatcher.match(pattern, cased: ft.cased, lower: ft.lower, mode: mode, caseSensitive: caseSensitive) else { continue }
                let s = max(0, m.score - romanisedPenalty)
                if s > (best?.0 ?? Int.min) {
                    var sources: [Int] = []
                    for p in m.positions where form.sources.indices.contains(p) && sources.last != form.sources[p] { sources.append(form.sources[p]) }
                    best = (s, f, sources)
                }
            }
        }
        return best
    }
}
