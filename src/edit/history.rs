//! The undo/redo history.

use super::apply::{Edit, EditError, apply};
use super::label::EditLabel;
use crate::model::Project;

/// Consecutive edits with the same key (typing in one text field, say) make one undo step
/// until [`History::seal`] is called.
pub type MergeKey = u64;

/// How many steps are kept by default.
pub const DEFAULT_LIMIT: usize = 10_000;

#[derive(Clone, Debug)]
struct Step {
    label: EditLabel,
    /// Undoes the step when it is on the undo stack; redoes it on the redo stack.
    edit: Edit,
    merge_key: Option<MergeKey>,
    /// The state before and after the step, to tell whether the document is back where it
    /// was saved.
    state_before: u64,
    state_after: u64,
}

/// The undo and redo stacks of a document.
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: usize,
    state: u64,
    next_state: u64,
    generation: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    /// A history keeping at most `limit` undo steps.
    pub fn with_limit(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            state: 0,
            next_state: 1,
            generation: 0,
        }
    }

    /// Applies `edit` as a new undo step and forgets what could be redone.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<(), EditError> {
        self.apply_inner(project, edit, None)
    }

    /// Applies `edit`, merged into the previous step when it has the same `key` and the
    /// history was not sealed since: one text field edit is one undo step.
    pub fn apply_merging(
        &mut self,
        project: &mut Project,
        edit: Edit,
        key: MergeKey,
    ) -> Result<(), EditError> {
        self.apply_inner(project, edit, Some(key))
    }

    fn apply_inner(
        &mut self,
        project: &mut Project,
        edit: Edit,
        key: Option<MergeKey>,
    ) -> Result<(), EditError> {
        let label = EditLabel::of(&edit, project);
        let inverse = apply(project, edit)?;
        self.redo.clear();
        self.generation += 1;
        let new_state = self.next_state;
        self.next_state += 1;
        if let (Some(key), Some(top)) = (key, self.undo.last_mut())
            && top.merge_key == Some(key)
        {
            // The older inverse already restores the state before the first merged edit.
            top.state_after = new_state;
            self.state = new_state;
            return Ok(());
        }
        self.undo.push(Step {
            label,
            edit: inverse,
            merge_key: key,
            state_before: self.state,
            state_after: new_state,
        });
        self.state = new_state;
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Ends the current merge: the next edit starts a new step.
    pub fn seal(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge_key = None;
        }
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Option<EditLabel> {
        let step = self.undo.pop()?;
        match apply(project, step.edit.clone()) {
            Ok(redo) => {
                self.state = step.state_before;
                self.generation += 1;
                let label = step.label.clone();
                self.redo.push(Step {
                    edit: redo,
                    merge_key: None,
                    ..step
                });
                Some(label)
            }
            Err(_) => {
                // Cannot happen while every change goes through the history; drop the
                // history rather than corrupt the project.
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }

    /// Takes back the last step when it is the one merged under `key` and not sealed yet, as
    /// if it had never been made: undone, and not offered to redo (a new card whose naming
    /// is cancelled). Returns whether it did.
    pub fn retract(&mut self, project: &mut Project, key: MergeKey) -> bool {
        if self.undo.last().and_then(|s| s.merge_key) != Some(key) || self.undo(project).is_none() {
            return false;
        }
        self.redo.pop();
        true
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self, project: &mut Project) -> Option<EditLabel> {
        let step = self.redo.pop()?;
        match apply(project, step.edit.clone()) {
            Ok(undo) => {
                self.state = step.state_after;
                self.generation += 1;
                let label = step.label.clone();
                self.undo.push(Step { edit: undo, ..step });
                Some(label)
            }
            Err(_) => {
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }

    /// The label of the step [`Self::undo`] would undo.
    pub fn undo_label(&self) -> Option<&EditLabel> {
        self.undo.last().map(|s| &s.label)
    }

    /// The label of the step [`Self::redo`] would redo.
    pub fn redo_label(&self) -> Option<&EditLabel> {
        self.redo.last().map(|s| &s.label)
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Identifies the project's current state: equal values mean equal content, so a
    /// document is unsaved when this differs from the value at the last save.
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Grows on every change, undo and redo included; caches key on it.
    pub fn generation(&self) -> u64 {
        self.generation
    }
}
