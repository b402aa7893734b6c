/* testutil.h — helpers shared by the Check suites. */
#ifndef DG_TESTUTIL_H
#define DG_TESTUTIL_H
#include "dipgraph.h"
/* Load YAML text as one file named "t.yaml" and finish; never NULL. */
dg_model *tu_load_str(const char *yaml);
/* Load files (paths relative to tests/) and finish. */
dg_model *tu_load_files(const char *const *paths, size_t n);
/* The first diagnostic as "FILE:LINE:COL: error: MSG" (static buffer), or "". */
const char *tu_first_diag(const dg_model *m);
/* Read a whole file (relative to tests/ unless absolute); caller frees. */
char *tu_read(const char *path, size_t *len);
/* Path under tests/ (static buffer, rotates over 4). */
const char *tu_path(const char *rel);
/* Are iso-codes' Russian catalogs where the library looks?  If not, say
 * "SKIP TEST" on stderr and return false: the test then checks nothing. */
bool tu_have_iso_catalogs(const char *test);
#endif
