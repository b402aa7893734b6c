/* wdate.c — dates as articles write them, kept at the precision written:
 * "1992", "1992-03-26", "January 9, 1992", "9 January 1992", "March 1993",
 * and the arguments of {{dts}}, {{Date table sorting}} and {{start date}}. */
#include "import.h"

#include <stdio.h>

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (unsigned char)c >= 0x80;
}

int imp_month(const char *s, size_t n)
{
    static const char *const names[] = {"january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december"};
    for (int m = 0; m < 12; m++)
        if (imp_eq_ci(s, n, names[m]))
            return m + 1;
    /* "Jan", "Sep", "Sept" */
    if (n != 3 && !(n == 4 && imp_eq_ci(s, n, "sept")))
        return 0;
    char abbr[5];
    memcpy(abbr, s, n);
    abbr[n] = '\0';
    for (int m = 0; m < 12; m++)
        if (imp_starts_ci(names[m], strlen(names[m]), abbr))
            return m + 1;
    return 0;
}

/* Digits at s[*i..], at most max of them; -1 when none. */
static int number(const char *s, size_t n, size_t *i, int max)
{
    int v = 0, k = 0;
    while (*i < n && k < max && is_digit(s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++;
        k++;
    }
    return k ? v : -1;
}

/* A word of letters at s[*i..]: its length (0 when none). */
static size_t word_len(const char *s, size_t n, size_t i)
{
    size_t k = 0;
    while (i + k < n && ((s[i + k] >= 'a' && s[i + k] <= 'z') || (s[i + k] >= 'A' && s[i + k] <= 'Z')))
        k++;
    return k;
}

static void skip_spaces(const char *s, size_t n, size_t *i)
{
    while (*i < n && s[*i] == ' ')
        (*i)++;
}

/* Validate through the format's own parser (leap years, month lengths). */
static bool make(int y, int m, int d, dg_date *out)
{
    char buf[16];
    int len = d ? snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d)
              : m ? snprintf(buf, sizeof buf, "%04d-%02d", y, m)
                  : snprintf(buf, sizeof buf, "%04d", y);
    return y >= 1000 && y <= 2999 && len > 0 && dg_date_parse(buf, (size_t)len, out) == DG_DATE_OK;
}

/* A year: four digits not followed by a letter or digit. */
static int year_at(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    int y = number(s, n, &j, 5);
    if (y < 0 || j - *i != 4 || (j < n && is_alnum(s[j])))
        return -1;
    *i = j;
    return y;
}

/* "1992", "1992-03", "1992-03-26" */
static bool iso_at(const char *s, size_t n, dg_date *out, size_t *used)
{
    size_t i = 0;
    int y = number(s, n, &i, 5), m = 0, d = 0;
    if (y < 0 || i != 4)
        return false;
    if (i + 2 < n && s[i] == '-' && is_digit(s[i + 1])) {
        size_t j = i + 1;
        m = number(s, n, &j, 3);
        if (j - i - 1 == 2) {
            i = j;
            if (i + 2 < n && s[i] == '-' && is_digit(s[i + 1])) {
                j = i + 1;
                d = number(s, n, &j, 3);
                if (j - i - 1 == 2)
                    i = j;
                else
                    d = 0;
            }
        } else {
            m = 0;
        }
    }
    if (i < n && is_alnum(s[i]))
        return false;
    *used = i;
    return make(y, m, d, out);
}

/* "January 9, 1992", "Jan. 9 1992", "March 1993" */
static bool month_first(const char *s, size_t n, dg_date *out, size_t *used)
{
    size_t i = word_len(s, n, 0);
    int m = imp_month(s, i);
    if (!m)
        return false;
    if (i < n && s[i] == '.')
        i++;
    skip_spaces(s, n, &i);
    size_t j = i;
    int d = number(s, n, &j, 3);
    if (d > 0 && d <= 31 && j - i <= 2) {
        i = j;
        if (i < n && s[i] == ',')
            i++;
        skip_spaces(s, n, &i);
    } else {
        d = 0;
    }
    int y = year_at(s, n, &i);
    if (y < 0)
        return false;
    *used = i;
    return make(y, m, d, out);
}

/* "9 January 1992" */
static bool day_first(const char *s, size_t n, dg_date *out, size_t *used)
{
    size_t i = 0;
    int d = number(s, n, &i, 3);
    if (d < 1 || d > 31 || i > 2)
        return false;
    skip_spaces(s, n, &i);
    size_t w = word_len(s, n, i);
    int m = imp_month(s + i, w);
    if (!m)
        return false;
    i += w;
    if (i < n && s[i] == '.')
        i++;
    if (i < n && s[i] == ',')
        i++;
    skip_spaces(s, n, &i);
    int y = year_at(s, n, &i);
    if (y < 0)
        return false;
    *used = i;
    return make(y, m, d, out);
}

bool imp_date_at(const char *s, size_t n, dg_date *out, size_t *used)
{
    if (n == 0)
        return false;
    if (is_digit(s[0]))
        return day_first(s, n, out, used) || iso_at(s, n, out, used);
    return month_first(s, n, out, used);
}

size_t imp_dates_in(const char *s, size_t n, dg_date *out, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        size_t used = 0;
        if ((i == 0 || !is_alnum(s[i - 1])) && imp_date_at(s + i, n - i, &out[k], &used)) {
            k++;
            i += used;
        } else {
            i++;
        }
    }
    return k;
}

/* A month argument: a number or a name. */
static int month_arg(imp_str a)
{
    size_t i = 0;
    int m = number(a.p, a.n, &i, 3);
    if (m >= 0)
        return i == a.n && m >= 1 && m <= 12 ? m : -1;
    char buf[16];
    size_t k = a.n < sizeof buf - 1 ? a.n : sizeof buf - 1;
    memcpy(buf, a.p, k);
    if (k && buf[k - 1] == '.')
        k--;
    int r = imp_month(buf, k);
    return r ? r : -1;
}

static int int_arg(imp_str a)
{
    size_t i = 0;
    int v = number(a.p, a.n, &i, 5);
    return i == a.n ? v : -1;
}

bool imp_date_args(const imp_str *args, size_t n, dg_date *out)
{
    if (n == 0)
        return false;
    if (n == 1) {
        size_t used;
        imp_str a = imp_trim(args[0]);
        return imp_date_at(a.p, a.n, out, &used) && used == a.n;
    }
    /* {{dts|1992|1|9}} (year first) or the old {{dts|9|1|1992}}. */
    size_t k = n > 3 ? 3 : n;
    bool year_first = args[0].n == 4 && int_arg(args[0]) >= 1000;
    int y = year_first ? int_arg(args[0]) : int_arg(args[k - 1]);
    int m = month_arg(year_first ? args[1] : args[k - 2]);
    int d = k == 3 ? int_arg(year_first ? args[2] : args[0]) : 0;
    if (y < 1000 || m < 0 || d < 0 || (k == 3 && d == 0))
        return false;
    return make(y, m, d, out);
}
