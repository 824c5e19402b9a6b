import Foundation
import Testing
@testable import ExpoModel

/// Inputs the XLSX fuzzer found; each stays fixed.
@Suite struct XLSXFuzzRegressionTests {
    /// xlsx crash-5d3746bf: a damaged ZIP directory pointed past the end of the data, and
    /// ZIPFoundation's in-memory archive crashed reading there (the reader now opens a temporary
    /// file instead). One line, no crash, no temporary file left.
    @Test func aDirectoryPointingPastTheEndIsOneLine() throws {
        let bytes = try #require(Data(base64Encoded: "UEsDBBQAAAAIAAAAIVqi7cddawAAAHMAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBWMwQ3Ccy93b3JrYm9vay54bWwucmVsc43PSwrCMBAA0KuE2dtpXYhI025E6FbqAUI6TUqbD0n83d7gQiy4cDXM7w1Ttw+zsBuFODnLoSpKYGSlGyarOFz602YPbVOfaREpT0Q9+cjyio0cdEr+gBilJiNi4TzZ3BldMCLlNCj0Qs5CEW7Lcofh24C1ybqBQ+iGClj/9PSP7cZxknR08mrIph8n8O7CHDVRyqgIihKHTyniO1RFVgGbGlcfNi9QSwMEFAAAAAgAAAAhWvBcfaO6AAAAHAEAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWx1j0FuAjEMRfdzisj74mEWCFWZIETVC1AOEAXDREycUWIVuH0NC6ALFpa+v+1n264uaTS/VGrM3MN81oIhDnkf+djD7uf7Ywkr19hzLqc6EInRfq49DCLTJ2INAyVfZ3ki1sohl+RF03LEOhXy+/tQGrFr2wUmHxmUdje/vHjVJZ9N0c3gbLiJ9RyM9BB5jExbKerH6qy4TU6T56tFcRZvFgYNHX9CugekewNZh0T/CI3F12vw8ahr/gBQSwECFAMUAAAACAAAACFaou3HXWsAAABzAAAAEwAAAAAAAAAAAAAAgAEAAAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLAQIUAxQAAAAIAAAAIVoq1RafsQAAAA4BAAAPAAAAAAAAAAAAAACAAZwAAAB4bC93b3JrYm9vay54bWxQSwECFAMUAAAACAAAACFa8KZigaYAAAAXAQAAGgAAAAAAAAAAAAAAgAF6AQAAeGwvX3JlbHMvd29ya2Jvb2sueG1sLnJlbHNQSwECFAMUAAAACAAAACFa8Fx9o7oAAAAcAQAAGAAAAAAAAAAAAAAAgAFYAgAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sUEsFBgAAAAAEAAQADAEAAEgDAAAAAA=="))
        let before = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("pavilion-import-") }.count
        let r = CSVImporter().run([UInt8](bytes), fileName: "crash.xlsx")
        #expect(r.imported == 0)
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics.first?.severity == .error)
        #expect(r.diagnostics.first.map { !$0.message.contains("\n") } == true)
        let after = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasPrefix("pavilion-import-") }.count
        #expect(after <= before)
    }

    /// xlsx hang: a central directory giving an entry more compressed bytes than the file holds
    /// made ZIPFoundation read past the end for ever.
    @Test func anEntryLongerThanTheFileIsOneLine() throws {
        var bytes = try WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company"]) + WorkbookBuilder.row(2, ["Acme"])).bytes()
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var found = false
        for p in 0..<(bytes.count - 46) where bytes[p] == 0x50 && bytes[p + 1] == 0x4B && bytes[p + 2] == 1 && bytes[p + 3] == 2 {
            let n = Int(bytes[p + 28]) | Int(bytes[p + 29]) << 8
            guard p + 46 + n <= bytes.count, Array(bytes[(p + 46)..<(p + 46 + n)]) == name else { continue }
            bytes[p + 20] = 0xFF; bytes[p + 21] = 0xFF; bytes[p + 22] = 0xFF; bytes[p + 23] = 0x00
            found = true
        }
        #expect(found)
        let r = CSVImporter().run(bytes, fileName: "long.xlsx")
        #expect(r.diagnostics.map(\.message) == ["xl/worksheets/sheet1.xml is cut short: the workbook is damaged or incomplete"])
    }

    /// xlsx timeout-2f81af4a: a deflate stream that does not end before its data does made
    /// ZIPFoundation's inflate loop wait for ever for more input. Parts are now inflated by
    /// `Inflate` from the bytes in hand: one line, at once.
    @Test(.timeLimit(.minutes(1))) func aDeflateStreamThatNeverEndsIsOneLine() throws {
        let bytes = try #require(Data(base64Encoded: "UEsDBBQAAAAIAAAAIVqi7cddawAAAHMAAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbBWMwQ3CMAwAV4n8bx14IISa9scEZYAomLSC2FFsIdie8Dzd6ablU17uTU134QCH0YMjTnLfOQe4rdfhDMs8rd9K6nrKGmAzqxdETRuVqKNU4m4e0je0ji1jjekZM+HR+xMmYSO2wf4PwPkHUEsDBBQAAAAIAAAAIVocSfe+pAAAABYBAAALAAAAX3JlbHMvLnJlbHONz8EOwiAMBuBXIb07pgdjzNguxmRXMx8AWcfIBiWAOt9ejs548Nj0/7+mVbPYmT0wRENOwLYogaFT1BunBVy78+YATV1dcJYpJ+JofGS54qKAMSV/5DyqEa2MBXl0eTNQsDLlMWjupZqkRr4ryz0PnwasTdb2AkLbb4F1L4//2DQMRuGJ1N2iSz9OfCWyLIPGJGCZ+ZPCdCOaiowCryu+erB+A1BLAwQUAAAACAAAACFaX/SVKc4AAABWAQAADwAAAHhsL3dvcmtib29rLnhtbI2P227CMAyGXyXy/Uip0ARVW25gEneTGA8QGpdENHFlZxuPv5SD4HJXPn3+/bteX8KgfpDFU2xgPitAYezI+nhq4PD18baEdVv/Ep+PRGeV6SgNuJTGSmvpHAYjMxox5klPHEzKJZ+0jIzGikNMYdBlUbzrYHyEm0LF/9Ggvvcdbqj7DhjTTYRxMCl7FedHgaezT1bWJJyvikV+A3RbX2/LPapoAjawvTh/9IlYQF37OzvRiiufE97Z5+Z9Yz/l5QtdvtDlROvHIf3w0v4BUEsDBBQAAAAIAAAAIVqwcIsV0wAAALACAAAaAAAAeGwvX3JlbHMvd29ya2Jvb2sueG1sLnJlbHO9ks9qwzAMh1/F6L4oycYYo24vZdDr2j2AcZQ4NLGNpf57+5rCtgZK2aHsZCTZ3+8DebY4joPaU+I+eA1VUYIib0PT+07D1+bj6Q0W89knDUbyDXZ9ZJWfeNbgROI7IltHo+EiRPJ50oY0Gsll6jAauzUdYV2Wr5iuGTBlqlWjIa2aCtTmFOkv7NC2vaVlsLuRvNyIwENIW3ZEkqEmdSQaflqMl6MqMhXwtkz9zzL1PZnnR8qwM4mataS8Zf4VmrTvybw8VEZOA11bXOrveJx8vfkZUEsDBBQAAAAIAAAAIVrHraCb1QAAACEBAAAUAAAAeGwvc2hhcmVkU3RyaW5ncy54bWxVjzGOwjAQRa9iuYcJFCuEHCN2pYUyBRzACQZHiu3IYyFooeEStGyzFLR7naw4B3ZACJqZ+e9/fWnYaKMrspYOS2tS2usmlEhT2EVpVimdz747AzriDNGTEDSYUuV9PQTAQkktsGtraYKztE4LH6RbAdZOigUqKb2uoJ8kH6BFaWioKTnz/MvqWpgtA88ZRHTHn9Z69Q5d5ONCS3LnrkUuCyOHqLM2MdH59Bl4abweL/9/v63jMkUwT2l8L6w+jX6zPzS7U7M7N/ufcDwqMvUogfA1vwFQSwMEFAAAAAgAAAAhWnl2JjDcAAAATQEAAA0AAAB4bC9zdHlsZXMueG1sXZBNbsIwEIWvYs2iO3ACCFWtYxZISF1TpG6jePIj+SfETpXcoDfopltuwIYDtefAwREFvJk3zzPvs8xWnZLkExtbGZ1API2AoM6MqHSRwO59M3mGFWfW9RK3JaIjfl7bBErn6hdKbVaiSu3U1Kj9TW4alTrfNgW1dYOpsMOSknQWRUuq0koDZ7pVG+UsyUyrnYdeLRLKm/DmcgEkxK2NwAR6f572rXGvv6djECqUv5+vIMTYfx+CAMoZHWGcZSjlR36lzj21y2+I0TB+5wxvePTm8SV1DPPq/2v4GVBLAwQUAAAACAAAACFabLFOHHIBAABYAwAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbH1T0W6CMBR931c0XbKnzWpB5lytkamPZsnmB1Qo0gxa0nbq56+WiEB0DyTce+495/QUyPxUFuDAtRFKzuBoMISAy0SlQu5ncPu9fpnAOX0gR6V/TM65BW5emhnMra2mCJkk5yUzA1Vx6ZBM6ZJZV+o9MpXmLPVLZYHwcBihkgkJKfG9JbOMEq2OQDtd103OL4sRBHYGhSyE5F9Wu74wlFi6OuViJ6zSBjyxsnoHO6VsbgiylKDzCErc4+gaTtxwYs9pXH2gQ4IO9bDH4jY26mJLfMfLtkqZ5WlX26+s7q18MpH+4zVovAYtP7jnNfDdMHrrG3VLpg7RwSEeT7r4qibd9Q7ZcRBeHMRh7cCbz2gc+LhhDAnKLvJxTz/0+viqPwiD13HPRM3L/dDjBi1u+4iaJKJWEkEviehOzBuMR+NnsMb4xuUsI881CQfjnjZqfZEl13v+wYvCCAAAACFaHEn3vqQAAAAWAQAACwAAAAAAAAAAAAAAgAGcAAAAX3JlbHMvLnJlbHNQSwECFAMUAAAACAAAACFaX/SVKc4AAABWAQAADwAAAAAAAAAAAAAAgAFpAQAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgAAAAhWrBwixXTAAAAsAIAABoAAAAAAAAAAAAAAIABZAIAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgAAAAhWsetoJvVAAAAIQEAABQAAAAAAAAAAAAAAIABbwMAAHhsL3NoYXJlZFN0cmluZ3MueG2PZYdsfwng6ySY/2peUEsBAhQDFAAAAAgAAAAhWqLtx11rAAAAcwAAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAAACFaHEn3vqQAAAAWAQAACwAAAAAAAAAAAAAAgAGcAAAAX3JlbHMvLnJlbHNQSwECFAMUAAAACAAAACFaX/SVKc4AAABWAQAADwAAAAAAAAAAAAAAgAFpAQAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgAAAAhWrBwixXTAAAAsAIAABoAAAAAAAAAAAAAAIABZAIAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgAAAAhWsetoJvVAAAAIQEAABQAAAAAAAAAAAAAAIABbwMAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsBAhQDFAAAAAgAAAAhWnl2JjDcAAAATQEAAA0AAAAAAAAAAAAAAIABdgQAAHhsL3N0eWxlcy54bWxQSwECFAMUAAAACAAAACFabLFOHHIBAABYAwAAGAAAAAAAAAAAAAAAgAF9BQAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sUEsBAhQDFAAAAAgAAAAhWsrna3GyAAAAHQEAABgAAAAAAAAIAAAAAIABJQcAAHhsL3dvcmtzaGVldHMvc2hlZXQyLnhtbFBLBQYAAAAACAAIAAgCAAANCAAAAAA="))
        let r = CSVImporter().run([UInt8](bytes), fileName: "timeout.xlsx")
        #expect(r.imported == 0)
        #expect(r.diagnostics.map(\.message) == ["xl/worksheets/sheet1.xml is cut short: the workbook is damaged or incomplete"])
    }

    /// Inflate itself: a whole stream, one cut short, damaged bytes, a wrong checksum, a limit.
    @Test func inflateRefusesWhatIsNotAWholeStream() throws {
        // "hello hello hello\n" deflated raw (zlib level 9, no header).
        let whole: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x5C, 0x00]
        #expect(try Inflate.raw(whole[...], expectedSize: 18, limit: 100, crc: nil) == Array("hello hello hello\n".utf8))
        #expect(try Inflate.raw(whole[...], expectedSize: 1, limit: 100, crc: nil).count == 18)
        #expect(throws: Inflate.Failure.cutShort) { try Inflate.raw(whole.dropLast(3), expectedSize: 18, limit: 100, crc: nil) }
        #expect(throws: Inflate.Failure.tooLarge) { try Inflate.raw(whole[...], expectedSize: 18, limit: 10, crc: nil) }
        #expect(throws: Inflate.Failure.checksum) { try Inflate.raw(whole[...], expectedSize: 18, limit: 100, crc: 1) }
        #expect(throws: Inflate.Failure.self) { try Inflate.raw([0xFF, 0xFF, 0xFF, 0xFF][...], expectedSize: 18, limit: 100, crc: nil) }
    }
}
