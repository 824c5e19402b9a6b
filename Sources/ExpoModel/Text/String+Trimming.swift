extension String {
    func trimmingCharacters(in set: String) -> String {
        // Fast path: an ASCII set and a string that neither starts nor ends with one of its bytes
        // (most cells) is returned as it is.
        if let first = utf8.first, let last = utf8.last, set.utf8.allSatisfy({ $0 < 0x80 }),
           !set.utf8.contains(first), !set.utf8.contains(last) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
