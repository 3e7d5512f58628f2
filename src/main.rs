//! The `parcours` command: the app, or headless subcommands.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parcours::i18n::{self, Language, msg};

/// Parcours: customer-journey maps with survey scores.
#[derive(Parser)]
#[command(name = "parcours", version, about)]
struct Cli {
    /// A project file (.ron) to open in the app, or a survey export (CSV, XLSX, ODS) to
    /// import into the example project.
    file: Option<PathBuf>,
    /// The language of the window and of messages (en, fr, de); the system's by default.
    #[arg(long, global = true, value_name = "CODE", value_parser = parse_language)]
    language: Option<Language>,
    #[command(subcommand)]
    command: Option<CliCommand>,
}

#[derive(Subcommand)]
enum CliCommand {
    /// Checks that a project file is valid, without opening a window.
    Check {
        /// The project file.
        file: PathBuf,
    },
    /// Rewrites project files in canonical form (after a hand edit or a merge), keeping
    /// their mode, owner and symlinks and their previous version as NAME.ron.bak.
    Fmt {
        /// Only say which files are not in canonical form; exit 1 if any is not.
        #[arg(long)]
        check: bool,
        /// The project files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Exports a map as SVG, PNG, PDF (one page, poster or booklet), CSV or an HTML viewer.
    Export {
        /// The project file.
        file: PathBuf,
        #[command(flatten)]
        args: parcours::export::command::ExportArgs,
    },
    /// Prints per-touchpoint NPS, CSAT and CES of a survey export (CSV, XLSX, ODS).
    Stats {
        /// The export.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
        format: StatsFormat,
        #[command(flatten)]
        columns: parcours::stats::ColumnChoices,
    },
}

/// How `stats` prints its figures.
#[derive(Clone, Copy, clap::ValueEnum)]
enum StatsFormat {
    /// Aligned columns for people.
    Table,
    /// One JSON object for scripts.
    Json,
}

/// Exit code of `check` for an invalid project.
const EXIT_INVALID: u8 = 1;
/// Exit code of `check` for a file that cannot be read.
const EXIT_UNREADABLE: u8 = 3;
/// Exit code when the output cannot be written (a closed pipe, a full disk).
const EXIT_OUTPUT: u8 = 5;

/// Writes `text` to the standard output; a closed pipe (`| head`) or a full disk ends the
/// command quietly with [`EXIT_OUTPUT`] rather than a panic.
fn out(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(EXIT_OUTPUT),
    }
}

/// Writes a line to the standard error, as far as it can be written.
fn err(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Exit code of `export` for an option that does not fit the project.
const EXIT_BAD_OPTION: u8 = 2;
/// Exit code of `export` when the export cannot be drawn (too large an image or poster).
const EXIT_EXPORT: u8 = 6;

/// Exit code when the window cannot be opened.
const EXIT_NO_WINDOW: u8 = 4;

/// `--language fr`: one of the languages Parcours has.
fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        codes.join(", ")
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let language = cli.language.unwrap_or_else(i18n::system_language);
    match cli.command {
        Some(CliCommand::Check { file }) => check(&file, language),
        Some(CliCommand::Fmt { check, files }) => fmt(&files, check, language),
        Some(CliCommand::Export { file, args }) => export(&file, &args, language),
        Some(CliCommand::Stats {
            file,
            format,
            columns,
        }) => stats(&file, format, &columns, language),
        None => match parcours::ui::run(cli.file, cli.language) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                err(&msg::cli_no_window(
                    language,
                    msg::CliNoWindow {
                        error: error.to_string(),
                    },
                ));
                ExitCode::from(EXIT_NO_WINDOW)
            }
        },
    }
}

fn check(file: &std::path::Path, language: Language) -> ExitCode {
    match parcours::file::load_project(file) {
        Ok(project) => {
            let (maps, stages, cards) = project.counts();
            let file = file.display().to_string();
            let line = msg::cli_check_valid(
                language,
                msg::CliCheckValid {
                    file,
                    maps,
                    stages,
                    cards,
                },
            );
            out(&format!("{line}\n"))
        }
        Err(error) => {
            err(&error.located(language));
            file_error_code(&error)
        }
    }
}

/// The exit code of a project file that could not be used: unreadable, or invalid.
fn file_error_code(error: &parcours::file::FileError) -> ExitCode {
    match error {
        parcours::file::FileError::Io { .. } | parcours::file::FileError::NotAFile { .. } => {
            ExitCode::from(EXIT_UNREADABLE)
        }
        _ => ExitCode::from(EXIT_INVALID),
    }
}

fn fmt(files: &[PathBuf], check: bool, language: Language) -> ExitCode {
    use parcours::fmt::{Formatted, format_file};
    let mut code = ExitCode::SUCCESS;
    for file in files {
        let name = file.display().to_string();
        match format_file(file, check) {
            Ok(done) => {
                let line = match done {
                    Formatted::Canonical => {
                        msg::fmt_canonical(language, msg::FmtCanonical { file: name })
                    }
                    Formatted::Rewritten => {
                        msg::fmt_rewritten(language, msg::FmtRewritten { file: name })
                    }
                    Formatted::NotCanonical => {
                        code = ExitCode::from(EXIT_INVALID);
                        msg::fmt_not_canonical(language, msg::FmtNotCanonical { file: name })
                    }
                };
                if out(&format!("{line}\n")) != ExitCode::SUCCESS {
                    return ExitCode::from(EXIT_OUTPUT);
                }
            }
            Err(error) => {
                err(&error.located(language));
                code = file_error_code(&error);
            }
        }
    }
    code
}

fn stats(
    file: &std::path::Path,
    format: StatsFormat,
    choices: &parcours::stats::ColumnChoices,
    language: Language,
) -> ExitCode {
    match parcours::stats::stats(file, choices, language) {
        Ok(stats) => match format {
            StatsFormat::Json => out(&format!("{}\n", stats.to_json())),
            StatsFormat::Table => out(&stats.to_table(language)),
        },
        Err(error) => {
            err(&format!("parcours stats: {}", error.describe(language)));
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

fn export(
    file: &std::path::Path,
    args: &parcours::export::command::ExportArgs,
    language: Language,
) -> ExitCode {
    let project = match parcours::file::load_project(file) {
        Ok(project) => project,
        Err(error) => {
            err(&error.located(language));
            return file_error_code(&error);
        }
    };
    let date = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let (options, out_file) = match args.options(&project, file, language, date) {
        Ok(found) => found,
        Err(error) => {
            err(&error.describe(language, &project));
            return ExitCode::from(EXIT_BAD_OPTION);
        }
    };
    let bytes = match parcours::export::export(&project, &options, &mut |_| true) {
        Ok(bytes) => bytes,
        Err(error) => {
            err(&error.describe(language));
            return ExitCode::from(EXIT_EXPORT);
        }
    };
    let written = if out_file.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .and_then(|()| stdout.flush())
            .map_err(|_| None)
    } else {
        parcours::file::write_export(&out_file, &bytes).map_err(Some)
    };
    match written {
        Ok(()) => {
            if out_file.as_os_str() != "-" {
                err(&msg::export_written(
                    language,
                    msg::ExportWritten {
                        file: out_file.display().to_string(),
                        size: i18n::format::bytes(language, bytes.len() as u64),
                    },
                ));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            if let Some(error) = error {
                err(&error.located(language));
            }
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}
