import LuaHost
import TiwiziCore
import TiwiziStore

/// The `catalog` table: read-only queries over the catalog snapshot of the run.
///
/// ```lua
/// for p in catalog.products{region = "MA-09", category = "food.oil"} do print(p.sku, p.price) end
/// local coop = catalog.cooperative("tafoukt-argan")
/// ```
enum CatalogLibrary {
    static let filterKeys = ["cooperative", "region", "category", "certification", "stock", "search", "limit"]

    static func make(_ session: CatalogSession) -> LuaLibrary {
        LuaLibrary([
            "product": LuaHostFunction { args in
                .value(try key(args).flatMap(session.reader.product).map { LuaObject($0) })
            },
            "products": LuaHostFunction { args in
                try args.checkArity(0...1)
                return .value(iterator(try session.reader.products(try filter(args, session))))
            },
            "count": LuaHostFunction { args in
                try args.checkArity(0...1)
                let filter = try filter(args, session)
                // `limit` caps the count too, so count{…} always equals the number of products{…} yields.
                return .value(min(try session.reader.countProducts(filter), filter.limit ?? Int.max))
            },
            "cooperative": LuaHostFunction { args in
                .value(try key(args).flatMap(session.reader.cooperative).map { LuaObject($0) })
            },
            "cooperatives": LuaHostFunction { args in
                try args.checkArity(0...1)
                let options = try args.argument(1, as: LuaTable?.self) ?? LuaTable()
                try checkKeys(options, allowed: ["region"])
                let region = try text(options, "region").map { code in try parse { try FieldParsing.region(code) } }
                return .value(iterator(try session.reader.cooperatives(region: region)))
            },
            "know_how": LuaHostFunction { args in
                .value(try key(args).flatMap(session.reader.knowHow).map { LuaObject($0) })
            },
            "scheme": LuaHostFunction { args in
                .value(try key(args).flatMap(session.reader.certificationScheme).map { LuaObject($0) })
            },
            "region": LuaHostFunction { args in
                .value(try key(args).flatMap(Region.init(code:)).map { LuaObject($0) })
            },
            "regions": LuaHostFunction { args in
                try args.checkArity(0...0)
                return .value(Region.all.map { LuaObject($0) })
            },
        ])
    }

    /// What an open cursor holds on the host (a prepared statement and a page of records),
    /// counted against the script's memory cap while the iterator lives: 200,000 iterators left
    /// open once held 2.3 GB outside the cap.
    static let openCursorBytes = 16 << 10

    /// A Lua iterator over a catalog cursor (for the generic `for`); the cursor is let go as
    /// soon as it ends, and otherwise when Lua collects the iterator.
    static func iterator<Record: Sendable>(_ cursor: some CatalogCursor<Record>) -> LuaHostFunction {
        var open: (any CatalogCursor<Record>)? = cursor
        return LuaHostFunction.iterator(holding: openCursorBytes) {
            guard let record = try open?.next() else {
                open = nil
                return nil
            }
            return LuaObject(record)
        }
    }

    /// Reads `{region = …, category = …}` into a filter; unknown keys, bad values and ids that name
    /// nothing are errors (a misspelt id would otherwise select nothing, silently).
    private static func filter(_ args: LuaArguments, _ session: CatalogSession) throws -> ProductFilter {
        let options = try args.argument(1, as: LuaTable?.self) ?? LuaTable()
        try checkKeys(options, allowed: filterKeys)
        func text(_ key: String) throws(LuaScriptError) -> String? { try CatalogLibrary.text(options, key) }
        var filter = ProductFilter(day: session.context.today)
        filter.cooperativeID = try text("cooperative")
        if let id = filter.cooperativeID, try session.reader.seat(ofCooperative: id) == nil {
            throw LuaScriptError(TextParsing.message(CatalogError.notFound(.cooperatives, key: id)))
        }
        filter.region = try text("region").map { code in try parse { try FieldParsing.region(code) } }
        filter.category = try text("category").map { path in try parse { try FieldParsing.category(path) } }
        filter.schemeID = try text("certification")
        if let id = filter.schemeID, try session.scheme(id) == nil {
            throw LuaScriptError(TextParsing.message(CatalogError.notFound(.schemes, key: id)))
        }
        filter.stockStatus = try text("stock").map { status in try parse { try FieldParsing.choice(status, as: StockStatus.self) }
        }
        filter.search = try text("search").map { words in try parse { try FieldParsing.search(words) } }
        if options["limit"] != .nil {
            guard let limit = options["limit"].integerValue, limit >= 0 else {
                throw LuaScriptError("filter 'limit' must be a whole number ≥ 0")
            }
            filter.limit = Int(limit)
        }
        return filter
    }

    /// The one argument of a lookup by key, as text; nil, without copying it, when it is longer
    /// than any key (`Identifier.maximumKeyBytes`): no record has it.
    private static func key(_ args: LuaArguments) throws(LuaArgumentError) -> String? {
        try args.checkArity(1...1)
        if let bytes = args.byteCount(at: 1), bytes > Identifier.maximumKeyBytes { return nil }
        return try args.argument(1, as: String.self)
    }

    /// Filter `key` as text, nil when absent; any other type is an error (never ignored).
    private static func text(_ options: LuaTable, _ key: String) throws(LuaScriptError) -> String? {
        let value = options[key]
        if value == .nil { return nil }
        guard let text = value.stringValue else {
            throw LuaScriptError("filter '\(key)' must be a string, got \(value.typeName)")
        }
        return text
    }

    private static func checkKeys(_ options: LuaTable, allowed: [String]) throws(LuaScriptError) {
        for (key, _) in options.orderedHash {
            guard let name = key.stringValue, allowed.contains(name) else {
                throw LuaScriptError(
                    "unknown filter \(key.stringValue.map { "'\($0)'" } ?? key.typeName) (expected \(allowed.joined(separator: ", ")))"
                )
            }
        }
        if !options.array.isEmpty { throw LuaScriptError("filters are named: {region = \"MA-09\"}, not a list") }
    }

    /// Catalog validation messages become Lua errors at the caller's line.
    static func parse<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let issue as Issue { throw LuaScriptError(TextParsing.message(issue.problem)) }
    }
}
