#ifndef PARALLAX_CNCURSESW_SHIM_H
#define PARALLAX_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config reports, so the wide-character API must be switched on here. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift cannot import function-like macros or use C globals under strict concurrency: wrap them. */
static inline WINDOW *px_stdscr(void) { return stdscr; }
static inline int px_lines(void) { return LINES; }
static inline int px_cols(void) { return COLS; }
static inline int px_colors(void) { return COLORS; }
static inline int px_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t px_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t px_a_bold(void) { return A_BOLD; }
static inline attr_t px_a_underline(void) { return A_UNDERLINE; }
static inline attr_t px_a_reverse(void) { return A_REVERSE; }
static inline attr_t px_a_dim(void) { return A_DIM; }
static inline attr_t px_a_italic(void) { return A_ITALIC; }
static inline attr_t px_a_normal(void) { return A_NORMAL; }
static inline int px_key_resize(void) { return KEY_RESIZE; }
static inline int px_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t px_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t px_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t px_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t px_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }

/* Put one cell (a grapheme as up to 5 wide chars) with attributes and a colour pair. */
static inline int px_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* Unblock SIGWINCH: some parents start us with it blocked, and then resize never arrives. */
static inline void px_unblock_sigwinch(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#endif
