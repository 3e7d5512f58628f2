//! The presentation's steps, cameras and slides, read from the scene: what a room sees at
//! 1366×768, the contrast of its texts, a view's lanes and stages, the scroll of a tall stage.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::ui::example_with_survey;
use parcours::i18n::Language;
use parcours::layout::{MapLayout, Point};
use parcours::metrics::Filter;
use parcours::model::{LaneKind, MetricKind, Project, SavedView, StageId};
use parcours::present::{
    Camera, Deck, DeckInput, LEGIBLE_FIGURE_PX, LEGIBLE_TITLE_PX, SLIDE_SCREEN, SlideInfo, Step,
    slide_scene, viewed_map,
};
use parcours::scene::{Owner, Scene, ScoreView, Shape};
use parcours::theme::Rgba;

fn deck_of(project: &Project, view: Option<&SavedView>) -> Deck {
    Deck::new(&DeckInput {
        project,
        map: &project.maps[0],
        view,
        wave: project.waves.last(),
        filter: &Filter::default(),
        scores: ScoreView {
            any_wave: !project.waves.is_empty(),
            ..ScoreView::default()
        },
        language: Language::Fr,
        last_vote: true,
    })
}

const SCREEN: Point = Point::new(SLIDE_SCREEN.0, SLIDE_SCREEN.1);

/// The slides of a step from the top of its stage to the bottom, half a screen apart.
fn slides(deck: &Deck, index: usize) -> Vec<(Camera, Scene)> {
    let max = deck.max_scroll(index, SCREEN);
    let camera = deck.camera(index, SCREEN, 0.0);
    let step = 0.5 * SCREEN.y / camera.zoom;
    let mut scroll = 0.0;
    let mut out = Vec::new();
    loop {
        let camera = deck.camera(index, SCREEN, scroll);
        out.push((
            camera,
            slide_scene(deck, index, camera, SCREEN, &SlideInfo::default()),
        ));
        if scroll >= max {
            return out;
        }
        scroll = (scroll + step).min(max);
    }
}

#[test]
fn a_deck_is_the_overview_then_each_stage() {
    let project = parcours::example::example_project();
    let deck = deck_of(&project, None);
    assert_eq!(deck.steps.len(), 1 + project.maps[0].stages.len());
    assert_eq!(deck.steps[0], Step::Overview);
    assert_eq!(deck.step(99), deck.steps[6], "past the end, the last step");
    // No "+" room in a presentation: the layout is the export's, or taller for whole titles.
    let editor = MapLayout::with_scores(&project.maps[0], false);
    assert!(deck.layout.size.y <= editor.size.y + 200.0);
}

#[test]
fn in_a_stage_card_titles_and_badge_figures_are_legible_from_the_back_at_1366_by_768() {
    let project = example_with_survey();
    let deck = deck_of(&project, None);
    let map = &deck.map;
    let (mut titles, mut figures) = (0, 0);
    for index in 1..deck.steps.len() {
        let Step::Stage { stage, .. } = deck.step(index) else {
            panic!("a stage");
        };
        let zoom = deck.camera(index, SCREEN, 0.0).zoom;
        for card in map.cards.iter().filter(|c| c.stage == stage) {
            // A card's title is its first text that says it whole (a caption may too).
            let title = deck
                .scene
                .texts_of(Owner::Card(card.id))
                .find(|t| same_words(&t.lines.join(" "), card.title()))
                .unwrap_or_else(|| panic!("{} is drawn whole", card.title()));
            assert!(
                title.size * zoom >= LEGIBLE_TITLE_PX,
                "{}: {} px",
                card.title(),
                title.size * zoom
            );
            titles += 1;
            for text in deck.scene.texts_of(Owner::Badge(card.id)) {
                let line = &text.lines[0];
                if ["NPS", "CSAT", "CES"].iter().any(|m| line.starts_with(m)) {
                    assert!(
                        text.size * zoom >= LEGIBLE_FIGURE_PX,
                        "{line}: {} px",
                        text.size * zoom
                    );
                    figures += 1;
                }
            }
        }
        // The slide draws the scene at that zoom: its texts are the scene's, enlarged.
        let slide = slides(&deck, index).remove(0).1;
        let largest = slide
            .shapes
            .iter()
            .filter_map(|d| match &d.shape {
                Shape::Text(t) if matches!(d.owner, Some(Owner::Card(_))) => Some(t.size),
                _ => None,
            })
            .fold(0.0, f32::max);
        assert!(largest >= LEGIBLE_TITLE_PX, "{largest} px");
    }
    assert!(
        titles >= 50 && figures >= 12,
        "{titles} titles, {figures} figures"
    );
    // Every title is whole: none cut with "…".
    assert!(
        deck.scene.cut_titles.is_empty(),
        "{:?}",
        deck.scene.cut_titles
    );
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

fn luminance(c: [f32; 3]) -> f32 {
    let lin = |v: f32| {
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

fn over(top: Rgba, below: [f32; 3]) -> [f32; 3] {
    let a = f32::from(top.3) / 255.0;
    let ch = |t: u8, b: f32| f32::from(t) / 255.0 * a + b * (1.0 - a);
    [
        ch(top.0, below[0]),
        ch(top.1, below[1]),
        ch(top.2, below[2]),
    ]
}

fn contrast(a: [f32; 3], b: [f32; 3]) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_text_in_the_spotlight_passes_wcag_aa_on_its_fill() {
    let project = example_with_survey();
    let deck = deck_of(&project, None);
    let mut checked = 0;
    for index in 1..deck.steps.len() {
        for (camera, scene) in slides(&deck, index) {
            let spot = deck.spotlight(index).unwrap();
            let (left, right) = (camera.screen(spot.min).x, camera.screen(spot.max).x);
            for (i, drawn) in scene.shapes.iter().enumerate() {
                let Shape::Text(text) = &drawn.shape else {
                    continue;
                };
                // Icons are pictures in a font: their colour is the channel's, not text.
                let is_icon = text.lines.iter().all(|l| {
                    l.chars()
                        .all(|c| parcours::scene::TextMeasure::get().face_for(c) != 0 || c == ' ')
                });
                let middle = drawn.bounds.center();
                let on_screen = middle.y < SCREEN.y && middle.y > 0.0;
                if is_icon || !on_screen || middle.x < left || middle.x > right {
                    continue;
                }
                // The fill under the text: every rectangle below it that holds its middle.
                let mut fill = [1.0, 1.0, 1.0];
                for below in &scene.shapes[..i] {
                    if let Shape::Rect {
                        rect,
                        fill: Some(color),
                        ..
                    } = &below.shape
                        && rect.contains(middle)
                    {
                        fill = over(*color, fill);
                    }
                }
                let ink = over(text.color, fill);
                // Large text (24 px and over) needs 3:1, the rest 4.5:1.
                let needed = if text.size >= 24.0 { 3.0 } else { 4.5 };
                let ratio = contrast(ink, fill);
                assert!(
                    ratio >= needed,
                    "{:?} at {} px: {ratio:.2} < {needed} (step {index})",
                    text.lines,
                    text.size
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked} texts checked");
}

#[test]
fn a_view_shows_its_lanes_and_its_stages_in_its_order() {
    let project = parcours::example::example_project();
    let map = &project.maps[0];
    let text_lanes: Vec<_> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Text)
        .map(|l| l.id)
        .collect();
    let view = SavedView {
        name: "v".into(),
        hidden_lanes: text_lanes.clone(),
        stages: Some(vec![map.stages[3].id, map.stages[0].id, StageId(999_999)]),
        lane_zoom: vec![(map.stages[0].id, map.lanes[2].id)],
        ..SavedView::default()
    };
    let shown = viewed_map(map, Some(&view));
    assert_eq!(shown.stages.len(), 2, "an unknown stage is passed over");
    assert_eq!(shown.stages[0].id, map.stages[3].id);
    assert!(shown.lanes.iter().all(|l| !text_lanes.contains(&l.id)));
    assert!(shown.cards.iter().all(|c| !text_lanes.contains(&c.lane)
        && (c.stage == map.stages[3].id || c.stage == map.stages[0].id)));
    let deck = deck_of(&project, Some(&view));
    assert_eq!(deck.steps.len(), 3);
    assert_eq!(
        deck.step(2),
        Step::Stage {
            stage: map.stages[0].id,
            index: 1,
            lane: Some(map.lanes[2].id)
        }
    );
    // Zoomed on its lane: the lane's row starts just under the stage header.
    let camera = deck.camera(2, SCREEN, 0.0);
    let lane = deck
        .layout
        .lanes
        .iter()
        .find(|l| l.id == map.lanes[2].id)
        .unwrap();
    let header = deck.layout.stages[1].header.height() * camera.zoom;
    assert!((camera.screen(lane.row.min).y - header).abs() < 0.5);
}

#[test]
fn a_tall_stage_scrolls_to_its_end_and_no_further() {
    let project = example_with_survey();
    let deck = deck_of(&project, None);
    let max = deck.max_scroll(1, SCREEN);
    assert!(max > 0.0, "the example's stage is taller than a projector");
    let bottom = deck.camera(1, SCREEN, f32::MAX);
    let end = bottom.screen(Point::new(0.0, deck.layout.size.y)).y;
    assert!((end - SCREEN.y).abs() < 0.5, "{end}");
    assert_eq!(deck.max_scroll(0, SCREEN), 0.0);
    let _ = MetricKind::Nps;
}

#[test]
fn the_camera_moves_geometrically_in_zoom_and_ends_where_it_goes() {
    let a = Camera {
        zoom: 1.0,
        offset: Point::new(0.0, 0.0),
    };
    let b = Camera {
        zoom: 4.0,
        offset: Point::new(100.0, -50.0),
    };
    assert_eq!(a.toward(b, 1.0), b);
    assert_eq!(a.toward(b, 0.0), a);
    assert!((a.toward(b, 0.5).zoom - 2.0).abs() < 1e-5);
}

proptest::proptest! {
    /// For any map and any of its views, the view shows no card of a lane it hides nor one
    /// its evidence labels leave out, every other card of its stages, and its stages in its
    /// order.
    #[test]
    fn a_view_never_shows_what_it_hides(map in common::any_map(0)) {
        for view in &map.views {
            let shown = viewed_map(&map, Some(view));
            proptest::prop_assert!(shown.lanes.iter().all(|l| !view.hidden_lanes.contains(&l.id)));
            proptest::prop_assert!(shown.cards.iter().all(|c| !view.hidden_lanes.contains(&c.lane)));
            // Nor a card without one of the evidence labels it keeps to.
            proptest::prop_assert!(shown.cards.iter().all(|c| view.evidence.is_empty()
                || c.content.evidence().is_some_and(|e| view.evidence.contains(&e))));
            let kept = map.cards.iter().filter(|c| view.shows_evidence_of(c)
                && !view.hidden_lanes.contains(&c.lane)
                && view.stage_order(&map).contains(&c.stage)).count();
            proptest::prop_assert_eq!(shown.cards.len(), kept);
            let order: Vec<StageId> = shown.stages.iter().map(|s| s.id).collect();
            proptest::prop_assert_eq!(order, view.stage_order(&map));
            proptest::prop_assert!(shown.views.is_empty());
        }
    }
}
