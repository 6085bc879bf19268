//! The error kinds of lancer and the exit code each one maps to (SPEC §3 "Errors").

use std::fmt;

use serde_json::{Map, Value, json};

/// What went wrong, which decides the process exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or an unexpected failure: exit 1.
    Internal,
    /// Bad flag, bad value, malformed input file: exit 2.
    Usage,
    /// No record with that id or uid: exit 3.
    NotFound,
    /// A marketplace rule refused the action: exit 4.
    Refused,
    /// The store cannot be opened, is locked, corrupt, too new or read-only: exit 5.
    Store,
    /// The person cancelled at a prompt: exit 130.
    Cancelled,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Refused => 4,
            ErrorKind::Store => 5,
            ErrorKind::Cancelled => 130,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Usage => "usage",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Refused => "refused",
            ErrorKind::Store => "store",
            ErrorKind::Cancelled => "cancelled",
        }
    }
}

/// An error a command returns: its kind, a one-line message, optional hints for a person
/// and optional structured details for scripts (merged into the JSON error object).
#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    /// Hints and details, boxed so that `Result<T, Error>` stays small on the happy path.
    extra: Option<Box<Extra>>,
    /// For a server's failure: whether running the change again may succeed.
    pub server: Option<ServerFailure>,
}

/// What a PostgreSQL server's failure means for the change that met it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerFailure {
    /// A serialization failure or deadlock: run it again.
    Conflict,
    /// The connection is gone or the server takes no writes (failover).
    Unavailable,
    /// Anything else.
    Other,
}

#[derive(Debug, Default)]
struct Extra {
    hints: Vec<String>,
    details: Map<String, Value>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            extra: None,
            server: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::NotFound, message)
    }

    pub fn refused(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Refused, message)
    }

    pub fn store(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Store, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Internal, message)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.extra.get_or_insert_default().hints.push(hint.into());
        self
    }

    pub fn detail(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.extra
            .get_or_insert_default()
            .details
            .insert(key.to_string(), value.into());
        self
    }

    pub fn hints(&self) -> &[String] {
        self.extra
            .as_ref()
            .map(|e| e.hints.as_slice())
            .unwrap_or_default()
    }

    pub fn details(&self) -> Option<&Map<String, Value>> {
        self.extra.as_ref().map(|e| &e.details)
    }

    /// Writes the error on stderr for a script (a JSON object) or a person (`error:` and
    /// `hint:` lines, coloured when `colour`).
    pub fn print(&self, json: bool, colour: bool) {
        if json {
            crate::errln!("{}", self.to_json());
            return;
        }
        // Bold red `error:`, cyan `hint:` on a terminal (or with --color always).
        let (error, hint) = if colour {
            ("\x1b[1;31merror:\x1b[0m", "\x1b[36mhint:\x1b[0m")
        } else {
            ("error:", "hint:")
        };
        // A message may quote what was typed or stored: its control characters show as text.
        let show = crate::output::visible;
        crate::errln!("{error} {}", show(&self.message));
        for h in self.hints() {
            crate::errln!("{hint} {}", show(h));
        }
    }

    /// The worst of several failures: the highest exit code.
    pub fn worst(errors: &[Error]) -> Option<ErrorKind> {
        errors.iter().map(|e| e.kind).max_by_key(|k| k.exit_code())
    }

    /// The output pipe closed (`lancer … | head -1`): not an error for the user.
    pub fn is_broken_pipe(&self) -> bool {
        self.details()
            .is_some_and(|d| d.contains_key("broken_pipe"))
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The `{"error":{…}}` object printed on stderr in json/ndjson mode.
    pub fn to_json(&self) -> Value {
        let mut inner = Map::new();
        inner.insert("kind".into(), json!(self.kind.slug()));
        inner.insert("message".into(), json!(self.message));
        inner.insert("exit_code".into(), json!(self.exit_code()));
        if !self.hints().is_empty() {
            inner.insert("hints".into(), json!(self.hints()));
        }
        for (k, v) in self.details().into_iter().flatten() {
            inner.insert(k.clone(), v.clone());
        }
        json!({ "error": inner })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(ErrorKind::Internal, "broken pipe").detail("broken_pipe", true);
        }
        Error::internal(format!("i/o error: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Error::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        }
        Error::internal(format!("json error: {e}"))
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::from(io),
            other => Error::internal(format!("csv error: {other:?}")),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let Some(f) = crate::store::db::pg_failure(&e) {
            let (kind, message, failure) = if f.retryable() {
                (
                    ErrorKind::Store,
                    format!("the change met a concurrent one and could not be completed ({f})"),
                    ServerFailure::Conflict,
                )
            } else if f.unavailable() {
                (
                    ErrorKind::Store,
                    format!("lost the PostgreSQL server ({f})"),
                    ServerFailure::Unavailable,
                )
            } else if f.code.as_deref() == Some("55P03") {
                let mut err = Error::store(format!(
                    "the store is locked by another lancer process and stayed locked past the busy timeout ({f})"
                ))
                .hint("raise LANCER_BUSY_TIMEOUT_MS, or wait for the other process to finish");
                err.server = Some(ServerFailure::Other);
                return err;
            } else if f.environmental() {
                (
                    ErrorKind::Store,
                    format!("the PostgreSQL server stopped the work ({f})"),
                    ServerFailure::Other,
                )
            } else {
                (
                    ErrorKind::Internal,
                    format!("database error: {f}"),
                    ServerFailure::Other,
                )
            };
            let mut err = Error::new(kind, message);
            err.server = Some(failure);
            return err;
        }
        if let rusqlite::Error::SqliteFailure(f, msg) = &e {
            let text = msg.clone().unwrap_or_else(|| f.to_string());
            let message = match f.code {
                C::DatabaseBusy | C::DatabaseLocked => Some(format!(
                    "the store is locked by another lancer process and stayed locked past the busy timeout ({text})"
                )),
                C::NotADatabase => Some(format!("the file is not a lancer store ({text})")),
                C::DatabaseCorrupt => Some(format!("the store is corrupt ({text})")),
                C::ReadOnly => Some(format!("the store is read-only ({text})")),
                C::CannotOpen => Some(format!("cannot open the store ({text})")),
                C::DiskFull => Some(format!("the disk is full ({text})")),
                C::PermissionDenied => Some(format!("permission denied ({text})")),
                C::SystemIoFailure => Some(format!("i/o failure in the store ({text})")),
                C::FileLockingProtocolFailed => Some(format!("cannot lock the store ({text})")),
                _ => None,
            };
            if let Some(message) = message {
                let err = Error::store(message);
                return match f.code {
                    C::DatabaseBusy | C::DatabaseLocked => err.hint(
                        "raise LANCER_BUSY_TIMEOUT_MS, or wait for the other process to finish",
                    ),
                    C::ReadOnly | C::PermissionDenied | C::CannotOpen => {
                        err.hint("check the permissions of the store file and its folder")
                    }
                    _ => err,
                };
            }
        }
        Error::internal(format!("database error: {e}"))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
            other => Error::store(format!("cannot migrate the store: {other}")),
        }
    }
}
