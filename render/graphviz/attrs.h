/* attrs.h — which Graphviz attributes -G/-N/-E may set (attrs.c).
 *
 * The functions themselves are public (dipgraph.h: dg_gv_check_attrs,
 * dg_gv_attr_allowed); this header gives the library and its tests the
 * lists behind them. */
#ifndef DG_GV_ATTRS_H
#define DG_GV_ATTRS_H

#include "internal.h"

/* The allow-list of layout and style attributes, NULL-terminated and
 * sorted (strcmp), as docs/cli.md lists it. */
extern const char *const dg_gv_allowed_attrs[];
/* Attributes refused by name with a reason of their own: their values go
 * into SVG unescaped, become links, or make Graphviz read files. */
extern const char *const dg_gv_refused_attrs[];

#endif
