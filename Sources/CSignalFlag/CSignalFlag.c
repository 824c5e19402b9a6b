#include "CSignalFlag.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending_signal = 0;

static void on_signal(int sig) { pending_signal = sig; }

void pavilion_install_signal_flag(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(sig, &sa, NULL);
}

int pavilion_take_signal(void) {
    int s = pending_signal;
    pending_signal = 0;
    return s;
}
