#ifndef PAVILION_CSIGNALFLAG_H
#define PAVILION_CSIGNALFLAG_H
/// Installs a handler for `sig` that only records it; a blocked read is interrupted (no SA_RESTART).
void pavilion_install_signal_flag(int sig);
/// Returns the last signal recorded since the previous call, or 0, and clears it.
int pavilion_take_signal(void);
#endif
