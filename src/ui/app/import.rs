//! The app's side of importing a survey: opening the dialog on an export, carrying out what
//! its buttons asked for (reading the whole file, importing) as background work.

use std::path::Path;

use egui::Context;

use super::{ParcoursApp, Work};
use crate::i18n::Text;
use crate::model::CardId;
use crate::ui::frame::frame_ctx;
use crate::ui::survey::{ImportOutcome, ImportSession, import_dialog_ui, map_touchpoints};

impl ParcoursApp {
    /// The import dialog, while an import is under way; what it asks for is carried out here.
    pub(in crate::ui) fn import_panel(&mut self, ctx: &Context) {
        let Some(mut session) = self.import.take() else {
            return;
        };
        let (outcome, touchpoints) = {
            let frame = frame_ctx!(self);
            let outcome = import_dialog_ui(ctx, &frame, &mut session);
            (outcome, map_touchpoints(&frame))
        };
        match outcome {
            Some(ImportOutcome::Next) => self.read_touchpoints(session, touchpoints),
            Some(ImportOutcome::Import) => self.finish_import(session),
            Some(ImportOutcome::Cancel) => {}
            None => self.import = Some(session),
        }
    }

    /// Opens the import dialog on an export (File → Import survey…, or a dropped file).
    pub fn start_import(&mut self, path: &Path) {
        if self.current_map.is_none() {
            let message = format!("{}: {}", path.display(), self.t(Text::NoMap));
            return self.show_error(Text::SurveyReadError, message);
        }
        let path = path.to_owned();
        let label = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let total = std::fs::metadata(&path).map_or(0, |m| m.len());
        let job = self.spawn_job(total, move |_| ImportSession::open(&path));
        self.start_work(label, Work::OpenExport(job));
    }

    /// Tints touchpoint cards by a metric, as the filter bar's Heat map does.
    pub fn set_heat_map(&mut self, metric: Option<crate::model::MetricKind>) {
        self.survey.heat = metric;
    }

    /// Reads the whole export on a worker thread, then shows the touchpoints step.
    fn read_touchpoints(&mut self, session: ImportSession, map_touchpoints: Vec<(CardId, String)>) {
        let label = session.file_name().to_owned();
        let total = session.progress_total();
        let job = self.spawn_job(total, move |progress| {
            let mut session = session;
            session.read_touchpoints(&map_touchpoints, progress);
            session
        });
        self.start_work(label, Work::ReadTouchpoints(job));
    }

    /// Builds the wave (and the new touchpoints) as one step on a worker thread; the app
    /// applies it and shows the report.
    fn finish_import(&mut self, session: ImportSession) {
        let Some(map) = self.current_map.and_then(|id| self.doc.project().map(id)) else {
            return;
        };
        let map = map.clone();
        let mut ids = *self.doc.ids();
        let source_reference = self.source_reference(session.path());
        let imported = crate::ui::survey::today();
        let label = session.file_name().to_owned();
        let total = session.progress_total();
        let job = self.spawn_job(total, move |progress| {
            let planned = session
                .plan(&map, &mut ids, source_reference, imported, progress)
                .map(|planned| (planned, ids));
            (session, planned)
        });
        self.start_work(label, Work::Import(job));
    }

    /// The file as the project keeps it: relative to the project's folder when inside it.
    pub(in crate::ui) fn source_reference(&self, path: &Path) -> String {
        let folder = self.doc.path().and_then(|p| p.parent().map(Path::to_owned));
        folder
            .and_then(|f| path.strip_prefix(&f).ok().map(Path::to_owned))
            .unwrap_or_else(|| path.to_owned())
            .display()
            .to_string()
    }
}
