import ExpoModel

/// What to do to open a web address, decided from the address and the environment alone, so
/// it is tested without starting anything.
public enum URLOpenPlan: Sendable, Equatable {
    /// Not a web address: open nothing; `message` says so.
    case refuse(message: String)
    /// No desktop to open it on: `message` holds the whole address, for the user to copy.
    case show(message: String)
    /// Start `executable` with `arguments` (no shell), detached; `message` says so.
    case spawn(executable: String, arguments: [String], message: String)

    /// The program that opens addresses on a desktop (freedesktop.org's xdg-utils).
    public static let opener = "xdg-open"

    /// The plan for opening `url`.
    ///
    /// Only http and https addresses are opened (`isWebAddress`). They are handed to
    /// `xdg-open` when there is a desktop (`DISPLAY` or `WAYLAND_DISPLAY` set and not empty)
    /// and `xdg-open` is an executable in an absolute directory of `PATH`; otherwise the
    /// address is shown whole ("no display: …"), so the user can copy it.
    /// - Parameters:
    ///   - environment: the variables `DISPLAY`, `WAYLAND_DISPLAY` and `PATH` (others are
    ///     not read).
    ///   - isExecutable: whether a path names an executable file.
    public static func plan(for url: String, environment: [String: String], isExecutable: (String) -> Bool) -> URLOpenPlan {
        guard isWebAddress(url) else {
            return .refuse(message: "not a web address: " + TextWidth.truncate(SafeText.visible(url), to: 60))
        }
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        guard display else { return .show(message: "no display: \(url)") }
        guard let path = executable(opener, path: environment["PATH"], isExecutable: isExecutable) else {
            return .show(message: "no \(opener) to open: \(url)")
        }
        return .spawn(executable: path, arguments: [url], message: "opening \(url)")
    }

    /// True for an http or https address with a host and nothing a terminal or a program's
    /// arguments should not get: no spaces, no control or bidirectional formatting characters.
    public static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = url.dropFirst(8) } else if lower.hasPrefix("http://") { rest = url.dropFirst(7) } else { return false }
        guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
        return !url.unicodeScalars.contains { $0.value <= 0x20 || SafeText.needsEscape($0) || $0.properties.isWhitespace }
    }

    /// The first `dir/name` that is executable, over the absolute directories of `path`
    /// (a relative or empty entry would name the current directory: skipped).
    public static func executable(_ name: String, path: String?, isExecutable: (String) -> Bool) -> String? {
        for dir in (path ?? "").split(separator: ":") where dir.hasPrefix("/") {
            let candidate = dir.hasSuffix("/") ? "\(dir)\(name)" : "\(dir)/\(name)"
            if isExecutable(candidate) { return candidate }
        }
        return nil
    }
}
