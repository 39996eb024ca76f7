//! Outgoing mail (password resets, invitations): SMTP through lettre with
//! rustls, or, with no `EMAIL_HOST`, a log line carrying the whole message
//! so that local development works without a mail server.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Config;

/// How long one delivery may take before it is given up.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// One message to one recipient, plain text.
#[derive(Debug, Clone)]
pub struct Email {
    /// The recipient's address.
    pub to: String,
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub body: String,
}

/// Sends `email` as configured; the error says why, for the log.
pub async fn send(config: &Config, email: &Email) -> Result<(), String> {
    let settings = &config.email;
    let Some(host) = &settings.host else {
        tracing::info!(
            to = %email.to,
            subject = %email.subject,
            body = %email.body,
            "no EMAIL_HOST: email written to the log instead of sent"
        );
        return Ok(());
    };
    let to = email
        .to
        .parse::<Mailbox>()
        .map_err(|e| format!("bad recipient {:?}: {e}", email.to))?;
    let message = Message::builder()
        .from(settings.from.clone())
        .to(to)
        .subject(email.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(email.body.clone())
        .map_err(|e| format!("cannot build the message: {e}"))?;
    let mut builder = if settings.starttls {
        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)
            .map_err(|e| format!("SMTP {host}: {e}"))?
    } else {
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
    };
    builder = builder.port(settings.port).timeout(Some(SMTP_TIMEOUT));
    if let Some((user, password)) = &settings.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    builder
        .build()
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| format!("SMTP {host}:{}: {e}", settings.port))
}

/// Mail handed to the background, and what became of it: `/metrics`
/// reports the counts, and whoever must know that every decided mail has
/// gone (a test asserting "no second mail") waits for `pending` to be 0.
#[derive(Debug, Default)]
pub struct Outbox {
    pending: AtomicU64,
    sent: AtomicU64,
    failed: AtomicU64,
}

impl Outbox {
    /// Sends in the background, so that the request's answer (and its
    /// timing) does not depend on the mail server or on whether a message
    /// was sent.
    pub fn send_later(self: &Arc<Self>, config: Arc<Config>, email: Email) {
        self.pending.fetch_add(1, Ordering::SeqCst);
        let outbox = Arc::clone(self);
        tokio::spawn(async move {
            let outcome = match send(&config, &email).await {
                Ok(()) => {
                    tracing::info!(to = %email.to, subject = %email.subject, "email sent");
                    &outbox.sent
                }
                Err(e) => {
                    tracing::error!(to = %email.to, error = %e, "email not sent");
                    &outbox.failed
                }
            };
            outcome.fetch_add(1, Ordering::SeqCst);
            outbox.pending.fetch_sub(1, Ordering::SeqCst);
        });
    }

    /// Mail handed over and not yet sent or failed.
    pub fn pending(&self) -> u64 {
        self.pending.load(Ordering::SeqCst)
    }

    /// Mail the server accepted.
    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }

    /// Mail that could not be sent (the log says why).
    pub fn failed(&self) -> u64 {
        self.failed.load(Ordering::SeqCst)
    }
}
