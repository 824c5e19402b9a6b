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
}
