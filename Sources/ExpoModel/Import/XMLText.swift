/// Decoding of XML text and attribute values: the five predefined entities, character
/// references, and the `_xHHHH_` escapes Office writes for control characters.
enum XMLText {
    /// Why a text could not be decoded.
    struct Failure: Error { var message: String }

    /// Appends `raw` to `out` with entities and character references replaced.
    static func decode(_ raw: ArraySlice<UInt8>, into out: inout [UInt8]) throws(Failure) {
        guard raw.contains(0x26) else {
            out.append(contentsOf: raw)
            return
        }
        var k = raw.startIndex
        while k < raw.endIndex {
            let b = raw[k]
            guard b == 0x26 else {
                out.append(b)
                k += 1
                continue
            }
            guard let semi = raw[k...].prefix(12).firstIndex(of: 0x3B) else { throw Failure(message: "\"&\" that starts no entity") }
            let entity = raw[(k + 1)..<semi]
            switch String(decoding: entity, as: UTF8.self) {
            case "amp": out.append(0x26)
            case "lt": out.append(0x3C)
            case "gt": out.append(0x3E)
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            case let e where e.hasPrefix("#"):
                let hex = e.hasPrefix("#x") || e.hasPrefix("#X")
                guard let v = UInt32(e.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), v != 0, let scalar = Unicode.Scalar(v) else {
                    throw Failure(message: "&\(e); is not a character")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            case let e:
                throw Failure(message: "unknown entity &\(e.prefix(10));")
            }
            k = semi + 1
        }
    }

    /// `s` with Office's `_xHHHH_` escapes (e.g. `_x000D_` for a carriage return) replaced by
    /// their characters; `_x005F_` escapes a literal underscore.
    static func unescapeOffice(_ s: [UInt8]) -> [UInt8] {
        guard s.count >= 7, s.contains(0x5F) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var k = 0
        while k < s.count {
            if s[k] == 0x5F, k + 6 < s.count, s[k + 1] == 0x78, s[k + 6] == 0x5F,
               let v = UInt32(String(decoding: s[(k + 2)..<(k + 6)], as: UTF8.self), radix: 16), let scalar = Unicode.Scalar(v) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                k += 7
            } else {
                out.append(s[k])
                k += 1
            }
        }
        return out
    }
}
