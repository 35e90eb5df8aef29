-- wrk script: requests the paths listed in a file (argument after --), round robin, each thread
-- starting at a different place. Used by scripts/bench for the query mix.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
