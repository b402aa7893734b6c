/* timeline_layout.c — where everything of a timeline goes, in points.
 *
 * The canvas, top to bottom: title and subtitle; the year axis; the groups
 * (a heading, then rows: a label column on the left, the plot on the
 * right); a second axis under tall charts; the legend; the sources.
 * Days map linearly onto the plot.  Items are collected in any order and
 * sorted by layer at the end (grid under bars under markers under text). */
#include "timeline.h"

#include <math.h>

enum {
    GAP = 14,        /* label column to plot: room for "continues" arrows */
    LABEL_MAX = 200, /* widest label column */
    LABEL_MIN = 60,
    MAX_ROWS = 300, /* rows per group; the rest are counted */
};
#define MARGIN TL_MARGIN
#define ROW_H 18.0
#define BAR_H 10.0
#define SUB_H 13.0
#define THIN_H 4.0

/* ---- the axis ---- */

typedef struct ticks {
    int major;        /* years between labelled ticks */
    int minor_months; /* months between small ticks, 0 for none */
    bool months;      /* label the months too */
} ticks;

static ticks choose_ticks(const tl_lay *y)
{
    static const int steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    double ppy = y->pw * 365.2425 / (double)(y->to - y->from);
    ticks t = {1000, 0, false};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (steps[i] * ppy >= 40) {
            t.major = steps[i];
            break;
        }
    if (t.major == 1) {
        t.minor_months = ppy / 12 >= 5 ? 1 : ppy / 4 >= 5 ? 3 : 0;
        t.months = ppy / 12 >= 20;
        return t;
    }
    static const int divs[] = {1, 2, 5, 10, 25, 50, 100, 250};
    for (size_t i = 0; i < sizeof divs / sizeof *divs; i++)
        if (divs[i] < t.major && t.major % divs[i] == 0 && divs[i] * ppy >= 5) {
            t.minor_months = divs[i] * 12;
            break;
        }
    return t;
}

static int32_t month_day(int year, int month)
{
    dg_date d = {(int16_t)year, (uint8_t)month, 1, DG_PREC_DAY, 0};
    return dg_date_first(&d);
}

static void tick(tl_lay *y, double x, double base, double len, bool top)
{
    tl_rect(y, TL_P_AXIS, TL_L_GRID, x - 0.4, top ? base - len : base, 0.8, len);
}

/* Ticks and labels along base; labels above it (top) or below. */
static void axis(tl_lay *y, const ticks *t, double base, bool top)
{
    /* TRANSLATORS: months on a timeline's axis, as short as they can be. */
    static const char *const mon[] = {NC_("month", "Jan"), NC_("month", "Feb"),
                                      NC_("month", "Mar"), NC_("month", "Apr"),
                                      NC_("month", "May"), NC_("month", "Jun"),
                                      NC_("month", "Jul"), NC_("month", "Aug"),
                                      NC_("month", "Sep"), NC_("month", "Oct"),
                                      NC_("month", "Nov"), NC_("month", "Dec")};
    dg_arena *a = y->L->arena;
    double lh = tl_line_h(TL_T_AXIS);
    tl_rect(y, TL_P_AXIS, TL_L_GRID, y->x0, base - 0.4, y->pw, 0.8);
    int y0 = dg_date_from_days(y->from).year, y1 = dg_date_from_days(y->to).year;
    double ylab = top ? base - 5 - lh : base + 5;
    double mlab = top ? ylab : ylab + lh;
    if (t->months && top)
        ylab -= lh;
    for (int yr = y0; yr <= y1; yr++) {
        for (int mo = 1; mo <= 12; mo++) {
            int32_t d = month_day(yr, mo);
            if (d < y->from || d > y->to)
                continue;
            double x = tl_x(y, d);
            bool major = mo == 1 && yr % t->major == 0;
            int months = (yr * 12 + mo - 1) % (t->minor_months ? t->minor_months : 1);
            if (major) {
                tick(y, x, base, 5, top);
                const char *yt = tl_fmt(a, "%d", yr);
                double tw = tl_text_width(yt, strlen(yt), TL_T_AXIS) + 2;
                tl_text_add(y, TL_T_AXIS, 'c', x - tw / 2, ylab, tw, lh, yt);
            } else if (t->minor_months && months == 0) {
                tick(y, x, base, 2.5, top);
            }
            if (t->months && d < y->to && month_day(yr + (mo == 12), mo % 12 + 1) <= y->to) {
                double w = tl_x(y, month_day(yr + (mo == 12), mo % 12 + 1)) - x;
                tl_text_add(y, TL_T_AXIS, 'c', x, mlab, w, lh,
                            dg_trc(y->p->lang, "month", mon[mo - 1]));
            }
        }
    }
}

static void grid(tl_lay *y, const ticks *t, double top, double bottom)
{
    int y0 = dg_date_from_days(y->from).year, y1 = dg_date_from_days(y->to).year;
    for (int yr = y0; yr <= y1; yr++) {
        int32_t d = month_day(yr, 1);
        if (yr % t->major == 0 && d >= y->from && d <= y->to)
            tl_rect(y, TL_P_GRID, TL_L_GRID, tl_x(y, d) - 0.4, top, 0.8, bottom - top);
    }
}

/* ---- rows ---- */

static bool row_visible(const tl_lay *y, const tl_row *r)
{
    for (size_t k = 0; k < r->nspans; k++)
        if (tl_span_visible(y, &y->p->spans[r->span0 + k]))
            return true;
    return false;
}

/* The label of a row, wrapped into the label column, centred on the row;
 * its tooltip is the full text when it had to be cut. */
static void row_label(tl_lay *y, const char *label, const char *tip, int font, double top,
                      double h)
{
    int lines;
    const char *t = tl_wrap(y->L->arena, label, font, y->lw, 2, &lines);
    double th = lines * tl_line_h(font);
    tl_item *it = tl_text_add(y, font, 'l', y->lx, top + (h - th) / 2, y->lw, th, t);
    bool cut = strstr(t, "\xE2\x80\xA6") && !strstr(label, "\xE2\x80\xA6");
    it->tip = tip ? tip : cut ? label : NULL;
}

static void bar_row(tl_lay *y, const tl_row *r, bool sub, bool zebra)
{
    int font = sub ? TL_T_SUBLABEL : TL_T_LABEL;
    int lines = 1;
    if (!sub)
        tl_wrap(y->L->arena, r->label, font, y->lw, 2, &lines);
    double h = sub ? SUB_H : fmax(ROW_H, lines * tl_line_h(font) + 5);
    if (zebra)
        tl_rect(y, TL_P_ZEBRA, TL_L_BACK, MARGIN, y->y, y->right - MARGIN, h);
    row_label(y, r->label, r->tip, font, y->y, h);
    size_t first = y->L->n;
    for (size_t k = 0; k < r->nspans; k++)
        tl_span_draw(y, &y->p->spans[r->span0 + k], y->y + h / 2, sub ? THIN_H : BAR_H);
    tl_held_draw(y, r, first, y->y + h / 2, sub ? THIN_H : BAR_H);
    y->y += h;
}

static void heading(tl_lay *y, const char *text, bool first)
{
    double lh = tl_line_h(TL_T_HEADING);
    if (!first)
        y->y += 10;
    const char *t = tl_fit(y->L->arena, text, TL_T_HEADING, y->right - MARGIN);
    tl_text_add(y, TL_T_HEADING, 'l', MARGIN, y->y, y->right - MARGIN, lh, t);
    y->y += lh + 2;
    tl_rect(y, TL_P_RULE, TL_L_GRID, MARGIN, y->y, y->right - MARGIN, 0.8);
    y->y += 4;
}

static void note(tl_lay *y, const char *text, int font)
{
    double lh = tl_line_h(font);
    const char *t = tl_fit(y->L->arena, text, font, y->right - y->lx);
    tl_text_add(y, font, 'l', y->lx, y->y + 2, y->right - y->lx, lh, t);
    y->y += lh + 5;
}

typedef struct group_state {
    size_t shown, hidden, content;
    bool zebra, skip_subs;
    const tl_row *subheading; /* waiting for its first visible row */
} group_state;

static void end_group(tl_lay *y, group_state *g)
{
    if (g->hidden)
        note(y,
             tl_fmt(y->L->arena, dg_tr(y->p->lang, "\xE2\x80\xA6 and %zu more not shown (narrow "
                                                   "the chart with --focus, --from or --to)"),
                    g->hidden),
             TL_T_NOTE);
    else if (!g->content)
        note(y, dg_tr(y->p->lang, "Nothing in this period."), TL_T_NOTE);
    memset(g, 0, sizeof *g);
}

static void main_row(tl_lay *y, group_state *g, size_t i)
{
    const tl_row *r = &y->p->rows[i];
    g->skip_subs = true;
    if (!row_visible(y, r))
        return;
    if (g->shown >= MAX_ROWS) {
        g->hidden++;
        return;
    }
    if (g->subheading) {
        double lh = tl_line_h(TL_T_SUBHEADING);
        tl_text_add(y, TL_T_SUBHEADING, 'l', y->lx, y->y + 5, y->right - y->lx, lh,
                    tl_fit(y->L->arena, g->subheading->label, TL_T_SUBHEADING, y->right - y->lx));
        y->y += lh + 7;
        g->subheading = NULL;
    }
    g->zebra = !g->zebra;
    g->skip_subs = false;
    g->shown++;
    g->content++;
    if (r->kind == TL_R_LANE) {
        /* The stripe's height is known once the lane is stacked. */
        double top = y->y;
        size_t zi = y->L->n;
        if (g->zebra)
            tl_rect(y, TL_P_ZEBRA, TL_L_BACK, MARGIN, top, y->right - MARGIN, 0);
        tl_lane(y, r);
        if (g->zebra)
            y->L->items[zi].h = y->y - top;
    } else {
        bar_row(y, r, false, g->zebra);
    }
}

static void rows(tl_lay *y)
{
    group_state g = {0};
    bool first = true;
    for (size_t i = 0; i < y->p->nrows; i++) {
        const tl_row *r = &y->p->rows[i];
        switch (r->kind) {
        case TL_R_HEADING:
            if (!first)
                end_group(y, &g);
            heading(y, r->label, first);
            first = false;
            break;
        case TL_R_SUBHEADING:
            g.subheading = r;
            break;
        case TL_R_SUB: /* counted with the rows: a mission may have hundreds */
            if (g.skip_subs || !row_visible(y, r))
                break;
            if (g.shown >= MAX_ROWS) {
                g.hidden++;
                break;
            }
            g.shown++;
            bar_row(y, r, true, g.zebra);
            break;
        case TL_R_NOTE:
            note(y, r->label, TL_T_NOTE);
            g.content++;
            break;
        default:
            main_row(y, &g, i);
        }
    }
    if (!first)
        end_group(y, &g);
}

/* ---- the whole chart ---- */

static const char *range_text(tl_lay *y)
{
    dg_date a = dg_date_from_days(y->from), b = dg_date_from_days(y->to - 1);
    dg_arena *ar = y->L->arena;
    if (a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31)
        return a.year == b.year ? tl_fmt(ar, "%d", a.year)
                                : tl_fmt(ar, "%d\xE2\x80\x93%d", a.year, b.year);
    return tl_fmt(ar, "%s \xE2\x80\x93 %s", tl_day_text(ar, y->from), tl_day_text(ar, y->to - 1));
}

static void titles(tl_lay *y)
{
    double w = y->right - MARGIN, lh = tl_line_h(TL_T_TITLE);
    int lines;
    const char *t = tl_wrap(y->L->arena, y->p->title, TL_T_TITLE, w, 2, &lines);
    tl_text_add(y, TL_T_TITLE, 'l', MARGIN, y->y, w, lines * lh, t)->tip = y->p->title;
    y->y += lines * lh + 2;
    lh = tl_line_h(TL_T_SUBTITLE);
    const char *sub = tl_fmt(y->L->arena, "%s \xC2\xB7 %s", y->p->subtitle, range_text(y));
    tl_text_add(y, TL_T_SUBTITLE, 'l', MARGIN, y->y, w, lh,
                tl_fit(y->L->arena, sub, TL_T_SUBTITLE, w));
    y->y += lh + 8;
}

/* Lane labels carry the number of events shown: "Visits (12)". */
static void lane_labels(tl_lay *y)
{
    const tl_plan *p = y->p;
    y->lane_label = dg_xcalloc(p->nrows ? p->nrows : 1, sizeof *y->lane_label);
    for (size_t i = 0; i < p->nrows; i++) {
        const tl_row *r = &p->rows[i];
        if (r->kind != TL_R_LANE)
            continue;
        size_t n = 0;
        for (size_t k = 0; k < r->nspans; k++)
            n += tl_span_visible(y, &p->spans[r->span0 + k]);
        y->lane_label[i] = tl_fmt(y->L->arena, "%s (%zu)", r->label, n);
    }
}

static double label_column(const tl_lay *y)
{
    double w = LABEL_MIN;
    for (size_t i = 0; i < y->p->nrows; i++) {
        const tl_row *r = &y->p->rows[i];
        const char *t = r->kind == TL_R_LANE ? y->lane_label[i] : r->label;
        int font = r->kind == TL_R_SUB ? TL_T_SUBLABEL : TL_T_LABEL;
        if (r->kind == TL_R_ROW || r->kind == TL_R_SUB || r->kind == TL_R_LANE)
            w = fmax(w, tl_text_width(t, strlen(t), font) + 2);
        if (w >= LABEL_MAX)
            return LABEL_MAX;
    }
    return w;
}

static void today_line(tl_lay *y, double top, double bottom)
{
    if (y->today < y->from || y->today >= y->to)
        return;
    tl_item *it = tl_item_add(y, TL_I_LINE, TL_L_TODAY, tl_x(y, y->today) - 0.6, top, 1.2,
                              bottom - top);
    it->tip = tl_fmt(y->L->arena, dg_tr(y->p->lang, "today: %s"),
                     tl_day_text(y->L->arena, y->today));
    y->mods |= TL_M_TODAY;
}

/* "Sources: A; B; and 3 more": the first k of the plan's sources. */
static const char *sources_text(tl_lay *y, size_t k)
{
    const tl_plan *p = y->p;
    dg_buf b = {0};
    bool ok = dg_buf_printf(&b, "%s ", p->sources);
    for (size_t i = 0; i < k; i++)
        ok = dg_buf_printf(&b, "%s%s", i ? "; " : "", p->source_items[i]) && ok;
    if (k < p->n_source_items) { /* TRANSLATORS: after the sources named: "; and 3 more" */
        ok = dg_buf_printf(&b, "; ") && ok;
        ok = dg_buf_printf(&b, dg_tr(p->lang, "and %zu more"), p->n_source_items - k) && ok;
    }
    if (!ok)
        dg_oom(b.len);
    const char *t = dg_arena_strndup(y->L->arena, b.data ? b.data : "", b.len);
    dg_buf_free(&b);
    return t;
}

/* Wrapped into two lines of w points without a cut (the end kept)? */
static bool wraps_whole(tl_lay *y, const char *t, double w, const char **out, int *lines)
{
    *out = tl_wrap(y->L->arena, t, TL_T_NOTE, w, 2, lines);
    size_t a = strlen(t), b = strlen(*out), tail = a < 12 ? a : 12;
    return b >= tail && !memcmp(t + a - tail, *out + b - tail, tail);
}

/* The sources cited, as many as fit in two lines, cut between two of
 * them and the rest counted ("and 3 more", as the graph views' caption);
 * the tooltip lists them all. */
static void footer(tl_lay *y)
{
    if (!y->p->sources || !y->p->n_source_items)
        return;
    double w = y->right - MARGIN, lh = tl_line_h(TL_T_NOTE);
    int lines;
    const char *t;
    size_t lo = 1, hi = y->p->n_source_items; /* the most that fit: in [lo, hi] */
    if (!wraps_whole(y, sources_text(y, hi), w, &t, &lines)) {
        while (lo < hi) {
            size_t mid = (lo + hi + 1) / 2;
            if (wraps_whole(y, sources_text(y, mid), w, &t, &lines))
                lo = mid;
            else
                hi = mid - 1;
        }
        wraps_whole(y, sources_text(y, lo), w, &t, &lines); /* one too long: cut */
    }
    tl_text_add(y, TL_T_NOTE, 'l', MARGIN, y->y + 4, w, lines * lh, t)->tip = y->p->sources_tip;
    y->y += lines * lh + 6;
}

/* Items in layer order, stable within a layer: the order they were made. */
static void sort_layers(tl_layout *L)
{
    size_t start[TL_L_COUNT + 1] = {0};
    for (size_t i = 0; i < L->n; i++)
        start[L->items[i].layer + 1]++;
    for (int k = 0; k < TL_L_COUNT; k++)
        start[k + 1] += start[k];
    tl_item *out = dg_xmalloc((L->n ? L->n : 1) * sizeof *out);
    for (size_t i = 0; i < L->n; i++)
        out[start[L->items[i].layer]++] = L->items[i];
    free(L->items);
    L->items = out;
    L->cap = L->n;
}

static void place_axes_and_rows(tl_lay *y)
{
    ticks t = choose_ticks(y);
    double alh = tl_line_h(TL_T_AXIS);
    double base = y->y + alh * (t.months ? 2 : 1) + 6;
    axis(y, &t, base, true);
    y->y = base + 4;
    rows(y);
    double bottom = y->y + 4;
    grid(y, &t, base, bottom);
    today_line(y, base, bottom);
    if (bottom - base > 360) {
        axis(y, &t, bottom, false);
        y->y = bottom + 6 + alh * (t.months ? 2 : 1) + 4;
    } else {
        y->y = bottom + 6;
    }
}

void tl_layout_build(const tl_plan *p, int32_t from, int32_t to, int32_t today, tl_layout *L)
{
    memset(L, 0, sizeof *L);
    L->arena = dg_arena_new();
    L->from = from;
    L->to = to;
    tl_lay y = {.p = p, .L = L, .from = from, .to = to, .today = today};
    lane_labels(&y);
    double years = (double)(to - from) / 365.2425;
    y.lx = MARGIN;
    y.lw = label_column(&y);
    y.x0 = MARGIN + y.lw + GAP;
    y.pw = fmin(680, fmax(420, years * 20));
    y.right = y.x0 + y.pw;
    L->plot_x = y.x0;
    L->plot_w = y.pw;
    y.y = MARGIN;
    titles(&y);
    place_axes_and_rows(&y);
    tl_legend(&y);
    footer(&y);
    L->width = y.right + MARGIN;
    L->height = y.y + MARGIN;
    free(y.lane_label);
    sort_layers(L);
}

void tl_layout_free(tl_layout *L)
{
    free(L->items);
    dg_arena_free(L->arena);
    dg_arena_free(L->plan_arena);
    memset(L, 0, sizeof *L);
}

/* ---- the dump ---- */

static const char *const kind_names[] = {"rect", "bar", "fade", "pill", "diamond", "arrow",
                                         "text", "line"};
static const char *const style_names[TL_S_COUNT] = {
    "rel-active", "rel-strained", "rel-suspended", "rel-severed", "member", "observer",
    "candidate", "partner", "associate", "member-suspended", "org", "embassy", "consular",
    "honorary", "mission-other", "accreditation", "ev-cooperation", "ev-conflict", "ev-other"};
static const char *const paint_names[TL_P_COUNT] = {"none", "zebra", "grid", "axis", "rule",
                                                    "hist"};
static const char *const font_names[TL_T_COUNT] = {
    "title", "subtitle", "heading", "subheading", "label", "sublabel",
    "event", "event-in", "axis", "legend", "legend-head", "note", "held"};

/* Text on one line: newlines shown as " | ". */
static bool dump_text(dg_buf *o, const char *key, const char *s)
{
    bool ok = dg_buf_printf(o, " %s=\"", key);
    for (; ok && *s; s++)
        ok = *s == '\n' ? dg_buf_append(o, " | ", 3) : dg_buf_append(o, s, 1);
    return ok && dg_buf_append(o, "\"", 1);
}

bool tl_dump(const tl_layout *L, dg_buf *o)
{
    bool ok = dg_buf_printf(o, "canvas %.1f %.1f days %d %d plot %.1f %.1f\n", L->width, L->height,
                            L->from, L->to, L->plot_x, L->plot_w);
    for (size_t i = 0; ok && i < L->n; i++) {
        const tl_item *it = &L->items[i];
        const char *what = it->kind == TL_I_TEXT   ? font_names[it->font]
                         : it->kind == TL_I_RECT   ? paint_names[it->paint]
                         : it->kind == TL_I_LINE   ? "today"
                                                   : style_names[it->style];
        ok = dg_buf_printf(o, "%s %s %c%s%s%s %.1f %.1f %.1f %.1f", kind_names[it->kind], what,
                           it->just, it->flags & TL_HOLLOW ? " hollow" : "",
                           it->flags & TL_DASHED ? " dashed" : "",
                           it->flags & TL_LIGHT ? " light" : "", it->x, it->y, it->w, it->h);
        if (ok && it->text)
            ok = dump_text(o, "text", it->text);
        if (ok && it->tip) {
            const char *nl = strchr(it->tip, '\n');
            char first[128];
            size_t n = nl ? (size_t)(nl - it->tip) : strlen(it->tip);
            if (n > 120) /* keep whole characters */
                for (n = 120; n && ((unsigned char)it->tip[n] & 0xC0) == 0x80; n--)
                    ;
            snprintf(first, sizeof first, "%.*s", (int)n, it->tip);
            ok = dump_text(o, "tip", first);
        }
        ok = ok && dg_buf_append(o, "\n", 1);
    }
    return ok;
}
