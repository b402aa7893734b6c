/* vocab.c — the words of format v1's vocabularies. */
#include "internal.h"

const char *const dg_org_kind_names[] = {
    "", "intergovernmental", "regional", "military", "economic", "financial", "forum", "other", NULL};
const char *const dg_member_status_names[] = {
    "member", "observer", "candidate", "partner", "associate", "suspended", NULL};
/* "none" is format 1.1's: a pair recorded to say it never had relations. */
const char *const dg_rel_status_names[] = {"active", "strained", "suspended", "severed", "none",
                                           NULL};
const char *const dg_mission_kind_names[] = {
    "embassy", "high-commission", "consulate-general", "consulate", "vice-consulate",
    "honorary-consulate", "embassy-office", "permanent-mission", "delegation",
    "liaison-office", "interests-section", "trade-office", "other", NULL};
static const char *const mission_plurals[] = {
    "embassies", "high commissions", "consulates-general", "consulates", "vice-consulates",
    "honorary consulates", "embassy offices", "permanent missions", "delegations",
    "liaison offices", "interests sections", "trade offices", "other missions", NULL};
const char *const dg_event_kind_names[] = {
    "agreement", "treaty", "visit", "meeting", "recognition", "expulsion", "recall",
    "sanction", "closure", "opening", "withdrawal", "accession", "other", NULL};

static int lookup(const char *const *names, const char *w, int first)
{
    for (int i = first; names[i]; i++)
        if (strcmp(names[i], w) == 0)
            return i;
    return -1;
}

#define NAME_FN(fn, type, table, count) \
    const char *fn(type v) { return (unsigned)v < (count) ? table[v] : "?"; }
NAME_FN(dg_org_kind_name, dg_org_kind, dg_org_kind_names, DG_ORG_KIND_COUNT)
NAME_FN(dg_rel_status_name, dg_rel_status, dg_rel_status_names, DG_REL_STATUS_COUNT_V11)
/* "left" is a word of membership history only (vocab_v11.c), so that a
 * member record cannot say it. */
const char *dg_member_status_name(dg_member_status v)
{
    if (v == (dg_member_status)DG_MEMBER_LEFT)
        return "left";
    return (unsigned)v < DG_MEMBER_STATUS_COUNT ? dg_member_status_names[v] : "?";
}
NAME_FN(dg_mission_kind_name, dg_mission_kind, dg_mission_kind_names, DG_MISSION_KIND_COUNT)
NAME_FN(dg_mission_kind_plural, dg_mission_kind, mission_plurals, DG_MISSION_KIND_COUNT)
NAME_FN(dg_event_kind_name, dg_event_kind, dg_event_kind_names, DG_EVENT_KIND_COUNT)

int dg_org_kind_lookup(const char *w) { return lookup(dg_org_kind_names, w, 1); }
int dg_member_status_lookup(const char *w) { return lookup(dg_member_status_names, w, 0); }
int dg_rel_status_lookup(const char *w) { return lookup(dg_rel_status_names, w, 0); }
int dg_mission_kind_lookup(const char *w) { return lookup(dg_mission_kind_names, w, 0); }
int dg_event_kind_lookup(const char *w) { return lookup(dg_event_kind_names, w, 0); }
