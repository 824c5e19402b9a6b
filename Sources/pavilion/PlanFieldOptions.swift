import ArgumentParser
import ExpoModel

/// The fields `plan add` and `plan set` can give an entry.
struct PlanFieldOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A note; several lines with $'line 1\\nline 2' in the shell; \"\" clears it.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("to-visit, visited, contacted or skipped.", valueName: "status"))
    var status: String?

    @Option(name: .long, help: ArgumentHelp("Planned start: '2017-06-16 10:30', 2017-06-16T10:30, 10:30 (the expo's first day) or '16 10:30' (a day of that month); none clears it.", valueName: "datetime"))
    var at: String?

    // `.unconditional`: "-1" is read as the value (and refused by `validate`), not as an option.
    @Option(name: .customLong("duration"), parsing: .unconditional, help: ArgumentHelp("Planned length of the visit in minutes (default 30).", valueName: "minutes"))
    var durationArgument: WholeNumber?

    /// `--duration`, once `validate` has checked it.
    var duration: Int? { durationArgument?.value }

    @Option(name: .customLong("priority"), parsing: .unconditional, help: ArgumentHelp("Priority, 1 (highest) to 3; 0 clears it.", valueName: "n"))
    var priorityArgument: WholeNumber?

    /// `--priority`, once `validate` has checked it.
    var priority: Int? { priorityArgument?.value }

    /// True when no field is given.
    var isEmpty: Bool { note == nil && status == nil && at == nil && duration == nil && priority == nil }

    func validate() throws {
        if let status, PlanStatus(rawValue: status) == nil {
            throw ValidationError("--status must be one of \(PlanStatus.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(status)\"")
        }
        _ = try durationArgument?.checked("--duration", in: 1...1440, rule: "1 to 1440 minutes")
        _ = try priorityArgument?.checked("--priority", in: 0...3, rule: "1 to 3 (0 clears it)")
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

    /// `--at` as a date and time, read as the browser's `t` reads it (`PlanTimeParser`): a bare
    /// time of day is on the first day of the booth's expo, `16 10:30` a day of that month.
    func start(_ text: String, for id: String, in c: Catalog) throws -> LocalDateTime {
        let expoStart = c.booth(id).flatMap { c.expo($0.expo)?.start }
        do throws(PlanTimeParser.Failure) {
            if let t = try PlanTimeParser.parse(text, current: nil, expoStart: expoStart) { return t }
        } catch {
            Console.error("--at \(text): \(error.description) (none clears it)")
            throw ExitCode(64)
        }
        Console.error("--at: give a time, e.g. 10:30 or 2017-06-16 10:30 (none clears it)")
        throw ExitCode(64)
    }
}
