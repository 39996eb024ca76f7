-- Every password-reset request, to refuse (429) a burst from one client
-- address (domain.md, "Sign-in"). A reset mails a link, so an unbounded
-- stream of them would make this server a tool to flood inboxes and to
-- probe which addresses have accounts. The address is the client's as the
-- application sees it (the right-most X-Forwarded-For entry behind a
-- trusted proxy); no account is kept, since the request may name none.
--
-- Counting and recording happen in one transaction under an advisory lock
-- on the address, so parallel requests cannot all pass the check before
-- any of them is recorded. Old rows are purged by requested_at.
create table password_reset_requests (
    id           bigint generated always as identity primary key,
    client_addr  text not null,
    requested_at timestamptz not null default now(),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index password_reset_requests_client_addr_idx
    on password_reset_requests (client_addr, requested_at);
create index password_reset_requests_requested_at_idx
    on password_reset_requests (requested_at);
create trigger password_reset_requests_set_updated_at before update on password_reset_requests
    for each row execute function set_updated_at();
