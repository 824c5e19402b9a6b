/// Why the plan's database could not be used. PLACEHOLDER cases, completed by the store's work.
public enum PlanStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database is in read-only mode (a newer schema, a corrupt file…), for the given reason.
    case readOnly(path: String, reason: String)

    /// A one-line message a user can act on.
    public var description: String {
        switch self {
        case .readOnly(let path, let reason): "\(path): the plan is read-only: \(reason)"
        }
    }

    /// The process exit code for the command line (75: busy, 73: cannot create, 65: bad data…).
    public var exitCode: Int32 {
        switch self {
        case .readOnly: 73
        }
    }
}
