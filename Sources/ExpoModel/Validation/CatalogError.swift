/// Why a catalogue could not be loaded.
public enum CatalogError: Error, Sendable, CustomStringConvertible {
    /// The input could not be opened or read (sysexits EX_NOINPUT, 66).
    case cannotOpen(path: String, reason: String)
    /// The input was read but is not a valid catalogue (sysexits EX_DATAERR, 65).
    case invalid(path: String, diagnostics: [Diagnostic])

    /// The exit code the command line uses for this error.
    public var exitCode: Int32 {
        switch self {
        case .cannotOpen: return 66
        case .invalid: return 65
        }
    }

    /// One line per problem, errors first, at most `limit` lines of errors.
    public func lines(limit: Int = 20) -> [String] {
        switch self {
        case let .cannotOpen(path, reason):
            return ["\(path): cannot open: \(reason)"]
        case let .invalid(path, diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            var out = errors.prefix(limit).map { $0.formatted(file: path) }
            if errors.count > limit {
                out.append("\(path): … and \(errors.count - limit) more errors (run `pavilion validate \(path)` to see them all)")
            }
            return out
        }
    }

    /// The first line of `lines()`.
    public var description: String { lines(limit: 1).first ?? "invalid catalogue" }
}
