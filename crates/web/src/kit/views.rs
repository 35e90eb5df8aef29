//! View models: domain data turned into the strings a template shows, in the page's language.

use askama::filters::{Html, Safe};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use wegweiser_domain::directory::{AccessMode, Category, Cost, Location, Offer};
use wegweiser_domain::geo;
use wegweiser_domain::hours::{OpenState, berlin_holiday};
use wegweiser_domain::phone::{self, PhoneNumber, Piece};

use crate::kit::ctx::{Ctx, LangLink};
use crate::kit::i18n::Tr;
use crate::kit::map::MapView;
use crate::state::AppState;

pub struct Emergency {
    pub name: String,
    pub hours: String,
    /// As the service itself writes it ("0800 111 0 550"); people know it in that form.
    pub number: &'static str,
    pub tel: String,
}

// Numbers from shared/facts (emergency table); names and hours come from the locale files.
const EMERGENCY: &[(&str, &str)] = &[
    ("police", "110"),
    ("ambulance", "112"),
    ("violence-women", "116 016"),
    ("big-hotline", "030 611 03 00"),
    ("child-protection", "030 61 00 66"),
    ("parents-phone", "0800 111 0 550"),
    ("crisis-line", "0800 111 0 111"),
    ("pregnant-in-need", "0800 40 40 020"),
];

/// The emergency numbers' `tel:` links, worked out once: every page's footer has them, and parsing
/// them for each request was 8 % of a results page's time (BENCHMARKS.md, issue 21).
static EMERGENCY_TEL: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    EMERGENCY
        .iter()
        .map(|(_, number)| {
            // Every number in the table parses (unit test below); the digits are a last resort.
            PhoneNumber::parse(number)
                .map_or_else(|| format!("tel:{}", number.replace(' ', "")), |n| n.uri)
        })
        .collect()
});

pub fn emergency_contacts(tr: &Tr) -> Vec<Emergency> {
    EMERGENCY
        .iter()
        .zip(EMERGENCY_TEL.iter())
        .map(|((key, number), tel)| Emergency {
            name: tr.t(&format!("emergency-{key}-name")),
            hours: tr.t(&format!("emergency-{key}-hours")),
            number,
            tel: tel.clone(),
        })
        .collect()
}

/// What the base layout needs on every page.
pub struct PageMeta {
    /// The page's language as a BCP 47 tag (`lang` attribute).
    pub lang: &'static str,
    /// `?lang=` value of the page's language, for links to feeds in the same language.
    pub lang_code: &'static str,
    pub og_locale: &'static str,
    /// The page language's own name, shown on the language switcher.
    pub current_lang_name: &'static str,
    /// Leichte Sprache on a page that has no texts of its own in it: say so.
    pub easy_notice: bool,
    pub dir: &'static str,
    pub title: String,
    pub description: String,
    pub tr: Tr,
    pub langs: Vec<LangLink>,
    pub quick_exit_url: String,
    /// The site's public address, for absolute links (hreflang, canonical).
    pub public_url: String,
    /// `og:type`: "website", or "article" for news articles.
    pub og_type: &'static str,
    pub emergency: Vec<Emergency>,
    /// Which main navigation entry is current.
    pub nav: &'static str,
    pub asset_version: &'static str,
    /// This page's public address (canonical link, Open Graph).
    pub url: String,
    /// schema.org data about the page's subject, already escaped for a script element.
    pub json_ld: Option<String>,
    /// An image that represents the page when shared (absolute URL), with its description.
    pub share_image: Option<(String, String)>,
}

impl PageMeta {
    pub fn new(
        ctx: &Ctx,
        state: &AppState,
        title: String,
        description: &str,
        nav: &'static str,
    ) -> Self {
        PageMeta {
            lang: ctx.lang.tag,
            lang_code: ctx.lang.code,
            og_locale: ctx.lang.og,
            current_lang_name: ctx.lang.native,
            easy_notice: ctx.lang.easy && !crate::kit::i18n::has_easy_texts(&ctx.path),
            dir: ctx.lang.dir(),
            title,
            description: if description.is_empty() {
                ctx.tr.t("site-description")
            } else {
                description.to_string()
            },
            tr: ctx.tr,
            langs: ctx.language_links(),
            quick_exit_url: state.config.quick_exit_url.clone(),
            emergency: emergency_contacts(&ctx.tr),
            nav,
            asset_version: crate::site::assets::version(),
            url: format!(
                "{}{}{}",
                state.config.public_url,
                ctx.path,
                if ctx.lang.code == "de" {
                    String::new()
                } else {
                    format!("?lang={}", ctx.lang.code)
                }
            ),
            public_url: state.config.public_url.clone(),
            og_type: "website",
            json_ld: None,
            share_image: None,
        }
    }

    /// Marks the page as an article for link previews (`og:type`).
    pub fn as_article(mut self) -> Self {
        self.og_type = "article";
        self
    }

    /// Adds schema.org data (JSON-LD) for search engines.
    pub fn with_json_ld(mut self, value: serde_json::Value) -> Self {
        self.json_ld = Some(json_ld(&value));
        self
    }
}

/// JSON for a `<script type="application/ld+json">` element: `<` escaped, so no text in it can
/// close the element.
/// Values without content (null, "", [], {}) are left out: schema.org validators flag them, and
/// they say nothing.
pub fn json_ld(value: &serde_json::Value) -> String {
    let mut value = value.clone();
    prune(&mut value);
    value.to_string().replace('<', "\\u003c")
}

/// Removes empty values from JSON, depth first; true when `v` itself is empty afterwards.
fn prune(v: &mut serde_json::Value) -> bool {
    use serde_json::Value;
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => {
            items.retain_mut(|i| !prune(i));
            items.is_empty()
        }
        Value::Object(map) => {
            map.retain(|_, i| !prune(i));
            // An object with nothing but its type says nothing.
            map.is_empty() || map.keys().all(|k| k.starts_with('@'))
        }
        Value::Bool(_) | Value::Number(_) => false,
    }
}

pub fn format_date(tr: &Tr, d: NaiveDate) -> String {
    crate::kit::dates::date(tr, d)
}

fn hm(tr: &Tr, t: NaiveTime) -> String {
    crate::kit::dates::time(tr, t)
}

pub fn weekday_name(tr: &Tr, iso: u32) -> String {
    crate::kit::dates::weekday(tr, iso)
}

/// "Open until 12:00" and the CSS class that colours it.
pub struct OpenLabel {
    pub text: String,
    pub class: &'static str,
}

pub struct Link {
    pub url: String,
    pub label: String,
}

/// A phone number as a page shows it: DIN 5008 grouping, and the `tel:` URI a phone dials (none
/// when the stored text is not a number, so no link leads nowhere).
pub struct Phone {
    pub display: String,
    pub href: Option<String>,
}

impl Phone {
    pub fn new(p: &str) -> Self {
        // Parsed once per stored number, kept as "<length of display>:<display><tel: URI>".
        let parsed = PHONES.get_or(p, || match PhoneNumber::parse(p) {
            Some(n) => format!("{}:{}{}", n.display.len(), n.display, n.uri),
            None => format!("{}:{p}", p.len()),
        });
        let (display, href) = parsed
            .split_once(':')
            .and_then(|(len, rest)| rest.split_at_checked(len.parse().ok()?))
            .unwrap_or((p, ""));
        Phone {
            display: display.to_string(),
            href: (!href.is_empty()).then(|| href.to_string()),
        }
    }

    /// The number as a link (or as text when it cannot be dialled).
    pub fn html(&self) -> Safe<String> {
        Safe(match &self.href {
            Some(h) => tel_link(h, &self.display),
            None => escape_html(&self.display),
        })
    }
}

fn tel_link(uri: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", escape_html(uri), escape_html(text))
}

fn escape_html(text: &str) -> String {
    askama::filters::escape(text, Html)
        .map(|s| s.to_string())
        .unwrap_or_default()
}

/// Prose with the phone numbers in it linked (`tel:`), as HTML; the text itself is escaped.
pub fn with_phone_links(text: &str) -> Safe<String> {
    // Stored texts recur on every view: each is searched for numbers once.
    Safe(PROSE.get_or(text, || {
        let mut html = String::with_capacity(text.len());
        for piece in phone::pieces(text) {
            match piece {
                Piece::Text(t) => html.push_str(&escape_html(t)),
                Piece::Phone(written, n) => html.push_str(&tel_link(&n.uri, written)),
            }
        }
        html
    }))
}

/// Stored phone numbers as parsed, and stored prose with its numbers linked.
static PHONES: crate::kit::memo::Memo = crate::kit::memo::Memo::new(8_192);
static PROSE: crate::kit::memo::Memo = crate::kit::memo::Memo::new(8_192);

pub fn open_label(tr: &Tr, offer: &Offer, now: NaiveDateTime) -> Option<OpenLabel> {
    open_text(tr, offer, now).map(|(text, class)| OpenLabel { text, class })
}

fn open_text(tr: &Tr, offer: &Offer, now: NaiveDateTime) -> Option<(String, &'static str)> {
    if offer.is_temporarily_closed() {
        return Some((tr.t("open-temporarily-closed"), "closed"));
    }
    match offer.hours.state_at(now) {
        OpenState::AlwaysOpen => Some((tr.t("open-always"), "open")),
        OpenState::OpenUntil(t) => Some((tr.s("open-until", "time", &hm(tr, t)), "open")),
        OpenState::OpensAt(at) => {
            let days = (at.date() - now.date()).num_days();
            let time = hm(tr, at.time());
            let label = match days {
                0 => tr.s("opens-today", "time", &time),
                1 => tr.s("opens-tomorrow", "time", &time),
                _ => tr.s2(
                    "opens-on",
                    ("day", &weekday_name(tr, at.weekday().number_from_monday())),
                    ("time", &time),
                ),
            };
            Some((label, "closed"))
        }
        OpenState::ClosedForNow => Some((tr.t("open-closed-for-now"), "closed")),
        OpenState::NoHours => match offer.access {
            AccessMode::Appointment => Some((tr.t("open-by-appointment"), "neutral")),
            _ => None,
        },
    }
}

pub fn cost_label(tr: &Tr, cost: Cost) -> String {
    tr.t(&format!("cost-{}", cost.as_str()))
}

pub fn access_label(tr: &Tr, a: AccessMode) -> String {
    tr.t(&format!("access-{}", a.as_str().replace('_', "-")))
}

pub fn language_name(tr: &Tr, code: &str) -> String {
    let key = format!("spoken-{code}");
    if tr.has(&key) {
        tr.t(&key)
    } else {
        code.to_string()
    }
}

pub fn category_name(categories: &[Category], slug: &str, lang: &str) -> String {
    categories
        .iter()
        .find(|c| c.slug == slug)
        .map(|c| c.name.get(lang).to_string())
        .unwrap_or_else(|| slug.to_string())
}

pub fn ortsteil_name(slug: &str) -> &str {
    geo::ortsteil_by_slug(slug).map(|o| o.name).unwrap_or(slug)
}

pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// One offer in a result list.
pub struct OfferCard {
    pub id: i64,
    pub name: String,
    pub summary: String,
    pub org_name: String,
    pub categories: Vec<String>,
    pub places: String,
    pub cost: String,
    pub is_free: bool,
    pub open: Option<OpenLabel>,
    pub closed_reason: Option<String>,
    pub example: bool,
    pub badges: Vec<String>,
    /// "de" when the offer's text has no translation into the page language, for `lang` attributes.
    pub content_lang: &'static str,
    /// "1.2 km away" when the search named a place.
    pub distance: Option<String>,
}

impl OfferCard {
    pub fn new(tr: &Tr, o: &Offer, categories: &[Category], now: NaiveDateTime) -> Self {
        let lang = tr.lang.code;
        let ortsteile = o.ortsteile();
        let places = if !ortsteile.is_empty() {
            ortsteile
                .iter()
                .map(|s| ortsteil_name(s))
                .collect::<Vec<_>>()
                .join(", ")
        } else if o.locations.iter().any(|l| l.confidential) {
            tr.t("place-confidential")
        } else if o.locations.is_empty() {
            tr.t("place-phone-online")
        } else {
            tr.t("place-outside")
        };
        let mut badges = Vec::new();
        if o.wheelchair_access() {
            badges.push(tr.t("badge-wheelchair"));
        }
        if o.childcare {
            badges.push(tr.t("badge-childcare"));
        }
        badges.push(access_label(tr, o.access));
        OfferCard {
            id: o.id,
            name: o.name.get(lang).to_string(),
            summary: o.summary.get(lang).to_string(),
            org_name: o.organization.name.clone(),
            categories: o
                .categories
                .iter()
                .map(|c| category_name(categories, c, lang))
                .collect(),
            places,
            cost: cost_label(tr, o.cost),
            is_free: o.is_free(),
            open: open_label(tr, o, now),
            closed_reason: o.closed_reason.as_ref().map(|c| c.get(lang).to_string()),
            example: o.is_marked_example(),
            badges,
            content_lang: crate::kit::text::Text::lang_of(&o.summary, tr),
            distance: None,
        }
    }

    pub fn with_distance(mut self, tr: &Tr, km: Option<f64>) -> Self {
        self.distance = km.map(|km| crate::kit::numbers::distance(tr, km));
        self
    }
}

pub struct LocationView {
    pub name: String,
    pub street: Option<String>,
    pub postcode_city: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub ortsteil: Option<Link>,
    pub wheelchair: bool,
    pub transit: Option<String>,
    pub confidential: bool,
    pub contact_note: String,
    pub map: Option<MapView>,
    /// "Open in a map app": a `geo:` URI (phones open their map app) and an OpenStreetMap page.
    /// Links only: nothing is loaded from another host unless the person taps one.
    pub geo_uri: Option<String>,
    pub osm_url: Option<String>,
}

impl LocationView {
    pub fn new(tr: &Tr, l: &Location) -> Self {
        let ortsteil = l.ortsteil.as_deref().map(|s| Link {
            url: format!("/ortsteile/{s}"),
            label: ortsteil_name(s).to_string(),
        });
        let label = match &l.address {
            Some(a) => format!("{}, {} {}", a.street, a.postcode, a.city),
            None => l.name.clone(),
        };
        LocationView {
            name: l.name.clone(),
            street: l.address.as_ref().map(|a| a.street.clone()),
            postcode_city: l
                .address
                .as_ref()
                .map(|a| format!("{} {}", a.postcode, a.city)),
            postcode: l.address.as_ref().map(|a| a.postcode.clone()),
            city: l.address.as_ref().map(|a| a.city.clone()),
            map: l.lat_lon().map(|p| {
                MapView::with_pin(
                    p,
                    l.ortsteil.as_deref(),
                    &tr.s("map-location", "place", &label),
                )
            }),
            geo_uri: l.lat_lon().filter(|_| !l.confidential).map(|p| {
                format!(
                    "geo:{lat:.6},{lon:.6}?q={lat:.6},{lon:.6}({})",
                    crate::kit::ctx::encode(&l.name),
                    lat = p.lat,
                    lon = p.lon
                )
            }),
            osm_url: l.lat_lon().filter(|_| !l.confidential).map(|p| {
                format!(
                    "https://www.openstreetmap.org/?mlat={lat:.6}&mlon={lon:.6}#map=18/{lat:.6}/{lon:.6}",
                    lat = p.lat,
                    lon = p.lon
                )
            }),
            ortsteil,
            wheelchair: l.wheelchair_access,
            transit: l.transit.clone(),
            confidential: l.confidential,
            contact_note: l.contact_note.get(tr.lang.code).to_string(),
        }
    }
}

pub struct HoursRow {
    pub day: String,
    pub times: String,
    pub today: bool,
}

pub struct ExceptionRow {
    pub date: String,
    pub text: String,
}

/// Everything on an offer's own page.
pub struct OfferView {
    pub card: OfferCard,
    pub description: Vec<String>,
    /// The language the description is actually in (German when it has no translation).
    pub description_lang: &'static str,
    pub eligibility: String,
    pub how_to_access: String,
    pub access: String,
    pub cost_note: String,
    pub target_groups: Vec<String>,
    pub languages: Vec<String>,
    pub category_links: Vec<Link>,
    pub phone: Option<Phone>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub org_id: i64,
    /// Offered by a public institution (Jugendamt, Jobcenter, …): a GovernmentService.
    pub public_institution: bool,
    pub locations: Vec<LocationView>,
    pub childcare: bool,
    pub always_open: bool,
    /// What the hours section says instead of a table (always open, or no fixed hours, in words
    /// that fit how the offer is reached); `None` where the open state above says it already.
    pub hours_note: Option<String>,
    pub hours: Vec<HoursRow>,
    pub exceptions: Vec<ExceptionRow>,
    pub holiday_note: Option<String>,
    pub last_verified: Option<String>,
    pub valid_until: Option<String>,
    /// The providers have not confirmed the entry for a long time (see `FreshnessPolicy`).
    pub not_confirmed_recently: bool,
}

impl OfferView {
    pub fn new(tr: &Tr, o: &Offer, categories: &[Category], now: NaiveDateTime) -> Self {
        let lang = tr.lang.code;
        let today = now.date();
        let today_iso = today.weekday().number_from_monday();
        let hours = o
            .hours
            .by_weekday()
            .into_iter()
            .map(|(wd, slots)| HoursRow {
                day: weekday_name(tr, u32::from(wd)),
                times: slots
                    .iter()
                    .map(|(a, b)| format!("{}–{}", hm(tr, *a), hm(tr, *b)))
                    .collect::<Vec<_>>()
                    .join(", "),
                today: u32::from(wd) == today_iso,
            })
            .collect();
        let exceptions = o
            .hours
            .upcoming_exceptions(today)
            .into_iter()
            .take(5)
            .map(|e| ExceptionRow {
                date: format_date(tr, e.date),
                text: match (e.hours, &e.note) {
                    (None, None) => tr.t("hours-closed"),
                    (None, Some(n)) => format!("{} ({n})", tr.t("hours-closed")),
                    (Some((a, b)), None) => format!("{}–{}", hm(tr, a), hm(tr, b)),
                    (Some((a, b)), Some(n)) => format!("{}–{} ({n})", hm(tr, a), hm(tr, b)),
                },
            })
            .collect();
        // Name the next public holiday within two weeks, when the offer would otherwise be open.
        let holiday_note = (0..14).map(|d| today + Duration::days(d)).find_map(|d| {
            let key = berlin_holiday(d)?;
            let wd = d.weekday().number_from_monday() as u8;
            o.hours.weekly.iter().any(|s| s.weekday == wd).then(|| {
                tr.s2(
                    "hours-holiday-note",
                    ("date", &format_date(tr, d)),
                    ("holiday", &tr.t(&format!("holiday-{key}"))),
                )
            })
        });
        OfferView {
            card: OfferCard::new(tr, o, categories, now),
            description: paragraphs(o.description.get(lang)),
            description_lang: crate::kit::text::Text::lang_of(&o.description, tr),
            eligibility: o.eligibility.get(lang).to_string(),
            how_to_access: o.how_to_access.get(lang).to_string(),
            access: access_label(tr, o.access),
            cost_note: o.cost_note.get(lang).to_string(),
            target_groups: o
                .target_groups
                .iter()
                .map(|g| tr.t(&format!("group-{g}")))
                .collect(),
            languages: o.languages.iter().map(|l| language_name(tr, l)).collect(),
            category_links: o
                .categories
                .iter()
                .map(|c| Link {
                    url: format!("/kategorien/{c}"),
                    label: category_name(categories, c, lang),
                })
                .collect(),
            phone: o.phone.as_deref().map(Phone::new),
            email: o.email.clone(),
            website: o.website.clone(),
            org_id: o.organization.id,
            public_institution: o.organization.kind
                == wegweiser_domain::directory::OrganizationKind::PublicInstitution,
            locations: o
                .locations
                .iter()
                .map(|l| LocationView::new(tr, l))
                .collect(),
            childcare: o.childcare,
            always_open: o.hours.always_open,
            hours_note: if o.hours.always_open {
                o.is_temporarily_closed().then(|| tr.t("open-always"))
            } else if o.hours.weekly.is_empty() {
                Some(tr.t(match o.access {
                    AccessMode::Appointment => "hours-none-appointment",
                    AccessMode::WalkIn | AccessMode::Both => "hours-none-ask",
                }))
            } else {
                None
            },
            hours,
            exceptions,
            holiday_note,
            last_verified: o.last_verified.map(|d| format_date(tr, d)),
            valid_until: o.valid_until.map(|d| format_date(tr, d)),
            not_confirmed_recently: false,
        }
    }
}

/// Opening hours in one line ("Di, Do 10:00–13:00"), for cards, checklists and posters.
pub(crate) fn short_hours(tr: &Tr, o: &Offer) -> String {
    if o.hours.always_open {
        return tr.t("open-always");
    }
    let mut groups: Vec<(String, Vec<u8>)> = Vec::new();
    for s in &o.hours.weekly {
        let interval = format!("{}–{}", hm(tr, s.opens), hm(tr, s.closes));
        match groups.iter_mut().find(|(i, _)| *i == interval) {
            Some((_, days)) => days.push(s.weekday),
            None => groups.push((interval, vec![s.weekday])),
        }
    }
    groups
        .into_iter()
        .map(|(interval, days)| {
            let names: Vec<String> = days
                .iter()
                .map(|d| crate::kit::dates::weekday_short(tr, u32::from(*d)))
                .collect();
            format!("{} {interval}", names.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One area's part of the back office's start page: links to its pages for this account, and
/// what needs doing there, drawn by the area's own template (`templates/<area>/tile.html`).
pub struct DashboardTile {
    pub links: Vec<Link>,
    /// Already rendered (escaped by the area's template), or empty.
    pub html: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_emergency_number_dials_in_the_form_a_phone_needs() {
        for (key, number) in EMERGENCY {
            let parsed = PhoneNumber::parse(number).map(|n| n.uri);
            assert!(parsed.is_some(), "{key}: {number} does not parse");
        }
        assert_eq!(
            PhoneNumber::parse("0800 111 0 550")
                .map(|n| n.uri)
                .as_deref(),
            Some("tel:+498001110550")
        );
    }

    #[test]
    fn prose_is_escaped_and_its_numbers_linked() {
        let html = with_phone_links("<b>Ruf an:</b> (030) 971 13 96").0;
        assert_eq!(
            html,
            "&#60;b&#62;Ruf an:&#60;/b&#62; <a href=\"tel:+49309711396\">(030) 971 13 96</a>"
        );
    }
}
