/* style.c — how the views look: palette, edge styles per kind and status,
 * graph defaults, and the one place where user text is escaped for
 * Graphviz.
 *
 * Colours are Okabe–Ito (safe for the common colour-vision deficiencies);
 * kinds that share a colour differ in line style, so every kind stays
 * distinct in greyscale print too. */
#include "view.h"

#include <stdarg.h>

/* Indexed by dg_mission_kind. Resident kinds run from the strongest
 * (embassy, thick blue) to the weakest (honorary consulate, thin dotted).
 * The labels are the legend's words, translated under the context "view
 * legend" (dg_style_label). */
static const dg_edge_style mission_styles[DG_MISSION_KIND_COUNT] = {
    [DG_MK_EMBASSY] = {DG_C_BLUE, "solid", "1.8", "normal", NC_("view legend", "embassy")},
    [DG_MK_HIGH_COMMISSION] = {DG_C_SKY, "solid", "1.8", "normal",
                               NC_("view legend", "high commission")},
    [DG_MK_CONSULATE_GENERAL] = {DG_C_GREEN, "solid", "1.2", "normal",
                                 NC_("view legend", "consulate-general")},
    [DG_MK_CONSULATE] = {DG_C_GREEN, "dashed", "1.2", "normal", NC_("view legend", "consulate")},
    [DG_MK_VICE_CONSULATE] = {DG_C_GREEN, "dotted", "1.2", "normal",
                              NC_("view legend", "vice-consulate")},
    [DG_MK_HONORARY_CONSULATE] = {DG_C_PURPLE, "dashed", "1.0", "normal",
                                  NC_("view legend", "honorary consulate")},
    [DG_MK_EMBASSY_OFFICE] = {DG_C_BLUE, "dashed", "1.2", "normal",
                              NC_("view legend", "embassy office")},
    [DG_MK_PERMANENT_MISSION] = {DG_C_VERMILLION, "solid", "1.4", "normal",
                                 NC_("view legend", "permanent mission")},
    [DG_MK_DELEGATION] = {DG_C_VERMILLION, "dashed", "1.2", "normal",
                          NC_("view legend", "delegation")},
    [DG_MK_LIAISON_OFFICE] = {DG_C_ORANGE, "dashed", "1.2", "normal",
                              NC_("view legend", "liaison office")},
    [DG_MK_INTERESTS_SECTION] = {DG_C_BLACK, "dotted", "1.4", "normal",
                                 NC_("view legend", "interests section")},
    [DG_MK_TRADE_OFFICE] = {DG_C_ORANGE, "dotted", "1.2", "normal",
                            NC_("view legend", "trade office")},
    [DG_MK_OTHER] = {DG_C_GREY, "dotted", "1.0", "normal", NC_("view legend", "other mission")},
};

/* What is not active stays visible among many active rays: wider, and
 * with a marker of its own at the partner's end (kept apart in greyscale
 * by the marker as well as by the line). */
static const dg_edge_style relation_styles[DG_REL_STATUS_COUNT_V11] = {
    [DG_REL_ACTIVE] = {DG_C_BLUE, "solid", "1.4", "none", NC_("view legend", "active relations")},
    [DG_REL_STRAINED] = {DG_C_ORANGE, "dashed", "2.6", "dot", NC_("view legend", "strained")},
    [DG_REL_SUSPENDED] = {DG_C_VERMILLION, "dotted", "2.8", "odot",
                          NC_("view legend", "suspended")},
    [DG_REL_SEVERED] = {DG_C_GREY, "dotted", "2.2", "tee", NC_("view legend", "severed")},
    /* Format 1.1: a pair recorded to say it never had relations. */
    [DG_REL_NONE] = {DG_C_GREY, "dashed", "1.0", "odiamond",
                     NC_("view legend", "no relations (never had any)")},
};

static const dg_edge_style member_styles[DG_MEMBER_STATUS_COUNT] = {
    [DG_MEMBER] = {DG_C_BLUE, "solid", "1.4", "normal", NC_("view legend", "member")},
    [DG_MEMBER_OBSERVER] = {DG_C_SKY, "dashed", "1.2", "normal", NC_("view legend", "observer")},
    [DG_MEMBER_CANDIDATE] = {DG_C_GREEN, "dashed", "1.2", "normal",
                             NC_("view legend", "candidate")},
    [DG_MEMBER_PARTNER] = {DG_C_PURPLE, "dashed", "1.2", "normal", NC_("view legend", "partner")},
    [DG_MEMBER_ASSOCIATE] = {DG_C_GREEN, "dotted", "1.4", "normal",
                             NC_("view legend", "associate")},
    /* TRANSLATORS: a suspended membership (above: suspended relations). */
    [DG_MEMBER_SUSPENDED] = {DG_C_VERMILLION, "dotted", "1.6", "normal",
                             NC_("view legend, membership", "suspended")},
};

const dg_edge_style dg_style_accredited = {DG_C_ORANGE, "dashed", "1.4", "normal",
                                           NC_("view legend", "non-resident accreditation")};

/* Format 1.1: a mission that is not operating on the date (suspended,
 * or closed for a time, by its history): drawn, so that the figure shows
 * it is there, but quiet and dashed, and with no accreditations. */
const dg_edge_style dg_style_idle = {DG_C_GREY, "dashed", "1.0", "normal",
                                     NC_("view legend", "mission not operating (suspended or closed for a time)")};

const dg_edge_style *dg_style_mission(dg_mission_kind k)
{
    return &mission_styles[(unsigned)k < DG_MISSION_KIND_COUNT ? k : DG_MK_OTHER];
}

const dg_edge_style *dg_style_relation(dg_rel_status s)
{
    return &relation_styles[(unsigned)s < DG_REL_STATUS_COUNT_V11 ? s : DG_REL_ACTIVE];
}

const char *dg_level_words(dg_rel_level l)
{
    static const char *const words[DG_REL_LEVEL_COUNT] = {
        [DG_LEVEL_LEGATION] = NC_("relation level", "legation"),
        [DG_LEVEL_CHARGE] = NC_("relation level", "chargé d'affaires"),
        [DG_LEVEL_INTERESTS] = NC_("relation level", "interests section"),
        [DG_LEVEL_NONE] = NC_("relation level", "no diplomatic level")};
    return (unsigned)l < DG_REL_LEVEL_COUNT ? words[l] : NULL;
}

const char *dg_style_label(const dg_view_ctx *c, const dg_edge_style *s)
{
    bool membership = s == &member_styles[DG_MEMBER_SUSPENDED];
    return dg_trc(c->lang, membership ? "view legend, membership" : "view legend", s->label);
}

const dg_edge_style *dg_style_member(dg_member_status s)
{
    return &member_styles[(unsigned)s < DG_MEMBER_STATUS_COUNT ? s : DG_MEMBER];
}

/* cgraph predates const: its setters take char * but copy the strings. */
void dg_gv_set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, "");
}

void dg_gv_set_edge_style(Agedge_t *e, const dg_edge_style *s)
{
    dg_gv_set(e, "color", s->color);
    dg_gv_set(e, "style", s->style);
    dg_gv_set(e, "penwidth", s->penwidth);
    if (!strcmp(s->arrowhead, "none"))
        dg_gv_set(e, "dir", "none");
    else if (strcmp(s->arrowhead, "normal"))
        dg_gv_set(e, "arrowhead", s->arrowhead);
}

/* qsort, but never with the NULL base of an empty array (undefined). */
void dg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/* ---- escaping ---- */

static void put(dg_buf *b, const char *s, size_t n)
{
    if (!dg_buf_append(b, s, n))
        dg_oom(b->len + n);
}

/* Escape text into c->scratch (NUL-terminated). backslash is what one
 * user backslash becomes; max_chars cuts (0 = no limit); newline is
 * kept only when keep_nl. */
static bool plain_byte(unsigned char ch)
{
    return ch >= 0x20 && ch != 0x7F && ch != '\\' && ch != '&';
}

static const char *escape(dg_view_ctx *c, const char *text, const char *backslash,
                          size_t max_chars, bool keep_nl)
{
    dg_buf *b = &c->scratch;
    b->len = 0;
    size_t chars = 0;
    const unsigned char *p = (const unsigned char *)text;
    while (*p) {
        /* A run of bytes that need nothing, in one append. */
        const unsigned char *run = p;
        while (plain_byte(*p) && !(max_chars && (*p & 0xC0) != 0x80 && chars >= max_chars)) {
            chars += (*p & 0xC0) != 0x80;
            p++;
        }
        put(b, (const char *)run, (size_t)(p - run));
        if (!*p)
            break;
        if (max_chars && (*p & 0xC0) != 0x80 && ++chars > max_chars) {
            put(b, "\xE2\x80\xA6", 3); /* … */
            break;
        }
        if (*p == '\\') {
            put(b, backslash, strlen(backslash));
            if (p[1] == '"')
                put(b, DG_GV_WORD_JOINER, 3); /* gv.h, DG_GV_BACKSLASH_QUOTE */
        } else if (*p == '&')
            put(b, "&amp;", 5);
        else if (*p == '\n' && keep_nl)
            put(b, "\n", 1);
        else
            put(b, " ", 1); /* newline in a label; the loader lets no other control through */
        p++;
    }
    put(b, "", 1);
    return b->data;
}

void dg_gv_label(dg_view_ctx *c, void *obj, const char *text, size_t max_chars)
{
    dg_gv_set(obj, "label", escape(c, text, "\\\\", max_chars, false));
}

void dg_gv_label_lines(dg_view_ctx *c, void *obj, const char *const *lines, size_t n,
                       size_t max_chars)
{
    dg_buf joined = {0};
    for (size_t i = 0; i < n; i++) {
        escape(c, lines[i], "\\\\", max_chars, false);
        put(&joined, i ? "\\n" : "", i ? 2 : 0);
        put(&joined, c->scratch.data, c->scratch.len - 1);
    }
    put(&joined, "", 1);
    dg_gv_set(obj, "label", joined.data);
    dg_buf_free(&joined);
}

/* Graphviz 2.43 runs a tooltip through two unescaping passes (object
 * substitution, then backslash removal), so one literal backslash takes
 * four. tests/test_render.c checks that \N, \G, \l arrive literally. */
void dg_gv_tooltip(dg_view_ctx *c, void *obj, const char *text)
{
    dg_gv_set(obj, "tooltip", escape(c, text, "\\\\\\\\", 2000, true));
}

Agnode_t *dg_gv_node(dg_view_ctx *c, Agraph_t *sub, const char *prefix, const char *id)
{
    char name[160];
    snprintf(name, sizeof name, "%s%s", prefix, id);
    Agnode_t *n = agnode(sub ? sub : c->g, name, 1);
    if (sub)
        agsubnode(c->g, n, 1);
    return n;
}

Agraph_t *dg_gv_cluster(dg_view_ctx *c, const char *prefix, const char *id)
{
    char name[160];
    snprintf(name, sizeof name, "cluster_%s%s", prefix, id);
    return agsubg(c->g, name, 1);
}

Agraph_t *dg_country_frame(dg_view_ctx *c, const char *prefix, uint32_t ci, const char *fill,
                           const char *border)
{
    const dg_country *k = &c->m->countries[ci];
    char name[160];
    snprintf(name, sizeof name, "cluster_%s%s", prefix, k->id);
    Agraph_t *sg = agsubg(c->g, name, 0);
    if (sg)
        return sg;
    sg = dg_gv_cluster(c, prefix, k->id);
    dg_gv_label(c, sg, k->name, 40);
    dg_gv_set(sg, "style", "rounded,filled");
    dg_gv_set(sg, "fillcolor", fill);
    dg_gv_set(sg, "color", border);
    dg_gv_set(sg, "fontsize", "10");
    dg_gv_set(sg, "labeljust", "l");
    return sg;
}

Agedge_t *dg_gv_edge(dg_view_ctx *c, Agnode_t *t, Agnode_t *h)
{
    (void)c;
    return agedge(agraphof(t), t, h, NULL, 1);
}

/* ---- graph defaults ---- */

#define FONT "Helvetica,Arial,sans-serif"

static void attr(Agraph_t *g, int kind, const char *name, const char *value)
{
    agattr(g, kind, (char *)name, (char *)value);
}

void dg_style_graph(dg_view_ctx *c, const char *title)
{
    Agraph_t *g = c->g;
    attr(g, AGRAPH, "fontname", FONT);
    attr(g, AGRAPH, "fontsize", "20");
    attr(g, AGRAPH, "labelloc", "t");
    attr(g, AGRAPH, "pad", "0.3");
    attr(g, AGRAPH, "bgcolor", "white");
    attr(g, AGRAPH, "outputorder", "edgesfirst");
    if (c->rankdir_lr)
        attr(g, AGRAPH, "rankdir", "LR");
    attr(g, AGNODE, "fontname", FONT);
    attr(g, AGNODE, "fontsize", "10");
    attr(g, AGNODE, "shape", "box");
    attr(g, AGNODE, "style", "rounded,filled");
    attr(g, AGNODE, "fillcolor", DG_C_NODE_FILL);
    attr(g, AGNODE, "color", DG_C_MID_GREY);
    attr(g, AGNODE, "penwidth", "0.8");
    attr(g, AGNODE, "height", "0.3");
    attr(g, AGNODE, "margin", "0.08,0.03");
    attr(g, AGEDGE, "fontname", FONT);
    attr(g, AGEDGE, "fontsize", "8");
    attr(g, AGEDGE, "fontcolor", DG_C_TEXT_3);
    attr(g, AGEDGE, "color", DG_C_GREY);
    attr(g, AGEDGE, "arrowsize", "0.6");
    if (title && *title)
        dg_gv_label(c, g, title, 200);
}

/* ---- tooltips ---- */

void dg_tip_reset(dg_view_ctx *c)
{
    c->text.len = 0;
    put(&c->text, "", 1);
    c->text.len = 0;
}

void dg_tip_line(dg_view_ctx *c, const char *fmt, ...)
{
    va_list ap;
    if (c->text.len)
        put(&c->text, "\n", 1);
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(&c->text, fmt, ap); /* keeps the text NUL-terminated */
    va_end(ap);
    if (!ok)
        dg_oom(c->text.len);
}

void dg_tip_str(dg_view_ctx *c, const char *label, const char *s)
{
    if (s && *s)
        dg_tip_line(c, "%s: %s", label, s);
}

void dg_tip_period(dg_view_ctx *c, const char *from_word, const char *to_word,
                   const dg_period *p)
{
    char a[16], b[16];
    dg_date_format(&p->start, a, sizeof a);
    dg_date_format(&p->end, b, sizeof b);
    if (*a && *b)
        dg_tip_line(c, "%s %s, %s %s", from_word, a, to_word, b);
    else if (*a)
        dg_tip_line(c, "%s %s", from_word, a);
    else if (*b)
        dg_tip_line(c, "%s %s", to_word, b);
}

/* "  opened": a tooltip word under its record's first line. */
static const char *indented(char *buf, size_t size, const char *word)
{
    snprintf(buf, size, "  %s", word);
    return buf;
}

void dg_tip_note_cite(dg_view_ctx *c, const char *note, const dg_cite *cite)
{
    char w[80];
    dg_tip_str(c, indented(w, sizeof w, dg_trc(c->lang, "tooltip", "Note")), note);
    for (uint32_t i = 0; cite && i < cite->n; i++) {
        const dg_source *s = &c->m->sources[cite->idx[i]];
        if (c->cited) /* a tooltip is made for what is drawn: the caption cites it */
            c->cited[cite->idx[i]] = true;
        /* The URL goes in the text only: never as an href (docs/diagrams.md). */
        dg_tip_line(c, "  %s: %s%s%s%s%s%s%s", dg_trc(c->lang, "tooltip", "Source"),
                    s->title ? s->title : s->id,
                    s->publisher ? " (" : "", s->publisher ? s->publisher : "",
                    s->publisher ? ")" : "", s->url ? " <" : "", s->url ? s->url : "",
                    s->url ? ">" : "");
    }
}

void dg_tip_country(dg_view_ctx *c, uint32_t ci)
{
    const dg_country *k = &c->m->countries[ci];
    dg_tip_line(c, "%s (%s)", k->name, k->id);
    dg_tip_str(c, dg_trc(c->lang, "tooltip", "Capital"), k->capital);
    dg_tip_period(c, dg_trc(c->lang, "tooltip", "Since"), dg_trc(c->lang, "tooltip", "until"),
                  &k->period);
    dg_tip_note_cite(c, k->note, &k->cite);
}

/* ---- standard nodes ---- */

/* A node made once: later calls return it as it is (a node must never be
 * put into a second frame). */
static Agnode_t *existing(dg_view_ctx *c, const char *prefix, const char *id, char *name,
                          size_t size)
{
    snprintf(name, size, "%s%s", prefix, id);
    return agnode(c->g, name, 0);
}

Agnode_t *dg_node_country(dg_view_ctx *c, Agraph_t *sub, const char *prefix, uint32_t ci)
{
    const dg_country *k = &c->m->countries[ci];
    char pre[32], name[160];
    snprintf(pre, sizeof pre, "c_%s", prefix);
    Agnode_t *n = existing(c, pre, k->id, name, sizeof name);
    if (n)
        return n;
    n = dg_gv_node(c, sub, pre, k->id);
    /* The focus on a date before it existed is named as the state of its
     * chain that held its records then (Serbia's missions in 1999 were
     * Yugoslavia's); the node keeps its id, so that stable layouts hold. */
    uint32_t shown = ci == c->focus && c->at ? dg_state_at(c->m, ci, c->at) : ci;
    dg_gv_label(c, n, c->m->countries[shown].name, 40);
    dg_tip_reset(c);
    dg_tip_country(c, shown);
    if (shown != ci)
        dg_tip_country(c, ci);
    dg_gv_tooltip(c, n, c->text.data);
    if (ci == c->focus || dg_same_state(c->m, ci, c->focus)) {
        dg_gv_set(n, "fillcolor", DG_C_VERMILLION);
        dg_gv_set(n, "fontcolor", "white");
        dg_gv_set(n, "color", DG_C_HUB_BORDER);
        dg_gv_set(n, "fontsize", "16");
        dg_gv_set(n, "penwidth", "1.5");
        dg_gv_set(n, "margin", "0.2,0.1");
        c->legend |= DG_LEG_FOCUS;
    }
    return n;
}

/* An organization's name, never swapped for its id: on one line up to
 * ORG_LINE characters, else broken at a space onto two, the second cut
 * with "…" beyond ORG_LINE (docs/diagrams.md; the tooltip has it whole). */
#define ORG_LINE 26

static void org_label(dg_view_ctx *c, Agnode_t *n, const char *name)
{
    size_t chars = 0, cut = 0;
    for (const char *p = name; *p; p++) {
        if (((unsigned char)*p & 0xC0) == 0x80)
            continue;
        if (*p == ' ' && chars <= ORG_LINE)
            cut = (size_t)(p - name); /* the last space that ends line one in time */
        chars++;
    }
    if (chars <= ORG_LINE || !cut) { /* short, or one long word: cut it */
        dg_gv_label(c, n, name, ORG_LINE);
        return;
    }
    char *first = dg_xmalloc(cut + 1);
    memcpy(first, name, cut);
    first[cut] = '\0';
    const char *lines[2] = {first, name + cut + 1};
    dg_gv_label_lines(c, n, lines, 2, ORG_LINE);
    free(first);
}

Agnode_t *dg_node_org(dg_view_ctx *c, const char *prefix, uint32_t oi)
{
    const dg_org *o = &c->m->orgs[oi];
    char pre[32], name[160];
    snprintf(pre, sizeof pre, "o_%s", prefix);
    Agnode_t *n = existing(c, pre, o->id, name, sizeof name);
    if (n)
        return n;
    n = dg_gv_node(c, NULL, pre, o->id);
    org_label(c, n, o->name);
    dg_gv_set(n, "shape", "box");
    dg_gv_set(n, "style", "filled");
    dg_gv_set(n, "fillcolor", DG_C_ORG_FILL);
    dg_gv_set(n, "color", DG_C_BLUE);
    dg_tip_reset(c);
    dg_tip_line(c, "%s (%s)", o->name, o->id);
    if (o->kind != DG_ORG_UNSPECIFIED)
        dg_tip_line(c, "%s: %s", dg_trc(c->lang, "tooltip", "Kind"),
                    dg_trc(c->lang, "organization kind", dg_org_kind_name(o->kind)));
    dg_tip_period(c, dg_trc(c->lang, "tooltip", "Founded"),
                  dg_trc(c->lang, "tooltip", "dissolved"), &o->period);
    dg_tip_str(c, dg_trc(c->lang, "tooltip", "Web"), o->url);
    dg_tip_note_cite(c, o->note, &o->cite);
    dg_gv_tooltip(c, n, c->text.data);
    c->legend |= DG_LEG_ORGS;
    return n;
}

bool dg_ctx_grids(const dg_view_ctx *c, size_t leaves)
{
    const char *engine = c->o->engine;
    for (size_t i = 0; !engine && i < c->o->n_attrs; i++)
        if (c->o->attrs[i].kind == 'G' && !strcmp(c->o->attrs[i].name, "layout"))
            engine = c->o->attrs[i].value;
    return leaves >= 8 && (!engine || !strcmp(engine, "dot"));
}

bool dg_ctx_holds(const dg_view_ctx *c, const dg_period *p)
{
    return c->every_date || dg_period_holds(p, c->at);
}

bool dg_ctx_relation(const dg_view_ctx *c, const dg_relation *r, dg_rel_status *status,
                     dg_rel_level *level)
{
    /* Drawn while its period holds, as version 1 drew it, so that what
     * does not hold on the date shows as severed (or none), never as
     * active; its status and level are those of the date. */
    dg_relation_state_at(c->m, r, c->at, status, level);
    return dg_ctx_holds(c, &r->period);
}

bool dg_ctx_exists(const dg_view_ctx *c, dg_ref p)
{
    /* Only format 1.1 data sets, where continuity moves records between
     * states with since/until, ask: a version 1 figure stays as it was. */
    if (c->every_date || !c->at || !dg_model_uses_v11(c->m) || p.index == DG_NONE)
        return true;
    const dg_period *per = p.kind == DG_ACTOR_ORG ? &c->m->orgs[p.index].period
                                                  : &c->m->countries[p.index].period;
    return dg_period_holds(per, c->at);
}

bool dg_ctx_parties_exist(const dg_view_ctx *c, const dg_mission *ms)
{
    /* Through continuity: Yugoslavia hosted the US embassy in 1999. */
    dg_ref of = ms->of, in = {DG_ACTOR_COUNTRY, ms->in};
    if (of.kind == DG_ACTOR_COUNTRY)
        of.index = dg_ctx_holder(c, ms->as, ms->n_as, of.index);
    in.index = dg_ctx_holder(c, ms->as, ms->n_as, in.index);
    return dg_ctx_exists(c, of) && dg_ctx_exists(c, in);
}

bool dg_ctx_operating(const dg_view_ctx *c, const dg_mission *ms)
{
    return c->every_date || dg_mission_operating(c->m, ms, c->at);
}

bool dg_ctx_member(const dg_view_ctx *c, const dg_member *mb)
{
    return c->every_date || dg_member_holds(c->m, mb, c->at);
}

bool dg_ctx_idle(const dg_view_ctx *c, const dg_mission *ms)
{
    return !c->every_date && dg_period_holds(&ms->period, c->at) &&
           !dg_mission_operating(c->m, ms, c->at);
}

bool dg_ctx_stable(const dg_view_ctx *c)
{
    const dg_render_opts *o = c->o;
    return c->every_date || (dg_date_set(&o->at) && !o->layout_own) ||
           (dg_date_set(&o->diff_from) && dg_date_set(&o->diff_to));
}

bool dg_ctx_apart(const dg_view_ctx *c, const dg_mission *ms)
{
    if (dg_ctx_idle(c, ms))
        return true;
    for (uint32_t i = 0; dg_ctx_stable(c) && i < ms->n_history; i++)
        if (ms->history[i].status == DG_MS_SUSPENDED || ms->history[i].status == DG_MS_CLOSED)
            return true;
    return false;
}

bool dg_ctx_accred_holds(const dg_view_ctx *c, const dg_mission *ms, const dg_accreditation *a)
{
    /* As `dipgraph hubs` counts: unset ends mean "with the mission", so
     * both periods must hold. */
    return dg_ctx_operating(c, ms) && dg_ctx_holds(c, &a->period);
}

/* ---- continuity (format 1.1) ---- */

/* The first state of ci's continuity chain (follow `continues`). */
static uint32_t chain_root(const dg_model *m, uint32_t ci)
{
    for (uint32_t k = 0; k < m->n_countries && m->countries[ci].continues != DG_NONE; k++)
        ci = m->countries[ci].continues;
    return ci;
}

bool dg_same_state(const dg_model *m, uint32_t a, uint32_t b)
{
    if (a == DG_NONE || b == DG_NONE || a == b)
        return false;
    if (m->countries[a].continues == DG_NONE && m->countries[a].continued_by == DG_NONE)
        return false; /* the common case, and every version 1 country */
    return chain_root(m, a) == chain_root(m, b);
}

uint32_t dg_state_at(const dg_model *m, uint32_t ci, const dg_date *at)
{
    if (ci == DG_NONE)
        return ci;
    uint32_t k = 0; /* the last continuator, then back while at is before its take-over */
    while (m->countries[ci].continued_by != DG_NONE && k++ < m->n_countries)
        ci = m->countries[ci].continued_by;
    if (!at || !dg_date_set(at))
        return ci;
    for (k = 0; k < m->n_countries && m->countries[ci].continues != DG_NONE; k++) {
        const dg_date *on = &m->countries[ci].continued_on;
        if (dg_date_set(on) && dg_date_first(at) >= dg_date_first(on))
            break;
        ci = m->countries[ci].continues;
    }
    return ci;
}

uint32_t dg_ctx_holder(const dg_view_ctx *c, const dg_held_as *as, uint32_t n, uint32_t current)
{
    return n ? dg_held_by_at(as, n, current, c->at) : current;
}

void dg_tip_held(dg_view_ctx *c, const dg_held_as *as, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        char d[16], line[300];
        const char *who = c->m->countries[as[i].as].name;
        dg_date_format(&as[i].until, d, sizeof d);
        /* TRANSLATORS: a record taken over by a continuing state, in a
         * figure's tooltip: "as Yugoslavia until 2003-02-04". */
        if (*d)
            snprintf(line, sizeof line, dg_trc(c->lang, "view tooltip", "as %s until %s"), who, d);
        else
            snprintf(line, sizeof line, dg_trc(c->lang, "view tooltip", "as %s"), who);
        dg_tip_line(c, "  %s", line);
    }
}

/* ---- the legend ----
 * One node with an HTML-like label built from our own fixed words only
 * (never user text), so it works with every engine. Line samples are
 * drawn with characters in the edge's colour. */

static const char *line_sample(const char *style)
{
    if (!strcmp(style, "dashed"))
        return "&#x2501; &#x2501; &#x2501;";
    if (!strcmp(style, "dotted"))
        return "&#x2022; &#x2022; &#x2022; &#x2022;";
    return "&#x2501;&#x2501;&#x2501;&#x2501;&#x2501;";
}

/* The marker an edge ends in, as a character after its line sample. */
static const char *marker_sample(const char *arrowhead)
{
    if (!strcmp(arrowhead, "dot"))
        return "&#x25CF;";
    if (!strcmp(arrowhead, "odot"))
        return "&#x25CB;";
    if (!strcmp(arrowhead, "tee"))
        return "&#x2524;";
    if (!strcmp(arrowhead, "odiamond"))
        return "&#x25C7;";
    return "";
}

static void legend_edge(const dg_view_ctx *c, dg_buf *b, const dg_edge_style *s,
                        const char *text)
{
    dg_buf_printf(b,
                  "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\">%s%s</FONT></TD>"
                  "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                  s->color, line_sample(s->style), marker_sample(s->arrowhead),
                  text ? text : dg_style_label(c, s));
}

/* A number on an edge, as the views draw it (white ground, grey digits). */
static void legend_number(dg_buf *b, const char *sample, const char *text)
{
    dg_buf_printf(b,
                  "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" DG_C_TEXT_3 "\">%s</FONT></TD>"
                  "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                  sample, text);
}

static void legend_node(dg_buf *b, const char *fill, const char *font, const char *sample,
                        const char *text)
{
    dg_buf_printf(b,
                  "<TR><TD BGCOLOR=\"%s\" BORDER=\"1\" COLOR=\"" DG_C_MID_GREY "\">"
                  "<FONT COLOR=\"%s\">%s</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
                  fill, font, sample, text);
}

/* Format 1.1: each level below an embassy that is drawn, as a thin line
 * and the words the edge's label ends in. */
static void legend_levels(const dg_view_ctx *c, dg_buf *b)
{
    for (int l = 0; l < DG_REL_LEVEL_COUNT; l++) {
        const char *w = dg_level_words((dg_rel_level)l);
        if (!(c->legend_levels & (1u << l)) || !w)
            continue;
        w = dg_trc(c->lang, "relation level", w);
        dg_buf_printf(b,
                      "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" DG_C_TEXT_3 "\">&#x2500;&#x2500; "
                      "&#xB7; %s</FONT></TD><TD ALIGN=\"LEFT\">",
                      w);
        /* TRANSLATORS: a legend line; %s is a level: "chargé d'affaires". */
        dg_buf_printf(b, dg_tr(c->lang, "relations below embassy level: %s (thinner line)"), w);
        dg_buf_printf(b, "</TD></TR>");
    }
}

static void legend_rows(dg_view_ctx *c, dg_buf *b)
{
    uint32_t l = c->legend;
    const char *L = c->lang;
    /* TRANSLATORS: a legend's samples of nodes ("focus", "hub", "city",
     * "org"): a word or two, in a small box. */
    if (l & DG_LEG_FOCUS)
        legend_node(b, DG_C_VERMILLION, "white", dg_trc(L, "legend sample", "focus"),
                    dg_tr(L, "focus country"));
    if (l & DG_LEG_HUBS)
        legend_node(b, DG_C_HUB_FILL, "black", dg_trc(L, "legend sample", "hub"),
                    dg_tr(L, "city of missions also accredited elsewhere"));
    if (l & DG_LEG_CITIES)
        legend_node(b, "white", "black", dg_trc(L, "legend sample", "city"),
                    dg_tr(L, "city inside its country's frame"));
    if (l & DG_LEG_ORGS)
        legend_node(b, DG_C_ORG_FILL, "black", dg_trc(L, "legend sample", "org"),
                    dg_tr(L, "international organization"));
    for (int k = 0; (l & DG_LEG_MISSIONS) && k < DG_MISSION_KIND_COUNT; k++)
        if (c->legend_kinds & (1u << k))
            legend_edge(c, b, dg_style_mission((dg_mission_kind)k), NULL);
    if (l & DG_LEG_IDLE)
        legend_edge(c, b, &dg_style_idle, NULL);
    if (l & DG_LEG_HUBS)
        legend_edge(c, b, &dg_style_accredited, NULL);
    for (int s = 0; (l & DG_LEG_RELATIONS) && s < DG_REL_STATUS_COUNT_V11; s++)
        if (c->legend_status & (1u << s))
            legend_edge(c, b, dg_style_relation((dg_rel_status)s), NULL);
    legend_levels(c, b);
    for (int s = 0; (l & DG_LEG_MEMBERS) && s < DG_MEMBER_STATUS_COUNT; s++)
        if (c->legend_status & (1u << s))
            legend_edge(c, b, dg_style_member((dg_member_status)s), NULL);
    if (l & DG_LEG_YEARS)
        legend_number(b, "1992", dg_tr(L, "year relations were established (~ about, ? uncertain)"));
    if (l & DG_LEG_SPANS) /* TRANSLATORS: HTML: &#x2013; is a dash; keep it. */
        legend_number(b, "1992&#x2013;", dg_tr(L, "years of membership (&#x2013;2004: until 2004)"));
}

/* The legend goes into the caption (caption.c), not into a node of its
 * own: it then takes no room among the nodes and never pushes the layout
 * about, and laid out in columns (read down, then across) it stays a few
 * lines tall, smaller than the figure it explains. */
#define LEGEND_MAX 64

static size_t legend_columns(size_t n)
{
    return n <= 2 ? n : n <= 4 ? 2 : n <= 9 ? 3 : 4;
}

void dg_style_legend(dg_view_ctx *c)
{
    dg_buf rows = {0}, *b = &c->legend_html;
    legend_rows(c, &rows);
    size_t at[LEGEND_MAX + 1], n = 0;
    for (const char *p = rows.data; p && n < LEGEND_MAX && (p = strstr(p, "<TR>")); p += 4)
        at[n++] = (size_t)(p - rows.data); /* our own words: "<TR>" starts an entry */
    at[n] = rows.len;
    size_t cols = legend_columns(n), lines = n ? (n + cols - 1) / cols : 0;
    b->len = 0;
    if (n)
        dg_buf_printf(b, "<TABLE BORDER=\"1\" COLOR=\"" DG_C_LEGEND_BORDER "\" CELLBORDER=\"0\" "
                         "CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"white\">");
    for (size_t r = 0; r < lines; r++) {
        dg_buf_printf(b, "<TR>");
        for (size_t k = 0; k < cols; k++) {
            size_t i = k * lines + r;
            if (i < n) /* the entry's cells, without its <TR> and </TR> */
                dg_buf_printf(b, "%.*s", (int)(at[i + 1] - at[i] - 9), rows.data + at[i] + 4);
            else
                dg_buf_printf(b, "<TD></TD><TD></TD>");
            if (k + 1 < cols)
                dg_buf_printf(b, "<TD WIDTH=\"12\"></TD>");
        }
        dg_buf_printf(b, "</TR>");
    }
    if (n)
        dg_buf_printf(b, "</TABLE>");
    dg_buf_free(&rows);
}

/* The kind as a reader should see it: the data's label for "other". */
const char *dg_mission_kind_text(const dg_view_ctx *c, const dg_mission *ms)
{
    if (ms->kind == DG_MK_OTHER && ms->label)
        return ms->label;
    return dg_style_label(c, dg_style_mission(ms->kind));
}

void dg_tip_mission(dg_view_ctx *c, const dg_mission *ms)
{
    char w[80];
    const char *city = dg_city_name(c->m, ms->city);
    /* TRANSLATORS: a tooltip: "Austria: embassy in Moscow, Russia [at-embassy-moscow]". */
    dg_tip_line(c, dg_tr(c->lang, "%s: %s in %s%s%s [%s]"), dg_ref_name(c->m, ms->of),
                dg_mission_kind_text(c, ms), city ? city : "", city ? ", " : "",
                c->m->countries[ms->in].name, ms->id);
    if (ms->to != DG_NONE)
        dg_tip_line(c, "  %s %s", dg_trc(c->lang, "tooltip", "to"), c->m->orgs[ms->to].name);
    dg_tip_period(c, indented(w, sizeof w, dg_trc(c->lang, "tooltip", "opened")),
                  dg_trc(c->lang, "tooltip", "closed"), &ms->period);
    dg_tip_held(c, ms->as, ms->n_as); /* format 1.1: taken over by a continuing state */
    dg_tip_mission_state(c, ms);
    dg_tip_note_cite(c, ms->note, &ms->cite);
}

void dg_tip_mission_state(dg_view_ctx *c, const dg_mission *ms)
{
    const dg_change *h = dg_change_at(ms->history, ms->n_history, c->at);
    dg_mission_status st = dg_mission_status_at(c->m, ms, c->at);
    if (!h || st == DG_MS_OPEN || h->status != (int)st)
        return;
    char d[16], line[200];
    dg_date_format(&h->date, d, sizeof d);
    /* TRANSLATORS: a mission's state in a figure's tooltip: "suspended
     * from 1999-03-24"; the first %s is a mission status word. */
    const char *word = st == DG_MS_CLOSED_TO_PUBLIC /* the data's word has hyphens */
                           ? dg_trc(c->lang, "view tooltip", "closed to the public")
                           : dg_trc(c->lang, "mission status", dg_mission_status_name(st));
    snprintf(line, sizeof line, dg_trc(c->lang, "view tooltip", "%s from %s"), word, d);
    dg_tip_line(c, "  %s", line);
    dg_tip_note_cite(c, h->note, &h->cite);
}

void dg_tip_accred(dg_view_ctx *c, const dg_accreditation *a)
{
    char w[80];
    dg_tip_line(c, "  %s %s", dg_trc(c->lang, "tooltip", "also accredited to"),
                c->m->countries[a->to].name);
    dg_tip_period(c, indented(w, sizeof w, dg_trc(c->lang, "tooltip", "since")),
                  dg_trc(c->lang, "tooltip", "until"), &a->period);
    dg_tip_held(c, a->as, a->n_as);
    dg_tip_note_cite(c, a->note, &a->cite);
}

/* ---- grids of leaves ----
 * Fifty countries that all share one kind of edge to the focus would make
 * one endless column. Instead they go into a frame, row by row (each row
 * a chain of invisible edges, so that its nodes take consecutive ranks),
 * every row tied to the hub node so the block sits beside it, and one
 * visible edge leaves the frame (compound=true clips it at the border). */

void dg_grid_open(dg_view_ctx *c, dg_grid *gr, const char *id, const char *label)
{
    memset(gr, 0, sizeof *gr);
    gr->frame = dg_gv_cluster(c, "grid_", id);
    dg_gv_label(c, gr->frame, label, 80);
    dg_gv_set(gr->frame, "style", "rounded,dashed");
    dg_gv_set(gr->frame, "color", DG_C_FRAME_GRID);
    dg_gv_set(gr->frame, "fontsize", "10");
    dg_gv_set(gr->frame, "labeljust", "l");
}

void dg_grid_add(dg_grid *gr, Agnode_t *n)
{
    *DG_PUSH(gr->nodes, gr->n, gr->cap) = n;
}

static Agedge_t *grid_tie(dg_view_ctx *c, Agnode_t *a, Agnode_t *b, bool visible)
{
    Agedge_t *e = dg_gv_edge(c, a, b);
    if (!visible)
        dg_gv_set(e, "style", "invis");
    return e;
}

Agedge_t *dg_grid_close(dg_view_ctx *c, dg_grid *gr, Agnode_t *hub, bool into)
{
    size_t cols = 1;
    while (cols < 6 && cols * cols * 3 < gr->n)
        cols++;
    size_t rows = (gr->n + cols - 1) / cols, mid = rows / 2;
    Agedge_t *shown = NULL;
    for (size_t r = 0; r < rows; r++) {
        size_t first = r * cols, last = first + cols < gr->n ? first + cols - 1 : gr->n - 1;
        for (size_t k = first; k < last; k++)
            grid_tie(c, gr->nodes[k], gr->nodes[k + 1], false);
        Agedge_t *e = into ? grid_tie(c, gr->nodes[last], hub, r == mid)
                           : grid_tie(c, hub, gr->nodes[first], r == mid);
        if (r == mid)
            shown = e;
    }
    if (shown) {
        dg_gv_set(c->g, "compound", "true");
        dg_gv_set(shown, into ? "ltail" : "lhead", agnameof(gr->frame));
    }
    free(gr->nodes);
    gr->nodes = NULL;
    return shown;
}
