# isms_embed(NAME BASE_DIR FILES...) generates ${CMAKE_CURRENT_BINARY_DIR}/NAME.cc defining
# `const isms::EmbeddedFile NAME[]` and `NAME_count`, keyed by the path relative to BASE_DIR.
function(isms_embed name base_dir)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${name}.cc)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DBASE_DIR=${base_dir} -DOUTPUT=${output}
            "-DFILES=${ARGN}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
