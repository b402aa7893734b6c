/* test_merge.c — several files make one data set: references across
 * files, the same id defined in two files, title/focus agreement, and
 * diagnostics sorted by file (in load order), then line and column. */
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* Load fixtures/merge/NAME for each name, shown under its bare name. */
static dg_model *load_merge(const char *const *names, size_t n)
{
    dg_model *m = dg_model_new(NULL);
    ck_assert_ptr_nonnull(m);
    for (size_t i = 0; i < n; i++) {
        char rel[256];
        snprintf(rel, sizeof rel, "fixtures/merge/%s", names[i]);
        size_t len;
        char *text = tu_read(rel, &len);
        ck_assert_msg(text != NULL, "cannot read %s", rel);
        dg_model_load_buffer(m, names[i], text, len);
        free(text);
    }
    dg_model_finish(m);
    return m;
}
#define LOAD(...) load_merge((const char *const[]){__VA_ARGS__}, \
                             sizeof (const char *const[]){__VA_ARGS__} / sizeof(const char *))

/* All diagnostics as "FILE:LINE:COL: SEV: MSG\n" lines. */
static char *all_diags(const dg_model *m)
{
    dg_buf b = {0};
    for (size_t i = 0; i < dg_model_diag_count(m); i++) {
        const dg_diag *d = dg_model_diag(m, i);
        ck_assert(dg_buf_printf(&b, "%s:%u:%u: %s: %s\n", d->pos.file, d->pos.line, d->pos.col,
                                d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg));
    }
    ck_assert(dg_buf_append(&b, "", 1));
    return b.data;
}

START_TEST(references_across_files)
{
    dg_model *m = LOAD("base.yaml", "refs.yaml");
    ck_assert_str_eq(tu_first_diag(m), "");
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    ck_assert_str_eq(m->title, "Merged data set");
    ck_assert_str_eq(m->countries[m->focus].id, "BY");
    uint32_t osce = dg_org_find(m, "OSCE"), cis = dg_org_find(m, "CIS");
    ck_assert_uint_ne(osce, DG_NONE);
    ck_assert_uint_ne(cis, DG_NONE);
    ck_assert_uint_eq(m->orgs[osce].n_members, 2);
    ck_assert_uint_eq(m->n_relations, 1);
    ck_assert_str_eq(m->countries[m->relations[0].a].id, "BSSR");
    ck_assert_uint_eq(m->relations[0].cite.n, 1);
    ck_assert_str_eq(m->sources[m->relations[0].cite.idx[0]].id, "wp");
    uint32_t del = dg_mission_find(m, "by-delegation-moscow");
    ck_assert_uint_ne(del, DG_NONE);
    ck_assert_uint_eq(m->missions[del].to, cis);
    /* Positions keep their file. */
    ck_assert_str_eq(m->orgs[cis].pos.file, "base.yaml");
    ck_assert_str_eq(m->orgs[osce].pos.file, "refs.yaml");
    dg_model_free(m);
}
END_TEST

START_TEST(load_order_does_not_matter)
{
    /* A reference may come before its definition, in an earlier file. */
    dg_model *a = LOAD("base.yaml", "refs.yaml"), *b = LOAD("refs.yaml", "base.yaml");
    ck_assert_str_eq(tu_first_diag(b), "");
    ck_assert_uint_eq(a->n_countries, b->n_countries);
    for (uint32_t i = 0; i < a->n_countries; i++)
        ck_assert_str_eq(a->countries[i].id, b->countries[i].id);
    ck_assert_uint_eq(a->n_missions, b->n_missions);
    for (uint32_t i = 0; i < a->n_missions; i++)
        ck_assert_str_eq(a->missions[i].id, b->missions[i].id);
    ck_assert_uint_eq(a->n_memberships, b->n_memberships);
    ck_assert_uint_eq(a->n_events, b->n_events);
    dg_model_free(a);
    dg_model_free(b);
}
END_TEST

START_TEST(refs_alone_fail)
{
    dg_model *m = LOAD("refs.yaml");
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    ck_assert_str_eq(tu_first_diag(m),
                     "refs.yaml:7:7: error: unknown country or organization 'BSSR'");
    dg_model_free(m);
}
END_TEST

START_TEST(defined_in_two_files)
{
    dg_model *m = LOAD("base.yaml", "dup.yaml");
    char *got = all_diags(m);
    ck_assert_str_eq(got,
                     "dup.yaml:3:3: error: source 'wp' is defined twice (first at base.yaml:6:3)\n"
                     "dup.yaml:5:3: error: country 'BSSR' is defined twice (first at base.yaml:8:3)\n"
                     "dup.yaml:7:3: error: country 'BY' is defined twice (first at dup.yaml:6:3)\n"
                     "dup.yaml:9:3: error: organization 'CIS' is defined twice (first at base.yaml:10:3)\n");
    free(got);
    /* The later file is the one blamed, whichever order they come in. */
    m = (dg_model_free(m), LOAD("dup.yaml", "base.yaml"));
    got = all_diags(m);
    ck_assert(strstr(got, "base.yaml:6:3: error: source 'wp' is defined twice (first at dup.yaml:3:3)\n"));
    ck_assert(strstr(got, "base.yaml:10:3: error: organization 'CIS' is defined twice (first at dup.yaml:9:3)\n"));
    free(got);
    dg_model_free(m);
}
END_TEST

START_TEST(title_and_focus_agree)
{
    dg_model *m = LOAD("base.yaml", "conflict.yaml");
    char *got = all_diags(m);
    ck_assert_str_eq(got,
                     "conflict.yaml:1:8: error: title given again with another value (first at base.yaml:3:8)\n"
                     "conflict.yaml:2:8: error: focus given again with another value (first at base.yaml:4:8)\n");
    free(got);
    dg_model_free(m);
    /* The same title twice is fine (refs.yaml repeats it). */
    m = LOAD("refs.yaml", "base.yaml");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_model_free(m);
}
END_TEST

START_TEST(same_pair_in_two_files)
{
    dg_model *m = LOAD("base.yaml", "refs.yaml", "pair.yaml");
    ck_assert_str_eq(tu_first_diag(m), "pair.yaml:2:14: error: relations between BSSR and PL are "
                                       "given twice (first at refs.yaml:9:14)");
    ck_assert_uint_eq(dg_model_error_count(m), 1);
    dg_model_free(m);
}
END_TEST

START_TEST(sorted_by_file_in_load_order)
{
    /* errs_b.yaml is loaded first: its messages come first, although its
     * name sorts later and its lines are not all smaller. */
    dg_model *m = LOAD("errs_b.yaml", "errs_a.yaml");
    char *got = all_diags(m);
    ck_assert_str_eq(got,
                     "errs_b.yaml:2:24: error: unknown event kind 'vist' (did you mean 'visit'?)\n"
                     "errs_b.yaml:4:3: error: country 'XB' is not an ISO 3166 code, so it needs a name\n"
                     "errs_a.yaml:2:3: error: country 'XA' is not an ISO 3166 code, so it needs a name\n"
                     "errs_a.yaml:4:19: error: unknown country 'UK' (a name, not an id: did you mean 'GB' "
                     "(United Kingdom)?)\n"
                     "errs_a.yaml:6:12: error: date '1992-02-30' does not exist\n");
    free(got);
    dg_model_free(m);
    m = LOAD("errs_a.yaml", "errs_b.yaml");
    ck_assert_str_eq(tu_first_diag(m), "errs_a.yaml:2:3: error: country 'XA' is not an ISO 3166 "
                                       "code, so it needs a name");
    ck_assert_str_eq(dg_model_diag(m, 3)->pos.file, "errs_b.yaml");
    ck_assert_uint_eq(dg_model_diag(m, 3)->pos.line, 2);
    dg_model_free(m);
}
END_TEST

/* The working state of loading is freed by dg_model_finish: loading
 * afterwards is refused, not a crash. */
START_TEST(load_after_finish)
{
    dg_model *m = LOAD("base.yaml");
    size_t diags = dg_model_diag_count(m);
    const char *more = "relations:\n  - between: [BY, PL]\n";
    ck_assert_int_eq(dg_model_load_buffer(m, "more.yaml", more, strlen(more)), DG_EUSAGE);
    ck_assert_int_eq(dg_model_load_file(m, tu_path("fixtures/merge/base.yaml")), DG_EUSAGE);
    ck_assert_uint_eq(dg_model_diag_count(m), diags);
    dg_model_free(m);
}
END_TEST

START_TEST(same_file_twice)
{
    /* Loading one file twice defines everything twice: an error, not a
     * silent merge. */
    dg_model *m = LOAD("base.yaml", "base.yaml");
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    ck_assert(strstr(tu_first_diag(m), "is defined twice (first at base.yaml:"));
    dg_model_free(m);
}
END_TEST

START_TEST(files_on_disk)
{
    /* dg_model_load_file shows the path it was given. */
    const char *paths[] = {"fixtures/merge/base.yaml", "fixtures/merge/dup.yaml"};
    dg_model *m = tu_load_files(paths, 2);
    const dg_diag *d = dg_model_diag(m, 0);
    ck_assert_ptr_nonnull(d);
    ck_assert_str_eq(d->pos.file, tu_path("fixtures/merge/dup.yaml"));
    char first[4200];
    snprintf(first, sizeof first, "(first at %s:6:3)", tu_path("fixtures/merge/base.yaml"));
    ck_assert(strstr(d->msg, first));
    dg_model_free(m);
    /* A missing file is an error without a position, and loading goes on. */
    m = dg_model_new(NULL);
    ck_assert_int_eq(dg_model_load_file(m, tu_path("fixtures/merge/no-such-file.yaml")), DG_EDATA);
    ck_assert_int_eq(dg_model_load_file(m, tu_path("fixtures/merge/base.yaml")), DG_OK);
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    ck_assert_uint_eq(dg_model_error_count(m), 1);
    ck_assert(strstr(dg_model_diag(m, 0)->msg, "no-such-file.yaml"));
    ck_assert_uint_eq(m->n_orgs, 1);
    dg_model_free(m);
}
END_TEST

static Suite *merge_suite(void)
{
    Suite *s = suite_create("merge");
    TCase *tc = tcase_create("merge");
    tcase_add_test(tc, references_across_files);
    tcase_add_test(tc, load_order_does_not_matter);
    tcase_add_test(tc, refs_alone_fail);
    tcase_add_test(tc, defined_in_two_files);
    tcase_add_test(tc, title_and_focus_agree);
    tcase_add_test(tc, same_pair_in_two_files);
    tcase_add_test(tc, sorted_by_file_in_load_order);
    tcase_add_test(tc, same_file_twice);
    tcase_add_test(tc, load_after_finish);
    tcase_add_test(tc, files_on_disk);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(merge_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
