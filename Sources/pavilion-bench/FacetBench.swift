import ExpoModel
import Foundation
import ExpoTUI

/// Facet counts: every booth of the catalogue counted by country, sector, hall, kind and expo
/// (what `F` does on a list of that many booths), and `F` on the booth pane with a frame.
enum FacetBench {
    /// Milliseconds: counting every booth for the five facets (median of 5), and opening the
    /// panel on the focused booth pane with a frame.
    struct Figures {
        var countAllMS = 0.0
        var panelMS = 0.0
    }

    /// - Parameter pane: a state with the booth pane focused.
    static func run(_ catalog: Catalog, pane: BrowserState) -> Figures {
        let all = Array(catalog.booths.indices)
        var samples: [Double] = []
        var values = 0
        for _ in 0..<5 {
            let t = Clock.now
            let f = BoothFacets(all, in: catalog)
            values = [Facet.country, .sector, .hall, .kind, .expo].reduce(0) { $0 + f.filterCounts($1).count }
            samples.append(t.ms)
        }
        samples.sort()
        let t = Clock.now
        let s = update(pane, .key(.char("F"))).state
        _ = render(s)
        let panelMS = t.ms
        FileHandle.standardError.write(Data(String(format: "bench: facets of %d booths (%d values): %.1f ms median of 5; F on the booth pane with a frame: %.1f ms\n",
                                                   all.count, values, samples[2], panelMS).utf8))
        return Figures(countAllMS: samples[2], panelMS: panelMS)
    }
}
