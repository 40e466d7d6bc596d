extension ValueProblem {
    public var english: String {
        switch self {
        case .required(let field): return "\(field) is required."
        case .frenchNameRequired: return "a French name (fr) is required."
        case .wrongScript(let language, let text):
            return "the \(language.englishName) text “\(text)” must be written in \(language.englishScriptName) script."
        case .slugInvalid(let value):
            return
                "“\(value)” is not a valid identifier; use 2–64 lowercase letters, digits and single hyphens (e.g. tafoukt-argan)."
        case .skuInvalid(let value):
            return "“\(value)” is not a valid SKU; use 3–32 uppercase letters, digits and hyphens (e.g. TAF-ARG-250)."
        case .iceInvalid(let value):
            let length = value.count == 1 ? "1 character" : "\(value.count) characters"
            return "an ICE is exactly 15 digits; “\(value)” has \(length)."
        case .phoneInvalid(let value):
            return "“\(value)” is not a Moroccan phone number; write +212 then 5, 6 or 7 then 8 digits."
        case .emailInvalid(let value): return "“\(value)” is not an email address."
        case .integerInvalid(let value): return "“\(value)” is not a whole number."
        case .booleanInvalid(let value): return "“\(value)” is not yes/no (true or false)."
        case .dateInvalid(let value): return "“\(value)” is not a date; write YYYY-MM-DD (e.g. 2011-04-18)."
        case .foundedInFuture(let founded, let today):
            return "founding date \(founded) is in the future (today is \(today))."
        case .regionUnknown(let value): return "unknown region “\(value)”; use a code from MA-01 to MA-12."
        case .searchTooLong(let words):
            return "a search has at most \(FieldParsing.maximumSearchWords) words; this one has \(words)."
        case .searchTooLarge(let bytes):
            return "a search has at most \(FieldParsing.maximumSearchBytes) bytes of text; this one has \(bytes)."
        case .categoryInvalid(let value):
            return "“\(value)” is not a category path; use lowercase words joined by dots (e.g. food.oil.argan)."
        case .valueNotAllowed(let value, let allowed):
            return "“\(value)” is not allowed; use one of: \(allowed.joined(separator: ", "))."
        case .quantityInvalid(let value):
            return "“\(value)” is not an amount; write a number with at most 3 decimals (e.g. 250 or 0.5)."
        case .quantityNotPositive: return "the net quantity must be greater than 0."
        case .quantityPieceFractional(let value): return "a quantity in pieces is a whole number, not \(value)."
        case .stockNegative(let units): return "stock is \(units); it must be 0 or more (or mark the product made to order)."
        case .stockAndMadeToOrder: return "give either a stock or made to order with a lead time, not both."
        case .leadDaysInvalid(let days): return "lead time is \(days) days; it must be between 1 and 365."
        case .dimensionsInvalid: return "dimensions must be whole centimetres greater than 0."
        case .membersOutOfRange(let group, let count, let total):
            return "\(group) members (\(count)) must be between 0 and the total (\(total))."
        case .membersBelowMinimum(let count, let minimum):
            let members = count == 1 ? "1 member" : "\(count) members"
            return "\(members) is below the legal minimum of \(minimum) for a cooperative."
        case .priceInvalid(let value, let reason): return "“\(value)” is not a price: \(reason.english)"
        case .priceNegative(let value): return "a price cannot be negative (\(value))."
        case .currencyUnknown(let value): return "unknown currency “\(value)”; use an ISO 4217 code such as MAD or EUR."
        case .producerFloorInvalid(let value):
            return
                "“\(value)” is not a producer floor; write a share of the price such as 85 % (0 to 100 %, at most 2 decimals) or an amount per unit such as 120.00."
        case .producerFloorShareOutOfRange(let value):
            return "a producer floor share is between 0 and 100 %, not \(value)."
        case .producerFloorNegative(let value): return "a producer floor cannot be negative (\(value))."
        case .producerFloorCurrency(let floor, let currency):
            return "the producer floor \(floor) is not in the product's currency, \(currency)."
        case .producerFloorAbovePrice(let floor, let price):
            return "the producer floor \(floor) is above the product's price \(price); it is part of that price."
        case .producerFloorAmountForCooperative(let value):
            return
                "a cooperative's producer floor applies to all its products, whatever their price: give a share like “85 %”, or put the amount \(value) on the product."
        case .certificateDates(let from, let until): return "the certificate ends (\(until)) before it starts (\(from))."
        case .certificateNotCovered(let scheme, let category, let region):
            return "scheme \(scheme) does not cover a \(category) product from \(region); check the category or the origin."
        case .certificateInvalid(let value):
            return
                "“\(value)” is not a certificate; write scheme:number:valid_from:valid_until (e.g. igp-argane:IGP-1:2024-01-01:2027-12-31)."
        case .certificateNumberInvalid(let value):
            return "certificate number “\(value)” must be 1 to 64 characters, without “:”, “|” or surrounding spaces."
        case .listedTwice(let value): return "“\(value)” is listed twice; keep it once."
        case .originSchemeNeedsArea(let kind):
            return "an \(kind) is an origin scheme: give its `area`, the regions where the protected area lies."
        case .numberOutOfRange(let value, let range):
            return "\(value) is out of range: write a whole number from \(range.lowerBound) to \(range.upperBound)."
        case .textTooLong(let count, let maximum):
            return "this text has \(count) characters; at most \(maximum) are allowed."
        case .textControlCharacter(let code):
            return "this text contains an invisible control character (\(code)); remove it (and any line break)."
        case .artisanNameInvalid(let value): return "artisan name “\(value)” must not contain “|”."
        case .unknownCooperative(let id): return "no cooperative “\(id)” in the catalog or in this import; add it first."
        case .unknownScheme(let id): return "no certification scheme “\(id)”; add it to the schemes first."
        case .unknownKnowHow(let id): return "no know-how “\(id)”; add it first."
        case .alreadyExists(.products, let sku, let cooperative?):
            return "a product with SKU \(sku) already exists (cooperative \(cooperative))."
        case .alreadyExists(let kind, let key, _):
            return "\(kind.name(in: .english)) \(key) already exists."
        case .skuOfAnotherCooperative(let sku, let owner):
            return
                "SKU \(sku) belongs to cooperative \(owner); a cooperative cannot take over another's product (remove it first)."
        case .duplicateICE(let ice, let owner): return "ICE \(ice) is already used by cooperative \(owner)."
        }
    }
}

extension Language {
    /// The language's name in English.
    var englishName: String {
        switch self {
        case .french: return "French"
        case .arabic: return "Arabic"
        case .english: return "English"
        case .tamazight: return "Tamazight"
        }
    }

    /// The name of the script the language is written in, in English.
    var englishScriptName: String {
        switch self {
        case .french, .english: return "Latin"
        case .arabic: return "Arabic"
        case .tamazight: return "Tifinagh"
        }
    }
}
