/* gv.c — the one Graphviz backend (gv.h): the context, which formats and
 * engines exist, the capture of Graphviz's messages, layout, and
 * rendering into memory.
 *
 * Nothing here lets libgvc touch a file: it calls exit(1) when a write
 * fails, so the bytes go to memory (gvRenderData, or agwrite into an
 * open_memstream for DOT without layout) and dg_write_output writes them. */
#include "gv.h"

#include <stdio.h>

/* ---- Graphviz's messages ----
 * agerr prints to stderr unless a handler is installed.  The handler gets
 * a message in pieces ("Error", ": ", text, "\n") and no context pointer,
 * so the pieces collect in this file's buffer while one render runs
 * (cgraph is single-threaded anyway).  Afterwards errors become the
 * caller's dg_error and warnings go to the library's message handler. */

static dg_buf gv_msgs;

static int collect(char *piece)
{
    dg_buf_append(&gv_msgs, piece, strlen(piece)); /* best effort */
    return 0;
}

/* Hand warnings on; copy the first error line into why (NUL-terminated). */
static void messages_end(bool warn, char *why, size_t size)
{
    why[0] = '\0';
    const char *p = gv_msgs.data, *end = p + gv_msgs.len;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (!strncmp(p, "Warning: ", 9)) {
            if (warn)
                dg_message(DG_SEV_WARNING, "graphviz: %.*s", (int)n, p);
        } else if (!why[0] && n)
            snprintf(why, size, "%.*s", (int)n, p);
        p += n + 1;
    }
    dg_buf_free(&gv_msgs);
}

/* ---- object ids ----
 * cgraph's default id discipline makes a named object's id the address of
 * its interned name, and orders subgraphs by id: the frames would come out
 * in an order of malloc's choosing (different in a second render in the
 * same process, or under another allocator), and dot lays them out in
 * that order. These ids count up in creation order instead. */

typedef struct id_state {
    Agraph_t *g;
    dg_map map;   /* name -> index into names */
    char **names; /* cgraph strings (agstrdup): printed names must be */
    size_t n, cap;
    IDTYPE anon;  /* anonymous objects (edges) get odd ids */
} id_state;

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
    (void)disc;
    id_state *s = dg_xcalloc(1, sizeof *s);
    s->g = g;
    return s;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    id_state *s = state;
    (void)objtype;
    if (!str) {
        *id = 2 * s->anon++ + 1;
        return 1;
    }
    uint32_t k = dg_map_get(&s->map, str);
    if (k == DG_NONE) {
        if (!createflag)
            return 0; /* unknown: cgraph then reports "not found" */
        /* One reference of ours, released with the graph's strings. */
        char *name = agstrdup(s->g, str);
        if (!name)
            return 0;
        k = (uint32_t)s->n;
        *DG_PUSH(s->names, s->n, s->cap) = name;
        dg_map_put(&s->map, name, k);
    }
    *id = 2 * ((IDTYPE)k + 1);
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE request)
{
    (void)state;
    (void)objtype;
    (void)request;
    return 0; /* no ids chosen by the caller, as in cgraph's own */
}

static void ids_free(void *state, int objtype, IDTYPE id)
{
    (void)state; /* names live until the graph closes */
    (void)objtype;
    (void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
    id_state *s = state;
    (void)objtype;
    return id % 2 == 0 && id / 2 - 1 < s->n ? s->names[id / 2 - 1] : NULL;
}

static void ids_close(void *state)
{
    id_state *s = state;
    free(s->names); /* the strings go with the graph's string table */
    dg_map_free(&s->map);
    free(s);
}

static void ids_register(void *state, int objtype, void *obj)
{
    (void)state;
    (void)objtype;
    (void)obj;
}

static Agiddisc_t ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close,
                         ids_register};

Agraph_t *dg_gv_open(const char *name, bool directed)
{
    static Agdisc_t disc;
    disc = (Agdisc_t){&AgMemDisc, &ids, &AgIoDisc};
    return agopen((char *)name, directed ? Agdirected : Agundirected, &disc);
}

/* ---- the context ----
 * One GVC_t for the process, made on first use and kept. A context per
 * render would be tidier, but Graphviz 2.43's pango plugin remembers the
 * last font name it measured as a pointer into the context's font table
 * (a static in pango_textlayout), so the first label measured under a
 * second context strcmp's freed memory (valgrind: "Invalid read ... free'd
 * by gvFreeContext"). dot(1) itself uses one context for every graph. */
GVC_t *dg_gv_context(void)
{
    static GVC_t *gvc;
    if (!gvc)
        gvc = gvContext();
    return gvc;
}

/* ---- formats and engines ---- */

/* gvPluginList hands out strdup'd names and the array; free both. */
static char **plugin_list(GVC_t *gvc, const char *kind, int *n)
{
    *n = 0;
    char **list = gvPluginList(gvc, kind, n, NULL);
    if (!list)
        *n = 0;
    return list;
}

static void drop_list(char **list, int n)
{
    for (int i = 0; i < n; i++)
        free(list[i]);
    free(list);
}

bool dg_gv_format_is(const char *format, const char *name)
{
    size_t len = strcspn(format, ":"); /* "png:cairo" names png's renderer */
    return len > 0 && strlen(name) == len && !strncmp(format, name, len);
}

static bool format_in(const char *format, const char *const *list)
{
    for (; *list; list++)
        if (dg_gv_format_is(format, *list))
            return true;
    return false;
}

/* Devices that open a window rather than produce bytes: without a display
 * Graphviz 2.43 crashes in them (x11, xlib) or exits (gtk). */
static const char *const interactive[] = {"gtk", "x11", "xlib", NULL};
static const char *const bitmaps[] = {"png", "jpg", "jpeg", "jpe", "gif", "bmp", "tif", "tiff",
                                      "webp", "ico", NULL};
static const char *const dot_texts[] = {"dot", "gv", "canon", NULL};

bool dg_gv_format_bitmap(const char *format) { return format_in(format, bitmaps); }
bool dg_gv_format_cairo(const char *format)
{
    return dg_gv_format_bitmap(format) || dg_gv_format_is(format, "pdf");
}
bool dg_gv_format_dot(const char *format) { return format_in(format, dot_texts); }

/* Is the part of name before any ':' one of the plugins of kind? */
static bool has_plugin(GVC_t *gvc, const char *kind, const char *name)
{
    int n;
    char **list = plugin_list(gvc, kind, &n);
    bool found = false;
    for (int i = 0; i < n && !found; i++)
        found = dg_gv_format_is(name, list[i]);
    drop_list(list, n);
    return found;
}

/* gvPluginList names formats, not their renderers: "svg:bogus" is tried
 * on an empty graph, which costs a millisecond and only with a ':'. */
static bool renderer_works(GVC_t *gvc, const char *format)
{
    Agraph_t *g = agopen((char *)"probe", Agdirected, NULL);
    if (!g)
        return false;
    char *data = NULL;
    unsigned int len = 0;
    agusererrf prev = agseterrf(collect);
    bool ok = gvLayout(gvc, g, "nop") == 0 && gvRenderData(gvc, g, format, &data, &len) == 0;
    agseterrf(prev);
    dg_buf_free(&gv_msgs);
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
    return ok;
}

static dg_status unknown(GVC_t *gvc, const char *what, const char *kind, const char *name,
                         dg_error *err)
{
    dg_buf list = {0};
    bool device = !strcmp(kind, "device");
    int n;
    char **names = plugin_list(gvc, kind, &n);
    for (int i = 0; i < n; i++)
        if (!(device && format_in(names[i], interactive)) &&
            !dg_buf_printf(&list, "%s%s", list.len ? " " : "", names[i]))
            break;
    drop_list(names, n);
    bool window = device && format_in(name, interactive);
    dg_status st = dg_error_set(err, DG_EUSAGE, "%s %s '%s' (available: %s)",
                                window ? "a window, not a file:" : "unknown", what, name,
                                list.data ? list.data : "none");
    dg_buf_free(&list);
    return st;
}

dg_status dg_gv_check_format(const char *format, dg_error *err)
{
    GVC_t *gvc = dg_gv_context();
    if (!gvc)
        return dg_error_set(err, DG_EOUTPUT, "cannot start Graphviz");
    if (format_in(format, interactive) || !has_plugin(gvc, "device", format))
        return unknown(gvc, "format", "device", format, err);
    if (strchr(format, ':') && !renderer_works(gvc, format))
        return dg_error_set(err, DG_EUSAGE, "unknown renderer in format '%s' ('dot -T%.*s:' "
                            "lists those of the installed Graphviz)", format,
                            (int)strcspn(format, ":"), format);
    return DG_OK;
}

dg_status dg_gv_check_engine(const char *engine, dg_error *err)
{
    GVC_t *gvc = dg_gv_context();
    if (!gvc)
        return dg_error_set(err, DG_EOUTPUT, "cannot start Graphviz");
    if (!has_plugin(gvc, "layout", engine))
        return unknown(gvc, "engine", "layout", engine, err);
    return DG_OK;
}

dg_status dg_gv_set_dpi(Agraph_t *g, const char *format, int dpi, bool keep, dg_error *err)
{
    if (dpi && (dpi < DG_DPI_MIN || dpi > DG_DPI_MAX))
        return dg_error_set(err, DG_EUSAGE, "dpi: %d is out of range (%d to %d)", dpi, DG_DPI_MIN,
                            DG_DPI_MAX);
    if (!dg_gv_format_bitmap(format) || keep)
        return DG_OK;
    char text[16];
    snprintf(text, sizeof text, "%d", dpi ? dpi : DG_DPI_DEFAULT);
    agattr(g, AGRAPH, (char *)"dpi", text);
    return DG_OK;
}

/* ---- rendering ---- */

/* The graph as built, without positions: what `-T dot` gives unless an
 * engine is asked for (docs/diagrams.md, "DOT output"). */
static dg_status write_dot(Agraph_t *g, dg_buf *out, dg_error *err)
{
    char *data = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&data, &len);
    if (!f)
        return dg_error_set(err, DG_EOUTPUT, "out of memory writing DOT");
    int rc = agwrite(g, f);
    int closed = fclose(f);
    bool ok = rc == 0 && closed == 0 && dg_buf_append(out, data, len);
    free(data);
    return ok ? DG_OK : dg_error_set(err, DG_EOUTPUT, "cannot write the graph as DOT");
}

/* Graphviz 2.43's Visio writer (vdx) dereferences a NULL URL for any
 * anchor: a tooltip, URL, href or target anywhere (graph, frames, nodes,
 * edges, labels).  For vdx every anchor attribute is emptied. */
static const char *const anchors[] = {"tooltip", "URL", "href", "target", "id",
    "labeltooltip", "labelURL", "labelhref", "labeltarget", "headtooltip", "headURL",
    "headhref", "headtarget", "tailtooltip", "tailURL", "tailhref", "tailtarget",
    "edgetooltip", "edgeURL", "edgehref", "edgetarget", NULL};

static void clear_attr(Agraph_t *root, int kind, const char *name)
{
    Agsym_t *sym = agattr(root, kind, (char *)name, NULL);
    if (!sym)
        return;
    agattr(root, kind, (char *)name, ""); /* the default, for objects not yet set */
    if (kind == AGRAPH) {
        agxset(root, sym, "");
        for (Agraph_t *sub = agfstsubg(root); sub; sub = agnxtsubg(sub))
            clear_attr(sub, kind, name);
        return;
    }
    for (Agnode_t *n = agfstnode(root); n; n = agnxtnode(root, n)) {
        if (kind == AGNODE)
            agxset(n, sym, "");
        for (Agedge_t *e = agfstout(root, n); kind == AGEDGE && e; e = agnxtout(root, e))
            agxset(e, sym, "");
    }
}

static void drop_anchors(Agraph_t *g)
{
    for (size_t i = 0; anchors[i]; i++) {
        clear_attr(g, AGRAPH, anchors[i]);
        clear_attr(g, AGNODE, anchors[i]);
        clear_attr(g, AGEDGE, anchors[i]);
    }
}

/* The laid-out bytes into out; for SVG, made accessible (svg.c). */
static dg_status take(const dg_gv_job *job, const char *data, unsigned len, dg_buf *out,
                      dg_error *err)
{
    if (!dg_gv_format_is(job->format, "svg") || !job->title)
        return dg_buf_append(out, data, len) ? DG_OK : dg_error_set(err, DG_EOUTPUT, "out of memory");
    dg_buf svg = {0};
    dg_status st = dg_buf_append(&svg, data, len) ? dg_svg_accessible(&svg, job, err)
                                                  : dg_error_set(err, DG_EOUTPUT, "out of memory");
    if (st == DG_OK && !dg_buf_append(out, svg.data, svg.len))
        st = dg_error_set(err, DG_EOUTPUT, "out of memory");
    dg_buf_free(&svg);
    return st;
}

dg_status dg_gv_render(Agraph_t *g, const dg_gv_job *job, dg_buf *out, dg_error *err)
{
    const char *engine = job->engine, *format = job->format;
    if (!engine)
        return write_dot(g, out, err);
    GVC_t *gvc = dg_gv_context();
    if (!gvc)
        return dg_error_set(err, DG_EOUTPUT, "cannot start Graphviz");
    if (dg_gv_format_is(format, "vdx"))
        drop_anchors(g);
    const char *what = NULL;
    char *data = NULL;
    unsigned int len = 0;
    gv_msgs.len = 0;
    agusererrf prev = agseterrf(collect);
    if (gvLayout(gvc, g, engine) != 0)
        what = "layout";
    else if (gvRenderData(gvc, g, format, &data, &len) != 0)
        what = "rendering";
    agseterrf(prev);
    char why[400];
    messages_end(!(job->flags & DG_GV_NO_WARNINGS), why, sizeof why);
    dg_status st = DG_OK;
    if (what)
        st = dg_error_set(err, DG_EOUTPUT, "Graphviz %s failed (engine %s, format %s)%s%s",
                          what, engine, format, *why ? ": " : "", why);
    else if (len == 0) /* gd without GD support, ico, an image map of nothing */
        st = dg_error_set(err, DG_EOUTPUT, "Graphviz wrote nothing in format %s", format);
    else
        st = take(job, data, len, out, err);
    if (data)
        gvFreeRenderData(data);
    if (!what || strcmp(what, "layout"))
        gvFreeLayout(gvc, g);
    return st;
}
