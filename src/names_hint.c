/* names_hint.c — what the library says about a country typed where an id
 * belongs, and the name it shows for an id the data set may not mention.
 * Model code calls the name index; this file calls both (the model's
 * look-ups by id and the index), so that neither has to call the other. */
#include "model_priv.h"
#include "names.h"
#include "names_model.h"

#include <ctype.h>
#include <stdio.h>

const char *dg_shown_country_name(const dg_model *m, const char *id)
{
    uint32_t i = dg_country_find(m, id);
    if (i != DG_NONE)
        return m->countries[i].name;
    const char *lang = dg_model_lang(m);
    dg_name_style style = dg_model_name_style(m);
    const char *t = dg_country_translated_name(id, style, dg_lang_resolve(lang));
    return t ? t : dg_country_display_name(id, style, NULL);
}

const char *dg_id_hint(const dg_model *m, const char *typed, bool need_mentioned, char *buf,
                       size_t size)
{
    char hint[200], up[8];
    buf[0] = '\0';
    if (!typed)
        return buf;
    size_t n = strlen(typed);
    if (n < sizeof up) {
        for (size_t i = 0; i <= n; i++)
            up[i] = (char)toupper((unsigned char)typed[i]);
        const char *canon = NULL;
        if (strcmp(up, typed) && dg_iso_lookup(up, &canon, NULL)) {
            snprintf(buf, size, " (did you mean '%s'?)", canon);
            return buf;
        }
    }
    const char *id = dg_names_hint_id(typed, NULL);
    bool known = id && (!need_mentioned || dg_country_find(m, id) != DG_NONE);
    if (dg_names_hint(typed, known, hint, sizeof hint))
        snprintf(buf, size, " (%s)", hint);
    return buf;
}
