//! Turning the import dialog's choices into one undoable edit: the wave, and the touchpoint
//! cards the user asked to create for values not on the map. Also the refresh of a wave from
//! its file. No egui: the dialog and the tests call the same functions.

use super::aggregate::{Aggregate, aggregate, aggregate_with};
use super::detect::ColumnNote;
use super::report::{ImportReport, column_warnings};
use super::source::Source;
use super::wave_from;
use crate::edit::Edit;
use crate::i18n::Text;
use crate::jobs::Progress;
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
    let (targeted, source) = targets(choices, map, ids);
    let read = aggregate(source, &targeted.mapping, true);
    finish(targeted, read, ids)
}

/// Like [`plan_import`], advancing `progress` through the file; `None` when cancelled (no
/// id is taken then).
pub fn plan_import_with(
    choices: ImportChoices<'_>,
    map: &JourneyMap,
    ids: &mut IdCounter,
    progress: &Progress,
) -> Option<PlannedImport> {
    let mut scratch = *ids;
    let (targeted, source) = targets(choices, map, &mut scratch);
    let read = aggregate_with(source, &targeted.mapping, true, progress)?;
    let planned = finish(targeted, read, &mut scratch);
    *ids = scratch;
    Some(planned)
}

/// The choices with the touchpoint values resolved: the new cards' edits and the mapping
/// that sends each value to its card.
struct Targeted<'a> {
    edits: Vec<Edit>,
    mapping: Mapping,
    notes: &'a [Vec<ColumnNote>],
    name: String,
    source_reference: String,
    imported: String,
}

fn targets<'a>(
    choices: ImportChoices<'a>,
    map: &JourneyMap,
    ids: &mut IdCounter,
) -> (Targeted<'a>, &'a Source) {
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
    let name = if name.trim().is_empty() {
        source.file_name.clone()
    } else {
        name.trim().to_owned()
    };
    let targeted = Targeted {
        edits,
        mapping,
        notes,
        name,
        source_reference,
        imported,
    };
    (targeted, source)
}

fn finish(targeted: Targeted<'_>, mut read: Aggregate, ids: &mut IdCounter) -> PlannedImport {
    let Targeted {
        mut edits,
        mapping,
        notes,
        name,
        source_reference,
        imported,
    } = targeted;
    // What the dialog warned about the columns goes into the report too.
    let mut warnings = column_warnings(&mapping, notes);
    warnings.append(&mut read.report.warnings);
    read.report.warnings = warnings;
    let report = read.report.clone();
    let wave = wave_from(
        ids.fresh_wave_id(),
        read,
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
    refreshed(wave, aggregate(source, &wave.mapping, true), imported)
}

/// Like [`refresh_wave`], advancing `progress` through the file; `None` when cancelled.
pub fn refresh_wave_with(
    wave: &Wave,
    source: &Source,
    imported: String,
    progress: &Progress,
) -> Option<(Edit, ImportReport)> {
    let read = aggregate_with(source, &wave.mapping, true, progress)?;
    Some(refreshed(wave, read, imported))
}

fn refreshed(wave: &Wave, read: Aggregate, imported: String) -> (Edit, ImportReport) {
    let report = read.report.clone();
    let fresh = wave_from(
        wave.id,
        read,
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
