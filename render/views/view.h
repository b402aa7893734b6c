/* view.h — private interface between dg_render, the views, the style
 * helpers and the libgvc glue (the render/ files only).
 *
 * A view turns the model into an Agraph_t.  It only ever hands Graphviz
 * user text through dg_gv_label/dg_gv_tooltip (escaped for the attribute
 * they go to), names nodes by validated ids or generated names, and never
 * emits URL/href attributes: see docs/diagrams.md, "Security". */
#ifndef DG_VIEW_H
#define DG_VIEW_H

#include "gv.h"
#include "names_model.h"
#include "palette.h"
#include "tr.h"

/* Everything a view needs while it builds its graph. */
typedef struct dg_view_ctx {
    const dg_model *m;
    const dg_render_opts *o;
    uint32_t focus;      /* country index, or DG_NONE */
    const dg_date *at;   /* NULL without --at */
    bool every_date;     /* build what ever held, whatever at says (stable.c) */
    Agraph_t *g;
    bool rankdir_lr;     /* lay out left to right (dot) */
    const char *engine;  /* the view's engine for small graphs; NULL = dot */
    uint32_t legend;     /* DG_LEG_* bits: what the legend must explain */
    uint32_t legend_kinds;   /* mission kinds drawn, one bit per dg_mission_kind */
    uint32_t legend_status;  /* relation or membership statuses drawn */
    uint32_t legend_levels;  /* relation levels other than embassy drawn (format 1.1) */
    dg_buf scratch;      /* for escaping; reused */
    dg_buf text;         /* for composing labels and tooltips; reused */
    dg_buf title;        /* the figure's title as drawn; empty when none */
    bool *cited;         /* per source: cited by something drawn (the caption's
                            sources line); NULL = not tracked */
    dg_buf legend_html;  /* the legend (dg_style_legend), drawn by the caption */
    const char *lang;    /* the language of the figure's own words (dg_tr) */
} dg_view_ctx;

enum {
    DG_LEG_MISSIONS = 1u << 0,   /* mission kinds as edge styles */
    DG_LEG_RELATIONS = 1u << 1,  /* relation statuses */
    DG_LEG_MEMBERS = 1u << 2,    /* membership statuses */
    DG_LEG_HUBS = 1u << 3,       /* hub cities and non-resident accreditation */
    DG_LEG_FOCUS = 1u << 4,      /* the focus country */
    DG_LEG_ORGS = 1u << 5,       /* organization nodes */
    DG_LEG_CITIES = 1u << 6,     /* city nodes inside their country */
    DG_LEG_YEARS = 1u << 7,      /* relation edges labelled with the year established */
    DG_LEG_SPANS = 1u << 8,      /* membership edges labelled with their years */
    DG_LEG_IDLE = 1u << 9,       /* format 1.1: missions not operating on the date */
};

typedef struct dg_view {
    const char *name;
    dg_status (*build)(dg_view_ctx *c, dg_error *err);
} dg_view;

extern const dg_view dg_view_relations, dg_view_missions, dg_view_accreditation,
    dg_view_memberships;

/* ---- style.c: palette, attributes, escaping ---- */

typedef struct dg_edge_style {
    const char *color, *style;
    const char *penwidth;
    const char *arrowhead;
    const char *label; /* legend text */
} dg_edge_style;

const dg_edge_style *dg_style_mission(dg_mission_kind k);
const dg_edge_style *dg_style_relation(dg_rel_status s);
/* A relation's level below an embassy, as drawn: thinner than its status
 * alone, and said after the year on the edge ("1992 · chargé
 * d'affaires"); NULL for an embassy (and for a version 1 relation). */
const char *dg_level_words(dg_rel_level l);
const dg_edge_style *dg_style_member(dg_member_status s);
extern const dg_edge_style dg_style_accredited; /* hub -> accredited country */
extern const dg_edge_style dg_style_idle;       /* a mission not operating (1.1) */

void dg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* Set an attribute (declaring it on first use). Values are copied. */
void dg_gv_set(void *obj, const char *name, const char *value);
void dg_gv_set_edge_style(Agedge_t *e, const dg_edge_style *s);
/* User text for a label: backslashes doubled (so \N, \G, \l stay literal),
 * '&' as an entity (Graphviz decodes entities), controls as spaces, cut to
 * max_chars characters with an ellipsis (0 = no limit). */
void dg_gv_label(dg_view_ctx *c, void *obj, const char *text, size_t max_chars);
/* Several lines of user text, each escaped, joined by Graphviz's "\n". */
void dg_gv_label_lines(dg_view_ctx *c, void *obj, const char *const *lines, size_t n,
                       size_t max_chars);
/* The same for a tooltip, which Graphviz 2.43 unescapes twice. */
void dg_gv_tooltip(dg_view_ctx *c, void *obj, const char *text);
/* Node and cluster names: never user text. */
Agnode_t *dg_gv_node(dg_view_ctx *c, Agraph_t *sub, const char *prefix, const char *id);
Agraph_t *dg_gv_cluster(dg_view_ctx *c, const char *prefix, const char *id);
/* The rounded, filled frame (cluster) of country ci, named by prefix and
 * its id: made on first use, the same one after. */
Agraph_t *dg_country_frame(dg_view_ctx *c, const char *prefix, uint32_t ci, const char *fill,
                           const char *border);
Agedge_t *dg_gv_edge(dg_view_ctx *c, Agnode_t *t, Agnode_t *h);

/* Graph-wide defaults: fonts, shapes, colours, title. */
void dg_style_graph(dg_view_ctx *c, const char *title);
/* The legend for the c->legend bits, as a table into c->legend_html. */
void dg_style_legend(dg_view_ctx *c);
/* caption.c: the figure's caption as the graph's label (every format
 * draws it): the title (c->title), a subtitle naming the view, the focus
 * and the date, and the sources cited by what is drawn (c->cited). */
void dg_caption(dg_view_ctx *c, const char *view);
/* User text for an HTML-like label (caption.c): & < > " as entities,
 * controls as spaces, backslashes doubled; at most max characters (0: no
 * limit), cut with an ellipsis. */
void dg_html_text(dg_buf *b, const char *s, size_t max);
/* "1992~", "1992–2004", "1992–": the years of a period from digits and
 * qualifiers only (never user text), into buf (at least 32 bytes); "" when
 * it has no date. */
const char *dg_years_text(const dg_period *p, char *buf, size_t size);

/* ---- composing tooltips (style.c): everything lands in c->text ---- */
void dg_tip_reset(dg_view_ctx *c);
void dg_tip_line(dg_view_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dg_tip_str(dg_view_ctx *c, const char *label, const char *s); /* "label: s" if s */
void dg_tip_period(dg_view_ctx *c, const char *from_word, const char *to_word,
                   const dg_period *p);
void dg_tip_note_cite(dg_view_ctx *c, const char *note, const dg_cite *cite);
void dg_tip_country(dg_view_ctx *c, uint32_t ci);
/* "Austria embassy in Moscow, Russia [at-embassy-moscow]", its period,
 * note and sources; an accreditation's own lines. */
void dg_tip_mission(dg_view_ctx *c, const dg_mission *ms);
void dg_tip_accred(dg_view_ctx *c, const dg_accreditation *a);
/* Format 1.1: "  suspended from 1999-03-24" and the entry's note and
 * sources, when the mission is not open on c->at (closed to the public
 * too: it still operates, but says so). */
void dg_tip_mission_state(dg_view_ctx *c, const dg_mission *ms);
const char *dg_mission_kind_text(const dg_view_ctx *c, const dg_mission *ms);
/* A style's legend word in the figure's language (its label translated). */
const char *dg_style_label(const dg_view_ctx *c, const dg_edge_style *s);

/* Country node with the standard look; prefix keeps two nodes of one
 * country apart (e.g. "in_" / "out_" in the accreditation view). */
Agnode_t *dg_node_country(dg_view_ctx *c, Agraph_t *sub, const char *prefix, uint32_t ci);
Agnode_t *dg_node_org(dg_view_ctx *c, const char *prefix, uint32_t oi);

/* A frame of leaf nodes laid out as a grid, sharing one visible edge
 * with hub (style.c explains). Create the nodes in gr->frame, add them in
 * reading order, then close: the shared edge is returned for styling. */
typedef struct dg_grid {
    Agraph_t *frame;
    Agnode_t **nodes;
    size_t n, cap;
} dg_grid;
void dg_grid_open(dg_view_ctx *c, dg_grid *gr, const char *id, const char *label);
void dg_grid_add(dg_grid *gr, Agnode_t *n);
Agedge_t *dg_grid_close(dg_view_ctx *c, dg_grid *gr, Agnode_t *hub, bool into);
/* Grids are for dot; other engines ignore frames. */
bool dg_ctx_grids(const dg_view_ctx *c, size_t leaves);

/* ---- continuity (format 1.1; style.c) ----
 * A record taken over by a continuing state is drawn between the states
 * that held it on the date drawn (docs/diagrams.md, "Continuity"). */
/* a and b are two states of one continuity chain (never a == b). */
bool dg_same_state(const dg_model *m, uint32_t a, uint32_t b);
/* The state of ci's chain that existed on at: the last continuator, back
 * along the chain while at is before its take-over (at NULL: the last). */
uint32_t dg_state_at(const dg_model *m, uint32_t ci, const dg_date *at);
/* Who held a record's side on c->at (dg_held_by_at; current without as). */
uint32_t dg_ctx_holder(const dg_view_ctx *c, const dg_held_as *as, uint32_t n, uint32_t current);
/* "  as Yugoslavia until 2003-02-04", one line per link of the chain. */
void dg_tip_held(dg_view_ctx *c, const dg_held_as *as, uint32_t n);
/* An edge's identity for stable layouts and diffs (stable.c), when its
 * ends and first tooltip line are not enough (that line may say a status
 * that changes with the date). */
void dg_gv_key(Agedge_t *e, const char *key);
const char *dg_gv_key_of(Agedge_t *e);

/* ---- stable.c: figures to set side by side ---- */

/* u was built for every date, at for one: u keeps its layout and takes
 * at's look, and what at lacks is drawn invisible. */
void dg_view_stable(dg_view_ctx *u, dg_view_ctx *at);
/* u (every date) becomes the diff of from and to: added, removed and
 * changed objects marked (colour, and `class` for SVG), the rest quiet,
 * with a legend of the marks; the caption is left to dg_caption. */
void dg_view_diff(dg_view_ctx *u, dg_view_ctx *from, dg_view_ctx *to);
/* The marks' legend after the view's (u->legend_html), for the caption. */
void dg_view_diff_legend(dg_view_ctx *u);

/* Does a record hold at c->at (now when NULL)?  Always, with every_date. */
bool dg_ctx_holds(const dg_view_ctx *c, const dg_period *p);
/* Format 1.1's "what held on a date" (history.c) as the views ask it:
 * with every_date, always (the stable layout's union); else a relation
 * is drawn while its period holds, in its status and level on c->at
 * (either pointer may be NULL); a mission only while it is operating; a
 * membership while it holds.  Version 1 records answer as before. */
bool dg_ctx_relation(const dg_view_ctx *c, const dg_relation *r, dg_rel_status *status,
                     dg_rel_level *level);
bool dg_ctx_operating(const dg_view_ctx *c, const dg_mission *ms);
/* A mission that is open (its period holds) but not operating on c->at:
 * suspended or closed for a time.  Drawn in dg_style_idle, without its
 * accreditations; never with every_date (there it is simply drawn). */
bool dg_ctx_idle(const dg_view_ctx *c, const dg_mission *ms);
/* Is the figure laid out on every date (--at without --layout own, or a
 * diff), so that each of its graphs must group nodes alike? */
bool dg_ctx_stable(const dg_view_ctx *c);
/* A mission kept out of grids: idle on the date, or, in a stable figure,
 * idle on some date (grids are laid out once for every date, and its edge
 * must be its own on each). */
bool dg_ctx_apart(const dg_view_ctx *c, const dg_mission *ms);
/* Does a party (country or organization) exist on c->at: its since/until
 * (founded/dissolved) period holds?  Always with every_date, without
 * --at, and for a version 1 data set (its figures stay as they were). */
bool dg_ctx_exists(const dg_view_ctx *c, dg_ref p);
/* The sender and the host of a mission (the states that held those sides
 * on c->at) exist then (dg_ctx_exists). */
bool dg_ctx_parties_exist(const dg_view_ctx *c, const dg_mission *ms);
bool dg_ctx_member(const dg_view_ctx *c, const dg_member *mb);
/* The mission holds, and so does the accreditation (unset ends: the
 * mission's). */
bool dg_ctx_accred_holds(const dg_view_ctx *c, const dg_mission *ms, const dg_accreditation *a);

#endif
