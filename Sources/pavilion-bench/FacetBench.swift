import ExpoModel
import Foundation
import ExpoTUI

/// Facet counts: every booth of the catalogue counted by country, sector, hall, kind and expo
/// (what `F` does on a list of that many booths), and `F` on the booth pane with a frame.
enum FacetBench {
    /// Milliseconds: numbering the catalogue's values (once, on the first `F`), counting every
    /// booth for the five facets (median of 5), and opening the panel on the focused booth pane
    /// with a frame (the first time, numbering included).
    struct Figures {
        var indexMS = 0.0
        var countAllMS = 0.0
        var panelMS = 0.0
    }

    /// - Parameter pane: a state with the booth pane focused.
    static func run(_ catalog: Catalog, pane: BrowserState) -> Figures {
        let all = Array(catalog.booths.indices)
        let t0 = Clock.now
        let index = FacetIndex(catalog)
        let indexMS = t0.ms
        var samples: [Double] = []
        var values = 0
        for _ in 0..<5 {
            let t = Clock.now
            let f = BoothFacets(all, in: catalog, index: index)
            values = [Facet.country, .sector, .hall, .kind, .expo].reduce(0) { $0 + f.filterCounts($1).count }
            samples.append(t.ms)
        }
        samples.sort()
        let t = Clock.now
        let s = update(pane, .key(.char("F"))).state
        _ = render(s)
        let panelMS = t.ms
        FileHandle.standardError.write(Data(String(format: "bench: facets of %d booths (%d values): numbering %.0f ms once, counting %.1f ms median of 5; first F on the booth pane with a frame: %.1f ms\n",
                                                   all.count, values, indexMS, samples[2], panelMS).utf8))
        return Figures(indexMS: indexMS, countAllMS: samples[2], panelMS: panelMS)
    }
}
