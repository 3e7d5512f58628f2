//! When nothing changes, the app asks for no repaint: an idle window costs nothing.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui::{RawInput, Rect, ViewportId, pos2, vec2};
use parcours::document::Document;
use parcours::example::example_project;
use parcours::i18n::Language;
use parcours::ui::ParcoursApp;

/// Runs a few frames, then says whether the last one asked for a repaint.
fn asks_for_a_repaint_when_idle(ctx: &egui::Context, app: &mut ParcoursApp) -> bool {
    // Time goes on between frames, as in the window: fade-ins and animations end.
    let input = |frame: u32| RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1600.0, 900.0))),
        time: Some(f64::from(frame) * 0.1),
        ..Default::default()
    };
    // Let layout settle (first frames measure text and panels).
    for frame in 0..6 {
        let mut output = ctx.run_ui(input(frame), |ui| app.show(ui));
        output.textures_delta.clear();
    }
    let mut output = ctx.run_ui(input(6), |ui| app.show(ui));
    output.textures_delta.clear();
    output.viewport_output[&ViewportId::ROOT].repaint_delay != std::time::Duration::MAX
}

#[test]
fn an_idle_app_requests_no_repaint() {
    let ctx = egui::Context::default();
    let mut app =
        ParcoursApp::with_document(&ctx, Document::new(example_project(), None), Language::En);
    assert!(!asks_for_a_repaint_when_idle(&ctx, &mut app));
}

#[test]
fn survey_scores_on_screen_cost_nothing_when_idle() {
    let ctx = egui::Context::default();
    let mut app =
        ParcoursApp::with_document(&ctx, Document::new(example_project(), None), Language::En);
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reponses_parcours_velo.csv");
    app.start_import(&path);
    assert!(
        !asks_for_a_repaint_when_idle(&ctx, &mut app),
        "import dialog"
    );

    // The survey on the map: badges, heat map, a touchpoint's scores and trend in the inspector.
    let project = common::ui::example_with_survey();
    let touchpoint = project.maps[0].touchpoints_in_order()[0].id;
    let ctx = egui::Context::default();
    let mut app = ParcoursApp::with_document(&ctx, Document::new(project, None), Language::En);
    app.set_heat_map(Some(parcours::model::MetricKind::Nps));
    app.select(parcours::ui::Selection::Cards(vec![touchpoint]));
    assert!(
        !asks_for_a_repaint_when_idle(&ctx, &mut app),
        "scores on the map"
    );
}

#[test]
fn a_paused_timer_and_an_ended_vote_cost_nothing_when_idle() {
    use parcours::ui::Command;
    use parcours::ui::command::{TimerCommand, VoteCommand};
    let ctx = egui::Context::default();
    let mut app =
        ParcoursApp::with_document(&ctx, Document::new(example_project(), None), Language::En);
    app.command(Command::Timer(TimerCommand::Show));
    assert!(
        !asks_for_a_repaint_when_idle(&ctx, &mut app),
        "a timer shown, not started"
    );
    app.command(Command::Timer(TimerCommand::StartPause));
    assert!(
        asks_for_a_repaint_when_idle(&ctx, &mut app),
        "a running timer asks for its next second"
    );
    app.command(Command::Timer(TimerCommand::StartPause));
    assert!(
        !asks_for_a_repaint_when_idle(&ctx, &mut app),
        "a paused timer"
    );
    app.command(Command::Timer(TimerCommand::Show));

    // A vote under way, then ended and revealed, then closed.
    let pain = app.project().maps[0]
        .cards
        .iter()
        .find(|c| matches!(c.content, parcours::model::CardContent::PainPoint(_)))
        .unwrap()
        .id;
    for command in [
        VoteCommand::Start,
        VoteCommand::Begin,
        VoteCommand::Toggle(pain),
    ] {
        app.command(Command::Vote(command));
    }
    assert!(!asks_for_a_repaint_when_idle(&ctx, &mut app), "voting");
    app.command(Command::Vote(VoteCommand::End));
    assert!(!asks_for_a_repaint_when_idle(&ctx, &mut app), "the reveal");
    assert_eq!(app.project().maps[0].votes.len(), 1);
    app.command(Command::Vote(VoteCommand::CloseReveal));
    assert!(
        !asks_for_a_repaint_when_idle(&ctx, &mut app),
        "an ended vote's dots on the map"
    );
}
