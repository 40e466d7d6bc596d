import TiwiziCore

extension CommandMessage {
    var english: String {
        switch self {
        case .importFailed(1): return "Import failed with 1 problem; the catalog was not changed."
        case .importFailed(let count): return "Import failed with \(count) problems; the catalog was not changed."
        case .moreProblems(1): return "… and 1 more problem."
        case .moreProblems(let count): return "… and \(count) more problems."
        case .importSummary(let kind, let counts):
            return
                "\(kind.name(in: .english, plural: true)): \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged"
        case .importNothing(let paths): return "No catalog files found in \(paths.joined(separator: " "))."
        case .importProgress(let done): return "Importing: \(done) records…"
        case .importRehearsed: return "Dry run: nothing was written; run the same import without --dry-run to apply it."
        case .importChangesHint(let count): return "\(count) records updated; add --changes to list what changes in each."
        case .change(let change) where change.after.isEmpty: return "\(change.field) cleared (was \(change.before))"
        case .change(let change) where change.before.isEmpty: return "\(change.field) set to \(change.after)"
        case .change(let change): return "\(change.field) \(change.before) → \(change.after)"
        case .saved(.added, let kind, let key): return "Added \(kind.name(in: .english)) \(key)."
        case .saved(.updated, let kind, let key): return "Updated \(kind.name(in: .english)) \(key)."
        case .saved(.unchanged, let kind, let key): return "\(kind.name(in: .english).capitalizedFirst) \(key) is unchanged."
        case .removed(let kind, let key): return "Removed \(kind.name(in: .english)) \(key)."
        case .linked(let knowHow, let target): return "Linked know-how \(knowHow) to \(target)."
        case .alreadyLinked(let knowHow, let target): return "Know-how \(knowHow) is already linked to \(target)."
        case .exported(let cooperatives, let products, let path):
            let coops = cooperatives == 1 ? "1 cooperative" : "\(cooperatives) cooperatives"
            let items = products == 1 ? "1 product" : "\(products) products"
            return "Exported \(coops) and \(items) to \(path)."
        case .generated(let cooperatives, let products, let path):
            let coops = cooperatives == 1 ? "1 cooperative" : "\(cooperatives) cooperatives"
            let items = products == 1 ? "1 product" : "\(products) products"
            return "Generated \(coops) and \(items) in \(path)."
        case .progress(let percent, let done, let total, let unit, let perSecond, let secondsLeft):
            let left = secondsLeft.map { " · \(Self.duration($0)) left" } ?? ""
            let items = unit == .records ? "records" : "products"
            return "\(percent)% · \(Self.grouped(done, by: ","))/\(Self.grouped(total, by: ",")) \(items) · "
                + "\(Self.grouped(perSecond, by: ","))/s\(left)"
        case .listEmpty(let kind): return "No \(kind.name(in: .english, plural: true)) match."
        case .ruleSetHash(let hash): return "rule set \(hash)"
        case .orderPlaced(let id, let total, let hash): return "Order \(id) placed: total \(total), rule set \(hash)."
        case .orderSummary(let id, let placedAt, let customer, let total, let redeemed, let hash):
            return
                "order \(id), placed at \(placedAt)\(customer.map { " by \($0)" } ?? ""): total \(total); coupons redeemed: "
                + (redeemed.isEmpty ? "none" : redeemed.joined(separator: ", ")) + "; rule set \(hash)"
        case .noOrders: return "No orders yet (tiwizi order place CART)."
        case .replayTotals(let then, let now, let sameRules):
            return "total then \(then), now \(now); " + (sameRules ? "the same rules priced both." : "the rules changed since.")
        case .noRuleSets(let folder): return "No rule sets in \(folder) (pricing/, labels/, promotions/)."
        case .noTestFiles(let folder):
            return "No rule-set tests in \(folder) (files ending in _test.lua under pricing/, labels/, promotions/)."
        case .testsSummary(let passed, let failed): return "\(passed) passed, \(failed) failed"
        case .checkHeading(let folder, let sets, let rules, let products, let at):
            return
                "Checked \(folder): \(sets) rule \(sets == 1 ? "set" : "sets"), \(rules) \(rules == 1 ? "rule" : "rules"), "
                + "on \(products) \(products == 1 ? "product" : "products") at \(at)."
        case .checkWorstCase(let quantity):
            return
                "Worst case per product, from this day on: its price on the day the rules give the lowest, "
                + "in a cart of \(quantity) units of every product with every coupon:"
        case .checkChanges(let against, let changed, let unchanged):
            return "Prices with these rules instead of \(against)'s: \(changed) changed, \(unchanged) unchanged."
        case .checkOrders(let against): return "Recorded orders replayed with \(against)'s rules (before) and these (after):"
        case .checkSummary(let errors, let warnings):
            return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        case .severity(.error): return "error"
        case .severity(.warning): return "warning"
        case .madeToOrder(let days): return "to order (\(days) d)"
        case .floorMinimum(let minimum, let share, let cooperative):
            let details = [share, cooperative.map { "floor of cooperative \($0)" }].compactMap { $0 }
            return "\(minimum) per unit" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        case .errorLabel: return "error"
        case .standardOutput: return "standard output"
        case .pluginCreated(let folder, let test, let plugins):
            let uses = [
                "its manifest and its rule", "its tests, which pass as written",
                "the LuaCATS annotations, for the Lua language server", "luacheck's configuration",
            ]
            return "Created \(folder):\n" + Self.pluginFiles(test: test, uses: uses)
                + "\nNext: tiwizi test \(folder), then tiwizi price --plugins \(plugins)"
        }
    }
}

extension String {
    /// The text with its first letter in upper case (`know-how` → `Know-how`).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
