enum _DateCheck {
    /// Nil for a valid date; otherwise what to add to the message: why a well-formed date
    /// does not exist ("; there is no month 13", "; February 2017 has 28 days"), or nothing
    /// when the shape is wrong.
    static func problem(_ s: String) -> String? {
        if isValid(s) { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let m = Int(parts[1]) else { return "" }
        guard (1...12).contains(m) else { return "; there is no month \(parts[1])" }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        let month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
        return "; \(month) \(parts[0]) has \(days) days"
    }

    /// YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day.
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]) else { return false }
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false }
            if parts.count == 3 {
                guard parts[2].count == 2, let d = Int(parts[2]) else { return false }
                let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
                guard (1...days).contains(d) else { return false }
            }
        }
        return true
    }

    /// True when `a` is surely before `b`, comparing at the precision both give.
    static func isBefore(_ a: String, _ b: String) -> Bool {
        let n = min(a.count, b.count)
        return a.prefix(n) < b.prefix(n)
    }
}
