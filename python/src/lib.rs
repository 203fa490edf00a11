//! The native half of the `lede` Python package: a pipeline that annotates texts and renders each
//! document as the CLI's JSON record (offsets in Python string indices), with the GIL released
//! while Rust works and batches spread over a thread pool.
use lede::text::OffsetUnit;
use lede::{Date, Layers, Pipeline};
use lede_cli::{parse_date, Record};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;

/// A lede pipeline, built once; `annotate` and `annotate_batch` give JSON records.
#[pyclass(module = "lede._lede", frozen)]
struct NativePipeline {
    inner: Pipeline,
    pool: rayon::ThreadPool,
}

fn date_of(s: Option<&str>) -> PyResult<Option<Date>> {
    s.map(|d| parse_date(d).map_err(PyValueError::new_err))
        .transpose()
}

fn record(p: &Pipeline, id: &serde_json::Value, text: &str, date: Option<Date>) -> String {
    let doc = p.annotate(text, date);
    let rec = Record::new(id, text, date, &doc, OffsetUnit::Chars);
    serde_json::to_string(&rec).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

#[pymethods]
impl NativePipeline {
    /// `layers`: comma-separated layer names or None for all; `gazetteers` and `patterns`: paths
    /// of TSV files; `quotes`: "speech" (default) or "all"; `threads`: worker threads for batches (None:
    /// all cores); `prefer`: "auto", "past" or "future", the direction of dates the text does
    /// not place.
    #[new]
    #[pyo3(signature = (layers=None, gazetteers=Vec::new(), patterns=Vec::new(), quotes="speech", threads=None, prefer="auto"))]
    fn new(
        layers: Option<&str>,
        gazetteers: Vec<String>,
        patterns: Vec<String>,
        quotes: &str,
        threads: Option<usize>,
        prefer: &str,
    ) -> PyResult<Self> {
        let mut b = Pipeline::builder();
        let prefer = lede::dates::Prefer::parse(prefer).ok_or_else(|| {
            PyValueError::new_err(format!(
                "prefer must be \"auto\", \"past\" or \"future\", not {prefer:?}"
            ))
        })?;
        b = b.prefer_dates(prefer);
        if let Some(l) = layers {
            let parsed = Layers::parse(l).map_err(|e| PyValueError::new_err(e.to_string()))?;
            if parsed == Layers::NONE {
                return Err(PyValueError::new_err(format!(
                    "layers {l:?} names no layer"
                )));
            }
            b = b.layers(parsed);
        }
        match quotes {
            "all" => b = b.speech_only_quotes(false),
            "speech" => b = b.speech_only_quotes(true),
            other => {
                return Err(PyValueError::new_err(format!(
                    "quotes must be \"all\" or \"speech\", not {other:?}"
                )))
            }
        }
        let read = |path: &str| {
            std::fs::read(path).map_err(|e| PyValueError::new_err(format!("{path}: {e}")))
        };
        for path in &gazetteers {
            b = b.gazetteer_tsv(path, read(path)?.as_slice());
        }
        for path in &patterns {
            b = b.patterns_tsv(path, read(path)?.as_slice());
        }
        let inner = b
            .build()
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let n = threads.filter(|&n| n > 0).unwrap_or(cores).min(cores * 4);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(NativePipeline { inner, pool })
    }

    /// The JSON record of one document (`date`: any form the CLI reads, or None).
    #[pyo3(signature = (text, date=None, id=1))]
    fn annotate(
        &self,
        py: Python<'_>,
        text: &str,
        date: Option<&str>,
        id: i64,
    ) -> PyResult<String> {
        let date = date_of(date)?;
        let id = serde_json::Value::from(id);
        Ok(py.detach(|| record(&self.inner, &id, text, date)))
    }

    /// The JSON records of many documents, in order, annotated in parallel; `first_id` numbers
    /// them as the CLI numbers the lines of a file.
    #[pyo3(signature = (texts, dates, first_id=1))]
    fn annotate_batch(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        dates: Vec<Option<String>>,
        first_id: i64,
    ) -> PyResult<Vec<String>> {
        if dates.len() != texts.len() {
            return Err(PyValueError::new_err(format!(
                "{} texts but {} dates",
                texts.len(),
                dates.len()
            )));
        }
        let dates: Vec<Option<Date>> = dates
            .iter()
            .map(|d| date_of(d.as_deref()))
            .collect::<PyResult<_>>()?;
        let out = py.detach(|| {
            self.pool.install(|| {
                texts
                    .par_iter()
                    .zip(dates.par_iter())
                    .enumerate()
                    .map(|(i, (t, d))| {
                        let id = serde_json::Value::from(first_id + i as i64);
                        record(&self.inner, &id, t, *d)
                    })
                    .collect()
            })
        });
        Ok(out)
    }
}

/// Reads a date the way the CLI does; raises ValueError with the reason when it cannot.
#[pyfunction]
fn read_date(s: &str) -> PyResult<String> {
    parse_date(s)
        .map(|d| d.to_string())
        .map_err(PyValueError::new_err)
}

#[pymodule]
fn _lede(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativePipeline>()?;
    m.add_function(wrap_pyfunction!(read_date, m)?)?;
    Ok(())
}
