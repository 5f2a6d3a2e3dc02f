-- wrk script: requests the paths listed in a file (one per line), each thread starting at its own offset and
-- walking the list round-robin, and prints one machine-readable summary line at the end. A line "path<TAB>etag"
-- sends the ETag in If-None-Match (the conditional-read rows, answered 304).
--   wrk -t2 -c16 -d10s -s bench/paths.lua http://localhost:18081 -- paths.txt
local paths = {}
local tags = {}
local n = 0
local i = 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      n = n + 1
      local path, tag = line:match("^([^\t]+)\t(.+)$")
      if path then
        paths[n] = path
        tags[n] = tag
      else
        paths[n] = line
      end
    end
  end
  i = (tonumber(offset) or 0) % n
end

function request()
  i = i % n + 1
  local headers = { ["Accept"] = "application/json" }
  if tags[i] then
    headers["If-None-Match"] = tags[i]
  end
  return wrk.format("GET", paths[i], headers)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d timeouts=%d bytes=%d\n",
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write, e.timeout,
    summary.bytes))
end
