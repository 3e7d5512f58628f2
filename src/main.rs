//! The `parcours` command: the app, or headless subcommands.

// The command line prints its results and its errors: that is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Parcours: customer-journey maps with survey scores.
#[derive(Parser)]
#[command(name = "parcours", version, about)]
struct Cli {
    /// A project file (.ron) to open in the app, or a survey export (CSV, XLSX, ODS) to
    /// import into the example project.
    file: Option<PathBuf>,
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
/// Exit code when the window cannot be opened.
const EXIT_NO_WINDOW: u8 = 4;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(CliCommand::Check { file }) => check(&file),
        Some(CliCommand::Stats {
            file,
            format,
            columns,
        }) => stats(&file, format, &columns),
        None => match parcours::ui::run(cli.file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("parcours: could not open the window: {error}");
                ExitCode::from(EXIT_NO_WINDOW)
            }
        },
    }
}

/// "1 map", "6 stages".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn check(file: &std::path::Path) -> ExitCode {
    match parcours::file::load_project(file) {
        Ok(project) => {
            let (maps, stages, cards) = project.counts();
            println!(
                "{}: valid, {}, {}, {}",
                file.display(),
                count(maps, "map"),
                count(stages, "stage"),
                count(cards, "card")
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            match error {
                parcours::file::FileError::Io { .. } => ExitCode::from(EXIT_UNREADABLE),
                _ => ExitCode::from(EXIT_INVALID),
            }
        }
    }
}

fn stats(
    file: &std::path::Path,
    format: StatsFormat,
    choices: &parcours::stats::ColumnChoices,
) -> ExitCode {
    match parcours::stats::stats(file, choices) {
        Ok(stats) => {
            match format {
                StatsFormat::Json => println!("{}", stats.to_json()),
                StatsFormat::Table => print!("{}", stats.to_table()),
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("parcours stats: {error}");
            ExitCode::from(error.exit_code() as u8)
        }
    }
}
