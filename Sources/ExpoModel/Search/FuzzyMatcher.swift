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
            // Positions: prefer word starts within the window by a greedy pass from the start.
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
                    if best == nil || sc > best!.score { best = Match(score: sc, positions: positions) }
                    if mode == .exact && isBoundary(s, cased) { break }
                }
            }
            return best
        }
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
