/* test_date.c — the EDTF subset of format v1: parsing, spans, order,
 * formatting, and the --at rule of dg_period_holds. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_date D(const char *s)
{
    dg_date d;
    dg_date_err e = dg_date_parse(s, strlen(s), &d);
    ck_assert_msg(e == DG_DATE_OK, "'%s' should parse, got error %d", s, e);
    return d;
}

static dg_date_err perr(const char *s)
{
    dg_date d;
    return dg_date_parse(s, strlen(s), &d);
}

/* Day number of a full date, via the library's own inverse. */
static int32_t day(const char *s)
{
    dg_date d = D(s);
    ck_assert_int_eq(d.prec, DG_PREC_DAY);
    return dg_date_first(&d);
}

START_TEST(forms_and_precision)
{
    dg_date d = D("1992");
    ck_assert_int_eq(d.year, 1992);
    ck_assert_int_eq(d.month, 0);
    ck_assert_int_eq(d.day, 0);
    ck_assert_int_eq(d.prec, DG_PREC_YEAR);
    ck_assert_int_eq(d.qual, 0);
    d = D("1992-03");
    ck_assert_int_eq(d.month, 3);
    ck_assert_int_eq(d.day, 0);
    ck_assert_int_eq(d.prec, DG_PREC_MONTH);
    d = D("1992-03-09");
    ck_assert_int_eq(d.year, 1992);
    ck_assert_int_eq(d.month, 3);
    ck_assert_int_eq(d.day, 9);
    ck_assert_int_eq(d.prec, DG_PREC_DAY);
    ck_assert(dg_date_set(&d));
    dg_date none = {0};
    ck_assert(!dg_date_set(&none));
}
END_TEST

START_TEST(qualifiers)
{
    static const struct {
        const char *s;
        int qual;
        int prec;
    } cases[] = {
        {"1992~", DG_QUAL_APPROX, DG_PREC_YEAR},
        {"1992?", DG_QUAL_UNCERTAIN, DG_PREC_YEAR},
        {"1992%", DG_QUAL_APPROX | DG_QUAL_UNCERTAIN, DG_PREC_YEAR},
        {"1993-03~", DG_QUAL_APPROX, DG_PREC_MONTH},
        {"1993-03?", DG_QUAL_UNCERTAIN, DG_PREC_MONTH},
        {"1992-01-09%", DG_QUAL_APPROX | DG_QUAL_UNCERTAIN, DG_PREC_DAY},
        {"1992-01-09~", DG_QUAL_APPROX, DG_PREC_DAY},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dg_date d = D(cases[i].s);
        ck_assert_msg(d.qual == cases[i].qual, "%s: qual %d", cases[i].s, d.qual);
        ck_assert_msg(d.prec == cases[i].prec, "%s: prec %d", cases[i].s, d.prec);
    }
    /* One qualifier, at the end, and nothing else. */
    ck_assert_int_eq(perr("1992~~"), DG_DATE_SYNTAX);
    ck_assert_int_eq(perr("1992~?"), DG_DATE_SYNTAX);
    ck_assert_int_eq(perr("~1992"), DG_DATE_SYNTAX);
    ck_assert_int_eq(perr("1992-~03"), DG_DATE_SYNTAX);
    ck_assert_int_eq(perr("~"), DG_DATE_SYNTAX);
}
END_TEST

START_TEST(syntax_errors)
{
    static const char *const bad[] = {
        "", "January 9, 1992", "92", "199", "19920", "1992-3", "1992-03-9", "1992/03/09",
        "1992-03-09T00:00", "1992-0a", "+1992", "-1992", "1992-", "1992-03-", " 1992",
        "1992 ", "1992-W01", "19920309", "1992.03.09", "１９９２", "1992-03-09Z", "abcd"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(perr(bad[i]) == DG_DATE_SYNTAX, "'%s' must be a syntax error, got %d",
                      bad[i], perr(bad[i]));
    /* Exactly len bytes are read: a longer buffer does not leak in. */
    dg_date d;
    ck_assert_int_eq(dg_date_parse("1992-03-09", 4, &d), DG_DATE_OK);
    ck_assert_int_eq(d.prec, DG_PREC_YEAR);
    ck_assert_int_eq(dg_date_parse("1992-03-09", 7, &d), DG_DATE_OK);
    ck_assert_int_eq(d.prec, DG_PREC_MONTH);
    ck_assert_int_eq(dg_date_parse("1992-03-09", 5, &d), DG_DATE_SYNTAX);
}
END_TEST

START_TEST(bounds)
{
    ck_assert_int_eq(D("1000").year, 1000);
    ck_assert_int_eq(D("1000-01-01").day, 1);
    ck_assert_int_eq(D("2999-12-31").year, 2999);
    ck_assert_int_eq(perr("0999"), DG_DATE_RANGE);
    ck_assert_int_eq(perr("0999-12-31"), DG_DATE_RANGE);
    ck_assert_int_eq(perr("3000"), DG_DATE_RANGE);
    ck_assert_int_eq(perr("3000-01-01~"), DG_DATE_RANGE);
    ck_assert_int_eq(perr("0000"), DG_DATE_RANGE);
    ck_assert_int_eq(perr("9999-12-31"), DG_DATE_RANGE);
    /* The span of the bounds is computed without overflow. */
    dg_date lo = D("1000"), hi = D("2999");
    ck_assert_int_lt(dg_date_first(&lo), dg_date_last(&hi));
    ck_assert_int_eq(dg_date_last(&hi) - dg_date_first(&lo) + 1, 730485);
}
END_TEST

START_TEST(impossible_dates)
{
    static const char *const bad[] = {
        "1992-02-30", "1993-02-29", "1900-02-29", "2100-02-29", "1992-04-31", "1992-06-31",
        "1992-09-31", "1992-11-31", "1992-13", "1992-00", "1992-00-10", "1992-01-00",
        "1992-01-32", "1992-13-01", "1992-99-99"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(perr(bad[i]) == DG_DATE_INVALID, "'%s' must not exist, got %d", bad[i],
                      perr(bad[i]));
}
END_TEST

START_TEST(leap_years)
{
    /* Divisible by 4, except centuries, except every 400 years. */
    ck_assert_int_eq(D("1992-02-29").day, 29);
    ck_assert_int_eq(D("2000-02-29").day, 29);
    ck_assert_int_eq(D("1600-02-29").day, 29);
    ck_assert_int_eq(D("2400-02-29").day, 29);
    ck_assert_int_eq(perr("1700-02-29"), DG_DATE_INVALID);
    ck_assert_int_eq(perr("1800-02-29"), DG_DATE_INVALID);
    ck_assert_int_eq(perr("2023-02-29"), DG_DATE_INVALID);
    dg_date f92 = D("1992-02"), f93 = D("1993-02"), y00 = D("2000"), y1900 = D("1900");
    ck_assert_int_eq(dg_date_last(&f92) - dg_date_first(&f92), 28);
    ck_assert_int_eq(dg_date_last(&f93) - dg_date_first(&f93), 27);
    ck_assert_int_eq(dg_date_last(&y00) - dg_date_first(&y00), 365);
    ck_assert_int_eq(dg_date_last(&y1900) - dg_date_first(&y1900), 364);
}
END_TEST

START_TEST(first_and_last_day)
{
    ck_assert_int_eq(day("1970-01-01"), 0);
    ck_assert_int_eq(day("1970-01-02"), 1);
    ck_assert_int_eq(day("1969-12-31"), -1);
    ck_assert_int_eq(day("2000-03-01"), 11017);
    dg_date y = D("1992"), m = D("1992-02"), d = D("1992-02-10"), dec = D("1992-12~");
    ck_assert_int_eq(dg_date_first(&y), day("1992-01-01"));
    ck_assert_int_eq(dg_date_last(&y), day("1992-12-31"));
    ck_assert_int_eq(dg_date_first(&m), day("1992-02-01"));
    ck_assert_int_eq(dg_date_last(&m), day("1992-02-29"));
    ck_assert_int_eq(dg_date_first(&d), day("1992-02-10"));
    ck_assert_int_eq(dg_date_last(&d), day("1992-02-10"));
    ck_assert_int_eq(dg_date_first(&dec), day("1992-12-01"));
    ck_assert_int_eq(dg_date_last(&dec), day("1992-12-31"));
    /* Months of 30 and 31 days. */
    dg_date apr = D("1993-04"), jan = D("1993-01");
    ck_assert_int_eq(dg_date_last(&apr), day("1993-04-30"));
    ck_assert_int_eq(dg_date_last(&jan), day("1993-01-31"));
}
END_TEST

START_TEST(from_days_round_trip)
{
    /* Every day of the supported range maps back to itself.  Counted, and
     * asserted once: Check writes a record for every ck_assert, and
     * 730,000 days of four each took seconds of disk writes. */
    dg_date lo = D("1000-01-01"), hi = D("2999-12-31");
    int32_t bad = 0, first_bad = 0;
    for (int32_t z = dg_date_first(&lo); z <= dg_date_first(&hi); z++) {
        dg_date d = dg_date_from_days(z), back;
        char buf[16];
        dg_date_format(&d, buf, sizeof buf);
        bool ok = d.prec == DG_PREC_DAY && d.qual == 0 &&
                  dg_date_parse(buf, strlen(buf), &back) == DG_DATE_OK && dg_date_first(&back) == z;
        if (!ok && !bad++)
            first_bad = z;
    }
    ck_assert_msg(bad == 0, "%d days do not round-trip, the first %d", (int)bad, (int)first_bad);
    dg_date x = dg_date_from_days(day("1992-02-29"));
    ck_assert_int_eq(x.year, 1992);
    ck_assert_int_eq(x.month, 2);
    ck_assert_int_eq(x.day, 29);
}
END_TEST

START_TEST(format_round_trip)
{
    static const char *const texts[] = {
        "1000", "2999", "1992", "1992~", "1992?", "1992%", "1993-03", "1993-03~", "1993-03?",
        "1993-03%", "1992-01-09", "1992-01-09~", "1992-01-09?", "1992-01-09%", "2999-12-31%",
        "1000-01-01"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        dg_date d = D(texts[i]);
        char buf[14];
        dg_date_format(&d, buf, sizeof buf);
        ck_assert_str_eq(buf, texts[i]);
    }
    dg_date none = {0};
    char buf[8] = "junk";
    dg_date_format(&none, buf, sizeof buf);
    ck_assert_str_eq(buf, "");
    /* Always NUL-terminated, even when the buffer is short. */
    dg_date d = D("1992-01-09%");
    char small[5];
    memset(small, 'x', sizeof small);
    dg_date_format(&d, small, sizeof small);
    ck_assert_uint_lt(strlen(small), sizeof small);
    ck_assert_str_eq(small, "1992");
    dg_date_format(&d, small, 0); /* must not write */
    ck_assert_str_eq(small, "1992");
}
END_TEST

START_TEST(ordering)
{
    dg_date none = {0}, y = D("1992"), ya = D("1992~"), m = D("1992-01"), d = D("1992-01-01"),
            later = D("1992-01-02"), next = D("1993");
    ck_assert_int_eq(dg_date_cmp(&none, &none), 0);
    ck_assert_int_lt(dg_date_cmp(&none, &y), 0);
    ck_assert_int_gt(dg_date_cmp(&y, &none), 0);
    /* Same first day: coarser precision first, then qualifiers. */
    ck_assert_int_lt(dg_date_cmp(&y, &m), 0);
    ck_assert_int_lt(dg_date_cmp(&m, &d), 0);
    ck_assert_int_lt(dg_date_cmp(&y, &ya), 0);
    ck_assert_int_gt(dg_date_cmp(&ya, &y), 0);
    ck_assert_int_lt(dg_date_cmp(&d, &later), 0);
    ck_assert_int_lt(dg_date_cmp(&later, &next), 0);
    ck_assert_int_eq(dg_date_cmp(&later, &later), 0);
}
END_TEST

static dg_period P(const char *start, const char *end)
{
    dg_period p = {{0}, {0}};
    if (start)
        p.start = D(start);
    if (end)
        p.end = D(end);
    return p;
}

static bool holds(const char *start, const char *end, const char *at)
{
    dg_period p = P(start, end);
    if (!at)
        return dg_period_holds(&p, NULL);
    dg_date a = D(at);
    return dg_period_holds(&p, &a);
}

START_TEST(period_holds_without_at)
{
    /* No --at: everything without an end holds. */
    ck_assert(holds(NULL, NULL, NULL));
    ck_assert(holds("1992", NULL, NULL));
    ck_assert(holds("2999", NULL, NULL));
    ck_assert(!holds("1992", "2000", NULL));
    ck_assert(!holds(NULL, "2000", NULL));
    dg_period p = P("1992", NULL);
    dg_date unset = {0};
    ck_assert(dg_period_holds(&p, &unset));
    p = P(NULL, "1995");
    ck_assert(!dg_period_holds(&p, &unset));
}
END_TEST

START_TEST(period_holds_at)
{
    /* start <= at, and no end or end > at. */
    ck_assert(holds("1992-03-02", NULL, "1992-03-02"));
    ck_assert(!holds("1992-03-02", NULL, "1992-03-01"));
    ck_assert(holds("1992-03-02", "2000-01-01", "1999-12-31"));
    ck_assert(!holds("1992-03-02", "2000-01-01", "2000-01-01"));
    ck_assert(!holds("1992-03-02", "2000-01-01", "2000-01-02"));
    /* No start: held until its end. */
    ck_assert(holds(NULL, "2000-01-01", "1000-01-01"));
    ck_assert(!holds(NULL, "2000-01-01", "2000-06-01"));
    ck_assert(holds(NULL, NULL, "1500"));
    /* A reduced-precision start counts from its first day. */
    ck_assert(holds("1992", NULL, "1992-01-01"));
    ck_assert(!holds("1992", NULL, "1991-12-31"));
    ck_assert(holds("1992-03", NULL, "1992-03-01"));
    ck_assert(!holds("1992-03", NULL, "1992-02-29"));
    /* A reduced-precision end covers its whole span. */
    ck_assert(holds("1990", "1992", "1992-12-30"));
    ck_assert(!holds("1990", "1992", "1993-01-01"));
    ck_assert(holds("1990", "1992-02", "1992-02-28"));
    /* A reduced-precision --at means its first day. */
    ck_assert(holds("1992-01-01", NULL, "1992"));
    ck_assert(!holds("1992-01-02", NULL, "1992"));
    ck_assert(!holds("1992-06-15", NULL, "1992-06"));
    ck_assert(holds("1990", "1992-01-02", "1992"));
    ck_assert(!holds("1990", "1991-12-31", "1992"));
    /* Qualifiers do not move a date. */
    ck_assert(holds("1992~", NULL, "1992-01-01"));
    ck_assert(!holds("1992?", NULL, "1991-12-31"));
}
END_TEST

START_TEST(today)
{
    setenv("SOURCE_DATE_EPOCH", "0", 1);
    dg_date t = dg_date_today();
    char buf[16];
    dg_date_format(&t, buf, sizeof buf);
    ck_assert_str_eq(buf, "1970-01-01");
    setenv("SOURCE_DATE_EPOCH", "700000000", 1); /* 1992-03-07 */
    t = dg_date_today();
    dg_date_format(&t, buf, sizeof buf);
    ck_assert_str_eq(buf, "1992-03-07");
    /* A bad value falls back to the clock: a full date after 2020. */
    setenv("SOURCE_DATE_EPOCH", "not a number", 1);
    t = dg_date_today();
    ck_assert_int_eq(t.prec, DG_PREC_DAY);
    ck_assert_int_ge(t.year, 2020);
    unsetenv("SOURCE_DATE_EPOCH");
}
END_TEST

START_TEST(dates_in_a_data_set)
{
    /* The loader keeps precision and qualifiers as written. */
    dg_model *m = tu_load_str("relations:\n"
                              "  - {between: [BY, US], recognized: 1991-12~, established: 1991-12-28?,"
                              " severed: 2008%}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_relations, 1);
    const dg_relation *r = &m->relations[0];
    char a[16], b[16], c[16];
    dg_date_format(&r->recognized, a, sizeof a);
    dg_date_format(&r->period.start, b, sizeof b);
    dg_date_format(&r->period.end, c, sizeof c);
    ck_assert_str_eq(a, "1991-12~");
    ck_assert_str_eq(b, "1991-12-28?");
    ck_assert_str_eq(c, "2008%");
    dg_model_free(m);
}
END_TEST

START_TEST(end_before_start_uses_spans)
{
    /* Same year at coarser precision is not "before". */
    dg_model *m = tu_load_str("relations:\n  - {between: [BY, US], established: 1991-12-28,"
                              " severed: 1991}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_model_free(m);
    m = tu_load_str("relations:\n  - {between: [BY, US], established: 1991-12-28,"
                    " severed: 1991-11}\n");
    ck_assert_str_eq(tu_first_diag(m),
                     "t.yaml:2:59: error: the relation ends (1991-11) before it starts (1991-12-28)");
    dg_model_free(m);
    /* The same day is allowed. */
    m = tu_load_str("events:\n  - {date: 2000-01-01, until: 2000-01-01, kind: visit, title: T,"
                    " actors: [BY]}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_model_free(m);
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("date");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, forms_and_precision);
    tcase_add_test(tc, qualifiers);
    tcase_add_test(tc, syntax_errors);
    tcase_add_test(tc, bounds);
    tcase_add_test(tc, impossible_dates);
    tcase_add_test(tc, leap_years);
    tcase_add_test(tc, first_and_last_day);
    tcase_add_test(tc, from_days_round_trip);
    tcase_add_test(tc, format_round_trip);
    tcase_add_test(tc, ordering);
    tcase_add_test(tc, period_holds_without_at);
    tcase_add_test(tc, period_holds_at);
    tcase_add_test(tc, today);
    tcase_add_test(tc, dates_in_a_data_set);
    tcase_add_test(tc, end_before_start_uses_spans);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(date_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
