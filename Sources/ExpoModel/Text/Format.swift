/// Number formatting shared by the browser and the command line.
public enum Format {
    /// An integer with thousands separators: 2550 → "2,550".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A number without a trailing ".0" when it is whole: 84 → "84", 2.5 → "2.5".
    public static func number(_ x: Double) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return grouped(Int(x)) }
        return String(x)
    }

    /// An area in square metres, e.g. "84 m²".
    public static func area(_ x: Double?) -> String {
        guard let x else { return "—" }
        return number(x) + " m²"
    }

    /// A money amount with its currency, e.g. "30,000,000,000 CNY" shown as "30 bn CNY".
    public static func money(_ amount: Double, _ currency: String) -> String {
        if amount >= 1e9 { return number((amount / 1e8).rounded() / 10) + " bn " + currency }
        if amount >= 1e6 { return number((amount / 1e5).rounded() / 10) + " m " + currency }
        return number(amount) + " " + currency
    }

    /// The placeholder shown for a field no source gives.
    public static let unknown = "—"
}
