//! Files the user names on the command line (`--cover-letter-file`, `--attach`, `import FILE`,
//! …): only a regular file (a symlink to one is followed) or `-` for standard input is read,
//! and never more than its limit. A directory, FIFO, socket or device is refused at once
//! (exit 2) without opening it, so nothing blocks and nothing streams forever.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Cover letters, messages and other texts: far above what the rules accept in characters.
pub const TEXT_BYTES_MAX: u64 = 256 * 1024;
/// An import file.
pub const IMPORT_BYTES_MAX: u64 = 4 * 1024 * 1024 * 1024;

fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// Reads `path` (`-`: standard input) as bytes, at most `limit` of them. `what` names the
/// input in errors ("the cover letter").
pub fn read_bytes(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let too_big = |shown: &str| {
        Error::usage(format!(
            "{what} {shown} is larger than {limit} bytes; it was not read"
        ))
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::usage(format!("cannot read {what} from standard input: {e}")))?;
        if bytes.len() as u64 > limit {
            return Err(too_big("on standard input"));
        }
        return Ok(bytes);
    }
    let shown = path.display().to_string();
    let cannot = |e: std::io::Error| Error::usage(format!("cannot read {what} {shown}: {e}"));
    // metadata() follows symlinks: a link to a regular file is read, a link to a pipe is not.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(Error::usage(format!(
            "cannot read {what} {shown}: it is {}; give a regular file, or - for standard input",
            kind_of(&meta)
        )));
    }
    if meta.len() > limit {
        return Err(too_big(&shown));
    }
    std::fs::File::open(path)
        .map_err(cannot)?
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(&shown));
    }
    Ok(bytes)
}

/// [`read_bytes`] as UTF-8 text.
pub fn read_text(path: &Path, limit: u64, what: &str) -> Result<String> {
    let bytes = read_bytes(path, limit, what)?;
    String::from_utf8(bytes).map_err(|e| {
        // Say where: the line and column (in characters) of the first byte that is not UTF-8.
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let good = std::str::from_utf8(good).unwrap_or_default();
        let line = good.matches('\n').count() + 1;
        let column = good.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        Error::usage(format!(
            "cannot read {what} {}: it is not UTF-8 text (line {line}, column {column})",
            if path.as_os_str() == "-" {
                "from standard input".to_string()
            } else {
                path.display().to_string()
            }
        ))
    })
}
