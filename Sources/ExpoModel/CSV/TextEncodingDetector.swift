#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text encoding an organiser's exhibitor list may be written in.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16, little-endian (recognised by its byte-order mark FF FE).
    case utf16LE = "utf-16le"
    /// UTF-16, big-endian (recognised by its byte-order mark FE FF).
    case utf16BE = "utf-16be"
    /// Windows-1252, what Excel on Windows writes for Western European languages.
    case windows1252 = "windows-1252"
    /// Mac Roman, what older Mac spreadsheets write.
    case macRoman = "macintosh"
    /// Windows-1251 (Cyrillic).
    case windows1251 = "windows-1251"
    /// KOI8-R (Cyrillic).
    case koi8R = "koi8-r"
    /// GB18030 (Chinese; a superset of GBK and GB2312).
    case gb18030 = "gb18030"

    /// The name shown to people ("Windows-1252", "Mac Roman"…).
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        case .windows1252: "Windows-1252"
        case .macRoman: "Mac Roman"
        case .windows1251: "Windows-1251"
        case .koi8R: "KOI8-R"
        case .gb18030: "GB18030"
        }
    }

    /// The names `--encoding` accepts, one per encoding, for messages.
    public static var acceptedNames: String {
        "utf-8, utf-16le, utf-16be, windows-1252 (cp1252, latin1), macintosh (macroman), windows-1251 (cp1251), koi8-r, gb18030 (gbk, gb2312)"
    }

    /// An encoding by name, ignoring case, spaces, dashes and underscores: "UTF-8", "utf8",
    /// "cp1252", "Windows-1252", "latin1", "iso-8859-1", "macroman", "mac-roman", "macintosh",
    /// "cp1251", "koi8r", "gb18030", "gbk", "gb2312"… Nil for a name Pavilion does not know.
    public init?(name: String) {
        let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        switch key {
        case "utf8": self = .utf8
        case "utf16le", "utf16": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "windows1252", "cp1252", "win1252", "latin1", "iso88591", "ansi": self = .windows1252
        case "macintosh", "macroman", "mac", "xmacroman": self = .macRoman
        case "windows1251", "cp1251", "win1251": self = .windows1251
        case "koi8r", "koi8": self = .koi8R
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

/// Why bytes could not be turned into text.
public enum TextEncodingError: Error, Equatable, CustomStringConvertible {
    /// `--encoding` named an encoding Pavilion does not know.
    case unknownName(String)
    /// The system has no converter for the encoding (GB18030 goes through iconv).
    case unavailable(TextEncoding)

    /// A message a user can act on.
    public var description: String {
        switch self {
        case .unknownName(let name):
            "unknown encoding \"\(name)\"; use one of \(TextEncoding.acceptedNames)"
        case .unavailable(let e):
            "this system cannot convert \(e.displayName) (iconv has no converter for it); convert the file to UTF-8 first, e.g. iconv -f \(e.rawValue) -t utf-8"
        }
    }
}

/// Finds the encoding of an exhibitor list and converts it to UTF-8.
///
/// A byte-order mark decides first (UTF-8, UTF-16 LE, UTF-16 BE); bytes that are valid UTF-8 are
/// UTF-8. Otherwise each legacy code page (Windows-1252, Mac Roman, Windows-1251, KOI8-R, GB18030)
/// scores the whole file by how plausible its letters are: common accented Latin letters, lower-case
/// Cyrillic letters inside words and GB2312 hanzi score; control characters, box-drawing and
/// diacritic symbols, capitals after a lower-case letter, mixed scripts inside a word and, for
/// GB18030, broken multi-byte sequences cost. The highest score wins (ties in the order above).
public enum TextEncodingDetector {
    /// The outcome of detection.
    public struct Detection: Sendable, Equatable {
        /// The encoding chosen.
        public var encoding: TextEncoding
        /// True when the file starts with a byte-order mark for it.
        public var byteOrderMark: Bool
        /// True when the encoding was chosen by letter statistics (not valid UTF-8, no byte-order mark).
        public var byStatistics: Bool
    }

    /// The legacy code pages tried when bytes are not UTF-8, in the order that breaks ties.
    public static let legacyCandidates: [TextEncoding] = [.windows1252, .macRoman, .windows1251, .koi8R, .gb18030]

    /// Detects the encoding of `bytes`.
    public static func detect(_ bytes: [UInt8]) -> Detection {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Detection(encoding: .utf8, byteOrderMark: true, byStatistics: false) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Detection(encoding: .utf16LE, byteOrderMark: true, byStatistics: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Detection(encoding: .utf16BE, byteOrderMark: true, byStatistics: false) }
        if isValidUTF8(bytes) { return Detection(encoding: .utf8, byteOrderMark: false, byStatistics: false) }
        var best = TextEncoding.windows1252, bestScore = Int.min
        for e in legacyCandidates {
            let s = score(bytes, as: e)
            if s > bestScore { best = e; bestScore = s }
        }
        return Detection(encoding: best, byteOrderMark: false, byStatistics: true)
    }

    /// Converts `bytes` in `encoding` to UTF-8, without a byte-order mark. Bytes a code page cannot
    /// decode become U+FFFD; invalid UTF-8 is passed through unchanged (the CSV reader reports it).
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws(TextEncodingError) -> [UInt8] {
        switch encoding {
        case .utf8:
            return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
        case .utf16LE, .utf16BE:
            return decodeUTF16(bytes, littleEndian: encoding == .utf16LE)
        case .windows1252, .macRoman, .windows1251, .koi8R:
            return decodeSingleByte(bytes, table: SingleByte.table(encoding))
        case .gb18030:
            return try decodeWithIconv(bytes, from: "GB18030", encoding: .gb18030)
        }
    }

    /// Detects the encoding (unless `forced`) and converts to UTF-8.
    public static func decodeToUTF8(_ bytes: [UInt8], forced: TextEncoding? = nil) throws(TextEncodingError) -> (utf8: [UInt8], detection: Detection) {
        let detection: Detection
        if let forced {
            let bom: Bool
            switch forced {
            case .utf8: bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            case .utf16LE: bom = bytes.starts(with: [0xFF, 0xFE])
            case .utf16BE: bom = bytes.starts(with: [0xFE, 0xFF])
            default: bom = false
            }
            detection = Detection(encoding: forced, byteOrderMark: bom, byStatistics: false)
        } else {
            detection = detect(bytes)
        }
        return (try decode(bytes, as: detection.encoding), detection)
    }

    /// True when `bytes` are well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Fast path over ASCII, then the standard library's validation.
        var i = 0
        let n = bytes.count
        while i < n, bytes[i] < 0x80 { i += 1 }
        if i == n { return true }
        return bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
    }

    // MARK: Scoring

    /// Scoring stops after this many non-ASCII bytes (or characters): far more than enough to tell
    /// the code pages apart, and it keeps detection on a large file to a few milliseconds.
    static let evidenceLimit = 20_000

    /// How plausible `bytes` read as `encoding` are; higher is better. Only for legacy code pages.
    static func score(_ bytes: [UInt8], as encoding: TextEncoding) -> Int {
        if encoding == .gb18030 { return scoreGB18030(bytes) }
        guard encoding != .utf8, encoding != .utf16LE, encoding != .utf16BE else { return 0 }
        let t = SingleByte.table(encoding)
        var total = 0
        var prev = Kind.other
        var high = 0
        for b in bytes {
            let kind: Kind
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A { kind = .asciiLower } else if b >= 0x41 && b <= 0x5A { kind = .asciiUpper } else { kind = .other }
                if kind != .other, prev == .cyrLower || prev == .cyrUpper { total -= 4 }
            } else {
                high += 1
                if high > evidenceLimit { break }
                let i = Int(b &- 0x80)
                kind = t.kinds[i]
                total += Int(t.weights[i])
                switch kind {
                case .latinUpper, .cyrUpper:
                    if prev == .asciiLower || prev == .latinLower || prev == .cyrLower { total -= 5 }
                default: break
                }
                switch kind {
                case .latinLower, .latinUpper:
                    if prev == .latinLower || prev == .latinUpper { total -= 3 }
                    if prev == .cyrLower || prev == .cyrUpper { total -= 4 }
                case .cyrLower, .cyrUpper:
                    if prev == .asciiLower || prev == .asciiUpper || prev == .latinLower || prev == .latinUpper { total -= 4 }
                default: break
                }
            }
            prev = kind
        }
        return total
    }

    /// GB18030: Int.min when the multi-byte structure is broken; otherwise GB2312 hanzi score and
    /// rarely used GBK extension characters (what Latin text read as GB18030 gives) cost.
    static func scoreGB18030(_ bytes: [UInt8]) -> Int {
        var total = 0
        var i = 0, high = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            high += 1
            if high > evidenceLimit { break }
            guard b >= 0x81, b <= 0xFE, i + 1 < n else { return Int.min }
            let t = bytes[i + 1]
            if t >= 0x30, t <= 0x39 {
                guard i + 3 < n, bytes[i + 2] >= 0x81, bytes[i + 2] <= 0xFE, bytes[i + 3] >= 0x30, bytes[i + 3] <= 0x39 else { return Int.min }
                total -= 3
                i += 4
                continue
            }
            guard (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE) else { return Int.min }
            if b >= 0xB0, b <= 0xF7, t >= 0xA1 { total += 5 } else if b >= 0xA1, b <= 0xA9, t >= 0xA1 { total += 1 } else { total -= 3 }
            i += 2
        }
        return total
    }

    enum Kind: UInt8, Sendable { case other, asciiLower, asciiUpper, latinLower, latinUpper, cyrLower, cyrUpper, bad }

    /// A single-byte code page's upper half: scalars, UTF-8 forms, letter kinds and weights.
    struct SingleByte: Sendable {
        var utf8: [[UInt8]]
        var kinds: [Kind]
        var weights: [Int8]
        /// `utf8` flattened for decoding: four bytes per byte value (its UTF-8, then padding), and its length.
        var packed: [UInt8]
        var lengths: [UInt8]

        static let windows1252 = SingleByte(TextEncoding.windows1252High)
        static let macRoman = SingleByte(TextEncoding.macRomanHigh)
        static let windows1251 = SingleByte(TextEncoding.windows1251High)
        static let koi8R = SingleByte(TextEncoding.koi8RHigh)

        static func table(_ e: TextEncoding) -> SingleByte {
            switch e {
            case .macRoman: macRoman
            case .windows1251: windows1251
            case .koi8R: koi8R
            default: windows1252
            }
        }

        static let commonLatin = Set("éèàüöäçñáíóúêâôûëïãõåøæßÄÖÜÉÇÑÅØÁÍÓÚÈÀ".unicodeScalars.map(\.value))
        static let commonCyrillic = Set("оеаинтсрвлкмдпуяызбгч".unicodeScalars.map(\.value))
        static let commonSymbols = Set("\u{A0}©®°²³«»–—‘’“”•…™€£§·´µ¼½¾×".unicodeScalars.map(\.value))

        init(_ high: [UInt16]) {
            var utf8: [[UInt8]] = []
            var kinds: [Kind] = []
            var weights: [Int8] = []
            for v in high {
                let scalar = Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"
                utf8.append(Array(String(Character(scalar)).utf8))
                let p = scalar.properties
                let value = scalar.value
                if value < 0xA0 || p.generalCategory == .unassigned || p.generalCategory == .privateUse {
                    kinds.append(.bad); weights.append(-10)
                } else if (0x400...0x4FF).contains(value) {
                    if p.isLowercase {
                        kinds.append(.cyrLower); weights.append(Self.commonCyrillic.contains(value) ? 3 : 2)
                    } else {
                        kinds.append(.cyrUpper); weights.append(1)
                    }
                } else if p.isAlphabetic, value < 0x250 {
                    if p.isLowercase {
                        kinds.append(.latinLower); weights.append(Self.commonLatin.contains(value) ? 3 : 1)
                    } else {
                        kinds.append(.latinUpper); weights.append(Self.commonLatin.contains(value) ? 2 : 0)
                    }
                } else {
                    kinds.append(.other); weights.append(Self.commonSymbols.contains(value) ? 1 : -2)
                }
            }
            self.utf8 = utf8
            self.kinds = kinds
            self.weights = weights
            packed = utf8.flatMap { $0 + [UInt8](repeating: 0, count: 4 - $0.count) }
            lengths = utf8.map { UInt8($0.count) }
        }
    }

    // MARK: Decoding

    /// Table look-ups into a buffer of the exact size: one pass to count, one to copy.
    static func decodeSingleByte(_ bytes: [UInt8], table: SingleByte) -> [UInt8] {
        let lengths = table.lengths, packed = table.packed
        var size = bytes.count
        for b in bytes where b >= 0x80 { size += Int(lengths[Int(b &- 0x80)]) - 1 }
        return [UInt8](unsafeUninitializedCapacity: size) { out, initialized in
            var o = 0
            for b in bytes {
                if b < 0x80 {
                    out[o] = b
                    o += 1
                } else {
                    let k = Int(b &- 0x80)
                    for j in 0..<Int(lengths[k]) { out[o + j] = packed[k * 4 + j] }
                    o += Int(lengths[k])
                }
            }
            initialized = o
        }
    }

    static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        var i = bytes.starts(with: bom) ? 2 : 0
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var s = String(decoding: units, as: UTF16.self)
        if i < bytes.count { s.append("\u{FFFD}") } // an odd last byte
        return Array(s.utf8)
    }

    /// Converts through the C library's iconv; a sequence it cannot convert becomes U+FFFD.
    static func decodeWithIconv(_ bytes: [UInt8], from name: String, encoding: TextEncoding) throws(TextEncodingError) -> [UInt8] {
        let cd = iconv_open("UTF-8", name)
        guard let cd, Int(bitPattern: cd) != -1 else { throw .unavailable(encoding) }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return [] }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                while inLeft > 0 {
                    if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 { break }
                    // An invalid or incomplete sequence: U+FFFD for its first byte, then go on.
                    guard outLeft >= 3, let p = outPtr else { break }
                    p[0] = CChar(bitPattern: 0xEF); p[1] = CChar(bitPattern: 0xBF); p[2] = CChar(bitPattern: 0xBD)
                    outPtr = p + 3
                    outLeft -= 3
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
                written = outBuf.count - outLeft
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
