/* export_json_v11.c — format 1.1's fields in `export -T json`: history,
 * heads, places, names, wikidata ids and continuity (`as`).  Every key is
 * present in every record (null or empty when absent), as in the rest of
 * the document; dates are written as export_json.c writes them
 * (dg_json_k_date). */
#include "export_json_v11.h"

static void k_names(dg_json *j, const dg_name *names, uint32_t n)
{
    dg_json_key(j, "names");
    dg_json_begin(j, '{', true);
    for (uint32_t i = 0; i < n; i++)
        dg_json_k_str(j, names[i].lang, names[i].name);
    dg_json_end(j);
}

enum hist_words { W_RELATION, W_MISSION, W_MEMBER };

static const char *status_word(enum hist_words w, int s)
{
    if (s < 0)
        return NULL;
    if (w == W_RELATION)
        return dg_rel_status_name((dg_rel_status)s);
    return w == W_MISSION ? dg_mission_status_name((dg_mission_status)s)
                          : dg_member_status_name((dg_member_status)s);
}

static void k_history(dg_json *j, const dg_model *m, const dg_change *h, uint32_t n,
                      enum hist_words w)
{
    dg_json_key(j, "history");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < n; i++) {
        dg_json_begin(j, '{', false);
        dg_json_k_date(j, "date", &h[i].date);
        dg_json_k_str(j, "status", status_word(w, h[i].status));
        if (w == W_RELATION)
            dg_json_k_str(j, "level",
                          h[i].level < 0 ? NULL : dg_rel_level_name((dg_rel_level)h[i].level));
        dg_json_note_sources(j, m, h[i].note, &h[i].cite);
        dg_json_end(j);
    }
    dg_json_end(j);
}

/* "as": the first holder of a taken-over record (seen from current, or
 * from other for a relation's second side), and every hand-over. */
static void k_as(dg_json *j, const dg_model *m, const dg_held_as *as, uint32_t n,
                 uint32_t current, uint32_t other)
{
    uint32_t first = n ? dg_held_first_as(as, n, current) : DG_NONE;
    if (first == DG_NONE && n && other != DG_NONE)
        first = dg_held_first_as(as, n, other);
    dg_json_k_str(j, "as", first == DG_NONE ? NULL : m->countries[first].id);
    dg_json_key(j, "handovers");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < n; i++) {
        dg_json_begin(j, '{', true);
        dg_json_k_str(j, "as", m->countries[as[i].as].id);
        dg_json_k_str(j, "by", m->countries[as[i].by].id);
        dg_json_key(j, "until");
        dg_json_date(j, &as[i].until);
        dg_json_end(j);
    }
    dg_json_end(j);
}

void dg_json_v11_country(dg_json *j, const dg_model *m, const dg_country *c)
{
    k_names(j, c->names, c->n_names);
    dg_json_k_str(j, "wikidata", c->wikidata);
    dg_json_k_str(j, "continues", c->continues == DG_NONE ? NULL : m->countries[c->continues].id);
    dg_json_k_date(j, "continues_since", &c->continued_on);
    dg_json_k_str(j, "continued_by",
          c->continued_by == DG_NONE ? NULL : m->countries[c->continued_by].id);
    dg_json_key(j, "succeeds");
    dg_json_begin(j, '[', true);
    for (uint32_t i = 0; i < c->n_succeeds; i++)
        dg_json_str(j, m->countries[c->succeeds[i]].id);
    dg_json_end(j);
}

void dg_json_v11_org(dg_json *j, const dg_org *o)
{
    k_names(j, o->names, o->n_names);
    dg_json_k_str(j, "wikidata", o->wikidata);
}

void dg_json_v11_member(dg_json *j, const dg_model *m, const dg_member *mem)
{
    k_history(j, m, mem->history, mem->n_history, W_MEMBER);
    uint32_t who = mem->who.kind == DG_ACTOR_COUNTRY ? mem->who.index : DG_NONE;
    k_as(j, m, mem->as, mem->n_as, who, DG_NONE);
}

void dg_json_v11_relation(dg_json *j, const dg_model *m, const dg_relation *r)
{
    dg_json_k_str(j, "b_type", r->b_kind == DG_ACTOR_ORG ? "organization" : "country");
    dg_json_k_str(j, "level", dg_rel_level_name((dg_rel_level)r->level));
    k_history(j, m, r->history, r->n_history, W_RELATION);
    k_as(j, m, r->as, r->n_as, r->a, r->b_kind == DG_ACTOR_ORG ? DG_NONE : r->b);
}

static void k_heads(dg_json *j, const dg_model *m, const dg_mission *mi)
{
    dg_json_key(j, "heads");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < mi->n_heads; i++) {
        const dg_head *h = &mi->heads[i];
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "name", h->name);
        dg_json_k_str(j, "title", h->title);
        dg_json_k_date(j, "since", &h->period.start);
        dg_json_k_date(j, "until", &h->period.end);
        dg_json_note_sources(j, m, h->note, &h->cite);
        dg_json_end(j);
    }
    dg_json_end(j);
}

void dg_json_v11_mission(dg_json *j, const dg_model *m, const dg_mission *mi)
{
    dg_json_k_str(j, "status", dg_mission_status_name((dg_mission_status)mi->status));
    k_history(j, m, mi->history, mi->n_history, W_MISSION);
    k_heads(j, m, mi);
    dg_json_k_str(j, "wikidata", mi->wikidata);
    dg_json_k_str(j, "place", mi->place == DG_NONE ? NULL : m->places[mi->place].name);
    uint32_t of = mi->of.kind == DG_ACTOR_COUNTRY ? mi->of.index : DG_NONE;
    k_as(j, m, mi->as, mi->n_as, of == DG_NONE ? mi->in : of, of == DG_NONE ? DG_NONE : mi->in);
}

void dg_json_v11_accred(dg_json *j, const dg_model *m, const dg_accreditation *a)
{
    k_as(j, m, a->as, a->n_as, a->to, DG_NONE);
}

void dg_json_v11_places(dg_json *j, const dg_model *m)
{
    dg_json_key(j, "places");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_places; i++) {
        const dg_place *p = &m->places[i];
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "name", p->name);
        dg_json_k_str(j, "country", m->countries[p->country].id);
        dg_json_key(j, "coords");
        if (p->has_coords) {
            dg_json_begin(j, '[', true);
            dg_json_num(j, p->lat);
            dg_json_num(j, p->lon);
            dg_json_end(j);
        } else {
            dg_json_null(j);
        }
        k_names(j, p->names, p->n_names);
        dg_json_k_str(j, "wikidata", p->wikidata);
        dg_json_note_sources(j, m, p->note, &p->cite);
        dg_json_end(j);
    }
    dg_json_end(j);
}
