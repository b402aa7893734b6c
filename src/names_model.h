/* names_model.h — the names a model shows, in a style and a language
 * (names_model.c), and hints for a name typed where an id belongs
 * (names_hint.c).  Inside the library; the public side is
 * dg_model_set_names in dipgraph.h. */
#ifndef DG_NAMES_MODEL_H
#define DG_NAMES_MODEL_H

#include "internal.h"

/* Give every country and organization of a finished model its name to
 * show, in the style and language dg_model_set_names chose (common
 * English names when it was never called).  dg_model_finish calls it. */
void dg_names_apply(dg_model *m);

/* The language dg_model_set_names gave the model, as given ("ru",
 * "be:ru"), or NULL for English.  Owned by the model.  What the outputs
 * use for their own words when their options name no language. */
const char *dg_model_lang(const dg_model *m);
/* The style dg_model_set_names gave the model (DG_NAMES_COMMON without). */
dg_name_style dg_model_name_style(const dg_model *m);
/* The language an output is in: its options' lang when given (even "" or
 * "en", English), else the model's. */
const char *dg_out_lang(const dg_model *m, const char *opts_lang);

/* A city's name to show: its place's name in the model's language
 * (`places: {Minsk: {names: {ru: Минск}}}`), else the city as the data set
 * writes it.  Owned by the model; NULL for NULL. */
const char *dg_city_name(const dg_model *m, const char *city);

/* The name to show for a country id, as the model would show it: the
 * model's country when the data set mentions it, else the name index's in
 * the model's style and language; NULL for an id that is no country.
 * Owned by the model or the library. */
const char *dg_shown_country_name(const dg_model *m, const char *id);

/* " (HINT)" for an unknown country typed where an id belongs, into buf:
 * for a country's name, which id it is ("a name, not an id: did you mean
 * 'RS' (Serbia)?"), or, with need_mentioned and an id the model does not
 * mention, that the data set does not mention it; for an id in the wrong
 * case, the id ("did you mean 'BY'?").  "" when there is nothing to say.
 * Returns buf (names_hint.c). */
const char *dg_id_hint(const dg_model *m, const char *typed, bool need_mentioned, char *buf,
                       size_t size);

#endif
