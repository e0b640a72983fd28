# Sourced by scripts/dev, scripts/fuzz and scripts/ci-build: the Debian packages the project
# needs, and the function that installs those not yet there, so a fresh machine needs no manual step;
# and the one configuration of build-sanitize/, which scripts/dev test and scripts/fuzz share.

# What building the binary alone needs (-DISMS_BUILD_TESTS=OFF), as the CI step does.
binary_build_packages=(cmake ninja-build g++ pkg-config libcli11-dev libyaml-dev nlohmann-json3-dev libfmt-dev
                       libvalijson-dev libkainjow-mustache-dev libxlsxwriter-dev libzip-dev libexpat1-dev nettle-dev
                       libre2-dev)
# What the binary needs at run time, and jq, with which scripts/ci-check makes SARIF paths
# relative to the git repository.
ci_runtime_packages=(libfmt9 libyaml-0-2 libxlsxwriter4 libzip4 libexpat1 libnettle8 libre2-9 jq)
# The development build adds ccache, the unit tests (Catch2), xmllint, the man page and cpack.
build_packages=("${binary_build_packages[@]}" ccache catch2 libxml2-utils help2man dpkg-dev)
# Test-only: a real browser for the HTML report, a real xlsx reader, a PDF reader for A4 pages,
# the pre-commit framework that runs the published hook, the shells the completions are for,
# valgrind for the memcheck runs of the black-box tests, strace to kill a render mid-write, and
# libfaketime and jq for the sessions of the tutorial and the command reference, which run on
# the date they state, git for the histories that isms diff compares, and shellcheck and PyYAML
# for the test of the CI step (scripts/ci-check, scripts/ci-build, action.yml).
test_packages=(chromium python3-icalendar python3-openpyxl poppler-utils pre-commit zsh fish valgrind strace faketime jq git
               shellcheck python3-yaml)
# Test-only, from the npm registry: Microsoft's SARIF multitool, which validates SARIF with its
# default rules and with GitHub's ingestion rules, and ajv with ajv-formats, which validate the
# OSCAL exports (tests/tools/validate_oscal.js: the OSCAL schema's \p{L} patterns need
# ECMAScript's Unicode regular expressions). Installed under .test-tools/ (git-ignored).
test_npm_packages=(@microsoft/sarif-multitool@5.7.0 ajv@8.17.1 ajv-formats@3.0.1)
test_tools_dir=.test-tools
# The libFuzzer targets need clang and its runtime libraries.
fuzz_packages=(clang libclang-rt-14-dev)

# build-sanitize/: one clang tree, optimised, with ASan and UBSan, the test suite and the libFuzzer
# targets. scripts/dev test runs the suite there and scripts/fuzz fuzzes from it; both configure it
# with configure_sanitize, so neither rebuilds what the other built.
sanitize_dir=build-sanitize
configure_sanitize() {
  # A tree configured before with another compiler cannot switch to clang in place.
  if [ -f "$sanitize_dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++' "$sanitize_dir/CMakeCache.txt"; then
    rm -rf "$sanitize_dir"
  fi
  cmake -S . -B "$sanitize_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DISMS_SANITIZE=ON -DISMS_FUZZ=ON -DISMS_BUILD_TESTS=ON >/dev/null
}

# install_missing PACKAGE...: apt-get install those of PACKAGE that are not installed.
install_missing() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# install_npm_tools: npm install the test tools into $test_tools_dir, unless they are there.
install_npm_tools() {
  [ -x "$test_tools_dir/node_modules/.bin/sarif-multitool" ] && [ -f "$test_tools_dir/node_modules/ajv/package.json" ] &&
    [ -f "$test_tools_dir/node_modules/ajv-formats/package.json" ] && return 0
  command -v npm >/dev/null || install_missing npm
  echo "== installing from npm: ${test_npm_packages[*]}"
  npm install --prefix "$test_tools_dir" --no-audit --no-fund --silent "${test_npm_packages[@]}"
  # npm no longer runs install scripts by default; the package's only one makes its binary executable.
  chmod u+x "$test_tools_dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
}
