#ifndef PAVILION_CSIGNALFLAG_H
#define PAVILION_CSIGNALFLAG_H
/// Installs a handler for `sig` that only records it; a blocked read is interrupted (no SA_RESTART).
void pavilion_install_signal_flag(int sig);
/// Installs the recording handler for every signal whose default action ends the process and
/// that another process or the terminal can send: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE,
/// SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGIO, SIGPWR and the
/// real-time signals. SIGQUIT's handler replaces the Swift runtime's crash reporter.
/// Faults (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) are left alone. The
/// signals are unblocked too, in case the parent passed them on blocked.
void pavilion_install_exit_signal_flags(void);
/// Returns the last signal recorded since the previous call, or 0, and clears it.
int pavilion_take_signal(void);
/// Returns the last signal recorded, or 0, without clearing it (safe from any thread).
int pavilion_pending_signal(void);
/// Turns off XON/XOFF flow control (IXON, IXOFF) on a terminal, so Ctrl-S and Ctrl-Q reach
/// the program instead of freezing its output. Returns 0, or -1 when `fd` is no terminal.
int pavilion_disable_flow_control(int fd);
#endif
