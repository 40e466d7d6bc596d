import LuaHost
import Testing
import TiwiziLua

/// `tiwizi.api`, the version of the API: a value with `major` and `minor`, compared with other
/// versions (`tiwizi.version`) and with `at_least`.
@Suite struct APIVersionTests {
    @Test func theVersionIsAValueWithMajorMinorAndText() throws {
        let lines = try LuaCatalog().output(
            """
            local api = tiwizi.api
            print(getmetatable(api), api.major, api.minor, math.type(api.major), tostring(api), api)
            print(tiwizi.version(2, 1), tiwizi.version(3), getmetatable(tiwizi.version(1, 0)))
            """)
        #expect(lines == ["Version\t2\t1\tinteger\t2.1\t2.1", "2.1\t3.0\tVersion"])
    }

    @Test func versionsCompareByMajorThenMinor() throws {
        let lines = try LuaCatalog().output(
            """
            local v = tiwizi.version
            print(tiwizi.api == v(2, 1), tiwizi.api == v(2), tiwizi.api == v(2, 2), tiwizi.api ~= v(1, 0))
            print(v(1, 9) < v(2, 0), v(2, 0) < v(2, 1), v(2, 1) < v(2, 0), v(2, 10) < v(3, 0), v(2, 9) < v(2, 10))
            print(v(2, 1) <= tiwizi.api, tiwizi.api <= v(2, 1), v(2, 2) <= tiwizi.api, v(3) > tiwizi.api, v(1) >= v(1, 0))
            """)
        #expect(
            lines == [
                "true\tfalse\tfalse\ttrue", "true\ttrue\tfalse\ttrue\ttrue", "true\ttrue\tfalse\ttrue\ttrue",
            ])
    }

    @Test func atLeastComparesWithMajorAndOptionalMinor() throws {
        let line = try LuaCatalog().line(
            """
            local api = tiwizi.api
            print(api:at_least(2), api:at_least(2, 0), api:at_least(2, nil), api:at_least(1), api:at_least(1, 99),
                  api:at_least(2, 2), api:at_least(3), api:at_least(0), tiwizi.version(2, 5):at_least(2, 4))
            """)
        #expect(line == "true\ttrue\ttrue\ttrue\ttrue\tfalse\tfalse\ttrue\ttrue")
    }

    @Test(
        arguments: [
            ("tiwizi.api:at_least()", "bad argument #1 to 'at_least' (value expected)"),
            ("tiwizi.api:at_least('2')", "bad argument #1 to 'at_least' (integer major version expected, got string)"),
            ("tiwizi.api:at_least(2, 0.5)", "bad argument #2 to 'at_least' (integer minor version expected, got number)"),
            ("tiwizi.api:at_least(-1)", "bad argument #1 to 'at_least' (major version must be ≥ 0, got -1)"),
            ("tiwizi.version()", "bad argument #1 to 'version' (value expected)"),
            ("tiwizi.version(2, -1)", "bad argument #2 to 'version' (minor version must be ≥ 0, got -1)"),
            ("tiwizi.api < 3", "bad argument #2 to 'lt' (Version expected, got number)"),
            ("tiwizi.api <= '2.0'", "bad argument #2 to 'le' (Version expected, got string)"),
            ("tiwizi.api.patch", "Version has no field 'patch'"),
        ])
    func versionMisuseRaises(_ statement: String, _ expected: String) throws {
        #expect(try LuaCatalog().errorMessage("local _ = \(statement)") == "script.lua:1: \(expected)")
    }

    @Test func aReturnedVersionIsRendered() throws {
        let result = try LuaCatalog().run("return tiwizi.api")
        #expect(result.values.map { ScriptValueRendering.text($0) } == ["2.1"])
    }
}
