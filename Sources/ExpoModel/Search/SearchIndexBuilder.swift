import Dispatch

/// Builds the arrays of a `BoothSearchIndex`.
///
/// Strings many booths share (products, sectors, delegation, hall, expo, country, kind,
/// region) are folded once into a table of distinct strings, and each booth refers to them by
/// number; a search then matches each such string once per query instead of once per booth.
/// The strings of a booth's expo and delegation are reached through one "context" number per
/// booth, scored once per query. A booth's own strings (exhibitor name, local name, booth code)
/// are folded into one buffer of tagged segments, the name first, ending with a 0 byte.
struct SearchIndexBuilder {
    typealias Tag = BoothSearchIndex.Tag

    /// A reference to a shared string: its tag in the top 4 bits, its number below.
    static let idBits: UInt32 = 28
    static let idMask: UInt32 = (1 << idBits) - 1

    /// Distinct shared strings, folded.
    struct Vocabulary {
        /// The most strings the table holds (what a reference's number can hold).
        var limit = Int(SearchIndexBuilder.idMask)
        private var ids: [String: UInt32] = [:]
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        /// Per string, which characters it holds (see `BoothSearchIndex.bit`).
        var masks: [UInt64] = []

        /// The reference to `s` under `tag`, adding `s` when new; nil when the table is full
        /// (the string is then kept with the booth's own strings).
        mutating func ref(_ tag: Tag, _ s: String) -> UInt32? {
            if let i = ids[s] { return UInt32(tag.rawValue) << SearchIndexBuilder.idBits | i }
            guard masks.count < limit else { return nil }
            let folded = CompiledQuery.fold(s)
            bytes.append(contentsOf: folded)
            starts.append(bytes.count)
            masks.append(BoothSearchIndex.mask(folded))
            let i = UInt32(masks.count - 1)
            ids[s] = i
            return UInt32(tag.rawValue) << SearchIndexBuilder.idBits | i
        }

        /// Drops the look-up table once every string is in.
        mutating func finish() { ids = [:] }
    }

    /// A record's shared strings: references, and the strings that did not fit in the table.
    struct Refs: Sendable {
        var refs: [UInt32] = []
        var inline: [(Tag, String)] = []

        mutating func add(_ tag: Tag, _ s: String, _ vocab: inout Vocabulary) {
            if let r = vocab.ref(tag, s) { refs.append(r) } else { inline.append((tag, s)) }
        }
    }

    /// Per booth, which characters occur in any field and in its own segments: read for every
    /// term, so kept apart from `ColdMasks`.
    struct HotMasks: Sendable {
        var all: UInt64 = 0
        var own: UInt64 = 0
    }

    /// Per booth, which characters occur in its text fields and in its name: read only for
    /// one-letter terms.
    struct ColdMasks: Sendable {
        var text: UInt64 = 0
        var name: UInt64 = 0
    }

    /// One slice of the per-booth arrays, built on its own core.
    struct Part {
        var own: [UInt8] = []
        var ownStarts: [Int] = []
        var refs: [UInt32] = []
        var refStarts: [Int] = []
        var areas: [Double] = []
        var hot: [HotMasks] = []
        var cold: [ColdMasks] = []
        var ownTags: UInt32 = 0
    }

    /// The arrays of a finished index.
    /// What the scan reads first for each booth, in one place: its masks and where its own
    /// segments, references and context are.
    struct BoothHead: Sendable {
        var all: UInt64
        var own: UInt64
        var ownStart: Int
        var refStart: Int
        var refCount: UInt32
        var context: UInt32
    }

    struct Arrays {
        var own: [UInt8] = []
        var refs: [UInt32] = []
        var heads: [BoothHead] = []
        /// Per context, its references (`contextRefs[contextStarts[c] ..< contextStarts[c + 1]]`).
        var contextRefs: [UInt32] = []
        var contextStarts: [Int] = [0]
        var vocabulary = Vocabulary()
        var areas: [Double] = []
        var cold: [ColdMasks] = []
        /// The tags any own segment has.
        var ownTags: UInt32 = 0
        var rank: [Int32] = []
        var byRank: [Int32] = []
    }

    /// Builds every array for `catalog`, on both cores for large catalogues.
    /// - Parameter vocabularyLimit: the most shared strings in the table (tests make it small,
    ///   so that strings past it are kept with booths' own strings, as in a gigantic file).
    static func build(_ catalog: Catalog, vocabularyLimit: Int = Int(idMask)) -> Arrays {
        var vocab = Vocabulary()
        vocab.limit = min(vocabularyLimit, Int(idMask))
        let n = catalog.booths.count
        // Contexts: the distinct (expo, delegation) pairs of booths, with their shared strings.
        let contextOf: [UInt32]
        var contexts: [Refs]
        (contextOf, contexts) = Self.contexts(catalog, &vocab)
        var romanNames = Self.romanNames(catalog.exhibitors)
        let exhibitorRefs: [Refs] = catalog.exhibitors.indices.map { i in
            let x = catalog.exhibitors[i]
            var r = Refs()
            for s in x.sectors { r.add(.sector, s, &vocab) }
            if let c = x.country { r.add(.country, c, &vocab) }
            // Latin forms of a name in another script, for Latin queries.
            for s in romanNames[i] { r.add(.roman, s, &vocab) }
            return r
        }
        romanNames = []
        let xOf = catalog.exhibitorOfBooth
        // Products and halls are per booth but mostly repeated.
        var boothRefs = Refs()
        var boothInline: [Int: [(Tag, String)]] = [:]
        var boothRefStarts = [Int](repeating: 0, count: n + 1)
        for (i, b) in catalog.booths.enumerated() {
            let before = boothRefs.inline.count
            for p in b.products { boothRefs.add(.product, p, &vocab) }
            if let h = b.hall {
                boothRefs.add(.hall, h, &vocab)
                // A hall id also stands for its hall's name (`hall:a` finds Hall A's booths).
                if let name = catalog.hall(ofBooth: b)?.name { boothRefs.add(.hall, name, &vocab) }
            }
            if xOf[i] < 0 { for s in Romanizer.fastTexts(b.exhibitor) { boothRefs.add(.roman, s, &vocab) } }
            if boothRefs.inline.count > before { boothInline[i] = Array(boothRefs.inline[before...]) }
            boothRefStarts[i + 1] = boothRefs.refs.count
        }
        vocab.finish()

        var a = Arrays()
        // Context strings that did not fit in the table stay with each booth's own strings.
        let contextInline = contexts.map(\.inline)
        for r in contexts {
            a.contextRefs.append(contentsOf: r.refs)
            a.contextStarts.append(a.contextRefs.count)
        }
        contexts = []

        let chunks = n >= 20_000 ? 2 : 1
        var parts = [Part](repeating: Part(), count: chunks)
        let contextMasks = Self.contextMasks(a, vocab.masks)
        let shared = Shared(catalog: catalog, vocabMasks: vocab.masks, exhibitorRefs: exhibitorRefs, boothRefs: boothRefs.refs,
                            boothRefStarts: boothRefStarts, boothInline: boothInline, contextOf: contextOf, contextInline: contextInline,
                            contextMasks: contextMasks)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                out.value[c] = shared.part((n * c / chunks)..<(n * (c + 1) / chunks))
            }
        }
        a.vocabulary = vocab
        Self.append(parts, contextOf: contextOf, to: &a)
        parts = []
        // Room for the scan to read eight bytes at a time past the last segment.
        a.own.append(contentsOf: repeatElement(0, count: 8))
        (a.rank, a.byRank) = ranks(catalog)
        return a
    }

    /// The distinct (expo, delegation) pairs of booths, with their shared strings, and the
    /// pair of each booth.
    static func contexts(_ catalog: Catalog, _ vocab: inout Vocabulary) -> (contextOf: [UInt32], contexts: [Refs]) {
        let n = catalog.booths.count
        let dOf = catalog.delegationOfBooth, eOf = catalog.expoOfBooth
        var contextIDs: [Int64: UInt32] = [:]
        var contextOf = [UInt32](repeating: 0, count: n)
        var contexts = [Refs]()
        for i in 0..<n {
            let key = Int64(eOf[i]) << 32 | Int64(UInt32(bitPattern: dOf[i]))
            if let c = contextIDs[key] { contextOf[i] = c; continue }
            var r = Refs()
            if eOf[i] >= 0 {
                let e = catalog.expos[Int(eOf[i])]
                r.add(.expo, e.name, &vocab)
                r.add(.expoKey, e.id, &vocab)
                if let s = e.start { r.add(.expoKey, s, &vocab) }
            }
            if dOf[i] >= 0 {
                let d = catalog.delegations[Int(dOf[i])]
                r.add(.delegation, d.name, &vocab)
                for s in Romanizer.fastTexts(d.name) { r.add(.roman, s, &vocab) }
                if let c = d.country { r.add(.country, c, &vocab) }
                if let k = d.kind { r.add(.kind, k.rawValue, &vocab) }
                if let g = d.region { r.add(.region, g, &vocab) }
            }
            let c = UInt32(contexts.count)
            contexts.append(r)
            contextIDs[key] = c
            contextOf[i] = c
        }
        return (contextOf, contexts)
    }

    /// Per context, the characters of its strings, for every booth's masks.
    static func contextMasks(_ a: Arrays, _ vocabMasks: [UInt64]) -> [(all: UInt64, text: UInt64)] {
        var contextMasks = [(all: UInt64, text: UInt64)](repeating: (0, 0), count: a.contextStarts.count - 1)
        for c in contextMasks.indices {
            for r in a.contextRefs[a.contextStarts[c]..<a.contextStarts[c + 1]] {
                let bits = vocabMasks[Int(r & idMask)]
                contextMasks[c].all |= bits
                if Tag(rawValue: UInt8(r >> idBits))?.isText == true { contextMasks[c].text |= bits }
            }
        }
        return contextMasks
    }

    /// Appends the cores' parts, in order, to `a`: each booth's head, then the parts' arrays.
    static func append(_ parts: [Part], contextOf: [UInt32], to a: inout Arrays) {
        let n = contextOf.count
        a.heads.reserveCapacity(n)
        a.own.reserveCapacity(parts.reduce(0) { $0 + $1.own.count } + 8)
        a.refs.reserveCapacity(parts.reduce(0) { $0 + $1.refs.count })
        a.areas.reserveCapacity(n)
        a.cold.reserveCapacity(n)
        var i = 0
        for part in parts {
            let ownBase = a.own.count, refBase = a.refs.count
            for k in part.hot.indices {
                let refEnd = k + 1 < part.refStarts.count ? part.refStarts[k + 1] : part.refs.count
                a.heads.append(BoothHead(all: part.hot[k].all, own: part.hot[k].own, ownStart: part.ownStarts[k] + ownBase,
                                         refStart: part.refStarts[k] + refBase, refCount: UInt32(refEnd - part.refStarts[k]),
                                         context: contextOf[i]))
                i += 1
            }
            a.own.append(contentsOf: part.own)
            a.refs.append(contentsOf: part.refs)
            a.areas.append(contentsOf: part.areas)
            a.cold.append(contentsOf: part.cold)
            a.ownTags |= part.ownTags
        }
    }

    /// What the cores read while building their parts.
    private struct Shared: @unchecked Sendable {
        let catalog: Catalog
        let vocabMasks: [UInt64]
        let exhibitorRefs: [Refs]
        let boothRefs: [UInt32]
        let boothRefStarts: [Int]
        let boothInline: [Int: [(Tag, String)]]
        let contextOf: [UInt32]
        let contextInline: [[(Tag, String)]]
        let contextMasks: [(all: UInt64, text: UInt64)]

        func part(_ range: Range<Int>) -> Part {
            var part = Part()
            let n = range.count
            part.ownStarts.reserveCapacity(n)
            part.own.reserveCapacity(n * 40)
            part.refStarts.reserveCapacity(n)
            part.refs.reserveCapacity(n * 5)
            part.areas.reserveCapacity(n)
            part.hot.reserveCapacity(n)
            part.cold.reserveCapacity(n)
            let booths = catalog.booths
            let xOf = catalog.exhibitorOfBooth
            for i in range {
                let b = booths[i]
                var hot = HotMasks(), cold = ColdMasks()
                part.ownStarts.append(part.own.count)
                part.refStarts.append(part.refs.count)
                func addOwn(_ tag: Tag, _ folded: [UInt8]) {
                    let bits = BoothSearchIndex.mask(folded)
                    hot.own |= bits
                    hot.all |= bits
                    if tag.isText { cold.text |= bits }
                    if tag == .name { cold.name |= bits }
                    part.own.append(tag.rawValue)
                    part.own.append(contentsOf: folded)
                    part.ownTags |= 1 << UInt32(tag.rawValue)
                }
                func addRef(_ r: UInt32) {
                    part.refs.append(r)
                    let bits = vocabMasks[Int(r & SearchIndexBuilder.idMask)]
                    hot.all |= bits
                    if Tag(rawValue: UInt8(r >> SearchIndexBuilder.idBits))?.isText == true { cold.text |= bits }
                }
                let x = xOf[i] >= 0 ? catalog.exhibitors[Int(xOf[i])] : nil
                let name = CompiledQuery.fold(x?.name ?? b.exhibitor)
                addOwn(.name, name)
                if let l = x?.localName {
                    // A local name equal to the name (after folding) adds nothing to match.
                    let local = CompiledQuery.fold(l)
                    if local != name { addOwn(.local, local) }
                }
                if let c = b.code { addOwn(.code, CompiledQuery.fold(c)) }
                for k in boothRefStarts[i]..<boothRefStarts[i + 1] { addRef(boothRefs[k]) }
                if let x = xOf[i] >= 0 ? exhibitorRefs[Int(xOf[i])] : nil {
                    for r in x.refs { addRef(r) }
                    for (tag, s) in x.inline { addOwn(tag, CompiledQuery.fold(s)) }
                }
                for (tag, s) in boothInline[i] ?? [] { addOwn(tag, CompiledQuery.fold(s)) }
                let context = Int(contextOf[i])
                for (tag, s) in contextInline[context] { addOwn(tag, CompiledQuery.fold(s)) }
                hot.all |= contextMasks[context].all
                cold.text |= contextMasks[context].text
                part.own.append(0)
                part.areas.append(b.areaSqm ?? .nan)
                part.hot.append(hot)
                part.cold.append(cold)
            }
            return part
        }
    }

    /// The tie-break order of names: fewer characters first, then name order, then position.
    @inline(__always)
    static func nameOrder(_ a: Int, _ b: Int, _ names: [String], _ counts: UnsafeBufferPointer<Int>) -> Bool {
        let ca = counts[a], cb = counts[b]
        if ca != cb { return ca < cb }
        if names[a] != names[b] { return names[a] < names[b] }
        return a < b
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
        // On both cores for many names: each sorts half, then the halves are merged.
        let m = names.count
        let chunks = m >= 50_000 ? 2 : 1
        var counts = [Int](repeating: 0, count: m)
        var halves = [[Int]](repeating: [], count: chunks)
        let sharedNames = names
        counts.withUnsafeMutableBufferPointer { countsOut in
            halves.withUnsafeMutableBufferPointer { out in
                let box = UncheckedBox((countsOut, out))
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let range = (m * c / chunks)..<(m * (c + 1) / chunks)
                    for i in range { box.value.0[i] = sharedNames[i].count }
                }
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let range = (m * c / chunks)..<(m * (c + 1) / chunks)
                    let counts = UnsafeBufferPointer(box.value.0)
                    box.value.1[c] = range.sorted { a, b in Self.nameOrder(a, b, sharedNames, counts) }
                }
            }
        }
        let order = chunks == 1 ? halves[0] : Self.merged(halves[0], halves[1], names, counts)
        halves = []
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

    /// Two halves sorted by `nameOrder`, merged into one order.
    static func merged(_ x: [Int], _ y: [Int], _ names: [String], _ counts: [Int]) -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(names.count)
        counts.withUnsafeBufferPointer { counts in
            var i = 0, j = 0
            while i < x.count, j < y.count {
                if Self.nameOrder(y[j], x[i], names, counts) { order.append(y[j]); j += 1 } else { order.append(x[i]); i += 1 }
            }
            order += x[i...]
            order += y[j...]
        }
        return order
    }
}
