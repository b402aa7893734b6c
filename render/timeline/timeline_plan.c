/* timeline_plan.c — the plan of a timeline: its title and subtitle, the
 * groups of rows asked for (each built by its own file), and the sources
 * footer.  The building blocks the groups share are in timeline_rows.c,
 * which calls none of them. */
#include "timeline.h"

/* ---- the plan ---- */

static const char *focus_phrase(const tl_ctx *c)
{
    return c->focus == DG_NONE ? NULL : tl_country_name(c->m, c->focus);
}

/* The footer's items, one per source cited ("TITLE (PUBLISHER)"): the
 * layout names as many as fit and counts the rest, so that it is never
 * cut inside one. */
static void sources_footer(tl_ctx *c)
{
    const dg_model *m = c->m;
    tl_plan *p = c->p;
    tl_tip full = {.ok = true}, item = {.ok = true};
    size_t n = 0;
    for (uint32_t i = 0; i < m->n_sources; i++)
        n += c->cited[i];
    if (!n)
        return;
    p->source_items = dg_arena_alloc(p->arena, n * sizeof *p->source_items);
    for (uint32_t i = 0; i < m->n_sources; i++) {
        if (!c->cited[i])
            continue;
        const dg_source *s = &m->sources[i];
        const char *title = s->title ? s->title : s->id;
        tl_tip_add(&item, "%s", title);
        if (s->publisher)
            tl_tip_add(&item, " (%s)", s->publisher);
        p->source_items[p->n_source_items++] = tl_tip_done(p, &item);
        tl_tip_add(&full, "%s%s", p->n_source_items > 1 ? "\n" : "", title);
        if (s->publisher)
            tl_tip_add(&full, " (%s)", s->publisher);
        if (s->url)
            tl_tip_add(&full, " %s", s->url);
    }
    /* TRANSLATORS: the footer of a timeline, before its sources' titles. */
    p->sources = dg_tr(p->lang, "Sources:");
    p->sources_tip = tl_tip_done(p, &full);
    dg_buf_free(&item.b);
    dg_buf_free(&full.b);
}

/* "relations, missions and events", in the plan's arena. */
static const char *group_phrase(const tl_plan *p, const int *groups, size_t n)
{
    /* TRANSLATORS: what a timeline shows, listed in its subtitle
     * ("Belarus: relations, missions and events"). */
    static const char *const words[TL_G_COUNT] = {NC_("timeline rows", "relations"),
                                                  NC_("timeline rows", "missions"),
                                                  NC_("timeline rows", "memberships"),
                                                  NC_("timeline rows", "events"),
                                                  NC_("timeline rows", "heads of mission")};
    const char *list = "";
    for (size_t i = 0; i + 1 < n; i++)
        list = tl_fmt(p->arena, "%s%s%s", list, i ? ", " : "",
                      dg_trc(p->lang, "timeline rows", words[groups[i]]));
    const char *last = n ? dg_trc(p->lang, "timeline rows", words[groups[n - 1]]) : "";
    /* TRANSLATORS: the last two items of a list: "missions and events". */
    return n > 1 ? tl_fmt(p->arena, dg_tr(p->lang, "%s and %s"), list, last) : last;
}

void tl_plan_build(const dg_model *m, uint32_t focus, const int *groups, size_t ngroups,
                   const char *title, const char *lang, tl_plan *p)
{
    memset(p, 0, sizeof *p);
    p->arena = dg_arena_new();
    p->focus = focus;
    p->lang = lang;
    tl_ctx c = {m, p, focus, dg_xcalloc(m->n_sources + 1, sizeof(bool)),
                {.ok = true, .lang = lang}};
    p->title = title ? title : m->title ? m->title : dg_tr(lang, "Timeline");
    const char *who = focus_phrase(&c);
    const char *what = group_phrase(p, groups, ngroups);
    p->subtitle = who ? tl_fmt(p->arena, "%s: %s", who, what)
                      : tl_fmt(p->arena, dg_tr(lang, "All countries: %s"), what);
    for (size_t i = 0; i < ngroups; i++) {
        switch (groups[i]) {
        case TL_G_RELATIONS: tl_group_relations(&c); break;
        case TL_G_MISSIONS: tl_group_missions(&c); break;
        case TL_G_MEMBERSHIPS: tl_group_memberships(&c); break;
        case TL_G_HEADS: tl_group_heads(&c); break;
        default: tl_group_events(&c); break;
        }
    }
    sources_footer(&c);
    dg_buf_free(&c.t.b);
    free(c.cited);
}

void tl_plan_free(tl_plan *p)
{
    free(p->rows);
    free(p->spans);
    dg_arena_free(p->arena);
    memset(p, 0, sizeof *p);
}
