//! Peers: a parent's tandem profile and how well two parents fit together.
//!
//! A profile holds only what matching needs and what the parent chose to say: a first name or
//! pseudonym, the Ortsteil (never a street), the children's ages as ranges (never names or
//! birthdays), languages, interests, what they look for, when they are free, and whom they want to
//! meet. Nothing here knows about accounts, HTTP or SQL.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::directory::SPOKEN_LANGUAGES;
use crate::geo;

crate::directory::str_enum!(
    /// Children's ages as ranges: enough to find parents in the same phase, too coarse to say who a child is.
    AgeRange { Expecting = "expecting", Under3 = "under3", From3To5 = "3to5", From6To9 = "6to9", From10To13 = "10to13", From14 = "14plus" }
);
crate::directory::str_enum!(
    /// What a parent looks for in a tandem.
    LookingFor { Talk = "talk", Childcare = "childcare", Leisure = "leisure", Work = "work" }
);
crate::directory::str_enum!(
    /// When a parent is usually free.
    FreeTime { Mornings = "mornings", Afternoons = "afternoons", Evenings = "evenings", Weekends = "weekends" }
);
crate::directory::str_enum!(
    /// Things to do together (a closed list, so nothing personal slips into free text).
    Interest { Outdoors = "outdoors", Playgrounds = "playgrounds", Sport = "sport", Crafts = "crafts", Cooking = "cooking", Music = "music", Reading = "reading", Games = "games" }
);
crate::directory::str_enum!(
    /// How the parent describes themself, only for others' "whom I want to meet".
    Identity { Mother = "mother", Father = "father", Other = "other" }
);
crate::directory::str_enum!(
    /// Whom the parent wants to be suggested.
    Wants { Anyone = "anyone", Mothers = "mothers", Fathers = "fathers" }
);

impl Wants {
    /// Whether someone who describes themself as `who` is someone this parent wants to meet.
    pub fn accepts(self, who: Identity) -> bool {
        match self {
            Wants::Anyone => true,
            Wants::Mothers => who == Identity::Mother,
            Wants::Fathers => who == Identity::Father,
        }
    }
}

/// The longest name or pseudonym a profile shows.
pub const MAX_NAME: usize = 30;

/// A tandem profile as the parent fills it in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerProfile {
    pub display_name: String,
    /// An Ortsteil slug of [`geo::ortsteile`].
    pub ortsteil: String,
    pub child_ages: BTreeSet<AgeRange>,
    /// ISO 639-1 codes of [`SPOKEN_LANGUAGES`].
    pub languages: BTreeSet<String>,
    pub interests: BTreeSet<Interest>,
    pub looking_for: BTreeSet<LookingFor>,
    pub free_times: BTreeSet<FreeTime>,
    pub identity: Identity,
    pub wants: Wants,
}

macro_rules! order_by_declaration {
    ($($t:ty),+) => {$(
        impl PartialOrd for $t {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }
        impl Ord for $t {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                (*self as u8).cmp(&(*other as u8))
            }
        }
    )+};
}
order_by_declaration!(AgeRange, LookingFor, FreeTime, Interest);

/// A field of the profile form and what is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    NameMissing,
    NameTooLong,
    /// Digits, "@" or a link: a pseudonym is not the place for a phone number or an address.
    NameContactDetails,
    OrtsteilUnknown,
    ChildAgesMissing,
    LanguagesMissing,
    LookingForMissing,
    /// A value outside the closed lists (a tampered form).
    Unknown(&'static str),
}

impl ProfileProblem {
    /// The form field the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            ProfileProblem::NameMissing
            | ProfileProblem::NameTooLong
            | ProfileProblem::NameContactDetails => "display_name",
            ProfileProblem::OrtsteilUnknown => "ortsteil",
            ProfileProblem::ChildAgesMissing => "child_ages",
            ProfileProblem::LanguagesMissing => "languages",
            ProfileProblem::LookingForMissing => "looking_for",
            ProfileProblem::Unknown(field) => field,
        }
    }
}

/// A first name or pseudonym that others see (on a profile, in a group): spaces collapsed, at most
/// [`MAX_NAME`] characters, and no digits, "@" or links — a name is not the place for a phone
/// number or an address. Problems are those of the profile's `display_name` field.
pub fn shown_name(text: &str) -> Result<String, ProfileProblem> {
    let name: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        Err(ProfileProblem::NameMissing)
    } else if name.chars().count() > MAX_NAME {
        Err(ProfileProblem::NameTooLong)
    } else if name
        .chars()
        .any(|c| c.is_ascii_digit() || c == '@' || c == '/' || c.is_control())
        || name.to_lowercase().contains("www.")
    {
        Err(ProfileProblem::NameContactDetails)
    } else {
        Ok(name)
    }
}

/// The profile form's values as sent (and the demo's example profiles as written).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawProfile {
    pub display_name: String,
    pub ortsteil: String,
    pub child_ages: Vec<String>,
    pub languages: Vec<String>,
    pub interests: Vec<String>,
    pub looking_for: Vec<String>,
    pub free_times: Vec<String>,
    pub identity: String,
    pub wants: String,
}

fn closed<T: Ord>(
    values: &[String],
    parse: impl Fn(&str) -> Option<T>,
    field: &'static str,
    problems: &mut Vec<ProfileProblem>,
) -> BTreeSet<T> {
    let mut out = BTreeSet::new();
    for v in values {
        match parse(v) {
            Some(t) => {
                out.insert(t);
            }
            None => {
                if !problems.contains(&ProfileProblem::Unknown(field)) {
                    problems.push(ProfileProblem::Unknown(field));
                }
            }
        }
    }
    out
}

impl RawProfile {
    /// Checks every field; all problems at once, so the form can show each at its place.
    pub fn validate(&self) -> Result<PeerProfile, Vec<ProfileProblem>> {
        let mut problems = Vec::new();
        let name = match shown_name(&self.display_name) {
            Ok(name) => name,
            Err(p) => {
                problems.push(p);
                String::new()
            }
        };
        if geo::ortsteil_by_slug(&self.ortsteil).is_none() {
            problems.push(ProfileProblem::OrtsteilUnknown);
        }
        let child_ages = closed(
            &self.child_ages,
            AgeRange::parse,
            "child_ages",
            &mut problems,
        );
        if child_ages.is_empty() && !problems.contains(&ProfileProblem::Unknown("child_ages")) {
            problems.push(ProfileProblem::ChildAgesMissing);
        }
        let languages = closed(
            &self.languages,
            |l| SPOKEN_LANGUAGES.contains(&l).then(|| l.to_string()),
            "languages",
            &mut problems,
        );
        if languages.is_empty() && !problems.contains(&ProfileProblem::Unknown("languages")) {
            problems.push(ProfileProblem::LanguagesMissing);
        }
        let interests = closed(&self.interests, Interest::parse, "interests", &mut problems);
        let looking_for = closed(
            &self.looking_for,
            LookingFor::parse,
            "looking_for",
            &mut problems,
        );
        if looking_for.is_empty() && !problems.contains(&ProfileProblem::Unknown("looking_for")) {
            problems.push(ProfileProblem::LookingForMissing);
        }
        let free_times = closed(
            &self.free_times,
            FreeTime::parse,
            "free_times",
            &mut problems,
        );
        let identity = Identity::parse(&self.identity);
        if identity.is_none() {
            problems.push(ProfileProblem::Unknown("identity"));
        }
        let wants = Wants::parse(&self.wants);
        if wants.is_none() {
            problems.push(ProfileProblem::Unknown("wants"));
        }
        match (identity, wants) {
            (Some(identity), Some(wants)) if problems.is_empty() => Ok(PeerProfile {
                display_name: name,
                ortsteil: self.ortsteil.clone(),
                child_ages,
                languages,
                interests,
                looking_for,
                free_times,
                identity,
                wants,
            }),
            _ => Err(problems),
        }
    }
}

/// What two profiles have in common, in the order a sentence names it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overlap {
    pub child_ages: Vec<AgeRange>,
    /// The shared Ortsteil's slug.
    pub same_ortsteil: Option<String>,
    /// Neighbouring Ortsteile (their centres within [`NEAR_KM`]).
    pub near: bool,
    pub languages: Vec<String>,
    pub looking_for: Vec<LookingFor>,
    pub free_times: Vec<FreeTime>,
    pub interests: Vec<Interest>,
}

/// Ortsteile whose centres lie this close count as near each other.
pub const NEAR_KM: f64 = 3.0;

/// A suggestion: another parent's profile, how well it fits, and why.
#[derive(Clone, Debug)]
pub struct Suggestion<K> {
    pub key: K,
    pub score: u32,
    pub overlap: Overlap,
}

fn common<T: Ord + Clone>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> Vec<T> {
    a.intersection(b).cloned().collect()
}

/// What `me` and `other` share, or `None` when either would not want to meet the other.
pub fn overlap(me: &PeerProfile, other: &PeerProfile) -> Option<Overlap> {
    if !me.wants.accepts(other.identity) || !other.wants.accepts(me.identity) {
        return None;
    }
    let same = me.ortsteil == other.ortsteil;
    let near = !same
        && match (
            geo::ortsteil_by_slug(&me.ortsteil),
            geo::ortsteil_by_slug(&other.ortsteil),
        ) {
            (Some(a), Some(b)) => geo::distance_km(a.label, b.label) <= NEAR_KM,
            _ => false,
        };
    Some(Overlap {
        child_ages: common(&me.child_ages, &other.child_ages),
        same_ortsteil: same.then(|| me.ortsteil.clone()),
        near,
        languages: common(&me.languages, &other.languages),
        looking_for: common(&me.looking_for, &other.looking_for),
        free_times: common(&me.free_times, &other.free_times),
        interests: common(&me.interests, &other.interests),
    })
}

impl Overlap {
    /// How much two parents have in common. Children of the same age and the same Ortsteil weigh
    /// most (they make meeting easy), then a shared language other than German (rarer, and what
    /// many parents new to Berlin look for), what they look for, when they are free, interests.
    pub fn score(&self) -> u32 {
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        let rare_languages = self.languages.iter().filter(|l| *l != "de").count();
        let german = self.languages.len() - rare_languages;
        let place = if self.same_ortsteil.is_some() {
            8
        } else if self.near {
            4
        } else {
            0
        };
        n(self.child_ages.len()) * 6
            + place
            + n(rare_languages) * 5
            + n(german)
            + n(self.looking_for.len()) * 4
            + n(self.free_times.len()) * 2
            + n(self.interests.len())
    }

    /// Whether there is anything to suggest a meeting on: an age phase, or what both look for.
    pub fn is_meaningful(&self) -> bool {
        !self.child_ages.is_empty() || !self.looking_for.is_empty()
    }
}

/// The other parents that fit `me` best, best first (ties: the order of `others`), at most `limit`.
/// Callers pass only profiles that may be suggested at all (consent given, not blocked either way,
/// account active, not `me`); this applies "whom I want to meet" both ways and leaves out profiles
/// with nothing in common.
pub fn suggest<K: Clone>(
    me: &PeerProfile,
    others: &[(K, PeerProfile)],
    limit: usize,
) -> Vec<Suggestion<K>> {
    let mut found: Vec<(usize, Suggestion<K>)> = others
        .iter()
        .enumerate()
        .filter_map(|(i, (key, p))| {
            let overlap = overlap(me, p)?;
            overlap.is_meaningful().then(|| {
                (
                    i,
                    Suggestion {
                        key: key.clone(),
                        score: overlap.score(),
                        overlap,
                    },
                )
            })
        })
        .collect();
    found.sort_by(|a, b| b.1.score.cmp(&a.1.score).then(a.0.cmp(&b.0)));
    found.into_iter().take(limit).map(|(_, s)| s).collect()
}

/// The list form of a set as stored (`"a,b,c"`), and back.
pub fn join_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    keys.into_iter().collect::<Vec<_>>().join(",")
}

pub fn split_keys<T: Ord>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Option<BTreeSet<T>> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(parse)
        .collect()
}

/// Contact requests one account may send in 24 hours (shared through the store).
pub const REQUESTS_PER_DAY: i64 = 10;
/// First messages (the first an account writes in a conversation) in 24 hours.
pub const FIRST_MESSAGES_PER_DAY: i64 = 10;
/// Any messages one account may write in 24 hours.
pub const MESSAGES_PER_DAY: i64 = 200;
/// Messages one account may write in groups in 24 hours (a group's page is read by many).
pub const GROUP_MESSAGES_PER_DAY: i64 = 30;
/// A group's page shows its newest messages, at most this many.
pub const GROUP_MESSAGES_SHOWN: i64 = 100;
/// The longest message.
pub const MAX_MESSAGE: usize = 2000;
/// Reports one account may make in 24 hours (of messages, profiles and groups together).
pub const REPORTS_PER_DAY: i64 = 10;
/// The longest reason given in a report.
pub const MAX_REPORT: usize = 1000;
/// How long messages are kept unless configured otherwise (`--peer-message-retention-days`).
pub const DEFAULT_MESSAGE_RETENTION_DAYS: i64 = 365;
/// Open requests nobody answered, declined requests and closed reports are deleted after this.
pub const REQUEST_RETENTION_DAYS: i64 = 90;

/// What is wrong with a message or a report's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    TooLong,
    /// Control characters other than line breaks and tabs.
    ControlCharacters,
}

/// A message or report as it may be stored: line breaks kept (normalised to "\n"), trimmed.
pub fn clean_text(text: &str, max: usize) -> Result<String, TextProblem> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(TextProblem::Empty);
    }
    if text.chars().count() > max {
        return Err(TextProblem::TooLong);
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(TextProblem::ControlCharacters);
    }
    Ok(text.to_string())
}

crate::directory::str_enum!(
    /// What the coordinator did with a report.
    ReportOutcome { Dismissed = "dismissed", Warned = "warned", Hidden = "hidden", Suspended = "suspended" }
);

/// Where someone stands with a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupRole {
    /// Not in it (or not signed in).
    Outsider,
    /// Asked to join; the group's people have not accepted yet.
    Requested,
    Member,
    /// Runs it: the parent who proposed it, an editor of the organisation behind it, or the
    /// coordinator. Accepts members and may write, also before the group is public.
    Manager,
}

impl GroupRole {
    /// Whether the group's messages are open to this person, in a group that is `published`.
    pub fn reads_messages(self, published: bool) -> bool {
        match self {
            GroupRole::Manager => true,
            GroupRole::Member => published,
            GroupRole::Outsider | GroupRole::Requested => false,
        }
    }
}

crate::directory::str_enum!(
    /// What kind of peer group.
    GroupKind { SelfHelp = "self_help", Cafe = "cafe", Walking = "walking", Online = "online", Fathers = "fathers", Other = "other" }
);
crate::directory::str_enum!(
    /// How to join: just come, or ask and the organiser accepts.
    JoinMode { Open = "open", Request = "request" }
);

/// A peer group as it is proposed or shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerGroup {
    pub name: String,
    pub description: String,
    pub kind: GroupKind,
    /// `None` for groups that meet online only.
    pub ortsteil: Option<String>,
    /// When it meets, as people say it ("jeden 2. Dienstag, 16–18 Uhr").
    pub rhythm: String,
    pub child_ages: BTreeSet<AgeRange>,
    pub languages: BTreeSet<String>,
    pub children_welcome: bool,
    pub wheelchair: bool,
    pub join_mode: JoinMode,
}

/// The proposal form's values as sent (and the demo's groups as written).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawGroup {
    pub name: String,
    pub description: String,
    pub kind: String,
    pub ortsteil: String,
    pub rhythm: String,
    pub child_ages: Vec<String>,
    pub languages: Vec<String>,
    pub children_welcome: bool,
    pub wheelchair: bool,
    pub join_mode: String,
}

/// A group form's field and what is wrong with it (the message key names it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupProblem {
    pub field: &'static str,
    pub problem: TextProblem,
}

fn one_line(text: &str, max: usize) -> Result<String, TextProblem> {
    let t = clean_text(text, max)?;
    if t.contains('\n') || t.contains('\t') {
        return Err(TextProblem::ControlCharacters);
    }
    Ok(t)
}

impl RawGroup {
    /// Checks every field; all problems at once.
    pub fn validate(&self) -> Result<PeerGroup, Vec<GroupProblem>> {
        let mut problems = Vec::new();
        let mut check = |field: &'static str, r: Result<String, TextProblem>| match r {
            Ok(t) => t,
            Err(problem) => {
                problems.push(GroupProblem { field, problem });
                String::new()
            }
        };
        let name = check("name", one_line(&self.name, 80));
        let description = check("description", clean_text(&self.description, 1000));
        let rhythm = check("rhythm", one_line(&self.rhythm, 120));
        let unknown = |field: &'static str| GroupProblem {
            field,
            problem: TextProblem::ControlCharacters,
        };
        let kind = GroupKind::parse(&self.kind);
        if kind.is_none() {
            problems.push(unknown("kind"));
        }
        let join_mode = JoinMode::parse(&self.join_mode);
        if join_mode.is_none() {
            problems.push(unknown("join_mode"));
        }
        let ortsteil = match self.ortsteil.as_str() {
            "" if kind == Some(GroupKind::Online) => None,
            slug if geo::ortsteil_by_slug(slug).is_some() => Some(slug.to_string()),
            _ => {
                problems.push(GroupProblem {
                    field: "ortsteil",
                    problem: TextProblem::Empty,
                });
                None
            }
        };
        let mut list_problems = Vec::new();
        let child_ages = closed(
            &self.child_ages,
            AgeRange::parse,
            "child_ages",
            &mut list_problems,
        );
        let languages = closed(
            &self.languages,
            |l| SPOKEN_LANGUAGES.contains(&l).then(|| l.to_string()),
            "languages",
            &mut list_problems,
        );
        for p in list_problems {
            problems.push(unknown(p.field()));
        }
        match (kind, join_mode) {
            (Some(kind), Some(join_mode)) if problems.is_empty() => Ok(PeerGroup {
                name,
                description,
                kind,
                ortsteil,
                rhythm,
                child_ages,
                languages,
                children_welcome: self.children_welcome,
                wheelchair: self.wheelchair,
                join_mode,
            }),
            _ => Err(problems),
        }
    }
}

crate::directory::str_enum!(
    /// Where a group stands.
    GroupStatus { Proposed = "proposed", Published = "published", Rejected = "rejected" }
);

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(name: &str, ortsteil: &str) -> RawProfile {
        RawProfile {
            display_name: name.into(),
            ortsteil: ortsteil.into(),
            child_ages: vec!["under3".into()],
            languages: vec!["de".into()],
            interests: vec![],
            looking_for: vec!["talk".into()],
            free_times: vec![],
            identity: "mother".into(),
            wants: "anyone".into(),
        }
    }

    fn profile(
        ortsteil: &str,
        ages: &[&str],
        langs: &[&str],
        who: &str,
        wants: &str,
    ) -> PeerProfile {
        RawProfile {
            child_ages: ages.iter().map(|s| s.to_string()).collect(),
            languages: langs.iter().map(|s| s.to_string()).collect(),
            identity: who.into(),
            wants: wants.into(),
            ..raw("Mai", ortsteil)
        }
        .validate()
        .expect("valid")
    }

    #[test]
    fn a_profile_refuses_contact_details_and_values_outside_the_lists() {
        assert!(raw("  Mai  ", "fennpfuhl").validate().is_ok());
        assert_eq!(
            raw("Mai 0176 1234567", "fennpfuhl").validate(),
            Err(vec![ProfileProblem::NameContactDetails])
        );
        assert_eq!(
            raw("mai@example.de", "fennpfuhl").validate(),
            Err(vec![ProfileProblem::NameContactDetails])
        );
        assert_eq!(
            raw("", "Frankfurter Allee 1").validate(),
            Err(vec![
                ProfileProblem::NameMissing,
                ProfileProblem::OrtsteilUnknown
            ])
        );
        let mut r = raw("Mai", "fennpfuhl");
        r.child_ages = vec!["2019-04-01".into()];
        r.wants = "everyone".into();
        assert_eq!(
            r.validate(),
            Err(vec![
                ProfileProblem::Unknown("child_ages"),
                ProfileProblem::Unknown("wants")
            ])
        );
        r = raw("Mai", "fennpfuhl");
        r.looking_for.clear();
        r.languages.clear();
        assert_eq!(
            r.validate(),
            Err(vec![
                ProfileProblem::LanguagesMissing,
                ProfileProblem::LookingForMissing
            ])
        );
    }

    #[test]
    fn whom_i_want_to_meet_applies_both_ways() {
        let mother_for_mothers = profile("fennpfuhl", &["under3"], &["de"], "mother", "mothers");
        let father = profile("fennpfuhl", &["under3"], &["de"], "father", "anyone");
        let mother = profile("fennpfuhl", &["under3"], &["de"], "mother", "anyone");
        let other = profile("fennpfuhl", &["under3"], &["de"], "other", "anyone");
        assert!(overlap(&mother_for_mothers, &father).is_none());
        assert!(overlap(&father, &mother_for_mothers).is_none());
        assert!(overlap(&mother_for_mothers, &mother).is_some());
        assert!(overlap(&mother_for_mothers, &other).is_none());
        assert!(overlap(&father, &other).is_some());
    }

    #[test]
    fn the_closest_come_first_and_strangers_not_at_all() {
        let me = profile("fennpfuhl", &["under3"], &["de", "vi"], "mother", "anyone");
        let others = vec![
            (
                1,
                profile("malchow", &["14plus"], &["de"], "mother", "anyone"),
            ),
            (
                2,
                profile("fennpfuhl", &["under3"], &["de"], "mother", "anyone"),
            ),
            (
                3,
                profile("fennpfuhl", &["under3"], &["de", "vi"], "father", "anyone"),
            ),
            (
                4,
                profile(
                    "alt-hohenschoenhausen",
                    &["under3"],
                    &["de"],
                    "mother",
                    "anyone",
                ),
            ),
            (
                5,
                profile("fennpfuhl", &["under3"], &["vi"], "mother", "fathers"),
            ),
        ];
        let s = suggest(&me, &others, 10);
        let keys: Vec<i32> = s.iter().map(|s| s.key).collect();
        // 1 shares what both look for only; 5 wants fathers only.
        assert_eq!(keys, vec![3, 2, 4, 1]);
        assert_eq!(s[0].overlap.languages, vec!["de".to_string(), "vi".into()]);
        assert_eq!(s[0].overlap.same_ortsteil.as_deref(), Some("fennpfuhl"));
        assert!(s[2].overlap.near || s[2].overlap.same_ortsteil.is_none());
        assert_eq!(suggest(&me, &others, 2).len(), 2);
    }

    #[test]
    fn messages_keep_their_lines_and_refuse_control_characters() {
        assert_eq!(
            clean_text("  Hallo\r\nbis bald ", 100),
            Ok("Hallo\nbis bald".into())
        );
        assert_eq!(clean_text(" \n ", 100), Err(TextProblem::Empty));
        assert_eq!(
            clean_text("a\u{7}b", 100),
            Err(TextProblem::ControlCharacters)
        );
        assert_eq!(clean_text(&"ä".repeat(101), 100), Err(TextProblem::TooLong));
        assert_eq!(clean_text(&"ä".repeat(100), 100).map(|t| t.len()), Ok(200));
    }

    #[test]
    fn a_group_needs_a_place_unless_it_meets_online() {
        let raw = RawGroup {
            name: "Spaziergang mit Kinderwagen".into(),
            description: "Wir gehen jeden Mittwoch\num den Fennpfuhl.".into(),
            kind: "walking".into(),
            ortsteil: "fennpfuhl".into(),
            rhythm: "mittwochs 10 Uhr".into(),
            child_ages: vec!["under3".into()],
            languages: vec!["de".into()],
            children_welcome: true,
            wheelchair: true,
            join_mode: "open".into(),
        };
        assert!(raw.validate().is_ok());
        let online = RawGroup {
            kind: "online".into(),
            ortsteil: String::new(),
            ..raw.clone()
        };
        assert_eq!(online.validate().map(|g| g.ortsteil), Ok(None));
        let nowhere = RawGroup {
            ortsteil: String::new(),
            ..raw.clone()
        };
        assert_eq!(nowhere.validate().map_err(|p| p[0].field), Err("ortsteil"));
        let bad = RawGroup {
            name: "Zeile\nzwei".into(),
            rhythm: String::new(),
            ..raw
        };
        let fields: Vec<&str> = bad
            .validate()
            .err()
            .unwrap_or_default()
            .iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, vec!["name", "rhythm"]);
    }

    #[test]
    fn stored_lists_read_back() {
        let set: BTreeSet<AgeRange> = [AgeRange::From6To9, AgeRange::Under3].into();
        let text = join_keys(set.iter().map(|a| a.as_str()));
        assert_eq!(text, "under3,6to9");
        assert_eq!(split_keys(&text, AgeRange::parse), Some(set));
        assert_eq!(split_keys("", AgeRange::parse), Some(BTreeSet::new()));
        assert_eq!(split_keys("under3,x", AgeRange::parse), None);
    }
}
