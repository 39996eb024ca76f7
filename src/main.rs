//! The `mothra` binary: parse the command line, read `.env`, run.

use std::process::ExitCode;

use clap::Parser;
use mothra::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A `.env` in the working directory fills in what the environment lacks.
    if let Err(e) = mothra::config::load_dotenv() {
        eprintln!("mothra: .env: {e}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("mothra: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(cli::run(cli))
}
