import TiwiziCore

/// The words of a showcase page that are not catalog data, in French, Arabic and English.
enum ShowcaseWords {
    static let all: [String: LocalizedText] = [
        "showcase": text(
            "Vitrine de l'économie sociale et solidaire", "واجهة الاقتصاد الاجتماعي والتضامني",
            "Showcase of the social and solidarity economy"),
        "figures": text("En chiffres", "بالأرقام", "In figures"),
        "products": text("Produits", "المنتجات", "Products"),
        "cooperatives": text("Coopératives", "التعاونيات", "Cooperatives"),
        "members": text("Membres", "الأعضاء", "Members"),
        "women": text("Femmes", "النساء", "Women"),
        "youth": text("Jeunes", "الشباب", "Youth"),
        "men": text("Hommes", "الرجال", "Men"),
        "others": text("Autres membres", "باقي الأعضاء", "Other members"),
        "founded": text("Fondée en", "تأسست سنة", "Founded in"),
        "knowHow": text("Savoir-faire", "المهارات", "Know-how"),
        "price": text("Prix", "الثمن", "Price"),
        "producerShare": text("Part du producteur", "حصة المنتج", "Producer's share"),
        "labels": text("Labels", "الشارات", "Labels"),
        "certifications": text("Certifications", "الشهادات", "Certifications"),
        "allergens": text("Allergènes", "مسببات الحساسية", "Allergens"),
        "netQuantity": text("Quantité nette", "الكمية الصافية", "Net quantity"),
        "availability": text("Disponibilité", "التوفر", "Availability"),
        "inStock": text("En stock", "متوفر", "In stock"),
        "outOfStock": text("Épuisé", "نفد المخزون", "Out of stock"),
        "madeToOrder": text("Sur commande", "حسب الطلب", "Made to order"),
        "stories": text("Savoir-faire et patrimoine", "المهارات والتراث", "Know-how and heritage"),
        "heritage": text("Patrimoine", "التراث", "Heritage"),
        "carriedBy": text("Produits qui le portent", "منتجات تحمله", "Products that carry it"),
        "pricesAt": text("Prix et labels au", "الأثمنة والشارات بتاريخ", "Prices and labels as of"),
        "rules": text("Règles de prix", "قواعد التسعير", "Pricing rules"),
        "scan": text("Fiche du produit", "بطاقة المنتج", "Product page"),
        "days": text("jours", "أيام", "days"),
        "perRegion": text("par région", "حسب الجهة", "per region"),
        "shareOfMembers": text("Part des membres", "نسبة الأعضاء", "Share of members"),
        "contents": text("Sommaire", "الفهرس", "Contents"),
    ]

    private static func text(_ french: String, _ arabic: String, _ english: String) -> LocalizedText {
        LocalizedText([.french: french, .arabic: arabic, .english: english])
    }
}
