/* test_import.c — the importers: wikitext tables and notes, Wikidata's CSV
 * and SPARQL JSON, the names, the dates, the YAML they write (which must
 * load without an error or a warning), and, when ../shared is there as in
 * CI, the seed article against data/belarus.yaml and the 2022 table of
 * missions. */
#include "import/import.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SEED000 DG_SOURCE_DIR "/../shared/seeds/000_8d80a9280af4e446.txt"
#define CSV2022 DG_SOURCE_DIR "/../shared/data/database_of_embassies-2022-11-16.csv"

/* ---- helpers ---- */

typedef struct run {
    dg_status st;
    dg_buf yaml, report;
    dg_import_counts counts;
    dg_error err;
    dg_model *m; /* the YAML loaded, when there is some */
} run;

/* Load what an importer wrote: it must have no error and no warning. */
static dg_model *load_clean(const dg_buf *yaml)
{
    dg_model *m = dg_model_new(NULL);
    dg_model_load_buffer(m, "imported.yaml", yaml->data, yaml->len);
    dg_model_finish(m);
    ck_assert_msg(dg_model_diag_count(m) == 0, "%s", tu_first_diag(m));
    return m;
}

static run import_text(bool wikipedia, const char *text, size_t len, const dg_import_opts *o)
{
    run r = {0};
    r.st = wikipedia ? dg_import_wikipedia(text, len, o, &r.yaml, &r.report, &r.counts, &r.err)
                     : dg_import_wikidata(text, len, o, &r.yaml, &r.report, &r.counts, &r.err);
    if (r.st == DG_OK)
        r.m = load_clean(&r.yaml);
    return r;
}

static run import_fixture(bool wikipedia, const char *name, const dg_import_opts *o)
{
    char rel[256];
    snprintf(rel, sizeof rel, "fixtures/import/%s", name);
    size_t len;
    char *text = tu_read(rel, &len);
    ck_assert_msg(text != NULL, "cannot read %s", rel);
    run r = import_text(wikipedia, text, len, o);
    free(text);
    return r;
}

static void run_free(run *r)
{
    dg_buf_free(&r->yaml);
    dg_buf_free(&r->report);
    dg_model_free(r->m);
}

static uint32_t cid(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    ck_assert_msg(i != DG_NONE, "no country %s", id);
    return i;
}

static const dg_relation *rel(const dg_model *m, const char *a, const char *b)
{
    uint32_t x = dg_country_find(m, a), y = dg_country_find(m, b);
    for (uint32_t i = 0; x != DG_NONE && y != DG_NONE && i < m->n_relations; i++) {
        const dg_relation *r = &m->relations[i];
        if ((r->a == x && r->b == y) || (r->a == y && r->b == x))
            return r;
    }
    return NULL;
}

/* The mission of `of` of that kind in city (NULL: none) in host `in`. */
static const dg_mission *mission(const dg_model *m, const char *of, const char *kind,
                                 const char *city, const char *in)
{
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (strcmp(dg_ref_id(m, mi->of), of) == 0 && strcmp(dg_mission_kind_name(mi->kind), kind) == 0 &&
            strcmp(m->countries[mi->in].id, in) == 0 &&
            (city ? mi->city && strcmp(mi->city, city) == 0 : !mi->city))
            return mi;
    }
    return NULL;
}

static bool accredited(const dg_model *m, const dg_mission *mi, const char *to)
{
    for (uint32_t i = 0; mi && i < mi->n_accredited; i++)
        if (strcmp(m->countries[mi->accredited[i].to].id, to) == 0)
            return true;
    return false;
}

static const char *date(const dg_date *d)
{
    static char buf[4][16];
    static int k;
    char *b = buf[k++ & 3];
    dg_date_format(d, b, 16);
    return b;
}

static bool has_line(const dg_buf *report, const char *text)
{
    return report->data && strstr(report->data, text) != NULL;
}

#define MISSION(m, of, kind, city, in) \
    ck_assert_msg(mission(m, of, kind, city, in), "no %s %s in %s (%s)", of, kind, city, in)

/* ---- names, dates, markup ---- */

START_TEST(names_to_ids)
{
    static const char *const pairs[][2] = {
        {"Russia", "RU"}, {"Turkey", "TR"}, {"Republic of Ireland", "IE"}, {"Ivory Coast", "CI"},
        {"Vatican City", "VA"}, {"Vatican", "VA"}, {"People's Republic of China", "CN"},
        {"United States of America", "US"}, {"Kosovo", "XK"}, {"State of Palestine", "PS"},
        {"East Timor", "TL"}, {"The Gambia", "GM"}, {"Republic of Korea", "KR"},
        {"Korea, Republic of", "KR"}, {"South Korea", "KR"}, {"BLR", "BY"}, {"BY", "BY"},
        {"São Tomé and Príncipe", "ST"}, {"St. Lucia", "LC"}, {"Czech Republic", "CZ"},
        {"Bolivia", "BO"}, {"Federated States of Micronesia", "FM"}, {"Quebec", "CA-QC"},
        {"Sovereign Military Order of Malta", "SMOM"}, {"Central Tibetan Administration", "CTA"},
        {"Republic of Abkhazia", "Abkhazia"}, {"Côte d'Ivoire", "CI"}, {"  Moldova ", "MD"},
        {"Soviet Union", "SU"}, {"Republic of the Congo", "CG"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        const char *id = imp_country_id(pairs[i][0]);
        ck_assert_msg(id && strcmp(id, pairs[i][1]) == 0, "%s -> %s, not %s", pairs[i][0],
                      id ? id : "(none)", pairs[i][1]);
    }
    ck_assert_ptr_null(imp_country_id("Korea"));     /* two countries: no guess */
    ck_assert_ptr_null(imp_country_id("Atlantis"));
    ck_assert_ptr_null(imp_country_id("European Union")); /* an organization */
    ck_assert_str_eq(imp_org_id("European Union"), "EU");
    ck_assert_str_eq(imp_org_id("Organisation for Security and Co-operation in Europe"), "OSCE");
    ck_assert_str_eq(imp_org_id("NAM"), "NonAligned");
    ck_assert_str_eq(imp_demonym_id("Swiss"), "CH");
    ck_assert_str_eq(imp_city_country("Chisinau"), "MD");
    ck_assert_str_eq(imp_embassy_city("PL"), "Warsaw");
    ck_assert_str_eq(imp_country_name("KR"), "South Korea");
    ck_assert_str_eq(imp_country_name("BO"), "Bolivia");
}
END_TEST

START_TEST(dates_as_written)
{
    static const char *const cases[][2] = {
        {"1992", "1992"}, {"1992-03-26", "1992-03-26"}, {"1992-03", "1992-03"},
        {"January 9, 1992", "1992-01-09"}, {"9 January 1992", "1992-01-09"},
        {"March 1993", "1993-03"}, {"Jan. 9, 1992", "1992-01-09"}, {"Sept 1995", "1995-09"},
        {"14 May 1992,", "1992-05-14"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dg_date d;
        size_t used;
        ck_assert_msg(imp_date_at(cases[i][0], strlen(cases[i][0]), &d, &used), "%s", cases[i][0]);
        ck_assert_str_eq(date(&d), cases[i][1]);
    }
    dg_date d[4];
    const char *s = "1920; re-established 1991 (680 km, 25,000 people, 1990s)";
    ck_assert_uint_eq(imp_dates_in(s, strlen(s), d, 4), 2);
    ck_assert_str_eq(date(&d[1]), "1991");
    size_t used;
    ck_assert(!imp_date_at("1992-02-30", 10, &d[0], &used) || used == 4); /* the year at most */
    ck_assert(!imp_date_at("February 30, 1992", 17, &d[0], &used));
    ck_assert(!imp_date_at("0800", 4, &d[0], &used));
    /* Template arguments, year first or (the old {{dts}}) day first. */
    imp_str ymd[3] = {{"1992", 4}, {"01", 2}, {"09", 2}}, dmy[3] = {{"9", 1}, {"January", 7}, {"1992", 4}};
    ck_assert(imp_date_args(ymd, 3, &d[0]) && strcmp(date(&d[0]), "1992-01-09") == 0);
    ck_assert(imp_date_args(dmy, 3, &d[0]) && strcmp(date(&d[0]), "1992-01-09") == 0);
    ck_assert(imp_date_args(ymd, 2, &d[0]) && strcmp(date(&d[0]), "1992-01") == 0);
}
END_TEST

START_TEST(markup_to_text)
{
    const char *w = "* Belarus has an [[Embassy]] in [[Brest, Belarus|Brest]]<ref name=a>{{cite "
                    "web|url=x}}</ref><ref name=b/>.<!-- hidden\n-->{{Citation needed|date=May 2012}} "
                    "'''Bold''' &nbsp;{{flag|Russia}} {{dts|1992|1|9}} [[File:X.jpg|thumb|[[Y]]]]"
                    "[http://example.org link text]<br/>next";
    imp_clean c = {0};
    imp_wt_clean(w, strlen(w), 10, &c);
    ck_assert_str_eq(c.text.data, "* Belarus has an Embassy in Brest.\n Bold  Russia 1992-01-09 \nnext");
    ck_assert_uint_eq(c.n_lines, 3);
    ck_assert_uint_eq(c.lines[0], 10);
    ck_assert_uint_eq(c.lines[1], 11); /* after the comment's line break */
    ck_assert_uint_eq(c.lines[2], 11); /* <br> breaks the line, not the source's */
    imp_clean_free(&c);
    /* Unbalanced markup is text, and costs no more than its length. */
    dg_buf t = {0};
    imp_wt_text("{{a|[[b}} ]] {{", 15, &t);
    ck_assert_ptr_nonnull(t.data);
    dg_buf_free(&t);
}
END_TEST

/* Strings the writer must quote, or may leave plain, read back unchanged. */
START_TEST(yaml_scalars_read_back)
{
    static const char *const strings[] = {
        "Minsk", "yes", "No", "null", "~", "1992", "0x1F", "1e3", "a: b", "a:b", "#x", "x #y",
        "- x", "-x", "\"q\"", "it's", "back\\slash", "[x]", "{x}", "&a", "*a", "!t", "%x", "@x",
        "`x", "|x", ">x", "'x", "?x", ",x", "Chișinău", "Washington, D.C.", "Ta' Xbiex",
        "tab\there", "ctl\x01x", "bad\xff", "line\xe2\x80\xa8sep", "\xc2\xa0nbsp", "ok."};
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++) {
        dg_buf clean = {0}, y = {0};
        imp_clean_utf8(&clean, strings[i], strlen(strings[i]));
        dg_buf_printf(&y, "dipgraph: 1\ntitle: ");
        imp_yaml_scalar(&y, clean.data);
        dg_buf_printf(&y, "\n");
        dg_model *m = tu_load_str(y.data);
        ck_assert_msg(dg_model_error_count(m) == 0, "%s: %s", y.data, tu_first_diag(m));
        ck_assert_msg(m->title && strcmp(m->title, clean.data) == 0, "%s read back as %s", y.data,
                      m->title ? m->title : "(null)");
        dg_model_free(m);
        dg_buf_free(&clean);
        dg_buf_free(&y);
    }
}
END_TEST

/* ---- import wikipedia ---- */

START_TEST(wp_table_rows_and_dates)
{
    run r = import_fixture(true, "relations.wiki", NULL);
    ck_assert_int_eq(r.st, DG_OK);
    const dg_model *m = r.m;
    ck_assert_str_eq(m->countries[m->focus].id, "BY"); /* from the lead's bold title */
    ck_assert_str_eq(m->title, "Foreign relations of Belarus");
    ck_assert_uint_eq(r.counts.rows, 18);
    ck_assert_uint_eq(r.counts.converted, 18);
    ck_assert_uint_eq(m->n_relations, 18);
    /* Each row separator, cell attribute, inline cell and flag template. */
    static const char *const est[][2] = {
        {"AM", "1992"},        /* {{flag}}, |- separator, comment before the date */
        {"AT", "1992-03-26"},  /* {{Flag}}, |--valign="top" */
        {"AU", "1992-01-09"},  /* style="..." | {{flagu}}, "January 9, 1992" with a <ref> */
        {"BG", "1992-01-09"},  /* {{flagcountry|BGR}} (alpha-3), "9 January 1992" */
        {"CA", "1993-03"},     /* {{flagcountry|Canada}}, "March 1993" */
        {"HR", "1992-09-25"},  /* {{flagicon}} [[Croatia]], {{dts}} */
        {"CY", "1991-12-27"},  /* [[Cyprus]], {{Date table sorting}} */
        {"CZ", "1993-01-01"},  /* {{start date}} */
        {"DK", "1992-02-14"},  /* data-sort-value, an empty text */
        {"DE", "1991"},        /* "1920; 1991": the latest */
        {"GR", ""},            /* an empty cell */
        {"MD", ""},
    };
    for (size_t i = 0; i < sizeof est / sizeof *est; i++) {
        const dg_relation *x = rel(m, "BY", est[i][0]);
        ck_assert_msg(x, "no relation with %s", est[i][0]);
        ck_assert_msg(strcmp(date(&x->period.start), est[i][1]) == 0, "%s: %s, not %s", est[i][0],
                      date(&x->period.start), est[i][1]);
    }
    ck_assert(strstr(rel(m, "BY", "DE")->note, "several dates (1920, 1991)"));
    /* The notes: recognition, a disagreeing date noted, a border. */
    ck_assert_str_eq(date(&rel(m, "BY", "AT")->recognized), "1991-12");
    ck_assert(strstr(rel(m, "BY", "AT")->note, "The notes give 1992-02"));
    ck_assert_str_eq(date(&rel(m, "BY", "BG")->recognized), "1991-12-23");
    ck_assert(rel(m, "BY", "LT")->has_border && rel(m, "BY", "LT")->border_km == 680);
    ck_assert_uint_eq(r.counts.reported, 0);
    run_free(&r);
}
END_TEST

START_TEST(wp_notes_missions)
{
    run r = import_fixture(true, "relations.wiki", NULL);
    const dg_model *m = r.m;
    /* "X has an embassy in Minsk", "Belarus has an embassy in [[Yerevan]]" */
    MISSION(m, "AM", "embassy", "Minsk", "BY");
    MISSION(m, "BY", "embassy", "Yerevan", "AM");
    /* "represented in Belarus through its embassy in Moscow (Russia)" */
    ck_assert(accredited(m, mission(m, "AT", "embassy", "Moscow", "RU"), "BY"));
    ck_assert(accredited(m, mission(m, "AU", "embassy", "Moscow", "RU"), "BY")); /* "Moscow, Russia" */
    ck_assert(accredited(m, mission(m, "CA", "embassy", "Warsaw", "PL"), "BY")); /* "Warsaw (Poland)" */
    ck_assert(accredited(m, mission(m, "CY", "embassy", "Moscow", "RU"), "BY")); /* "(Russian)" */
    MISSION(m, "CY", "honorary-consulate", "Minsk", "BY");
    /* "... through its embassy in Bucharest and an honorary consulate in Chișinău" */
    ck_assert(accredited(m, mission(m, "BY", "embassy", "Bucharest", "RO"), "MD"));
    MISSION(m, "BY", "honorary-consulate", "Chișinău", "MD");
    ck_assert(accredited(m, mission(m, "MD", "embassy", "Moscow", "RU"), "BY"));
    /* "Since March 1993, Belarus has an embassy in Vienna and an honorary consulate in Bregenz" */
    ck_assert_str_eq(date(&mission(m, "BY", "embassy", "Vienna", "AT")->period.start), "1993-03");
    ck_assert_str_eq(date(&mission(m, "BY", "honorary-consulate", "Bregenz", "AT")->period.start), "1993-03");
    ck_assert(accredited(m, mission(m, "BY", "embassy", "Vienna", "AT"), "HR"));
    /* "the Swiss ambassador in Poland has also been accredited in Minsk since 1992" */
    const dg_mission *ch = mission(m, "CH", "embassy", "Warsaw", "PL");
    ck_assert(accredited(m, ch, "BY"));
    ck_assert_str_eq(date(&ch->accredited[0].period.start), "1992");
    ck_assert(strstr(ch->note, "capital Warsaw is assumed"));
    MISSION(m, "CH", "consulate", "Minsk", "BY");
    /* "Belarus embassy in Jakarta is accredited to Malaysia" */
    ck_assert(accredited(m, mission(m, "BY", "embassy", "Jakarta", "ID"), "MY"));
    /* Lists: consulates-general, consulates, honorary consulates, a branch office. */
    MISSION(m, "BY", "consulate-general", "Gdańsk", "PL");
    MISSION(m, "BY", "consulate-general", "Białystok", "PL");
    MISSION(m, "BY", "consulate", "Biała Podlaska", "PL");
    MISSION(m, "PL", "consulate-general", "Brest", "BY");
    MISSION(m, "PL", "consulate-general", "Hrodna", "BY");
    MISSION(m, "LT", "consulate-general", "Hrodna", "BY");
    MISSION(m, "BY", "honorary-consulate", "Naples", "IT");
    MISSION(m, "BY", "honorary-consulate", "Turin", "IT");
    MISSION(m, "BY", "embassy-office", "Bonn", "DE");
    /* Opening dates: "has had an embassy in Minsk since 1992", "opened its
     * embassy in London" in 1994, "the British embassy in Minsk was opened". */
    ck_assert_str_eq(date(&mission(m, "DE", "embassy", "Minsk", "BY")->period.start), "1992");
    ck_assert_str_eq(date(&mission(m, "BY", "embassy", "London", "GB")->period.start), "1994");
    ck_assert_str_eq(date(&mission(m, "GB", "embassy", "Minsk", "BY")->period.start), "1995");
    /* "Both countries are (the) members of ORG" */
    uint32_t osce = dg_org_find(m, "OSCE"), nam = dg_org_find(m, "NonAligned");
    ck_assert(osce != DG_NONE && m->orgs[osce].n_members == 2);
    ck_assert(nam != DG_NONE && m->orgs[nam].n_members == 2);
    ck_assert_uint_eq(m->n_missions, 37);
    run_free(&r);
}
END_TEST

START_TEST(wp_never_a_silent_guess)
{
    dg_import_opts o = {.country = "Norway", .input_name = "unread.wiki"};
    run r = import_fixture(true, "unread.wiki", &o);
    ck_assert_int_eq(r.st, DG_OK);
    const char *lines[] = {
        "unread.wiki:5: not understood: In August 2012 Norway announced that their embassy in Minsk",
        "unread.wiki:6: not understood: Belarus does not have an embassy in Oslo",
        "unread.wiki:7: read in part: the rest of the sentence was not understood: Norway has an embassy",
        "unread.wiki:8: read in part: the rest of the sentence was not understood: Belarus has an "
        "embassy in Vilnius and a Permanent Residential Mission in Kaunas\n",
        "unread.wiki:9: organization not known: League of Imaginary Nations",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        ck_assert_msg(has_line(&r.report, lines[i]), "no '%s' in\n%s", lines[i], r.report.data);
    ck_assert_uint_eq(r.counts.reported, 5); /* "enjoyed good relations" names no mission */
    const dg_model *m = r.m;
    const dg_relation *x = rel(m, "NO", "BY");
    ck_assert(strstr(x->note, "Not read from the article (line 6): \"Belarus does not have"));
    /* What the sentences did say is kept: the clause after the comma, the
     * embassy closed to the public (a format-1.1 history entry). */
    MISSION(m, "BY", "embassy", "Vilnius", "LT");
    MISSION(m, "LT", "embassy", "Minsk", "BY");
    const dg_mission *no = mission(m, "NO", "embassy", "Minsk", "BY");
    ck_assert(no && no->n_history == 1 && no->history[0].status == DG_MS_CLOSED_TO_PUBLIC);
    ck_assert_str_eq(date(&no->history[0].date), "2012-08-30");
    ck_assert_ptr_null(mission(m, "BY", "embassy", "Oslo", "NO"));
    run_free(&r);
}
END_TEST

START_TEST(wp_numbered_table)
{
    run r = import_fixture(true, "numbered.wiki", NULL);
    ck_assert_int_eq(r.st, DG_OK);
    const dg_model *m = r.m;
    ck_assert_str_eq(m->countries[m->focus].id, "KZ");
    ck_assert_str_eq(date(&rel(m, "KZ", "RU")->period.start), "1992-10-22");
    ck_assert_str_eq(date(&rel(m, "KZ", "UA")->period.start), "1992-10-22"); /* rowspan */
    ck_assert_str_eq(date(&rel(m, "KZ", "US")->period.start), "1991-12-26");
    ck_assert_str_eq(date(&rel(m, "KZ", "JP")->period.start), "1992-01-26"); /* row headers */
    ck_assert_uint_eq(r.counts.rows, 6);
    ck_assert_uint_eq(r.counts.converted + r.counts.rows_reported, r.counts.rows);
    ck_assert(has_line(&r.report, "article:13: country not recognised: Atlantis"));
    ck_assert(has_line(&r.report, "article:15: the row names the article's own country: Kazakhstan"));
    run_free(&r);
}
END_TEST

START_TEST(wp_country_and_options)
{
    const char *t = "{|\n! Country !! Date\n|-\n| {{flag|Poland}} || 1992\n|}\n";
    dg_import_opts o = {.title = "Foreign relations of Lithuania",
                        .source_url = "https://en.wikipedia.org/wiki/Foreign_relations_of_Lithuania"};
    run r = import_text(true, t, strlen(t), &o);
    ck_assert_int_eq(r.st, DG_OK);
    ck_assert_str_eq(r.m->countries[r.m->focus].id, "LT");
    ck_assert_str_eq(r.m->sources[0].url, o.source_url);
    run_free(&r);
    /* No country anywhere: the caller must say. */
    r = import_text(true, t, strlen(t), NULL);
    ck_assert_int_eq(r.st, DG_EUSAGE);
    ck_assert(strncmp(r.err.msg, "country:", 8) == 0);
    dg_import_opts bad = {.country = "Atlantis"};
    r = import_text(true, t, strlen(t), &bad);
    ck_assert_int_eq(r.st, DG_EUSAGE);
    dg_import_opts url = {.country = "LT", .source_url = "javascript:alert(1)"};
    r = import_text(true, t, strlen(t), &url);
    ck_assert_int_eq(r.st, DG_EUSAGE);
    ck_assert(strncmp(r.err.msg, "source_url:", 11) == 0);
    /* A URL with spaces and non-ASCII is percent-encoded, not refused. */
    dg_import_opts enc = {.country = "CI", .source_url = "https://en.wikipedia.org/wiki/Côte d'Ivoire"};
    r = import_text(true, t, strlen(t), &enc);
    ck_assert_int_eq(r.st, DG_OK);
    ck_assert_str_eq(r.m->sources[0].url, "https://en.wikipedia.org/wiki/C%C3%B4te%20d'Ivoire");
    run_free(&r);
    /* Nothing to read: DG_EDATA, nothing written. */
    dg_import_opts by = {.country = "BY"};
    r = import_text(true, "just prose", 10, &by);
    ck_assert_int_eq(r.st, DG_EDATA);
    ck_assert_uint_eq(r.yaml.len, 0);
    run_free(&r);
}
END_TEST

/* ---- import wikidata ---- */

static void check_missions_csv(const run *r)
{
    const dg_model *m = r->m;
    ck_assert_uint_eq(r->counts.rows, 28);
    ck_assert_uint_eq(r->counts.converted, 26); /* one of them the same item again */
    ck_assert_uint_eq(r->counts.rows_reported, 2);
    ck_assert(has_line(&r->report, "table:23: sender not known: Nordic countries"));
    ck_assert(has_line(&r->report, "table:24: host country not known: Atlantis"));
    /* Names, the year-only creation, jurisdictions as accreditations. */
    const dg_mission *by = mission(m, "BY", "embassy", "Moscow", "RU");
    ck_assert(by && accredited(m, by, "AM") && by->n_accredited == 1);
    ck_assert_str_eq(date(&by->period.start), "1992");
    ck_assert_str_eq(by->wikidata, "Q90000001");
    ck_assert(accredited(m, mission(m, "IE", "embassy", "Moscow", "RU"), "BY"));
    MISSION(m, "PS", "embassy", "Moscow", "RU");
    MISSION(m, "US", "embassy", "Minsk", "BY");
    MISSION(m, "XK", "embassy", "Berlin", "DE");
    ck_assert_str_eq(m->countries[cid(m, "XK")].name, "Kosovo");
    /* The smallest unit within 30 km of a bigger city; no city at all. */
    const dg_mission *tr = mission(m, "TR", "embassy", "Moscow", "RU");
    ck_assert(tr && strstr(tr->note, "Khamovniki District"));
    ck_assert_str_eq(date(&tr->period.start), "1993-04-15");
    const dg_mission *ci = mission(m, "CI", "embassy", "Moscow", "RU");
    ck_assert(ci && strstr(ci->note, "Wikidata gives no city"));
    ck_assert(accredited(m, ci, "BY") && accredited(m, ci, "KZ"));
    /* Regions of the host are consular districts, not accreditations. */
    const dg_mission *cn = mission(m, "CN", "consulate-general", "Munich", "DE");
    ck_assert(cn && cn->n_accredited == 0 && strstr(cn->note, "Bavaria, Baden-Württemberg"));
    /* Kinds. */
    const dg_mission *va = mission(m, "VA", "embassy", "Moscow", "RU");
    ck_assert(va && strcmp(va->label, "apostolic nunciature") == 0);
    ck_assert_str_eq(mission(m, "CTA", "other", "Geneva", "CH")->label, "de facto embassy");
    ck_assert_str_eq(mission(m, "TW", "other", "Munich", "DE")->label, "de facto consulate");
    ck_assert_str_eq(mission(m, "CA-QC", "other", "Munich", "DE")->label, "Quebec Government Office");
    MISSION(m, "SE", "consulate-general", "Hamburg", "DE");
    ck_assert(accredited(m, mission(m, "GB", "high-commission", "New Delhi", "IN"), "BT"));
    MISSION(m, "IL", "liaison-office", "Ramallah", "PS");
    /* Senders that are no states. */
    ck_assert_str_eq(mission(m, "EU", "delegation", "Minsk", "BY")->of.kind == DG_ACTOR_ORG ? "org" : "", "org");
    MISSION(m, "SMOM", "embassy", "Minsk", "BY");
    MISSION(m, "ES-CT", "other", "Berlin", "DE");
    /* An organization as jurisdiction is the mission's `to`. */
    const dg_mission *pm = mission(m, "BY", "permanent-mission", "Geneva", "CH");
    ck_assert(pm && pm->to == dg_org_find(m, "UN"));
    /* The sender given as the host: the city's host in the other rows. */
    const dg_mission *au = mission(m, "AU", "embassy", "Vienna", "AT");
    ck_assert(au && accredited(m, au, "SI") && strstr(au->note, "gives Australia itself"));
    /* One name, two hosts: qualified. */
    MISSION(m, "PL", "consulate-general", "Brest", "BY");
    MISSION(m, "DE", "honorary-consulate", "Brest (France)", "FR");
    /* A quoted field with ';' and "" inside; a date the format cannot hold. */
    const dg_mission *lt = mission(m, "BY", "embassy", "Vilnius", "LT");
    ck_assert(lt && !dg_date_set(&lt->period.start) && strstr(lt->note, "0800-01-01"));
    /* Places: coordinates (the median of the city's missions) and QIDs. */
    uint32_t moscow = dg_place_find(m, "Moscow");
    ck_assert(moscow != DG_NONE && m->places[moscow].has_coords);
    ck_assert(m->places[moscow].lat == 55.7512 && m->places[moscow].lon == 37.6184);
    ck_assert_str_eq(m->places[moscow].wikidata, "Q649");
    ck_assert_uint_eq(m->n_missions, 25);
}

START_TEST(wd_csv)
{
    run r = import_fixture(false, "missions.csv", NULL);
    ck_assert_int_eq(r.st, DG_OK);
    check_missions_csv(&r);
    run_free(&r);
    /* One item in two rows (a query's row per city): one mission. */
    const char *csv = "operator,country,city,type,QID\n"
                      "Belarus,Russia,Moscow,embassy,http://www.wikidata.org/entity/Q77\n"
                      "Belarus,Russia,Tverskoy District,embassy,http://www.wikidata.org/entity/Q77\n";
    r = import_text(false, csv, strlen(csv), NULL);
    ck_assert_int_eq(r.st, DG_OK);
    ck_assert_uint_eq(r.m->n_missions, 1);
    ck_assert_uint_eq(r.counts.converted, 2);
    ck_assert(strstr(r.m->missions[0].note, "again (row 3, in Tverskoy District)"));
    run_free(&r);
}
END_TEST

START_TEST(wd_sparql_json)
{
    run r = import_fixture(false, "missions.json", NULL);
    ck_assert_int_eq(r.st, DG_OK);
    const dg_model *m = r.m;
    ck_assert_uint_eq(r.counts.rows, 4);
    ck_assert_uint_eq(r.counts.converted, 3);
    ck_assert(has_line(&r.report, "table:3: sender not known: Atlantis"));
    const dg_mission *md = mission(m, "BY", "embassy", "Chișinău", "MD"); /* \u escapes */
    ck_assert(md && accredited(m, md, "RO") && md->n_accredited == 1);
    ck_assert_str_eq(date(&md->period.start), "1993");
    MISSION(m, "RU", "embassy", "Minsk", "BY");
    const dg_mission *smom = mission(m, "SMOM", "embassy", "Minsk", "BY");
    ck_assert(smom && smom->to == dg_org_find(m, "EU"));
    ck_assert_str_eq(m->places[dg_place_find(m, "Chișinău")].wikidata, "Q21197");
    run_free(&r);
    /* Not a results document: DG_EDATA with the line. */
    r = import_text(false, "{\"head\": {\"vars\": [\"operator\"]}, \"results\": {\"bindings\": [{]}}",
                    62, NULL);
    ck_assert_int_eq(r.st, DG_EDATA);
    ck_assert(strstr(r.err.msg, "line 1: not a SPARQL JSON results document"));
}
END_TEST

START_TEST(wd_aliases_and_errors)
{
    const char *csv = "operator;country;city;type\nNordic countries;Belarus;Minsk;embassy\n";
    const char *al = "Nordic countries: NORDIC\nAtlantis: XA\n";
    dg_import_opts o = {.aliases = al, .aliases_len = strlen(al)};
    run r = import_text(false, csv, strlen(csv), &o);
    ck_assert_int_eq(r.st, DG_OK);
    MISSION(r.m, "NORDIC", "embassy", "Minsk", "BY");
    run_free(&r);
    dg_import_opts bad = {.aliases = "[a, b]", .aliases_len = 6};
    r = import_text(false, csv, strlen(csv), &bad);
    ck_assert_int_eq(r.st, DG_EUSAGE);
    ck_assert(strncmp(r.err.msg, "aliases:", 8) == 0);
    dg_import_opts badid = {.aliases = "x: 1x", .aliases_len = 5};
    r = import_text(false, csv, strlen(csv), &badid);
    ck_assert_int_eq(r.st, DG_EUSAGE);
    r = import_text(false, "just;one\n", 9, NULL);
    ck_assert_int_eq(r.st, DG_EDATA);
    ck_assert(strstr(r.err.msg, "no column 'operator'"));
    /* A city name longer than YAML's 1024-character implicit keys. */
    dg_buf big = {0};
    dg_buf_printf(&big, "operator;country;city\nBelarus;Russia;");
    for (int i = 0; i < 1500; i++)
        dg_buf_append(&big, "x", 1);
    dg_buf_append(&big, "\n", 1);
    r = import_text(false, big.data, big.len, NULL);
    ck_assert_int_eq(r.st, DG_OK);
    ck_assert_uint_eq(r.m->n_places, 1);
    run_free(&r);
    dg_buf_free(&big);
    r = import_text(false, "operator,country\n", 17, NULL); /* ',' separated, no rows */
    ck_assert_int_eq(r.st, DG_EDATA);
    ck_assert(strstr(r.err.msg, "no rows"));
}
END_TEST

/* The same input gives the same bytes; so does the same table in another
 * row order (its duplicate item and short row left out). */
START_TEST(wd_deterministic)
{
    size_t len;
    char *text = tu_read("fixtures/import/missions.csv", &len);
    run a = import_text(false, text, len, NULL), b = import_text(false, text, len, NULL);
    ck_assert(a.yaml.len == b.yaml.len && memcmp(a.yaml.data, b.yaml.data, a.yaml.len) == 0);
    char *lines[40];
    size_t n = 0;
    for (char *p = strtok(text, "\n"); p && n < 40; p = strtok(NULL, "\n"))
        lines[n++] = p;
    dg_buf fwd = {0}, rev = {0};
    for (size_t i = 0; i + 2 < n; i++) {
        dg_buf_printf(&fwd, "%s\n", lines[i]);
        dg_buf_printf(&rev, "%s\n", i == 0 ? lines[0] : lines[n - 2 - i]);
    }
    run c = import_text(false, fwd.data, fwd.len, NULL), d = import_text(false, rev.data, rev.len, NULL);
    ck_assert_int_eq(c.st, DG_OK);
    ck_assert(c.yaml.len == d.yaml.len && memcmp(c.yaml.data, d.yaml.data, c.yaml.len) == 0);
    run_free(&a);
    run_free(&b);
    run_free(&c);
    run_free(&d);
    dg_buf_free(&fwd);
    dg_buf_free(&rev);
    free(text);
}
END_TEST

/* ---- the real data, when ../shared is there ---- */

static bool cites(const dg_model *m, const dg_cite *c, uint32_t src)
{
    (void)m;
    for (uint32_t i = 0; i < c->n; i++)
        if (c->idx[i] == src)
            return true;
    return false;
}

typedef struct tally {
    size_t rel, rel_ok, mis, mis_ok, acc, acc_ok;
} tally;

/* data/belarus.yaml's records cited to wp, against the imported ones:
 * relations with the same date, missions by sender, kind, city and
 * host, accreditations by their mission and country. */
static tally reproduced(const dg_model *want, const dg_model *got)
{
    tally t = {0};
    uint32_t wp = DG_NONE;
    for (uint32_t i = 0; i < want->n_sources; i++)
        if (strcmp(want->sources[i].id, "wp") == 0)
            wp = i;
    ck_assert(wp != DG_NONE);
    for (uint32_t i = 0; i < want->n_relations; i++) {
        const dg_relation *r = &want->relations[i];
        if (!cites(want, &r->cite, wp))
            continue;
        const dg_relation *g = rel(got, want->countries[r->a].id, want->countries[r->b].id);
        t.rel++;
        t.rel_ok += g && dg_date_cmp(&g->period.start, &r->period.start) == 0;
    }
    for (uint32_t i = 0; i < want->n_missions; i++) {
        const dg_mission *mi = &want->missions[i];
        if (!cites(want, &mi->cite, wp))
            continue;
        const dg_mission *g = mission(got, dg_ref_id(want, mi->of), dg_mission_kind_name(mi->kind),
                                      mi->city, want->countries[mi->in].id);
        t.mis++;
        t.mis_ok += g != NULL;
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            t.acc++;
            t.acc_ok += accredited(got, g, want->countries[mi->accredited[k].to].id);
        }
    }
    return t;
}

START_TEST(seed_000_reproduces_the_data_set)
{
    size_t len;
    char *text = tu_read(SEED000, &len);
    if (!text) {
        printf("test_import: %s is absent: the seed test is skipped\n", SEED000);
        return;
    }
    dg_import_opts o = {.title = "Foreign relations of Belarus"};
    run r = import_text(true, text, len, &o);
    ck_assert_int_eq(r.st, DG_OK);
    dg_model *want = dg_model_new(NULL);
    dg_model_load_file(want, DG_SOURCE_DIR "/data/belarus.yaml");
    ck_assert_int_eq(dg_model_finish(want), DG_OK);
    tally t = reproduced(want, r.m);
    size_t all = t.rel + t.mis + t.acc, ok = t.rel_ok + t.mis_ok + t.acc_ok;
    printf("test_import: seed 000 reproduces %zu of %zu wp-sourced relations (same date), "
           "%zu of %zu missions, %zu of %zu accreditations: %zu of %zu, %.1f%%; %zu report lines\n",
           t.rel_ok, t.rel, t.mis_ok, t.mis, t.acc_ok, t.acc, ok, all, 100.0 * (double)ok / (double)all,
           r.counts.reported);
    ck_assert_uint_eq(t.rel, 53);
    ck_assert_msg(ok * 10 >= all * 9, "only %zu of %zu", ok, all);
    dg_model_free(want);
    run_free(&r);
    free(text);
}
END_TEST

/* Processor time, not wall time: a busy machine (CI, parallel builds)
 * makes the second meaningless. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

START_TEST(csv_2022_imports)
{
    size_t len;
    char *text = tu_read(CSV2022, &len);
    if (!text) {
        printf("test_import: %s is absent: the 2022 table test is skipped\n", CSV2022);
        return;
    }
    run a = {0};
    double t0 = now_ms();
    a.st = dg_import_wikidata(text, len, NULL, &a.yaml, &a.report, &a.counts, &a.err);
    double t1 = now_ms();
    ck_assert_int_eq(a.st, DG_OK);
    a.m = load_clean(&a.yaml); /* check --strict: no error, no warning */
    double t2 = now_ms();
    ck_assert_uint_eq(a.counts.rows, 9852);
    ck_assert_uint_eq(a.counts.converted + a.counts.rows_reported, a.counts.rows);
    printf("test_import: the 2022 table: %zu rows, %zu converted, %zu reported; %zu missions, "
           "%zu accreditations, %zu places; import %.0f ms, loading its output %.0f ms (%.2fx, "
           "processor time)\n",
           a.counts.rows, a.counts.converted, a.counts.rows_reported, a.counts.missions,
           a.counts.accreditations, a.counts.places, t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1));
    run b = import_text(false, text, len, NULL);
    ck_assert(a.yaml.len == b.yaml.len && memcmp(a.yaml.data, b.yaml.data, a.yaml.len) == 0);
    ck_assert(a.report.len == b.report.len && memcmp(a.report.data, b.report.data, a.report.len) == 0);
    size_t n;
    dg_hub *hubs = dg_hubs(a.m, cid(a.m, "BY"), NULL, &n);
    ck_assert(n > 0 && strcmp(hubs[0].city, "Moscow") == 0);
    free(hubs);
    run_free(&a);
    run_free(&b);
    free(text);
}
END_TEST

static Suite *import_suite(void)
{
    Suite *s = suite_create("import");
    TCase *tc = tcase_create("import");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, names_to_ids);
    tcase_add_test(tc, dates_as_written);
    tcase_add_test(tc, markup_to_text);
    tcase_add_test(tc, yaml_scalars_read_back);
    tcase_add_test(tc, wp_table_rows_and_dates);
    tcase_add_test(tc, wp_notes_missions);
    tcase_add_test(tc, wp_never_a_silent_guess);
    tcase_add_test(tc, wp_numbered_table);
    tcase_add_test(tc, wp_country_and_options);
    tcase_add_test(tc, wd_csv);
    tcase_add_test(tc, wd_sparql_json);
    tcase_add_test(tc, wd_aliases_and_errors);
    tcase_add_test(tc, wd_deterministic);
    tcase_add_test(tc, seed_000_reproduces_the_data_set);
    tcase_add_test(tc, csv_2022_imports);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(import_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
