/* caption.c — what a view figure says about itself, as the timeline does:
 * a title, a subtitle naming the view, the focus and the date, and a line
 * of the sources cited by what is drawn; and the year labels of edges.
 *
 * The caption is the graph's own label, an HTML-like label (three font
 * sizes), so that every format and every engine draws it, above the
 * figure.  It is the one HTML-like label that holds user text (the title,
 * the sources' titles and publishers): dg_html_text() escapes it for Graphviz's
 * XML parser, so markup in the data is shown, never interpreted, and
 * Graphviz escapes it again for SVG. */
#include "view.h"

#define TITLE_MAX 200   /* characters of the title, as the plain label had */
#define SOURCES_MAX 6   /* sources named; the rest are counted */
#define SOURCE_LINE 110   /* characters per line of the sources */

static void put(dg_buf *b, const char *s, size_t n)
{
    if (!dg_buf_append(b, s, n))
        dg_oom(b->len + n);
}

/* User text for an HTML-like label: & < > " as entities, controls as
 * spaces, a backslash doubled (Graphviz expands \G, \N, \L in the text
 * of HTML-like labels too, and reads "\\" as one backslash), and a word
 * joiner between a backslash and a quote (gv.h, DG_GV_BACKSLASH_QUOTE); at
 * most max characters (0: no limit), cut with an ellipsis. */
void dg_html_text(dg_buf *b, const char *s, size_t max)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80 && max && ++chars > max) {
            put(b, "\xE2\x80\xA6", 3);
            return;
        }
        switch (*p) {
        case '&': put(b, "&amp;", 5); break;
        case '<': put(b, "&lt;", 4); break;
        case '>': put(b, "&gt;", 4); break;
        case '"': put(b, "&quot;", 6); break;
        case '\\':
            put(b, "\\\\", 2);
            if (p[1] == '"')
                put(b, DG_GV_WORD_JOINER, 3);
            break;
        default: put(b, *p < 0x20 || *p == 0x7F ? " " : (const char *)p, 1);
        }
    }
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* A view's name in the figure's language: "Relations view" for the
 * subtitle, "Relations" for a title; the view's own name for one this
 * table does not know. */
static const char *view_words(const dg_view_ctx *c, const char *view, bool title)
{
    /* TRANSLATORS: the views, as a figure's subtitle and (with no title
     * given) its title name them; the third is "the relations view" in a
     * figure's description, in lower case. */
    static const char *const names[][4] = {
        {"accreditation", N_("Accreditation view"), N_("Accreditation"),
         NC_("view", "accreditation")},
        {"memberships", N_("Memberships view"), N_("Memberships"), NC_("view", "memberships")},
        {"missions", N_("Missions view"), N_("Missions"), NC_("view", "missions")},
        {"relations", N_("Relations view"), N_("Relations"), NC_("view", "relations")}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(view, names[i][0]))
            return dg_tr(c->lang, names[i][title ? 2 : 1]);
    return view;
}

/* "Relations view · Belarus · as of 2010-01-01"; a diff's "... · what
 * changed from 1998 to 2001". */
static void subtitle(const dg_view_ctx *c, const char *view, dg_buf *b)
{
    char day[16] = "";
    if (c->at)
        dg_date_format(c->at, day, sizeof day);
    dg_html_text(b, view_words(c, view, false), 0);
    if (c->o->detail && !strcmp(view, "missions")) /* TRANSLATORS: "Missions view by city" */
        put(b, " ", 1), dg_html_text(b, dg_tr(c->lang, "by city"), 0);
    if (c->o->depth == 2 && !strcmp(view, "memberships"))
        put(b, ", ", 2), dg_html_text(b, dg_tr(c->lang, "depth 2"), 0);
    put(b, " \xC2\xB7 ", 4);
    if (c->focus != DG_NONE)
        dg_html_text(b, c->m->countries[c->focus].name, 60);
    else
        dg_html_text(b, dg_tr(c->lang, "all countries"), 0);
    put(b, " \xC2\xB7 ", 4);
    if (dg_date_set(&c->o->diff_from) && dg_date_set(&c->o->diff_to)) {
        char from[16], to[16]; /* a diff (render.c): both dates */
        dg_buf when = {0};
        dg_date_format(&c->o->diff_from, from, sizeof from);
        dg_date_format(&c->o->diff_to, to, sizeof to);
        dg_buf_printf(&when, dg_tr(c->lang, "what changed from %s to %s"), from, to);
        dg_html_text(b, when.data ? when.data : "", 0);
        dg_buf_free(&when);
    } else if (c->at) {
        dg_buf when = {0};
        dg_buf_printf(&when, dg_tr(c->lang, "as of %s"), day);
        dg_html_text(b, when.data ? when.data : "", 0);
        dg_buf_free(&when);
    } else {
        dg_html_text(b, dg_tr(c->lang, "as recorded"), 0);
    }
}

static bool same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Another cited source with the same title and publisher (two versions
 * of one article): the line then tells them apart by date or id. */
static bool has_twin(const dg_view_ctx *c, uint32_t i)
{
    const dg_source *s = &c->m->sources[i];
    for (uint32_t k = 0; k < c->m->n_sources; k++)
        if (k != i && c->cited[k] && same(s->title, c->m->sources[k].title) &&
            same(s->publisher, c->m->sources[k].publisher))
            return true;
    return false;
}

/* " (PUBLISHER, ACCESSED)": what follows a source's title. */
static void source_tail(const dg_view_ctx *c, uint32_t i, dg_buf *b)
{
    const dg_source *s = &c->m->sources[i];
    char day[16] = "";
    bool twin = has_twin(c, i);
    if (twin)
        dg_date_format(&s->accessed, day, sizeof day);
    if (!s->publisher && !twin)
        return;
    put(b, " (", 2);
    if (s->publisher)
        dg_html_text(b, s->publisher, 60);
    if (twin) {
        put(b, s->publisher ? ", " : "", s->publisher ? 2 : 0);
        dg_html_text(b, day[0] ? day : s->id, 40); /* ids are plain: escaped for safety */
    }
    put(b, ")", 1);
}

/* "Sources: TITLE (PUBLISHER); ...", broken into lines of about SOURCE_LINE
 * characters between sources; false when nothing drawn cites one. */
static bool sources(const dg_view_ctx *c, dg_buf *b)
{
    size_t n = 0, shown = 0, line = 9;
    for (uint32_t i = 0; c->cited && i < c->m->n_sources; i++)
        n += c->cited[i];
    if (!n)
        return false;
    /* TRANSLATORS: before the titles of the sources a figure draws from. */
    dg_html_text(b, n == 1 ? dg_tr(c->lang, "Source:") : dg_tr(c->lang, "Sources:"), 0);
    put(b, " ", 1);
    for (uint32_t i = 0; i < c->m->n_sources && shown < SOURCES_MAX; i++) {
        if (!c->cited[i])
            continue;
        const dg_source *s = &c->m->sources[i];
        const char *t = s->title ? s->title : s->id;
        size_t len = utf8_chars(t) + (s->publisher ? utf8_chars(s->publisher) + 3 : 0);
        if (shown++) {
            put(b, "; ", 2);
            if (line + len > SOURCE_LINE)
                put(b, "<BR ALIGN=\"LEFT\"/>", 18), line = 0;
        }
        dg_html_text(b, t, 120);
        source_tail(c, i, b);
        line += len + 2;
    }
    if (n > shown) { /* TRANSLATORS: after the sources named: "; and 3 more" */
        put(b, "; ", 2);
        dg_buf_printf(b, dg_tr(c->lang, "and %zu more"), n - shown);
    }
    return true;
}

void dg_caption(dg_view_ctx *c, const char *view)
{
    if (!c->title.len) { /* no title anywhere: name the view */
        const char *f = c->focus != DG_NONE ? c->m->countries[c->focus].name : NULL;
        /* TRANSLATORS: a figure's title when nothing gives one: "Relations of Belarus". */
        if (f)
            dg_buf_printf(&c->title, dg_tr(c->lang, "%s of %s"), view_words(c, view, true), f);
        else
            dg_buf_printf(&c->title, "%s", view_words(c, view, true));
    }
    dg_buf b = {0};
    dg_buf_printf(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">"
                      "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\" COLOR=\"" DG_C_INK "\">");
    dg_html_text(&b, c->title.data, TITLE_MAX);
    dg_buf_printf(&b, "</FONT></TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\" "
                      "COLOR=\"" DG_C_TEXT_4 "\">");
    subtitle(c, view, &b);
    dg_buf_printf(&b, "</FONT></TD></TR>");
    size_t mark = b.len;
    dg_buf_printf(&b, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" "
                      "COLOR=\"" DG_C_TEXT_5 "\">");
    if (sources(c, &b))
        dg_buf_printf(&b, "</FONT></TD></TR>");
    else
        b.len = mark;
    if (c->legend_html.len) /* our own words only (style.c) */
        dg_buf_printf(&b, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">%s</FONT></TD></TR>",
                      c->legend_html.data);
    /* A blank row: the caption does not touch the figure. */
    dg_buf_printf(&b, "<TR><TD> </TD></TR></TABLE>");
    char *h = agstrdup_html(c->g, b.data);
    agattr(c->g, AGRAPH, (char *)"label", h);
    agstrfree(c->g, h);
    agattr(c->g, AGRAPH, (char *)"labelloc", (char *)"t");
    agattr(c->g, AGRAPH, (char *)"labeljust", (char *)"l");
    dg_buf_free(&b);
}

static const char *qual(const dg_date *d)
{
    return d->qual == DG_QUAL_APPROX ? "~" : d->qual == DG_QUAL_UNCERTAIN ? "?" : d->qual ? "%" : "";
}

const char *dg_years_text(const dg_period *p, char *buf, size_t size)
{
    const dg_date *a = &p->start, *z = &p->end;
    buf[0] = '\0';
    if (dg_date_set(a) && dg_date_set(z))
        snprintf(buf, size, "%d%s\xE2\x80\x93%d%s", a->year, qual(a), z->year, qual(z));
    else if (dg_date_set(a))
        snprintf(buf, size, "%d%s\xE2\x80\x93", a->year, qual(a));
    else if (dg_date_set(z))
        snprintf(buf, size, "?\xE2\x80\x93%d%s", z->year, qual(z));
    return buf;
}
