import TiwiziCore

/// The words cooperative names are built from: "Coopérative féminine Tafoukt" /
/// "التعاونية النسوية تافوكت" / "Tafoukt Women's Cooperative".
enum Words {
    /// A name word: Latin and Arabic spellings, and Tifinagh for Amazigh words.
    struct NameWord: Sendable {
        let latin: String
        let arabic: String
        let tifinagh: String?
    }

    private static func word(_ latin: String, _ arabic: String, _ tifinagh: String? = nil) -> NameWord {
        NameWord(latin: latin, arabic: arabic, tifinagh: tifinagh)
    }

    /// Amazigh words (with their Tifinagh spelling) and Arabic ones, as Moroccan cooperatives
    /// are named.
    static let names: [NameWord] = [
        word("Tafoukt", "تافوكت", "ⵜⴰⴼⵓⴽⵜ"), word("Tiwizi", "تويزي", "ⵜⵉⵡⵉⵣⵉ"), word("Tamazirt", "تامازيرت", "ⵜⴰⵎⴰⵣⵉⵔⵜ"),
        word("Tafsut", "تافسوت", "ⵜⴰⴼⵙⵓⵜ"), word("Tudert", "تودرت", "ⵜⵓⴷⵔⵜ"), word("Azul", "أزول", "ⴰⵣⵓⵍ"),
        word("Ayour", "أيور", "ⴰⵢⵢⵓⵔ"), word("Itri", "إيتري", "ⵉⵜⵔⵉ"), word("Tanmirt", "تانميرت", "ⵜⴰⵏⵎⵎⵉⵔⵜ"),
        word("Asafu", "أسافو", "ⴰⵙⴰⴼⵓ"), word("Aghrem", "أغرم", "ⴰⵖⵔⵎ"), word("Tamment", "تامنت", "ⵜⴰⵎⵎⵏⵜ"),
        word("Tilelli", "تيليلي"), word("Tagmat", "تاكمات", "ⵜⴰⴳⵎⴰⵜ"), word("Izouran", "إزوران"),
        word("Tighremt", "تيغرمت", "ⵜⵉⵖⵔⵎⵜ"), word("Takat", "تاكات", "ⵜⴰⴽⴰⵜ"), word("Tamghart", "تامغارت", "ⵜⴰⵎⵖⴰⵔⵜ"),
        word("Tazerbit", "تازربيت", "ⵜⴰⵣⵔⴱⵉⵜ"), word("Anaruz", "أناروز", "ⴰⵏⴰⵔⵓⵣ"), word("Tifawin", "تيفاوين", "ⵜⵉⴼⴰⵡⵉⵏ"),
        word("Targa", "تاركا", "ⵜⴰⵔⴳⴰ"), word("Amal", "أمل"), word("Nour", "نور"), word("Al Baraka", "البركة"),
        word("Tadamoune", "التضامن"), word("Al Wafae", "الوفاء"), word("Al Khir", "الخير"), word("Annahda", "النهضة"),
        word("Al Fath", "الفتح"), word("Assafae", "الصفاء"), word("Al Yasmine", "الياسمين"), word("Al Mostakbal", "المستقبل"),
        word("Al Ikhlas", "الإخلاص"), word("Al Karama", "الكرامة"), word("Al Hidaya", "الهداية"), word("Assalam", "السلام"),
        word("Al Firdaous", "الفردوس"), word("Al Mourouj", "المروج"), word("Al Waha", "الواحة"), word("Al Atlas", "الأطلس"),
        word("Warda", "وردة"), word("Al Inbiath", "الانبعاث"), word("Al Mouna", "المونة"), word("Al Houda", "الهدى"),
        word("Al Majd", "المجد"), word("Ennakhil", "النخيل"), word("Al Zaytoun", "الزيتون"), word("Al Ward", "الورد"),
        word("Nakhla", "نخلة"), word("Assanabil", "السنابل"), word("Al Jawhara", "الجوهرة"), word("Al Fajr", "الفجر"),
        word("Attawfiq", "التوفيق"), word("Al Ittihad", "الاتحاد"), word("Al Khayrat", "الخيرات"),
        word("Al Bassatine", "البساتين"),
        word("Al Manar", "المنار"), word("Arrahma", "الرحمة"), word("Al Wiam", "الوئام"),
    ]

    /// How a name begins, by the kind of cooperative: French, Arabic, and English (after the word).
    struct Style: Sendable, Equatable {
        let french: String
        let arabic: String
        let english: String
    }

    static let women = Style(french: "Coopérative féminine", arabic: "التعاونية النسوية", english: "Women's Cooperative")
    static let youth = Style(french: "Coopérative des jeunes", arabic: "تعاونية الشباب", english: "Youth Cooperative")
    static let agricultural = Style(
        french: "Coopérative agricole", arabic: "التعاونية الفلاحية", english: "Agricultural Cooperative")
    static let craft = Style(french: "Coopérative artisanale", arabic: "التعاونية الحرفية", english: "Craft Cooperative")
    static let plain = Style(french: "Coopérative", arabic: "تعاونية", english: "Cooperative")
    static let union = Style(french: "Union des coopératives", arabic: "اتحاد تعاونيات", english: "Union of Cooperatives")
    static let association = Style(french: "Association", arabic: "جمعية", english: "Association")
    static let gie = Style(
        french: "Groupement d'intérêt économique", arabic: "مجموعة ذات النفع الاقتصادي", english: "Economic Interest Group")

    /// `text` as a slug: ASCII letters and digits, lower case, words joined by single hyphens
    /// ("Kelaât M'Gouna" → "kelaat-m-gouna").
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let letter = ascii(scalar)
            if let letter {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.append(letter)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    /// The first `count` letters of `text`, upper case ASCII ("Al Baraka" → "ALB").
    static func initials(_ text: String, count: Int) -> String {
        String(slug(text).filter { $0 != "-" }.prefix(count)).uppercased()
    }

    /// The lower-case ASCII letter or digit of a Latin letter (accents dropped), else nil.
    private static func ascii(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar {
        case "a"..."z", "0"..."9": return Character(scalar)
        case "A"..."Z": return Character(Unicode.Scalar(scalar.value + 32)!)
        case "à", "â", "ä", "À", "Â": return "a"
        case "é", "è", "ê", "ë", "É", "È": return "e"
        case "î", "ï", "Î": return "i"
        case "ô", "ö", "Ô": return "o"
        case "û", "ù", "ü": return "u"
        case "ç", "Ç": return "c"
        default: return nil
        }
    }
}
