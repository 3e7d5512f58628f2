//! The inspector of one card: every field of a note, touchpoint, pain point or
//! opportunity.

use egui::{RichText, Slider, Ui};

use super::{Changes, Links, MapFacts, field_label, merge_key, slider, text_area, text_line};
use crate::edit::Edit;
use crate::i18n::{self, Text};
use crate::model::{
    Card, CardContent, Channel, EMOTION_MAX, EMOTION_MIN, Evidence, Frequency, LaneKind, Phase,
    SCORE_MAX, SEVERITY_MAX,
};
use crate::ui::choice::{choice_combo, set_member};
use crate::ui::frame::{FrameCtx, Outbox};
use crate::ui::style;

/// The inspector of one card: every field of its kind.
pub(super) fn card_inspector(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    out: &mut Outbox,
    map: &MapFacts,
    card: Card,
    links: &Links,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let mut content = card.content.clone();
    let mut changes = Changes::default();
    let key = |field: &str| merge_key((card.id, field));
    let kind_name = match &content {
        CardContent::Note(_) => t(Text::Card),
        CardContent::Touchpoint(_) => i18n::lane_kind_name(LaneKind::Touchpoints, lang),
        CardContent::PainPoint(_) => i18n::lane_kind_name(LaneKind::PainPoints, lang),
        CardContent::Opportunity(_) => i18n::lane_kind_name(LaneKind::Opportunities, lang),
    };
    ui.label(RichText::new(kind_name).small().weak());
    // What the card rests on, whatever its kind.
    let label = field_label(ui, t(Text::Evidence));
    let mut evidence = content.evidence();
    let evidence_name = |e: &Option<Evidence>| match e {
        Some(e) => i18n::evidence_name(*e, lang).to_owned(),
        None => t(Text::EvidenceNone).to_owned(),
    };
    let options = std::iter::once(None).chain(Evidence::ALL.into_iter().map(Some));
    let width = Some(ui.available_width());
    if choice_combo(
        ui,
        ("evidence", card.id),
        label,
        &mut evidence,
        options,
        evidence_name,
        width,
    ) {
        content.set_evidence(evidence);
        changes.single(true);
    }
    match &mut content {
        CardContent::Note(note) => {
            text_line(
                ui,
                t(Text::Title),
                &mut note.title,
                &mut changes,
                key("title"),
            );
            text_area(
                ui,
                t(Text::Description),
                &mut note.description,
                &mut changes,
                key("description"),
            );
        }
        CardContent::Touchpoint(tp) => {
            text_line(
                ui,
                t(Text::Title),
                &mut tp.title,
                &mut changes,
                key("title"),
            );
            text_area(
                ui,
                t(Text::Description),
                &mut tp.description,
                &mut changes,
                key("description"),
            );
            let label = field_label(ui, t(Text::Channel));
            let channel = |c: &Channel| {
                format!(
                    "{}  {}",
                    style::channel_icon(*c).0,
                    i18n::channel_name(*c, lang)
                )
            };
            let width = Some(ui.available_width());
            let id = ("channel", card.id);
            let picked = choice_combo(ui, id, label, &mut tp.channel, Channel::ALL, channel, width);
            changes.single(picked);
            let label = field_label(ui, t(Text::Phase));
            let phase = |p: &Phase| i18n::phase_name(*p, lang).to_owned();
            let id = ("phase", card.id);
            changes.single(choice_combo(
                ui,
                id,
                label,
                &mut tp.phase,
                Phase::ALL,
                phase,
                width,
            ));
            text_line(
                ui,
                t(Text::Owner),
                &mut tp.owner,
                &mut changes,
                key("owner"),
            );
            ui.add_space(4.0);
            let response = ui.checkbox(&mut tp.moment_of_truth, t(Text::MomentOfTruth));
            changes.single(response.changed());
            slider(
                ui,
                t(Text::Emotion),
                &mut tp.emotion,
                EMOTION_MIN..=EMOTION_MAX,
                |v| format!("{v:+}"),
                &mut changes,
                key("emotion"),
            );
            ui.add_space(4.0);
            let mut has_expected = tp.expected.is_some();
            let toggle = ui.checkbox(&mut has_expected, t(Text::Expected));
            if toggle.changed() {
                tp.expected = has_expected.then_some(tp.emotion);
                changes.single(true);
            }
            if let Some(expected) = &mut tp.expected {
                ui.horizontal(|ui| {
                    let response = ui
                        .add(Slider::new(expected, EMOTION_MIN..=EMOTION_MAX).show_value(false))
                        .labelled_by(toggle.id);
                    changes.merged(&response, key("expected"));
                    ui.label(format!("{:+}", *expected));
                });
            }
            text_area(
                ui,
                t(Text::Notes),
                &mut tp.notes,
                &mut changes,
                key("notes"),
            );
        }
        CardContent::PainPoint(pain) => {
            text_line(
                ui,
                t(Text::Title),
                &mut pain.title,
                &mut changes,
                key("title"),
            );
            text_area(
                ui,
                t(Text::Description),
                &mut pain.description,
                &mut changes,
                key("description"),
            );
            slider(
                ui,
                t(Text::Severity),
                &mut pain.severity,
                1..=SEVERITY_MAX,
                |v| format!("{v} – {}", i18n::severity_name(v, lang)),
                &mut changes,
                key("severity"),
            );
            let label = field_label(ui, t(Text::Frequency));
            let frequency = |f: &Frequency| i18n::frequency_name(*f, lang).to_owned();
            let width = Some(ui.available_width());
            let id = ("frequency", card.id);
            let options = Frequency::ALL;
            let picked = choice_combo(
                ui,
                id,
                label,
                &mut pain.frequency,
                options,
                frequency,
                width,
            );
            changes.single(picked);
            let label = field_label(ui, t(Text::Votes));
            ui.horizontal(|ui| {
                let response = ui
                    .add(egui::DragValue::new(&mut pain.votes).range(0..=999))
                    .labelled_by(label);
                changes.merged(&response, key("votes"));
                if ui.button("+1").clicked() {
                    pain.votes += 1;
                    changes.single(true);
                }
            });
            field_label(ui, t(Text::Touchpoints));
            for (id, title) in &links.touchpoints {
                let mut linked = pain.touchpoints.contains(id);
                if ui.checkbox(&mut linked, title).changed() {
                    set_member(&mut pain.touchpoints, *id, linked);
                    changes.single(true);
                }
            }
            super::actions::actions_ui(ui, lang, card.id, &mut pain.actions, &mut changes);
        }
        CardContent::Opportunity(opportunity) => {
            text_line(
                ui,
                t(Text::Title),
                &mut opportunity.title,
                &mut changes,
                key("title"),
            );
            text_area(
                ui,
                t(Text::Description),
                &mut opportunity.description,
                &mut changes,
                key("description"),
            );
            let out_of = |v: u8| format!("{v} / {SCORE_MAX}");
            slider(
                ui,
                t(Text::Impact),
                &mut opportunity.impact,
                1..=SCORE_MAX,
                out_of,
                &mut changes,
                key("impact"),
            );
            slider(
                ui,
                t(Text::Effort),
                &mut opportunity.effort,
                1..=SCORE_MAX,
                out_of,
                &mut changes,
                key("effort"),
            );
            field_label(ui, t(Text::PainPoints));
            for (id, title) in &links.pain_points {
                let mut linked = opportunity.pain_points.contains(id);
                if ui.checkbox(&mut linked, title).changed() {
                    set_member(&mut opportunity.pain_points, *id, linked);
                    changes.single(true);
                }
            }
            // Touchpoints it addresses besides those of its pain points: they size it.
            ui.collapsing(t(Text::OpportunityTouchpoints), |ui| {
                for (id, title) in &links.touchpoints {
                    let mut linked = opportunity.touchpoints.contains(id);
                    if ui.checkbox(&mut linked, title).changed() {
                        set_member(&mut opportunity.touchpoints, *id, linked);
                        changes.single(true);
                    }
                }
            });
            super::actions::actions_ui(ui, lang, card.id, &mut opportunity.actions, &mut changes);
        }
    }
    let map_id = map.id;
    changes.emit(out, || Edit::SetCardContent {
        map: map_id,
        card: card.id,
        content,
    });
}
