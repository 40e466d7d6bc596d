import Foundation

/// Input files the tests write into their workspace. Line numbers in comments are those the
/// tests expect in messages: keep them in step when editing.
enum Fixture {
    /// A valid cooperative that is not in the seed, with two products, as `cooperatives/tamdakht.yaml`.
    /// Line 3: `id`, 7: `ice`, 8: `founded`, 9: `region`, 13: `members`, 16: first product,
    /// 20: its price, 24: second product.
    static let tamdakht = """
        # Fictional cooperative for the Tiwizi end-to-end tests.
        cooperative:
          id: tamdakht
          name: {fr: "Coopérative Tamdakht", ar: "تعاونية تامدخت"}
          legal_form: cooperative
          registry: {court: "Tribunal de première instance de Ouarzazate", number: "2020/7"}
          ice: "003456789000012"
          founded: 2020-05-04
          region: MA-08
          province: Ouarzazate
          commune: Tamdakht
          sector: food.spice
          members: {total: 12, women: 9, youth: 3}
          phone: "+212524886611"
        products:
          - sku: TMD-CMN-100
            name: {fr: "Cumin de Tamdakht", ar: "كمون تامدخت"}
            category: food.spice.cumin
            quantity: {amount: 100, unit: g}
            price: "25.00"
            currency: MAD
            vat: exempt
            stock: 10
          - sku: TMD-HEN-200
            name: {fr: "Henné en poudre", ar: "حناء مطحونة"}
            category: cosmetic.henna
            quantity: {amount: 200, unit: g}
            price: "30.00"
            currency: MAD
            vat: standard
            stock: 5

        """

    static let tamdakhtPath = "cooperatives/tamdakht.yaml"

    /// Another valid cooperative, to import next to `tamdakht`.
    static let ouarzazate = """
        # Fictional cooperative for the Tiwizi end-to-end tests.
        cooperative:
          id: tiwizi-ouarzazate
          name: {fr: "Coopérative Tiwizi de Ouarzazate", ar: "تعاونية تويزي ورزازات"}
          legal_form: cooperative
          registry: {court: "Tribunal de première instance de Ouarzazate", number: "2021/3"}
          ice: "003456789000029"
          founded: 2021-02-01
          region: MA-08
          province: Ouarzazate
          commune: Skoura
          sector: craft
          members: {total: 7, women: 7, youth: 2}
          phone: "+212524886622"
        products:
          - sku: TWZ-BSK-30
            name: {fr: "Panier en palmier nain", ar: "سلة من الدوم"}
            category: craft.basketry
            quantity: {amount: 1, unit: piece}
            price: "120.00"
            currency: MAD
            vat: standard
            stock: 14

        """

    static let ouarzazatePath = "cooperatives/tiwizi-ouarzazate.yaml"

    /// The columns of the products CSV that the tests fill (a subset, in another order than the
    /// export's: columns may come in any order and optional ones may be left out).
    static let productHeader = "cooperative,sku,name_fr,name_ar,category,quantity,unit,price,currency,vat,stock,lead_days"

    /// A products CSV (English spreadsheet: `,`, dot decimals, LF, no BOM) with `rows` after the header.
    static func productsCSV(_ rows: [String]) -> String {
        ([productHeader] + rows).joined(separator: "\n") + "\n"
    }

    /// A good products CSV row for a seed cooperative.
    static func productRow(sku: String, cooperative: String = "tafoukt-argan", price: String = "145.50") -> String {
        "\(cooperative),\(sku),Produit \(sku),منتج,food.spread.amlou,250,g,\(price),MAD,reduced-10,5,"
    }

    static let cooperativeHeader =
        "id,name_fr,name_ar,legal_form,registry_court,registry_number,ice,founded,region,province,commune,sector,"
        + "members_total,members_women,members_youth,phone,email"

    /// The cooperatives CSV holding `tamdakht` (the same cooperative as the YAML fixture).
    static let tamdakhtCSV = """
        \(cooperativeHeader)
        tamdakht,Coopérative Tamdakht,تعاونية تامدخت,cooperative,Tribunal de première instance de Ouarzazate,2020/7,\
        003456789000012,2020-05-04,MA-08,Ouarzazate,Tamdakht,food.spice,12,9,3,+212524886611,

        """

    /// The 37 SKUs of the seed catalog, sorted.
    static let seedSKUs: Set<String> = [
        "AGH-BFG-1KG", "AGH-MJH-1KG", "AGH-MJH-500", "AKN-CFT-250", "AKN-FBB-5KG", "AKN-HPF-30", "ASF-SAF-0-5G",
        "ASF-SAF-1G", "ASF-SAF-5G", "CHB-ARG-500", "CHB-OLV-TYT-1L", "MLM-LTH-POUF", "MLM-MTL-TRAY45", "MLM-ZLG-TBL60",
        "TAF-AMD-500", "TAF-AML-250", "TAF-ARG-250", "TAF-ARG-COS-100", "TAM-EUP-1KG", "TAM-EUP-500", "TAM-THY-500",
        "TIS-CHV-250", "TIS-CSC-1KG", "TIS-OLV-1L", "TZB-BOU-120X80", "TZB-BOU-200X150", "TZB-CUS-45", "USM-POT-PLT30",
        "USM-POT-TAJ28", "USM-THY-BOX20", "USM-THY-CHESS40", "WRD-BTN-100", "WRD-ROS-250", "WRD-SAV-100", "ZGZ-CFT-350",
        "ZGZ-CLM-5KG", "ZGZ-RMR-10",
    ]

    /// The 12 cooperatives of the seed catalog.
    static let seedCooperatives: Set<String> = [
        "aghrem-dattes", "aknari-ait-baamrane", "asafu-safran", "chabab-chiadma", "maalem-fes", "tafoukt-argan",
        "tamment-miel", "tazerbit-beni-ouarain", "tissouka-chaouen", "union-safi-mogador", "warda-dades", "zegzel-berkane",
    ]

    /// What `tiwizi import catalog/` prints into an empty catalog.
    static let seedAdded = """
        schemes: 16 added, 0 updated, 0 unchanged
        know-how: 12 added, 0 updated, 0 unchanged
        cooperatives: 12 added, 0 updated, 0 unchanged
        products: 37 added, 0 updated, 0 unchanged

        """

    /// What importing the seed catalog again prints.
    static let seedUnchanged = """
        schemes: 0 added, 0 updated, 16 unchanged
        know-how: 0 added, 0 updated, 12 unchanged
        cooperatives: 0 added, 0 updated, 12 unchanged
        products: 0 added, 0 updated, 37 unchanged

        """
}
