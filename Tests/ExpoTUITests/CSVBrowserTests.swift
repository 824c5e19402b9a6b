import Foundation
import Testing
import ExpoModel
@testable import ExpoTUI

/// A CSV exhibitor list opens in the browser with no import step.
@Suite struct CSVBrowserTests {
    @Test func sampleCSVOpensAndShowsExtraColumns() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets/samples/exhibitors.csv").path
        let (catalog, _) = try CatalogLoader.load(path: path)
        var s = Fixtures.state(140, 30, catalog: catalog)
        s = press(s, .enter, .enter)
        let text = render(s).text
        #expect(text.contains("Booths 6/6"))
        #expect(text.contains("Байкальские Тех"))
        #expect(text.contains("Songhua Dairy"))
        // Select the Chinese-named booth and read its details, with the unknown column kept.
        s = press(type(press(s, .char("/")), "songhua"), .enter, .enter)
        let details = render(s).text
        #expect(details.contains("松花江乳业"))
        #expect(details.contains("Note"))
        #expect(details.contains("synthetic sample"))
        #expect(details.contains("Heilongjiang Province"))
    }
}
