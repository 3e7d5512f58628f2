//! The dashboard: touchpoints ranked by a metric with their margins, the emotion curve
//! against NPS, and stage averages — all under the filter bar's filter.

use egui::{Grid, RichText, ScrollArea, Ui};
use egui_plot::{GridMark, Legend, Line, Plot, PlotPoints, Points};

use super::SurveyView;
use crate::i18n::{Language, Text, format, msg};
use crate::metrics::CardScores;
use crate::metrics::Totals;
use crate::model::{CardContent, MetricKind};
use crate::theme::survey;
use crate::ui::choice::choice_combo;
use crate::ui::frame::FrameCtx;
use crate::ui::style::c;

use super::palette;

/// One touchpoint's line of the dashboard.
struct Row<'a> {
    title: &'a str,
    stage: usize,
    emotion: i8,
    totals: &'a Totals,
}

/// The totals of a touchpoint without answers.
static NO_ANSWERS: Totals = Totals {
    responses: 0,
    nps: Vec::new(),
    csat: Vec::new(),
    ces: Vec::new(),
};

/// The dashboard, in place of the canvas: every figure from the survey view's cache, the
/// ranking metric its own choice.
pub(in crate::ui) fn dashboard_ui(ui: &mut Ui, ctx: &FrameCtx<'_>, survey: &mut SurveyView) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let metric = survey.ranking.or(survey.heat).unwrap_or(MetricKind::Nps);
    let mut ranking = metric;
    let project = ctx.project();
    let (Some(wave), Some(map)) = (survey.current_wave(project), ctx.map) else {
        ui.label(t(Text::NoSurveyYet));
        return;
    };
    // The title says what the figures are filtered to.
    let title = crate::scene::survey_caption(wave, &survey.filter, lang);
    let against_rest = segment_against_rest(survey, ctx.document.generation(), wave);
    let segment = survey.filter.segment.clone();
    // Every figure comes from the cache of the current wave and filter.
    let scores = survey.scores(ctx.document);
    let rows = rows_of(map, scores);
    let scales = wave.mapping.scales;

    ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(8.0);
            // Every answer of the wave under the filter, touchpoints or not.
            let f = scores.whole.figures(&scales);
            let mut parts = vec![msg::response_count(
                lang,
                msg::ResponseCount { count: f.responses },
            )];
            if let Some(n) = f.nps {
                parts.push(format!(
                    "NPS {} {} ({})",
                    format::signed(lang, n.score, 1),
                    format::margin(lang, n.margin95, 1),
                    format::n(lang, n.n)
                ));
            }
            if let Some(c) = f.csat {
                parts.push(format!(
                    "CSAT {} {} {} ({})",
                    format::percent(lang, c.top2_pct, 1),
                    t(Text::Top2Box),
                    c.scale.top_two(),
                    format::n(lang, c.n)
                ));
            }
            if let Some(c) = f.ces {
                parts.push(format!(
                    "CES {} / {} ({})",
                    format::decimal(lang, c.mean, 2),
                    c.scale.max,
                    format::n(lang, c.n)
                ));
            }
            // A figure never breaks across lines ("(n" / "= 2184)"): the line breaks
            // between figures only.
            let parts: Vec<String> = parts.iter().map(|p| p.replace(' ', "\u{a0}")).collect();
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(title).heading());
                ui.label(RichText::new(parts.join("   ·   ")).size(15.0));
            });
            if let (Some((chosen, rest)), Some(segment)) = (&against_rest, &segment) {
                ui.add_space(10.0);
                segment_against_rest_ui(ui, segment, chosen, rest, &scales, lang);
            }
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                let label = ui.label(RichText::new(t(Text::RankedBy)).heading()).id;
                let name = |m: &MetricKind| m.short_name().to_owned();
                choice_combo(
                    ui,
                    "ranking_metric",
                    label,
                    &mut ranking,
                    MetricKind::ALL,
                    name,
                    None,
                );
            });
            let mut ranked: Vec<(String, f64, f64, u64)> = rows
                .iter()
                .filter_map(|r| {
                    let figures = r.totals.figures(&scales);
                    let (value, margin, n) =
                        figures.headline_with_margin(metric, r.totals, &scales)?;
                    Some((r.title.to_owned(), value, margin, n))
                })
                .collect();
            ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
            ranking_chart(ui, metric, &ranked, &scales, lang);

            ui.add_space(14.0);
            ui.label(RichText::new(t(Text::EmotionAgainstNps)).heading());
            let journey: Vec<&Row> = rows.iter().collect();
            let nps_points: Vec<[f64; 2]> = journey
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.totals.figures(&scales).nps.map(|f| [i as f64, f.score]))
                .collect();
            let emotion_points: Vec<[f64; 2]> = journey
                .iter()
                .enumerate()
                .map(|(i, r)| [i as f64, f64::from(r.emotion) * 100.0 / 3.0])
                .collect();
            let count = journey.len();
            // Room for each name under its mark: the whole name shows on hover.
            let room = (ui.available_width() / count.max(1) as f32 / 7.0).max(6.0) as usize;
            let full_names: Vec<String> = journey.iter().map(|r| r.title.to_owned()).collect();
            let names: Vec<String> = full_names
                .iter()
                .map(|name| {
                    if name.chars().count() <= room {
                        name.clone()
                    } else {
                        let cut: String = name.chars().take(room.saturating_sub(1)).collect();
                        format!("{}…", cut.trim_end())
                    }
                })
                .collect();
            let emotion_name = format!("{} (−3 … +3 ➡ −100 … +100)", t(Text::Emotion));
            Plot::new("emotion_nps_plot")
                .height(260.0)
                .legend(Legend::default())
                .allow_scroll(false)
                .allow_drag(false)
                .allow_zoom(false)
                .include_y(-100.0)
                .include_y(100.0)
                // One mark per touchpoint, labelled with its name (shortened to fit).
                .x_grid_spacer(move |_| {
                    (0..count)
                        .map(|i| GridMark {
                            value: i as f64,
                            step_size: 1.0,
                        })
                        .collect()
                })
                .x_axis_formatter(move |mark, _| {
                    let i = mark.value.round();
                    if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                        return String::new();
                    }
                    names.get(i as usize).cloned().unwrap_or_default()
                })
                .label_formatter(move |position| {
                    let egui_plot::HoverPosition::NearDataPoint { position, .. } = position else {
                        return None;
                    };
                    full_names.get(position.x.round() as usize).cloned()
                })
                .show(ui, |plot| {
                    plot.line(
                        Line::new(
                            emotion_name.clone(),
                            PlotPoints::new(emotion_points.clone()),
                        )
                        .color(c(survey::PROMOTER))
                        .width(2.0),
                    );
                    plot.points(
                        Points::new(emotion_name.clone(), PlotPoints::new(emotion_points))
                            .radius(4.0)
                            .color(c(survey::PROMOTER)),
                    );
                    plot.line(
                        Line::new("NPS", PlotPoints::new(nps_points.clone()))
                            .color(c(survey::DETRACTOR))
                            .width(2.0),
                    );
                    plot.points(
                        Points::new("NPS", PlotPoints::new(nps_points))
                            .radius(4.0)
                            .color(c(survey::DETRACTOR)),
                    );
                });

            ui.add_space(14.0);
            ui.label(RichText::new(t(Text::StageAverages)).heading());
            ui.label(RichText::new(t(Text::StageAveragesPooled)).weak().small());
            Grid::new("stage_averages")
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for header in [t(Text::Stage), "NPS", "n", "CSAT top-2", "n", "CES", "n"] {
                        ui.label(RichText::new(header).strong());
                    }
                    ui.end_row();
                    for (s, stage) in map.stages.iter().enumerate() {
                        let mut totals = Totals::default();
                        for r in rows.iter().filter(|r| r.stage == s) {
                            totals.merge(r.totals);
                        }
                        let f = totals.figures(&scales);
                        ui.label(&stage.name);
                        match f.nps {
                            Some(n) => {
                                ui.label(format!(
                                    "{} {}",
                                    format::signed(lang, n.score, 1),
                                    format::margin(lang, n.margin95, 1)
                                ));
                                ui.label(format::count(lang, n.n));
                            }
                            None => {
                                ui.label("–");
                                ui.label("");
                            }
                        }
                        match f.csat {
                            Some(c) => {
                                ui.label(format::percent(lang, c.top2_pct, 1));
                                ui.label(format::count(lang, c.n));
                            }
                            None => {
                                ui.label("–");
                                ui.label("");
                            }
                        }
                        match f.ces {
                            Some(c) => {
                                ui.label(format!(
                                    "{} / {}",
                                    format::decimal(lang, c.mean, 2),
                                    c.scale.max
                                ));
                                ui.label(format::count(lang, c.n));
                            }
                            None => {
                                ui.label("–");
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    if ranking != metric {
        survey.ranking = Some(ranking);
    }
}

/// The filter's segment and the rest of the answers, cached per project change, wave and
/// filter.
fn segment_against_rest(
    survey: &mut SurveyView,
    generation: u64,
    wave: &crate::model::Wave,
) -> Option<(Totals, Totals)> {
    let key = (generation, wave.id, survey.filter.clone());
    let filter = &survey.filter;
    crate::ui::memo::memo(&mut survey.segment_rest, key, || {
        crate::metrics::segment_and_rest(wave, filter)
    })
    .clone()
}

/// The segment against every other answer of the same months: each metric with its n on
/// both sides, the difference and whether it is significant.
fn segment_against_rest_ui(
    ui: &mut Ui,
    segment: &str,
    chosen: &Totals,
    rest: &Totals,
    scales: &crate::model::Scales,
    lang: Language,
) {
    let t = |text: Text| text.get(lang);
    ui.label(
        RichText::new(msg::segment_against_rest(
            lang,
            msg::SegmentAgainstRest { segment },
        ))
        .heading(),
    );
    let (a, b) = (chosen.figures(scales), rest.figures(scales));
    Grid::new("segment_against_rest")
        .striped(true)
        .spacing([18.0, 6.0])
        .show(ui, |ui| {
            for header in ["", segment, t(Text::RestOfAnswers), "Δ", ""] {
                ui.label(RichText::new(header).strong());
            }
            ui.end_row();
            for metric in MetricKind::ALL {
                let (Some((value, n)), Some((other, other_n))) =
                    (a.headline(metric), b.headline(metric))
                else {
                    continue;
                };
                let difference =
                    crate::metrics::totals_difference(metric, (rest, scales), (chosen, scales));
                ui.label(RichText::new(metric.short_name()).strong());
                ui.label(format!(
                    "{} ({})",
                    figure(lang, metric, value),
                    format::n(lang, n)
                ));
                ui.label(format!(
                    "{} ({})",
                    figure(lang, metric, other),
                    format::n(lang, other_n)
                ));
                ui.label(super::difference::delta_text(
                    format::signed(lang, value - other, decimals(metric)),
                    difference.as_ref(),
                ));
                match &difference {
                    Some(d) => super::difference::verdict_ui(ui, d, lang),
                    None => {
                        ui.label(RichText::new(t(Text::DifferenceNotTested)).small().weak());
                    }
                }
                ui.end_row();
            }
        });
}

/// The map's touchpoints in journey order, with their totals under the filter.
fn rows_of<'a>(map: &'a crate::model::JourneyMap, scores: &'a CardScores) -> Vec<Row<'a>> {
    map.touchpoints_in_order()
        .into_iter()
        .map(|card| Row {
            title: card.title(),
            stage: map
                .stages
                .iter()
                .position(|s| s.id == card.stage)
                .unwrap_or(0),
            emotion: match &card.content {
                CardContent::Touchpoint(tp) => tp.emotion,
                _ => 0,
            },
            totals: scores.totals.get(&card.id).unwrap_or(&NO_ANSWERS),
        })
        .collect()
}

/// Touchpoints ranked by a metric: one row each with its name, a bar from the scale's middle,
/// the 95 % margin as a whisker, and the value with n.
fn ranking_chart(
    ui: &mut Ui,
    metric: MetricKind,
    ranked: &[(String, f64, f64, u64)],
    scales: &crate::model::Scales,
    lang: Language,
) {
    let (low, high) = match metric {
        MetricKind::Nps => (-100.0, 100.0),
        MetricKind::Csat => (0.0, 100.0),
        MetricKind::Ces => (f64::from(scales.ces.min), f64::from(scales.ces.max)),
    };
    let middle = (low + high) / 2.0;
    let row_height = 26.0;
    let width = ui.available_width().min(1100.0);
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(width, row_height * ranked.len() as f32 + 24.0),
        egui::Sense::hover(),
    );
    // What the chart shows, in words, for screen readers.
    let said: Vec<String> = ranked
        .iter()
        .map(|(name, value, margin, n)| {
            format!(
                "{name} {} {} ({})",
                figure(lang, metric, *value),
                format::margin(lang, *margin, decimals(metric)),
                format::n(lang, *n)
            )
        })
        .collect();
    let said = format!("{}: {}", metric.short_name(), said.join("; "));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &said));
    let painter = ui.painter_at(rect);
    let names_width = 230.0;
    let values_width = 190.0;
    let bars = egui::Rect::from_min_max(
        rect.min + egui::vec2(names_width, 0.0),
        egui::pos2(rect.max.x - values_width, rect.max.y - 24.0),
    );
    let x_of =
        |v: f64| bars.min.x + bars.width() * ((v - low) / (high - low)).clamp(0.0, 1.0) as f32;
    let ink = c(survey::CHART_INK);
    let grid = egui::Stroke::new(crate::theme::stroke::HAIRLINE, c(survey::CHART_GRID));
    for k in 0..=4 {
        let v = low + (high - low) * f64::from(k) / 4.0;
        let x = x_of(v);
        painter.line_segment([egui::pos2(x, bars.min.y), egui::pos2(x, bars.max.y)], grid);
        let label = match metric {
            MetricKind::Ces => format::decimal(lang, v, 1),
            MetricKind::Csat => format::percent(lang, v, 0),
            MetricKind::Nps => format::signed(lang, v, 0),
        };
        painter.text(
            egui::pos2(x, bars.max.y + 4.0),
            egui::Align2::CENTER_TOP,
            label,
            egui::FontId::proportional(12.0),
            c(survey::CHART_AXIS),
        );
    }
    for (i, (name, value, margin, n)) in ranked.iter().enumerate() {
        let top = rect.min.y + i as f32 * row_height;
        let centre_y = top + row_height / 2.0;
        painter.text(
            egui::pos2(rect.min.x + names_width - 10.0, centre_y),
            egui::Align2::RIGHT_CENTER,
            name,
            egui::FontId::proportional(14.0),
            ink,
        );
        let t = ((value - middle) / ((high - low) / 2.0)) as f32;
        let (a, b) = (x_of(middle), x_of(*value));
        let bar = egui::Rect::from_min_max(
            egui::pos2(a.min(b), top + 5.0),
            egui::pos2(a.max(b).max(a.min(b) + 1.0), top + row_height - 5.0),
        );
        painter.rect(
            bar,
            2.0,
            palette::diverging(t),
            egui::Stroke::new(crate::theme::stroke::HAIRLINE, c(survey::CHART_WHISKER)),
            egui::StrokeKind::Inside,
        );
        let (w0, w1) = (x_of(value - margin), x_of(value + margin));
        let whisker = egui::Stroke::new(crate::theme::stroke::WHISKER, ink);
        painter.line_segment(
            [egui::pos2(w0, centre_y), egui::pos2(w1, centre_y)],
            whisker,
        );
        for x in [w0, w1] {
            painter.line_segment(
                [egui::pos2(x, centre_y - 5.0), egui::pos2(x, centre_y + 5.0)],
                whisker,
            );
        }
        let text = format!(
            "{} {}",
            figure(lang, metric, *value),
            format::margin(lang, *margin, decimals(metric))
        );
        let low_sample = *n < crate::metrics::LOW_SAMPLE;
        let n_text = if low_sample {
            format!("{} ⚠", format::n(lang, *n))
        } else {
            format::n(lang, *n)
        };
        painter.text(
            egui::pos2(bars.max.x + 12.0, centre_y),
            egui::Align2::LEFT_CENTER,
            format!("{text}   {n_text}"),
            egui::FontId::proportional(13.0),
            if low_sample {
                c(survey::LOW_SAMPLE)
            } else {
                ink
            },
        );
    }
}

/// A ranked figure: NPS with its sign, CSAT as a percentage, CES as a mean.
fn figure(lang: Language, metric: MetricKind, value: f64) -> String {
    match metric {
        MetricKind::Nps => format::signed(lang, value, 1),
        MetricKind::Csat => format::percent(lang, value, 1),
        MetricKind::Ces => format::decimal(lang, value, 2),
    }
}

/// The decimals a metric's figures and margins are shown with.
fn decimals(metric: MetricKind) -> usize {
    match metric {
        MetricKind::Ces => 2,
        _ => 1,
    }
}
