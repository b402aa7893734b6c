# The sources, listed by the stage of the pipeline they belong to:
# YAML -> model (src/) -> view graph (render/views, render/timeline) ->
# Graphviz (render/graphviz) or the exports (render/export).
set(DG_MODEL_SOURCES
  src/date.c src/diag.c src/escape.c src/hooks.c src/intern.c src/iso.c src/json.c src/load.c
  src/load_fields.c src/load_records.c src/model.c src/output.c src/query.c src/resolve.c
  src/resolve_build.c src/sort.c src/util.c src/vocab.c src/yaml_source.c
  # country names: the name index, iso-codes' catalogs, aliases
  src/names.c src/names_key.c src/names_mo.c src/names_yaml.c
  # the names a model shows, hints, and dipgraph's own words in other languages
  src/names_model.c src/names_hint.c src/tr.c src/tr_plural.c src/tr_words.c
  # format 1.1
  src/continuity.c src/history.c src/load_v11.c src/relation_query.c src/resolve_v11.c
  src/vocab_v11.c
  # the dipgraph blocks of Markdown documents (dipgraph md)
  src/md.c)
set(DG_RENDER_SOURCES
  render/graphviz/attrs.c render/graphviz/gv.c render/graphviz/svg.c
  render/views/render.c render/views/stable.c render/views/style.c render/views/view_accreditation.c
  render/views/caption.c
  render/views/view_memberships.c render/views/view_missions.c render/views/view_relations.c
  render/timeline/timeline.c render/timeline/timeline_canvas.c render/timeline/timeline_draw.c render/timeline/timeline_events.c
  render/timeline/timeline_groups.c render/timeline/timeline_held.c render/timeline/timeline_history.c
  render/timeline/timeline_lanes.c
  render/timeline/timeline_layout.c render/timeline/timeline_legend.c
  render/timeline/timeline_missions.c render/timeline/timeline_plan.c render/timeline/timeline_rows.c
  render/timeline/timeline_text.c
  render/export/compare.c render/export/export.c render/export/export_csv.c render/export/export_graphml.c
  render/export/export_csv_write.c render/export/export_csv_v11.c
  render/export/export_graphml_countries.c
  render/export/export_json.c render/export/export_json_v11.c render/export/export_select.c
  render/export/answer_text.c render/export/answer_represent.c render/export/answer_hubs.c
  render/export/answer_stats.c render/export/answer_relation.c)
# the importers (src/import/): Wikipedia's wikitext, Wikidata's missions
set(DG_IMPORT_SOURCES
  src/import/aliases.c src/import/csv.c src/import/dataset.c src/import/json.c
  src/import/nmission.c src/import/notes.c src/import/nphrase.c src/import/session.c
  src/import/text.c src/import/useralias.c src/import/wdate.c src/import/wdcity.c
  src/import/wikidata.c src/import/wikitext.c src/import/writer.c src/import/wtable.c
  src/import/wtext.c)
list(TRANSFORM DG_IMPORT_SOURCES PREPEND ${CMAKE_SOURCE_DIR}/)
list(TRANSFORM DG_MODEL_SOURCES PREPEND ${CMAKE_SOURCE_DIR}/)
list(TRANSFORM DG_RENDER_SOURCES PREPEND ${CMAKE_SOURCE_DIR}/)
set(DG_LIB_SOURCES ${DG_MODEL_SOURCES} ${DG_RENDER_SOURCES} ${DG_IMPORT_SOURCES})
set(DG_PRIVATE_INCLUDES ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/render/graphviz
  ${CMAKE_SOURCE_DIR}/render/views ${CMAKE_SOURCE_DIR}/render/timeline
  ${CMAKE_SOURCE_DIR}/render/export)

set(DG_CLI_SOURCES
  src/cli/main.c src/cli/tool_main.c src/cli/tool_opts.c src/cli/tool_parse.c
  src/cli/tool_doc.c src/cli/tool_complete.c src/cli/tool_common.c src/cli/tool_check.c src/cli/tool_compare.c src/cli/tool_import.c
  src/cli/tool_render.c src/cli/tool_timeline.c src/cli/tool_query.c src/cli/tool_export.c
  src/cli/tool_figure.c src/cli/tool_md.c src/cli/tool_batch.c
  src/cli/tool_lang.c)
list(TRANSFORM DG_CLI_SOURCES PREPEND ${CMAKE_SOURCE_DIR}/)
