//! Background work in the window: what runs, its progress with Cancel, and what the app does
//! with each result. Short work is done before any progress shows (a tenth of a second), so
//! that small files feel instant and large ones never freeze the window.

use std::time::Duration;

use egui::{Context, Id, Modal, ProgressBar, RichText};

use super::ParcoursApp;
use crate::edit::Edit;
use crate::i18n::Text;
use crate::jobs::{Job, JobLost};
use crate::model::IdCounter;
use std::path::{Path, PathBuf};

use crate::file::{FileError, Fingerprint};
use crate::model::WaveId;
use crate::survey::{self, ImportReport, PlannedImport, Source, SurveyError};
use crate::ui::command::{Action, Command};
use crate::ui::dialogs::Dialog;
use crate::ui::survey::ImportSession;

/// How long the window waits for work before showing its progress.
const WAIT_BEFORE_PROGRESS: Duration = Duration::from_millis(80);

/// Work running on a worker thread, by what its result is for.
pub(in crate::ui) enum Work {
    /// Reading an export and proposing its mapping (the import dialog opens after).
    OpenExport(Job<Result<ImportSession, SurveyError>>),
    /// Reading the whole export for its touchpoint values (the dialog's Next).
    ReadTouchpoints(Job<ImportSession>),
    /// Reading it with the user's choices into the import's edit (the dialog's Import);
    /// the ids it took come back with it.
    Import(Job<(ImportSession, Option<(PlannedImport, IdCounter)>)>),
    /// Reading a wave's file again.
    Refresh(Job<Result<Option<(Edit, ImportReport)>, SurveyError>>),
    /// Writing the project; then what the user asked for after saving.
    Save(Job<Result<Option<Fingerprint>, FileError>>, SaveTarget),
    /// Making an export and writing it to its file.
    Export(Job<super::export::ExportResult>, PathBuf),
}

/// Where a project is being saved, the undo state it was in, and what follows.
pub(in crate::ui) struct SaveTarget {
    path: PathBuf,
    state: u64,
    then: Option<Command>,
}

/// The work under way and what the progress says.
pub(in crate::ui) struct Running {
    work: Work,
    /// What is done ("Reading", "Saving").
    verb: Text,
    /// The file worked on.
    label: String,
    /// Cancel was pressed; the result still comes back (the session it carries).
    cancelled: bool,
}

impl Work {
    fn progress(&self) -> &crate::jobs::Progress {
        match self {
            Work::OpenExport(job) => job.progress(),
            Work::ReadTouchpoints(job) => job.progress(),
            Work::Import(job) => job.progress(),
            Work::Refresh(job) => job.progress(),
            Work::Save(job, _) => job.progress(),
            Work::Export(job, _) => job.progress(),
        }
    }
}

impl ParcoursApp {
    /// Whether work is running on a worker thread (for tests).
    pub fn is_busy(&self) -> bool {
        self.work.is_some() || self.export_dialog.as_ref().is_some_and(|d| d.is_drawing())
    }

    /// Starts `work` on a worker thread; the window draws again when it is done.
    pub(in crate::ui) fn spawn_job<T: Send + 'static>(
        &self,
        total: u64,
        work: impl FnOnce(&crate::jobs::Progress) -> T + Send + 'static,
    ) -> Job<T> {
        let ctx = self.egui_ctx.clone();
        Job::spawn(total, work, move || ctx.request_repaint())
    }

    /// Starts showing `work`, after waiting a moment for it to be done.
    pub(in crate::ui) fn start_work(&mut self, label: String, work: Work) {
        let verb = match work {
            Work::Save(..) => Text::Saving,
            Work::Export(..) => Text::Exporting,
            _ => Text::Reading,
        };
        self.work = Some(Running {
            work,
            verb,
            label,
            cancelled: false,
        });
        self.poll_work(WAIT_BEFORE_PROGRESS);
    }

    /// Takes the work's result if it is done (waiting up to `wait`) and carries it out.
    fn poll_work(&mut self, wait: Duration) {
        let Some(running) = self.work.take() else {
            return;
        };
        let cancelled = running.cancelled;
        let lost = |app: &mut Self| {
            app.show_error(Text::SurveyReadError, running.label.clone());
        };
        match running.work {
            Work::OpenExport(ref job) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                Ok(Some(Ok(session))) if !cancelled => self.import = Some(session),
                Ok(Some(Err(error))) if !cancelled => {
                    self.show_error(Text::SurveyReadError, error.describe(self.language));
                }
                Ok(Some(_)) => {}
                Err(JobLost) => lost(self),
            },
            Work::ReadTouchpoints(ref job) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                // Done or cancelled, the dialog comes back where it is now.
                Ok(Some(session)) => self.import = Some(session),
                Err(JobLost) => lost(self),
            },
            Work::Import(ref job) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                Ok(Some((_, Some((planned, ids))))) if !cancelled => {
                    self.doc.ids().0 = self.doc.ids().0.max(ids.0);
                    self.act(Action::Edit(planned.edit));
                    self.survey.show_imported(planned.wave);
                    self.dialog = Some(Dialog::import_report(&planned.report, self.language));
                }
                // Cancelled: back to the dialog, nothing imported.
                Ok(Some((session, _))) => self.import = Some(session),
                Err(JobLost) => lost(self),
            },
            Work::Save(ref job, ref target) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                // A save is not cancelled half-way: the file is replaced whole or not at all.
                Ok(Some(Ok(print))) => {
                    self.doc.saved_as(&target.path, target.state);
                    self.doc.remember_disk(print);
                    // Saved as it is now: no copy needed (edits made meanwhile get a new one).
                    if !self.doc.is_dirty() {
                        self.autosave.clear();
                    }
                    self.preferences.add_recent(&target.path);
                    if let Some(then) = target.then.clone() {
                        self.command(then);
                    }
                }
                Ok(Some(Err(error))) => {
                    self.show_error(Text::CouldNotSave, error.describe(self.language));
                }
                Err(JobLost) => self.show_error(Text::CouldNotSave, running.label.clone()),
            },
            Work::Export(ref job, ref destination) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                Ok(Some(result)) if !cancelled => self.export_done(result, destination),
                Ok(Some(_)) => {}
                Err(JobLost) => self.show_error(Text::ExportFailed, running.label.clone()),
            },
            Work::Refresh(ref job) => match job.wait(wait) {
                Ok(None) => self.work = Some(running),
                Ok(Some(Ok(Some((edit, report))))) if !cancelled => {
                    self.act(Action::Edit(edit));
                    self.dialog = Some(Dialog::import_report(&report, self.language));
                }
                Ok(Some(Err(error))) if !cancelled => {
                    self.show_error(Text::SurveyReadError, error.describe(self.language));
                }
                Ok(Some(_)) => {}
                Err(JobLost) => lost(self),
            },
        }
    }

    /// The progress of the work under way, with Cancel; the window keeps drawing meanwhile.
    pub(in crate::ui) fn work_ui(&mut self, ctx: &Context) {
        self.poll_work(Duration::ZERO);
        let Some(running) = &mut self.work else {
            return;
        };
        let t = |text: Text| text.get(self.language);
        let fraction = running.work.progress().fraction();
        Modal::new(Id::unique("work_progress")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.label(RichText::new(format!("{} {}", t(running.verb), running.label)).strong());
            ui.add_space(6.0);
            let bar = match fraction {
                Some(f) => ProgressBar::new(f).show_percentage(),
                None => ProgressBar::new(0.0).animate(true),
            };
            ui.add(bar);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if running.cancelled {
                    ui.label(RichText::new(t(Text::Cancelling)).weak());
                } else if matches!(running.work, Work::Save(..)) {
                    // A save is not stopped half-way: the file is replaced whole or not at all.
                } else if ui.button(t(Text::Cancel)).clicked() {
                    running.cancelled = true;
                    running.work.progress().cancel();
                }
            });
        });
        // The bar moves: draw again soon, and only while work runs.
        ctx.request_repaint_after(Duration::from_millis(100));
    }

    /// Reads a wave's file again with its mapping, on a worker thread: one undoable step,
    /// then the report.
    pub fn refresh_wave(&mut self, id: WaveId) {
        let Some(wave) = self.doc.project().wave(id) else {
            return;
        };
        let wave = wave.clone();
        let path = self.resolve_source(&wave.source);
        let label = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let total = std::fs::metadata(&path).map_or(0, |m| m.len());
        let imported = crate::ui::survey::today();
        let job = self.spawn_job(total, move |progress| {
            let source = Source::open(&path)?;
            Ok(survey::refresh_wave_with(
                &wave, &source, imported, progress,
            ))
        });
        self.start_work(label, Work::Refresh(job));
    }

    /// A wave's file: relative paths are read from the project's folder.
    fn resolve_source(&self, source: &str) -> PathBuf {
        let path = Path::new(source);
        if path.is_absolute() {
            return path.to_owned();
        }
        self.doc
            .path()
            .and_then(Path::parent)
            .map_or_else(|| path.to_owned(), |folder| folder.join(path))
    }

    /// Writes the project to `path` on a worker thread (safe save, as ever); once written the
    /// document is marked saved as it was, and `then` follows.
    pub(in crate::ui) fn save_in_background(&mut self, path: PathBuf, then: Option<Command>) {
        // Another program changed the file since it was opened or saved: the user decides
        // before anything overwrites it.
        if self.doc.path() == Some(path.as_path()) && self.doc.changed_on_disk() {
            self.dialog = Some(Dialog::ChangedOnDisk { then });
            return;
        }
        self.save_overwriting(path, then);
    }

    /// [`Self::save_in_background`], even over a file another program changed.
    pub(in crate::ui) fn save_overwriting(&mut self, path: PathBuf, then: Option<Command>) {
        let (mut project, state) = self.doc.to_save();
        // The file says when the project was created and last saved, as its details show.
        let today = crate::ui::survey::today();
        if project.info.created.is_empty() {
            project.info.created.clone_from(&today);
        }
        project.info.modified = today;
        self.doc
            .stamp_dates(&project.info.created, &project.info.modified);
        let label = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let to = path.clone();
        let job = self.spawn_job(0, move |_| {
            crate::file::save_project_and_print(&project, &to)
        });
        self.start_work(label, Work::Save(job, SaveTarget { path, state, then }));
    }
}
