//! The action plan: every action of the map in one table, sorted by owner, due date or
//! status at a click on the column's heading; a click on the card it is on selects it.

use egui::{RichText, Ui};

use crate::i18n::{Text, action_status_name};
use crate::model::{CardId, PlannedAction};
use crate::ui::frame::FrameCtx;
use crate::ui::frame::Outbox;
use crate::ui::selection::Selection;

/// What the plan is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::ui) enum PlanOrder {
    /// The map's order: card by card.
    #[default]
    Map,
    /// Owner, then due date.
    Owner,
    /// Due date (undated last), then owner.
    Due,
    /// Status (to do first), then due date.
    Status,
}

/// The plan's rows in `order`: each action with the card it is on and its index there.
pub(in crate::ui) fn sorted(
    mut rows: Vec<(CardId, usize, &PlannedAction)>,
    order: PlanOrder,
) -> Vec<(CardId, usize, &PlannedAction)> {
    // Empty values sort last, whatever the column.
    let text_key = |s: &str| (s.trim().is_empty(), s.trim().to_lowercase());
    match order {
        PlanOrder::Map => {}
        PlanOrder::Owner => {
            rows.sort_by_key(|(_, _, a)| (text_key(&a.owner), text_key(&a.due)));
        }
        PlanOrder::Due => rows.sort_by_key(|(_, _, a)| (text_key(&a.due), text_key(&a.owner))),
        PlanOrder::Status => rows.sort_by_key(|(_, _, a)| (a.status, text_key(&a.due))),
    }
    rows
}

/// The action plan, in the canvas's place.
pub(in crate::ui) fn action_plan_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    order: &mut PlanOrder,
    out: &mut Outbox,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let Some(map) = ctx.map else {
        ui.label(t(Text::NoMap));
        return;
    };
    ui.add_space(8.0);
    ui.heading(t(Text::ActionPlan));
    ui.label(RichText::new(t(Text::ActionPlanHowTo)).weak().small());
    ui.add_space(6.0);
    let rows = sorted(map.actions(), *order);
    if rows.is_empty() {
        ui.label(t(Text::ActionPlanEmpty));
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("action_plan")
                .num_columns(5)
                .striped(true)
                .spacing([20.0, 6.0])
                .show(ui, |ui| {
                    let mut heading = |ui: &mut Ui, text: Text, by: PlanOrder| {
                        // The column sorted by shows selected.
                        let chosen = *order == by;
                        if ui
                            .selectable_label(chosen, RichText::new(t(text)).strong())
                            .on_hover_text(t(Text::ActionPlanSort))
                            .clicked()
                        {
                            *order = if chosen { PlanOrder::Map } else { by };
                        }
                    };
                    ui.label(RichText::new(t(Text::ActionTitle)).strong());
                    heading(ui, Text::Owner, PlanOrder::Owner);
                    heading(ui, Text::ActionDue, PlanOrder::Due);
                    heading(ui, Text::ActionStatus, PlanOrder::Status);
                    ui.label(RichText::new(t(Text::ActionOn)).strong());
                    ui.end_row();
                    for (card, _, action) in rows {
                        ui.label(&action.title);
                        ui.label(&action.owner);
                        ui.label(&action.due);
                        ui.label(action_status_name(action.status, lang));
                        let title = map.card(card).map_or("", |c| c.title());
                        if ui.link(title).clicked() {
                            out.select(Selection::Cards(vec![card]));
                        }
                        ui.end_row();
                    }
                });
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActionStatus;

    #[test]
    fn sorts_by_owner_due_and_status_with_empty_values_last() {
        let action = |title: &str, owner: &str, due: &str, status| PlannedAction {
            title: title.into(),
            owner: owner.into(),
            due: due.into(),
            status,
        };
        let actions = [
            action("a", "Zoé", "2027-01-10", ActionStatus::Done),
            action("b", "", "2026-12-20", ActionStatus::ToDo),
            action("c", "ali", "", ActionStatus::Doing),
        ];
        let rows: Vec<_> = actions
            .iter()
            .enumerate()
            .map(|(i, a)| (CardId(i as u64), 0, a))
            .collect();
        let titles = |order| {
            sorted(rows.clone(), order)
                .iter()
                .map(|(_, _, a)| a.title.clone())
                .collect::<String>()
        };
        assert_eq!(titles(PlanOrder::Map), "abc");
        // Case aside: "ali" before "Zoé", and no owner last.
        assert_eq!(titles(PlanOrder::Owner), "cab");
        assert_eq!(titles(PlanOrder::Due), "bac");
        assert_eq!(titles(PlanOrder::Status), "bca");
    }
}
