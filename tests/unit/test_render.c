/* test_render.c — dg_render: golden DOT of every view on the fixture
 * data, the same bytes from reordered records and from a second run,
 * --at, the engine rule, every output format, well-formed SVG (xmllint),
 * hostile strings that stay inert, and the errors.
 *
 * The golden files are the graphs before layout (-T dot without -K), so
 * they do not depend on Graphviz's layout.  After a deliberate change of
 * a view, regenerate them with DG_UPDATE_GOLDEN=1 and read the diff
 * before committing it. */
#include "testutil.h"

#include <math.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SMALL "fixtures/render/small.yaml"
#define REORDERED "fixtures/render/small-reordered.yaml"
#define HOSTILE "fixtures/render/hostile.yaml"

static dg_model *load(const char *rel)
{
    const char *f[] = {rel};
    dg_model *m = tu_load_files(f, 1);
    ck_assert_msg(dg_model_error_count(m) == 0, "%s: %s", rel, tu_first_diag(m));
    return m;
}

/* Render and return the bytes as a NUL-terminated string; the caller
 * frees. Fails the test unless the status is `want`. */
static char *render_st(const dg_model *m, const dg_render_opts *o, dg_status want, size_t *len,
                       dg_error *err)
{
    dg_buf b = {0};
    dg_status st = dg_render(m, o, &b, err);
    ck_assert_msg(st == want, "dg_render: status %d, want %d (%s)", st, want, err->msg);
    if (st != DG_OK) {
        ck_assert_uint_eq(b.len, 0); /* nothing half-rendered */
        dg_buf_free(&b);
        return NULL;
    }
    ck_assert(dg_buf_append(&b, "", 1));
    if (len)
        *len = b.len - 1;
    return b.data;
}

static char *render(const dg_model *m, const dg_render_opts *o, size_t *len)
{
    dg_error err = {0};
    return render_st(m, o, DG_OK, len, &err);
}

/* The named golden cases: each a view and its options on SMALL. */
typedef struct gcase {
    const char *name;
    dg_render_opts o;
} gcase;

static const gcase cases[] = {
    {"accreditation", {.view = "accreditation"}},
    {"missions", {.view = "missions"}},
    {"missions-cities", {.view = "missions", .detail = "cities"}},
    {"missions-nofocus", {.view = "missions", .focus = ""}},
    {"relations", {.view = "relations"}},
    {"relations-nofocus", {.view = "relations", .focus = ""}},
    {"memberships", {.view = "memberships"}},
    {"memberships-depth2", {.view = "memberships", .depth = 2}},
    {"memberships-nofocus", {.view = "memberships", .focus = ""}},
};
#define N_CASES (sizeof cases / sizeof *cases)

START_TEST(golden_dot)
{
    dg_model *m = load(SMALL);
    const gcase *gc = &cases[_i];
    char rel[128];
    snprintf(rel, sizeof rel, "golden/render-%s.dot", gc->name);
    size_t len;
    char *got = render(m, &gc->o, &len);
    const char *upd = getenv("DG_UPDATE_GOLDEN");
    if (upd && *upd) {
        FILE *f = fopen(tu_path(rel), "wb");
        ck_assert_ptr_nonnull(f);
        ck_assert_uint_eq(fwrite(got, 1, len, f), len);
        ck_assert_int_eq(fclose(f), 0);
    }
    size_t glen = 0;
    char *want = tu_read(rel, &glen);
    ck_assert_msg(want != NULL, "missing %s (run with DG_UPDATE_GOLDEN=1)", rel);
    if (glen != len || memcmp(want, got, len)) {
        size_t i = 0, line = 1;
        while (i < glen && i < len && want[i] == got[i])
            line += want[i++] == '\n';
        ck_abort_msg("%s differs from the rendering from line %zu on", rel, line);
    }
    free(want);
    free(got);
    dg_model_free(m);
}
END_TEST

/* Records in another order, and a second run: the same bytes. */
START_TEST(reordered_input_same_dot)
{
    dg_model *a = load(SMALL), *b = load(REORDERED);
    const gcase *gc = &cases[_i];
    char *x = render(a, &gc->o, NULL), *y = render(b, &gc->o, NULL), *z = render(a, &gc->o, NULL);
    ck_assert_msg(!strcmp(x, y), "%s: reordered records change the DOT", gc->name);
    ck_assert_msg(!strcmp(x, z), "%s: a second run changes the DOT", gc->name);
    free(x);
    free(y);
    free(z);
    dg_model_free(a);
    dg_model_free(b);
}
END_TEST

/* ---- laid-out outputs ---- */

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
}

/* Every SVG the tests make goes through xmllint --noout. */
static void assert_well_formed_svg(const char *svg, size_t len, const char *what)
{
    char path[] = "/tmp/dg_render_svg_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    write_file(path, svg, len);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "xmllint --noout '%s' 2>&1", path);
    FILE *p = popen(cmd, "r");
    ck_assert_ptr_nonnull(p);
    char out[1024] = "";
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int rc = pclose(p);
    unlink(path);
    ck_assert_msg(rc == 0 && n == 0, "%s: xmllint says: %s (status %d)", what, out, rc);
    ck_assert_msg(!strncmp(svg, "<?xml", 5), "%s: not an XML document", what);
}

START_TEST(svg_well_formed_and_deterministic)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = cases[_i].o;
    o.format = "svg";
    size_t la, lb;
    char *a = render(m, &o, &la), *b = render(m, &o, &lb);
    assert_well_formed_svg(a, la, cases[_i].name);
    ck_assert_msg(la == lb && !memcmp(a, b, la), "%s: two SVG runs differ", cases[_i].name);
    ck_assert_ptr_nonnull(strstr(a, "<svg"));
    free(a);
    free(b);
    dg_model_free(m);
}
END_TEST

START_TEST(every_format)
{
    dg_model *m = load(SMALL);
    static const struct {
        const char *format, *magic;
    } f[] = {{"png", "\x89PNG"}, {"pdf", "%PDF"}, {"json", "{"}, {"xdot", "digraph"},
             {"plain", "graph "}, {"canon", "digraph"}, {"svg:cairo", "<?xml"},
             /* Graphviz 2.43's Visio writer crashes on tooltips: they go */
             {"vdx", "<VisioDocument"}};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        dg_render_opts o = {.format = f[i].format};
        size_t len;
        char *b = render(m, &o, &len);
        ck_assert_msg(len > 100 && !memcmp(b, f[i].magic, strlen(f[i].magic)),
                      "-T %s: unexpected output", f[i].format);
        free(b);
    }
    dg_model_free(m);
}
END_TEST

/* -T dot is the graph before layout; with -K it is laid out. */
START_TEST(dot_without_and_with_layout)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.format = "dot"};
    char *plain = render(m, &o, NULL);
    ck_assert_ptr_null(strstr(plain, "pos="));
    ck_assert_ptr_nonnull(strstr(plain, "layout=dot"));
    o.engine = "neato";
    char *laid = render(m, &o, NULL);
    ck_assert_ptr_nonnull(strstr(laid, "pos="));
    ck_assert_ptr_nonnull(strstr(laid, "layout=neato"));
    free(plain);
    free(laid);
    dg_model_free(m);
}
END_TEST

/* ---- hostile data ---- */

static const dg_render_opts hostile_views[] = {
    {.view = "accreditation"}, {.view = "missions"}, {.view = "missions", .detail = "cities"},
    {.view = "missions", .focus = ""}, {.view = "relations"}, {.view = "relations", .focus = ""},
    {.view = "memberships"}, {.view = "memberships", .depth = 2},
};

START_TEST(hostile_strings_stay_inert)
{
    dg_model *m = load(HOSTILE);
    dg_render_opts o = hostile_views[_i];
    o.format = "svg";
    size_t len;
    char *svg = render(m, &o, &len);
    char what[64];
    snprintf(what, sizeof what, "hostile %s view #%d", o.view, _i);
    assert_well_formed_svg(svg, len, what);
    ck_assert_msg(!strstr(svg, "<script") && !strstr(svg, "<b>") && !strstr(svg, "<img"),
                  "%s: markup from the data reached the SVG", what);
    ck_assert_msg(!strstr(svg, " href=\"") && !strstr(svg, "xlink:href"),
                  "%s: an href reached the SVG", what);
    ck_assert_msg(!strstr(svg, "&unknown;") && !strstr(svg, "&foo;"),
                  "%s: an undefined entity reached the SVG", what);
    free(svg);
    dg_model_free(m);
}
END_TEST

/* \N, \G, \l ... reach the picture as typed, in labels and tooltips. */
START_TEST(graphviz_escapes_stay_literal)
{
    dg_model *m = load(HOSTILE);
    dg_render_opts o = {.view = "accreditation", .format = "svg"};
    char *svg = render(m, &o, NULL);
    ck_assert_ptr_nonnull(strstr(svg, "&lt;b&gt;X&lt;/b&gt; \\N\\G\\l\\E\\T\\H\\L {record|shape}"));
    /* the capital "<i>cap</i> & \N" in the focus's tooltip */
    ck_assert_ptr_nonnull(strstr(svg, "Capital: &lt;i&gt;cap&lt;/i&gt; &amp; \\N"));
    /* the caption, an HTML-like label holding the data's title */
    ck_assert_ptr_nonnull(strstr(svg, "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; "
                                      "&quot;q&quot; \\N \\G \\l &amp;amp; &amp;foo;"));
    /* a name ending in a backslash keeps it, and the label still ends */
    ck_assert_ptr_nonnull(strstr(svg, "end\\</text>"));
    /* entities typed in the data are text, not entities */
    ck_assert_ptr_nonnull(strstr(svg, "&amp;lt;entity&amp;gt; &amp;amp;amp; &amp;#60;"));
    free(svg);
    o.format = "dot";
    char *dot = render(m, &o, NULL);
    ck_assert_ptr_nonnull(strstr(dot, "\\\\N\\\\G\\\\l"));
    free(dot);
    dg_model_free(m);
}
END_TEST

START_TEST(long_names_are_cut_in_labels_not_tooltips)
{
    dg_model *m = load(HOSTILE);
    dg_render_opts o = {.view = "relations", .format = "svg"};
    char *svg = render(m, &o, NULL);
    /* 40 characters and an ellipsis on the figure */
    ck_assert_ptr_nonnull(strstr(svg, ">Verylonglonglonglonglonglonglonglonglong\xE2\x80\xA6</text>"));
    /* the tooltip has more (up to its own cap) */
    ck_assert_ptr_nonnull(strstr(svg, "xlink:title=\"Verylonglonglonglonglonglonglonglonglonglonglong"));
    free(svg);
    dg_model_free(m);
}
END_TEST

/* ---- what the views show ---- */

static bool has(const char *hay, const char *needle)
{
    return strstr(hay, needle) != NULL;
}

START_TEST(accreditation_runs_through_hubs)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {0};
    char *dot = render(m, &o, NULL); /* the default view with a focus */
    ck_assert(has(dot, "subgraph cluster_in_RO {"));
    ck_assert(has(dot, "label=\"Bucharest\\n2 countries\""));
    ck_assert(has(dot, "label=\"Kyiv\\n1 country\""));
    ck_assert(has(dot, "c_in_NL -> h_in_0"));
    ck_assert(has(dot, "h_in_0 -> c_MD"));
    /* the focus abroad: Bucharest is its hub for Bulgaria */
    ck_assert(has(dot, "subgraph cluster_out_RO {"));
    ck_assert(has(dot, "-> c_out_BG"));
    /* organizations do not represent countries; to-org missions neither */
    ck_assert(!has(dot, "EU") && !has(dot, "WTO"));
    free(dot);
    dg_model_free(m);
}
END_TEST

START_TEST(bundled_accreditation_hubs)
{
    dg_model *m = load(DG_SOURCE_DIR "/data/belarus.yaml");
    dg_render_opts o = {.format = "dot"};
    char *dot = render(m, &o, NULL);
    ck_assert(has(dot, "label=\"Moscow\\n"));
    ck_assert(has(dot, "label=\"Warsaw\\n"));
    ck_assert(has(dot, "label=\"Vilnius\\n"));
    ck_assert(has(dot, "subgraph cluster_in_RU {"));
    ck_assert(has(dot, "compound=true")); /* the embassies in Minsk make a grid */
    free(dot);
    dg_model_free(m);
}
END_TEST

START_TEST(missions_summaries_and_organizations)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "missions"};
    char *dot = render(m, &o, NULL);
    ck_assert(has(dot, "label=\"embassy, consulate-general\""));
    ck_assert(has(dot, "o_in_EU -> c_MD"));
    ck_assert(has(dot, "c_MD -> o_out_WTO"));
    ck_assert(has(dot, "label=\"permanent mission\""));
    free(dot);
    o.detail = "cities";
    dot = render(m, &o, NULL);
    ck_assert(has(dot, "subgraph cluster_host_MD {"));
    ck_assert(has(dot, "label=Balti"));
    ck_assert(has(dot, "label=Iasi"));
    free(dot);
    dg_model_free(m);
}
END_TEST

static dg_date date(const char *s)
{
    dg_date d = {0};
    ck_assert_int_eq(dg_date_parse(s, strlen(s), &d), DG_DATE_OK);
    return d;
}

START_TEST(at_date)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "accreditation", .layout_own = true};
    char *now = render(m, &o, NULL);
    o.at = date("1999");
    char *then = render(m, &o, NULL);
    /* Japan's accreditation through Kyiv holds since 2000 */
    ck_assert(has(now, "label=\"Kyiv\\n1 country\"") && !has(then, "Kyiv\\n"));
    ck_assert(!has(now, "c_out_BY") && has(then, "c_out_BY")); /* closed 2020 */
    ck_assert(!has(now, "c_out_SE") && has(then, "c_out_SE")); /* until 2015 */
    /* The caption: the title as it is, the date in the subtitle. */
    ck_assert(has(then, ">Moldova in a nutshell</FONT>"));
    ck_assert(has(then, ">Accreditation view · Moldova") && has(then, " · as of 1999</FONT>"));
    ck_assert(has(now, ">Accreditation view · Moldova") && has(now, " · as recorded</FONT>"));
    free(now);
    free(then);
    o.view = "relations";
    o.at = date("2000");
    char *rel = render(m, &o, NULL);
    ck_assert(has(rel, "c_GE")); /* severed 2001 */
    free(rel);
    dg_model_free(m);
}
END_TEST

/* The text of the node statement "NAME [...];" in DOT, or "". */
static char *node_stmt(const char *dot, const char *name)
{
    char key[64];
    snprintf(key, sizeof key, "\t%s\t[", name);
    const char *p = strstr(dot, key);
    if (!p)
        return strdup("");
    const char *e = strstr(p, "];");
    return strndup(p, e ? (size_t)(e - p) : strlen(p));
}

/* By default a view on a date is laid out on every date's records: the
 * same nodes, with what does not hold then invisible. */
START_TEST(at_date_stable)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "accreditation", .at = date("1999")};
    char *then = render(m, &o, NULL);
    o.at = date("2021");
    char *later = render(m, &o, NULL);
    char *se_then = node_stmt(then, "c_out_SE"), *se_later = node_stmt(later, "c_out_SE");
    ck_assert_msg(*se_then && !strstr(se_then, "invis"), "%s", se_then); /* until 2015 */
    ck_assert_msg(strstr(se_later, "style=invis"), "%s", se_later);
    ck_assert(has(then, "as of 1999</FONT>") && has(later, "as of 2021</FONT>"));
    /* the same objects in both: only their looks differ */
    ck_assert_int_eq(strlen(then) > 0, 1);
    ck_assert(has(later, "c_out_SE") && has(then, "Kyiv"));
    free(se_then);
    free(se_later);
    free(then);
    free(later);
    dg_model_free(m);
}
END_TEST

/* --diff: what changed between two dates, marked with a class each. */
START_TEST(diff_dates)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "accreditation", .diff_from = date("1999"),
                        .diff_to = date("2021")};
    char *dot = render(m, &o, NULL);
    char *se = node_stmt(dot, "c_out_SE");
    ck_assert_msg(strstr(se, "class=removed"), "%s", se); /* until 2015 */
    ck_assert(has(dot, "class=added"));
    ck_assert(has(dot, "what changed from 1999 to 2021"));
    ck_assert(has(dot, "diff_legend"));
    free(se);
    free(dot);
    o.format = "svg";
    char *svg = render(m, &o, NULL);
    ck_assert(has(svg, "class=\"node removed\"") || has(svg, "class=\"edge removed\""));
    free(svg);
    dg_model_free(m);
}
END_TEST

/* A dense graph leaves dot for sfdp; the views' own choices otherwise. */
START_TEST(engine_rule)
{
    dg_buf y = {0};
    ck_assert(dg_buf_printf(&y, "missions:\n"));
    static const char *const cc[] = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                     "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                     "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};
    size_t n = sizeof cc / sizeof *cc;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < n; k++)
            if (i != k)
                ck_assert(dg_buf_printf(&y, "  - {of: %s, kind: embassy, city: C%zu, in: %s}\n",
                                        cc[i], k, cc[k]));
    ck_assert(dg_buf_append(&y, "", 1));
    dg_model *m = tu_load_str(y.data);
    ck_assert_msg(dg_model_error_count(m) == 0, "%s", tu_first_diag(m));
    dg_render_opts o = {.view = "missions"};
    char *dot = render(m, &o, NULL); /* 27 nodes, 702 edges */
    ck_assert(has(dot, "layout=sfdp"));
    free(dot);
    o.engine = "circo";
    dot = render(m, &o, NULL);
    ck_assert(has(dot, "layout=circo"));
    free(dot);
    dg_model_free(m);
    dg_buf_free(&y);

    m = load(SMALL);
    static const struct {
        dg_render_opts o;
        const char *layout;
    } want[] = {{{.view = "accreditation"}, "layout=dot"},
                {{.view = "missions"}, "layout=dot"},
                /* stars: laid out by the view, kept by neato */
                {{.view = "relations"}, "layout=neato"},
                {{.view = "relations", .focus = ""}, "layout=neato"}, /* MD's star */
                {{.view = "memberships"}, "layout=twopi"},
                {{.view = "memberships", .depth = 2}, "layout=dot"}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        dot = render(m, &want[i].o, NULL);
        ck_assert_msg(has(dot, want[i].layout), "case %zu: want %s", i, want[i].layout);
        free(dot);
    }
    dg_model_free(m);

    /* a ring is no star: neato */
    m = tu_load_str("relations:\n"
                    "  - {between: [AT, BE]}\n  - {between: [BE, CZ]}\n"
                    "  - {between: [CZ, DE]}\n  - {between: [DE, EE]}\n"
                    "  - {between: [EE, FR]}\n  - {between: [FR, AT]}\n");
    ck_assert_msg(dg_model_error_count(m) == 0, "%s", tu_first_diag(m));
    dg_render_opts o2 = {.view = "relations"};
    dot = render(m, &o2, NULL);
    ck_assert(has(dot, "layout=neato") && !has(dot, "pos="));
    free(dot);
    dg_model_free(m);
}
END_TEST

/* Every view is captioned: title, subtitle (view, focus, date), sources. */
START_TEST(captions)
{
    dg_model *m = load(SMALL);
    static const char *const views[] = {"accreditation", "missions", "relations", "memberships"};
    static const char *const words[] = {"Accreditation view", "Missions view", "Relations view",
                                        "Memberships view"};
    for (int i = 0; i < 4; i++) {
        dg_render_opts o = {.view = views[i]};
        char *dot = render(m, &o, NULL);
        char want[96];
        snprintf(want, sizeof want, ">%s · Moldova", words[i]); /* "Moldova, Republic of" */
        ck_assert_msg(has(dot, want) && has(dot, " · as recorded</FONT>"), "%s: no subtitle",
                      views[i]);
        ck_assert_msg(has(dot, ">Moldova in a nutshell</FONT>"), "%s: no title", views[i]);
        free(dot);
    }
    dg_render_opts o = {.view = "relations", .no_legend = true};
    char *dot = render(m, &o, NULL); /* the relation MD-RO cites "ex" */
    ck_assert(has(dot, "Source: Example source (Example publisher)"));
    free(dot);
    o = (dg_render_opts){.view = "missions", .focus = ""};
    dot = render(m, &o, NULL);
    ck_assert(has(dot, ">Missions view · all countries · as recorded</FONT>"));
    free(dot);
    dg_model_free(m);
}
END_TEST

static size_t where(const char *dot, const char *s)
{
    const char *p = strstr(dot, s);
    ck_assert_msg(p != NULL, "%s not found", s);
    return (size_t)(p - dot);
}

/* The angle, clockwise from 12 o'clock, of node name's pinned pos. */
static double clock_angle(const char *dot, const char *name)
{
    char key[64];
    snprintf(key, sizeof key, "\t%s\t[", name);
    const char *p = strstr(dot + where(dot, key), "pos=\"");
    double x = 0, y = 0;
    ck_assert_int_eq(sscanf(p, "pos=\"%lf,%lf!", &x, &y), 2);
    double a = atan2(x, y); /* from north, clockwise */
    return a < -1e-9 ? a + 2 * 3.14159265358979323846 : a;
}

/* Relations: partners by the day relations were established, clockwise
 * from 12 o'clock (laid out by the view, kept by neato), the rest drawn
 * on top of the active ones, with a marker; the legend says what the
 * numbers are. */
START_TEST(relations_order_and_status)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "relations"};
    char *dot = render(m, &o, NULL);
    /* RO 1991-08-27, BY 1992~ (from 1992-01-01), UA 1992-03-10, RU 1992-04-06 */
    ck_assert_double_eq_tol(clock_angle(dot, "c_RO"), 0, 1e-6);
    ck_assert(clock_angle(dot, "c_RO") < clock_angle(dot, "c_BY"));
    ck_assert(clock_angle(dot, "c_BY") < clock_angle(dot, "c_UA"));
    ck_assert(clock_angle(dot, "c_UA") < clock_angle(dot, "c_RU"));
    ck_assert(has(dot, "layout=neato") && has(dot, "overlap=true"));
    ck_assert(where(dot, "c_MD -> c_UA") < where(dot, "c_MD -> c_RU")); /* active first */
    ck_assert(has(dot, "arrowhead=dot") && has(dot, "arrowhead=odot"));
    ck_assert(has(dot, "year relations were established"));
    free(dot);
    dg_model_free(m);
}
END_TEST

/* Memberships: the years on every dated edge, organizations by name
 * (two lines when long), never by their id. */
START_TEST(memberships_years_and_names)
{
    dg_model *m = load(SMALL);
    dg_render_opts o = {.view = "memberships", .focus = "", .at = date("2000"),
                        .layout_own = true};
    char *dot = render(m, &o, NULL);
    ck_assert(has(dot, "<TD>1994–</TD>"));
    ck_assert(has(dot, "<TD>1993–2009</TD>"));
    ck_assert(has(dot, "label=\"Commonwealth of\\nIndependent States\""));
    ck_assert(has(dot, "years of membership"));
    ck_assert(has(dot, "ranksep=1.6"));
    free(dot);
    dg_model_free(m);
}
END_TEST

START_TEST(attributes_title_legend)
{
    dg_model *m = load(SMALL);
    dg_attr attrs[] = {{'N', "fontname", "Times"}, {'E', "penwidth", "3"},
                       {'G', "bgcolor", "lightyellow"}};
    dg_render_opts o = {.attrs = attrs, .n_attrs = 3, .title = "My <title> \\N & co"};
    char *dot = render(m, &o, NULL);
    ck_assert(has(dot, "fontname=Times"));
    ck_assert(has(dot, "penwidth=3"));
    ck_assert(has(dot, "bgcolor=lightyellow"));
    /* --title replaces the title; the caption keeps view, focus, date. */
    ck_assert(has(dot, ">My &lt;title&gt; \\\\N &amp; co</FONT>"));
    ck_assert(has(dot, "Accreditation view · Moldova") && has(dot, " · as recorded</FONT>"));
    ck_assert(has(dot, "focus country")); /* the legend, in the caption */
    free(dot);
    o.no_legend = true;
    dot = render(m, &o, NULL);
    ck_assert(!has(dot, "focus country"));
    free(dot);
    dg_model_free(m);
}
END_TEST

START_TEST(errors)
{
    dg_model *m = load(SMALL);
    dg_error err = {0};
    static const struct {
        dg_render_opts o;
        dg_status st;
        const char *msg;
    } bad[] = {
        {{.view = "timeline"}, DG_EUSAGE, "available: accreditation, memberships"},
        {{.format = "nosuch"}, DG_EUSAGE, " svg "},
        {{.engine = "nosuch"}, DG_EUSAGE, " sfdp "},
        {{.focus = "XX"}, DG_EDATA, "focus: unknown country 'XX'"},
        {{.focus = "CIS"}, DG_EDATA, "'CIS' is an organization"},
        {{.view = "accreditation", .focus = ""}, DG_EUSAGE, "needs a focus"},
        {{.depth = 3}, DG_EUSAGE, "depth: "},
        {{.detail = "towns"}, DG_EUSAGE, "cities"},
        {{.format = "x11"}, DG_EUSAGE, "a window, not a file"}, /* crashes without a display */
        {{.format = "gtk"}, DG_EUSAGE, "a window, not a file"}, /* exit()s without one */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        memset(&err, 0, sizeof err);
        char *out = render_st(m, &bad[i].o, bad[i].st, NULL, &err);
        ck_assert_ptr_null(out);
        ck_assert_msg(has(err.msg, bad[i].msg), "case %zu: '%s' lacks '%s'", i, err.msg,
                      bad[i].msg);
    }
    dg_attr layout[] = {{'G', "layout", "nosuch"}};
    dg_render_opts o = {.attrs = layout, .n_attrs = 1};
    ck_assert_ptr_null(render_st(m, &o, DG_EUSAGE, NULL, &err));
    dg_model_free(m);
}
END_TEST

START_TEST(empty_data_set)
{
    dg_model *m = tu_load_str("dipgraph: 1\n");
    dg_render_opts o = {.format = "svg"};
    size_t len;
    char *svg = render(m, &o, &len); /* the missions view of nothing */
    assert_well_formed_svg(svg, len, "empty");
    free(svg);
    for (size_t i = 0; i < N_CASES; i++) {
        if (cases[i].o.view && !strcmp(cases[i].o.view, "accreditation"))
            continue;
        dg_render_opts e = cases[i].o;
        e.focus = "";
        free(render(m, &e, NULL));
    }
    dg_model_free(m);
}
END_TEST

static Suite *render_suite(void)
{
    Suite *s = suite_create("render");
    TCase *tc = tcase_create("render");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, golden_dot, 0, (int)N_CASES);
    tcase_add_loop_test(tc, reordered_input_same_dot, 0, (int)N_CASES);
    tcase_add_loop_test(tc, svg_well_formed_and_deterministic, 0, (int)N_CASES);
    tcase_add_test(tc, every_format);
    tcase_add_test(tc, dot_without_and_with_layout);
    tcase_add_loop_test(tc, hostile_strings_stay_inert, 0,
                        (int)(sizeof hostile_views / sizeof *hostile_views));
    tcase_add_test(tc, graphviz_escapes_stay_literal);
    tcase_add_test(tc, long_names_are_cut_in_labels_not_tooltips);
    tcase_add_test(tc, accreditation_runs_through_hubs);
    tcase_add_test(tc, bundled_accreditation_hubs);
    tcase_add_test(tc, missions_summaries_and_organizations);
    tcase_add_test(tc, at_date);
    tcase_add_test(tc, at_date_stable);
    tcase_add_test(tc, diff_dates);
    tcase_add_test(tc, engine_rule);
    tcase_add_test(tc, attributes_title_legend);
    tcase_add_test(tc, captions);
    tcase_add_test(tc, relations_order_and_status);
    tcase_add_test(tc, memberships_years_and_names);
    tcase_add_test(tc, errors);
    tcase_add_test(tc, empty_data_set);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(render_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
