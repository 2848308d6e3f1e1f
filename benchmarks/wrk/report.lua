-- Prints one machine-readable line that load.sh parses (latencies in microseconds).
-- errors.status counts responses with a status >= 400; socket errors are connect+read+write+timeout.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "KUNAI_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration,
    math.floor(latency:percentile(50)), math.floor(latency:percentile(99)),
    e.status, e.connect + e.read + e.write + e.timeout))
end
