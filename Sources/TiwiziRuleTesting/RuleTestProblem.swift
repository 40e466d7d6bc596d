import TiwiziCore
import TiwiziRules

/// What makes a rule-set test file invalid, so that none of its tests can run: the problems of
/// its table, of its fixtures, or of the rules it tests.
public enum RuleTestProblem: Error, Bilingual {
    /// The script did not return a test file (a table with `fixtures` and `tests`).
    case notATestFile(file: String, returned: String)
    case noTests(file: String)
    case duplicateTest(file: String, name: String)
    /// A test with neither the product (`sku`) nor the cart (`cart`) it prices, or with both.
    case noSubject(where: RulePlace)
    case twoSubjects(where: RulePlace)
    /// A key only cart tests take (`coupons`, `customer`, `redeemed`) in a test of a product.
    case cartOnly(where: RulePlace, field: String)
    /// A test's `sku`, or a SKU of its cart, that no fixture product has.
    case unknownProduct(where: RulePlace, sku: String, fixtures: [String])
    case invalidMoment(where: RulePlace, text: String)
    /// A value of the fixtures or of a cart that has no catalog form: a float (`field` as Lua
    /// writes it, `fixtures.products[1].price`), a function, or a table that mixes a list and
    /// named fields.
    case float(where: RulePlace, field: String, value: Double)
    case formless(where: RulePlace, field: String, got: String)
    case mixedTable(where: RulePlace, field: String)
    /// What the cart reader refused in a test's cart (`issues`' fields as Lua writes them,
    /// `cart[2].quantity`); `separated` lists them one by one.
    case cart(where: RulePlace, issues: [Issue])
    /// An `expect.lines` SKU that is not a line of the test's cart.
    case notInCart(where: RulePlace, sku: String, lines: [String])
    /// `redeemed.CODE.by_customer` without the test's `customer`, or above `total`.
    case redeemedWithoutCustomer(where: RulePlace, code: String)
    case redeemedAboveTotal(where: RulePlace, code: String, byCustomer: Int, total: Int)
    /// A parameter (`honey-week.discount`) given both a value (`params`) and a list (`matrix`).
    case paramsAndMatrix(where: RulePlace, parameter: String)
    /// A matrix of more than `limit` combinations.
    case matrixTooLarge(where: RulePlace, limit: Int)
    /// A value of a matrix that does not fit the rule sets: an undeclared rule set or parameter,
    /// a value not of its parameter's type or out of its bounds.
    case matrix(where: RulePlace, problem: RuleProblem)
    /// The file's table, its fields or a fixture record; a rule set of the folder.
    case invalid(any HumanReadable)
    /// The test file or a script it requires failed as Lua (syntax, error, limit).
    case script(message: String)
    /// The folder's rule sets do not load, so no test of the file can run.
    case rulesDoNotLoad(file: String, because: any HumanReadable)

    /// The problem as a report lists it: each issue of a cart on its own.
    var separated: [RuleTestProblem] {
        guard case .cart(let place, let issues) = self else { return [self] }
        return issues.map { .cart(where: place, issues: [$0]) }
    }

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
                + (en
                    ? "sku or cart is required: the product or the cart the test prices."
                    : "sku ou cart est obligatoire : le produit ou le panier que le test calcule.")
        case .twoSubjects(let place):
            return place.text(in: language) + colon
                + (en
                    ? "give sku (a product) or cart (a cart), not both."
                    : "donnez sku (un produit) ou cart (un panier), pas les deux.")
        case .cartOnly(let place, let field):
            return place.text(in: language) + colon
                + (en
                    ? "\(field) is for cart tests; a test of a product (sku) does not take it."
                    : "\(field) est pour les tests de panier ; un test de produit (sku) ne le prend pas.")
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
        case .float(let place, let field, let value):
            return place.text(in: language) + colon + field + colon
                + (en
                    ? "\(value) is a float; write decimals as text (\"\(value)\"), as in a catalog file."
                    : "\(value) est un nombre à virgule flottante ; écrivez les décimales en texte (\"\(value)\"), comme dans un fichier du catalogue.")
        case .formless(let place, let field, let got):
            return place.text(in: language) + colon + field + colon
                + (en
                    ? "a value of a fixture or a cart is text, a whole number, a boolean, Money, a Date or a table, not \(got)."
                    : "une valeur de fixture ou de panier est un texte, un entier, un booléen, Money, Date ou une table, pas \(got).")
        case .mixedTable(let place, let field):
            return place.text(in: language) + colon + field + colon
                + (en
                    ? "a table is either a list or named fields, not both."
                    : "une table est soit une liste, soit des champs nommés, pas les deux.")
        case .cart(let place, let issues):
            return issues.map { place.text(in: language) + colon + $0.text(in: language) }.joined(separator: "\n")
        case .notInCart(let place, let sku, let lines):
            let list = lines.isEmpty ? (en ? "none" : "aucune") : lines.joined(separator: ", ")
            return place.text(in: language) + colon
                + (en
                    ? "lines: \(sku) is not a line of the test's cart; its lines are \(list)."
                    : "lines : \(sku) n'est pas une ligne du panier du test ; ses lignes sont \(list).")
        case .redeemedWithoutCustomer(let place, let code):
            return place.text(in: language) + colon
                + (en
                    ? "redeemed.\(code).by_customer counts the redemptions of the test's customer; give customer."
                    : "redeemed.\(code).by_customer compte les utilisations du client du test ; donnez customer.")
        case .redeemedAboveTotal(let place, let code, let byCustomer, let total):
            return place.text(in: language) + colon
                + (en
                    ? "redeemed.\(code): by_customer (\(byCustomer)) cannot be above total (\(total))."
                    : "redeemed.\(code) : by_customer (\(byCustomer)) ne peut pas dépasser total (\(total)).")
        case .paramsAndMatrix(let place, let parameter):
            return place.text(in: language) + colon
                + (en
                    ? "\(parameter) is in both params and matrix; give it in one of them."
                    : "\(parameter) est à la fois dans params et dans matrix ; donnez-le dans l'un des deux.")
        case .matrixTooLarge(let place, let limit):
            return place.text(in: language) + colon
                + (en
                    ? "more than \(limit) combinations; give fewer values, or split the test."
                    : "plus de \(limit) combinaisons ; donnez moins de valeurs, ou divisez le test.")
        case .matrix(let place, let problem): return place.text(in: language) + colon + problem.text(in: language)
        case .invalid(let problem): return problem.text(in: language)
        case .script(let message): return message
        case .rulesDoNotLoad(let file, let because):
            return file + colon + (en ? "the rules do not load: " : "les règles ne se chargent pas : ")
                + because.text(in: language)
        }
    }
}
