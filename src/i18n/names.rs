//! The names of the model's kinds: channels, phases, frequencies, severities, lane kinds.

use super::{Language, Text};
use crate::model::{Channel, Frequency, LaneKind, Phase};

/// The name of a channel.
pub fn channel_name(channel: Channel, language: Language) -> &'static str {
    match channel {
        Channel::Web => Text::ChannelWeb,
        Channel::MobileApp => Text::ChannelMobileApp,
        Channel::Store => Text::ChannelStore,
        Channel::Phone => Text::ChannelPhone,
        Channel::Email => Text::ChannelEmail,
        Channel::SocialMedia => Text::ChannelSocialMedia,
        Channel::Chatbot => Text::ChannelChatbot,
        Channel::Delivery => Text::ChannelDelivery,
        Channel::WordOfMouth => Text::ChannelWordOfMouth,
        Channel::Advertising => Text::ChannelAdvertising,
        Channel::Mail => Text::ChannelMail,
        Channel::Other => Text::ChannelOther,
    }
    .get(language)
}

/// The name of a phase.
pub fn phase_name(phase: Phase, language: Language) -> &'static str {
    match phase {
        Phase::Before => Text::PhaseBefore,
        Phase::During => Text::PhaseDuring,
        Phase::After => Text::PhaseAfter,
    }
    .get(language)
}

/// The name of a pain point frequency.
pub fn frequency_name(frequency: Frequency, language: Language) -> &'static str {
    match frequency {
        Frequency::Rarely => Text::FrequencyRarely,
        Frequency::Sometimes => Text::FrequencySometimes,
        Frequency::Often => Text::FrequencyOften,
        Frequency::Always => Text::FrequencyAlways,
    }
    .get(language)
}

/// The name of a pain point severity (1 to 4).
pub fn severity_name(severity: u8, language: Language) -> &'static str {
    match severity {
        0 | 1 => Text::Severity1,
        2 => Text::Severity2,
        3 => Text::Severity3,
        _ => Text::Severity4,
    }
    .get(language)
}

/// The name of a lane kind.
pub fn lane_kind_name(kind: LaneKind, language: Language) -> &'static str {
    match kind {
        LaneKind::Text => Text::LaneKindText,
        LaneKind::Touchpoints => Text::LaneKindTouchpoints,
        LaneKind::Emotion => Text::LaneKindEmotion,
        LaneKind::PainPoints => Text::LaneKindPainPoints,
        LaneKind::Opportunities => Text::LaneKindOpportunities,
        LaneKind::Metrics => Text::LaneKindMetrics,
        LaneKind::PhysicalEvidence => Text::LaneKindPhysicalEvidence,
        LaneKind::Frontstage => Text::LaneKindFrontstage,
        LaneKind::Backstage => Text::LaneKindBackstage,
        LaneKind::Support => Text::LaneKindSupport,
    }
    .get(language)
}
