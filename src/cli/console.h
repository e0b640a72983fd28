#pragma once
/// How every command writes: its result to standard output or to the --output file, and its
/// messages ("isms: error: ...") to standard error. Each command goes through here, so that
/// what reaches a terminal, a CI log or a file is neutralised the same way everywhere.

#include <string>
#include <string_view>
#include <vector>

#include "cli/exit_codes.h"
#include "run/check_run.h"
#include "util/std_streams.h"

namespace isms {

/// True when `output` names standard output: no -o, or "-".
inline bool is_stdout(const std::string& output) { return output.empty() || output == "-"; }

/// Writes `text` to standard output when `output` is empty or "-", else to the file `output`,
/// replaced atomically. The file gets the same neutralised text as standard output would: a
/// report or a document is often printed into the same CI log by a later step.
ExitCode emit(const std::string& output, std::string_view text, StreamSyntax syntax);

/// Writes `bytes` to the file `output` as they are, for data whose every byte matters (a
/// workbook, the cells of a CSV file).
ExitCode emit_exactly(const std::string& output, std::string_view bytes);

/// Writes `bytes` to standard output as they are and flushes: for the version line and a
/// workbook redirected to a file. A failed write (a full disk) is a UsageError.
ExitCode write_stdout_exactly(std::string_view bytes);

/// Prints "isms: error: ERROR" (and "isms: hint: HINT" unless it is empty) and returns the
/// usage error: what a command does when it refuses.
ExitCode fail(std::string_view error, std::string_view hint = {});

/// One line of its own on standard error, kept on one line: for lines that are not
/// "isms: LEVEL: ...", such as the progress of an import.
void say(std::string_view line);

/// In a GitHub Actions job (GITHUB_STEP_SUMMARY set), appends `markdown` to the job's step
/// summary, neutralised as Markdown; a failed append is a warning, not a failure of the command.
void append_to_step_summary(std::string_view markdown);

/// Findings in the compiler style of `isms check`, on standard error.
void print_findings(const CheckRun& run, const std::vector<Diagnostic>& findings);

/// What a command that issues a document (render, export) does when the repository cannot be
/// loaded: prints why and returns the usage error.
ExitCode refuse_unloadable(const CheckRun& run, std::string_view repository);

/// What it does when findings make the document wrong: prints them and refuses, naming
/// `document` ("soa", "OSCAL ssp") and how to get a draft instead (`verb`: "render", "export").
ExitCode refuse_blocked(const CheckRun& run, const std::vector<Diagnostic>& blocking, std::string_view document,
                        std::string_view verb);

/// The warning of a document issued anyway with --force (`done`: "rendered", "exported").
void warn_issued_as_draft(std::size_t blocking, std::string_view done);

}  // namespace isms
