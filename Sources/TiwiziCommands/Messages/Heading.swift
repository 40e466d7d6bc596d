import TiwiziCore

/// The headers of the tables the `list` commands print and the labels of the `show` sheets.
enum Heading: Bilingual {
    case sku, name, cooperative, region, category, quantity, price, stock, id, members, women, products
    case nameFrench, nameArabic, craftFamily, heritage
    case legalForm, ice, founded, registry, contact, knowHow, certificates, description, origin, vat
    case allergens, technique, artisans, sector, location

    var english: String {
        switch self {
        case .sku: return "SKU"
        case .name: return "Name"
        case .cooperative: return "Cooperative"
        case .region: return "Region"
        case .category: return "Category"
        case .quantity: return "Quantity"
        case .price: return "Price"
        case .stock: return "Stock"
        case .id: return "Id"
        case .members: return "Members"
        case .women: return "Women"
        case .products: return "Products"
        case .nameFrench: return "Name (French)"
        case .nameArabic: return "Name (Arabic)"
        case .craftFamily: return "Craft family"
        case .heritage: return "Heritage"
        case .legalForm: return "Legal form"
        case .ice: return "ICE"
        case .founded: return "Founded"
        case .registry: return "Registry"
        case .contact: return "Contact"
        case .knowHow: return "Know-how"
        case .certificates: return "Certificates"
        case .description: return "Description"
        case .origin: return "Origin"
        case .vat: return "VAT"
        case .allergens: return "Allergens"
        case .technique: return "Technique"
        case .artisans: return "Artisans"
        case .sector: return "Sector"
        case .location: return "Location"
        }
    }

    var french: String {
        switch self {
        case .sku: return "Référence"
        case .name: return "Nom"
        case .cooperative: return "Coopérative"
        case .region: return "Région"
        case .category: return "Catégorie"
        case .quantity: return "Quantité"
        case .price: return "Prix"
        case .stock: return "Stock"
        case .id: return "Identifiant"
        case .members: return "Membres"
        case .women: return "Femmes"
        case .products: return "Produits"
        case .nameFrench: return "Nom (français)"
        case .nameArabic: return "Nom (arabe)"
        case .craftFamily: return "Famille de métier"
        case .heritage: return "Patrimoine"
        case .legalForm: return "Forme juridique"
        case .ice: return "ICE"
        case .founded: return "Création"
        case .registry: return "Registre"
        case .contact: return "Contact"
        case .knowHow: return "Savoir-faire"
        case .certificates: return "Certificats"
        case .description: return "Description"
        case .origin: return "Origine"
        case .vat: return "TVA"
        case .allergens: return "Allergènes"
        case .technique: return "Technique"
        case .artisans: return "Artisans"
        case .sector: return "Secteur"
        case .location: return "Localisation"
        }
    }
}
