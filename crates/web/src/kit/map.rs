//! Small maps drawn by the server as inline SVG from the shipped Ortsteil polygons: no tiles, no
//! request to anyone.

use std::fmt::Write;
use std::sync::LazyLock;

use wegweiser_domain::geo::{self, LatLon};

const WIDTH: f64 = 320.0;

struct Projection {
    min_lon: f64,
    max_lat: f64,
    kx: f64,
    scale: f64,
    height: f64,
}

impl Projection {
    fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            (lon - self.min_lon) * self.kx * self.scale,
            (self.max_lat - lat) * self.scale,
        )
    }
}

struct Shape {
    slug: &'static str,
    d: String,
}

struct BaseMap {
    projection: Projection,
    shapes: Vec<Shape>,
}

static BASE: LazyLock<BaseMap> = LazyLock::new(|| {
    let (min_lon, min_lat, max_lon, max_lat) = geo::district_bounds();
    let kx = ((min_lat + max_lat) / 2.0).to_radians().cos();
    let scale = WIDTH / ((max_lon - min_lon) * kx).max(1e-9);
    let projection = Projection {
        min_lon,
        max_lat,
        kx,
        scale,
        height: (max_lat - min_lat) * scale,
    };
    let shapes = geo::ortsteile()
        .iter()
        .map(|o| {
            let mut d = String::new();
            for poly in &o.polygons {
                for ring in poly {
                    let mut last: Option<(f64, f64)> = None;
                    for (i, &(lon, lat)) in ring.iter().enumerate() {
                        let p = projection.project(lon, lat);
                        // Drop points closer than a pixel to the last one: the outline stays, the page stays small.
                        if let Some(l) = last
                            && (p.0 - l.0).hypot(p.1 - l.1) < 1.5
                            && i + 1 != ring.len()
                        {
                            continue;
                        }
                        let _ = write!(
                            d,
                            "{}{:.1} {:.1}",
                            if last.is_none() { "M" } else { "L" },
                            p.0,
                            p.1
                        );
                        last = Some(p);
                    }
                    d.push('Z');
                }
            }
            Shape { slug: o.slug, d }
        })
        .collect();
    BaseMap { projection, shapes }
});

/// A map of the district, optionally with one Ortsteil highlighted and a pin.
pub struct MapView {
    pub title: String,
    pub highlight: Option<String>,
    pub pin: Option<(f64, f64)>,
}

pub struct MapShape<'a> {
    pub d: &'a str,
    pub highlighted: bool,
}

impl MapView {
    pub fn with_pin(p: LatLon, ortsteil: Option<&str>, title: &str) -> Self {
        let pin = BASE.projection.project(p.lon, p.lat);
        let inside =
            pin.0 >= 0.0 && pin.0 <= WIDTH && pin.1 >= 0.0 && pin.1 <= BASE.projection.height;
        MapView {
            title: title.to_string(),
            highlight: ortsteil.map(str::to_string),
            pin: inside.then_some(pin),
        }
    }

    pub fn of_ortsteil(slug: &str, title: &str) -> Self {
        MapView {
            title: title.to_string(),
            highlight: Some(slug.to_string()),
            pin: None,
        }
    }

    pub fn view_box(&self) -> String {
        format!("0 0 {WIDTH:.0} {:.0}", BASE.projection.height.ceil())
    }

    pub fn shapes(&self) -> Vec<MapShape<'static>> {
        BASE.shapes
            .iter()
            .map(|s| MapShape {
                d: &s.d,
                highlighted: self.highlight.as_deref() == Some(s.slug),
            })
            .collect()
    }

    pub fn pin_x(&self) -> String {
        self.pin.map(|p| format!("{:.1}", p.0)).unwrap_or_default()
    }

    pub fn pin_y(&self) -> String {
        self.pin.map(|p| format!("{:.1}", p.1)).unwrap_or_default()
    }
}
