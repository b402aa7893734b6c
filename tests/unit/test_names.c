/* test_names.c — the country-name index: names to ids (English, aliases,
 * other languages), ids to display names in a style and a language, the
 * alias list and its files, and the .mo reader.
 *
 * The translation tests need iso-codes' gettext catalogs (Debian package
 * iso-codes, which CI installs); without them they say so and pass. */
#include "testutil.h"
#include "names.h"
#include "iso_table.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

static void expect_id(const char *name, const char *want)
{
    const char *matched = "unset";
    const char *id = dg_country_id_for_name(name, &matched);
    ck_assert_msg(id && strcmp(id, want) == 0, "'%s' gives %s, not %s", name, id ? id : "NULL",
                  want);
    ck_assert_msg(matched != NULL, "'%s': no matched name", name);
}

static void expect_none(const char *name)
{
    const char *matched = "unset";
    const char *id = dg_country_id_for_name(name, &matched);
    ck_assert_msg(id == NULL, "'%s' gives %s", name ? name : "(null)", id);
    ck_assert_msg(matched == NULL, "'%s': matched is not reset", name ? name : "(null)");
}

START_TEST(english_names_and_aliases)
{
    static const char *const cases[][2] = {
        {"Serbia", "RS"}, {"Russia", "RU"}, {"UK", "GB"}, {"South Korea", "KR"},
        {"Czech Republic", "CZ"}, {"Ivory Coast", "CI"}, {"Korea, Republic of", "KR"},
        {"Kosovo", "XK"}, {"Vatican City", "VA"}, {"Côte d'Ivoire", "CI"},
        {"Russian Federation", "RU"}, {"United Kingdom", "GB"}, {"Great Britain", "GB"},
        {"Türkiye", "TR"}, {"Turkey", "TR"}, {"Holy See", "VA"}, {"Republic of Ireland", "IE"},
        {"Czechia", "CZ"}, {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"Bosnia", "BA"},
        {"Burma", "MM"}, {"East Timor", "TL"}, {"Cape Verde", "CV"}, {"Swaziland", "SZ"},
        {"The Gambia", "GM"}, {"The Bahamas", "BS"}, {"Brunei", "BN"}, {"Laos", "LA"},
        {"Palestine", "PS"}, {"State of Palestine", "PS"}, {"North Korea", "KP"},
        {"Republic of Korea", "KR"}, {"People's Republic of China", "CN"}, {"Taiwan", "TW"},
        {"United States of America", "US"}, {"USA", "US"}, {"US", "US"}, {"America", "US"},
        {"Syria", "SY"}, {"Iran", "IR"}, {"Moldova", "MD"}, {"Vietnam", "VN"},
        {"Venezuela", "VE"}, {"Bolivia", "BO"}, {"Tanzania", "TZ"}, {"Micronesia", "FM"},
        {"DR Congo", "CD"}, {"Congo-Kinshasa", "CD"}, {"Congo-Brazzaville", "CG"},
        {"Republic of the Congo", "CG"}, {"Congo", "CG"}, {"Soviet Union", "SU"}, {"USSR", "SU"},
        {"Yugoslavia", "YU"}, {"Czechoslovakia", "CSK"}, {"East Germany", "DD"},
        {"West Germany", "DE"}, {"Serbia and Montenegro", "CS"}, {"Zaire", "ZR"},
        {"Byelorussian SSR Soviet Socialist Republic", "BYS"}, {"Belarus", "BY"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_id(cases[i][0], cases[i][1]);
}
END_TEST

START_TEST(spelling_does_not_matter)
{
    static const char *const cases[][2] = {
        {"cote d'ivoire", "CI"}, {"COTE D\u2019IVOIRE", "CI"}, {"Cote dIvoire", "CI"},
        {"  serbia  ", "RS"}, {"SOUTH-KOREA", "KR"}, {"Bahamas, The", "BS"},
        {"Gambia", "GM"}, {"St Lucia", "LC"}, {"St. Kitts & Nevis", "KN"},
        {"Saint Kitts and Nevis", "KN"}, {"U.S.", "US"}, {"U.K.", "GB"},
        {"united states of america", "US"}, {"Aland Islands", "AX"}, {"ÅLAND ISLANDS", "AX"},
        {"Curacao", "CW"}, {"Reunion", "RE"}, {"Sao Tome and Principe", "ST"},
        {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Eire", "IE"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_id(cases[i][0], cases[i][1]);
}
END_TEST

/* Forms of "A, B" and "A (B)" that iso-codes does not list itself. */
START_TEST(derived_forms)
{
    static const char *const cases[][2] = {
        {"Democratic People's Republic of Korea", "KP"}, {"British Virgin Islands", "VG"},
        {"U.S. Virgin Islands", "VI"}, {"Democratic Republic of the Congo", "CD"},
        {"The Democratic Republic of Congo", "CD"}, {"Vatican City State", "VA"},
        {"Falkland Islands", "FK"}, {"Malvinas", "FK"}, {"Saint Helena", "SH"},
        {"Upper Volta", "HV"}, {"Socialist Federal Republic of Yugoslavia", "YU"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_id(cases[i][0], cases[i][1]);
    const char *matched = NULL;
    ck_assert_str_eq(dg_country_id_for_name("virgin islands british", &matched), "VG");
    ck_assert_str_eq(matched, "Virgin Islands, British");
    ck_assert_str_eq(dg_country_id_for_name("islamic republic of iran", &matched), "IR");
    ck_assert_str_eq(matched, "Islamic Republic of Iran");
    ck_assert_str_eq(dg_country_id_for_name("south korea", &matched), "KR");
    ck_assert_str_eq(matched, "South Korea");
    /* matched may be NULL */
    ck_assert_str_eq(dg_country_id_for_name("Serbia", NULL), "RS");
}
END_TEST

START_TEST(not_names)
{
    /* Two countries: no answer rather than a guess. */
    expect_none("Korea");
    expect_none("Virgin Islands");
    expect_id("Guinea", "GN");
    expect_none("Atlantis");
    expect_none("");
    expect_none("   ");
    expect_none("...");
    expect_none("the");
    expect_none(NULL);
    expect_none("\xff\xfe\x80");
    expect_none("RS"); /* an id is not a name */
    char longer[4096];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    expect_none(longer);
}
END_TEST

/* Every English name iso-codes gives a current country finds it; a former
 * country's name finds it unless the alias list gives the name to a
 * current country (rule 3 of aliases.yaml). */
START_TEST(every_iso_name_finds_its_country)
{
    for (uint32_t row = 0; row < dg_iso_nrows; row++) {
        const struct dg_iso_row *r = &dg_iso_rows[row];
        const char *names[3] = {r->name, r->common_name, r->official_name};
        for (int k = 0; k < 3; k++) {
            if (!names[k])
                continue;
            const char *id = dg_country_id_for_name(names[k], NULL);
            bool aliased = false;
            for (unsigned a = 0; a < dg_name_alias_count; a++)
                aliased |= strcmp(dg_name_aliases[a].name, names[k]) == 0;
            if (r->former && aliased)
                continue;
            ck_assert_msg(id && strcmp(id, dg_iso_row_id(row)) == 0, "'%s' gives %s, not %s",
                          names[k], id ? id : "NULL", dg_iso_row_id(row));
        }
    }
}
END_TEST

/* The alias list: every id is a canonical id or user-assigned (XA-XZ),
 * every name finds its id, and the build read the same pairs libyaml
 * reads. */
START_TEST(alias_list_is_sound)
{
    ck_assert_uint_ge(dg_name_alias_count, 60);
    for (unsigned i = 0; i < dg_name_alias_count; i++) {
        const struct dg_alias_row *a = &dg_name_aliases[i];
        const char *canon = NULL;
        bool iso = dg_iso_lookup(a->id, &canon, NULL) != NULL;
        ck_assert_msg(iso ? strcmp(canon, a->id) == 0
                          : (strlen(a->id) == 2 && a->id[0] == 'X' && a->id[1] >= 'A'),
                      "alias '%s': id %s is not canonical nor XA-XZ", a->name, a->id);
        expect_id(a->name, a->id);
    }
    FILE *f = fopen(tu_path("../data/names/aliases.yaml"), "rb");
    ck_assert_ptr_nonnull(f);
    yaml_parser_t p;
    yaml_parser_initialize(&p);
    yaml_parser_set_input_file(&p, f);
    unsigned n = 0, depth = 0;
    char *key = NULL;
    for (bool done = false; !done;) {
        yaml_event_t ev;
        ck_assert(yaml_parser_parse(&p, &ev));
        done = ev.type == YAML_STREAM_END_EVENT;
        depth += ev.type == YAML_MAPPING_START_EVENT;
        ck_assert(ev.type != YAML_SEQUENCE_START_EVENT && ev.type != YAML_ALIAS_EVENT && depth <= 1);
        if (ev.type == YAML_SCALAR_EVENT && !key) {
            key = strdup((const char *)ev.data.scalar.value);
        } else if (ev.type == YAML_SCALAR_EVENT) {
            ck_assert_uint_lt(n, dg_name_alias_count);
            ck_assert_str_eq(dg_name_aliases[n].name, key);
            ck_assert_str_eq(dg_name_aliases[n].id, (const char *)ev.data.scalar.value);
            n++;
            free(key);
            key = NULL;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&p);
    fclose(f);
    ck_assert_uint_eq(n, dg_name_alias_count);
}
END_TEST

START_TEST(display_names)
{
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_COMMON, NULL), "South Korea");
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_ISO, NULL), "Korea, Republic of");
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_OFFICIAL, NULL), "Korea, Republic of");
    ck_assert_str_eq(dg_country_display_name("KOR", DG_NAMES_COMMON, "en"), "South Korea");
    ck_assert_str_eq(dg_country_display_name("TW", DG_NAMES_COMMON, NULL), "Taiwan");
    ck_assert_str_eq(dg_country_display_name("TW", DG_NAMES_ISO, NULL), "Taiwan, Province of China");
    ck_assert_str_eq(dg_country_display_name("MD", DG_NAMES_COMMON, NULL), "Moldova");
    ck_assert_str_eq(dg_country_display_name("MD", DG_NAMES_OFFICIAL, NULL), "Republic of Moldova");
    ck_assert_str_eq(dg_country_display_name("KP", DG_NAMES_COMMON, NULL), "North Korea");
    ck_assert_str_eq(dg_country_display_name("SY", DG_NAMES_COMMON, NULL), "Syria");
    ck_assert_str_eq(dg_country_display_name("VN", DG_NAMES_COMMON, NULL), "Vietnam");
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, NULL), "Serbia");
    ck_assert_str_eq(dg_country_display_name("GB", DG_NAMES_OFFICIAL, "C"),
                     "United Kingdom of Great Britain and Northern Ireland");
    /* A former country's common name is its first in the alias list. */
    ck_assert_str_eq(dg_country_display_name("SU", DG_NAMES_COMMON, NULL), "Soviet Union");
    ck_assert_str_eq(dg_country_display_name("SU", DG_NAMES_ISO, NULL),
                     "USSR, Union of Soviet Socialist Republics");
    ck_assert_str_eq(dg_country_display_name("CSK", DG_NAMES_COMMON, NULL), "Czechoslovakia");
    ck_assert_str_eq(dg_country_display_name("DD", DG_NAMES_COMMON, NULL), "East Germany");
    ck_assert_str_eq(dg_country_display_name("BYS", DG_NAMES_COMMON, NULL),
                     "Byelorussian SSR Soviet Socialist Republic");
    ck_assert_str_eq(dg_country_display_name("CSK", DG_NAMES_ISO, NULL),
                     "Czechoslovakia, Czechoslovak Socialist Republic");
    for (int s = 0; s < DG_NAME_STYLE_COUNT; s++)
        ck_assert_str_eq(dg_country_display_name("XK", (dg_name_style)s, "ru"), "Kosovo");
    ck_assert_str_eq(dg_country_display_name("KR", (dg_name_style)99, NULL), "South Korea");
    ck_assert_ptr_null(dg_country_display_name("QQ", DG_NAMES_COMMON, NULL));
    ck_assert_ptr_null(dg_country_display_name("kr", DG_NAMES_COMMON, NULL));
    ck_assert_ptr_null(dg_country_display_name(NULL, DG_NAMES_COMMON, NULL));
    ck_assert_str_eq(dg_name_style_name(DG_NAMES_OFFICIAL), "official");
    ck_assert_ptr_null(dg_name_style_name(DG_NAME_STYLE_COUNT));
    ck_assert_int_eq(dg_name_style_lookup("iso"), DG_NAMES_ISO);
    ck_assert_int_eq(dg_name_style_lookup("common"), DG_NAMES_COMMON);
    ck_assert_int_eq(dg_name_style_lookup("short"), -1);
    ck_assert_int_eq(dg_name_style_lookup(NULL), -1);
}
END_TEST

START_TEST(display_names_in_other_languages)
{
    if (!tu_have_iso_catalogs("display_names_in_other_languages"))
        return;
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_COMMON, "ru"), "Южная Корея");
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_ISO, "ru"), "Республика Корея");
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, "ru"), "Сербия");
    ck_assert_str_eq(dg_country_display_name("MD", DG_NAMES_COMMON, "ru"), "Молдавия");
    ck_assert_str_eq(dg_country_display_name("KR", DG_NAMES_COMMON, "de"), "Südkorea");
    /* dipgraph's own catalog has the common names iso-codes' lack. */
    ck_assert_str_eq(dg_country_display_name("SU", DG_NAMES_COMMON, "ru"), "Советский Союз");
    ck_assert_str_eq(dg_country_display_name("TR", DG_NAMES_COMMON, "ru"), "Турция");
    ck_assert_str_eq(dg_country_display_name("SY", DG_NAMES_COMMON, "ru"), "Сирия");
    ck_assert_str_eq(dg_country_display_name("SY", DG_NAMES_ISO, "ru"),
                     "Сирийская Арабская Республика");
    ck_assert_str_eq(dg_country_display_name("SU", DG_NAMES_ISO, "ru"),
                     "Союз Советских Социалистических Республик");
    /* Spellings of one language all reach its catalog. */
    const char *ru = dg_country_display_name("RS", DG_NAMES_COMMON, "ru");
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, "ru_RU.UTF-8"), ru);
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, "ru-RU"), ru);
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, "xx:ru"), ru);
    const char *pt = dg_country_display_name("DE", DG_NAMES_COMMON, "pt_BR");
    ck_assert_str_eq(dg_country_display_name("DE", DG_NAMES_COMMON, "pt-BR"), pt);
    ck_assert_str_eq(dg_country_display_name("DE", DG_NAMES_COMMON, "pt-br"), pt);
    ck_assert_str_eq(dg_country_display_name("DE", DG_NAMES_COMMON, "be"),
                     dg_country_display_name("DE", DG_NAMES_COMMON, "be:ru"));
    ck_assert_str_ne(dg_country_display_name("DE", DG_NAMES_COMMON, "be"), "Germany");
    /* English, or no catalog: English. */
    static const char *const english[] = {"en", "en_GB.UTF-8", "C", "C.UTF-8", "POSIX", "",
                                          "en:ru", "xx", "../../../etc", "ru/../de", "r",
                                          "ru_", "ru@", "ru_RU;x"};
    for (size_t i = 0; i < sizeof english / sizeof *english; i++)
        ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, english[i]), "Serbia");
    ck_assert(dg_names_lang_known("ru"));
    ck_assert(dg_names_lang_known("be"));
    ck_assert(dg_names_lang_known("en"));
    ck_assert(dg_names_lang_known(NULL));
    ck_assert(!dg_names_lang_known("xx"));
    ck_assert(!dg_names_lang_known("../ru"));
}
END_TEST

START_TEST(names_in_other_languages)
{
    if (!tu_have_iso_catalogs("names_in_other_languages"))
        return;
    expect_id("Сербия", "RS");
    expect_id("СЕРБИЯ", "RS");
    expect_id("Южная Корея", "KR");
    expect_id("Südkorea", "KR");
    expect_id("Sudkorea", "KR");
    expect_id("Allemagne", "DE");
    expect_id("Беларусь", "BY");
    const char *matched = NULL;
    ck_assert_str_eq(dg_country_id_for_name("сербия", &matched), "RS");
    ck_assert_str_eq(matched, "Сербия");
    /* English keeps its place: a translation never takes an English name. */
    expect_id("Congo", "CG");
}
END_TEST

START_TEST(keys)
{
    static const char *const cases[][2] = {
        {"Côte d\u2019Ivoire", "cote divoire"}, {"St. Kitts & Nevis", "saint kitts and nevis"},
        {"The Gambia", "gambia"}, {"Gambia, The", "gambia"}, {"ÅLAND", "aland"},
        {"Straße", "strasse"}, {"СЕРБИЯ", "сербия"}, {"Ёлка", "елка"}, {"Ţara Ș", "tara s"},
        {"  a--b  ", "a b"}, {"Æther Œuvre", "aether oeuvre"}, {"ΕΛΛΑΔΑ", "ελλαδα"},
    };
    char key[DG_NAME_KEY_MAX];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ck_assert_msg(dg_name_key(cases[i][0], key, sizeof key), "%s: no key", cases[i][0]);
        ck_assert_str_eq(key, cases[i][1]);
    }
    ck_assert(!dg_name_key("", key, sizeof key));
    ck_assert(!dg_name_key(" - ", key, sizeof key));
    ck_assert(!dg_name_key("the", key, sizeof key));
    ck_assert(!dg_name_key("Serbia", key, 4)); /* does not fit */
    ck_assert(dg_name_key("Serbia", key, 7));
    ck_assert_str_eq(key, "serbia");
}
END_TEST

/* A .mo file of n entries in either byte order. */
static size_t make_mo(unsigned char *buf, bool big, const char *const *ids, const char *const *strs,
                      uint32_t n)
{
    uint32_t o = 28, t = o + 8 * n, at = t + 8 * n;
    uint32_t head[7] = {0x950412de, 0, n, o, t, 0, 0};
    unsigned char *w = buf;
#define PUT(v)                                                                  \
    do {                                                                        \
        uint32_t v_ = (v);                                                      \
        for (int b_ = 0; b_ < 4; b_++)                                          \
            *w++ = (unsigned char)(v_ >> (big ? 24 - 8 * b_ : 8 * b_));         \
    } while (0)
    for (int i = 0; i < 7; i++)
        PUT(head[i]);
    uint32_t pos = at;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = (uint32_t)strlen(ids[i]);
        PUT(len);
        PUT(pos);
        pos += len + 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        PUT((uint32_t)strlen(strs[i]));
        PUT(pos);
        pos += (uint32_t)strlen(strs[i]) + 1;
    }
#undef PUT
    for (uint32_t i = 0; i < n; i++)
        w = (unsigned char *)stpcpy((char *)w, ids[i]) + 1;
    for (uint32_t i = 0; i < n; i++)
        w = (unsigned char *)stpcpy((char *)w, strs[i]) + 1;
    return (size_t)(w - buf);
}

static void count_entry(const char *id, const char *str, void *ctx)
{
    ck_assert(strcmp(id, "Serbia") == 0 || strcmp(id, "Chad") == 0);
    ck_assert(str[0] != '\0');
    ++*(int *)ctx;
}

START_TEST(mo_reader)
{
    static const char *const ids[] = {"", "Chad", "Serbia", "ctx\4Serbia", "Untranslated"};
    static const char *const strs[] = {"Content-Type: text/plain; charset=UTF-8\n", "Tchad",
                                       "Serbie", "x", ""};
    unsigned char buf[1024];
    for (int big = 0; big < 2; big++) {
        size_t len = make_mo(buf, big, ids, strs, 5);
        int n = 0;
        ck_assert(dg_mo_parse((const char *)buf, len, count_entry, &n));
        ck_assert_int_eq(n, 2);
        /* Cut anywhere: refused or read, never read past the end. */
        for (size_t cut = 0; cut < len; cut++) {
            char *copy = malloc(cut ? cut : 1);
            memcpy(copy, buf, cut);
            n = 0;
            bool ok = dg_mo_parse(copy, cut, count_entry, &n);
            ck_assert(!ok || n <= 2);
            free(copy);
        }
    }
    size_t len = make_mo(buf, false, ids, strs, 5);
    int n = 0;
    buf[0] ^= 1; /* bad magic */
    ck_assert(!dg_mo_parse((const char *)buf, len, count_entry, &n));
    buf[0] ^= 1;
    buf[6] = 2; /* major revision 2 */
    ck_assert(!dg_mo_parse((const char *)buf, len, count_entry, &n));
    buf[6] = 0;
    buf[len - 1] = 'x'; /* the last string is not NUL-terminated */
    ck_assert(!dg_mo_parse((const char *)buf, len, count_entry, &n));
    buf[len - 1] = '\0';
    buf[11] = 0x7f; /* N far beyond the file */
    ck_assert(!dg_mo_parse((const char *)buf, len, count_entry, &n));
    ck_assert_int_eq(n, 0);
    ck_assert(!dg_mo_parse(NULL, 0, count_entry, &n));
}
END_TEST

START_TEST(aliases_added_at_run_time)
{
    dg_error err = {0};
    expect_none("Somaliland");
    ck_assert_int_eq(dg_names_add_alias("Somaliland", "SOMALILAND", &err), DG_OK);
    expect_id("somaliland", "SOMALILAND");
    ck_assert_str_eq(dg_country_display_name("SOMALILAND", DG_NAMES_ISO, NULL), "Somaliland");
    ck_assert_int_eq(dg_names_add_alias("Republic of Somaliland", "SOMALILAND", &err), DG_OK);
    ck_assert_str_eq(dg_country_display_name("SOMALILAND", DG_NAMES_ISO, NULL), "Somaliland");
    /* An alias wins over every other name, and a later one over it. */
    ck_assert_int_eq(dg_names_add_alias("Korea", "KOR", &err), DG_OK);
    expect_id("Korea", "KR");
    ck_assert_int_eq(dg_names_add_alias("korea", "KP", &err), DG_OK);
    expect_id("Korea", "KP");
    ck_assert_int_eq(dg_names_add_alias("Serbia", "CS", &err), DG_OK);
    expect_id("Serbia", "CS");
    /* Refused: nothing changes. */
    ck_assert_int_eq(dg_names_add_alias("Narnia", "1X", &err), DG_EUSAGE);
    ck_assert(strstr(err.msg, "Narnia") != NULL);
    ck_assert_int_eq(dg_names_add_alias("  ", "GB", &err), DG_EUSAGE);
    ck_assert_int_eq(dg_names_add_alias(NULL, "GB", &err), DG_EUSAGE);
    ck_assert_int_eq(dg_names_add_alias("Narnia", NULL, NULL), DG_EUSAGE);
    expect_none("Narnia");
}
END_TEST

static const char *write_tmp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dg-names-XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static dg_status load_text(const char *text, dg_error *err)
{
    const char *path = write_tmp(text);
    dg_status st = dg_names_load_aliases(path, err);
    unlink(path);
    return st;
}

START_TEST(alias_files)
{
    dg_error err = {0};
    ck_assert_int_eq(load_text("# aliases\nNarnia: XN\n\"Ruritania: the kingdom\": XR\n"
                               "Old Albion: GBR\n",
                               &err),
                     DG_OK);
    expect_id("Narnia", "XN");
    expect_id("ruritania the kingdom", "XR");
    expect_id("Old Albion", "GB");
    ck_assert_int_eq(load_text("", &err), DG_OK);
    ck_assert_int_eq(load_text("# nothing\n", &err), DG_OK);
    /* All or nothing: the good entry before a bad one is not added. */
    static const char *const bad[][2] = {
        {"Lilliput: XL\nBlefuscu: 9\n", ":2: alias 'Blefuscu'"},
        {"Lilliput: XL\nlilliput: XL\n", ":2: 'lilliput' is given already on line 1"},
        {"- Lilliput\n", "expected one mapping"},
        {"Lilliput: [XL]\n", "must be a plain value"},
        {"Lilliput: &a XL\nBlefuscu: *a\n", "must be a plain value"},
        {"Lilliput: XL\n---\nBlefuscu: XB\n", "expected one mapping"},
        {"Lilliput: XL\n  bad: : :\n", "test"},
        {"Lilliput\n", "expected one mapping"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err.msg[0] = '\0';
        ck_assert_msg(load_text(bad[i][0], &err) == DG_EDATA, "case %zu accepted", i);
        ck_assert_msg(strstr(err.msg, "/tmp/dg-names-") == err.msg, "case %zu: %s", i, err.msg);
        if (strcmp(bad[i][1], "test") != 0)
            ck_assert_msg(strstr(err.msg, bad[i][1]) != NULL, "case %zu: %s", i, err.msg);
        expect_none("Lilliput");
    }
    ck_assert_int_eq(dg_names_load_aliases("/nonexistent/aliases.yaml", &err), DG_EDATA);
    ck_assert(strstr(err.msg, "/nonexistent/aliases.yaml: cannot read") == err.msg);
    ck_assert_int_eq(dg_names_load_aliases(NULL, &err), DG_EDATA);
    /* Text in memory, not NUL-terminated: the name stands for the path. */
    static const char text[] = {'E', 'r', 'e', 'w', 'h', 'o', 'n', ':', ' ', 'X', 'E', '!'};
    ck_assert_int_eq(dg_names_load_aliases_text("opts.aliases", text, 11, &err), DG_OK);
    expect_id("Erewhon", "XE");
    ck_assert_int_eq(dg_names_load_aliases_text("opts.aliases", "Erewhon: [", 10, &err), DG_EDATA);
    ck_assert(strstr(err.msg, "opts.aliases:1:") == err.msg);
    ck_assert_int_eq(dg_names_load_aliases_text(NULL, NULL, 0, &err), DG_OK);
    ck_assert_int_eq(dg_names_load_aliases_text(NULL, NULL, 3, &err), DG_EUSAGE);
    /* The shipped list reads as an alias file too. */
    ck_assert_int_eq(dg_names_load_aliases(tu_path("../data/names/aliases.yaml"), &err), DG_OK);
    expect_id("UK", "GB");
}
END_TEST

START_TEST(locale_dir)
{
    ck_assert(dg_names_set_locale_dir("/nonexistent"));
    ck_assert_str_eq(dg_names_locale_dir(), "/nonexistent");
    ck_assert_str_eq(dg_country_display_name("RS", DG_NAMES_COMMON, "ru"), "Serbia");
    ck_assert(!dg_names_lang_known("ru"));
    expect_none("Сербия");
    expect_id("Serbia", "RS");
    ck_assert(!dg_names_set_locale_dir("/usr/share/locale")); /* too late */
    dg_names_reset();
    ck_assert_str_eq(dg_names_locale_dir(), dg_names_locale_default);
    ck_assert(dg_names_set_locale_dir(dg_names_locale_default));
}
END_TEST

/* The same index, and the same answers, after a rebuild. */
START_TEST(rebuilt_index_answers_alike)
{
    static const char *const names[] = {"Сербия", "Südkorea", "Korea", "UK", "Allemagne",
                                        "Republik Korea", "Corée du Sud", "Kosovo"};
    const char *first[8][2];
    for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 8; i++) {
            const char *matched = NULL;
            const char *id = dg_country_id_for_name(names[i], &matched);
            if (round == 0) {
                first[i][0] = id ? strdup(id) : NULL;
                first[i][1] = matched ? strdup(matched) : NULL;
                continue;
            }
            ck_assert_msg((id == NULL) == (first[i][0] == NULL), "%s", names[i]);
            if (id) {
                ck_assert_str_eq(id, first[i][0]);
                ck_assert_str_eq(matched, first[i][1]);
            }
            free((void *)first[i][0]);
            free((void *)first[i][1]);
        }
        dg_names_reset();
    }
}
END_TEST

/* The Wikidata importer asks ~10k times: that must take well under a
 * second, translations included. */
START_TEST(lookups_are_fast)
{
    static const char *const names[] = {"Serbia", "Russian Federation", "UK", "Сербия",
                                        "Atlantis", "Côte d'Ivoire", "south korea", "Südkorea"};
    dg_country_id_for_name("Atlantis", NULL); /* builds everything once */
    clock_t t0 = clock();
    size_t found = 0;
    for (int i = 0; i < 100000; i++)
        found += dg_country_id_for_name(names[i % 8], NULL) != NULL;
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ck_assert_uint_ge(found, 100000 / 8 * 5);
    ck_assert_msg(secs < 2.0, "100000 look-ups took %.2f s", secs);
}
END_TEST

/* Each test starts from an index not built yet (and frees it after), so
 * that the suite runs alike with and without CK_FORK. */
static void fresh_index(void) { dg_names_reset(); }

static Suite *names_suite(void)
{
    Suite *s = suite_create("names");
    TCase *tc = tcase_create("names");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, fresh_index, fresh_index);
    tcase_add_test(tc, english_names_and_aliases);
    tcase_add_test(tc, spelling_does_not_matter);
    tcase_add_test(tc, derived_forms);
    tcase_add_test(tc, not_names);
    tcase_add_test(tc, every_iso_name_finds_its_country);
    tcase_add_test(tc, alias_list_is_sound);
    tcase_add_test(tc, display_names);
    tcase_add_test(tc, display_names_in_other_languages);
    tcase_add_test(tc, names_in_other_languages);
    tcase_add_test(tc, keys);
    tcase_add_test(tc, mo_reader);
    tcase_add_test(tc, aliases_added_at_run_time);
    tcase_add_test(tc, alias_files);
    tcase_add_test(tc, locale_dir);
    tcase_add_test(tc, rebuilt_index_answers_alike);
    tcase_add_test(tc, lookups_are_fast);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(names_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    dg_names_reset();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
