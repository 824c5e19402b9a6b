import ExpoModel

/// A bad value for one of `pavilion events`' options.
struct EventFilterError: Error {
    /// One line for the user.
    var message: String
}

/// Which events `pavilion events` keeps: an expo, a kind and a range of dates, each optional.
struct EventFilter: CustomStringConvertible {
    var expo: String?
    var kind: ExpoEvent.Kind?
    /// Day numbers (see `EventTime.dayNumber`) of --from and --to.
    var from: Int?, to: Int?
    /// The options as given, for messages.
    private var given: [String] = []

    /// The valid kinds, for help and messages.
    static let kindList = ExpoEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")

    /// Checks the options' values.
    /// - Throws: `EventFilterError` for an unknown kind, a malformed date, or --from after --to.
    init(expo: String?, kind: String?, from: String?, to: String?) throws(EventFilterError) {
        self.expo = expo
        if let expo { given.append("--expo \(expo)") }
        if let kind {
            guard let k = ExpoEvent.Kind(rawValue: kind) else {
                throw EventFilterError(message: "--kind must be one of \(Self.kindList), not \"\(kind)\"")
            }
            self.kind = k
            given.append("--kind \(kind)")
        }
        self.from = try Self.day(from, "--from")
        self.to = try Self.day(to, "--to")
        if let from { given.append("--from \(from)") }
        if let to { given.append("--to \(to)") }
        if let a = self.from, let b = self.to, a > b, let from, let to {
            throw EventFilterError(message: "--from \(from) is after --to \(to)")
        }
    }

    private static func day(_ text: String?, _ option: String) throws(EventFilterError) -> Int? {
        guard let text else { return nil }
        guard text.utf8.count == 10, let t = EventTime(text) else {
            throw EventFilterError(message: "\(option) must be a date written YYYY-MM-DD, e.g. 2017-06-16, not \"\(text)\"")
        }
        return t.dayNumber
    }

    /// True when no option narrows the events.
    var isEmpty: Bool { given.isEmpty }

    /// The options as given, e.g. `--kind forum --from 2017-06-16`.
    var description: String { given.joined(separator: " ") }

    /// True when the event passes every option. With --from or --to, an event counts when any
    /// day it takes place on is in the range; an event without a start never does.
    func keeps(_ e: ExpoEvent) -> Bool {
        if let kind, e.kind != kind { return false }
        if from == nil && to == nil { return true }
        guard let days = EventText.days(e) else { return false }
        if let from, days.upperBound < from { return false }
        if let to, days.lowerBound > to { return false }
        return true
    }

    /// Positions (into `c.events`) of the events kept, in record order.
    func positions(in c: Catalog) -> [Int] {
        let candidates = expo.map { c.eventIndices(ofExpo: $0) } ?? Array(c.events.indices)
        return candidates.filter { keeps(c.events[$0]) }
    }
}
