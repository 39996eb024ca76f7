//! A real SMTP server on loopback for the mail tests: Python's aiosmtpd
//! (from the tests' venv, tests/api/python.rs, which installs it on first
//! use), writing each message it receives to a directory.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The pinned aiosmtpd version (also in .ci/run).
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// Writes every message to argv[1] as <ns>.eml, recipients first.
const HANDLER: &str = r#"
import os, sys, time
from aiosmtpd.controller import Controller

class Keep:
    def __init__(self, directory):
        self.directory = directory
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.directory, "%d.eml" % time.time_ns())
        with open(name + ".tmp", "wb") as f:
            f.write(("X-Rcpt-To: %s\r\n" % ",".join(envelope.rcpt_tos)).encode())
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name)
        return "250 OK"

controller = Controller(Keep(sys.argv[1]), hostname="127.0.0.1", port=int(sys.argv[2]))
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
"#;

/// A running SMTP server; stopped on drop.
pub struct SmtpServer {
    /// The port it listens on (127.0.0.1).
    pub port: u16,
    dir: PathBuf,
    _child: Child,
}

/// Starts a server on a free loopback port.
pub async fn start() -> SmtpServer {
    let python = crate::python::python_with("aiosmtpd", AIOSMTPD).await;
    let dir = std::env::temp_dir().join(format!("mothra-smtp-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("mail directory");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = Command::new(python)
        .arg("-c")
        .arg(HANDLER)
        .arg(&dir)
        .arg(port.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start aiosmtpd");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    let ready = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
        .await
        .expect("aiosmtpd starts within 20 s")
        .expect("read aiosmtpd's output");
    assert_eq!(ready.as_deref(), Some("ready"), "aiosmtpd did not start");
    SmtpServer {
        port,
        dir,
        _child: child,
    }
}

impl SmtpServer {
    /// The settings that point the app at this server.
    pub fn vars(&self) -> Vec<(&'static str, String)> {
        vec![
            ("EMAIL_HOST", "127.0.0.1".into()),
            ("EMAIL_PORT", self.port.to_string()),
            ("EMAIL_USE_TLS", "0".into()),
            (
                "DEFAULT_FROM_EMAIL",
                "Mothra Test <mothra@test.example>".into(),
            ),
        ]
    }

    /// Every message received so far, oldest first, decoded.
    pub fn messages(&self) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(&self.dir)
            .expect("mail directory")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                decode(&String::from_utf8_lossy(
                    &std::fs::read(p).expect("message"),
                ))
            })
            .collect()
    }

    /// Waits (at most 10 s) for the `n`th message (1-based) and returns it.
    pub async fn wait_for(&self, n: usize) -> String {
        for _ in 0..200 {
            if let Some(message) = self.messages().into_iter().nth(n - 1) {
                return message;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("message {n} did not arrive within 10 s")
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Undoes quoted-printable (soft breaks and =XX), leaving other text alone.
fn decode(raw: &str) -> String {
    if !raw.to_ascii_lowercase().contains("quoted-printable") {
        return raw.replace("\r\n", "\n");
    }
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

/// The `<origin>/reset-password/<token>` link in a message.
pub fn link(message: &str) -> String {
    let at = message
        .find("/reset-password/")
        .expect("the message carries a reset-password link");
    let start = message[..at].rfind("http").expect("an absolute link");
    let end = at + "/reset-password/".len() + 43;
    message[start..end].to_owned()
}

/// The token at the end of a link.
pub fn token(link: &str) -> String {
    link.rsplit('/').next().expect("a token").to_owned()
}
