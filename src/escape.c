/* escape.c — text escaped for the formats the writers produce.  Runs of
 * bytes that need nothing are appended in one piece. */
#include "internal.h"

/* The escape for c in JSON, or NULL when c stands as it is. */
static const char *json_escape(unsigned char c, char u[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    default:
        if (c < 0x20 || c == 0x7F) {
            snprintf(u, 8, "\\u%04x", c);
            return u;
        }
        return NULL;
    }
}

bool dg_buf_put_json_string(dg_buf *b, const char *s)
{
    bool ok = dg_buf_append(b, "\"", 1);
    const char *run = s;
    char u[8];
    for (const char *c = s; ok && *c; c++) {
        const char *rep = json_escape((unsigned char)*c, u);
        if (!rep)
            continue;
        ok = dg_buf_append(b, run, (size_t)(c - run)) && dg_buf_append(b, rep, strlen(rep));
        run = c + 1;
    }
    return ok && dg_buf_append(b, run, strlen(run)) && dg_buf_append(b, "\"", 1);
}

/* The entity for c in XML; "" drops c; NULL: c stands as it is. */
static const char *xml_escape(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    default:
        /* The loader lets no other control character through; drop any
         * that might come from elsewhere rather than emit invalid XML. */
        return c < 0x20 && c != '\t' && c != '\n' ? "" : NULL;
    }
}

bool dg_buf_put_xml_text(dg_buf *b, const char *s)
{
    bool ok = true;
    const char *run = s;
    for (const char *c = s; ok && *c; c++) {
        const char *rep = xml_escape((unsigned char)*c);
        if (!rep)
            continue;
        ok = dg_buf_append(b, run, (size_t)(c - run)) && dg_buf_append(b, rep, strlen(rep));
        run = c + 1;
    }
    return ok && dg_buf_append(b, run, strlen(run));
}
