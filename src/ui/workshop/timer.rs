//! The facilitator's timer: a small widget over everything, in the editor and in a
//! presentation. Start, pause, reset; ↑ / ↓ add or take a minute while the pointer is on it
//! (Shift: five). The last ten seconds are red, and it flashes when time is up. It asks for
//! a frame only when the figure it shows changes.

use egui::{Align2, Context, CornerRadius, Order, RichText, Stroke, vec2};

use crate::i18n::{Language, Text};
use crate::theme::workshop;
use crate::ui::command::{Command, TimerCommand};
use crate::ui::frame::Outbox;
use crate::ui::style::c;

/// The longest the timer can be set to, in seconds (99 minutes).
const LONGEST: f64 = 99.0 * 60.0;
/// The length a new timer starts with, in seconds.
const FIRST_LENGTH: f64 = 5.0 * 60.0;
/// Below this many seconds left, the figure turns red.
const LAST_SECONDS: f64 = 10.0;
/// How long the widget flashes once time is up, in seconds, and how fast.
const FLASH_FOR: f64 = 4.0;
const FLASH_PERIOD: f64 = 0.5;

/// The timer's state. Times are the window's clock (`egui::InputState::time`, seconds).
#[derive(Clone, Debug, PartialEq)]
pub struct Timer {
    /// Whether the widget is on screen.
    pub shown: bool,
    /// The length it was set to, to go back to on reset.
    length: f64,
    /// Seconds left when it was last paused, set or reset.
    left: f64,
    /// When it was last started, while it runs.
    running_since: Option<f64>,
    /// Whether the pointer was on the widget at the last frame: its keys work then.
    pub(in crate::ui) armed: bool,
}

impl Default for Timer {
    fn default() -> Self {
        Self {
            shown: false,
            length: FIRST_LENGTH,
            left: FIRST_LENGTH,
            running_since: None,
            armed: false,
        }
    }
}

impl Timer {
    /// Seconds left at `now`, never below zero.
    pub fn remaining(&self, now: f64) -> f64 {
        match self.running_since {
            Some(since) => (self.left - (now - since)).max(0.0),
            None => self.left,
        }
    }

    /// Whether it is counting down.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// The figure shown: minutes and seconds, rounded up ("4:59" just after starting 5:00).
    pub fn figure(&self, now: f64) -> String {
        let seconds = self.remaining(now).ceil() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }

    /// Carries out a command at `now`.
    pub fn apply(&mut self, command: TimerCommand, now: f64) {
        match command {
            TimerCommand::Show => {
                self.shown = !self.shown;
                if !self.shown {
                    self.armed = false;
                }
            }
            TimerCommand::StartPause => {
                if let Some(since) = self.running_since.take() {
                    self.left = (self.left - (now - since)).max(0.0);
                } else if self.left > 0.0 {
                    self.running_since = Some(now);
                    self.shown = true;
                }
            }
            TimerCommand::Reset => {
                self.running_since = None;
                self.left = self.length;
            }
            TimerCommand::AddMinutes(minutes) => {
                let left = (self.remaining(now) + 60.0 * f64::from(minutes)).clamp(0.0, LONGEST);
                if self.running_since.is_some() {
                    self.running_since = Some(now);
                }
                self.left = left;
                if self.running_since.is_none() {
                    // Set while stopped: that is the length reset goes back to.
                    self.length = left.max(60.0);
                }
            }
        }
    }

    /// When time ran out, while it is running and at zero.
    fn ended_at(&self) -> Option<f64> {
        self.running_since.map(|since| since + self.left)
    }

    /// Seconds until the figure or the flash next changes, or `None` when nothing will
    /// change on its own (hidden, paused, or done flashing).
    pub fn next_change(&self, now: f64) -> Option<f64> {
        if !self.shown || !self.is_running() {
            return None;
        }
        let remaining = self.remaining(now);
        if remaining > 0.0 {
            // The figure changes when the seconds left cross a whole number.
            let to_next = remaining - (remaining.ceil() - 1.0);
            return Some(to_next.max(0.001));
        }
        let since_end = now - self.ended_at()?;
        (since_end < FLASH_FOR).then(|| FLASH_PERIOD - since_end % FLASH_PERIOD)
    }

    /// Whether the widget shows its flash colour at `now`.
    fn flashing(&self, now: f64) -> bool {
        match self.ended_at() {
            Some(end) if now >= end && now - end < FLASH_FOR => {
                (((now - end) / FLASH_PERIOD) as u64).is_multiple_of(2)
            }
            _ => false,
        }
    }
}

/// The timer's widget, when shown; commands from its buttons go to the outbox. Returns
/// nothing: whether the pointer is on it is kept in `timer.armed` for the next frame's keys.
pub(in crate::ui) fn timer_ui(ctx: &Context, timer: &mut Timer, lang: Language, out: &mut Outbox) {
    if !timer.shown {
        return;
    }
    let t = |text: Text| text.get(lang);
    let now = ctx.input(|i| i.time);
    let remaining = timer.remaining(now);
    let figure = timer.figure(now);
    let flashing = timer.flashing(now);
    let ink = if remaining <= LAST_SECONDS {
        c(workshop::TIMER_LAST_SECONDS)
    } else {
        c(workshop::TIMER_INK)
    };
    let (fill, ink) = if flashing {
        (c(workshop::TIMER_LAST_SECONDS), c(workshop::TIMER_FILL))
    } else {
        (c(workshop::TIMER_FILL), ink)
    };
    // At the top right at first; the facilitator may drag it anywhere (by its figure).
    let corner = ctx.content_rect().right_top() + vec2(-16.0, 56.0);
    let area = egui::Area::new(egui::Id::unique("workshop_timer"))
        .order(Order::Foreground)
        .pivot(Align2::RIGHT_TOP)
        .default_pos(corner)
        .movable(true)
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(fill)
                .stroke(Stroke::new(1.0, c(workshop::TIMER_OUTLINE)))
                .corner_radius(CornerRadius::same(8))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let shown =
                            ui.label(RichText::new(&figure).size(30.0).monospace().color(ink));
                        shown.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Label,
                                true,
                                format!("{} {figure}", t(Text::Timer)),
                            )
                        });
                        ui.vertical(|ui| {
                            ui.horizontal(|ui| {
                                let start = if timer.is_running() {
                                    t(Text::TimerPause)
                                } else {
                                    t(Text::TimerStart)
                                };
                                if ui.button(start).clicked() {
                                    out.command(Command::Timer(TimerCommand::StartPause));
                                }
                                if ui.button(t(Text::TimerReset)).clicked() {
                                    out.command(Command::Timer(TimerCommand::Reset));
                                }
                            });
                            ui.horizontal(|ui| {
                                if ui
                                    .button("−1")
                                    .on_hover_text(t(Text::TimerLessMinute))
                                    .clicked()
                                {
                                    out.command(Command::Timer(TimerCommand::AddMinutes(-1)));
                                }
                                if ui
                                    .button("+1")
                                    .on_hover_text(t(Text::TimerMoreMinute))
                                    .clicked()
                                {
                                    out.command(Command::Timer(TimerCommand::AddMinutes(1)));
                                }
                                if ui.button("×").on_hover_text(t(Text::TimerHide)).clicked() {
                                    out.command(Command::Timer(TimerCommand::Show));
                                }
                            });
                        });
                    });
                });
        });
    timer.armed = area.response.contains_pointer();
    if let Some(after) = timer.next_change(now) {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(after));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_resets() {
        let mut timer = Timer::default();
        assert_eq!(timer.figure(0.0), "5:00");
        timer.apply(TimerCommand::StartPause, 10.0);
        assert!(timer.shown && timer.is_running());
        assert_eq!(timer.figure(10.5), "5:00");
        assert_eq!(timer.figure(11.0), "4:59");
        timer.apply(TimerCommand::StartPause, 70.0);
        assert_eq!(timer.figure(500.0), "4:00");
        assert_eq!(timer.next_change(500.0), None);
        timer.apply(TimerCommand::Reset, 501.0);
        assert_eq!(timer.figure(501.0), "5:00");
    }

    #[test]
    fn minutes_added_and_taken_never_go_below_zero() {
        let mut timer = Timer::default();
        timer.apply(TimerCommand::AddMinutes(5), 0.0);
        assert_eq!(timer.figure(0.0), "10:00");
        timer.apply(TimerCommand::AddMinutes(-1), 0.0);
        assert_eq!(timer.figure(0.0), "9:00");
        // Set while stopped, it is what reset goes back to.
        timer.apply(TimerCommand::Reset, 0.0);
        assert_eq!(timer.figure(0.0), "9:00");
        timer.apply(TimerCommand::StartPause, 0.0);
        timer.apply(TimerCommand::AddMinutes(-20), 30.0);
        assert_eq!(timer.figure(30.0), "0:00");
        timer.apply(TimerCommand::AddMinutes(120), 30.0);
        assert_eq!(timer.figure(30.0), "99:00");
    }

    #[test]
    fn asks_for_frames_only_while_something_changes() {
        let mut timer = Timer {
            shown: true,
            ..Timer::default()
        };
        assert_eq!(timer.next_change(0.0), None, "paused");
        timer.apply(TimerCommand::StartPause, 0.0);
        let next = timer.next_change(0.25).unwrap();
        assert!((next - 0.75).abs() < 1e-9, "{next}");
        // At zero it flashes for a few seconds, then asks for nothing more.
        assert!(timer.flashing(300.1));
        assert!(!timer.flashing(300.6));
        assert!(timer.next_change(301.0).is_some());
        assert_eq!(timer.next_change(300.0 + FLASH_FOR + 0.1), None);
        timer.shown = false;
        assert_eq!(timer.next_change(10.0), None, "hidden");
    }
}
