#ifndef PAVILION_CNCURSESW_SHIM_H
#define PAVILION_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <poll.h>
#include <errno.h>
#include <stdlib.h>
#include <ncursesw/curses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
/// newterm on the process's stdout/stdin: NULL (instead of exiting) when TERM is unknown.
/// The size always comes from the terminal: exported COLUMNS and LINES would otherwise pin it
/// and resizes would be ignored. ncurses 6.4 offers `use_env(FALSE)`, but alone it takes the
/// terminfo size (80×24), and with `use_tioctl(TRUE)` it starts at the right size yet keeps it
/// through every resize; so the two variables are removed from our environment instead (the
/// only child the browser starts, xdg-open for a web address, has no use for them).
static inline SCREEN *shim_newterm(void) {
    unsetenv("COLUMNS");
    unsetenv("LINES");
    return newterm(NULL, stdout, stdin);
}
/// Whether the terminal can move the cursor ("cup"); a dumb terminal cannot show panes.
static inline int shim_can_move_cursor(void) { char *s = tigetstr("cup"); return s != NULL && s != (char *)-1; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_colors(void) { return COLORS; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline int shim_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
/// The mouse events the browser uses: button 1 presses (clicks) and the wheel. No releases,
/// drags or motion, so the terminal reports no pointer movement (no any-motion mode).
static inline mmask_t shim_used_mouse_events(void) { return BUTTON1_PRESSED | BUTTON4_PRESSED | shim_button5_pressed(); }
/// Sets errno to 0, so a failed read that sets none can be told from one that does.
static inline void shim_clear_errno(void) { errno = 0; }
/// The errno of the last failed call.
static inline int shim_errno(void) { return errno; }
/// True when the terminal on `fd` has hung up or failed (its other side closed): poll reports
/// POLLHUP, POLLERR or POLLNVAL without waiting.
static inline int shim_input_hung_up(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
/// The process's environment, for a child started with posix_spawn.
static inline char **shim_environ(void) { extern char **environ; return environ; }
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

/// Draws one cell: a grapheme given as up to 5 code points, with attributes and colour pair.
static inline int shim_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
