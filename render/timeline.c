/* STUB — replaced by the timeline issue. */
#include "internal.h"
dg_status dg_timeline(const dg_model *m, const dg_timeline_opts *o, dg_buf *out, dg_error *err)
{
    (void)m; (void)o; (void)out;
    return dg_error_set(err, DG_EOUTPUT, "not implemented");
}
