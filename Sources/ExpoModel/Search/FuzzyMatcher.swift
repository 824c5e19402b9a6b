/// fzf-style matching over folded text (see `TextFolding`), returning a score and the matched
/// grapheme positions.
///
/// Scoring follows the spirit of fzf's: each matched character scores, more at the start of a
/// word or after a camelCase hump, more again for consecutive characters; gaps cost.
public enum FuzzyMatcher {
    static let scoreMatch = 16
    static let bonusBoundary = 8
    static let bonusCamel = 7
    static let bonusConsecutive = 4
    static let bonusFirstCharMultiplier = 2
    static let penaltyGapStart = 3
    static let penaltyGapExtension = 1

    /// A match: its score and the matched positions (grapheme indices).
    public struct Match: Sendable, Equatable {
        /// Higher is better.
        public var score: Int
        /// Grapheme indices of the matched characters, ascending.
        public var positions: [Int]
    }

    /// Matches `pattern` against `text` in the given mode.
    /// - Parameters:
    ///   - pattern: folded pattern codes (lower-case unless `caseSensitive`).
    ///   - cased: the text's folded codes with case kept.
    ///   - lower: the text's folded lower-case codes.
    public static func match(_ pattern: [UInt32], cased: [UInt32], lower: [UInt32], mode: QueryTerm.Mode, caseSensitive: Bool) -> Match? {
        let text = caseSensitive ? cased : lower
        let m = pattern.count, n = text.count
        guard m > 0 else { return Match(score: 0, positions: []) }
        guard m <= n else { return nil }
        switch mode {
        case .fuzzy:
            // Forward pass: leftmost end of a subsequence.
            var pi = 0
            var end = -1
            for i in 0..<n where text[i] == pattern[pi] {
                pi += 1
                if pi == m { end = i; break }
            }
            guard end >= 0 else { return nil }
            // Backward pass: the latest start for that end, giving the tightest window.
            pi = m - 1
            var start = end
            var i = end
            while i >= 0 {
                if text[i] == pattern[pi] {
                    if pi == 0 { start = i; break }
                    pi -= 1
                }
                i -= 1
            }
            // Best alignment (fzf v2 style) when the text is short enough; else the tight window.
            if m * (n - firstStart(text, pattern[0])) <= 60_000, let best = optimal(pattern, text: text, cased: cased) {
                return best
            }
            var positions: [Int] = []
            positions.reserveCapacity(m)
            pi = 0
            for j in start...end where pi < m && text[j] == pattern[pi] {
                positions.append(j)
                pi += 1
            }
            return Match(score: score(positions, cased: cased), positions: positions)
        case .exact, .prefix, .suffix, .whole:
            var candidates: [Int]
            switch mode {
            case .prefix: candidates = [0]
            case .suffix: candidates = [n - m]
            case .whole: candidates = m == n ? [0] : []
            default: candidates = Array(0...(n - m))
            }
            var best: Match?
            for s in candidates {
                var ok = true
                for k in 0..<m where text[s + k] != pattern[k] { ok = false; break }
                if ok {
                    let positions = Array(s..<(s + m))
                    let sc = score(positions, cased: cased)
                    if sc > (best?.score ?? Int.min) { best = Match(score: sc, positions: positions) }
                    if mode == .exact && isBoundary(s, cased) { break }
                }
            }
            return best
        }
    }

    static func firstStart(_ text: [UInt32], _ c: UInt32) -> Int {
        text.firstIndex(of: c) ?? text.count
    }

    /// The highest-scoring alignment of `pattern` in `text`, by dynamic programming over
    /// (pattern index, text index). Maximises exactly what `score` computes.
    static func optimal(_ pattern: [UInt32], text: [UInt32], cased: [UInt32]) -> Match? {
        let m = pattern.count, n = text.count
        let from = firstStart(text, pattern[0])
        guard from < n else { return nil }
        let width = n - from
        let none = Int.min / 4
        var bonus = [Int](repeating: 0, count: width)
        for j in 0..<width {
            let t = from + j
            bonus[j] = isBoundary(t, cased) ? bonusBoundary : (isCamel(t, cased) ? bonusCamel : 0)
        }
        // scores[i * width + j]: best score with pattern[i] at text[from + j]; back: previous j.
        var scores = [Int](repeating: none, count: m * width)
        var back = [Int32](repeating: -1, count: m * width)
        for j in 0..<width where text[from + j] == pattern[0] {
            scores[j] = scoreMatch + bonus[j] * bonusFirstCharMultiplier - min(from + j, 15) / 5
        }
        for i in 1..<max(1, m) {
            var runBest = none      // max over k <= j-2 of scores[i-1][k] + k * ext
            var runArg = -1
            let row = i * width, prev = (i - 1) * width
            for j in 0..<width {
                if j >= 2, scores[prev + j - 2] != none {
                    let v = scores[prev + j - 2] + (j - 2) * penaltyGapExtension
                    if v > runBest { runBest = v; runArg = j - 2 }
                }
                guard text[from + j] == pattern[i] else { continue }
                let base = scoreMatch + bonus[j]
                var best = none, arg = -1
                if j >= 1, scores[prev + j - 1] != none {
                    best = scores[prev + j - 1] + base + bonusConsecutive
                    arg = j - 1
                }
                if runBest != none {
                    let v = runBest - penaltyGapStart - (j - 2) * penaltyGapExtension + base
                    if v > best { best = v; arg = runArg }
                }
                if arg >= 0 { scores[row + j] = best; back[row + j] = Int32(arg) }
            }
        }
        let last = (m - 1) * width
        var bestJ = -1, bestScore = none
        for j in 0..<width where scores[last + j] > bestScore { bestScore = scores[last + j]; bestJ = j }
        guard bestJ >= 0 else { return nil }
        var positions = [Int](repeating: 0, count: m)
        var j = bestJ
        for i in stride(from: m - 1, through: 0, by: -1) {
            positions[i] = from + j
            if i > 0 { j = Int(back[i * width + j]) }
        }
        return Match(score: score(positions, cased: cased), positions: positions)
    }

    static func isAlnum(_ v: UInt32) -> Bool {
        guard let u = Unicode.Scalar(v) else { return false }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    static func isBoundary(_ i: Int, _ cased: [UInt32]) -> Bool {
        i == 0 || !isAlnum(cased[i - 1])
    }

    static func isCamel(_ i: Int, _ cased: [UInt32]) -> Bool {
        guard i > 0, let a = Unicode.Scalar(cased[i - 1]), let b = Unicode.Scalar(cased[i]) else { return false }
        return a.properties.isLowercase && b.properties.isUppercase
    }

    /// The score of a set of matched positions in a text.
    static func score(_ positions: [Int], cased: [UInt32]) -> Int {
        var total = 0
        var prev = -2
        var consecutive = 0
        for (k, p) in positions.enumerated() {
            var s = scoreMatch
            var bonus = 0
            if isBoundary(p, cased) { bonus = bonusBoundary } else if isCamel(p, cased) { bonus = bonusCamel }
            if k == 0 { bonus *= bonusFirstCharMultiplier }
            if p == prev + 1 {
                consecutive += 1
                s += bonusConsecutive
            } else {
                if k > 0 {
                    let gap = p - prev - 1
                    total -= penaltyGapStart + (gap - 1) * penaltyGapExtension
                }
                consecutive = 0
            }
            total += s + bonus
            prev = p
        }
        // A match starting earlier is slightly better.
        if let first = positions.first { total -= min(first, 15) / 5 }
        return total
    }
}
