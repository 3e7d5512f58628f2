//! An open project: its content, its file, its undo history and whether it is saved.
//! Every change goes through [`Document::apply`], the one place that feeds undo and marks
//! the document unsaved. No egui here.

use std::path::{Path, PathBuf};

use crate::edit::{Edit, EditError, EditLabel, History, MergeKey};
use crate::file::{FileError, Fingerprint, load_project_and_print, save_project_and_print};
use crate::model::{IdCounter, Project};

/// An open project.
#[derive(Debug)]
pub struct Document {
    project: Project,
    /// Where it is saved; `None` for a new project or the example.
    path: Option<PathBuf>,
    /// The name shown when there is no path (e.g. the example's file name).
    display_name: Option<String>,
    history: History,
    saved_state: u64,
    /// The file as it was when last opened or saved, to see another program's changes.
    on_disk: Option<Fingerprint>,
}

impl Document {
    /// A document that is not saved anywhere yet.
    pub fn new(project: Project, display_name: Option<String>) -> Self {
        let history = History::default();
        let saved_state = history.state();
        Self {
            project,
            on_disk: None,
            path: None,
            display_name,
            history,
            saved_state,
        }
    }

    /// Opens a project file. Nothing is changed when it cannot be read.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let (project, print) = load_project_and_print(path)?;
        let mut document = Self::new(project, None);
        document.path = Some(path.to_owned());
        document.on_disk = Some(print);
        Ok(document)
    }

    /// Whether another program changed (or removed) the document's file since Parcours
    /// last opened or saved it.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.on_disk) {
            (Some(path), Some(print)) => print.differs_from_file(path),
            _ => false,
        }
    }

    /// Records the file as it is now on disk (after a save).
    pub fn remember_disk(&mut self, print: Option<Fingerprint>) {
        self.on_disk = print;
    }

    /// A project restored from a recovery copy: its file is `path` (if it had one), and it
    /// is unsaved, since the copy holds work the file does not.
    pub fn restored(project: Project, path: Option<PathBuf>) -> Self {
        let mut document = Self::new(project, None);
        document.path = path;
        // No state of the history is the saved one.
        document.saved_state = u64::MAX;
        document
    }

    /// The project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The file, when there is one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The name for the title bar: the file name, or the display name, or `None` (untitled).
    pub fn name(&self) -> Option<String> {
        self.path
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .or_else(|| self.display_name.clone())
    }

    /// Whether there are changes since the last save (or since opening).
    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
    }

    /// Applies an edit as one undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply(&mut self.project, edit)
    }

    /// Applies an edit merged with the previous one of the same key (typing in a field).
    pub fn apply_merging(&mut self, edit: Edit, key: MergeKey) -> Result<(), EditError> {
        self.history.apply_merging(&mut self.project, edit, key)
    }

    /// Ends the current merged step.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Takes back the last step if it is the unsealed one merged under `key`; see
    /// [`History::retract`].
    pub fn retract(&mut self, key: MergeKey) -> bool {
        self.history.retract(&mut self.project, key)
    }

    /// Undoes the last step.
    pub fn undo(&mut self) -> Option<EditLabel> {
        self.history.undo(&mut self.project)
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) -> Option<EditLabel> {
        self.history.redo(&mut self.project)
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Grows on every change; caches of derived data key on it.
    pub fn generation(&self) -> u64 {
        self.history.generation()
    }

    /// The project's id counter, to name what a coming edit adds. The counter is not
    /// content: undo never winds it back, so that an id is never handed out twice.
    pub fn ids(&mut self) -> &mut IdCounter {
        &mut self.project.next_id
    }

    /// Saves to the document's file. Returns `Ok(false)` when it has none yet.
    pub fn save(&mut self) -> Result<bool, FileError> {
        let Some(path) = self.path.clone() else {
            return Ok(false);
        };
        self.save_as(&path)?;
        Ok(true)
    }

    /// A copy of the project to save on a worker thread, and the undo state it is in.
    pub fn to_save(&self) -> (Project, u64) {
        (self.project.clone(), self.history.state())
    }

    /// Sets the project's creation and last-save dates, as a save writes them: they describe
    /// the file, not a change of the user's, so they are not an undo step.
    pub fn stamp_dates(&mut self, created: &str, modified: &str) {
        created.clone_into(&mut self.project.info.created);
        modified.clone_into(&mut self.project.info.modified);
    }

    /// Marks the document saved to `path` as it was in `state` (from [`Document::to_save`]):
    /// edits made while it was being written leave it unsaved.
    pub fn saved_as(&mut self, path: &Path, state: u64) {
        self.path = Some(path.to_owned());
        self.saved_state = state;
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<(), FileError> {
        self.on_disk = save_project_and_print(&self.project, path)?;
        self.path = Some(path.to_owned());
        self.saved_state = self.history.state();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_project;
    use crate::model::CardContent;

    #[test]
    fn undo_back_to_the_saved_state_is_clean_again() {
        let mut doc = Document::new(example_project(), None);
        let map = doc.project().maps[0].id;
        let card = doc.project().maps[0].cards[0].clone();
        let mut content = card.content.clone();
        content.set_title("Autre".into());
        assert!(!doc.is_dirty());
        doc.apply(Edit::SetCardContent {
            map,
            card: card.id,
            content,
        })
        .unwrap();
        assert!(doc.is_dirty());
        doc.undo();
        assert!(!doc.is_dirty());
        doc.redo();
        assert!(doc.is_dirty());
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut doc = Document::new(example_project(), None);
        let map = doc.project().maps[0].id;
        let card = doc.project().maps[0].cards[0].clone();
        for title in ["P", "Pa", "Pai"] {
            let mut content: CardContent = card.content.clone();
            content.set_title(title.into());
            doc.apply_merging(
                Edit::SetCardContent {
                    map,
                    card: card.id,
                    content,
                },
                7,
            )
            .unwrap();
        }
        doc.seal();
        assert_eq!(doc.history().undo_len(), 1);
        doc.undo();
        assert_eq!(doc.project().maps[0].cards[0].title(), card.title());
    }

    #[test]
    fn an_edit_made_while_saving_leaves_the_document_unsaved() {
        let dir = std::env::temp_dir().join(format!("parcours-doc-{}", std::process::id()));
        let mut doc = Document::new(example_project(), None);
        let (project, state) = doc.to_save();
        let map = doc.project().maps[0].id;
        let card = doc.project().maps[0].cards[0].clone();
        let mut content = card.content.clone();
        content.set_title("Pendant l'enregistrement".into());
        doc.apply(Edit::SetCardContent {
            map,
            card: card.id,
            content,
        })
        .unwrap();
        // The worker wrote `project`; the edit came after it.
        assert_ne!(&project, doc.project());
        doc.saved_as(&dir.join("velo.ron"), state);
        assert!(doc.is_dirty());
        assert_eq!(doc.path(), Some(dir.join("velo.ron").as_path()));
        doc.undo();
        assert!(!doc.is_dirty());
    }
}
