/* date.c — the EDTF subset of format v1: YYYY, YYYY-MM, YYYY-MM-DD with an
 * optional ~ ? % qualifier, proleptic Gregorian, years 1000-2999. */
#include "internal.h"

#include <time.h>

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

dg_date_err dg_date_parse(const char *s, size_t len, dg_date *out)
{
    dg_date d = {0};
    if (len > 0 && (s[len - 1] == '~' || s[len - 1] == '?' || s[len - 1] == '%')) {
        d.qual = s[len - 1] == '~' ? DG_QUAL_APPROX
               : s[len - 1] == '?' ? DG_QUAL_UNCERTAIN : DG_QUAL_APPROX | DG_QUAL_UNCERTAIN;
        len--;
    }
    if (len != 4 && len != 7 && len != 10)
        return DG_DATE_SYNTAX;
    int y = digits(s, 4), m = 0, day = 0;
    if (y < 0)
        return DG_DATE_SYNTAX;
    if (len >= 7 && (s[4] != '-' || (m = digits(s + 5, 2)) < 0))
        return DG_DATE_SYNTAX;
    if (len == 10 && (s[7] != '-' || (day = digits(s + 8, 2)) < 0))
        return DG_DATE_SYNTAX;
    if (y < 1000 || y > 2999)
        return DG_DATE_RANGE;
    if (len >= 7 && (m < 1 || m > 12))
        return DG_DATE_INVALID;
    if (len == 10 && (day < 1 || day > month_days(y, m)))
        return DG_DATE_INVALID;
    d.year = (int16_t)y;
    d.month = (uint8_t)m;
    d.day = (uint8_t)day;
    d.prec = len == 4 ? DG_PREC_YEAR : len == 7 ? DG_PREC_MONTH : DG_PREC_DAY;
    *out = d;
    return DG_DATE_OK;
}

/* Days from 1970-01-01 (Howard Hinnant's civil calendar algorithm). */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

dg_date dg_date_from_days(int32_t z)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp + (mp < 10 ? 3 : -9);
    dg_date r = {(int16_t)(y + (m <= 2)), (uint8_t)m, (uint8_t)d, DG_PREC_DAY, 0};
    return r;
}

int32_t dg_date_first(const dg_date *d)
{
    return days_from_civil(d->year, d->month ? d->month : 1, d->day ? d->day : 1);
}

int32_t dg_date_last(const dg_date *d)
{
    int m = d->month ? d->month : 12;
    return days_from_civil(d->year, m, d->day ? d->day : month_days(d->year, m));
}

void dg_date_format(const dg_date *d, char *buf, size_t size)
{
    static const char qual[] = {'\0', '~', '?', '%'};
    if (!size)
        return;
    if (!dg_date_set(d)) {
        buf[0] = '\0';
        return;
    }
    char q[2] = {qual[d->qual & 3], '\0'};
    if (d->prec == DG_PREC_YEAR)
        snprintf(buf, size, "%04d%s", d->year, q);
    else if (d->prec == DG_PREC_MONTH)
        snprintf(buf, size, "%04d-%02d%s", d->year, d->month, q);
    else
        snprintf(buf, size, "%04d-%02d-%02d%s", d->year, d->month, d->day, q);
}

int dg_date_cmp(const dg_date *a, const dg_date *b)
{
    bool sa = dg_date_set(a), sb = dg_date_set(b);
    if (sa != sb)
        return sa ? 1 : -1;
    if (!sa)
        return 0;
    /* (year, month, day) with 1 for what is missing orders as first days do. */
    int32_t fa = a->year * 512 + (a->month ? a->month : 1) * 32 + (a->day ? a->day : 1);
    int32_t fb = b->year * 512 + (b->month ? b->month : 1) * 32 + (b->day ? b->day : 1);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    if (a->prec != b->prec)
        return a->prec < b->prec ? -1 : 1;
    return (a->qual > b->qual) - (a->qual < b->qual);
}

dg_date dg_date_today(void)
{
    time_t now = time(NULL);
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        long long v = strtoll(epoch, &end, 10);
        if (*end == '\0' && v >= 0)
            now = (time_t)v;
    }
    return dg_date_from_days((int32_t)(now / 86400));
}

bool dg_period_holds(const dg_period *p, const dg_date *at)
{
    if (!at || !dg_date_set(at))
        return !dg_date_set(&p->end);
    int32_t day = dg_date_first(at);
    if (dg_date_set(&p->start) && dg_date_first(&p->start) > day)
        return false;
    return !dg_date_set(&p->end) || dg_date_last(&p->end) > day;
}
