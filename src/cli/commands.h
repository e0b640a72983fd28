#pragma once
/// The two functions of each row of the command table (cli/command_table.h): define_NAME_command
/// and run_NAME_command, each pair in its own cli/NAME_command.cc.

#include <memory>

#include "cli/command_table.h"

namespace isms {

std::unique_ptr<CommandArguments> define_check_command(CLI::App& command);
ExitCode run_check_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_baseline_command(CLI::App& command);
ExitCode run_baseline_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_rules_command(CLI::App& command);
ExitCode run_rules_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_explain_command(CLI::App& command);
ExitCode run_explain_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_init_command(CLI::App& command);
ExitCode run_init_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_render_command(CLI::App& command);
ExitCode run_render_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_import_command(CLI::App& command);
ExitCode run_import_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_migrate_command(CLI::App& command);
ExitCode run_migrate_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_diff_command(CLI::App& command);
ExitCode run_diff_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_export_command(CLI::App& command);
ExitCode run_export_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_approve_command(CLI::App& command);
ExitCode run_approve_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_schemas_command(CLI::App& command);
ExitCode run_schemas_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_due_command(CLI::App& command);
ExitCode run_due_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_version_command(CLI::App& command);
ExitCode run_version_command(CommandArguments& arguments, const CLI::App& isms);
std::unique_ptr<CommandArguments> define_completion_command(CLI::App& command);
ExitCode run_completion_command(CommandArguments& arguments, const CLI::App& isms);

}  // namespace isms
