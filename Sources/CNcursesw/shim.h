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

/* Terminal restoration on signals. The handler restores the terminal (endwin) and then lets the signal take
   its default action, so the exit status still tells the parent what happened (130 for Ctrl-C). Fatal
   signals from a crash in model code also print a one-line note after the terminal is back. */
#include <unistd.h>
#include <string.h>
static volatile sig_atomic_t px_screen_active = 0;

static void px_restore_and_reraise(int sig) {
    if (px_screen_active) {
        px_screen_active = 0;
        endwin();
    }
    if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGTRAP || sig == SIGFPE || sig == SIGABRT) {
        const char *msg = "parallax: internal error (crashed); terminal restored\n";
        ssize_t r = write(2, msg, strlen(msg));
        (void)r;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void px_install_signal_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = px_restore_and_reraise;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
}

static inline void px_set_screen_active(int on) { px_screen_active = on; }

/* cbreak leaves the tty's XON/XOFF flow control on, so an accidental Ctrl-S froze the screen until Ctrl-Q.
   Turned off here and saved as ncurses' program mode (so it survives a suspend); endwin restores the shell's
   own mode, IXON included. */
#include <termios.h>
static inline void px_disable_flow_control(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) == 0) {
        t.c_iflag &= ~(tcflag_t)IXON;
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
    def_prog_mode();
}

/* While the `/` prompt is open, Ctrl-C should cancel the prompt (as in a shell or vim), not end the program:
   the tty's signal keys (ISIG) are turned off so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as plain keys, and on again
   when the prompt closes. Saved as the program mode so a redraw after a suspend keeps it; endwin restores the
   shell's own mode either way. */
static inline void px_set_signal_keys(int on) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) == 0) {
        if (on) t.c_lflag |= (tcflag_t)ISIG; else t.c_lflag &= ~(tcflag_t)ISIG;
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
    def_prog_mode();
}

/* Ctrl-L: repaint every cell on the next refresh, whatever ncurses believes is on the screen. */
static inline void px_redraw_all(void) { clearok(curscr, TRUE); }

static inline int px_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int r = get_wch(&ch);
    *out = (unsigned int)ch;
    return r;
}

/* newterm instead of initscr: initscr exits the process on an unknown TERM, newterm lets us report it. */
static inline int px_newterm(void) {
    return newterm(NULL, stdout, stdin) != NULL;
}

/* A screen that writes to /dev/null: lets benchmarks time the whole copy to ncurses without a terminal. */
static SCREEN *px_headless = NULL;
static inline int px_newterm_headless(const char *term, int lines, int cols) {
    FILE *out = fopen("/dev/null", "w");
    FILE *in = fopen("/dev/null", "r");
    if (!out || !in) return 0;
    use_env(FALSE);
    px_headless = newterm(term, out, in);
    if (!px_headless) return 0;
    resize_term(lines, cols);
    return 1;
}

static inline void px_end_headless(void) {
    if (!px_headless) return;
    endwin();
    delscreen(px_headless);
    px_headless = NULL;
}

static inline int px_key_code_yes(void) { return KEY_CODE_YES; }

/* Mouse: one event, flattened so Swift need not know MEVENT's layout. kind: 1 wheel up, 2 wheel down,
   3 click, 0 other. */
static inline int px_read_mouse(int *kind, int *x, int *y) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x; *y = ev.y; *kind = 0;
    if (ev.bstate & BUTTON4_PRESSED) *kind = 1;
#ifdef BUTTON5_PRESSED
    else if (ev.bstate & BUTTON5_PRESSED) *kind = 2;
#endif
    else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) *kind = 3;
    return OK;
}

#endif
