//! Where documents come from: files, folders (searched recursively), gzip-compressed files and
//! standard input.
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// The input paths to read, in order: each folder in `paths` replaced by the files under it
/// (recursively, sorted by path) whose names end with one of `extensions` (each with or without
/// `.gz`); `-` (standard input) and plain files stay as given.
///
/// ```
/// let files = lede_cli::expand_inputs(&["-".to_string()], &[".txt"]).unwrap();
/// assert_eq!(files, ["-"]);
/// ```
pub fn expand_inputs(paths: &[String], extensions: &[&str]) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    for p in paths {
        if p != "-" && Path::new(p).is_dir() {
            let mut found = Vec::new();
            walk(Path::new(p), extensions, &mut found)
                .map_err(|e| io::Error::new(e.kind(), format!("reading folder {p}: {e}")))?;
            if found.is_empty() {
                let names = extensions.join(", ");
                return Err(io::Error::new(
                    io::ErrorKind::NotFound,
                    format!("no {names} files (plain or .gz) in folder {p}"),
                ));
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<String>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, extensions, out)?;
        } else if let Some(name) = path.to_str() {
            let plain = name.strip_suffix(".gz").unwrap_or(name);
            if extensions.iter().any(|e| plain.ends_with(e)) {
                out.push(name.to_string());
            }
        }
    }
    Ok(())
}

/// Opens an input for reading: standard input for `-`, a gzip stream for a name ending in `.gz`
/// (several concatenated members are read as one), else the file.
pub fn open_input(path: &str) -> io::Result<Box<dyn BufRead>> {
    const BUF: usize = 1 << 16;
    if path == "-" {
        return Ok(Box::new(BufReader::with_capacity(BUF, io::stdin().lock())));
    }
    let file = std::fs::File::open(path)?;
    let raw: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(BufReader::with_capacity(
            BUF, file,
        )))
    } else {
        Box::new(file)
    };
    Ok(Box::new(BufReader::with_capacity(BUF, raw)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn folders_and_gzip() {
        let dir = std::env::temp_dir().join(format!("lede-input-{}", std::process::id()));
        let sub = dir.join("b");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(dir.join("a.txt"), "A.").unwrap();
        std::fs::write(dir.join("skip.md"), "no").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"B. ").unwrap();
        let mut bytes = gz.finish().unwrap();
        let mut gz2 = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz2.write_all(b"C.").unwrap();
        bytes.extend(gz2.finish().unwrap()); // two members, as `cat x.gz y.gz` makes
        std::fs::write(sub.join("c.txt.gz"), bytes).unwrap();
        let d = dir.to_str().unwrap().to_string();
        let files = expand_inputs(std::slice::from_ref(&d), &[".txt"]).unwrap();
        assert_eq!(files, [format!("{d}/a.txt"), format!("{d}/b/c.txt.gz")]);
        let mut text = String::new();
        open_input(&files[1])
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "B. C.");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
