/* palette.h — every colour the figures use, in one place, so that the
 * views, their legends and the timeline cannot drift apart.
 *
 * The hues are Okabe–Ito's colour-blind-safe palette; the rest are greys
 * for text and rules and light tints for frames and fills, chosen to keep
 * a contrast of at least 4.5:1 for text on white. */
#ifndef DG_PALETTE_H
#define DG_PALETTE_H

/* Okabe–Ito hues: mission kinds, relation and membership statuses. */
#define DG_C_BLACK "#000000"
#define DG_C_ORANGE "#E69F00"
#define DG_C_SKY "#56B4E9"
#define DG_C_GREEN "#009E73"
#define DG_C_YELLOW "#F0E442"
#define DG_C_BLUE "#0072B2"
#define DG_C_VERMILLION "#D55E00"
#define DG_C_PURPLE "#CC79A7"
#define DG_C_GREY "#767676"

/* Darker or muted companions of the hues, where a bar or a mark needs one. */
#define DG_C_MUSTARD "#C8A500"   /* candidate: yellow is too light on white */
#define DG_C_SLATE "#5B7A99"     /* organizations */
#define DG_C_STEEL "#7F93A8"     /* history marks */
#define DG_C_MID_GREY "#8C8C8C"  /* suspended; node borders */
#define DG_C_DIM_GREY "#6E6E6E"  /* other events */
#define DG_C_TODAY "#C62828CC"   /* the "today" line, translucent red */
#define DG_C_HUB_BORDER "#8A3C00"

/* Text. */
#define DG_C_INK "#1A1A1A"       /* titles, headings */
#define DG_C_TEXT "#222222"      /* labels */
#define DG_C_TEXT_2 "#333333"    /* subheadings, events, legend */
#define DG_C_TEXT_3 "#444444"    /* axis, edge labels */
#define DG_C_TEXT_4 "#555555"    /* subtitles */
#define DG_C_TEXT_5 "#666666"    /* sublabels, notes */
#define DG_C_WHITE "#FFFFFF"

/* Rules, grids and fills. */
#define DG_C_AXIS "#59595E"
#define DG_C_RULE "#A0A6AD"
#define DG_C_GRID "#D9DDE2"
#define DG_C_ZEBRA "#F3F5F7"
#define DG_C_NODE_FILL "#F0F0F0"
#define DG_C_FRAME_GRID "#9A9A9A"
#define DG_C_LEGEND_BORDER "#BBBBBB"
#define DG_C_ORG_FILL "#DCEBF7"
#define DG_C_HUB_FILL "#FBD58A"
#define DG_C_SENDER_FILL "#FFF7E6"   /* accreditation view: sending country frames */
#define DG_C_SENDER_BORDER "#E0B060"
#define DG_C_HOST_FILL "#F3F8FC"     /* missions view: host country frames */
#define DG_C_HOST_BORDER "#9CC3E0"

#endif
