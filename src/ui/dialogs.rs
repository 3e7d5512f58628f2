//! Modal dialogs: unsaved changes, errors, about, shortcuts.

use egui::{Context, Id, Modal, RichText};

use super::command::{Command, CommandContext, PresentCommand, SHORTCUTS};
use super::frame::{FrameCtx, Outbox};
use super::shortcut_text::shortcut_text;
use crate::i18n::{Language, Text};

/// A dialog on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// Save before `then` discards the changes?
    Unsaved {
        /// What to do once the changes are saved or discarded.
        then: Command,
    },
    /// Something failed; `message` says what, in words.
    Error {
        /// The headline.
        title: Text,
        /// The details (file, line, column, what was expected).
        message: String,
    },
    /// What a survey import did.
    ImportReport {
        /// Rows read, used, skipped.
        summary: String,
        /// Every skipped row, value not counted and warning, one per line.
        details: String,
    },
    /// The file was changed by another program since Parcours opened or saved it.
    ChangedOnDisk {
        /// What was to follow the save.
        then: Option<Command>,
    },
    /// About Parcours.
    About,
    /// The keyboard shortcuts.
    Shortcuts,
}

impl Dialog {
    /// The report shown after an import or a refresh.
    pub fn import_report(report: &crate::survey::ImportReport, language: Language) -> Self {
        Dialog::ImportReport {
            summary: report.summary(language),
            details: report.to_text(language),
        }
    }

    /// The dialog's main text.
    pub fn message(&self, language: Language) -> String {
        match self {
            Dialog::Unsaved { .. } => Text::UnsavedQuestion.get(language).to_owned(),
            Dialog::Error { title, message } => format!("{}: {message}", title.get(language)),
            Dialog::ImportReport { summary, .. } => {
                format!("{}: {summary}", Text::ImportReport.get(language))
            }
            Dialog::About => Text::AboutText.get(language).to_owned(),
            Dialog::ChangedOnDisk { .. } => Text::ChangedOnDiskText.get(language).to_owned(),
            Dialog::Shortcuts => Text::KeyboardShortcuts.get(language).to_owned(),
        }
    }
}

enum Choice {
    Save,
    DontSave,
    Cancel,
    Close,
    Overwrite,
    SaveElsewhere,
    Reload,
}

/// The dialog on screen, if any: its state is `shown`, which a choice closes; what the
/// choice asks for goes to the outbox.
pub(super) fn dialog_ui(
    ctx: &Context,
    frame: &FrameCtx<'_>,
    shown: &mut Option<Dialog>,
    out: &mut Outbox,
) {
    let Some(dialog) = shown.clone() else {
        return;
    };
    let lang = frame.language;
    let t = |text: Text| text.get(lang);
    let mut choice = None;
    let response = Modal::new(Id::unique("dialog")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        match &dialog {
            Dialog::Unsaved { .. } => {
                ui.heading(t(Text::UnsavedTitle));
                ui.add_space(4.0);
                ui.label(t(Text::UnsavedQuestion));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t(Text::Save)).clicked() {
                        choice = Some(Choice::Save);
                    }
                    if ui.button(t(Text::DontSave)).clicked() {
                        choice = Some(Choice::DontSave);
                    }
                    if ui.button(t(Text::Cancel)).clicked() {
                        choice = Some(Choice::Cancel);
                    }
                });
            }
            Dialog::Error { title, message } => {
                ui.heading(t(*title));
                ui.add_space(4.0);
                ui.add(egui::Label::new(RichText::new(message).monospace()).wrap());
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t(Text::Copy)).clicked() {
                        ui.ctx().copy_text(message.clone());
                    }
                    if ui.button(t(Text::Ok)).clicked() {
                        choice = Some(Choice::Close);
                    }
                });
            }
            Dialog::ImportReport { summary, details } => {
                ui.set_min_width(560.0);
                ui.heading(t(Text::ImportReport));
                ui.add_space(4.0);
                ui.label(RichText::new(summary).strong());
                ui.add_space(4.0);
                let max_height = ctx.content_rect().height() * 0.55;
                // Tall enough to read most of the table at once.
                egui::ScrollArea::vertical()
                    .max_height(max_height)
                    .min_scrolled_height(max_height.min(480.0))
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        // The first line repeats the summary.
                        for line in details.lines().skip(1) {
                            ui.add(
                                egui::Label::new(RichText::new(line).monospace().size(12.0)).wrap(),
                            );
                        }
                    });
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t(Text::CopyReport)).clicked() {
                        ui.ctx().copy_text(details.clone());
                    }
                    if ui.button(t(Text::Close)).clicked() {
                        choice = Some(Choice::Close);
                    }
                });
            }
            Dialog::ChangedOnDisk { .. } => {
                ui.heading(t(Text::ChangedOnDiskTitle));
                ui.add_space(4.0);
                ui.label(t(Text::ChangedOnDiskText));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t(Text::OverwriteIt)).clicked() {
                        choice = Some(Choice::Overwrite);
                    }
                    if ui.button(t(Text::SaveElsewhere)).clicked() {
                        choice = Some(Choice::SaveElsewhere);
                    }
                    if frame.document.path().is_some() && ui.button(t(Text::ReloadFile)).clicked() {
                        choice = Some(Choice::Reload);
                    }
                    if ui.button(t(Text::Cancel)).clicked() {
                        choice = Some(Choice::Cancel);
                    }
                });
            }
            Dialog::About => {
                ui.heading(format!("Parcours {}", env!("CARGO_PKG_VERSION")));
                ui.add_space(4.0);
                ui.label(t(Text::AboutText));
                ui.add_space(8.0);
                if ui.button(t(Text::Close)).clicked() {
                    choice = Some(Choice::Close);
                }
            }
            Dialog::Shortcuts => {
                ui.heading(t(Text::KeyboardShortcuts));
                ui.add_space(4.0);
                let max_height = ctx.content_rect().height() * 0.7;
                // Tall enough to read most of the table at once.
                egui::ScrollArea::vertical()
                    .max_height(max_height)
                    .min_scrolled_height(max_height.min(480.0))
                    .show(ui, |ui| {
                        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                            for (keys, action) in shortcut_rows(lang) {
                                if keys.is_empty() {
                                    // A heading: the keys that follow work there.
                                    ui.label("");
                                    ui.label(RichText::new(action).strong());
                                } else {
                                    ui.label(RichText::new(keys).monospace());
                                    ui.label(action);
                                }
                                ui.end_row();
                            }
                        });
                    });
                ui.add_space(8.0);
                if ui.button(t(Text::Close)).clicked() {
                    choice = Some(Choice::Close);
                }
            }
        }
    });
    if response.should_close() && choice.is_none() {
        choice = Some(Choice::Cancel);
    }
    let Some(choice) = choice else { return };
    *shown = None;
    match dialog {
        Dialog::Unsaved { then } => match choice {
            Choice::Save => out.save_then(then),
            Choice::DontSave => out.run_discarding(then),
            Choice::Cancel
            | Choice::Close
            | Choice::Overwrite
            | Choice::SaveElsewhere
            | Choice::Reload => {}
        },
        Dialog::ChangedOnDisk { then } => match choice {
            Choice::Overwrite => out.command(Command::SaveOverwriting(then.map(Box::new))),
            Choice::SaveElsewhere => out.command(Command::SaveAs),
            // Opening the file again asks first about unsaved changes, as any open does.
            Choice::Reload => {
                if let Some(path) = frame.document.path() {
                    out.command(Command::OpenPath(path.to_owned()));
                }
            }
            _ => {}
        },
        _ => {}
    }
}

/// One row per action with all its keys ("Delete, Backspace"), in the table's order, then
/// the mouse gestures, then the presentation's keys under their heading.
fn shortcut_rows(language: Language) -> Vec<(String, &'static str)> {
    let rows_of = |context: CommandContext| {
        // One row per command, not per name: two commands may share a word ("Annuler" is
        // both Undo and Cancel in French). The digits share one row ("1, 2, … 9").
        let mut rows: Vec<(String, &'static str, &Command)> = Vec::new();
        let in_context = SHORTCUTS.iter().filter(|(_, c)| match context {
            CommandContext::Presentation | CommandContext::Timer => c.context() == context,
            _ => !matches!(
                c.context(),
                CommandContext::Presentation | CommandContext::Timer
            ),
        });
        for (shortcut, command) in in_context {
            let keys = shortcut_text(shortcut, language);
            let same = |c: &Command| {
                c == command
                    || matches!(
                        (c, command),
                        (
                            Command::Presenting(PresentCommand::GoToStage(_)),
                            Command::Presenting(PresentCommand::GoToStage(_))
                        )
                    )
            };
            match rows.iter_mut().find(|(_, _, c)| same(c)) {
                Some((existing, _, _)) => {
                    existing.push_str(", ");
                    existing.push_str(&keys);
                }
                None => rows.push((keys, command.name(language), command)),
            }
        }
        rows.into_iter().map(|(keys, name, _)| (keys, name))
    };
    let mut rows: Vec<(String, &'static str)> = rows_of(CommandContext::Canvas).collect();
    rows.extend(
        shortcut_notes(language)
            .into_iter()
            .map(|(keys, action)| (keys.to_owned(), action)),
    );
    rows.push((String::new(), Text::ShortcutsInPresentation.get(language)));
    rows.extend(rows_of(CommandContext::Presentation));
    rows.push((String::new(), Text::ShortcutsOnTimer.get(language)));
    rows.extend(rows_of(CommandContext::Timer));
    rows
}

fn shortcut_notes(language: Language) -> [(&'static str, &'static str); 4] {
    [
        (Text::KeysCtrlWheel, Text::ZoomAroundPointer),
        (Text::KeysDragBackground, Text::Pan),
        (Text::KeysShiftDrag, Text::RubberBand),
        (Text::KeysShiftClick, Text::ToggleSelection),
    ]
    .map(|(keys, action)| (keys.get(language), action.get(language)))
}

/// What the user chose for a copy left by an earlier session.
pub(super) enum RecoveryChoice {
    /// Work on the copy (unsaved, its file kept).
    Restore,
    /// Open the file as it was last saved.
    OpenSaved,
    /// Leave the copy.
    Discard,
}

/// The offer of a copy an earlier session left when it did not close normally: what it
/// holds against the saved file (`saved`: its maps, stages and cards), and the three choices.
pub(super) fn recovery_ui(
    ctx: &Context,
    language: Language,
    offered: &crate::file::Recovered,
    saved: Option<(usize, usize, usize)>,
) -> Option<RecoveryChoice> {
    let t = |text: Text| text.get(language);
    let mut choice = None;
    Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(t(Text::RecoveryTitle));
        ui.add_space(4.0);
        let name = offered
            .source
            .as_deref()
            .map_or_else(|| t(Text::Untitled).to_owned(), |p| p.display().to_string());
        let (maps, stages, cards) = offered.project.counts();
        ui.label(crate::i18n::msg::recovery_text(
            language,
            crate::i18n::msg::RecoveryText {
                name,
                time: offered.written_at.as_str(),
            },
        ));
        ui.add_space(4.0);
        let counts = |(maps, stages, cards): (usize, usize, usize)| {
            crate::i18n::msg::cli_check_counts(
                language,
                crate::i18n::msg::CliCheckCounts {
                    maps,
                    stages,
                    cards,
                },
            )
        };
        ui.label(crate::i18n::msg::recovery_copy_holds(
            language,
            crate::i18n::msg::RecoveryCopyHolds {
                counts: counts((maps, stages, cards)),
            },
        ));
        if let Some(saved) = saved {
            ui.label(crate::i18n::msg::recovery_saved_holds(
                language,
                crate::i18n::msg::RecoverySavedHolds {
                    counts: counts(saved),
                },
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let restore = crate::i18n::msg::recovery_restore(
                language,
                crate::i18n::msg::RecoveryRestore {
                    time: offered.written_at.as_str(),
                },
            );
            if ui.button(restore).clicked() {
                choice = Some(RecoveryChoice::Restore);
            }
            if saved.is_some() && ui.button(t(Text::RecoveryOpenSaved)).clicked() {
                choice = Some(RecoveryChoice::OpenSaved);
            }
            if ui.button(t(Text::RecoveryDiscard)).clicked() {
                choice = Some(RecoveryChoice::Discard);
            }
        });
    });
    choice
}
