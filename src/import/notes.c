/* notes.c — a row's notes, sentence by sentence.
 *
 * A line of notes is split into tokens and the tokens into sentences
 * (at '.', '!', '?', ';' that end no abbreviation) and clauses ("...,
 * Pakistan maintains an embassy in Minsk" starts a clause of its own).
 * Each sentence goes to the mission shapes of nmission.c and to the
 * facts read here: recognition and establishment dates, shared
 * organizations, the length of a shared border.  A sentence that names a
 * mission and was not (wholly) read goes to the report and into the
 * relation's note: nothing is guessed silently. */
#include "notes.h"

#include <stdlib.h>

#define MAX_TOKS 512

/* ---- tokens ---- */

static bool letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static bool digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Inside a word: letters and digits, and '.', '\'', '-' between them
 * ("D.C", "People's", "Guinea-Bissau", "1992-03-26"). */
static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (letter(c) || digit(c)) {
            i++;
        } else if ((c == '.' || c == '\'' || c == '-') && i + 1 < n &&
                   (letter((unsigned char)s[i + 1]) || (c == '-' && digit((unsigned char)s[i + 1]))) &&
                   i > 0 && !(c == '.' && s[i + 1] == ' ')) {
            i++;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   (unsigned char)s[i + 2] == 0x99 && i + 3 < n && letter((unsigned char)s[i + 3])) {
            i += 3; /* "’" inside a word */
        } else {
            break;
        }
    }
    return i;
}

static size_t tokenize(const char *s, size_t n, tok *t, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < max;) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t') {
            i++;
            continue;
        }
        size_t e = letter(c) || digit(c) ? word_end(s, n, i) : i + 1;
        if (c >= 0x80 && e == i) /* a lone non-letter byte */
            e = i + 1;
        t[k].p = s + i;
        t[k].n = (uint32_t)(e - i);
        t[k].kind = digit(c) ? TK_NUM : letter(c) ? TK_WORD : TK_PUNCT;
        if (t[k].kind == TK_NUM)
            for (size_t j = i; j < e; j++)
                if (!digit((unsigned char)s[j]))
                    t[k].kind = TK_WORD; /* "1992-03-26", "2nd" */
        k++;
        i = e;
    }
    return k;
}

/* Does a full stop after t end no sentence? */
static bool abbreviation(const tok *t)
{
    static const char *const abbr[] = {"st", "mr", "mrs", "ms", "dr", "jr", "sr", "no", "vs", "jan",
                                       "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                       "oct", "nov", "dec", "gen", "col", "lt", "prof", "rev", "e.g",
                                       "i.e", "ca", "c", "approx", NULL};
    if (t->kind != TK_WORD)
        return false;
    if (memchr(t->p, '.', t->n) || (t->n == 1 && t->p[0] >= 'A' && t->p[0] <= 'Z'))
        return true;
    for (int i = 0; abbr[i]; i++)
        if (tk_is(t, abbr[i]))
            return true;
    return false;
}

static bool ends_sentence(const tok *t, size_t i, size_t n)
{
    const tok *x = &t[i];
    if (x->kind != TK_PUNCT || !strchr(".!?;", x->p[0]))
        return false;
    if (x->p[0] == '.' && i > 0 && abbreviation(&t[i - 1]) && i + 1 < n)
        return false;
    return i + 1 >= n || t[i + 1].kind != TK_WORD || tk_cap(&t[i + 1]) || x->p[0] == ';';
}

/* ---- lead phrases ---- */

/* "Since March 1993,", "In 1994,", "On 7 March 2008,", "As of 2010,". */
static void lead(sent *s)
{
    size_t i = s->a, j;
    bool since = tk_is(&s->t[i], "since");
    if (!(since || tk_is(&s->t[i], "in") || tk_is(&s->t[i], "on") || tk_is(&s->t[i], "from")))
        return;
    if (!tk_date(s, i + 1, &s->lead, &j)) {
        s->lead = (dg_date){0};
        return;
    }
    if (j < s->b && tk_is(&s->t[j], ","))
        j++;
    s->lead_since = since || tk_is(&s->t[i], "from");
    s->a = j;
}

/* ---- facts ---- */

static void set_rel_date(sent *s, dg_date *field, const dg_date *d, const char *what)
{
    imp_rel *r = s->row->rel;
    if (!dg_date_set(field)) {
        *field = *d;
    } else if (dg_date_cmp(field, d) != 0) {
        char a[16];
        dg_date_format(d, a, sizeof a);
        imp_note(s->row->ds, &r->note, "The article also gives %s %s (line %u).", what, a, s->line);
    }
}

/* The first date after token i. */
static bool date_after(sent *s, size_t i, dg_date *d)
{
    size_t next;
    for (size_t j = i + 1; j < s->b; j++)
        if (tk_date(s, j, d, &next))
            return true;
    return false;
}

/* "X recognised Belarus on 23 December 1991": recognized.  "... both
 * countries established diplomatic relations in February 1992": a date
 * for established, weighed against the table's (wikitext.c). */
static void fact_dates(sent *s)
{
    dg_date d;
    bool diplomatic = tk_find(s, s->a, "diplomatic") < s->b && tk_find(s, s->a, "relations") < s->b;
    for (size_t i = s->a; i < s->b; i++) {
        const tok *t = &s->t[i];
        if (imp_starts_ci(t->p, t->n, "recogni") && !dg_date_set(&s->row->rel->recognized) &&
            date_after(s, i, &d)) {
            set_rel_date(s, &s->row->rel->recognized, &d, "recognition");
        } else if (diplomatic && (imp_starts_ci(t->p, t->n, "establish") || tk_is(t, "began") ||
                                  tk_is(t, "started")) &&
                   !dg_date_set(&s->row->notes_established) && date_after(s, i, &d)) {
            s->row->notes_established = d;
        }
    }
}

/* "The countries share 171 km of common border." */
static void fact_border(sent *s)
{
    if (tk_find(s, s->a, "border") >= s->b)
        return;
    for (size_t i = s->a + 1; i < s->b; i++) {
        const tok *t = &s->t[i];
        if (!(tk_is(t, "km") || tk_is(t, "kilometres") || tk_is(t, "kilometers")))
            continue;
        double v = 0;
        size_t j = i;
        while (j > s->a && (s->t[j - 1].kind == TK_NUM || tk_is(&s->t[j - 1], ",")))
            j--;
        for (size_t k = j; k < i; k++)
            if (s->t[k].kind == TK_NUM)
                for (uint32_t c = 0; c < s->t[k].n; c++)
                    v = v * 10 + (s->t[k].p[c] - '0');
        if (j < i && v > 0 && v < 100000) {
            s->row->rel->has_border = true;
            s->row->rel->border_km = v;
        }
        return;
    }
}

/* An organization named at i (its longest name, with "(ABBR)" after it). */
static const char *org_at(const sent *s, size_t i, size_t *next)
{
    char buf[200];
    size_t max = i + 10 < s->b ? i + 10 : s->b;
    for (size_t j = max; j > i; j--) {
        const char *id = imp_org_id(tk_text(s, i, j, buf, sizeof buf));
        if (!id)
            continue;
        if (j + 2 < s->b && tk_is(&s->t[j], "(") && tk_is(&s->t[j + 2], ")"))
            j += 3;
        *next = j;
        return id;
    }
    return NULL;
}

/* What follows "members of": organizations, known or reported. */
static void org_list(sent *s, size_t i, const char *who[2])
{
    static const char *const skip[] = {",", "and", "of", "the", "as", "well", "both", NULL};
    static const char *const verbs[] = {"is", "are", "was", "were", "has", "have", NULL};
    while (i < s->b) {
        while (tk_in(s, i, skip))
            i++;
        if (i >= s->b || tk_is(&s->t[i], "."))
            return;
        size_t j;
        const char *org = org_at(s, i, &j);
        if (!org) {
            for (j = i; j < s->b && !tk_in(s, j, (const char *const[]){",", ";", ".", NULL}); j++)
                if (tk_in(s, j, verbs))
                    return;
            char buf[200];
            tk_text(s, i, j, buf, sizeof buf);
            imp_report(s->row->ds, s->line, "organization not known", buf, strlen(buf));
        } else {
            for (int k = 0; k < 2; k++)
                if (who[k])
                    imp_ds_member(s->row->ds, org, who[k]);
        }
        i = j;
    }
}

/* "Both countries are (full) members of ORG, ORG and ORG"; "X is a
 * member of ORG". */
static void fact_members(sent *s)
{
    size_t m = s->a;
    while (m < s->b && !tk_is(&s->t[m], "members") && !tk_is(&s->t[m], "member"))
        m++;
    if (m + 1 >= s->b || !tk_is(&s->t[m + 1], "of"))
        return;
    const char *who[2] = {NULL, NULL}, *id;
    size_t e;
    if (tk_is(&s->t[s->a], "both") || tk_is(&s->t[s->a + 1 < s->b ? s->a + 1 : s->a], "two")) {
        who[0] = s->row->focus;
        who[1] = s->row->other;
    } else if ((id = ph_country(s, s->a, &e)) != NULL && tk_in(s, e, (const char *const[]){"is", "was", NULL}) &&
               (strcmp(id, s->row->focus) == 0 || strcmp(id, s->row->other) == 0)) {
        who[0] = id;
    } else {
        return;
    }
    org_list(s, m + 2, who);
}

/* ---- sentences ---- */

static void not_read(sent *s, const char *why)
{
    imp_ds *ds = s->row->ds;
    imp_report(ds, s->line, why, s->text, s->text_n);
    int n = s->text_n > 600 ? 600 : (int)s->text_n;
    imp_note(ds, &s->row->rel->note, "Not read from the article (line %u): \"%.*s%s\".", s->line, n,
             s->text, (size_t)n < s->text_n ? "..." : "");
}

static void read_clause(sent *s)
{
    lead(s);
    if (s->a >= s->b || tk_is(&s->t[s->a], "see"))
        return;
    fact_dates(s);
    fact_border(s);
    fact_members(s);
    bool claimed = nm_represented(s) || nm_accredited_mission(s) || nm_opened(s) || nm_has(s);
    if (!claimed && tk_mission_word(s, s->a, s->b))
        s->why = "not understood";
    else if (claimed && !s->why && s->made == 0)
        s->why = "not understood";
    if (s->why)
        not_read(s, s->why);
}

static const char *const clause_verbs[] = {"has", "have", "maintains", "operates", "is", NULL};

/* A verb that starts what a clause says: "has", "maintains", "is
 * represented". */
static bool clause_verb(const sent *s, size_t v)
{
    return tk_in(s, v, clause_verbs) &&
           (!tk_is(&s->t[v], "is") || tk_is(&s->t[v + 1 < s->b ? v + 1 : v], "represented"));
}

/* A second subject and verb inside a sentence ("..., Pakistan maintains
 * an embassy in Minsk"): where its clause starts, or b.  Only after a
 * clause with a verb of its own: "Since 1995, X has ..." is one clause. */
static size_t next_clause(const sent *s, size_t from)
{
    size_t first = from;
    while (first < s->b && !clause_verb(s, first))
        first++;
    for (size_t v = first + 2; v < s->b; v++) {
        if (!clause_verb(s, v))
            continue;
        for (size_t w = v - 1; w > first + 1 && w + 6 >= v; w--) {
            size_t e;
            if (tk_in(s, w - 1, (const char *const[]){",", "and", NULL}) && ph_country(s, w, &e) &&
                e == v)
                return w;
        }
    }
    return s->b;
}

static void read_sentence(imp_row *row, const tok *t, size_t a, size_t b, uint32_t line)
{
    while (a < b) {
        sent probe = {.row = row, .t = t, .a = a, .b = b};
        size_t c = next_clause(&probe, a);
        size_t end = c < b ? c - 1 : b; /* drop the "," or "and" before it */
        sent s = {.row = row, .t = t, .a = a, .b = end, .line = line};
        if (end > a) {
            s.text = t[a].p;
            s.text_n = (size_t)(t[end - 1].p + t[end - 1].n - t[a].p);
            read_clause(&s);
        }
        a = c;
    }
}

void imp_notes_line(imp_row *row, const char *text, size_t n, uint32_t line)
{
    size_t i = 0;
    while (i < n && strchr("*#:; \t", text[i]))
        i++;
    if (i >= n)
        return;
    tok *t = dg_xmalloc((n - i + 1) * sizeof *t);
    size_t k = tokenize(text + i, n - i, t, n - i + 1);
    size_t a = 0;
    for (size_t j = 0; j < k; j++)
        if (ends_sentence(t, j, k)) {
            read_sentence(row, t, a, j, line);
            a = j + 1;
        }
    if (a < k)
        read_sentence(row, t, a, k, line);
    free(t);
}
