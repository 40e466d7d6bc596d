import TiwiziCore

/// Draws a cooperative's products: a kind of its family (now and then of another family of its
/// region), a size and a price in whole centimes, stock or made to order, an origin, the
/// certificates that fit it, its know-how and, for some, a producer floor.
struct ProductMaker {
    private let schemes: [String: CertificationScheme]
    /// The next certificate's serial, unique in the whole catalog.
    private var certificateSerial = 0

    init() {
        schemes = Dictionary(uniqueKeysWithValues: ReferenceData.schemes.map { ($0.id, $0) })
    }

    /// Product `index` (1, 2, …) of `owner`.
    mutating func make(
        _ index: Int, of owner: GeneratedCooperative, families: WeightedTable<Family>, _ random: inout Xoshiro256
    ) -> Product {
        let family = random.chance(90) ? owner.family : families.draw(&random)
        let kind = random.pick(family.kinds)
        let names = random.pick(kind.names)
        var name: [Language: String] = [.french: names.french, .arabic: names.arabic]
        if random.chance(50) { name[.english] = names.english }
        let description = kind.description.flatMap { text in
            random.chance(35) ? LocalizedText(normalized: [.french: text.french, .arabic: text.arabic]) : nil
        }
        let (quantity, dimensions, price) = Self.size(kind.sizing, &random)
        let availability: Availability =
            random.chance(kind.madeToOrder)
            ? .madeToOrder(leadDays: random.int(kind.leadDays))
            : .inStock(random.chance(5) ? 0 : random.int(kind.stock))
        let origin = Self.origin(of: owner, family: family, &random)
        let region = origin?.region ?? owner.cooperative.region
        var certificates: [Certificate] = []
        for (id, percent) in kind.schemes {
            guard let scheme = schemes[id], scheme.covers(category: kind.category, region: region), random.chance(percent)
            else { continue }
            certificates.append(certificate(scheme, &random))
        }
        var knowHow: [String] = []
        if let id = kind.knowHow, owner.cooperative.knowHowIDs.contains(id), random.chance(85) { knowHow = [id] }
        return Product(
            sku: "\(owner.skuStem)-\(kind.code)-\(index)", cooperativeID: owner.cooperative.id,
            name: LocalizedText(normalized: name), description: description, category: kind.category,
            quantity: quantity, dimensions: dimensions, price: Money(minorUnits: Int64(price)), vat: kind.vat,
            availability: availability, origin: origin, allergens: kind.allergens, certificates: certificates,
            knowHowIDs: knowHow, producerFloor: random.chance(6) ? Self.floor(price: price, &random) : nil)
    }

    /// A quantity, dimensions for pieces, and a price in centimes. A piece costs more the
    /// bigger it is, give or take 15 %.
    private static func size(_ sizing: ProductKind.Sizing, _ random: inout Xoshiro256) -> (
        NetQuantity, Dimensions?, Int
    ) {
        switch sizing {
        case .amounts(let sizes):
            let size = random.pick(sizes)
            let price = random.int(size.price.lowerBound * 100...size.price.upperBound * 100)
            return (NetQuantity(thousandths: size.thousandths, unit: size.unit), nil, rounded(price))
        case .pieces(let lengths, let widths, let prices):
            let length = random.int(lengths)
            let width = widths.map { min(random.int($0), length) } ?? length
            let span = max(1, lengths.upperBound - lengths.lowerBound)
            let base =
                prices.lowerBound * 100 + (prices.upperBound - prices.lowerBound) * 100 * (length - lengths.lowerBound) / span
            return (
                NetQuantity(thousandths: 1000, unit: .piece), Dimensions(lengthCm: length, widthCm: width),
                rounded(base * random.int(85...115) / 100)
            )
        case .area(let lengths, let widths, let rates):
            let length = random.int(lengths.lowerBound...lengths.upperBound, step: 10)
            let width = min(random.int(widths.lowerBound...widths.upperBound, step: 10), length)
            // MAD per m² × cm × cm / 10,000 cm² per m², in centimes.
            let centimes = random.int(rates) * length * width / 100
            return (
                NetQuantity(thousandths: 1000, unit: .piece), Dimensions(lengthCm: length, widthCm: width),
                rounded(centimes)
            )
        }
    }

    /// A price in centimes as cooperatives set them: to 50 centimes below 100 MAD, to 5 MAD
    /// below 1,000 MAD, to 10 MAD above.
    static func rounded(_ centimes: Int) -> Int {
        let step = centimes >= 100_000 ? 1000 : centimes >= 10_000 ? 500 : 50
        return max(step, (centimes + step / 2) / step * step)
    }

    /// Most products come from the cooperative's seat; some name a village of its region, a few
    /// come from another region where the family is found (a union buying from its members).
    private static func origin(of owner: GeneratedCooperative, family: Family, _ random: inout Xoshiro256) -> Origin? {
        let draw = random.below(100)
        if draw < 82 { return nil }
        if draw < 94 {
            return Origin(region: nil, place: random.pick(random.pick(owner.places.provinces).communes).french)
        }
        let elsewhere = Places.regions.filter {
            $0.region != owner.cooperative.region && (family.regions[$0.region.code] ?? 0) > 0
        }
        guard !elsewhere.isEmpty else { return Origin(region: owner.cooperative.region, place: nil) }
        let places = WeightedTable(elsewhere.map { ($0, family.regions[$0.region.code]!) }).draw(&random)
        return Origin(region: places.region, place: random.pick(random.pick(places.provinces).communes).french)
    }

    /// A certificate of `scheme` with a unique number, valid 1 to 5 years from a day between
    /// 2018 and 2027, most since 2022: some have expired, many are current, some start later.
    private mutating func certificate(_ scheme: CertificationScheme, _ random: inout Xoshiro256) -> Certificate {
        certificateSerial += 1
        let year = Self.certificateYears.draw(&random).randomValue(&random)
        let from = CalendarDate(year: year, month: random.int(1...12), day: random.int(1...28))!
        let until = CalendarDate(year: year + random.int(1...5), month: from.month, day: from.day)!.dayBefore
        let prefix = Self.certificatePrefixes[scheme.id] ?? scheme.id.uppercased()
        let number = "\(prefix)-\(year)-\(CooperativeMaker.padded(certificateSerial, width: 6))"
        return Certificate(schemeID: scheme.id, number: number, validFrom: from, validUntil: until)
    }

    /// The first years of certificates: most recent, some old, some to come.
    private static let certificateYears = WeightedTable<ClosedRange<Int>>([
        (2018...2021, 25), (2022...2025, 60), (2026...2027, 15),
    ])

    /// How each certifier numbers its certificates (invented, in the seed's style).
    private static let certificatePrefixes = [
        "aop-safran-taliouine": "AOP-SAF", "aop-huile-olive-tyout-chiadma": "AOP-HOT",
        "aop-rose-kelaat-mgouna-dades": "AOP-ROS", "igp-argane": "IGP-ARG", "igp-dattes-majhoul-tafilalet": "IGP-DMT",
        "igp-miel-euphorbe-tadla-azilal": "IGP-MEU", "igp-clementine-berkane": "IGP-CLB",
        "igp-fromage-chevre-chefchaouen": "IGP-FCC", "igp-amande-tafraout": "IGP-AMT",
        "igp-figue-barbarie-ait-baamrane": "IGP-FBA", "label-agricole": "LA", "bio-maroc": "BIO-MA",
        "terroir-du-maroc": "TDM", "morocco-handmade": "MHM", "fairtrade": "FLO", "fair-for-life": "FFL-MA",
    ]

    /// A share of 70 to 95 % of the price, or an amount of 60 to 90 % of it in whole dirhams.
    private static func floor(price: Int, _ random: inout Xoshiro256) -> ProducerFloor {
        if random.chance(50) { return .share(Percentage(basisPoints: Int64(random.int(7000...9500, step: 50)))) }
        let amount = price * random.int(60...90) / 100 / 100 * 100
        return .amount(Money(minorUnits: Int64(amount)))
    }
}

extension CalendarDate {
    /// The day before (certificates end the day before their anniversary).
    var dayBefore: CalendarDate {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1)! }
        if month > 1 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return CalendarDate(year: year, month: month - 1, day: lengths[month - 2])!
        }
        return CalendarDate(year: year - 1, month: 12, day: 31)!
    }
}
