/* attrs.c — the guard on -G/-N/-E: Graphviz attributes a command line (or
 * a Markdown file rendered in CI) may set.
 *
 * Graphviz 2.43 writes some attribute values into SVG unescaped (tried
 * with `dot -Tsvg`): fontname into font-family="...", URL, href and the
 * label/head/tail/edge forms into xlink:href="...", stylesheet into an
 * <?xml-stylesheet?> instruction.  A quote in them ends the attribute and
 * the rest is markup: a real <script>.  A javascript: URL is a live link
 * even when escaped.  image, shapefile, imagepath and fontpath make
 * Graphviz read files named by the value.  id, class and target are
 * escaped by 2.43, but land in the SVG's own structure.  So the guard is
 * an allow-list of layout and style attributes, none of which 2.43 writes
 * unescaped but fontname, whose value must then be a plain font name
 * (letters, digits, spaces, - _ . ,: nothing that can end an XML
 * attribute); and values that are URLs of another scheme than http(s) are
 * refused everywhere. */
#include "attrs.h"

#include <ctype.h>
#include <strings.h>

/* Sorted, for bsearch; docs/cli.md ("Security") lists the same. */
const char *const dg_gv_allowed_attrs[] = {
    "K", "arrowhead", "arrowsize", "arrowtail", "bgcolor", "center", "clusterrank",
    "color", "colorscheme", "compound", "concentrate", "constraint", "decorate",
    "defaultdist", "dim", "dimen", "dir", "distortion", "epsilon", "esep", "fillcolor",
    "fixedsize", "fontcolor", "fontname", "fontsize", "forcelabels", "gradientangle", "group",
    "headclip", "headport", "height", "labelangle", "labeldistance", "labelfloat",
    "labelfontcolor", "labelfontsize", "labeljust", "labelloc", "landscape", "layout",
    "len", "levelsgap", "lhead", "ltail", "margin", "maxiter", "mclimit", "mindist",
    "minlen", "mode", "model", "newrank", "nodesep", "nojustify", "normalize",
    "notranslate", "nslimit", "nslimit1", "ordering", "orientation", "outputorder",
    "overlap", "overlap_scaling", "overlap_shrink", "pack", "packmode", "pad", "page",
    "pagedir", "penwidth", "peripheries", "quantum", "rank", "rankdir", "ranksep",
    "ratio", "regular", "remincross", "repulsiveforce", "resolution", "rotate",
    "samehead", "sametail", "searchsize", "sep", "shape", "sides", "size", "skew",
    "smoothing", "sortv", "splines", "start", "style", "tailclip", "tailport",
    "truecolor", "viewport", "voro_margin", "weight", "width", NULL};

const char *const dg_gv_refused_attrs[] = {
    "URL", "href", "target", "id", "class", "stylesheet", "imagepath", "image",
    "shapefile", "fontpath", "labelURL", "labelhref", "headURL", "headhref", "tailURL",
    "tailhref", "edgeURL", "edgehref", NULL};

static int name_cmp(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

bool dg_gv_attr_allowed(const char *name)
{
    size_t n = sizeof dg_gv_allowed_attrs / sizeof *dg_gv_allowed_attrs - 1;
    return name && bsearch(name, dg_gv_allowed_attrs, n, sizeof *dg_gv_allowed_attrs, name_cmp);
}

static bool refused(const char *name)
{
    for (size_t i = 0; dg_gv_refused_attrs[i]; i++)
        if (!strcmp(name, dg_gv_refused_attrs[i]))
            return true;
    return false;
}

/* Does v begin with a URL of another scheme than http(s)?  A scheme
 * ("javascript:", "ftp:") counts when it is one a viewer acts on without
 * "//" (javascript, vbscript, data, file) or is followed by "//": colour
 * lists ("red:blue") and ports ("p1:n") are not URLs. */
static bool foreign_url(const char *v)
{
    while (isspace((unsigned char)*v))
        v++;
    if (!isalpha((unsigned char)*v))
        return false;
    size_t n = 1;
    while (isalnum((unsigned char)v[n]) || v[n] == '+' || v[n] == '.' || v[n] == '-')
        n++;
    if (v[n] != ':')
        return false;
    static const char *const bare[] = {"javascript", "vbscript", "data", "file", NULL};
    bool act = !strncmp(v + n + 1, "//", 2);
    for (size_t i = 0; bare[i] && !act; i++)
        act = strlen(bare[i]) == n && !strncasecmp(v, bare[i], n);
    bool web = (n == 4 && !strncasecmp(v, "http", 4)) || (n == 5 && !strncasecmp(v, "https", 5));
    return act && !web;
}

/* fontname goes into SVG unescaped: only characters that need no escape. */
static bool plain_font(const char *v)
{
    for (; *v; v++)
        if (!isalnum((unsigned char)*v) && !strchr(" -_.,", *v))
            return false;
    return true;
}

dg_status dg_gv_check_attrs(const dg_attr *attrs, size_t n, dg_error *err)
{
    for (size_t i = 0; i < n; i++) {
        const char *name = attrs[i].name ? attrs[i].name : "";
        const char *value = attrs[i].value ? attrs[i].value : "";
        if (refused(name))
            return dg_error_set(err, DG_EUSAGE, "attribute %s is refused: Graphviz would write "
                                "its value unescaped, link it, or read files with it", name);
        if (!dg_gv_attr_allowed(name))
            return dg_error_set(err, DG_EUSAGE, "attribute %s is not one of the layout and style "
                                "attributes allowed (docs/cli.md, \"Security\")", name);
        if (!strcmp(name, "fontname") && !plain_font(value))
            return dg_error_set(err, DG_EUSAGE, "attribute fontname: Graphviz writes it into SVG "
                                "unescaped, so only letters, digits, spaces and - _ . , are "
                                "allowed");
        if (foreign_url(value))
            return dg_error_set(err, DG_EUSAGE, "attribute %s: a URL other than http(s) is "
                                "refused", name);
    }
    return DG_OK;
}
