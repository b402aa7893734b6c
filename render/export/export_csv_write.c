/* export_csv_write.c — the CSV row writer of export_csv.h, RFC 4180: a
 * header row, CRLF after every record, a field quoted (quotes doubled)
 * when it holds a comma, a quote, CR or LF.  Lists (sources, actors) are
 * ids separated by single spaces: ids never contain one.
 *
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with =, +,
 * -, @, a tab or a CR as a formula (=HYPERLINK(...), =cmd|...).  Cells of
 * free text (names, capitals, cities, labels, titles, notes, URLs) that
 * begin so get a leading single quote, which spreadsheets show as text,
 * unless csv_raw asks for the text as it is.  Ids, codes, kinds, dates and
 * numbers never begin so, and are written as they are. */
#include "export_csv.h"

void dg_csv_field(dg_cw *w, const char *s)
{
    if (!w->ok)
        return;
    if (!w->first)
        w->ok = dg_buf_append(w->b, ",", 1);
    w->first = false;
    if (!s || !w->ok)
        return; /* absent: an empty field */
    if (!strpbrk(s, ",\"\r\n")) {
        w->ok = dg_buf_append(w->b, s, strlen(s));
        return;
    }
    w->ok = dg_buf_append(w->b, "\"", 1);
    for (const char *q; w->ok && (q = strchr(s, '"')); s = q + 1)
        w->ok = dg_buf_append(w->b, s, (size_t)(q - s + 1)) && dg_buf_append(w->b, "\"", 1);
    w->ok = w->ok && dg_buf_append(w->b, s, strlen(s)) && dg_buf_append(w->b, "\"", 1);
}

void dg_csv_text(dg_cw *w, const char *s)
{
    if (w->raw || !s || !s[0] || !strchr("=+-@\t\r", s[0])) {
        dg_csv_field(w, s);
        return;
    }
    dg_buf quoted = {0};
    if (!dg_buf_printf(&quoted, "'%s", s))
        w->ok = false;
    dg_csv_field(w, quoted.data);
    dg_buf_free(&quoted);
}

void dg_csv_end_row(dg_cw *w)
{
    if (w->ok)
        w->ok = dg_buf_append(w->b, "\r\n", 2);
    w->first = true;
}

void dg_csv_header(dg_cw *w, const char *const *names, const char *const *more)
{
    for (size_t i = 0; names[i]; i++)
        dg_csv_field(w, names[i]);
    for (size_t i = 0; more && more[i]; i++)
        dg_csv_field(w, more[i]);
    dg_csv_end_row(w);
}

void dg_csv_date(dg_cw *w, const dg_date *d)
{
    dg_date_cols c;
    dg_date_cols_make(d, &c);
    dg_csv_field(w, c.edtf[0] ? c.edtf : NULL), dg_csv_field(w, c.first[0] ? c.first : NULL);
    dg_csv_field(w, c.last[0] ? c.last : NULL), dg_csv_field(w, c.year[0] ? c.year : NULL);
}

void dg_csv_bool(dg_cw *w, bool v) { dg_csv_field(w, v ? "true" : "false"); }

void dg_csv_note_sources(dg_cw *w, const char *note, const dg_cite *c)
{
    dg_buf ids = {0};
    dg_csv_text(w, note);
    if (!dg_buf_put_cite_ids(&ids, w->sel->m, c))
        w->ok = false;
    dg_csv_field(w, ids.data);
    dg_buf_free(&ids);
}
