#ifndef PAVILION_CNCURSESW_SHIM_H
#define PAVILION_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

static inline WINDOW *shim_stdscr(void) { return stdscr; }
/// newterm on the process's stdout/stdin: NULL (instead of exiting) when TERM is unknown.
static inline SCREEN *shim_newterm(void) { return newterm(NULL, stdout, stdin); }
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
static inline mmask_t shim_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

/// Draws one cell: a grapheme given as up to 5 code points, with attributes and colour pair.
static inline int shim_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
