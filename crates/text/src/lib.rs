//! Shared text primitives for the lede crates.
//!
//! * [`Span`]: a half-open range of UTF-8 **byte** offsets, usable as `&text[span]`.
//! * [`words`]: a scanner yielding words with their byte spans and [`Shape`].
//! * [`OffsetUnit`] and [`convert_sorted`] / [`OffsetTable`]: one-pass conversion of byte offsets
//!   to code point (char) or UTF-16 offsets, as Python, JavaScript, pandas and Spark index text.
//!
//! ```
//! use lede_text::{words, Shape, Span};
//!
//! let text = "Polish President Andrzej Duda told reporters in Warsaw.";
//! let first: Vec<_> = words(text).take(2).collect();
//! assert_eq!(&text[first[1].span], "President");
//! assert_eq!(first[1].shape, Shape::Capitalized);
//! assert_eq!(&text[Span::new(0, 6)], "Polish");
//! ```
//!
//! # Untrusted input
//! Every function here accepts any `&str` and never panics; indexing a `str` with a [`Span`] that is
//! out of bounds or not on a char boundary panics exactly like indexing with a range, so use
//! [`Span::get`] when a span comes from outside.
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
