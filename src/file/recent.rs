//! The recent files list, kept in the user's config folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files are remembered.
const MAX_RECENT: usize = 10;

/// Recently opened or saved projects, newest first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentFiles {
    /// The files, newest first.
    pub files: Vec<PathBuf>,
    #[serde(skip)]
    store: Option<PathBuf>,
}

impl RecentFiles {
    /// The list stored in the user's config folder (empty when there is none or it cannot
    /// be read: a missing list is not worth an error).
    pub fn load_from_config() -> Self {
        let store = directories::ProjectDirs::from("org", "Parcours", "Parcours")
            .map(|dirs| dirs.config_dir().join("recent.ron"));
        Self::load(store)
    }

    /// The list stored at `store`; `None` keeps the list in memory only.
    pub fn load(store: Option<PathBuf>) -> Self {
        let files = store
            .as_deref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .and_then(|text| ron::from_str::<RecentFiles>(&text).ok())
            .map(|r| r.files)
            .unwrap_or_default();
        Self { files, store }
    }

    /// Puts `path` at the top of the list and saves the list.
    pub fn add(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.files.retain(|p| p != &path);
        self.files.insert(0, path);
        self.files.truncate(MAX_RECENT);
        self.persist();
    }

    /// Removes `path` (when it can no longer be opened) and saves the list.
    pub fn remove(&mut self, path: &Path) {
        self.files.retain(|p| p != path);
        self.persist();
    }

    fn persist(&self) {
        let Some(store) = &self.store else { return };
        if let Some(parent) = store.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        // The list is a convenience: failing to store it must not disturb the user's work.
        if let Ok(text) = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()) {
            let _ = super::atomic::write_atomically(store, text.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_remembered_newest_first_without_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("recent.ron");
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::fs::write(&a, "").unwrap();
        std::fs::write(&b, "").unwrap();
        let mut recent = RecentFiles::load(Some(store.clone()));
        recent.add(&a);
        recent.add(&b);
        recent.add(&a);
        let reloaded = RecentFiles::load(Some(store));
        assert_eq!(reloaded.files.len(), 2);
        assert!(reloaded.files[0].ends_with("a.ron"));
    }
}
