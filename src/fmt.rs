//! `parcours fmt FILE…`: rewrites projects in canonical form (fields in a fixed order,
//! pretty-printed) through the safe save, for a hand edit or a git merge.

use std::path::Path;

use crate::file::{FileError, load_project, save_project, to_ron};

/// What `fmt` did with a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formatted {
    /// Already in canonical form: not written.
    Canonical,
    /// Rewritten in canonical form.
    Rewritten,
    /// Not in canonical form (with `--check`, which writes nothing).
    NotCanonical,
}

/// Puts the project at `path` in canonical form, or only says whether it is (`check`). The
/// file is written through the safe save: its mode, owner and symlink are kept, and its
/// previous version becomes its backup.
pub fn format_file(path: &Path, check: bool) -> Result<Formatted, FileError> {
    let project = load_project(path)?;
    let canonical = to_ron(&project).map_err(|error| FileError::Serialize {
        path: path.to_owned(),
        message: error.to_string(),
    })?;
    let current = std::fs::read(path).map_err(|source| FileError::Io {
        path: path.to_owned(),
        source,
    })?;
    if current == canonical.as_bytes() {
        return Ok(Formatted::Canonical);
    }
    if check {
        return Ok(Formatted::NotCanonical);
    }
    save_project(&project, path)?;
    Ok(Formatted::Rewritten)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hand_edit_is_put_back_in_canonical_form() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let canonical = crate::example::EXAMPLE_RON;
        // A hand edit that changes the layout, not the content.
        let edited = canonical.replace("  ", "    ");
        std::fs::write(&path, &edited).unwrap();
        assert_eq!(format_file(&path, true).unwrap(), Formatted::NotCanonical);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
        assert_eq!(format_file(&path, false).unwrap(), Formatted::Rewritten);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical);
        assert_eq!(format_file(&path, true).unwrap(), Formatted::Canonical);
    }
}
