/* timeline_legend.c — the legend: a sample and a name for every colour and
 * mark the chart uses (and nothing it does not), flowing left to right. */
#include "timeline.h"

#include <math.h>

#define SW 18.0    /* swatch width */
#define LROW 14.0  /* legend line height */
#define SPACING 14.0

enum { SW_BAR, SW_THIN, SW_PILL, SW_DIAMOND, SW_HOLLOW, SW_NOSTART, SW_FUZZY, SW_FUZZY_PILL,
       SW_ARROW, SW_TODAY, SW_HIST, SW_GAP, SW_PUBLIC, SW_LEVEL, SW_HELD };

/* Translated with the context "timeline legend": one English word
 * ("suspended", "other") names things that other languages tell apart. */
static const char *const style_text[TL_S_COUNT] = {
    [TL_S_REL_ACTIVE] = NC_("timeline legend", "active"),
    [TL_S_REL_STRAINED] = NC_("timeline legend", "strained"),
    [TL_S_REL_SUSPENDED] = NC_("timeline legend", "suspended"),
    [TL_S_REL_SEVERED] = NC_("timeline legend", "severed"),
    [TL_S_MEMBER] = NC_("timeline legend", "member"),
    [TL_S_OBSERVER] = NC_("timeline legend", "observer"),
    [TL_S_CANDIDATE] = NC_("timeline legend", "candidate"),
    [TL_S_PARTNER] = NC_("timeline legend", "partner"),
    [TL_S_ASSOCIATE] = NC_("timeline legend", "associate"),
    /* TRANSLATORS: a suspended membership (above: suspended relations). */
    [TL_S_MEMBER_SUSPENDED] = NC_("timeline legend, membership", "suspended"),
    [TL_S_ORG] = NC_("timeline legend", "organization exists"),
    [TL_S_MIS_EMBASSY] = NC_("timeline legend", "embassy, mission, delegation"),
    [TL_S_MIS_CONSULAR] = NC_("timeline legend", "consulate"),
    [TL_S_MIS_HONORARY] = NC_("timeline legend", "honorary consulate"),
    [TL_S_MIS_OTHER] = NC_("timeline legend", "other mission or office"),
    [TL_S_ACCRED] = NC_("timeline legend", "non-resident accreditation"),
    [TL_S_EV_COOPERATION] =
        NC_("timeline legend", "agreement, treaty, visit, meeting, opening, accession"),
    [TL_S_EV_CONFLICT] = NC_("timeline legend", "expulsion, recall, sanction, closure, withdrawal"),
    [TL_S_EV_OTHER] = NC_("timeline legend", "other"),
};

static const char *style_word(const tl_lay *y, int s)
{
    return dg_trc(y->p->lang,
                  s == TL_S_MEMBER_SUSPENDED ? "timeline legend, membership" : "timeline legend",
                  style_text[s]);
}

/* Legend lines, one per kind of row, in the order of the groups. */
enum { LG_RELATIONS, LG_MISSIONS, LG_MEMBERSHIPS, LG_EVENTS, LG_DATES, LG_COUNT };
/* TRANSLATORS: the legend's line headings. */
static const char *const group_text[LG_COUNT] = {N_("Relations"), N_("Missions"),
                                                 N_("Memberships"), N_("Events"), N_("Dates")};

static int group_of(int style)
{
    if (style <= TL_S_REL_SEVERED)
        return LG_RELATIONS;
    if (style <= TL_S_ORG)
        return LG_MEMBERSHIPS;
    if (style <= TL_S_ACCRED)
        return LG_MISSIONS;
    return LG_EVENTS;
}

static tl_item *sample(tl_lay *y, int kind, int style, double x, double top, double w, double h)
{
    tl_item *it = tl_item_add(y, kind, TL_L_BAR, x, top, w, h);
    it->style = (uint8_t)style;
    return it;
}

static void swatch(tl_lay *y, int sw, int style, double x, double yc)
{
    switch (sw) {
    case SW_BAR: sample(y, TL_I_BAR, style, x, yc - 5, SW, 10); break;
    case SW_THIN: sample(y, TL_I_BAR, style, x, yc - 2, SW, 4); break;
    case SW_PILL: sample(y, TL_I_PILL, style, x + SW / 2 - 3.5, yc - 3.5, 7, 7); break;
    case SW_DIAMOND: sample(y, TL_I_DIAMOND, style, x + SW / 2 - 4.5, yc - 4.5, 9, 9); break;
    case SW_HOLLOW:
        sample(y, TL_I_DIAMOND, style, x + SW / 2 - 4.5, yc - 4.5, 9, 9)->flags = TL_HOLLOW;
        break;
    case SW_NOSTART:
        sample(y, TL_I_FADE, style, x, yc - 5, SW * 0.6, 10)->just = 'l';
        sample(y, TL_I_BAR, style, x + SW * 0.6, yc - 5, SW * 0.4, 10);
        break;
    case SW_FUZZY:
        sample(y, TL_I_BAR, style, x, yc - 5, SW * 0.6, 10);
        sample(y, TL_I_FADE, style, x + SW * 0.6, yc - 5, SW * 0.4, 10)->just = 'r';
        break;
    case SW_FUZZY_PILL:
        sample(y, TL_I_PILL, style, x + SW / 2 - 3.5, yc - 3.5, 7, 7)->flags = TL_DASHED;
        break;
    case SW_ARROW:
        sample(y, TL_I_BAR, style, x, yc - 5, SW - 7, 10);
        sample(y, TL_I_ARROW, style, x + SW - 6, yc - 4, 6, 8)->just = 'r';
        break;
    case SW_TODAY: sample(y, TL_I_LINE, style, x + SW / 2 - 0.6, yc - 6, 1.2, 12); break;
    case SW_GAP: /* format 1.1 history pieces (timeline_history.c) */
        sample(y, TL_I_BAR, style, x, yc - 5, SW, 10)->flags = TL_HOLLOW | TL_DASHED;
        break;
    case SW_PUBLIC: sample(y, TL_I_BAR, style, x, yc - 5, SW, 10)->flags = TL_DASHED; break;
    case SW_LEVEL:
        sample(y, TL_I_BAR, style, x, yc - 5, SW, 10);
        sample(y, TL_I_RECT, style, x + SW / 2 - 0.75, yc - 8, 1.5, 16)->paint = TL_P_AXIS;
        break;
    case SW_HELD: /* continuity (timeline_held.c): the tint, the hand-over, the bar */
        sample(y, TL_I_BAR, style, x, yc - 5, SW * 0.6, 10)->flags = TL_LIGHT;
        sample(y, TL_I_BAR, style, x + SW * 0.6, yc - 5, SW * 0.4, 10);
        tl_rect(y, TL_P_ZEBRA, TL_L_MARK, x + SW * 0.6 - 0.5, yc - 5, 1.0, 10);
        break;
    default:
        for (int i = 0; i < 3; i++) {
            double h = 4 + 3 * i;
            tl_item *it = sample(y, TL_I_RECT, style, x + 1 + i * 6, yc + 5 - h, 4.5, h);
            it->paint = TL_P_HIST;
        }
    }
}

static void entry(tl_lay *y, double *x, int sw, int style, const char *text)
{
    double room = y->right - y->x0 - SW - 4;
    text = tl_fit(y->L->arena, text, TL_T_LEGEND, room);
    double tw = tl_text_width(text, strlen(text), TL_T_LEGEND);
    if (*x + SW + 4 + tw > y->right && *x > y->x0) {
        *x = y->x0;
        y->y += LROW;
    }
    swatch(y, sw, style, *x, y->y + LROW / 2);
    double lh = tl_line_h(TL_T_LEGEND);
    tl_text_add(y, TL_T_LEGEND, 'l', *x + SW + 4, y->y + (LROW - lh) / 2, tw, lh, text);
    *x += SW + 4 + tw + SPACING;
}

static int swatch_of(int style)
{
    if (style == TL_S_ACCRED)
        return SW_THIN;
    if (style >= TL_S_EV_COOPERATION)
        return SW_PILL;
    return SW_BAR;
}

/* The marks of one legend line that are not colours. */
static void marks(tl_lay *y, int g, double *x, int any)
{
    const char *L = y->p->lang;
    if (g == LG_RELATIONS && y->mods & TL_M_RECOGNIZED) /* markers take their bar's colour */
        entry(y, x, SW_HOLLOW, TL_S_EV_OTHER, dg_trc(L, "timeline legend", "recognized"));
    if (g == LG_RELATIONS && y->mods & TL_M_ESTABLISHED)
        entry(y, x, SW_DIAMOND, TL_S_EV_OTHER, dg_trc(L, "timeline legend", "established"));
    if (g == LG_EVENTS && y->mods & TL_M_HIST)
        entry(y, x, SW_HIST, any, dg_tr(L, "number of events too many to label"));
    if (g != LG_DATES)
        return;
    if (y->mods & TL_M_GAP_LEFT) /* memberships too: the words say so */
        entry(y, x, SW_GAP, any, dg_tr(L, "severed, suspended, closed or left (a gap)"));
    else if (y->mods & TL_M_GAP)
        entry(y, x, SW_GAP, any, dg_tr(L, "severed; a mission suspended or closed (a gap)"));
    if (y->mods & TL_M_NONE) /* TRANSLATORS: a pair recorded with status none. */
        entry(y, x, SW_GAP, TL_S_EV_OTHER, dg_tr(L, "no relations, never had any (grey gap)"));
    if (y->mods & TL_M_PUBLIC)
        entry(y, x, SW_PUBLIC, any, dg_tr(L, "closed to the public (pale, dashed)"));
    if (y->mods & TL_M_HELD)
        entry(y, x, SW_HELD, any, /* TRANSLATORS: continuity: a record's stretch before
                                   * the state that holds it now took it over. */
              dg_tr(L, "held as a predecessor state (lighter, \"as \xE2\x80\xA6\")"));
    if (y->mods & TL_M_LEVEL)
        entry(y, x, SW_LEVEL, any, dg_tr(L, "level of representation changed (tick)"));
    if (y->mods & TL_M_NOSTART)
        entry(y, x, SW_NOSTART, any, dg_tr(L, "start not recorded"));
    if (y->mods & TL_M_FUZZY && any == TL_S_EV_OTHER) /* events only */
        entry(y, x, SW_FUZZY_PILL, any, dg_tr(L, "approximate or uncertain date"));
    else if (y->mods & TL_M_FUZZY)
        entry(y, x, SW_FUZZY, any, dg_tr(L, "approximate or uncertain (faded end, dashed marker)"));
    if (y->mods & TL_M_CONT)
        entry(y, x, SW_ARROW, any, dg_tr(L, "continues beyond the chart, or still so"));
    if (y->mods & TL_M_TODAY) /* TRANSLATORS: the legend of the line at today's date. */
        entry(y, x, SW_TODAY, any,
              tl_fmt(y->L->arena, dg_tr(L, "today (%s)"), tl_day_text(y->L->arena, y->today)));
}

void tl_legend(tl_lay *y)
{
    int any = -1;
    for (int s = 0; s < TL_S_COUNT && any < 0; s++)
        if (y->used[s] && swatch_of(s) == SW_BAR)
            any = s;
    if (any < 0) /* no bars: the samples of marks are event-grey */
        any = TL_S_EV_OTHER;
    y->y += 4;
    double lh = tl_line_h(TL_T_LEGEND);
    for (int g = 0; g < LG_COUNT; g++) {
        double x = y->x0, top = y->y;
        size_t before = y->L->n;
        for (int s = 0; s < TL_S_COUNT; s++)
            if (y->used[s] && group_of(s) == g)
                entry(y, &x, swatch_of(s), s, style_word(y, s));
        marks(y, g, &x, any);
        if (y->L->n == before)
            continue;
        const char *t = dg_tr(y->p->lang, y->used[TL_S_ORG] && g == LG_MEMBERSHIPS
                                              ? "Organizations" : group_text[g]);
        tl_text_add(y, TL_T_LEGEND_HEAD, 'l', y->lx, top + (LROW - lh) / 2, y->lw, lh, t);
        y->y += LROW;
    }
}
