/* view_relations.c — bilateral relations: the focus and its partners
 * (a star round the focus, laid out here and kept by neato), or the whole
 * relation network without a focus (neato; a star again when the network
 * is one country's). Edges carry the year relations were established and
 * are styled by status. */
#include "view.h"

#include <math.h>

#define DG_PI 3.14159265358979323846

/* Format 1.1 puts organizations among the parties (dg_model.org_relations:
 * a is the country, b the organization), and continuity moves records to
 * the continuing state: each record is drawn between the parties that
 * held it on the date drawn (an item). */
typedef struct rel_item {
    const dg_relation *r;
    dg_ref x, y; /* x: the country of side a; y: of side b, or the organization */
} rel_item;

static bool is_org(const dg_relation *r) { return r->b_kind == DG_ACTOR_ORG; }

static bool same_ref(dg_ref a, dg_ref b) { return a.kind == b.kind && a.index == b.index; }

/* A country of the centre's continuity chain (the centre itself too). */
static bool in_chain(const dg_view_ctx *c, uint32_t centre, dg_ref p)
{
    return p.kind == DG_ACTOR_COUNTRY && centre != DG_NONE &&
           (p.index == centre || dg_same_state(c->m, p.index, centre));
}

/* The focus's records, its chain's included (one state in law). */
static bool involves(const dg_view_ctx *c, const dg_relation *r)
{
    uint32_t f = c->focus;
    if (f == DG_NONE || r->a == f || dg_same_state(c->m, r->a, f))
        return true;
    return !is_org(r) && (r->b == f || dg_same_state(c->m, r->b, f));
}

static rel_item item_at(const dg_relation *r, const dg_date *at)
{
    rel_item it = {r, {DG_ACTOR_COUNTRY, r->a}, {r->b_kind, r->b}};
    if (r->n_as) {
        it.x.index = dg_held_by_at(r->as, r->n_as, r->a, at);
        if (!is_org(r))
            it.y.index = dg_held_by_at(r->as, r->n_as, r->b, at);
    }
    return it;
}

typedef struct items {
    rel_item *v;
    size_t n, cap;
} items;

static void add_item(items *v, rel_item it)
{
    for (size_t i = v->n; i-- > 0 && v->v[i].r == it.r;)
        if (same_ref(v->v[i].x, it.x) && same_ref(v->v[i].y, it.y))
            return;
    *DG_PUSH(v->v, v->n, v->cap) = it;
}

/* The record as held on c->at; for every date (stable.c), also as held
 * before each hand-over and now, so that the union has every holder. */
static void add_record(const dg_view_ctx *c, items *v, const dg_relation *r, bool every)
{
    /* On a date, only between parties that exist then (RS from 2006,
     * Kosovo from 2008): a record of a later state is not drawn. */
    rel_item now = item_at(r, c->at);
    if (!every && !(dg_ctx_exists(c, now.x) && dg_ctx_exists(c, now.y)))
        return;
    add_item(v, now);
    for (uint32_t i = 0; every && i < r->n_as; i++)
        if (dg_date_set(&r->as[i].until)) {
            dg_date d = dg_date_from_days(dg_date_first(&r->as[i].until) - 1);
            add_item(v, item_at(r, &d));
        }
    if (every && r->n_as)
        add_item(v, item_at(r, NULL));
}

/* The focus's records (every record without a focus) that are drawn:
 * holding on the date, or, with every, all of them. */
static void collect(const dg_view_ctx *c, items *v, bool every)
{
    for (int org = 0; org < 2; org++) {
        const dg_relation *rel = org ? c->m->org_relations : c->m->relations;
        uint32_t n = org ? c->m->n_org_relations : c->m->n_relations;
        for (uint32_t i = 0; i < n; i++)
            if (involves(c, &rel[i]) && (every || dg_ctx_relation(c, &rel[i], NULL, NULL)))
                add_record(c, v, &rel[i], every || c->every_date);
    }
}

static Agnode_t *party_node(dg_view_ctx *c, dg_ref p)
{
    return p.kind == DG_ACTOR_ORG ? dg_node_org(c, "", p.index)
                                  : dg_node_country(c, NULL, "", p.index);
}

/* A relation's status and level on the date drawn (format 1.1 history;
 * a version 1 relation's own status and an embassy). */
typedef struct rel_state {
    dg_rel_status status;
    dg_rel_level level;
} rel_state;

static rel_state state_of(const dg_view_ctx *c, const dg_relation *r)
{
    rel_state s;
    dg_ctx_relation(c, r, &s.status, &s.level);
    /* Never having had relations is said by its own style; a level ("no
     * diplomatic level") would only repeat it in other words. */
    if ((int)s.status == DG_REL_NONE)
        s.level = DG_LEVEL_EMBASSY;
    return s;
}

/* The history entry in force on the date, with its note and sources. */
static void tip_change(dg_view_ctx *c, const dg_relation *r, rel_state s)
{
    const char *lw = dg_level_words(s.level);
    if (lw)
        dg_tip_line(c, "  %s: %s", dg_trc(c->lang, "tooltip", "level"),
                    dg_trc(c->lang, "relation level", lw));
    const dg_change *h = dg_change_at(r->history, r->n_history, c->at);
    if (!h)
        return;
    char d[16];
    dg_date_format(&h->date, d, sizeof d);
    dg_tip_line(c, "  %s %s:", dg_trc(c->lang, "tooltip", "since"), d);
    dg_tip_note_cite(c, h->note, &h->cite);
}

static void relation_tooltip(dg_view_ctx *c, const rel_item *it, rel_state s)
{
    const dg_relation *r = it->r;
    dg_tip_reset(c);
    dg_tip_line(c, "%s \xE2\x80\x93 %s: %s", dg_ref_name(c->m, it->x), dg_ref_name(c->m, it->y),
                dg_trc(c->lang, "relation status", dg_rel_status_name(s.status)));
    tip_change(c, r, s);
    dg_tip_held(c, r->as, r->n_as);
    char d[16], w[80], border[120];
    dg_date_format(&r->recognized, d, sizeof d);
    if (*d)
        dg_tip_line(c, "  %s %s", dg_trc(c->lang, "tooltip", "recognized"), d);
    snprintf(w, sizeof w, "  %s", dg_trc(c->lang, "tooltip", "established"));
    dg_tip_period(c, w, dg_trc(c->lang, "tooltip", "severed"), &r->period);
    if (r->has_border) {
        snprintf(border, sizeof border, dg_tr(c->lang, "common border: %g km"), r->border_km);
        dg_tip_line(c, "  %s", border);
    }
    dg_tip_note_cite(c, r->note, &r->cite);
}

/* The year relations were established ("1992", "1992~") on a white
 * ground, so that it reads over the edge: next to the partner in a star
 * (head label, where the rays are furthest apart), mid-edge otherwise.
 * An HTML-like label, but of digits and a qualifier only: never user
 * text. */
static void year_label(dg_view_ctx *c, Agedge_t *e, const dg_relation *r, bool star,
                       dg_rel_level level)
{
    /* Format 1.1: a level below an embassy is said after the year (our
     * own words, never user text). */
    const char *lw = dg_level_words(level);
    if (!dg_date_set(&r->period.start) && !lw)
        return;
    if (lw)
        lw = dg_trc(c->lang, "relation level", lw);
    const dg_date *d = &r->period.start;
    char year[16] = "", html[300];
    if (dg_date_set(d))
        snprintf(year, sizeof year, "%d%s", d->year,
                 d->qual == DG_QUAL_APPROX      ? "~"
                 : d->qual == DG_QUAL_UNCERTAIN ? "?"
                 : d->qual                      ? "%"
                                                : "");
    snprintf(html, sizeof html,
             "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" "
             "BGCOLOR=\"white\"><TR><TD>%s%s%s</TD></TR></TABLE>",
             year, lw && *year ? " &#xB7; " : "", lw ? lw : "");
    char *h = agstrdup_html(c->g, html);
    agsafeset(e, star ? "headlabel" : "label", h, "");
    agstrfree(c->g, h);
    if (star) {
        dg_gv_set(e, "labeldistance", "2.4");
        dg_gv_set(e, "labelangle", "0");
        dg_gv_set(e, "labelfontsize", "8");
        dg_gv_set(e, "labelfontcolor", DG_C_TEXT_3);
    }
}

/* Without a focus, a network that is one country's relations is still a
 * star: draw it as one around that country (the first with the most
 * relations), else let neato spread the network. */
static uint32_t star_centre(const dg_view_ctx *c, const items *v)
{
    uint32_t *degree = dg_xcalloc(c->m->n_countries + 1, sizeof *degree);
    uint32_t best = DG_NONE;
    for (size_t i = 0; i < v->n; i++) {
        degree[v->v[i].x.index]++;
        if (v->v[i].y.kind == DG_ACTOR_COUNTRY)
            degree[v->v[i].y.index]++;
    }
    for (uint32_t k = 0; k < c->m->n_countries; k++)
        if (best == DG_NONE || degree[k] > degree[best])
            best = k;
    bool star = best != DG_NONE && v->n >= 3 && 2 * degree[best] >= v->n;
    free(degree);
    return star ? best : DG_NONE;
}

/* Partners around the centre by the day relations were established
 * (the first day its date covers), earliest first, undated last; then by
 * name and id (docs/diagrams.md).  Pairs without a centre keep the
 * model's (a, b) id order, countries' relations before organizations'. */
static dg_ref partner(const dg_view_ctx *c, const rel_item *it, uint32_t centre)
{
    return in_chain(c, centre, it->x) ? it->y : it->x;
}

static int32_t established_day(const dg_relation *r)
{
    return dg_date_set(&r->period.start) ? dg_date_first(&r->period.start) : INT32_MAX;
}

typedef struct order {
    const dg_view_ctx *c;
    uint32_t centre;
} order;

static int by_established(const void *pa, const void *pb, void *ctx)
{
    const order *o = ctx;
    const rel_item *a = pa, *b = pb;
    int32_t da = established_day(a->r), db = established_day(b->r);
    if (da != db)
        return da < db ? -1 : 1;
    dg_ref x = partner(o->c, a, o->centre), y = partner(o->c, b, o->centre);
    int r = strcmp(dg_ref_name(o->c->m, x), dg_ref_name(o->c->m, y));
    if (!r && x.kind != y.kind)
        return x.kind < y.kind ? -1 : 1;
    return r ? r : strcmp(dg_ref_id(o->c->m, x), dg_ref_id(o->c->m, y));
}

/* Where the rays crowd the centre, what is not active must still show:
 * those edges are wider, with a marker at the partner's end (their
 * style, style.c), and drawn after the active ones, so on top (edges are
 * drawn in the order made).  A spoke starts at the centre, or at the
 * state of its chain that held the record. */
static void relation_edge(dg_view_ctx *c, const rel_item *it, uint32_t centre, bool labels)
{
    const dg_relation *r = it->r;
    bool xs = in_chain(c, centre, it->x), ys = in_chain(c, centre, it->y), spoke = xs || ys;
    bool swap = ys && !xs;
    Agnode_t *a = party_node(c, swap ? it->y : it->x);
    Agnode_t *b = party_node(c, swap ? it->x : it->y);
    Agedge_t *e = dg_gv_edge(c, a, b);
    char key[64];
    snprintf(key, sizeof key, "R|%s|%s", c->m->countries[r->a].id,
             dg_ref_id(c->m, (dg_ref){r->b_kind, r->b}));
    dg_gv_key(e, key); /* the record, whatever its status on the date */
    rel_state s = state_of(c, r);
    dg_gv_set_edge_style(e, dg_style_relation(s.status));
    if (s.status != DG_REL_ACTIVE)
        dg_gv_set(e, "arrowsize", "0.8");
    if (dg_level_words(s.level)) { /* below an embassy: thinner */
        dg_gv_set(e, "penwidth", s.status == DG_REL_ACTIVE ? "0.7" : "1.2");
        c->legend_levels |= 1u << s.level;
    }
    if (labels)
        year_label(c, e, r, spoke, s.level);
    relation_tooltip(c, it, s);
    dg_gv_tooltip(c, e, c->text.data);
    c->legend |= DG_LEG_RELATIONS | (labels && dg_date_set(&r->period.start) ? DG_LEG_YEARS : 0);
    c->legend_status |= 1u << s.status;
}

/* ---- the star, laid out here ----
 * twopi sets every partner on one ring: fifty partners overlap there, its
 * overlap removal (prism, in 2.43) rescales the drawing and still does not
 * part them, and a ring wide enough for fifty boxes is too large to print.
 * So the star is laid out here and neato keeps the positions (pos "x,y!",
 * overlap true), the partners in the order above, clockwise from 12
 * o'clock: up to RING_MAX on a circle just wide enough that no two boxes
 * overlap; more round a frame: the right half of the top row, the right
 * column downwards, the bottom row leftwards, the left column upwards,
 * the left half of the top row.  Columns stack boxes, rows set them side
 * by side, and every edge ends at the middle of the box's side that faces
 * the centre (headport), so that none crosses another's box and the years
 * next to the boxes stay apart.  Boxes are estimated from the label (Helvetica
 * 10 pt averages about 5.5 pt a character; the estimate errs wide). */
#define RING_MAX 14
#define NODE_H 24.0 /* a country node's height, with room */
#define GAP 6.0
#define ROW_GAP 12.0  /* between boxes side by side in a row */
#define ROW_LIFT 40.0 /* from the columns' ends to the rows */

static double node_w(const char *name, double pt_per_char)
{
    size_t chars = 0;
    for (const char *p = name; *p && chars < 41; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    return 18.0 + pt_per_char * (double)chars;
}

typedef struct spot {
    double x, y, w, h;
    const char *port; /* the side an edge ends at, or NULL for the centre */
} spot;

static bool apart(const spot *a, const spot *b)
{
    return fabs(a->x - b->x) >= (a->w + b->w) / 2 + GAP ||
           fabs(a->y - b->y) >= (a->h + b->h) / 2 + GAP;
}

/* The circle of radius r; true when no box overlaps a neighbour or the
 * centre. */
static bool circle(spot *s, size_t n, double r, const spot *centre)
{
    for (size_t i = 0; i < n; i++) {
        double a = DG_PI / 2 - 2 * DG_PI * (double)i / (double)n;
        s[i].x = r * cos(a);
        s[i].y = r * sin(a);
    }
    for (size_t i = 0; i < n; i++)
        if (!apart(&s[i], centre) || (n > 1 && !apart(&s[i], &s[(i + 1) % n])))
            return false;
    return true;
}

/* The frame's sides for nc partners in each column: counts top, right,
 * bottom, left in clockwise order (the top split round 12 o'clock). */
typedef struct frame {
    size_t top_r, right, bottom, left, top_l;
    double xr, h; /* inner edge of the right column; height of the columns */
} frame;

static frame frame_of(size_t n, size_t nc)
{
    size_t rows = n - 2 * nc, top = (rows + 1) / 2;
    return (frame){(top + 1) / 2, nc, rows - top, nc, top / 2, 0, (double)nc * (NODE_H + GAP)};
}

static double row_w(const spot *s, size_t from, size_t k, size_t n)
{
    double w = 0;
    for (size_t i = 0; i < k; i++)
        w += s[(from + i) % n].w + (i ? ROW_GAP : 0);
    return w;
}

/* Lay k boxes from s[from] (cyclic) side by side at height y, left to
 * right or right to left, centred on x = 0. */
static void row(spot *s, size_t n, size_t from, size_t k, double y, bool rightwards)
{
    double x = (rightwards ? -1 : 1) * row_w(s, from, k, n) / 2;
    for (size_t i = 0; i < k; i++) {
        spot *b = &s[(from + i) % n];
        b->x = x + (rightwards ? 1 : -1) * b->w / 2;
        b->y = y;
        b->port = y > 0 ? "s" : "n";
        x += (rightwards ? 1 : -1) * (b->w + ROW_GAP);
    }
}

/* Lay k boxes from s[from] in a column, inner edges at x = side * xr,
 * downwards (side 1, the right) or upwards (side -1, the left). */
static void column(spot *s, size_t from, size_t k, double xr, double h, int side)
{
    for (size_t i = 0; i < k; i++) {
        spot *b = &s[from + i];
        b->x = side * (xr + b->w / 2);
        b->port = side > 0 ? "w" : "e";
        b->y = side * (h / 2 - (NODE_H + GAP) * ((double)i + 0.5));
    }
}

/* Place every box on frame f; returns the larger of its width and height. */
static double place_frame(spot *s, size_t n, frame *f, const spot *centre)
{
    size_t r0 = f->top_r, b0 = r0 + f->right, l0 = b0 + f->bottom, t0 = l0 + f->left;
    double top_w = row_w(s, t0, f->top_l + f->top_r, n), bot_w = row_w(s, b0, f->bottom, n);
    f->xr = fmax(fmax(top_w, bot_w) / 2 + 20, centre->w / 2 + 50);
    double y = f->h / 2 + ROW_LIFT;
    row(s, n, t0, f->top_l + f->top_r, y, true);
    column(s, r0, f->right, f->xr, f->h, 1);
    row(s, n, b0, f->bottom, -y, false);
    column(s, l0, f->left, f->xr, f->h, -1);
    double wide = 0;
    for (size_t i = 0; i < n; i++)
        wide = fmax(wide, fabs(s[i].x) + s[i].w / 2);
    return fmax(2 * wide, 2 * y + NODE_H);
}

/* Where the partners go: a circle for a few, else the squarest frame. */
static void star_spots(spot *s, size_t n, const spot *mid)
{
    if (n <= RING_MAX) {
        double r = 90;
        while (!circle(s, n, r, mid) && r < 20000)
            r *= 1.03;
        return;
    }
    size_t best = n / 4;
    double size = INFINITY;
    for (size_t nc = n / 8 + 1; 2 * nc + 2 <= n; nc++) {
        frame f = frame_of(n, nc);
        double sz = place_frame(s, n, &f, mid);
        if (sz < size)
            size = sz, best = nc;
    }
    frame f = frame_of(n, best);
    place_frame(s, n, &f, mid);
}

/* The states of the centre's chain drawn besides the centre (format 1.1
 * continuity: Yugoslavia besides Serbia), in index order. */
static size_t chain_nodes(dg_view_ctx *c, uint32_t centre, Agnode_t **out, size_t max)
{
    size_t n = 0;
    char name[160];
    for (uint32_t k = 0; k < c->m->n_countries && n < max; k++) {
        snprintf(name, sizeof name, "c_%s", c->m->countries[k].id);
        Agnode_t *node = dg_same_state(c->m, k, centre) ? agnode(c->g, name, 0) : NULL;
        if (node)
            out[n++] = node;
    }
    return n;
}

#define CHAIN_MAX 8
#define CHAIN_STEP (NODE_H + 16.0) /* the centre's chain, stacked below it */

/* Pin the centre (and the states of its chain below it) and every
 * partner of ring[] that has a node. */
static void star_layout(dg_view_ctx *c, uint32_t centre, const dg_ref *ring, size_t n)
{
    Agnode_t *chain[CHAIN_MAX + 1];
    size_t nc = chain_nodes(c, centre, chain + 1, CHAIN_MAX);
    spot *s = dg_xcalloc(n + 1, sizeof *s);
    spot mid = {0, 0, node_w(c->m->countries[centre].name, 9.0) + 16,
                NODE_H + 12 + 2 * CHAIN_STEP * (double)nc, NULL};
    for (size_t i = 0; i < n; i++) { /* an organization: a plain box, room for its year */
        bool org = ring[i].kind == DG_ACTOR_ORG;
        const char *name = dg_ref_name(c->m, ring[i]);
        s[i] = (spot){0, 0, node_w(name, 5.5) + (org ? 80 : 0),
                      NODE_H + (org && strlen(name) > 26 ? 14 : 0), NULL};
    }
    star_spots(s, n, &mid);
    chain[0] = dg_node_country(c, NULL, "", centre);
    char pos[64], name[160];
    dg_gv_set(c->g, "overlap", "true"); /* no overlap to remove; prism would rescale */
    dg_gv_set(chain[0], "pos", "0,0!");
    for (size_t j = 1; j <= nc; j++) {
        snprintf(pos, sizeof pos, "0,%.3f!", -CHAIN_STEP * (double)j / 72);
        dg_gv_set(chain[j], "pos", pos);
    }
    for (size_t i = 0; i < n; i++) {
        snprintf(name, sizeof name, "%s%s", ring[i].kind == DG_ACTOR_ORG ? "o_" : "c_",
                 dg_ref_id(c->m, ring[i]));
        Agnode_t *node = agnode(c->g, name, 0);
        if (!node)
            continue;
        /* neato reads pos in inches; no "-0.000" */
        double x = fabs(s[i].x) < 0.01 ? 0 : s[i].x, y = fabs(s[i].y) < 0.01 ? 0 : s[i].y;
        snprintf(pos, sizeof pos, "%.3f,%.3f!", x / 72, y / 72);
        dg_gv_set(node, "pos", pos);
        for (size_t j = 0; j <= nc && s[i].port; j++) {
            Agedge_t *e = agedge(c->g, chain[j], node, NULL, 0);
            if (e)
                dg_gv_set(e, "headport", s[i].port);
        }
    }
    free(s);
}

/* A view on a date laid out on every date (stable.c), or a diff: the
 * ring holds every partner that ever was, so that each keeps its place. */
static bool ring_of_every_date(const dg_view_ctx *c)
{
    const dg_render_opts *o = c->o;
    return c->every_date || (dg_date_set(&o->at) && !o->layout_own) ||
           (dg_date_set(&o->diff_from) && dg_date_set(&o->diff_to));
}

/* The partners of the centre's chain, in the order of by_established,
 * each once. */
static dg_ref *ring_of(const dg_view_ctx *c, uint32_t centre, size_t *n)
{
    items v = {0};
    collect(c, &v, ring_of_every_date(c));
    order ord = {c, centre};
    dg_sort_r(v.v, v.n, sizeof *v.v, by_established, &ord);
    dg_ref *ring = dg_xmalloc((v.n + 1) * sizeof *ring);
    size_t k = 0;
    for (size_t i = 0; i < v.n; i++) {
        bool spoke = in_chain(c, centre, v.v[i].x) || in_chain(c, centre, v.v[i].y);
        dg_ref p = partner(c, &v.v[i], centre);
        bool seen = in_chain(c, centre, p);
        for (size_t j = 0; j < k && !seen; j++)
            seen = same_ref(ring[j], p);
        if (spoke && !seen)
            ring[k++] = p;
    }
    free(v.v);
    *n = k;
    return ring;
}

/* The centre on the date drawn: the state of the focus's chain then
 * (Yugoslavia for Serbia before 2003); a diff's union, the later date's. */
static uint32_t centre_at(const dg_view_ctx *c, uint32_t centre)
{
    const dg_date *at = c->at;
    if (!at && dg_date_set(&c->o->diff_to))
        at = &c->o->diff_to;
    return dg_state_at(c->m, centre, at);
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    items v = {0};
    collect(c, &v, false);
    uint32_t centre = c->focus != DG_NONE ? c->focus : star_centre(c, &v);
    c->engine = "neato";
    if (centre != DG_NONE) {
        centre = centre_at(c, centre);
        dg_node_country(c, NULL, "", centre);
        order ord = {c, centre};
        dg_sort_r(v.v, v.n, sizeof *v.v, by_established, &ord);
    }
    bool labels = v.n <= 300;
    for (int pass = 0; pass < 2; pass++) /* active first: the rest on top */
        for (size_t i = 0; i < v.n; i++)
            if ((state_of(c, v.v[i].r).status != DG_REL_ACTIVE) == pass)
                relation_edge(c, &v.v[i], centre, labels);
    if (centre != DG_NONE) { /* the star: laid out here, kept by neato */
        size_t k;
        dg_ref *ring = ring_of(c, centre, &k);
        star_layout(c, centre, ring, k);
        free(ring);
    }
    free(v.v);
    return DG_OK;
}

const dg_view dg_view_relations = {"relations", build};
