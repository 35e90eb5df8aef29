//! The page kit every area uses: request context and language, errors, forms and form tokens,
//! shared view models and texts, maps, posters, Markdown and feeds. It depends on no area.

pub mod atom;
pub mod charts;
pub mod client;
pub mod conditional;
pub mod ctx;
pub mod dates;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod ical;
pub mod lists;
pub mod map;
pub mod markdown;
pub mod memo;
pub mod numbers;
pub mod page;
pub mod posters;
pub mod rendered;
pub mod text;
pub mod tokens;
pub mod views;
pub mod workers;
