//! The filter bar above the canvas: which wave, which segment, which months, the heat map,
//! the badges and the dashboard. Every figure on screen goes through this filter.

use egui::Ui;

use super::SurveyView;
use crate::i18n::{Text, format};
use crate::model::{MetricKind, Month, WaveId};
use crate::ui::choice::choice_combo;
use crate::ui::frame::FrameCtx;

/// The filter bar, when the project has surveys. Its choices are the survey view's own state.
pub(in crate::ui) fn filter_bar_ui(ui: &mut Ui, ctx: &FrameCtx<'_>, survey: &mut SurveyView) {
    if ctx.project().waves.is_empty() {
        survey.dashboard = false;
        return;
    }
    egui::Panel::top("filter_bar").show(ui, |ui| {
        // One row, always: when the whole bar does not fit (a narrow window, longer words
        // in another language), the period and the badges move into a menu rather than
        // wrapping the bar onto a second row or losing its end.
        let available = ui.available_width();
        let compact = survey.filter_bar_width > available;
        let used = ui
            .horizontal(|ui| filter_bar_contents(ui, ctx, survey, compact))
            .response
            .rect
            .width();
        if !compact && used > available + 0.5 {
            survey.filter_bar_width = used;
            ui.ctx().request_repaint();
        } else if !compact {
            survey.filter_bar_width = used;
        }
    });
}

fn filter_bar_contents(ui: &mut Ui, ctx: &FrameCtx<'_>, survey: &mut SurveyView, compact: bool) {
    let t = |text: Text| ctx.t(text);
    // The months come from the figures' cache, computed once per change.
    let months = survey.scores(ctx.document).months.clone();
    let project = ctx.project();
    let Some(current) = survey.current_wave(project) else {
        return;
    };

    let label = ui.label(t(Text::Survey)).id;
    let mut wave = current.id;
    let wave_name = |id: &WaveId| project.wave(*id).map_or(String::new(), |w| w.name.clone());
    let waves = project.waves.iter().map(|w| w.id);
    if choice_combo(ui, "filter_wave", label, &mut wave, waves, wave_name, None) {
        survey.wave = Some(wave);
    }
    ui.separator();

    let label = ui.label(t(Text::Segment)).id;
    let segments = std::iter::once(None).chain(current.segments.iter().cloned().map(Some));
    let segment_name =
        |s: &Option<String>| s.clone().unwrap_or_else(|| t(Text::AllSegments).to_owned());
    let segment = &mut survey.filter.segment;
    choice_combo(
        ui,
        "filter_segment",
        label,
        segment,
        segments,
        segment_name,
        None,
    );
    ui.separator();

    if !compact {
        period_choice(ui, ctx, survey, &months);
        ui.separator();
    }

    let label = ui.label(t(Text::HeatMap)).id;
    let metrics = std::iter::once(None).chain(MetricKind::ALL.map(Some));
    let metric_name =
        |m: &Option<MetricKind>| m.map_or(t(Text::None), MetricKind::short_name).to_owned();
    choice_combo(
        ui,
        "filter_heat",
        label,
        &mut survey.heat,
        metrics,
        metric_name,
        None,
    );
    if let Some(metric) = survey.heat {
        let labels = super::palette::legend_labels(metric, &current.mapping.scales, ctx.language);
        super::palette::legend(ui, &labels);
    }
    ui.separator();

    if compact {
        ui.menu_button(t(Text::MoreFilters), |ui| {
            period_choice(ui, ctx, survey, &months);
            ui.separator();
            badges_choice(ui, ctx, survey);
        });
    } else {
        badges_choice(ui, ctx, survey);
    }
    ui.separator();
    // Always there, so that nothing moves when a filter is set; usable when there is one.
    if ui
        .add_enabled(
            !survey.filter.is_everything(),
            egui::Button::new(t(Text::ResetFilter)).small(),
        )
        .clicked()
    {
        survey.filter = Default::default();
    }
    ui.separator();
    let label = if survey.dashboard {
        t(Text::BackToMap)
    } else {
        t(Text::Dashboard)
    };
    if ui.selectable_label(survey.dashboard, label).clicked() {
        survey.dashboard = !survey.dashboard;
    }
}

/// The months the figures are filtered to.
fn period_choice(ui: &mut Ui, ctx: &FrameCtx<'_>, survey: &mut SurveyView, months: &[Month]) {
    let t = |text: Text| ctx.t(text);
    ui.horizontal(|ui| {
        let any = t(Text::AnyMonth);
        let month_name = |m: &Option<Month>| {
            m.map_or_else(|| any.to_owned(), |m| format::month(ctx.language, m))
        };
        let choices = || std::iter::once(None).chain(months.iter().copied().map(Some));
        let label = ui.label(t(Text::Period)).id;
        let from = &mut survey.filter.from;
        choice_combo(
            ui,
            "filter_from",
            label,
            from,
            choices(),
            month_name,
            Some(100.0),
        );
        let label = ui.label(t(Text::PeriodTo)).id;
        let to = &mut survey.filter.to;
        choice_combo(
            ui,
            "filter_to",
            label,
            to,
            choices(),
            month_name,
            Some(100.0),
        );
    });
}

/// Which metrics the badges show.
fn badges_choice(ui: &mut Ui, ctx: &FrameCtx<'_>, survey: &mut SurveyView) {
    ui.horizontal(|ui| {
        ui.label(ctx.t(Text::BadgesShow));
        for metric in MetricKind::ALL {
            let hidden = &mut survey.hidden_badges[metric as usize];
            let mut shown = !*hidden;
            if ui.checkbox(&mut shown, metric.short_name()).changed() {
                *hidden = !shown;
            }
        }
    });
}
