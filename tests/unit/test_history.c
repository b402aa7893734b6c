/* test_history.c — format 1.1: what held on a date (history, heads,
 * memberships that end with `left`), continuity, places, names and the
 * relation query. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_date D(const char *s)
{
    dg_date d;
    ck_assert_int_eq(dg_date_parse(s, strlen(s), &d), DG_DATE_OK);
    return d;
}

static dg_model *load_ok(const char *yaml)
{
    dg_model *m = tu_load_str(yaml);
    ck_assert_msg(dg_model_diag_count(m) == 0, "unexpected %s", tu_first_diag(m));
    return m;
}

static uint32_t C(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "no country %s", id);
    return i;
}

static dg_ref CR(const dg_model *m, const char *id)
{
    return (dg_ref){DG_ACTOR_COUNTRY, C(m, id)};
}

static const char *serbia =
    "dipgraph: 1.1\n"
    "countries:\n"
    "  RS: {continues: CS, since: 2006-06-05}\n"
    "  CS: {continues: YU, since: 2003-02-04}\n"
    "organizations:\n"
    "  UN:\n"
    "    members: {YU: 1945-10-24, DE: 1973-09-18}\n"
    "  NonAligned:\n"
    "    name: Non-Aligned Movement\n"
    "    members:\n"
    "      YU: 1961\n"
    "      RS: {since: 2007, status: observer}\n"
    "relations:\n"
    "  - between: [DE, RS]\n"
    "    established: 1879\n"
    "    history:\n"
    "      - {date: 1999-03-24, status: severed}\n"
    "      - {date: 2000-11-17, status: active}\n"
    "      - {date: 2008-02-18, level: charge}\n"
    "  - {between: [YU, US], established: 1882}\n"
    "missions:\n"
    "  - id: us-belgrade\n"
    "    of: US\n"
    "    kind: embassy\n"
    "    city: Belgrade\n"
    "    in: YU\n"
    "    opened: 1882\n"
    "    accredited: [MK]\n"
    "    history:\n"
    "      - {date: 1999-03-23, status: closed}\n"
    "      - {date: 2001-05-17, status: open}\n"
    "    heads:\n"
    "      - {name: Karen B. Stewart, since: 2006-09, until: 2008-03-12}\n"
    "      - {name: Jonathan Moore, since: 2008-03-12}\n"
    "  - {of: YU, kind: embassy, city: Berlin, in: DE, opened: 1951}\n";

START_TEST(relation_state_on_dates)
{
    dg_model *m = load_ok(serbia);
    const dg_relation *r = dg_relation_find(m, CR(m, "DE"), CR(m, "RS"), NULL);
    ck_assert_ptr_nonnull(r);
    dg_rel_status s;
    dg_rel_level l;
    dg_date d = D("1999-06-01");
    ck_assert(!dg_relation_state_at(m, r, &d, &s, &l));
    ck_assert_int_eq(s, DG_REL_SEVERED);
    ck_assert_int_eq(l, DG_LEVEL_EMBASSY);
    d = D("1999-03-23"); /* the day before: still active */
    ck_assert(dg_relation_state_at(m, r, &d, &s, NULL));
    ck_assert_int_eq(s, DG_REL_ACTIVE);
    d = D("2001");
    ck_assert(dg_relation_holds(m, r, &d));
    d = D("2009");
    ck_assert(dg_relation_state_at(m, r, &d, &s, &l));
    ck_assert_int_eq(s, DG_REL_ACTIVE); /* a level entry keeps the status */
    ck_assert_int_eq(l, DG_LEVEL_CHARGE);
    ck_assert(dg_relation_state_at(m, r, NULL, &s, &l)); /* no date: the latest */
    ck_assert_int_eq(l, DG_LEVEL_CHARGE);
    d = D("1800"); /* before it was established */
    ck_assert(!dg_relation_holds(m, r, &d));
    ck_assert_ptr_eq(dg_change_at(r->history, r->n_history, &d), NULL);
    dg_model_free(m);
}
END_TEST

START_TEST(mission_closed_for_a_time)
{
    dg_model *m = load_ok(serbia);
    const dg_mission *mi = &m->missions[dg_mission_find(m, "us-belgrade")];
    dg_date d = D("2000");
    ck_assert(!dg_mission_operating(m, mi, &d));
    ck_assert_int_eq(dg_mission_status_at(m, mi, &d), DG_MS_CLOSED);
    size_t n;
    dg_rep_entry *e = dg_represent(m, C(m, "US"), C(m, "YU"), &d, &n);
    ck_assert_uint_eq(n, 0); /* closed: not resident */
    free(e);
    e = dg_represent(m, C(m, "US"), C(m, "MK"), &d, &n);
    ck_assert_uint_eq(n, 0); /* and carries no accreditation */
    free(e);
    d = D("2002");
    ck_assert(dg_mission_operating(m, mi, &d));
    e = dg_represent(m, C(m, "US"), C(m, "MK"), &d, &n);
    ck_assert_uint_eq(n, 1);
    free(e);
    dg_model_free(m);
}
END_TEST

START_TEST(heads_on_dates)
{
    dg_model *m = load_ok(serbia);
    const dg_mission *mi = &m->missions[dg_mission_find(m, "us-belgrade")];
    dg_date d = D("2007");
    ck_assert_str_eq(dg_mission_head_at(m, mi, &d)->name, "Karen B. Stewart");
    d = D("2008-03-12");
    ck_assert_str_eq(dg_mission_head_at(m, mi, &d)->name, "Jonathan Moore");
    ck_assert_str_eq(dg_mission_head_at(m, mi, NULL)->name, "Jonathan Moore");
    d = D("2000");
    ck_assert_ptr_eq(dg_mission_head_at(m, mi, &d), NULL);
    dg_model_free(m);
}
END_TEST

/* RS continues CS, which continues YU: YU's UN membership, its relation
 * with the US and the missions in and of it pass to RS, link by link;
 * RS's own NAM record wins over YU's. */
START_TEST(continuity_chain)
{
    dg_model *m = load_ok(serbia);
    uint32_t rs = C(m, "RS"), cs = C(m, "CS"), yu = C(m, "YU");
    ck_assert_uint_eq(m->countries[rs].continues, cs);
    ck_assert_uint_eq(m->countries[yu].continued_by, cs);
    const dg_org *un = &m->orgs[dg_org_find(m, "UN")];
    const dg_member *mem = NULL;
    for (uint32_t k = 0; k < un->n_members; k++)
        if (un->members[k].who.index == rs)
            mem = &un->members[k];
    ck_assert_ptr_nonnull(mem);
    ck_assert_uint_eq(mem->n_as, 2);
    ck_assert_uint_eq(mem->as[0].as, yu); /* the original holder first */
    ck_assert_uint_eq(mem->as[1].as, cs);
    ck_assert_uint_eq(dg_held_first_as(mem->as, mem->n_as, rs), yu);
    dg_date d = D("1990");
    ck_assert_uint_eq(dg_held_by_at(mem->as, mem->n_as, rs, &d), yu);
    d = D("2004");
    ck_assert_uint_eq(dg_held_by_at(mem->as, mem->n_as, rs, &d), cs);
    ck_assert_uint_eq(dg_held_by_at(mem->as, mem->n_as, rs, NULL), rs);
    ck_assert_str_eq(mem->period.start.year == 1945 ? "kept" : "moved", "kept");
    const dg_org *nam = &m->orgs[dg_org_find(m, "NonAligned")];
    /* YU's record passed to CS; RS has its own, so CS keeps it. */
    ck_assert_uint_eq(nam->n_members, 2);
    for (uint32_t k = 0; k < nam->n_members; k++) {
        const dg_member *x = &nam->members[k];
        ck_assert(x->who.index == rs || x->who.index == cs);
        ck_assert_uint_eq(x->n_as, x->who.index == cs ? 1 : 0);
    }
    dg_model_free(m);
}
END_TEST

START_TEST(continuity_in_queries)
{
    dg_model *m = load_ok(serbia);
    uint32_t rs = C(m, "RS"), yu = C(m, "YU"), us = C(m, "US"), de = C(m, "DE");
    size_t n;
    /* The mission in Belgrade is RS's host now, YU's then. */
    dg_rep_entry *e = dg_represent(m, us, rs, NULL, &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(e[0].host_as, yu);
    free(e);
    dg_date d = D("1990");
    e = dg_represent(m, us, yu, &d, &n);
    ck_assert_uint_eq(n, 1);
    free(e);
    e = dg_represent(m, us, yu, NULL, &n); /* YU no longer holds it */
    ck_assert_uint_eq(n, 0);
    free(e);
    /* YU's embassy in Berlin is RS's, as YU. */
    e = dg_represent(m, rs, de, NULL, &n);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(e[0].sender_as, yu);
    free(e);
    dg_relation_answer a;
    dg_relation_query(m, CR(m, "US"), CR(m, "RS"), NULL, &a);
    ck_assert_ptr_nonnull(a.rel);
    ck_assert(a.holds);
    ck_assert_uint_eq(a.as, yu);
    dg_relation_query(m, CR(m, "YU"), CR(m, "US"), &d, &a); /* by the holder then */
    ck_assert_ptr_nonnull(a.rel);
    ck_assert_uint_eq(a.as, yu);
    dg_model_free(m);
}
END_TEST

START_TEST(relation_query_answers)
{
    dg_model *m = load_ok(serbia);
    dg_relation_answer a;
    dg_date d = D("1999-06-01");
    dg_relation_query(m, CR(m, "RS"), CR(m, "DE"), &d, &a);
    ck_assert_ptr_nonnull(a.rel);
    ck_assert(!a.holds);
    ck_assert_int_eq(a.status, DG_REL_SEVERED);
    ck_assert_uint_eq(a.as, DG_NONE);
    dg_relation_query(m, CR(m, "DE"), CR(m, "US"), NULL, &a);
    ck_assert_ptr_eq(a.rel, NULL); /* none recorded */
    ck_assert(!a.holds);
    dg_model_free(m);
}
END_TEST

START_TEST(organization_as_party)
{
    dg_model *m = load_ok("organizations:\n  EU: {name: European Union}\n"
                          "relations:\n"
                          "  - {between: [EU, BY], established: 1992, level: charge}\n");
    ck_assert_uint_eq(m->n_relations, 0);
    ck_assert_uint_eq(m->n_org_relations, 1);
    const dg_relation *r = &m->org_relations[0];
    ck_assert_uint_eq(r->b_kind, DG_ACTOR_ORG);
    ck_assert_str_eq(m->countries[r->a].id, "BY");
    ck_assert_str_eq(m->orgs[r->b].id, "EU");
    dg_ref eu = {DG_ACTOR_ORG, dg_org_find(m, "EU")};
    dg_relation_answer a;
    dg_relation_query(m, eu, CR(m, "BY"), NULL, &a);
    ck_assert_ptr_eq(a.rel, r);
    ck_assert_int_eq(a.level, DG_LEVEL_CHARGE);
    dg_model_free(m);
}
END_TEST

START_TEST(membership_left)
{
    dg_model *m = load_ok("organizations:\n  EU:\n    members:\n"
                          "      GB:\n        since: 1973-01-01\n        history:\n"
                          "          - {date: 2020-01-31, status: left}\n");
    const dg_member *mem = &m->orgs[0].members[0];
    dg_date d = D("2019");
    ck_assert(dg_member_holds(m, mem, &d));
    d = D("2021");
    ck_assert(!dg_member_holds(m, mem, &d));
    ck_assert_int_eq(dg_member_status_at(m, mem, &d), DG_MEMBER_LEFT);
    ck_assert_str_eq(dg_member_status_name(dg_member_status_at(m, mem, &d)), "left");
    ck_assert(!dg_member_holds(m, mem, NULL));
    dg_stats s;
    dg_stats_compute(m, &d, &s);
    ck_assert_uint_eq(s.memberships, 0);
    dg_stats_free(&s);
    dg_model_free(m);
}
END_TEST

START_TEST(places_and_names)
{
    dg_model *m = load_ok("places:\n"
                          "  Minsk: {country: BY, coords: [53.9, 27.5667], "
                          "names: {be: Мінск, ru: Минск, pt: Minsk}, wikidata: Q2280}\n"
                          "missions:\n  - {of: NL, kind: embassy, city: Minsk, in: BY}\n");
    ck_assert_uint_eq(m->n_places, 1);
    uint32_t p = dg_place_find(m, "Minsk");
    ck_assert_uint_eq(p, 0);
    ck_assert_uint_eq(dg_place_find(m, "Pinsk"), DG_NONE);
    const dg_place *pl = &m->places[p];
    ck_assert(pl->has_coords);
    ck_assert_double_eq_tol(pl->lat, 53.9, 1e-9);
    ck_assert_str_eq(pl->wikidata, "Q2280");
    ck_assert_str_eq(dg_name_for(pl->names, pl->n_names, "ru"), "Минск");
    ck_assert_str_eq(dg_name_for(pl->names, pl->n_names, "pt-BR"), "Minsk");
    ck_assert_ptr_eq(dg_name_for(pl->names, pl->n_names, "de"), NULL);
    ck_assert_str_eq(pl->names[0].lang, "be"); /* sorted by language */
    ck_assert_uint_eq(m->missions[0].place, p);
    ck_assert(dg_lang_valid("be") && dg_lang_valid("pt-BR"));
    ck_assert(!dg_lang_valid("xx") && !dg_lang_valid("pt-XX") && !dg_lang_valid("PT"));
    dg_model_free(m);
}
END_TEST

/* Every error at its own line, all in one run. */
START_TEST(all_errors_in_one_run)
{
    dg_model *m = tu_load_str(
        "dipgraph: 1.1\n"
        "countries:\n"
        "  AA: {name: A, continues: BB}\n"
        "  BB: {name: B, continues: AA}\n"
        "relations:\n"
        "  - between: [DE, RS]\n"
        "    history:\n"
        "      - {date: 2000, status: severd}\n"
        "      - {date: 1999, level: chargee}\n"
        "places:\n"
        "  Minsk: {country: BY, coords: [91, 0], names: {xx: X}, wikidata: Q0}\n");
    ck_assert_uint_eq(dg_model_diag_count(m), 7);
    const uint32_t lines[] = {4, 8, 9, 9, 11, 11, 11};
    for (size_t i = 0; i < 7; i++)
        ck_assert_uint_eq(dg_model_diag(m, i)->pos.line, lines[i]);
    ck_assert_ptr_nonnull(strstr(dg_model_diag(m, 1)->msg, "did you mean 'severed'"));
    dg_model_free(m);
}
END_TEST

/* A version 1 file gets version 1's answers: no history means the
 * record's own status, and every mission is open. */
START_TEST(version1_records)
{
    dg_model *m = load_ok("relations:\n  - {between: [BY, US], established: 1992}\n"
                          "missions:\n  - {of: US, kind: embassy, in: BY, opened: 1992}\n");
    ck_assert(dg_relation_holds(m, &m->relations[0], NULL));
    ck_assert_int_eq(m->relations[0].level, DG_LEVEL_EMBASSY);
    ck_assert(dg_mission_operating(m, &m->missions[0], NULL));
    ck_assert_uint_eq(m->missions[0].place, DG_NONE);
    ck_assert_uint_eq(m->countries[C(m, "BY")].continues, DG_NONE);
    dg_model_free(m);
}
END_TEST

/* export -T json carries history, heads, places, names and `as` for a
 * 1.1 data set, and nothing new for a version 1 one. */
START_TEST(json_export)
{
    dg_model *m = load_ok(serbia);
    ck_assert(dg_model_uses_v11(m));
    dg_export_opts o = {.format = "json"};
    dg_buf b = {0};
    dg_error err;
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_OK);
    ck_assert_ptr_nonnull(strstr(b.data, "\"dipgraph\": 1.1,"));
    ck_assert_ptr_nonnull(strstr(b.data, "\"as\": \"YU\""));
    ck_assert_ptr_nonnull(strstr(b.data, "\"name\": \"Karen B. Stewart\""));
    ck_assert_ptr_nonnull(strstr(b.data, "\"status\": \"severed\""));
    ck_assert_ptr_nonnull(strstr(b.data, "\"places\": ["));
    dg_buf_free(&b);
    dg_model_free(m);
    m = load_ok("relations:\n  - {between: [BY, US]}\n");
    ck_assert(!dg_model_uses_v11(m));
    ck_assert_int_eq(dg_export(m, &o, &b, &err), DG_OK);
    ck_assert_ptr_nonnull(strstr(b.data, "\"dipgraph\": 1,"));
    ck_assert_ptr_eq(strstr(b.data, "\"history\""), NULL);
    ck_assert_ptr_eq(strstr(b.data, "\"places\""), NULL);
    dg_buf_free(&b);
    dg_model_free(m);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("history");
    TCase *t = tcase_create("format 1.1");
    tcase_add_test(t, relation_state_on_dates);
    tcase_add_test(t, mission_closed_for_a_time);
    tcase_add_test(t, heads_on_dates);
    tcase_add_test(t, continuity_chain);
    tcase_add_test(t, continuity_in_queries);
    tcase_add_test(t, relation_query_answers);
    tcase_add_test(t, organization_as_party);
    tcase_add_test(t, membership_left);
    tcase_add_test(t, places_and_names);
    tcase_add_test(t, all_errors_in_one_run);
    tcase_add_test(t, version1_records);
    tcase_add_test(t, json_export);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *r = srunner_create(suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
