/* test_export.c — dg_export through the public header, and the JSON writer
 * it is built on: shapes, escaping of hostile strings, --at selection,
 * determinism, and errors that leave the output buffer untouched.  Real
 * parsers (json, networkx, csv) check the same outputs in cli_export.sh. */
#include "testutil.h"
#include "export.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static dg_model *load(const char *rel)
{
    const char *f[] = {rel};
    dg_model *m = tu_load_files(f, 1);
    ck_assert_msg(dg_model_error_count(m) == 0, "%s: %s", rel, tu_first_diag(m));
    return m;
}

/* The export as a C string (freed by the caller), asserting success. */
static char *xp(const dg_model *m, const char *format, const char *table, const char *at)
{
    dg_export_opts o = {format, table, {0}};
    if (at)
        ck_assert_int_eq(dg_date_parse(at, strlen(at), &o.at), DG_DATE_OK);
    dg_buf b = {0};
    dg_error err = {0};
    dg_status st = dg_export(m, &o, &b, &err);
    ck_assert_msg(st == DG_OK, "export %s: %s", format, err.msg);
    ck_assert_ptr_nonnull(b.data);
    ck_assert_uint_eq(strlen(b.data), b.len); /* no NUL inside */
    return b.data;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

START_TEST(json_writer_layout)
{
    dg_buf b = {0};
    dg_json j;
    dg_json_init(&j, &b);
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "a");
    dg_json_int(&j, -3);
    dg_json_key(&j, "list");
    dg_json_begin(&j, '[', true);
    dg_json_str(&j, "x");
    dg_json_null(&j);
    dg_json_bool(&j, true);
    dg_json_begin(&j, '{', false); /* inside a compact one: compact too */
    dg_json_key(&j, "k");
    dg_json_num(&j, 12.5);
    dg_json_end(&j);
    dg_json_end(&j);
    dg_json_key(&j, "empty");
    dg_json_begin(&j, '[', false);
    dg_json_end(&j);
    dg_json_end(&j);
    ck_assert(dg_json_finish(&j));
    ck_assert_str_eq(b.data, "{\n  \"a\": -3,\n  \"list\": [\"x\", null, true, {\"k\": 12.5}],\n"
                             "  \"empty\": []\n}\n");
    dg_buf_free(&b);
}
END_TEST

START_TEST(json_writer_numbers_and_misuse)
{
    dg_buf b = {0};
    dg_json j;
    dg_json_init(&j, &b);
    dg_json_begin(&j, '[', true);
    dg_json_num(&j, 0.1);
    dg_json_num(&j, 1e300);
    dg_json_num(&j, NAN);
    dg_json_num(&j, INFINITY);
    dg_json_num(&j, 3);
    dg_json_end(&j);
    ck_assert(dg_json_finish(&j));
    ck_assert_str_eq(b.data, "[0.1, 1e+300, null, null, 3]\n");
    dg_buf_free(&b);

    dg_json_init(&j, &b); /* an unclosed container is no document */
    dg_json_begin(&j, '{', false);
    ck_assert(!dg_json_finish(&j));
    dg_buf_free(&b);

    dg_json_init(&j, &b); /* too deep */
    for (int i = 0; i < DG_JSON_MAX_DEPTH + 1; i++)
        dg_json_begin(&j, '[', true);
    ck_assert(!j.ok);
    dg_buf_free(&b);

    dg_json_init(&j, &b); /* one end too many */
    dg_json_begin(&j, '[', true);
    dg_json_end(&j);
    dg_json_end(&j);
    ck_assert(!dg_json_finish(&j));
    dg_buf_free(&b);
}
END_TEST

START_TEST(json_escaping)
{
    dg_buf b = {0};
    ck_assert(dg_buf_put_json_string(&b, "a\"b\\c\nd\te/</script>\x01ü"));
    ck_assert_str_eq(b.data, "\"a\\\"b\\\\c\\nd\\te/</script>\\u0001ü\"");
    dg_buf_free(&b);
}
END_TEST

/* The exporters' printf-free date text is dg_date_format's, exactly. */
START_TEST(date_text_matches_dg_date_format)
{
    char a[16], b[16];
    dg_date none = {0};
    ck_assert_uint_eq(dg_date_text(&none, a), 0);
    ck_assert_str_eq(a, "");
    for (int32_t day = dg_date_first(&(dg_date){1000, 1, 1, DG_PREC_DAY, 0});
         day <= dg_date_last(&(dg_date){2999, 12, 31, DG_PREC_DAY, 0}); day += 97) {
        dg_date d = dg_date_from_days(day);
        for (int prec = DG_PREC_YEAR; prec <= DG_PREC_DAY; prec++)
            for (int q = 0; q < 4; q++) {
                dg_date e = d;
                e.prec = (uint8_t)prec;
                e.qual = (uint8_t)q;
                if (prec < DG_PREC_DAY)
                    e.day = 0;
                if (prec < DG_PREC_MONTH)
                    e.month = 0;
                dg_date_format(&e, b, sizeof b);
                ck_assert_uint_eq(dg_date_text(&e, a), strlen(b));
                ck_assert_str_eq(a, b);
            }
    }
}
END_TEST

START_TEST(json_export_shape)
{
    dg_model *m = load("fixtures/query/world.yaml");
    char *s = xp(m, "json", NULL, NULL);
    const char *head = "{\n  \"dipgraph\": 1,\n  \"title\": \"Query fixture\",\n"
                       "  \"focus\": \"BY\",\n  \"at\": null,\n  \"sources\": [\n";
    ck_assert(!strncmp(s, head, strlen(head)));
    ck_assert_uint_eq(count(s, "\n    {\n      \"id\": \""), m->n_sources + m->n_countries +
                                                            m->n_orgs + m->n_missions);
    ck_assert_ptr_nonnull(strstr(s, "\"border_km\": 12.5,"));
    ck_assert_ptr_nonnull(strstr(s, "\"accessed\": {\"edtf\": \"2020-05\", \"precision\": \"month\", "
                                    "\"approximate\": false, \"uncertain\": false, "
                                    "\"first\": \"2020-05-01\", \"last\": \"2020-05-31\"}"));
    ck_assert_ptr_nonnull(strstr(s, "\"actors\": [{\"id\": \"BY\", \"type\": \"country\"}, "
                                    "{\"id\": \"EU\", \"type\": \"organization\"}]"));
    ck_assert(s[strlen(s) - 2] == '}' && s[strlen(s) - 1] == '\n');
    free(s);
    dg_model_free(m);
}
END_TEST

START_TEST(export_at_selects)
{
    dg_model *m = load("fixtures/query/world.yaml");
    char *now = xp(m, "json", NULL, NULL), *then = xp(m, "json", NULL, "2005");
    ck_assert_ptr_nonnull(strstr(now, "\"at\": null"));
    ck_assert_ptr_nonnull(strstr(then, "\"at\": \"2005\""));
    ck_assert_ptr_nonnull(strstr(now, "\"id\": \"eu-minsk\""));
    ck_assert_ptr_null(strstr(then, "\"id\": \"eu-minsk\"")); /* opens 2008 */
    ck_assert_ptr_nonnull(strstr(now, "\"id\": \"se-moscow\"")); /* no --at: everything */
    ck_assert_ptr_null(strstr(then, "\"id\": \"se-moscow\""));
    ck_assert_ptr_nonnull(strstr(then, "\"to\": \"MD\"")); /* 2000..2010 */
    free(now), free(then);
    /* CSV rows: header + kept records. */
    char *acc = xp(m, "csv", "accreditations", "2011");
    ck_assert_uint_eq(count(acc, "\r\n"), 1 + 6); /* not FI, MD, SE */
    ck_assert_ptr_null(strstr(acc, "fi-vilnius"));
    free(acc);
    char *rel = xp(m, "csv", "relations", "1996");
    ck_assert_ptr_null(strstr(rel, "\r\nBY,LT,")); /* severed 1995 */
    ck_assert_uint_eq(count(rel, "\r\n"), 1 + 6);
    free(rel);
    dg_model_free(m);
}
END_TEST

START_TEST(export_keeps_what_kept_records_name)
{
    /* SU ends in 1991, but a relation holding in 2000 names it: the node
     * stays so that no edge points at nothing. */
    dg_model *m = tu_load_str("countries: {SU: {until: 1991}, XS: {name: Gone, until: 1990}}\n"
                              "relations: [{between: [SU, US], established: 1933}]\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    char *g = xp(m, "graphml", NULL, "2000");
    ck_assert_ptr_nonnull(strstr(g, "<node id=\"country:SU\">"));
    ck_assert_ptr_nonnull(strstr(g, "<node id=\"country:US\">"));
    ck_assert_ptr_null(strstr(g, "<node id=\"country:XS\">"));
    free(g);
    char *all = xp(m, "graphml", NULL, NULL);
    ck_assert_ptr_nonnull(strstr(all, "<node id=\"country:XS\">"));
    free(all);
    dg_model_free(m);
}
END_TEST

START_TEST(hostile_strings_escaped)
{
    dg_model *m = load("fixtures/query/hostile.yaml");
    char *j = xp(m, "json", NULL, NULL);
    ck_assert_ptr_nonnull(strstr(j, "\"title\": \"Title with \\\"quotes\\\", back\\\\slash, "
                                    "<script>alert('x')</script> ]]> & more\""));
    ck_assert_ptr_nonnull(strstr(j, "\"capital\": \"Prishtinë\\tPriština\""));
    for (const char *p = j; *p; p++) /* only the layout's own newlines */
        ck_assert_msg((unsigned char)*p >= 0x20 || *p == '\n', "raw control in JSON");
    free(j);
    char *x = xp(m, "graphml", NULL, NULL);
    ck_assert_ptr_null(strstr(x, "<script>"));
    ck_assert_ptr_null(strstr(x, "]]>"));
    ck_assert_ptr_null(strstr(x, "injected</data>"));
    ck_assert_ptr_nonnull(strstr(x, "&lt;/data&gt;&lt;data key=&quot;x&quot;&gt;injected"));
    free(x);
    char *c = xp(m, "csv", "missions", NULL);
    ck_assert_ptr_nonnull(strstr(c, ",\"office \"\"special\"\"\",\"Minsk, \"\"Old\"\" <Town> ]]>\","));
    free(c);
    char *e = xp(m, "csv", "events", NULL);
    ck_assert_ptr_nonnull(strstr(e, "\"Title\nover two lines, \"\"quoted\"\", ]]> <b>bold</b>\""));
    free(e);
    dg_model_free(m);
}
END_TEST

START_TEST(deterministic)
{
    static const char *const formats[] = {"json", "graphml"};
    dg_model *a = load("fixtures/query/world.yaml");
    dg_model *b = load("fixtures/query/world-reordered.yaml");
    for (size_t i = 0; i < 2; i++) {
        char *x = xp(a, formats[i], NULL, NULL), *y = xp(a, formats[i], NULL, NULL);
        char *z = xp(b, formats[i], NULL, NULL);
        ck_assert_str_eq(x, y);
        ck_assert_msg(!strcmp(x, z), "%s differs when the records are reordered", formats[i]);
        free(x), free(y), free(z);
    }
    for (size_t i = 0; dg_csv_tables[i]; i++) {
        char *x = xp(a, "csv", dg_csv_tables[i], NULL), *z = xp(b, "csv", dg_csv_tables[i], NULL);
        ck_assert_msg(!strcmp(x, z), "table %s differs when reordered", dg_csv_tables[i]);
        free(x), free(z);
    }
    dg_model_free(a);
    dg_model_free(b);
}
END_TEST

START_TEST(errors_leave_output_alone)
{
    dg_model *m = load("fixtures/query/world.yaml");
    dg_buf b = {0};
    ck_assert(dg_buf_append(&b, "before", 6));
    dg_error err = {0};
    dg_export_opts o = {"xml", NULL, {0}};
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "unknown export format 'xml'"));
    o = (dg_export_opts){"csv", NULL, {0}};
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "table: "));
    o = (dg_export_opts){"csv", "mision", {0}};
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_EUSAGE);
    ck_assert_str_eq(err.msg, "unknown table 'mision' (did you mean 'missions'?)");
    ck_assert_str_eq(b.data, "before");
    /* Success appends. */
    o = (dg_export_opts){NULL, NULL, {0}}; /* json by default */
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_OK);
    ck_assert(!strncmp(b.data, "before{\n", 8));
    dg_buf_free(&b);
    dg_model_free(m);
}
END_TEST

/* Dates as analysis tools want them: EDTF, first and last day, year. */
START_TEST(date_columns)
{
    dg_date_cols c;
    dg_date d;
    ck_assert_int_eq(dg_date_parse("1993-02~", 8, &d), DG_DATE_OK);
    dg_date_cols_make(&d, &c);
    ck_assert_str_eq(c.edtf, "1993-02~");
    ck_assert_str_eq(c.first, "1993-02-01");
    ck_assert_str_eq(c.last, "1993-02-28");
    ck_assert_str_eq(c.year, "1993");
    d = (dg_date){0};
    dg_date_cols_make(&d, &c);
    ck_assert(!c.edtf[0] && !c.first[0] && !c.last[0] && !c.year[0]);
    dg_model *m = load("fixtures/query/world.yaml");
    char *rel = xp(m, "csv", "relations", NULL);
    ck_assert_ptr_nonnull(strstr(rel, "established,established_first,established_last,"
                                      "established_year,"));
    free(rel);
    dg_model_free(m);
}
END_TEST

/* --graph countries: countries only, weighted, relations once and
 * undirected (a data key: NetworkX refuses directed="false"). */
START_TEST(country_projection)
{
    dg_model *m = tu_load_str(
        "missions:\n"
        "  - {id: a1, of: NL, kind: embassy, city: Warsaw, in: PL, accredited: [BY]}\n"
        "  - {id: a2, of: NL, kind: consulate, city: Gdansk, in: PL}\n"
        "  - {id: a3, of: NL, kind: embassy, city: Old, in: PL, closed: 1990}\n"
        "  - {id: a4, of: EU, kind: delegation, city: Minsk, in: BY}\n"
        "organizations: {EU: {name: European Union}}\n"
        "relations: [{between: [PL, NL], established: 1919}, {between: [BY, NL], status: severed}]\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_export_opts o = {"graphml", NULL, {0}, false, "countries"};
    dg_buf b = {0};
    dg_error err = {0};
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_OK);
    const char *g = b.data;
    ck_assert_ptr_null(strstr(g, "organization:"));
    ck_assert_ptr_null(strstr(g, "mission:"));
    ck_assert_ptr_null(strstr(g, "directed=\"false\""));
    ck_assert_ptr_nonnull(strstr(g, "source=\"country:NL\" target=\"country:PL\">\n"
                                    "      <data key=\"e_type\">relation</data>\n"
                                    "      <data key=\"e_directed\">false</data>\n"
                                    "      <data key=\"e_weight\">1</data>"));
    ck_assert_ptr_nonnull(strstr(g, "<data key=\"e_type\">resident</data>\n"
                                    "      <data key=\"e_directed\">true</data>\n"
                                    "      <data key=\"e_weight\">2</data>\n"
                                    "      <data key=\"e_kinds\">embassy consulate</data>\n"
                                    "      <data key=\"e_missions\">a1 a2</data>"));
    ck_assert_ptr_nonnull(strstr(g, "<data key=\"e_type\">accreditation</data>"));
    ck_assert_uint_eq(count(g, "<data key=\"e_type\">relation</data>"), 1); /* not severed */
    dg_buf_free(&b);
    o.format = "json";
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_EUSAGE);
    o = (dg_export_opts){"graphml", NULL, {0}, false, "contries"};
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_EUSAGE);
    ck_assert_ptr_nonnull(strstr(err.msg, "did you mean 'countries'"));
    ck_assert_uint_eq(b.len, 0);
    dg_model_free(m);
}
END_TEST

START_TEST(names_tables)
{
    size_t n = 0;
    while (dg_export_formats[n])
        n++;
    ck_assert_uint_eq(n, 3);
    n = 0;
    while (dg_csv_tables[n])
        n++;
    ck_assert_uint_eq(n, 10); /* version 1's seven, then heads, places, history */
    ck_assert_str_eq(dg_csv_tables[7], "heads");
}
END_TEST

/* Format 1.1 in the exports: the state of the date from the model's
 * functions, the 1.1 tables written for "every table" only with 1.1, and
 * the 1.1 GraphML keys only then. */
START_TEST(v11_state_and_tables)
{
    dg_model *v1 = load("fixtures/query/world.yaml");
    dg_model *m = load("fixtures/query/relation-v11.yaml");
    ck_assert(dg_csv_table_applies(v1, "events") && !dg_csv_table_applies(v1, "heads"));
    ck_assert(dg_csv_table_applies(m, "history") && !dg_csv_table_applies(m, "nope"));
    char *h = xp(v1, "csv", "history", NULL); /* asked by name: a header, no rows */
    ck_assert_uint_eq(count(h, "\r\n"), 1);
    free(h);
    char *g = xp(v1, "graphml", NULL, "1995");
    ck_assert_ptr_null(strstr(g, "e_holds"));
    free(g);
    /* Severed on the date, still a record of it, with its state. */
    char *rel = xp(m, "csv", "relations", "1999-06-01");
    ck_assert_ptr_nonnull(strstr(rel, "\r\nDE,RS,severed,"));
    ck_assert_ptr_nonnull(strstr(rel, ",wp,country,embassy,false,YU\r\n"));
    ck_assert_ptr_nonnull(strstr(rel, "\r\nBY,EU,active,")); /* with an organization */
    free(rel);
    g = xp(m, "graphml", NULL, "1999-06-01");
    ck_assert_ptr_nonnull(strstr(g, "<key id=\"e_holds\" for=\"edge\" attr.name=\"holds\""));
    ck_assert_ptr_nonnull(strstr(g, "<data key=\"e_status\">severed</data>\n"
                                    "      <data key=\"e_level\">embassy</data>\n"
                                    "      <data key=\"e_holds\">false</data>\n"
                                    "      <data key=\"e_as\">YU</data>\n"));
    ck_assert_ptr_nonnull(strstr(g, "source=\"country:BY\" target=\"organization:EU\""));
    free(g);
    dg_model_free(m);
    dg_model_free(v1);
}
END_TEST

static Suite *export_suite(void)
{
    Suite *s = suite_create("export");
    TCase *tc = tcase_create("export");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, json_writer_layout);
    tcase_add_test(tc, json_writer_numbers_and_misuse);
    tcase_add_test(tc, json_escaping);
    tcase_add_test(tc, date_text_matches_dg_date_format);
    tcase_add_test(tc, json_export_shape);
    tcase_add_test(tc, export_at_selects);
    tcase_add_test(tc, export_keeps_what_kept_records_name);
    tcase_add_test(tc, hostile_strings_escaped);
    tcase_add_test(tc, deterministic);
    tcase_add_test(tc, errors_leave_output_alone);
    tcase_add_test(tc, names_tables);
    tcase_add_test(tc, v11_state_and_tables);
    tcase_add_test(tc, date_columns);
    tcase_add_test(tc, country_projection);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(export_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
