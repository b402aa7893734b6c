/* timeline_draw.c — a laid-out timeline as a Graphviz graph, rendered to
 * memory in any format Graphviz offers.
 *
 * Every item becomes a node pinned where the layout put it (the "nop2"
 * engine: neato -n2, positions in points taken as they are) with a fixed
 * size: boxes for bars and lines, shapes for markers, plaintext for text.
 * There are no edges.  Nodes are drawn in the order they were made, which
 * is the layout's layer order.  Text stays text in SVG, and every format
 * gets the same geometry.
 *
 * Data reaches Graphviz only as label and tooltip text, escaped so that
 * Graphviz's own escapes (\N, \G, \l ...) and entities stay literal; no
 * URL, href or id is ever taken from the data. */
#include "gv.h"
#include "palette.h"
#include "timeline.h"

#include <math.h>

static const char *const style_color[TL_S_COUNT] = {
    [TL_S_REL_ACTIVE] = DG_C_BLUE,  [TL_S_REL_STRAINED] = DG_C_ORANGE,
    [TL_S_REL_SUSPENDED] = DG_C_MID_GREY, [TL_S_REL_SEVERED] = DG_C_VERMILLION,
    [TL_S_MEMBER] = DG_C_BLUE,      [TL_S_OBSERVER] = DG_C_SKY,
    [TL_S_CANDIDATE] = DG_C_MUSTARD,   [TL_S_PARTNER] = DG_C_GREEN,
    [TL_S_ASSOCIATE] = DG_C_PURPLE,   [TL_S_MEMBER_SUSPENDED] = DG_C_MID_GREY,
    [TL_S_ORG] = DG_C_SLATE,         [TL_S_MIS_EMBASSY] = DG_C_BLUE,
    [TL_S_MIS_CONSULAR] = DG_C_GREEN, [TL_S_MIS_HONORARY] = DG_C_SKY,
    [TL_S_MIS_OTHER] = DG_C_PURPLE,   [TL_S_ACCRED] = DG_C_ORANGE,
    [TL_S_EV_COOPERATION] = DG_C_GREEN, [TL_S_EV_CONFLICT] = DG_C_VERMILLION,
    [TL_S_EV_OTHER] = DG_C_DIM_GREY,
};

static const char *const paint_color[TL_P_COUNT] = {
    [TL_P_NONE] = "transparent", [TL_P_ZEBRA] = DG_C_ZEBRA, [TL_P_GRID] = DG_C_GRID,
    [TL_P_AXIS] = DG_C_AXIS,     [TL_P_RULE] = DG_C_RULE,  [TL_P_HIST] = DG_C_STEEL,
};

static const char *const font_color[TL_T_COUNT] = {
    [TL_T_TITLE] = DG_C_INK,       [TL_T_SUBTITLE] = DG_C_TEXT_4,
    [TL_T_HEADING] = DG_C_INK,     [TL_T_SUBHEADING] = DG_C_TEXT_2,
    [TL_T_LABEL] = DG_C_TEXT,       [TL_T_SUBLABEL] = DG_C_TEXT_5,
    [TL_T_EVENT] = DG_C_TEXT_2,       [TL_T_EVENT_IN] = DG_C_WHITE,
    [TL_T_AXIS] = DG_C_TEXT_3,        [TL_T_LEGEND] = DG_C_TEXT_2,
    [TL_T_LEGEND_HEAD] = DG_C_TEXT_2, [TL_T_NOTE] = DG_C_TEXT_5,
    [TL_T_HELD] = DG_C_TEXT_2,
};

/* A tint of a "#RRGGBB" colour: part of it over white, written into
 * out[8].  Blended here rather than with an alpha channel, so that a tint
 * over a bar hides the bar as any fill does. */
static const char *tint_of(const char *c, double part, char out[8])
{
    unsigned v = 0;
    if (sscanf(c + 1, "%6x", &v) != 1)
        return c;
    unsigned rgb[3] = {v >> 16 & 255, v >> 8 & 255, v & 255};
    for (int i = 0; i < 3; i++)
        rgb[i] = (unsigned)lround(rgb[i] * part + 255 * (1 - part));
    snprintf(out, 8, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    return out;
}

#define TINT 0.38 /* held as a predecessor: this much of the colour */


/* Node attributes, declared once with their defaults. */
typedef struct attrs {
    Agsym_t *shape, *style, *width, *height, *pos, *fill, *color, *pen, *label, *tip, *fsize,
        *fname, *fcolor, *orient;
} attrs;

typedef struct drawer {
    Agraph_t *g;
    attrs a;
    dg_buf esc; /* scratch for escaped text */
    bool ok;    /* false once memory ran out */
    double height;
    double width;
    const char *bold; /* font of bold text */
} drawer;

static Agsym_t *decl(Agraph_t *g, const char *name, const char *def)
{
    return agattr(g, AGNODE, (char *)name, (char *)def);
}

static void declare(drawer *d)
{
    Agraph_t *g = d->g;
    agattr(g, AGRAPH, "bgcolor", "white");
    agattr(g, AGRAPH, "pad", "0");
    agattr(g, AGRAPH, "notranslate", "true");
    agattr(g, AGNODE, "fixedsize", "true");
    agattr(g, AGNODE, "margin", "0");
    attrs *a = &d->a;
    a->shape = decl(g, "shape", "box");
    a->style = decl(g, "style", "filled");
    a->width = decl(g, "width", "0.1");
    a->height = decl(g, "height", "0.1");
    a->pos = decl(g, "pos", "0,0!");
    a->fill = decl(g, "fillcolor", "transparent");
    a->color = decl(g, "color", "transparent");
    a->pen = decl(g, "penwidth", "0");
    a->label = decl(g, "label", "");
    a->tip = decl(g, "tooltip", "");
    a->fsize = decl(g, "fontsize", "10");
    a->fname = decl(g, "fontname", "Helvetica");
    a->fcolor = decl(g, "fontcolor", DG_C_TEXT);
    a->orient = decl(g, "orientation", "0");
}

static void set(Agnode_t *n, Agsym_t *sym, const char *v)
{
    agxset(n, sym, (char *)v);
}

static void setf(Agnode_t *n, Agsym_t *sym, const char *fmt, double v)
{
    char b[64];
    snprintf(b, sizeof b, fmt, v);
    agxset(n, sym, b);
}

/* Label text: backslashes doubled (Graphviz reads \N, \G, \l ... in
 * labels), & as &amp; (Graphviz turns entities into characters), and line
 * breaks as the escape that justifies them.  A backslash before a quote
 * gets an invisible word joiner between them (gv.h, DG_GV_BACKSLASH_QUOTE). */
static const char *esc_label(drawer *d, const char *s, char just)
{
    const char *brk = just == 'l' ? "\\l" : just == 'r' ? "\\r" : "\\n";
    d->esc.len = 0;
    bool ok = dg_buf_append(&d->esc, "", 0);
    for (; ok && *s; s++) {
        if (*s == '\\')
            ok = dg_buf_append(&d->esc, s[1] == '"' ? "\\\\" DG_GV_WORD_JOINER : "\\\\",
                               s[1] == '"' ? 5 : 2);
        else if (*s == '&')
            ok = dg_buf_append(&d->esc, "&amp;", 5);
        else if (*s == '\n')
            ok = dg_buf_append(&d->esc, brk, 2);
        else
            ok = dg_buf_append(&d->esc, s, 1);
    }
    if (ok && just != 'c')
        ok = dg_buf_append(&d->esc, brk, 2);
    d->ok &= ok;
    return ok ? d->esc.data : "";
}

/* Tooltip text: Graphviz unescapes tooltips twice, so a backslash takes
 * four; a line break is "\n", which SVG gets as &#10;. */
static const char *esc_tip(drawer *d, const char *s)
{
    d->esc.len = 0;
    bool ok = dg_buf_append(&d->esc, "", 0);
    for (; ok && *s; s++) {
        if (*s == '\\')
            ok = dg_buf_append(&d->esc, "\\\\\\\\", 4);
        else if (*s == '&')
            ok = dg_buf_append(&d->esc, "&amp;", 5);
        else if (*s == '\n')
            ok = dg_buf_append(&d->esc, "\\n", 2);
        else
            ok = dg_buf_append(&d->esc, s, 1);
    }
    d->ok &= ok;
    return ok ? d->esc.data : "";
}

static void place(drawer *d, Agnode_t *n, double x, double y, double w, double h)
{
    char pos[64];
    /* Graphviz's y axis points up; the layout's points down. */
    snprintf(pos, sizeof pos, "%.2f,%.2f!", x + w / 2, d->height - (y + h / 2));
    set(n, d->a.pos, pos);
    setf(n, d->a.width, "%.4f", fmax(w, 0.72) / 72.0);
    setf(n, d->a.height, "%.4f", fmax(h, 0.72) / 72.0);
}

static Agnode_t *node(drawer *d, size_t i, double x, double y, double w, double h)
{
    char name[32];
    snprintf(name, sizeof name, "n%zu", i);
    Agnode_t *n = agnode(d->g, name, 1);
    place(d, n, x, y, w, h);
    return n;
}

/* Text nodes get room to spare on the side their text runs to, so that
 * a font a little wider than our estimate cannot push a left-justified
 * line off its anchor; the room never reaches past the canvas. */
static Agnode_t *text_item(drawer *d, size_t i, const tl_item *it)
{
    double w = it->w, x = it->x;
    double spare = fmin(w * 0.3 + 4, 60);
    if (it->just == 'l')
        w += fmin(spare, fmax(0, d->width - (x + w)));
    else if (it->just == 'r') {
        double s = fmin(spare, fmax(0, x));
        x -= s;
        w += s;
    }
    Agnode_t *n = node(d, i, x, it->y, w, it->h);
    set(n, d->a.shape, "plaintext");
    set(n, d->a.style, "");
    set(n, d->a.label, esc_label(d, it->text, it->just));
    setf(n, d->a.fsize, "%.1f", tl_fonts[it->font].size);
    if (tl_fonts[it->font].bold)
        set(n, d->a.fname, d->bold);
    set(n, d->a.fcolor, font_color[it->font]);
    return n;
}

/* A fade is drawn as a few steps of rising (or falling) opacity, not as a
 * gradient: Graphviz numbers SVG gradients with a counter that lives as
 * long as the process, so a second chart would differ from the first. */
static void fade(drawer *d, size_t i, const tl_item *it, const char *c)
{
    int k = (int)lround(it->w / 1.5);
    k = k < 2 ? 2 : k > 14 ? 14 : k;
    double sw = it->w / k;
    for (int j = 0; j < k; j++) {
        char name[48], fill[16];
        snprintf(name, sizeof name, "n%zu_%d", i, j);
        Agnode_t *n = agnode(d->g, name, 1);
        place(d, n, it->x + j * sw, it->y, sw, it->h);
        int step = it->just == 'l' ? j + 1 : k - j;
        snprintf(fill, sizeof fill, "%.7s%02X", c, (unsigned)(255 * step / (k + 1)));
        set(n, d->a.fill, fill);
        if (it->tip)
            set(n, d->a.tip, esc_tip(d, it->tip));
    }
}

/* Held as a predecessor: the tint of what would be there; a
 * closed-to-public piece keeps its dashes, in the tint.  A gap keeps its
 * dashed outline in the full colour: in the tint it would all but vanish
 * against the pale bar around it, and a break must read as one. */
static void held_bar(drawer *d, Agnode_t *n, const tl_item *it, const char *c)
{
    char t[8], f[8];
    const char *tc = tint_of(c, TINT, t);
    if (it->flags & (TL_HOLLOW | TL_DASHED)) {
        set(n, d->a.style, "filled,dashed");
        set(n, d->a.fill, it->flags & TL_HOLLOW ? "white" : tint_of(c, TINT / 2, f));
        set(n, d->a.color, it->flags & TL_HOLLOW ? c : tc);
        set(n, d->a.pen, "1");
    } else {
        set(n, d->a.fill, tc);
    }
}

static void mark_item(drawer *d, Agnode_t *n, const tl_item *it, const char *c)
{
    char light[16];
    snprintf(light, sizeof light, "%s66", c);
    switch (it->kind) {
    case TL_I_PILL:
        set(n, d->a.style, it->flags & TL_DASHED ? "filled,rounded,dashed" : "filled,rounded");
        set(n, d->a.fill, it->flags & TL_DASHED ? light : c);
        set(n, d->a.color, c);
        set(n, d->a.pen, it->flags & TL_DASHED ? "1" : "0");
        break;
    case TL_I_DIAMOND:
        set(n, d->a.shape, "diamond");
        set(n, d->a.style, it->flags & TL_DASHED ? "filled,dashed" : "filled");
        set(n, d->a.fill, it->flags & TL_HOLLOW ? "white" : c);
        set(n, d->a.color, it->flags & TL_HOLLOW ? c : "white");
        set(n, d->a.pen, it->flags & TL_HOLLOW ? "1.3" : "0.8");
        break;
    case TL_I_ARROW:
        set(n, d->a.shape, "triangle");
        set(n, d->a.orient, it->just == 'l' ? "90" : "-90");
        set(n, d->a.fill, c);
        break;
    case TL_I_LINE:
        set(n, d->a.fill, DG_C_TODAY);
        break;
    case TL_I_BAR: /* flags only on format 1.1 history pieces and held stretches */
        if (it->flags & TL_LIGHT) {
            held_bar(d, n, it, c);
        } else if (it->flags & (TL_HOLLOW | TL_DASHED)) {
            set(n, d->a.style, "filled,dashed");
            set(n, d->a.fill, it->flags & TL_HOLLOW ? "white" : light);
            set(n, d->a.color, c);
            set(n, d->a.pen, "1");
        } else {
            set(n, d->a.fill, c);
        }
        break;
    default:
        set(n, d->a.fill, c);
    }
}

static void item(drawer *d, size_t i, const tl_item *it)
{
    Agnode_t *n;
    char t[8];
    if (it->kind == TL_I_FADE) {
        const char *c = style_color[it->style];
        fade(d, i, it, it->flags & TL_LIGHT ? tint_of(c, TINT, t) : c);
        return;
    }
    if (it->kind == TL_I_TEXT) {
        n = text_item(d, i, it);
    } else {
        n = node(d, i, it->x, it->y, it->w, it->h);
        mark_item(d, n, it, it->kind == TL_I_RECT ? paint_color[it->paint] : style_color[it->style]);
    }
    if (it->tip)
        set(n, d->a.tip, esc_tip(d, it->tip));
}

/* ---- rendering ---- */

static Agraph_t *build_graph(const tl_layout *L, const char *format, drawer *d)
{
    d->g = dg_gv_open("timeline", false);
    d->height = L->height;
    d->width = L->width;
    d->ok = true;
    declare(d);
    /* Cairo (bitmaps, PDF) asks fontconfig, which gives "Helvetica" a wider
     * stand-in than "Arial" (Liberation Sans, Helvetica's metrics, which
     * the layout measures with).  SVG and PostScript keep Helvetica, with
     * Graphviz's sans-serif fallback. */
    bool cairo = dg_gv_format_cairo(format);
    d->bold = cairo ? "Arial Bold" : "Helvetica-Bold";
    if (cairo)
        agattr(d->g, AGNODE, "fontname", "Arial");
    /* The canvas: an invisible node that fixes the drawing's bounds. */
    Agnode_t *c = node(d, L->n, 0, 0, L->width, L->height);
    set(c, d->a.style, "invis");
    for (size_t i = 0; i < L->n; i++)
        item(d, i, &L->items[i]);
    return d->g;
}

/* The timeline is laid out by its own code: Graphviz only pins the nodes
 * where they are ("nop2") and draws them. */
dg_status tl_draw(const tl_layout *L, const char *format, int dpi, dg_buf *out, dg_error *err)
{
    dg_status st = dg_gv_check_format(format, err);
    if (st != DG_OK)
        return st;
    drawer d = {0};
    Agraph_t *g = build_graph(L, format, &d);
    /* SVG's <desc>: the subtitle says whose rows, which ones and when. */
    char desc[600];
    snprintf(desc, sizeof desc, dg_tr(L->lang, "A timeline of %s."),
             L->subtitle ? L->subtitle : dg_tr(L->lang, "records"));
    dg_gv_job job = {"nop2", format, DG_GV_NO_WARNINGS, L->title, desc};
    if (!g || !d.ok)
        st = dg_error_set(err, DG_EOUTPUT, "out of memory");
    else
        st = dg_gv_set_dpi(g, format, dpi, false, err);
    if (st == DG_OK)
        st = dg_gv_render(g, &job, out, err);
    if (g)
        agclose(g);
    dg_buf_free(&d.esc);
    return st;
}
