-- wrk script: POST the benchmark's fixed answer set (ANSWERS_FILE) as JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("ANSWERS_FILE"), "r"))
wrk.body = file:read("*a")
file:close()
