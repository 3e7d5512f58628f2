//! Project files: RON read and write, format versions, atomic saves with a backup, and the
//! list of recent files.

mod atomic;
mod error;
mod fingerprint;
mod preferences;
pub use fingerprint::Fingerprint;
mod recovery;
pub use recovery::{OpenMark, Recovered, Recovery, interrupted_save};
mod project_file;
mod validate;
pub use validate::{Item, Problem, ProblemKind};

pub use atomic::{Refusal, SaveError, SaveStep, backup_path, write_atomically, write_with_faults};
pub use error::{FileError, Invalid};
pub use preferences::{Preferences, RememberedExport, ViewPreferences};
pub use project_file::{
    load_project, load_project_and_print, parse_project, save_project, save_project_and_print,
    to_ron, write_export,
};
