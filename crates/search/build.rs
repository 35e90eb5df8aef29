//! Builds the German word list into finite-state sets at build time: the list is Debian's
//! `wngerman` (igerman98, GPL-2+), shipped as `data/ngerman.gz`, with the stems of the same
//! dictionary for Hunspell (`hunspell-de-de`, `data/de_DE.dic.gz`); each word is folded exactly as the
//! search folds text (`src/fold.rs`), so a lookup is one pass over the bytes and nothing is parsed
//! at start-up.

use std::io::Read;

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=data/ngerman.gz");
    println!("cargo::rerun-if-changed=data/de_DE.dic.gz");
    println!("cargo::rerun-if-changed=src/fold.rs");
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open("data/ngerman.gz")?)
        .read_to_string(&mut text)?;
    // The same dictionary's Hunspell stems (`hunspell-de-de`): the word list lacks some base
    // forms it has ("Platz", "Sucht"). Line one is a count, tab-indented lines are comments.
    let mut dic = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open("data/de_DE.dic.gz")?)
        .read_to_string(&mut dic)?;
    for line in dic.lines().skip(1).filter(|l| !l.starts_with('\t')) {
        if let Some(stem) = line.split('/').next() {
            text.push('\n');
            text.push_str(stem.trim());
        }
    }
    let out_dir = std::env::var("OUT_DIR")?;
    // Every form, and the nouns (German capitalises them): a compound's head must be a noun, so
    // "freigegeben" is not split into "frei" and "gegeben".
    for (file, nouns_only) in [("de-words.fst", false), ("de-nouns.fst", true)] {
        let mut words: Vec<String> = text
            .lines()
            .filter(|w| !nouns_only || w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| fold::fold(w).trim().to_string())
            // A folded word with a space was several (abbreviations with dots, apostrophes).
            .filter(|w| w.chars().count() >= 3 && !w.contains(' '))
            .collect();
        words.sort_unstable();
        words.dedup();
        let set = fst::Set::from_iter(words.iter())?;
        std::fs::write(
            std::path::Path::new(&out_dir).join(file),
            set.as_fst().as_bytes(),
        )?;
    }
    Ok(())
}
