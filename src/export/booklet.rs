//! The booklet: a cover (project, client, persona with photo, date), the whole map, then
//! pages per stage with its cards at a readable size, each touchpoint's scores (figure,
//! margin, n and the answers' distribution) and a few verbatims, and the stage's pain points
//! and opportunities. A bookmark per stage.

use krilla::destination::XyzDestination;
use krilla::geom::Point as PdfPoint;
use krilla::outline::{Outline, OutlineNode};

use super::pdf::{PdfDocument, draw_at, fitted};
use super::pdf_scene::{PdfFonts, draw_scene};
use super::{ExportError, ExportOptions, Prepared};
use crate::i18n::{self, Language, Text, format, msg};
use crate::layout::{Point, Rect};
use crate::model::{CardContent, Stage};
use crate::scene::{Align, Drawn, Pin, Scene, Shape, TextBlock, TextMeasure, badge_lines};
use crate::theme::{Rgba, map, survey};

/// Verbatims shown per touchpoint.
const VERBATIMS_PER_TOUCHPOINT: usize = 3;
/// Cards side by side on a stage page.
const CARD_COLUMNS: usize = 3;

/// Pages being laid out, in points, top to bottom.
struct Pages {
    width: f32,
    height: f32,
    margin: f32,
    pages: Vec<Scene>,
    y: f32,
    measure: &'static TextMeasure,
}

impl Pages {
    fn new(width: f32, height: f32, margin: f32) -> Self {
        Self {
            width,
            height,
            margin,
            pages: Vec::new(),
            y: margin,
            measure: TextMeasure::get(),
        }
    }

    fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    fn new_page(&mut self) {
        self.pages.push(Scene {
            size: Point::new(self.width, self.height),
            ..Scene::default()
        });
        self.y = self.margin;
    }

    /// Starts a new page when `height` does not fit under what is there.
    fn room_for(&mut self, height: f32) {
        if self.pages.is_empty() || self.y + height > self.height - self.margin {
            self.new_page();
        }
    }

    fn push(&mut self, shape: Shape, bounds: Rect) {
        if self.pages.is_empty() {
            self.new_page();
        }
        if let Some(page) = self.pages.last_mut() {
            page.shapes.push(Drawn {
                shape,
                pin: Pin::None,
                owner: None,
                detail: false,
                bounds,
            });
        }
    }

    /// A paragraph wrapped to the content width, moved to a new page line by line as needed.
    fn paragraph(&mut self, text: &str, size: f32, color: Rgba, indent: f32) {
        let width = self.content_width() - indent;
        let wrapped = self.measure.wrap(text, size, width, None);
        let line_height = self.measure.row_height(size);
        for line in wrapped.lines {
            self.room_for(line_height);
            let pos = Point::new(self.margin + indent, self.y);
            self.push(
                Shape::Text(TextBlock {
                    pos,
                    size,
                    color,
                    lines: vec![line],
                    align: Align::Left,
                    line_height,
                }),
                Rect::from_min_size(pos.x, pos.y, width, line_height),
            );
            self.y += line_height;
        }
    }

    fn gap(&mut self, height: f32) {
        self.y += height;
    }

    fn rect(&mut self, rect: Rect, fill: Rgba) {
        self.push(
            Shape::Rect {
                rect,
                radius: [0.0; 4],
                fill: Some(fill),
                stroke: None,
            },
            rect,
        );
    }
}

/// The cover: project, client, map, persona with photo and quote, date.
fn cover(
    pages: &mut Pages,
    prepared: &Prepared<'_>,
    options: &ExportOptions,
) -> Option<(Vec<u8>, f32, f32)> {
    let language = options.language;
    let info = &prepared.project.info;
    pages.new_page();
    pages.y = pages.height * 0.22;
    pages.paragraph(&info.title, 30.0, map::TEXT, 0.0);
    if !info.client.is_empty() {
        pages.gap(6.0);
        pages.paragraph(&info.client, 18.0, map::TEXT_MUTED, 0.0);
    }
    pages.gap(24.0);
    pages.paragraph(&prepared.map.name, 20.0, map::TEXT, 0.0);
    let mut photo = None;
    if let Some(persona) = prepared
        .map
        .persona
        .and_then(|id| prepared.project.persona(id))
    {
        pages.gap(28.0);
        let top = pages.y;
        let indent = if let Some(data_url) = persona.photo.as_deref().and_then(photo_bytes) {
            photo = Some((data_url, pages.margin, top));
            PHOTO_SIZE + 16.0
        } else {
            0.0
        };
        pages.paragraph(&persona.name, 16.0, map::TEXT, indent);
        if !persona.segment.is_empty() {
            pages.paragraph(&persona.segment, 12.0, map::TEXT_MUTED, indent);
        }
        if !persona.quote.is_empty() {
            pages.gap(6.0);
            // A quote already in quotation marks is not quoted again.
            let quote = if persona.quote.starts_with(['«', '“', '„', '"', '\'']) {
                persona.quote.clone()
            } else {
                msg::quoted(
                    language,
                    msg::Quoted {
                        text: persona.quote.clone(),
                    },
                )
            };
            pages.paragraph(&quote, 12.0, map::TEXT_MUTED, indent);
        }
        pages.y = pages
            .y
            .max(top + if indent > 0.0 { PHOTO_SIZE } else { 0.0 });
    }
    pages.gap(28.0);
    pages.paragraph(&options.date, 12.0, map::TEXT_MUTED, 0.0);
    if let Some(wave) = prepared.wave {
        let survey = crate::scene::survey_caption(wave, &options.filter, language);
        pages.paragraph(
            &msg::export_survey(language, msg::ExportSurvey { survey }),
            12.0,
            map::TEXT_MUTED,
            0.0,
        );
    }
    photo
}

/// The side of the persona's photo on the cover, in points.
const PHOTO_SIZE: f32 = 96.0;

/// A persona's photo, when its file is a PNG or JPEG that can be read.
fn photo_bytes(path: &str) -> Option<Vec<u8>> {
    let bytes = std::fs::read(path).ok()?;
    (bytes.starts_with(b"\x89PNG") || bytes.starts_with(&[0xFF, 0xD8])).then_some(bytes)
}

/// The stage's cards from the map's scene, `CARD_COLUMNS` to a row, at a readable size.
fn stage_cards(pages: &mut Pages, prepared: &Prepared<'_>, stage_index: usize, language: Language) {
    let gap = 10.0;
    let column_width =
        (pages.content_width() - gap * (CARD_COLUMNS as f32 - 1.0)) / CARD_COLUMNS as f32;
    for (lane_index, lane) in prepared.map.lanes.iter().enumerate() {
        let cards: Vec<_> = prepared
            .layout
            .cards
            .iter()
            .filter(|c| c.stage_index == stage_index && c.lane_index == lane_index)
            .collect();
        if cards.is_empty() {
            continue;
        }
        // A lane's heading stays with its first row of cards.
        let first_row = cards[0].rect.height() * column_width / cards[0].rect.width();
        pages.room_for(first_row + 30.0);
        pages.gap(6.0);
        let heading = format!(
            "{} · {}",
            lane.title,
            i18n::lane_kind_name(lane.kind, language)
        );
        pages.paragraph(&heading, 11.0, map::TEXT_MUTED, 0.0);
        pages.gap(4.0);
        for row in cards.chunks(CARD_COLUMNS) {
            let Some(first) = row.first() else {
                continue;
            };
            let scale = column_width / first.rect.width();
            let height = first.rect.height() * scale;
            pages.room_for(height);
            for (column, card) in row.iter().enumerate() {
                let Some(range) = prepared.map_scene.card_shapes.get(&card.id) else {
                    continue;
                };
                let x = pages.margin + column as f32 * (column_width + gap);
                let dx = x - card.rect.min.x * scale;
                let dy = pages.y - card.rect.min.y * scale;
                let shapes: Vec<Drawn> = prepared.map_scene.shapes[range.clone()]
                    .iter()
                    .map(|d| d.placed(scale, dx, dy))
                    .collect();
                if let Some(page) = pages.pages.last_mut() {
                    page.shapes.extend(shapes);
                }
            }
            pages.y += height + gap;
        }
    }
}

/// Each touchpoint's figures, distribution and verbatims.
fn stage_scores(
    pages: &mut Pages,
    prepared: &Prepared<'_>,
    options: &ExportOptions,
    stage: &Stage,
) {
    let language = options.language;
    let t = |text: Text| text.get(language);
    let touchpoints: Vec<_> = prepared
        .map
        .touchpoints_in_order()
        .into_iter()
        .filter(|c| c.stage == stage.id)
        .collect();
    if prepared.wave.is_none() || touchpoints.is_empty() {
        return;
    }
    pages.room_for(80.0);
    pages.gap(10.0);
    pages.paragraph(t(Text::Survey), 15.0, map::TEXT, 0.0);
    for card in touchpoints {
        pages.room_for(60.0);
        pages.gap(6.0);
        pages.paragraph(card.title(), 12.5, map::TEXT, 0.0);
        let Some(figures) = prepared.scores.figures.get(&card.id) else {
            pages.paragraph(t(Text::NoCardForSurvey), 11.0, map::TEXT_MUTED, 12.0);
            continue;
        };
        for line in badge_lines(figures, options.hidden_badges, language) {
            let mut text = format!("{} · {}", line.text, format::n(language, line.n));
            if line.low {
                text.push_str(&format!(" ⚠ {}", t(Text::LowSample)));
            }
            let color = if line.low {
                survey::LOW_SAMPLE
            } else {
                map::TEXT
            };
            pages.paragraph(&text, 11.0, color, 12.0);
        }
        if let Some(nps) = figures.nps.filter(|f| f.n > 0) {
            // The answers' distribution: promoters, passives, detractors.
            let total = nps.n as f32;
            let width = pages.content_width() - 12.0;
            pages.room_for(24.0);
            pages.gap(3.0);
            let mut x = pages.margin + 12.0;
            for (count, color) in [
                (nps.promoters, survey::PROMOTER),
                (nps.passives, survey::PASSIVE),
                (nps.detractors, survey::DETRACTOR),
            ] {
                let w = width * count as f32 / total;
                pages.rect(Rect::from_min_size(x, pages.y, w, 7.0), color);
                x += w;
            }
            pages.gap(9.0);
            let share = |k: u64| format::percent(language, 100.0 * k as f64 / nps.n as f64, 0);
            let caption = format!(
                "{} {} · {} {} · {} {}",
                t(Text::Promoters),
                share(nps.promoters),
                t(Text::Passives),
                share(nps.passives),
                t(Text::Detractors),
                share(nps.detractors)
            );
            pages.paragraph(&caption, 10.0, map::TEXT_MUTED, 12.0);
        }
        for quote in super::quotes_of(
            card,
            prepared.wave,
            &options.filter,
            VERBATIMS_PER_TOUCHPOINT,
        ) {
            pages.gap(2.0);
            let quoted = msg::quoted(language, msg::Quoted { text: quote });
            pages.paragraph(&quoted, 10.5, map::BLUEPRINT_LINE, 20.0);
        }
    }
}

/// The stage's pain points and opportunities, listed.
fn stage_findings(pages: &mut Pages, prepared: &Prepared<'_>, language: Language, stage: &Stage) {
    let t = |text: Text| text.get(language);
    let cards = prepared.map.cards.iter().filter(|c| c.stage == stage.id);
    let pains: Vec<_> = cards
        .clone()
        .filter_map(|c| match &c.content {
            CardContent::PainPoint(p) => Some(p),
            _ => None,
        })
        .collect();
    let opportunities: Vec<_> = cards
        .filter_map(|c| match &c.content {
            CardContent::Opportunity(o) => Some(o),
            _ => None,
        })
        .collect();
    if !pains.is_empty() {
        pages.room_for(50.0);
        pages.gap(10.0);
        pages.paragraph(t(Text::PainPoints), 15.0, map::TEXT, 0.0);
        for p in pains {
            let mut line = format!(
                "• {} — {}",
                p.title,
                i18n::severity_name(p.severity, language)
            );
            if p.votes > 0 {
                line.push_str(&format!(" · {} {}", t(Text::Votes), p.votes));
            }
            pages.paragraph(&line, 11.0, map::TEXT, 8.0);
            if !p.description.is_empty() {
                pages.paragraph(&p.description, 10.0, map::TEXT_MUTED, 18.0);
            }
            action_lines(pages, &p.actions, language);
        }
    }
    if !opportunities.is_empty() {
        pages.room_for(50.0);
        pages.gap(10.0);
        pages.paragraph(t(Text::LaneKindOpportunities), 15.0, map::TEXT, 0.0);
        for o in opportunities {
            let caption = msg::opportunity_caption(
                language,
                msg::OpportunityCaption {
                    impact: o.impact,
                    effort: o.effort,
                },
            );
            pages.paragraph(&format!("• {} — {caption}", o.title), 11.0, map::TEXT, 8.0);
            if !o.description.is_empty() {
                pages.paragraph(&o.description, 10.0, map::TEXT_MUTED, 18.0);
            }
            action_lines(pages, &o.actions, language);
        }
    }
}

/// The actions decided on a card, one line each: what, who, by when, where it stands.
fn action_lines(pages: &mut Pages, actions: &[crate::model::PlannedAction], language: Language) {
    for action in actions {
        let line = msg::booklet_action(
            language,
            msg::BookletAction {
                title: action.title.as_str(),
                owner: if action.owner.is_empty() {
                    "–"
                } else {
                    action.owner.as_str()
                },
                due: if action.due.is_empty() {
                    "–"
                } else {
                    action.due.as_str()
                },
                status: i18n::action_status_name(action.status, language),
            },
        );
        pages.paragraph(&line, 10.0, map::TEXT, 18.0);
    }
}

/// The booklet of the map.
pub fn booklet(
    prepared: &Prepared<'_>,
    options: &ExportOptions,
    title: &str,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let language = options.language;
    let (width, height) = options.page.points();
    let margin = options.page.margin().max(24.0);
    let mut pages = Pages::new(width, height, margin);
    let photo = cover(&mut pages, prepared, options);
    // The whole map has a page of its own, drawn from the sheet.
    let map_page = pages.pages.len();
    pages.new_page();
    let mut stage_starts = Vec::new();
    let count = prepared.map.stages.len();
    for (index, stage) in prepared.map.stages.iter().enumerate() {
        pages.new_page();
        stage_starts.push((stage.name.clone(), pages.pages.len() - 1));
        let heading = msg::booklet_stage(
            language,
            msg::BookletStage {
                index: index + 1,
                count,
                stage: stage.name.clone(),
            },
        );
        let color = Rgba::rgb(stage.color.0, stage.color.1, stage.color.2);
        pages.rect(
            Rect::from_min_size(margin, margin, pages.content_width(), 5.0),
            color,
        );
        pages.gap(12.0);
        pages.paragraph(&heading, 20.0, map::TEXT, 0.0);
        pages.gap(6.0);
        stage_cards(&mut pages, prepared, index, language);
        stage_scores(&mut pages, prepared, options, stage);
        stage_findings(&mut pages, prepared, language, stage);
    }
    // The workshop's results, when it had any: votes, the matrix, actions.
    let journey = prepared.map;
    let any_opportunity = journey
        .cards
        .iter()
        .any(|c| matches!(c.content, CardContent::Opportunity(_)));
    if !journey.votes.is_empty() || !journey.actions().is_empty() || any_opportunity {
        pages.new_page();
        let summary = crate::workshop::summary_text(journey, None, language);
        let mut lines = summary.lines();
        if let Some(title) = lines.next() {
            pages.paragraph(title, 20.0, map::TEXT, 0.0);
        }
        for line in lines {
            if line.trim().is_empty() {
                pages.gap(8.0);
            } else if !line.starts_with(' ') {
                pages.room_for(40.0);
                pages.paragraph(line, 15.0, map::TEXT, 0.0);
            } else {
                let indent = (line.len() - line.trim_start().len()) as f32 * 4.0;
                pages.paragraph(line.trim_start(), 11.0, map::TEXT, indent);
            }
        }
    }
    let total = pages.pages.len();
    let fonts = PdfFonts::new();
    let photo = photo.and_then(|(bytes, x, y)| {
        let image = if bytes.starts_with(b"\x89PNG") {
            krilla::image::Image::from_png(krilla::Data::from(bytes), true)
        } else {
            krilla::image::Image::from_jpeg(krilla::Data::from(bytes), true)
        };
        image.ok().map(|image| (image, x, y))
    });
    let mut pdf = PdfDocument::new(title);
    for (index, page) in pages.pages.iter().enumerate() {
        if !progress(0.3 + 0.65 * index as f32 / total.max(1) as f32) {
            return Err(ExportError::Cancelled);
        }
        pdf.page(width, height, |surface| {
            draw_scene(surface, &fonts, page);
            if index == 0
                && let Some((image, x, y)) = &photo
                && let Some(size) = krilla::geom::Size::from_wh(PHOTO_SIZE, PHOTO_SIZE)
            {
                surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
                surface.draw_image(image.clone(), size);
                surface.pop();
            }
            if index == map_page {
                let (x, y, scale) = fitted(prepared.sheet.size, width, height, margin);
                draw_at(surface, &fonts, &prepared.sheet, x, y, scale);
            }
        })?;
    }
    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        prepared.map.name.clone(),
        XyzDestination::new(map_page, PdfPoint::from_xy(0.0, 0.0)),
    ));
    for (name, page) in stage_starts {
        outline.push_child(OutlineNode::new(
            name,
            XyzDestination::new(page, PdfPoint::from_xy(0.0, 0.0)),
        ));
    }
    pdf.outline(outline);
    pdf.finish()
}
