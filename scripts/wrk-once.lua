-- wrk script: requests each path listed in a file (argument after --) once, the threads sharing
-- the list, then stops. Used by scripts/bench for the cold pass over the query mix.
local paths = {}
local counter = 0
local last = 0
local sent = 0
threads = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- Two threads: the first takes the first half of the list, the second the rest.
  local half = math.floor(#paths / 2)
  if index == 0 then
    counter, last = 0, half
  else
    counter, last = half, #paths
  end
end

function request()
  if counter >= last then
    return wrk.format("GET", paths[last])
  end
  counter = counter + 1
  return wrk.format("GET", paths[counter])
end

function response()
  sent = sent + 1
  if sent >= last - (index == 0 and 0 or math.floor(#paths / 2)) then
    wrk.thread:stop()
  end
end
