extension CatalogLoader {
    /// How a file given as a catalogue is read, told by its content (see `ListFileKind`).
    public enum Reading: Sendable, Equatable {
        /// Decoded as a Pavilion catalogue: one that declares its format, JSON the decoder should
        /// judge (another `format`, a `version`, a syntax error, a catalogue inside an array), and
        /// text named `.json` that is no JSON at all (its errors are JSON errors).
        case catalogue
        /// Imported as an exhibitor list: CSV or TSV text, an Excel workbook, an .xls file (which
        /// the importer refuses in one line).
        case list
        /// JSON that is not a catalogue (a directory's export): refused with one line pointing
        /// to `pavilion import`.
        case otherJSON
    }

    /// Top-level keys that only a Pavilion catalogue has: an object with one is judged by the
    /// catalogue decoder, even without its `format`.
    static let catalogueKeys: Set<String> = ["format", "version", "expos", "delegations", "sources", "synthetic"]

    /// How `bytes` (from `path`) are read.
    public static func reading(_ bytes: [UInt8], path: String) -> Reading {
        switch ListFileKind.detect(bytes) {
        case .pavilionCatalog: return .catalogue
        case .zip, .ole: return .list
        case .text: return path.lowercased().hasSuffix(".json") ? .catalogue : .list
        case .json: return looksLikeCatalogue(bytes) ? .catalogue : .otherJSON
        }
    }

    /// True for JSON the catalogue decoder should judge: a syntax error, an empty object, an
    /// object with a key only catalogues have, or a declared Pavilion format anywhere near the top
    /// (a catalogue wrapped in an array).
    static func looksLikeCatalogue(_ bytes: [UInt8]) -> Bool {
        if ListFileKind.declaresPavilionFormat(bytes.prefix(65_536)) { return true }
        var parser = JSONParser()
        // The elements of the root's arrays are dropped as they are read: only its keys matter.
        guard let root = try? parser.parse(bytes, streaming: { _, _, _ in true }) else { return true }
        switch root.value {
        case .object(let members):
            return members.isEmpty || members.contains { catalogueKeys.contains($0.key) }
        default:
            return false
        }
    }

    /// The one error for JSON that is not a catalogue, at the start of its root value.
    public static func otherJSONDiagnostic(_ bytes: [UInt8], path: String) -> Diagnostic {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        if ScheduleFormat.detect(bytes) == .c3vocJSON {
            return Diagnostic(.error, path: "", position: LineMap(bytes).position(of: i),
                              message: "the file is a conference schedule (c3voc JSON), not a Pavilion catalogue; "
                                + "to read its events, run `pavilion import \(shellQuoted(path)) --expo ID`")
        }
        return Diagnostic(.error, path: "", position: LineMap(bytes).position(of: i),
                          message: "the file is JSON but not a Pavilion catalogue (it does not declare \"format\": \"\(CatalogDecoder.formatName)\"); "
                            + "to read it as an exhibitor list, run `pavilion import \(shellQuoted(path))`")
    }

    /// `path` as a shell word: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { u in
            (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
                || "._/-+,:@%=".unicodeScalars.contains(u)
        }
        if plain, !path.isEmpty { return path }
        return "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
