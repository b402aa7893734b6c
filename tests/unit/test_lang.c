/* test_lang.c — names in the model (styles, a name the data set gives,
 * other languages, organizations and places), dipgraph's own words from
 * its catalogs (po/, compiled into the build tree), plural forms, which
 * language a lang value comes out in, and the hints for a country's name
 * typed where an id belongs.
 *
 * The tests run from the build tree: the library finds the catalogs
 * there (DG_TR_BUILD_LOCALE_DIR).  Country names in Russian need
 * iso-codes' catalogs, which CI installs. */
#include "testutil.h"
#include "names.h"
#include "names_model.h"
#include "tr.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *name_of(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "%s not in the model", id);
    return m->countries[i].name;
}

static const char names_yaml[] =
    "dipgraph: 1.1\n"
    "countries:\n"
    "  TW: {name: Taiwan (Republic of China)}\n"
    "  RS: {names: {ru: Республика Сербия}}\n"
    "organizations:\n"
    "  CSTO: {name: Collective Security Treaty Organization, names: {ru: ОДКБ}}\n"
    "  EAEU: {name: Eurasian Economic Union}\n"
    "places:\n"
    "  Minsk: {country: BY, names: {ru: Минск, be: Мінск}}\n"
    "relations:\n"
    "  - between: [BY, KR]\n"
    "  - between: [BY, TW]\n"
    "  - between: [BY, RS]\n"
    "  - between: [BY, MD]\n"
    "  - between: [BY, SU]\n"
    "missions:\n"
    "  - {of: KR, kind: embassy, in: BY, city: Minsk}\n";

/* ---- names in the model ---- */

START_TEST(common_names_by_default)
{
    dg_model *m = tu_load_str(names_yaml);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    ck_assert_str_eq(name_of(m, "KR"), "South Korea");
    ck_assert_str_eq(name_of(m, "MD"), "Moldova");
    ck_assert_str_eq(name_of(m, "SU"), "Soviet Union");
    ck_assert_str_eq(name_of(m, "TW"), "Taiwan (Republic of China)"); /* the data set's */
    ck_assert_str_eq(name_of(m, "RS"), "Serbia"); /* names: in Russian only */
    ck_assert_str_eq(m->orgs[dg_org_find(m, "CSTO")].name, "Collective Security Treaty Organization");
    ck_assert_str_eq(dg_city_name(m, "Minsk"), "Minsk");
    dg_model_free(m);
}
END_TEST

START_TEST(styles)
{
    dg_model *m = tu_load_str(names_yaml);
    ck_assert_int_eq(dg_model_set_names(m, DG_NAMES_ISO, NULL), DG_OK);
    ck_assert_str_eq(name_of(m, "KR"), "Korea, Republic of");
    ck_assert_str_eq(name_of(m, "MD"), "Moldova, Republic of");
    ck_assert_str_eq(name_of(m, "TW"), "Taiwan (Republic of China)");
    ck_assert_int_eq(dg_model_set_names(m, DG_NAMES_OFFICIAL, "en"), DG_OK);
    ck_assert_str_eq(name_of(m, "MD"), "Republic of Moldova");
    ck_assert_str_eq(name_of(m, "KR"), "Korea, Republic of"); /* no official_name */
    ck_assert_int_eq(dg_model_set_names(m, DG_NAMES_COMMON, "C"), DG_OK);
    ck_assert_str_eq(name_of(m, "KR"), "South Korea");
    ck_assert_int_eq(dg_model_set_names(m, (dg_name_style)7, NULL), DG_EUSAGE);
    ck_assert_str_eq(name_of(m, "KR"), "South Korea");
    dg_model_free(m);
}
END_TEST

START_TEST(names_set_before_finish)
{
    dg_model *m = dg_model_new(NULL);
    ck_assert_int_eq(dg_model_set_names(m, DG_NAMES_ISO, NULL), DG_OK);
    dg_model_load_buffer(m, "t.yaml", names_yaml, strlen(names_yaml));
    ck_assert_int_eq(dg_model_finish(m), DG_OK);
    ck_assert_str_eq(name_of(m, "KR"), "Korea, Republic of");
    dg_model_free(m);
}
END_TEST

START_TEST(names_in_russian)
{
    if (!tu_have_iso_catalogs("names_in_russian"))
        return;
    dg_model *m = tu_load_str(names_yaml);
    dg_model_set_names(m, DG_NAMES_COMMON, "ru_RU.UTF-8");
    ck_assert_str_eq(name_of(m, "KR"), "Южная Корея");
    ck_assert_str_eq(name_of(m, "BY"), "Беларусь");
    ck_assert_str_eq(name_of(m, "RS"), "Республика Сербия"); /* the data set's names: */
    ck_assert_str_eq(name_of(m, "TW"), "Тайвань");            /* a translation beats `name:` */
    ck_assert_str_eq(m->orgs[dg_org_find(m, "CSTO")].name, "ОДКБ");
    ck_assert_str_eq(m->orgs[dg_org_find(m, "EAEU")].name, "Eurasian Economic Union");
    ck_assert_str_eq(dg_city_name(m, "Minsk"), "Минск");
    ck_assert_str_eq(dg_city_name(m, "Vilnius"), "Vilnius");
    ck_assert_str_eq(dg_model_lang(m), "ru_RU.UTF-8");
    dg_model_set_names(m, DG_NAMES_COMMON, "be");
    ck_assert_str_eq(dg_city_name(m, "Minsk"), "Мінск");
    ck_assert_str_eq(name_of(m, "KR"), "Паўднёвая Карэя");
    /* Back to English: everything as it was. */
    dg_model_set_names(m, DG_NAMES_COMMON, NULL);
    ck_assert_str_eq(name_of(m, "KR"), "South Korea");
    ck_assert_str_eq(name_of(m, "TW"), "Taiwan (Republic of China)");
    ck_assert_str_eq(m->orgs[dg_org_find(m, "CSTO")].name, "Collective Security Treaty Organization");
    ck_assert_str_eq(dg_city_name(m, "Minsk"), "Minsk");
    dg_model_free(m);
}
END_TEST

/* A name the model hands out stays valid when the names change again,
 * and when the name index is reset (the model keeps copies). */
START_TEST(names_outlive_changes)
{
    if (!tu_have_iso_catalogs("names_outlive_changes"))
        return;
    dg_model *m = tu_load_str(names_yaml);
    dg_model_set_names(m, DG_NAMES_COMMON, "ru");
    const char *kr = name_of(m, "KR");
    dg_names_reset();
    dg_model_set_names(m, DG_NAMES_ISO, NULL);
    ck_assert_str_eq(kr, "Южная Корея");
    dg_model_free(m);
}
END_TEST

/* ---- languages ---- */

START_TEST(which_language)
{
    ck_assert_ptr_null(dg_lang_resolve(NULL));
    ck_assert_ptr_null(dg_lang_resolve(""));
    ck_assert_ptr_null(dg_lang_resolve("C"));
    ck_assert_ptr_null(dg_lang_resolve("POSIX"));
    ck_assert_ptr_null(dg_lang_resolve("C.UTF-8"));
    ck_assert_ptr_null(dg_lang_resolve("en_GB.UTF-8"));
    ck_assert_ptr_null(dg_lang_resolve("en:ru")); /* English comes first */
    ck_assert_str_eq(dg_lang_resolve("ru"), "ru");
    ck_assert_str_eq(dg_lang_resolve("ru_RU.UTF-8"), "ru_RU.UTF-8");
    ck_assert_str_eq(dg_lang_resolve("xx:be:ru"), "be"); /* the first with translations */
    ck_assert_ptr_null(dg_lang_resolve("xx"));
    ck_assert(dg_lang_syntax_ok("ru"));
    ck_assert(dg_lang_syntax_ok("pt_BR.UTF-8"));
    ck_assert(dg_lang_syntax_ok("sr@latin"));
    ck_assert(dg_lang_syntax_ok("be:ru"));
    ck_assert(dg_lang_syntax_ok("C"));
    ck_assert(!dg_lang_syntax_ok("russian"));
    ck_assert(!dg_lang_syntax_ok("ru::be"));
    ck_assert(!dg_lang_syntax_ok(""));
    ck_assert(!dg_lang_syntax_ok("r"));
    ck_assert(dg_tr_lang_known("ru"));
    ck_assert(dg_tr_lang_known("be_BY.UTF-8"));
    ck_assert(dg_tr_lang_known("en"));
}
END_TEST

START_TEST(own_words)
{
    ck_assert_str_eq(dg_tr("ru", "Timeline"), "Хронология");
    ck_assert_str_eq(dg_tr("be", "Timeline"), "Храналогія");
    ck_assert_str_eq(dg_tr("ru_RU.UTF-8", "Sources:"), "Источники:");
    ck_assert_str_eq(dg_tr("en", "Timeline"), "Timeline");
    ck_assert_str_eq(dg_tr(NULL, "Timeline"), "Timeline");
    ck_assert_str_eq(dg_tr("ru", "no such message"), "no such message");
    /* One English word, two Russian ones. */
    ck_assert_str_eq(dg_trc("ru", "timeline legend", "suspended"), "приостановлены");
    ck_assert_str_eq(dg_trc("ru", "timeline legend, membership", "suspended"),
                     "членство приостановлено");
    ck_assert_str_eq(dg_trc("ru", "month", "May"), "май");
    ck_assert_str_eq(dg_trc("en", "month", "May"), "May");
    ck_assert_str_eq(dg_trc("ru", "no such context", "May"), "May");
}
END_TEST

START_TEST(plural_forms)
{
    static const struct {
        unsigned long n;
        const char *ru, *be;
    } cases[] = {{1, "%zu город", "%zu горад"},    {2, "%zu города", "%zu гарады"},
                 {4, "%zu города", "%zu гарады"},  {5, "%zu городов", "%zu гарадоў"},
                 {11, "%zu городов", "%zu гарадоў"}, {12, "%zu городов", "%zu гарадоў"},
                 {21, "%zu город", "%zu горад"},   {22, "%zu города", "%zu гарады"},
                 {0, "%zu городов", "%zu гарадоў"}, {111, "%zu городов", "%zu гарадоў"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_str_eq(dg_trn("ru", "%zu city", "%zu cities", cases[i].n), cases[i].ru);
        ck_assert_str_eq(dg_trn("be", "%zu city", "%zu cities", cases[i].n), cases[i].be);
    }
    ck_assert_str_eq(dg_trn(NULL, "%zu city", "%zu cities", 1), "%zu city");
    ck_assert_str_eq(dg_trn("en", "%zu city", "%zu cities", 2), "%zu cities");
    ck_assert_str_eq(dg_trn("ru", "%zu unknown", "%zu unknowns", 1), "%zu unknown");
}
END_TEST

START_TEST(plural_expressions)
{
    unsigned long k;
    const char *ru = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
                     "n%100>=20) ? 1 : 2);";
    ck_assert(dg_plural_eval(ru, 21, &k) && k == 0);
    ck_assert(dg_plural_eval(ru, 3, &k) && k == 1);
    ck_assert(dg_plural_eval(ru, 13, &k) && k == 2);
    ck_assert(dg_plural_eval("n != 1", 1, &k) && k == 0);
    ck_assert(dg_plural_eval("n != 1", 7, &k) && k == 1);
    ck_assert(dg_plural_eval("0", 7, &k) && k == 0);
    ck_assert(dg_plural_eval("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : 4",
                             105, &k) && k == 3);
    ck_assert(dg_plural_eval("!(n > 1)", 1, &k) && k == 1);
    ck_assert(dg_plural_eval("(n+1)*2-4/2", 3, &k) && k == 6);
    /* Not expressions: never used. */
    ck_assert(!dg_plural_eval("n %", 1, &k));
    ck_assert(!dg_plural_eval("n / 0", 1, &k));
    ck_assert(!dg_plural_eval("n ? 1", 1, &k));
    ck_assert(!dg_plural_eval("m", 1, &k));
    ck_assert(!dg_plural_eval("n) (", 1, &k));
    ck_assert(!dg_plural_eval(NULL, 1, &k));
    char deep[400];
    memset(deep, '(', 200);
    strcpy(deep + 200, "n");
    ck_assert(!dg_plural_eval(deep, 1, &k)); /* nesting is bounded */
}
END_TEST

/* Every word of the format's vocabularies has a translation in both
 * languages the project ships, and every message of the timeline and the
 * answers has a Russian one that keeps the msgid's directives. */
START_TEST(vocabulary_translated)
{
    static const char *const langs[] = {"ru", "be"};
    for (size_t l = 0; l < 2; l++)
        for (const dg_tr_word *w = dg_tr_vocabulary; w->word; w++)
            ck_assert_msg(dg_trc(langs[l], w->context, w->word) != w->word,
                          "%s: no translation of %s '%s'", langs[l], w->context, w->word);
}
END_TEST

START_TEST(capitals)
{
    static const char *const cases[][2] = {
        {"embassy", "Embassy"}, {"посольство", "Посольство"}, {"ёлка", "Ёлка"},
        {"пасольства", "Пасольства"}, {"ўсход", "Ўсход"}, {"італія", "Італія"},
        {"Already", "Already"}, {"", ""}, {"1992", "1992"}, {"яблоко", "Яблоко"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        strcpy(buf, cases[i][0]);
        dg_utf8_capitalize(buf);
        ck_assert_str_eq(buf, cases[i][1]);
    }
}
END_TEST

/* ---- a name where an id belongs ---- */

START_TEST(hints)
{
    dg_model *m = tu_load_str(names_yaml);
    char buf[256];
    ck_assert_str_eq(dg_id_hint(m, "South Korea", true, buf, sizeof buf),
                     " (a name, not an id: did you mean 'KR' (South Korea)?)");
    ck_assert_str_eq(dg_id_hint(m, "Serbia", true, buf, sizeof buf),
                     " (a name, not an id: did you mean 'RS' (Serbia)?)");
    ck_assert_str_eq(dg_id_hint(m, "UK", false, buf, sizeof buf),
                     " (a name, not an id: did you mean 'GB' (United Kingdom)?)");
    ck_assert_str_eq(dg_id_hint(m, "UK", true, buf, sizeof buf),
                     " (a name, not an id: United Kingdom is 'GB', which the data set does "
                     "not mention)");
    ck_assert_str_eq(dg_id_hint(m, "Russia", false, buf, sizeof buf),
                     " (a name, not an id: did you mean 'RU' (Russian Federation)?)");
    ck_assert_str_eq(dg_id_hint(m, "Czech Republic", false, buf, sizeof buf),
                     " (a name, not an id: did you mean 'CZ' (Czechia)?)");
    ck_assert_str_eq(dg_id_hint(m, "Ivory Coast", false, buf, sizeof buf),
                     " (a name, not an id: did you mean 'CI' (Côte d'Ivoire)?)");
    ck_assert_str_eq(dg_id_hint(m, "by", true, buf, sizeof buf), " (did you mean 'BY'?)");
    ck_assert_str_eq(dg_id_hint(m, "Atlantis", true, buf, sizeof buf), "");
    dg_model_free(m);
}
END_TEST

START_TEST(hints_in_the_data_set)
{
    static const char *const cases[][2] = {
        {"Serbia", "unknown country 'Serbia' (a name, not an id: did you mean 'RS' (Serbia)?)"},
        {"Russia", "unknown country 'Russia' (a name, not an id: did you mean 'RU' (Russian "
                   "Federation)?)"},
        {"South Korea", "unknown country 'South Korea' (a name, not an id: did you mean 'KR' "
                        "(South Korea)?)"},
        {"Сербия", "unknown country 'Сербия' (a name, not an id: did you mean 'RS' (Serbia)?)"},
        {"no", "unknown country 'no' (did you mean 'NO'?)"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char yaml[200], want[300];
        snprintf(yaml, sizeof yaml, "relations:\n  - between: [BY, %s]\n", cases[i][0]);
        dg_model *m = tu_load_str(yaml);
        snprintf(want, sizeof want, "t.yaml:2:19: error: %s", cases[i][1]);
        ck_assert_str_eq(tu_first_diag(m), want);
        dg_model_free(m);
    }
}
END_TEST

/* ---- the words of answers ---- */

START_TEST(answers_in_russian)
{
    if (!tu_have_iso_catalogs("answers_in_russian"))
        return;
    dg_model *m = tu_load_str(names_yaml);
    dg_model_set_names(m, DG_NAMES_COMMON, "ru");
    dg_answer_opts o = {.sender = "KR", .host = "BY"};
    dg_buf out = {0};
    dg_error err = {0};
    ck_assert_int_eq(dg_answer_represent(m, &o, &out, &err), DG_OK);
    ck_assert_ptr_nonnull(strstr(out.data, "Южная Корея (KR) в стране Беларусь (BY): постоянное, "
                                           "1 представительство\n"));
    ck_assert_ptr_nonnull(strstr(out.data, "посольство"));
    ck_assert_ptr_nonnull(strstr(out.data, "Минск"));
    dg_buf_free(&out);
    /* The options' language wins over the model's for words, not names. */
    o.lang = "en";
    ck_assert_int_eq(dg_answer_represent(m, &o, &out, &err), DG_OK);
    ck_assert_ptr_nonnull(strstr(out.data, "Южная Корея (KR) in Беларусь (BY): resident, 1 mission"));
    dg_buf_free(&out);
    o = (dg_answer_opts){.focus = "Serbia"};
    ck_assert_int_eq(dg_answer_hubs(m, &o, &out, &err), DG_EDATA);
    ck_assert_str_eq(err.msg, "focus: unknown country 'Serbia' (a name, not an id: did you mean "
                              "'RS' (Serbia)?)");
    dg_model_free(m);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("lang");
    TCase *tc = tcase_create("lang");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, common_names_by_default);
    tcase_add_test(tc, styles);
    tcase_add_test(tc, names_set_before_finish);
    tcase_add_test(tc, names_in_russian);
    tcase_add_test(tc, names_outlive_changes);
    tcase_add_test(tc, which_language);
    tcase_add_test(tc, own_words);
    tcase_add_test(tc, plural_forms);
    tcase_add_test(tc, plural_expressions);
    tcase_add_test(tc, vocabulary_translated);
    tcase_add_test(tc, capitals);
    tcase_add_test(tc, hints);
    tcase_add_test(tc, hints_in_the_data_set);
    tcase_add_test(tc, answers_in_russian);
    suite_add_tcase(s, tc);
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
