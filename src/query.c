/* STUB — replaced by the queries issue. */
#include "internal.h"
dg_rep_entry *dg_represent(const dg_model *m, uint32_t sender, uint32_t host,
                           const dg_date *at, size_t *n)
{
    (void)m; (void)sender; (void)host; (void)at;
    *n = 0;
    return NULL;
}
dg_hub *dg_hubs(const dg_model *m, uint32_t focus, const dg_date *at, size_t *n)
{
    (void)m; (void)focus; (void)at;
    *n = 0;
    return NULL;
}
