//! `--jq EXPR`: filters the JSON a command prints with jq's language, through the jaq crates.
//!
//! A list is one JSON array and the expression runs once over it; with `-o ndjson` it runs once
//! per record, on a one-element array, so `.[] | …` gives the same lines without holding the
//! list in memory. Strings print raw (as `jq -r`), other values as compact JSON, one a line.

use std::io::Write;

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data};
use jaq_json::Val;

use crate::error::{Error, Result};

/// A compiled expression.
pub struct Jq {
    filter: jaq_core::Filter<data::JustLut<Val>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

/// Where `part` (a slice of `code`) starts, counted in characters from 1.
fn position(code: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize)
        .saturating_sub(code.as_ptr() as usize)
        .min(code.len());
    code[..offset].chars().count() + 1
}

fn bad(code: &str, at: usize, what: &str) -> Error {
    Error::usage(format!("--jq: {what} at character {at} of '{code}'")).detail("position", at)
}

impl Jq {
    /// Parses and compiles `code`; a mistake is exit 2 naming where it is.
    pub fn compile(code: &str) -> Result<Jq> {
        use jaq_core::load::Error as LoadError;
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let modules = Loader::new(defs)
            .load(&arena, File { code, path: () })
            .map_err(|errors| {
                let first = errors.into_iter().next().map(|(_, e)| e);
                match first {
                    Some(LoadError::Lex(errs)) => match errs.first() {
                        Some((expect, at)) => bad(
                            code,
                            position(code, at),
                            &format!("expected {}", expect.as_str()),
                        ),
                        None => bad(code, 1, "a mistake"),
                    },
                    Some(LoadError::Parse(errs)) => match errs.first() {
                        Some((expect, at)) => {
                            let found = if at.is_empty() {
                                "the end".to_string()
                            } else {
                                format!("'{}'", at.chars().take(12).collect::<String>())
                            };
                            bad(
                                code,
                                position(code, at),
                                &format!("expected {}, found {found}", expect.as_str()),
                            )
                        }
                        None => bad(code, 1, "a mistake"),
                    },
                    Some(LoadError::Io(errs)) => bad(
                        code,
                        1,
                        &errs
                            .first()
                            .map_or("a module that cannot be read".into(), |(_, e)| e.clone()),
                    ),
                    None => bad(code, 1, "a mistake"),
                }
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let first = errors.into_iter().flat_map(|(_, errs)| errs).next();
                match first {
                    Some((name, undefined)) => bad(
                        code,
                        position(code, name),
                        &format!("undefined {} '{name}'", undefined.as_str()),
                    ),
                    None => bad(code, 1, "a mistake"),
                }
            })?;
        Ok(Jq { filter })
    }

    /// Runs the expression on one JSON document and writes what it yields.
    pub fn run(&self, json: &[u8], out: &mut impl Write) -> Result<()> {
        self.run_limited(json, out, usize::MAX)
    }

    /// [`Jq::run`], stopping after `limit` outputs.
    pub fn run_limited(&self, json: &[u8], out: &mut impl Write, limit: usize) -> Result<()> {
        let input = jaq_json::read::parse_single(json)
            .map_err(|e| Error::internal(format!("--jq: the output is not JSON: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let pp = jaq_json::write::Pp::default();
        for value in self.filter.id.run((ctx, input)).take(limit) {
            // `halt` ends the output (as in jq) and `halt_error` fails the run; neither ends
            // the process there, which jaq's own unwrapping would do, with jq's exit codes
            // rather than lancer's.
            let value = match value.map_err(jaq_core::Exn::get_err) {
                Ok(v) => v,
                Err(Ok(e)) => return Err(Error::usage(format!("--jq: {e}"))),
                Err(Err(halt)) => match halt.get_halt() {
                    Ok(0) => break,
                    Ok(code) => {
                        return Err(Error::usage(format!(
                            "--jq: halt_error stopped the output (code {code})"
                        )));
                    }
                    Err(_) => return Err(Error::internal("--jq: an unexpected exception")),
                },
            };
            match value {
                Val::TStr(s) => out.write_all(&s)?,
                v => jaq_json::write::write(out, &pp, 0, &v)?,
            }
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(code: &str, json: &str) -> String {
        let mut out = Vec::new();
        Jq::compile(code)
            .unwrap()
            .run(json.as_bytes(), &mut out)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn halt_ends_the_output_and_halt_error_fails_without_ending_the_process() {
        let list = r#"[{"id":1},{"id":2}]"#;
        assert_eq!(run(".[0].id, halt, .[1].id", list), "1\n");
        let mut out = Vec::new();
        let e = Jq::compile(r#""stop" | halt_error"#)
            .unwrap()
            .run(list.as_bytes(), &mut out)
            .unwrap_err();
        assert_eq!(e.exit_code(), 2, "{}", e.message);
    }

    #[test]
    fn filters_like_jq() {
        let list = r#"[{"id":1,"score":70,"t":"a"},{"id":2,"score":40,"t":"b"}]"#;
        assert_eq!(run(".[] | select(.score > 60) | .id", list), "1\n");
        assert_eq!(run("map(.t)", list), "[\"a\",\"b\"]\n");
        assert_eq!(run(".[].t", list), "a\nb\n");
        assert_eq!(run("length", list), "2\n");
    }

    #[test]
    fn mistakes_name_their_position() {
        let e = Jq::compile(".[] | select(.score >").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("character"), "{}", e.message);
        let e = Jq::compile(".[] | nosuchthing").unwrap_err();
        assert!(e.message.contains("undefined"), "{}", e.message);
        assert!(e.message.contains("character 7"), "{}", e.message);
    }
}
