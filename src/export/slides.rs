//! The presentation as slides: one landscape page per step of the view (the overview, then
//! each stage), drawn from the same slides as the presentation on screen, with the speaker
//! notes beneath each slide when asked.

use super::pdf::{PdfDocument, draw_at};
use super::pdf_scene::PdfFonts;
use super::{ExportError, ExportOptions, wave_of};
use crate::layout::{Point, Rect};
use crate::model::{JourneyMap, Project};
use crate::present::{Deck, DeckInput, SLIDE_SCREEN, SlideInfo, filter_of_view, slide_scene};
use crate::scene::{Align, Drawn, Pin, Scene, ScoreView, Shape, TextBlock, TextMeasure};
use crate::theme::map;

/// Points per slide pixel: a slide is drawn for 1366 × 768 pixels at 96 per inch.
const POINTS_PER_PIXEL: f32 = 0.75;
/// The notes band's height under a slide, in slide pixels.
const NOTES_HEIGHT: f32 = 420.0;
/// The notes' text size, in slide pixels.
const NOTES_SIZE: f32 = 22.0;
/// The notes' margin, in slide pixels.
const NOTES_MARGIN: f32 = 40.0;

/// The slides of the map of `options`, playing its view.
pub fn slides(
    project: &Project,
    options: &ExportOptions,
    map: &JourneyMap,
    notes: bool,
    title: &str,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Result<Vec<u8>, ExportError> {
    let deck = deck_of(project, options, map);
    let screen = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);
    let height = if notes {
        screen.y + NOTES_HEIGHT
    } else {
        screen.y
    };
    let fonts = PdfFonts::new();
    let mut pdf = PdfDocument::new(title);
    let count = deck.steps.len();
    for index in 0..count {
        let camera = deck.camera(index, screen, 0.0);
        let marker = deck.marker(index, options.language);
        let slide = slide_scene(&deck, index, camera, screen, &SlideInfo { marker });
        let notes_scene = notes.then(|| notes_scene(deck.notes(index), screen));
        pdf.page(
            screen.x * POINTS_PER_PIXEL,
            height * POINTS_PER_PIXEL,
            |surface| {
                // The slide is cut at its edges: what the camera does not see is not drawn.
                if let Some(clip) = crate::export::pdf_scene::rounded_rect(
                    Rect::from_min_size(
                        0.0,
                        0.0,
                        screen.x * POINTS_PER_PIXEL,
                        screen.y * POINTS_PER_PIXEL,
                    ),
                    [0.0; 4],
                ) {
                    surface.push_clip_path(&clip, &krilla::paint::FillRule::NonZero);
                    draw_at(surface, &fonts, &slide, 0.0, 0.0, POINTS_PER_PIXEL);
                    surface.pop();
                }
                if let Some(scene) = &notes_scene {
                    draw_at(
                        surface,
                        &fonts,
                        scene,
                        0.0,
                        screen.y * POINTS_PER_PIXEL,
                        POINTS_PER_PIXEL,
                    );
                }
            },
        )?;
        if !progress(0.2 + 0.8 * (index + 1) as f32 / count as f32) {
            return Err(ExportError::Cancelled);
        }
    }
    pdf.finish()
}

/// The presentation of the map of `options`, playing its view.
pub fn deck_of(project: &Project, options: &ExportOptions, map: &JourneyMap) -> Deck {
    let view = options.view.and_then(|i| map.views.get(i));
    let wave = crate::present::wave_of_view(project, view, wave_of(project, options))
        .filter(|_| options.scores);
    let filter = filter_of_view(view, &options.filter);
    Deck::new(&DeckInput {
        project,
        map,
        view,
        wave,
        filter: &filter,
        scores: ScoreView {
            hidden_badges: options.hidden_badges,
            heat: options.heat.filter(|_| wave.is_some()),
            any_wave: wave.is_some(),
        },
        language: options.language,
        last_vote: true,
    })
}

/// The slide of step `index` as the slides PDF draws it (for the export dialog's preview).
pub fn slide_of(
    project: &Project,
    options: &ExportOptions,
    map: &JourneyMap,
    index: usize,
) -> Scene {
    let deck = deck_of(project, options, map);
    let screen = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);
    let index = index.min(deck.steps.len().saturating_sub(1));
    let camera = deck.camera(index, screen, 0.0);
    let marker = deck.marker(index, options.language);
    slide_scene(&deck, index, camera, screen, &SlideInfo { marker })
}

/// The notes band under a slide: the stage's notes, wrapped.
fn notes_scene(notes: &str, screen: Point) -> Scene {
    let measure = TextMeasure::get();
    let width = screen.x - 2.0 * NOTES_MARGIN;
    let line_height = measure.row_height(NOTES_SIZE);
    let rows = ((NOTES_HEIGHT - 2.0 * NOTES_MARGIN) / line_height)
        .floor()
        .max(1.0) as usize;
    let mut lines = Vec::new();
    for paragraph in notes.lines() {
        let wrapped = measure.wrap(paragraph, NOTES_SIZE, width, None);
        lines.extend(wrapped.lines);
    }
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    let band = Rect::from_min_size(0.0, 0.0, screen.x, NOTES_HEIGHT);
    let mut scene = Scene {
        size: Point::new(screen.x, NOTES_HEIGHT),
        ..Scene::default()
    };
    scene.shapes.push(Drawn {
        shape: Shape::Rect {
            rect: band,
            radius: [0.0; 4],
            fill: Some(map::TOUCHPOINT),
            stroke: None,
        },
        pin: Pin::None,
        owner: None,
        detail: false,
        bounds: band,
    });
    if !lines.is_empty() {
        let block = Rect::from_min_size(
            NOTES_MARGIN,
            NOTES_MARGIN,
            width,
            line_height * lines.len() as f32,
        );
        scene.shapes.push(Drawn {
            shape: Shape::Text(TextBlock {
                pos: block.min,
                size: NOTES_SIZE,
                color: map::TEXT,
                lines,
                align: Align::Left,
                line_height,
            }),
            pin: Pin::None,
            owner: None,
            detail: false,
            bounds: block,
        });
    }
    scene
}
