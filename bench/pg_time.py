"""PostgreSQL time per API request, from auto_explain.

Usage: python3 bench/pg_time.py PORT TOKEN DATABASE PATH...

Needs auto_explain on DATABASE (as superuser):
  alter database DB set session_preload_libraries = 'auto_explain';
  alter database DB set auto_explain.log_min_duration = 0;
  alter database DB set auto_explain.log_analyze = on;
  alter database DB set auto_explain.log_buffers = on;
  alter database DB set auto_explain.log_nested_statements = on;
and a server on PORT (started after those settings) using DATABASE.

For each PATH: six GETs with `Authorization: Token TOKEN`; a request's
PostgreSQL time is the sum of the auto_explain durations logged while it
ran (credential look-ups left out: the cache answers them once warm).
Prints the median of requests 2 to 6 (the first warms up), their range,
and the shared buffers of the largest statement.
"""
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.request

LOG = os.environ.get("PG_LOG", "/var/log/postgresql/postgresql-15-main.log")


def main(port, token, db, paths):
    for path in paths:
        sums, buffers, status = [], 0, None
        for i in range(6):
            start = os.path.getsize(LOG)
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}{path}", headers={"Authorization": f"Token {token}"}
            )
            try:
                with urllib.request.urlopen(request) as response:
                    status = response.status
                    response.read()
            except urllib.error.HTTPError as e:
                status = e.code
            time.sleep(0.3)  # the log is written asynchronously
            with open(LOG, errors="replace") as f:
                f.seek(start)
                text = f.read()
            total = 0.0
            for entry in re.split(r"\n(?=\d{4}-\d\d-\d\d )", text):
                if f"@{db} " not in entry:
                    continue
                duration = re.search(r"duration: ([\d.]+) ms  plan:", entry)
                if not duration or "api_tokens" in entry or "sessions" in entry:
                    continue
                total += float(duration.group(1))
                first = re.search(r"Buffers: shared hit=(\d+)(?: read=(\d+))?", entry)
                if first:
                    buffers = max(buffers, int(first.group(1)) + int(first.group(2) or 0))
            if i > 0:
                sums.append(total)
        print(
            f"{path} | {status} | {statistics.median(sums):.1f} ms "
            f"(min {min(sums):.1f}, max {max(sums):.1f}) | {buffers} buffers"
        )


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
