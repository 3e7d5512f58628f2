//! Cards: the content of a (stage, lane) cell.

use serde::{Deserialize, Serialize};

use super::ids::{CardId, LaneId, StageId};

/// A card placed in one cell of a map. Its order within the cell is its order in
/// [`super::JourneyMap::cards`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Stable id.
    pub id: CardId,
    /// The stage (column) the card sits in.
    pub stage: StageId,
    /// The lane (row) the card sits in.
    pub lane: LaneId,
    /// What the card says.
    pub content: CardContent,
}

impl Card {
    /// The card's title, whatever its kind.
    pub fn title(&self) -> &str {
        self.content.title()
    }
}

/// What a card is, with the fields of its kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CardContent {
    /// A sticky note in a text or blueprint lane.
    Note(Note),
    /// A touchpoint in the touchpoints lane.
    Touchpoint(Touchpoint),
    /// A pain point (irritant) in the pain points lane.
    PainPoint(PainPoint),
    /// An opportunity in the opportunities lane.
    Opportunity(Opportunity),
}

impl CardContent {
    /// The title shown on the card.
    pub fn title(&self) -> &str {
        match self {
            CardContent::Note(c) => &c.title,
            CardContent::Touchpoint(c) => &c.title,
            CardContent::PainPoint(c) => &c.title,
            CardContent::Opportunity(c) => &c.title,
        }
    }

    /// What the card rests on, whatever the kind.
    pub fn evidence(&self) -> Option<Evidence> {
        match self {
            CardContent::Note(c) => c.evidence,
            CardContent::Touchpoint(c) => c.evidence,
            CardContent::PainPoint(c) => c.evidence,
            CardContent::Opportunity(c) => c.evidence,
        }
    }

    /// Sets what the card rests on, whatever the kind.
    pub fn set_evidence(&mut self, evidence: Option<Evidence>) {
        match self {
            CardContent::Note(c) => c.evidence = evidence,
            CardContent::Touchpoint(c) => c.evidence = evidence,
            CardContent::PainPoint(c) => c.evidence = evidence,
            CardContent::Opportunity(c) => c.evidence = evidence,
        }
    }

    /// The actions decided on the card (pain points and opportunities have some).
    pub fn actions(&self) -> &[PlannedAction] {
        match self {
            CardContent::PainPoint(c) => &c.actions,
            CardContent::Opportunity(c) => &c.actions,
            _ => &[],
        }
    }

    /// Changes the title, whatever the kind.
    pub fn set_title(&mut self, title: String) {
        match self {
            CardContent::Note(c) => c.title = title,
            CardContent::Touchpoint(c) => c.title = title,
            CardContent::PainPoint(c) => c.title = title,
            CardContent::Opportunity(c) => c.title = title,
        }
    }
}

/// A free-text card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Title.
    pub title: String,
    /// Longer text.
    #[serde(default)]
    pub description: String,
    /// What the card rests on (written only when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// What a card rests on, as service designers label their maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Evidence {
    /// Seen happen (observation, shadowing, logs).
    Observed,
    /// From research (interviews, surveys, studies).
    Research,
    /// Believed, not checked.
    Assumed,
    /// Proposed (a future state, an idea).
    Proposed,
}

impl Evidence {
    /// Every label, in menu order.
    pub const ALL: [Evidence; 4] = [
        Evidence::Observed,
        Evidence::Research,
        Evidence::Assumed,
        Evidence::Proposed,
    ];
}

/// The lowest emotion score (very negative).
pub const EMOTION_MIN: i8 = -3;
/// The highest emotion score (delighted).
pub const EMOTION_MAX: i8 = 3;

/// A moment where the customer meets the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    /// Title.
    pub title: String,
    /// Longer text.
    #[serde(default)]
    pub description: String,
    /// Where it happens.
    pub channel: Channel,
    /// When in the purchase it happens.
    pub phase: Phase,
    /// Who in the organisation owns it.
    #[serde(default)]
    pub owner: String,
    /// A moment that decides the relationship.
    #[serde(default)]
    pub moment_of_truth: bool,
    /// Lived emotion, from −3 to +3.
    pub emotion: i8,
    /// Expected experience, from −3 to +3, to show the gap with the lived one.
    #[serde(default)]
    pub expected: Option<i8>,
    /// Workshop notes.
    #[serde(default)]
    pub notes: String,
    /// The names this touchpoint has in survey exports (filled by survey import).
    #[serde(default)]
    pub survey_keys: Vec<String>,
    /// Verbatims chosen to quote in exports (the booklet, the HTML viewer), in their words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
    /// What the card rests on (written only when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

impl Default for Touchpoint {
    fn default() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            channel: Channel::Web,
            phase: Phase::During,
            owner: String::new(),
            moment_of_truth: false,
            emotion: 0,
            expected: None,
            notes: String::new(),
            survey_keys: Vec::new(),
            quotes: Vec::new(),
            evidence: None,
        }
    }
}

/// The channel of a touchpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// Web site.
    Web,
    /// Mobile application.
    MobileApp,
    /// Physical store or agency.
    Store,
    /// Phone call.
    Phone,
    /// E-mail.
    Email,
    /// Social media.
    SocialMedia,
    /// Chatbot or live chat.
    Chatbot,
    /// Delivery.
    Delivery,
    /// Word of mouth.
    WordOfMouth,
    /// Advertising (print, display, TV).
    Advertising,
    /// Post and paper mail.
    Mail,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel, in menu order.
    pub const ALL: [Channel; 12] = [
        Channel::Web,
        Channel::MobileApp,
        Channel::Store,
        Channel::Phone,
        Channel::Email,
        Channel::SocialMedia,
        Channel::Chatbot,
        Channel::Delivery,
        Channel::WordOfMouth,
        Channel::Advertising,
        Channel::Mail,
        Channel::Other,
    ];
}

/// When a touchpoint happens relative to the purchase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Before purchase.
    Before,
    /// During purchase.
    During,
    /// After purchase.
    After,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 3] = [Phase::Before, Phase::During, Phase::After];
}

/// A pain point (irritant).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PainPoint {
    /// Title.
    pub title: String,
    /// Longer text.
    #[serde(default)]
    pub description: String,
    /// How badly it hurts, 1 (minor) to 4 (critical).
    pub severity: u8,
    /// How often it happens.
    pub frequency: Frequency,
    /// The touchpoints where it happens.
    #[serde(default)]
    pub touchpoints: Vec<CardId>,
    /// Workshop dot votes.
    #[serde(default)]
    pub votes: u32,
    /// What the card rests on (written only when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// Actions decided on it (written only when there are some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<PlannedAction>,
}

impl Default for PainPoint {
    fn default() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            severity: 2,
            frequency: Frequency::Sometimes,
            touchpoints: Vec::new(),
            votes: 0,
            evidence: None,
            actions: Vec::new(),
        }
    }
}

/// The highest pain point severity.
pub const SEVERITY_MAX: u8 = 4;

/// How often a pain point happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Frequency {
    /// Rarely.
    Rarely,
    /// Sometimes.
    Sometimes,
    /// Often.
    Often,
    /// Always.
    Always,
}

impl Frequency {
    /// Every frequency, in order.
    pub const ALL: [Frequency; 4] = [
        Frequency::Rarely,
        Frequency::Sometimes,
        Frequency::Often,
        Frequency::Always,
    ];
}

/// An improvement opportunity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opportunity {
    /// Title.
    pub title: String,
    /// Longer text.
    #[serde(default)]
    pub description: String,
    /// The pain points it answers.
    #[serde(default)]
    pub pain_points: Vec<CardId>,
    /// Touchpoints it addresses directly, besides those of its pain points (written only when
    /// there are some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub touchpoints: Vec<CardId>,
    /// Expected impact, 1 to 5.
    pub impact: u8,
    /// Effort needed, 1 to 5.
    pub effort: u8,
    /// What the card rests on (written only when set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    /// Actions decided on it (written only when there are some).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<PlannedAction>,
}

/// An action decided in a workshop, on a pain point or an opportunity.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlannedAction {
    /// What is to be done.
    pub title: String,
    /// Who does it.
    #[serde(default)]
    pub owner: String,
    /// By when, `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub due: String,
    /// Where it stands.
    #[serde(default)]
    pub status: ActionStatus,
}

/// Where an action stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum ActionStatus {
    /// Not started.
    #[default]
    ToDo,
    /// Under way.
    Doing,
    /// Done.
    Done,
    /// Given up.
    Dropped,
}

impl ActionStatus {
    /// Every status, in order.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::ToDo,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];
}

impl Default for Opportunity {
    fn default() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            pain_points: Vec::new(),
            touchpoints: Vec::new(),
            impact: 3,
            effort: 3,
            evidence: None,
            actions: Vec::new(),
        }
    }
}

/// The highest impact or effort score of an opportunity.
pub const SCORE_MAX: u8 = 5;
