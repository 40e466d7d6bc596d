extension ValueProblem {
    public var french: String {
        switch self {
        case .required(let field): return "\(field) est obligatoire."
        case .frenchNameRequired: return "un nom en français (fr) est obligatoire."
        case .wrongScript(let language, let text):
            return "le texte en \(language.frenchName) « \(text) » doit être écrit en alphabet \(language.frenchScriptName)."
        case .slugInvalid(let value):
            return
                "« \(value) » n'est pas un identifiant valide ; utilisez de 2 à 64 minuscules, chiffres et tirets simples (ex. tafoukt-argan)."
        case .skuInvalid(let value):
            return
                "« \(value) » n'est pas une référence (SKU) valide ; utilisez de 3 à 32 majuscules, chiffres et tirets (ex. TAF-ARG-250)."
        case .iceInvalid(let value):
            let length = value.count <= 1 ? "\(value.count) caractère" : "\(value.count) caractères"
            return "un ICE compte exactement 15 chiffres ; « \(value) » compte \(length)."
        case .phoneInvalid(let value):
            return "« \(value) » n'est pas un numéro marocain ; écrivez +212 puis 5, 6 ou 7 puis 8 chiffres."
        case .emailInvalid(let value): return "« \(value) » n'est pas une adresse e-mail."
        case .integerInvalid(let value): return "« \(value) » n'est pas un nombre entier."
        case .booleanInvalid(let value): return "« \(value) » n'est pas oui/non (true ou false)."
        case .dateInvalid(let value): return "« \(value) » n'est pas une date ; écrivez AAAA-MM-JJ (ex. 2011-04-18)."
        case .foundedInFuture(let founded, let today):
            return "la date de création \(founded) est dans le futur (nous sommes le \(today))."
        case .regionUnknown(let value): return "région « \(value) » inconnue ; utilisez un code de MA-01 à MA-12."
        case .searchTooLong(let words):
            return "une recherche a au plus \(FieldParsing.maximumSearchWords) mots ; celle-ci en a \(words)."
        case .searchTooLarge(let bytes):
            return "une recherche a au plus \(FieldParsing.maximumSearchBytes) octets de texte ; celle-ci en a \(bytes)."
        case .categoryInvalid(let value):
            return
                "« \(value) » n'est pas une catégorie ; écrivez des mots en minuscules séparés par des points (ex. food.oil.argan)."
        case .valueNotAllowed(let value, let allowed):
            return "« \(value) » n'est pas permis ; valeurs possibles : \(allowed.joined(separator: ", "))."
        case .quantityInvalid(let value):
            return "« \(value) » n'est pas une quantité ; écrivez un nombre avec au plus 3 décimales (ex. 250 ou 0,5)."
        case .quantityNotPositive: return "la quantité nette doit être supérieure à 0."
        case .quantityPieceFractional(let value): return "une quantité en pièces est un nombre entier, pas \(value)."
        case .stockNegative(let units):
            return "le stock vaut \(units) ; il doit être positif ou nul (ou marquez le produit sur commande)."
        case .stockAndMadeToOrder: return "indiquez soit un stock, soit une fabrication sur commande avec un délai, pas les deux."
        case .leadDaysInvalid(let days): return "le délai est de \(days) jours ; il doit être compris entre 1 et 365."
        case .dimensionsInvalid: return "les dimensions doivent être des centimètres entiers supérieurs à 0."
        case .membersOutOfRange(let group, let count, let total):
            return "le nombre de membres (\(group) : \(count)) doit être compris entre 0 et le total (\(total))."
        case .membersBelowMinimum(let count, let minimum):
            let members = count <= 1 ? "\(count) membre" : "\(count) membres"
            return "\(members), c'est moins que le minimum légal de \(minimum) pour une coopérative."
        case .priceInvalid(let value, let reason): return "« \(value) » n'est pas un prix : \(reason.french)"
        case .priceNegative(let value): return "un prix ne peut pas être négatif (\(value))."
        case .currencyUnknown(let value): return "devise « \(value) » inconnue ; utilisez un code ISO 4217 comme MAD ou EUR."
        case .producerFloorInvalid(let value):
            return
                "« \(value) » n'est pas un plancher producteur ; écrivez une part du prix comme 85 % (de 0 à 100 %, au plus 2 décimales) ou un montant par unité comme 120,00."
        case .producerFloorShareOutOfRange(let value):
            return "la part d'un plancher producteur est comprise entre 0 et 100 %, pas \(value)."
        case .producerFloorNegative(let value): return "un plancher producteur ne peut pas être négatif (\(value))."
        case .producerFloorCurrency(let floor, let currency):
            return "le plancher producteur \(floor) n'est pas dans la devise du produit, \(currency)."
        case .producerFloorAbovePrice(let floor, let price):
            return "le plancher producteur \(floor) dépasse le prix du produit, \(price) ; il fait partie de ce prix."
        case .producerFloorAmountForCooperative(let value):
            return
                "le plancher producteur d'une coopérative vaut pour tous ses produits, quel que soit leur prix : indiquez une part comme « 85 % », ou mettez le montant \(value) sur le produit."
        case .certificateDates(let from, let until): return "le certificat se termine (\(until)) avant de commencer (\(from))."
        case .certificateNotCovered(let scheme, let category, let region):
            return
                "le référentiel \(scheme) ne couvre pas un produit \(category) de \(region) ; vérifiez la catégorie ou l'origine."
        case .certificateInvalid(let value):
            return
                "« \(value) » n'est pas un certificat ; écrivez référentiel:numéro:début:fin (ex. igp-argane:IGP-1:2024-01-01:2027-12-31)."
        case .certificateNumberInvalid(let value):
            return "le numéro de certificat « \(value) » doit faire de 1 à 64 caractères, sans « : », « | » ni espaces autour."
        case .listedTwice(let value): return "« \(value) » figure deux fois ; gardez-le une seule fois."
        case .originSchemeNeedsArea(let kind):
            return "une \(kind) est un signe d'origine : indiquez son `area`, les régions où se trouve l'aire protégée."
        case .numberOutOfRange(let value, let range):
            return "\(value) est hors limites : écrivez un nombre entier de \(range.lowerBound) à \(range.upperBound)."
        case .textTooLong(let count, let maximum):
            return "ce texte a \(count) caractères ; au plus \(maximum) sont permis."
        case .textControlCharacter(let code):
            return "ce texte contient un caractère de contrôle invisible (\(code)) ; supprimez-le (et tout saut de ligne)."
        case .artisanNameInvalid(let value): return "le nom d'artisan « \(value) » ne doit pas contenir « | »."
        case .unknownCooperative(let id):
            return "aucune coopérative « \(id) » dans le catalogue ni dans cet import ; ajoutez-la d'abord."
        case .unknownScheme(let id): return "aucun référentiel de certification « \(id) » ; ajoutez-le d'abord."
        case .unknownKnowHow(let id): return "aucun savoir-faire « \(id) » ; ajoutez-le d'abord."
        case .alreadyExists(.products, let sku, let cooperative?):
            return "un produit de référence \(sku) existe déjà (coopérative \(cooperative))."
        case .alreadyExists(.cooperatives, let key, _): return "la coopérative \(key) existe déjà."
        case .alreadyExists(let kind, let key, _): return "le \(kind.name(in: .french)) \(key) existe déjà."
        case .skuOfAnotherCooperative(let sku, let owner):
            return
                "la référence \(sku) appartient à la coopérative \(owner) ; une coopérative ne peut pas reprendre le produit d'une autre (retirez-le d'abord)."
        case .duplicateICE(let ice, let owner): return "l'ICE \(ice) est déjà celui de la coopérative \(owner)."
        }
    }
}

extension Language {
    /// The language's name in French, as it follows « en » (« en arabe »).
    var frenchName: String {
        switch self {
        case .french: return "français"
        case .arabic: return "arabe"
        case .english: return "anglais"
        case .tamazight: return "tamazight"
        }
    }

    /// The name of the script the language is written in, in French.
    var frenchScriptName: String {
        switch self {
        case .french, .english: return "latin"
        case .arabic: return "arabe"
        case .tamazight: return "tifinagh"
        }
    }
}
