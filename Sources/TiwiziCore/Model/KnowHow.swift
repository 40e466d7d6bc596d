/// Artisan know-how (savoir-faire): a technique, the regions that keep it, and its heritage.
public struct KnowHow: Hashable, Sendable {
    /// The slug that identifies the know-how (`argan-oil-extraction`).
    public var id: String
    public var name: LocalizedText
    public var technique: LocalizedText?
    public var craftFamily: String
    public var regions: [Region]
    public var heritage: Heritage?
    public var artisans: [Artisan]

    public init(
        id: String, name: LocalizedText, technique: LocalizedText? = nil, craftFamily: String,
        regions: [Region] = [], heritage: Heritage? = nil, artisans: [Artisan] = []
    ) {
        self.id = id
        self.name = name
        self.technique = technique
        self.craftFamily = craftFamily
        self.regions = regions
        self.heritage = heritage
        self.artisans = artisans
    }
}

/// Recognition of know-how as heritage, e.g. UNESCO intangible cultural heritage (argan, 2014).
public struct Heritage: Hashable, Sendable {
    public var status: String
    public var year: Int?
    public var title: String?
    public init(status: String, year: Int? = nil, title: String? = nil) {
        self.status = status
        self.year = year
        self.title = title
    }
}

/// A master artisan who keeps the know-how. Names are published only with consent.
public struct Artisan: Hashable, Sendable {
    public var name: String
    public var consentToPublish: Bool
    public init(name: String, consentToPublish: Bool) {
        self.name = name
        self.consentToPublish = consentToPublish
    }
}
