/* vocab_v11.c — the words format 1.1 adds, and language tags. */
#include "internal.h"

const char *const dg_rel_level_names[] = {"embassy", "legation", "charge", "interests", "none",
                                          NULL};
const char *const dg_mission_status_names[] = {"open", "closed-to-public", "suspended", "closed",
                                               NULL};
/* History entries: a relation's status words without "none" (a pair that
 * had relations is not one that never had them), a member's with "left". */
const char *const dg_hist_rel_status_names[] = {"active", "strained", "suspended", "severed",
                                                NULL};
const char *const dg_hist_member_status_names[] = {
    "member", "observer", "candidate", "partner", "associate", "suspended", "left", NULL};

const char *dg_rel_level_name(dg_rel_level l)
{
    return (unsigned)l < DG_REL_LEVEL_COUNT ? dg_rel_level_names[l] : "?";
}

const char *dg_mission_status_name(dg_mission_status s)
{
    return (unsigned)s < DG_MISSION_STATUS_COUNT ? dg_mission_status_names[s] : "?";
}

static int lookup(const char *const *names, const char *w)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], w) == 0)
            return i;
    return -1;
}

int dg_rel_level_lookup(const char *w) { return lookup(dg_rel_level_names, w); }
int dg_mission_status_lookup(const char *w) { return lookup(dg_mission_status_names, w); }

/* ---- language tags ---- */

extern const char *const dg_iso639_1[]; /* generated: cmake/gen_iso639.cmake */
extern const unsigned dg_iso639_1_count;

static bool iso639_1(const char *code)
{
    unsigned lo = 0, hi = dg_iso639_1_count;
    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;
        int c = strcmp(dg_iso639_1[mid], code);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool dg_lang_valid(const char *tag)
{
    char lang[3];
    size_t n = strlen(tag);
    if (n != 2 && n != 5)
        return false;
    memcpy(lang, tag, 2);
    lang[2] = '\0';
    if (!iso639_1(lang))
        return false;
    if (n == 2)
        return true;
    /* A region is a current ISO 3166-1 alpha-2 code, written in capitals. */
    const char *region = tag + 3, *canon = NULL;
    bool former = true;
    return tag[2] == '-' && region[0] >= 'A' && region[0] <= 'Z' && region[1] >= 'A' &&
           region[1] <= 'Z' && dg_iso_lookup(region, &canon, &former) && !former &&
           !strcmp(canon, region);
}

const char *dg_name_for(const dg_name *names, uint32_t n, const char *lang)
{
    if (!lang)
        return NULL;
    const char *base = NULL;
    size_t ll = strlen(lang);
    for (uint32_t i = 0; i < n; i++) {
        if (!strcmp(names[i].lang, lang))
            return names[i].name;
        /* "pt-BR" asked, "pt" given: the language's own name will do. */
        if (ll > 2 && lang[2] == '-' && !strncmp(names[i].lang, lang, 2) && !names[i].lang[2])
            base = names[i].name;
    }
    return base;
}
