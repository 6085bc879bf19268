//! Questions for a person at a terminal (dialoguer). Callers ask only when `Ctx::interactive`;
//! without a terminal a missing value is a usage error naming its flag, never a wait.

use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Editor, Input, Select};

use crate::error::{Error, ErrorKind, Result};

fn cancelled() -> Error {
    Error::new(ErrorKind::Cancelled, "cancelled")
}

fn map(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => cancelled(),
        dialoguer::Error::IO(io) => Error::internal(format!("cannot prompt: {io}")),
    }
}

/// The error for a value that is missing when no one can be asked.
pub fn missing(flag: &str, what: &str) -> Error {
    Error::usage(format!("{what} is missing: pass {flag}"))
        .detail("argument", flag)
        .hint("lancer asks for missing values only on a terminal; scripts pass them as flags")
}

/// A reason given by flag; else, on a terminal, picked from the list (shown by `label`);
/// else a usage error naming `--reason` and its choices.
pub fn reason<T: crate::rules::Slug>(
    given: Option<T>,
    interactive: bool,
    question: &str,
    label: impl Fn(T) -> &'static str,
    what: &str,
) -> Result<T> {
    if let Some(r) = given {
        return Ok(r);
    }
    let all = T::all();
    if !interactive {
        let choices: Vec<&str> = all.iter().map(|r| r.slug()).collect();
        return Err(missing(&format!("--reason ({})", choices.join(", ")), what));
    }
    let labels: Vec<&str> = all.iter().map(|r| label(*r)).collect();
    Ok(all[select(question, &labels)?])
}

/// Picks one of `items`; returns its index.
pub fn select(prompt: &str, items: &[&str]) -> Result<usize> {
    Select::with_theme(&ColorfulTheme::default())
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact_opt()
        .map_err(map)?
        .ok_or_else(cancelled)
}

/// A line of text, with an optional default.
pub fn input(prompt: &str, default: Option<String>) -> Result<String> {
    let theme = ColorfulTheme::default();
    let mut q = Input::<String>::with_theme(&theme).with_prompt(prompt);
    if let Some(d) = default {
        q = q.default(d);
    }
    q.interact_text().map_err(map)
}

/// Longer text in the person's editor.
pub fn editor(template: &str) -> Result<String> {
    Editor::new()
        .edit(template)
        .map_err(map)?
        .ok_or_else(cancelled)
}

/// Yes or no; no (or Escape) cancels with exit 130.
pub fn confirm(prompt: &str) -> Result<()> {
    let yes = Confirm::with_theme(&ColorfulTheme::default())
        .with_prompt(prompt)
        .default(false)
        .interact_opt()
        .map_err(map)?;
    if yes == Some(true) {
        Ok(())
    } else {
        Err(cancelled())
    }
}
