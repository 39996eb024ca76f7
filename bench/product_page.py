#!/usr/bin/env python3
"""Loads the product page of the product with the most reviews in headless
Chromium (through chromedriver, standard library only) and reports what it
cost: the time until the first reviews show, the requests the page made
(from performance.getEntriesByType('resource')) and the bytes they moved.

    python3 bench/product_page.py http://127.0.0.1:8080 [username] [password] [runs]

Signs in as the demo member (`mothra demo`: demo / mothra-demo) unless told
otherwise. Each run is a full page load with a warm HTTP cache for the
static files, as a member coming back would see it.
"""

import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen(
            ["/usr/bin/chromedriver", f"--port={self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "goog:chromeOptions": {
                        "binary": "/usr/bin/chromium",
                        "args": [
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--window-size=1280,900",
                        ],
                    }
                }
            }
        }
        for _ in range(100):
            try:
                self.session = self.call("POST", "/session", caps)["sessionId"]
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("chromedriver did not start")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", data=data, method=method
        )
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["value"]

    def goto(self, url):
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def run(self, script, *args):
        return self.call(
            "POST", f"/session/{self.session}/execute/sync", {"script": script, "args": list(args)}
        )

    def run_async(self, script, *args):
        return self.call(
            "POST", f"/session/{self.session}/execute/async", {"script": script, "args": list(args)}
        )

    def wait(self, script, what, patience=30):
        started = time.time()
        while time.time() - started < patience:
            value = self.run(script)
            if value:
                return value
            time.sleep(0.02)
        raise SystemExit(f"timed out waiting for {what}")

    def quit(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.proc.terminate()


def main():
    base = sys.argv[1].rstrip("/")
    username = sys.argv[2] if len(sys.argv) > 2 else "demo"
    password = sys.argv[3] if len(sys.argv) > 3 else "mothra-demo"
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    driver = Driver()
    try:
        driver.goto(f"{base}/sign-in")
        driver.wait("return document.querySelector('input[name=username]')", "the sign-in form")
        status = driver.run_async(
            """const [u, p, done] = arguments;
               const csrf = (document.cookie.match(/csrftoken=([^;]+)/) || [])[1] || '';
               fetch('/api/auth/login', {method: 'POST', headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf},
                 body: JSON.stringify({username: u, password: p})}).then((r) => done(r.status));""",
            username,
            password,
        )
        if status != 200:
            raise SystemExit(f"sign-in answered {status}")
        top = driver.run_async(
            """const done = arguments[0];
               fetch('/api/products/?ordering=-review_count&page_size=1').then((r) => r.json())
                 .then((b) => done(b.results[0]));"""
        )
        print(f"product {top['id']} ({top['name']}): {top['review_count']} reviews")
        results = []
        for _ in range(runs + 1):
            driver.goto(f"{base}/products/{top['id']}")
            driver.wait(
                "return document.querySelectorAll('article.review').length > 0", "the reviews"
            )
            shown = driver.run("return performance.now()")
            time.sleep(1.0)  # let anything still loading finish before counting
            entries = driver.run(
                """return performance.getEntriesByType('resource').map((e) =>
                     ({name: e.name, size: e.transferSize, body: e.decodedBodySize}));"""
            )
            api = [e for e in entries if "/api/" in e["name"]]
            results.append(
                {
                    "shown_ms": shown,
                    "requests": len(entries) + 1,
                    "api_requests": len(api),
                    "api_kb": sum(e["body"] for e in api) / 1024,
                    "transfer_kb": sum(e["size"] for e in entries) / 1024,
                    "api": sorted(e["name"].replace(base, "") for e in api),
                }
            )
        results = results[1:]  # the first load fills the cache
        for key in ["shown_ms", "requests", "api_requests", "api_kb", "transfer_kb"]:
            print(f"{key}: median {statistics.median(r[key] for r in results):.0f} "
                  f"(runs: {', '.join(f'{r[key]:.0f}' for r in results)})")
        print("API requests of the last run:")
        for name in results[-1]["api"]:
            print(f"  {name[:160]}{'…' if len(name) > 160 else ''}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
