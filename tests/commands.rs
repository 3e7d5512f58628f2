//! Every command of the app carried out as a menu or a shortcut would, without a window,
//! each with the effect a user would see.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parcours::document::Document;
use parcours::i18n::Language;
use parcours::layout::Direction;
use parcours::model::{CardId, LaneKind, Project};
use parcours::templates::Template;
use parcours::ui::command::Command;
use parcours::ui::{ParcoursApp, Selection};

/// Names every command, so that a new one cannot be added without a test here.
fn tested(command: &Command) {
    match command {
        Command::New
        | Command::Open
        | Command::OpenPath(_)
        | Command::OpenExample
        | Command::Save
        | Command::SaveAs
        | Command::SaveOverwriting(_)
        | Command::Quit
        | Command::Undo
        | Command::Redo
        | Command::Copy
        | Command::Cut
        | Command::Paste
        | Command::PasteText(_)
        | Command::Duplicate
        | Command::Delete
        | Command::Rename
        | Command::SelectAll
        | Command::SelectNeighbour(_)
        | Command::Escape
        | Command::FitToScreen
        | Command::ZoomIn
        | Command::ZoomOut
        | Command::ActualSize
        | Command::AddCard(..)
        | Command::InsertStage(_)
        | Command::InsertLane(_)
        | Command::AddMap(_)
        | Command::DuplicateMap(..)
        | Command::AddPersona
        | Command::RefreshWave(_)
        | Command::ChoosePersonaPhoto(_)
        | Command::AddStage
        | Command::AddLane(_)
        | Command::SetLanguage(_)
        | Command::ImportSurvey
        | Command::Export
        | Command::RepeatExport
        | Command::ChooseExportFile
        | Command::RunExport
        | Command::About
        | Command::Shortcuts => {}
        // The presentation's commands: tests/ui_present.rs presses their keys.
        Command::Present(_) | Command::Presenting(_) => {}
        // The workshop kit's commands: tests/ui_workshop.rs drives them.
        Command::Timer(_)
        | Command::Vote(_)
        | Command::PriorityMatrix
        | Command::ActionPlan
        | Command::WorkshopSummary
        | Command::QuickCapture
        | Command::Capture { .. } => {}
    }
}

struct App {
    harness: Harness<'static, ParcoursApp>,
    _folder: tempfile::TempDir,
}

impl App {
    /// The example project, with Parcours's own file dialog in a scratch folder.
    fn new() -> Self {
        Self::with(parcours::example::example_project())
    }

    /// `project`, with Parcours's own file dialog in a scratch folder.
    fn with(project: Project) -> Self {
        let folder = tempfile::tempdir().unwrap();
        let start = folder.path().to_owned();
        let mut harness = Harness::builder()
            .with_size(Vec2::new(1600.0, 900.0))
            .with_max_steps(16)
            // The file dialog's fields (egui_file) carry no accessible name.
            .with_accessibility_check(false)
            .build_eframe(move |cc| {
                let doc = Document::new(project, None);
                ParcoursApp::with_document(&cc.egui_ctx, doc, Language::En)
            });
        harness.state_mut().use_own_file_dialogs(Some(start));
        harness.run();
        Self {
            harness,
            _folder: folder,
        }
    }

    fn run(&mut self, command: Command) {
        tested(&command);
        self.harness.state_mut().command(command);
        self.harness.run();
    }

    fn project(&self) -> &Project {
        self.harness.state().project()
    }

    fn cards(&self) -> usize {
        self.project().maps[0].cards.len()
    }

    fn first_card(&self) -> CardId {
        self.project().maps[0].touchpoints_in_order()[0].id
    }

    fn select_first_card(&mut self) {
        let card = self.first_card();
        self.harness
            .state_mut()
            .select(Selection::Cards(vec![card]));
        self.harness.run();
    }
}

#[test]
fn new_open_example_and_open_a_file() {
    let mut app = App::new();
    let path = app._folder.path().join("velo.ron");
    app.harness.state_mut().save_to(&path).unwrap();
    app.run(Command::New);
    assert_eq!(app.project().maps.len(), 1);
    assert_eq!(app.project().maps[0].stages.len(), 6);
    assert!(app.project().maps[0].cards.is_empty());
    app.run(Command::OpenExample);
    assert_eq!(app.cards(), 58);
    app.run(Command::New);
    app.run(Command::OpenPath(path.clone()));
    assert_eq!(app.harness.state().document().path(), Some(path.as_path()));
    assert_eq!(app.cards(), 58);
}

#[test]
fn open_save_as_and_import_ask_for_a_file() {
    for (command, title) in [
        (Command::Open, "Open"),
        (
            Command::ChoosePersonaPhoto(parcours::model::PersonaId(1)),
            "Choose photo",
        ),
        (Command::Save, "Save as"),
        (Command::SaveAs, "Save as"),
        (Command::ImportSurvey, "Import survey"),
    ] {
        let mut app = App::new();
        app.run(command);
        app.harness
            .get_by_label_contains(&format!("{title} — the desktop has no file dialog"));
    }
}

/// Runs frames until the app's background work is done.
fn settle(app: &mut App) {
    app.harness.run();
    let start = std::time::Instant::now();
    while app.harness.state().is_busy() {
        assert!(start.elapsed() < std::time::Duration::from_secs(60));
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.harness.step();
    }
    app.harness.run();
}

#[test]
fn export_opens_its_dialog_writes_the_file_and_repeat_writes_it_again() {
    let mut app = App::new();
    let path = app._folder.path().join("velo.ron");
    app.harness.state_mut().save_to(&path).unwrap();
    app.run(Command::Export);
    app.harness.get_by_label("First page");
    app.run(Command::ChooseExportFile);
    app.harness
        .get_by_label_contains("Export — the desktop has no file dialog");
    app.run(Command::Escape);
    app.run(Command::RunExport);
    settle(&mut app);
    let pdf = app
        ._folder
        .path()
        .join("velo - Achat d'un vélo électrique — aujourd'hui.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    app.harness.get_by_label_contains("Exported velo - Achat");
    // Ctrl+E: the same export again, from the project as it is now.
    std::fs::remove_file(&pdf).unwrap();
    app.run(Command::AddStage);
    app.run(Command::RepeatExport);
    settle(&mut app);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn quit_closes_the_window() {
    let mut app = App::new();
    app.harness.state_mut().command(Command::Quit);
    app.harness.step();
    let closes = app
        .harness
        .output()
        .viewport_output
        .values()
        .any(|v| v.commands.contains(&egui::ViewportCommand::Close));
    assert!(closes);
}

#[test]
fn undo_and_redo_an_added_stage() {
    let mut app = App::new();
    app.run(Command::AddStage);
    assert_eq!(app.project().maps[0].stages.len(), 7);
    app.run(Command::Undo);
    assert_eq!(app.project().maps[0].stages.len(), 6);
    app.run(Command::Redo);
    assert_eq!(app.project().maps[0].stages.len(), 7);
}

#[test]
fn copy_cut_paste_duplicate_and_delete_cards() {
    let mut app = App::new();
    let before = app.cards();
    app.select_first_card();
    app.run(Command::Copy);
    app.run(Command::Paste);
    assert_eq!(app.cards(), before + 1);
    app.run(Command::Duplicate);
    assert_eq!(app.cards(), before + 2);
    app.run(Command::Delete);
    assert_eq!(app.cards(), before + 1);
    app.select_first_card();
    app.run(Command::Cut);
    assert_eq!(app.cards(), before);
    app.run(Command::Paste);
    assert_eq!(app.cards(), before + 1);
    // Text from another application: one card per line.
    app.select_first_card();
    app.run(Command::PasteText(
        "Appel au SAV\nRelance par e-mail".into(),
    ));
    assert_eq!(app.cards(), before + 3);
}

#[test]
fn select_all_neighbours_escape_and_rename() {
    let mut app = App::new();
    app.run(Command::SelectAll);
    assert_eq!(app.harness.state().selection().cards().len(), app.cards());
    app.run(Command::Escape);
    assert_eq!(app.harness.state().selection(), &Selection::None);
    app.select_first_card();
    let first = app.first_card();
    app.run(Command::SelectNeighbour(Direction::Right));
    let now = app.harness.state().selection().cards().to_vec();
    assert_eq!(now.len(), 1);
    assert_ne!(now[0], first);
    app.run(Command::Rename);
    app.harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Rename");
}

#[test]
fn zoom_commands() {
    let mut app = App::new();
    app.run(Command::ActualSize);
    assert!((app.harness.state().canvas_zoom() - 1.0).abs() < 1e-6);
    app.run(Command::ZoomIn);
    let zoomed_in = app.harness.state().canvas_zoom();
    assert!(zoomed_in > 1.0);
    app.run(Command::ZoomOut);
    assert!(app.harness.state().canvas_zoom() < zoomed_in);
    app.run(Command::FitToScreen);
    app.harness.run();
    assert!((app.harness.state().canvas_zoom() - 1.0).abs() > 1e-3);
}

#[test]
fn adding_cards_stages_lanes_and_maps() {
    let mut app = App::new();
    let map = app.project().maps[0].clone();
    let stage = map.stages[0].id;
    let lane = map
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Touchpoints)
        .unwrap()
        .id;
    let before = app.cards();
    app.run(Command::AddCard(stage, lane));
    assert_eq!(app.cards(), before + 1);
    let added = app.project().maps[0]
        .cards
        .iter()
        .find(|c| !map.cards.iter().any(|o| o.id == c.id))
        .unwrap();
    assert_eq!((added.stage, added.lane), (stage, lane));
    app.run(Command::Escape);
    app.run(Command::InsertStage(0));
    assert_eq!(app.project().maps[0].stages.len(), map.stages.len() + 1);
    assert!(
        !map.stages
            .iter()
            .any(|s| s.id == app.project().maps[0].stages[0].id)
    );
    app.run(Command::Escape);
    app.run(Command::InsertLane(0));
    assert_eq!(app.project().maps[0].lanes.len(), map.lanes.len() + 1);
    app.run(Command::Escape);
    app.run(Command::AddLane(LaneKind::PainPoints));
    let lanes = &app.project().maps[0].lanes;
    assert_eq!(lanes.last().unwrap().kind, LaneKind::PainPoints);
    app.run(Command::Escape);
    app.run(Command::AddMap(Template::FiveA));
    assert_eq!(app.project().maps.len(), 2);
    assert_eq!(app.project().maps[1].stages.len(), 5);
}

#[test]
fn language_about_and_shortcuts() {
    let mut app = App::new();
    app.run(Command::SetLanguage(Language::Fr));
    assert_eq!(app.harness.state().language(), Language::Fr);
    app.run(Command::SetLanguage(Language::En));
    app.run(Command::About);
    assert!(
        app.harness
            .state()
            .dialog_message()
            .unwrap()
            .contains("customer journeys")
    );
    app.run(Command::Escape);
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    app.run(Command::Shortcuts);
    assert!(
        app.harness
            .state()
            .dialog_message()
            .unwrap()
            .contains("Keyboard shortcuts")
    );
}

#[test]
fn duplicating_a_map_and_adding_a_persona() {
    let mut app = App::new();
    let map = app.project().maps[0].clone();
    app.run(Command::DuplicateMap(map.id, 1));
    let copy = &app.project().maps[1];
    assert_eq!(copy.name, format!("{} (2)", map.name));
    assert_eq!(copy.cards.len(), map.cards.len());
    assert_eq!(app.harness.state().current_map(), Some(copy.id));
    let personas = app.project().personas.len();
    app.run(Command::AddPersona);
    assert_eq!(app.project().personas.len(), personas + 1);
    let added = app.project().personas.last().unwrap().id;
    assert_eq!(app.harness.state().selection(), &Selection::Persona(added));
}

#[test]
fn refreshing_a_wave_reads_its_file_again() {
    let file = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/reponses_parcours_velo.csv");
    let source = parcours::survey::Source::open(&file).unwrap();
    let mut project = parcours::example::example_project();
    let mut wave = parcours::survey::wave_with_proposals(
        &source,
        &project.maps[0],
        "Vague 1".into(),
        &mut project.next_id,
    );
    wave.source = file.display().to_string();
    let id = wave.id;
    project.waves.push(wave);
    let mut app = App::with(project);
    app.run(Command::RefreshWave(id));
    let start = std::time::Instant::now();
    while app.harness.state().is_busy() {
        assert!(start.elapsed() < std::time::Duration::from_secs(60));
        std::thread::sleep(std::time::Duration::from_millis(10));
        app.harness.step();
    }
    app.harness.run();
    let report = app.harness.state().dialog_message().unwrap();
    assert!(report.contains("2,400 rows read"), "{report}");
    // One undo step: the wave as it was.
    assert!(app.harness.state().document().is_dirty());
}
