import TiwiziCore

/// A failure of the catalog store that a person can act on.
public enum CatalogError: Error, Problem, Bilingual {
    case isDirectory(path: String)
    case notDatabase(path: String)
    case readOnly(path: String)
    case cannotOpen(path: String, reason: String)
    /// Written by a newer Tiwizi: `schema` names the migrations this one does not know.
    case tooNew(path: String, schema: String)
    case busy(path: String, seconds: Int)
    /// Writes kept landing while several connections were opening snapshots of one revision.
    case changing(path: String, attempts: Int)
    /// A stored value Tiwizi never writes.
    case damaged(table: String, row: String, column: String, value: String)
    /// A stored reference to a record the catalog does not hold.
    case danglingReference(table: String, row: String, column: String, id: String)
    case notFound(RecordKind, key: String)
    case cooperativeHasProducts(id: String, count: Int)
    /// A stock movement (`change`, negative) larger than the stock.
    case stockWouldGoNegative(sku: String, stock: Int, change: Int)
    case orderNotFound(id: Int)
    /// Placing the order would redeem a coupon more often than its cap.
    case couponCapReached(code: String, cap: Int)
    case couponCustomerCapReached(code: String, customer: String, cap: Int)

    public var english: String {
        switch self {
        case .isDirectory(let path):
            return "the catalog path \(path) is a directory; give a file path (e.g. \(path)/catalog.sqlite)."
        case .notDatabase(let path): return "\(path) is not a Tiwizi catalog (not an SQLite database)."
        case .readOnly(let path): return "the catalog \(path) is read-only; nothing was changed. Check its permissions."
        case .cannotOpen(let path, let reason): return "cannot open the catalog \(path): \(reason)"
        case .tooNew(let path, let schema):
            return "the catalog \(path) was written by a newer Tiwizi (schema \(schema)); upgrade tiwizi."
        case .busy(let path, let seconds):
            return
                "the catalog \(path) stayed busy with another write (a large import?) for \(seconds) s; nothing was changed. Try again."
        case .changing(let path, let attempts):
            return
                "the catalog \(path) changed \(attempts) times while its readers were opening (writes without pause?); nothing was read. Try again."
        case .damaged(let table, let row, let column, let value):
            return
                "the catalog is damaged: in table \(table), row \(row), column \(column) holds “\(value)”, which Tiwizi never writes. Restore the catalog from a backup."
        case .danglingReference(let table, let row, let column, let id):
            return
                "the catalog is damaged: in table \(table), row \(row), column \(column) names “\(id)”, which the catalog does not hold. Restore the catalog from a backup."
        case .notFound(.products, let sku): return "no product with SKU “\(sku)”."
        case .notFound(.schemes, let id): return "no certification scheme “\(id)”."
        case .notFound(let kind, let key): return "no \(kind.name(in: .english)) “\(key)”."
        case .cooperativeHasProducts(let id, let count):
            let products = count == 1 ? "1 product; remove it" : "\(count) products; remove them"
            return "cooperative \(id) still lists \(products) first."
        case .stockWouldGoNegative(let sku, let stock, let change):
            return "stock of \(sku) is \(stock); removing \(change.magnitude) would make it negative."
        case .orderNotFound(let id): return "no order \(id)."
        case .couponCapReached(let code, let cap):
            return
                "coupon \(code) was redeemed \(cap) times, its limit, before this order could be placed; nothing was placed. Quote the cart again."
        case .couponCustomerCapReached(let code, let customer, let cap):
            return
                "coupon \(code) was redeemed \(cap) times by \(customer), the limit per customer; nothing was placed. Quote the cart again."
        }
    }

    public var french: String {
        switch self {
        case .isDirectory(let path):
            return "le chemin du catalogue \(path) est un dossier ; donnez un chemin de fichier (ex. \(path)/catalog.sqlite)."
        case .notDatabase(let path): return "\(path) n'est pas un catalogue Tiwizi (pas une base SQLite)."
        case .readOnly(let path): return "le catalogue \(path) est en lecture seule ; rien n'a été modifié. Vérifiez ses droits."
        case .cannotOpen(let path, let reason): return "impossible d'ouvrir le catalogue \(path) : \(reason)"
        case .tooNew(let path, let schema):
            return "le catalogue \(path) a été écrit par un Tiwizi plus récent (schéma \(schema)) ; mettez tiwizi à jour."
        case .busy(let path, let seconds):
            return
                "le catalogue \(path) est resté occupé par une autre écriture (un gros import ?) pendant \(seconds) s ; rien n'a été modifié. Réessayez."
        case .changing(let path, let attempts):
            return
                "le catalogue \(path) a changé \(attempts) fois pendant l'ouverture de ses lecteurs (des écritures sans pause ?) ; rien n'a été lu. Réessayez."
        case .damaged(let table, let row, let column, let value):
            return
                "le catalogue est endommagé : dans la table \(table), ligne \(row), la colonne \(column) contient « \(value) », que Tiwizi n'écrit jamais. Restaurez le catalogue depuis une sauvegarde."
        case .danglingReference(let table, let row, let column, let id):
            return
                "le catalogue est endommagé : dans la table \(table), ligne \(row), la colonne \(column) désigne « \(id) », que le catalogue ne contient pas. Restaurez le catalogue depuis une sauvegarde."
        case .notFound(.products, let sku): return "aucun produit de référence « \(sku) »."
        case .notFound(.schemes, let id): return "aucun référentiel de certification « \(id) »."
        case .notFound(let kind, let key): return "aucun\(kind == .cooperatives ? "e" : "") \(kind.name(in: .french)) « \(key) »."
        case .cooperativeHasProducts(let id, let count):
            let products = count <= 1 ? "\(count) produit ; retirez-le" : "\(count) produits ; retirez-les"
            return "la coopérative \(id) a encore \(products) d'abord."
        case .stockWouldGoNegative(let sku, let stock, let change):
            return "le stock de \(sku) est de \(stock) ; en retirer \(change.magnitude) le rendrait négatif."
        case .orderNotFound(let id): return "aucune commande \(id)."
        case .couponCapReached(let code, let cap):
            return
                "le code \(code) a servi \(cap) fois, sa limite, avant que cette commande soit passée ; rien n'a été enregistré. Refaites le devis."
        case .couponCustomerCapReached(let code, let customer, let cap):
            return
                "le code \(code) a servi \(cap) fois à \(customer), la limite par client ; rien n'a été enregistré. Refaites le devis."
        }
    }
}
