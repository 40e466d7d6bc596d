import TiwiziCore
import TiwiziRules

/// What makes a rule-set test file invalid, so that none of its tests can run: the problems of
/// its table, of its fixtures, or of the rules it tests.
public enum RuleTestProblem: Error, Bilingual {
    /// The script did not return a test file (a table with `fixtures` and `tests`).
    case notATestFile(file: String, returned: String)
    case noTests(file: String)
    case duplicateTest(file: String, name: String)
    /// A test without the product it prices (`sku`).
    case noSubject(where: RulePlace)
    /// A `cart` test: the cart phase is not in Tiwizi yet.
    case cartNotYet(where: RulePlace)
    /// A test's `sku` that no fixture product has.
    case unknownProduct(where: RulePlace, sku: String, fixtures: [String])
    case invalidMoment(where: RulePlace, text: String)
    /// A fixture value that has no catalog form: a float (`field` as Lua writes it,
    /// `fixtures.products[1].price`), a function, or a table that mixes a list and named fields.
    case fixtureFloat(file: String, field: String, value: Double)
    case fixtureValue(file: String, field: String, got: String)
    case fixtureMixedTable(file: String, field: String)
    /// The file's table, its fields or a fixture record; a rule set of the folder.
    case invalid(any HumanReadable)
    /// The test file or a script it requires failed as Lua (syntax, error, limit).
    case script(message: String)
    /// The folder's rule sets do not load, so no test of the file can run.
    case rulesDoNotLoad(file: String, because: any HumanReadable)

    public var english: String { text(.english) }
    public var french: String { text(.french) }

    private func text(_ language: InterfaceLanguage) -> String {
        let en = language == .english
        let colon = language.colon
        switch self {
        case .notATestFile(let file, let returned):
            return en
                ? "\(file) returned \(returned), not a rule-set test; return a table with fixtures and tests (see docs/rules.md)."
                : "\(file) a renvoyé \(returned), pas un test de règles ; renvoyez une table avec fixtures et tests (voir docs/rules.md)."
        case .noTests(let file):
            return en ? "\(file): tests is empty; give at least one test." : "\(file) : tests est vide ; donnez au moins un test."
        case .duplicateTest(let file, let name):
            return en
                ? "\(file): two tests are named “\(name)”; names must be unique."
                : "\(file) : deux tests s'appellent « \(name) » ; les noms doivent être uniques."
        case .noSubject(let place):
            return place.text(in: language) + colon
                + (en ? "sku is required: the product the test prices." : "sku est obligatoire : le produit que le test calcule.")
        case .cartNotYet(let place):
            return place.text(in: language) + colon
                + (en
                    ? "cart tests are not in Tiwizi yet (no cart phase); price one product with sku."
                    : "les tests de panier n'existent pas encore (pas de phase cart) ; calculez un produit avec sku.")
        case .unknownProduct(let place, let sku, let fixtures):
            let list = fixtures.isEmpty ? (en ? "none" : "aucun") : fixtures.joined(separator: ", ")
            return place.text(in: language) + colon
                + (en
                    ? "sku \(sku) is not a fixture product; the fixture products are \(list)."
                    : "sku \(sku) n'est pas un produit des fixtures ; ceux-ci sont \(list).")
        case .invalidMoment(let place, let text):
            return place.text(in: language) + colon
                + (en
                    ? "at “\(text)” is not a moment; write 2026-03-20T09:00 or 2026-03-20."
                    : "at « \(text) » n'est pas un moment ; écrivez 2026-03-20T09:00 ou 2026-03-20.")
        case .fixtureFloat(let file, let field, let value):
            return "\(file)\(colon)\(field)\(colon)"
                + (en
                    ? "\(value) is a float; write decimals as text (\"\(value)\"), as in a catalog file."
                    : "\(value) est un nombre à virgule flottante ; écrivez les décimales en texte (\"\(value)\"), comme dans un fichier du catalogue.")
        case .fixtureValue(let file, let field, let got):
            return "\(file)\(colon)\(field)\(colon)"
                + (en
                    ? "a fixture value is text, a whole number, a boolean, Money, a Date or a table, not \(got)."
                    : "une valeur de fixture est un texte, un entier, un booléen, Money, Date ou une table, pas \(got).")
        case .fixtureMixedTable(let file, let field):
            return "\(file)\(colon)\(field)\(colon)"
                + (en
                    ? "a table is either a list or named fields, not both."
                    : "une table est soit une liste, soit des champs nommés, pas les deux.")
        case .invalid(let problem): return problem.text(in: language)
        case .script(let message): return message
        case .rulesDoNotLoad(let file, let because):
            return file + colon + (en ? "the rules do not load: " : "les règles ne se chargent pas : ")
                + because.text(in: language)
        }
    }
}
