use core::fmt;

/// What went wrong while reading user-supplied data (a TSV table, a lexicon).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataErrorKind {
    /// The data could not be read (an I/O error, or bytes that are not UTF-8).
    Io,
    /// A line of the data is malformed.
    BadLine,
}

/// An error building an analyser from data, naming the source, the line and the reason.
///
/// The lede component crates re-export it as their `Error` (with [`DataErrorKind`] as their
/// `ErrorKind`), so one message format serves every table a user can load.
///
/// ```
/// use lede_text::DataError;
/// let e = DataError::bad_line("people.tsv", 7, "unknown label `PERSON`");
/// assert_eq!(e.to_string(), "people.tsv:7: unknown label `PERSON`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The kind of error.
    pub kind: DataErrorKind,
    /// Name of the data source (a file name, `builtin:...`, or `<reader>`).
    pub source_name: String,
    /// 1-based line number (0 when not tied to a line, and then left out of the message).
    pub line: usize,
    /// Human-readable reason.
    pub reason: String,
}

impl DataError {
    /// A malformed line `line` of `source`.
    pub fn bad_line(source: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        DataError {
            kind: DataErrorKind::BadLine,
            source_name: source.into(),
            line,
            reason: reason.into(),
        }
    }

    /// `source` could not be read.
    pub fn io(source: impl Into<String>, err: &std::io::Error) -> Self {
        DataError {
            kind: DataErrorKind::Io,
            source_name: source.into(),
            line: 0,
            reason: err.to_string(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.source_name, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.source_name, self.line, self.reason)
        }
    }
}

impl std::error::Error for DataError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_error_names_source() {
        let e = DataError::io("x.tsv", &std::io::Error::other("boom"));
        assert_eq!(e.kind, DataErrorKind::Io);
        assert_eq!(e.to_string(), "x.tsv: boom");
    }
}
