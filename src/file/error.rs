//! What can go wrong with a project file, in words a user can act on.

use std::path::PathBuf;

use thiserror::Error;

use super::atomic::{Refusal, SaveStep};
use super::validate::ProblemKind;
use crate::i18n::{Language, Text, msg};

/// An error reading or writing a project file. Reading errors carry the 1-based line and
/// column where the problem is. [`FileError::located`] gives the `FILE:LINE:COL: message`
/// form of the command line (and `Display`, in English); [`FileError::describe`] the
/// sentence shown in the window.
#[derive(Debug, Error)]
#[error("{}", self.located(Language::En))]
pub enum FileError {
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
    /// The file is not text.
    NotText {
        /// The file.
        path: PathBuf,
        /// Where the first byte that is not UTF-8 is.
        line: usize,
        /// Its column.
        column: usize,
    },
    /// The path is not a regular file (a folder, a FIFO, a device).
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is text but not a Parcours project.
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// The file is a damaged project.
    Invalid {
        /// The file.
        path: PathBuf,
        /// The line at fault.
        line: usize,
        /// Its column.
        column: usize,
        /// What is wrong.
        reason: Invalid,
    },
    /// The file was written by a newer Parcours.
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its format version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The project could not be written out.
    Serialize {
        /// The file.
        path: PathBuf,
        /// What the writer said.
        message: String,
    },
    /// A save failed at one of its steps; the file and its backup are as they were.
    Save {
        /// The file.
        path: PathBuf,
        /// The step that failed.
        step: SaveStep,
        /// What the save refused, when it is not the system's error.
        refusal: Option<Refusal>,
        /// The system's error.
        source: std::io::Error,
    },
}

/// What is wrong in a damaged project.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    /// The grammar: what the RON parser said (in its own words, which are English).
    Syntax(String),
    /// What the grammar cannot see: ids, cells, personas.
    Problem(ProblemKind),
}

impl FileError {
    /// The line and column of the problem, when there is one.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            FileError::Invalid { line, column, .. } | FileError::NotText { line, column, .. } => {
                Some((*line, *column))
            }
            FileError::TooNew { .. } | FileError::Foreign { .. } => Some((1, 1)),
            FileError::Io { .. }
            | FileError::NotAFile { .. }
            | FileError::Serialize { .. }
            | FileError::Save { .. } => None,
        }
    }

    /// The file concerned.
    pub fn path(&self) -> &std::path::Path {
        match self {
            FileError::Io { path, .. }
            | FileError::NotAFile { path }
            | FileError::Save { path, .. }
            | FileError::NotText { path, .. }
            | FileError::Foreign { path }
            | FileError::Invalid { path, .. }
            | FileError::TooNew { path, .. }
            | FileError::Serialize { path, .. } => path,
        }
    }

    /// The error as a sentence in `language`: the file, where in it, and what is wrong.
    /// Details from the system or the RON parser are quoted as they come.
    pub fn describe(&self, language: Language) -> String {
        let t = |text: Text| text.get(language);
        let mut sentence = self.path().display().to_string();
        if let Some((line, column)) = self.location() {
            sentence.push_str(&msg::file_error_place(
                language,
                msg::FileErrorPlace { line, column },
            ));
        }
        sentence.push_str(t(Text::Colon));
        sentence.push_str(&self.what(language));
        sentence
    }

    /// `FILE:LINE:COL: what is wrong`, as compilers write it, for the command line.
    pub fn located(&self, language: Language) -> String {
        let place = match self.location() {
            Some((line, column)) => format!("{}:{line}:{column}", self.path().display()),
            None => self.path().display().to_string(),
        };
        format!("{place}: {}", self.what(language))
    }

    /// What is wrong, without the place.
    fn what(&self, language: Language) -> String {
        let t = |text: Text| text.get(language);
        match self {
            FileError::Io { source, .. } => source.to_string(),
            FileError::Save {
                refusal: Some(refusal),
                ..
            } => match refusal {
                Refusal::NotRegularFile => Text::SaveNotRegularFile,
                Refusal::ReadOnly => Text::SaveReadOnly,
                Refusal::NoTemporaryName => Text::SaveNoTemporaryName,
            }
            .get(language)
            .to_owned(),
            FileError::Save { step, source, .. } => {
                let step = match step {
                    SaveStep::Check => Text::SaveStepCheck,
                    SaveStep::Write => Text::SaveStepWrite,
                    SaveStep::Sync => Text::SaveStepSync,
                    SaveStep::Backup => Text::SaveStepBackup,
                    SaveStep::Rename => Text::SaveStepRename,
                };
                msg::save_failed(
                    language,
                    msg::SaveFailed {
                        step: step.get(language),
                        error: source.to_string(),
                    },
                )
            }
            FileError::NotText { .. } => t(Text::FileNotText).to_owned(),
            FileError::NotAFile { .. } => t(Text::FileNotAFile).to_owned(),
            FileError::Foreign { .. } => t(Text::FileForeign).to_owned(),
            FileError::Invalid { reason, .. } => match reason {
                Invalid::Syntax(message) => message.clone(),
                Invalid::Problem(problem) => problem.describe(language),
            },
            FileError::Serialize { message, .. } => {
                msg::file_not_written(language, msg::FileNotWritten { message })
            }
            FileError::TooNew {
                found, supported, ..
            } => msg::file_too_new(
                language,
                msg::FileTooNew {
                    found: *found,
                    supported: *supported,
                },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_says_it_in_french_with_the_place() {
        let error = FileError::TooNew {
            path: PathBuf::from("atelier.ron"),
            found: 9,
            supported: 1,
        };
        let sentence = error.describe(Language::Fr);
        assert!(
            sentence.starts_with("atelier.ron, ligne 1, colonne 1\u{202f}: "),
            "{sentence}"
        );
        assert!(sentence.contains("version plus récente"), "{sentence}");
        assert!(
            error
                .to_string()
                .starts_with("atelier.ron:1:1: this file was written by a newer version"),
            "{error}"
        );
    }
}
