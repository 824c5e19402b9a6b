import ExpoModel
import ExpoTUI

/// The Exhibitors view on a large catalogue: opening it (every exhibitor sorted, a frame), and
/// its `/` filter typed one character at a time with a frame after each key.
enum ViewsBench {
    /// Milliseconds to open the view, and the filter's median and worst key.
    struct Figures {
        var openMS: Double
        var filterMedianMS: Double
        var filterMaxMS: Double
    }

    static func run(_ state: BrowserState) -> Figures {
        var t = Clock.now
        var s = update(state, .key(.char("2"))).state
        _ = render(s)
        let openMS = t.ms
        s = update(s, .key(.char("/"))).state
        var samples: [Double] = []
        for ch in "amur metal" {
            t = Clock.now
            s = update(s, .key(.char(ch))).state
            _ = render(s)
            samples.append(t.ms)
        }
        samples.sort()
        return Figures(openMS: openMS, filterMedianMS: samples[samples.count / 2], filterMaxMS: samples.last ?? 0)
    }
}
