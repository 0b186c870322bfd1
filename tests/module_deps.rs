//! Data flows one way: `ui` renders, `embed` mounts `ui` into host pages. No file of `ui` may
//! name `embed` (which imports `ui`): a module cycle would be back.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn ui_does_not_import_embed() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    assert!(files.len() > 5, "the ui files were found");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains("crate::embed") && !code.contains("super::super::embed"),
                "{}:{}: ui imports embed: {line}",
                file.display(),
                i + 1
            );
        }
    }
}
