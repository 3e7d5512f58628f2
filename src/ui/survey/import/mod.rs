//! The import dialog: a preview of the export, a proposed role and scale for every column
//! (all of them changeable), then the touchpoint values matched to the map's touchpoints.
//! Importing is one undoable step, followed by the import report.

mod columns;
mod touchpoints;

use columns::columns_step;
use touchpoints::touchpoints_step;

use std::path::{Path, PathBuf};

use egui::{Color32, Context, Id, Modal, RichText};

use crate::i18n::{Language, Text, msg};
use crate::jobs::Progress;
use crate::model::{CardId, ColumnRole, Mapping, MetricKind, StageId};
use crate::survey::{
    self, Aggregate, ColumnNote, Layout, MatchProposal, SAMPLE_ROWS, Source, SourceKind,
    TouchpointChoice, normalize,
};
use crate::ui::frame::FrameCtx;

/// An import under way.
pub(in crate::ui) struct ImportSession {
    path: PathBuf,
    source: Source,
    sample: Vec<Vec<String>>,
    notes: Vec<Vec<ColumnNote>>,
    layout: Layout,
    mapping: Mapping,
    step: Step,
    name: String,
    aggregate: Option<Aggregate>,
    choices: Vec<TouchpointChoice>,
    proposals: Vec<MatchProposal>,
    /// The order the values are listed in: fixed when the step opens, so that a row does
    /// not jump away while the user picks its card.
    order: Vec<usize>,
    /// Answers per touchpoint value.
    responses: Vec<u64>,
    new_stage: Option<StageId>,
    /// Per column, the check of the metric and scale it is counted on, as last made: a
    /// chosen metric whose answers run outside its scale says so at once.
    scale_checks: Vec<Option<ScaleCheck>>,
    /// Told apart from earlier sessions: the dialog's scroll positions are its own.
    serial: u64,
    /// What is wrong with the file, once looked for (only when no score column is found).
    damage: Option<Option<survey::Damage>>,
}

/// The serial of the next import session.
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A column counted as `metric` on `scale`, and what the answers say of it.
struct ScaleCheck {
    metric: MetricKind,
    scale: crate::model::Scale,
    note: Option<ColumnNote>,
}

/// What the dialog's buttons asked for this frame.
pub(in crate::ui) enum ImportOutcome {
    /// Read the whole file for its touchpoint values.
    Next,
    /// Import with the choices made.
    Import,
    /// Close the dialog, nothing imported.
    Cancel,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Columns,
    Touchpoints,
}

impl ImportSession {
    /// Reads the file and proposes a mapping.
    pub fn open(path: &Path) -> Result<Self, survey::SurveyError> {
        let source = Source::open(path)?;
        let sample = source.sample(SAMPLE_ROWS);
        let detection = survey::detect(&sample);
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Self {
            path: path.to_owned(),
            source,
            sample,
            notes: detection.notes,
            layout: detection.layout,
            mapping: detection.mapping,
            step: Step::Columns,
            name,
            aggregate: None,
            choices: Vec::new(),
            proposals: Vec::new(),
            order: Vec::new(),
            responses: Vec::new(),
            new_stage: None,
            scale_checks: Vec::new(),
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            damage: None,
        })
    }

    /// The note on column `c`'s answers against the metric and scale it is counted on, if
    /// they run outside it; checked again only when the role or the scale changes.
    fn scale_check(&mut self, c: usize) -> Option<&ColumnNote> {
        let ColumnRole::Score { metric, .. } = self.mapping.columns.get(c)?.role else {
            return None;
        };
        let scale = self.mapping.scales.of(metric);
        if self.scale_checks.len() <= c {
            self.scale_checks.resize_with(c + 1, || None);
        }
        let stale = !matches!(
            &self.scale_checks[c],
            Some(check) if check.metric == metric && check.scale == scale
        );
        if stale {
            let note = survey::check_chosen_scale(
                &self.sample,
                self.mapping.header_rows,
                c,
                metric,
                scale,
            );
            self.scale_checks[c] = Some(ScaleCheck {
                metric,
                scale,
                note,
            });
        }
        self.scale_checks[c]
            .as_ref()
            .and_then(|check| check.note.as_ref())
    }

    /// What is wrong with the file, looked for once.
    fn damage(&mut self) -> Option<survey::Damage> {
        *self.damage.get_or_insert_with(|| self.source.diagnose())
    }

    fn has_score_column(&self) -> bool {
        self.mapping
            .columns
            .iter()
            .any(|c| matches!(c.role, ColumnRole::Score { .. }))
    }

    fn has_touchpoints(&self) -> bool {
        self.mapping.columns.iter().any(|c| {
            matches!(
                c.role,
                ColumnRole::Touchpoint
                    | ColumnRole::Score {
                        touchpoint: Some(_),
                        ..
                    }
            )
        })
    }

    /// Reads the whole file with the current mapping and proposes a card per value, then
    /// goes to the touchpoints step; `false` (and nothing changed) when cancelled.
    pub(in crate::ui) fn read_touchpoints(
        &mut self,
        map_touchpoints: &[(CardId, String)],
        progress: &Progress,
    ) -> bool {
        let Some(aggregate) = survey::aggregate_with(&self.source, &self.mapping, true, progress)
        else {
            return false;
        };
        self.proposals = survey::propose_matches(&aggregate.touchpoints, map_touchpoints);
        self.choices = self
            .proposals
            .iter()
            .map(|p| match p {
                MatchProposal::Exact(id) => TouchpointChoice::Card(*id),
                MatchProposal::Near(ids) => TouchpointChoice::Card(ids[0]),
                MatchProposal::None => TouchpointChoice::Unassigned,
            })
            .collect();
        // Matched values in the map's journey order, then the others by name.
        let position = |choice: &TouchpointChoice| match choice {
            TouchpointChoice::Card(id) => map_touchpoints.iter().position(|(c, _)| c == id),
            _ => None,
        };
        let mut order: Vec<usize> = (0..aggregate.touchpoints.len()).collect();
        order.sort_by_cached_key(|&i| {
            (
                position(&self.choices[i]).unwrap_or(usize::MAX),
                normalize(&aggregate.touchpoints[i]),
            )
        });
        self.order = order;
        self.responses = vec![0; aggregate.touchpoints.len()];
        for cell in &aggregate.cells {
            if let Some(t) = cell.touchpoint {
                self.responses[t as usize] += cell.responses;
            }
        }
        self.aggregate = Some(aggregate);
        self.step = Step::Touchpoints;
        true
    }

    /// How much reading the whole export advances a progress.
    pub(in crate::ui) fn progress_total(&self) -> u64 {
        self.source.progress_total()
    }

    /// The file's name, for the progress of work on it.
    pub(in crate::ui) fn file_name(&self) -> &str {
        &self.source.file_name
    }

    /// Reads the export with the user's choices into the import's edit; `None` when
    /// cancelled. Ids come from `ids`.
    pub(in crate::ui) fn plan(
        &self,
        map: &crate::model::JourneyMap,
        ids: &mut crate::model::IdCounter,
        source_reference: String,
        imported: String,
        progress: &Progress,
    ) -> Option<survey::PlannedImport> {
        let labels = self
            .aggregate
            .as_ref()
            .map(|a| a.touchpoints.clone())
            .unwrap_or_default();
        let choices = survey::ImportChoices {
            source: &self.source,
            mapping: self.mapping.clone(),
            notes: &self.notes,
            labels: &labels,
            choices: &self.choices,
            new_stage: self.new_stage,
            name: self.name.clone(),
            source_reference,
            imported,
        };
        survey::plan_import_with(choices, map, ids, progress)
    }

    /// The export's path.
    pub(in crate::ui) fn path(&self) -> &Path {
        &self.path
    }

    /// "UTF-8 with BOM · ';' · 1 header row · long format".
    fn detected(&self, language: Language) -> String {
        let t = |text: Text| text.get(language);
        let source = match &self.source.kind {
            SourceKind::Csv {
                encoding,
                delimiter,
            } => {
                let delimiter = match delimiter {
                    b'\t' => t(Text::DelimiterTab).to_owned(),
                    d => format!("'{}'", *d as char),
                };
                let encoding = match encoding {
                    survey::TextEncoding::Utf8Bom => t(Text::EncodingUtf8Bom).to_owned(),
                    e => e.to_string(),
                };
                format!("CSV · {encoding} · {delimiter}")
            }
            SourceKind::Sheet { sheet } => msg::source_sheet(language, msg::SourceSheet { sheet }),
        };
        let layout = t(match self.layout {
            Layout::Long => Text::LayoutLong,
            Layout::Wide => Text::LayoutWide,
            Layout::Aggregated => Text::LayoutAggregated,
            Layout::Overall => Text::LayoutOverall,
        });
        let header = msg::header_row_count(
            language,
            msg::HeaderRowCount {
                rows: self.mapping.header_rows,
            },
        );
        format!("{source} · {header} · {layout}")
    }
}

/// The import dialog on `session`: what its buttons asked for this frame, if anything. The
/// session is the dialog's own state; the app carries out the outcome.
pub(in crate::ui) fn import_dialog_ui(
    ctx: &Context,
    frame: &FrameCtx<'_>,
    session: &mut ImportSession,
) -> Option<ImportOutcome> {
    let lang = frame.language;
    let t = |text: Text| text.get(lang);
    let map_touchpoints = map_touchpoints(frame);
    let stages: Vec<(StageId, String)> = frame
        .map
        .map(|m| m.stages.iter().map(|s| (s.id, s.name.clone())).collect())
        .unwrap_or_default();
    let mut outcome = None;
    let screen = ctx.content_rect();
    // Anchored at the top: the dialog does not move when its content changes.
    let area = Modal::default_area(Id::unique("import_dialog"))
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 40.0));
    let modal = Modal::new(Id::unique("import_dialog"))
        .area(area)
        .show(ctx, |ui| {
            let width = (screen.width() - 120.0).clamp(600.0, 1100.0);
            ui.set_width(width);
            ui.set_max_width(width);
            ui.heading(t(Text::ImportSurveyTitle));
            ui.label(RichText::new(session.source.file_name.clone()).strong());
            ui.label(RichText::new(session.detected(lang)).weak());
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let columns =
                    ui.selectable_label(session.step == Step::Columns, t(Text::StepColumns));
                if columns.clicked() {
                    session.step = Step::Columns;
                }
                let ready = session.has_score_column();
                let touchpoints = ui.add_enabled(
                    ready,
                    egui::Button::selectable(
                        session.step == Step::Touchpoints,
                        t(Text::StepTouchpoints),
                    ),
                );
                if touchpoints.clicked() && session.step != Step::Touchpoints {
                    outcome = Some(ImportOutcome::Next);
                }
            });
            ui.separator();
            // A fixed height, so the buttons stay where they are from step to step.
            let body_height = (screen.height() - 330.0).clamp(240.0, 560.0);
            match session.step {
                Step::Columns => columns_step(ui, session, lang, body_height),
                Step::Touchpoints => {
                    touchpoints_step(ui, session, lang, body_height, &map_touchpoints, &stages);
                }
            }
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label(t(Text::Name)).id;
                ui.add(egui::TextEdit::singleline(&mut session.name).desired_width(260.0))
                    .labelled_by(label);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let ready = session.has_score_column();
                    match session.step {
                        Step::Columns => {
                            if ui
                                .add_enabled(ready, egui::Button::new(t(Text::Next)))
                                .clicked()
                            {
                                outcome = Some(ImportOutcome::Next);
                            }
                        }
                        Step::Touchpoints => {
                            if ui
                                .add_enabled(ready, egui::Button::new(t(Text::Import)))
                                .clicked()
                            {
                                outcome = Some(ImportOutcome::Import);
                            }
                            if ui.button(t(Text::Back)).clicked() {
                                session.step = Step::Columns;
                            }
                        }
                    }
                    if ui.button(t(Text::Cancel)).clicked() {
                        outcome = Some(ImportOutcome::Cancel);
                    }
                    if !ready {
                        // A damaged file says what is wrong with it first.
                        let why = session.damage().map_or_else(
                            || t(Text::NoScoreColumn).to_owned(),
                            |damage| damage.describe(lang),
                        );
                        ui.label(RichText::new(why).color(WARNING));
                    }
                });
            });
        });
    // Escape cancels; a stray click beside the dialog does not throw the mapping away.
    if modal.should_close() && !modal.backdrop_response.clicked() && outcome.is_none() {
        outcome = Some(ImportOutcome::Cancel);
    }
    outcome
}

/// The touchpoint cards of the map shown, with their titles, in journey order.
pub(in crate::ui) fn map_touchpoints(frame: &FrameCtx<'_>) -> Vec<(CardId, String)> {
    frame
        .map
        .map(|map| {
            map.touchpoints_in_order()
                .iter()
                .map(|c| (c.id, c.title().to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

const WARNING: Color32 = crate::ui::style::c(crate::theme::survey::LOW_SAMPLE);
