//! The web layer: routes, thin handlers, templates, the JSON API and operations endpoints.
//! It calls the store and the search index; it never writes SQL.

mod account;
mod api;
mod assets;
mod atom;
mod auth;
mod backoffice;
mod chain_editor;
mod chains;
mod check;
mod ctx;
mod error;
mod event_editor;
mod events;
pub mod freshness;
pub mod i18n;
mod ical;
mod invite;
pub mod mailer;
mod map;
mod markdown;
mod news;
mod news_editor;
mod newsletter;
mod ops;
mod pages;
mod posters;
mod reports;
mod seo;
mod views;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::middleware;
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tokio::sync::RwLock;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use wegweiser_domain::directory::Category;
use wegweiser_search::{IndexContext, SearchIndex, Synonyms};
use wegweiser_store::{Db, Entity, OfferSelect};

pub use ops::Cidr;

/// Settings of the web layer.
#[derive(Clone, Debug)]
pub struct WebConfig {
    /// Networks besides loopback that may read /metrics.
    pub metrics_allow: Vec<Cidr>,
    /// Where the quick-exit button leads.
    pub quick_exit_url: String,
    /// Cookies carry `Secure` (the site is served over https).
    pub secure_cookies: bool,
    /// The address people use, without trailing slash: links in mails start with it.
    pub public_url: String,
    /// When entries need confirming and when pages say they were not confirmed recently.
    pub freshness: wegweiser_domain::freshness::FreshnessPolicy,
    /// Where "now" comes from (a test clock only in tests).
    pub clock: wegweiser_domain::time::Clock,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            metrics_allow: vec![],
            quick_exit_url: "https://www.wetter.de/".into(),
            secure_cookies: false,
            public_url: "http://127.0.0.1:8080".into(),
            freshness: Default::default(),
            clock: Default::default(),
        }
    }
}

/// Shared state: cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<WebConfig>,
    pub index: Arc<RwLock<Option<Arc<SearchIndex>>>>,
    pub categories: Arc<RwLock<Arc<Vec<Category>>>>,
    /// The last change-log entry the index reflects.
    followed: Arc<std::sync::atomic::AtomicI64>,
}

impl AppState {
    pub fn new(db: Db, config: WebConfig) -> Self {
        AppState {
            db,
            config: Arc::new(config),
            index: Arc::new(RwLock::new(None)),
            categories: Arc::new(RwLock::new(Arc::new(Vec::new()))),
            followed: Arc::new(std::sync::atomic::AtomicI64::new(0)),
        }
    }

    /// Now, by the site's clock: every handler and job asks here, never the system clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.config.clock.now()
    }

    /// Berlin wall-clock time now, by the site's clock.
    pub fn berlin_now(&self) -> chrono::NaiveDateTime {
        self.config.clock.berlin_now()
    }

    /// Builds the search index from the store; /readyz answers 200 once this has run.
    pub async fn rebuild_index(&self) -> Result<usize, anyhow::Error> {
        // Read the log position first: changes made while the index builds are applied again later.
        let seq = self.db.latest_change().await?;
        let categories = self.db.categories().await?;
        let offers = self.db.published_offers(OfferSelect::All).await?;
        let rules = self.db.synonym_rules().await?;
        let ctx = IndexContext {
            categories: categories.clone(),
            synonyms: Synonyms::from_lines(rules.iter().map(String::as_str)),
            extra_terms: i18n::vocabulary_labels(),
        };
        let index = tokio::task::spawn_blocking(move || SearchIndex::build(offers, ctx)).await??;
        let n = index.len();
        *self.categories.write().await = Arc::new(categories);
        *self.index.write().await = Some(Arc::new(index));
        self.followed
            .fetch_max(seq, std::sync::atomic::Ordering::SeqCst);
        Ok(n)
    }

    /// Follows the store's change log so that edits made through any instance are findable here.
    pub async fn follow_changes(self, every: Duration) {
        let mut recent: std::collections::VecDeque<(i64, std::time::Instant)> = Default::default();
        loop {
            tokio::time::sleep(every).await;
            if let Err(e) = self.apply_changes(&mut recent).await {
                tracing::warn!(error = %e, "following the change log failed; trying again");
            }
            // Work out which offers are open this minute before a query has to.
            if let Some(index) = self.current_index().await {
                let now = self.berlin_now();
                let _ = tokio::task::spawn_blocking(move || index.prepare(now)).await;
            }
        }
    }

    async fn apply_changes(
        &self,
        recent: &mut std::collections::VecDeque<(i64, std::time::Instant)>,
    ) -> anyhow::Result<()> {
        use std::sync::atomic::Ordering;
        let Some(index) = self.current_index().await else {
            return Ok(());
        };
        let last = self.followed.load(Ordering::SeqCst);
        let changes = self.db.changes_since(last, self.now()).await?;
        let horizon = std::time::Instant::now() - Duration::from_secs(30);
        while recent.front().is_some_and(|(_, t)| *t < horizon) {
            recent.pop_front();
        }
        for c in changes {
            if recent.iter().any(|(seq, _)| *seq == c.seq) {
                continue;
            }
            match c.entity {
                Entity::Offer => {
                    let found = match self.db.published_offer(c.entity_id).await {
                        Ok(o) => Some(o),
                        Err(wegweiser_store::StoreError::NotFound) => None,
                        Err(e) => return Err(e.into()),
                    };
                    let idx = index.clone();
                    let id = c.entity_id;
                    tokio::task::spawn_blocking(move || match found {
                        Some(o) => idx.upsert(o),
                        None => idx.remove(id),
                    })
                    .await??;
                }
                Entity::Organization => {
                    let offers = self
                        .db
                        .published_offers(OfferSelect::ByOrganization(c.entity_id))
                        .await?;
                    let idx = index.clone();
                    tokio::task::spawn_blocking(move || {
                        offers.into_iter().try_for_each(|o| idx.upsert(o))
                    })
                    .await??;
                }
                Entity::Synonyms | Entity::Categories => {
                    self.rebuild_index().await?;
                }
            }
            recent.push_back((c.seq, std::time::Instant::now()));
            self.followed.fetch_max(c.seq, Ordering::SeqCst);
            tracing::debug!(
                seq = c.seq,
                entity = c.entity.as_str(),
                id = c.entity_id,
                "change applied to the index"
            );
        }
        Ok(())
    }

    /// Counts a search that found nothing, for the needs radar; anonymised, and off the request path.
    pub(crate) fn record_search_miss(&self, text: &str) {
        let Some(query) = wegweiser_domain::needs::anonymise_query(text) else {
            return;
        };
        let db = self.db.clone();
        let day = self.berlin_now().date();
        tokio::spawn(async move {
            if let Err(e) = db.record_search_miss(&query, day).await {
                tracing::warn!(error = %e, "could not record a search without results");
            }
        });
    }

    pub(crate) async fn current_index(&self) -> Option<Arc<SearchIndex>> {
        self.index.read().await.clone()
    }

    pub(crate) async fn current_categories(&self) -> Arc<Vec<Category>> {
        self.categories.read().await.clone()
    }
}

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
    font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; \
    object-src 'none'";

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/v1/offers", get(api::offers))
        .route("/api/v1/offers/{id}", get(api::offer))
        .route("/api/v1/categories", get(api::categories))
        .route("/api/v1/ortsteile", get(api::ortsteile));
    Router::new()
        .route("/", get(pages::home))
        .route("/angebote", get(pages::search))
        .route("/angebote/{id}", get(pages::offer))
        .route("/angebote/{id}/druck", get(pages::offer_print))
        .route(
            "/angebote/{id}/fehler",
            get(reports::form).post(reports::submit),
        )
        .route("/verwaltung/meldungen/{id}/erledigt", post(reports::close))
        .route("/traeger/{id}", get(pages::organization))
        .route("/ortsteile", get(pages::ortsteile))
        .route("/ortsteile/{slug}", get(pages::ortsteil))
        .route("/kategorien", get(pages::categories))
        .route("/kategorien/{slug}", get(pages::category))
        .route("/notfall", get(pages::emergency))
        .route("/veranstaltungen", get(events::calendar))
        .route("/veranstaltungen.ics", get(events::feed))
        .route("/veranstaltungen/{id}", get(events::event))
        .route("/veranstaltungen/{id}/kalender.ics", get(events::event_ics))
        .route("/veranstaltungen/{id}/anmelden", post(events::register))
        .route("/veranstaltungen/{id}/aushang", get(posters::event_poster))
        .route("/veranstaltungen/{id}/qr.svg", get(posters::event_qr))
        .route("/angebote/{id}/aushang", get(posters::offer_poster))
        .route("/angebote/{id}/qr.svg", get(posters::offer_qr))
        .route(
            "/anmeldung/{token}",
            get(events::registration).post(events::cancel_registration),
        )
        .route("/aktuelles", get(news::list))
        .route("/aktuelles.atom", get(news::atom))
        .route("/aktuelles/{slug}", get(news::article))
        .route("/aktionen/{slug}", get(news::campaign))
        .route("/aktionen/{slug}/aushang", get(posters::campaign_poster))
        .route("/aktionen/{slug}/qr.svg", get(posters::campaign_qr))
        .route("/medien/{id}", get(news::media))
        .route("/veranstaltungen.atom", get(events::atom))
        .route(
            "/newsletter",
            get(newsletter::form).post(newsletter::subscribe),
        )
        .route(
            "/newsletter/bestaetigen/{token}",
            get(newsletter::confirm_form).post(newsletter::confirm),
        )
        .route(
            "/newsletter/abmelden/{token}",
            get(newsletter::leave_form).post(newsletter::leave),
        )
        .route("/wege", get(chains::list))
        .route("/wege/{slug}", get(chains::show))
        .route("/wege/{slug}/fortschritt", post(chains::update))
        .route("/wege/{slug}/drucken", get(chains::print))
        .route("/wege/{slug}/qr.svg", get(chains::qr))
        .route("/wege/{slug}/aushang", get(chains::poster))
        .route("/leistungs-check", get(check::form).post(check::submit))
        .route("/anmelden", get(auth::login_form).post(auth::login))
        .route("/abmelden", post(auth::logout))
        .route("/konto", get(account::show))
        .route("/konto/daten", get(account::export))
        .route("/konto/loeschen", post(account::delete))
        .route(
            "/passwort-vergessen",
            get(invite::forgot_form).post(invite::forgot),
        )
        .route("/verwaltung", get(auth::admin_home))
        .route(
            "/verwaltung/einladen",
            get(invite::invite_form).post(invite::invite),
        )
        .route(
            "/passwort/{token}",
            get(invite::password_form).post(invite::set_password),
        )
        .route(
            "/verwaltung/angebote",
            get(backoffice::offers).post(backoffice::create),
        )
        .route(
            "/verwaltung/angebote/{id}/status",
            post(backoffice::set_status),
        )
        .route(
            "/verwaltung/angebote/{id}",
            get(backoffice::edit_form).post(backoffice::save),
        )
        .route(
            "/verwaltung/angebote/{id}/bestaetigen",
            post(freshness::confirm_signed_in),
        )
        .route(
            "/bestaetigen/{token}",
            get(freshness::confirm_form).post(freshness::confirm),
        )
        .route(
            "/verwaltung/synonyme",
            get(backoffice::synonyms).post(backoffice::save_synonyms),
        )
        .route(
            "/verwaltung/traeger",
            get(backoffice::organizations).post(backoffice::create_organization),
        )
        .route(
            "/verwaltung/traeger/{id}",
            get(backoffice::organization_form).post(backoffice::save_organization),
        )
        .route(
            "/verwaltung/kategorien",
            get(backoffice::categories).post(backoffice::create_category),
        )
        .route(
            "/verwaltung/kategorien/{id}",
            get(backoffice::category_form).post(backoffice::save_category),
        )
        .route(
            "/verwaltung/traeger/{id}/orte",
            get(backoffice::new_location).post(backoffice::create_location),
        )
        .route(
            "/verwaltung/orte/{id}",
            get(backoffice::location_form).post(backoffice::save_location),
        )
        .route(
            "/verwaltung/wege",
            get(chain_editor::list).post(chain_editor::create),
        )
        .route(
            "/verwaltung/wege/{id}",
            get(chain_editor::edit).post(chain_editor::save),
        )
        .route(
            "/verwaltung/wege/{id}/verschieben",
            post(chain_editor::move_chain),
        )
        .route(
            "/verwaltung/wege/{id}/status",
            post(chain_editor::set_status),
        )
        .route("/verwaltung/wege/{id}/vorschau", get(chain_editor::preview))
        .route("/verwaltung/wege/{id}/schritte", post(chain_editor::steps))
        .route(
            "/verwaltung/wege/{id}/schritte/{key}",
            get(chain_editor::step_form).post(chain_editor::save_step),
        )
        .route(
            "/verwaltung/termine",
            get(event_editor::list).post(event_editor::create),
        )
        .route("/verwaltung/termine/neu", get(event_editor::new_form))
        .route(
            "/verwaltung/termine/{id}",
            get(event_editor::edit_form).post(event_editor::update),
        )
        .route(
            "/verwaltung/beitraege",
            get(news_editor::list).post(news_editor::create),
        )
        .route("/verwaltung/beitraege/neu", get(news_editor::new_form))
        .route("/verwaltung/beitraege/{id}/vorschau", get(news::preview))
        .route(
            "/verwaltung/beitraege/{id}",
            get(news_editor::edit_form).post(news_editor::update),
        )
        .route(
            "/verwaltung/newsletter",
            get(newsletter::admin_list).post(newsletter::create),
        )
        .route(
            "/verwaltung/newsletter/{id}",
            get(newsletter::edit).post(newsletter::save),
        )
        .route("/verwaltung/protokoll", get(backoffice::audit))
        .route("/verwaltung/pruefen", get(backoffice::reviews))
        .route(
            "/verwaltung/pruefen/{id}",
            get(backoffice::review).post(backoffice::decide),
        )
        .merge(api)
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/static/{*path}", get(assets::static_file))
        .route("/favicon.ico", get(assets::favicon))
        .fallback(error::not_found)
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::render_errors,
        ))
        .layer(middleware::from_fn(ctx::remember_language))
        .layer(middleware::from_fn(auth::same_origin_only))
        .layer(middleware::from_fn(ops::track_metrics))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(1024 * 1024))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    ops::install_metrics();
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}
