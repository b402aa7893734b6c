/* notes.h — the sentences of a table row's notes, shared by notes.c
 * (splitting and dispatch, facts), nmission.c (the mission sentences) and
 * nphrase.c (words, countries, places, kinds).  Calls go only that way:
 * notes.c -> nmission.c -> nphrase.c. */
#ifndef DG_IMPORT_NOTES_H
#define DG_IMPORT_NOTES_H

#include "import.h"

enum { TK_WORD, TK_NUM, TK_PUNCT };

/* A token: a slice of the sentence's text. */
typedef struct tok {
    const char *p;
    uint32_t n;
    uint8_t kind;
} tok;

/* One sentence being read. */
typedef struct sent {
    imp_row *row;
    const tok *t;
    size_t a, b;          /* its tokens: t[a, b) */
    const char *text;     /* its text, for the report and notes */
    size_t text_n;
    uint32_t line;
    dg_date lead;         /* "Since March 1993, ..." / "In 1994, ..." */
    bool lead_since;      /* the lead said "since" (else "in"/"on"/"as of") */
    imp_mission *last;    /* the last mission the sentence named (valid
                             until the next one is made) */
    int made;             /* missions and accreditations it gave */
    const char *why;      /* why (part of) it was not read, or NULL */
} sent;

/* ---- words (nphrase.c) ---- */

bool tk_is(const tok *t, const char *word);
/* Is t[i] (i < b) one of the words (NULL-terminated)? */
bool tk_in(const sent *s, size_t i, const char *const *words);
/* The first i in [from, s->b) where t[i] is word, or s->b. */
size_t tk_find(const sent *s, size_t from, const char *word);
bool tk_cap(const tok *t); /* starts with a capital (or a non-ASCII letter) */
/* Does t[from, to) hold a word naming a mission ("embassy", "consulate",
 * "represented", "accredited", "ambassador", ...)? */
bool tk_mission_word(const sent *s, size_t from, size_t to);
/* A date starting at token i: its value, and the token after it. */
bool tk_date(const sent *s, size_t i, dg_date *d, size_t *next);
/* The text of t[i, j) as a NUL-terminated string in buf. */
const char *tk_text(const sent *s, size_t i, size_t j, char *buf, size_t cap);

/* ---- phrases (nphrase.c) ---- */

/* The longest run of tokens at i (at most 6) naming a country, with any
 * "(...)" after it read too: "The Republic of Belarus (Belarus)".  Its
 * id, and *next after it; NULL when none. */
const char *ph_country(const sent *s, size_t i, size_t *next);
/* A demonym or a country name used as one ("Swiss", "Belarus"), with a
 * possessive "'s" allowed: id and *next. */
const char *ph_sender_adj(const sent *s, size_t i, size_t *next);

/* A kind of mission at i ("an embassy", "2 honorary consulates",
 * "Consulates General", "a general consulate", "a Branch office"),
 * articles and numbers included. */
typedef struct ph_kind {
    dg_mission_kind kind;
    const char *label; /* static text or NULL */
    bool ambassador;   /* "ambassador": an embassy, its head named */
} ph_kind;
bool ph_kind_at(const sent *s, size_t i, ph_kind *k, size_t *next);
/* Articles, numbers and "also" before a kind. */
size_t ph_skip_quant(const sent *s, size_t i);

/* A place: a city, maybe with its country ("Moscow, Russia", "Warsaw
 * (Poland)", "Seoul Republic of Korea (South Korea)"), or a country alone
 * ("in Belarus"). */
typedef struct ph_place {
    const char *city;    /* in the data set's arena, or NULL */
    const char *country; /* stated with it, or NULL */
    bool country_only;
} ph_place;
bool ph_place_at(const sent *s, size_t i, ph_place *p, size_t *next);
/* Places joined by ",", "and", ", and": at most max; stops before what
 * starts a new item of a list of missions. */
size_t ph_places(const sent *s, size_t i, ph_place *out, size_t max, size_t *next);

/* The other party of a row: the row's country for the article's, the
 * article's for the row's, NULL for any other. */
const char *ph_counterpart(const sent *s, const char *id);

/* ---- mission sentences (nmission.c) ---- */

/* Each returns false when the sentence is not of its shape; true when it
 * is (s->made and s->why then say how well it was read). */
bool nm_represented(sent *s);
bool nm_accredited_mission(sent *s);
bool nm_opened(sent *s);
bool nm_has(sent *s);

#endif
