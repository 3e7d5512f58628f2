//! The user's preferences, kept in the config folder: recent files and the interface
//! language.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::model::MetricKind;

/// How many recent files are remembered.
const MAX_RECENT: usize = 10;

/// What Parcours remembers between launches.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    /// Recently opened or saved projects, newest first.
    #[serde(default)]
    pub recent_files: Vec<PathBuf>,
    /// The interface language the user picked; `None` follows the system locale.
    #[serde(default)]
    pub language: Option<Language>,
    /// How the window was left: the side panels and the heat map.
    #[serde(default)]
    pub view: ViewPreferences,
    /// The last export of each project, to make it again (Ctrl+E) and to start the export
    /// dialog where it was left.
    #[serde(default)]
    pub exports: Vec<RememberedExport>,
    #[serde(skip)]
    store: Option<PathBuf>,
}

/// A project's last export: what it was and where it went.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RememberedExport {
    /// The project file.
    pub project: PathBuf,
    /// What was exported.
    pub options: crate::export::ExportOptions,
    /// The file written.
    pub destination: PathBuf,
}

/// How many projects' exports are remembered.
const MAX_EXPORTS: usize = 30;

/// How the user left the window, found again on the next start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewPreferences {
    /// The project navigator was hidden (View menu).
    #[serde(default)]
    pub hide_navigator: bool,
    /// The inspector was hidden (View menu).
    #[serde(default)]
    pub hide_inspector: bool,
    /// The metric the map was tinted by.
    #[serde(default)]
    pub heat: Option<MetricKind>,
}

impl Preferences {
    /// The preferences stored in the user's config folder (defaults when there are none or
    /// they cannot be read: missing preferences are not worth an error).
    pub fn load_from_config() -> Self {
        let store = directories::ProjectDirs::from("org", "Parcours", "Parcours")
            .map(|dirs| dirs.config_dir().join("preferences.ron"));
        Self::load(store)
    }

    /// The preferences stored at `store`; `None` keeps them in memory only.
    pub fn load(store: Option<PathBuf>) -> Self {
        let stored = store
            .as_deref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .and_then(|text| ron::from_str::<Preferences>(&text).ok())
            .unwrap_or_default();
        Self { store, ..stored }
    }

    /// Puts `path` at the top of the recent files and saves.
    pub fn add_recent(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent_files.retain(|p| p != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(MAX_RECENT);
        self.persist();
    }

    /// Removes `path` from the recent files (when it can no longer be opened) and saves.
    pub fn remove_recent(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.persist();
    }

    /// Remembers how the window is, and saves when that changed.
    pub fn set_view(&mut self, view: ViewPreferences) {
        if self.view != view {
            self.view = view;
            self.persist();
        }
    }

    /// Remembers the interface language and saves.
    pub fn set_language(&mut self, language: Language) {
        self.language = Some(language);
        self.persist();
    }

    /// The last export of the project at `project`.
    pub fn export_of(&self, project: &Path) -> Option<&RememberedExport> {
        let project = project
            .canonicalize()
            .unwrap_or_else(|_| project.to_owned());
        self.exports.iter().find(|e| e.project == project)
    }

    /// Remembers `export` as its project's last, and saves.
    pub fn remember_export(&mut self, mut export: RememberedExport) {
        export.project = export
            .project
            .canonicalize()
            .unwrap_or_else(|_| export.project.clone());
        self.exports.retain(|e| e.project != export.project);
        self.exports.insert(0, export);
        self.exports.truncate(MAX_EXPORTS);
        self.persist();
    }

    fn persist(&self) {
        let Some(store) = &self.store else { return };
        if let Some(parent) = store.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        // Preferences are a convenience: failing to store them must not disturb the work.
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
        let store = dir.path().join("preferences.ron");
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        std::fs::write(&a, "").unwrap();
        std::fs::write(&b, "").unwrap();
        let mut preferences = Preferences::load(Some(store.clone()));
        preferences.add_recent(&a);
        preferences.add_recent(&b);
        preferences.add_recent(&a);
        let reloaded = Preferences::load(Some(store));
        assert_eq!(reloaded.recent_files.len(), 2);
        assert!(reloaded.recent_files[0].ends_with("a.ron"));
    }

    #[test]
    fn the_chosen_language_is_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("preferences.ron");
        let mut preferences = Preferences::load(Some(store.clone()));
        assert_eq!(preferences.language, None);
        preferences.set_language(Language::Fr);
        assert_eq!(Preferences::load(Some(store)).language, Some(Language::Fr));
    }

    #[test]
    fn the_panels_and_the_heat_map_are_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("preferences.ron");
        let mut preferences = Preferences::load(Some(store.clone()));
        let view = ViewPreferences {
            hide_navigator: true,
            hide_inspector: false,
            heat: Some(MetricKind::Csat),
        };
        preferences.set_view(view);
        assert_eq!(Preferences::load(Some(store)).view, view);
    }
}
