//! Exports from the window: the dialog opened on the last choices for this project, the
//! export made in the background with its progress, and Ctrl+E to make it again.

use std::path::PathBuf;

use egui::Context;

use super::ParcoursApp;
use super::work::Work;
use crate::export::{ExportError, ExportOptions};
use crate::file::RememberedExport;
use crate::i18n::{Text, format, msg};
use crate::ui::export_dialog::{ExportDialog, default_destination, export_dialog_ui};
use crate::ui::frame::{Outbox, frame_ctx};

/// What an export job gives back: the size written, or why nothing was.
pub(in crate::ui) type ExportResult = Result<u64, String>;

impl ParcoursApp {
    /// What the window shows now, as export options: the map, the wave and filter, the heat
    /// map and badges, the language.
    fn current_export_options(&self) -> Option<ExportOptions> {
        let map = self.current_map?;
        let mut options = ExportOptions::new(map, self.language, crate::ui::survey::today());
        let project = self.doc.project();
        options.wave = self.survey.current_wave(project).map(|w| w.id);
        options.filter = self.survey.filter.clone();
        options.heat = self.survey.heat;
        options.hidden_badges = self.survey.hidden_badges;
        Some(options)
    }

    /// The last export of this project, when its map is still there.
    fn remembered_export(&self) -> Option<(ExportOptions, PathBuf)> {
        if let Some((options, path)) = &self.last_export {
            return Some((options.clone(), path.clone()));
        }
        let remembered = self.preferences.export_of(self.doc.path()?)?;
        self.doc.project().map(remembered.options.map)?;
        Some((remembered.options.clone(), remembered.destination.clone()))
    }

    /// File → Export…: the dialog on the last choices for this project, showing the map on
    /// screen with today's date and the scores as they are filtered now.
    pub(in crate::ui) fn open_export_dialog(&mut self) {
        let Some(current) = self.current_export_options() else {
            return;
        };
        let (options, destination) = match self.remembered_export() {
            Some((mut options, destination)) => {
                options.map = current.map;
                options.wave = current.wave;
                options.filter = current.filter;
                options.heat = current.heat;
                options.hidden_badges = current.hidden_badges;
                options.language = current.language;
                options.date = current.date;
                (options, Some(destination))
            }
            None => {
                let name = self
                    .doc
                    .project()
                    .map(current.map)
                    .map_or_else(String::new, |m| m.name.clone());
                let destination = default_destination(self.doc.path(), &name, current.format);
                (current, destination)
            }
        };
        let mut dialog = ExportDialog::new(options, None);
        if let Some(destination) = destination {
            dialog.set_destination(&destination);
        }
        self.export_dialog = Some(dialog);
    }

    /// Ctrl+E: the last export again, to the same file, from the project as it is now; the
    /// dialog when there is none.
    pub(in crate::ui) fn repeat_export(&mut self) {
        match self.remembered_export() {
            Some((mut options, destination)) => {
                options.date = crate::ui::survey::today();
                self.start_export(options, destination);
            }
            None => self.open_export_dialog(),
        }
    }

    /// The dialog's Export: closes it and makes the export.
    pub(in crate::ui) fn run_export(&mut self) {
        let Some(dialog) = self.export_dialog.take() else {
            return;
        };
        let Some(destination) = dialog.destination.clone() else {
            self.export_dialog = Some(dialog);
            return;
        };
        self.start_export(dialog.options, destination);
    }

    /// Makes the export on a worker thread and writes it; remembered for Ctrl+E.
    fn start_export(&mut self, options: ExportOptions, destination: PathBuf) {
        self.last_export = Some((options.clone(), destination.clone()));
        if let Some(project) = self.doc.path() {
            self.preferences.remember_export(RememberedExport {
                project: project.to_owned(),
                options: options.clone(),
                destination: destination.clone(),
            });
        }
        let project = self.doc.project().clone();
        let language = self.language;
        let to = destination.clone();
        let job = self.spawn_job(1000, move |progress| {
            let mut done = 0u64;
            let bytes = crate::export::export(&project, &options, &mut |fraction| {
                let now = (fraction.clamp(0.0, 1.0) * 1000.0) as u64;
                progress.advance(now.saturating_sub(done));
                done = done.max(now);
                !progress.is_cancelled()
            })
            .map_err(|e: ExportError| e.describe(language))?;
            crate::file::write_export(&to, &bytes).map_err(|e| e.describe(language))?;
            Ok(bytes.len() as u64)
        });
        let label = destination.file_name().map_or_else(
            || destination.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.start_work(label, Work::Export(job, destination));
    }

    /// What an export job gave: a notice in the status bar, or the error.
    pub(in crate::ui) fn export_done(
        &mut self,
        result: ExportResult,
        destination: &std::path::Path,
    ) {
        match result {
            Ok(size) => {
                let file = destination.file_name().map_or_else(
                    || destination.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.notice = Some(msg::export_done(
                    self.language,
                    msg::ExportDone {
                        file,
                        size: format::bytes(self.language, size),
                    },
                ));
            }
            Err(message) => self.show_error(Text::ExportFailed, message),
        }
    }

    /// The export dialog, while it is open.
    pub(in crate::ui) fn export_panel(&mut self, ctx: &Context) {
        let Some(mut dialog) = self.export_dialog.take() else {
            return;
        };
        let mut open = true;
        let mut out = Outbox::default();
        {
            let frame = frame_ctx!(self);
            export_dialog_ui(ctx, &frame, &mut dialog, &mut open, &mut out);
        }
        if open {
            self.export_dialog = Some(dialog);
        }
        self.actions.extend(out.into_actions());
    }
}
