/* gv.c — the libgvc glue: which formats and engines exist, layout, and
 * rendering into memory.
 *
 * Nothing here lets libgvc touch a file: it calls exit(1) when a write
 * fails, so the bytes go to memory (gvRenderData, or agwrite into an
 * open_memstream for unlaid-out DOT) and dg_write_output writes them. */
#include "view.h"

#include <stdio.h>

/* ---- Graphviz's messages ----
 * agerr prints to stderr unless a handler is installed; the handler gets
 * the message in pieces ("Error", ": ", text).  Errors become our dg_error;
 * warnings (e.g. a bitmap scaled down to fit) still reach stderr. */

static dg_buf gv_msgs;
static agusererrf prev_handler;

static int collect(char *piece)
{
    dg_buf_append(&gv_msgs, piece, strlen(piece)); /* best effort */
    return 0;
}

static void errors_begin(void)
{
    gv_msgs.len = 0;
    prev_handler = agseterrf(collect);
}

static const char *errors_end(void)
{
    static char first[400];
    agseterrf(prev_handler);
    first[0] = '\0';
    const char *p = gv_msgs.data, *end = p + gv_msgs.len;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (!strncmp(p, "Warning", 7))
            fprintf(stderr, "dipgraph: graphviz: %.*s\n", (int)n, p);
        else if (!first[0] && n)
            snprintf(first, sizeof first, "%.*s", (int)n, p);
        p += n + 1;
    }
    dg_buf_free(&gv_msgs);
    return first;
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

Agraph_t *dg_gv_open(const char *name)
{
    static Agdisc_t disc;
    disc = (Agdisc_t){&AgMemDisc, &ids, &AgIoDisc};
    return agopen((char *)name, Agdirected, &disc);
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

/* ---- plugins ---- */

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

/* Devices that open a window rather than produce bytes: without a display
 * Graphviz 2.43 crashes in them (x11, xlib) or exits (gtk). */
static const char *const interactive[] = {"gtk", "x11", "xlib", NULL};

static bool same_base(const char *format, const char *name)
{
    size_t len = strcspn(format, ":"); /* "png:cairo" names png's renderer */
    return len > 0 && strlen(name) == len && !strncmp(format, name, len);
}

bool dg_gv_interactive(const char *name)
{
    for (size_t i = 0; interactive[i]; i++)
        if (same_base(name, interactive[i]))
            return true;
    return false;
}

bool dg_gv_has_plugin(GVC_t *gvc, const char *kind, const char *name)
{
    bool device = !strcmp(kind, "device");
    if (device && dg_gv_interactive(name))
        return false;
    int n;
    char **list = plugin_list(gvc, kind, &n);
    bool found = false;
    for (int i = 0; i < n && !found; i++)
        found = same_base(name, list[i]);
    drop_list(list, n);
    return found;
}

void dg_gv_list_plugins(GVC_t *gvc, const char *kind, dg_buf *out)
{
    bool device = !strcmp(kind, "device");
    int n;
    char **list = plugin_list(gvc, kind, &n);
    for (int i = 0; i < n; i++)
        if (!(device && dg_gv_interactive(list[i])) &&
            !dg_buf_printf(out, "%s%s", out->len ? " " : "", list[i]))
            break;
    drop_list(list, n);
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

/* Graphviz 2.43's Visio writer (vdx) crashes on any anchor — a tooltip
 * or URL on a node, edge or frame: for it the tooltips go. */
static void drop_tooltips(Agraph_t *g)
{
    Agsym_t *gs = agattr(g, AGRAPH, "tooltip", NULL);
    Agsym_t *ns = agattr(g, AGNODE, "tooltip", NULL);
    Agsym_t *es = agattr(g, AGEDGE, "tooltip", NULL);
    if (gs)
        for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
            agxset(sub, gs, "");
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (ns)
            agxset(n, ns, "");
        for (Agedge_t *e = agfstout(g, n); es && e; e = agnxtout(g, e))
            agxset(e, es, "");
    }
}

dg_status dg_gv_render(GVC_t *gvc, Agraph_t *g, const char *engine, const char *format,
                       dg_buf *out, dg_error *err)
{
    if (!engine)
        return write_dot(g, out, err);
    if (same_base(format, "vdx"))
        drop_tooltips(g);
    const char *what = NULL;
    char *data = NULL;
    unsigned int len = 0;
    errors_begin();
    if (gvLayout(gvc, g, engine) != 0)
        what = "layout";
    else if (gvRenderData(gvc, g, format, &data, &len) != 0)
        what = "rendering";
    const char *why = errors_end();
    dg_status st = DG_OK;
    if (what)
        st = dg_error_set(err, DG_EOUTPUT, "Graphviz %s failed (engine %s, format %s)%s%s",
                          what, engine, format, *why ? ": " : "", why);
    else if (len == 0) /* gd without GD support, ico, an image map of nothing */
        st = dg_error_set(err, DG_EOUTPUT, "Graphviz wrote nothing in format %s", format);
    else if (!dg_buf_append(out, data, len))
        st = dg_error_set(err, DG_EOUTPUT, "out of memory");
    if (data)
        gvFreeRenderData(data);
    if (!what || strcmp(what, "layout"))
        gvFreeLayout(gvc, g);
    return st;
}
