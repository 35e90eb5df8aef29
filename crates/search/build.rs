//! Builds the German word list into a finite-state set at build time: the list is Debian's
//! `wngerman` (igerman98, GPL-2+), shipped as `data/ngerman.gz`; each word is folded exactly as the
//! search folds text (`src/fold.rs`), so a lookup is one pass over the bytes and nothing is parsed
//! at start-up.

use std::io::Read;

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=data/ngerman.gz");
    println!("cargo::rerun-if-changed=src/fold.rs");
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open("data/ngerman.gz")?)
        .read_to_string(&mut text)?;
    let mut words: Vec<String> = text
        .lines()
        .map(|w| fold::fold(w).trim().to_string())
        // A folded word with a space was several (abbreviations with dots, apostrophes).
        .filter(|w| w.chars().count() >= 3 && !w.contains(' '))
        .collect();
    words.sort_unstable();
    words.dedup();
    let set = fst::Set::from_iter(words.iter())?;
    let out = std::path::Path::new(&std::env::var("OUT_DIR")?).join("de-words.fst");
    std::fs::write(out, set.as_fst().as_bytes())?;
    Ok(())
}
