/* answer_relation.c — dg_answer_relation: the relation between A and B
 * (two countries, or a country and an organization), its state on a date
 * and its history, as text or one JSON object (docs/queries.md).  The
 * model answers (dg_relation_query); this file only words the answer. */
#include "answer.h"

typedef struct relq {
    const dg_model *m;
    const dg_answer_opts *o;
    dg_ans_subject a, b;
    dg_relation_answer ans;
} relq;

static dg_ref subject_ref(const dg_ans_subject *s)
{
    return s->org != DG_NONE ? (dg_ref){DG_ACTOR_ORG, s->org}
                             : (dg_ref){DG_ACTOR_COUNTRY, s->index};
}

static void json_sources(dg_json *j, const dg_model *m, const dg_cite *c)
{
    if (!c->n)
        return;
    dg_json_key(j, "sources");
    dg_json_begin(j, '[', true);
    for (uint32_t i = 0; i < c->n; i++)
        dg_json_str(j, m->sources[c->idx[i]].id);
    dg_json_end(j);
}

/* A history entry names only what it changes: the rest keeps. */
static void json_change(dg_json *j, const dg_model *m, const dg_change *c)
{
    dg_json_begin(j, '{', true);
    dg_json_key(j, "date"), dg_json_date(j, &c->date);
    if (c->status >= 0)
        dg_json_key(j, "status"), dg_json_str(j, dg_rel_status_name((dg_rel_status)c->status));
    if (c->level >= 0)
        dg_json_key(j, "level"), dg_json_str(j, dg_rel_level_name((dg_rel_level)c->level));
    if (c->note)
        dg_json_key(j, "note"), dg_json_str(j, c->note);
    json_sources(j, m, &c->cite);
    dg_json_end(j);
}

/* Fields of a recorded relation: state on at, dates, history. */
static void json_record(dg_json *j, const relq *q)
{
    const dg_relation *r = q->ans.rel;
    bool none = q->ans.status == (dg_rel_status)DG_REL_NONE;
    dg_json_key(j, "status"), dg_json_str(j, dg_rel_status_name(q->ans.status));
    /* A pair that never had relations has no level to speak of. */
    dg_json_key(j, "level");
    dg_json_str(j, none ? NULL : dg_rel_level_name(q->ans.level));
    dg_json_key(j, "as");
    dg_json_str(j, q->ans.as != DG_NONE ? q->m->countries[q->ans.as].id : NULL);
    if (q->ans.as_other != DG_NONE) /* only then: other answers stay as they were */
        dg_json_key(j, "as_other"), dg_json_str(j, q->m->countries[q->ans.as_other].id);
    dg_json_key(j, "established"), dg_json_date(j, &r->period.start);
    dg_json_key(j, "severed"), dg_json_date(j, &r->period.end);
    dg_json_key(j, "history");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < r->n_history; i++)
        json_change(j, q->m, &r->history[i]);
    dg_json_end(j);
    json_sources(j, q->m, &r->cite);
}

static void put_json(dg_ans_text *o, const relq *q)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "between");
    dg_json_begin(&j, '[', true);
    dg_json_str(&j, q->a.id);
    dg_json_str(&j, q->b.id);
    dg_json_end(&j);
    dg_ans_json_at(&j, &q->o->at);
    dg_json_key(&j, "holds");
    dg_json_bool(&j, q->ans.holds);
    if (q->ans.rel) {
        json_record(&j, q);
    } else { /* no relation recorded: an answer, not an error */
        dg_json_key(&j, "status"), dg_json_null(&j);
        dg_json_key(&j, "level"), dg_json_null(&j);
        dg_json_key(&j, "history");
        dg_json_begin(&j, '[', true);
        dg_json_end(&j);
    }
    dg_json_end(&j);
    o->ok = dg_json_finish(&j) && o->ok;
}

/* The history as a table: DATE STATUS LEVEL NOTE, "-" where an entry
 * leaves a field as it was. */
static void text_history(dg_ans_text *o, const relq *q)
{
    const dg_relation *r = q->ans.rel;
    const char *L = dg_out_lang(q->m, q->o->lang);
    /* TRANSLATORS: column headings of a relation's history (`dipgraph relation`). */
    static const char *const head[] = {N_("DATE"), N_("STATUS"), N_("LEVEL"), N_("NOTE")};
    dg_ans_table t;
    dg_ans_table_init(&t, 4);
    for (size_t i = 0; i < 4; i++)
        dg_ans_cell(&t, dg_tr(L, head[i]));
    for (uint32_t i = 0; i < r->n_history; i++) {
        const dg_change *c = &r->history[i];
        char d[16];
        dg_date_format(&c->date, d, sizeof d);
        dg_ans_cell(&t, d);
        dg_ans_cell(&t, c->status >= 0 ? dg_trc(L, "relation status",
                                                dg_rel_status_name((dg_rel_status)c->status))
                                       : "-");
        dg_ans_cell(&t, c->level >= 0 ? dg_trc(L, "relation level",
                                               dg_rel_level_name((dg_rel_level)c->level))
                                      : "-");
        dg_ans_cell(&t, c->note);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

/* "established 1879", "severed 2020", "held as Yugoslavia (YU)": one line
 * each, when known. */
static void text_facts(dg_ans_text *o, const relq *q)
{
    const dg_relation *r = q->ans.rel;
    const char *L = dg_out_lang(q->m, q->o->lang);
    char d[16];
    dg_date_format(&r->period.start, d, sizeof d);
    if (d[0])
        dg_ans_printf(o, dg_tr(L, "established %s"), d), dg_ans_printf(o, "\n");
    dg_date_format(&r->period.end, d, sizeof d);
    if (d[0])
        dg_ans_printf(o, dg_tr(L, "severed %s (ended)"), d), dg_ans_printf(o, "\n");
    if (q->ans.as != DG_NONE) {
        const dg_country *p = &q->m->countries[q->ans.as];
        dg_ans_printf(o, "%s ", dg_tr(L, "as"));
        dg_ans_put_name(o, p->name, p->id);
        if (q->ans.as_other != DG_NONE) {
            const dg_country *p2 = &q->m->countries[q->ans.as_other];
            dg_ans_printf(o, " %s ", dg_tr(L, "and"));
            dg_ans_put_name(o, p2->name, p2->id);
        }
        dg_ans_printf(o, ", %s\n", dg_tr(L, "taken over through continuity"));
    }
}

static void put_text(dg_ans_text *o, const relq *q)
{
    char at[64];
    const char *L = dg_out_lang(q->m, q->o->lang);
    dg_ans_at_phrase(L, &q->o->at, at, sizeof at);
    dg_ans_put_name(o, q->a.name, q->a.id);
    dg_ans_printf(o, " %s ", dg_tr(L, "and"));
    dg_ans_put_name(o, q->b.name, q->b.id);
    dg_ans_printf(o, "%s: ", at);
    if (!q->ans.rel) {
        dg_ans_printf(o, "%s\n", dg_tr(L, "no relation recorded"));
        return;
    }
    if (q->ans.status == (dg_rel_status)DG_REL_NONE)
        dg_ans_printf(o, "%s", dg_tr(L, "none (never had relations), does not hold"));
    else /* TRANSLATORS: "active, level embassy, holds": a relation's state. */
        dg_ans_printf(o, dg_tr(L, "%s, level %s, %s"),
                      dg_trc(L, "relation status", dg_rel_status_name(q->ans.status)),
                      dg_trc(L, "relation level", dg_rel_level_name(q->ans.level)),
                      q->ans.holds ? dg_tr(L, "holds") : dg_tr(L, "does not hold"));
    dg_ans_printf(o, "\n");
    text_facts(o, q);
    if (q->ans.rel->n_history)
        text_history(o, q);
}

dg_status dg_answer_relation(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                             dg_error *err)
{
    relq q = {m, o};
    dg_status st = dg_ans_subject_find(m, "a", o->a ? o->a : "", true, &q.a, err);
    if (st == DG_OK)
        st = dg_ans_subject_find(m, "b", o->b ? o->b : "", true, &q.b, err);
    if (st != DG_OK)
        return st;
    q.ans.as = q.ans.as_other = DG_NONE;
    /* A country the data set never mentions has no relations at all. */
    if (q.a.index != DG_NONE || q.a.org != DG_NONE)
        if (q.b.index != DG_NONE || q.b.org != DG_NONE)
            dg_relation_query(m, subject_ref(&q.a), subject_ref(&q.b), &o->at, &q.ans);
    /* Asked about the predecessor itself (DE YU): nothing was taken over
     * from the point of view of the question. */
    if (q.ans.as_other != DG_NONE && (q.ans.as_other == q.a.index || q.ans.as_other == q.b.index))
        q.ans.as_other = DG_NONE;
    if (q.ans.as != DG_NONE && (q.ans.as == q.a.index || q.ans.as == q.b.index))
        q.ans.as = q.ans.as_other, q.ans.as_other = DG_NONE;
    /* Both taken over: name them in the order the question names the parties. */
    if (q.ans.as_other != DG_NONE && q.ans.rel->a != q.a.index) {
        uint32_t t = q.ans.as;
        q.ans.as = q.ans.as_other, q.ans.as_other = t;
    }
    dg_ans_text t = {{0}, true};
    if (o->json)
        put_json(&t, &q);
    else
        put_text(&t, &q);
    return dg_ans_finish(&t, out, err);
}
