local t = setmetatable({}, {__len = function() return 1e15 end})
pcall(table.insert, t, 1, "x")
print(("a"):rep(40):find(".-.-.-.-.-.-b"))
for k, v in pairs({b = 1, a = 2, [1] = 3}) do print(k, v) end
local co = coroutine.wrap(function() coroutine.yield(1) error("e") end)
print(pcall(co), pcall(co))
print(load("return 1 | 2")(), utf8.len("é\128"), math.tointeger(2^63))
return string.format("%q", 1/0), select('#', table.unpack({}, 1, 100))
