/* gv.h — the one Graphviz backend, for the views and the timeline alike:
 * one context, one capture of Graphviz's messages, one list of refused
 * formats, one render-to-memory call.
 *
 * libgvc calls exit(1) when it fails to write a file, so nothing here
 * lets it touch one: the bytes go to memory and dg_write_output (or the
 * caller) writes them.  cgraph is not thread-safe, and neither is this. */
#ifndef DG_GV_H
#define DG_GV_H

#include "internal.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* The process's Graphviz context (gv.c says why there is only one);
 * NULL when Graphviz cannot start.  Owned by this file, never freed. */
GVC_t *dg_gv_context(void);
/* A new graph whose objects get ids in creation order, so that nothing
 * in the output depends on memory addresses.  The caller agclose()s it. */
Agraph_t *dg_gv_open(const char *name, bool directed);

/* Can `format` (-T, with an optional ":renderer[:loadimage]") be written
 * to memory?  DG_OK, or DG_EUSAGE naming what is available: an unknown
 * format or renderer, an empty name, or a device that opens a window. */
dg_status dg_gv_check_format(const char *format, dg_error *err);
/* The same for a layout engine (-K, or layout= in -G). */
dg_status dg_gv_check_engine(const char *engine, dg_error *err);

/* Format families, by the part before any ':' (case-sensitive, as
 * Graphviz's own names are). */
bool dg_gv_format_is(const char *format, const char *name);
bool dg_gv_format_bitmap(const char *format); /* png, jpg, gif, ... */
bool dg_gv_format_cairo(const char *format);  /* the bitmaps and pdf */
/* dot, gv, canon: DOT text without drawing operations, which the views
 * write as built, without layout (xdot is laid out: it draws). */
bool dg_gv_format_dot(const char *format);

/* DG_GV_BACKSLASH_QUOTE: DOT strings have one escape, \" for a quote, and
 * Graphviz writes the text of a label into xdot's drawing operations
 * with quotes escaped but backslashes not; a label whose text holds a
 * backslash followed by a quote gives xdot that no parser reads back.
 * Label escapers put U+2060 WORD JOINER (invisible, zero width) between
 * the two, so every DOT we write parses again. */
#define DG_GV_WORD_JOINER "\xE2\x81\xA0"

/* For a bitmap format, set g's resolution: dpi (0 = DG_DPI_DEFAULT),
 * unless keep (the user set one).  DG_EUSAGE for a dpi out of range. */
dg_status dg_gv_set_dpi(Agraph_t *g, const char *format, int dpi, bool keep, dg_error *err);

/* Lay g out with job's engine and render it in job's format, appending
 * the bytes to out.  engine NULL: no layout, the graph as built, in DOT.  Graphviz's
 * errors become err (DG_EOUTPUT); its warnings go to the message handler
 * (dg_set_message_handler) unless flags has DG_GV_NO_WARNINGS, for a
 * caller whose own layout makes them noise (the timeline pins every
 * node's size, and Graphviz warns of labels it measures wider).  g stays
 * the caller's. */
enum { DG_GV_NO_WARNINGS = 1 };
typedef struct dg_gv_job {
    const char *engine; /* NULL: no layout, DOT as built */
    const char *format;
    unsigned flags;     /* DG_GV_* */
    const char *title;  /* the figure's title, for SVG's <title>; NULL: none */
    const char *desc;   /* one sentence of what it shows, for SVG's <desc> */
} dg_gv_job;
dg_status dg_gv_render(Agraph_t *g, const dg_gv_job *job, dg_buf *out, dg_error *err);

/* svg.c: make Graphviz's SVG (in svg, replaced in place) accessible: the
 * root gets role="img", job's title and desc as <title> and <desc>, and
 * every tooltip (xlink:title) becomes a <title> child too.  Nothing is
 * done without a title. */
dg_status dg_svg_accessible(dg_buf *svg, const dg_gv_job *job, dg_error *err);

#endif
