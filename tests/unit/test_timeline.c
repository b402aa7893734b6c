/* test_timeline.c — dg_timeline and its layout: golden layouts of the
 * fixtures, the geometry of dates (reduced precision, zero length,
 * clipping at --from/--to, today), crowded lanes, every output format,
 * determinism, hostile strings, and errors.
 *
 * The golden files are the layout dumps (tl_dump).  After a deliberate
 * change of the layout, regenerate them with DG_UPDATE_GOLDEN=1 and read
 * the diff before committing it. */
#include "testutil.h"
#include "timeline.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EPOCH "1700000000" /* 2023-11-14, the "today" of every test */

static dg_model *load(const char *rel)
{
    const char *f[] = {rel};
    dg_model *m = tu_load_files(f, 1);
    ck_assert_msg(dg_model_error_count(m) == 0, "%s: %s", rel, tu_first_diag(m));
    return m;
}

static dg_date date(const char *s)
{
    dg_date d = {0};
    if (s)
        ck_assert_int_eq(dg_date_parse(s, strlen(s), &d), DG_DATE_OK);
    return d;
}

static int32_t day(const char *s)
{
    dg_date d = date(s);
    return dg_date_first(&d);
}

static dg_timeline_opts opts(const char *focus, const char *rows, const char *from,
                             const char *to, const char *format)
{
    dg_timeline_opts o = {focus, rows, date(from), date(to), format, NULL};
    return o;
}

static void layout_ok(const dg_model *m, const dg_timeline_opts *o, tl_layout *L)
{
    dg_error err = {0};
    dg_status st = tl_timeline_layout(m, o, L, &err);
    ck_assert_msg(st == DG_OK, "layout: %s", err.msg);
}

/* The rendering as a NUL-terminated string (freed by the caller). */
static char *render(const dg_model *m, const dg_timeline_opts *o, size_t *len)
{
    dg_buf b = {0};
    dg_error err = {0};
    dg_status st = dg_timeline(m, o, &b, &err);
    ck_assert_msg(st == DG_OK, "timeline: %s", err.msg);
    ck_assert_ptr_nonnull(b.data);
    if (len)
        *len = b.len;
    return b.data;
}

static double x_of(const tl_layout *L, const char *d)
{
    return L->plot_x + (double)(day(d) - L->from) * L->plot_w / (double)(L->to - L->from);
}

/* The first item of a kind whose tooltip (or text) starts with prefix. */
static const tl_item *find(const tl_layout *L, int kind, const char *prefix)
{
    for (size_t i = 0; i < L->n; i++) {
        const tl_item *it = &L->items[i];
        const char *s = kind == TL_I_TEXT ? it->text : it->tip;
        if (it->kind == kind && s && !strncmp(s, prefix, strlen(prefix)))
            return it;
    }
    return NULL;
}

/* The first item of a kind whose tooltip holds needle anywhere. */
static const tl_item *find_tip(const tl_layout *L, int kind, const char *needle)
{
    for (size_t i = 0; i < L->n; i++)
        if (L->items[i].kind == kind && L->items[i].tip && strstr(L->items[i].tip, needle))
            return &L->items[i];
    return NULL;
}

static size_t count_items(const tl_layout *L, int kind, const char *prefix)
{
    size_t n = 0;
    for (size_t i = 0; i < L->n; i++) {
        const tl_item *it = &L->items[i];
        const char *s = kind == TL_I_TEXT ? it->text : it->tip;
        n += it->kind == kind && (!prefix || (s && !strncmp(s, prefix, strlen(prefix))));
    }
    return n;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void setup(void)
{
    setenv("SOURCE_DATE_EPOCH", EPOCH, 1);
}

/* ---- golden layouts ---- */

static void golden(const char *fixture, const dg_timeline_opts *o, const char *name)
{
    dg_model *m = load(fixture);
    tl_layout L;
    layout_ok(m, o, &L);
    dg_buf b = {0};
    ck_assert(tl_dump(&L, &b));
    char rel[256];
    snprintf(rel, sizeof rel, "golden/timeline/%s", name);
    const char *upd = getenv("DG_UPDATE_GOLDEN");
    if (upd && *upd) {
        FILE *f = fopen(tu_path(rel), "wb");
        ck_assert_ptr_nonnull(f);
        fwrite(b.data, 1, b.len, f);
        fclose(f);
    }
    size_t glen = 0;
    char *want = tu_read(rel, &glen);
    ck_assert_msg(want != NULL, "missing %s (run with DG_UPDATE_GOLDEN=1)", rel);
    if (glen != b.len || memcmp(want, b.data, b.len)) {
        /* Point at the first line that differs. */
        size_t i = 0, line = 1;
        while (i < glen && i < b.len && want[i] == b.data[i])
            line += want[i++] == '\n';
        ck_abort_msg("%s differs from the layout from line %zu on", rel, line);
    }
    free(want);
    dg_buf_free(&b);
    tl_layout_free(&L);
    dg_model_free(m);
}

START_TEST(golden_all_rows)
{
    dg_timeline_opts o = opts(NULL, "all", NULL, NULL, NULL);
    golden("fixtures/timeline/basic.yaml", &o, "basic-all.txt");
}
END_TEST

START_TEST(golden_clipped)
{
    dg_timeline_opts o = opts(NULL, "relations,memberships,events", "1995", "2009", NULL);
    golden("fixtures/timeline/basic.yaml", &o, "basic-clipped.txt");
}
END_TEST

START_TEST(golden_no_focus)
{
    dg_timeline_opts o = opts("", "all", NULL, NULL, NULL);
    golden("fixtures/timeline/basic.yaml", &o, "basic-no-focus.txt");
}
END_TEST

/* Format 1.1 history: pieces (strained, greyed, gaps, closed to the
 * public) and level ticks over the bars, each with its entry's tooltip. */
START_TEST(golden_history_v11)
{
    dg_timeline_opts o = opts(NULL, "relations,missions", "1991", "2026", NULL);
    golden("fixtures/timeline/history-v11.yaml", &o, "history-v11.txt");
}
END_TEST

/* --rows heads: a row per head of mission; `all` stays the four of v1. */
START_TEST(golden_heads_v11)
{
    dg_timeline_opts o = opts(NULL, "heads", "1991", "2026", NULL);
    golden("fixtures/timeline/history-v11.yaml", &o, "history-v11-heads.txt");
    int g[TL_G_COUNT];
    dg_error err = {0};
    ck_assert_uint_eq(tl_parse_rows("all", true, g, &err), 4);
    ck_assert_uint_eq(tl_parse_rows("heads,all", true, g, &err), 5);
}
END_TEST

/* A piece's tooltip gives its entry: date, status, note and the source
 * (the record's when the entry cites none). */
START_TEST(history_tooltips)
{
    dg_model *m = load("fixtures/timeline/history-v11.yaml");
    dg_timeline_opts o = opts(NULL, "relations,missions", "1991", "2026", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const char *severed = NULL, *tick = NULL;
    for (size_t i = 0; i < L.n; i++) {
        const char *t = L.items[i].tip;
        if (t && strstr(t, "Russia: severed\n"))
            severed = t;
        if (t && L.items[i].kind == TL_I_RECT && strstr(t, "Russia: level charge"))
            tick = t;
    }
    ck_assert_ptr_nonnull(severed);
    ck_assert_ptr_nonnull(strstr(severed, "from 2022-04-04"));
    ck_assert_ptr_nonnull(strstr(severed, "until 2023-01-01"));
    ck_assert_ptr_nonnull(strstr(severed, "ambassador expelled"));
    ck_assert_ptr_nonnull(strstr(severed, "First source"));
    ck_assert_ptr_nonnull(tick);
    ck_assert_ptr_nonnull(strstr(tick, "Second source"));
    bool head = false; /* heads of mission are named in the SVG's text */
    for (size_t i = 0; i < L.n; i++)
        head |= L.items[i].kind == TL_I_TEXT && !strcmp(L.items[i].text, "Edminas Bagdonas");
    ck_assert(head);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* Continuity (docs/timeline.md, "Held as a predecessor"): Yugoslavia ->
 * Serbia and Montenegro -> Serbia; taken-over records start where they
 * started, tinted "as ..." up to each hand-over; a membership's history
 * along its bar; a relation with an organization as a row of its own. */
START_TEST(golden_continuity_v11)
{
    dg_timeline_opts o = opts(NULL, "relations,missions,memberships", "1945", "2025", NULL);
    golden("fixtures/timeline/continuity.yaml", &o, "continuity-v11.txt");
    o = opts("", "relations,missions", "1945", "2025", NULL);
    golden("fixtures/timeline/continuity.yaml", &o, "continuity-v11-no-focus.txt");
}
END_TEST

/* The tinted part of a bar: from its start to the hand-over, one stretch
 * per link, each with its tooltip and, where it fits, its label. */
START_TEST(continuity_stretches)
{
    dg_model *m = load("fixtures/timeline/continuity.yaml");
    dg_timeline_opts o = opts(NULL, "relations,missions,memberships", "1945", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const char *un = "Serbia in United Nations: member\nas Yugoslavia until 2003-02-04, then "
                     "Serbia and Montenegro (continuity)";
    const tl_item *b = find(&L, TL_I_BAR, un);
    ck_assert_ptr_nonnull(b);
    ck_assert(b->flags & TL_LIGHT);
    ck_assert_double_eq_tol(b->x, x_of(&L, "1945-10-24"), 0.01);
    ck_assert_double_eq_tol(b->x + b->w, x_of(&L, "2003-02-04"), 0.01);
    b = find(&L, TL_I_BAR, "Serbia in United Nations: member\nas Serbia and Montenegro until "
                           "2006-06-05, then Serbia");
    ck_assert(b && (b->flags & TL_LIGHT));
    ck_assert_double_eq_tol(b->x, x_of(&L, "2003-02-04"), 0.01);
    ck_assert_double_eq_tol(b->x + b->w, x_of(&L, "2006-06-05"), 0.01);
    b = find(&L, TL_I_BAR, "Serbia in United Nations: member\nsince"); /* Serbia's own */
    ck_assert(b && !(b->flags & TL_LIGHT));
    ck_assert_double_eq_tol(b->x, x_of(&L, "2006-06-05"), 0.01);
    const tl_item *t = find(&L, TL_I_TEXT, "as Yugoslavia");
    ck_assert(t && t->font == TL_T_HELD && t->tip && strstr(t->tip, "(continuity)"));
    /* The history under a held stretch stays: a gap tinted, not hidden. */
    const char *held = "\nas Yugoslavia until 2003-02-04, then Serbia and Montenegro (continuity)";
    b = find(&L, TL_I_BAR, "Germany \xE2\x80\x93 Serbia: severed");
    ck_assert(b && (b->flags & TL_HOLLOW) && (b->flags & TL_LIGHT));
    ck_assert(strstr(b->tip, held) && strstr(b->tip, "from 1957-10-19"));
    b = find(&L, TL_I_BAR, "Serbia in OSCE: suspended");
    ck_assert(b && b->style == TL_S_MEMBER_SUSPENDED && (b->flags & TL_LIGHT));
    ck_assert(strstr(b->tip, held) && strstr(b->tip, "from 1992-07-08"));
    ck_assert_ptr_nonnull(strstr(b->tip, "suspended from the CSCE"));
    /* A relation with an organization: its own row, its level change. */
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Relations with organizations"));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "European Union"));
    ck_assert_ptr_nonnull(find(&L, TL_I_RECT, "Serbia \xE2\x80\x93 European Union: level"));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "held as a predecessor state"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* Undated records and continuity (tests/fixtures/timeline/continuity-undated.yaml). */
START_TEST(golden_continuity_undated)
{
    dg_timeline_opts o = opts(NULL, "relations,missions,events", "1950", "2025", NULL);
    golden("fixtures/timeline/continuity-undated.yaml", &o, "continuity-undated.txt");
}
END_TEST

/* The item of a kind whose tooltip starts with prefix that ends furthest
 * left (several: a fade and its bar). */
static const tl_item *first_of(const tl_layout *L, int kind, const char *prefix)
{
    const tl_item *best = NULL;
    for (size_t i = 0; i < L->n; i++) {
        const tl_item *it = &L->items[i];
        if (it->kind == kind && it->tip && !strncmp(it->tip, prefix, strlen(prefix)) &&
            (!best || it->x < best->x))
            best = it;
    }
    return best;
}

/* A record taken over with no start recorded certainly held on the first
 * hand-over: its "start not recorded" fade ends there (lighter, as
 * Yugoslavia), not at the right edge as if it had begun lately. */
START_TEST(undated_taken_over_fades_in_by_the_hand_over)
{
    dg_model *m = load("fixtures/timeline/continuity-undated.yaml");
    dg_timeline_opts o = opts(NULL, "relations", "1950", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *f = first_of(&L, TL_I_FADE, "Austria \xE2\x80\x93 Serbia: diplomatic relations");
    ck_assert_ptr_nonnull(f);
    ck_assert(f->flags & TL_LIGHT);
    ck_assert_double_eq_tol(f->x + f->w, x_of(&L, "2003-02-04"), 0.01);
    ck_assert_ptr_nonnull(strstr(f->tip, "as Yugoslavia until 2003-02-04"));
    const tl_item *b = find(&L, TL_I_BAR, "Austria \xE2\x80\x93 Serbia: diplomatic relations\n"
                                          "as Serbia and Montenegro");
    ck_assert(b && (b->flags & TL_LIGHT));
    ck_assert_double_eq_tol(b->x, x_of(&L, "2003-02-04"), 0.01);
    tl_layout_free(&L);
    /* The chart starting after the hand-over: a bar from its left edge,
     * "continues" on the left, no fade. */
    o = opts(NULL, "relations", "2004", "2025", NULL);
    layout_ok(m, &o, &L);
    ck_assert_ptr_null(first_of(&L, TL_I_FADE, "Austria"));
    const tl_item *a = first_of(&L, TL_I_ARROW, "Austria");
    ck_assert(a && a->just == 'l');
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* An accreditation holds only through its mission: under a mission whose
 * opening nothing bounds (a stub) it is a stub too, never a fade from
 * 2006 ahead of its mission; a dated accreditation shows the mission held
 * by then. */
START_TEST(accreditations_never_run_ahead_of_their_mission)
{
    dg_model *m = load("fixtures/timeline/continuity-undated.yaml");
    dg_timeline_opts o = opts(NULL, "missions", "1950", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *mi = first_of(&L, TL_I_FADE, "Embassy of Armenia in Athens");
    const tl_item *ac = first_of(&L, TL_I_FADE, "Armenia accredited to Serbia");
    ck_assert(mi && ac);
    ck_assert_double_ge(ac->x, mi->x - 0.01);
    ck_assert_double_gt(ac->x, x_of(&L, "2020-01-01"));
    mi = first_of(&L, TL_I_FADE, "Embassy of Chile in Athens");
    ck_assert_ptr_nonnull(mi);
    ck_assert_double_eq_tol(mi->x + mi->w, x_of(&L, "2010-01-01"), 0.01);
    ac = first_of(&L, TL_I_BAR, "Chile accredited to Serbia");
    ck_assert(ac && ac->x >= mi->x);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* Heads given to the year: a name stops short of the next head's stretch,
 * cut with "…", or is left out when too little of it fits. */
START_TEST(head_names_stop_at_the_next_head)
{
    dg_model *m = load("fixtures/timeline/continuity-undated.yaml");
    dg_timeline_opts o = opts(NULL, "missions", "1950", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    size_t names = 0;
    for (size_t i = 0; i < L.n; i++) {
        const tl_item *t = &L.items[i];
        if (t->kind != TL_I_TEXT || !t->tip || strncmp(t->tip, "Head of mission", 15))
            continue;
        names++;
        const char *next = strstr(t->tip, "Montgomery") ? "2004-01-01"
                         : strstr(t->tip, "Kirby")      ? "2016-01-01" : NULL;
        if (next)
            ck_assert_double_le(t->x + t->w, x_of(&L, next) - 2.9);
        if (strcmp(t->text, "Kyle R. Scott") && strstr(t->tip, "Scott"))
            ck_assert_ptr_nonnull(strstr(t->text, "\xE2\x80\xA6"));
        ck_assert_ptr_null(strstr(t->tip, "Polt")); /* 2004-2007: no room */
    }
    ck_assert_uint_ge(names, 3);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* The events of the states the focus continues are its events too. */
START_TEST(events_of_predecessors_belong_to_the_focus)
{
    dg_model *m = load("fixtures/timeline/continuity-undated.yaml");
    dg_timeline_opts o = opts(NULL, "events", "1950", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_PILL, "1961-09-01"));
    ck_assert_ptr_nonnull(find(&L, TL_I_PILL, "2003-02-04"));
    ck_assert_ptr_nonnull(find(&L, TL_I_PILL, "2008-02-17"));
    ck_assert_ptr_null(find(&L, TL_I_PILL, "1995-01-01"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* The sources footer is cut between two sources, the rest counted. */
START_TEST(sources_footer_cut_between_sources)
{
    dg_buf y = {0};
    dg_buf_printf(&y, "dipgraph: 1\nfocus: BY\nsources:\n");
    for (int i = 0; i < 40; i++)
        dg_buf_printf(&y, "  s%02d: {title: A rather long source title number %d, "
                          "publisher: Somebody}\n", i, i);
    dg_buf_printf(&y, "events:\n");
    for (int i = 0; i < 40; i++)
        dg_buf_printf(&y, "  - {date: %d, kind: visit, title: v%d, actors: [BY], source: s%02d}\n",
                      1991 + i % 30, i, i);
    dg_model *m = tu_load_str(y.data);
    dg_buf_free(&y);
    dg_timeline_opts o = opts(NULL, "events", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *t = find(&L, TL_I_TEXT, "Sources:");
    ck_assert_ptr_nonnull(t);
    ck_assert_ptr_null(strstr(t->text, "\xE2\x80\xA6"));
    const char *more = strstr(t->text, "; and ");
    ck_assert_ptr_nonnull(more);
    ck_assert(strstr(more, " more") && !strcmp(strstr(more, " more"), " more"));
    ck_assert_ptr_nonnull(strstr(t->tip, "number 39 (Somebody)"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* A membership left: a gap along the bar, and the legend says so. */
START_TEST(membership_left_is_a_gap)
{
    dg_model *m = load("fixtures/valid/v11_full.yaml");
    dg_timeline_opts o = opts("GB", "memberships", "1970", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *b = find_tip(&L, TL_I_BAR, ": left\n");
    ck_assert_ptr_nonnull(b);
    ck_assert(b->flags & TL_HOLLOW);
    ck_assert_double_eq_tol(b->x, x_of(&L, "2020-01-31"), 0.01);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "severed, suspended, closed or left"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* A pair recorded with status none (RS and XK): a grey gap, said in the
 * legend in its own words, not the severed colour of a broken relation. */
START_TEST(relation_none_is_a_grey_gap)
{
    dg_model *m = load("fixtures/valid/v11_full.yaml");
    dg_timeline_opts o = opts("RS", "relations", "1990", "2025", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *b = find_tip(&L, TL_I_BAR, "Kosovo");
    ck_assert_ptr_nonnull(b);
    ck_assert(b->flags & TL_HOLLOW);
    ck_assert_int_eq(b->style, TL_S_EV_OTHER);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "no relations, never had any"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* ---- dates on the axis ---- */

START_TEST(reduced_precision_covers_its_span)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "memberships,events", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    /* "1991": the pill runs from the first to the last day of 1991. */
    const tl_item *p = find(&L, TL_I_PILL, "1991 \xC2\xB7 recognition");
    ck_assert_ptr_nonnull(p);
    ck_assert_double_eq_tol(p->x, x_of(&L, "1991-01-01"), 0.01);
    ck_assert_double_eq_tol(p->x + p->w, x_of(&L, "1992-01-01"), 0.01);
    /* A membership from 1991-09 until 1995~: from September 1991 to the
     * end of 1995, the fuzzy end fading out. */
    const char *alpha = "Lithuania in Alpha Organization";
    const tl_item *b = find(&L, TL_I_BAR, alpha), *f = find(&L, TL_I_FADE, alpha);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_nonnull(f);
    ck_assert_double_eq_tol(b->x, x_of(&L, "1991-09-01"), 0.01);
    ck_assert_int_eq(f->just, 'r');
    ck_assert_double_eq_tol(f->x + f->w, x_of(&L, "1996-01-01"), 0.01);
    ck_assert_double_eq_tol(b->x + b->w, f->x, 0.01);
    /* An event from 1993-08-31 until 1994. */
    p = find(&L, TL_I_PILL, "1993-08-31");
    ck_assert_ptr_nonnull(p);
    ck_assert_double_eq_tol(p->x, x_of(&L, "1993-08-31"), 0.01);
    ck_assert_double_eq_tol(p->x + p->w, x_of(&L, "1995-01-01"), 0.01);
    /* The default range: the data's span in whole years, up to today. */
    ck_assert_int_eq(L.from, day("1990-01-01"));
    ck_assert_int_eq(L.to, day("2024-01-01"));
    tl_layout_free(&L);
    /* A chart of 1991 alone: the "1991" event fills it, its label inside. */
    o = opts(NULL, "events", "1991", "1991", NULL);
    layout_ok(m, &o, &L);
    p = find(&L, TL_I_PILL, "1991 \xC2\xB7 recognition");
    ck_assert_ptr_nonnull(p);
    ck_assert_double_eq_tol(p->x, L.plot_x, 0.01);
    ck_assert_double_eq_tol(p->w, L.plot_w, 0.01);
    const tl_item *t = find(&L, TL_I_TEXT, "Recognized by many states");
    ck_assert(t && t->font == TL_T_EVENT_IN && t->x > p->x && t->x + t->w < p->x + p->w);
    ck_assert(t->y >= p->y && t->y + t->h <= p->y + p->h + 0.01);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(zero_length_spans_stay_visible)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "memberships", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    /* Delta Pact: since 2000-05-05 until 2000-05-05 (one day). */
    const tl_item *b = find(&L, TL_I_BAR, "Lithuania in Delta Pact");
    ck_assert_ptr_nonnull(b);
    ck_assert(b->w >= 2.9 && b->w < 4);
    double mid = (x_of(&L, "2000-05-05") + x_of(&L, "2000-05-06")) / 2;
    ck_assert_double_eq_tol(b->x + b->w / 2, mid, 0.01);
    tl_layout_free(&L);
    dg_model_free(m);

    /* An event on one day, a range of one year, and a range of one day. */
    m = tu_load_str("events:\n  - {date: 2001-02-03, kind: visit, title: V, actors: [FR]}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    o = opts("", NULL, "2001", "2001", NULL);
    layout_ok(m, &o, &L);
    ck_assert_int_eq(L.to - L.from, 365);
    const tl_item *p = find(&L, TL_I_PILL, "2001-02-03");
    ck_assert_ptr_nonnull(p);
    ck_assert(p->w > 0 && p->x >= L.plot_x && p->x + p->w <= L.plot_x + L.plot_w + 0.01);
    tl_layout_free(&L);
    o = opts("", NULL, "2001-02-03", "2001-02-03", NULL);
    layout_ok(m, &o, &L);
    ck_assert_int_eq(L.to - L.from, 1);
    p = find(&L, TL_I_PILL, "2001-02-03");
    ck_assert_ptr_nonnull(p);
    ck_assert(p->x >= L.plot_x - 0.01 && p->x + p->w <= L.plot_x + L.plot_w + 0.01);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(spans_crossing_the_range_are_clipped_and_marked)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "relations,memberships,events", "1995", "2009", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    ck_assert_int_eq(L.from, day("1995-01-01"));
    ck_assert_int_eq(L.to, day("2010-01-01"));
    double left = L.plot_x, right = L.plot_x + L.plot_w;
    /* Poland: established 1991, still so — cut on both sides, arrows on both. */
    const char *pl = "Lithuania \xE2\x80\x93 Poland: diplomatic relations";
    const tl_item *b = find(&L, TL_I_BAR, pl);
    ck_assert_ptr_nonnull(b);
    ck_assert_double_eq_tol(b->x, left, 0.01);
    ck_assert_double_eq_tol(b->x + b->w, right, 0.01);
    size_t arrows = 0;
    for (size_t i = 0; i < L.n; i++)
        if (L.items[i].kind == TL_I_ARROW && L.items[i].tip && !strcmp(L.items[i].tip, b->tip)) {
            arrows++;
            ck_assert(L.items[i].just == 'l' ? L.items[i].x + L.items[i].w <= left
                                             : L.items[i].x >= right);
        }
    ck_assert_uint_eq(arrows, 2);
    /* No established marker: it lies before the range. */
    ck_assert_ptr_null(find(&L, TL_I_DIAMOND, pl));
    /* Latvia: severed 2010-06-30%, after --to: cut at the right, no fade. */
    b = find(&L, TL_I_BAR, "Lithuania \xE2\x80\x93 Latvia");
    ck_assert_ptr_nonnull(b);
    ck_assert_double_eq_tol(b->x + b->w, right, 0.01);
    ck_assert_ptr_null(find(&L, TL_I_FADE, "Lithuania \xE2\x80\x93 Latvia"));
    /* Events outside the range are left out and not counted. */
    ck_assert_ptr_null(find(&L, TL_I_PILL, "2021-08"));
    ck_assert_ptr_null(find(&L, TL_I_TEXT, "Expulsions"));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Accessions (2)"));
    /* Every item stays on the canvas. */
    for (size_t i = 0; i < L.n; i++) {
        const tl_item *it = &L.items[i];
        ck_assert(it->x >= -0.01 && it->y >= -0.01);
        ck_assert(it->x + it->w <= L.width + 0.01 && it->y + it->h <= L.height + 0.01);
        ck_assert(it->w >= 0 && it->h >= 0);
    }
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(today_line_when_the_range_reaches_today)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "memberships", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *t = find(&L, TL_I_LINE, "today: 2023-11-14");
    ck_assert_ptr_nonnull(t);
    ck_assert_double_eq_tol(t->x + t->w / 2, x_of(&L, "2023-11-14"), 0.01);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "today (2023-11-14)"));
    tl_layout_free(&L);
    o = opts(NULL, "memberships", NULL, "2010", NULL);
    layout_ok(m, &o, &L);
    ck_assert_uint_eq(count_items(&L, TL_I_LINE, NULL), 0);
    tl_layout_free(&L);
    /* Another today, another line: SOURCE_DATE_EPOCH is honoured. */
    setenv("SOURCE_DATE_EPOCH", "1262304000", 1); /* 2010-01-01 */
    o = opts(NULL, "memberships", "2000", "2020", NULL);
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_LINE, "today: 2010-01-01"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* ---- rows ---- */

START_TEST(rows_and_focus)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    tl_layout L;
    /* Default with a focus: memberships and events. */
    dg_timeline_opts o = opts(NULL, NULL, NULL, NULL, NULL);
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Memberships of Lithuania"));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Events involving Lithuania"));
    ck_assert_ptr_null(find(&L, TL_I_TEXT, "Relations of"));
    /* The visit of LV and EE is not Lithuania's. */
    ck_assert_ptr_null(find(&L, TL_I_PILL, "2005 \xC2\xB7 visit"));
    tl_layout_free(&L);
    /* No focus: events only by default, all of them. */
    o = opts("", NULL, NULL, NULL, NULL);
    layout_ok(m, &o, &L);
    ck_assert_ptr_null(find(&L, TL_I_TEXT, "Memberships"));
    ck_assert_ptr_nonnull(find(&L, TL_I_PILL, "2005 \xC2\xB7 visit"));
    tl_layout_free(&L);
    /* No focus: every pair, every mission, each organization's lifetime. */
    o = opts("", "relations,missions,memberships", NULL, NULL, NULL);
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Lithuania \xE2\x80\x93 Latvia"));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Estonia: embassy, Riga (Latvia)"));
    ck_assert_ptr_nonnull(find(&L, TL_I_BAR, "Delta Pact (ORGD), military"));
    tl_layout_free(&L);
    /* Another focus, given in alpha-3; groups in the order asked. */
    o = opts("LVA", "events,relations", NULL, NULL, NULL);
    layout_ok(m, &o, &L);
    const tl_item *ev = find(&L, TL_I_TEXT, "Events involving Latvia");
    const tl_item *rel = find(&L, TL_I_TEXT, "Relations of Latvia");
    ck_assert(ev && rel && ev->y < rel->y);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Lithuania"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(missions_and_accreditations)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "missions", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *own = find(&L, TL_I_TEXT, "Missions of Lithuania");
    const tl_item *in = find(&L, TL_I_TEXT, "Missions in Lithuania");
    const tl_item *abroad = find(&L, TL_I_TEXT, "Accredited to Lithuania from abroad");
    ck_assert(own && in && abroad && own->y < in->y && in->y < abroad->y);
    /* Accreditation to Ukraine 1993 .. 1998-12, thinner, under its mission. */
    const tl_item *mis = find(&L, TL_I_BAR, "Embassy of Lithuania in Warsaw");
    const tl_item *ua = find(&L, TL_I_BAR, "Lithuania accredited to Ukraine");
    ck_assert(mis && ua && ua->y > mis->y && ua->h < mis->h);
    ck_assert_double_eq_tol(ua->x, x_of(&L, "1993-01-01"), 0.01);
    ck_assert_double_eq_tol(ua->x + ua->w, x_of(&L, "1999-01-01"), 0.01);
    /* To Belarus, with no dates of its own: the mission's (1992-04, open). */
    const tl_item *by = find(&L, TL_I_BAR, "Lithuania accredited to Belarus");
    ck_assert_ptr_nonnull(by);
    ck_assert_double_eq_tol(by->x, mis->x, 0.01);
    ck_assert_ptr_nonnull(find(&L, TL_I_ARROW, "Lithuania accredited to Belarus"));
    /* Estonia's embassy in Riga: only its accreditation to Lithuania. */
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "accredited to Lithuania"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(unknown_start_fades_in_from_its_lower_bound)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "memberships,relations", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    /* Gamma Council (founded 1999): a candidate since an unknown time. */
    const tl_item *f = find(&L, TL_I_FADE, "Lithuania in Gamma Council");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(f->just, 'l');
    ck_assert_double_eq_tol(f->x, x_of(&L, "1999-01-01"), 0.01);
    /* ... and no "continues" arrow on its left: its start is not cut off. */
    for (size_t i = 0; i < L.n; i++)
        if (L.items[i].kind == TL_I_ARROW && L.items[i].tip &&
            !strncmp(L.items[i].tip, "Lithuania in Gamma", 18))
            ck_assert_int_eq(L.items[i].just, 'r');
    /* Estonia: no dates at all, nothing to bound its start — not a bar
     * from the left edge (as old as the chart) but a short stub fading in
     * before the right edge, where it still holds. */
    f = find(&L, TL_I_FADE, "Estonia \xE2\x80\x93 Lithuania");
    ck_assert_ptr_nonnull(f);
    ck_assert_double_eq_tol(f->x, L.plot_x + L.plot_w - 28, 0.01);
    const tl_item *rest = find(&L, TL_I_BAR, "Estonia \xE2\x80\x93 Lithuania");
    ck_assert_ptr_nonnull(rest);
    ck_assert_double_eq_tol(rest->x + rest->w, L.plot_x + L.plot_w, 0.01);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* A mission with no opening date starts no earlier than the relation
 * between its sender and its host: not from the chart's left edge. */
START_TEST(unknown_start_bounded_by_the_relation)
{
    dg_model *m = tu_load_str("focus: RS\n"
                              "relations: [{between: [RS, GB], established: 1837},\n"
                              "            {between: [RS, JP], established: 1882}]\n"
                              "missions:\n"
                              "  - {of: GB, kind: embassy, city: Belgrade, in: RS, opened: 1837}\n"
                              "  - {of: JP, kind: consulate, city: Nis, in: RS}\n"
                              "  - {of: FR, kind: honorary-consulate, city: Novi Sad, in: RS}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_timeline_opts o = opts(NULL, "missions", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *f = find(&L, TL_I_FADE, "Consulate of Japan");
    ck_assert_ptr_nonnull(f);
    ck_assert_double_eq_tol(f->x, x_of(&L, "1882-01-01"), 0.01);
    /* France: no relation recorded, nothing to go by: a short stub that
     * ends where the chart ends (it still holds), far from 1837. */
    f = find(&L, TL_I_FADE, "Honorary consulate of France");
    ck_assert_ptr_nonnull(f);
    ck_assert(f->x > L.plot_x + L.plot_w - 30);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* An event title too long for its side goes on two lines, not cut. */
START_TEST(event_titles_wrap_before_they_are_cut)
{
    dg_model *m = tu_load_str(
        "events:\n"
        "  - {date: 2001-05-01, kind: agreement, actors: [FR, DE],\n"
        "     title: 'Agreement on the avoidance of double taxation and the prevention of "
        "fiscal evasion'}\n"
        "  - {date: 2010, kind: agreement, actors: [FR, DE], title: 'Short one'}\n");
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_timeline_opts o = opts(NULL, "events", "2000", "2012", NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *t = find(&L, TL_I_TEXT, "Agreement on the avoidance");
    ck_assert_ptr_nonnull(t);
    ck_assert_ptr_nonnull(strchr(t->text, '\n'));
    ck_assert_ptr_null(strstr(t->text, "\xE2\x80\xA6")); /* two lines are enough */
    ck_assert_ptr_nonnull(strstr(t->text, "evasion"));
    ck_assert(t->h > 15);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* Many events of one kind in a few years: stacked, then counted. */
START_TEST(crowded_lanes_are_thinned)
{
    dg_buf y = {0};
    ck_assert(dg_buf_printf(&y, "events:\n"));
    for (int i = 0; i < 3000; i++)
        ck_assert(dg_buf_printf(&y,
                                "  - {date: %d-%02d-%02d, kind: visit, title: 'Visit number %d "
                                "with a long title', actors: [FR]}\n",
                                2000 + i % 10, 1 + i % 12, 1 + i % 28, i));
    dg_model *m = tu_load_str(y.data);
    dg_buf_free(&y);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_timeline_opts o = opts("", "events", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "Visits (3000)"));
    size_t labels = 0, pills = count_items(&L, TL_I_PILL, "20"), hist = 0;
    for (size_t i = 0; i < L.n; i++) {
        labels += L.items[i].kind == TL_I_TEXT && L.items[i].font == TL_T_EVENT;
        hist += L.items[i].kind == TL_I_RECT && L.items[i].paint == TL_P_HIST;
    }
    ck_assert(labels > 4 && labels == pills && labels < 100);
    ck_assert(hist > 0 && hist <= 130); /* a bar per month at most */
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "+"));
    /* No two event labels overlap. */
    for (size_t i = 0; i < L.n; i++)
        for (size_t j = i + 1; j < L.n; j++) {
            const tl_item *a = &L.items[i], *b = &L.items[j];
            if (a->kind != TL_I_TEXT || b->kind != TL_I_TEXT || a->font != TL_T_EVENT ||
                b->font != TL_T_EVENT)
                continue;
            bool apart = a->x + a->w <= b->x || b->x + b->w <= a->x || a->y + a->h <= b->y ||
                         b->y + b->h <= a->y;
            ck_assert_msg(apart, "labels %zu and %zu overlap", i, j);
        }
    /* The chart stays small whatever the number of events. */
    ck_assert(L.n < 600);
    ck_assert(L.height < 600);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(long_labels_cut_with_full_text_in_tooltip)
{
    const char *name = "The Extraordinarily Long-Named Intergovernmental Organization for the "
                       "Promotion of Very Long Names in Charts and Elsewhere";
    char yaml[512];
    snprintf(yaml, sizeof yaml,
             "focus: FR\norganizations:\n  LONG:\n    name: %s\n    members:\n      FR: 1990\n",
             name);
    dg_model *m = tu_load_str(yaml);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    dg_timeline_opts o = opts(NULL, "memberships", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    const tl_item *t = find(&L, TL_I_TEXT, "The Extraordinarily");
    ck_assert_ptr_nonnull(t);
    ck_assert_ptr_nonnull(strchr(t->text, '\n'));             /* wrapped */
    ck_assert_ptr_null(strchr(strchr(t->text, '\n') + 1, '\n')); /* into two lines */
    ck_assert_ptr_nonnull(strstr(t->text, "\xE2\x80\xA6"));    /* and cut */
    ck_assert_str_eq(t->tip, name);
    ck_assert(tl_text_width(t->text, strlen(t->text), TL_T_LABEL) < 2 * t->w);
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(many_rows_are_capped)
{
    dg_buf y = {0};
    ck_assert(dg_buf_printf(&y, "countries:\n"));
    for (int i = 0; i < 700; i++)
        ck_assert(dg_buf_printf(&y, "  C%d: Country %d\n", i, i));
    ck_assert(dg_buf_printf(&y, "relations:\n"));
    for (int i = 0; i < 699; i++)
        ck_assert(dg_buf_printf(&y, "  - {between: [C%d, C%d], established: %d}\n", i, i + 1,
                                1950 + i % 70));
    dg_model *m = tu_load_str(y.data);
    dg_buf_free(&y);
    ck_assert_msg(dg_model_error_count(m) == 0, "%s", tu_first_diag(m));
    dg_timeline_opts o = opts("", "relations", NULL, NULL, NULL);
    tl_layout L;
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "\xE2\x80\xA6 and 399 more not shown"));
    ck_assert_uint_eq(count_items(&L, TL_I_DIAMOND, NULL), 300 + 1); /* + the legend's */
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

START_TEST(empty_data_set)
{
    dg_model *m = tu_load_str("title: Nothing\n");
    dg_timeline_opts o = opts("", "all", NULL, NULL, "svg");
    tl_layout L;
    layout_ok(m, &o, &L);
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "No relations recorded."));
    ck_assert_ptr_nonnull(find(&L, TL_I_TEXT, "No events recorded."));
    ck_assert_int_eq(L.to - L.from, 365 + (dg_date_today().year % 4 == 0));
    tl_layout_free(&L);
    free(render(m, &o, NULL));
    dg_model_free(m);
}
END_TEST

/* ---- outputs ---- */

START_TEST(every_format)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    static const struct {
        const char *format, *magic;
    } f[] = {{"svg", "<?xml"}, {"png", "\x89PNG"}, {"pdf", "%PDF"}, {"dot", "graph timeline"},
             {"ps", "%!PS"}, {"json", "{"}, {"png:cairo", "\x89PNG"}};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        dg_timeline_opts o = opts(NULL, "all", NULL, NULL, f[i].format);
        size_t len;
        char *out = render(m, &o, &len);
        ck_assert_msg(len > 1000 && !memcmp(out, f[i].magic, strlen(f[i].magic)), "%s",
                      f[i].format);
        free(out);
    }
    dg_model_free(m);
}
END_TEST

START_TEST(svg_keeps_text_and_is_well_formed)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts(NULL, "all", NULL, NULL, "svg");
    size_t len;
    char *svg = render(m, &o, &len);
    ck_assert_ptr_nonnull(strstr(svg, ">Timeline fixture</text>"));
    ck_assert_ptr_nonnull(strstr(svg, ">Alpha Organization</text>"));
    ck_assert_ptr_nonnull(strstr(svg, "xlink:title=\"Lithuania in Beta Union: member&#10;"));
    ck_assert_uint_eq(count(svg, "href"), 0);
    if (system("xmllint --version >/dev/null 2>&1") == 0) {
        char path[4200];
        snprintf(path, sizeof path, "%s/timeline-test-%ld.svg", DG_BINARY_DIR, (long)getpid());
        FILE *fp = fopen(path, "wb");
        ck_assert_ptr_nonnull(fp);
        fwrite(svg, 1, len, fp);
        fclose(fp);
        char cmd[4300];
        snprintf(cmd, sizeof cmd, "xmllint --noout '%s'", path);
        ck_assert_int_eq(system(cmd), 0);
        unlink(path);
    }
    free(svg);
    dg_model_free(m);
}
END_TEST

START_TEST(deterministic)
{
    dg_model *a = load("fixtures/timeline/basic.yaml");
    dg_model *b = load("fixtures/timeline/basic-reordered.yaml");
    static const char *const formats[] = {"svg", "dot", "png"};
    static const char *const rows[] = {"all", NULL, "events,missions"};
    for (size_t i = 0; i < 3; i++) {
        dg_timeline_opts o = opts(NULL, rows[i], NULL, NULL, formats[i]);
        size_t l1, l2, l3;
        char *x = render(a, &o, &l1), *y = render(a, &o, &l2), *z = render(b, &o, &l3);
        ck_assert_msg(l1 == l2 && !memcmp(x, y, l1), "%s differs run to run", formats[i]);
        ck_assert_msg(l1 == l3 && !memcmp(x, z, l1), "%s differs on reordered input",
                      formats[i]);
        free(x);
        free(y);
        free(z);
    }
    dg_model_free(a);
    dg_model_free(b);
}
END_TEST

START_TEST(hostile_strings)
{
    dg_model *m = load("fixtures/timeline/hostile.yaml");
    dg_timeline_opts o = opts(NULL, "all", NULL, NULL, "svg");
    char *svg = render(m, &o, NULL);
    ck_assert_uint_eq(count(svg, "<script"), 0);
    ck_assert_uint_eq(count(svg, "href=\""), 0); /* "href" only as escaped text */
    ck_assert_uint_eq(count(svg, "<img"), 0);
    ck_assert_uint_eq(count(svg, "<b>"), 0);
    ck_assert_uint_eq(count(svg, "<![CDATA["), 0);
    /* Text arrives literally: markup escaped, Graphviz escapes not expanded. */
    ck_assert_ptr_nonnull(strstr(svg, ">&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; "
                                      "&quot;quotes&quot; \\N \\G</text>"));
    ck_assert_ptr_nonnull(strstr(svg, ">javascript:alert(2) \\N \\E \\T \\H \\L \\G \\n</text>"));
    ck_assert_ptr_nonnull(strstr(svg, "Kosovo &lt;b&gt;bold&lt;/b&gt; \\l \\\\ &amp; co"));
    ck_assert_ptr_nonnull(strstr(svg, "(&amp;amp; &amp;foo; &amp;#0; ]]&gt;"));
    ck_assert_ptr_nonnull(strstr(svg, "Title with \\N and \\l and \\\\ and &amp;lt; &amp;amp;lt;"));
    /* Tooltips too, line breaks as character references. */
    ck_assert_ptr_nonnull(strstr(svg, "xlink:title=\"&lt;script&gt;alert(&#39;t&#39;)"));
    ck_assert_ptr_nonnull(strstr(svg, "note: line one&#10;line two"));
    ck_assert_ptr_nonnull(strstr(svg, "\\N \\E \\T \\H \\L \\G \\n (EVIL)"));
    free(svg);
    /* The other renderers take the same strings without failing. */
    static const char *const formats[] = {"png", "pdf", "dot"};
    for (size_t i = 0; i < 3; i++) {
        o.format = formats[i];
        free(render(m, &o, NULL));
    }
    dg_model_free(m);
}
END_TEST

/* ---- errors ---- */

static void fails(const dg_model *m, const dg_timeline_opts *o, dg_status want, const char *msg)
{
    dg_buf b = {0};
    ck_assert(dg_buf_append(&b, "old", 3));
    dg_error err = {0};
    dg_status st = dg_timeline(m, o, &b, &err);
    ck_assert_int_eq(st, want);
    ck_assert_int_eq(err.code, want);
    ck_assert_msg(strstr(err.msg, msg), "'%s' lacks '%s'", err.msg, msg);
    ck_assert_uint_eq(b.len, 3); /* the output is left alone */
    dg_buf_free(&b);
}

START_TEST(errors)
{
    dg_model *m = load("fixtures/timeline/basic.yaml");
    dg_timeline_opts o = opts("XX", NULL, NULL, NULL, NULL);
    fails(m, &o, DG_EDATA, "focus: unknown country 'XX'");
    o = opts("ORGA", NULL, NULL, NULL, NULL);
    fails(m, &o, DG_EDATA, "'ORGA' is an organization");
    o = opts(NULL, "memberships,event", NULL, NULL, NULL);
    fails(m, &o, DG_EUSAGE, "unknown row kind 'event' (did you mean 'events'?)");
    o = opts(NULL, ",", NULL, NULL, NULL);
    fails(m, &o, DG_EUSAGE, "rows: names no row kind");
    o = opts(NULL, NULL, "2001", "2000-12-31", NULL);
    fails(m, &o, DG_EUSAGE, "from: 2001 is after to (2000-12-31)");
    o = opts(NULL, NULL, NULL, NULL, "nonesuch");
    fails(m, &o, DG_EUSAGE, "unknown format 'nonesuch' (available: ");
    o = opts(NULL, NULL, NULL, NULL, "x11");
    fails(m, &o, DG_EUSAGE, "a window, not a file: format 'x11'");
    o = opts(NULL, NULL, NULL, NULL, "");
    fails(m, &o, DG_EUSAGE, "unknown format");
    /* A single bound beyond the data is fine: a year from or to it. */
    tl_layout L;
    o = opts(NULL, NULL, "2100", NULL, NULL);
    layout_ok(m, &o, &L);
    ck_assert_int_eq(L.from, day("2100-01-01"));
    ck_assert_int_eq(L.to, day("2101-01-01"));
    tl_layout_free(&L);
    o = opts(NULL, NULL, NULL, "1900-06", NULL);
    layout_ok(m, &o, &L);
    ck_assert_int_eq(L.from, day("1900-01-01"));
    ck_assert_int_eq(L.to, day("1900-07-01"));
    tl_layout_free(&L);
    dg_model_free(m);
}
END_TEST

/* ---- text ---- */

START_TEST(text_fitting)
{
    dg_arena *a = dg_arena_new();
    ck_assert_str_eq(tl_fit(a, "  short \n text ", TL_T_LABEL, 200), "short text");
    const char *cut = tl_fit(a, "Ünïcödé wörds everywhere in this line", TL_T_LABEL, 60);
    ck_assert(tl_text_width(cut, strlen(cut), TL_T_LABEL) <= 60);
    ck_assert_ptr_nonnull(strstr(cut, "\xE2\x80\xA6"));
    /* Cut at a character boundary: valid UTF-8 before the ellipsis. */
    for (size_t w = 5; w < 120; w += 3) {
        const char *c = tl_fit(a, "ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ北京北京北京", TL_T_LABEL, (double)w);
        size_t len = strlen(c);
        ck_assert(len >= 3 && !strcmp(c + len - 3, "\xE2\x80\xA6"));
        for (size_t i = 0; i + 3 < len;) {
            unsigned char u = (unsigned char)c[i];
            size_t n = u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
            ck_assert_uint_le(i + n, len - 3);
            i += n;
        }
    }
    int lines;
    const char *w = tl_wrap(a, "one two three four five six seven", TL_T_LABEL, 60, 2, &lines);
    ck_assert_int_eq(lines, 2);
    ck_assert_ptr_nonnull(strchr(w, '\n'));
    w = tl_wrap(a, "one", TL_T_LABEL, 60, 2, &lines);
    ck_assert_int_eq(lines, 1);
    ck_assert_str_eq(w, "one");
    w = tl_wrap(a, "Supercalifragilisticexpialidocious", TL_T_LABEL, 40, 2, &lines);
    ck_assert_int_eq(lines, 2);
    w = tl_wrap(a, "", TL_T_LABEL, 40, 2, &lines);
    ck_assert_str_eq(w, "");
    dg_arena_free(a);
}
END_TEST

static Suite *timeline_suite(void)
{
    Suite *s = suite_create("timeline");
    TCase *tc = tcase_create("timeline");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, golden_all_rows);
    tcase_add_test(tc, golden_clipped);
    tcase_add_test(tc, golden_no_focus);
    tcase_add_test(tc, golden_history_v11);
    tcase_add_test(tc, history_tooltips);
    tcase_add_test(tc, golden_heads_v11);
    tcase_add_test(tc, golden_continuity_v11);
    tcase_add_test(tc, continuity_stretches);
    tcase_add_test(tc, golden_continuity_undated);
    tcase_add_test(tc, undated_taken_over_fades_in_by_the_hand_over);
    tcase_add_test(tc, accreditations_never_run_ahead_of_their_mission);
    tcase_add_test(tc, head_names_stop_at_the_next_head);
    tcase_add_test(tc, events_of_predecessors_belong_to_the_focus);
    tcase_add_test(tc, sources_footer_cut_between_sources);
    tcase_add_test(tc, membership_left_is_a_gap);
    tcase_add_test(tc, relation_none_is_a_grey_gap);
    tcase_add_test(tc, reduced_precision_covers_its_span);
    tcase_add_test(tc, zero_length_spans_stay_visible);
    tcase_add_test(tc, spans_crossing_the_range_are_clipped_and_marked);
    tcase_add_test(tc, today_line_when_the_range_reaches_today);
    tcase_add_test(tc, rows_and_focus);
    tcase_add_test(tc, missions_and_accreditations);
    tcase_add_test(tc, unknown_start_fades_in_from_its_lower_bound);
    tcase_add_test(tc, crowded_lanes_are_thinned);
    tcase_add_test(tc, long_labels_cut_with_full_text_in_tooltip);
    tcase_add_test(tc, many_rows_are_capped);
    tcase_add_test(tc, empty_data_set);
    tcase_add_test(tc, every_format);
    tcase_add_test(tc, svg_keeps_text_and_is_well_formed);
    tcase_add_test(tc, deterministic);
    tcase_add_test(tc, hostile_strings);
    tcase_add_test(tc, errors);
    tcase_add_test(tc, text_fitting);
    tcase_add_test(tc, unknown_start_bounded_by_the_relation);
    tcase_add_test(tc, event_titles_wrap_before_they_are_cut);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(timeline_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
