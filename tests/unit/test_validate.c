/* test_validate.c — every validation rule, pinned by a fixture.
 *
 * tests/fixtures/invalid/NAME.yaml starts with a comment
 *     # expect: LINE:COL: error: MESSAGE
 * which must be exactly the first diagnostic of that file, loaded alone as
 * "NAME.yaml".  tests/fixtures/valid/ files must load with no diagnostic at
 * all, and so must the bundled data set. */
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIXTURES 512

typedef struct fixture_list {
    char *names[MAX_FIXTURES];
    int n;
} fixture_list;

static fixture_list invalid, valid;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.yaml files of a fixture folder, sorted. */
static void list_fixtures(const char *dir, fixture_list *out)
{
    DIR *d = opendir(tu_path(dir));
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && out->n < MAX_FIXTURES) {
        size_t n = strlen(e->d_name);
        if (n > 5 && strcmp(e->d_name + n - 5, ".yaml") == 0)
            out->names[out->n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(out->names, (size_t)out->n, sizeof *out->names, name_cmp);
}

/* Load one fixture file under the name shown in its expectation. */
static dg_model *load_fixture(const char *dir, const char *name, char **text)
{
    char rel[512];
    snprintf(rel, sizeof rel, "%s/%s", dir, name);
    size_t len;
    *text = tu_read(rel, &len);
    ck_assert_msg(*text != NULL, "cannot read %s", rel);
    dg_model *m = dg_model_new(NULL);
    ck_assert_ptr_nonnull(m);
    dg_model_load_buffer(m, name, *text, len);
    dg_model_finish(m);
    return m;
}

START_TEST(invalid_fixture)
{
    const char *name = invalid.names[_i];
    char *text;
    dg_model *m = load_fixture("fixtures/invalid", name, &text);
    const char *prefix = "# expect: ";
    ck_assert_msg(strncmp(text, prefix, strlen(prefix)) == 0,
                  "%s: the first line must be '# expect: LINE:COL: error: MESSAGE'", name);
    const char *exp = text + strlen(prefix);
    size_t exp_len = strcspn(exp, "\r\n");
    char want[1200];
    snprintf(want, sizeof want, "%s:%.*s", name, (int)exp_len, exp);
    ck_assert_str_eq(tu_first_diag(m), want);
    /* An error makes the data set fail; a warning alone does not. */
    bool warning = strstr(want, ": warning: ") != NULL;
    if (warning) {
        ck_assert_uint_eq(dg_model_error_count(m), 0);
        ck_assert_uint_ge(dg_model_warning_count(m), 1);
        ck_assert_int_eq(dg_model_finish(m), DG_OK);
    } else {
        ck_assert_uint_ge(dg_model_error_count(m), 1);
        ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    }
    dg_model_free(m);
    free(text);
}
END_TEST

START_TEST(valid_fixture)
{
    const char *name = valid.names[_i];
    char *text;
    dg_model *m = load_fixture("fixtures/valid", name, &text);
    ck_assert_msg(dg_model_diag_count(m) == 0, "%s: unexpected %s", name, tu_first_diag(m));
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    dg_model_free(m);
    free(text);
}
END_TEST

START_TEST(enough_fixtures)
{
    ck_assert_int_ge(invalid.n, 40);
    ck_assert_int_ge(valid.n, 4);
}
END_TEST

START_TEST(bundled_data_set)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/data/belarus.yaml", DG_SOURCE_DIR);
    dg_model *m = tu_load_files((const char *const[]){path}, 1);
    ck_assert_msg(dg_model_diag_count(m) == 0, "bundled data: %s", tu_first_diag(m));
    ck_assert_uint_ne(m->focus, DG_NONE);
    ck_assert_str_eq(m->countries[m->focus].id, "BY");
    ck_assert_uint_gt(m->n_missions, 50);
    ck_assert_uint_gt(m->n_relations, 20);
    dg_model_free(m);
}
END_TEST

static const dg_country *country(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "country %s not found", id);
    return &m->countries[i];
}

/* The full fixture's values arrive in the model as written. */
START_TEST(full_fixture_values)
{
    char *text;
    dg_model *m = load_fixture("fixtures/valid", "full.yaml", &text);
    ck_assert_str_eq(m->title, "Every feature of format v1");
    ck_assert_str_eq(m->countries[m->focus].id, "BY");
    ck_assert_str_eq(country(m, "NO")->name, "Norway");
    ck_assert_str_eq(country(m, "XK")->name, "Kosovo");
    ck_assert(!country(m, "XK")->iso);
    ck_assert(country(m, "SU")->former);
    ck_assert_str_eq(country(m, "BSSR")->capital, "Minsk");
    ck_assert_str_eq(country(m, "Terra.Nova_2-b")->name, "Terra Nova (fictional)");
    ck_assert_uint_eq(country(m, "BSSR")->cite.n, 2);
    uint32_t un = dg_org_find(m, "UN");
    ck_assert_uint_ne(un, DG_NONE);
    ck_assert_int_eq(m->orgs[un].kind, DG_ORG_INTERGOVERNMENTAL);
    ck_assert_str_eq(m->orgs[un].url, "https://www.un.org/");
    ck_assert_uint_eq(m->orgs[un].n_members, 8);
    uint32_t blank = dg_org_find(m, "BLANK");
    ck_assert_str_eq(m->orgs[blank].name, "BLANK"); /* name defaults to the id */
    uint32_t cis = dg_org_find(m, "CIS");
    int seen_status[DG_MEMBER_STATUS_COUNT] = {0};
    for (uint32_t i = 0; i < m->orgs[cis].n_members; i++)
        seen_status[m->orgs[cis].members[i].status]++;
    for (int s = 0; s < DG_MEMBER_STATUS_COUNT; s++)
        ck_assert_msg(seen_status[s] > 0, "member status %d missing", s);
    uint32_t nl = dg_mission_find(m, "nl-warsaw");
    ck_assert_uint_ne(nl, DG_NONE);
    ck_assert_uint_eq(m->missions[nl].n_accredited, 3);
    ck_assert_str_eq(m->countries[m->missions[nl].accredited[0].to].id, "BY");
    /* Auto ids: OF-KIND-CITY slugged (UTF-8 kept), OF-KIND-IN without a city. */
    ck_assert_uint_ne(dg_mission_find(m, "by-consulate-general-białystok"), DG_NONE);
    ck_assert_uint_ne(dg_mission_find(m, "by-liaison-office-tw"), DG_NONE);
    ck_assert_uint_ne(dg_mission_find(m, "by-permanent-mission-new-york"), DG_NONE);
    int kinds[DG_MISSION_KIND_COUNT] = {0};
    for (uint32_t i = 0; i < m->n_missions; i++)
        kinds[m->missions[i].kind]++;
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        ck_assert_msg(kinds[k] > 0, "mission kind %s missing", dg_mission_kind_name(k));
    int ev[DG_EVENT_KIND_COUNT] = {0};
    for (uint32_t i = 0; i < m->n_events; i++)
        ev[m->events[i].kind]++;
    for (int k = 0; k < DG_EVENT_KIND_COUNT; k++)
        ck_assert_msg(ev[k] > 0, "event kind %s missing", dg_event_kind_name(k));
    int rs[DG_REL_STATUS_COUNT] = {0}, borders = 0;
    for (uint32_t i = 0; i < m->n_relations; i++) {
        rs[m->relations[i].status]++;
        borders += m->relations[i].has_border;
    }
    for (int k = 0; k < DG_REL_STATUS_COUNT; k++)
        ck_assert_msg(rs[k] > 0, "relation status %s missing", dg_rel_status_name(k));
    ck_assert_int_eq(borders, 2);
    dg_model_free(m);
    free(text);
}
END_TEST

/* Every problem is reported, not just the first. */
START_TEST(all_problems_reported)
{
    dg_model *m = tu_load_str("countries:\n"
                              "  BY: {capitol: Minsk}\n"
                              "  XK: {capital: Pristina}\n"
                              "relations:\n"
                              "  - {between: [BY, UK], established: 1992-02-30}\n"
                              "events:\n"
                              "  - {date: 2000, kind: vist, title: T, actors: [BY]}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 5);
    ck_assert_uint_eq(dg_model_diag_count(m), 5);
    static const char *const want[] = {
        "2:8: error: unknown key 'capitol' (did you mean 'capital'?)",
        "3:3: error: country 'XK' is not an ISO 3166 code, so it needs a name",
        "5:20: error: unknown country 'UK' (a name, not an id: did you mean 'GB' (United Kingdom)?)",
        "5:38: error: date '1992-02-30' does not exist",
        "7:24: error: unknown event kind 'vist' (did you mean 'visit'?)",
    };
    for (size_t i = 0; i < 5; i++) {
        const dg_diag *d = dg_model_diag(m, i);
        char got[1100];
        snprintf(got, sizeof got, "%u:%u: %s: %s", d->pos.line, d->pos.col,
                 d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg);
        ck_assert_str_eq(got, want[i]);
        ck_assert_str_eq(d->pos.file, "t.yaml");
    }
    dg_model_free(m);
}
END_TEST

/* A model with errors is still safe to inspect and free. */
START_TEST(nothing_half_built)
{
    dg_model *m = tu_load_str("missions:\n  - {of: ZZ, kind: embassy, in: PL, accredited: [QQ]}\n"
                              "events:\n  - {date: 2000, kind: visit, title: T, actors: [QQ]}\n");
    ck_assert_uint_ge(dg_model_error_count(m), 3);
    for (uint32_t i = 0; i < m->n_missions; i++)
        ck_assert_uint_lt(m->missions[i].in, m->n_countries);
    for (uint32_t i = 0; i < m->n_events; i++)
        ck_assert_uint_gt(m->events[i].n_actors, 0);
    dg_model_free(m);
}
END_TEST

/* The public arrays are sorted, whatever the input order: relations by
 * country pair, missions by id (strcmp order, also past the 16 bytes the
 * sort keys hold), events by date (precision and qualifiers break ties of
 * the first day), then end, kind, title. */
START_TEST(model_order)
{
    dg_model *m = tu_load_str(
        "relations:\n"
        "  - {between: [PL, BY]}\n"
        "  - {between: [DE, PL]}\n"
        "  - {between: [BY, DE]}\n"
        "missions:\n"
        "  - {id: embassy-of-the-republic-b, of: PL, kind: embassy, in: BY}\n"
        "  - {id: embassy-of-the-republic-a, of: PL, kind: embassy, in: DE}\n"
        "  - {id: embassy-of-the-republic, of: BY, kind: embassy, in: DE}\n"
        "  - {id: embassy-of-the-rep, of: DE, kind: embassy, in: BY}\n"
        "  - {id: embassy-of-the-Republic, of: DE, kind: embassy, in: PL}\n"
        "events:\n"
        "  - {date: 1990-01-01, kind: visit, title: B, actors: [BY]}\n"
        "  - {date: 1990-01-01, kind: visit, title: A, actors: [BY]}\n"
        "  - {date: 1990-01-01?, kind: visit, title: A, actors: [BY]}\n"
        "  - {date: 1990, kind: visit, title: Z, actors: [BY]}\n"
        "  - {date: 1990-01-01, until: 1991, kind: visit, title: A, actors: [BY]}\n"
        "  - {date: 1990-01-01, kind: meeting, title: Z, actors: [BY]}\n"
        "  - {date: 1989-12-31, kind: visit, title: Z, actors: [BY]}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    static const char *const rel[] = {"BY-DE", "BY-PL", "DE-PL"};
    ck_assert_uint_eq(m->n_relations, 3);
    for (uint32_t i = 0; i < 3; i++) {
        char got[8];
        snprintf(got, sizeof got, "%s-%s", m->countries[m->relations[i].a].id,
                 m->countries[m->relations[i].b].id);
        ck_assert_str_eq(got, rel[i]);
    }
    static const char *const ids[] = {"embassy-of-the-Republic", "embassy-of-the-rep",
                                      "embassy-of-the-republic", "embassy-of-the-republic-a",
                                      "embassy-of-the-republic-b"};
    ck_assert_uint_eq(m->n_missions, 5);
    for (uint32_t i = 0; i < 5; i++)
        ck_assert_str_eq(m->missions[i].id, ids[i]);
    /* 1989-12-31; then the first day 1990-01-01: year precision, day,
     * day with '?'; among equal starts no end before an end, then by kind
     * (visit before meeting, as format-v1 lists them), then by title. */
    static const char *const ev[] = {"Z 1989-12-31", "Z 1990",       "A 1990-01-01",
                                     "B 1990-01-01", "Z 1990-01-01", "A 1990-01-01",
                                     "A 1990-01-01?"};
    ck_assert_uint_eq(m->n_events, 7);
    for (uint32_t i = 0; i < 7; i++) {
        char date[16], got[32];
        dg_date_format(&m->events[i].period.start, date, sizeof date);
        snprintf(got, sizeof got, "%s %s", m->events[i].title, date);
        ck_assert_str_eq(got, ev[i]);
    }
    ck_assert_int_eq(m->events[4].kind, DG_EV_MEETING);
    ck_assert(dg_date_set(&m->events[5].period.end));
    dg_model_free(m);
}
END_TEST

static Suite *validate_suite(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("fixtures");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, enough_fixtures);
    tcase_add_loop_test(tc, invalid_fixture, 0, invalid.n);
    tcase_add_loop_test(tc, valid_fixture, 0, valid.n);
    tcase_add_test(tc, bundled_data_set);
    tcase_add_test(tc, full_fixture_values);
    suite_add_tcase(s, tc);
    TCase *tr = tcase_create("rules");
    tcase_add_test(tr, all_problems_reported);
    tcase_add_test(tr, nothing_half_built);
    tcase_add_test(tr, model_order);
    suite_add_tcase(s, tr);
    return s;
}

int main(void)
{
    list_fixtures("fixtures/invalid", &invalid);
    list_fixtures("fixtures/valid", &valid);
    SRunner *sr = srunner_create(validate_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    for (int i = 0; i < invalid.n; i++)
        free(invalid.names[i]);
    for (int i = 0; i < valid.n; i++)
        free(valid.names[i]);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
