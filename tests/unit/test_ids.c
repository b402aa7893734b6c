/* test_ids.c — country codes (alpha-2, alpha-3, former countries), the
 * pattern of defined ids, and the one namespace of countries and
 * organizations. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static void expect_iso(const char *code, const char *canon_want, const char *name_want,
                       bool former_want)
{
    const char *canon = NULL;
    bool former = !former_want;
    const char *name = dg_iso_lookup(code, &canon, &former);
    ck_assert_msg(name != NULL, "%s should be an ISO code", code);
    ck_assert_str_eq(canon, canon_want);
    ck_assert_str_eq(name, name_want);
    ck_assert_msg(former == former_want, "%s: former %d", code, former);
}

START_TEST(alpha2_and_alpha3)
{
    expect_iso("BY", "BY", "Belarus", false);
    expect_iso("BLR", "BY", "Belarus", false);
    expect_iso("NO", "NO", "Norway", false);
    expect_iso("NOR", "NO", "Norway", false);
    expect_iso("NA", "NA", "Namibia", false);
    expect_iso("NAM", "NA", "Namibia", false);
    expect_iso("GB", "GB", "United Kingdom", false);
    expect_iso("US", "US", "United States", false);
    /* Both arguments are optional. */
    ck_assert_str_eq(dg_iso_lookup("PL", NULL, NULL), "Poland");
    /* Upper case only; nothing else is a code. */
    static const char *const not_codes[] = {"by", "Blr", "UK", "EU", "XK", "B", "BYY", "",
                                            "B Y", "BELARUS", "Belarus"};
    for (size_t i = 0; i < sizeof not_codes / sizeof *not_codes; i++)
        ck_assert_msg(dg_iso_lookup(not_codes[i], NULL, NULL) == NULL, "'%s' is no ISO code",
                      not_codes[i]);
}
END_TEST

START_TEST(former_countries)
{
    expect_iso("SU", "SU", "USSR, Union of Soviet Socialist Republics", true);
    expect_iso("SUN", "SU", "USSR, Union of Soviet Socialist Republics", true);
    expect_iso("YU", "YU", "Yugoslavia, (Socialist) Federal Republic of", true);
    expect_iso("YUG", "YU", "Yugoslavia, (Socialist) Federal Republic of", true);
    expect_iso("DD", "DD", "German Democratic Republic", true);
    expect_iso("DDR", "DD", "German Democratic Republic", true);
    /* CS was Czechoslovakia, then Serbia and Montenegro: the later one keeps
     * CS, the earlier is known by its alpha-3. */
    expect_iso("CS", "CS", "Serbia and Montenegro", true);
    expect_iso("SCG", "CS", "Serbia and Montenegro", true);
    expect_iso("CSK", "CSK", "Czechoslovakia, Czechoslovak Socialist Republic", true);
    /* A former code reused by a current country means the current one. */
    expect_iso("BY", "BY", "Belarus", false);
    expect_iso("BYS", "BYS", "Byelorussian SSR Soviet Socialist Republic", true);
    expect_iso("GE", "GE", "Georgia", false);
    expect_iso("GEL", "GEL", "Gilbert and Ellice Islands", true);
}
END_TEST

static const dg_country *country(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "country %s not found", id);
    return &m->countries[i];
}

START_TEST(references_by_any_code)
{
    dg_model *m = tu_load_str("countries:\n  BLR: {capital: Minsk}\n"
                              "relations:\n  - between: [BY, USA]\n  - between: [SUN, DDR]\n"
                              "  - between: [CSK, CS]\n  - between: [YUG, BYS]\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_relations, 4);
    const dg_country *by = country(m, "BY");
    ck_assert_ptr_eq(by, country(m, "BLR"));
    ck_assert_str_eq(by->id, "BY");
    ck_assert_str_eq(by->alpha3, "BLR");
    ck_assert_str_eq(by->name, "Belarus");
    ck_assert_str_eq(by->capital, "Minsk");
    ck_assert(by->iso && !by->former && by->defined);
    ck_assert(!country(m, "US")->defined);
    ck_assert_str_eq(country(m, "USA")->id, "US");
    ck_assert(country(m, "SU")->former);
    ck_assert_str_eq(country(m, "DDR")->id, "DD");
    ck_assert_str_eq(country(m, "CSK")->id, "CSK");
    ck_assert_str_eq(country(m, "CS")->id, "CS");
    ck_assert_ptr_ne(country(m, "CS"), country(m, "CSK"));
    ck_assert_str_eq(country(m, "BYS")->id, "BYS");
    ck_assert_ptr_ne(country(m, "BYS"), by);
    /* Only mentioned countries are in the model. */
    ck_assert_uint_eq(m->n_countries, 8);
    ck_assert_uint_eq(dg_country_find(m, "PL"), DG_NONE);
    /* The array is sorted by id. */
    for (uint32_t i = 1; i < m->n_countries; i++)
        ck_assert_int_lt(strcmp(m->countries[i - 1].id, m->countries[i].id), 0);
    dg_model_free(m);
}
END_TEST

START_TEST(norway_is_not_false)
{
    /* YAML 1.1 would read NO as a boolean; format v1 reads it as Norway. */
    dg_model *m = tu_load_str("countries:\n  NO: {capital: Oslo}\n"
                              "relations:\n  - between: [NO, SE]\n  - between: [no, FI]\n");
    ck_assert_str_eq(tu_first_diag(m), "t.yaml:5:15: error: unknown country 'no' (did you mean 'NO'?)");
    ck_assert_str_eq(country(m, "NO")->name, "Norway");
    dg_model_free(m);
}
END_TEST

static bool defines_ok(const char *id)
{
    char y[256];
    snprintf(y, sizeof y, "countries:\n  \"%s\": {name: Somewhere}\n", id);
    dg_model *m = tu_load_str(y);
    bool ok = dg_model_error_count(m) == 0;
    if (ok)
        ck_assert_str_eq(country(m, id)->name, "Somewhere");
    dg_model_free(m);
    return ok;
}

START_TEST(defined_id_pattern)
{
    static const char *const good[] = {"A", "z", "BSSR", "Terra.Nova_2-b", "x-1", "a.b.c",
                                       "Q__", "Z9"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        ck_assert_msg(defines_ok(good[i]), "'%s' is a valid id", good[i]);
    static const char *const bad[] = {"1A", "_A", "-A", ".A", "A B", "A/B", "A:B", "Ä",
                                      "AÄ", "A+", "A\\\\B", "A,B", "A'B"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(!defines_ok(bad[i]), "'%s' is no valid id", bad[i]);
    ck_assert(!defines_ok(""));
}
END_TEST

START_TEST(id_length_limit)
{
    char id[80];
    memset(id, 'a', sizeof id);
    id[64] = '\0';
    ck_assert(defines_ok(id)); /* 64 bytes: the most */
    id[64] = 'a';
    id[65] = '\0';
    ck_assert(!defines_ok(id));
    /* The same limit for every kind of defined id. */
    char y[512];
    id[65] = '\0';
    snprintf(y, sizeof y, "organizations:\n  %s: {name: X}\nsources:\n  %s: {title: X}\n"
             "missions:\n  - {id: %s, of: BY, kind: embassy, in: PL}\n", id, id, id);
    dg_model *m = tu_load_str(y);
    ck_assert_uint_eq(dg_model_error_count(m), 3);
    ck_assert(strstr(dg_model_diag(m, 0)->msg, "is not a valid organization id"));
    ck_assert(strstr(dg_model_diag(m, 1)->msg, "is not a valid source id"));
    ck_assert(strstr(dg_model_diag(m, 2)->msg, "is not a valid mission id"));
    dg_model_free(m);
}
END_TEST

START_TEST(org_clashes_with_country)
{
    /* An organization may not take a country's code, current, alpha-3 or
     * former, nor a defined country's id. */
    static const struct {
        const char *yaml, *diag;
    } cases[] = {
        {"organizations:\n  NAM: {name: Non-Aligned Movement}\n",
         "t.yaml:2:3: error: organization id 'NAM' is also the ISO 3166 code of Namibia: choose another id"},
        {"organizations:\n  BY: {}\n",
         "t.yaml:2:3: error: organization id 'BY' is also the ISO 3166 code of Belarus: choose another id"},
        {"organizations:\n  SU: {}\n",
         "t.yaml:2:3: error: organization id 'SU' is also the ISO 3166 code of USSR, Union of "
         "Soviet Socialist Republics: choose another id"},
        {"countries:\n  XK: Kosovo\norganizations:\n  XK: {name: X}\n",
         "t.yaml:4:3: error: organization id 'XK' is also a country id (defined at t.yaml:2)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dg_model *m = tu_load_str(cases[i].yaml);
        ck_assert_str_eq(tu_first_diag(m), cases[i].diag);
        dg_model_free(m);
    }
    /* Lower case and non-codes are free. */
    dg_model *m = tu_load_str("organizations:\n  EU: {}\n  nam: {}\n  NATO: {}\n  UN: {}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_orgs, 4);
    dg_model_free(m);
}
END_TEST

START_TEST(same_country_by_two_codes)
{
    dg_model *m = tu_load_str("countries:\n  BY: {capital: Minsk}\n  BLR: {capital: Minsk}\n");
    ck_assert_str_eq(tu_first_diag(m),
                     "t.yaml:3:3: error: country 'BLR' is defined twice (first at t.yaml:2:3)");
    dg_model_free(m);
    /* Focus BLR and focus BY name the same country: no conflict. */
    const char *a = "focus: BLR\n", *b = "focus: BY\n";
    m = dg_model_new(NULL);
    dg_model_load_buffer(m, "a.yaml", a, strlen(a));
    dg_model_load_buffer(m, "b.yaml", b, strlen(b));
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_str_eq(m->countries[m->focus].id, "BY");
    dg_model_free(m);
}
END_TEST

START_TEST(actor_kinds)
{
    dg_model *m = tu_load_str("organizations:\n  EU: {name: European Union}\n"
                              "events:\n  - {date: 2006, kind: sanction, title: S, actors: [EU, BLR]}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_events, 1);
    const dg_event *e = &m->events[0];
    ck_assert_uint_eq(e->n_actors, 2);
    ck_assert_int_eq(e->actors[0].kind, DG_ACTOR_ORG);
    ck_assert_str_eq(dg_ref_id(m, e->actors[0]), "EU");
    ck_assert_str_eq(dg_ref_name(m, e->actors[0]), "European Union");
    ck_assert_int_eq(e->actors[1].kind, DG_ACTOR_COUNTRY);
    ck_assert_str_eq(dg_ref_id(m, e->actors[1]), "BY");
    ck_assert_str_eq(dg_ref_name(m, e->actors[1]), "Belarus");
    dg_model_free(m);
}
END_TEST

/* Ids of up to 8 bytes and longer ones are interned two ways
 * (model.c): ids that share their first 8 bytes, and the same id quoted
 * and plain, must still be told apart and matched. */
START_TEST(short_and_long_ids)
{
    dg_model *m = tu_load_str("organizations:\n"
                              "  abcdefgh: {name: Eight}\n"
                              "  abcdefghi: {name: Nine}\n"
                              "  abcdefg: {name: Seven}\n"
                              "events:\n"
                              "  - {date: 2006, kind: meeting, title: M,\n"
                              "     actors: [abcdefghi, 'abcdefgh', abcdefg, \"abcdefghi\"]}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_uint_eq(m->n_events, 1);
    const dg_event *e = &m->events[0];
    ck_assert_uint_eq(e->n_actors, 4);
    ck_assert_str_eq(dg_ref_name(m, e->actors[0]), "Nine");
    ck_assert_str_eq(dg_ref_name(m, e->actors[1]), "Eight");
    ck_assert_str_eq(dg_ref_name(m, e->actors[2]), "Seven");
    ck_assert_str_eq(dg_ref_name(m, e->actors[3]), "Nine");
    dg_model_free(m);
    m = tu_load_str("organizations:\n  abcdefghij: {name: Ten}\n"
                    "events:\n  - {date: 2006, kind: meeting, title: M, actors: [abcdefgh]}\n");
    ck_assert_str_eq(tu_first_diag(m), "t.yaml:4:52: error: unknown country or organization "
                                       "'abcdefgh' (did you mean 'abcdefghij'?)");
    dg_model_free(m);
}
END_TEST

/* A country that is not defined is where it is first mentioned, in load
 * order, whatever section mentions it and by whichever of its codes. */
START_TEST(first_mention)
{
    dg_model *m = tu_load_str("events:\n"
                              "  - {date: 2000, kind: visit, title: T, actors: [BLR]}\n"
                              "relations:\n"
                              "  - between: [BY, PL]\n"
                              "missions:\n"
                              "  - {of: DE, kind: embassy, in: PL}\n"
                              "  - {of: DEU, kind: consulate, in: FR}\n");
    ck_assert_str_eq(tu_first_diag(m), "");
    static const struct {
        const char *id;
        uint32_t line, col;
    } want[] = {{"BY", 2, 50}, {"PL", 4, 19}, {"DE", 6, 10}, {"FR", 7, 36}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        uint32_t c = dg_country_find(m, want[i].id);
        ck_assert_uint_ne(c, DG_NONE);
        ck_assert_msg(m->countries[c].pos.line == want[i].line &&
                          m->countries[c].pos.col == want[i].col,
                      "%s at %u:%u", want[i].id, m->countries[c].pos.line, m->countries[c].pos.col);
    }
    dg_model_free(m);
}
END_TEST

START_TEST(suggestions)
{
    static const struct {
        const char *yaml, *diag;
    } cases[] = {
        /* lower case for upper case */
        {"relations:\n  - between: [BY, pl]\n",
         "t.yaml:2:19: error: unknown country 'pl' (did you mean 'PL'?)"},
        /* a name for its code */
        {"relations:\n  - between: [BY, Poland]\n",
         "t.yaml:2:19: error: unknown country 'Poland' (a name, not an id: did you mean 'PL' "
         "(Poland)?)"},
        /* a near defined id */
        {"countries:\n  BSSR: {name: Byelorussian SSR}\nrelations:\n  - between: [BY, BSRR]\n",
         "t.yaml:4:19: error: unknown country 'BSRR' (did you mean 'BSSR'?)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dg_model *m = tu_load_str(cases[i].yaml);
        ck_assert_str_eq(tu_first_diag(m), cases[i].diag);
        dg_model_free(m);
    }
}
END_TEST

static Suite *ids_suite(void)
{
    Suite *s = suite_create("ids");
    TCase *tc = tcase_create("ids");
    tcase_add_test(tc, alpha2_and_alpha3);
    tcase_add_test(tc, former_countries);
    tcase_add_test(tc, references_by_any_code);
    tcase_add_test(tc, norway_is_not_false);
    tcase_add_test(tc, defined_id_pattern);
    tcase_add_test(tc, id_length_limit);
    tcase_add_test(tc, org_clashes_with_country);
    tcase_add_test(tc, same_country_by_two_codes);
    tcase_add_test(tc, actor_kinds);
    tcase_add_test(tc, suggestions);
    tcase_add_test(tc, short_and_long_ids);
    tcase_add_test(tc, first_mention);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(ids_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
