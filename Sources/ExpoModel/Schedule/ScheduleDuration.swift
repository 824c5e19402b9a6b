/// A schedule event's length as conference tools write it.
///
/// Accepted: `H:MM` or `HH:MM` (hours may exceed 24: `26:00`), and `H:MM:SS` or `HH:MM:SS`
/// (`1:30:00`, as Pentabarf writes it). A three-part value is always read as hours, minutes and
/// seconds: `D:HH:MM` has the same shape and cannot be told from it, and the tools that export
/// these schedules (frab, Pretalx, Pentabarf) write hours, minutes and seconds. Minutes and
/// seconds are below 60; the total is at most 31 days.
public enum ScheduleDuration {
    /// The longest duration accepted, in seconds (31 days).
    public static let limit = 31 * 86_400

    /// The duration in seconds; nil when `text` is not one of the accepted forms.
    public static func seconds(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: " \t\r\n").split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var values: [Int] = []
        for (i, p) in parts.enumerated() {
            // The first part is 1 to 3 digits; the others exactly 2.
            guard !p.isEmpty, p.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), i == 0 ? p.count <= 3 : p.count == 2,
                  let v = Int(p) else { return nil }
            if i > 0, v >= 60 { return nil }
            values.append(v)
        }
        let total = values.count == 2 ? values[0] * 3600 + values[1] * 60 : values[0] * 3600 + values[1] * 60 + values[2]
        return total <= limit ? total : nil
    }
}
