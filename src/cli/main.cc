#include "cli/crash_guard.h"
#include "cli/run_cli.h"

int main(int argc, char** argv) { return isms::run_guarded(isms::run_cli, argc, argv); }
