import Dispatch

/// Builds the arrays of a `BoothSearchIndex`.
///
/// Strings many booths share (products, sectors, delegation, hall, expo, country, kind,
/// region) are folded once into a table of distinct strings, and each booth refers to them by
/// number; a search then matches each such string once per query instead of once per booth.
/// A booth's own strings (exhibitor name, local name, booth code) are folded into one buffer
/// of tagged segments, the name first.
struct SearchIndexBuilder {
    typealias Tag = BoothSearchIndex.Tag

    /// Distinct shared strings, folded.
    struct Vocabulary {
        private var ids: [String: UInt32] = [:]
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        /// Per string, which of a–z and 0–9 it holds (see `BoothSearchIndex.bit`).
        var masks: [UInt64] = []

        /// The number of `s`, adding it when new.
        mutating func id(_ s: String) -> UInt32 {
            if let i = ids[s] { return i }
            let folded = CompiledQuery.fold(s)
            bytes.append(contentsOf: folded)
            starts.append(bytes.count)
            masks.append(BoothSearchIndex.mask(folded))
            let i = UInt32(masks.count - 1)
            ids[s] = i
            return i
        }

        /// Drops the look-up table once every string is in.
        mutating func finish() { ids = [:] }
    }

    /// References to shared strings: a tag and a string number each.
    struct Refs: Sendable {
        var tags: [UInt8] = []
        var ids: [UInt32] = []
        mutating func add(_ tag: Tag, _ id: UInt32) {
            tags.append(tag.rawValue)
            ids.append(id)
        }
    }

    /// One slice of the per-booth arrays, built on its own core.
    struct Part {
        var own: [UInt8] = []
        var ownStarts: [Int] = []
        var refTags: [UInt8] = []
        var refIDs: [UInt32] = []
        var refStarts: [Int] = []
        var areas: [Double] = []
        var masks: [BoothSearchIndex.Masks] = []
    }

    /// The arrays of a finished index.
    struct Arrays {
        var own: [UInt8] = []
        var ownStarts: [Int] = []
        var refTags: [UInt8] = []
        var refIDs: [UInt32] = []
        var refStarts: [Int] = []
        var vocabulary = Vocabulary()
        var areas: [Double] = []
        var masks: [BoothSearchIndex.Masks] = []
        var rank: [Int32] = []
        var byRank: [Int32] = []
    }

    /// Builds every array for `catalog`, on both cores for large catalogues.
    static func build(_ catalog: Catalog) -> Arrays {
        var vocab = Vocabulary()
        // Shared strings of expos, delegations and exhibitors, as references per record.
        let expoRefs: [Refs] = catalog.expos.map { e in
            var r = Refs()
            r.add(.expo, vocab.id(e.name))
            r.add(.expoKey, vocab.id(e.id))
            if let s = e.start { r.add(.expoKey, vocab.id(s)) }
            return r
        }
        let delegationRefs: [Refs] = catalog.delegations.map { d in
            var r = Refs()
            r.add(.delegation, vocab.id(d.name))
            if let c = d.country { r.add(.country, vocab.id(c)) }
            if let k = d.kind { r.add(.kind, vocab.id(k.rawValue)) }
            if let g = d.region { r.add(.region, vocab.id(g)) }
            return r
        }
        let exhibitorRefs: [Refs] = catalog.exhibitors.map { x in
            var r = Refs()
            for s in x.sectors { r.add(.sector, vocab.id(s)) }
            if let c = x.country { r.add(.country, vocab.id(c)) }
            return r
        }
        // Products and halls are per booth but mostly repeated.
        let n = catalog.booths.count
        var boothRefs = Refs()
        var boothRefStarts = [Int](repeating: 0, count: n + 1)
        for (i, b) in catalog.booths.enumerated() {
            for p in b.products { boothRefs.add(.product, vocab.id(p)) }
            if let h = b.hall { boothRefs.add(.hall, vocab.id(h)) }
            boothRefStarts[i + 1] = boothRefs.ids.count
        }
        vocab.finish()

        let chunks = n >= 20_000 ? 2 : 1
        var parts = [Part](repeating: Part(), count: chunks)
        let shared = Shared(catalog: catalog, vocabMasks: vocab.masks, expoRefs: expoRefs, delegationRefs: delegationRefs,
                            exhibitorRefs: exhibitorRefs, boothRefs: boothRefs, boothRefStarts: boothRefStarts)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                out.value[c] = shared.part((n * c / chunks)..<(n * (c + 1) / chunks))
            }
        }
        var a = Arrays()
        a.vocabulary = vocab
        a.ownStarts.reserveCapacity(n + 1)
        a.refStarts.reserveCapacity(n + 1)
        a.own.reserveCapacity(parts.reduce(0) { $0 + $1.own.count })
        a.refIDs.reserveCapacity(parts.reduce(0) { $0 + $1.refIDs.count })
        a.refTags.reserveCapacity(a.refIDs.capacity)
        a.areas.reserveCapacity(n)
        a.masks.reserveCapacity(n)
        for part in parts {
            let ownBase = a.own.count, refBase = a.refIDs.count
            a.ownStarts.append(contentsOf: part.ownStarts.lazy.map { $0 + ownBase })
            a.refStarts.append(contentsOf: part.refStarts.lazy.map { $0 + refBase })
            a.own.append(contentsOf: part.own)
            a.refTags.append(contentsOf: part.refTags)
            a.refIDs.append(contentsOf: part.refIDs)
            a.areas.append(contentsOf: part.areas)
            a.masks.append(contentsOf: part.masks)
        }
        parts = []
        a.ownStarts.append(a.own.count)
        a.refStarts.append(a.refIDs.count)
        (a.rank, a.byRank) = ranks(catalog)
        return a
    }

    /// What the cores read while building their parts.
    private struct Shared: @unchecked Sendable {
        let catalog: Catalog
        let vocabMasks: [UInt64]
        let expoRefs: [Refs]
        let delegationRefs: [Refs]
        let exhibitorRefs: [Refs]
        let boothRefs: Refs
        let boothRefStarts: [Int]

        func part(_ range: Range<Int>) -> Part {
            var part = Part()
            let n = range.count
            part.ownStarts.reserveCapacity(n)
            part.own.reserveCapacity(n * 40)
            part.refStarts.reserveCapacity(n)
            part.refIDs.reserveCapacity(n * 10)
            part.refTags.reserveCapacity(n * 10)
            part.areas.reserveCapacity(n)
            part.masks.reserveCapacity(n)
            let booths = catalog.booths
            let xOf = catalog.exhibitorOfBooth, dOf = catalog.delegationOfBooth, eOf = catalog.expoOfBooth
            for i in range {
                let b = booths[i]
                var m = BoothSearchIndex.Masks()
                part.ownStarts.append(part.own.count)
                part.refStarts.append(part.refIDs.count)
                let x = xOf[i] >= 0 ? catalog.exhibitors[Int(xOf[i])] : nil
                let name = CompiledQuery.fold(x?.name ?? b.exhibitor)
                let nameMask = BoothSearchIndex.mask(name)
                m.name = nameMask
                m.text |= nameMask
                part.own.append(Tag.name.rawValue)
                part.own.append(contentsOf: name)
                if let l = x?.localName {
                    // A local name equal to the name (after folding) adds nothing to match.
                    let local = CompiledQuery.fold(l)
                    if local != name {
                        m.text |= BoothSearchIndex.mask(local)
                        part.own.append(Tag.local.rawValue)
                        part.own.append(contentsOf: local)
                    }
                }
                if let c = b.code {
                    let code = CompiledQuery.fold(c)
                    m.text |= BoothSearchIndex.mask(code)
                    part.own.append(Tag.code.rawValue)
                    part.own.append(contentsOf: code)
                }
                m.own = m.text
                m.all = m.text
                func add(_ r: Refs, _ range: Range<Int>) {
                    for k in range {
                        let tag = r.tags[k], id = r.ids[k]
                        part.refTags.append(tag)
                        part.refIDs.append(id)
                        let bits = vocabMasks[Int(id)]
                        m.all |= bits
                        if tag <= Tag.expo.rawValue { m.text |= bits }
                    }
                }
                add(boothRefs, boothRefStarts[i]..<boothRefStarts[i + 1])
                if xOf[i] >= 0 { let r = exhibitorRefs[Int(xOf[i])]; add(r, 0..<r.ids.count) }
                if dOf[i] >= 0 { let r = delegationRefs[Int(dOf[i])]; add(r, 0..<r.ids.count) }
                if eOf[i] >= 0 { let r = expoRefs[Int(eOf[i])]; add(r, 0..<r.ids.count) }
                part.areas.append(b.areaSqm ?? .nan)
                part.masks.append(m)
            }
            return part
        }
    }

    /// Each booth's place in the tie-break order (shorter name first, then name order, then
    /// position), and the booths in that order. Names are sorted once per exhibitor.
    static func ranks(_ catalog: Catalog) -> (rank: [Int32], byRank: [Int32]) {
        let n = catalog.booths.count
        let xOf = catalog.exhibitorOfBooth
        // Names: every exhibitor's, then the exhibitor ids of booths whose exhibitor is unknown.
        var names = catalog.exhibitors.map(\.name)
        var nameOf = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            if xOf[i] >= 0 { nameOf[i] = xOf[i] } else {
                nameOf[i] = Int32(names.count)
                names.append(catalog.booths[i].exhibitor)
            }
        }
        let counts = names.map(\.count)
        let order = names.indices.sorted { a, b in
            let ca = counts[a], cb = counts[b]
            if ca != cb { return ca < cb }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }
        // Equal names share a place, so their booths follow in catalogue order.
        var place = [Int32](repeating: 0, count: names.count)
        var p: Int32 = 0
        for (k, i) in order.enumerated() {
            if k > 0, names[order[k - 1]] != names[i] || counts[order[k - 1]] != counts[i] { p += 1 }
            place[i] = p
        }
        // Booths by place, then position: a counting sort.
        var starts = [Int](repeating: 0, count: Int(p) + 2)
        for i in 0..<n { starts[Int(place[Int(nameOf[i])]) + 1] += 1 }
        for k in 0..<(starts.count - 1) { starts[k + 1] += starts[k] }
        var byRank = [Int32](repeating: 0, count: n)
        var rank = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let k = Int(place[Int(nameOf[i])])
            byRank[starts[k]] = Int32(i)
            rank[i] = Int32(starts[k])
            starts[k] += 1
        }
        return (rank, byRank)
    }
}
