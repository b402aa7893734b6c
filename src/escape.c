/* escape.c — text escaped for the formats the writers produce. */
#include "internal.h"

bool dg_buf_put_json_string(dg_buf *b, const char *s)
{
    bool ok = dg_buf_append(b, "\"", 1);
    for (const unsigned char *c = (const unsigned char *)s; ok && *c; c++) {
        const char *rep = NULL;
        char u[8];
        switch (*c) {
        case '"': rep = "\\\""; break;
        case '\\': rep = "\\\\"; break;
        case '\n': rep = "\\n"; break;
        case '\t': rep = "\\t"; break;
        case '\r': rep = "\\r"; break;
        default:
            if (*c < 0x20 || *c == 0x7F) {
                snprintf(u, sizeof u, "\\u%04x", *c);
                rep = u;
            }
        }
        ok = rep ? dg_buf_append(b, rep, strlen(rep)) : dg_buf_append(b, c, 1);
    }
    return ok && dg_buf_append(b, "\"", 1);
}

bool dg_buf_put_xml_text(dg_buf *b, const char *s)
{
    bool ok = true;
    for (const unsigned char *c = (const unsigned char *)s; ok && *c; c++) {
        switch (*c) {
        case '&': ok = dg_buf_append(b, "&amp;", 5); break;
        case '<': ok = dg_buf_append(b, "&lt;", 4); break;
        case '>': ok = dg_buf_append(b, "&gt;", 4); break;
        case '"': ok = dg_buf_append(b, "&quot;", 6); break;
        case '\'': ok = dg_buf_append(b, "&apos;", 6); break;
        default:
            /* The loader lets no other control character through; drop any
             * that might come from elsewhere rather than emit invalid XML. */
            if (*c >= 0x20 || *c == '\t' || *c == '\n')
                ok = dg_buf_append(b, c, 1);
        }
    }
    return ok;
}
