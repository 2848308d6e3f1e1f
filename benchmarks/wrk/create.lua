-- The create scenario: POST /api/books/ with a valid payload (a new book and 2 new tags per request).
wrk.method = "POST"
wrk.body = '{"title": "Benchmark book", "tags": ["load", "test"]}'
wrk.headers["Content-Type"] = "application/json"
dofile(os.getenv("KUNAI_BENCH_WRK_DIR") .. "/report.lua")
