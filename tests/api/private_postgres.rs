//! A PostgreSQL server of the test's own, to stop and restart without
//! disturbing every other test that shares the machine's server.

use std::path::PathBuf;
use std::process::Command;

/// A throwaway cluster on a free loopback port; removed on drop.
pub struct PrivatePostgres {
    bin: PathBuf,
    data: PathBuf,
    /// The port it listens on (127.0.0.1).
    pub port: u16,
    as_postgres: bool,
    tls: bool,
}

impl PrivatePostgres {
    /// Initialises and starts a cluster (initdb refuses root, so as root the
    /// cluster runs as the `postgres` user), without TLS.
    pub fn start() -> PrivatePostgres {
        PrivatePostgres::init(false)
    }

    /// As [`PrivatePostgres::start`], offering TLS with a self-signed
    /// certificate made for it (no trusted root signed it).
    pub fn start_with_tls() -> PrivatePostgres {
        PrivatePostgres::init(true)
    }

    fn init(tls: bool) -> PrivatePostgres {
        let bin = mothra::db::local::postgres_bin_dir()
            .expect("PostgreSQL server programs are installed");
        let data =
            std::env::temp_dir().join(format!("mothra-pg-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&data).unwrap();
        let as_postgres = is_root();
        if as_postgres {
            run(Command::new("chown").arg("postgres:postgres").arg(&data));
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = PrivatePostgres {
            bin,
            data,
            port,
            as_postgres,
            tls,
        };
        cluster.pg(&[
            "initdb",
            "-D",
            "{data}",
            "-U",
            "postgres",
            "--auth=trust",
            "--no-instructions",
            "-E",
            "UTF8",
        ]);
        if tls {
            cluster.make_certificate();
        }
        cluster.start_server();
        cluster
    }

    /// `server.crt` and `server.key` in the data directory, where
    /// PostgreSQL looks for them by default.
    fn make_certificate(&self) {
        let crt = self.data.join("server.crt");
        let key = self.data.join("server.key");
        run(Command::new("openssl")
            .args([
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            ])
            .args([
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
            ])
            // A server's certificate, not a CA's, as a real one would be.
            .args(["-addext", "basicConstraints=critical,CA:FALSE", "-keyout"])
            .arg(&key)
            .arg("-out")
            .arg(&crt));
        run(Command::new("chmod").arg("600").arg(&key));
        if self.as_postgres {
            run(Command::new("chown")
                .arg("postgres:postgres")
                .arg(&crt)
                .arg(&key));
        }
    }

    /// A maintenance-database URL.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Starts the server (again) and waits until it accepts connections.
    pub fn start_server(&self) {
        let mut options = format!("-p {} -c listen_addresses=127.0.0.1 -k {{data}}", self.port);
        if self.tls {
            options.push_str(" -c ssl=on");
        }
        self.pg(&[
            "pg_ctl",
            "-D",
            "{data}",
            "-l",
            "{data}/log",
            "-o",
            &options,
            "-w",
            "start",
        ]);
    }

    /// Stops the server at once (in-flight transactions are rolled back).
    pub fn stop_server(&self) {
        self.pg(&["pg_ctl", "-D", "{data}", "-m", "immediate", "-w", "stop"]);
    }

    /// Pauses every process of the server (SIGSTOP): it accepts
    /// connections (the kernel does) but answers nothing, as a frozen host
    /// would. Thawed (SIGCONT) when the value returned is dropped.
    pub fn freeze(&self) -> Frozen {
        let pid_file = std::fs::read_to_string(self.data.join("postmaster.pid"))
            .expect("a running server has a postmaster.pid");
        let postmaster = pid_file.lines().next().unwrap().trim().to_owned();
        let mut pids = vec![postmaster.clone()];
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let status = std::fs::read_to_string(entry.path().join("status")).unwrap_or_default();
            let parent = status
                .lines()
                .find_map(|l| l.strip_prefix("PPid:"))
                .map(str::trim);
            if parent == Some(postmaster.as_str()) {
                pids.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        signal("-STOP", &pids);
        Frozen { pids }
    }

    fn pg(&self, args: &[&str]) {
        let data = self.data.display().to_string();
        let args: Vec<String> = args.iter().map(|a| a.replace("{data}", &data)).collect();
        let program = self.bin.join(&args[0]);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        };
        command.args(&args[1..]);
        run(&mut command);
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let data = self.data.display().to_string();
        let program = self.bin.join("pg_ctl");
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        };
        let _ = command
            .args(["-D", &data, "-m", "immediate", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

/// The paused processes of a [`PrivatePostgres::freeze`].
pub struct Frozen {
    pids: Vec<String>,
}

impl Drop for Frozen {
    fn drop(&mut self) {
        signal("-CONT", &self.pids);
    }
}

fn signal(which: &str, pids: &[String]) {
    run(Command::new("kill").arg(which).args(pids));
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn run(command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
