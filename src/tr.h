/* tr.h — dipgraph's own words in other languages (tr.c), inside the
 * library.  The words of figures and answers (legend entries, headings,
 * "today", the words of text answers) are looked up in the gettext
 * catalogs the project ships (po/LL.po, compiled to
 * LOCALE_DIR/LL/LC_MESSAGES/dipgraph.mo), read by the library itself: no
 * setlocale, no process-wide state of gettext's.  po/README.md says how to
 * add a language; docs/names.md how a language is chosen.
 *
 * Every string these return is the msgid itself or a translation owned by
 * the library, valid for the rest of the process: never free it. */
#ifndef DG_TR_H
#define DG_TR_H

#include "internal.h"

/* Marks a string for xgettext (po/dipgraph.pot) where it is translated
 * later, by a dg_tr of the string as stored: tables of words. */
#define N_(s) s
/* The same for a string with a context (dg_trc); expands to the msgid. */
#define NC_(ctx, s) s
/* The same for the two English forms of a counted word (dg_trn):
 * expands to both, for a table's row. */
#define NN_(one, many) one, many

/* The translation of msgid in lang (a locale name or list, as
 * dg_lang_resolve takes), else msgid itself. */
const char *dg_tr(const char *lang, const char *msgid) __attribute__((format_arg(2)));
/* The same for a msgid with a context, gettext's pgettext: the same
 * English word that two languages tell apart ("suspended" relations and
 * a "suspended" membership). */
const char *dg_trc(const char *lang, const char *context, const char *msgid)
    __attribute__((format_arg(3)));
/* The form for n of a word with plural forms, gettext's ngettext: the
 * language's Plural-Forms rule picks it; English: one for n == 1, else
 * many. */
const char *dg_trn(const char *lang, const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));

/* ---- the vocabulary, capitals (tr_words.c) ---- */

/* The format's words with their contexts ({"relation status", "active"},
 * ...), ending with {NULL, NULL}: the list xgettext reads, for tests. */
typedef struct dg_tr_word {
    const char *context, *word;
} dg_tr_word;
extern const dg_tr_word dg_tr_vocabulary[];
/* English country names dipgraph translates itself (context "country"),
 * NULL-terminated: those iso-codes' catalogs lack. */
extern const char *const dg_tr_country_names[];
/* The first letter of UTF-8 text in capitals, in place: Latin and
 * Cyrillic letters (whose two cases have the same length). */
void dg_utf8_capitalize(char *s);

/* ---- Plural-Forms (tr_plural.c) ---- */

/* The form index that a Plural-Forms expression ("n%10==1 && n%100!=11 ?
 * 0 : ...": C's arithmetic, comparisons, logic and ?: on n) gives for n.
 * False when expr is not such an expression (it is never run then). */
bool dg_plural_eval(const char *expr, unsigned long n, unsigned long *out);

/* Forget every catalog and allow dg_tr_set_locale_dir again (tests). */
void dg_tr_reset(void);

#endif
