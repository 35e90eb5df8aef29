-- wrk script: requests each path listed in a file (argument after --) once, the two threads
-- sharing the list, then stops. Used by scripts/bench for the cold pass over the query mix.
-- wrk divides by its whole -d duration, so the script prints its own rate when done:
--   "once: <requests> requests in <seconds> s, <rate> req/s"
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } once_timeval;
  int gettimeofday(once_timeval *tv, void *tz);
]]
local function now()
  local tv = ffi.new("once_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) + tonumber(tv.tv_usec) / 1e6
end

local paths = {}
local counter = 0
local last = 0
share = 0
threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  local half = math.floor(#paths / 2)
  if index == 0 then
    counter, last = 0, half
  else
    counter, last = half, #paths
  end
  share = last - counter
  answered = 0
  started = now()
  finished = started
end

function request()
  -- Past its share a connection asks again for the last path until the thread stops.
  if counter < last then
    counter = counter + 1
  end
  return wrk.format("GET", paths[counter])
end

function response()
  answered = answered + 1
  if answered == share then
    finished = now()
    wrk.thread:stop()
  end
end

function done()
  local first, latest, n = math.huge, 0, 0
  for _, t in ipairs(threads) do
    first = math.min(first, t:get("started"))
    latest = math.max(latest, t:get("finished"))
    n = n + t:get("share")
  end
  local seconds = latest - first
  io.write(string.format("once: %d requests in %.2f s, %.0f req/s\n", n, seconds, n / seconds))
end
