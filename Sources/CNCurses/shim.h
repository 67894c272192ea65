#ifndef DEPOT_CNCURSES_SHIM_H
#define DEPOT_CNCURSES_SHIM_H

/*
 * SwiftPM drops the -D flags that pkg-config gives for ncursesw, so the wide-character
 * API must be switched on here, before curses.h is read.
 */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Globals and macros Swift cannot import, or cannot touch safely in Swift 6 mode. */

static inline WINDOW *depot_stdscr(void) { return stdscr; }
static inline int depot_color_pairs(void) { return COLOR_PAIRS; }
static inline int depot_colors(void) { return COLORS; }
static inline attr_t depot_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t depot_a_normal(void) { return A_NORMAL; }
static inline attr_t depot_a_bold(void) { return A_BOLD; }
static inline attr_t depot_a_reverse(void) { return A_REVERSE; }
static inline attr_t depot_a_underline(void) { return A_UNDERLINE; }
static inline attr_t depot_a_dim(void) { return A_DIM; }
static inline int depot_key_f(int n) { return KEY_F(n); }

/*
 * Uses the environment's locale when it is UTF-8, otherwise C.UTF-8, so that curses
 * measures and writes wide characters correctly. Returns 1 when a UTF-8 locale is active.
 */
static inline int depot_set_locale(void) {
    const char *codeset;
    if (setlocale(LC_ALL, "") != NULL) {
        codeset = nl_langinfo(CODESET);
        if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
            return 1;
        }
    }
    if (setlocale(LC_ALL, "C.UTF-8") != NULL) {
        return 1;
    }
    return 0;
}

/*
 * Writes one cell: a grapheme cluster as a NUL-terminated wide string (a spacing character
 * followed by up to CCHARW_MAX - 1 non-spacing ones; setcchar drops the rest), with
 * attributes and a colour pair, at row y, column x of stdscr.
 */
static inline int depot_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) == ERR) {
        return ERR;
    }
    return mvadd_wch(y, x, &cell);
}

/*
 * Starts curses on the terminal (stdout for output, stdin for input) like initscr, but returns 0
 * instead of exiting the program when the terminal type is unknown.
 */
static inline int depot_start_curses(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) {
        return 0;
    }
    set_term(screen);
    return 1;
}

/* Leaves curses mode if it is active; safe to call more than once, or before initscr. */
static inline void depot_restore_terminal(void) {
    if (stdscr != NULL && !isendwin()) {
        endwin();
    }
}

/*
 * Signal handler body for SIGINT, SIGTERM, SIGHUP and SIGQUIT: restores the terminal and exits
 * with 128 + the signal number. endwin is not strictly async-signal-safe, but it only writes
 * the reset sequences and restores the saved termios, which is what we need on the way out.
 */
static inline void depot_emergency_endwin(int signal_number) {
    depot_restore_terminal();
    _exit(128 + signal_number);
}

#endif
