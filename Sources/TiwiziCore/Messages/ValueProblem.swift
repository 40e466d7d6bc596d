/// What is wrong with a value or a record of the catalog, whatever the input it came from (a
/// file, a CSV row, a command-line option, a script). Rendered in English and French by
/// `ValueProblem+English.swift` and `ValueProblem+French.swift`.
public enum ValueProblem: Problem, Bilingual {
    // A field
    /// A required field is missing or empty.
    case required(field: String)
    /// A name without its French text.
    case frenchNameRequired
    /// Text of `language` written in another script.
    case wrongScript(language: Language, text: String)
    case slugInvalid(String)
    case skuInvalid(String)
    /// An ICE that is not 15 digits.
    case iceInvalid(String)
    case phoneInvalid(String)
    case emailInvalid(String)
    case integerInvalid(String)
    case booleanInvalid(String)
    case dateInvalid(String)
    case foundedInFuture(founded: CalendarDate, today: CalendarDate)
    case regionUnknown(String)
    /// A search of more words than `FieldParsing.maximumSearchWords`.
    case searchTooLong(words: Int)
    /// A search of more bytes than `FieldParsing.maximumSearchBytes`.
    case searchTooLarge(bytes: Int)
    case categoryInvalid(String)
    /// A value outside a closed set.
    case valueNotAllowed(String, allowed: [String])
    case quantityInvalid(String)
    case quantityNotPositive
    /// A quantity in pieces with decimals.
    case quantityPieceFractional(String)
    case stockNegative(Int)
    case stockAndMadeToOrder
    case leadDaysInvalid(Int)
    case dimensionsInvalid
    /// A group of members (`women`, `youth`) larger than the total or negative.
    case membersOutOfRange(group: String, count: Int, total: Int)
    /// Fewer members than the law requires of a cooperative (a warning).
    case membersBelowMinimum(count: Int, minimum: Int)
    /// Text that is not an amount, and why.
    case priceInvalid(String, reason: MoneyParseError)
    case priceNegative(String)
    case currencyUnknown(String)
    /// Text that is neither a share of the price (`85 %`) nor an amount (`120.00`).
    case producerFloorInvalid(String)
    /// A share (as written, `120 %`) outside 0…100 %.
    case producerFloorShareOutOfRange(String)
    case producerFloorNegative(String)
    /// An amount in another currency than the product's price.
    case producerFloorCurrency(floor: String, currency: String)
    /// An amount above the product's price.
    case producerFloorAbovePrice(floor: String, price: String)
    /// An amount as a cooperative's floor, which applies to products of any price.
    case producerFloorAmountForCooperative(String)
    case certificateDates(from: CalendarDate, until: CalendarDate)
    /// A certificate whose scheme does not cover the product's category or origin.
    case certificateNotCovered(scheme: String, category: String, region: String)
    /// A certificate not written `scheme:number:valid_from:valid_until`.
    case certificateInvalid(String)
    case certificateNumberInvalid(String)
    /// An item listed twice in a list that holds each item once.
    case listedTwice(String)
    /// An origin scheme (AOP, IGP) without its area.
    case originSchemeNeedsArea(kind: String)
    /// A number (as written) outside its bounds.
    case numberOutOfRange(String, range: ClosedRange<Int>)
    case textTooLong(count: Int, maximum: Int)
    /// Text with a control character or a bidi override, given as `U+XXXX`.
    case textControlCharacter(code: String)
    case artisanNameInvalid(String)
    // References and conflicts with the catalog
    case unknownCooperative(String)
    case unknownScheme(String)
    case unknownKnowHow(String)
    /// An add of a record whose key is taken; for a product, `cooperative` is its owner.
    case alreadyExists(RecordKind, key: String, cooperative: String? = nil)
    case skuOfAnotherCooperative(sku: String, owner: String)
    case duplicateICE(ice: String, owner: String)
}
