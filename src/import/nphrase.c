/* nphrase.c — the phrases mission sentences are made of: countries,
 * senders, kinds of mission and places. */
#include "notes.h"

/* ---- words ---- */

bool tk_is(const tok *t, const char *word)
{
    return t->kind != TK_PUNCT ? imp_eq_ci(t->p, t->n, word) : (t->n == 1 && word[0] == t->p[0] && !word[1]);
}

bool tk_in(const sent *s, size_t i, const char *const *words)
{
    if (i >= s->b)
        return false;
    for (int k = 0; words[k]; k++)
        if (tk_is(&s->t[i], words[k]))
            return true;
    return false;
}

size_t tk_find(const sent *s, size_t from, const char *word)
{
    for (size_t i = from; i < s->b; i++)
        if (tk_is(&s->t[i], word))
            return i;
    return s->b;
}

bool tk_cap(const tok *t)
{
    unsigned char c = (unsigned char)t->p[0];
    return t->kind == TK_WORD && ((c >= 'A' && c <= 'Z') || c >= 0xC3);
}

bool tk_mission_word(const sent *s, size_t from, size_t to)
{
    static const char *const stems[] = {"embass", "consul", "represent", "accredit",
                                        "nunciatur", "legation", "mission", NULL};
    static const char *const words[] = {"ambassador", "ambassadors", NULL};
    for (size_t i = from; i < to && i < s->b; i++) {
        const tok *t = &s->t[i];
        if (tk_in(s, i, words))
            return true;
        for (int k = 0; stems[k]; k++)
            if (imp_starts_ci(t->p, t->n, stems[k]))
                return true;
        if (imp_starts_ci(t->p, t->n, "commission") && i > from && tk_is(&s->t[i - 1], "high"))
            return true;
    }
    return false;
}

bool tk_date(const sent *s, size_t i, dg_date *d, size_t *next)
{
    if (i >= s->b)
        return false;
    const char *p = s->t[i].p, *end = s->t[s->b - 1].p + s->t[s->b - 1].n;
    size_t used;
    if (!imp_date_at(p, (size_t)(end - p), d, &used))
        return false;
    size_t j = i;
    while (j < s->b && s->t[j].p < p + used)
        j++;
    *next = j;
    return true;
}

const char *tk_text(const sent *s, size_t i, size_t j, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (i >= j || j > s->b)
        return buf;
    const char *p = s->t[i].p, *e = s->t[j - 1].p + s->t[j - 1].n;
    size_t n = (size_t)(e - p) < cap - 1 ? (size_t)(e - p) : cap - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
    return buf;
}

/* ---- countries and senders ---- */

static const char *lookup(const sent *s, size_t i, size_t j)
{
    char buf[200];
    return imp_ds_country(s->row->ds, tk_text(s, i, j, buf, sizeof buf));
}

/* "(Russia)", "(Russian)", "(Belarus)" after a name: the id inside. */
static const char *paren_country(const sent *s, size_t i, size_t *next)
{
    if (i + 2 >= s->b || !tk_is(&s->t[i], "("))
        return NULL;
    size_t close = tk_find(s, i + 1, ")");
    if (close >= s->b || close > i + 6)
        return NULL;
    const char *id = lookup(s, i + 1, close);
    if (!id && close == i + 2) {
        char buf[64];
        id = imp_demonym_id(tk_text(s, i + 1, close, buf, sizeof buf));
    }
    if (id)
        *next = close + 1;
    return id;
}

const char *ph_country(const sent *s, size_t i, size_t *next)
{
    if (i >= s->b || s->t[i].kind != TK_WORD || (!tk_cap(&s->t[i]) && !tk_is(&s->t[i], "the")))
        return NULL;
    size_t max = i + 6 < s->b ? i + 6 : s->b;
    for (size_t j = max; j > i; j--) {
        if (s->t[j - 1].kind != TK_WORD)
            continue;
        bool words = true;
        for (size_t k = i; k < j && words; k++)
            words = s->t[k].kind == TK_WORD;
        const char *id = words ? lookup(s, i, j) : NULL;
        if (!id)
            continue;
        size_t after = j;
        const char *inner = paren_country(s, j, &after);
        if (inner && strcmp(inner, id) == 0)
            j = after;
        *next = j;
        return id;
    }
    return NULL;
}

const char *ph_sender_adj(const sent *s, size_t i, size_t *next)
{
    char buf[64];
    if (i >= s->b || s->t[i].kind != TK_WORD)
        return NULL;
    /* "South African": two words first. */
    if (i + 1 < s->b && s->t[i + 1].kind == TK_WORD) {
        const char *id = imp_demonym_id(tk_text(s, i, i + 2, buf, sizeof buf));
        if (id) {
            *next = i + 2;
            return id;
        }
    }
    tk_text(s, i, i + 1, buf, sizeof buf);
    size_t n = strlen(buf);
    if (n > 2 && (strcmp(buf + n - 2, "'s") == 0 || strcmp(buf + n - 2, "s'") == 0))
        buf[n - 2] = '\0';
    const char *id = imp_demonym_id(buf);
    if (id) {
        *next = i + 1;
        return id;
    }
    if ((id = imp_ds_country(s->row->ds, buf)) != NULL) {
        *next = i + 1;
        return id;
    }
    return ph_country(s, i, next);
}

/* ---- kinds ---- */

typedef struct kind_words {
    const char *w[3];
    dg_mission_kind kind;
    const char *label;
} kind_words;

/* Longest first where one starts another. */
static const kind_words kinds[] = {
    {{"honorary", "consulate", "general"}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consulates", "general"}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consulate-general", NULL}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consulate", NULL}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consulates", NULL}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consul", NULL}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"honorary", "consuls", NULL}, DG_MK_HONORARY_CONSULATE, NULL},
    {{"consulate", "general", NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"consulates", "general", NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"consulate-general", NULL, NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"consulates-general", NULL, NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"general", "consulate", NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"general", "consulates", NULL}, DG_MK_CONSULATE_GENERAL, NULL},
    {{"vice", "consulate", NULL}, DG_MK_VICE_CONSULATE, NULL},
    {{"vice-consulate", NULL, NULL}, DG_MK_VICE_CONSULATE, NULL},
    {{"vice-consulates", NULL, NULL}, DG_MK_VICE_CONSULATE, NULL},
    {{"consulate", NULL, NULL}, DG_MK_CONSULATE, NULL},
    {{"consulates", NULL, NULL}, DG_MK_CONSULATE, NULL},
    {{"embassy", "office", NULL}, DG_MK_EMBASSY_OFFICE, NULL},
    {{"embassy", "branch", NULL}, DG_MK_EMBASSY_OFFICE, NULL},
    {{"embassy", "division", NULL}, DG_MK_EMBASSY_OFFICE, NULL},
    {{"branch", "office", NULL}, DG_MK_EMBASSY_OFFICE, NULL},
    {{"branch", "offices", NULL}, DG_MK_EMBASSY_OFFICE, NULL},
    {{"embassy", NULL, NULL}, DG_MK_EMBASSY, NULL},
    {{"embassies", NULL, NULL}, DG_MK_EMBASSY, NULL},
    {{"high", "commission", NULL}, DG_MK_HIGH_COMMISSION, NULL},
    {{"high", "commissions", NULL}, DG_MK_HIGH_COMMISSION, NULL},
    {{"liaison", "office", NULL}, DG_MK_LIAISON_OFFICE, NULL},
    {{"interests", "section", NULL}, DG_MK_INTERESTS_SECTION, NULL},
    {{"trade", "office", NULL}, DG_MK_TRADE_OFFICE, NULL},
    {{"trade", "mission", NULL}, DG_MK_TRADE_OFFICE, NULL},
    {{"trade", "representation", NULL}, DG_MK_TRADE_OFFICE, NULL},
    {{"permanent", "mission", NULL}, DG_MK_PERMANENT_MISSION, NULL},
    {{"delegation", NULL, NULL}, DG_MK_DELEGATION, NULL},
    {{"representative", "office", NULL}, DG_MK_OTHER, "representative office"},
    {{"apostolic", "nunciature", NULL}, DG_MK_EMBASSY, "apostolic nunciature"},
    {{"nunciature", NULL, NULL}, DG_MK_EMBASSY, "apostolic nunciature"},
    {{"legation", NULL, NULL}, DG_MK_EMBASSY, "legation"},
};

size_t ph_skip_quant(const sent *s, size_t i)
{
    static const char *const quant[] = {"a", "an", "its", "their", "his", "her", "the", "one", "two",
                                        "three", "four", "five", "several", "also", "it", "resident",
                                        "own", NULL};
    while (i < s->b && (tk_in(s, i, quant) || s->t[i].kind == TK_NUM))
        i++;
    return i;
}

bool ph_kind_at(const sent *s, size_t i, ph_kind *k, size_t *next)
{
    i = ph_skip_quant(s, i);
    memset(k, 0, sizeof *k);
    if (i < s->b && (tk_is(&s->t[i], "ambassador") || tk_is(&s->t[i], "ambassadors"))) {
        k->kind = DG_MK_EMBASSY;
        k->ambassador = true;
        *next = i + 1;
        return true;
    }
    for (size_t e = 0; e < sizeof kinds / sizeof *kinds; e++) {
        size_t j = i;
        int w = 0;
        while (w < 3 && kinds[e].w[w] && j < s->b && tk_is(&s->t[j], kinds[e].w[w])) {
            w++;
            j++;
        }
        if (w == 3 || !kinds[e].w[w]) {
            k->kind = kinds[e].kind;
            k->label = kinds[e].label;
            *next = j;
            return true;
        }
    }
    return false;
}

/* ---- places ---- */

static bool connector(const tok *t)
{
    static const char *const words[] = {"de", "del", "la", "le", "am", "an", "der", "di", "do", "da",
                                        "dos", "das", "es", "al", "el", "upon", "sur", "of", "on",
                                        "en", NULL};
    for (int k = 0; words[k]; k++)
        if (tk_is(t, words[k]))
            return true;
    return false;
}

/* The run of words a city name can be, from i: its end. */
static size_t city_run(const sent *s, size_t i)
{
    size_t j = i;
    while (j < s->b && j < i + 5) {
        const tok *t = &s->t[j];
        if (tk_cap(t)) {
            j++;
        } else if (j > i && connector(t) && j + 1 < s->b && tk_cap(&s->t[j + 1])) {
            j += 2;
        } else {
            break;
        }
    }
    return j;
}

/* ", Russia", "(Russia)", "(Russian)" and ", D.C." after a city. */
static size_t place_tail(const sent *s, size_t j, ph_place *p)
{
    size_t k;
    if (j + 1 < s->b && tk_is(&s->t[j], ",") && tk_is(&s->t[j + 1], "D.C")) {
        p->city = imp_ds_printf(s->row->ds, "%s, D.C.", p->city);
        j += 2;
        if (j + 1 < s->b && tk_is(&s->t[j], "."))
            j++; /* the abbreviation's own full stop, not the sentence's */
    }
    const char *id = NULL;
    if (j + 1 < s->b && tk_is(&s->t[j], ",") && (id = ph_country(s, j + 1, &k)) != NULL) {
        p->country = id;
        j = k;
    }
    if (!p->country && (id = paren_country(s, j, &k)) != NULL) {
        p->country = id;
        j = k;
    }
    return j;
}

bool ph_place_at(const sent *s, size_t i, ph_place *p, size_t *next)
{
    memset(p, 0, sizeof *p);
    if (i < s->b && tk_is(&s->t[i], "the") && !tk_cap(&s->t[i]))
        i++;
    size_t j, end = city_run(s, i);
    const char *id = ph_country(s, i, &j);
    if (id && j >= end) {
        p->country = id;
        p->country_only = true;
        *next = j;
        return true;
    }
    if (end == i)
        return false;
    char buf[200];
    size_t cut = end;
    if (!imp_city_country(tk_text(s, i, end, buf, sizeof buf)))
        for (size_t k = i + 1; k < end && !p->country; k++)
            if (tk_cap(&s->t[k]) && !connector(&s->t[k - 1]) && (id = ph_country(s, k, &j)) && j >= end) {
                p->country = id;
                cut = k;
                end = j;
            }
    p->city = imp_ds_strz(s->row->ds, tk_text(s, i, cut, buf, sizeof buf));
    *next = place_tail(s, end, p);
    return true;
}

/* Does what follows a separator at i start a new item of a list of
 * missions (an article, a number, a kind, a sentence of its own)? */
static bool new_item(const sent *s, size_t i)
{
    static const char *const starts[] = {"a", "an", "its", "their", "the", "which", "who", "where",
                                          "however", "but", "since", "while", "through", "via",
                                          "by", "also", NULL};
    ph_kind k;
    size_t j;
    return i >= s->b || tk_in(s, i, starts) || s->t[i].kind != TK_WORD ||
           ph_kind_at(s, i, &k, &j) || !tk_cap(&s->t[i]);
}

size_t ph_places(const sent *s, size_t i, ph_place *out, size_t max, size_t *next)
{
    size_t n = 0, j;
    if (!ph_place_at(s, i, &out[0], &j))
        return 0;
    n = 1;
    for (;;) {
        size_t k = j;
        if (k < s->b && tk_is(&s->t[k], ","))
            k++;
        if (k < s->b && tk_is(&s->t[k], "and"))
            k++;
        if (k == j || n == max || new_item(s, k) || !ph_place_at(s, k, &out[n], &k))
            break;
        n++;
        j = k;
    }
    *next = j;
    return n;
}

const char *ph_counterpart(const sent *s, const char *id)
{
    if (!id)
        return NULL;
    if (strcmp(id, s->row->focus) == 0)
        return s->row->other;
    if (strcmp(id, s->row->other) == 0)
        return s->row->focus;
    return NULL;
}
