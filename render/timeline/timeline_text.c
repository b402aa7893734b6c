/* timeline_text.c — measuring and cutting the text of a timeline.
 *
 * The layout is ours, so we need the width of text before Graphviz sees
 * it.  We estimate it from Helvetica's advance widths (Arial and Liberation
 * Sans share them), which is what the SVG names and what fontconfig picks
 * for a bitmap, and err a little wide so that labels never run into each
 * other when a wider sans-serif stands in. */
#include "timeline.h"

#include <stdarg.h>

const tl_font_info tl_fonts[TL_T_COUNT] = {
    [TL_T_TITLE] = {16, true},       [TL_T_SUBTITLE] = {10, false},
    [TL_T_HEADING] = {11, true},     [TL_T_SUBHEADING] = {9.5, true},
    [TL_T_LABEL] = {9.5, false},     [TL_T_SUBLABEL] = {8, false},
    [TL_T_EVENT] = {8, false},       [TL_T_EVENT_IN] = {8, false},
    [TL_T_AXIS] = {8.5, false},      [TL_T_LEGEND] = {8.5, false},
    [TL_T_LEGEND_HEAD] = {8.5, true}, [TL_T_NOTE] = {8.5, false},
    [TL_T_HELD] = {8, false},
};

/* Advance widths of printable ASCII (32..126) in 1/1000 em. */
static const short ascii_w[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, /* sp-/ */
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,                               /* 0-9 */
    278, 278, 584, 584, 584, 556, 1015,                                             /* :-@ */
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,                /* A-M */
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,                /* N-Z */
    278, 278, 278, 469, 556, 333,                                                   /* [-` */
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,                /* a-m */
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,                /* n-z */
    334, 260, 334, 584,                                                             /* {-~ */
};

/* Decode one UTF-8 sequence (the loader guarantees valid UTF-8); returns
 * its length in bytes. */
static size_t utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
    size_t n = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
    if (n > len)
        n = len;
    uint32_t c = n == 1 ? s[0] : n == 2 ? s[0] & 0x1Fu : n == 3 ? s[0] & 0x0Fu : s[0] & 0x07u;
    for (size_t i = 1; i < n; i++)
        c = (c << 6) | (s[i] & 0x3Fu);
    *cp = c;
    return n;
}

static int cp_width(uint32_t c)
{
    if (c >= 32 && c < 127)
        return ascii_w[c - 32];
    if (c == '\t' || c == '\n')
        return 278;
    if (c == 0x2026 || c == 0x2014) /* ellipsis, em dash */
        return 1000;
    if (c >= 0x2010 && c <= 0x2015)
        return 556;
    if (c >= 0x2018 && c <= 0x201F)
        return 333;
    if (c < 0x370) /* Latin-1 and Latin Extended: accented letters */
        return 640;
    if (c < 0x530) /* Greek, Cyrillic */
        return 660;
    if (c >= 0x2E80) /* CJK and other full-width scripts */
        return 1000;
    return 720;
}

double tl_text_width(const char *s, size_t len, int font)
{
    const unsigned char *u = (const unsigned char *)s;
    long units = 0;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        i += utf8_next(u + i, len - i, &c);
        units += cp_width(c);
    }
    double w = (double)units * tl_fonts[font].size / 1000.0;
    return w * (tl_fonts[font].bold ? 1.12 : 1.05);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* s with whitespace runs squeezed to one space and the ends trimmed. */
static char *squeeze(dg_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *o = dg_arena_alloc(a, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            if (k && o[k - 1] != ' ')
                o[k++] = ' ';
        } else {
            o[k++] = s[i];
        }
    }
    while (k && o[k - 1] == ' ')
        k--;
    o[k] = '\0';
    return o;
}

/* The longest prefix of s (len bytes) that fits maxw, at a character
 * boundary. */
static size_t prefix_fitting(const char *s, size_t len, int font, double maxw)
{
    const unsigned char *u = (const unsigned char *)s;
    double scale = tl_fonts[font].size / 1000.0 * (tl_fonts[font].bold ? 1.12 : 1.05);
    double w = 0;
    size_t i = 0;
    while (i < len) {
        uint32_t c;
        size_t n = utf8_next(u + i, len - i, &c);
        w += cp_width(c) * scale;
        if (w > maxw)
            break;
        i += n;
    }
    return i;
}

/* s[0..len) cut to fit maxw with an ellipsis appended, into the arena. */
static const char *cut(dg_arena *a, const char *s, size_t len, int font, double maxw)
{
    static const char ell[] = "\xE2\x80\xA6"; /* … */
    double ew = tl_text_width(ell, 3, font);
    size_t k = maxw > ew ? prefix_fitting(s, len, font, maxw - ew) : 0;
    while (k && s[k - 1] == ' ')
        k--;
    char *o = dg_arena_alloc(a, k + 4);
    memcpy(o, s, k);
    memcpy(o + k, ell, 4);
    return o;
}

const char *tl_fit(dg_arena *a, const char *s, int font, double maxw)
{
    const char *t = squeeze(a, s);
    size_t len = strlen(t);
    if (tl_text_width(t, len, font) <= maxw)
        return t;
    return cut(a, t, len, font, maxw);
}

/* Where line breaking of t (len bytes) for maxw should happen: after the
 * last space that keeps the line within maxw, or a hard cut when a single
 * word is too long. */
static size_t break_at(const char *t, size_t len, int font, double maxw)
{
    size_t fit = prefix_fitting(t, len, font, maxw);
    if (fit >= len)
        return len;
    for (size_t i = fit; i > 0; i--)
        if (t[i] == ' ')
            return i;
    return fit ? fit : 1;
}

const char *tl_wrap(dg_arena *a, const char *s, int font, double maxw, int max_lines, int *lines)
{
    const char *t = squeeze(a, s);
    size_t len = strlen(t);
    /* Lines are cut from t; only the last may grow by an ellipsis. */
    char *o = dg_arena_alloc(a, len + (size_t)max_lines + 8);
    size_t k = 0;
    int n = 0;
    while (len) {
        if (n)
            o[k++] = '\n';
        n++;
        bool fits = tl_text_width(t, len, font) <= maxw;
        if (fits || n == max_lines) {
            const char *last = fits ? t : cut(a, t, len, font, maxw);
            size_t ll = fits ? len : strlen(last);
            memcpy(o + k, last, ll);
            k += ll;
            break;
        }
        size_t b = break_at(t, len, font, maxw);
        memcpy(o + k, t, b);
        k += b;
        while (b < len && t[b] == ' ')
            b++;
        t += b;
        len -= b;
    }
    o[k] = '\0';
    *lines = n ? n : 1;
    return o;
}

const char *tl_fmt(dg_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *o = dg_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(o, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return o;
}
