//! What can go wrong with a project file, in words a user can act on.

use std::path::PathBuf;

use thiserror::Error;

use crate::i18n::{Language, Text};

/// An error reading or writing a project file. Reading errors carry the 1-based line and
/// column where the problem is. `Display` gives the `FILE:LINE:COL: message` form of the
/// command line; [`FileError::describe`] the sentence shown in the window.
#[derive(Debug, Error)]
pub enum FileError {
    /// The operating system refused to read or write.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not text (not valid UTF-8) from this place on.
    #[error(
        "{}:{line}:{column}: this is not a text file (it is not valid UTF-8); a Parcours project is a RON text file",
        path.display()
    )]
    NotText {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first byte that is not text.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The file is RON, or text, but not a Parcours project.
    #[error(
        "{}:1:1: this is not a Parcours project: expected `format: \"parcours\"` at the top",
        path.display()
    )]
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a valid project at this place.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was expected there (from the RON parser or the project checks).
        message: String,
    },
    /// The file was written by a newer Parcours.
    #[error(
        "{}:1:1: written by a newer version of Parcours (format version {found}); this version reads up to {supported}",
        path.display()
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The project could not be turned into text (should not happen).
    #[error("{}: could not write the project: {message}", path.display())]
    Serialize {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

impl FileError {
    /// The line and column of the problem, when there is one.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            FileError::Invalid { line, column, .. } | FileError::NotText { line, column, .. } => {
                Some((*line, *column))
            }
            FileError::TooNew { .. } | FileError::Foreign { .. } => Some((1, 1)),
            FileError::Io { .. } | FileError::Serialize { .. } => None,
        }
    }

    /// The file concerned.
    pub fn path(&self) -> &std::path::Path {
        match self {
            FileError::Io { path, .. }
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
            sentence.push_str(&format!(
                ", {} {line}, {} {column}",
                t(Text::LineWord),
                t(Text::ColumnWord)
            ));
        }
        sentence.push_str(t(Text::Colon));
        let what = match self {
            FileError::Io { source, .. } => source.to_string(),
            FileError::NotText { .. } => t(Text::FileNotText).to_owned(),
            FileError::Foreign { .. } => t(Text::FileForeign).to_owned(),
            FileError::Invalid { message, .. } | FileError::Serialize { message, .. } => {
                message.clone()
            }
            FileError::TooNew {
                found, supported, ..
            } => format!("{} ({found} > {supported})", t(Text::FileTooNew)),
        };
        sentence.push_str(&what);
        sentence
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
            sentence.starts_with("atelier.ron, ligne 1, colonne 1 : "),
            "{sentence}"
        );
        assert!(sentence.contains("version plus récente"), "{sentence}");
        assert!(
            error
                .to_string()
                .starts_with("atelier.ron:1:1: written by a newer version")
        );
    }
}
