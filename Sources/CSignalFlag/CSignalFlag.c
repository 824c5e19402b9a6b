#define _GNU_SOURCE
#include "CSignalFlag.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <pthread.h>

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

void pavilion_install_exit_signal_flags(void) {
    sigset_t unblock;
    sigemptyset(&unblock);
    static const int signals[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
        SIGPROF, SIGXCPU, SIGXFSZ, SIGIO,
#ifdef SIGPWR
        SIGPWR,
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
    };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        pavilion_install_signal_flag(signals[i]);
        sigaddset(&unblock, signals[i]);
    }
#ifdef SIGRTMIN
    for (int s = SIGRTMIN; s <= SIGRTMAX; s++) {
        pavilion_install_signal_flag(s);
        sigaddset(&unblock, s);
    }
#endif
    // A parent may have started us with these signals blocked (a thread of a program that
    // blocks them, passed on through fork and exec): then they would stay pending for ever.
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}

int pavilion_take_signal(void) {
    // One atomic step: the run loop and the loading watcher both take signals, and a signal
    // arriving between a read and a clear would be lost.
    return __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
}

int pavilion_pending_signal(void) { return pending_signal; }

int pavilion_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(fd, TCSADRAIN, &t);
}
