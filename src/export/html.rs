//! The HTML viewer: one self-contained page with every map of the project drawn inline (the
//! export's SVG), the fonts embedded, and a little script to pan, zoom, switch maps and show
//! a card's details and scores on a click. Nothing is fetched from the network: a client
//! without Parcours opens it in any browser, offline.

use std::fmt::Write as _;

use super::svg::{SvgFlavour, escape, font_faces, scene_svg};
use super::{ExportError, ExportOptions, prepare, title_of};
use crate::i18n::{self, Language, Text, format};
use crate::model::{CardContent, JourneyMap, Project};
use crate::scene::{Scene, badge_lines};

/// The most verbatims a card shows in the viewer.
const VERBATIMS_PER_CARD: usize = 5;

const STYLE: &str = include_str!("viewer.css");
const SCRIPT: &str = include_str!("viewer.js");

/// Text for JSON inside a `<script>`: `</` cannot close the element.
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace("</", "<\\/")
}

/// The details of every card of `map`: its fields, figures and a few verbatims.
fn card_details(
    map: &JourneyMap,
    prepared: &super::Prepared<'_>,
    language: Language,
    options: &ExportOptions,
) -> serde_json::Map<String, serde_json::Value> {
    let t = |text: Text| text.get(language).to_owned();
    let mut cards = serde_json::Map::new();
    for card in &map.cards {
        let mut fields: Vec<(String, String)> = Vec::new();
        if let Some(stage) = map.stages.iter().find(|s| s.id == card.stage) {
            fields.push((t(Text::Stage), stage.name.clone()));
        }
        if let Some(lane) = map.lanes.iter().find(|l| l.id == card.lane) {
            fields.push((t(Text::Lane), lane.title.clone()));
        }
        let description = match &card.content {
            CardContent::Note(n) => &n.description,
            CardContent::Touchpoint(tp) => &tp.description,
            CardContent::PainPoint(p) => &p.description,
            CardContent::Opportunity(o) => &o.description,
        };
        if !description.is_empty() {
            fields.push((t(Text::Description), description.clone()));
        }
        match &card.content {
            CardContent::Touchpoint(tp) => {
                fields.push((
                    t(Text::Channel),
                    i18n::channel_name(tp.channel, language).into(),
                ));
                fields.push((t(Text::Phase), i18n::phase_name(tp.phase, language).into()));
                if !tp.owner.is_empty() {
                    fields.push((t(Text::Owner), tp.owner.clone()));
                }
                if tp.moment_of_truth {
                    fields.push((t(Text::MomentOfTruth), "★".into()));
                }
                fields.push((t(Text::Emotion), format!("{:+}", tp.emotion)));
                if let Some(expected) = tp.expected {
                    fields.push((t(Text::Expected), format!("{expected:+}")));
                }
                if !tp.notes.is_empty() {
                    fields.push((t(Text::Notes), tp.notes.clone()));
                }
            }
            CardContent::PainPoint(p) => {
                fields.push((
                    t(Text::Severity),
                    i18n::severity_name(p.severity, language).into(),
                ));
                fields.push((
                    t(Text::Frequency),
                    i18n::frequency_name(p.frequency, language).into(),
                ));
                fields.push((t(Text::Votes), p.votes.to_string()));
            }
            CardContent::Opportunity(o) => {
                fields.push((t(Text::Impact), o.impact.to_string()));
                fields.push((t(Text::Effort), o.effort.to_string()));
            }
            CardContent::Note(_) => {}
        }
        let scores: Vec<String> = prepared
            .scores
            .figures
            .get(&card.id)
            .map(|f| {
                badge_lines(f, options.hidden_badges, language)
                    .into_iter()
                    .map(|l| {
                        let low = if l.low {
                            format!(" ⚠ {}", t(Text::LowSample))
                        } else {
                            String::new()
                        };
                        format!("{} ({}){low}", l.text, format::n(language, l.n))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let verbatims = super::quotes_of(card, prepared.wave, &options.filter, VERBATIMS_PER_CARD);
        cards.insert(
            card.id.0.to_string(),
            serde_json::json!({
                "title": card.title(),
                "fields": fields,
                "scores": scores,
                "verbatims": verbatims,
            }),
        );
    }
    cards
}

/// The viewer of every map of the project, the map of `options` shown first.
pub fn viewer(
    project: &Project,
    options: &ExportOptions,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let language = options.language;
    let t = |text: Text| text.get(language);
    let mut maps_html = String::new();
    let mut select = String::new();
    let mut details = serde_json::Map::new();
    let mut all_scenes = Scene::default();
    let count = project.maps.len().max(1);
    for (index, map) in project.maps.iter().enumerate() {
        if !progress(0.1 + 0.8 * index as f32 / count as f32) {
            return Err(ExportError::Cancelled);
        }
        let mut map_options = options.clone();
        map_options.map = map.id;
        let prepared = prepare(project, &map_options, map);
        let shown = map.id == options.map;
        let _ = writeln!(
            select,
            "<option value=\"{}\"{}>{}</option>",
            map.id.0,
            if shown { " selected" } else { "" },
            escape(&map.name)
        );
        let _ = writeln!(
            maps_html,
            "<div class=\"map\" data-map=\"{}\"{}>{}</div>",
            map.id.0,
            if shown { "" } else { " hidden" },
            scene_svg(&prepared.sheet, &title_of(project, map), SvgFlavour::Inline)
        );
        details.extend(card_details(map, &prepared, language, options));
        all_scenes.shapes.extend(prepared.sheet.shapes);
    }
    let labels = serde_json::json!({
        "scores": t(Text::Survey),
        "verbatims": t(Text::Verbatims),
        "close": t(Text::Close),
    });
    let title = escape(&project.info.title);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<style>\n{fonts}{STYLE}</style>\n</head>\n<body>\n\
<header><h1>{title}</h1><label>{maps_label} <select id=\"map\">{select}</select></label>\
<span class=\"tools\"><button id=\"zoom-out\" title=\"{zoom_out}\">−</button>\
<button id=\"fit\" title=\"{fit}\">⤢</button><button id=\"zoom-in\" title=\"{zoom_in}\">+</button></span></header>\n\
<main id=\"viewport\"><div id=\"stage\">{maps_html}</div></main>\n\
<aside id=\"details\" hidden></aside>\n\
<script type=\"application/json\" id=\"cards\">{cards}</script>\n\
<script type=\"application/json\" id=\"labels\">{labels}</script>\n\
<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        lang = language.code(),
        fonts = font_faces(&all_scenes),
        maps_label = escape(t(Text::Maps)),
        zoom_out = escape(t(Text::ZoomOut)),
        zoom_in = escape(t(Text::ZoomIn)),
        fit = escape(t(Text::FitToScreen)),
        cards = script_json(&serde_json::Value::Object(details)),
        labels = script_json(&labels),
    );
    Ok(html.into_bytes())
}
