//! Quick capture: a bar under the map where a line typed and Enter makes a card in the chosen
//! cell, and Tab moves to the next cell, so that a facilitator notes what the room says as
//! fast as it is said. Lines pasted at once make one card each.

use egui::{Key, Modifiers, RichText, TextEdit, Ui};

use crate::i18n::{Text, lane_kind_name};
use crate::model::{JourneyMap, LaneId, StageId};
use crate::ui::choice::choice_combo;
use crate::ui::command::Command;
use crate::ui::frame::{FrameCtx, Outbox};

/// The bar's state.
#[derive(Default)]
pub(in crate::ui) struct CaptureBar {
    /// Whether it is shown.
    pub open: bool,
    /// The cell new cards go to.
    cell: Option<(StageId, LaneId)>,
    /// The line being typed.
    text: String,
    /// The field takes the keys at the next frame.
    focus: bool,
}

impl CaptureBar {
    /// Shows the bar with its field ready to type in, or hides it.
    pub(in crate::ui) fn toggle(&mut self) {
        self.open = !self.open;
        self.focus = self.open;
    }
}

/// The cells that take cards, lane by lane and along the journey in each lane: the order Tab
/// goes through.
pub(in crate::ui) fn capture_cells(map: &JourneyMap) -> Vec<(StageId, LaneId)> {
    map.lanes
        .iter()
        .filter(|lane| lane.kind.holds_cards())
        .flat_map(|lane| map.stages.iter().map(move |stage| (stage.id, lane.id)))
        .collect()
}

/// The cell `step` places away from `cell` in [`capture_cells`], round the end.
fn cell_after(
    map: &JourneyMap,
    cell: Option<(StageId, LaneId)>,
    step: isize,
) -> Option<(StageId, LaneId)> {
    let cells = capture_cells(map);
    if cells.is_empty() {
        return None;
    }
    let at = cell
        .and_then(|c| cells.iter().position(|x| *x == c))
        .map_or(0, |i| i as isize + step);
    let count = cells.len() as isize;
    cells.get(at.rem_euclid(count) as usize).copied()
}

/// The bar, at the bottom of the window, while it is open on a map.
pub(in crate::ui) fn capture_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    bar: &mut CaptureBar,
    out: &mut Outbox,
) {
    let Some(map) = ctx.map else {
        return;
    };
    let t = |text: Text| ctx.t(text);
    // A cell gone (a stage deleted, another map shown) gives way to the first one.
    let cells = capture_cells(map);
    if bar.cell.is_none_or(|c| !cells.contains(&c)) {
        bar.cell = cells.first().copied();
    }
    // The field's keys first, so that the cell Tab moves to is the one drawn this frame.
    let id = egui::Id::unique("capture_field");
    let focused = ui.ctx().memory(|m| m.has_focus(id));
    if focused {
        // Several lines pasted at once: one card each, as a paste on the canvas.
        let mut pasted = None;
        ui.ctx().input_mut(|i| {
            i.events.retain(|event| match event {
                egui::Event::Paste(text) if text.contains('\n') => {
                    pasted = Some(text.clone());
                    false
                }
                _ => true,
            });
        });
        if let (Some(text), Some((stage, lane))) = (pasted, bar.cell) {
            out.command(Command::Capture { stage, lane, text });
        }
        // Tab goes to the next cell (Shift+Tab the one before), not to another field.
        // Shift+Tab first: Tab alone matches it too.
        let (previous, next) = ui.ctx().input_mut(|i| {
            (
                i.consume_key(Modifiers::SHIFT, Key::Tab),
                i.consume_key(Modifiers::NONE, Key::Tab),
            )
        });
        let step = if previous {
            -1
        } else if next {
            1
        } else {
            0
        };
        if step != 0 {
            bar.cell = cell_after(map, bar.cell, step);
        }
    }
    let Some((mut stage, mut lane)) = bar.cell else {
        return;
    };
    egui::Panel::bottom("capture_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let title = ui.label(RichText::new(t(Text::QuickCapture)).strong()).id;
            let stage_name =
                |id: &StageId| map.stage(*id).map_or_else(String::new, |s| s.name.clone());
            let label = ui.label(t(Text::Stage)).id;
            let stages = map.stages.iter().map(|s| s.id);
            choice_combo(
                ui,
                "capture_stage",
                label,
                &mut stage,
                stages,
                stage_name,
                None,
            );
            let lane_name = |id: &LaneId| {
                map.lane(*id).map_or_else(String::new, |l| {
                    if l.title.is_empty() {
                        lane_kind_name(l.kind, ctx.language).to_owned()
                    } else {
                        l.title.clone()
                    }
                })
            };
            let label = ui.label(t(Text::Lane)).id;
            let lanes = map
                .lanes
                .iter()
                .filter(|l| l.kind.holds_cards())
                .map(|l| l.id);
            choice_combo(ui, "capture_lane", label, &mut lane, lanes, lane_name, None);
            bar.cell = Some((stage, lane));

            let field = ui
                .add(
                    TextEdit::singleline(&mut bar.text)
                        .id(id)
                        .lock_focus(true)
                        .desired_width(ui.available_width() - 40.0)
                        .hint_text(t(Text::QuickCaptureHint)),
                )
                .labelled_by(title);
            if bar.focus {
                field.request_focus();
                bar.focus = false;
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                let text = std::mem::take(&mut bar.text);
                if !text.trim().is_empty()
                    && let Some((stage, lane)) = bar.cell
                {
                    out.command(Command::Capture { stage, lane, text });
                }
                // Straight on to the next line.
                field.request_focus();
            }
            if ui
                .button("×")
                .on_hover_text(t(Text::QuickCaptureClose))
                .clicked()
            {
                out.command(Command::QuickCapture);
            }
        });
        ui.add_space(4.0);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_goes_along_the_lane_then_to_the_next_lane_and_round() {
        let map = crate::example::example_project().maps.swap_remove(0);
        let cells = capture_cells(&map);
        let stages = map.stages.len();
        assert_eq!(cells[1], (map.stages[1].id, cells[0].1));
        assert_eq!(cells[stages].0, map.stages[0].id);
        assert_ne!(cells[stages].1, cells[0].1);
        assert_eq!(cell_after(&map, Some(cells[0]), 1), Some(cells[1]));
        assert_eq!(cell_after(&map, Some(cells[0]), -1), cells.last().copied());
        assert_eq!(cell_after(&map, None, 1), Some(cells[0]));
    }
}
