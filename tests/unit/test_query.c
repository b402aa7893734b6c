/* test_query.c — dg_represent, dg_hubs and dg_stats_compute on the fixture
 * tests/fixtures/query/world.yaml (whose comments say why each mission is
 * there), with and without --at, and on the bundled data set. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_model *world(void)
{
    static const char *const f[] = {"fixtures/query/world.yaml"};
    dg_model *m = tu_load_files(f, 1);
    ck_assert_msg(dg_model_error_count(m) == 0, "fixture: %s", tu_first_diag(m));
    return m;
}

static dg_date D(const char *s)
{
    dg_date d;
    ck_assert_int_eq(dg_date_parse(s, strlen(s), &d), DG_DATE_OK);
    return d;
}

static uint32_t C(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "country %s not in the fixture", id);
    return i;
}

/* The answer as "id:r id:n ..." (r resident, n non-resident). */
static const char *rep(const dg_model *m, const char *sender, const char *host, const char *at)
{
    static char buf[512];
    dg_date d = at ? D(at) : (dg_date){0};
    size_t n = 99;
    dg_rep_entry *v = dg_represent(m, C(m, sender), C(m, host), at ? &d : NULL, &n);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        ck_assert(v[i].resident == (v[i].accred == NULL));
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s:%c", i ? " " : "",
                 v[i].mission->id, v[i].resident ? 'r' : 'n');
    }
    free(v);
    return buf;
}

START_TEST(represent_resident_and_not)
{
    dg_model *m = world();
    /* Honorary consulate in Minsk (resident) first, then the embassy in Warsaw. */
    ck_assert_str_eq(rep(m, "NL", "BY", NULL), "nl-minsk-hc:r nl-warsaw:n");
    ck_assert_str_eq(rep(m, "PL", "BY", NULL), "pl-minsk:r"); /* Brest closed in 2021 */
    ck_assert_str_eq(rep(m, "CA", "BY", NULL), "ca-warsaw:n ca-warsaw-office:n");
    ck_assert_str_eq(rep(m, "IE", "BY", NULL), "ie-ru:n");
    ck_assert_str_eq(rep(m, "BY", "NL", NULL), ""); /* closed 2010 */
    ck_assert_str_eq(rep(m, "BY", "PL", NULL), "by-warsaw:r");
    dg_model_free(m);
}
END_TEST

START_TEST(represent_at_dates)
{
    dg_model *m = world();
    ck_assert_str_eq(rep(m, "NL", "BY", "2000"), "nl-warsaw:n"); /* consulate opens 2005 */
    ck_assert_str_eq(rep(m, "NL", "BY", "2005"), "nl-minsk-hc:r nl-warsaw:n");
    ck_assert_str_eq(rep(m, "NL", "BY", "1991-12-31"), "");
    ck_assert_str_eq(rep(m, "PL", "BY", "2020"), "pl-brest:r pl-minsk:r");
    ck_assert_str_eq(rep(m, "PL", "BY", "2021-05-31"), "pl-brest:r pl-minsk:r");
    ck_assert_str_eq(rep(m, "PL", "BY", "2021-07"), "pl-minsk:r");
    ck_assert_str_eq(rep(m, "BY", "NL", "2000"), "by-hague:r");
    dg_model_free(m);
}
END_TEST

START_TEST(represent_accreditation_periods)
{
    dg_model *m = world();
    /* The accreditation 1995..2010 ends before its (open) mission. */
    ck_assert_str_eq(rep(m, "FI", "BY", "1994"), "");
    ck_assert_str_eq(rep(m, "FI", "BY", "2000"), "fi-vilnius:n");
    ck_assert_str_eq(rep(m, "FI", "BY", "2011"), "");
    ck_assert_str_eq(rep(m, "FI", "BY", NULL), "");
    ck_assert_str_eq(rep(m, "FI", "LT", NULL), "fi-vilnius:r");
    /* An accreditation without dates ends with its closed mission. */
    ck_assert_str_eq(rep(m, "SE", "BY", "1995"), "se-moscow:n");
    ck_assert_str_eq(rep(m, "SE", "BY", "2000-07"), "");
    ck_assert_str_eq(rep(m, "SE", "BY", NULL), "");
    /* Its own period inside an open mission. */
    ck_assert_str_eq(rep(m, "AT", "MD", "2005"), "at-moscow:n");
    ck_assert_str_eq(rep(m, "AT", "MD", NULL), "");
    ck_assert_str_eq(rep(m, "AT", "BY", NULL), "at-moscow:n");
    /* The entry points at the accreditation that holds. */
    dg_date d = D("2005");
    size_t n;
    dg_rep_entry *v = dg_represent(m, C(m, "AT"), C(m, "MD"), &d, &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(v[0].accred->period.start.year, 2000);
    ck_assert_int_eq(v[0].accred->period.end.year, 2010);
    free(v);
    dg_model_free(m);
}
END_TEST

START_TEST(represent_missions_to_organizations_and_by_organizations)
{
    dg_model *m = world();
    /* The permanent mission to the OSCE sits in Vienna but is no
     * representation in Austria. */
    ck_assert_str_eq(rep(m, "BY", "AT", NULL), "");
    size_t n;
    dg_ref eu = {DG_ACTOR_ORG, dg_org_find(m, "EU")};
    dg_rep_entry *v = dg_represent_ref(m, eu, C(m, "BY"), NULL, &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(v[0].mission->id, "eu-minsk");
    ck_assert(v[0].resident);
    free(v);
    dg_date d = D("2007");
    v = dg_represent_ref(m, eu, C(m, "BY"), &d, &n);
    ck_assert_uint_eq(n, 0);
    ck_assert_ptr_null(v);
    dg_model_free(m);
}
END_TEST

/* The hubs as "City/IN:A,B;..." with "-" for no city. */
static const char *hubs(const dg_model *m, const char *focus, const char *at)
{
    static char buf[512];
    dg_date d = at ? D(at) : (dg_date){0};
    size_t n = 99;
    dg_hub *h = dg_hubs(m, C(m, focus), at ? &d : NULL, &n);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s/%s:", i ? ";" : "",
                 h[i].city ? h[i].city : "-", m->countries[h[i].in].id);
        for (uint32_t k = 0; k < h[i].n_countries; k++)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", k ? "," : "",
                     m->countries[h[i].countries[k]].id);
    }
    free(h);
    return buf;
}

START_TEST(hubs_rank_and_group)
{
    dg_model *m = world();
    /* Canada's two missions in Warsaw count once; the mission without a
     * city is grouped under its host and sorts after named cities. */
    ck_assert_str_eq(hubs(m, "BY", NULL), "Warsaw/PL:CA,CH,NL;Moscow/RU:AT;-/RU:IE");
    ck_assert_str_eq(hubs(m, "BY", "2000"),
                     "Warsaw/PL:CA,CH,NL;Moscow/RU:AT,SE;Vilnius/LT:FI;-/RU:IE");
    ck_assert_str_eq(hubs(m, "MD", "2005"), "Moscow/RU:AT");
    ck_assert_str_eq(hubs(m, "MD", NULL), "");
    /* Resident missions are no hubs. */
    ck_assert_str_eq(hubs(m, "PL", NULL), "");
    dg_model_free(m);
}
END_TEST

START_TEST(hubs_of_bundled_data)
{
    static const char *const f[] = {DG_SOURCE_DIR "/data/belarus.yaml"};
    dg_model *m = tu_load_files(f, 1);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    size_t n;
    dg_hub *h = dg_hubs(m, m->focus, NULL, &n);
    ck_assert_uint_ge(n, 1);
    ck_assert_str_eq(h[0].city, "Moscow");
    ck_assert_str_eq(m->countries[h[0].in].id, "RU");
    for (size_t i = 1; i < n; i++)
        ck_assert_uint_ge(h[i - 1].n_countries, h[i].n_countries);
    free(h);
    dg_model_free(m);
}
END_TEST

static const char *pairs(const dg_model *m, const dg_country_pair *p, size_t n)
{
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s-%s", i ? " " : "",
                 m->countries[p[i].a].id, m->countries[p[i].b].id);
    return buf;
}

START_TEST(stats_now)
{
    dg_model *m = world();
    dg_stats s;
    dg_stats_compute(m, NULL, &s);
    ck_assert_uint_eq(s.countries, m->n_countries);
    ck_assert_uint_eq(s.missions, 15);
    ck_assert_uint_eq(s.accreditations, 9);
    ck_assert_uint_eq(s.relations, 7);
    ck_assert_uint_eq(s.events, 2);
    ck_assert_uint_eq(s.organizations, 2);
    ck_assert_uint_eq(s.memberships, 2);
    ck_assert_uint_eq(s.open_missions, 12);
    ck_assert_uint_eq(s.missions_by_kind[DG_MK_EMBASSY], 8);
    ck_assert_uint_eq(s.missions_by_kind[DG_MK_HONORARY_CONSULATE], 1);
    ck_assert_uint_eq(s.missions_by_kind[DG_MK_CONSULATE_GENERAL], 0); /* closed */
    ck_assert_uint_eq(s.missions_by_kind[DG_MK_DELEGATION], 1);
    ck_assert_str_eq(pairs(m, s.mutual, s.n_mutual), "BY-PL");
    ck_assert_str_eq(pairs(m, s.one_sided, s.n_one_sided), "AT-RU CA-PL CH-PL FI-LT IE-RU NL-PL");
    ck_assert_str_eq(pairs(m, s.unrepresented, s.n_unrepresented), "BY-DK BY-FI BY-US");
    ck_assert_uint_eq(s.n_hubs, 3);
    ck_assert_str_eq(s.hubs[0].city, "Warsaw");
    ck_assert_uint_eq(s.hubs[0].accreditations, 3);
    ck_assert_uint_eq(s.hubs[0].senders, 3);
    ck_assert_uint_eq(s.hubs[0].countries, 1);
    ck_assert_str_eq(s.hubs[1].city, "Moscow");
    ck_assert_ptr_null(s.hubs[2].city);
    dg_stats_free(&s);
    ck_assert_ptr_null(s.hubs);
    dg_model_free(m);
}
END_TEST

START_TEST(stats_at_a_date)
{
    dg_model *m = world();
    dg_stats s;
    dg_date d = D("2005");
    dg_stats_compute(m, &d, &s);
    ck_assert_uint_eq(s.missions, 13);      /* not yet eu-minsk, no more se-moscow */
    ck_assert_uint_eq(s.open_missions, 13);
    ck_assert_uint_eq(s.accreditations, 8); /* all but se-moscow's */
    ck_assert_uint_eq(s.relations, 6);      /* BY-LT severed 1995 */
    ck_assert_uint_eq(s.events, 0);         /* 1998..1999 over, 2008 to come */
    ck_assert_uint_eq(s.memberships, 2);
    ck_assert_str_eq(pairs(m, s.mutual, s.n_mutual), "BY-PL");
    /* by-hague open: Belarus had an embassy in the Netherlands, not back. */
    ck_assert_str_eq(pairs(m, s.one_sided, s.n_one_sided),
                     "AT-RU BY-NL CA-PL CH-PL FI-LT IE-RU NL-PL");
    ck_assert_str_eq(pairs(m, s.unrepresented, s.n_unrepresented), "BY-DK BY-US");
    ck_assert_uint_eq(s.n_hubs, 4);
    ck_assert_str_eq(s.hubs[1].city, "Moscow"); /* AT to BY and MD */
    ck_assert_uint_eq(s.hubs[1].accreditations, 2);
    ck_assert_uint_eq(s.hubs[1].senders, 1);
    ck_assert_uint_eq(s.hubs[1].countries, 2);
    dg_stats_free(&s);
    d = D("2000");
    dg_stats_compute(m, &d, &s);
    ck_assert_uint_eq(s.memberships, 1); /* Poland joins the EU in 2004 */
    ck_assert_uint_eq(s.events, 0);
    dg_stats_free(&s);
    d = D("1998-06");
    dg_stats_compute(m, &d, &s);
    ck_assert_uint_eq(s.events, 1);
    dg_stats_free(&s);
    dg_model_free(m);
}
END_TEST

START_TEST(empty_model)
{
    dg_model *m = tu_load_str("countries: {BY: {capital: Minsk}}\n");
    size_t n = 7;
    ck_assert_ptr_null(dg_represent(m, 0, 0, NULL, &n));
    ck_assert_uint_eq(n, 0);
    ck_assert_ptr_null(dg_hubs(m, 0, NULL, &n));
    ck_assert_uint_eq(n, 0);
    dg_stats s;
    dg_stats_compute(m, NULL, &s);
    ck_assert_uint_eq(s.countries, 1);
    ck_assert_uint_eq(s.n_hubs + s.n_mutual + s.n_one_sided + s.n_unrepresented, 0);
    dg_stats_free(&s);
    dg_model_free(m);
}
END_TEST

static Suite *query_suite(void)
{
    Suite *s = suite_create("query");
    TCase *tc = tcase_create("query");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, represent_resident_and_not);
    tcase_add_test(tc, represent_at_dates);
    tcase_add_test(tc, represent_accreditation_periods);
    tcase_add_test(tc, represent_missions_to_organizations_and_by_organizations);
    tcase_add_test(tc, hubs_rank_and_group);
    tcase_add_test(tc, hubs_of_bundled_data);
    tcase_add_test(tc, stats_now);
    tcase_add_test(tc, stats_at_a_date);
    tcase_add_test(tc, empty_model);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(query_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
