#!/usr/bin/env bash
# The layers of src/ see only the layers below them, and the build enforces it: each layer is
# compiled against a view that holds its own folder and those below (src/CMakeLists.txt). This
# test takes the real compile command of one source of each layer from the build's
# compile_commands.json and preprocesses a probe with it: including a header of a layer below
# or of its own layer must work, including one of a layer above must fail.
source "$(dirname "$0")/lib/common.bash"
command -v python3 >/dev/null || skip_or_fail "python3 is needed to read compile_commands.json"
BUILD=$(dirname "$BIN")
[ -f "$BUILD/compile_commands.json" ] || fail "no compile_commands.json in $BUILD (CMAKE_EXPORT_COMPILE_COMMANDS is on in CMakeLists.txt)"

# The layers, lowest first, and the features, which see the pipeline (and diff, for render and
# oscal, since the management review pack compares with git; render, for oscal).
pipeline=(util model load check rules run output)
features=(render diff import approve baseline oscal init)

# sees LAYER FOLDER: whether LAYER may include from FOLDER.
sees() {
  local layer=$1 folder=$2 below=1 name
  for name in "${pipeline[@]}"; do
    [ "$name" = "$folder" ] && [ $below = 1 ] && return 0
    [ "$name" = "$layer" ] && below=0
  done
  [ "$layer" = "$folder" ] && return 0
  [ "$layer" = cli ] && return 0
  [ "$layer" = oscal ] && [ "$folder" = render ] && return 0
  [ "$layer" = render ] && [ "$folder" = diff ] && return 0
  [ "$layer" = oscal ] && [ "$folder" = diff ] && return 0
  for name in "${pipeline[@]}"; do [ "$name" = "$layer" ] && return 1; done
  for name in "${pipeline[@]}"; do [ "$name" = "$folder" ] && return 0; done
  return 1
}

# A header of each folder, to include in the probes.
declare -A header
for folder in "${pipeline[@]}" "${features[@]}" cli; do
  first=$(cd "$PROJECT/src" && find "$folder" -maxdepth 1 -name '*.h' | sort | head -n 1)
  [ -n "$first" ] || fail "src/$folder has no header"
  header[$folder]=$first
done

# compile_command LAYER: the build's command for one source of the layer, as a shell word list
# in which PROBE stands for the source file and the output is discarded.
compile_command() {
  python3 - "$BUILD/compile_commands.json" "$PROJECT/src/$1/" <<'PY'
import json, shlex, sys
entries, folder = json.load(open(sys.argv[1])), sys.argv[2]
for entry in entries:
    if entry["file"].startswith(folder) and "/" not in entry["file"][len(folder):]:
        words = shlex.split(entry["command"]) if "command" in entry else entry["arguments"]
        out, skip = [], False
        for word in words:
            if skip: skip = False; continue
            if word == "-o": skip = True; continue
            if word == "-c" or word == entry["file"]: continue
            out.append(word)
        print(entry["directory"]); print(shlex.join(out)); break
PY
}

checked=0
for layer in "${pipeline[@]}" "${features[@]}" cli; do
  mapfile -t entry < <(compile_command "$layer")
  if [ ${#entry[@]} -ne 2 ]; then fail "no compile command for a source of src/$layer"; continue; fi
  for folder in "${pipeline[@]}" "${features[@]}" cli; do
    printf '#include "%s"\n' "${header[$folder]}" >"$WORK/probe.cc"
    if (cd "${entry[0]}" && eval "${entry[1]}" -E -o /dev/null "$WORK/probe.cc") >"$WORK/err" 2>&1; then
      sees "$layer" "$folder" || fail "src/$layer can include ${header[$folder]}, a layer above it"
    else
      if sees "$layer" "$folder"; then
        fail "src/$layer cannot include ${header[$folder]}:"; sed 's/^/    | /' "$WORK/err" | head -5 >&2
      # Out of view: gcc's message, or clang's (the sanitizer tree is built with clang).
      elif ! grep -qF -e "probe.cc:1:10: fatal error: ${header[$folder]}: No such file" \
                      -e "probe.cc:1:10: fatal error: '${header[$folder]}' file not found" "$WORK/err"; then
        fail "including ${header[$folder]} in src/$layer failed, but not because the file is out of view:"
        sed 's/^/    | /' "$WORK/err" | head -5 >&2
      fi
    fi
    checked=$((checked + 1))
  done
done
[ $checked -eq 225 ] || fail "checked $checked layer/folder pairs, expected 15 x 15"

# The view is the only way in: a quoted include relative to the file (`../cli/run_cli.h`) would
# bypass it, so none is allowed.
if grep -rnE '#include "[^"]*\.\./' "$PROJECT/src" >"$WORK/relative"; then
  fail "includes that climb out of their folder:"; sed 's/^/    | /' "$WORK/relative" >&2
fi
finish
