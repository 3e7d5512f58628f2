//! What can go wrong with a project file, in words a user can act on.

use std::path::PathBuf;

use thiserror::Error;

/// An error reading or writing a project file. Reading errors carry the 1-based line and
/// column where the problem is.
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
    /// The file is not a valid project at this place.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was expected there.
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
            FileError::Invalid { line, column, .. } => Some((*line, *column)),
            FileError::TooNew { .. } => Some((1, 1)),
            _ => None,
        }
    }
}
