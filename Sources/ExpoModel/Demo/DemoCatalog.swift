/// Generates synthetic catalogues of any size, shaped like a real fair: several expos,
/// delegations of every kind, exhibitors with sectors and products, halls, booth codes and
/// areas, and names in Latin, Cyrillic and Chinese. Everything is marked synthetic.
public enum DemoCatalog {
    /// The booth count of `pavilion --demo`: the 4th China–Russia Expo's 2,550 booths.
    public static let defaultBooths = 2550

    static let cities = ["Harbin", "Vladivostok", "Khabarovsk", "Blagoveshchensk", "Yekaterinburg", "Suifenhe", "Heihe", "Novosibirsk"]
    static let latinPlaces = ["Amur", "Songhua", "Ussuri", "Baikal", "Sakhalin", "Heilong", "Khingan", "Primorye", "Zeya", "Bureya", "Tumen", "Nenjiang"]
    static let latinTrades = ["Machinery", "Timber", "Seafood", "Dairy", "Logistics", "Aluminium", "Petrochem", "Grain", "Robotics", "Textiles", "Pharma", "Solar", "Rail", "Optics", "Software", "Furniture"]
    static let latinSuffixes = ["Co.", "Group", "Holding", "Works", "Trading", "Industries", "Cooperative", "Corporation", "Ltd", "Partners"]
    static let cyrPlaces = ["Амурский", "Байкальский", "Уссурийский", "Приморский", "Хабаровский", "Сибирский", "Дальневосточный", "Зейский", "Читинский", "Томский"]
    static let cyrTrades = ["Металлургический", "Лесной", "Рыбный", "Молочный", "Транспортный", "Химический", "Зерновой", "Машиностроительный", "Энергетический", "Стекольный"]
    static let cyrSuffixes = ["Завод", "Комбинат", "Холдинг", "Кооператив", "Торговый Дом", "Союз", "Трест"]
    static let zhPlaces = ["哈尔滨", "黑河", "绥芬河", "佳木斯", "大庆", "齐齐哈尔", "牡丹江", "长春", "沈阳", "大连"]
    static let zhTrades = ["电机", "啤酒", "重工", "农业", "物流", "化工", "纺织", "木业", "光电", "制药", "乳业", "机械"]
    static let zhSuffixes = ["厂", "集团", "有限公司", "股份公司", "贸易公司"]
    static let sectors: [(String, [String])] = [
        ("Metals", ["aluminium sheet", "wire rod", "steel pipe", "copper foil"]),
        ("Food", ["soybeans", "honey", "dairy", "crab", "beer", "rice"]),
        ("Machinery", ["tractors", "pumps", "machine tools", "cranes"]),
        ("Energy", ["solar panels", "transformers", "coal", "gas turbines"]),
        ("Timber", ["sawn timber", "plywood", "furniture", "paper"]),
        ("Logistics", ["rail freight", "cold chain", "customs brokerage"]),
        ("Electronics", ["sensors", "LED lighting", "control systems"]),
        ("Chemicals", ["fertiliser", "polymers", "paints"]),
        ("Tourism", ["tours", "hotels", "ski resorts"]),
        ("Health", ["medical devices", "pharmaceuticals", "herbal remedies"]),
    ]
    static let regionNames = ["Amur Region", "Primorsky Krai", "Khabarovsk Krai", "Heilongjiang Province", "Jilin Province", "Zabaykalsky Krai",
                              "Irkutsk Region", "Novosibirsk Region", "Sakha (Yakutia)", "Liaoning Province", "Inner Mongolia", "Tomsk Region"]
    static let agencyNames = ["Export Promotion Agency", "Investment Agency", "Customs Service", "Tourism Board", "Development Corporation"]
    static let businessNames = ["Chamber of Commerce", "Business Council", "Young Entrepreneurs", "Exporters' Union", "Industrial Park"]
    static let halls = ["A", "B", "C", "D", "E", "F", "G", "H"]
    static let areas: [Double] = [9, 9, 12, 12, 18, 18, 24, 36, 36, 54, 72, 84, 108, 144, 200]
    static let orgNames = ["Trade Union Council", "University Consortium", "Standards Institute", "Research Academy"]

    /// A synthetic catalogue with `booths` booths.
    /// - Parameters:
    ///   - booths: how many booths (0 or more).
    ///   - seed: the same seed gives the same catalogue.
    public static func generate(booths: Int, seed: UInt64 = 1) -> Catalog {
        var g = DemoGenerator(booths: booths, seed: seed)
        var exhibitors: [Exhibitor] = []
        exhibitors.reserveCapacity(g.exhibitorCount)
        while let x = g.nextExhibitor() { exhibitors.append(x) }
        var boothList: [Booth] = []
        boothList.reserveCapacity(g.boothCount)
        while let b = g.nextBooth() { boothList.append(b) }
        var c = Catalog(title: g.title, synthetic: true, sources: [g.source], expos: g.expos, delegations: g.delegations,
                        exhibitors: exhibitors, booths: boothList)
        (c.id, c.timeZone) = (g.catalogID, g.timeZone)
        return c
    }

    /// Writes the catalogue `generate(booths:seed:)` makes, byte for byte what
    /// `CatalogEncoder.write` writes for it, but record by record as they are generated: a
    /// million booths need a few megabytes, not gigabytes.
    /// - Parameter emit: receives successive pieces of the text; an error it throws stops the
    ///   writing and is rethrown.
    public static func write<Failure: Error>(booths: Int, seed: UInt64 = 1, to emit: @escaping (String) throws(Failure) -> Void) throws(Failure) {
        var g = DemoGenerator(booths: booths, seed: seed)
        var w = CatalogTextWriter(emit: emit)
        try w.begin(title: g.title, id: g.catalogID, timeZone: g.timeZone, synthetic: true)
        try w.section("sources", [CatalogEncoder.json(g.source)])
        try w.section("expos", g.expos.map(CatalogEncoder.json))
        try w.section("delegations", g.delegations.map(CatalogEncoder.json))
        w.beginSection("exhibitors")
        while let x = g.nextExhibitor() { try w.record(CatalogEncoder.json(x)) }
        try w.endSection()
        w.beginSection("booths")
        while let b = g.nextBooth() { try w.record(CatalogEncoder.json(b)) }
        try w.endSection(last: true)
        try w.end()
    }
}
