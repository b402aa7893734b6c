/* timeline_held.c — continuity along a bar (docs/timeline.md, "Held as a
 * predecessor").
 *
 * The continuity pass hands a predecessor's records to its continuator:
 * the record keeps its dates and gains an `as` list.  The bar therefore
 * starts where the record started; the stretch before each hand-over is
 * planned here as a TL_SP_HELD span ("as Yugoslavia", one per link of the
 * chain), and drawn by tinting what the row's other spans drew under it:
 * the bar and its history pieces split at the hand-over and their part
 * before it lighter, so that a gap or a strained stretch stays visible in
 * a held stretch.  A version 1 data set has no continuity, so nothing
 * here changes its charts. */
#include "timeline.h"

/* ---- the plan ---- */

/* The links of current's chain in as, oldest first, into out; their
 * count.  Only the links that lead to current count: a mission's list can
 * hold the chains of both its sender and its host. */
static uint32_t chain(const dg_held_as *as, uint32_t n_as, uint32_t current, uint32_t *out)
{
    uint32_t n = 0, cur = current;
    for (uint32_t i = n_as; i-- > 0;)
        if (as[i].by == cur) {
            out[n++] = i;
            cur = as[i].as;
        }
    for (uint32_t i = 0; i < n / 2; i++) {
        uint32_t t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    return n;
}

uint32_t tl_held_holder(const dg_held_as *as, uint32_t n_as, uint32_t current)
{
    uint32_t first = n_as ? dg_held_first_as(as, n_as, current) : DG_NONE;
    return first != DG_NONE ? first : current;
}

int32_t tl_held_first_day(const dg_held_as *as, uint32_t n_as, uint32_t current)
{
    uint32_t *link = dg_xmalloc((n_as ? n_as : 1) * sizeof *link);
    uint32_t n = chain(as, n_as, current, link);
    int32_t day = INT32_MAX;
    for (uint32_t i = 0; i < n && day == INT32_MAX; i++)
        if (dg_date_set(&as[link[i]].until))
            day = dg_date_first(&as[link[i]].until);
    free(link);
    return day;
}

static tl_span *last_bar(tl_plan *p)
{
    const tl_row *r = &p->rows[p->nrows - 1];
    for (size_t k = r->nspans; k-- > 0;) {
        tl_span *s = &p->spans[r->span0 + k];
        if (s->kind == TL_SP_BAR || s->kind == TL_SP_THIN)
            return s;
    }
    return NULL;
}

/* One stretch: its label is "as Yugoslavia", then after '\n' the shorter
 * "as YU" for a stretch too narrow for the name; its tooltip is the bar's
 * with the hand-over after the first line. */
static void add_held(tl_ctx *c, const tl_span *bar, const dg_held_as *h, int32_t d0, int32_t d1)
{
    tl_plan *p = c->p;
    const dg_country *as = &c->m->countries[h->as];
    /* TRANSLATORS: a stretch of a bar held by a predecessor state: "as Yugoslavia". */
    const char *fmt = dg_tr(p->lang, "as %s");
    const char *full = tl_fmt(p->arena, fmt, tl_country_name(c->m, h->as));
    const char *tip = bar->tip ? bar->tip : "";
    const char *nl = strchr(tip, '\n');
    char u[16];
    dg_date_format(&h->until, u, sizeof u);
    tl_tip_add(&c->t, "%.*s\n", nl ? (int)(nl - tip) : (int)strlen(tip), tip);
    /* TRANSLATORS: continuity in a tooltip: "as Yugoslavia until
     * 2003-02-04, then Serbia and Montenegro (continuity)". */
    tl_tip_add(&c->t, dg_tr(p->lang, "%s until %s, then %s (continuity)"), full, u,
               tl_country_name(c->m, h->by));
    tl_tip_add(&c->t, "%s", nl ? nl : "");
    tl_span *s = tl_add_span(p, TL_SP_HELD, bar->style);
    s->d0 = d0;
    s->d1 = d1;
    s->flags = d0 == bar->d0 ? (uint8_t)(bar->flags & TL_F_NO_START) : 0;
    s->label = tl_fmt(p->arena, "%s\n%s", full, tl_fmt(p->arena, fmt, as->id));
    s->tip = tl_tip_done(p, &c->t);
    tl_note_day(p, d1 - 1, d1 - 1);
}

void tl_held_plan(tl_ctx *c, const dg_held_as *as, uint32_t n_as, uint32_t current)
{
    tl_span *b = n_as && current != DG_NONE ? last_bar(c->p) : NULL;
    if (!b)
        return;
    /* A record taken over certainly held on its first hand-over: a start
     * not recorded is drawn no later than that (docs/timeline.md). */
    tl_span_known(c->p, b, tl_held_first_day(as, n_as, current));
    tl_span bar = *b; /* a copy: adding spans moves them */
    uint32_t *link = dg_xmalloc(n_as * sizeof *link);
    uint32_t n = chain(as, n_as, current, link);
    int32_t start = bar.d0, bar_end = (bar.flags & TL_F_OPEN) ? INT32_MAX : bar.d1;
    for (uint32_t i = 0; i < n; i++) {
        const dg_held_as *h = &as[link[i]];
        if (!dg_date_set(&h->until)) /* no date known: only the tooltips can say */
            continue;
        int32_t end = dg_date_first(&h->until);
        end = end < bar_end ? end : bar_end;
        if (end > start)
            add_held(c, &bar, h, start, end);
        start = end > start ? end : start;
    }
    free(link);
}

/* ---- the drawing ---- */

/* A copy of item i right after it (the drawing order is the items'
 * order within a layer: a split bar must stay under the pieces drawn
 * over it). */
static tl_item *insert_after(tl_layout *L, size_t i)
{
    DG_PUSH(L->items, L->n, L->cap);
    memmove(&L->items[i + 2], &L->items[i + 1], (L->n - i - 2) * sizeof *L->items);
    L->items[i + 1] = L->items[i];
    return &L->items[i + 1];
}

/* A piece's tooltip in a held stretch gains the stretch's line ("as
 * Yugoslavia until ..."), after its own first line. */
static const char *with_held_line(dg_arena *a, const char *tip, const char *held)
{
    const char *h0 = strchr(held, '\n'), *t0 = strchr(tip, '\n');
    if (!h0)
        return tip;
    const char *h1 = strchr(h0 + 1, '\n');
    int hl = h1 ? (int)(h1 - h0) : (int)strlen(h0);
    int tl = t0 ? (int)(t0 - tip) : (int)strlen(tip);
    return tl_fmt(a, "%.*s%.*s%s", tl, tip, hl, h0, t0 ? t0 : "");
}

/* Bars from first on: the part over [xa, xb) tinted (split off where the
 * bar runs on beyond it), the bar's own tooltip there the stretch's; fades
 * tinted whole; names on the bar turned dark.  Returns the extent of what
 * was tinted in *lo, *hi (lo > hi: nothing). */
static void tint(tl_lay *y, size_t first, const tl_span *s, const char *bar_tip, double xa,
                 double xb, double *lo, double *hi)
{
    tl_layout *L = y->L;
    for (size_t i = first; i < L->n; i++) {
        tl_item *it = &L->items[i];
        double a = it->x > xa ? it->x : xa, e = it->x + it->w, b = e < xb ? e : xb;
        if (b - a < 0.01)
            continue;
        if (it->kind == TL_I_TEXT && it->font == TL_T_EVENT_IN) {
            it->font = TL_T_HELD;
            if (it->tip)
                it->tip = with_held_line(L->arena, it->tip, s->tip);
            continue;
        }
        if ((it->kind != TL_I_BAR && it->kind != TL_I_FADE) || it->layer != TL_L_BAR ||
            (it->flags & TL_LIGHT))
            continue;
        if (it->kind == TL_I_BAR && e - b > 0.01) { /* the part after: as it was */
            tl_item *r = insert_after(L, i);
            r->x = b;
            r->w = e - b;
            it = &L->items[i];
        }
        if (it->kind == TL_I_BAR && a - it->x > 0.01) { /* the part before */
            tl_item *r = insert_after(L, i);
            r->x = a;
            r->w = b - a;
            L->items[i].w = a - L->items[i].x;
            it = &L->items[++i];
        } else if (it->kind == TL_I_BAR) {
            it->w = b - a;
        }
        it->flags |= TL_LIGHT;
        if (bar_tip && it->tip == bar_tip)
            it->tip = s->tip;
        else if (it->tip)
            it->tip = with_held_line(L->arena, it->tip, s->tip);
        *lo = a < *lo ? a : *lo;
        *hi = b > *hi ? b : *hi;
    }
}

/* The left edge of the first text (a head of mission's name) over
 * [xa, xb), else xb: the label stops short of it. */
static double text_from(const tl_lay *y, size_t first, double xa, double xb)
{
    double x = xb;
    for (size_t i = first; i < y->L->n; i++) {
        const tl_item *it = &y->L->items[i];
        if (it->kind == TL_I_TEXT && it->x < xb && it->x + it->w > xa)
            x = it->x - 3 < x ? it->x - 3 : x;
    }
    return x;
}

/* Is x on a tinted bar, and is the one drawn on top there solid (a gap
 * is no place for a label)? */
static bool solid_at(const tl_lay *y, size_t first, double x)
{
    int top = 0; /* 0: no bar; 1: solid; 2: a gap */
    for (size_t i = first; i < y->L->n; i++) {
        const tl_item *it = &y->L->items[i];
        if (it->kind == TL_I_BAR && it->layer == TL_L_BAR && it->x <= x && x < it->x + it->w)
            top = (it->flags & TL_LIGHT) && !(it->flags & TL_HOLLOW) ? 1 : 2;
    }
    return top == 1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The widest run of solid tint between lo and hi, as drawn (pieces over
 * the bar), into *a, *b; room left for a marker at its start. */
static bool label_room(const tl_lay *y, size_t first, double lo, double hi, double *a,
                       double *b)
{
    size_t n = 0, cap = 2 * (y->L->n - first) + 2;
    double *xs = dg_xmalloc(cap * sizeof *xs);
    xs[n++] = lo;
    xs[n++] = hi;
    for (size_t i = first; i < y->L->n; i++) {
        const tl_item *it = &y->L->items[i];
        if (it->kind == TL_I_BAR && it->x > lo && it->x < hi)
            xs[n++] = it->x;
        if (it->kind == TL_I_BAR && it->x + it->w > lo && it->x + it->w < hi)
            xs[n++] = it->x + it->w;
    }
    qsort(xs, n, sizeof *xs, cmp_double);
    double run = -1;
    *a = *b = 0;
    for (size_t k = 0; k + 1 < n; k++) {
        if (!solid_at(y, first, (xs[k] + xs[k + 1]) / 2)) {
            run = -1;
            continue;
        }
        run = run < 0 ? xs[k] : run;
        if (xs[k + 1] - run > *b - *a)
            *a = run, *b = xs[k + 1];
    }
    free(xs);
    for (size_t i = first; i < y->L->n; i++) { /* an established diamond at its start */
        const tl_item *it = &y->L->items[i];
        if (it->kind == TL_I_DIAMOND && it->x < *a + 3 && it->x + it->w > *a)
            *a = it->x + it->w - 1;
    }
    return *b - *a > 0;
}

/* "as Yugoslavia", else "as YU", where the tinted bar has room and no
 * other text (a head of mission's name) is there. */
static void held_label(tl_lay *y, size_t first, const tl_span *s, double lo, double hi,
                       double yc)
{
    double a, b;
    if (!s->label || !label_room(y, first, lo, hi, &a, &b))
        return;
    b = text_from(y, first, a, b);
    double room = b - a - 6, lh = tl_line_h(TL_T_HELD);
    for (const char *t = s->label; *t;) {
        const char *nl = strchr(t, '\n');
        size_t len = nl ? (size_t)(nl - t) : strlen(t);
        double w = tl_text_width(t, len, TL_T_HELD);
        if (w <= room) {
            const char *text = dg_arena_strndup(y->L->arena, t, len);
            tl_text_add(y, TL_T_HELD, 'l', a + 3, yc - lh / 2, w, lh, text)->tip = s->tip;
            return;
        }
        t += len + (nl ? 1 : 0);
    }
}

/* The tooltip of the row's bar that span k was planned over. */
static const char *bar_tip_of(const tl_lay *y, const tl_row *r, size_t k)
{
    while (k-- > 0) {
        const tl_span *b = &y->p->spans[r->span0 + k];
        if (b->kind == TL_SP_BAR || b->kind == TL_SP_THIN)
            return b->tip;
    }
    return NULL;
}

void tl_held_draw(tl_lay *y, const tl_row *r, size_t first, double yc, double h)
{
    for (size_t k = 0; k < r->nspans; k++) {
        const tl_span *s = &y->p->spans[r->span0 + k];
        if (s->kind != TL_SP_HELD || !tl_span_visible(y, s))
            continue;
        double xa = tl_x(y, s->d0 < y->from ? y->from : s->d0);
        double xb = tl_x(y, s->d1 > y->to ? y->to : s->d1);
        double lo = xb, hi = xa;
        tint(y, first, s, bar_tip_of(y, r, k), xa, xb, &lo, &hi);
        if (hi <= lo)
            continue; /* nothing of the bar is there */
        y->mods |= TL_M_HELD;
        if (s->d1 < y->to && xb <= hi + 0.01) /* the hand-over: a light rule */
            tl_rect(y, TL_P_ZEBRA, TL_L_MARK, xb - 0.5, yc - h / 2, 1.0, h)->tip = s->tip;
        if (h >= tl_line_h(TL_T_HELD)) /* not on a thin bar: the text would hide it */
            held_label(y, first, s, lo, hi, yc);
    }
}
