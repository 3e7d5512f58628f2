//! Crash recovery: while a project has unsaved changes, a copy of it is kept in the data
//! folder, never over the user's file or its backup. A clean exit or a save removes it; a
//! copy left by a session that ended otherwise is offered back on the next start.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically_without_backup;
use super::project_file::{parse_project, to_ron};
use crate::model::Project;

/// Where the recovery copies of this session go, if anywhere.
#[derive(Clone, Debug, Default)]
pub struct Recovery {
    folder: Option<PathBuf>,
}

/// A copy left by an earlier session.
#[derive(Clone, Debug)]
pub struct Recovered {
    /// The copy.
    pub project: Project,
    /// The file the project was opened from or saved to, if it had one.
    pub source: Option<PathBuf>,
    /// When the copy was written, `YYYY-MM-DD HH:MM`.
    pub written_at: String,
    /// The copy's files, removed once the user has chosen.
    files: Vec<PathBuf>,
}

/// What is stored beside a copy.
#[derive(Debug, Serialize, Deserialize)]
struct Meta {
    source: Option<PathBuf>,
    written_at: String,
    process: u32,
}

impl Recovery {
    /// Copies in the user's data folder (`~/.local/share/parcours/recovery`).
    pub fn in_data_folder() -> Self {
        let folder = directories::ProjectDirs::from("org", "Parcours", "Parcours")
            .map(|dirs| dirs.data_dir().join("recovery"));
        Self { folder }
    }

    /// Copies in `folder` (tests).
    pub fn at(folder: &Path) -> Self {
        Self {
            folder: Some(folder.to_owned()),
        }
    }

    /// No copies (tests, benchmarks).
    pub fn disabled() -> Self {
        Self { folder: None }
    }

    fn slot(&self, process: u32) -> Option<(PathBuf, PathBuf)> {
        let folder = self.folder.as_ref()?;
        Some((
            folder.join(format!("session-{process}.ron")),
            folder.join(format!("session-{process}.meta")),
        ))
    }

    /// Keeps `project` as this session's copy, with the file it belongs to. Errors are
    /// reported but harmless: the user's file is never touched.
    pub fn write(&self, project: &Project, source: Option<&Path>) -> std::io::Result<()> {
        self.write_for(project, source, std::process::id())
    }

    /// Keeps `project` as the copy of session `process` (another one than this, in tests of
    /// what the next start offers).
    pub fn write_for(
        &self,
        project: &Project,
        source: Option<&Path>,
        process: u32,
    ) -> std::io::Result<()> {
        let Some((copy, meta)) = self.slot(process) else {
            return Ok(());
        };
        if let Some(folder) = &self.folder {
            std::fs::create_dir_all(folder)?;
        }
        let text = to_ron(project).map_err(std::io::Error::other)?;
        // The copy is for a crash, not a history: no backup of it is kept.
        write_atomically_without_backup(&copy, text.as_bytes()).map_err(|e| e.source)?;
        let meta_text = ron::to_string(&Meta {
            source: source.map(Path::to_owned),
            written_at: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
            process,
        })
        .map_err(std::io::Error::other)?;
        write_atomically_without_backup(&meta, meta_text.as_bytes()).map_err(|e| e.source)?;
        Ok(())
    }

    /// Removes this session's copy: the work is saved, or the user chose to leave it.
    pub fn clear(&self) {
        if let Some((copy, meta)) = self.slot(std::process::id()) {
            for file in [copy, meta] {
                let _ = std::fs::remove_file(file);
            }
        }
    }

    /// The copies left by sessions that are not running any more, newest first. A copy that
    /// cannot be read is skipped (and left where it is).
    pub fn found(&self) -> Vec<Recovered> {
        let Some(folder) = &self.folder else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let meta_path = entry.path();
            if meta_path.extension().is_none_or(|e| e != "meta") {
                continue;
            }
            let Some(meta) = std::fs::read_to_string(&meta_path)
                .ok()
                .and_then(|text| ron::from_str::<Meta>(&text).ok())
            else {
                continue;
            };
            if meta.process == std::process::id() || is_running(meta.process) {
                continue;
            }
            let copy = meta_path.with_extension("ron");
            let Some(project) = std::fs::read(&copy)
                .ok()
                .and_then(|bytes| parse_project(&bytes, &copy).ok())
            else {
                continue;
            };
            found.push(Recovered {
                project,
                source: meta.source,
                written_at: meta.written_at,
                files: vec![copy, meta_path],
            });
        }
        found.sort_by(|a, b| b.written_at.cmp(&a.written_at));
        found
    }
}

/// A newer version of the project at `path` left by a save that was interrupted (a kill, a
/// power cut): the temporary files of the safe save beside it. The newest one that reads as
/// a project and is newer than the file is offered; choosing removes them all.
pub fn interrupted_save(path: &Path) -> Option<Recovered> {
    let real = std::fs::canonicalize(path).ok()?;
    let folder = real.parent()?;
    let file_time = std::fs::metadata(&real).and_then(|m| m.modified()).ok()?;
    let mut leftovers: Vec<(PathBuf, std::time::SystemTime)> = std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with(".parcours-") && (name.ends_with(".tmp") || name.ends_with(".bak"))
        })
        .filter_map(|entry| {
            let time = entry.metadata().and_then(|m| m.modified()).ok()?;
            Some((entry.path(), time))
        })
        .collect();
    if leftovers.is_empty() {
        return None;
    }
    leftovers.sort_by_key(|(_, time)| std::cmp::Reverse(*time));
    let files: Vec<PathBuf> = leftovers.iter().map(|(p, _)| p.clone()).collect();
    let (newest, time) = leftovers.iter().find_map(|(p, time)| {
        let project = std::fs::read(p)
            .ok()
            .and_then(|bytes| parse_project(&bytes, p).ok())?;
        (*time > file_time).then_some((project, *time))
    })?;
    let written_at = chrono::DateTime::<chrono::Local>::from(time)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    Some(Recovered {
        project: newest,
        source: Some(path.to_owned()),
        written_at,
        files,
    })
}

/// This window's mark on a project file it has open, removed when the window lets the file
/// go: another Parcours opening the same file sees it.
#[derive(Debug)]
pub struct OpenMark {
    file: Option<PathBuf>,
}

impl OpenMark {
    /// The mark's file, if one could be written.
    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }
}

impl Drop for OpenMark {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            let _ = std::fs::remove_file(file);
        }
    }
}

impl Recovery {
    /// Marks `project` as open in this window; returns the mark and, when another running
    /// Parcours has the same file open, its process id.
    pub fn mark_open(&self, project: &Path) -> (OpenMark, Option<u32>) {
        let none = OpenMark { file: None };
        let Some(folder) = self.folder.as_ref().map(|f| f.join("open")) else {
            return (none, None);
        };
        let Ok(real) = std::fs::canonicalize(project) else {
            return (none, None);
        };
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&real, &mut hasher);
        let mark = folder.join(format!("{:016x}", std::hash::Hasher::finish(&hasher)));
        let other = std::fs::read_to_string(&mark)
            .ok()
            .and_then(|text| text.trim().parse::<u32>().ok())
            .filter(|pid| *pid != std::process::id() && is_running(*pid));
        if std::fs::create_dir_all(&folder).is_err()
            || std::fs::write(&mark, std::process::id().to_string()).is_err()
        {
            return (none, other);
        }
        (OpenMark { file: Some(mark) }, other)
    }
}

impl Recovered {
    /// Removes the copy: it was restored or discarded.
    pub fn remove(&self) {
        for file in &self.files {
            let _ = std::fs::remove_file(file);
        }
    }
}

/// Whether the process `pid` still runs (another Parcours window): its copy is not offered.
fn is_running(pid: u32) -> bool {
    #[cfg(target_os = "linux")]
    {
        Path::new(&format!("/proc/{pid}")).exists()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = pid;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_of_this_session_is_not_offered_and_clear_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery::at(dir.path());
        let project = crate::example::example_project();
        recovery
            .write(&project, Some(Path::new("atelier.ron")))
            .unwrap();
        // Still running: not offered.
        assert!(recovery.found().is_empty());
        recovery.clear();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_copy_left_by_an_ended_session_is_offered_then_removed() {
        let dir = tempfile::tempdir().unwrap();
        let project = crate::example::example_project();
        // As a session that ended without a clean exit left it: process 0 never runs.
        let text = to_ron(&project).unwrap();
        std::fs::write(dir.path().join("session-0.ron"), text).unwrap();
        let meta = Meta {
            source: Some(PathBuf::from("atelier.ron")),
            written_at: "2026-12-01 14:32".into(),
            process: 0,
        };
        std::fs::write(
            dir.path().join("session-0.meta"),
            ron::to_string(&meta).unwrap(),
        )
        .unwrap();
        let found = Recovery::at(dir.path()).found();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].written_at, "2026-12-01 14:32");
        assert_eq!(found[0].project, project);
        found[0].remove();
        assert!(Recovery::at(dir.path()).found().is_empty());
    }
}
