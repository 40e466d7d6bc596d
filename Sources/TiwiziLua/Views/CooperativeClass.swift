import LuaHost
import TiwiziCore
import TiwiziStore

/// `Cooperative` in Lua: a read-only view.
enum CooperativeClass {
    static func make(_ session: CatalogSession) -> LuaUserdataClass<Cooperative> {
        LuaUserdataClass<Cooperative>("Cooperative") { cooperative in
            cooperative.field("id") { $0.id }
            cooperative.field("name") { $0.name.french }
            cooperative.field("names") { LuaObject($0.name) }
            cooperative.field("legal_form") { $0.legalForm.rawValue }
            cooperative.field("ice") { $0.ice }
            cooperative.field("founded") { LuaObject($0.founded) }
            cooperative.field("region") { LuaObject($0.region) }
            cooperative.field("province") { $0.province }
            cooperative.field("commune") { $0.commune }
            cooperative.field("sector") { $0.sector?.path }
            cooperative.field("members") { $0.members.total }
            cooperative.field("women") { $0.members.women }
            cooperative.field("youth") { $0.members.youth }
            cooperative.field("women_percent") { $0.members.womenPercent }
            cooperative.field("phone") { $0.phone }
            cooperative.field("email") { $0.email }
            cooperative.field("know_how") { c in
                try session.knowHow(c.knowHowIDs, of: "cooperatives", row: c.id).map { LuaObject($0) }
            }
            cooperative.field("know_how_ids") { $0.knowHowIDs }
            cooperative.field("producer_floor") { $0.producerFloor?.description }
            cooperative.method("products") { c, args in
                try args.checkArity(1...1)
                return .value(
                    CatalogLibrary.iterator(
                        try session.reader.products(ProductFilter(cooperativeID: c.id, day: session.context.today))))
            }
            cooperative.equals { $0.id == $1.id }
            cooperative.tostring { "Cooperative \($0.id)" }
        }
    }
}
