// libFuzzer target: the catalogue decoder (JSON parser + validation), its two-core reading
// (checked against the one-piece reading) and the CSV importer.
// Built by .ci/fuzz, not by SwiftPM: swiftc -sanitize=fuzzer,address with ExpoModel's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = CatalogDecoder().decode(bytes)
    if result.isValid {
        // A valid catalogue must survive a round trip through the writer.
        let text = JSONWriter().string(CatalogEncoder.json(result.catalog))
        let again = CatalogDecoder().decode(Array(text.utf8))
        precondition(again.isValid, "round trip broke a valid catalogue: \(again.diagnostics.first?.description ?? "")")
        precondition(again.catalog.booths == result.catalog.booths, "round trip changed the booths")
    }
    for d in result.diagnostics { _ = d.description }
    // Read on two cores (as files of 4 MB and more are), the result must be the same.
    let two = CatalogDecoder().decode(bytes, twoCoresFrom: 0, waitForCut: true)
    precondition(two.diagnostics == result.diagnostics, "two cores gave other messages: \(two.diagnostics.first?.description ?? "none") vs \(result.diagnostics.first?.description ?? "none")")
    precondition(two.catalog.booths == result.catalog.booths && two.catalog.exhibitors == result.catalog.exhibitors, "two cores gave other records")
    _ = CSVImporter().run(bytes, fileName: "fuzz.csv")
    return 0
}
