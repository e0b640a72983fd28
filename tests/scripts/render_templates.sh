#!/usr/bin/env bash
# Template overrides for `isms render`: --templates DIR and isms.yaml render.templates replace
# built-in templates and partials file by file; templates are read only from inside their
# folder; a broken template, a missing folder and an output path that is a repository file
# each end with exit 2 and a message, and nothing of the repository changes.
source "$(dirname "$0")/lib/common.bash"

cd "$WORK" || exit 1
cp -r "$PROJECT/examples/ai-company" repo
mkdir tpl tpl/partials
printf 'Custom SoA {{soa.version}} for {{document.organisation}}: {{soa.totals.controls}} controls\n' >tpl/soa.md.mustache
printf 'HEADER {{document.title}}\n' >tpl/partials/md-header.mustache

run_isms custom render soa repo --templates tpl --as-of 2026-11-22
expect_rc 0 "render soa with --templates"
expect_grep custom.out "Custom SoA 2.1 for Northwind Cognition Ltd: 93 controls" "the overriding template is used"

run_isms partial render scope repo --templates tpl --as-of 2026-11-22
expect_rc 0 "render scope with an overriding partial"
[ "$(head -1 partial.out)" = "HEADER Scope of the Information Security Management System" ] ||
  fail "the overriding partial is not used: $(head -1 partial.out)"
expect_grep partial.out "## Certificate scope statement" "templates not overridden stay built in"

# The same folder named in isms.yaml, inside the repository.
cp -r tpl repo/templates
cp repo/isms.yaml isms.yaml.orig
printf 'render:\n  templates: templates\n' >>repo/isms.yaml
run_isms configured render soa repo --as-of 2026-11-22
expect_rc 0 "render soa with render.templates in isms.yaml"
expect_grep configured.out "Custom SoA 2.1" "render.templates in isms.yaml is used"

# A templates folder outside the repository is refused.
cp isms.yaml.orig repo/isms.yaml
printf 'render:\n  templates: ../tpl\n' >>repo/isms.yaml
run_isms outside render soa repo --as-of 2026-11-22
expect_rc 2 "render.templates outside the repository"
expect_grep outside.err "render.templates '../tpl' is not a folder inside the repository" "message for an outside folder"
[ -s outside.out ] && fail "a refused render printed a document"
cp isms.yaml.orig repo/isms.yaml

# A template that is a symlink leaving the templates folder is refused.
mkdir elsewhere tpl-link
printf 'leaked {{document.title}}\n' >elsewhere/secret.mustache
ln -s ../elsewhere/secret.mustache tpl-link/soa.md.mustache
run_isms symlink render soa repo --templates tpl-link --as-of 2026-11-22
expect_rc 2 "a template symlinked outside its folder"
expect_grep symlink.err "resolves outside the templates folder" "message for a symlinked template"
grep -q leaked symlink.out && fail "the symlinked template was rendered"

# A broken template: exit 2 and a message naming it.
mkdir broken
printf '{{#soa.themes}}never closed\n' >broken/soa.md.mustache
run_isms broken render soa repo --templates broken --as-of 2026-11-22
expect_rc 2 "a template that is not valid Mustache"
expect_grep broken.err "soa.md.mustache is not valid Mustache" "message for a broken template"

run_isms nofolder render soa repo --templates no-such-folder --as-of 2026-11-22
expect_rc 2 "--templates naming a missing folder"
expect_grep nofolder.err "no-such-folder is not a folder" "message for a missing templates folder"

# Rendering over a file of the repository is refused, and the file is unchanged.
cp repo/soa.yaml soa.yaml.orig
run_isms overwrite render soa repo --as-of 2026-11-22 -o repo/soa.yaml
expect_rc 2 "--output naming a repository file"
expect_grep overwrite.err "is a YAML file of the repository" "message for an output over a register"
cmp -s repo/soa.yaml soa.yaml.orig || fail "the register was modified by a refused render"

finish
