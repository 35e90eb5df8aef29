//! The Ortsteile of Lichtenberg: names, slugs, postcodes and polygons from shipped geodata.

use std::sync::LazyLock;

use serde::Deserialize;

/// A point in WGS84 degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

pub struct Ortsteil {
    /// Official number (1101 …).
    pub number: u16,
    pub slug: &'static str,
    pub name: &'static str,
    /// Main postcodes, by share of the area (largest first).
    pub postcodes: &'static [&'static str],
    /// A point inside the polygon, for labels and as a fallback position.
    pub label: LatLon,
    /// Outer rings with holes: `polygons[i][0]` is the outer ring, the rest are holes. (lon, lat) pairs.
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

struct Meta {
    number: u16,
    slug: &'static str,
    name: &'static str,
    postcodes: &'static [&'static str],
    label: LatLon,
}

// From the fixture CSV (label points are guaranteed inside the polygon).
const META: &[Meta] = &[
    Meta {
        number: 1101,
        slug: "friedrichsfelde",
        name: "Friedrichsfelde",
        postcodes: &["10319", "10315"],
        label: LatLon {
            lat: 52.50261,
            lon: 13.51781,
        },
    },
    Meta {
        number: 1102,
        slug: "karlshorst",
        name: "Karlshorst",
        postcodes: &["10318"],
        label: LatLon {
            lat: 52.48312,
            lon: 13.52518,
        },
    },
    Meta {
        number: 1103,
        slug: "lichtenberg",
        name: "Lichtenberg",
        postcodes: &["10365", "10367"],
        label: LatLon {
            lat: 52.52065,
            lon: 13.49572,
        },
    },
    Meta {
        number: 1104,
        slug: "falkenberg",
        name: "Falkenberg",
        postcodes: &["13057"],
        label: LatLon {
            lat: 52.57685,
            lon: 13.55266,
        },
    },
    Meta {
        number: 1106,
        slug: "malchow",
        name: "Malchow",
        postcodes: &["13051"],
        label: LatLon {
            lat: 52.57779,
            lon: 13.48904,
        },
    },
    Meta {
        number: 1107,
        slug: "wartenberg",
        name: "Wartenberg",
        postcodes: &["13059", "13051"],
        label: LatLon {
            lat: 52.58339,
            lon: 13.51728,
        },
    },
    Meta {
        number: 1109,
        slug: "neu-hohenschoenhausen",
        name: "Neu-Hohenschönhausen",
        postcodes: &["13051", "13057", "13059", "13053"],
        label: LatLon {
            lat: 52.5669,
            lon: 13.51238,
        },
    },
    Meta {
        number: 1110,
        slug: "alt-hohenschoenhausen",
        name: "Alt-Hohenschönhausen",
        postcodes: &["13053", "13055"],
        label: LatLon {
            lat: 52.54865,
            lon: 13.50425,
        },
    },
    Meta {
        number: 1111,
        slug: "fennpfuhl",
        name: "Fennpfuhl",
        postcodes: &["10369", "10367"],
        label: LatLon {
            lat: 52.53161,
            lon: 13.47386,
        },
    },
    Meta {
        number: 1112,
        slug: "rummelsburg",
        name: "Rummelsburg",
        postcodes: &["10317", "10315", "10318"],
        label: LatLon {
            lat: 52.49859,
            lon: 13.48383,
        },
    },
];

const GEOJSON: &str = include_str!("../data/lichtenberg_ortsteile.geojson");

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}
#[derive(Deserialize)]
struct Feature {
    properties: Props,
    geometry: Geometry,
}
#[derive(Deserialize)]
struct Props {
    spatial_name: String,
}
#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Vec<(f64, f64)>>),
    MultiPolygon(Vec<Vec<Vec<(f64, f64)>>>),
}

static ORTSTEILE: LazyLock<Vec<Ortsteil>> = LazyLock::new(|| {
    // The file is compiled in and checked by a test, so a parse failure cannot reach users;
    // an empty set of polygons still leaves names and slugs usable.
    let fc: FeatureCollection =
        serde_json::from_str(GEOJSON).unwrap_or(FeatureCollection { features: vec![] });
    META.iter()
        .map(|m| {
            let polygons = fc
                .features
                .iter()
                .filter(|f| f.properties.spatial_name == m.number.to_string())
                .flat_map(|f| match &f.geometry {
                    Geometry::Polygon(p) => vec![p.clone()],
                    Geometry::MultiPolygon(mp) => mp.clone(),
                })
                .collect();
            Ortsteil {
                number: m.number,
                slug: m.slug,
                name: m.name,
                postcodes: m.postcodes,
                label: m.label,
                polygons,
            }
        })
        .collect()
});

/// All ten Ortsteile, in official order.
pub fn ortsteile() -> &'static [Ortsteil] {
    &ORTSTEILE
}

pub fn ortsteil_by_slug(slug: &str) -> Option<&'static Ortsteil> {
    ortsteile().iter().find(|o| o.slug == slug)
}

fn ring_contains(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    let mut inside = false;
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

impl Ortsteil {
    pub fn contains(&self, p: LatLon) -> bool {
        self.polygons.iter().any(|poly| {
            poly.first()
                .is_some_and(|outer| ring_contains(outer, p.lon, p.lat))
                && !poly[1..]
                    .iter()
                    .any(|hole| ring_contains(hole, p.lon, p.lat))
        })
    }
}

/// The Ortsteil a point lies in, if it lies in Lichtenberg at all.
pub fn ortsteil_at(p: LatLon) -> Option<&'static Ortsteil> {
    ortsteile().iter().find(|o| o.contains(p))
}

/// The main Ortsteil of each Lichtenberg postcode, chosen from the postcode shares in the fact sheet
/// (shared facts, A3); a postcode can span several Ortsteile, so this is the distance origin, not a rule.
const POSTCODE_ORTSTEIL: &[(&str, &str)] = &[
    ("10315", "friedrichsfelde"),
    ("10317", "rummelsburg"),
    ("10318", "karlshorst"),
    ("10319", "friedrichsfelde"),
    ("10365", "lichtenberg"),
    ("10367", "lichtenberg"),
    ("10369", "fennpfuhl"),
    ("13051", "neu-hohenschoenhausen"),
    ("13053", "alt-hohenschoenhausen"),
    ("13055", "alt-hohenschoenhausen"),
    ("13057", "falkenberg"),
    ("13059", "wartenberg"),
];

fn simple(s: &str) -> String {
    s.to_lowercase()
        .replace('ö', "oe")
        .replace('ä', "ae")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .replace(' ', "-")
}

/// A place a parent names: a Lichtenberg postcode, an Ortsteil slug or an Ortsteil name.
pub fn place(input: &str) -> Option<(&'static str, LatLon)> {
    let input = input.trim();
    let slug = POSTCODE_ORTSTEIL
        .iter()
        .find(|(pc, _)| *pc == input)
        .map(|(_, s)| *s)
        .or_else(|| {
            ortsteile()
                .iter()
                .find(|o| o.slug == simple(input) || simple(o.name) == simple(input))
                .map(|o| o.slug)
        })?;
    ortsteil_by_slug(slug).map(|o| (o.slug, o.label))
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Distances from one point within a city: the flat-earth approximation, exact to well under 1 %
/// over a few dozen kilometres, without a sine per comparison (search sorts thousands of offers).
#[derive(Clone, Copy, Debug)]
pub struct LocalDistance {
    origin: LatLon,
    cos_lat: f64,
}

impl LocalDistance {
    pub fn from(origin: LatLon) -> Self {
        LocalDistance {
            origin,
            cos_lat: origin.lat.to_radians().cos(),
        }
    }

    pub fn km(&self, p: LatLon) -> f64 {
        let x = (p.lon - self.origin.lon).to_radians() * self.cos_lat;
        let y = (p.lat - self.origin.lat).to_radians();
        6371.0 * (x * x + y * y).sqrt()
    }
}

/// Bounding box of the district: (min_lon, min_lat, max_lon, max_lat).
pub fn district_bounds() -> (f64, f64, f64, f64) {
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for o in ortsteile() {
        for poly in &o.polygons {
            for &(x, y) in poly.iter().flatten() {
                b.0 = b.0.min(x);
                b.1 = b.1.min(y);
                b.2 = b.2.max(x);
                b.3 = b.3.max(y);
            }
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_ten_ortsteile_have_polygons() {
        assert_eq!(ortsteile().len(), 10);
        for o in ortsteile() {
            assert!(!o.polygons.is_empty(), "{} has no polygon", o.name);
            assert!(
                o.contains(o.label),
                "label point of {} lies outside",
                o.name
            );
        }
    }

    #[test]
    fn places_by_postcode_slug_or_name() {
        assert_eq!(place("10369").map(|p| p.0), Some("fennpfuhl"));
        assert_eq!(
            place("Neu-Hohenschönhausen").map(|p| p.0),
            Some("neu-hohenschoenhausen")
        );
        assert_eq!(place("karlshorst").map(|p| p.0), Some("karlshorst"));
        assert!(place("10115").is_none());
        let km = distance_km(
            LatLon {
                lat: 52.5,
                lon: 13.4,
            },
            LatLon {
                lat: 52.6,
                lon: 13.4,
            },
        );
        assert!((km - 11.1).abs() < 0.1, "{km}");
    }

    #[test]
    fn known_addresses_fall_into_their_ortsteil() {
        // Große-Leege-Straße 103 (Jugendamt): Alt-Hohenschönhausen.
        let p = LatLon {
            lat: 52.5497,
            lon: 13.5031,
        };
        assert_eq!(
            ortsteil_at(p).map(|o| o.slug),
            Some("alt-hohenschoenhausen")
        );
        // Alexanderplatz is not in Lichtenberg.
        assert!(
            ortsteil_at(LatLon {
                lat: 52.5219,
                lon: 13.4132
            })
            .is_none()
        );
    }

    #[test]
    fn local_distance_matches_great_circle_within_berlin() {
        let alex = LatLon {
            lat: 52.5219,
            lon: 13.4132,
        };
        let d = LocalDistance::from(alex);
        for p in [
            LatLon {
                lat: 52.5155,
                lon: 13.4983,
            }, // Lichtenberg
            LatLon {
                lat: 52.4330,
                lon: 13.2300,
            }, // Zehlendorf
            LatLon {
                lat: 52.6300,
                lon: 13.3100,
            }, // Reinickendorf
        ] {
            let exact = distance_km(alex, p);
            assert!(
                (d.km(p) - exact).abs() / exact < 0.005,
                "{} vs {exact}",
                d.km(p)
            );
        }
    }
}
