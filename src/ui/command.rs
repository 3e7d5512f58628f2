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
    /// A key of the presentation, while one is under way.
    Presenting(PresentCommand),
    /// The facilitator's timer.
    Timer(TimerCommand),
    /// A dot vote's steps.
    Vote(VoteCommand),
    /// Show the priority matrix in the canvas's place, or the map again.
    PriorityMatrix,
    /// Show the action plan in the canvas's place, or the map again.
    ActionPlan,
    /// Show the workshop summary of the current map.
    WorkshopSummary,
    /// Show or hide the quick capture bar.
    QuickCapture,
    /// Cards from quick capture: one per line of `text`, at the end of the cell.
    Capture {
        /// The cell's stage.
        stage: StageId,
        /// The cell's lane.
        lane: LaneId,
        /// What was typed or pasted.
        text: String,
    },
    /// Show the about box.
    About,
    /// Show the keyboard shortcuts.
    Shortcuts,
}

/// What the keys of a presentation ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentCommand {
    /// The next step.
    NextStep,
    /// The step before.
    PreviousStep,
    /// The first stage.
    FirstStage,
    /// The last stage.
    LastStage,
    /// The stage of this number (from 1).
    GoToStage(usize),
    /// The whole map.
    Overview,
    /// Further down the stage.
    ScrollStageDown,
    /// Further up the stage.
    ScrollStageUp,
    /// Blank the screen to black, or back.
    BlankBlack,
    /// Blank the screen to white, or back.
    BlankWhite,
    /// The laser pointer on or off.
    LaserPointer,
    /// Zoom on the card under the pointer, or back.
    ZoomOnCard,
    /// Open or close the presenter's window.
    PresenterWindow,
    /// Show or hide the timer.
    ShowTimer,
    /// Set up a dot vote on the map presented.
    StartVote,
    /// Leave the presentation for the editor.
    EndPresentation,
}

impl PresentCommand {
    /// The command's name, as the shortcuts dialog shows it.
    pub fn name(self, language: Language) -> &'static str {
        let text = match self {
            PresentCommand::NextStep => Text::NextStep,
            PresentCommand::PreviousStep => Text::PreviousStep,
            PresentCommand::FirstStage => Text::FirstStage,
            PresentCommand::LastStage => Text::LastStage,
            PresentCommand::GoToStage(_) => Text::GoToStage,
            PresentCommand::Overview => Text::Overview,
            PresentCommand::ScrollStageDown => Text::ScrollStageDown,
            PresentCommand::ScrollStageUp => Text::ScrollStageUp,
            PresentCommand::BlankBlack => Text::BlankBlack,
            PresentCommand::BlankWhite => Text::BlankWhite,
            PresentCommand::LaserPointer => Text::LaserPointer,
            PresentCommand::ZoomOnCard => Text::ZoomOnCard,
            PresentCommand::PresenterWindow => Text::PresenterWindow,
            PresentCommand::ShowTimer => Text::TimerShow,
            PresentCommand::StartVote => Text::VoteStartMenu,
            PresentCommand::EndPresentation => Text::EndPresentation,
        };
        text.get(language)
    }
}

/// A step of a dot vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteCommand {
    /// Set up a vote on the current map.
    Start,
    /// Start voting as set up.
    Begin,
    /// Give up the setup.
    Cancel,
    /// The current participant's click on a card: a dot, or the dot taken back.
    Toggle(crate::model::CardId),
    /// The next participant's turn.
    NextParticipant,
    /// Ask the facilitator to confirm the end.
    AskToEnd,
    /// Back to voting from the confirmation.
    KeepVoting,
    /// End the vote (confirmed): it goes into the project, and the result shows.
    End,
    /// Close the result.
    CloseReveal,
}

/// What the timer is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerCommand {
    /// Show or hide it.
    Show,
    /// Start it, or pause it.
    StartPause,
    /// Back to the length it was set to.
    Reset,
    /// Add minutes (take them away when negative).
    AddMinutes(i8),
}

impl TimerCommand {
    /// The command's name, as menus and the shortcuts dialog show it.
    pub fn name(self, language: Language) -> &'static str {
        let text = match self {
            TimerCommand::Show => Text::TimerShow,
            TimerCommand::StartPause => Text::TimerStartPause,
            TimerCommand::Reset => Text::TimerReset,
            TimerCommand::AddMinutes(1) => Text::TimerMoreMinute,
            TimerCommand::AddMinutes(-1) => Text::TimerLessMinute,
            TimerCommand::AddMinutes(m) if m > 0 => Text::TimerMoreFive,
            TimerCommand::AddMinutes(_) => Text::TimerLessFive,
        };
        text.get(language)
    }
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
    // On the timer, before the arrows' other uses (Shift+↑ before ↑).
    on_timer(Modifiers::SHIFT, Key::ArrowUp, TimerCommand::AddMinutes(5)),
    on_timer(
        Modifiers::SHIFT,
        Key::ArrowDown,
        TimerCommand::AddMinutes(-5),
    ),
    on_timer(Modifiers::NONE, Key::ArrowUp, TimerCommand::AddMinutes(1)),
    on_timer(
        Modifiers::NONE,
        Key::ArrowDown,
        TimerCommand::AddMinutes(-1),
    ),
    on_timer(Modifiers::NONE, Key::Space, TimerCommand::StartPause),
    (
        KeyboardShortcut::new(CMD_SHIFT, Key::T),
        Command::Timer(TimerCommand::Show),
    ),
    (
        KeyboardShortcut::new(CMD_SHIFT, Key::M),
        Command::PriorityMatrix,
    ),
    (KeyboardShortcut::new(CMD_SHIFT, Key::S), Command::SaveAs),
    (KeyboardShortcut::new(CMD, Key::S), Command::Save),
    (KeyboardShortcut::new(CMD_SHIFT, Key::E), Command::Export),
    (KeyboardShortcut::new(CMD, Key::E), Command::RepeatExport),
    (KeyboardShortcut::new(CMD, Key::O), Command::Open),
    (
        KeyboardShortcut::new(CMD_SHIFT, Key::N),
        Command::QuickCapture,
    ),
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
    in_presentation(Key::ArrowRight, PresentCommand::NextStep),
    in_presentation(Key::Space, PresentCommand::NextStep),
    in_presentation(Key::PageDown, PresentCommand::NextStep),
    in_presentation(Key::ArrowLeft, PresentCommand::PreviousStep),
    in_presentation(Key::PageUp, PresentCommand::PreviousStep),
    in_presentation(Key::Backspace, PresentCommand::PreviousStep),
    in_presentation(Key::Home, PresentCommand::FirstStage),
    in_presentation(Key::End, PresentCommand::LastStage),
    in_presentation(Key::Num1, PresentCommand::GoToStage(1)),
    in_presentation(Key::Num2, PresentCommand::GoToStage(2)),
    in_presentation(Key::Num3, PresentCommand::GoToStage(3)),
    in_presentation(Key::Num4, PresentCommand::GoToStage(4)),
    in_presentation(Key::Num5, PresentCommand::GoToStage(5)),
    in_presentation(Key::Num6, PresentCommand::GoToStage(6)),
    in_presentation(Key::Num7, PresentCommand::GoToStage(7)),
    in_presentation(Key::Num8, PresentCommand::GoToStage(8)),
    in_presentation(Key::Num9, PresentCommand::GoToStage(9)),
    in_presentation(Key::O, PresentCommand::Overview),
    in_presentation(Key::ArrowDown, PresentCommand::ScrollStageDown),
    in_presentation(Key::ArrowUp, PresentCommand::ScrollStageUp),
    in_presentation(Key::B, PresentCommand::BlankBlack),
    in_presentation(Key::W, PresentCommand::BlankWhite),
    in_presentation(Key::L, PresentCommand::LaserPointer),
    in_presentation(Key::Z, PresentCommand::ZoomOnCard),
    in_presentation(Key::P, PresentCommand::PresenterWindow),
    in_presentation(Key::T, PresentCommand::ShowTimer),
    in_presentation(Key::V, PresentCommand::StartVote),
    in_presentation(Key::Escape, PresentCommand::EndPresentation),
];

/// A key of the presentation, pressed alone.
const fn on_timer(
    modifiers: Modifiers,
    key: Key,
    command: TimerCommand,
) -> (KeyboardShortcut, Command) {
    (
        KeyboardShortcut::new(modifiers, key),
        Command::Timer(command),
    )
}

const fn in_presentation(key: Key, command: PresentCommand) -> (KeyboardShortcut, Command) {
    (
        KeyboardShortcut::new(Modifiers::NONE, key),
        Command::Presenting(command),
    )
}

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
    /// With the pointer on the timer, in the editor or a presentation.
    Timer,
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
            Command::Presenting(_) => CommandContext::Presentation,
            Command::Timer(TimerCommand::Show) => CommandContext::Anywhere,
            Command::Timer(_) => CommandContext::Timer,
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
            Command::Presenting(command) => return command.name(language),
            Command::Timer(command) => return command.name(language),
            Command::Vote(_) => Text::VoteStartMenu,
            Command::PriorityMatrix => Text::PriorityMatrix,
            Command::ActionPlan => Text::ActionPlan,
            Command::WorkshopSummary => Text::SummaryMenu,
            Command::QuickCapture | Command::Capture { .. } => Text::QuickCapture,
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
            Command::About => Text::About,
            Command::Shortcuts => Text::KeyboardShortcuts,
        };
        text.get(language)
    }
}
