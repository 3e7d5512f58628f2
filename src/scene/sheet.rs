//! A map as it leaves the app: its scene under a title block (project, map, persona, date,
//! survey wave and filter) and above a legend (channels, severity, heat scale, and what ±, n
//! and ⚠ mean).

use super::text::TextMeasure;
use super::{Align, Drawn, Pin, Scene, Shape, Stroke, TextBlock, heat_scale_labels};
use crate::i18n::{self, Language, Text, format, msg};
use crate::layout::{Point, Rect};
use crate::metrics::{Filter, LOW_SAMPLE};
use crate::model::{CardContent, Channel, Evidence, JourneyMap, MetricKind, Scales, Wave};
use crate::theme::{self, Rgba, map, stroke, survey};

/// Space around the sheet's parts, in map units.
const MARGIN: f32 = 32.0;
const TITLE_SIZE: f32 = 24.0;
const SUBTITLE_SIZE: f32 = 14.0;
const LEGEND_SIZE: f32 = 12.0;
const LEGEND_HEADING_SIZE: f32 = 12.5;
const SWATCH: f32 = 12.0;

/// What the title block and the legend say.
pub struct SheetInfo<'a> {
    /// The project's title.
    pub project: &'a str,
    /// The client it is for.
    pub client: &'a str,
    /// The map.
    pub map: &'a JourneyMap,
    /// The persona the map is seen through.
    pub persona: Option<&'a str>,
    /// The date of the export, as the language writes it.
    pub date: String,
    /// The wave and filter of the figures shown, when scores are shown.
    pub survey: Option<String>,
    /// The heat-map metric, when cards are tinted.
    pub heat: Option<MetricKind>,
    /// The wave's scales, for the heat scale's labels.
    pub scales: Scales,
    /// The language.
    pub language: Language,
}

/// The wave and "whole survey", else what the filter keeps (see [`filter_caption`]).
pub fn survey_caption(wave: &Wave, filter: &Filter, language: Language) -> String {
    if filter.is_everything() {
        format!("{} · {}", wave.name, Text::WholeSurvey.get(language))
    } else {
        filter_caption(wave, filter, language)
    }
}

/// "Vague 1 · All segments · Jan 2026 ➡ Jun 2026": the wave, the segment, and the period
/// when one is chosen.
pub fn filter_caption(wave: &Wave, filter: &Filter, language: Language) -> String {
    let segment = filter
        .segment
        .clone()
        .unwrap_or_else(|| Text::AllSegments.get(language).to_owned());
    let any = Text::AnyMonth.get(language);
    let month = |m: Option<crate::model::Month>| {
        m.map_or_else(|| any.to_owned(), |m| format::month(language, m))
    };
    if filter.from.is_none() && filter.to.is_none() {
        format!("{} · {segment}", wave.name)
    } else {
        format!(
            "{} · {segment} · {} ➡ {}",
            wave.name,
            month(filter.from),
            month(filter.to)
        )
    }
}

struct Sheet {
    measure: &'static TextMeasure,
    scene: Scene,
}

impl Sheet {
    fn push(&mut self, shape: Shape, bounds: Rect) {
        self.scene.shapes.push(Drawn {
            shape,
            pin: Pin::None,
            owner: None,
            detail: false,
            bounds,
        });
    }

    /// One line of text at `pos` (its top left); returns its width.
    fn text(&mut self, text: &str, pos: Point, size: f32, color: Rgba) -> f32 {
        let width = self.measure.width(text, size);
        let line_height = self.measure.row_height(size);
        self.push(
            Shape::Text(TextBlock {
                pos,
                size,
                color,
                lines: vec![text.to_owned()],
                align: Align::Left,
                line_height,
            }),
            Rect::from_min_size(pos.x, pos.y, width, line_height),
        );
        width
    }

    /// Text wrapped to `width`; returns its height.
    fn paragraph(&mut self, text: &str, pos: Point, size: f32, color: Rgba, width: f32) -> f32 {
        let wrapped = self.measure.wrap(text, size, width, None);
        let line_height = self.measure.row_height(size);
        let height = line_height * wrapped.lines.len() as f32;
        self.push(
            Shape::Text(TextBlock {
                pos,
                size,
                color,
                lines: wrapped.lines,
                align: Align::Left,
                line_height,
            }),
            Rect::from_min_size(pos.x, pos.y, width, height),
        );
        height
    }

    fn swatch(&mut self, pos: Point, fill: Rgba, outline: Option<Rgba>) {
        let rect = Rect::from_min_size(pos.x, pos.y, SWATCH, SWATCH);
        self.push(
            Shape::Rect {
                rect,
                radius: [3.0; 4],
                fill: Some(fill),
                stroke: outline.map(|c| Stroke::fixed(stroke::HAIRLINE, c)),
            },
            rect,
        );
    }
}

/// A legend entry: a mark (icon or swatch) and its name.
enum Mark {
    Icon(&'static str, Rgba),
    Swatch(Rgba, Option<Rgba>),
}

/// The sheet of a map: the title block, the map's `scene` and the legend under it.
pub fn sheet_scene(scene: &Scene, info: &SheetInfo<'_>) -> Scene {
    let measure = TextMeasure::get();
    let language = info.language;
    let t = |text: Text| text.get(language);
    let width = scene.size.x.max(640.0);
    let mut sheet = Sheet {
        measure,
        scene: Scene::default(),
    };
    // The title block.
    let mut y = MARGIN;
    // The client, unless the title already names it.
    let title = if info.client.is_empty() || info.project.contains(info.client) {
        info.project.to_owned()
    } else {
        format!("{} · {}", info.project, info.client)
    };
    sheet.text(&title, Point::new(MARGIN, y), TITLE_SIZE, map::TEXT);
    y += measure.row_height(TITLE_SIZE) + 4.0;
    let mut subtitle = vec![info.map.name.clone()];
    if let Some(persona) = info.persona {
        subtitle.push(msg::export_persona(
            language,
            msg::ExportPersona {
                persona: persona.to_owned(),
            },
        ));
    }
    subtitle.push(info.date.clone());
    sheet.text(
        &subtitle.join(" · "),
        Point::new(MARGIN, y),
        SUBTITLE_SIZE,
        map::TEXT_MUTED,
    );
    y += measure.row_height(SUBTITLE_SIZE);
    if let Some(survey) = &info.survey {
        let line = msg::export_survey(
            language,
            msg::ExportSurvey {
                survey: survey.clone(),
            },
        );
        y += 2.0;
        sheet.text(&line, Point::new(MARGIN, y), SUBTITLE_SIZE, map::TEXT_MUTED);
        y += measure.row_height(SUBTITLE_SIZE);
    }
    y += MARGIN / 2.0;

    // The map.
    let map_top = y;
    sheet.scene.append_moved(scene, MARGIN, map_top);
    y += scene.size.y + MARGIN;

    // The legend: a row of entries per part, wrapping at the map's width.
    let legend_left = MARGIN;
    let legend_right = MARGIN + width;
    let row = |sheet: &mut Sheet, y: &mut f32, heading: &str, entries: Vec<(Mark, String)>| {
        if entries.is_empty() {
            return;
        }
        let line = measure.row_height(LEGEND_SIZE) + 6.0;
        let mut x = legend_left;
        x += sheet.text(heading, Point::new(x, *y), LEGEND_HEADING_SIZE, map::TEXT) + 14.0;
        for (mark, name) in entries {
            let name_width = measure.width(&name, LEGEND_SIZE);
            let entry = SWATCH + 6.0 + name_width + 18.0;
            if x + entry > legend_right && x > legend_left + 200.0 {
                x = legend_left + 24.0;
                *y += line;
            }
            match mark {
                Mark::Icon(icon, color) => {
                    sheet.text(icon, Point::new(x - 1.0, *y - 1.0), 14.0, color);
                }
                Mark::Swatch(fill, outline) => {
                    sheet.swatch(Point::new(x, *y + 1.5), fill, outline);
                }
            }
            sheet.text(
                &name,
                Point::new(x + SWATCH + 6.0, *y),
                LEGEND_SIZE,
                map::TEXT,
            );
            x += entry;
        }
        *y += line + 4.0;
    };

    let mut channels: Vec<Channel> = Vec::new();
    let mut severities: Vec<u8> = Vec::new();
    let mut evidences: Vec<Evidence> = Vec::new();
    for card in &info.map.cards {
        if let Some(evidence) = card.content.evidence()
            && !evidences.contains(&evidence)
        {
            evidences.push(evidence);
        }
        match &card.content {
            CardContent::Touchpoint(tp) if !channels.contains(&tp.channel) => {
                channels.push(tp.channel);
            }
            CardContent::PainPoint(p) if !severities.contains(&p.severity.clamp(1, 4)) => {
                severities.push(p.severity.clamp(1, 4));
            }
            _ => {}
        }
    }
    channels.sort_by_key(|c| Channel::ALL.iter().position(|a| a == c));
    severities.sort_unstable();
    let channel_entries = channels
        .into_iter()
        .map(|c| {
            let (icon, color) = theme::channel_icon(c);
            (
                Mark::Icon(icon, color),
                i18n::channel_name(c, language).to_owned(),
            )
        })
        .collect();
    row(&mut sheet, &mut y, t(Text::LegendChannels), channel_entries);
    let severity_entries = severities
        .into_iter()
        .map(|s| {
            (
                Mark::Swatch(theme::severity_fill(s), Some(theme::severity_accent(s))),
                i18n::severity_name(s, language).to_owned(),
            )
        })
        .collect();
    row(
        &mut sheet,
        &mut y,
        t(Text::LegendSeverity),
        severity_entries,
    );
    evidences.sort_by_key(|e| Evidence::ALL.iter().position(|a| a == e));
    let evidence_entries = evidences
        .into_iter()
        .map(|e| {
            let (_, ink) = theme::evidence_colors(e);
            (
                Mark::Icon(i18n::evidence_letter(e, language), ink),
                i18n::evidence_name(e, language).to_owned(),
            )
        })
        .collect();
    row(
        &mut sheet,
        &mut y,
        t(Text::LegendEvidence),
        evidence_entries,
    );
    if let Some(metric) = info.heat {
        let labels = heat_scale_labels(metric, &info.scales, language);
        let heading = msg::legend_heat(
            language,
            msg::LegendHeat {
                metric: metric.short_name().to_owned(),
            },
        );
        let entries = [(-1.0, &labels[0]), (0.0, &labels[1]), (1.0, &labels[2])]
            .into_iter()
            .map(|(t, label)| {
                (
                    Mark::Swatch(theme::heat_tint(t), Some(map::CARD_BORDER)),
                    label.clone(),
                )
            })
            .collect();
        row(&mut sheet, &mut y, &heading, entries);
    }
    if info.survey.is_some() {
        let note = msg::legend_figures(language, msg::LegendFigures { low: LOW_SAMPLE });
        y += sheet.paragraph(
            &note,
            Point::new(legend_left, y),
            LEGEND_SIZE,
            survey::LEGEND_INK,
            width,
        );
    }
    sheet.scene.size = Point::new(width + 2.0 * MARGIN, y + MARGIN / 2.0);
    sheet.scene
}
