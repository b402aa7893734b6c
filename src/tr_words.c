/* tr_words.c — the format's vocabulary as the outputs show it in other
 * languages, and capital letters for translated words.
 *
 * Figures and answers print the data's own words (a relation "severed",
 * an organization "military", an event "visit"); in another language they
 * are looked up under a context naming the vocabulary, since one English
 * word can be two words elsewhere ("suspended" relations and membership).
 * This list is what xgettext reads (cmake/po.cmake), so that every word
 * of a vocabulary is in po/dipgraph.pot; tests check each is translated. */
#include "tr.h"

const dg_tr_word dg_tr_vocabulary[] = {
    /* TRANSLATORS: a relation's status, in tooltips: "Belarus – Poland: active". */
    {"relation status", NC_("relation status", "active")},
    {"relation status", NC_("relation status", "strained")},
    {"relation status", NC_("relation status", "suspended")},
    {"relation status", NC_("relation status", "severed")},
    {"relation status", NC_("relation status", "none")},
    /* TRANSLATORS: a relation's level of representation, in tooltips of its history. */
    {"relation level", NC_("relation level", "embassy")},
    {"relation level", NC_("relation level", "legation")},
    {"relation level", NC_("relation level", "charge")},
    {"relation level", NC_("relation level", "interests")},
    {"relation level", NC_("relation level", "none")},
    /* TRANSLATORS: a mission's state, in tooltips of its history. */
    {"mission status", NC_("mission status", "open")},
    {"mission status", NC_("mission status", "closed-to-public")},
    {"mission status", NC_("mission status", "suspended")},
    {"mission status", NC_("mission status", "closed")},
    /* TRANSLATORS: a country's status in an organization: "Belarus in CSTO: member". */
    {"membership status", NC_("membership status", "member")},
    {"membership status", NC_("membership status", "observer")},
    {"membership status", NC_("membership status", "candidate")},
    {"membership status", NC_("membership status", "partner")},
    {"membership status", NC_("membership status", "associate")},
    {"membership status", NC_("membership status", "suspended")},
    {"membership status", NC_("membership status", "left")},
    /* TRANSLATORS: what kind of organization: "CSTO (CSTO), military". */
    {"organization kind", NC_("organization kind", "intergovernmental")},
    {"organization kind", NC_("organization kind", "regional")},
    {"organization kind", NC_("organization kind", "military")},
    {"organization kind", NC_("organization kind", "economic")},
    {"organization kind", NC_("organization kind", "financial")},
    {"organization kind", NC_("organization kind", "forum")},
    {"organization kind", NC_("organization kind", "other")},
    /* TRANSLATORS: an event's kind, in tooltips: "1995-02-21 · visit". */
    {"event kind", NC_("event kind", "agreement")},
    {"event kind", NC_("event kind", "treaty")},
    {"event kind", NC_("event kind", "visit")},
    {"event kind", NC_("event kind", "meeting")},
    {"event kind", NC_("event kind", "recognition")},
    {"event kind", NC_("event kind", "expulsion")},
    {"event kind", NC_("event kind", "recall")},
    {"event kind", NC_("event kind", "sanction")},
    {"event kind", NC_("event kind", "closure")},
    {"event kind", NC_("event kind", "opening")},
    {"event kind", NC_("event kind", "withdrawal")},
    {"event kind", NC_("event kind", "accession")},
    {"event kind", NC_("event kind", "other")},
    {NULL, NULL}};

/* Countries' English common names that iso-codes' catalogs do not
 * translate in some language (it has only the ISO short name's, or none):
 * dipgraph's catalogs translate them under the context "country"
 * (dg_country_display_name looks there first).  The former countries'
 * names are those of the alias list (docs/names.md). */
const char *const dg_tr_country_names[] = {
    NC_("country", "Iran"), NC_("country", "Laos"), NC_("country", "Syria"),
    NC_("country", "Türkiye"), NC_("country", "Soviet Union"), NC_("country", "Yugoslavia"),
    NC_("country", "Czechoslovakia"), NC_("country", "East Germany"), NULL};

/* Latin and Cyrillic (Russian, Belarusian, Ukrainian, Serbian letters
 * included) have the same length in UTF-8 in both cases, so the first
 * letter changes in place. */
void dg_utf8_capitalize(char *s)
{
    unsigned char *p = (unsigned char *)s;
    if (p[0] >= 'a' && p[0] <= 'z') {
        p[0] = (unsigned char)(p[0] - 32);
    } else if (p[0] == 0xD0 && p[1] >= 0xB0 && p[1] <= 0xBF) { /* а..п */
        p[1] = (unsigned char)(p[1] - 0x20);
    } else if (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x8F) { /* р..я */
        p[0] = 0xD0;
        p[1] = (unsigned char)(p[1] + 0x20);
    } else if (p[0] == 0xD1 && p[1] >= 0x90 && p[1] <= 0x9F) { /* ѐ..џ: ё, і, ў, ... */
        p[0] = 0xD0;
        p[1] = (unsigned char)(p[1] - 0x10);
    }
}
