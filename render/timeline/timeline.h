/* timeline.h — the pieces of `dipgraph timeline` (private to libdipgraph).
 *
 * Three stages, one file each:
 *   timeline_rows.c    the model -> a plan: groups of rows, each row a list
 *                      of spans in days (what to draw);
 *   timeline_layout.c  the plan -> a layout: boxes, markers and text in
 *                      points on a canvas, y downwards (where to draw it);
 *   timeline_draw.c    the layout -> a Graphviz graph whose nodes are pinned
 *                      at those points, rendered in memory to any format.
 * timeline.c ties them together (dg_timeline) and timeline_text.c measures
 * and cuts text.  The layout is plain data so that tests can compare it
 * with a golden dump (tl_dump) without going through Graphviz. */
#ifndef DG_TIMELINE_H
#define DG_TIMELINE_H

#include "internal.h"
#include "names_model.h"
#include "tr.h"

/* ---- the plan ----------------------------------------------------- */

enum tl_group { TL_G_RELATIONS, TL_G_MISSIONS, TL_G_MEMBERSHIPS, TL_G_EVENTS,
                TL_G_HEADS, /* format 1.1; not in `all`, which stays the four of v1 */
                TL_G_COUNT };

/* Colour classes; the drawing maps each to a colour and the legend names
 * it.  The legend lists only those the chart uses. */
typedef enum tl_style {
    TL_S_REL_ACTIVE, TL_S_REL_STRAINED, TL_S_REL_SUSPENDED, TL_S_REL_SEVERED,
    TL_S_MEMBER, TL_S_OBSERVER, TL_S_CANDIDATE, TL_S_PARTNER, TL_S_ASSOCIATE,
    TL_S_MEMBER_SUSPENDED,
    TL_S_ORG, /* an organization's own lifetime (memberships without a focus) */
    TL_S_MIS_EMBASSY, TL_S_MIS_CONSULAR, TL_S_MIS_HONORARY, TL_S_MIS_OTHER, TL_S_ACCRED,
    TL_S_EV_COOPERATION, TL_S_EV_CONFLICT, TL_S_EV_OTHER,
    TL_S_COUNT
} tl_style;

enum tl_span_kind {
    TL_SP_BAR,       /* a period: membership, relation, mission */
    TL_SP_THIN,      /* a thinner period: an accreditation */
    TL_SP_EVENT,     /* an event: a pill over the days its date covers */
    TL_SP_RECOGNIZED, /* a hollow marker: relations recognized */
    TL_SP_PIECE,      /* format 1.1: a stretch of history drawn over its bar */
    TL_SP_TICK,       /* format 1.1: a level change, a tick on the bar at d0 */
    TL_SP_HEAD,       /* format 1.1: a head of mission, label the name, on the bar */
    TL_SP_HELD        /* format 1.1: held as a predecessor (continuity), label "as X";
                         drawn over the row's bars by tl_held_draw */
};

/* Span flags. */
enum {
    TL_F_START_FUZZY = 1, /* start date approximate or uncertain (~ ? %) */
    TL_F_END_FUZZY = 2,
    TL_F_NO_START = 4, /* "since an unknown time": d0 is only a lower bound */
    TL_F_OPEN = 8,     /* "still so": no end */
    TL_F_ESTABLISHED = 16, /* a filled marker at the start (relations) */
    TL_F_GAP = 32,    /* pieces: the bar broken (severed, not operating) */
    TL_F_PUBLIC = 64, /* pieces: a mission closed to the public (pale, dashed) */
    TL_F_KNOWN = 128, /* bars of unknown start: d2 is a day the record certainly held
                         (its first hand-over, a dated accreditation or head): the
                         "start not recorded" fade ends there at the latest */
};

#define TL_DAY_MIN INT32_MIN /* d0 of a span with no known lower bound */

typedef struct tl_span {
    int32_t d0, d1;    /* first day and the day after the last (d1 unused when open) */
    int32_t d2;        /* bars with TL_F_KNOWN: see there; heads: the day the next
                          head of the mission starts (INT32_MAX: none), where the
                          name's room ends */
    uint8_t kind;      /* tl_span_kind */
    uint8_t style;     /* tl_style */
    uint8_t flags;
    const char *label; /* events: the title; else NULL */
    const char *tip;   /* tooltip (plain text, '\n' between lines) */
} tl_span;

enum tl_row_kind {
    TL_R_HEADING,    /* a group heading: "Memberships" */
    TL_R_SUBHEADING, /* "Missions of Belarus" */
    TL_R_ROW,        /* a row of bars */
    TL_R_SUB,        /* a thinner row under the one before (accreditations) */
    TL_R_LANE,       /* an event lane (stacked by the layout) */
    TL_R_NOTE,       /* a line of grey text: "and 12 more" / "none" */
};

typedef struct tl_row {
    uint8_t kind;      /* tl_row_kind */
    const char *label; /* row label (may be cut by the layout) */
    const char *tip;   /* tooltip of the label, or NULL */
    size_t span0, nspans;
} tl_row;

typedef struct tl_plan {
    tl_row *rows;
    size_t nrows, rcap;
    tl_span *spans;
    size_t nspans, scap;
    int32_t lo, hi;    /* earliest first day and latest last day of any date drawn */
    bool any_date, any_open;
    uint32_t focus;    /* country index or DG_NONE */
    const char *title, *subtitle;
    const char *sources; /* "Sources:" before the footer's items, or NULL */
    const char **source_items; /* "TITLE (PUBLISHER)", one per source cited */
    size_t n_source_items;
    const char *sources_tip;
    dg_arena *arena;   /* every string above */
    const char *lang;  /* the language of the chart's own words (dg_tr) */
} tl_plan;

/* Which row kinds, in the order given; "relations,events" and the like.
 * Returns the count, or 0 after filling err (DG_EUSAGE). */
size_t tl_parse_rows(const char *rows, bool have_focus, int out[TL_G_COUNT], dg_error *err);

/* Build the plan of the groups asked for, its words in lang.  Never fails
 * (memory aside). */
void tl_plan_build(const dg_model *m, uint32_t focus, const int *groups, size_t ngroups,
                   const char *title, const char *lang, tl_plan *p);
void tl_plan_free(tl_plan *p);

/* ---- building the plan (timeline_rows.c, timeline_groups.c) ---------- */

/* A tooltip under construction; ok turns false when memory runs out. */
typedef struct tl_tip {
    dg_buf b;
    bool ok;
    const char *lang; /* of the words tl_tip_cite and tl_tip_period add */
} tl_tip;

/* Rows are sorted by section, first known day (undated last), label, then
 * model index and sub-index: the input's order never shows. */
typedef struct tl_entry {
    int section;
    int32_t key;
    const char *label;
    uint32_t idx, sub;
} tl_entry;

typedef struct tl_ctx {
    const dg_model *m;
    tl_plan *p;
    uint32_t focus;
    bool *cited; /* per source: cited by a record in the plan */
    tl_tip t;    /* scratch tooltip */
} tl_ctx;

tl_row *tl_add_row(tl_plan *p, int kind, const char *label, const char *tip);
/* A span appended to the last row. */
tl_span *tl_add_span(tl_plan *p, int kind, int style);
void tl_note_day(tl_plan *p, int32_t first, int32_t last);
/* A bar of unknown start certainly held on day (TL_F_KNOWN): the earliest
 * such day counts; nothing for a bar whose start is known. */
void tl_span_known(tl_plan *p, tl_span *s, int32_t day);
/* d0/d1/flags of s from a period; lower is the earliest day a period of
 * unknown start may have begun (TL_DAY_MIN: no bound known). */
void tl_span_period(tl_plan *p, tl_span *s, const dg_period *per, int32_t lower);
void tl_tip_add(tl_tip *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "\nLABELtext", the text cut at about max bytes. */
void tl_tip_text(tl_tip *t, const char *label, const char *s, size_t max);
void tl_tip_cite(tl_tip *t, const dg_model *m, const dg_cite *c, bool *cited);
void tl_tip_period(tl_tip *t, const char *from_word, const char *to_word, const dg_period *p,
                   const char *open_text);
/* The text so far, copied into the plan's arena; the tip starts afresh. */
const char *tl_tip_done(tl_plan *p, tl_tip *t);
/* Unknown starts (docs/timeline.md): a record with no start began no
 * earlier than what the data says came first — its relation's
 * establishment, its organization's founding, its countries' own start.
 * tl_later: the later of lower and the first day of d (unset d: lower);
 * tl_relation_begun: the first day of the relation between x and y
 * (established, else recognized), or TL_DAY_MIN. */
int32_t tl_later(int32_t lower, const dg_date *d);
int32_t tl_relation_begun(const dg_model *m, dg_ref x, dg_ref y);
int tl_entry_cmp(const void *a, const void *b);
int32_t tl_sort_key(const dg_period *p);
const char *tl_country_name(const dg_model *m, uint32_t c);
/* A relation's second party: a country, or an organization (format 1.1's
 * dg_model.org_relations, b_kind DG_ACTOR_ORG). */
const char *tl_rel_b_name(const dg_model *m, const dg_relation *r);
/* A group's heading row: focused (a format with one %s, the focus
 * country's name) when the chart has a focus, else plain. */
void tl_heading(tl_ctx *c, const char *focused, const char *plain)
    __attribute__((format(printf, 2, 0)));

void tl_group_relations(tl_ctx *c);
void tl_group_missions(tl_ctx *c);
void tl_group_memberships(tl_ctx *c);
void tl_group_events(tl_ctx *c);
/* Format 1.1 (timeline_history.c): the history of the record whose bar is
 * the plan's last span, as pieces and ticks on the same row. */
void tl_history_relation(tl_ctx *c, const dg_relation *r);
void tl_history_mission(tl_ctx *c, const dg_mission *mi);
/* who: "Serbia in United Nations", the head of each piece's tooltip. */
void tl_history_membership(tl_ctx *c, const dg_member *mb, const char *who);
/* --rows heads: a row per head of the focus's missions and of those in it. */
void tl_group_heads(tl_ctx *c);
/* Continuity (timeline_held.c): the stretches of the row's last bar that
 * `current` held as a predecessor, one per link of its chain in as.
 * tl_held_holder: the country whose start bounds a taken-over record of
 * unknown start (its first holder), else current. */
void tl_held_plan(tl_ctx *c, const dg_held_as *as, uint32_t n_as, uint32_t current);
uint32_t tl_held_holder(const dg_held_as *as, uint32_t n_as, uint32_t current);
/* The first dated hand-over of current's chain (the day the record was
 * certainly held), or INT32_MAX. */
int32_t tl_held_first_day(const dg_held_as *as, uint32_t n_as, uint32_t current);

/* ---- the layout --------------------------------------------------- */

enum tl_item_kind {
    TL_I_RECT,    /* a filled rectangle: background, rule, grid line, tick */
    TL_I_BAR,     /* a bar: filled with its style's colour */
    TL_I_FADE,    /* a bar segment fading in (just 'l': from the left) or out ('r') */
    TL_I_PILL,    /* an event marker */
    TL_I_DIAMOND, /* relations established (filled) / recognized (hollow: flag) */
    TL_I_ARROW,   /* "continues": just 'l' points left, 'r' right */
    TL_I_TEXT,    /* text in a box; just l/c/r; lines split at '\n' */
    TL_I_LINE,    /* the "today" line */
};

/* Text classes: font size, weight and colour. */
enum tl_font { TL_T_TITLE, TL_T_SUBTITLE, TL_T_HEADING, TL_T_SUBHEADING, TL_T_LABEL,
               TL_T_SUBLABEL, TL_T_EVENT, TL_T_EVENT_IN, TL_T_AXIS, TL_T_LEGEND,
               TL_T_LEGEND_HEAD, TL_T_NOTE, TL_T_HELD /* dark text on a tint */, TL_T_COUNT };

/* Colours of the chart's furniture, besides the tl_style ones. */
enum tl_paint { TL_P_NONE, TL_P_ZEBRA, TL_P_GRID, TL_P_AXIS, TL_P_RULE, TL_P_HIST, TL_P_COUNT };

enum { TL_HOLLOW = 1, TL_DASHED = 2, TL_LIGHT = 4 /* held as a predecessor: a tint */ };

typedef struct tl_item {
    uint8_t kind;  /* tl_item_kind */
    uint8_t style; /* tl_style for bars, pills, diamonds, arrows, fades */
    uint8_t paint; /* tl_paint for rectangles */
    uint8_t font;  /* tl_font for text */
    char just;     /* 'l', 'c', 'r' */
    uint8_t flags; /* TL_HOLLOW, TL_DASHED */
    uint8_t layer; /* drawing order: lower first */
    double x, y, w, h; /* top-left corner and size, points, y downwards */
    const char *text;  /* TL_I_TEXT */
    const char *tip;   /* tooltip or NULL */
} tl_item;

typedef struct tl_layout {
    tl_item *items;
    size_t n, cap;
    double width, height;
    int32_t from, to;  /* the days shown: [from, to) */
    double plot_x, plot_w; /* where they are: day from at plot_x, to at plot_x + plot_w */
    dg_arena *arena;   /* strings the layout made (cut labels, legend) */
    dg_arena *plan_arena; /* the plan's strings (tooltips, titles), kept */
    const char *title, *subtitle; /* the plan's, for SVG's <title> and <desc> */
    const char *lang;  /* the plan's: the words of <desc> */
} tl_layout;

/* Lay the plan out over the days [from, to), today marked when inside. */
void tl_layout_build(const tl_plan *p, int32_t from, int32_t to, int32_t today, tl_layout *L);
void tl_layout_free(tl_layout *L);
/* One line per item, for golden tests and debugging; false on no memory. */
bool tl_dump(const tl_layout *L, dg_buf *out);

/* ---- inside the layout (timeline_layout.c, _lanes.c, _legend.c) ------ */

#define TL_MARGIN 18.0 /* blank space around the chart, points */

/* Legend entries that are not colours. */
enum { TL_M_FUZZY = 1, TL_M_NOSTART = 2, TL_M_CONT = 4, TL_M_RECOGNIZED = 8,
       TL_M_ESTABLISHED = 16, TL_M_TODAY = 32, TL_M_HIST = 64,
       TL_M_GAP = 128, TL_M_PUBLIC = 256, TL_M_LEVEL = 512 /* format 1.1 history */,
       TL_M_GAP_LEFT = 1024 /* a membership left */, TL_M_HELD = 2048 /* continuity */,
       TL_M_NONE = 4096 /* a pair that never had relations */ };

/* Drawing layers, lowest first. */
enum { TL_L_BACK, TL_L_GRID, TL_L_BAR, TL_L_MARK, TL_L_TODAY, TL_L_TEXT, TL_L_COUNT };

typedef struct tl_lay {
    const tl_plan *p;
    tl_layout *L;
    int32_t from, to, today;
    double x0, pw;      /* the plot: left edge and width */
    double lx, lw;      /* the label column: left edge and width */
    double right;       /* right edge of the content (canvas width - margin) */
    double y;           /* top of the next thing to place */
    bool used[TL_S_COUNT];
    unsigned mods;      /* TL_M_* */
    const char **lane_label; /* per plan row: "Visits (12)" for lanes */
} tl_lay;

/* ---- timeline_canvas.c: what everything is drawn with ---- */
tl_item *tl_item_add(tl_lay *y, int kind, int layer, double x, double top, double w, double h);
tl_item *tl_rect(tl_lay *y, int paint, int layer, double x, double top, double w, double h);
tl_item *tl_text_add(tl_lay *y, int font, char just, double x, double top, double w, double h,
                     const char *text);
double tl_line_h(int font);
double tl_x(const tl_lay *y, int32_t day);
bool tl_span_visible(const tl_lay *y, const tl_span *s);
/* Draw one span centred on yc with height h; false when out of range. */
bool tl_span_draw(tl_lay *y, const tl_span *s, double yc, double h);
/* A TL_SP_PIECE or TL_SP_TICK (timeline_history.c), as tl_span_draw. */
bool tl_history_draw(tl_lay *y, const tl_span *s, double yc, double h);
/* The row's TL_SP_HELD spans over what its other spans drew (items from
 * first on): those tinted, labelled "as X" where it fits. */
void tl_held_draw(tl_lay *y, const tl_row *r, size_t first, double yc, double h);
const char *tl_day_text(dg_arena *a, int32_t day);

/* ---- timeline_lanes.c, timeline_legend.c: parts the layout places ---- */
/* Lay out an event lane at y->y; advances y->y. */
void tl_lane(tl_lay *y, const tl_row *r);
void tl_legend(tl_lay *y);

/* Render the layout with Graphviz to format (any -T format). */
dg_status tl_draw(const tl_layout *L, const char *format, int dpi, dg_buf *out, dg_error *err);

/* The range a timeline shows for these options: explicit --from/--to or the
 * data's span rounded to whole years.  DG_EUSAGE when from > to. */
dg_status tl_range(const tl_plan *p, const dg_timeline_opts *o, int32_t today, int32_t *from,
                   int32_t *to, dg_error *err);

/* Build the layout dg_timeline would draw (for tests: golden dumps). */
dg_status tl_timeline_layout(const dg_model *m, const dg_timeline_opts *o, tl_layout *L,
                             dg_error *err);

/* ---- text ----------------------------------------------------------- */

typedef struct tl_font_info {
    double size;
    bool bold;
} tl_font_info;
extern const tl_font_info tl_fonts[TL_T_COUNT];

/* Width in points of UTF-8 text in a font class (an estimate that errs
 * wide: Helvetica/Arial metrics plus a margin). */
double tl_text_width(const char *s, size_t len, int font);
/* s cut to fit maxw points, ending in "…" when cut; s itself when it fits,
 * else a copy in the arena.  Whitespace runs become single spaces. */
const char *tl_fit(dg_arena *a, const char *s, int font, double maxw);
/* s wrapped into at most max_lines lines of at most maxw points ('\n'
 * between them), the last cut with "…" if needed.  *lines gets the count. */
const char *tl_wrap(dg_arena *a, const char *s, int font, double maxw, int max_lines, int *lines);
/* A printf into the arena. */
const char *tl_fmt(dg_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
