import TiwiziCore

/// A generated cooperative with what its products are drawn from.
struct GeneratedCooperative {
    let cooperative: Cooperative
    let family: Family
    let places: Places.RegionPlaces
    /// The first part of its products' SKUs (`TAF-01AB`).
    let skuStem: String
}

/// Draws cooperatives: where they are, what they make, who their members are, their names and
/// registrations. Numbers that must be unique (ids, ICEs) come from the cooperative's serial,
/// never from chance.
struct CooperativeMaker {
    private let regions = WeightedTable(Places.regions.map { ($0, $0.population) })
    /// For each region (by code), the families found there, weighted.
    private let families: [String: WeightedTable<Family>]
    private let knowHowRegions: [String: [Region]]
    /// The latest founding year: every founding date lies in the past of any run.
    static let lastFoundingYear = 2024
    private static let legalForms = WeightedTable<LegalForm>([(.cooperative, 88), (.union, 4), (.association, 6), (.gie, 2)])
    private static let cooperativeSizes = WeightedTable<ClosedRange<Int>>([
        (7...25, 60), (25...60, 30), (60...200, 9), (200...800, 1),
    ])
    private static let foundingYears = WeightedTable<ClosedRange<Int>>([
        (1975...1999, 10), (2000...2009, 25), (2010...lastFoundingYear, 65),
    ])
    private static let phonePrefixes = WeightedTable<String>([("5", 40), ("6", 45), ("7", 15)])

    init() {
        var families: [String: WeightedTable<Family>] = [:]
        for places in Places.regions {
            let code = places.region.code
            families[code] = WeightedTable(Families.all.map { ($0, $0.regions[code] ?? 0) })
        }
        self.families = families
        knowHowRegions = Dictionary(uniqueKeysWithValues: ReferenceData.knowHow.map { ($0.id, $0.regions) })
    }

    /// The families found in `region`, weighted.
    func families(in region: Region) -> WeightedTable<Family> { families[region.code]! }

    /// The cooperative of serial `serial` (1, 2, …).
    func make(serial: Int, _ random: inout Xoshiro256) -> GeneratedCooperative {
        let places = regions.draw(&random)
        let region = places.region
        let family = families(in: region).draw(&random)
        let legalForm = Self.legalForms.draw(&random)
        let members = Self.members(legalForm, family: family, &random)
        let word = random.pick(Words.names)
        let province = random.pick(places.provinces)
        let commune = random.pick(province.communes)
        let style = Self.style(legalForm, family: family, members: members)

        var french = "\(style.french) \(word.latin)"
        var arabic = "\(style.arabic) \(word.arabic)"
        var english = "\(word.latin) \(style.english)"
        if random.chance(35) {
            french += " " + Self.of(commune.french)
            arabic += " ب" + commune.arabic
            english += " of \(commune.french)"
        }
        var name: [Language: String] = [.french: french, .arabic: arabic]
        if random.chance(30) { name[.english] = english }
        if let tifinagh = word.tifinagh, random.chance(50) { name[.tamazight] = tifinagh }

        let id = Words.slug("\(word.latin) \(commune.french)") + "-\(serial)"
        let founded = Self.foundingDate(&random)
        let registry =
            random.chance(80)
            ? Registry(court: province.courtName, number: "\(founded.year)/\(random.int(1...400))") : nil
        let phone = random.chance(85) ? Self.phone(&random) : nil
        let email = random.chance(70) ? "\(id)@example.org" : nil
        let knowHow = family.knowHow.filter { knowHowRegions[$0]?.contains(region) == true }
        let floor: ProducerFloor? =
            random.chance(15) ? .share(Percentage(basisPoints: Int64(random.int(7500...9500, step: 50)))) : nil
        let cooperative = Cooperative(
            id: id, name: LocalizedText(normalized: name), legalForm: legalForm, registry: registry,
            ice: Self.ice(serial: serial), founded: founded, region: region, province: province.name.french,
            commune: commune.french, sector: family.sector, members: members, phone: phone, email: email,
            knowHowIDs: knowHow, producerFloor: floor)
        let stem = Words.initials(word.latin, count: 3) + "-" + Self.base36(serial, width: 4)
        return GeneratedCooperative(cooperative: cooperative, family: family, places: places, skuStem: stem)
    }

    /// "de Taliouine", "d'Aït Baha".
    static func of(_ place: String) -> String {
        let elided = place.first.map { "AEIOUYÉaeiou".contains($0) } ?? false
        return (elided ? "d'" : "de ") + place
    }

    /// Members by legal form: cooperatives have at least the legal five; many are women's
    /// cooperatives (all members women), some youth cooperatives.
    private static func members(_ form: LegalForm, family: Family, _ random: inout Xoshiro256) -> Members {
        let total: Int
        switch form {
        case .cooperative:
            total = cooperativeSizes.draw(&random).randomValue(&random)
        case .union: total = random.int(50...1500)
        case .association: total = random.int(10...300)
        case .gie: total = random.int(5...30)
        }
        let womenOnly = random.chance(family.style == Words.women ? 60 : 30)
        let women = womenOnly ? total : total * random.int(0...90) / 100
        let youth = random.chance(8) ? total : total * random.int(0...50) / 100
        return Members(total: total, women: women, youth: youth)
    }

    /// How the name begins: the legal form, else the members (women's, youth), else the trade.
    private static func style(_ form: LegalForm, family: Family, members: Members) -> Words.Style {
        switch form {
        case .union: return Words.union
        case .association: return Words.association
        case .gie: return Words.gie
        case .cooperative:
            if members.women == members.total { return Words.women }
            if members.youth == members.total { return Words.youth }
            return family.style == Words.women ? Words.plain : family.style
        }
    }

    /// Founding dates: few before 2000, most since the 2010s (law 112-12, the INDH).
    private static func foundingDate(_ random: inout Xoshiro256) -> CalendarDate {
        let year = foundingYears.draw(&random).randomValue(&random)
        return CalendarDate(year: year, month: random.int(1...12), day: random.int(1...28))!
    }

    /// `+212` then 5 (fixed line), 6 or 7 (mobile), then 8 digits.
    private static func phone(_ random: inout Xoshiro256) -> String {
        let prefix = phonePrefixes.draw(&random)
        return "+212" + prefix + Self.padded(random.int(0...99_999_999), width: 8)
    }

    /// A 15-digit ICE unique to `serial`: a 9-digit company number that never starts with 0 (so
    /// it is never one of the seed's), a bijection of the serial (7¹⁰ is prime to 9 × 10⁸), then
    /// establishment `0000` and two check digits (illustrative, not the official key).
    static func ice(serial: Int) -> String {
        let company = 100_000_000 + (serial * 282_475_249 + 12_345) % 900_000_000
        let check = 97 - (company * 10_000) % 97
        return String(company) + "0000" + padded(check, width: 2)
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `value` in upper-case base 36, left-padded with zeros to `width` digits.
    static func base36(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 36, uppercase: true)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension ClosedRange<Int> {
    /// A number of the range, drawn from `random`.
    func randomValue(_ random: inout Xoshiro256) -> Int { random.int(self) }
}
