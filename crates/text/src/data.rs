//! Reading user data tables (TSV files) as text, with errors that name the line.
use crate::DataError;
use std::io::Read;

/// A UTF-8 byte order mark, as some editors write at the start of a file.
pub const BOM: &str = "\u{feff}";

/// Reads a data table from `reader` as UTF-8 text, for a parser of lines. A byte order mark at
/// the start is dropped (else it would stick to the first field); bytes that are not UTF-8 and
/// NUL bytes are errors naming `name`, the 1-based line and the byte column.
///
/// ```
/// use lede_text::read_data;
/// assert_eq!(read_data("a.tsv", &b"\xef\xbb\xbfDuda\tPER\n"[..]).unwrap(), "Duda\tPER\n");
/// let e = read_data("a.tsv", &b"Duda\tPER\nLi\xff\tPER\n"[..]).unwrap_err();
/// assert_eq!(e.to_string(), "a.tsv:2: not UTF-8 (invalid byte at column 3)");
/// ```
pub fn read_data<R: Read>(name: &str, mut reader: R) -> Result<String, DataError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| DataError::io(name, &e))?;
    if bytes.starts_with(BOM.as_bytes()) {
        bytes.drain(..BOM.len());
    }
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        let (line, col) = line_col(&bytes, i);
        return Err(DataError::bad_line(
            name,
            line,
            format!("NUL byte at column {col} (is this a binary or UTF-16 file?)"),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let i = e.utf8_error().valid_up_to();
            let (line, col) = line_col(e.as_bytes(), i);
            let mut err = DataError::bad_line(
                name,
                line,
                format!("not UTF-8 (invalid byte at column {col})"),
            );
            err.kind = crate::DataErrorKind::Io;
            Err(err)
        }
    }
}

/// The 1-based line and byte column of byte `i` of `bytes`.
fn line_col(bytes: &[u8], i: usize) -> (usize, usize) {
    let before = bytes.get(..i).unwrap_or(&[]);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = i - before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_line_and_column() {
        let e = read_data("g.tsv", &b"a\tPER\nb\tLOC\nc\0\tORG\n"[..]).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(
            e.to_string().starts_with("g.tsv:3: NUL byte at column 2"),
            "{e}"
        );
        let e = read_data("g.tsv", &b"\xff"[..]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "g.tsv:1: not UTF-8 (invalid byte at column 1)"
        );
        assert_eq!(read_data("g.tsv", &b""[..]).unwrap(), "");
        // a BOM only at the very start is dropped
        assert_eq!(
            read_data("g.tsv", "\u{feff}x\u{feff}".as_bytes()).unwrap(),
            "x\u{feff}"
        );
    }

    #[test]
    fn a_directory_is_named() {
        let e = match std::fs::File::open(std::env::temp_dir()) {
            Ok(f) => read_data("some/dir", f).unwrap_err(),
            Err(_) => return,
        };
        assert!(e.to_string().starts_with("some/dir: "), "{e}");
    }
}
