import ArgumentParser

/// A whole-number option value that keeps what was typed, so that a malformed number gets a
/// message about the value (`--limit "abc" is not a number`, exit 64) instead of the argument
/// parser's generic one. Declare the option with `parsing: .unconditional` so that `-1` is read
/// as the value (and refused by `checked`) rather than as an option.
struct WholeNumber: ExpressibleByArgument, Sendable, Equatable {
    /// The text as given.
    let text: String
    /// The number, or nil when the text is not one.
    let value: Int?

    /// A default value.
    init(_ n: Int) {
        text = String(n)
        value = n
    }

    /// Never fails: a malformed number is reported by `checked`, naming the option.
    init?(argument: String) {
        text = argument
        value = Int(argument)
    }

    var defaultValueDescription: String { text }

    /// The number; when it is not one or is out of range, a `ValidationError` naming the option
    /// and the value (printed with the command's usage, exit 64).
    /// - Parameters:
    ///   - option: the option's name for the message, e.g. "--limit".
    ///   - range: the allowed values.
    ///   - rule: the rule in words, e.g. "0 (all) or more".
    func checked(_ option: String, in range: ClosedRange<Int>, rule: String) throws -> Int {
        guard let value else { throw ValidationError("\(option) \"\(text)\" is not a number; it must be \(rule)") }
        guard range.contains(value) else { throw ValidationError("\(option) must be \(rule), not \(value)") }
        return value
    }
}
