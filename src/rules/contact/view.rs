//! Normalised views of a text for matching, each byte mapped back to the original.
//!
//! People hide contact details from filters with look-alike characters (full-width `＠`,
//! `．`, other scripts' digits), invisible characters (zero-width spaces, soft hyphens) and
//! words (`at`, `arroba`, `Punkt`, number words). A [`View`] rewrites those to one plain
//! form so that one rule covers every spelling, and keeps for each byte of the rewritten text
//! the byte range of the original it came from, so a finding reports the text as written.

use regex::{Captures, Regex};

/// A rewritten text and, for each of its bytes, the original byte range it stands for.
pub struct View<'a> {
    pub text: String,
    original: &'a str,
    /// `None` when the view is the original text unchanged.
    map: Option<Vec<(u32, u32)>>,
}

impl<'a> View<'a> {
    /// The original byte range behind `start..end` of the view.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            None => (start, end),
            Some(map) => {
                let s = map[start].0 as usize;
                let e = map[end.max(start + 1) - 1].1 as usize;
                (s, e.max(s))
            }
        }
    }

    /// Whether `start..end` of the view differs from the original text there.
    pub fn rewritten(&self, start: usize, end: usize) -> bool {
        let (s, e) = self.original_span(start, end);
        self.map.is_some() && self.original.get(s..e) != self.text.get(start..end)
    }

    /// This view rewritten once more by `rules`, still mapped back to the original text.
    pub fn then(&self, rules: &Regex, replace: impl Fn(&Captures) -> Option<String>) -> View<'a> {
        let inner = View::build(&self.text, Some(rules), replace);
        let map = (0..inner.text.len())
            .map(|i| {
                let (s, e) = inner.original_span(i, i + 1);
                let (s, e) = self.original_span(s, e.max(s + 1));
                (s as u32, e as u32)
            })
            .collect();
        View {
            text: inner.text,
            original: self.original,
            map: Some(map),
        }
    }

    /// The view with look-alike characters folded and invisible ones removed, then every
    /// match of `rules` replaced by what `replace` returns for it (`None` keeps the match).
    pub fn build(
        original: &'a str,
        rules: Option<&Regex>,
        replace: impl Fn(&Captures) -> Option<String>,
    ) -> View<'a> {
        // The common case: plain ASCII text where no rule applies costs one scan.
        let folded_needed = !original.is_ascii();
        let any_rule = rules.is_some_and(|r| r.is_match(original));
        if !folded_needed && !any_rule {
            return View {
                text: original.to_string(),
                original,
                map: None,
            };
        }
        // Step 1: fold characters, keeping each output byte's source range.
        let mut folded = String::with_capacity(original.len());
        let mut fmap: Vec<(u32, u32)> = Vec::with_capacity(original.len());
        for (i, c) in original.char_indices() {
            let end = (i + c.len_utf8()) as u32;
            if let Some(out) = fold(c) {
                let before = folded.len();
                folded.push(out);
                for _ in before..folded.len() {
                    fmap.push((i as u32, end));
                }
            }
        }
        let Some(rules) = rules else {
            return View {
                text: folded,
                original,
                map: Some(fmap),
            };
        };
        // Step 2: rewrite the rules' matches.
        let mut text = String::with_capacity(folded.len());
        let mut map = Vec::with_capacity(folded.len());
        let mut last = 0;
        for caps in rules.captures_iter(&folded) {
            let m = caps.get(0).expect("whole match");
            let Some(with) = replace(&caps) else {
                continue;
            };
            text.push_str(&folded[last..m.start()]);
            map.extend_from_slice(&fmap[last..m.start()]);
            let src = (fmap[m.start()].0, fmap[m.end().max(m.start() + 1) - 1].1);
            text.push_str(&with);
            map.extend(std::iter::repeat_n(src, with.len()));
            last = m.end();
        }
        text.push_str(&folded[last..]);
        map.extend_from_slice(&fmap[last..]);
        View {
            text,
            original,
            map: Some(map),
        }
    }
}

/// Look-alike characters to their plain form; invisible characters to nothing.
fn fold(c: char) -> Option<char> {
    match c {
        // Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen.
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
        // Full-width ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' | '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' => Some(' '),
        '\u{FE6B}' => Some('@'),
        '\u{3002}' | '\u{FF61}' | '\u{2024}' => Some('.'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Some('-'),
        // Other scripts' decimal digits: Arabic-Indic, Eastern Arabic, Devanagari, Bengali.
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32),
        '\u{0966}'..='\u{096F}' => char::from_u32(c as u32 - 0x0966 + '0' as u32),
        '\u{09E6}'..='\u{09EF}' => char::from_u32(c as u32 - 0x09E6 + '0' as u32),
        // Circled and mathematical digits people paste to dodge filters.
        '\u{2460}'..='\u{2468}' => char::from_u32(c as u32 - 0x2460 + '1' as u32),
        '\u{24EA}' => Some('0'),
        '\u{1D7CE}'..='\u{1D7FF}' => char::from_u32((c as u32 - 0x1D7CE) % 10 + '0' as u32),
        _ => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_rewritten_bytes_back_to_the_original() {
        let rules = Regex::new(r"(?i)\s+at\s+").unwrap();
        let text = "dana\u{200B}r at ｇmail";
        let v = View::build(text, Some(&rules), |_| Some("@".into()));
        assert_eq!(v.text, "danar@gmail");
        let (s, e) = v.original_span(0, v.text.len());
        assert_eq!(&text[s..e], text);
        assert!(v.rewritten(0, v.text.len()));
        let plain = View::build("plain text", Some(&rules), |_| Some("@".into()));
        assert!(!plain.rewritten(0, 5));
        assert_eq!(plain.original_span(2, 4), (2, 4));
    }
}
