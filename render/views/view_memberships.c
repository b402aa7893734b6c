/* view_memberships.c — countries and organizations, one edge per
 * membership (member -> organization), styled by status.
 *
 * With a focus: the focus's organizations around it (twopi, the focus at
 * the centre, on a ring wide enough for long rays); with --depth 2 also
 * their other members, drawn like the whole network without a focus:
 * members left of their organizations.  Every edge says the years of its
 * membership ("1992–"), and, for one taken over through continuity, the
 * predecessor ("1945– / as Yugoslavia"). */
#include "view.h"

#include <math.h>

/* "as NAME" in rows of up to AS_LINE characters, broken at the last
 * space that ends a row in time (two rows at most, the second cut with
 * "…"): a long name ("as Byelorussian Soviet Socialist Republic") would
 * make a label wider than the gap between two rays. */
#define AS_LINE 24

static void as_rows(dg_buf *b, const char *text)
{
    size_t chars = 0, cut = 0;
    for (const char *p = text; *p; p++) {
        if (((unsigned char)*p & 0xC0) == 0x80)
            continue;
        if (*p == ' ' && chars <= AS_LINE)
            cut = (size_t)(p - text);
        chars++;
    }
    if (chars <= AS_LINE || !cut)
        cut = strlen(text);
    char first[200];
    snprintf(first, sizeof first, "%.*s", (int)cut, text);
    dg_buf_printf(b, "<TR><TD>");
    dg_html_text(b, first, AS_LINE + 4);
    dg_buf_printf(b, "</TD></TR>");
    if (text[cut]) {
        dg_buf_printf(b, "<TR><TD>");
        dg_html_text(b, text + cut + 1, AS_LINE + 4);
        dg_buf_printf(b, "</TD></TR>");
    }
}

/* The years of a membership on a white ground, so that they read over
 * the edge: an HTML-like label of digits and dashes, and for a record
 * taken over, a second line naming the predecessor (a country name,
 * escaped as the caption's user text is: dg_html_text). */
static void years_label(dg_view_ctx *c, Agedge_t *e, const dg_member *mb, uint32_t as)
{
    char years[40];
    dg_years_text(&mb->period, years, sizeof years);
    if (!*years && as == DG_NONE)
        return;
    dg_buf b = {0};
    dg_buf_printf(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" "
                      "BGCOLOR=\"white\">");
    if (*years)
        dg_buf_printf(&b, "<TR><TD>%s</TD></TR>", years);
    if (as != DG_NONE) {
        char line[200];
        snprintf(line, sizeof line, dg_trc(c->lang, "view tooltip", "as %s"),
                 dg_ref_name(c->m, (dg_ref){DG_ACTOR_COUNTRY, as}));
        as_rows(&b, line);
    }
    dg_buf_printf(&b, "</TABLE>");
    char *h = agstrdup_html(c->g, b.data);
    agsafeset(e, "label", h, "");
    agstrfree(c->g, h);
    dg_buf_free(&b);
    if (*years)
        c->legend |= DG_LEG_SPANS;
}

static Agnode_t *member_node(dg_view_ctx *c, dg_ref r)
{
    return r.kind == DG_ACTOR_ORG ? dg_node_org(c, "", r.index)
                                  : dg_node_country(c, NULL, "", r.index);
}

/* A record of the focus's continuity chain — the focus's own, or one a
 * predecessor still holds (Serbia and Montenegro's Non-Aligned seat) —
 * is the focus's: one state in law, drawn from the focus's node. */
static bool is_focus(const dg_view_ctx *c, dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY && c->focus != DG_NONE &&
           (r.index == c->focus || dg_same_state(c->m, r.index, c->focus));
}

/* Who held the membership on the date drawn (continuity). */
static dg_ref holder(const dg_view_ctx *c, const dg_member *mb)
{
    dg_ref h = mb->who;
    if (h.kind == DG_ACTOR_COUNTRY)
        h.index = dg_ctx_holder(c, mb->as, mb->n_as, h.index);
    return h;
}

static dg_ref drawn_from(const dg_view_ctx *c, const dg_member *mb)
{
    return is_focus(c, mb->who) ? (dg_ref){DG_ACTOR_COUNTRY, c->focus} : mb->who;
}

/* The predecessor the label names: who held the record on the date when
 * that is not the node it is drawn from, else the state it began with;
 * DG_NONE for a record of the node's own. */
static uint32_t named_as(const dg_view_ctx *c, const dg_member *mb)
{
    dg_ref d = drawn_from(c, mb), h = holder(c, mb);
    if (d.kind != DG_ACTOR_COUNTRY)
        return DG_NONE;
    if (h.index != d.index)
        return h.index;
    uint32_t first = dg_held_first_as(mb->as, mb->n_as, mb->who.index);
    return first != d.index ? first : DG_NONE;
}

static bool member_holds(const dg_view_ctx *c, const dg_org *o, const dg_member *mb)
{
    if (!dg_ctx_holds(c, &o->period) || !dg_ctx_member(c, mb))
        return false;
    dg_ref h = holder(c, mb);
    /* Another state of the focus's chain holds it only while that state
     * exists (no Serbia and Montenegro seat after 2006), on any date. */
    if (!c->every_date && h.kind == DG_ACTOR_COUNTRY && h.index != c->focus && is_focus(c, h) &&
        !dg_period_holds(&c->m->countries[h.index].period, c->at))
        return false;
    return dg_ctx_exists(c, h); /* on --at: the holder exists then */
}

static void member_tooltip(dg_view_ctx *c, const dg_org *o, const dg_member *mb,
                           dg_member_status st)
{
    dg_tip_reset(c);
    const char *who = dg_ref_name(c->m, holder(c, mb));
    if (st == DG_MEMBER_SUSPENDED) /* TRANSLATORS: "Yugoslavia: membership of United Nations suspended". */
        dg_tip_line(c, dg_tr(c->lang, "%s: membership of %s suspended"), who, o->name);
    else /* TRANSLATORS: a membership's tooltip: "Belarus: member of CSTO". */
        dg_tip_line(c, dg_tr(c->lang, "%s: %s of %s"), who,
                    dg_trc(c->lang, "membership status", dg_member_status_name(st)), o->name);
    const dg_change *h = dg_change_at(mb->history, mb->n_history, c->at);
    if (h && h->status >= 0) { /* format 1.1: the history entry in force on the date */
        char d[16], line[200];
        dg_date_format(&h->date, d, sizeof d);
        /* "suspended from 1992-09-22", as a mission's state (style.c) */
        snprintf(line, sizeof line, dg_trc(c->lang, "view tooltip", "%s from %s"),
                 dg_trc(c->lang, "membership status",
                        dg_member_status_name((dg_member_status)h->status)), d);
        dg_tip_line(c, "  %s", line);
        dg_tip_note_cite(c, h->note, &h->cite);
    }
    dg_tip_held(c, mb->as, mb->n_as);
    char w[80];
    snprintf(w, sizeof w, "  %s", dg_trc(c->lang, "tooltip", "since"));
    dg_tip_period(c, w, dg_trc(c->lang, "tooltip", "until"), &mb->period);
    dg_tip_note_cite(c, mb->note, &mb->cite);
}

static void draw(dg_view_ctx *c, uint32_t oi, const dg_member *mb)
{
    const dg_org *o = &c->m->orgs[oi];
    Agnode_t *a = member_node(c, drawn_from(c, mb));
    Agedge_t *e = dg_gv_edge(c, a, dg_node_org(c, "", oi));
    char key[160]; /* the record, whatever its status on the date (stable.c) */
    snprintf(key, sizeof key, "M|%s|%s|%u", o->id, dg_ref_id(c->m, mb->who),
             (unsigned)(mb - o->members));
    dg_gv_key(e, key);
    /* Format 1.1: the status on the date drawn (a suspension in history). */
    dg_member_status st = dg_member_status_at(c->m, mb, c->at);
    dg_gv_set_edge_style(e, dg_style_member(st));
    years_label(c, e, mb, named_as(c, mb));
    member_tooltip(c, o, mb, st);
    dg_gv_tooltip(c, e, c->text.data);
    c->legend |= DG_LEG_MEMBERS;
    c->legend_status |= 1u << st;
}

/* The focus's organizations (a bit per org), in org-id order. */
static bool *focus_orgs(const dg_view_ctx *c)
{
    bool *in = dg_xcalloc(c->m->n_orgs + 1, sizeof *in);
    for (uint32_t i = 0; i < c->m->n_orgs; i++) {
        const dg_org *o = &c->m->orgs[i];
        for (uint32_t k = 0; k < o->n_members; k++)
            if (is_focus(c, o->members[k].who) && member_holds(c, o, &o->members[k]))
                in[i] = true;
    }
    return in;
}

/* ---- the ring ----
 * twopi puts the organizations on a circle of radius ranksep round the
 * focus.  A fixed radius left short stubs between wide boxes, too short
 * to tell a dashed line from a solid one, with the years crowding the
 * boxes.  So the radius is the widest focus half-box plus the widest
 * organization half-box (the shortest ray is a horizontal one) plus a ray
 * of at least RAY_MIN points, longer when its label needs it (the label
 * sits mid-ray, LABEL_CLEAR from either box).  Box widths are estimated
 * as the relations view does (Helvetica: about 5.5 pt a character at
 * 10 pt, 9 at 16 pt; 4.4 for the 8 pt labels).  Every date's records
 * count, so that the figures of one focus at several dates share it. */
#define RAY_MIN 110.0
#define LABEL_CLEAR 28.0

static double chars_of(const char *s, size_t max)
{
    size_t n = 0;
    for (; *s && n < max; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return (double)n;
}

/* The longest label of mb in characters: its years, or "as NAME". */
static double label_chars(const dg_view_ctx *c, const dg_member *mb)
{
    double w = 8;
    for (uint32_t i = 0; i < mb->n_as; i++)
        w = fmax(w, 3 + chars_of(c->m->countries[mb->as[i].as].name, AS_LINE + 1));
    if (mb->who.kind == DG_ACTOR_COUNTRY && mb->who.index != c->focus)
        w = fmax(w, 3 + chars_of(c->m->countries[mb->who.index].name, AS_LINE + 1));
    return w;
}

#define RING_OWN 100 /* beyond: prism's overlap removal, as before */
#define DG_PI 3.14159265358979323846

static void ring_radius(dg_view_ctx *c)
{
    double org_w = 0, label_w = 0, n = 0;
    for (uint32_t i = 0; i < c->m->n_orgs; i++) {
        const dg_org *o = &c->m->orgs[i];
        bool mine = false;
        for (uint32_t k = 0; k < o->n_members; k++)
            if (is_focus(c, o->members[k].who)) {
                mine = true;
                label_w = fmax(label_w, 8 + 4.4 * label_chars(c, &o->members[k]));
            }
        if (mine)
            org_w = fmax(org_w, 18 + 5.5 * chars_of(o->name, 26)), n++;
    }
    double focus_w = 34 + 9.0 * chars_of(c->m->countries[c->focus].name, 41);
    double ray = fmax(RAY_MIN, label_w + 2 * LABEL_CLEAR);
    double r = (focus_w + org_w) / 2 + ray;
    /* twopi spaces a star's leaves evenly: neighbours side by side (at
     * 12 and 6 o'clock) must not touch, so no overlap is left to remove,
     * and prism's removal, which scales the ring down to its most compact
     * (the stubs), stays off. */
    if (n > 1 && n <= RING_OWN) {
        r = fmax(r, (org_w + 12) / (2 * sin(DG_PI / n)));
        dg_gv_set(c->g, "overlap", "true");
    }
    char v[32];
    snprintf(v, sizeof v, "%.2f", fmax(1.6, r / 72));
    dg_gv_set(c->g, "ranksep", v);
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    int depth = c->o->depth ? c->o->depth : 1;
    bool *mine = NULL;
    /* Long edges: a dashed or dotted style needs room to show, and the
     * years sit on the edge (dot's ranks; twopi's ring: ring_radius). */
    dg_gv_set(c->g, "ranksep", "1.6");
    if (c->focus != DG_NONE) {
        mine = focus_orgs(c);
        Agnode_t *f = dg_node_country(c, NULL, "", c->focus);
        if (depth == 1) { /* a star: radial; two rings read better in columns */
            c->engine = "twopi";
            dg_gv_set(c->g, "root", agnameof(f));
            ring_radius(c);
        }
    }
    /* Focus first, then (depth 2) the others: the rings fill in order. */
    for (int pass = 0; pass < (mine && depth == 2 ? 2 : 1); pass++)
        for (uint32_t i = 0; i < c->m->n_orgs; i++) {
            const dg_org *o = &c->m->orgs[i];
            if (mine && !mine[i])
                continue;
            for (uint32_t k = 0; k < o->n_members; k++) {
                const dg_member *mb = &o->members[k];
                if (!member_holds(c, o, mb) || (mine && is_focus(c, mb->who) != (pass == 0)))
                    continue;
                draw(c, i, mb);
            }
        }
    free(mine);
    return DG_OK;
}

const dg_view dg_view_memberships = {"memberships", build};
