//! The actions decided on a pain point or an opportunity, in its inspector: what, who, by
//! when and where it stands, one after the other, each removable.

use egui::{RichText, TextEdit, Ui};

use super::{Changes, field_label, merge_key};
use crate::i18n::{Language, Text, action_status_name};
use crate::model::{ActionStatus, CardId, PlannedAction};
use crate::ui::choice::choice_combo;

/// Whether `due` reads as a date, `YYYY-MM-DD` (or is empty).
pub(in crate::ui) fn is_due_date(due: &str) -> bool {
    due.is_empty() || chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").is_ok()
}

/// A text field after its small label, merged into one undo step while typed in.
fn labelled_field(
    ui: &mut Ui,
    label: &str,
    field: TextEdit<'_>,
    changes: &mut Changes,
    key: crate::edit::MergeKey,
) {
    let label = ui.label(RichText::new(label).small()).id;
    let response = ui.add(field).labelled_by(label);
    changes.merged(&response, key);
}

/// The actions' editor.
pub(super) fn actions_ui(
    ui: &mut Ui,
    lang: Language,
    card: CardId,
    actions: &mut Vec<PlannedAction>,
    changes: &mut Changes,
) {
    let t = |text: Text| text.get(lang);
    field_label(ui, t(Text::Actions));
    let mut removed = None;
    for (index, action) in actions.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let key = |field: &str| merge_key((card, field, index));
            let title = TextEdit::singleline(&mut action.title).desired_width(f32::INFINITY);
            labelled_field(
                ui,
                t(Text::ActionTitle),
                title,
                changes,
                key("action_title"),
            );
            // One field a row: the inspector is narrow.
            ui.horizontal(|ui| {
                let owner = TextEdit::singleline(&mut action.owner).desired_width(f32::INFINITY);
                labelled_field(ui, t(Text::Owner), owner, changes, key("action_owner"));
            });
            ui.horizontal(|ui| {
                let due = TextEdit::singleline(&mut action.due)
                    .desired_width(100.0)
                    .hint_text(t(Text::ActionDueHint));
                labelled_field(ui, t(Text::ActionDue), due, changes, key("action_due"));
            });
            if !is_due_date(&action.due) {
                ui.label(
                    RichText::new(t(Text::ActionDueNotADate))
                        .small()
                        .color(crate::ui::style::c(crate::theme::survey::LOW_SAMPLE)),
                );
            }
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(t(Text::ActionStatus)).small()).id;
                let name = |s: &ActionStatus| action_status_name(*s, lang).to_owned();
                let id = ("action_status", card, index);
                let picked = choice_combo(
                    ui,
                    id,
                    label,
                    &mut action.status,
                    ActionStatus::ALL,
                    name,
                    None,
                );
                changes.single(picked);
                if ui.small_button(t(Text::ActionRemove)).clicked() {
                    removed = Some(index);
                }
            });
        });
    }
    if let Some(index) = removed {
        actions.remove(index);
        changes.single(true);
    }
    if ui.button(t(Text::ActionAdd)).clicked() {
        actions.push(PlannedAction::default());
        changes.single(true);
    }
}
