#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod data;
mod error;
mod offsets;
mod span;
mod words;

pub use data::{read_data, BOM};
pub use error::{DataError, DataErrorKind};
pub use offsets::{convert_sorted, OffsetTable, OffsetUnit};
pub use span::Span;
pub use words::{shape_of, words, Shape, Word, Words};
