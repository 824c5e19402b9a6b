import ExpoModel

/// A small valid catalogue, one key per line, so tests can break one line and know exactly
/// where the error is: top-level values start at column `keyLength + 7`, record values at
/// column `keyLength + 11`, and a record's `{` is at column 5.
enum Template {
    static let lines: [String] = [
        /*  1 */ "{",
        /*  2 */ "  \"format\": \"pavilion-catalog\",",
        /*  3 */ "  \"version\": 1,",
        /*  4 */ "  \"title\": \"Test fair\",",
        /*  5 */ "  \"sources\": [",
        /*  6 */ "    {",
        /*  7 */ "      \"id\": \"s1\",",
        /*  8 */ "      \"title\": \"A source\"",
        /*  9 */ "    }",
        /* 10 */ "  ],",
        /* 11 */ "  \"expos\": [",
        /* 12 */ "    {",
        /* 13 */ "      \"id\": \"e1\",",
        /* 14 */ "      \"name\": \"Expo One\",",
        /* 15 */ "      \"country\": \"CN\",",
        /* 16 */ "      \"start\": \"2017-06-15\",",
        /* 17 */ "      \"end\": \"2017-06-19\",",
        /* 18 */ "      \"figures\": {\"booths\": 2550},",
        /* 19 */ "      \"sources\": [\"s1\"]",
        /* 20 */ "    },",
        /* 21 */ "    {",
        /* 22 */ "      \"id\": \"e2\",",
        /* 23 */ "      \"name\": \"Expo Two\",",
        /* 24 */ "      \"sources\": [\"s1\"]",
        /* 25 */ "    }",
        /* 26 */ "  ],",
        /* 27 */ "  \"delegations\": [",
        /* 28 */ "    {",
        /* 29 */ "      \"id\": \"d1\",",
        /* 30 */ "      \"expo\": \"e1\",",
        /* 31 */ "      \"name\": \"Amur Oblast delegation\",",
        /* 32 */ "      \"kind\": \"regional\",",
        /* 33 */ "      \"country\": \"RU\",",
        /* 34 */ "      \"sources\": [\"s1\"]",
        /* 35 */ "    },",
        /* 36 */ "    {",
        /* 37 */ "      \"id\": \"d2\",",
        /* 38 */ "      \"expo\": \"e2\",",
        /* 39 */ "      \"name\": \"Primorsky Krai delegation\",",
        /* 40 */ "      \"sources\": [\"s1\"]",
        /* 41 */ "    }",
        /* 42 */ "  ],",
        /* 43 */ "  \"exhibitors\": [",
        /* 44 */ "    {",
        /* 45 */ "      \"id\": \"x1\",",
        /* 46 */ "      \"name\": \"Vi Holding Group\",",
        /* 47 */ "      \"country\": \"CN\",",
        /* 48 */ "      \"sources\": [\"s1\"]",
        /* 49 */ "    }",
        /* 50 */ "  ],",
        /* 51 */ "  \"booths\": [",
        /* 52 */ "    {",
        /* 53 */ "      \"id\": \"b1\",",
        /* 54 */ "      \"expo\": \"e1\",",
        /* 55 */ "      \"exhibitor\": \"x1\",",
        /* 56 */ "      \"delegation\": \"d1\",",
        /* 57 */ "      \"area_sqm\": 84,",
        /* 58 */ "      \"sources\": [\"s1\"]",
        /* 59 */ "    }",
        /* 60 */ "  ]",
        /* 61 */ "}",
    ]

    /// The template's text with some 1-based lines replaced (whole lines, indent included:
    /// see `field` and `top`) and some removed.
    static func text(_ edits: [Int: String] = [:], removing: Set<Int> = []) -> String {
        var out: [String] = []
        for (i, line) in lines.enumerated() {
            let n = i + 1
            if removing.contains(n) { continue }
            if let e = edits[n] { out.append(e) } else { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    /// Decodes the edited template.
    static func decode(_ edits: [Int: String] = [:], removing: Set<Int> = []) -> CatalogDecoder.Result {
        CatalogDecoder().decode(Array(text(edits, removing: removing).utf8))
    }

    /// A record line: six spaces of indent, then `text`.
    static func field(_ text: String) -> String { "      " + text }
    /// A top-level line: two spaces of indent, then `text`.
    static func top(_ text: String) -> String { "  " + text }
}

/// A small hand-built catalogue for relations and search.
enum SmallCatalog {
    static func make() -> Catalog {
        var e1 = Expo(id: "e1", name: "4th China–Russia Expo")
        e1.start = "2017-06-15"
        var f = Figures()
        f.booths = 2550
        e1.figures = f
        e1.sources = ["s1"]
        var e2 = Expo(id: "e2", name: "1st China–Russia Expo")
        e2.start = "2014-06-30"
        e2.sources = ["s1"]

        var d1 = Delegation(id: "d1", expo: "e2", name: "Amur Oblast delegation")
        d1.kind = .regional; d1.country = "RU"; d1.region = "Amur Oblast"
        var d2 = Delegation(id: "d2", expo: "e2", name: "Primorsky Krai delegation")
        d2.kind = .regional; d2.country = "RU"
        var d3 = Delegation(id: "d3", expo: "e1", name: "Russian exposition")
        d3.kind = .national; d3.country = "RU"

        var x1 = Exhibitor(id: "x1", name: "Vi Holding Group")
        x1.country = "CN"; x1.sectors = ["aluminium"]
        var x2 = Exhibitor(id: "x2", name: "Amur Timber")
        x2.localName = "Амурский лес"; x2.country = "RU"; x2.sectors = ["forestry"]
        var x3 = Exhibitor(id: "x3", name: "Harbin Brewery")
        x3.localName = "哈尔滨啤酒"; x3.country = "CN"; x3.sectors = ["beverages"]

        var b1 = Booth(id: "b1", expo: "e1", exhibitor: "x1")
        b1.areaSqm = 84; b1.products = ["aluminium-alloy continuous rolling products"]
        var b2 = Booth(id: "b2", expo: "e2", exhibitor: "x2")
        b2.delegation = "d1"; b2.code = "A-101"; b2.hall = "Hall 3"; b2.areaSqm = 36; b2.products = ["sawn timber"]
        var b3 = Booth(id: "b3", expo: "e2", exhibitor: "x3")
        b3.code = "C-7"; b3.hall = "Pavilion C"; b3.products = ["lager"]
        var b4 = Booth(id: "b4", expo: "e1", exhibitor: "x2")
        b4.delegation = "d3"; b4.code = "R-12"; b4.hall = "Russian Pavilion"; b4.areaSqm = 18; b4.products = ["plywood"]

        return Catalog(title: "Small", sources: [Source(id: "s1", title: "A source")], expos: [e1, e2],
                       delegations: [d1, d2, d3], exhibitors: [x1, x2, x3], booths: [b1, b2, b3, b4])
    }
}

/// Copies of JSON values with every byte offset set to zero, so records read from different
/// texts can be compared by content.
enum Offsets {
    static func strip(_ v: JSONValue) -> JSONValue {
        switch v {
        case let .array(items): return .array(items.map { JSONNode(strip($0.value)) })
        case let .object(members): return .object(strip(members))
        default: return v
        }
    }

    static func strip(_ members: [JSONMember]) -> [JSONMember] {
        members.map { JSONMember(key: $0.key, node: JSONNode(strip($0.node.value))) }
    }

    static func strip(_ c: Catalog) -> Catalog {
        Catalog(
            title: c.title, synthetic: c.synthetic,
            sources: c.sources.map { var s = $0; s.extra = strip(s.extra); return s },
            expos: c.expos.map { e in
                var e = e
                e.extra = strip(e.extra)
                if var f = e.figures {
                    f.extra = strip(f.extra)
                    f.contracts = f.contracts.map { var k = $0; k.extra = strip(k.extra); return k }
                    e.figures = f
                }
                return e
            },
            delegations: c.delegations.map { var d = $0; d.extra = strip(d.extra); return d },
            exhibitors: c.exhibitors.map { var x = $0; x.extra = strip(x.extra); return x },
            booths: c.booths.map { var b = $0; b.extra = strip(b.extra); return b },
            extra: strip(c.extra))
    }
}

/// A small deterministic random generator (SplitMix64), so property tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
