/* timeline_lanes.c — an event lane: markers with their titles, stacked
 * into sub-lanes so that no two labels overlap.
 *
 * Events are taken in date order and each goes into the first sub-lane
 * where its marker and label fit (label right of the marker, else left of
 * it).  A label too long for its side wraps onto a second line, taking the
 * sub-lane below as well, and is cut only if two lines are not enough or
 * no two free sub-lanes are left.  Events that find no room are "thinned": a few are drawn
 * as bare markers in a strip under the lane (each with its tooltip); many
 * are counted into a histogram strip instead.  One pass, a bounded number
 * of sub-lanes per event: linear in the number of events. */
#include "timeline.h"

#include <math.h>

#define SUBLANE_H 14.0
#define PILL_H 7.0
#define LABEL_GAP 3.0
#define PAD 3.0
#define STRIP_H 11.0
#define HIST_H 24.0
#define EV_LABEL_MAX 200.0
#define EV_LABEL_MIN 36.0
/* Sub-lanes per lane: STACK_MAX, as many again for the second lines of
 * wrapped titles (so that wrapping never leaves an event unlabelled that
 * one line would have labelled); a crowded lane wraps nothing. */
enum { STACK_MAX = 10, STACK_LINES = 2 * STACK_MAX, STACK_CROWDED = 4, CROWDED = 200 };

typedef struct placed {
    const tl_span *s;
    int lane;
    char side;     /* 'r', 'l', 'i' (inside a wide marker), or 0 for no label */
    double lx, lw; /* label box */
    int lines;     /* 1, or 2: the label wrapped, over this sub-lane and the next */
    const char *text; /* the label as drawn: wrapped or cut */
} placed;

/* Where the marker of s goes (as tl_span_draw will put it). */
static void pill_extent(const tl_lay *y, const tl_span *s, double *xa, double *xb)
{
    int32_t d0 = s->d0 < y->from ? y->from : s->d0, d1 = s->d1 > y->to ? y->to : s->d1;
    double a = tl_x(y, d0), b = tl_x(y, d1);
    if (b - a < PILL_H) {
        double c = (a + b) / 2;
        a = fmax(y->x0, c - PILL_H / 2);
        b = fmin(y->x0 + y->pw, a + PILL_H);
        a = b - PILL_H;
    }
    *xa = a;
    *xb = b;
}

/* Choose the side and width of the label of an event at [xa, xb]: right
 * of it, else left of it, else cut to the wider side; a marker too wide for
 * either (an event as long as the chart) takes its label inside. */
static void label_box(const tl_lay *y, placed *pl, double xa, double xb)
{
    const char *t = pl->s->label ? pl->s->label : "";
    double full = tl_text_width(t, strlen(t), TL_T_EVENT), tw = fmin(EV_LABEL_MAX, full);
    double right = y->x0 + y->pw - (xb + LABEL_GAP), left = xa - LABEL_GAP - y->x0;
    double inside = xb - xa - 2 * LABEL_GAP;
    pl->side = 0;
    pl->lw = 0;
    if (tw <= right || (tw > left && right >= left && right >= EV_LABEL_MIN)) {
        pl->side = 'r';
        pl->lw = fmin(tw, right);
        pl->lx = xb + LABEL_GAP;
    } else if (left >= EV_LABEL_MIN || tw <= left) {
        pl->side = 'l';
        pl->lw = fmin(tw, left);
        pl->lx = xa - LABEL_GAP - pl->lw;
    } else if (inside >= EV_LABEL_MIN) {
        pl->side = 'i';
        pl->lw = fmin(full, inside);
        pl->lx = xa + LABEL_GAP;
    }
}

/* The label of pl in two lines of at most its width, when one line would
 * cut it: the box then narrows to the wider of the two lines. */
static void wrap_label(const tl_lay *y, placed *pl)
{
    const char *t = pl->s->label ? pl->s->label : "";
    pl->lines = 1;
    pl->text = NULL;
    if (pl->side != 'r' && pl->side != 'l')
        return;
    if (tl_text_width(t, strlen(t), TL_T_EVENT) <= pl->lw)
        return;
    int n = 1;
    const char *w = tl_wrap(y->L->arena, t, TL_T_EVENT, pl->lw, 2, &n);
    if (n < 2)
        return;
    const char *nl = strchr(w, '\n');
    double w1 = tl_text_width(w, (size_t)(nl - w), TL_T_EVENT);
    double w2 = tl_text_width(nl + 1, strlen(nl + 1), TL_T_EVENT);
    double lw = fmin(pl->lw, fmax(w1, w2));
    if (pl->side == 'l')
        pl->lx += pl->lw - lw;
    pl->lw = lw;
    pl->lines = 2;
    pl->text = w;
}

/* The first sub-lane below max where an extent starting at lo fits, on
 * lines sub-lanes at once; max when none. */
static int free_lane(const double *free_x, int max, double lo, int lines)
{
    for (int k = 0; k + lines <= max; k++)
        if (free_x[k] <= lo && (lines < 2 || free_x[k + 1] <= lo))
            return k;
    return max;
}

/* Stack the visible events of r; returns the number of sub-lanes used. */
static int stack(const tl_lay *y, const tl_row *r, placed *pl, size_t *np,
                 const tl_span **over, size_t *no, size_t visible)
{
    bool crowded = visible > CROWDED;
    int max = crowded ? STACK_CROWDED : STACK_LINES, used = 0;
    double free_x[STACK_LINES];
    for (int k = 0; k < STACK_LINES; k++)
        free_x[k] = -INFINITY;
    for (size_t i = 0; i < r->nspans; i++) {
        const tl_span *s = &y->p->spans[r->span0 + i];
        if (!tl_span_visible(y, s))
            continue;
        double xa, xb;
        pill_extent(y, s, &xa, &xb);
        placed c = {s, 0, 0, 0, 0, 1, NULL};
        label_box(y, &c, xa, xb);
        placed one = c; /* the label on one line, as a fallback */
        if (!crowded)
            wrap_label(y, &c);
        double lo = c.side == 'l' ? c.lx - 5 : xa - 3;
        int k = free_lane(free_x, max, lo, c.lines);
        if (k == max && c.lines == 2) { /* no two free sub-lanes: one line, cut */
            c = one;
            lo = c.side == 'l' ? c.lx - 5 : xa - 3;
            k = free_lane(free_x, max, lo, 1);
        }
        if (k == max) {
            over[(*no)++] = s;
            continue;
        }
        double hi = c.side == 'r' ? c.lx + c.lw + 5 : xb + 3;
        for (int l = k; l < k + c.lines; l++)
            free_x[l] = l == k ? hi : fmax(free_x[l], c.side == 'l' ? xa - 3 : hi);
        c.lane = k;
        used = k + c.lines > used ? k + c.lines : used;
        pl[(*np)++] = c;
    }
    return used;
}

static void draw_placed(tl_lay *y, const placed *pl, size_t np, double top)
{
    for (size_t i = 0; i < np; i++) {
        double yc = top + (pl[i].lane + 0.5) * SUBLANE_H;
        bool in = pl[i].side == 'i';
        tl_span_draw(y, pl[i].s, yc, in ? SUBLANE_H - 2 : PILL_H);
        if (!pl[i].side)
            continue;
        /* White on a solid marker; a fuzzy one is pale, so dark text. */
        bool pale = pl[i].s->flags & (TL_F_START_FUZZY | TL_F_END_FUZZY);
        int font = in && !pale ? TL_T_EVENT_IN : TL_T_EVENT;
        double lh = tl_line_h(font);
        const char *t = pl[i].text ? pl[i].text : tl_fit(y->L->arena, pl[i].s->label, font, pl[i].lw);
        tl_item *it = tl_text_add(y, font, pl[i].side == 'l' ? 'r' : 'l', pl[i].lx,
                                  yc - lh / 2, pl[i].lw, lh * pl[i].lines, t);
        it->tip = pl[i].s->tip;
    }
}

/* ---- thinned events ---- */

typedef struct bins {
    int months; /* months per bin */
    int y0, m0; /* first month of the range */
} bins;

static bins choose_bins(const tl_lay *y)
{
    static const int months[] = {1, 3, 6, 12, 24, 60, 120, 240, 300, 600, 1200, 2400, 6000, 12000};
    double ppm = y->pw * 30.436875 / (double)(y->to - y->from);
    dg_date f = dg_date_from_days(y->from);
    bins b = {12000, f.year, f.month};
    for (size_t i = 0; i < sizeof months / sizeof *months; i++)
        if (months[i] * ppm >= 4) {
            b.months = months[i];
            break;
        }
    if (b.months >= 12)
        b.m0 = 1; /* bins of whole years start in January */
    return b;
}

static size_t bin_of(const bins *b, int32_t day)
{
    dg_date d = dg_date_from_days(day);
    long idx = ((long)d.year * 12 + d.month - 1) - ((long)b->y0 * 12 + b->m0 - 1);
    return idx < 0 ? 0 : (size_t)(idx / b->months);
}

static int32_t bin_start(const bins *b, size_t i)
{
    long m = (long)b->y0 * 12 + b->m0 - 1 + (long)i * b->months;
    dg_date d = {(int16_t)(m / 12), (uint8_t)(m % 12 + 1), 1, DG_PREC_DAY, 0};
    return dg_date_first(&d);
}

static const char *bin_text(tl_lay *y, const bins *b, size_t i)
{
    dg_date a = dg_date_from_days(bin_start(b, i));
    dg_date z = dg_date_from_days(bin_start(b, i + 1) - 1);
    dg_arena *ar = y->L->arena;
    if (b->months == 1)
        return tl_fmt(ar, "%04d-%02d", a.year, a.month);
    if (b->months < 12)
        return tl_fmt(ar, "%04d-%02d\xE2\x80\x93%04d-%02d", a.year, a.month, z.year, z.month);
    return b->months == 12 ? tl_fmt(ar, "%d", a.year)
                           : tl_fmt(ar, "%d\xE2\x80\x93%d", a.year, z.year);
}

static void histogram(tl_lay *y, const tl_row *r, const tl_span **over, size_t no, double top)
{
    bins b = choose_bins(y);
    size_t nb = bin_of(&b, y->to - 1) + 1, max = 0;
    size_t *count = dg_xcalloc(nb, sizeof *count);
    for (size_t i = 0; i < no; i++) {
        int32_t d = over[i]->d0 < y->from ? y->from : over[i]->d0;
        size_t k = bin_of(&b, d);
        if (k < nb && ++count[k] > max)
            max = count[k];
    }
    char *what = dg_arena_strdup(y->L->arena, r->label);
    what[0] = (char)(what[0] >= 'A' && what[0] <= 'Z' ? what[0] - 'A' + 'a' : what[0]);
    for (size_t k = 0; k < nb; k++) {
        if (!count[k])
            continue;
        int32_t d0 = bin_start(&b, k), d1 = bin_start(&b, k + 1);
        double xa = tl_x(y, d0 < y->from ? y->from : d0), xb = tl_x(y, d1 > y->to ? y->to : d1);
        double h = fmax(1.5, (HIST_H - 4) * (double)count[k] / (double)max);
        tl_item *it = tl_item_add(y, TL_I_RECT, TL_L_BAR, xa + 0.3, top + HIST_H - 2 - h,
                                  fmax(0.8, xb - xa - 0.6), h);
        it->paint = TL_P_HIST;
        /* TRANSLATORS: a histogram bar's tooltip: "1995: 12 visits not labelled". */
        it->tip = tl_fmt(y->L->arena, dg_tr(y->p->lang, "%s: %zu %s not labelled"),
                         bin_text(y, &b, k), count[k], what);
    }
    free(count);
    y->mods |= TL_M_HIST;
}

static double thinned(tl_lay *y, const tl_row *r, const tl_span **over, size_t no, double top)
{
    bool hist = (double)no > y->pw / 5;
    double h = hist ? HIST_H : STRIP_H;
    const char *t = tl_fmt(y->L->arena, dg_tr(y->p->lang, "+%zu more"), no);
    double lh = tl_line_h(TL_T_SUBLABEL);
    tl_text_add(y, TL_T_SUBLABEL, 'l', y->lx + 8, top + (h - lh) / 2, y->lw - 8, lh,
                tl_fit(y->L->arena, t, TL_T_SUBLABEL, y->lw - 8));
    if (hist)
        histogram(y, r, over, no, top);
    else
        for (size_t i = 0; i < no; i++)
            tl_span_draw(y, over[i], top + h / 2, PILL_H - 2);
    return h;
}

void tl_lane(tl_lay *y, const tl_row *r)
{
    size_t visible = 0;
    for (size_t i = 0; i < r->nspans; i++)
        visible += tl_span_visible(y, &y->p->spans[r->span0 + i]);
    placed *pl = dg_xmalloc((visible ? visible : 1) * sizeof *pl);
    const tl_span **over = dg_xmalloc((visible ? visible : 1) * sizeof *over);
    size_t np = 0, no = 0;
    int used = stack(y, r, pl, &np, over, &no, visible);
    double top = y->y + PAD, h = (used ? used : 1) * SUBLANE_H;
    const char *label = y->lane_label[r - y->p->rows];
    double lh = tl_line_h(TL_T_LABEL);
    tl_text_add(y, TL_T_LABEL, 'l', y->lx, top + (SUBLANE_H - lh) / 2, y->lw, lh,
                tl_fit(y->L->arena, label, TL_T_LABEL, y->lw));
    draw_placed(y, pl, np, top);
    if (no)
        h += thinned(y, r, over, no, top + h);
    y->y = top + h + PAD;
    free(pl);
    free(over);
}
