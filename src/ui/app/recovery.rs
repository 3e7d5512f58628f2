//! The app's side of crash recovery: a copy of unsaved work kept in the data folder after
//! each change (at most every 30 seconds while changes continue), removed by a save or a
//! clean exit, and offered back on the next start.

use std::path::Path;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use egui::Context;

use super::ParcoursApp;
use crate::document::Document;
use crate::file::{Recovered, Recovery};
use crate::ui::dialogs::{RecoveryChoice, recovery_ui};

/// The longest unsaved work goes without a recovery copy while changes continue.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// The recovery state of a window.
#[derive(Default)]
pub(in crate::ui) struct Autosave {
    /// Where copies go.
    pub recovery: Recovery,
    /// A copy left by an earlier session, offered until the user chooses.
    pub offered: Option<Recovered>,
    /// The maps, stages and cards of the file that copy belongs to, as saved.
    offered_saved: Option<(usize, usize, usize)>,
    /// The document generation last copied.
    copied: Option<u64>,
    last: Option<Instant>,
    writing: Option<JoinHandle<()>>,
}

impl Autosave {
    /// Waits for a copy being written, so that nothing writes one after it is removed.
    fn settle(&mut self) {
        if let Some(writing) = self.writing.take() {
            let _ = writing.join();
        }
    }

    /// Removes this session's copy: the work is saved, or the user left it.
    pub fn clear(&mut self) {
        self.settle();
        self.recovery.clear();
        self.copied = None;
        self.last = None;
    }
}

impl ParcoursApp {
    /// Uses `recovery` for this window's copies, and offers a copy an earlier session left.
    pub fn set_recovery(&mut self, recovery: Recovery) {
        self.autosave.offered = recovery.found().into_iter().next();
        self.autosave.offered_saved = self
            .autosave
            .offered
            .as_ref()
            .and_then(|offered| offered.source.as_deref())
            .and_then(|path| crate::file::load_project(path).ok())
            .map(|project| project.counts());
        self.autosave.recovery = recovery;
    }

    /// Offers `recovered` (a newer version left beside the file by a save cut short), with
    /// the file's own maps, stages and cards to compare.
    pub(in crate::ui) fn offer_recovered(&mut self, recovered: Option<Recovered>) {
        let Some(recovered) = recovered else { return };
        self.autosave.offered_saved = Some(self.doc.project().counts());
        self.autosave.offered = Some(recovered);
    }

    /// Copies the document to the recovery folder when it has changed since the last copy
    /// and the last copy is old enough; otherwise asks for a frame when it will be. Nothing
    /// is asked while the work is saved.
    pub(in crate::ui) fn autosave(&mut self, ctx: &Context) {
        if !self.doc.is_dirty() {
            return;
        }
        let generation = self.doc.generation();
        if self.autosave.copied == Some(generation) {
            return;
        }
        let wait = self.autosave.last.map_or(Duration::ZERO, |t| {
            AUTOSAVE_EVERY.saturating_sub(t.elapsed())
        });
        if !wait.is_zero() {
            ctx.request_repaint_after(wait);
            return;
        }
        self.autosave.settle();
        let (project, _) = self.doc.to_save();
        let source = self.doc.path().map(Path::to_owned);
        let recovery = self.autosave.recovery.clone();
        // Written beside the work, on a thread: a large project does not stop the window.
        self.autosave.writing = Some(std::thread::spawn(move || {
            let _ = recovery.write(&project, source.as_deref());
        }));
        self.autosave.copied = Some(generation);
        self.autosave.last = Some(Instant::now());
    }

    /// The offer of a copy left by an earlier session, until the user chooses.
    pub(in crate::ui) fn recovery_offer(&mut self, ctx: &Context) {
        let Some(offered) = &self.autosave.offered else {
            return;
        };
        let saved = self.autosave.offered_saved;
        let Some(choice) = recovery_ui(ctx, self.language, offered, saved) else {
            return;
        };
        let Some(offered) = self.autosave.offered.take() else {
            return;
        };
        match choice {
            RecoveryChoice::Restore => {
                let source = offered.source.clone();
                self.replace_document(Document::restored(offered.project.clone(), source));
            }
            RecoveryChoice::OpenSaved => {
                if let Some(path) = offered.source.clone() {
                    self.open_path(&path);
                }
            }
            RecoveryChoice::Discard => {}
        }
        offered.remove();
    }
}
