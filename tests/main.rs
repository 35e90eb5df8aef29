//! One integration test binary: black-box HTTP tests against the real `wegweiser` binary, and store
//! tests, each on SQLite and on PostgreSQL.

mod support;

mod ag;
mod backup;
mod employers;
mod http_ag;

mod holidays;
mod http_accounts;
mod http_backoffice;
mod http_bad_input;
mod http_chains;
mod http_check;
mod http_clock;
mod http_crawl;
mod http_directory;
mod http_employers;
mod http_events;
mod http_golden;
mod http_i18n;
mod http_instances;
mod http_needs;
mod http_network;
mod http_news;
mod http_offer_editor;
mod http_ops;
mod http_peers;
mod http_reliability;
mod http_seo;
mod http_site_pages;
mod http_speed;
mod http_texts;
mod layout;
mod needs;
mod peers;
mod relevance;
mod store;
