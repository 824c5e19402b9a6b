import ExpoModel
@testable import ExpoTUI

/// A small catalogue with Latin, Cyrillic and Chinese names, booths with and without a
/// delegation, and an expo with no delegations.
enum Fixtures {
    static let catalog: Catalog = {
        var e1 = Expo(id: "e1", name: "Harbin Fair 2017")
        e1.start = "2017-06-15"; e1.end = "2017-06-19"; e1.city = "Harbin"; e1.country = "CN"
        var f = Figures(); f.booths = 2550; e1.figures = f
        e1.sources = ["s1"]
        var e2 = Expo(id: "e2", name: "Empty Fair")
        e2.start = "2015"
        e2.sources = ["s1"]
        var d1 = Delegation(id: "d1", expo: "e1", name: "Amur Region")
        d1.kind = .regional; d1.country = "RU"
        var d2 = Delegation(id: "d2", expo: "e1", name: "Приморский край")
        d2.kind = .regional
        var x1 = Exhibitor(id: "x1", name: "Vi Holding Group"); x1.country = "RU"; x1.sectors = ["aluminium"]
        var x2 = Exhibitor(id: "x2", name: "哈尔滨啤酒"); x2.country = "CN"
        var x3 = Exhibitor(id: "x3", name: "Амурский металлист"); x3.country = "RU"
        var b1 = Booth(id: "b1", expo: "e1", exhibitor: "x1"); b1.areaSqm = 84; b1.products = ["aluminium rolling"]
        var b2 = Booth(id: "b2", expo: "e1", exhibitor: "x2"); b2.code = "C-003"; b2.areaSqm = 9; b2.delegation = nil; b2.hall = "C"
        var b3 = Booth(id: "b3", expo: "e1", exhibitor: "x3"); b3.code = "A-101"; b3.areaSqm = 54; b3.delegation = "d1"
        return Catalog(title: "Test catalogue", sources: [Source(id: "s1", title: "A source")],
                       expos: [e1, e2], delegations: [d1, d2], exhibitors: [x1, x2, x3], booths: [b1, b2, b3])
    }()

    static func state(_ w: Int, _ h: Int, catalog: Catalog = catalog) -> BrowserState {
        update(BrowserState(catalog: catalog, size: Size(width: w, height: h)), .resize(Size(width: w, height: h))).state
    }
}

/// Feeds keys to a state, one event each.
func press(_ s: BrowserState, _ keys: Key...) -> BrowserState {
    keys.reduce(s) { update($0, .key($1)).state }
}

/// Types text as character keys.
func type(_ s: BrowserState, _ text: String) -> BrowserState {
    text.reduce(s) { update($0, .key(.char($1))).state }
}

/// The effects a key asks for.
func effects(_ s: BrowserState, _ key: Key) -> [Effect] {
    update(s, .key(key)).effects
}
