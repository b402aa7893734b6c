/* test_positions.c — LINE:COL of diagnostics and records: deep in a file,
 * for libyaml's syntax errors, for reader errors that carry only a byte
 * offset (invalid UTF-8), with CRLF and CR line endings. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_model *load_bytes(const char *data, size_t len)
{
    dg_model *m = dg_model_new(NULL);
    dg_model_load_buffer(m, "p.yaml", data, len);
    dg_model_finish(m);
    return m;
}

static void expect_first(const char *data, size_t len, const char *want)
{
    dg_model *m = load_bytes(data, len);
    ck_assert_str_eq(tu_first_diag(m), want);
    dg_model_free(m);
}
#define EXPECT_FIRST(lit, want) expect_first(lit, sizeof lit - 1, want)

/* The 45 relations among 10 countries (two lines each) after a
 * "relations:" line: 91 lines in all. */
static void many_relations(dg_buf *b)
{
    static const char *const c[] = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI"};
    ck_assert(dg_buf_printf(b, "relations:\n"));
    for (int i = 0; i < 10; i++)
        for (int j = i + 1; j < 10; j++)
            ck_assert(dg_buf_printf(b, "  - between: [%s, %s]\n    established: %d\n", c[i],
                                    c[j], 1990 + j));
}

START_TEST(deep_in_the_file)
{
    dg_buf b = {0};
    many_relations(&b);
    ck_assert(dg_buf_printf(&b, "missions:\n"));
    for (int i = 0; i < 3000; i++)
        ck_assert(dg_buf_printf(&b, "  - {id: m%d, of: BY, kind: embassy, in: PL}\n", i));
    /* line 1 + 90 + 1 + 3000 = 3092; the error is on line 3093 */
    ck_assert(dg_buf_printf(&b, "  - {id: bad, of: BY, kind: embassy, in: PL, opened: 1992-02-30}\n"));
    dg_model *m = load_bytes(b.data, b.len);
    ck_assert_str_eq(tu_first_diag(m), "p.yaml:3093:54: error: date '1992-02-30' does not exist");
    ck_assert_uint_eq(dg_model_diag_count(m), 1);
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(syntax_errors)
{
    EXPECT_FIRST("title: T\ncountries:\n  BY:\n    capital: Minsk\n  UA: {capital: Kyiv\n"
                 "relations: []\n",
                 "p.yaml:6:10: error: YAML syntax: while parsing a flow mapping did not find "
                 "expected ',' or '}'");
    EXPECT_FIRST("title: T\n\n\n\n\n\nrelations: [{between: [BY, PL]}\n",
                 "p.yaml:8:1: error: YAML syntax: while parsing a flow sequence did not find "
                 "expected ',' or ']'");
    EXPECT_FIRST("dipgraph: 1\ntitle: T\n  c: 3\n",
                 "p.yaml:3:4: error: YAML syntax: mapping values are not allowed in this context");
    EXPECT_FIRST("title: \"open\n\n",
                 "p.yaml:3:1: error: YAML syntax: while scanning a quoted scalar found unexpected "
                 "end of stream");
    EXPECT_FIRST("x: *\n", "p.yaml:1:5: error: YAML syntax: while scanning an alias did not find "
                           "expected alphabetic or numeric character");
    EXPECT_FIRST("\ttitle: tab\n", "p.yaml:1:1: error: YAML syntax: while scanning for the next "
                                   "token found character that cannot start any token");
}
END_TEST

START_TEST(invalid_utf8_line7)
{
    /* Line 7 holds two 2-byte characters before the bad byte: the column
     * counts characters, not bytes. */
    EXPECT_FIRST("dipgraph: 1\ntitle: T\ncountries:\n  BY:\n    capital: Minsk\n  PL:\n"
                 "    note: \"\xc4\x85\xc4\x99\xff\"\n",
                 "p.yaml:7:14: error: invalid input: invalid leading UTF-8 octet (byte 0xFF)");
    /* The same file with CRLF line endings. */
    EXPECT_FIRST("dipgraph: 1\r\ntitle: T\r\ncountries:\r\n  BY:\r\n    capital: Minsk\r\n"
                 "  PL:\r\n    note: \"\xc4\x85\xc4\x99\xff\"\r\n",
                 "p.yaml:7:14: error: invalid input: invalid leading UTF-8 octet (byte 0xFF)");
    /* ... and old Mac CR line endings. */
    EXPECT_FIRST("dipgraph: 1\rtitle: T\rcountries:\r  BY:\r    capital: Minsk\r"
                 "  PL:\r    note: \"\xc4\x85\xc4\x99\xff\"\r",
                 "p.yaml:7:14: error: invalid input: invalid leading UTF-8 octet (byte 0xFF)");
    /* A 3-byte and a 4-byte character count as one column each. */
    EXPECT_FIRST("\n\n\n\n\n\nnote: \"\xe2\x9c\x93\xf0\x9f\x87\xa7\xfe\"\n",
                 "p.yaml:7:10: error: invalid input: invalid leading UTF-8 octet (byte 0xFE)");
    /* A lead byte without its continuation: libyaml names the byte that
     * cannot continue the sequence, and so does the column. */
    EXPECT_FIRST("\n\n\n\n\n\nnote: \"\xe2\x9c\x93\xf0\x9f\x87\xa7\xc3\"\n",
                 "p.yaml:7:11: error: invalid input: invalid trailing UTF-8 octet (byte 0x22)");
}
END_TEST

START_TEST(invalid_utf8_kinds)
{
    /* A continuation byte missing, an overlong form, a surrogate, a
     * truncated sequence at the end: each at its line and column. */
    EXPECT_FIRST("a: 1\nb: \"x\xc3(\"\n",
                 "p.yaml:2:7: error: invalid input: invalid trailing UTF-8 octet (byte 0x28)");
    /* libyaml gives the code point (U+D800) here, not a byte: the message
     * must not show its low byte as if it were the input's. */
    EXPECT_FIRST("a: 1\nb: 2\nc: \xed\xa0\x80\n",
                 "p.yaml:3:4: error: invalid input: invalid Unicode character (byte 0xED)");
    EXPECT_FIRST("dipgraph: 1\ntitle: \xe2\x9c",
                 "p.yaml:2:8: error: invalid input: incomplete UTF-8 octet sequence (byte 0xE2)");
    /* A NUL byte in the middle of the input. */
    static const char nul[] = "title: T\ncountries:\n  BY: {capital: \"Min\0sk\"}\n";
    expect_first(nul, sizeof nul - 1,
                 "p.yaml:3:21: error: invalid input: control characters are not allowed (byte 0x00)");
}
END_TEST

START_TEST(reader_error_far_into_the_file)
{
    /* Past libyaml's first read-ahead: line counting must cover it all. */
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "missions:\n"));
    for (int i = 0; i < 4000; i++)
        ck_assert(dg_buf_printf(&b, "  - {id: m%d, of: BY, kind: embassy, city: \"Zürich\", in: CH}\r\n", i));
    ck_assert(dg_buf_printf(&b, "  - {id: last, of: BY, kind: embassy, city: \"Zür\xffich\", in: CH}\r\n"));
    dg_model *m = load_bytes(b.data, b.len);
    ck_assert_str_eq(tu_first_diag(m),
                     "p.yaml:4002:49: error: invalid input: invalid leading UTF-8 octet (byte 0xFF)");
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(crlf_semantic_errors)
{
    EXPECT_FIRST("title: T\r\ncountries:\r\n  BY: {capital: Minsk}\r\n  XK: {capital: Pristina}\r\n",
                 "p.yaml:4:3: error: country 'XK' is not an ISO 3166 code, so it needs a name");
    EXPECT_FIRST("relations:\r\n  - between: [BY, US]\r\n    established: 1992-02-30\r\n",
                 "p.yaml:3:18: error: date '1992-02-30' does not exist");
}
END_TEST

START_TEST(control_characters)
{
    /* Escapes make control characters that the reader never sees. */
    EXPECT_FIRST("title: T\ncountries:\n  BY: {capital: \"Min\\x01sk\"}\n",
                 "p.yaml:3:17: error: control character U+0001 in a string is not allowed");
    EXPECT_FIRST("countries:\n  BY: {note: \"\\e[31mred\"}\n",
                 "p.yaml:2:14: error: control character U+001B in a string is not allowed");
    EXPECT_FIRST("countries:\n  BY: {note: \"a\\x7Fb\"}\n",
                 "p.yaml:2:14: error: control character U+007F in a string is not allowed");
    EXPECT_FIRST("countries:\n  BY: {note: \"\\uFFFE\"}\n",
                 "p.yaml:2:14: error: control character U+FFFE in a string is not allowed");
    EXPECT_FIRST("countries:\n  BY: {note: \"a\\rb\"}\n",
                 "p.yaml:2:14: error: control character U+000D in a string is not allowed");
    /* Tab and newline are text. */
    dg_model *m = tu_load_str("countries:\n  BY: {note: \"a\\tb\\nc\"}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_str_eq(m->countries[0].note, "a\tb\nc");
    dg_model_free(m);
}
END_TEST

START_TEST(record_positions)
{
    dg_model *m = tu_load_str("sources:\n  wp: {title: W}\n"
                              "countries:\n  XK: {name: Kosovo, source: wp}\n"
                              "organizations:\n  CIS:\n    members:\n      BY: 1991\n"
                              "relations:\n  - between: [BY, XK]\n"
                              "missions:\n  - of: NL\n    kind: embassy\n    in: PL\n"
                              "    accredited: [BY]\n"
                              "events:\n  -   date: 2000\n      kind: visit\n      title: T\n"
                              "      actors: [BY]\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->sources[0].pos.line, 2);
    ck_assert_uint_eq(m->sources[0].pos.col, 3);
    const dg_country *xk = &m->countries[dg_country_find(m, "XK")];
    ck_assert_uint_eq(xk->pos.line, 4);
    ck_assert_uint_eq(xk->pos.col, 3);
    /* An undefined country is placed at its first mention. */
    const dg_country *by = &m->countries[dg_country_find(m, "BY")];
    ck_assert_uint_eq(by->pos.line, 8);
    ck_assert_uint_eq(by->pos.col, 7);
    ck_assert_str_eq(by->pos.file, "t.yaml");
    ck_assert_uint_eq(m->orgs[0].pos.line, 6);
    ck_assert_uint_eq(m->orgs[0].members[0].pos.line, 8);
    ck_assert_uint_eq(m->relations[0].pos.line, 10);
    ck_assert_uint_eq(m->missions[0].pos.line, 12);
    ck_assert_uint_eq(m->missions[0].pos.col, 5);
    ck_assert_uint_eq(m->missions[0].accredited[0].pos.line, 15);
    ck_assert_uint_eq(m->missions[0].accredited[0].pos.col, 18);
    ck_assert_uint_eq(m->events[0].pos.line, 17);
    ck_assert_uint_eq(m->events[0].pos.col, 7);
    dg_model_free(m);
}
END_TEST

START_TEST(bom_does_not_shift_columns)
{
    EXPECT_FIRST("\xef\xbb\xbfzz: 1\n", "p.yaml:1:1: error: unknown key 'zz'");
    EXPECT_FIRST("\xef\xbb\xbf" "countries:\n  XK: {}\n",
                 "p.yaml:2:3: error: country 'XK' is not an ISO 3166 code, so it needs a name");
}
END_TEST

static Suite *positions_suite(void)
{
    Suite *s = suite_create("positions");
    TCase *tc = tcase_create("positions");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, deep_in_the_file);
    tcase_add_test(tc, syntax_errors);
    tcase_add_test(tc, invalid_utf8_line7);
    tcase_add_test(tc, invalid_utf8_kinds);
    tcase_add_test(tc, reader_error_far_into_the_file);
    tcase_add_test(tc, crlf_semantic_errors);
    tcase_add_test(tc, control_characters);
    tcase_add_test(tc, record_positions);
    tcase_add_test(tc, bom_does_not_shift_columns);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(positions_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
