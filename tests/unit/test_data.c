/* test_data.c — facts of the bundled data set, asserted through the library. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static dg_model *M;

static void setup(void)
{
    M = dg_model_new(NULL);
    ck_assert_int_eq(dg_model_load_file(M, DG_SOURCE_DIR "/data/belarus.yaml"), DG_OK);
    ck_assert_int_eq(dg_model_finish(M), DG_OK);
}

static void teardown(void)
{
    dg_model_free(M);
}

static const dg_mission *mission(const char *id)
{
    uint32_t i = dg_mission_find(M, id);
    ck_assert_msg(i != DG_NONE, "no mission %s", id);
    return &M->missions[i];
}

static const char *cid(uint32_t i)
{
    return M->countries[i].id;
}

static dg_date date(const char *s)
{
    dg_date d;
    ck_assert_int_eq(dg_date_parse(s, strlen(s), &d), DG_DATE_OK);
    return d;
}

static void assert_date(const dg_date *d, const char *want)
{
    char buf[16];
    dg_date_format(d, buf, sizeof buf);
    ck_assert_str_eq(buf, want);
}

START_TEST(strict_clean)
{
    ck_assert_uint_eq(dg_model_error_count(M), 0);
    ck_assert_uint_eq(dg_model_warning_count(M), 0);
    ck_assert_str_eq(M->title, "Foreign relations of Belarus");
    ck_assert_str_eq(cid(M->focus), "BY");
    ck_assert_uint_eq(M->n_sources, 5);
    ck_assert_uint_ge(M->n_relations, 50);
}
END_TEST

START_TEST(netherlands_through_warsaw)
{
    const dg_mission *m = mission("nl-embassy-warsaw");
    ck_assert_str_eq(dg_ref_id(M, m->of), "NL");
    ck_assert_int_eq(m->kind, DG_MK_EMBASSY);
    ck_assert_str_eq(m->city, "Warsaw");
    ck_assert_str_eq(cid(m->in), "PL");
    ck_assert_uint_eq(m->n_accredited, 1);
    ck_assert_str_eq(cid(m->accredited[0].to), "BY");
}
END_TEST

START_TEST(represent_netherlands_in_belarus)
{
    size_t n;
    dg_rep_entry *r = dg_represent(M, dg_country_find(M, "NL"), dg_country_find(M, "BY"), NULL, &n);
    /* an honorary consulate in Minsk (resident), then the Warsaw embassy */
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(r[0].mission->id, "nl-honorary-consulate-minsk");
    ck_assert(r[0].resident);
    ck_assert_str_eq(r[1].mission->id, "nl-embassy-warsaw");
    ck_assert(!r[1].resident);
    free(r);
}
END_TEST

START_TEST(switzerland_since_1992)
{
    const dg_mission *m = mission("ch-embassy-warsaw");
    ck_assert_uint_eq(m->n_accredited, 1);
    ck_assert_str_eq(cid(m->accredited[0].to), "BY");
    assert_date(&m->accredited[0].period.start, "1992");
}
END_TEST

START_TEST(belarus_accredited_from_jakarta)
{
    const dg_mission *m = mission("by-embassy-jakarta");
    ck_assert_str_eq(cid(m->in), "ID");
    ck_assert_str_eq(cid(m->accredited[0].to), "MY");
}
END_TEST

static const dg_relation *relation(const char *a, const char *b)
{
    for (uint32_t i = 0; i < M->n_relations; i++) {
        const dg_relation *r = &M->relations[i];
        if (!strcmp(cid(r->a), a) && !strcmp(cid(r->b), b))
            return r;
    }
    ck_abort_msg("no relation %s-%s", a, b);
    return NULL;
}

START_TEST(relations_dates_and_borders)
{
    const dg_relation *tr = relation("BY", "TR");
    assert_date(&tr->recognized, "1991-12-16");
    ck_assert(relation("BY", "LV")->has_border);
    ck_assert_double_eq(relation("BY", "LV")->border_km, 171);
    ck_assert_double_eq(relation("BY", "LT")->border_km, 680);
    ck_assert_double_eq(relation("BY", "UA")->border_km, 891);
    ck_assert(!relation("BY", "TR")->has_border);
    /* Levels on a date (format 1.1): Serbia at the ambassadorial level from
     * 1996, the US at chargé d'affaires level from the 2008 expulsion. */
    dg_rel_level lv;
    dg_date d1995 = date("1995"), d1996 = date("1996");
    dg_date d2007 = date("2007"), d2009 = date("2009");
    ck_assert(dg_relation_state_at(M, relation("BY", "RS"), &d1995, NULL, &lv));
    ck_assert_int_eq(lv, DG_LEVEL_CHARGE);
    dg_relation_state_at(M, relation("BY", "RS"), &d1996, NULL, &lv);
    ck_assert_int_eq(lv, DG_LEVEL_EMBASSY);
    dg_relation_state_at(M, relation("BY", "US"), &d2007, NULL, &lv);
    ck_assert_int_eq(lv, DG_LEVEL_EMBASSY);
    ck_assert(dg_relation_state_at(M, relation("BY", "US"), &d2009, NULL, &lv));
    ck_assert_int_eq(lv, DG_LEVEL_CHARGE);
}
END_TEST

START_TEST(missions_opened_and_closed)
{
    assert_date(&mission("ee-embassy-minsk")->period.start, "2009-10-20");
    assert_date(&mission("vn-embassy-minsk")->period.start, "2003-11");
    assert_date(&mission("by-embassy-stockholm")->period.end, "2012-08");
    /* Sweden's embassy is closed to the public from 2012-08-30, not closed:
     * it still operates, and its ambassador's term ended in August 2012. */
    const dg_mission *se = mission("se-embassy-minsk");
    ck_assert(!dg_date_set(&se->period.end));
    dg_date before = date("2012-08-29"), after = date("2012-08-30");
    ck_assert_int_eq(dg_mission_status_at(M, se, &before), DG_MS_OPEN);
    ck_assert_int_eq(dg_mission_status_at(M, se, &after), DG_MS_CLOSED_TO_PUBLIC);
    ck_assert(dg_mission_operating(M, se, &after));
    dg_date sept = date("2012-09");
    ck_assert_ptr_null(dg_mission_head_at(M, se, &sept));
    dg_date d2011 = date("2011");
    const dg_head *h = dg_mission_head_at(M, se, &d2011);
    ck_assert_ptr_nonnull(h);
    ck_assert_str_eq(h->name, "Stefan Eriksson");
    ck_assert_int_eq(mission("by-embassy-office-karachi")->kind, DG_MK_EMBASSY_OFFICE);
    ck_assert_int_eq(mission("by-embassy-office-bonn")->kind, DG_MK_EMBASSY_OFFICE);
    ck_assert_int_eq(mission("by-embassy-office-almaty")->kind, DG_MK_EMBASSY_OFFICE);
}
END_TEST

/* Which organizations Belarus belonged to on a day, as "ID,ID,...". */
static void orgs_of_belarus(const char *at, char *out, size_t size)
{
    dg_date d = date(at);
    uint32_t by = dg_country_find(M, "BY");
    out[0] = '\0';
    for (uint32_t i = 0; i < M->n_orgs; i++)
        for (uint32_t j = 0; j < M->orgs[i].n_members; j++) {
            const dg_member *mb = &M->orgs[i].members[j];
            if (mb->who.kind == DG_ACTOR_COUNTRY && mb->who.index == by &&
                dg_period_holds(&mb->period, &d)) {
                strncat(out, M->orgs[i].id, size - strlen(out) - 2);
                strcat(out, ",");
            }
        }
}

START_TEST(belarus_organizations_2010)
{
    char got[1024];
    orgs_of_belarus("2010-01-01", got, sizeof got);
    /* Undated memberships ("since an unknown time") hold on any day. */
    ck_assert_str_eq(got, "BakuInitiative,CEI,CES,CIS,CSTO,CoE,EAEU,EaP,EurAsEC,IMF,NACC,"
                          "NonAligned,OSCE,PfP,UN,UnionState,WorldBank,");
    orgs_of_belarus("2012-01-01", got, sizeof got);
    ck_assert_ptr_null(strstr(got, "EaP,")); /* left on 2011-09-30 */
    orgs_of_belarus("1995-01-01", got, sizeof got);
    ck_assert_ptr_null(strstr(got, "UnionState")); /* since 1996-04-02 */
}
END_TEST

START_TEST(council_of_europe_candidate)
{
    const dg_org *coe = &M->orgs[dg_org_find(M, "CoE")];
    uint32_t by = dg_country_find(M, "BY");
    bool found = false;
    for (uint32_t j = 0; j < coe->n_members; j++)
        if (coe->members[j].who.index == by && coe->members[j].who.kind == DG_ACTOR_COUNTRY) {
            ck_assert_int_eq(coe->members[j].status, DG_MEMBER_CANDIDATE);
            found = true;
        }
    ck_assert(found);
}
END_TEST

START_TEST(events_expulsion_and_ecuador)
{
    bool expulsion = false, signed_ = false, ratified = false;
    for (uint32_t i = 0; i < M->n_events; i++) {
        const dg_event *e = &M->events[i];
        char d[16];
        dg_date_format(&e->period.start, d, sizeof d);
        if (e->kind == DG_EV_EXPULSION && !strcmp(d, "2008-03-07"))
            expulsion = true;
        if (e->kind == DG_EV_AGREEMENT && !strcmp(d, "2014-06-20"))
            signed_ = true;
        if (e->kind == DG_EV_AGREEMENT && !strcmp(d, "2014-12-29"))
            ratified = true;
        ck_assert_uint_ge(e->cite.n, 1); /* every record cites its document */
    }
    ck_assert(expulsion && signed_ && ratified);
}
END_TEST

START_TEST(every_record_cites_a_source)
{
    for (uint32_t i = 0; i < M->n_relations; i++)
        ck_assert_msg(M->relations[i].cite.n >= 1, "relation %u", i);
    for (uint32_t i = 0; i < M->n_missions; i++)
        ck_assert_msg(M->missions[i].cite.n >= 1, "mission %s", M->missions[i].id);
    for (uint32_t i = 0; i < M->n_orgs; i++)
        ck_assert_msg(M->orgs[i].cite.n >= 1, "organization %s", M->orgs[i].id);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("data");
    TCase *tc = tcase_create("belarus");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, strict_clean);
    tcase_add_test(tc, netherlands_through_warsaw);
    tcase_add_test(tc, represent_netherlands_in_belarus);
    tcase_add_test(tc, switzerland_since_1992);
    tcase_add_test(tc, belarus_accredited_from_jakarta);
    tcase_add_test(tc, relations_dates_and_borders);
    tcase_add_test(tc, missions_opened_and_closed);
    tcase_add_test(tc, belarus_organizations_2010);
    tcase_add_test(tc, council_of_europe_candidate);
    tcase_add_test(tc, events_expulsion_and_ecuador);
    tcase_add_test(tc, every_record_cites_a_source);
    suite_add_tcase(s, tc);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? 1 : 0;
}
