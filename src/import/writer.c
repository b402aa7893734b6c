/* writer.c — an imported data set as format-1.1 YAML.
 *
 * Deterministic: every section sorted (definitions and places by id or
 * name, relations by their pair, missions by id, accreditations by
 * country), numbers in their shortest exact form, every string plain only
 * when YAML reads it back as the same text. */
#include "import.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

/* ---- output ----
 * Running out of memory ends in dg_oom, as everywhere in the library, so
 * that a half-written data set is never returned as a whole one. */

static void put(dg_buf *o, const void *s, size_t n)
{
    if (!dg_buf_append(o, s, n))
        dg_oom(o->len + n);
}

__attribute__((format(printf, 2, 3))) static void putf(dg_buf *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(o, fmt, ap);
    va_end(ap);
    if (!ok)
        dg_oom(o->len);
}

/* ---- scalars ---- */

static bool special_word(const char *s)
{
    static const char *const words[] = {"null", "true", "false", "yes", "no", "on", "off", "y",
                                        "n", "~", NULL};
    char c = (char)(s[0] | 0x20);
    if (strchr("ntfyo~", c))
        for (int i = 0; words[i]; i++)
            if (imp_eq_ci(s, strlen(s), words[i]))
                return true;
    if (!((s[0] >= '0' && s[0] <= '9') || s[0] == '.' || s[0] == '-' || s[0] == '+'))
        return false;
    char *end;
    (void)strtod(s, &end); /* "1e3", "0x1F", ".5": numbers to other readers */
    return end != s && *end == '\0';
}

/* Can s be written plain in block context and read back unchanged? */
static bool plain_ok(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!u[0] || special_word(s))
        return false;
    bool first_ok = (u[0] >= 'A' && u[0] <= 'Z') || (u[0] >= 'a' && u[0] <= 'z') ||
                    (u[0] >= '0' && u[0] <= '9') || (u[0] >= 0x80 && u[0] != 0xC2);
    if (!first_ok)
        return false;
    for (size_t i = 0; u[i]; i++) {
        unsigned char c = u[i];
        if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            continue;
        if (!strchr(" .,'()/&+;!?$%*=~^_-", c))
            return false;
    }
    return u[strlen(s) - 1] != ' ';
}

bool imp_yaml_scalar(dg_buf *out, const char *s)
{
    if (plain_ok(s)) {
        put(out, s, strlen(s));
        return true;
    }
    /* A JSON string is a YAML double-quoted scalar of the same text. */
    if (!dg_buf_put_json_string(out, s))
        dg_oom(out->len);
    return true;
}

/* prefix, an id (always plain) and a line break. */
static void line(dg_buf *o, const char *prefix, const char *id)
{
    put(o, prefix, strlen(prefix));
    put(o, id, strlen(id));
    put(o, "\n", 1);
}

/* "<indent>key: value\n" for a string value (nothing when it is NULL). */
static void kv(dg_buf *o, int indent, const char *key, const char *v)
{
    if (!v)
        return;
    put(o, "          ", (size_t)indent);
    put(o, key, strlen(key));
    put(o, ": ", 2);
    imp_yaml_scalar(o, v);
    put(o, "\n", 1);
}

static void kv_date(dg_buf *o, int indent, const char *key, const dg_date *d)
{
    if (!dg_date_set(d))
        return;
    char buf[16];
    dg_date_format(d, buf, sizeof buf);
    put(o, "          ", (size_t)indent);
    put(o, key, strlen(key));
    put(o, ": ", 2);
    put(o, buf, strlen(buf));
    put(o, "\n", 1);
}

/* A number in plain decimal, at most six places (a tenth of a metre in
 * coordinates): "680", "53.9", never "6.8e+02". */
static void put_num(dg_buf *o, double v)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.6f", isfinite(v) ? v : 0.0);
    size_t n = strlen(buf);
    while (n > 1 && buf[n - 1] == '0')
        n--;
    if (buf[n - 1] == '.')
        n--;
    buf[n] = '\0';
    put(o, strcmp(buf, "-0") == 0 ? "0" : buf, strcmp(buf, "-0") == 0 ? 1 : n);
}

/* ---- sorting ---- */

static int cmp_str(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_rel(const void *a, const void *b, void *ctx)
{
    const imp_rel *x = a, *y = b;
    (void)ctx;
    int c = strcmp(x->a, y->a);
    return c ? c : strcmp(x->b, y->b);
}

static int cmp_mission(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    return strcmp((*(imp_mission *const *)a)->id, (*(imp_mission *const *)b)->id);
}

static int cmp_place(const void *a, const void *b, void *ctx)
{
    const imp_place *x = a, *y = b;
    (void)ctx;
    int c = strcmp(x->name, y->name);
    return c ? c : strcmp(x->country, y->country);
}

static int cmp_member(const void *a, const void *b, void *ctx)
{
    const imp_member *x = a, *y = b;
    (void)ctx;
    int c = strcmp(x->org, y->org);
    return c ? c : strcmp(x->who, y->who);
}

static int cmp_acc(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    return strcmp(((const imp_acc *)a)->to, ((const imp_acc *)b)->to);
}

/* ---- sections ---- */

static void write_head(imp_ds *ds, dg_buf *o)
{
    putf(o, "# Imported by dipgraph from %s; see the report for what it did not read.\n",
                  ds->input_name);
    put(o, "dipgraph: 1.1\n", 14);
    kv(o, 0, "title", ds->title);
    kv(o, 0, "focus", ds->focus);
    putf(o, "sources:\n  %s:\n", ds->src_id);
    kv(o, 4, "title", ds->src_title);
    kv(o, 4, "publisher", ds->src_publisher);
    kv(o, 4, "url", ds->src_url);
    kv(o, 4, "note", ds->src_note);
}

/* Entities defined by the importer (or named by the user's aliases). */
static const char *def_name(const char *id, const imp_entity **e)
{
    *e = imp_entity_of(id);
    return *e ? (*e)->name : id;
}

static void write_countries(imp_ds *ds, dg_buf *o)
{
    bool any = false;
    for (size_t i = 0; i < ds->n_defs; i++) {
        const imp_entity *e;
        const char *name = def_name(ds->defs[i], &e);
        if (e && e->kind == IMP_ORG)
            continue;
        if (!any)
            put(o, "countries:\n", 11);
        any = true;
        putf(o, "  %s:\n", ds->defs[i]);
        kv(o, 4, "name", name);
        kv(o, 4, "note", e ? e->note : "Named by the aliases given to the importer.");
        kv(o, 4, "source", ds->src_id);
    }
}

static void write_members(imp_ds *ds, dg_buf *o, const char *org)
{
    bool any = false;
    for (size_t i = 0; i < ds->n_members; i++) {
        if (strcmp(ds->members[i].org, org) != 0)
            continue;
        if (!any)
            put(o, "    members:\n", 13);
        any = true;
        putf(o, "      %s:\n", ds->members[i].who);
    }
}

static void write_orgs(imp_ds *ds, dg_buf *o)
{
    bool any = false;
    for (size_t i = 0; i < ds->n_defs; i++) {
        const imp_entity *e = imp_entity_of(ds->defs[i]);
        if (!e || e->kind != IMP_ORG)
            continue;
        if (!any)
            put(o, "organizations:\n", 15);
        any = true;
        putf(o, "  %s:\n", e->id);
        kv(o, 4, "name", e->name);
        kv(o, 4, "kind", dg_org_kind_name(e->org_kind));
        write_members(ds, o, e->id);
        kv(o, 4, "source", ds->src_id);
    }
}

static void write_places(imp_ds *ds, dg_buf *o)
{
    for (size_t i = 0; i < ds->n_places; i++) {
        const imp_place *p = &ds->places[i];
        if (i == 0)
            put(o, "places:\n", 8);
        /* YAML allows an implicit key of at most 1024 characters: a longer
         * name (never a city, but the input decides) is an explicit key. */
        bool long_key = strlen(p->name) > 500;
        put(o, long_key ? "  ? " : "  ", long_key ? 4 : 2);
        imp_yaml_scalar(o, p->name);
        put(o, long_key ? "\n  :\n" : ":\n", long_key ? 5 : 2);
        kv(o, 4, "country", p->country);
        if (p->has_coords) {
            put(o, "    coords: [", 13);
            put_num(o, p->lat);
            put(o, ", ", 2);
            put_num(o, p->lon);
            put(o, "]\n", 2);
        }
        kv(o, 4, "wikidata", p->wikidata);
        kv(o, 4, "note", p->note);
    }
}

static void write_relations(imp_ds *ds, dg_buf *o)
{
    for (size_t i = 0; i < ds->n_rels; i++) {
        const imp_rel *r = &ds->rels[i];
        if (i == 0)
            put(o, "relations:\n", 11);
        putf(o, "  - between: [%s, %s]\n", r->a, r->b);
        kv_date(o, 4, "recognized", &r->recognized);
        kv_date(o, 4, "established", &r->established);
        if (r->has_border) {
            put(o, "    border_km: ", 15);
            put_num(o, r->border_km);
            put(o, "\n", 1);
        }
        kv(o, 4, "note", r->note);
        kv(o, 4, "source", ds->src_id);
    }
}

static void write_accreditations(dg_buf *o, const imp_mission *m)
{
    if (!m->n_acc)
        return;
    put(o, "    accredited:\n", 16);
    for (uint32_t i = 0; i < m->n_acc; i++) {
        const imp_acc *a = &m->acc[i];
        if (!dg_date_set(&a->since) && !a->note) {
            line(o, "      - ", a->to);
            continue;
        }
        line(o, "      - to: ", a->to);
        kv_date(o, 8, "since", &a->since);
        kv(o, 8, "note", a->note);
    }
}

static void write_mission(imp_ds *ds, dg_buf *o, const imp_mission *m)
{
    if (m->explicit_id) {
        line(o, "  - id: ", m->id);
        line(o, "    of: ", m->of);
    } else {
        line(o, "  - of: ", m->of);
    }
    line(o, "    kind: ", dg_mission_kind_name(m->kind));
    kv(o, 4, "label", m->label);
    kv(o, 4, "city", m->city);
    line(o, "    in: ", m->in);
    if (m->to)
        line(o, "    to: ", m->to);
    kv_date(o, 4, "opened", &m->opened);
    kv_date(o, 4, "closed", &m->closed);
    if (dg_date_set(&m->public_closed)) {
        char d[16];
        dg_date_format(&m->public_closed, d, sizeof d);
        putf(o, "    history:\n      - date: %s\n        status: closed-to-public\n", d);
    }
    write_accreditations(o, m);
    if (m->wikidata)
        line(o, "    wikidata: ", m->wikidata);
    kv(o, 4, "note", m->note);
    line(o, "    source: ", ds->src_id);
}

/* Put every array in its written order; the missions' order (by id) is
 * returned as pointers, which are cheaper to sort than the records. */
static imp_mission **sort_all(imp_ds *ds)
{
    dg_sort_r(ds->defs, ds->n_defs, sizeof *ds->defs, cmp_str, NULL);
    dg_sort_r(ds->members, ds->n_members, sizeof *ds->members, cmp_member, NULL);
    dg_sort_r(ds->places, ds->n_places, sizeof *ds->places, cmp_place, NULL);
    dg_sort_r(ds->rels, ds->n_rels, sizeof *ds->rels, cmp_rel, NULL);
    imp_ds_assign_ids(ds);
    imp_mission **v = dg_xmalloc((ds->n_missions + 1) * sizeof *v);
    for (size_t i = 0; i < ds->n_missions; i++) {
        v[i] = &ds->missions[i];
        dg_sort_r(v[i]->acc, v[i]->n_acc, sizeof(imp_acc), cmp_acc, NULL);
    }
    dg_sort_r(v, ds->n_missions, sizeof *v, cmp_mission, NULL);
    return v;
}

bool imp_write_yaml(imp_ds *ds, dg_buf *out)
{
    imp_mission **order = sort_all(ds);
    write_head(ds, out);
    write_countries(ds, out);
    write_orgs(ds, out);
    write_places(ds, out);
    write_relations(ds, out);
    for (size_t i = 0; i < ds->n_missions; i++) {
        if (i == 0)
            put(out, "missions:\n", 10);
        write_mission(ds, out, order[i]);
    }
    free(order);
    return true;
}

bool imp_write_report(const imp_ds *ds, dg_buf *out)
{
    for (size_t i = 0; i < ds->n_report; i++) {
        const imp_report_item *r = &ds->report[i];
        putf(out, "%s:%u: %s: %s\n", ds->input_name, r->line, r->reason, r->text ? r->text : "");
    }
    return true;
}
