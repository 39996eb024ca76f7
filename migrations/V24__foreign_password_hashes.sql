-- Password hashes moved from the Django original (issue 21, "move from the
-- Django original").
--
-- `mothra import` keeps each member's Django password hash as it was:
-- sign-in checks it (src/auth/django_hashers.rs) and, at the member's first
-- successful sign-in, stores an Argon2id hash of Mothra's own in its place,
-- so nobody has to reset a password because the site moved. V3 accepted
-- Mothra's Argon2id PHC strings only; the rule now also accepts the hashes
-- of Django's default hashers, by the prefix each writes:
--
--   pbkdf2_sha256$<iterations>$<salt>$<hash>   Django's default hasher
--   pbkdf2_sha1$<iterations>$<salt>$<hash>
--   argon2$argon2id$v=19$m=...   "argon2" + argon2-cffi's PHC string
--   argon2$argon2i$...           (Argon2i: what Django wrote before 3.2)
--   bcrypt_sha256$$2b$<cost>$... (and $2a$, $2y$ from older libraries)
--   scrypt$<n>$<salt>$<r>$<p>$<hash>
--
-- Still refused: plain text, an empty string, Django's unusable password
-- ("!" and 40 characters; the importer stores none instead, and the member
-- sets a password by reset), and hashers Mothra does not check (md5, sha1,
-- plain bcrypt, crypt). The numbers inside a hash (iterations, cost,
-- memory) are bounded where it is checked, not here: a hash over a cap is
-- stored but never verifies, and costs nothing. One statement, so the
-- table is never without the rule.
alter table users
    drop constraint users_password_hash_format,
    add constraint users_password_hash_format check (
        password_hash ~ '^(\$argon2id\$|pbkdf2_sha256\$|pbkdf2_sha1\$|argon2\$argon2id?\$|bcrypt_sha256\$\$2[aby]\$|scrypt\$)\S+$'
    );
