import Foundation
import Testing

/// The bundled catalogue read as plain JSON (Foundation's JSONSerialization, not the catalogue
/// decoder), so these checks hold whatever the decoder accepts: every record cites sources, every
/// source address is one the research material gives, and the cross-references hold.
struct BundledCatalogJSON {
    /// The package root: this file is Tests/ExpoModelTests/<file>.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// ../shared, beside the package root.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let file = packageRoot.appendingPathComponent("Assets/catalogs/china-russia-expo.json")

    /// The record kinds that carry sources.
    static let kinds = ["expos", "delegations", "exhibitors", "booths", "halls", "events"]

    let root: [String: Any]
    let text: String

    init() throws {
        let data = try Data(contentsOf: Self.file)
        text = String(decoding: data, as: UTF8.self)
        root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func records(_ kind: String) -> [[String: Any]] {
        root[kind] as? [[String: Any]] ?? []
    }

    func ids(_ kind: String) -> [String] {
        records(kind).compactMap { $0["id"] as? String }
    }

    /// The research notes and seed articles, concatenated.
    static func researchText() throws -> String {
        var text = ""
        for folder in ["research", "seeds"] {
            let dir = shared.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            for name in names where !name.hasPrefix(".") {
                text += try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) + "\n"
            }
        }
        return text
    }

    /// True when `address` occurs in `text` as a whole address: preceded by the start, white space
    /// or "(", and followed by the end, white space or one of `) ; , | ``.
    static func containsWholeAddress(_ text: String, _ address: String) -> Bool {
        let before: Set<Character> = [" ", "\n", "\t", "("]
        let after: Set<Character> = [" ", "\n", "\t", ")", ";", ",", "|", "`"]
        var searchStart = text.startIndex
        while let r = text.range(of: address, range: searchStart..<text.endIndex) {
            let leftOK = r.lowerBound == text.startIndex || before.contains(text[text.index(before: r.lowerBound)])
            let rightOK = r.upperBound == text.endIndex || after.contains(text[r.upperBound])
            if leftOK && rightOK { return true }
            searchStart = text.index(after: r.lowerBound)
        }
        return false
    }
}

@Suite struct BundledCatalogTruthTests {
    @Test func isFormatVersion2() throws {
        let c = try BundledCatalogJSON()
        #expect(c.root["format"] as? String == "pavilion-catalog")
        #expect(c.root["version"] as? Int == 2)
    }

    @Test func everyRecordCitesExistingSources() throws {
        let c = try BundledCatalogJSON()
        let sources = Set(c.ids("sources"))
        #expect(!sources.isEmpty)
        var uncited: [String] = [], unknown: [String] = []
        for kind in BundledCatalogJSON.kinds {
            for r in c.records(kind) {
                let id = r["id"] as? String ?? "?"
                let cited = r["sources"] as? [String] ?? []
                if cited.isEmpty { uncited.append("\(kind) \(id)") }
                unknown += cited.filter { !sources.contains($0) }.map { "\(kind) \(id) → \($0)" }
            }
        }
        #expect(uncited.isEmpty, "records without sources: \(uncited)")
        #expect(unknown.isEmpty, "unknown source ids: \(unknown)")
    }

    @Test func everySourceAddressIsInTheResearch() throws {
        let c = try BundledCatalogJSON()
        let research = try BundledCatalogJSON.researchText()
        #expect(research.count > 10_000, "research material not found under \(BundledCatalogJSON.shared.path)")
        var missing: [String] = []
        for s in c.records("sources") {
            guard let url = s["url"] as? String else { continue }
            if url.isEmpty || !BundledCatalogJSON.containsWholeAddress(research, url) {
                missing.append("\(s["id"] as? String ?? "?"): \(url)")
            }
        }
        #expect(missing.isEmpty, "addresses not found verbatim in ../shared/research or ../shared/seeds: \(missing)")
        for s in c.records("sources") {
            #expect(!((s["title"] as? String) ?? "").isEmpty, "source \(s["id"] as? String ?? "?") has no title")
        }
    }

    @Test func wholeAddressMatchIsStrict() {
        let text = "see (https://a.example/x/y) and b.example/z |"
        #expect(BundledCatalogJSON.containsWholeAddress(text, "https://a.example/x/y"))
        #expect(BundledCatalogJSON.containsWholeAddress(text, "b.example/z"))
        #expect(!BundledCatalogJSON.containsWholeAddress(text, "https://a.example/x"))
        #expect(!BundledCatalogJSON.containsWholeAddress(text, "a.example/x/y"))
    }

    @Test func viHoldingBoothHasNoCodeAndNoHall() throws {
        let c = try BundledCatalogJSON()
        let vi = c.records("booths").filter { $0["exhibitor"] as? String == "vi-holding-group" }
        #expect(vi.count == 1)
        let booth = try #require(vi.first)
        #expect(booth["code"] == nil)
        #expect(booth["hall"] == nil)
        #expect(booth["area_sqm"] as? Double == 84)
    }

    @Test func meetsTheIssueTargets() throws {
        let c = try BundledCatalogJSON()
        #expect(c.records("exhibitors").count >= 60)
        #expect(c.records("delegations").count >= 30)
        #expect(c.records("events").count >= 40)
        let seventh = c.records("expos").filter { $0["series"] as? String == "China–Russia Expo" && $0["edition"] as? Int == 7 }
        #expect(seventh.count == 1)
        #expect(seventh.first?["city"] as? String == "Yekaterinburg")
    }

    @Test func uncertainReadingsStayOut() throws {
        let c = try BundledCatalogJSON()
        let found = ["乌拉尔车辆厂", "原始能公司"].filter { c.text.contains($0) }
        #expect(found.isEmpty, "uncertain readings in the catalogue: \(found)")
    }
}
