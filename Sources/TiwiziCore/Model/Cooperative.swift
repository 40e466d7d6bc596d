/// A cooperative (or union, association, GIE) of the social and solidarity economy.
public struct Cooperative: Hashable, Sendable {
    /// The slug that identifies the cooperative in the catalog (`tafoukt-argan`).
    public var id: String
    public var name: LocalizedText
    public var legalForm: LegalForm
    public var registry: Registry?
    /// Identifiant Commun de l'Entreprise: 15 digits, kept as text for its leading zeros.
    public var ice: String
    public var founded: CalendarDate
    public var region: Region
    public var province: String?
    public var commune: String?
    /// The sector as a category prefix (`food.oil`).
    public var sector: Category?
    public var members: Members
    public var phone: String?
    public var email: String?
    /// Ids of the know-how the cooperative practises.
    public var knowHowIDs: [String]
    /// The least the cooperative receives per unit of each of its products, as a share of the
    /// product's price (`85 %`); a product's own floor replaces it.
    public var producerFloor: ProducerFloor?

    public init(
        id: String, name: LocalizedText, legalForm: LegalForm = .cooperative, registry: Registry? = nil,
        ice: String, founded: CalendarDate, region: Region, province: String? = nil, commune: String? = nil,
        sector: Category? = nil, members: Members, phone: String? = nil, email: String? = nil,
        knowHowIDs: [String] = [], producerFloor: ProducerFloor? = nil
    ) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.registry = registry
        self.ice = ice
        self.founded = founded
        self.region = region
        self.province = province
        self.commune = commune
        self.sector = sector
        self.members = members
        self.phone = phone
        self.email = email
        self.knowHowIDs = knowHowIDs
        self.producerFloor = producerFloor
    }
}

/// The legal form under which a group of producers is registered.
public enum LegalForm: String, CaseIterable, Sendable {
    case cooperative
    case union
    case association
    case gie
}

/// Where a cooperative is registered: the court and the registry number.
public struct Registry: Hashable, Sendable {
    public var court: String
    public var number: String
    public init(court: String, number: String) {
        self.court = court
        self.number = number
    }
}

/// Membership figures. Women and youth are counts among the total.
public struct Members: Hashable, Sendable {
    public var total: Int
    public var women: Int
    public var youth: Int
    public init(total: Int, women: Int = 0, youth: Int = 0) {
        self.total = total
        self.women = women
        self.youth = youth
    }

    /// The legal minimum number of members of a Moroccan cooperative (law 112-12).
    public static let legalMinimum = 5

    /// Women's share of the membership, in whole percent (rounded half-up), or nil with no members.
    public var womenPercent: Int? { percent(of: women) }
    /// Youth's share of the membership, likewise.
    public var youthPercent: Int? { percent(of: youth) }

    /// The count `part` among the members, in whole percent rounded half-up; nil with no members.
    private func percent(of part: Int) -> Int? { total > 0 ? (part * 200 + total) / (2 * total) : nil }

    /// The sums of several memberships.
    public static func sum(_ members: some Sequence<Members>) -> Members {
        members.reduce(Members(total: 0)) {
            Members(total: $0.total + $1.total, women: $0.women + $1.women, youth: $0.youth + $1.youth)
        }
    }
}
