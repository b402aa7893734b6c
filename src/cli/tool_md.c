/* tool_md.c — `dipgraph md [-o OUT] [--dir DIR] [--check] IN`: every
 * dipgraph block of a Markdown file drawn as a figure, and OUT the same
 * text with each block replaced by an image link to it (mermaid-cli's
 * convention: IN.md -> OUT.md).  All or nothing: every block is read,
 * loaded and drawn before anything is written, and then the figures and
 * OUT are written as one set (dg_outset).  The document may be anyone's
 * (a pull request in CI): its blocks read no file outside its folder, and
 * their -G/-N/-E go through the library's allow-list like any other. */
#include "tool_figure.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* MD_MAX_FILES: what dg_outset stages at once (dipgraph.h). */
enum { MD_MAX_BYTES = 16 << 20, MD_MAX_FILES = 64 };

typedef struct md_fig {
    const dg_md_block *b;
    tool_fig f;
    size_t set;
    char *path;  /* where the figure is written */
    char *link;  /* the same, as OUT links it */
    char *alt;   /* the figure's title */
    dg_buf bytes;
    bool again;  /* the same file as an earlier block's (the same block) */
} md_fig;

typedef struct md_run {
    const tool_cmd *c;
    const char *in, *out, *dir;
    bool check;
    char *doc_dir;  /* IN's folder: the blocks' files are relative to it */
    char *fig_dir;  /* DIR, else OUT's folder */
    char *link_dir; /* fig_dir seen from OUT's folder ("" when they are one) */
    char *stem;     /* OUT's name without its extension: the figures' prefix */
    dg_buf text;
    dg_md_doc *doc;
    md_fig *figs;
    tool_sets sets;
    dg_buf result;
} md_run;

static dg_status md_set(void *ctx, const tool_arg *a)
{
    md_run *r = ctx;
    switch (a->opt ? a->opt->id : 0) {
    case OPT_OUTPUT: r->out = a->value; return DG_OK;
    case OPT_DIR: r->dir = a->value; return DG_OK;
    case OPT_CHECK: r->check = true; return DG_OK;
    default: r->in = a->value; return DG_OK;
    }
}

static const char *in_name(const md_run *r)
{
    return strcmp(r->in, "-") ? r->in : "<stdin>";
}

/* ---- paths ---- */

/* The components of path made absolute and normal, by their text alone
 * ("." dropped, ".." taking one off): a figure's link is the path from
 * OUT's folder to DIR, which need not exist yet. */
static size_t components(const char *path, char ***out)
{
    char cwd[4096] = "";
    if (path[0] != '/' && !getcwd(cwd, sizeof cwd))
        strcpy(cwd, ".");
    size_t len = strlen(cwd) + strlen(path) + 2, n = 0;
    char *all = tool_malloc(len), **v = tool_malloc(len * sizeof *v), *save = NULL;
    snprintf(all, len, "%s/%s", cwd, path);
    for (char *w = strtok_r(all, "/", &save); w; w = strtok_r(NULL, "/", &save)) {
        if (!strcmp(w, "..") && n > 0)
            free(v[--n]);
        else if (strcmp(w, ".") && strcmp(w, ".."))
            v[n++] = tool_strdup(w);
    }
    free(all);
    *out = v;
    return n;
}

static void free_components(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* The path from folder `from` to folder `to`, "" when they are one. */
static char *relative(const char *from, const char *to)
{
    char **a, **b;
    size_t na = components(from, &a), nb = components(to, &b), k = 0;
    while (k < na && k < nb && !strcmp(a[k], b[k]))
        k++;
    dg_buf p = {0};
    for (size_t i = k; i < na; i++)
        tool_putf(&p, "%s..", p.len ? "/" : "");
    for (size_t i = k; i < nb; i++)
        tool_putf(&p, "%s%s", p.len ? "/" : "", b[i]);
    free_components(a, na);
    free_components(b, nb);
    return p.data ? p.data : tool_strdup("");
}

/* The name of path without its folder and extension ("README.src.md" ->
 * "README.src"). */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    return tool_strndup(base, n);
}

static void places(md_run *r)
{
    bool std_out = !r->out || !strcmp(r->out, "-");
    char *out_dir = std_out ? tool_strdup(".") : tool_dirname(r->out);
    r->doc_dir = strcmp(r->in, "-") ? tool_dirname(r->in) : tool_strdup(".");
    r->fig_dir = tool_strdup(r->dir ? r->dir : out_dir);
    r->link_dir = r->dir ? relative(out_dir, r->dir) : tool_strdup("");
    r->stem = std_out ? strcmp(r->in, "-") ? stem_of(r->in) : tool_strdup("figure")
                      : stem_of(r->out);
    free(out_dir);
}

/* ---- the blocks ---- */

/* The extension of a figure: -T's format (before any ":renderer"), else
 * svg.  Only what a Markdown viewer shows as an image. */
static dg_status extension(const md_fig *g, char *ext, size_t size)
{
    static const char *const images[] = {"svg", "png", "jpg", "jpeg", "gif", NULL};
    const char *t = g->f.format ? g->f.format : "svg";
    size_t n = strcspn(t, ":");
    for (size_t i = 0; images[i]; i++)
        if (strlen(images[i]) == n && !strncmp(images[i], t, n) && n < size) {
            memcpy(ext, t, n);
            ext[n] = '\0';
            return DG_OK;
        }
    fprintf(stderr, "%sdipgraph %s: -T %s: a figure in a document is svg, png, jpg or gif\n",
            g->f.where, g->f.cmd->name, t);
    return DG_EUSAGE;
}

/* Read block i's command line into its figure, named by its text:
 * STEM-HASH.EXT in the figures' folder. */
static dg_status prepare(md_run *r, md_fig *g)
{
    const dg_md_block *b = g->b;
    char where[4200];
    snprintf(where, sizeof where, "%s:%u: ", in_name(r), (unsigned)b->cmd_line);
    int argc = (int)b->argc;
    char **argv = (char **)b->argv;
    if (argc > 0 && !strcmp(argv[0], "dipgraph")) { /* a habit, not a mistake */
        argc--;
        argv++;
    }
    tool_fig_rules rules = {r->doc_dir, true,
                            "md chooses where a block's figure goes (see md --dir)"};
    dg_status st = tool_fig_parse(&g->f, &rules, where, argc, argv);
    char ext[8];
    if (st == DG_OK)
        st = extension(g, ext, sizeof ext);
    if (st != DG_OK)
        return st;
    char name[4200];
    snprintf(name, sizeof name, "%s-%012llx.%s", r->stem,
             (unsigned long long)(b->hash >> 16), ext);
    g->path = tool_join(r->fig_dir, name);
    g->link = tool_join(r->link_dir, name);
    tool_fig_output(&g->f, g->path);
    for (md_fig *e = r->figs; e < g; e++)
        g->again |= e->path && !strcmp(e->path, g->path);
    return DG_OK;
}

static dg_status read_doc(md_run *r)
{
    dg_status st = tool_read_all(r->c->name, r->in, MD_MAX_BYTES, &r->text);
    if (st != DG_OK)
        return st;
    uint32_t line = 0;
    dg_error err = {0};
    st = dg_md_parse(r->text.data, r->text.len, &r->doc, &line, &err);
    if (st != DG_OK)
        fprintf(stderr, "%s:%u: error: %s\n", in_name(r), (unsigned)line, err.msg);
    return st;
}

/* Every block read, then every data set loaded: each fault is said, and
 * the worst status returned. */
static dg_status prepare_all(md_run *r)
{
    size_t n = r->doc->n_blocks;
    r->figs = calloc(n ? n : 1, sizeof *r->figs);
    if (!r->figs)
        tool_oom();
    dg_status worst = DG_OK;
    for (size_t i = 0; i < n; i++) {
        r->figs[i].b = &r->doc->blocks[i];
        dg_status st = prepare(r, &r->figs[i]);
        worst = st > worst ? st : worst;
    }
    size_t files = 1; /* OUT */
    for (size_t i = 0; i < n; i++)
        files += !r->figs[i].again;
    if (worst == DG_OK && files > MD_MAX_FILES && !r->check) {
        fprintf(stderr, "%s: error: %zu figures: a document has at most %d (they are written "
                        "as one set)\n", in_name(r), files - 1, MD_MAX_FILES - 1);
        worst = DG_EUSAGE;
    }
    if (worst != DG_OK)
        return worst;
    for (size_t i = 0; i < n; i++) {
        md_fig *g = &r->figs[i];
        const dg_md_block *b = g->b;
        g->set = b->data ? tool_sets_inline(&r->sets, &g->f.files, in_name(r), b->data,
                                            b->data_len, b->data_line)
                         : tool_sets_get(&r->sets, &g->f.files);
        if (r->sets.v[g->set].st != DG_OK) {
            fprintf(stderr, "%s:%u: error: the data of this block has errors\n", in_name(r),
                    (unsigned)b->cmd_line);
            worst = DG_EDATA;
        }
    }
    return worst;
}

/* ---- drawing, and the figure's title ---- */

/* The text of an SVG's <title> as Unicode: its XML entities undone. */
static void unescape_xml(const char *s, size_t n, dg_buf *out)
{
    static const struct { const char *name; char c; } named[] = {
        {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
    for (size_t i = 0; i < n; i++) {
        bool done = false;
        for (size_t k = 0; s[i] == '&' && k < sizeof named / sizeof named[0] && !done; k++)
            if (!strncmp(s + i + 1, named[k].name, strlen(named[k].name))) {
                tool_put(out, &named[k].c, 1);
                i += strlen(named[k].name);
                done = true;
            }
        char *end;
        unsigned long cp = s[i] == '&' && !done && s[i + 1] == '#'
                               ? strtoul(s + i + 2 + (s[i + 2] == 'x'), &end, s[i + 2] == 'x' ? 16 : 10)
                               : 0;
        if (cp && cp < 0x110000 && *end == ';') {
            char u[4];
            size_t k = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            static const unsigned char lead[] = {0, 0, 0xC0, 0xE0, 0xF0};
            for (size_t j = k; j-- > 1; cp >>= 6)
                u[j] = (char)(0x80 | (cp & 0x3F));
            u[0] = (char)(k == 1 ? cp : (lead[k] | cp));
            tool_put(out, u, k);
            i = (size_t)(end - s);
        } else if (!done) {
            tool_put(out, s + i, 1);
        }
    }
}

/* The figure's title: the <title> every dipgraph SVG starts with. */
static char *svg_title(const dg_buf *svg)
{
    static const char open[] = "<title id=\"dg-title\">", any[] = "<title>";
    const char *t = svg->data ? strstr(svg->data, open) : NULL;
    size_t skip = sizeof open - 1;
    if (!t && svg->data && (t = strstr(svg->data, any)))
        skip = sizeof any - 1;
    const char *e = t ? strstr(t + skip, "</title>") : NULL;
    dg_buf out = {0};
    if (e)
        unescape_xml(t + skip, (size_t)(e - t - skip), &out);
    if (!out.len)
        tool_putf(&out, "figure");
    return out.data;
}

static dg_status draw(md_run *r, md_fig *g)
{
    const dg_model *m = r->sets.v[g->set].m;
    dg_status st = tool_fig_draw(&g->f, m, &g->bytes);
    if (st != DG_OK)
        return st;
    const char *dot = strrchr(g->path, '.');
    if (!strcmp(dot, ".svg")) {
        g->alt = svg_title(&g->bytes);
        return DG_OK;
    }
    dg_buf svg = {0}; /* a bitmap has no text: its title comes from its SVG */
    st = tool_fig_draw_as(&g->f, m, "svg", &svg);
    if (st == DG_OK)
        g->alt = svg_title(&svg);
    dg_buf_free(&svg);
    return st;
}

/* ---- OUT ---- */

/* Alt text stays plain text: no line break, and Markdown's own
 * characters escaped. */
static void put_alt(dg_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '\n' || *s == '\t' || *s == '\r') {
            tool_put(b, " ", 1);
            continue;
        }
        if (strchr("\\[]`*_<>&!", *s))
            tool_put(b, "\\", 1);
        tool_put(b, s, 1);
    }
}

/* A link destination: bytes outside a safe set percent-encoded, so that
 * spaces, parentheses and non-ASCII names survive every renderer. */
static void put_link(dg_buf *b, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/", c))
            tool_put(b, s, 1);
        else
            tool_putf(b, "%%%02X", c);
    }
}

/* IN with each block replaced by "![TITLE](LINK)" at its indentation. */
static void compose(md_run *r)
{
    size_t at = 0;
    dg_buf *b = &r->result;
    for (size_t i = 0; i < r->doc->n_blocks; i++) {
        const md_fig *g = &r->figs[i];
        tool_put(b, r->text.data + at, g->b->start - at);
        tool_putf(b, "%*s![", (int)g->b->indent, "");
        put_alt(b, g->alt);
        tool_put(b, "](", 2);
        put_link(b, g->link);
        tool_putf(b, ")%s", g->b->eol);
        at = g->b->end;
    }
    tool_put(b, r->text.data + at, r->text.len - at);
}

/* ---- --check, or writing ---- */

/* Does path hold exactly b?  (A file that cannot be read does not.) */
static bool holds(const char *path, const dg_buf *b)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return false;
    char chunk[65536];
    size_t at = 0, n;
    bool same = true;
    while (same && (n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        same = at + n <= b->len && !memcmp(chunk, b->data + at, n);
        at += n;
    }
    same = same && !ferror(fp) && at == b->len;
    fclose(fp);
    return same;
}

static bool stale(const char *path, const dg_buf *b)
{
    if (holds(path, b))
        return false;
    fprintf(stderr, "dipgraph md: %s %s\n", path,
            access(path, F_OK) ? "is missing" : "would change");
    return true;
}

/* --check: DG_EDATA (exit status 1) when a figure or OUT would change. */
static dg_status check(md_run *r)
{
    bool any = false;
    for (size_t i = 0; i < r->doc->n_blocks; i++)
        if (!r->figs[i].again)
            any |= stale(r->figs[i].path, &r->figs[i].bytes);
    if (r->out && strcmp(r->out, "-"))
        any |= stale(r->out, &r->result);
    return any ? DG_EDATA : DG_OK;
}

/* Every figure and OUT as one set: all of them, or (on any failure)
 * none, the old files left as they were.  IN and the data are inputs. */
static dg_status write_all(md_run *r)
{
    dg_status st = r->doc->n_blocks ? tool_make_dirs(r->c->name, r->fig_dir) : DG_OK;
    if (st != DG_OK)
        return st;
    tool_files_add(&r->sets.all, r->in); /* "-": stdin, protected when it is a file */
    dg_outset *set = dg_outset_new(r->sets.all.v, r->sets.all.n);
    if (!set)
        tool_oom();
    dg_error err = {0};
    for (size_t i = 0; i < r->doc->n_blocks && st == DG_OK; i++)
        if (!r->figs[i].again)
            st = dg_output_stage(set, r->figs[i].path, r->figs[i].bytes.data,
                                 r->figs[i].bytes.len, &err);
    bool std_out = !r->out || !strcmp(r->out, "-");
    if (st == DG_OK && !std_out)
        st = dg_output_stage(set, r->out, r->result.data ? r->result.data : "", r->result.len,
                             &err);
    st = st == DG_OK ? dg_output_commit(set, &err) : st;
    if (st != DG_OK) {
        dg_output_abort(set);
        fprintf(stderr, "dipgraph md: %s\n", err.msg);
    }
    dg_outset_free(set);
    if (st == DG_OK && std_out && r->result.len)
        fwrite(r->result.data, 1, r->result.len, stdout);
    return st;
}

static void md_free(md_run *r)
{
    for (size_t i = 0; r->figs && i < r->doc->n_blocks; i++) {
        tool_fig_free(&r->figs[i].f);
        free(r->figs[i].path);
        free(r->figs[i].link);
        free(r->figs[i].alt);
        dg_buf_free(&r->figs[i].bytes);
    }
    free(r->figs);
    dg_md_free(r->doc);
    tool_sets_free(&r->sets);
    dg_buf_free(&r->text);
    dg_buf_free(&r->result);
    free(r->doc_dir);
    free(r->fig_dir);
    free(r->link_dir);
    free(r->stem);
}

dg_status tool_run_md(const tool_cmd *c, int argc, char **argv)
{
    md_run r = {.c = c};
    dg_status st = tool_parse(c, argc, argv, md_set, &r);
    if (st == DG_OK) {
        places(&r);
        st = read_doc(&r);
    }
    if (st == DG_OK)
        st = prepare_all(&r);
    for (size_t i = 0; st == DG_OK && i < r.doc->n_blocks; i++)
        st = draw(&r, &r.figs[i]);
    if (st == DG_OK) {
        compose(&r);
        st = r.check ? check(&r) : write_all(&r);
    }
    md_free(&r);
    return st;
}
