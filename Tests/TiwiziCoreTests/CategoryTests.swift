import Testing

@testable import TiwiziCore

@Suite("Model: categories")
struct CategoryTests {
    @Test(arguments: [
        "food", "food.oil.argan", "craft.textile.carpet", "cosmetic.rose-water", "food.fruit.prickly-pear", "a1.b2",
        "x." + String(repeating: "a", count: 98),
    ])
    func validPaths(path: String) {
        #expect(Category(path)?.path == path)
        #expect(Category(path)?.description == path)
    }

    @Test(arguments: [
        "", "Food", "food.Oil", "food..oil", ".food", "food.", "1food", "food.1oil", "-food", "food.-oil", "food oil",
        "food_oil", "food/oil", "épices", "food.oil.argan ", "x." + String(repeating: "a", count: 99),
    ])
    func invalidPaths(path: String) {
        #expect(Category(path) == nil)
    }

    @Test func prefixMatchesWholeSegments() {
        let argan = Category("food.oil.argan")!
        #expect(argan.isWithin(Category("food.oil")!))
        #expect(argan.isWithin(Category("food")!))
        #expect(argan.isWithin(argan))
        #expect(!argan.isWithin(Category("food.oi")!))
        #expect(!argan.isWithin(Category("food.oil.arg")!))
        #expect(!argan.isWithin(Category("food.oil.argan.extra")!))
        #expect(!argan.isWithin(Category("cosmetic.oil")!))
        #expect(!argan.isWithin(Category("oil")!))
    }

    @Test func siblingWithSamePrefixIsNotWithin() {
        #expect(!Category("food.oils")!.isWithin(Category("food.oil")!))
        #expect(!Category("food.oilseed")!.isWithin(Category("food.oil")!))
        #expect(!Category("food.oil-press")!.isWithin(Category("food.oil")!))
        #expect(!Category("food")!.isWithin(Category("food.oil")!))
    }

    @Test func categoriesSortByPath() {
        let paths = ["food.oil.olive", "craft", "food.oil", "food.oil.argan", "cosmetic.soap"]
        #expect(paths.compactMap(Category.init).sorted().map(\.path) == paths.sorted())
    }
}
