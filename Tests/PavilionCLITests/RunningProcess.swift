import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child started by `ProcessRunner.start`, not yet waited for.
struct RunningProcess {
    let pid: pid_t
    let executable: String
    let start: Date
    /// The directory holding the captured stdout and stderr; removed by `wait`.
    let directory: URL
    let outPath: String
    let errPath: String

    /// Waits for the child, killing it when `timeout` seconds have passed since it started.
    func wait(timeout: Double = 30) throws -> ProcessResult {
        defer { try? FileManager.default.removeItem(at: directory) }
        var status: Int32 = 0
        var timedOut = false
        var pause: useconds_t = 500
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r == -1 && errno != EINTR {
                throw ProcessRunnerError(description: "waitpid failed for \(executable): \(String(cString: strerror(errno)))")
            }
            if !timedOut && Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let signal = status & 0x7f
        return ProcessResult(
            status: signal == 0 ? (status >> 8) & 0xff : signal,
            signaled: signal != 0,
            timedOut: timedOut,
            stdoutData: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(),
            stderrData: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(),
            seconds: seconds
        )
    }

    /// The paths the child has open (the targets of /proc/PID/fd), or [] once it is gone.
    func openFiles() -> [String] {
        let dir = "/proc/\(pid)/fd"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/" + $0) }
    }
}
