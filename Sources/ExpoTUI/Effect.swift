import ExpoModel

/// A side effect that `update` asks for and the run loop carries out, so `update` stays pure.
public enum Effect: Sendable, Equatable {
    /// End the browser.
    case quit
    /// Put text on the terminal's clipboard (OSC 52). `what` names it for the status line
    /// ("id", "name").
    case copy(String, what: String)
    /// Open a web address in the desktop's browser, or show it when there is no desktop.
    case openURL(String)
    /// Store a change to the visit plan (the state already shows it).
    case plan(PlanChange)
}
