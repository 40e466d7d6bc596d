local log = {}
local function closing(name) return setmetatable({}, {__close = function() log[#log + 1] = name end}) end
for k in next, {1, 2}, nil, closing("loop") do local function f() return k end break end
do local x <close> = closing("x") end
return table.concat(log, " ")
