/* The one place where C calls into Swift, and where Swift's failures become Lua errors.
 *
 * Swift callbacks never raise: they return a status. Only after the Swift function has
 * returned does the trampoline call lua_error, so the longjmp crosses C and Lua frames
 * only. Swift objects reach Lua as "boxes": full userdata holding a retained pointer that
 * the box's __gc releases. */
#include "internal.h"

typedef struct clua_Box {
    unsigned int magic;
    void *object; /* retained; NULL once released */
} clua_Box;

/* The control block of the state whose host call runs on this thread (the innermost one), so
 * that work the host does for a script (a database query) can stop when the script's limits trip. */
static _Thread_local clua_Control *clua_calling = NULL;

int clua_host_call_must_stop(void) { return clua_calling != NULL && clua_trips(clua_calling); }

/* The host's work on a call's string arguments (it may scan or copy them), charged as
 * string.rep charges what it writes: a unit per 64 bytes. */
static lua_Integer clua_argument_cost(lua_State *L) {
    lua_Integer cost = 0;
    int i, top = lua_gettop(L);
    for (i = 1; i <= top; i++)
        if (lua_type(L, i) == LUA_TSTRING) cost += (lua_Integer)(lua_rawlen(L, i) / 64);
    return cost;
}

/* Calls the Swift entry in host mode, then turns its status into a Lua error. A call is
 * charged its string arguments and refused once a limit tripped; when it returns, the limits
 * are checked again, so that the time a host call took counts at once. */
int clua_invoke(lua_State *L, void *target, int op, lua_Integer arg) {
    clua_Control *c = clua_control(L);
    clua_Control *was_calling = clua_calling;
    int was_host = c->host, n;
    if (target == NULL) return luaL_error(L, "host object is no longer available");
    if (op == CLUA_OP_CALL && clua_charge_quietly(L, clua_argument_cost(L))) return clua_raise_trip(L, c);
    c->host = 1;
    clua_calling = c;
    n = c->entry(L, target, op, arg);
    clua_calling = was_calling;
    c->host = was_host;
    if (c->tripped != CLUA_TRIP_NONE || (op == CLUA_OP_CALL && clua_trips(c))) return clua_raise_trip(L, c);
    if (n >= 0) {
        /* Host code may have allocated past the cap (it is never refused, see clua_alloc):
         * collect, and if still over, fail here, in Lua. */
        if (!c->host && c->used > c->limit) {
            lua_gc(L, LUA_GCCOLLECT);
            if (c->used > c->limit) {
                c->wanted = c->used;
                if (c->tripped == CLUA_TRIP_NONE) c->tripped = CLUA_TRIP_MEMORY;
                return clua_raise_trip(L, c);
            }
        }
        return n;
    }
    switch (n) {
    case CLUA_RAISE:
        luaL_where(L, 1); /* the Lua code that called the host: "script.lua:12: " */
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    case CLUA_RAISE_ARG:
        /* luaL_argerror names the function from the call site and adjusts for methods */
        return luaL_argerror(L, c->error_arg, lua_tostring(L, -1));
    default:
        return lua_error(L);
    }
}

/* __gc of every box: releases the Swift object once, in host mode (a Swift deinit may
 * touch the state, and nothing it allocates may be refused there). */
static int clua_box_gc(lua_State *L) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, 1);
    if (box != NULL && box->object != NULL) {
        clua_Control *c = clua_control(L);
        void *object = box->object;
        int was_host = c->host;
        box->object = NULL;
        c->host = 1;
        c->release(object);
        c->host = was_host;
    }
    return 0;
}

/* A new box with `uservalues` user values, without a metatable. */
static clua_Box *clua_new_box(lua_State *L, unsigned int magic, void *object, int uservalues) {
    clua_Box *box = (clua_Box *)lua_newuserdatauv(L, sizeof(clua_Box), uservalues);
    box->magic = magic;
    box->object = object;
    return box;
}

void clua_push_box(lua_State *L, unsigned int magic, void *object, int metatable_ref) {
    clua_new_box(L, magic, object, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, metatable_ref);
    lua_setmetatable(L, -2);
}

void *clua_box_object(lua_State *L, int idx, unsigned int magic) {
    clua_Box *box;
    if (lua_type(L, idx) != LUA_TUSERDATA || lua_rawlen(L, idx) != sizeof(clua_Box)) return NULL;
    box = (clua_Box *)lua_touserdata(L, idx);
    return box->magic == magic ? box->object : NULL;
}

/* A host function: upvalue 1 is the target box. */
static int clua_host_function(lua_State *L) {
    clua_Box *box = (clua_Box *)lua_touserdata(L, lua_upvalueindex(1));
    return clua_invoke(L, box->object, CLUA_OP_CALL, 0);
}

void clua_push_target(lua_State *L, void *target) {
    clua_new_box(L, CLUA_TARGET_MAGIC, target, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_TARGET_MT);
    lua_setmetatable(L, -2);
}

void clua_push_host_function(lua_State *L, void *target) {
    clua_push_target(L, target);
    lua_pushcclosure(L, clua_host_function, 1);
}

void clua_push_host_function_holding(lua_State *L, void *target, size_t bytes) {
    clua_push_target(L, target);
    lua_newuserdatauv(L, bytes, 0); /* never written: charged and collected, not touched */
    lua_pushcclosure(L, clua_host_function, 2);
}

void clua_push_key_name(lua_State *L, int idx) {
    if (lua_type(L, idx) == LUA_TSTRING) lua_pushfstring(L, "'%s'", lua_tostring(L, idx));
    else if (lua_type(L, idx) == LUA_TNUMBER) {
        luaL_tolstring(L, idx, NULL); /* numbers have no __tostring: never runs Lua code */
        lua_pushfstring(L, "[%s]", lua_tostring(L, -1));
        lua_remove(L, -2);
    } else lua_pushfstring(L, "of type %s", luaL_typename(L, idx));
}

/* __index of a host class. Upvalues: 1 names table (field name -> interned id, or method
 * name -> function), 2 class target box, 3 type name. The key is looked up in a Lua table,
 * so Swift receives a small integer and never builds a String per access. */
static int clua_class_index(lua_State *L) {
    lua_settop(L, 2);
    lua_pushvalue(L, 2);
    switch (lua_rawget(L, lua_upvalueindex(1))) {
    case LUA_TFUNCTION:
        return 1;
    case LUA_TNUMBER: {
        lua_Integer id = lua_tointegerx(L, -1, NULL);
        clua_Box *box = (clua_Box *)lua_touserdata(L, lua_upvalueindex(2));
        lua_pop(L, 1);
        return clua_invoke(L, box->object, CLUA_OP_FIELD, id);
    }
    default:
        clua_push_key_name(L, 2);
        return luaL_error(L, "%s has no field %s", lua_tostring(L, lua_upvalueindex(3)), lua_tostring(L, -1));
    }
}

/* __newindex of a host class: views are read-only. Upvalue 1: type name. */
static int clua_class_newindex(lua_State *L) {
    clua_push_key_name(L, 2);
    return luaL_error(L, "attempt to write read-only field %s of %s", lua_tostring(L, -1),
                      lua_tostring(L, lua_upvalueindex(1)));
}

/* Pushes a new metatable for boxes named `name`: __gc releases the Swift object, and it is
 * protected (getmetatable returns the name). `more` is the number of fields still to come. */
static void clua_new_box_metatable(lua_State *L, const char *name, int more) {
    lua_createtable(L, 0, 3 + more);
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__name");
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__metatable");
    lua_pushcfunction(L, clua_box_gc);
    lua_setfield(L, -2, "__gc");
}

void clua_push_class_metatable(lua_State *L, const char *name) {
    clua_new_box_metatable(L, name, 5);
    lua_pushvalue(L, -3); /* names */
    lua_pushvalue(L, -3); /* class target box */
    lua_pushstring(L, name);
    lua_pushcclosure(L, clua_class_index, 3);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, clua_class_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_insert(L, -3);
    lua_pop(L, 2);
}

/* Host errors. A Swift error that is not meant for scripts is raised as a box of kind
 * CLUA_HOST_ERROR_MAGIC holding the Swift error, so that the host recognises it by identity
 * (scripts cannot make userdata), also after a script caught it and raised it again. What a
 * script can see of it is only the generic text, after the position of the call. */

/* Pushes the text scripts see for the host error at idx. */
static void clua_push_host_error_text(lua_State *L, int idx) {
    clua_push_host_error_where(L, idx);
    lua_pushliteral(L, CLUA_HOST_ERROR_TEXT);
    lua_concat(L, 2);
}

/* __tostring of host errors. */
static int clua_host_error_tostring(lua_State *L) {
    clua_push_host_error_text(L, 1);
    return 1;
}

/* __concat of host errors, so that `"failed: " .. err` reads as it did with a string. */
static int clua_host_error_concat(lua_State *L) {
    int i;
    for (i = 1; i <= 2; i++) {
        if (clua_box_object(L, i, CLUA_HOST_ERROR_MAGIC) != NULL) clua_push_host_error_text(L, i);
        else if (lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER) lua_pushvalue(L, i);
        else return luaL_error(L, "attempt to concatenate a %s value", luaL_typename(L, i));
    }
    lua_concat(L, 2);
    return 1;
}

void clua_push_host_error(lua_State *L, void *object) {
    clua_new_box(L, CLUA_HOST_ERROR_MAGIC, object, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, CLUA_HOST_ERROR_MT);
    lua_setmetatable(L, -2);
    luaL_where(L, 1); /* the Lua code that called the host: "script.lua:12: " */
    lua_setiuservalue(L, -2, 1);
}

void clua_push_host_error_where(lua_State *L, int idx) {
    if (lua_getiuservalue(L, idx, 1) != LUA_TSTRING) {
        lua_pop(L, 1);
        lua_pushliteral(L, "");
    }
}

/* Message handler for protected calls from the host: stores a traceback and the position of
 * the innermost Lua code ("script.lua:12:", for errors raised by C functions, whose messages
 * carry no position) in the registry, and returns the error object unchanged. It never runs
 * Lua code (no __tostring), so an error object cannot make the handler itself fail. */
static int clua_message_handler(lua_State *L) {
    lua_Debug ar;
    int level;
    luaL_traceback(L, L, NULL, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_TRACEBACK);
    for (level = 1; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d:", ar.short_src, ar.currentline);
            lua_setfield(L, LUA_REGISTRYINDEX, CLUA_WHERE);
            break;
        }
    }
    lua_settop(L, 1);
    return 1;
}

/* tostring with metamethods, for the host to describe an error object in a protected call. */
static int clua_describe(lua_State *L) {
    clua_tolstring(L, 1, NULL);
    return 1;
}

void clua_open_trampoline(lua_State *L) {
    luaL_newmetatable(L, CLUA_TARGET_MT);
    lua_pushcfunction(L, clua_box_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    clua_new_box_metatable(L, "HostError", 2);
    lua_pushcfunction(L, clua_host_error_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushcfunction(L, clua_host_error_concat);
    lua_setfield(L, -2, "__concat");
    lua_setfield(L, LUA_REGISTRYINDEX, CLUA_HOST_ERROR_MT);
}

void clua_push_message_handler(lua_State *L) { lua_pushcfunction(L, clua_message_handler); }

void clua_push_describe(lua_State *L) { lua_pushcfunction(L, clua_describe); }
