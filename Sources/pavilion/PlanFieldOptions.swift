import ArgumentParser
import ExpoModel

/// The fields `plan add` and `plan set` can give an entry.
struct PlanFieldOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A note; several lines with $'line 1\\nline 2' in the shell; \"\" clears it.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("to-visit, visited, contacted or skipped.", valueName: "status"))
    var status: String?

    @Option(name: .long, help: ArgumentHelp("Planned start: '2017-06-16 10:30', 2017-06-16T10:30, or 10:30 on the expo's first day; none clears it.", valueName: "datetime"))
    var at: String?

    // `.unconditional`: "-1" is read as the value (and refused by `validate`), not as an option.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Planned length of the visit in minutes (default 30).", valueName: "minutes"))
    var duration: Int?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Priority, 1 (highest) to 3; 0 clears it.", valueName: "n"))
    var priority: Int?

    /// True when no field is given.
    var isEmpty: Bool { note == nil && status == nil && at == nil && duration == nil && priority == nil }

    func validate() throws {
        if let status, PlanStatus(rawValue: status) == nil {
            throw ValidationError("--status must be one of \(PlanStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(status)\"")
        }
        if let duration, !(1...1440).contains(duration) { throw ValidationError("--duration must be 1 to 1440 minutes, not \(duration)") }
        if let priority, !(0...3).contains(priority) { throw ValidationError("--priority must be 1 to 3 (0 clears it), not \(priority)") }
        if let at, at != "none", PlanTime.parse(at) == nil {
            throw ValidationError("--at \"\(at)\" is not a time; write 2017-06-16 10:30, 2017-06-16T10:30 or 10:30 (none clears it)")
        }
    }

    /// The changes that set the given fields on `id`.
    /// - Throws: exit 64 when `--at` gives a time of day and the booth's expo has no known first day.
    func changes(for id: String, in c: Catalog) throws -> [PlanChange] {
        var out: [PlanChange] = []
        if let status, let s = PlanStatus(rawValue: status) { out.append(.setStatus(id, s)) }
        if let note { out.append(.setNote(id, note)) }
        if let duration { out.append(.setDuration(id, duration)) }
        if let priority { out.append(.setPriority(id, priority == 0 ? nil : priority)) }
        if let at {
            if at == "none" {
                out.append(.setStart(id, nil, timeZone: nil))
            } else {
                out.append(.setStart(id, try start(at, for: id, in: c), timeZone: c.timeZone))
            }
        }
        return out
    }

    /// `--at` as a date and time; a bare time of day is on the first day of the booth's expo.
    func start(_ text: String, for id: String, in c: Catalog) throws -> LocalDateTime {
        switch PlanTime.parse(text) {
        case .dateTime(let t)?:
            return t
        case .timeOfDay(let hour, let minute)?:
            let expo = c.booth(id).flatMap { c.expo($0.expo) }
            if let first = expo?.start.flatMap({ LocalDateTime(iso: String($0.prefix(10)) + " 00:00") }),
               let t = LocalDateTime(year: first.year, month: first.month, day: first.day, hour: hour, minute: minute) {
                return t
            }
            let what = expo.map { "expo \($0.id) has no known first day" } ?? "booth \(id) is not in the catalogue"
            Console.error("--at \(text): \(what); give the date too, e.g. 2017-06-16 \(text)")
            throw ExitCode(64)
        case nil:
            throw ValidationError("--at \"\(text)\" is not a time")
        }
    }
}

/// The planned times `--at` accepts.
enum PlanTime: Equatable {
    case dateTime(LocalDateTime)
    case timeOfDay(hour: Int, minute: Int)

    /// `2017-06-16 10:30`, `2017-06-16T10:30` or `10:30` (also `9:30`).
    static func parse(_ text: String) -> PlanTime? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let full = LocalDateTime(iso: t) { return .dateTime(full) }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return .timeOfDay(hour: h, minute: m)
    }
}
