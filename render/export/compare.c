/* compare.c — `dipgraph compare OLD NEW`: what two data sets agree on and
 * where they differ.
 *
 * Each data set becomes four sorted lists of records, one per kind
 * (relations, missions, accreditations, memberships).  A record is a KEY,
 * which says which thing it is (a relation's pair; a mission's sender,
 * host, city and kind; an accreditation's mission and country; a
 * membership's member and organization), and a VALUE, what the source
 * says of it (dates, status).  Merging two sorted lists gives what only
 * one side has, and what both have with the same or another value.
 * Matching by what a record is, never by its id, is what lets two
 * sources that name missions differently be compared. */
#include "internal.h"

#include <stdio.h>

enum { K_RELATIONS, K_MISSIONS, K_ACCREDITATIONS, K_MEMBERSHIPS, K_COUNT };
static const char *const kind_names[K_COUNT] = {"relations", "missions", "accreditations",
                                                 "memberships"};

typedef struct rec {
    const char *key, *value;
} rec;

typedef struct side {
    dg_arena *arena;
    rec *v[K_COUNT];
    size_t n[K_COUNT], cap[K_COUNT];
} side;

static void add(side *s, int k, const char *key, const char *value)
{
    *DG_PUSH(s->v[k], s->n[k], s->cap[k]) =
        (rec){dg_arena_strdup(s->arena, key), dg_arena_strdup(s->arena, value)};
}

/* "1992-03-26 to 2008", "1992", "" */
static void period_text(const dg_period *p, char *buf, size_t size)
{
    char a[16], b[16];
    dg_date_format(&p->start, a, sizeof a);
    dg_date_format(&p->end, b, sizeof b);
    snprintf(buf, size, "%s%s%s", a, b[0] ? " to " : "", b);
}

static bool holds(const dg_period *p, const dg_date *at)
{
    return !at || dg_period_holds(p, at);
}

static void relations(side *s, const dg_model *m, const dg_date *at)
{
    char key[64], val[96], per[40];
    for (uint32_t i = 0; i < m->n_relations; i++) {
        const dg_relation *r = &m->relations[i];
        if (!holds(&r->period, at))
            continue;
        snprintf(key, sizeof key, "%s-%s", m->countries[r->a].id, m->countries[r->b].id);
        period_text(&r->period, per, sizeof per);
        snprintf(val, sizeof val, "%s%s", per[0] ? "established " : "", per);
        if (r->status != DG_REL_ACTIVE)
            snprintf(val + strlen(val), sizeof val - strlen(val), "%s%s", val[0] ? ", " : "",
                     dg_rel_status_name(r->status));
        add(s, K_RELATIONS, key, val);
    }
}

/* SENDER kind in CITY, HOST (to ORG) — the identity of a mission. */
static void mission_key(const dg_model *m, const dg_mission *mi, char *buf, size_t size)
{
    snprintf(buf, size, "%s %s in %s, %s%s%s", dg_ref_id(m, mi->of), dg_mission_kind_name(mi->kind),
             mi->city ? mi->city : "(no city)", m->countries[mi->in].id,
             mi->to != DG_NONE ? " to " : "", mi->to != DG_NONE ? m->orgs[mi->to].id : "");
}

static void missions(side *s, const dg_model *m, const dg_date *at)
{
    char key[300], akey[340], val[64];
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!holds(&mi->period, at))
            continue;
        mission_key(m, mi, key, sizeof key);
        period_text(&mi->period, val, sizeof val);
        add(s, K_MISSIONS, key, val);
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            if (at && !dg_accreditation_holds(mi, a, at))
                continue;
            snprintf(akey, sizeof akey, "%s: %s", key, m->countries[a->to].id);
            period_text(&a->period, val, sizeof val);
            add(s, K_ACCREDITATIONS, akey, val);
        }
    }
}

static void memberships(side *s, const dg_model *m, const dg_date *at)
{
    char key[160], val[96], per[40];
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        for (uint32_t k = 0; k < o->n_members; k++) {
            const dg_member *mb = &o->members[k];
            if (!holds(&mb->period, at))
                continue;
            snprintf(key, sizeof key, "%s in %s", dg_ref_id(m, mb->who), o->id);
            period_text(&mb->period, per, sizeof per);
            snprintf(val, sizeof val, "%s%s%s", per,
                     mb->status != DG_MEMBER ? (per[0] ? ", " : "") : "",
                     mb->status != DG_MEMBER ? dg_member_status_name(mb->status) : "");
            add(s, K_MEMBERSHIPS, key, val);
        }
    }
}

static int rec_cmp(const void *a, const void *b)
{
    const rec *x = a, *y = b;
    int r = strcmp(x->key, y->key);
    return r ? r : strcmp(x->value, y->value);
}

static void side_build(side *s, const dg_model *m, const dg_date *at)
{
    s->arena = dg_arena_new();
    relations(s, m, at);
    missions(s, m, at);
    memberships(s, m, at);
    for (int k = 0; k < K_COUNT; k++)
        if (s->n[k] > 1)
            qsort(s->v[k], s->n[k], sizeof *s->v[k], rec_cmp);
}

static void side_free(side *s)
{
    for (int k = 0; k < K_COUNT; k++)
        free(s->v[k]);
    dg_arena_free(s->arena);
}

/* ---- the merge ---- */

typedef struct diff {
    size_t agree;
    rec *only_old, *only_new;
    rec *changed_old, *changed_new; /* pairs, same index */
    size_t n_old, n_new, n_changed, cap_old, cap_new, cap_changed, cap_changed2;
} diff;

/* Walk both sorted lists; equal keys are paired in order (a key that
 * stands twice on one side, two consulates in one city, pairs twice). */
static void merge(const rec *a, size_t na, const rec *b, size_t nb, diff *d)
{
    size_t i = 0, j = 0;
    while (i < na || j < nb) {
        int c = i == na ? 1 : j == nb ? -1 : strcmp(a[i].key, b[j].key);
        if (c < 0) {
            *DG_PUSH(d->only_old, d->n_old, d->cap_old) = a[i++];
        } else if (c > 0) {
            *DG_PUSH(d->only_new, d->n_new, d->cap_new) = b[j++];
        } else if (!strcmp(a[i].value, b[j].value)) {
            d->agree++, i++, j++;
        } else {
            size_t n = d->n_changed;
            *DG_PUSH(d->changed_old, d->n_changed, d->cap_changed) = a[i++];
            d->n_changed = n;
            *DG_PUSH(d->changed_new, d->n_changed, d->cap_changed2) = b[j++];
        }
    }
}

static void diff_free(diff *d)
{
    free(d->only_old);
    free(d->only_new);
    free(d->changed_old);
    free(d->changed_new);
}

/* ---- writing ---- */

static void text_kind(dg_buf *out, const char *name, const diff *d)
{
    dg_buf_printf(out, "%s: %zu the same, %zu differ, %zu only in OLD, %zu only in NEW\n", name,
                  d->agree, d->n_changed, d->n_old, d->n_new);
    for (size_t i = 0; i < d->n_changed; i++)
        dg_buf_printf(out, "  differ    %s: OLD %s; NEW %s\n", d->changed_old[i].key,
                      *d->changed_old[i].value ? d->changed_old[i].value : "(no date)",
                      *d->changed_new[i].value ? d->changed_new[i].value : "(no date)");
    for (size_t i = 0; i < d->n_old; i++)
        dg_buf_printf(out, "  only OLD  %s%s%s\n", d->only_old[i].key,
                      *d->only_old[i].value ? ": " : "", d->only_old[i].value);
    for (size_t i = 0; i < d->n_new; i++)
        dg_buf_printf(out, "  only NEW  %s%s%s\n", d->only_new[i].key,
                      *d->only_new[i].value ? ": " : "", d->only_new[i].value);
}

static void json_recs(dg_json *j, const char *key, const rec *v, size_t n)
{
    dg_json_key(j, key);
    dg_json_begin(j, '[', false);
    for (size_t i = 0; i < n; i++) {
        dg_json_begin(j, '{', true);
        dg_json_key(j, "record");
        dg_json_str(j, v[i].key);
        dg_json_key(j, "says");
        dg_json_str(j, v[i].value);
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void json_kind(dg_json *j, const char *name, const diff *d)
{
    dg_json_key(j, name);
    dg_json_begin(j, '{', false);
    dg_json_key(j, "same");
    dg_json_int(j, (long long)d->agree);
    dg_json_key(j, "differ");
    dg_json_begin(j, '[', false);
    for (size_t i = 0; i < d->n_changed; i++) {
        dg_json_begin(j, '{', true);
        dg_json_key(j, "record");
        dg_json_str(j, d->changed_old[i].key);
        dg_json_key(j, "old");
        dg_json_str(j, d->changed_old[i].value);
        dg_json_key(j, "new");
        dg_json_str(j, d->changed_new[i].value);
        dg_json_end(j);
    }
    dg_json_end(j);
    json_recs(j, "only_old", d->only_old, d->n_old);
    json_recs(j, "only_new", d->only_new, d->n_new);
    dg_json_end(j);
}

dg_status dg_compare(const dg_model *old, const dg_model *new_, const dg_compare_opts *o,
                     dg_buf *out, dg_error *err)
{
    const dg_date *at = o && dg_date_set(&o->at) ? &o->at : NULL;
    side a = {0}, b = {0};
    side_build(&a, old, at);
    side_build(&b, new_, at);
    diff d[K_COUNT] = {{0}};
    for (int k = 0; k < K_COUNT; k++)
        merge(a.v[k], a.n[k], b.v[k], b.n[k], &d[k]);
    dg_buf text = {0};
    bool ok = true;
    if (o && o->json) {
        dg_json j;
        dg_json_init(&j, &text);
        dg_json_begin(&j, '{', false);
        dg_json_key(&j, "at");
        dg_json_date(&j, at ? at : &(dg_date){0});
        for (int k = 0; k < K_COUNT; k++)
            json_kind(&j, kind_names[k], &d[k]);
        dg_json_end(&j);
        ok = dg_json_finish(&j);
    } else {
        for (int k = 0; k < K_COUNT; k++)
            text_kind(&text, kind_names[k], &d[k]);
    }
    ok = ok && (!text.len || dg_buf_append(out, text.data, text.len));
    for (int k = 0; k < K_COUNT; k++)
        diff_free(&d[k]);
    dg_buf_free(&text);
    side_free(&a);
    side_free(&b);
    return ok ? DG_OK : dg_error_set(err, DG_EOUTPUT, "out of memory");
}
