/* timeline_canvas.c — the items a timeline is drawn with: boxes, text,
 * and a span's bar with its fuzzy or open ends, arrows and markers; the
 * day-to-x mapping.  The layout (timeline_layout.c), the lanes and the
 * legend all draw through these, and none of these calls back. */
#include "timeline.h"

#include <math.h>

#define ARROW_W 6.0
#define DIAMOND 9.0
#define FUZZ_MAX 10.0
#define FADE_MAX 26.0
#define STUB_W 28.0 /* a period whose start nothing bounds: this long */
#define MIN_BAR_W 3.0
/* ---- items ---- */

tl_item *tl_item_add(tl_lay *y, int kind, int layer, double x, double top, double w, double h)
{
    tl_layout *L = y->L;
    tl_item *it = DG_PUSH(L->items, L->n, L->cap);
    memset(it, 0, sizeof *it);
    it->kind = (uint8_t)kind;
    it->layer = (uint8_t)layer;
    it->just = 'c';
    it->x = x;
    it->y = top;
    it->w = w;
    it->h = h;
    return it;
}

tl_item *tl_text_add(tl_lay *y, int font, char just, double x, double top, double w, double h,
                     const char *text)
{
    tl_item *it = tl_item_add(y, TL_I_TEXT, TL_L_TEXT, x, top, w, h);
    it->font = (uint8_t)font;
    it->just = just;
    it->text = text;
    return it;
}

tl_item *tl_rect(tl_lay *y, int paint, int layer, double x, double top, double w, double h)
{
    tl_item *it = tl_item_add(y, TL_I_RECT, layer, x, top, w, h);
    it->paint = (uint8_t)paint;
    return it;
}

double tl_line_h(int font)
{
    return tl_fonts[font].size * 1.25;
}

double tl_x(const tl_lay *y, int32_t day)
{
    return y->x0 + (double)((int64_t)day - y->from) * y->pw / (double)(y->to - y->from);
}

const char *tl_day_text(dg_arena *a, int32_t day)
{
    dg_date d = dg_date_from_days(day);
    char b[16];
    dg_date_format(&d, b, sizeof b);
    return dg_arena_strdup(a, b);
}

/* ---- spans ---- */

static int32_t span_end(const tl_lay *y, const tl_span *s)
{
    return (s->flags & TL_F_OPEN) ? y->to : s->d1;
}

bool tl_span_visible(const tl_lay *y, const tl_span *s)
{
    if (s->d0 >= y->to && !(s->flags & TL_F_NO_START && s->d0 == TL_DAY_MIN))
        return false;
    return span_end(y, s) > y->from;
}

static void arrow(tl_lay *y, const tl_span *s, char side, double yc)
{
    double x = side == 'l' ? y->x0 - ARROW_W - 2 : y->x0 + y->pw + 2;
    tl_item *it = tl_item_add(y, TL_I_ARROW, TL_L_MARK, x, yc - 4, ARROW_W, 8);
    it->style = s->style;
    it->just = side;
    it->tip = s->tip;
    y->mods |= TL_M_CONT;
}

static void piece(tl_lay *y, const tl_span *s, int kind, char just, double xa, double xb,
                  double yc, double h)
{
    if (xb - xa <= 0.01)
        return;
    tl_item *it = tl_item_add(y, kind, TL_L_BAR, xa, yc - h / 2, xb - xa, h);
    it->style = s->style;
    it->just = just;
    it->tip = s->tip;
}

static void diamond(tl_lay *y, const tl_span *s, double x, double yc, bool hollow)
{
    tl_item *it = tl_item_add(y, TL_I_DIAMOND, TL_L_MARK, x - DIAMOND / 2, yc - DIAMOND / 2,
                              DIAMOND, DIAMOND);
    it->style = s->style;
    it->flags = (uint8_t)((hollow ? TL_HOLLOW : 0) | (s->flags & TL_F_START_FUZZY ? TL_DASHED : 0));
    it->tip = s->tip;
    y->mods |= hollow ? TL_M_RECOGNIZED : TL_M_ESTABLISHED;
}

/* A start that nothing in the data bounds: not a bar from the chart's left
 * edge (an undated consulate would look as old as the chart), but a short
 * stub fading in before the first day the record is known to hold (its
 * end, or the right edge for one that still holds). */
static bool stub(const tl_span *s)
{
    return (s->flags & TL_F_NO_START) && s->d0 == TL_DAY_MIN && s->kind != TL_SP_EVENT;
}

/* A bar: fades where its start is unknown or its ends are fuzzy, arrows
 * where it runs on beyond the plot.  xk: where the record certainly held
 * (TL_F_KNOWN), which a start-not-recorded fade never passes; else xb. */
static void bar(tl_lay *y, const tl_span *s, double xa, double xb, double xk, double yc,
                double h, bool cut_l, bool cut_r)
{
    double len = xb - xa, fa = 0, fb = 0;
    if (stub(s) && xk < xb)
        fa = xk - xa, y->mods |= TL_M_NOSTART;
    else if (stub(s))
        fa = len * 0.75, y->mods |= TL_M_NOSTART;
    else if (s->flags & TL_F_NO_START)
        fa = fmax(0, fmin(fmin(FADE_MAX, len * 0.6), xk - xa)), y->mods |= TL_M_NOSTART;
    else if (s->flags & TL_F_START_FUZZY && !cut_l)
        fa = fmin(FUZZ_MAX, len / 3), y->mods |= TL_M_FUZZY;
    if (s->flags & TL_F_END_FUZZY && !cut_r)
        fb = fmin(FUZZ_MAX, len / 3), y->mods |= TL_M_FUZZY;
    int kind = TL_I_BAR;
    piece(y, s, TL_I_FADE, 'l', xa, xa + fa, yc, h);
    piece(y, s, kind, 'c', xa + fa, xb - fb, yc, h);
    piece(y, s, TL_I_FADE, 'r', xb - fb, xb, yc, h);
}

bool tl_span_draw(tl_lay *y, const tl_span *s, double yc, double h)
{
    if (s->kind == TL_SP_PIECE || s->kind == TL_SP_TICK || s->kind == TL_SP_HEAD)
        return tl_history_draw(y, s, yc, h);
    if (s->kind == TL_SP_HELD) /* drawn over the rest of its row (tl_held_draw) */
        return tl_span_visible(y, s);
    if (!tl_span_visible(y, s))
        return false;
    int32_t d0 = s->d0, d1 = span_end(y, s);
    bool cut_l = d0 < y->from, cut_r = d1 > y->to || (s->flags & TL_F_OPEN);
    double xa = tl_x(y, cut_l ? y->from : d0), xb = tl_x(y, d1 > y->to ? y->to : d1);
    double xk = xb; /* where the fade of an unknown start ends at the latest */
    if (s->flags & TL_F_KNOWN && s->d2 < d1)
        xk = s->d2 < y->to ? tl_x(y, s->d2 < y->from ? y->from : s->d2) : xb;
    bool held_before = (s->flags & TL_F_KNOWN) && s->d2 <= y->from;
    if (stub(s) && held_before) {
        xa = y->x0; /* held before the chart begins: it runs on from the left */
        cut_l = true;
    } else if (stub(s)) { /* the stub ends where the record certainly held */
        xa = fmax(y->x0, xk - (xk < xb ? FADE_MAX : STUB_W));
        cut_l = false;
    }
    y->used[s->style] = true;
    if (s->kind == TL_SP_RECOGNIZED) {
        diamond(y, s, xa, yc, true);
        return true;
    }
    double minw = s->kind == TL_SP_EVENT ? h : MIN_BAR_W;
    if (xb - xa < minw) { /* zero-length and one-day spans stay visible */
        double c = (xa + xb) / 2;
        xa = fmax(y->x0, c - minw / 2);
        xb = fmin(y->x0 + y->pw, xa + minw);
        xa = xb - minw;
    }
    if (s->kind == TL_SP_EVENT) {
        tl_item *it = tl_item_add(y, TL_I_PILL, TL_L_MARK, xa, yc - h / 2, xb - xa, h);
        it->style = s->style;
        it->tip = s->tip;
        if (s->flags & (TL_F_START_FUZZY | TL_F_END_FUZZY))
            it->flags |= TL_DASHED, y->mods |= TL_M_FUZZY;
    } else {
        bar(y, s, xa, xb, xk, yc, h, cut_l, cut_r);
    }
    /* A start cut off: an arrow, unless all that is known is a lower bound. */
    if (cut_l && (!(s->flags & TL_F_NO_START) || held_before))
        arrow(y, s, 'l', yc);
    if (cut_r)
        arrow(y, s, 'r', yc);
    if (s->flags & TL_F_ESTABLISHED && !cut_l)
        diamond(y, s, xa, yc, false);
    return true;
}

/* ---- format 1.1 history on a bar (the pieces timeline_history.c plans) ---- */

static void draw_tick(tl_lay *y, const tl_span *s, double yc, double h)
{
    double x = tl_x(y, s->d0);
    tl_item *it = tl_rect(y, TL_P_AXIS, TL_L_MARK, x - 0.75, yc - h / 2 - 3, 1.5, h + 6);
    it->tip = s->tip;
    y->mods |= TL_M_LEVEL;
}

/* Characters (code points) in UTF-8 text. */
static size_t chars(const char *t)
{
    size_t n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xC0) != 0x80;
    return n;
}

/* A head's stretch: a light rule where it starts and the name inside the
 * bar, both with the tooltip.  No fill of its own: that would hide the
 * history pieces under it.  The name stops short of the next head's
 * stretch (s->d2: heads given to the year share their boundary year), cut
 * with "…"; a cut that would keep fewer than 3 characters of it leaves it
 * out (the tooltip stays). */
static void draw_head(tl_lay *y, const tl_span *s, double xa, double xb, double yc, double h)
{
    if (s->d0 >= y->from)
        tl_rect(y, TL_P_ZEBRA, TL_L_MARK, xa, yc - h / 2, 1.0, h)->tip = s->tip;
    /* Its end, unless the next head has begun by then: that one's start
     * marks the change, and a rule here would strike through its name. */
    if (!(s->flags & TL_F_OPEN) && s->d1 <= y->to && (s->d2 == INT32_MAX || s->d2 >= s->d1))
        tl_rect(y, TL_P_ZEBRA, TL_L_MARK, xb - 1.0, yc - h / 2, 1.0, h)->tip = s->tip;
    double end = xb;
    if (s->d2 != INT32_MAX && s->d2 > s->d0 && s->d2 < y->to)
        end = fmin(end, tl_x(y, s->d2));
    double lh = tl_line_h(TL_T_EVENT_IN), room = end - xa - 6; /* 3 each side */
    if (room < 6)
        return;
    const char *name = tl_fit(y->L->arena, s->label, TL_T_EVENT_IN, room);
    if (name != s->label && strcmp(name, s->label) && chars(name) < 4)
        return; /* "Ky…": too little to read */
    tl_text_add(y, TL_T_EVENT_IN, 'l', xa + 3, yc - lh / 2, room, lh, name)->tip = s->tip;
}

bool tl_history_draw(tl_lay *y, const tl_span *s, double yc, double h)
{
    if (!tl_span_visible(y, s))
        return false;
    if (s->kind == TL_SP_TICK) {
        if (s->d0 >= y->from && s->d0 < y->to)
            draw_tick(y, s, yc, h);
        return true;
    }
    int32_t d0 = s->d0 < y->from ? y->from : s->d0;
    int32_t d1 = (s->flags & TL_F_OPEN) || s->d1 > y->to ? y->to : s->d1;
    double xa = tl_x(y, d0), xb = tl_x(y, d1);
    if (xb - xa < 1.5) /* a short stretch stays visible */
        xb = xa + 1.5;
    if (s->kind == TL_SP_HEAD) {
        draw_head(y, s, xa, xb, yc, h);
        return true;
    }
    tl_item *it = tl_item_add(y, TL_I_BAR, TL_L_BAR, xa, yc - h / 2, xb - xa, h);
    it->style = s->style;
    it->tip = s->tip;
    if (s->flags & TL_F_GAP) {
        it->flags = TL_HOLLOW | TL_DASHED;
        /* A membership left says so in the legend; relations and
         * missions keep their words. */
        bool member = s->style >= TL_S_MEMBER && s->style <= TL_S_MEMBER_SUSPENDED;
        y->mods |= s->style == TL_S_EV_OTHER ? TL_M_NONE : member ? TL_M_GAP_LEFT : TL_M_GAP;
    } else if (s->flags & TL_F_PUBLIC) {
        it->flags = TL_DASHED;
        y->mods |= TL_M_PUBLIC;
    } else {
        y->used[s->style] = true;
    }
    return true;
}
