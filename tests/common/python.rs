//! `python3 -m py_compile` for the generated PyTorch code (shared by the test crates that
//! generate Python; each includes it with `#[path = "common/python.rs"] mod python;`).

/// Compiles `code` (saved as `<name>.py` in a per-process temporary folder) with
/// `python3 -m py_compile`: `Some(Ok)` when it is valid Python, `Some(Err(stderr))` when not,
/// `None` when python3 cannot be started. Failing to write the file panics.
pub fn py_compile(code: &str, name: &str) -> Option<Result<(), String>> {
    let dir = std::env::temp_dir().join(format!("ae-py-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, code).expect("the Python file written");
    let out = std::process::Command::new("python3")
        .args(["-m", "py_compile"])
        .arg(&path)
        .output()
        .ok()?;
    Some(if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    })
}
