//! Safe saves: a save either replaces the file whole or leaves it, and its backup, as they
//! were; the file keeps its identity (a symlink still points at it, its mode is kept).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where the previous version of `path` is kept: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The steps of a save, named when one fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Looking at the file to replace: a regular file, writable.
    Check,
    /// Writing the new version to a temporary file beside it.
    Write,
    /// Flushing the temporary file to the disk.
    Sync,
    /// Keeping the previous version as `NAME.ron.bak`.
    Backup,
    /// Putting the new version in the file's place.
    Rename,
}

impl SaveStep {
    /// Every step, in order.
    pub const ALL: [SaveStep; 5] = [
        SaveStep::Check,
        SaveStep::Write,
        SaveStep::Sync,
        SaveStep::Backup,
        SaveStep::Rename,
    ];
}

/// Why a save refused to go on, when no system error says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The file is not a regular file (a folder, a device).
    NotRegularFile,
    /// The file is read-only.
    ReadOnly,
    /// Every temporary name beside the file is taken.
    NoTemporaryName,
}

/// A save that failed, at `step`.
#[derive(Debug, thiserror::Error)]
#[error("{step:?}: {source}")]
pub struct SaveError {
    /// The step that failed.
    pub step: SaveStep,
    /// The system's error.
    #[source]
    pub source: io::Error,
    /// What the save refused, when it is not the system's error.
    pub refusal: Option<Refusal>,
}

/// The error of a refusal, for the place of a system error.
fn refused(refusal: Refusal) -> io::Error {
    let kind = match refusal {
        Refusal::NotRegularFile => io::ErrorKind::InvalidInput,
        Refusal::ReadOnly => io::ErrorKind::PermissionDenied,
        Refusal::NoTemporaryName => io::ErrorKind::AlreadyExists,
    };
    io::Error::new(kind, RefusalError(refusal))
}

/// A refusal carried inside an [`io::Error`].
#[derive(Debug)]
struct RefusalError(Refusal);

impl std::fmt::Display for RefusalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl std::error::Error for RefusalError {}

/// The refusal inside `error`, if it is one.
fn refusal_of(error: &io::Error) -> Option<Refusal> {
    error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<RefusalError>())
        .map(|r| r.0)
}

/// Writes `bytes` to `path` safely:
///
/// - a symlink is followed, and the file it points at is replaced (the link stays a link);
/// - a file that is not a regular one, or is read-only, is not written;
/// - the new version goes to a temporary file of a short, fixed-length name in the same
///   folder, synced, given the file's mode (and owner, where permitted), then renamed over
///   the file;
/// - the previous version becomes [`backup_path`] by a hard link renamed into place (a copy
///   where links are not possible), so the previous backup stays whole until the new one is
///   complete; a backup that is a symlink or not a regular file is left alone;
/// - the folder is synced, so that the rename survives a power cut.
///
/// On error nothing is changed: the file and its backup are as they were, no temporary file
/// is left, and the error says which step failed.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_inner(path, bytes, true, &mut |_| Ok(()))
}

/// [`write_atomically`] without a backup: for copies Parcours keeps for itself (recovery),
/// whose previous version is worth nothing.
pub fn write_atomically_without_backup(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_inner(path, bytes, false, &mut |_| Ok(()))
}

/// [`write_atomically`], with `fault` called before each step: an error it returns stops the
/// save there, as a failure of that step would (for tests of every failure).
pub fn write_with_faults(
    path: &Path,
    bytes: &[u8],
    fault: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> Result<(), SaveError> {
    write_inner(path, bytes, true, fault)
}

fn write_inner(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    fault: &mut dyn FnMut(SaveStep) -> io::Result<()>,
) -> Result<(), SaveError> {
    let at = |step: SaveStep| {
        move |source: io::Error| SaveError {
            step,
            refusal: refusal_of(&source),
            source,
        }
    };
    fault(SaveStep::Check).map_err(at(SaveStep::Check))?;
    // The real file, through any symlink; a new file is written where asked.
    let target = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(error) if error.kind() == io::ErrorKind::NotFound => path.to_owned(),
        Err(error) => return Err(at(SaveStep::Check)(error)),
    };
    let existing = match fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(at(SaveStep::Check)(error)),
    };
    if let Some(metadata) = &existing {
        if !metadata.is_file() {
            return Err(at(SaveStep::Check)(refused(Refusal::NotRegularFile)));
        }
        if metadata.permissions().readonly() {
            return Err(at(SaveStep::Check)(refused(Refusal::ReadOnly)));
        }
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };

    let (temporary, mut file) = create_temporary(&folder, "tmp").map_err(at(SaveStep::Write))?;
    let result = (|| {
        fault(SaveStep::Write).map_err(at(SaveStep::Write))?;
        file.write_all(bytes).map_err(at(SaveStep::Write))?;
        fault(SaveStep::Sync).map_err(at(SaveStep::Sync))?;
        file.flush().map_err(at(SaveStep::Sync))?;
        file.sync_all().map_err(at(SaveStep::Sync))?;
        if let Some(metadata) = &existing {
            keep_identity(&file, metadata);
        }
        drop(file);
        fault(SaveStep::Backup).map_err(at(SaveStep::Backup))?;
        let staged = match existing {
            Some(_) if keep_backup => {
                stage_backup(&target, &folder).map_err(at(SaveStep::Backup))?
            }
            _ => None,
        };
        let renamed = fault(SaveStep::Rename)
            .and_then(|()| fs::rename(&temporary, &target))
            .map_err(at(SaveStep::Rename));
        if let Err(error) = renamed {
            if let Some(staged) = &staged {
                let _ = fs::remove_file(staged);
            }
            return Err(error);
        }
        // The previous version becomes the backup only now that the new one is in place;
        // until then the old backup stays whole. Should this last rename fail, the previous
        // version is still under its staged name, beside the file.
        if let Some(staged) = staged {
            let _ = fs::rename(&staged, backup_path(&target));
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
        return result;
    }
    // The rename is durable once the folder is synced.
    if let Ok(dir) = File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A new file of a short, fixed-length name in `folder`: `.parcours-1a2b3c4d.tmp`. The name
/// does not grow with the project's name, which may already be as long as a name can be.
fn create_temporary(folder: &Path, extension: &str) -> io::Result<(PathBuf, File)> {
    let seed = u64::from(std::process::id()) << 32
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::from(d.subsec_nanos()));
    for attempt in 0..64u64 {
        let name = format!(
            ".parcours-{:08x}.{extension}",
            (seed.wrapping_add(attempt.wrapping_mul(0x9e37_79b9))) as u32
        );
        let path = folder.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error),
        }
    }
    Err(refused(Refusal::NoTemporaryName))
}

/// Gives the new version the old one's mode, and its owner where the user may.
fn keep_identity(file: &File, previous: &fs::Metadata) {
    let _ = file.set_permissions(previous.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only the owner's group can change without privileges; failing is harmless.
        let _ = std::os::unix::fs::fchown(file, Some(previous.uid()), Some(previous.gid()));
    }
}

/// Stages `target` as its coming backup: a hard link (or a copy) under a temporary name, to
/// be renamed over the old backup once the save is done. `None` when the backup is a
/// symlink or not a regular file: it is left alone.
fn stage_backup(target: &Path, folder: &Path) -> io::Result<Option<PathBuf>> {
    let backup = backup_path(target);
    match fs::symlink_metadata(&backup) {
        Ok(metadata) if !metadata.file_type().is_file() => return Ok(None),
        _ => {}
    }
    let (staged, file) = create_temporary(folder, "bak")?;
    drop(file);
    let result = fs::remove_file(&staged)
        .and_then(|()| fs::hard_link(target, &staged))
        .or_else(|_| copy_synced(target, &staged));
    match result {
        Ok(()) => Ok(Some(staged)),
        Err(error) => {
            let _ = fs::remove_file(&staged);
            Err(error)
        }
    }
}

/// Copies `from` to a new file `to`, synced.
fn copy_synced(from: &Path, to: &Path) -> io::Result<()> {
    let _ = fs::remove_file(to);
    fs::copy(from, to)?;
    File::open(to)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_save_replaces_the_file_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        write_atomically(&path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_atomically(&path, b"two").unwrap();
        write_atomically(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        // No temporary file left behind.
        assert_eq!(names(dir.path()), ["p.ron", "p.ron.bak"]);
    }

    #[test]
    fn a_failed_save_leaves_the_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("p.ron");
        assert!(write_atomically(&path, b"x").is_err());
        assert!(!path.exists());
    }

    #[test]
    fn a_failure_at_any_step_leaves_the_file_and_its_backup_as_they_were() {
        for step in SaveStep::ALL {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.ron");
            write_atomically(&path, b"old").unwrap();
            write_atomically(&path, b"current").unwrap();
            let error = write_with_faults(&path, b"new", &mut |at| {
                if at == step {
                    Err(io::Error::other("injected"))
                } else {
                    Ok(())
                }
            })
            .unwrap_err();
            assert_eq!(error.step, step);
            assert_eq!(fs::read(&path).unwrap(), b"current", "{step:?}");
            assert_eq!(fs::read(backup_path(&path)).unwrap(), b"old", "{step:?}");
            assert_eq!(names(dir.path()), ["p.ron", "p.ron.bak"], "{step:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_file_keeps_its_mode_and_its_symlink() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        write_atomically(&real, b"one").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"two").unwrap();
        // The link is still a link, and the file it points at has the new version.
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"two");
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(fs::read(backup_path(&real)).unwrap(), b"one");
    }

    #[cfg(unix)]
    #[test]
    fn a_backup_that_is_a_symlink_is_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let elsewhere = dir.path().join("precious.txt");
        fs::write(&elsewhere, b"keep me").unwrap();
        write_atomically(&path, b"one").unwrap();
        std::os::unix::fs::symlink(&elsewhere, backup_path(&path)).unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&elsewhere).unwrap(), b"keep me");
        assert_eq!(fs::read(&path).unwrap(), b"two");
    }

    #[test]
    fn a_read_only_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        write_atomically(&path, b"one").unwrap();
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).unwrap();
        let error = write_atomically(&path, b"two").unwrap_err();
        assert_eq!(error.step, SaveStep::Check);
        assert_eq!(error.refusal, Some(Refusal::ReadOnly));
        assert_eq!(fs::read(&path).unwrap(), b"one");
    }

    #[test]
    fn a_name_as_long_as_names_go_is_saved_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.ron", "a".repeat(247)));
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
    }
}
