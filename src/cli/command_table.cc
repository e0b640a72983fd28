#include "cli/command_table.h"

#include "cli/commands.h"

namespace isms {
namespace {

// The order is the order of `isms --help`, of the completion scripts and of the command reference.
constexpr Command kCommands[] = {
    {"check", "Validate a compliance repository", true, define_check_command, run_check_command},
    {"baseline", "Record the current findings, so that CI fails only on new ones", true, define_baseline_command,
     run_baseline_command},
    {"rules", "List every rule and diagnostic code", false, define_rules_command, run_rules_command},
    {"explain", "Show the documentation page of a rule", false, define_explain_command, run_explain_command},
    {"init", "Create a new compliance repository from a template", false, define_init_command, run_init_command},
    {"render", "Render the scope statement, the SoA, the audit-readiness report or the management review pack", true, define_render_command,
     run_render_command},
    {"import", "Import a spreadsheet (CSV or xlsx) into a register: the SoA, assets, risks, the ISMS in operation", true, define_import_command,
     run_import_command},
    {"migrate", "Migrate an ISO/IEC 27001:2013 SoA to the 2022 controls", false, define_migrate_command,
     run_migrate_command},
    {"diff", "Compare the ISMS at two git revisions, or in two folders", true, define_diff_command, run_diff_command},
    {"export", "Export the ISMS as OSCAL 1.2 JSON: catalog, profile, ssp, assessment-results or poam", true,
     define_export_command, run_export_command},
    {"approve", "Record the approval of the scope, the SoA or another register, with a digest of its content", true,
     define_approve_command, run_approve_command},
    {"due", "List what falls due: reviews, re-approvals, expiries and due diligence",
     true, define_due_command, run_due_command},
    {"schemas", "Write the JSON Schemas of the registers into a folder, for editors", false, define_schemas_command,
     run_schemas_command},
    {"version", "Print the version of isms, as --version does", false, define_version_command, run_version_command},
    {"completion", "Print the shell completion script for bash, zsh or fish", false, define_completion_command,
     run_completion_command},
};

}  // namespace

std::span<const Command> command_table() { return kCommands; }

}  // namespace isms
