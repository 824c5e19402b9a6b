/// Natural order (placeholder until the tested version lands): digits compare as numbers.
public func naturalLess(_ a: String, _ b: String) -> Bool {
    let la = a.lowercased(), lb = b.lowercased()
    if la == lb { return a < b }
    var i = la.unicodeScalars.makeIterator(), j = lb.unicodeScalars.makeIterator()
    var x = i.next(), y = j.next()
    while let p = x, let q = y {
        if p.properties.numericType != nil, q.properties.numericType != nil, p.isASCII, q.isASCII {
            var na = "", nb = ""
            while let c = x, c.isASCII, c.properties.numericType != nil { na.unicodeScalars.append(c); x = i.next() }
            while let c = y, c.isASCII, c.properties.numericType != nil { nb.unicodeScalars.append(c); y = j.next() }
            if na.count != nb.count { return na.count < nb.count }
            if na != nb { return na < nb }
            continue
        }
        if p != q { return p < q }
        x = i.next(); y = j.next()
    }
    return x == nil && y != nil
}
