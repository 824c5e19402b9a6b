/// Why the plan's database could not be used, or not changed. Every case names the file and says
/// what to do; none of them is raised after the file was changed by the action that failed (each
/// action is one transaction, rolled back on any error).
public enum PlanStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The plan can be read but not changed, for the given reason (a newer Pavilion wrote it, the
    /// file or its folder is not writable).
    case readOnly(path: String, reason: String)
    /// Another process held the database locked for longer than the busy timeout (seconds).
    case busy(path: String, seconds: Double)
    /// The folder or the file could not be created.
    case cannotCreate(path: String, reason: String)
    /// Writing failed (disk full, an I/O error); the action was rolled back.
    case cannotWrite(path: String, reason: String)
    /// The file is not a SQLite database, or a damaged one. It is left as it is.
    case corrupt(path: String, reason: String)
    /// The file is a SQLite database of another program. It is left as it is.
    case foreign(path: String, reason: String)
    /// The file was written by a newer Pavilion (schema version `found`, this one knows `known`).
    case newer(path: String, found: Int, known: Int)

    /// The database file the error is about.
    public var path: String {
        switch self {
        case .readOnly(let p, _), .busy(let p, _), .cannotCreate(let p, _), .cannotWrite(let p, _), .corrupt(let p, _),
             .foreign(let p, _), .newer(let p, _, _): p
        }
    }

    /// A one-line message a user can act on.
    public var description: String {
        switch self {
        case .readOnly(let path, let reason):
            "\(path): the plan is read-only: \(reason)"
        case .busy(let path, let seconds):
            "\(path): the plan is locked by another process (waited \(Self.seconds(seconds))); try again"
        case .cannotCreate(let path, let reason):
            "\(path): cannot create the plan's database: \(reason) (set PAVILION_DB to use another file)"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write the plan: \(reason); nothing was changed"
        case .corrupt(let path, let reason):
            "\(path): \(reason); the file was left as it is (move it away to start a new plan, or set PAVILION_DB)"
        case .foreign(let path, let reason):
            "\(path): \(reason); the file was left as it is (set PAVILION_DB to use another file)"
        case .newer(let path, let found, let known):
            "\(path): written by a newer Pavilion (plan schema \(found), this one knows up to \(known)); the plan is read-only"
        }
    }

    /// The process exit code for the command line: 75 busy (EX_TEMPFAIL), 73 cannot create or
    /// change (EX_CANTCREAT), 74 write failed (EX_IOERR), 65 a damaged, foreign or newer file
    /// (EX_DATAERR).
    public var exitCode: Int32 {
        switch self {
        case .busy: 75
        case .readOnly, .cannotCreate: 73
        case .cannotWrite: 74
        case .corrupt, .foreign, .newer: 65
        }
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
