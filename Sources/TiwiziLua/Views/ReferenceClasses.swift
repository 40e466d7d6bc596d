import LuaHost
import TiwiziCore

/// The small read-only views: `Text`, `Region`, `Certificate`, `Scheme`, `KnowHow`.
enum ReferenceClasses {
    static func text() -> LuaUserdataClass<LocalizedText> {
        LuaUserdataClass<LocalizedText>("Text") { text in
            for language in Language.allCases { text.field(language.rawValue) { $0[language] } }
            text.tostring { $0.french }
        }
    }

    static func region() -> LuaUserdataClass<Region> {
        LuaUserdataClass<Region>("Region") { region in
            region.field("code") { $0.code }
            region.field("name") { $0.name.french }
            region.field("names") { LuaObject($0.name) }
            region.equals { $0 == $1 }
            region.tostring { $0.code }
            // Twelve values, read on every `p.region`: one userdata each per sandbox, made once.
            region.interned { $0.code }
        }
    }

    static func certificate(_ session: CatalogSession) -> LuaUserdataClass<Certificate> {
        LuaUserdataClass<Certificate>("Certificate") { certificate in
            certificate.field("scheme_id") { $0.schemeID }
            certificate.field("scheme") { LuaObject(try session.scheme(of: $0)) }
            certificate.field("number") { $0.number }
            certificate.field("valid_from") { LuaObject($0.validFrom) }
            certificate.field("valid_until") { LuaObject($0.validUntil) }
            certificate.method("is_valid") { c, args in
                try args.checkArity(1...2)
                return .value(c.isValid(on: try LuaConversions.day(args, at: 2, default: session.context.today)))
            }
            certificate.tostring { "Certificate \($0.schemeID) \($0.number)" }
        }
    }

    static func scheme() -> LuaUserdataClass<CertificationScheme> {
        LuaUserdataClass<CertificationScheme>("Scheme") { scheme in
            scheme.field("id") { $0.id }
            scheme.field("kind") { $0.kind.rawValue }
            scheme.field("name") { $0.name.french }
            scheme.field("names") { LuaObject($0.name) }
            scheme.field("categories") { $0.categories.map(\.path) }
            scheme.field("area") { $0.area.map { LuaObject($0) } }
            scheme.equals { $0.id == $1.id }
            scheme.tostring { "Scheme \($0.id)" }
        }
    }

    static func knowHow() -> LuaUserdataClass<KnowHow> {
        LuaUserdataClass<KnowHow>("KnowHow") { knowHow in
            knowHow.field("id") { $0.id }
            knowHow.field("name") { $0.name.french }
            knowHow.field("names") { LuaObject($0.name) }
            knowHow.field("technique") { $0.technique?.french }
            knowHow.field("craft_family") { $0.craftFamily }
            knowHow.field("regions") { $0.regions.map { LuaObject($0) } }
            knowHow.field("heritage") { $0.heritage?.status }
            knowHow.field("heritage_year") { $0.heritage?.year }
            // Only artisans who consented to publication are visible to scripts.
            knowHow.field("artisans") { $0.artisans.filter(\.consentToPublish).map(\.name) }
            knowHow.equals { $0.id == $1.id }
            knowHow.tostring { "KnowHow \($0.id)" }
        }
    }
}
