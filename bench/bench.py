#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only).

  token DB_URL SECRET           make a staff user with an API token; print the key
  startup BIN DB_URL PORT N     spawn the server N times, print median ms to /readyz 200
  capture LOG OFFSET DB NEEDLE... [--all]
                                the last (or every) statement of DB logged after
                                OFFSET containing every NEEDLE, parameters inlined
  statements LOG OFFSET DB       every statement of DB logged after OFFSET (a
                                request's work), parameters inlined, one a line,
                                session settings left out
  pgbench_function NAME FILE    a PL/pgSQL function NAME() running FILE's statements
  wrk FILE                      "req/s p99_ms" from a `wrk --latency` output
  verdict MEASURED OP GOAL      "met" or "missed" ("-" measured: "missed")
"""

import base64
import hashlib
import hmac
import http.client
import os
import re
import secrets
import statistics
import subprocess
import sys
import time


def psql(db_url, sql):
    subprocess.run(["psql", db_url, "-qAtc", sql], check=True, stdout=subprocess.DEVNULL)


def token(db_url, secret):
    key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    digest = hmac.new(secret.encode(), key.encode(), hashlib.sha256).hexdigest()
    psql(
        db_url,
        "insert into users (username, email, is_staff) "
        "values ('bench', 'bench@example.org', true) on conflict do nothing; "
        "insert into profiles (user_id) select id from users where username = 'bench' "
        "on conflict (user_id) do nothing; "
        f"insert into api_tokens (user_id, key_hash) select id, '\\x{digest}'::bytea "
        "from users where username = 'bench' "
        "on conflict (user_id) do update set key_hash = excluded.key_hash",
    )
    print(key)


def ready(port):
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/readyz")
        return conn.getresponse().status == 200
    except OSError:
        return False


def startup(binary, db_url, port, n):
    env = dict(os.environ, DATABASE_URL=db_url, PORT=str(port), RUST_LOG="warn",
               SECRET_KEY="bench-secret-key-bench-secret-key-0123456789")
    times = []
    for _ in range(int(n)):
        start = time.perf_counter()
        proc = subprocess.Popen([binary, "serve"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not ready(port):
            if proc.poll() is not None:
                sys.exit("the server exited before it was ready")
            if time.perf_counter() - start > 30:
                proc.kill()
                sys.exit("not ready within 30 s")
            time.sleep(0.001)
        times.append((time.perf_counter() - start) * 1000)
        proc.terminate()
        proc.wait()
    print(f"{statistics.median(times):.0f} " + " ".join(f"{t:.0f}" for t in times))


ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def logged(log, offset, db):
    """Statements of `db` logged after `offset`, parameters inlined, each once
    (in the order first seen)."""
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(int(offset))
        text = f.read()
    entries, current = [], None
    for line in text.splitlines():
        if ENTRY.match(line):
            current = [line]
            entries.append(current)
        elif current is not None:
            current.append(line)
    found = []
    for i, entry in enumerate(entries):
        if f"@{db} " not in entry[0]:
            continue
        head = "\n".join(entry)
        match = re.search(r"(?:execute [^:]*|statement): (.*)", head, re.S)
        if not match:
            continue
        sql, params = match.group(1), {}
        if i + 1 < len(entries) and "DETAIL:  parameters:" in entries[i + 1][0]:
            params = dict(PARAM.findall("\n".join(entries[i + 1])))
        sql = re.sub(r"\$(\d+)", lambda m: params.get(m.group(1), m.group(0)), sql)
        sql = " ".join(sql.split()).rstrip(";") + ";"
        if sql not in found:
            found.append(sql)
    return found


def capture(log, offset, db, *needles):
    """Statements of `db` logged after `offset` containing every needle,
    parameters inlined, one per line: the last one, or all (`--all`)."""
    every = "--all" in needles
    needles = [n for n in needles if n != "--all"]
    found = [sql for sql in logged(log, offset, db) if all(n in sql for n in needles)]
    if not found:
        sys.exit(f"no statement of {db} containing {needles!r} in {log}")
    for sql in found if every else found[-1:]:
        print(sql)


SESSION = re.compile(r"^(set|show|reset|begin|start|commit|rollback|discard|listen)\b", re.I)


def statements(log, offset, db):
    """What one request made the database do: every statement but the
    connection's own settings and transaction control."""
    for sql in logged(log, offset, db):
        if not SESSION.match(sql):
            print(sql)


def pgbench_function(name, path):
    """The statements of `path` as one PL/pgSQL function: each runs with its
    plan cached per connection (as the server's prepared statements), every
    row it gives read (a FOR loop: `select … into` would stop at the first
    row, and a page's statement returns one row per record), and pgbench
    does not read text such as `:MI:SS` as its own variables."""
    body = [s.rstrip().rstrip(";") for s in open(path) if s.strip()]
    print(f"create or replace function {name}() returns void language plpgsql as $bench$")
    print("declare r record; begin")
    for sql in body:
        print(f"for r in {sql} loop end loop;")
    print("end $bench$;")


def verdict(measured, op, goal):
    if measured in ("-", ""):
        print("missed")
        return
    m, g = float(measured), float(goal)
    print("met" if (m >= g if op == ">=" else m < g) else "missed")


def wrk(path):
    text = open(path).read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\b", text, re.M)
    if not rps:
        sys.exit(f"cannot read {path}")
    if not p99:  # no request completed
        print(f"{float(rps.group(1)):.0f} -")
        return
    scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    print(f"{float(rps.group(1)):.0f} {float(p99.group(1)) * scale:.2f}")


if __name__ == "__main__":
    commands = {"token": token, "startup": startup, "capture": capture, "wrk": wrk,
                "statements": statements, "pgbench_function": pgbench_function,
                "verdict": verdict}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
