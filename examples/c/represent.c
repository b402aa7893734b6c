/* represent.c — how is one country represented in another?  A small
 * program over libdipgraph: load, check, query, print.
 *
 *   represent DATA.yaml SENDER HOST
 */
#include <dipgraph.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: represent DATA.yaml SENDER HOST\n");
        return 2;
    }
    dg_model *m = dg_model_new(NULL); /* default limits */
    if (!m)
        return 3;
    dg_model_load_file(m, argv[1]);
    if (dg_model_finish(m) != DG_OK) {
        dg_buf diags = {0}; /* "FILE:LINE:COL: error: ..." lines; ours to free */
        dg_model_diags_text(m, 100, &diags);
        fputs(diags.data ? diags.data : "", stderr); /* the library never prints */
        dg_buf_free(&diags);
        dg_model_free(m);
        return 1;
    }
    uint32_t sender = dg_country_find(m, argv[2]), host = dg_country_find(m, argv[3]);
    if (sender == DG_NONE || host == DG_NONE) {
        fprintf(stderr, "represent: unknown country\n");
        dg_model_free(m);
        return 1;
    }
    size_t n;
    dg_rep_entry *r = dg_represent(m, sender, host, NULL, &n); /* ours to free() */
    for (size_t i = 0; i < n; i++) {
        const dg_mission *mi = r[i].mission; /* owned by the model */
        printf("%s %s in %s, %s (%s)\n", m->countries[sender].name,
               dg_mission_kind_name(mi->kind), mi->city ? mi->city : "?",
               m->countries[mi->in].name, r[i].resident ? "resident" : "non-resident");
    }
    if (n == 0)
        printf("%s has no representation in %s\n", m->countries[sender].name,
               m->countries[host].name);
    free(r);
    dg_model_free(m);
    return 0;
}
