import Foundation
import LuaHost

/// An effect table as decoding reads it: any table a rule returned, converted in full
/// (`LuaTable`), or the usual small one read where the rule left it (`LuaFlatTable`: named
/// scalar fields, no Swift dictionary built).
protocol EffectTable {
    /// `t.name`, raw: `.nil` when absent.
    subscript(field: String) -> LuaValue { get }
    /// Whether it has no sequence part and `accept` takes every key, each a string.
    func allStringKeys(_ accept: (ArraySlice<UInt8>) -> Bool) -> Bool
    /// The table converted in full, for the messages that list its keys.
    var luaTable: LuaTable { get }
}

extension LuaTable: EffectTable {
    func allStringKeys(_ accept: (ArraySlice<UInt8>) -> Bool) -> Bool {
        guard array.isEmpty else { return false }
        for key in hash.keys {
            guard case .string(let bytes) = key, accept(bytes[...]) else { return false }
        }
        return true
    }

    var luaTable: LuaTable { self }
}

extension LuaFlatTable: EffectTable {
    func allStringKeys(_ accept: (ArraySlice<UInt8>) -> Bool) -> Bool { allKeys(accept) }
    var luaTable: LuaTable { table }
}

/// A name and its UTF-8 bytes, compared with the bytes of a key read from Lua (no string built).
struct KeyName: Sendable {
    let name: String
    private let bytes: [UInt8]

    init(_ name: String) {
        self.name = name
        bytes = Array(name.utf8)
    }

    func matches(_ key: ArraySlice<UInt8>) -> Bool {
        key.count == bytes.count
            && (key.isEmpty
                || key.withUnsafeBufferPointer { key in
                    bytes.withUnsafeBufferPointer { memcmp(key.baseAddress!, $0.baseAddress!, key.count) == 0 }
                })
    }
}
