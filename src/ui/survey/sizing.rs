//! An opportunity's size in the survey, in its inspector: reach, the detractors it concerns
//! with their margin, the NPS if they became passives, and an impact suggested from it
//! beside the one the user set.

use egui::{RichText, Ui};

use super::SurveyView;
use crate::edit::Edit;
use crate::i18n::{Text, format, msg};
use crate::metrics::{Filter, OpportunitySize, size_opportunity};
use crate::model::{CardContent, CardId, WaveId};
use crate::ui::frame::{FrameCtx, Outbox};
use crate::ui::memo::{Memo, memo};

/// The sizing cached for one project generation, wave, filter and card.
pub(in crate::ui) type SizingCache = Memo<(u64, WaveId, Filter, CardId), Option<OpportunitySize>>;

/// The survey section of an opportunity's inspector (nothing without a survey).
pub(in crate::ui) fn opportunity_sizing_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    card: CardId,
    out: &mut Outbox,
) {
    let project = ctx.project();
    let (Some(wave), Some(map)) = (survey.current_wave(project), ctx.map) else {
        return;
    };
    let lang = ctx.language;
    let key = (
        ctx.document.generation(),
        wave.id,
        survey.filter.clone(),
        card,
    );
    let filter = &survey.filter;
    let size = *memo(&mut survey.sizing, key, || {
        size_opportunity(map, wave, filter, card)
    });
    let title = RichText::new(ctx.t(Text::SizingHeading))
        .heading()
        .size(16.0);
    egui::CollapsingHeader::new(title)
        .id_salt("opportunity_sizing")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::scene::filter_caption(wave, &survey.filter, lang))
                    .weak()
                    .small(),
            );
            let Some(size) = size else {
                ui.label(RichText::new(ctx.t(Text::SizingNothing)).weak());
                return;
            };
            ui.label(msg::sizing_reach(
                lang,
                msg::SizingReach {
                    answers: format::count(lang, size.reach),
                    touchpoints: size.touchpoints,
                    share: format::percent(lang, size.reach_pct(), 1),
                },
            ));
            ui.label(msg::sizing_detractors(
                lang,
                msg::SizingDetractors {
                    detractors: format::count(lang, size.detractors),
                    share: format::percent(lang, size.detractor_pct(), 1),
                    margin: format::margin(lang, size.detractor_margin95(), 1),
                },
            ));
            ui.label(
                RichText::new(msg::sizing_what_if(
                    lang,
                    msg::SizingWhatIf {
                        today: format::signed(lang, size.today.score, 1),
                        what_if: format::signed(lang, size.what_if.score, 1),
                        margin: format::margin(lang, size.what_if.margin95, 1),
                    },
                ))
                .strong(),
            );
            ui.label(RichText::new(format::n(lang, size.today.n)).small().weak());
            ui.add_space(4.0);
            let suggested = size.suggested_impact();
            ui.horizontal_wrapped(|ui| {
                ui.label(msg::sizing_suggested(
                    lang,
                    msg::SizingSuggested {
                        impact: suggested,
                        uplift: format::signed(lang, size.uplift(), 1),
                    },
                ));
                let current = match map.card(card).map(|c| &c.content) {
                    Some(CardContent::Opportunity(o)) => Some(o.clone()),
                    _ => None,
                };
                if let Some(mut opportunity) = current
                    && opportunity.impact != suggested
                    && ui.button(ctx.t(Text::SizingUseSuggested)).clicked()
                {
                    opportunity.impact = suggested;
                    out.edit(Edit::SetCardContent {
                        map: map.id,
                        card,
                        content: CardContent::Opportunity(opportunity),
                    });
                }
            });
        });
}
