//! The import dialog's second step: each touchpoint value of the export and where it goes.

use egui::{ComboBox, Grid, RichText, ScrollArea, Ui};

use crate::i18n::{Language, Text};
use crate::model::{CardId, StageId};
use crate::survey::MatchProposal;

use super::{ImportSession, WARNING};
use crate::survey::TouchpointChoice;
use crate::ui::choice::choice_combo;

pub(super) fn touchpoints_step(
    ui: &mut Ui,
    session: &mut ImportSession,
    lang: Language,
    height: f32,
    map_touchpoints: &[(CardId, String)],
    stages: &[(StageId, String)],
) {
    let t = |text: Text| text.get(lang);
    let Some(aggregate) = &session.aggregate else {
        return;
    };
    if !session.has_touchpoints() {
        ui.label(RichText::new(t(Text::NoTouchpointColumn)).color(WARNING));
        return;
    }
    let title_of = |id: CardId| {
        map_touchpoints
            .iter()
            .find(|(c, _)| *c == id)
            .map_or("?", |(_, title)| title.as_str())
    };
    let choice_text = |choice: TouchpointChoice| -> String {
        match choice {
            TouchpointChoice::Card(id) => title_of(id).to_owned(),
            TouchpointChoice::Leave => t(Text::LeaveOut).to_owned(),
            TouchpointChoice::Unassigned => t(Text::Unassigned).to_owned(),
            TouchpointChoice::Create => format!("+ {}", t(Text::CreateTouchpoint)),
        }
    };
    if let Some(first_stage) = stages.first()
        && session.choices.contains(&TouchpointChoice::Create)
    {
        ui.horizontal(|ui| {
            let label = ui.label(t(Text::NewTouchpointsGoTo)).id;
            let name = |id: &Option<StageId>| {
                stages
                    .iter()
                    .find(|s| Some(s.0) == *id)
                    .map_or(String::new(), |s| s.1.clone())
            };
            let stage = session.new_stage.get_or_insert(first_stage.0);
            let mut chosen = Some(*stage);
            let options = stages.iter().map(|s| Some(s.0));
            if choice_combo(ui, "new_stage", label, &mut chosen, options, name, None) {
                session.new_stage = chosen;
            }
        });
    }
    ScrollArea::vertical()
        .id_salt(("import_touchpoints", session.serial))
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            Grid::new("import_touchpoints")
                .striped(true)
                .num_columns(4)
                .spacing([14.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(t(Text::ValueInFile)).strong());
                    ui.label(RichText::new(t(Text::Answers)).strong());
                    ui.label(RichText::new(t(Text::OnTheMap)).strong());
                    ui.label("");
                    ui.end_row();
                    for &i in &session.order {
                        let label_text = &aggregate.touchpoints[i];
                        let label = ui.label(label_text).id;
                        ui.label(session.responses[i].to_string());
                        let mut choice = session.choices[i];
                        ComboBox::from_id_salt(("touchpoint_choice", i))
                            .selected_text(choice_text(choice))
                            .width(260.0)
                            .show_ui(ui, |ui| {
                                for (id, title) in map_touchpoints {
                                    ui.selectable_value(
                                        &mut choice,
                                        TouchpointChoice::Card(*id),
                                        title,
                                    );
                                }
                                ui.separator();
                                for other in [
                                    TouchpointChoice::Create,
                                    TouchpointChoice::Unassigned,
                                    TouchpointChoice::Leave,
                                ] {
                                    ui.selectable_value(&mut choice, other, choice_text(other));
                                }
                            })
                            .response
                            .labelled_by(label);
                        session.choices[i] = choice;
                        let status = match (&session.proposals[i], choice) {
                            (MatchProposal::Exact(id), TouchpointChoice::Card(c)) if *id == c => {
                                RichText::new(format!("✔ {}", t(Text::Matched)))
                                    .color(crate::ui::style::c(crate::theme::survey::MATCHED))
                            }
                            (MatchProposal::Near(ids), TouchpointChoice::Card(c))
                                if ids.first() == Some(&c) =>
                            {
                                RichText::new(format!("≈ {}", t(Text::Suggested))).color(WARNING)
                            }
                            (_, TouchpointChoice::Unassigned) => {
                                RichText::new(t(Text::NotMatched)).color(WARNING)
                            }
                            _ => RichText::new(""),
                        };
                        ui.label(status);
                        ui.end_row();
                    }
                });
        });
}
