//! Turning the import dialog's choices into one undoable edit: the wave, and the touchpoint
//! cards the user asked to create for values not on the map. Also the refresh of a wave from
//! its file. No egui: the dialog and the tests call the same functions.

use super::aggregate::aggregate;
use super::detect::ColumnNote;
use super::report::{ImportReport, column_warnings};
use super::source::Source;
use super::wave_from;
use crate::edit::Edit;
use crate::i18n::Text;
use crate::model::{
    Card, CardContent, CardId, IdCounter, JourneyMap, LaneKind, Mapping, StageId, Touchpoint,
    TouchpointTarget, Wave, WaveId,
};

/// Where one touchpoint value of an export goes, as the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TouchpointChoice {
    /// Onto this touchpoint card.
    Card(CardId),
    /// Left out of the import: its rows are reported as skipped.
    Leave,
    /// Not decided: its answers count for no card (nor are they dropped from the wave).
    Unassigned,
    /// Onto a new touchpoint card, titled with the value.
    Create,
}

/// What the import dialog decided.
pub struct ImportChoices<'a> {
    /// The export.
    pub source: &'a Source,
    /// The columns' roles and the scales.
    pub mapping: Mapping,
    /// Detection's notes per column, for the report's warnings.
    pub notes: &'a [Vec<ColumnNote>],
    /// The export's touchpoint values, as read with `mapping`.
    pub labels: &'a [String],
    /// Where each value goes, in the order of `labels`.
    pub choices: &'a [TouchpointChoice],
    /// The stage new touchpoint cards go to (the map's first stage if `None`).
    pub new_stage: Option<StageId>,
    /// The wave's name (the file's name when blank).
    pub name: String,
    /// The file as the project keeps it.
    pub source_reference: String,
    /// Today's date, `YYYY-MM-DD`.
    pub imported: String,
}

/// An import ready to be applied.
pub struct PlannedImport {
    /// One step: the new cards, then the wave.
    pub edit: Edit,
    /// What was read.
    pub report: ImportReport,
    /// The new wave's id.
    pub wave: WaveId,
}

/// Reads the export with the choices and builds the edit that adds the wave and the new
/// touchpoints of `map`, taking their ids from `ids`.
pub fn plan_import(
    choices: ImportChoices<'_>,
    map: &JourneyMap,
    ids: &mut IdCounter,
) -> PlannedImport {
    let ImportChoices {
        source,
        mut mapping,
        notes,
        labels,
        choices,
        new_stage,
        name,
        source_reference,
        imported,
    } = choices;
    let touchpoints_lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .map(|l| l.id);
    let stage = new_stage.or_else(|| map.stages.first().map(|s| s.id));
    let mut edits = Vec::new();
    let mut targets = Vec::new();
    for (label, choice) in labels.iter().zip(choices) {
        match choice {
            TouchpointChoice::Card(id) => {
                targets.push((label.clone(), TouchpointTarget::Card(*id)));
            }
            TouchpointChoice::Leave => targets.push((label.clone(), TouchpointTarget::Ignore)),
            TouchpointChoice::Unassigned => {}
            TouchpointChoice::Create => {
                let (Some(lane), Some(stage)) = (touchpoints_lane, stage) else {
                    continue;
                };
                let id = ids.fresh_card_id();
                edits.push(Edit::AddCard {
                    map: map.id,
                    card: Card {
                        id,
                        stage,
                        lane,
                        content: CardContent::Touchpoint(Touchpoint {
                            title: label.clone(),
                            ..Touchpoint::default()
                        }),
                    },
                    index: usize::MAX,
                });
                targets.push((label.clone(), TouchpointTarget::Card(id)));
            }
        }
    }
    mapping.touchpoints = targets;
    let mut aggregate = aggregate(source, &mapping, true);
    // What the dialog warned about the columns goes into the report too.
    let mut warnings = column_warnings(&mapping, notes);
    warnings.append(&mut aggregate.report.warnings);
    aggregate.report.warnings = warnings;
    let report = aggregate.report.clone();
    let name = if name.trim().is_empty() {
        source.file_name.clone()
    } else {
        name.trim().to_owned()
    };
    let wave = wave_from(
        ids.fresh_wave_id(),
        aggregate,
        mapping,
        name,
        source_reference,
        imported,
    );
    let id = wave.id;
    edits.push(Edit::AddWave {
        wave: Box::new(wave),
        index: usize::MAX,
    });
    PlannedImport {
        edit: Edit::Batch {
            name: Text::EditImportSurvey,
            edits,
        },
        report,
        wave: id,
    }
}

/// Reads a wave's file again with the wave's mapping: the edit that replaces it (same id,
/// name and source) and the report.
pub fn refresh_wave(wave: &Wave, source: &Source, imported: String) -> (Edit, ImportReport) {
    let aggregate = aggregate(source, &wave.mapping, true);
    let report = aggregate.report.clone();
    let fresh = wave_from(
        wave.id,
        aggregate,
        wave.mapping.clone(),
        wave.name.clone(),
        wave.source.clone(),
        imported,
    );
    let edit = Edit::SetWave {
        wave: Box::new(fresh),
    };
    (edit, report)
}
