//! The web crate's layout: no two of its files import each other in a circle. Each file is a node;
//! every `crate::…` or `super::…` path in it is an edge to the file that defines the module the path
//! names. A circle means two parts cannot be understood, changed or moved one without the other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn web_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/web/src")
}

/// Every `.rs` file below `dir`, with its module path (`kit::forms`; the crate root is empty).
fn modules(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let path = e.path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            let mut p = prefix.to_vec();
            p.push(name);
            modules(&path, &p, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let mut p = prefix.to_vec();
            if !(name == "mod" || (name == "lib" && prefix.is_empty())) {
                p.push(name);
            }
            out.insert(p, path);
        }
    }
}

/// Reads the paths of a `use` tree or an inline path after `crate::`: `a::b::{c, d::e}` gives
/// `a::b::c` and `a::b::d::e`.
fn paths_from(text: &[u8], mut i: usize, base: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut path = base;
    loop {
        while i < text.len() && text[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < text.len() && text[i] == b'{' {
            i += 1;
            loop {
                i = paths_from(text, i, path.clone(), out);
                while i < text.len() && (text[i].is_ascii_whitespace() || text[i] == b',') {
                    i += 1;
                }
                if i >= text.len() || text[i] == b'}' {
                    return i + 1;
                }
            }
        }
        let start = i;
        while i < text.len() && (text[i].is_ascii_alphanumeric() || text[i] == b'_') {
            i += 1;
        }
        if start == i {
            out.push(path);
            return i;
        }
        path.push(String::from_utf8_lossy(&text[start..i]).into_owned());
        if text[i..].starts_with(b"::") {
            i += 2;
        } else {
            out.push(path);
            return i;
        }
    }
}

/// The modules a file refers to, as full module paths: `crate::…`, `super::…`, and paths that
/// start with one of its own child modules (`pages::search` in the crate root or an area's mod.rs).
fn references(file_module: &[String], children: &[String], text: &str) -> Vec<Vec<String>> {
    let bytes = text.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        let child = children
            .iter()
            .find(|c| boundary && rest.starts_with(format!("{c}::").as_bytes()));
        if let Some(c) = child {
            let mut base = file_module.to_vec();
            base.push(c.clone());
            i = paths_from(bytes, i + c.len() + 2, base, &mut out);
        } else if boundary && rest.starts_with(b"crate::") {
            i = paths_from(bytes, i + 7, vec![], &mut out);
        } else if boundary && rest.starts_with(b"super::") {
            // `super` of `a/b.rs` (module a::b) is `a`, of `a/mod.rs` (module a) the root.
            let mut base = file_module.to_vec();
            let mut j = i;
            while bytes[j..].starts_with(b"super::") {
                base.pop();
                j += 7;
            }
            i = paths_from(bytes, j, base, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

/// Strongly connected groups of more than one file (Tarjan), each a circle of imports.
fn circles(edges: &BTreeMap<usize, BTreeSet<usize>>, n: usize) -> Vec<Vec<usize>> {
    struct T<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T<'_>, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        let targets: Vec<usize> = t.edges.get(&v).into_iter().flatten().copied().collect();
        for w in targets {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                _ => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut group = vec![];
            while let Some(w) = t.stack.pop() {
                t.on[w] = false;
                group.push(w);
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                t.out.push(group);
            }
        }
    }
    let mut t = T {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: vec![],
        next: 0,
        out: vec![],
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

#[test]
fn no_two_files_of_the_web_crate_import_each_other_in_a_circle() {
    let mut mods = BTreeMap::new();
    modules(&web_src(), &[], &mut mods);
    let list: Vec<(Vec<String>, PathBuf)> = mods.into_iter().collect();
    let index_of = |m: &[String]| -> Option<usize> {
        // The file of the longest module prefix: `kit::forms::Field` lives in `kit/forms.rs`.
        (0..=m.len())
            .rev()
            .find_map(|k| list.iter().position(|(p, _)| p.as_slice() == &m[..k]))
    };
    let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, (module, path)) in list.iter().enumerate() {
        let text = std::fs::read_to_string(path).expect("read source");
        // Tests inside a file may reach anywhere; they are not part of the layout.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let children: Vec<String> = list
            .iter()
            .filter(|(p, _)| p.len() == module.len() + 1 && p.starts_with(module))
            .map(|(p, _)| p[module.len()].clone())
            .collect();
        for r in references(module, &children, text) {
            if let Some(j) = index_of(&r)
                && j != i
            {
                edges.entry(i).or_default().insert(j);
            }
        }
    }
    let found: Vec<Vec<String>> = circles(&edges, list.len())
        .into_iter()
        .map(|g| {
            g.into_iter()
                .map(|i| {
                    list[i]
                        .1
                        .strip_prefix(web_src())
                        .unwrap()
                        .display()
                        .to_string()
                })
                .collect()
        })
        .collect();
    assert!(
        found.is_empty(),
        "files of crates/web/src that import each other in a circle: {found:#?}"
    );
}

#[test]
fn use_trees_are_read_whole() {
    let mut out = vec![];
    let text = b"kit::{ctx::Ctx, error::{WebError, Rendered}}, x";
    paths_from(text, 0, vec![], &mut out);
    let joined: Vec<String> = out.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        joined,
        [
            "kit::ctx::Ctx",
            "kit::error::WebError",
            "kit::error::Rendered"
        ]
    );
    let refs = references(
        &["directory".into(), "search".into()],
        &[],
        "use super::views::Card; let x = crate::state::AppState::new();",
    );
    let joined: Vec<String> = refs.iter().map(|p| p.join("::")).collect();
    assert_eq!(joined, ["directory::views::Card", "state::AppState::new"]);
    // In an area's mod.rs, its own child modules; a crate of the same name elsewhere is not one.
    let refs = references(
        &["events".into()],
        &["pages".into()],
        "get(pages::calendar); use wegweiser_domain::pages::X;",
    );
    let joined: Vec<String> = refs.iter().map(|p| p.join("::")).collect();
    assert_eq!(joined, ["events::pages::calendar"]);
}
