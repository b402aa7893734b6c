/* text.c — byte-level helpers of the importers: clean UTF-8 for the data
 * set, and the normal form names are compared in. */
#include "import.h"

/* Decode one UTF-8 sequence at s (n > 0 bytes left).  Returns the code
 * point and sets *len, or returns -1 (with *len = 1) for an invalid or
 * overlong sequence, a surrogate or a value past U+10FFFF. */
static int32_t utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
    static const int32_t mins[] = {0, 0, 0x80, 0x800, 0x10000};
    *len = 1;
    if (s[0] < 0x80)
        return s[0];
    size_t k = s[0] >= 0xF0 && s[0] < 0xF5 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (s[0] >= 0xF5 || k == 0 || k > n)
        return -1;
    int32_t cp = s[0] & (0x3F >> (k - 1));
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < mins[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *len = k;
    return cp;
}

/* What the loader refuses or YAML reads as a line break. */
static bool is_unwanted(int32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

void imp_clean_utf8(dg_buf *out, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = out->len;
    bool space = true; /* drops leading space */
    for (size_t i = 0; i < n;) {
        size_t len;
        int32_t cp = utf8_decode(u + i, n - i, &len);
        bool white = cp == ' ' || (cp >= 0 && is_unwanted(cp));
        if (white) {
            if (!space)
                dg_buf_append(out, " ", 1);
            space = true;
        } else if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF) {
            dg_buf_append(out, "\xEF\xBF\xBD", 3);
            space = false;
        } else if (cp != 0xFEFF) {
            dg_buf_append(out, s + i, len);
            space = false;
        }
        i += len;
    }
    while (out->len > start && out->data[out->len - 1] == ' ')
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
}

/* ASCII for the Latin letters U+00C0..U+017F (accents dropped), '?' for
 * what has none; Ș ș Ț ț (U+0218..U+021B) are handled by the caller. */
static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
static const char latin_ext[] = "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg" "GgGgHhHhIiIiIiIi"
                                "IiIiJjKkkLlLlLlL" "lLlNnNnNnnNnOoOo" "OoOoRrRrRrSsSsSs"
                                "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";

/* One code point as the ASCII character it is compared as, or 0 to keep
 * its bytes, or ' ' for a separator. */
static char fold(int32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xFF)
        return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F)
        return latin_ext[cp - 0x100];
    switch (cp) {
    case 0x218: return 'S';
    case 0x219: return 's';
    case 0x21A: return 'T';
    case 0x21B: return 't';
    case 0x2018: case 0x2019: case 0x2BB: case 0x2BC: case '`': return '\'';
    case 0xA0: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case '-': case '_': case '/': return ' ';
    default: return 0;
    }
}

/* Append a separator: one space, never at the start. */
static size_t put_space(char *out, size_t o, size_t cap)
{
    if (o > 0 && out[o - 1] != ' ' && o + 1 < cap)
        out[o++] = ' ';
    return o;
}

/* Append one folded, lower-cased character (or the code point's own
 * bytes when it has no ASCII form): letters, digits and apostrophes are
 * kept, '&' reads as "and", '.' is dropped, the rest separates words. */
static size_t put_folded(char *out, size_t o, size_t cap, const char *src, size_t len, int32_t cp)
{
    char c = fold(cp);
    if (c == 0 && cp >= 0 && cp < 0x80)
        c = (char)cp;
    if (c == 0) {
        if (o + len < cap) {
            memcpy(out + o, src, len);
            o += len;
        }
        return o;
    }
    if (c >= 'A' && c <= 'Z')
        c = (char)(c | 0x20);
    if (c == '&') {
        o = put_space(out, o, cap);
        if (o + 4 < cap) {
            memcpy(out + o, "and ", 4);
            o += 4;
        }
        return o;
    }
    if (c == '.')
        return o;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\''))
        return put_space(out, o, cap);
    if (o + 1 < cap)
        out[o++] = c;
    return o;
}

/* "st " and "st." at the start of a word read as "saint ". */
static size_t saint(char *out, size_t o, size_t cap)
{
    if (o >= 2 && out[o - 1] == 't' && out[o - 2] == 's' && (o == 2 || out[o - 3] == ' ') &&
        o + 4 < cap) {
        memcpy(out + o - 2, "saint", 5);
        return o + 3;
    }
    return o;
}

void imp_norm_name(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0;
    for (size_t i = 0; i < n && cap > 1;) {
        size_t len;
        int32_t cp = utf8_decode(u + i, n - i, &len);
        if ((cp == '.' || cp == ' ') && o >= 2)
            o = saint(out, o, cap);
        o = put_folded(out, o, cap, s + i, len, cp);
        i += len;
    }
    while (o && out[o - 1] == ' ')
        o--;
    if (cap)
        out[o < cap ? o : cap - 1] = '\0';
    if (strncmp(out, "the ", 4) == 0)
        memmove(out, out + 4, strlen(out + 4) + 1);
}

bool imp_eq_ci(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (k != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char a = s[i], b = word[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a | 0x20);
        if (b >= 'A' && b <= 'Z')
            b = (char)(b | 0x20);
        if (a != b)
            return false;
    }
    return true;
}

bool imp_starts_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return k <= n && imp_eq_ci(s, k, prefix);
}

imp_str imp_trim(imp_str s)
{
    while (s.n && (s.p[0] == ' ' || s.p[0] == '\t' || s.p[0] == '\n' || s.p[0] == '\r')) {
        s.p++;
        s.n--;
    }
    while (s.n && (s.p[s.n - 1] == ' ' || s.p[s.n - 1] == '\t' || s.p[s.n - 1] == '\n' ||
                   s.p[s.n - 1] == '\r'))
        s.n--;
    return s;
}

const char *imp_find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    if (k == 0 || k > n)
        return NULL;
    for (size_t i = 0; i + k <= n; i++)
        if (imp_eq_ci(s + i, k, needle))
            return s + i;
    return NULL;
}

void imp_fold_ascii(dg_buf *out, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t len;
        int32_t cp = utf8_decode(u + i, n - i, &len);
        char c = cp >= 0 && cp < 0x80 ? (char)cp : fold(cp);
        if (c)
            dg_buf_append(out, &c, 1);
        i += len;
    }
}

bool imp_other_script(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t len;
        int32_t cp = utf8_decode(u + i, n - i, &len);
        if (cp >= 0x370 && !(cp >= 0x1E00 && cp <= 0x1EFF) && !(cp >= 0x2000 && cp <= 0x2BFF))
            return true;
        i += len;
    }
    return false;
}
