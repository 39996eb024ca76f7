//! Where mail goes: the `EMAIL_*` and `DEFAULT_FROM_EMAIL` variables,
//! validated (`email` sends with them).

use lettre::message::Mailbox;

use super::{parse_flag, ConfigError};

/// The sender when `DEFAULT_FROM_EMAIL` is not set.
pub const DEFAULT_FROM: &str = "Mothra <mothra@localhost>";

/// Where mail goes, validated from the `EMAIL_*` variables.
#[derive(Debug, Clone)]
pub struct EmailSettings {
    /// `EMAIL_HOST`, or `None` to write messages to the log.
    pub host: Option<String>,
    /// `EMAIL_PORT` (default 587).
    pub port: u16,
    /// `EMAIL_HOST_USER` and `EMAIL_HOST_PASSWORD`, when a user is set.
    pub credentials: Option<(String, String)>,
    /// `EMAIL_USE_TLS`: STARTTLS before anything else is said.
    pub starttls: bool,
    /// `DEFAULT_FROM_EMAIL`.
    pub from: Mailbox,
}

impl EmailSettings {
    /// Validates the raw variables; messages name the variable.
    pub fn parse(
        host: Option<&str>,
        port: &str,
        user: Option<&str>,
        password: Option<&str>,
        use_tls: &str,
        from: Option<&str>,
    ) -> Result<Self, ConfigError> {
        let host = host.map(str::trim).filter(|h| !h.is_empty());
        let port = match port.trim().parse::<u16>() {
            Ok(n) if n > 0 => n,
            _ => {
                return Err(ConfigError(format!(
                    "EMAIL_PORT must be a port number from 1 to 65535 (got {port:?})"
                )))
            }
        };
        let starttls = parse_flag("EMAIL_USE_TLS", use_tls)?;
        let credentials = user
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| (u.to_owned(), password.unwrap_or_default().to_owned()));
        let from_text = from
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .unwrap_or(DEFAULT_FROM);
        let from = from_text.parse::<Mailbox>().map_err(|_| {
            ConfigError(format!(
                "DEFAULT_FROM_EMAIL must be an address such as \"Mothra <mothra@example.org>\" (got {from_text:?})"
            ))
        })?;
        Ok(EmailSettings {
            host: host.map(str::to_owned),
            port,
            credentials,
            starttls,
            from,
        })
    }
}
