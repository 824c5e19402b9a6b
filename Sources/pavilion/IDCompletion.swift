import ExpoModel
import Foundation
import PavilionAssets

/// Completion of record ids for `pavilion show` and `pavilion plan add` in bash, zsh and fish
/// (swift-argument-parser's `CompletionKind.custom`). The shell runs the program for each Tab:
/// this reads the catalogue the command line names (`--catalog FILE`, `--demo`, else the
/// bundled one) and offers the ids that start with the word typed. It must be quick and silent:
/// nothing is ever printed but the ids, a file that cannot be read gives no ids, and a file over
/// `maxBytes` (or standard input) is not read at all.
enum IDCompletion {
    /// Which records' ids are offered.
    enum Records: Sendable {
        /// Every kind `show` takes: booths, exhibitors, delegations, expos, events, halls, sources.
        case all
        /// Booths and exhibitors, as `plan add` takes.
        case boothsAndExhibitors
    }

    /// The largest catalogue file read for completion (a larger one would make Tab slow).
    static let maxBytes = 64 << 20

    /// The most ids offered at once.
    static let maxResults = 500

    /// The completion closure for an argument.
    static func kind(_ records: Records) -> @Sendable ([String], Int, String) -> [String] {
        { words, _, prefix in ids(words: words, prefix: prefix, records: records) }
    }

    /// The ids starting with `prefix`, sorted, at most `maxResults`, from the catalogue named by
    /// `words` (the command line being completed).
    static func ids(words: [String], prefix: String, records: Records) -> [String] {
        guard let catalog = catalog(named: words) else { return [] }
        var out: [String] = []
        func add(_ ids: some Sequence<String>) {
            for id in ids where id.hasPrefix(prefix) { out.append(id) }
        }
        add(catalog.booths.lazy.map(\.id))
        add(catalog.exhibitors.lazy.map(\.id))
        if records == .all {
            add(catalog.delegations.lazy.map(\.id))
            add(catalog.expos.lazy.map(\.id))
            add(catalog.events.lazy.map(\.id))
            add(catalog.halls.lazy.map(\.id))
            add(catalog.sources.lazy.map(\.id))
        }
        var seen = Set<String>()
        return Array(out.sorted().filter { seen.insert($0).inserted }.prefix(maxResults))
    }

    /// The catalogue the words name, or nil when it cannot be read quickly and quietly.
    static func catalog(named words: [String]) -> Catalog? {
        var path: String?
        var demo = false
        for (i, w) in words.enumerated() {
            if w == "--demo" { demo = true }
            if w == "--catalog", i + 1 < words.count { path = words[i + 1] }
            if w.hasPrefix("--catalog=") { path = String(w.dropFirst("--catalog=".count)) }
        }
        if demo { return DemoCatalog.generate(booths: DemoCatalog.defaultBooths) }
        guard let path else { return try? CatalogLoader.decode(BundledCatalog.bytes, path: BundledCatalog.name).0 }
        // A shell passes words as typed: expand a leading ~ as it would.
        let expanded = path.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? "~") + path.dropFirst(1) : path
        guard path != "-", let size = try? CatalogLoader.readBytesCount(path: expanded), size <= maxBytes else { return nil }
        return try? CatalogLoader.loadFile(path: expanded).catalog
    }
}

extension IDCompletion.Records: Equatable {}
