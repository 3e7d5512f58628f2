//! The dashboard: touchpoints ranked by a metric with their margins, the emotion curve
//! against NPS, and stage averages — all under the filter bar's filter.

use egui::{Color32, ComboBox, Grid, RichText, ScrollArea, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints, Points};

use crate::i18n::Text;
use crate::metrics::{Filter, Totals, totals_where};
use crate::model::{CardContent, MetricKind, Wave};
use crate::ui::app::ParcoursApp;

use super::palette;

/// One touchpoint's line of the dashboard.
struct Row {
    title: String,
    stage: usize,
    emotion: i8,
    totals: Totals,
}

impl ParcoursApp {
    pub(in crate::ui) fn dashboard(&mut self, ui: &mut Ui) {
        let lang = self.language;
        let t = |text: Text| text.get(lang);
        let project = self.doc.project();
        let (Some(wave), Some(map)) = (
            self.survey.current_wave(project),
            self.current_map.and_then(|id| project.map(id)),
        ) else {
            ui.label(t(Text::NoSurveyYet));
            return;
        };
        let rows = rows_of(wave, map, &self.survey.filter);
        let scales = wave.mapping.scales;
        let metric = self
            .survey
            .ranking
            .or(self.survey.heat)
            .unwrap_or(MetricKind::Nps);

        ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let label = ui.label(RichText::new(t(Text::RankedBy)).heading()).id;
                    let mut chosen = metric;
                    ComboBox::from_id_salt("ranking_metric")
                        .selected_text(metric.short_name())
                        .show_ui(ui, |ui| {
                            for m in MetricKind::ALL {
                                ui.selectable_value(&mut chosen, m, m.short_name());
                            }
                        })
                        .response
                        .labelled_by(label);
                    if chosen != metric {
                        self.survey.ranking = Some(chosen);
                    }
                });
                let mut ranked: Vec<(String, f64, f64, u64)> = rows
                    .iter()
                    .filter_map(|r| {
                        let figures = r.totals.figures(&scales);
                        let (value, margin, n) =
                            figures.headline_with_margin(metric, &r.totals, &scales)?;
                        Some((r.title.clone(), value, margin, n))
                    })
                    .collect();
                ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
                let names: Vec<String> = ranked.iter().map(|r| r.0.clone()).collect();
                let bars: Vec<Bar> = ranked
                    .iter()
                    .enumerate()
                    .map(|(i, (name, value, _, n))| {
                        let figures_t = match metric {
                            MetricKind::Nps => *value / 100.0,
                            MetricKind::Csat => (*value - 50.0) / 50.0,
                            MetricKind::Ces => {
                                let (lo, hi) =
                                    (f64::from(scales.ces.min), f64::from(scales.ces.max));
                                (*value - (lo + hi) / 2.0) / ((hi - lo) / 2.0)
                            }
                        };
                        Bar::new(i as f64, *value)
                            .width(0.6)
                            .name(format!("{name} (n = {n})"))
                            .fill(palette::diverging(figures_t as f32))
                            .stroke(egui::Stroke::new(1.0, Color32::from_gray(120)))
                    })
                    .collect();
                let height = 300.0;
                let names_for_axis = names.clone();
                Plot::new("ranking_plot")
                    .height(height)
                    .allow_scroll(false)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .show_x(false)
                    .x_axis_formatter(move |mark, _| {
                        let i = mark.value.round();
                        if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                            names_for_axis.get(i as usize).cloned().unwrap_or_default()
                        } else {
                            String::new()
                        }
                    })
                    .y_axis_label(metric.short_name())
                    .show(ui, |plot| {
                        plot.bar_chart(BarChart::new(metric.short_name(), bars));
                        for (i, (_, value, margin, _)) in ranked.iter().enumerate() {
                            let x = i as f64;
                            let whisker =
                                PlotPoints::new(vec![[x, value - margin], [x, value + margin]]);
                            plot.line(
                                Line::new("±95 %", whisker)
                                    .color(Color32::from_gray(40))
                                    .width(1.5),
                            );
                            for y in [value - margin, value + margin] {
                                let cap = PlotPoints::new(vec![[x - 0.12, y], [x + 0.12, y]]);
                                plot.line(
                                    Line::new("±95 %", cap)
                                        .color(Color32::from_gray(40))
                                        .width(1.5),
                                );
                            }
                        }
                    });

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
                let titles: Vec<String> = journey.iter().map(|r| r.title.clone()).collect();
                let emotion_name = format!("{} (−3 … +3 ➡ −100 … +100)", t(Text::Emotion));
                Plot::new("emotion_nps_plot")
                    .height(260.0)
                    .legend(Legend::default())
                    .allow_scroll(false)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .include_y(-100.0)
                    .include_y(100.0)
                    .x_axis_formatter(move |mark, _| {
                        let i = mark.value.round();
                        if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                            titles.get(i as usize).cloned().unwrap_or_default()
                        } else {
                            String::new()
                        }
                    })
                    .show(ui, |plot| {
                        plot.line(
                            Line::new(
                                emotion_name.clone(),
                                PlotPoints::new(emotion_points.clone()),
                            )
                            .color(Color32::from_rgb(0x5e, 0x3c, 0x99))
                            .width(2.0),
                        );
                        plot.points(
                            Points::new(emotion_name.clone(), PlotPoints::new(emotion_points))
                                .radius(4.0)
                                .color(Color32::from_rgb(0x5e, 0x3c, 0x99)),
                        );
                        plot.line(
                            Line::new("NPS", PlotPoints::new(nps_points.clone()))
                                .color(Color32::from_rgb(0xe6, 0x61, 0x01))
                                .width(2.0),
                        );
                        plot.points(
                            Points::new("NPS", PlotPoints::new(nps_points))
                                .radius(4.0)
                                .color(Color32::from_rgb(0xe6, 0x61, 0x01)),
                        );
                    });

                ui.add_space(14.0);
                ui.label(RichText::new(t(Text::StageAverages)).heading());
                ui.label(
                    RichText::new(match lang {
                        crate::i18n::Language::Fr => {
                            "Toutes les réponses des points de contact de l'étape, mises en commun."
                        }
                        crate::i18n::Language::En => {
                            "All answers of the stage's touchpoints, pooled."
                        }
                    })
                    .weak()
                    .small(),
                );
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
                                add_totals(&mut totals, &r.totals);
                            }
                            let f = totals.figures(&scales);
                            ui.label(&stage.name);
                            match f.nps {
                                Some(n) => {
                                    ui.label(format!("{:+.1} ± {:.1}", n.score, n.margin95));
                                    ui.label(n.n.to_string());
                                }
                                None => {
                                    ui.label("–");
                                    ui.label("");
                                }
                            }
                            match f.csat {
                                Some(c) => {
                                    ui.label(format!("{:.1} %", c.top2_pct));
                                    ui.label(c.n.to_string());
                                }
                                None => {
                                    ui.label("–");
                                    ui.label("");
                                }
                            }
                            match f.ces {
                                Some(c) => {
                                    ui.label(format!("{:.2} / {}", c.mean, c.scale.max));
                                    ui.label(c.n.to_string());
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
    }
}

fn add_totals(total: &mut Totals, more: &Totals) {
    total.responses += more.responses;
    crate::survey::add_counts(&mut total.nps, &more.nps);
    crate::survey::add_counts(&mut total.csat, &more.csat);
    crate::survey::add_counts(&mut total.ces, &more.ces);
}

/// The map's touchpoints in journey order, with their totals under the filter.
fn rows_of(wave: &Wave, map: &crate::model::JourneyMap, filter: &Filter) -> Vec<Row> {
    map.touchpoints_in_order()
        .iter()
        .map(|card| {
            let indices: Vec<u32> = wave.touchpoint_indices_of(card.id).collect();
            let totals = totals_where(wave, filter, |cell| {
                cell.touchpoint.is_some_and(|t| indices.contains(&t))
            });
            let emotion = match &card.content {
                CardContent::Touchpoint(tp) => tp.emotion,
                _ => 0,
            };
            Row {
                title: card.title().to_owned(),
                stage: map
                    .stages
                    .iter()
                    .position(|s| s.id == card.stage)
                    .unwrap_or(0),
                emotion,
                totals,
            }
        })
        .collect()
}
