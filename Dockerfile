# syntax=docker/dockerfile:1
#
# Mothra's production image: one static binary on a distroless base.
#
#   docker build -t mothra .
#   docker run --rm -p 8080:8080 --env-file .env mothra          # serve
#   docker run --rm --env-file .env mothra migrate                # release phase
#
# Three stages, each cached on its own inputs, so that editing Rust code does
# not reinstall npm packages and editing Svelte code does not recompile the
# Rust dependencies (the same idea as the seed tutorial's "copy Pipfile first,
# then the code", applied to every stage).

# --- web: the Svelte app, built once and embedded into the binary ------------
# The output is plain HTML/JS/CSS, the same on every platform, so this stage runs
# on the builder's own platform even when the image is built for another one.
# Node 26, the current LTS, is what production builds with (web/package.json's
# engines also accept the Node 20.19+ of older development machines).
FROM --platform=$BUILDPLATFORM node:26-trixie-slim AS web
WORKDIR /src/web
# The manifest and lockfile alone first: `npm ci` stays cached until they change.
COPY web/package.json web/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

# --- build: a fully static musl binary ----------------------------------------
# musl links statically, so the final image needs no libc, no OpenSSL (TLS is
# rustls) and no package manager. The target follows the image's platform,
# built natively on it (no cross linker): x86_64 for Fly/most servers, aarch64
# for an arm64 build on Apple Silicon laptops.
FROM rust:1.95-bookworm AS build
ARG TARGETARCH
# musl-tools gives musl-gcc, which `ring` (rustls's crypto) needs for its C and
# assembly. The version is whatever Debian bookworm ships with its security
# fixes; pinning an exact Debian revision breaks the build when the mirror moves.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends musl-tools \
    && rm -rf /var/lib/apt/lists/*
RUN case "${TARGETARCH:-amd64}" in \
        amd64) echo x86_64-unknown-linux-musl ;; \
        arm64) echo aarch64-unknown-linux-musl ;; \
        *) echo "unsupported TARGETARCH ${TARGETARCH}" >&2; exit 1 ;; \
    esac > /rust-target \
    && rustup target add "$(cat /rust-target)"
WORKDIR /src
# The build script must never call npm here: web/dist comes from the web stage.
ENV MOTHRA_SKIP_WEB_BUILD=1

# Dependencies first, against a dummy crate with the real manifest and lockfile:
# this layer (and its target/ directory) is reused until Cargo.toml or
# Cargo.lock changes, so a code change recompiles only mothra itself.
# The registry download cache is a cache mount: it only saves downloads, and
# cargo fetches again whatever it is missing.
COPY Cargo.toml Cargo.lock ./
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git/db \
    mkdir -p src \
    && echo 'fn main() {}' > src/main.rs \
    && touch src/lib.rs \
    && echo 'fn main() {}' > build.rs \
    && cargo build --release --locked --target "$(cat /rust-target)" \
    && rm -rf src build.rs

COPY build.rs ./
COPY migrations/ migrations/
COPY src/ src/
COPY --from=web /src/web/dist web/dist
# COPY keeps the files' own modification times, which may be older than the
# dummy build above; cargo would then think mothra is up to date and ship the
# dummy. Touching the crate roots forces mothra (only) to rebuild.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git/db \
    touch build.rs src/main.rs src/lib.rs \
    && cargo build --release --locked --target "$(cat /rust-target)" \
    && install -D -m 0755 "target/$(cat /rust-target)/release/mothra" /out/mothra

# --- runtime -------------------------------------------------------------------
# distroless/static: no shell, no package manager, nothing to patch but our own
# binary; it still carries CA certificates, /etc/passwd with the nonroot user,
# tzdata and a writable /tmp, which `scratch` would lack.
FROM gcr.io/distroless/static-debian12:nonroot

ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="mothra" \
      org.opencontainers.image.description="Which ed-tech products our organizations use, how data flows through them, and what we think of them." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.base.name="gcr.io/distroless/static-debian12:nonroot"

# Owned by root and not writable by the user that runs it.
COPY --from=build /out/mothra /mothra

# 65532 is distroless's "nonroot". Numeric, so that Kubernetes' runAsNonRoot
# can verify it without reading /etc/passwd.
USER 65532:65532
# Home of the nonroot user: the only writable place besides /tmp. mothra reads
# an optional .env from here (mount one at /home/nonroot/.env if you like).
WORKDIR /home/nonroot

# The binary listens on 127.0.0.1 by default, which is unreachable from outside
# a container.
ENV HOST=0.0.0.0 \
    PORT=8080
EXPOSE 8080

# There is no shell or curl in this image: the binary checks itself
# (GET http://127.0.0.1:$PORT/healthz, exit 0 or 1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/mothra", "healthcheck"]

# mothra shuts down gracefully on SIGTERM within 25 s; give it that time
# (docker stop -t 30, compose stop_grace_period, Fly kill_timeout).
STOPSIGNAL SIGTERM
# ENTRYPOINT is the binary and CMD its subcommand, so `docker run IMAGE migrate`
# and Fly's release_command = "migrate" run `/mothra migrate`.
ENTRYPOINT ["/mothra"]
CMD ["serve"]
