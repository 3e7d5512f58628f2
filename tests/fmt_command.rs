//! `parcours fmt`: canonical form through the safe save, which keeps the file's identity
//! and never leaves a broken file or backup, even when the process is killed mid-save.

// Helpers of tests may unwrap: a panic is a failed test with its message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

fn parcours() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parcours"));
    command.env("LC_ALL", "C");
    command
}

/// The example, as a hand edit leaves it: the same project, laid out otherwise.
fn hand_edited() -> String {
    parcours::example::EXAMPLE_RON.replace("  ", "    ")
}

#[test]
fn check_says_which_files_are_not_canonical_and_fmt_rewrites_them() {
    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("edited.ron");
    let canonical = dir.path().join("canonical.ron");
    std::fs::write(&edited, hand_edited()).unwrap();
    std::fs::write(&canonical, parcours::example::EXAMPLE_RON).unwrap();
    let output = parcours()
        .args(["fmt", "--check"])
        .arg(&edited)
        .arg(&canonical)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("edited.ron: not in canonical form"),
        "{stdout}"
    );
    assert!(
        stdout.contains("canonical.ron: already in canonical form"),
        "{stdout}"
    );
    assert_eq!(std::fs::read_to_string(&edited).unwrap(), hand_edited());

    let output = parcours().arg("fmt").arg(&edited).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&edited).unwrap(),
        parcours::example::EXAMPLE_RON
    );
    // The hand edit is the backup.
    assert_eq!(
        std::fs::read_to_string(parcours::file::backup_path(&edited)).unwrap(),
        hand_edited()
    );
}

#[cfg(unix)]
#[test]
fn fmt_keeps_the_mode_follows_the_symlink_and_leaves_a_linked_backup_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    std::fs::write(&real, hand_edited()).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, "keep me").unwrap();
    std::os::unix::fs::symlink(&precious, parcours::file::backup_path(&real)).unwrap();

    let output = parcours().arg("fmt").arg(&link).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&real).unwrap(),
        parcours::example::EXAMPLE_RON
    );
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
}

/// A small generator of pauses, without a dependency.
struct Pauses(u64);

impl Pauses {
    fn next_micros(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % below
    }
}

fn loads(path: &Path) -> bool {
    parcours::file::load_project(path).is_ok()
}

/// A project of some size (the example with a few thousand more cards), as a hand edit
/// leaves it: a save of it takes long enough to be killed in the middle.
fn large_hand_edited() -> String {
    let mut project = parcours::example::example_project();
    let cards = project.maps[0].cards.clone();
    for round in 0..60 {
        for card in &cards {
            let mut copy = card.clone();
            copy.id = project.next_id.fresh_card_id();
            copy.content
                .set_title(format!("{} ({round})", card.title()));
            project.maps[0].cards.push(copy);
        }
    }
    parcours::file::to_ron(&project)
        .unwrap()
        .replace("  ", "    ")
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_loadable_file_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("atelier.ron");
    let edited = large_hand_edited();
    let fmt = || {
        parcours()
            .arg("fmt")
            .arg(&path)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a whole run takes here: the kills fall within it.
    std::fs::write(&path, &edited).unwrap();
    let start = std::time::Instant::now();
    assert!(fmt().wait().unwrap().success());
    let whole = start.elapsed().as_micros() as u64;
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut pauses = Pauses(seed);
    let mut killed = 0;
    for round in 0..200 {
        std::fs::write(&path, &edited).unwrap();
        let mut child = fmt();
        std::thread::sleep(std::time::Duration::from_micros(
            pauses.next_micros(whole.max(1)),
        ));
        let _ = child.kill();
        if !child.wait().unwrap().success() {
            killed += 1;
        }
        assert!(loads(&path), "round {round}: the file does not load");
        let backup = parcours::file::backup_path(&path);
        assert!(
            !backup.exists() || loads(&backup),
            "round {round}: the backup does not load"
        );
    }
    // Most runs were cut short: the test is about them.
    assert!(killed >= 100, "only {killed} of 200 runs were killed");
}
