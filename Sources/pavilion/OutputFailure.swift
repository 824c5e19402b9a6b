import ArgumentParser

/// Why an output file was refused or could not be written, with the exit code that says so.
struct OutputFailure: Error, CustomStringConvertible {
    /// One line for the user, starting with the path.
    var message: String
    /// 73 (EX_CANTCREAT) when the file was refused or could not be created; 74 (EX_IOERR) when
    /// writing, syncing or closing it failed.
    var exitCode: Int32

    var description: String { message }

    /// The output was refused or cannot be created (exit 73).
    static func cannotCreate(_ path: String, _ why: String) -> OutputFailure {
        OutputFailure(message: "\(path): \(why)", exitCode: 73)
    }

    /// Writing the output failed part-way (exit 74).
    /// - Parameter note: what became of the file, e.g. "no file was created".
    static func ioError(_ path: String, _ error: OutputError, note: String?) -> OutputFailure {
        OutputFailure(message: "\(path): cannot write: \(error.reason)" + (note.map { "; " + $0 } ?? ""), exitCode: 74)
    }

    /// Prints the message and ends the command with its exit code.
    func exit() -> ExitCode {
        Console.error(message)
        return ExitCode(exitCode)
    }
}
