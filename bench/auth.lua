-- wrk script: every request carries the staff token the benchmark made
-- (BENCH_TOKEN), as `Authorization: Token <key>`.
local key = os.getenv("BENCH_TOKEN")
if key == nil or key == "" then
  error("set BENCH_TOKEN")
end
wrk.headers["Authorization"] = "Token " .. key
