//! Synonym rules the coordinator maintains, in the familiar Solr notation:
//! `kita, kindertagesstätte, kindergarten` (all equal) or `hartz iv => bürgergeld` (one way).

use crate::analysis::words;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Phrases (folded words) that trigger the rule.
    pub from: Vec<Vec<String>>,
    /// Phrases the query is widened with.
    pub to: Vec<Vec<String>>,
}

pub fn parse_rule(line: &str) -> Result<Rule, String> {
    let phrases = |s: &str| -> Vec<Vec<String>> {
        s.split(',').map(words).filter(|w| !w.is_empty()).collect()
    };
    let rule = match line.split_once("=>") {
        Some((a, b)) => Rule {
            from: phrases(a),
            to: phrases(b),
        },
        None => {
            let all = phrases(line);
            Rule {
                from: all.clone(),
                to: all,
            }
        }
    };
    if rule.from.is_empty() || rule.to.is_empty() || (rule.from == rule.to && rule.from.len() < 2) {
        return Err(format!("a synonym rule needs at least two terms: {line:?}"));
    }
    Ok(rule)
}

#[derive(Clone, Debug, Default)]
pub struct Synonyms {
    rules: Vec<Rule>,
}

/// One unit of a query: a word, or a phrase that a rule matched, with what it may also mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryUnit {
    pub words: Vec<String>,
    pub alternatives: Vec<Vec<String>>,
}

impl Synonyms {
    /// Rules that do not parse are left out (the back office validates them before saving).
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        Synonyms {
            rules: lines
                .into_iter()
                .filter_map(|l| parse_rule(l).ok())
                .collect(),
        }
    }

    pub fn add_rule(&mut self, rule: Rule) {
        self.rules.push(rule);
    }

    /// Splits folded query words into units; the longest matching phrase wins.
    pub fn units(&self, query: &[String]) -> Vec<QueryUnit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < query.len() {
            let mut best: Option<(usize, Vec<Vec<String>>)> = None;
            for rule in &self.rules {
                for phrase in &rule.from {
                    let n = phrase.len();
                    if n > 0
                        && i + n <= query.len()
                        && query[i..i + n] == phrase[..]
                        && best.as_ref().is_none_or(|(m, _)| n > *m)
                    {
                        let alts = rule.to.iter().filter(|p| *p != phrase).cloned().collect();
                        best = Some((n, alts));
                    }
                }
            }
            match best {
                Some((n, alternatives)) => {
                    // Several rules may match the same phrase: merge their alternatives.
                    let mut alternatives: Vec<Vec<String>> = alternatives;
                    for rule in &self.rules {
                        if rule.from.iter().any(|p| p[..] == query[i..i + n]) {
                            for p in &rule.to {
                                if p[..] != query[i..i + n] && !alternatives.contains(p) {
                                    alternatives.push(p.clone());
                                }
                            }
                        }
                    }
                    out.push(QueryUnit {
                        words: query[i..i + n].to_vec(),
                        alternatives,
                    });
                    i += n;
                }
                None => {
                    out.push(QueryUnit {
                        words: vec![query[i].clone()],
                        alternatives: vec![],
                    });
                    i += 1;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        words(s)
    }

    #[test]
    fn equal_and_one_way_rules() {
        let s = Synonyms::from_lines([
            "Kita, Kindertagesstätte, Kindergarten",
            "Hartz IV => Bürgergeld",
            "nonsense",
        ]);
        let u = s.units(&w("kita lichtenberg"));
        assert_eq!(
            u[0].alternatives,
            [w("kindertagesstatte"), w("kindergarten")]
        );
        assert!(u[1].alternatives.is_empty());
        let u = s.units(&w("hartz iv antrag"));
        assert_eq!(u.len(), 2);
        assert_eq!(u[0].words, w("hartz iv"));
        assert_eq!(u[0].alternatives, [w("burgergeld")]);
        // One way only: Bürgergeld does not widen to Hartz IV.
        assert!(s.units(&w("burgergeld"))[0].alternatives.is_empty());
        assert!(parse_rule("kita").is_err());
    }
}
