import PavilionZlib

/// Raw DEFLATE (RFC 1951) through the system's zlib, with the input given whole: a stream that
/// ends early, runs on past its data or is damaged is an error, never a wait for more input.
enum Inflate {
    /// Why a stream could not be inflated.
    enum Failure: Error, Equatable {
        case damaged, cutShort, tooLarge, checksum
    }

    /// Inflates `input` (raw deflate, no header), refusing more than `limit` bytes of output; when
    /// `crc` is given, the output's CRC-32 must equal it.
    static func raw(_ input: ArraySlice<UInt8>, expectedSize: Int, limit: Int, crc: UInt32?) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(1, min(expectedSize, limit)))
        var produced = 0
        var input = Array(input)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = UInt32(inBuf.count)
            while true {
                if produced == out.count {
                    // The directory's size was wrong (or zero): grow, within the limit.
                    guard out.count < limit else { return Z_BUF_ERROR - 100 }
                    out.append(contentsOf: [UInt8](repeating: 0, count: min(max(out.count, 65_536), limit - out.count)))
                }
                let room = out.count - produced
                let r: Int32 = out.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(room)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                produced += room - Int(stream.avail_out)
                if r == Z_OK { continue }
                // The output is full: grow it on the next turn. Any other no-progress means the
                // input ran out before the stream's end (Z_BUF_ERROR: cut short).
                if r == Z_BUF_ERROR, stream.avail_out == 0 { continue }
                return r
            }
        }
        switch status {
        case Z_STREAM_END: break
        case Z_BUF_ERROR: throw .cutShort
        case Z_BUF_ERROR - 100: throw .tooLarge
        default: throw .damaged
        }
        out.removeLast(out.count - produced)
        if let crc {
            let sum = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            guard sum == crc else { throw .checksum }
        }
        return out
    }
}
