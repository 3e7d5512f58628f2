//! A touchpoint's survey scores in the inspector: its figures with n and margin, the
//! detractors/passives/promoters bar, the trend by month with the margin as a band, a
//! comparison with another wave, and its verbatims with a search box.

use egui::{Color32, CornerRadius, RichText, Sense, Ui, vec2};
use egui_plot::{Line, Plot, PlotPoints, Points, Polygon};

use super::SurveyView;
use super::difference::{delta_text, verdict_ui};
use crate::i18n::{Language, Text, format, msg};
use crate::metrics::{Figures, LOW_SAMPLE, Totals, card_totals, card_trend, totals_difference};
use crate::model::{CardId, MetricKind, Month, Scales, Wave, WaveId};
use crate::theme::survey;
use crate::ui::choice::choice_combo;
use crate::ui::frame::{FrameCtx, Outbox};
use crate::ui::style::c;

const DETRACTOR: Color32 = c(survey::DETRACTOR);
const PASSIVE: Color32 = c(survey::PASSIVE);
const PROMOTER: Color32 = c(survey::PROMOTER);
const LOW: Color32 = c(survey::LOW_SAMPLE);
/// Verbatims listed at most; the count of the rest is shown.
const MAX_VERBATIMS: usize = 150;

/// The survey section of a touchpoint's inspector (nothing when no survey is imported),
/// under its fields, and folded away with a click. The survey view holds its choices and
/// caches.
pub(in crate::ui) fn touchpoint_scores_ui(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    card: CardId,
    out: &mut Outbox,
) {
    if ctx.project().waves.is_empty() {
        return;
    }
    let title = RichText::new(ctx.t(Text::SurveyScores))
        .heading()
        .size(16.0);
    egui::CollapsingHeader::new(title)
        .id_salt("survey_scores")
        .default_open(true)
        .show(ui, |ui| touchpoint_scores_body(ui, ctx, survey, card, out));
}

/// The touchpoint's content with `quote` chosen for exports, or no longer.
fn toggle_quote(ctx: &FrameCtx<'_>, card: CardId, quote: &str) -> Option<crate::edit::Edit> {
    let map = ctx.map?;
    let crate::model::CardContent::Touchpoint(touchpoint) = &map.card(card)?.content else {
        return None;
    };
    let mut touchpoint = touchpoint.clone();
    if let Some(at) = touchpoint.quotes.iter().position(|q| q == quote) {
        touchpoint.quotes.remove(at);
    } else {
        touchpoint.quotes.push(quote.to_owned());
    }
    Some(crate::edit::Edit::SetCardContent {
        map: map.id,
        card,
        content: crate::model::CardContent::Touchpoint(touchpoint),
    })
}

fn touchpoint_scores_body(
    ui: &mut Ui,
    ctx: &FrameCtx<'_>,
    survey: &mut SurveyView,
    card: CardId,
    out: &mut Outbox,
) {
    let lang = ctx.language;
    let t = |text: Text| text.get(lang);
    let project = ctx.project();
    let Some(wave) = survey.current_wave(project) else {
        return;
    };
    let filter = survey.filter.clone();
    // The card's figures are those of the badges, from the figures' cache.
    let figures = survey
        .scores(ctx.document)
        .figures
        .get(&card)
        .copied()
        .unwrap_or_default();
    ui.label(
        RichText::new(crate::scene::filter_caption(wave, &filter, lang))
            .weak()
            .small(),
    );
    ui.add_space(4.0);
    if figures.nps.is_none() && figures.csat.is_none() && figures.ces.is_none() {
        ui.label(RichText::new(t(Text::NoCardForSurvey)).weak());
        return;
    }
    figure_lines(ui, &figures, lang);
    if let Some(nps) = figures.nps {
        ui.add_space(4.0);
        nps_bar(ui, nps.detractors, nps.passives, nps.promoters, lang);
    }

    // Before/after: the same touchpoint in another wave.
    let others = project.waves.iter().filter(|w| w.id != wave.id);
    if others.clone().next().is_some() {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label(t(Text::CompareWith)).id;
            let options = std::iter::once(None).chain(others.map(|w| Some(w.id)));
            let name = |id: &Option<WaveId>| {
                id.and_then(|id| project.wave(id))
                    .map_or_else(|| t(Text::NoComparison).to_owned(), |w| w.name.clone())
            };
            let chosen = &mut survey.compare_with;
            if chosen.is_some_and(|id| id == wave.id || project.wave(id).is_none()) {
                *chosen = None;
            }
            choice_combo(ui, "compare_with", label, chosen, options, name, None);
        });
    }
    let details = card_details(survey, ctx.document.generation(), project, wave, card);
    if let Some(before) = &details.before {
        comparison(ui, before, (&details.now, &wave.mapping.scales), lang);
    }

    // Trend by month, NPS when asked, else the first metric with answers.
    let metric = MetricKind::ALL
        .into_iter()
        .find(|m| figures.headline(*m).is_some())
        .unwrap_or(MetricKind::Nps);
    let trend = &details.trend;
    if trend.len() >= 2 {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!(
                "{} · {} · {}",
                t(Text::TrendByMonth),
                metric.short_name(),
                years_of(trend)
            ))
            .strong(),
        );
        trend_plot(ui, card, metric, trend, &wave.mapping.scales, lang);
    }

    // Verbatims: filtered and searched once per change, not every frame (a large wave
    // holds hundreds of thousands).
    let query = crate::metrics::VerbatimQuery {
        generation: ctx.document.generation(),
        wave: wave.id,
        card,
        filter: filter.clone(),
        search: survey.verbatim_search.clone(),
    };
    let found = survey.verbatims.get(query, wave);
    // Only the shown ones are copied out.
    let (total, matched) = (found.total, found.matching.len());
    let shown: Vec<usize> = found.matching.iter().take(MAX_VERBATIMS).copied().collect();
    if total > 0 {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!(
                "{} ({})",
                t(Text::Verbatims),
                format::count(lang, total as u64)
            ))
            .strong(),
        );
        let label = t(Text::SearchVerbatims);
        ui.add(
            egui::TextEdit::singleline(&mut survey.verbatim_search)
                .hint_text(format!("🔍 {label}"))
                .desired_width(f32::INFINITY),
        )
        .on_hover_text(label)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
        let shown: Vec<&crate::model::Verbatim> = shown
            .iter()
            .filter_map(|&i| wave.verbatims.get(i))
            .collect();
        let chosen: Vec<String> = ctx
            .map
            .and_then(|m| m.card(card))
            .map(|c| match &c.content {
                crate::model::CardContent::Touchpoint(t) => t.quotes.clone(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        for v in &shown {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                let mut meta = Vec::new();
                if let Some(n) = v.nps {
                    meta.push(format!("NPS {}", format::count(lang, u64::from(n))));
                }
                if let Some(s) = v.segment.and_then(|s| wave.segments.get(s as usize)) {
                    meta.push(s.clone());
                }
                if let Some(m) = v.month {
                    meta.push(format::month(lang, m));
                }
                let quoted = chosen.contains(&v.text);
                ui.horizontal(|ui| {
                    // Chosen verbatims are quoted in the booklet and the HTML viewer.
                    let mark = if quoted { "★" } else { "☆" };
                    let label = t(Text::QuoteInExports);
                    let button = ui
                        .selectable_label(quoted, mark)
                        .on_hover_text(label)
                        .accessible_name(label);
                    if button.clicked()
                        && let Some(edit) = toggle_quote(ctx, card, &v.text)
                    {
                        out.edit(edit);
                    }
                    if !meta.is_empty() {
                        ui.label(RichText::new(meta.join(" · ")).small().weak());
                    }
                });
                ui.label(format!("« {} »", v.text));
            });
        }
        if matched > MAX_VERBATIMS {
            ui.label(RichText::new(format!("… +{}", matched - MAX_VERBATIMS)).weak());
        }
    }
}

/// A card's trend by month and its figures in the wave compared with: computed when the
/// project, the wave, the card, the filter or the comparison changes, not every frame.
pub(in crate::ui) struct CardDetails {
    key: (u64, WaveId, CardId, crate::metrics::Filter, Option<WaveId>),
    trend: Vec<(Month, Figures)>,
    /// The card's answers in this wave, under the filter.
    now: Totals,
    before: Option<Before>,
}

/// The card in the wave compared with.
struct Before {
    wave_name: String,
    totals: Totals,
    scales: Scales,
}

fn card_details<'s>(
    survey: &'s mut SurveyView,
    generation: u64,
    project: &crate::model::Project,
    wave: &Wave,
    card: CardId,
) -> &'s CardDetails {
    let key = (
        generation,
        wave.id,
        card,
        survey.filter.clone(),
        survey.compare_with,
    );
    let details = match survey.inspector.take() {
        Some(details) if details.key == key => details,
        _ => {
            let filter = &key.3;
            let before = key.4.and_then(|id| project.wave(id)).map(|other| Before {
                wave_name: other.name.clone(),
                totals: card_totals(other, card, filter),
                scales: other.mapping.scales,
            });
            CardDetails {
                trend: card_trend(wave, card, filter),
                now: card_totals(wave, card, filter),
                before,
                key,
            }
        }
    };
    survey.inspector.insert(details)
}

/// What the verbatim list of the inspector shows: recomputed when any of it changes.
/// "2026", or "2025–2026" when the months span two years.
fn years_of(trend: &[(Month, Figures)]) -> String {
    match (trend.first(), trend.last()) {
        (Some((first, _)), Some((last, _))) if first.year() != last.year() => {
            format!("{}–{}", first.year(), last.year())
        }
        (Some((first, _)), _) => first.year().to_string(),
        _ => String::new(),
    }
}

fn figure_lines(ui: &mut Ui, figures: &Figures, lang: Language) {
    let t = |text: Text| text.get(lang);
    // (metric, headline, second line, n) for each metric asked.
    let mut rows: Vec<(&str, RichText, Option<String>, u64)> = Vec::new();
    if let Some(f) = figures.nps {
        let headline = RichText::new(format!(
            "{} {}",
            format::signed(lang, f.score, 1),
            format::margin(lang, f.margin95, 1)
        ))
        .size(16.0);
        rows.push(("NPS", headline, None, f.n));
    }
    if let Some(f) = figures.csat {
        let headline = RichText::new(format!(
            "{} {} ({})",
            format::percent(lang, f.top2_pct, 1),
            t(Text::Top2Box),
            f.scale.top_two()
        ));
        let mean = format!(
            "{} {} / {}",
            t(Text::MeanLabel),
            format::decimal(lang, f.mean, 2),
            f.scale
        );
        rows.push(("CSAT", headline, Some(mean), f.n));
    }
    if let Some(f) = figures.ces {
        let headline = RichText::new(format!(
            "{} {} / {}",
            t(Text::MeanLabel),
            format::decimal(lang, f.mean, 2),
            f.scale
        ));
        let agree = format!(
            "{} {}",
            format::percent(lang, f.agree_pct, 1),
            t(Text::AgreeLabel)
        );
        rows.push(("CES", headline, Some(agree), f.n));
    }
    egui::Grid::new("figures")
        .num_columns(3)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for (metric, headline, second, n) in rows {
                ui.label(RichText::new(metric).strong());
                ui.label(headline);
                ui.horizontal(|ui| {
                    ui.label(format::n(lang, n));
                    if n < LOW_SAMPLE {
                        ui.label(
                            RichText::new(format!("⚠ {}", t(Text::LowSample)))
                                .color(LOW)
                                .small(),
                        );
                    }
                });
                ui.end_row();
                if let Some(second) = second {
                    ui.label("");
                    ui.label(RichText::new(second).weak());
                    ui.end_row();
                }
            }
        });
}

/// The detractors / passives / promoters bar with its shares.
fn nps_bar(ui: &mut Ui, detractors: u64, passives: u64, promoters: u64, lang: Language) {
    let t = |text: Text| text.get(lang);
    let n = (detractors + passives + promoters).max(1) as f32;
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, 18.0), Sense::hover());
    let mut x = rect.min.x;
    let parts = [
        (detractors, DETRACTOR),
        (passives, PASSIVE),
        (promoters, PROMOTER),
    ];
    for (count, color) in parts {
        let w = width * count as f32 / n;
        let part = egui::Rect::from_min_size(egui::pos2(x, rect.min.y), vec2(w, rect.height()));
        ui.painter().rect_filled(part, CornerRadius::ZERO, color);
        x += w;
    }
    let pct = |c: u64| format::percent(lang, f64::from(100.0 * c as f32 / n), 0);
    let said = format!(
        "{} {}, {} {}, {} {}",
        t(Text::Detractors),
        pct(detractors),
        t(Text::Passives),
        pct(passives),
        t(Text::Promoters),
        pct(promoters)
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &said));
    ui.horizontal_wrapped(|ui| {
        for (text, count, color) in [
            (Text::Detractors, detractors, DETRACTOR),
            (Text::Passives, passives, PASSIVE),
            (Text::Promoters, promoters, PROMOTER),
        ] {
            // Square and words together, so a line never breaks between them.
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 3.0;
                ui.label(RichText::new("■").color(color));
                ui.label(
                    RichText::new(format!(
                        "{} {} ({})",
                        t(text),
                        format::count(lang, count),
                        pct(count)
                    ))
                    .small(),
                );
            });
        }
    });
}

/// The card's figures in another wave against this one's, each difference tested.
fn comparison(ui: &mut Ui, before: &Before, (now, scales): (&Totals, &Scales), lang: Language) {
    let (b, a) = (before.totals.figures(&before.scales), now.figures(scales));
    let mut lines: Vec<(MetricKind, String)> = Vec::new();
    if let (Some(b), Some(a)) = (b.nps, a.nps) {
        lines.push((
            MetricKind::Nps,
            format!(
                "NPS {} ➡ {} (Δ {})",
                format::signed(lang, b.score, 1),
                format::signed(lang, a.score, 1),
                format::signed(lang, a.score - b.score, 1)
            ),
        ));
    }
    if let (Some(b), Some(a)) = (b.csat, a.csat) {
        lines.push((
            MetricKind::Csat,
            format!(
                "CSAT {} ➡ {} (Δ {})",
                format::percent(lang, b.top2_pct, 1),
                format::percent(lang, a.top2_pct, 1),
                format::signed(lang, a.top2_pct - b.top2_pct, 1)
            ),
        ));
    }
    if let (Some(b), Some(a)) = (b.ces, a.ces) {
        lines.push((
            MetricKind::Ces,
            format!(
                "CES {} ➡ {} (Δ {})",
                format::decimal(lang, b.mean, 2),
                format::decimal(lang, a.mean, 2),
                format::signed(lang, a.mean - b.mean, 2)
            ),
        ));
    }
    ui.label(RichText::new(&before.wave_name).small().weak());
    if lines.is_empty() {
        ui.label("–");
    }
    for (metric, line) in lines {
        let difference = totals_difference(metric, (&before.totals, &before.scales), (now, scales));
        ui.horizontal_wrapped(|ui| {
            ui.label(delta_text(line, difference.as_ref()));
            match &difference {
                Some(d) => verdict_ui(ui, d, lang),
                None => {
                    ui.label(
                        RichText::new(Text::DifferenceNotTested.get(lang))
                            .small()
                            .weak(),
                    );
                }
            }
        });
    }
}

fn trend_plot(
    ui: &mut Ui,
    card: CardId,
    metric: MetricKind,
    trend: &[(Month, Figures)],
    scales: &Scales,
    lang: Language,
) {
    // (month index, value, margin, n) of the months with answers.
    let points: Vec<(f64, f64, f64, u64)> = trend
        .iter()
        .enumerate()
        .filter_map(|(i, (_, f))| {
            let (value, margin, n) = match metric {
                MetricKind::Nps => f.nps.map(|n| (n.score, n.margin95, n.n)),
                MetricKind::Csat => f.csat.map(|c| {
                    let margin = crate::metrics::percent_margin95(c.top2_pct, c.n);
                    (c.top2_pct, margin, c.n)
                }),
                MetricKind::Ces => f.ces.map(|c| (c.mean, 0.0, c.n)),
            }?;
            Some((i as f64, value, margin, n))
        })
        .collect();
    // The axis is the metric's whole range, so that months compare at a glance.
    let (low, high, step) = match metric {
        MetricKind::Nps => (-100.0, 100.0, 50.0),
        MetricKind::Csat => (0.0, 100.0, 25.0),
        MetricKind::Ces => (f64::from(scales.ces.min), f64::from(scales.ces.max), 1.0),
    };
    let clamp = |v: f64| v.clamp(low, high);
    let months: Vec<String> = trend.iter().map(|(m, _)| format::month(lang, *m)).collect();
    let count = months.len();
    let value_text = move |value: f64| match metric {
        MetricKind::Nps => format::signed(lang, value, 1),
        MetricKind::Csat => format::percent(lang, value, 1),
        MetricKind::Ces => format::decimal(lang, value, 2),
    };
    let hover_points = points.clone();
    let hover_months = months.clone();
    let low_sample_name = Text::LowSample.get(lang);
    Plot::new(("trend", card))
        .height(150.0)
        .include_y(low)
        .include_y(high)
        // A mark per month.
        .x_grid_spacer(move |_| {
            (0..count)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    // Larger than the real step: the plot is narrow, and egui_plot hides the
                    // labels of marks it finds too close, even the two-digit ones used here.
                    step_size: 3.0,
                })
                .collect()
        })
        // A few round values on the metric's scale, every one labelled.
        .y_grid_spacer(move |_| {
            let marks = ((high - low) / step).round() as usize;
            (0..=marks)
                .map(|k| egui_plot::GridMark {
                    value: low + step * k as f64,
                    step_size: step * 4.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _| format::decimal(lang, mark.value, 0))
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show_x(false)
        .show_y(false)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                trend
                    .get(i as usize)
                    // The month's number; the years are in the title.
                    .map(|(m, _)| format!("{:02}", m.month()))
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        // Hovering a month gives its figure, its margin and its n.
        .label_formatter(move |position| {
            let egui_plot::HoverPosition::NearDataPoint { position, .. } = position else {
                return None;
            };
            let (_, value, margin, n) = hover_points
                .iter()
                .find(|p| (p.0 - position.x).abs() < 0.5)?;
            let month = hover_months.get(position.x.round() as usize)?;
            let mut text = format!(
                "{month}\n{} {} {}",
                metric.short_name(),
                value_text(*value),
                format::margin(lang, *margin, 1)
            );
            text.push_str(&format!("\n{}", format::n(lang, *n)));
            if *n < LOW_SAMPLE {
                text.push_str(&format!(" ⚠ {low_sample_name}"));
            }
            Some(text)
        })
        .show(ui, |plot| {
            // The band month to month, between months large enough for a margin to mean
            // something: plot polygons must be convex, so one quad each.
            for pair in points.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                if a.3 < LOW_SAMPLE || b.3 < LOW_SAMPLE {
                    continue;
                }
                let quad = vec![
                    [a.0, clamp(a.1 + a.2)],
                    [b.0, clamp(b.1 + b.2)],
                    [b.0, clamp(b.1 - b.2)],
                    [a.0, clamp(a.1 - a.2)],
                ];
                plot.polygon(
                    Polygon::new("±95 %", PlotPoints::new(quad))
                        .fill_color(c(survey::MARGIN_BAND))
                        .stroke(egui::Stroke::NONE),
                );
            }
            let centre: Vec<[f64; 2]> = points.iter().map(|p| [p.0, p.1]).collect();
            plot.line(
                Line::new(metric.short_name(), PlotPoints::new(centre))
                    .color(PROMOTER)
                    .width(2.0),
            );
            // Months with few answers are flagged, not drawn as ordinary points.
            let (small, enough): (Vec<_>, Vec<_>) = points.iter().partition(|p| p.3 < LOW_SAMPLE);
            let as_points = |list: &[&(f64, f64, f64, u64)]| {
                list.iter().map(|p| [p.0, p.1]).collect::<Vec<_>>()
            };
            plot.points(
                Points::new(metric.short_name(), PlotPoints::new(as_points(&enough)))
                    .color(PROMOTER)
                    .radius(3.0),
            );
            if !small.is_empty() {
                plot.points(
                    Points::new(low_sample_name, PlotPoints::new(as_points(&small)))
                        .color(LOW)
                        .filled(false)
                        .radius(5.0),
                );
            }
        });
    if points.iter().any(|p| p.3 < LOW_SAMPLE) {
        ui.label(
            RichText::new(msg::trend_low_sample(
                lang,
                msg::TrendLowSample { n: LOW_SAMPLE },
            ))
            .small()
            .color(LOW),
        );
    }
}
