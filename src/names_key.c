/* names_key.c — the key a country name is looked up by (dg_name_key).
 *
 * People write "Cote d'Ivoire", "COTE D’IVOIRE", "Côte d'Ivoire" and
 * "St. Kitts & Nevis"; iso-codes writes one of them.  Both sides go
 * through the same folding, so that any of these finds the country.  The
 * folding is deliberately small (no Unicode tables): Latin accents, case
 * in the scripts iso-codes' translations mostly use, punctuation, and a
 * few English words. */
#include "names.h"

/* U+00C0..U+00FF and U+0100..U+017F folded to one lower-case ASCII
 * letter; '*' marks the few that become two letters (two_letters), ' '
 * a separator (× and ÷). */
static const char latin1[] = "aaaaaa*ceeeeiiiidnooooo ouuuuy**"
                             "aaaaaa*ceeeeiiiidnooooo ouuuuy*y";
static const char latin_ext_a[] = "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh"
                                  "iiiiiiiiii" "**" "jj" "kkk" "llllllllll" "nnnnnnn" "nn"
                                  "oooooo" "**" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu"
                                  "ww" "yyy" "zzzzzz" "s";
_Static_assert(sizeof latin1 == 0x40 + 1, "U+00C0..U+00FF");
_Static_assert(sizeof latin_ext_a == 0x80 + 1, "U+0100..U+017F");

static const char *two_letters(uint32_t c)
{
    switch (c) {
    case 0xC6: case 0xE6: return "ae";
    case 0xDE: case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x132: case 0x133: return "ij";
    default: return "oe"; /* U+0152, U+0153 */
    }
}

/* The next code point of a NUL-terminated string, advancing *s; an invalid
 * or truncated sequence gives U+FFFD for its first byte only. */
static uint32_t utf8_next(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c = p[0];
    int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2
            : c >= 0xF0 && c < 0xF5 ? 3 : -1;
    if (n < 0) {
        *s = p + 1;
        return 0xFFFD;
    }
    c &= n == 0 ? 0x7F : 0x3F >> n;
    for (int i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *s = p + 1;
            return 0xFFFD;
        }
        c = c << 6 | (p[i] & 0x3F);
    }
    *s = p + n + 1;
    return c;
}

/* Lower case of the non-Latin scripts iso-codes' translations use most;
 * anything else is returned as it is (both sides of a comparison fold
 * alike, so an exact spelling still matches). */
static uint32_t lower_other(uint32_t c)
{
    if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20; /* Greek, basic Cyrillic */
    if (c >= 0x400 && c <= 0x40F)
        return c == 0x401 ? 0x435 : c + 0x50; /* Ѐ..Џ; Ё read as е */
    if (c == 0x451)
        return 0x435; /* ё: Russian writes е as often */
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x4FF) ||
         (c >= 0x1E00 && c <= 0x1EFF)) && c % 2 == 0)
        return c + 1; /* Cyrillic supplement, Latin Extended Additional: pairs */
    if (c >= 0x4C1 && c <= 0x4CE && c % 2 == 1)
        return c + 1;
    if (c >= 0x531 && c <= 0x556)
        return c + 0x30; /* Armenian */
    return c;
}

typedef struct keybuf {
    char *out;
    size_t size, len;
    bool sep, ok;
} keybuf;

static void put(keybuf *k, const char *s, size_t n)
{
    if (k->sep && k->len) {
        if (k->len + 1 >= k->size)
            k->ok = false;
        else
            k->out[k->len++] = ' ';
    }
    k->sep = false;
    if (k->len + n >= k->size) {
        k->ok = false;
        return;
    }
    memcpy(k->out + k->len, s, n);
    k->len += n;
}

static void put_code_point(keybuf *k, uint32_t c)
{
    char u[4];
    size_t n;
    if (c < 0x800) {
        u[0] = (char)(0xC0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | c >> 12), u[1] = (char)(0x80 | (c >> 6 & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | c >> 18), u[1] = (char)(0x80 | (c >> 12 & 0x3F));
        u[2] = (char)(0x80 | (c >> 6 & 0x3F)), u[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    put(k, u, n);
}

/* Is c dropped without a trace ('.', apostrophes), so that "U.S." is "US"? */
static bool dropped(uint32_t c)
{
    return c == '.' || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x02BB;
}

static bool separator(uint32_t c)
{
    return (c < 0x80 && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
           (c >= 0x80 && c < 0xC0) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
           c == 0x3000 || c == 0xFFFD;
}

/* Fold one code point into k. */
static void fold(keybuf *k, uint32_t c)
{
    if (dropped(c))
        return;
    if (c == '&') {
        k->sep = true;
        put(k, "and", 3);
        k->sep = true;
    } else if (separator(c)) {
        k->sep = true;
    } else if (c < 0x80) {
        char ch = (char)(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
        put(k, &ch, 1);
    } else if (c >= 0xC0 && c <= 0x17F) {
        char ch = c < 0x100 ? latin1[c - 0xC0] : latin_ext_a[c - 0x100];
        if (ch == ' ')
            k->sep = true;
        else if (ch == '*')
            put(k, two_letters(c), 2);
        else
            put(k, &ch, 1);
    } else if (c >= 0x218 && c <= 0x21B) {
        put(k, c < 0x21A ? "s" : "t", 1); /* Romanian ș, ț with a comma */
    } else {
        put_code_point(k, lower_other(c));
    }
}

/* The words of folded text, with "the" dropped and "st" read as "saint". */
static bool words(const char *text, char *out, size_t size)
{
    keybuf k = {out, size, 0, false, true};
    for (const char *w = text; *w;) {
        size_t n = strcspn(w, " ");
        if (n == 3 && memcmp(w, "the", 3) == 0) {
            /* an article: nothing */
        } else if (n == 2 && memcmp(w, "st", 2) == 0) {
            k.sep = true;
            put(&k, "saint", 5);
        } else {
            k.sep = true;
            put(&k, w, n);
        }
        w += n;
        w += *w == ' ';
    }
    out[k.len] = '\0';
    return k.ok && k.len > 0;
}

bool dg_name_key(const char *name, char *out, size_t size)
{
    char folded[DG_NAME_KEY_MAX];
    keybuf k = {folded, sizeof folded, 0, false, true};
    if (!name || size == 0)
        return false;
    for (const unsigned char *s = (const unsigned char *)name; *s && k.ok;)
        fold(&k, utf8_next(&s));
    folded[k.len] = '\0';
    if (!k.ok || k.len == 0) {
        out[0] = '\0';
        return false;
    }
    return words(folded, out, size);
}
