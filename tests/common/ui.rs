//! What the UI tests share: the app in a test harness, dropped files, test data, and the
//! example project with the workshop survey imported.

use std::path::PathBuf;

use egui::Vec2;
use egui_kittest::Harness;
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::model::Project;
use parcours::ui::ParcoursApp;

/// The app on `project`, in English, in a 1600×900 window.
pub fn harness(project: Project) -> Harness<'static, ParcoursApp> {
    harness_in(project, Language::En)
}

/// The app on `project`, in `language`, in a 1600×900 window.
pub fn harness_in(project: Project, language: Language) -> Harness<'static, ParcoursApp> {
    harness_sized(project, language, Vec2::new(1600.0, 900.0))
}

/// The app on `project`, in `language`, in a window of `size`.
pub fn harness_sized(
    project: Project,
    language: Language,
    size: Vec2,
) -> Harness<'static, ParcoursApp> {
    Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        // A worker thread that finishes asks for a frame: a few more steps to settle.
        .with_max_steps(16)
        .build_eframe(move |cc| {
            ParcoursApp::with_document(&cc.egui_ctx, Document::new(project, None), language)
        })
}

/// A file of `tests/data/`.
pub fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// A file dropped on the window, as the windowing layer hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The example project with `reponses_parcours_velo.csv` imported as "Vague 1", every
/// touchpoint matched by name.
pub fn example_with_survey() -> Project {
    let mut project = parcours::example::example_project();
    let source = parcours::survey::Source::open(&data("reponses_parcours_velo.csv")).unwrap();
    let wave = parcours::survey::wave_with_proposals(
        &source,
        &project.maps[0],
        "Vague 1".into(),
        &mut project.next_id,
    );
    project.waves.push(wave);
    project
}

/// Runs frames until the app's background work (reading an export, importing, refreshing)
/// is done and the window has settled, as a user waits for the progress to finish.
pub fn settle(harness: &mut Harness<'_, ParcoursApp>) {
    harness.run();
    let start = std::time::Instant::now();
    while harness.state().is_busy() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "background work did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Drops a file on the window, as from a file manager, and waits for what it starts.
pub fn drop_file(harness: &mut Harness<'_, ParcoursApp>, path: PathBuf) {
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    settle(harness);
}

/// A click of the pointer at `at`, pressed and released in place, as a hand does: what is
/// on top there takes it (an accesskit click would reach a widget under a dialog).
pub fn click_at(harness: &mut Harness<'_, ParcoursApp>, at: egui::Pos2) {
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.run();
    harness.drop_at(at);
    harness.run();
}

/// A mouse drag from `from` to `to` in ten moves, `modifiers` held, as a hand makes it.
pub fn drag(
    harness: &mut Harness<'_, ParcoursApp>,
    from: egui::Pos2,
    to: egui::Pos2,
    modifiers: egui::Modifiers,
) {
    harness.event(egui::Event::ModifiersChanged(modifiers));
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for step in 1..=10 {
        harness.hover_at(from + (to - from) * (step as f32 / 10.0));
        harness.step();
    }
    harness.drop_at(to);
    harness.run();
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
}
