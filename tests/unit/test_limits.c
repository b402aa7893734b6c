/* test_limits.c — hostile input stops with a clear error, at once: deep
 * nesting, alias bombs, long scalars, large inputs, floods of errors. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_model *load_with(const dg_limits *lim, const char *data, size_t len)
{
    dg_model *m = dg_model_new(lim);
    ck_assert_ptr_nonnull(m);
    dg_model_load_buffer(m, "l.yaml", data, len);
    dg_model_finish(m);
    return m;
}

/* Does some diagnostic contain text? */
static bool has_diag(const dg_model *m, const char *text)
{
    for (size_t i = 0; i < dg_model_diag_count(m); i++)
        if (strstr(dg_model_diag(m, i)->msg, text))
            return true;
    return false;
}

START_TEST(defaults)
{
    dg_limits d = dg_limits_default();
    ck_assert_uint_eq(d.max_depth, 64);
    ck_assert_uint_gt(d.max_input_bytes, 16u << 20); /* world data must fit */
    ck_assert_uint_gt(d.max_scalar_bytes, 4096);
    ck_assert_uint_gt(d.max_alias_events, 1000);
    ck_assert_uint_ge(d.max_diags, 100);
}
END_TEST

START_TEST(nesting_100000_brackets)
{
    /* The test's timeout (set below) catches a hang or quadratic time. */
    size_t n = 100000;
    char *s = malloc(n + 1);
    memset(s, '[', n);
    s[n] = '\0';
    dg_model *m = load_with(NULL, s, n);
    ck_assert(has_diag(m, "nesting deeper than 64 levels"));
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    /* Reported where the 65th level opens. */
    for (size_t i = 0; i < dg_model_diag_count(m); i++) {
        const dg_diag *d = dg_model_diag(m, i);
        if (strstr(d->msg, "nesting"))
            ck_assert(d->pos.line == 1 && d->pos.col == 65);
    }
    dg_model_free(m);
    /* The same with mappings, inside a record. */
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "countries:\n  BY: "));
    for (int i = 0; i < 50000; i++)
        ck_assert(dg_buf_printf(&b, "{a: "));
    m = load_with(NULL, b.data, b.len);
    ck_assert(has_diag(m, "nesting deeper than 64 levels"));
    dg_model_free(m);
    dg_buf_free(&b);
    free(s);
}
END_TEST

START_TEST(depth_limit_exact)
{
    /* A list nested exactly max_depth deep passes the nesting check; one
     * more level does not. The top-level mapping is level 1. */
    dg_limits lim = {.max_depth = 5};
    const char *ok = "relations: [[[[x]]]]\n";  /* 1 map + 4 lists = 5 */
    const char *bad = "relations: [[[[[x]]]]]\n"; /* 6 */
    dg_model *m = load_with(&lim, ok, strlen(ok));
    ck_assert(!has_diag(m, "nesting deeper"));
    dg_model_free(m);
    m = load_with(&lim, bad, strlen(bad));
    ck_assert_str_eq(tu_first_diag(m), "l.yaml:1:13: error: a record must be a mapping, not a list");
    ck_assert(has_diag(m, "nesting deeper than 5 levels"));
    dg_model_free(m);
}
END_TEST

static const char *const bomb =
    "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

START_TEST(billion_laughs)
{
    dg_model *m = load_with(NULL, bomb, strlen(bomb));
    ck_assert(has_diag(m, "aliases expand to more than 100000 events (limit against alias bombs)"));
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    dg_model_free(m);
    /* The same bomb where it would be used: inside actors of events. */
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "events:\n  - {date: 2000, kind: visit, title: T, actors: "
                                "&a [BY,BY,BY,BY,BY,BY,BY,BY,BY,BY]}\n"));
    /* Each level replays the one before ten times: 10^9 events. */
    for (int i = 0; i < 8; i++) {
        ck_assert(dg_buf_printf(&b, "  - {date: 2000, kind: visit, title: T, note: &b%d [", i));
        for (int k = 0; k < 10; k++) {
            if (i == 0)
                ck_assert(dg_buf_printf(&b, "%s*a", k ? "," : ""));
            else
                ck_assert(dg_buf_printf(&b, "%s*b%d", k ? "," : "", i - 1));
        }
        ck_assert(dg_buf_printf(&b, "], actors: [BY]}\n"));
    }
    m = load_with(NULL, b.data, b.len);
    ck_assert(has_diag(m, "limit against alias bombs"));
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(aliases_within_budget)
{
    dg_limits lim = {.max_alias_events = 54};
    /* 9 aliases x 6 events (map, 4 scalars, end) = 54: just within. */
    const char *ok = "countries:\n  BY: &c {capital: Minsk, note: N}\n"
                     "  UA: *c\n  PL: *c\n  LT: *c\n  LV: *c\n  EE: *c\n  MD: *c\n  RU: *c\n  FI: *c\n"
                     "  SE: *c\n";
    dg_model *m = load_with(&lim, ok, strlen(ok));
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_countries, 10);
    for (uint32_t i = 0; i < m->n_countries; i++)
        ck_assert_str_eq(m->countries[i].capital, "Minsk");
    dg_model_free(m);
    lim.max_alias_events = 53;
    m = load_with(&lim, ok, strlen(ok));
    ck_assert(has_diag(m, "aliases expand to more than 53 events"));
    dg_model_free(m);
}
END_TEST

START_TEST(scalar_too_long)
{
    dg_limits lim = {.max_scalar_bytes = 100};
    char y[400];
    char s[201];
    memset(s, 'x', 200);
    s[200] = '\0';
    snprintf(y, sizeof y, "title: T\ncountries:\n  BY: {note: %s}\n", s);
    dg_model *m = load_with(&lim, y, strlen(y));
    ck_assert_str_eq(tu_first_diag(m),
                     "l.yaml:3:14: error: string of 200 bytes is longer than the limit of 100");
    dg_model_free(m);
    s[100] = '\0'; /* exactly the limit: fine */
    snprintf(y, sizeof y, "title: T\ncountries:\n  BY: {note: %s}\n", s);
    m = load_with(&lim, y, strlen(y));
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(strlen(m->countries[0].note), 100);
    dg_model_free(m);
    /* Keys count too. */
    s[100] = 'x';
    snprintf(y, sizeof y, "%s: 1\n", s);
    m = load_with(&lim, y, strlen(y));
    ck_assert(has_diag(m, "string of 200 bytes is longer than the limit of 100"));
    dg_model_free(m);
}
END_TEST

START_TEST(input_too_large)
{
    dg_limits lim = {.max_input_bytes = 1000};
    dg_buf b = {0};
    while (b.len <= 1000)
        ck_assert(dg_buf_printf(&b, "# padding padding padding padding\n"));
    dg_model *m = dg_model_new(&lim);
    char want[128];
    snprintf(want, sizeof want, "l.yaml:1:1: error: input of %zu bytes is larger than the limit of 1000", b.len);
    ck_assert_int_eq(dg_model_load_buffer(m, "l.yaml", b.data, b.len), DG_EDATA);
    /* Other files still load. */
    ck_assert_int_eq(dg_model_load_buffer(m, "ok.yaml", "focus: BY\n", 10), DG_OK);
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    ck_assert_str_eq(tu_first_diag(m), want);
    ck_assert_uint_eq(dg_model_error_count(m), 1);
    ck_assert_str_eq(m->countries[m->focus].id, "BY");
    dg_model_free(m);
    /* Exactly at the limit is fine. */
    b.len = 1000;
    m = load_with(&lim, b.data, b.len);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(file_too_large)
{
    /* dg_model_load_file stops reading past the limit (a pipe or
     * /dev/zero cannot exhaust memory). */
    dg_limits lim = {.max_input_bytes = 100000};
    dg_model *m = dg_model_new(&lim);
    ck_assert_int_eq(dg_model_load_file(m, "/dev/zero"), DG_EDATA);
    dg_model_finish(m);
    ck_assert(has_diag(m, "is larger than the limit of 100000"));
    dg_model_free(m);
}
END_TEST

START_TEST(too_many_diagnostics)
{
    dg_limits lim = {.max_diags = 10};
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "countries:\n"));
    for (int i = 0; i < 25; i++)
        ck_assert(dg_buf_printf(&b, "  X%d: {capitol: A}\n", i));
    dg_model *m = load_with(&lim, b.data, b.len);
    /* 25 unknown keys + 25 missing names: 50 errors, 10 kept. */
    ck_assert_uint_eq(dg_model_error_count(m), 50);
    ck_assert_uint_eq(dg_model_diag_count(m), 10);
    ck_assert_uint_eq(dg_model_diags_dropped(m), 40);
    dg_buf out = {0};
    ck_assert(dg_model_diags_text(m, 0, &out));
    ck_assert(strstr(out.data, "dipgraph: too many errors: 40 more messages not shown\n"));
    dg_buf_free(&out);
    /* At most max written, then the count of the rest; appended after
     * what the buffer holds. */
    ck_assert(dg_buf_printf(&out, "before\n"));
    ck_assert(dg_model_diags_text(m, 3, &out));
    int lines = 0;
    for (char *p = out.data; *p; p++)
        lines += *p == '\n';
    ck_assert_int_eq(lines, 5);
    ck_assert(strstr(out.data, "dipgraph: too many errors: 47 more messages not shown\n"));
    ck_assert(strncmp(out.data, "before\nl.yaml:2:", 16) == 0);
    dg_buf_free(&out);
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(text_of_all_when_few)
{
    dg_model *m = tu_load_str("countries:\n  XK: {}\n");
    dg_buf out = {0};
    ck_assert(dg_model_diags_text(m, 100, &out));
    ck_assert_str_eq(out.data, "t.yaml:2:3: error: country 'XK' is not an ISO 3166 code, so it needs a name\n");
    dg_buf_free(&out);
    dg_model_free(m);
}
END_TEST

START_TEST(finish_twice_and_empty)
{
    dg_model *m = dg_model_new(NULL);
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    ck_assert_uint_eq(m->n_countries, 0);
    ck_assert_uint_eq(m->focus, DG_NONE);
    ck_assert_ptr_null(m->title);
    dg_model_free(m);
    dg_model_free(NULL);
    m = load_with(NULL, "", 0);
    ck_assert_uint_eq(dg_model_diag_count(m), 0);
    dg_model_free(m);
}
END_TEST

static Suite *limits_suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("limits");
    /* Each hostile input must be dealt with at once: a generous bound for
     * a slow, noisy machine (and valgrind), but no hang. */
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, defaults);
    tcase_add_test(tc, nesting_100000_brackets);
    tcase_add_test(tc, depth_limit_exact);
    tcase_add_test(tc, billion_laughs);
    tcase_add_test(tc, aliases_within_budget);
    tcase_add_test(tc, scalar_too_long);
    tcase_add_test(tc, input_too_large);
    tcase_add_test(tc, file_too_large);
    tcase_add_test(tc, too_many_diagnostics);
    tcase_add_test(tc, text_of_all_when_few);
    tcase_add_test(tc, finish_twice_and_empty);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(limits_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
