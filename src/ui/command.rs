//! App commands: one type for menus, keyboard shortcuts and buttons.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::{Edit, MergeKey};
use crate::i18n::{Language, Text};
use crate::layout::Direction;
use crate::model::{LaneId, LaneKind, MapId, PersonaId, StageId, WaveId};
use crate::templates::Template;
use crate::ui::Selection;

/// Something the user asked the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A new project (from the six-stage template).
    New,
    /// Open a project with the file dialog.
    Open,
    /// Open this project file.
    OpenPath(PathBuf),
    /// Open the built-in example.
    OpenExample,
    /// Save (Save as… when the project has no file yet).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Save to the project's file although another program changed it, then carry out the
    /// command that was to follow.
    SaveOverwriting(Option<Box<Command>>),
    /// Close the window.
    Quit,
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Copy the selected cards.
    Copy,
    /// Copy and delete the selected cards.
    Cut,
    /// Paste copied cards.
    Paste,
    /// Paste text from the system clipboard (copied cards, or one card per line).
    PasteText(String),
    /// Duplicate the selected cards.
    Duplicate,
    /// Delete the selection.
    Delete,
    /// Rename the selection in place.
    Rename,
    /// Select every card of the map.
    SelectAll,
    /// Move the selection to the nearest card in a direction.
    SelectNeighbour(Direction),
    /// Cancel what is under way, else clear the selection.
    Escape,
    /// Show the whole map.
    FitToScreen,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Zoom to 100 %.
    ActualSize,
    /// Add a card at the end of a cell and rename it in place.
    AddCard(StageId, LaneId),
    /// Insert a stage at this index of the current map.
    InsertStage(usize),
    /// Insert a text lane at this index of the current map.
    InsertLane(usize),
    /// Add a map from a template.
    AddMap(Template),
    /// Duplicate a map, the copy at this index.
    DuplicateMap(MapId, usize),
    /// Add a persona.
    AddPersona,
    /// Choose a persona's photo with the file dialog.
    ChoosePersonaPhoto(PersonaId),
    /// Read a survey wave's file again with its mapping.
    RefreshWave(WaveId),
    /// Add a stage at the end of the map.
    AddStage,
    /// Add a lane at the bottom of the map.
    AddLane(LaneKind),
    /// Switch the interface language.
    SetLanguage(Language),
    /// Import a survey export with the file dialog.
    ImportSurvey,
    /// Open the export dialog.
    Export,
    /// Export again as last time, to the same file; the dialog when nothing was exported yet.
    RepeatExport,
    /// Choose the export dialog's file with the file dialog.
    ChooseExportFile,
    /// Make the export the dialog describes, in the background.
    RunExport,
    /// Present the current map full screen, playing the saved view of this index (every
    /// lane and stage when `None`).
    Present(Option<usize>),
    /// In a presentation: the next step.
    NextStep,
    /// In a presentation: the step before.
    PreviousStep,
    /// In a presentation: the first stage.
    FirstStage,
    /// In a presentation: the last stage.
    LastStage,
    /// In a presentation: the stage of this number (from 1).
    GoToStage(usize),
    /// In a presentation: the whole map.
    Overview,
    /// In a presentation: further down the stage.
    ScrollStageDown,
    /// In a presentation: further up the stage.
    ScrollStageUp,
    /// In a presentation: blank the screen to black, or back.
    BlankBlack,
    /// In a presentation: blank the screen to white, or back.
    BlankWhite,
    /// In a presentation: the laser pointer on or off.
    LaserPointer,
    /// In a presentation: zoom on the card under the pointer, or back.
    ZoomOnCard,
    /// In a presentation: open or close the presenter's window.
    PresenterWindow,
    /// Leave the presentation for the editor.
    EndPresentation,
    /// Show the about box.
    About,
    /// Show the keyboard shortcuts.
    Shortcuts,
}

/// What the UI hands to the app during a frame, carried out after it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A change to the project, one undo step.
    Edit(Edit),
    /// A change merged with the previous one of the same key (typing in a field).
    EditMerging(Edit, MergeKey),
    /// Ends the current merged step (a field lost focus, a slider was released).
    Seal,
    /// Takes back the last step if it is the unsealed one of this key, as if never made (a
    /// new card whose naming was cancelled with Escape).
    Retract(MergeKey),
    /// An app command.
    Command(Command),
    /// A command whose question about unsaved work was answered "Don't save".
    RunDiscarding(Command),
    /// Save, then (once saved, through the file dialog if the project has no file yet) the
    /// command: "Save" in the question about unsaved work.
    SaveThen(Command),
    /// Select something.
    Select(Selection),
    /// Show a map on the canvas.
    ShowMap(MapId),
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// Every keyboard shortcut, the longest first (Ctrl+Shift+S before Ctrl+S); where each works
/// is its command's [`Command::context`]. Menus, the shortcut handler and the shortcuts
/// dialog all read this one table.
pub const SHORTCUTS: &[(KeyboardShortcut, Command)] = &[
    (KeyboardShortcut::new(CMD_SHIFT, Key::S), Command::SaveAs),
    (KeyboardShortcut::new(CMD, Key::S), Command::Save),
    (KeyboardShortcut::new(CMD_SHIFT, Key::E), Command::Export),
    (KeyboardShortcut::new(CMD, Key::E), Command::RepeatExport),
    (KeyboardShortcut::new(CMD, Key::O), Command::Open),
    (KeyboardShortcut::new(CMD, Key::N), Command::New),
    (KeyboardShortcut::new(CMD_SHIFT, Key::Z), Command::Redo),
    (KeyboardShortcut::new(CMD, Key::Z), Command::Undo),
    (KeyboardShortcut::new(CMD, Key::Y), Command::Redo),
    (KeyboardShortcut::new(CMD, Key::C), Command::Copy),
    (KeyboardShortcut::new(CMD, Key::X), Command::Cut),
    (KeyboardShortcut::new(CMD, Key::V), Command::Paste),
    (KeyboardShortcut::new(CMD, Key::D), Command::Duplicate),
    (KeyboardShortcut::new(CMD, Key::A), Command::SelectAll),
    (KeyboardShortcut::new(CMD, Key::Num0), Command::ActualSize),
    (KeyboardShortcut::new(CMD, Key::Plus), Command::ZoomIn),
    (KeyboardShortcut::new(CMD, Key::Equals), Command::ZoomIn),
    (KeyboardShortcut::new(CMD, Key::Minus), Command::ZoomOut),
    (
        KeyboardShortcut::new(Modifiers::SHIFT, Key::Num1),
        Command::FitToScreen,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
        Command::Delete,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Backspace),
        Command::Delete,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::F2),
        Command::Rename,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Enter),
        Command::Rename,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowLeft),
        Command::SelectNeighbour(Direction::Left),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowRight),
        Command::SelectNeighbour(Direction::Right),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp),
        Command::SelectNeighbour(Direction::Up),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown),
        Command::SelectNeighbour(Direction::Down),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
        Command::Escape,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::F5),
        Command::Present(None),
    ),
    // In a presentation.
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowRight),
        Command::NextStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Space),
        Command::NextStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::PageDown),
        Command::NextStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowLeft),
        Command::PreviousStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::PageUp),
        Command::PreviousStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Backspace),
        Command::PreviousStep,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Home),
        Command::FirstStage,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::End),
        Command::LastStage,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num1),
        Command::GoToStage(1),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num2),
        Command::GoToStage(2),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num3),
        Command::GoToStage(3),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num4),
        Command::GoToStage(4),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num5),
        Command::GoToStage(5),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num6),
        Command::GoToStage(6),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num7),
        Command::GoToStage(7),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num8),
        Command::GoToStage(8),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Num9),
        Command::GoToStage(9),
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::O),
        Command::Overview,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowDown),
        Command::ScrollStageDown,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::ArrowUp),
        Command::ScrollStageUp,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::B),
        Command::BlankBlack,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::W),
        Command::BlankWhite,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::L),
        Command::LaserPointer,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Z),
        Command::ZoomOnCard,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::P),
        Command::PresenterWindow,
    ),
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
        Command::EndPresentation,
    ),
];

/// The shortcut shown next to a command in the menus.
pub fn shortcut_of(command: &Command) -> Option<KeyboardShortcut> {
    command.shortcuts().next()
}

/// Where a command's shortcut works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandContext {
    /// Everywhere, even while typing in a text field (New, Open, Save).
    Anywhere,
    /// On the canvas, not while a text field has the keys (Ctrl+C copies text there).
    Canvas,
    /// In a presentation, and only there.
    Presentation,
}

impl Command {
    /// Where the command's shortcut works. No shortcut works beneath a dialog.
    pub fn context(&self) -> CommandContext {
        match self {
            Command::New
            | Command::Open
            | Command::Save
            | Command::SaveAs
            | Command::Export
            | Command::RepeatExport => CommandContext::Anywhere,
            Command::NextStep
            | Command::PreviousStep
            | Command::FirstStage
            | Command::LastStage
            | Command::GoToStage(_)
            | Command::Overview
            | Command::ScrollStageDown
            | Command::ScrollStageUp
            | Command::BlankBlack
            | Command::BlankWhite
            | Command::LaserPointer
            | Command::ZoomOnCard
            | Command::PresenterWindow
            | Command::EndPresentation => CommandContext::Presentation,
            _ => CommandContext::Canvas,
        }
    }

    /// The command's shortcuts, the one the menus show first.
    pub fn shortcuts(&self) -> impl Iterator<Item = KeyboardShortcut> + '_ {
        SHORTCUTS
            .iter()
            .filter(move |(_, c)| c == self)
            .map(|(s, _)| *s)
    }

    /// The command's name, as menus and the shortcuts dialog show it.
    pub fn name(&self, language: Language) -> &'static str {
        let text = match self {
            Command::New => Text::New,
            Command::Open | Command::OpenPath(_) => Text::Open,
            Command::OpenExample => Text::OpenExample,
            Command::Save => Text::Save,
            Command::SaveAs => Text::SaveAs,
            Command::SaveOverwriting(_) => Text::OverwriteIt,
            Command::Quit => Text::Quit,
            Command::Undo => Text::Undo,
            Command::Redo => Text::Redo,
            Command::Copy => Text::Copy,
            Command::Cut => Text::Cut,
            Command::Paste | Command::PasteText(_) => Text::Paste,
            Command::Duplicate => Text::Duplicate,
            Command::Delete => Text::Delete,
            Command::Rename => Text::Rename,
            Command::SelectAll => Text::SelectAll,
            Command::SelectNeighbour(_) => Text::SelectNeighbour,
            Command::Escape => Text::Cancel,
            Command::FitToScreen => Text::FitToScreen,
            Command::ZoomIn => Text::ZoomIn,
            Command::ZoomOut => Text::ZoomOut,
            Command::ActualSize => Text::ActualSize,
            Command::AddMap(_) => Text::AddMap,
            Command::DuplicateMap(..) => Text::DuplicateMap,
            Command::AddPersona => Text::AddPersona,
            Command::ChoosePersonaPhoto(_) => Text::ChoosePhoto,
            Command::RefreshWave(_) => Text::RefreshFromFile,
            Command::AddCard(..) => Text::AddCard,
            Command::InsertStage(_) | Command::AddStage => Text::AddStage,
            Command::InsertLane(_) | Command::AddLane(_) => Text::AddLane,
            Command::SetLanguage(_) => Text::Language,
            Command::ImportSurvey => Text::ImportSurvey,
            Command::Export => Text::ExportMenu,
            Command::RepeatExport => Text::RepeatExport,
            Command::ChooseExportFile => Text::ExportChooseFile,
            Command::RunExport => Text::ExportButton,
            Command::Present(_) => Text::Present,
            Command::NextStep => Text::NextStep,
            Command::PreviousStep => Text::PreviousStep,
            Command::FirstStage => Text::FirstStage,
            Command::LastStage => Text::LastStage,
            Command::GoToStage(_) => Text::GoToStage,
            Command::Overview => Text::Overview,
            Command::ScrollStageDown => Text::ScrollStageDown,
            Command::ScrollStageUp => Text::ScrollStageUp,
            Command::BlankBlack => Text::BlankBlack,
            Command::BlankWhite => Text::BlankWhite,
            Command::LaserPointer => Text::LaserPointer,
            Command::ZoomOnCard => Text::ZoomOnCard,
            Command::PresenterWindow => Text::PresenterWindow,
            Command::EndPresentation => Text::EndPresentation,
            Command::About => Text::About,
            Command::Shortcuts => Text::KeyboardShortcuts,
        };
        text.get(language)
    }
}
