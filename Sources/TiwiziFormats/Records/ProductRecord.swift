import TiwiziCore

/// Products in documents: `products: [{sku, name, category, quantity, price, stock | made_to_order, …}]`.
package enum ProductRecord {
    /// Decodes a product; `cooperativeID` is the enclosing cooperative's, if the product is
    /// listed inside one (then a `cooperative` field, if any, must agree).
    package static func decode(_ r: RecordReader, cooperativeID: String?) -> Product? {
        let owner = r.value("cooperative", required: cooperativeID == nil, FieldParsing.slug) ?? cooperativeID
        if let owner, let cooperativeID, owner != cooperativeID {
            r.report(Issue(.valueNotAllowed(owner, allowed: [cooperativeID])), key: "cooperative")
        }
        let sku = r.value("sku", required: true, FieldParsing.sku)
        let name = r.localized("name", required: true)
        let category = r.value("category", required: true, FieldParsing.category)
        let quantity = decodeQuantity(r)
        let dimensions = r.child("dimensions", allowed: RecordShape.product.keys(of: "dimensions")).flatMap { d -> Dimensions? in
            guard let length = d.value("length_cm", required: true, FieldParsing.integer),
                let width = d.value("width_cm", required: true, FieldParsing.integer)
            else { return nil }
            return Dimensions(lengthCm: length, widthCm: width)
        }
        let currency = r.value("currency", FieldParsing.currency) ?? .mad
        let price = r.value("price", required: true) { text throws(Issue) in try FieldParsing.price(text, currency: currency) }
        let vat = r.value("vat") { text throws(Issue) in try FieldParsing.choice(text, as: VATRegime.self) }
        let availability = decodeAvailability(r)
        let origin = r.child("origin", allowed: RecordShape.product.keys(of: "origin")).flatMap { o -> Origin? in
            let region = o.value("region", FieldParsing.region)
            let place = o.text("place")
            return region == nil && place == nil ? nil : Origin(region: region, place: place)
        }
        let certificates = r.children("certificates", allowed: RecordShape.product.keys(of: "certificates"))
            .compactMap { c -> Certificate? in
                let scheme = c.value("scheme", required: true, FieldParsing.slug)
                let number = c.text("number", required: true)
                let from = c.value("valid_from", required: true, FieldParsing.date)
                let until = c.value("valid_until", required: true, FieldParsing.date)
                guard let scheme, let number, let from, let until else { return nil }
                return Certificate(schemeID: scheme, number: number, validFrom: from, validUntil: until)
            }
        let allergens = r.values("allergens") { $0 }
        let knowHow = r.values("know_how", FieldParsing.slug)
        let floor = r.value("producer_floor") { text throws(Issue) in try FieldParsing.producerFloor(text, currency: currency) }
        guard let owner, let sku, let name, let category, let quantity, let price, let availability else { return nil }
        return Product(
            sku: sku, cooperativeID: owner, name: name, description: r.localized("description"),
            category: category, quantity: quantity, dimensions: dimensions, price: price, vat: vat ?? .standard,
            availability: availability, origin: origin, allergens: allergens, certificates: certificates,
            knowHowIDs: knowHow, producerFloor: floor)
    }

    private static func decodeQuantity(_ r: RecordReader) -> NetQuantity? {
        guard let q = r.child("quantity", allowed: RecordShape.product.keys(of: "quantity")) else {
            // Present but not a mapping has already been reported.
            if r.node("quantity") == nil {
                r.report(Issue(.required(field: r.fieldPath("quantity"))), key: "quantity")
            }
            return nil
        }
        let amount = q.value("amount", required: true, FieldParsing.quantity)
        let unit = q.value("unit", required: true) { text throws(Issue) in try FieldParsing.choice(text, as: QuantityUnit.self) }
        guard let amount, let unit else { return nil }
        return NetQuantity(thousandths: amount, unit: unit)
    }

    private static func decodeAvailability(_ r: RecordReader) -> Availability? {
        let stock = r.value("stock", FieldParsing.integer)
        let leadDays = r.child("made_to_order", allowed: RecordShape.product.keys(of: "made_to_order")).flatMap {
            $0.value("lead_days", required: true, FieldParsing.integer)
        }
        switch (stock, leadDays) {
        case (let units?, nil): return .inStock(units)
        case (nil, let days?): return .madeToOrder(leadDays: days)
        case (.some, .some):
            r.report(Issue(.stockAndMadeToOrder), key: "stock")
            return nil
        case (nil, nil):
            if r.node("stock") == nil && r.node("made_to_order") == nil {
                r.report(Issue(.required(field: r.fieldPath("stock"))), key: "stock")
            }
            return nil
        }
    }

    package static func encode(_ p: Product, includeCooperative: Bool) -> DocumentNode {
        var stock = DocumentNode.null(line: nil)
        var madeToOrder = DocumentNode.null(line: nil)
        switch p.availability {
        case .inStock(let units): stock = .number(units)
        case .madeToOrder(let days): madeToOrder = .record([("lead_days", .number(days))])
        }
        return .record([
            ("cooperative", includeCooperative ? .text(p.cooperativeID) : .null(line: nil)),
            ("sku", .text(p.sku)), ("name", p.name.node), ("description", p.description.node),
            ("category", .text(p.category.path)),
            (
                "quantity",
                .record([
                    ("amount", .scalar(p.quantity.amountText, .number, line: nil)),
                    ("unit", .text(p.quantity.unit.rawValue)),
                ])
            ),
            (
                "dimensions",
                p.dimensions.map { .record([("length_cm", .number($0.lengthCm)), ("width_cm", .number($0.widthCm))]) }
                    ?? .null(line: nil)
            ),
            ("price", .text(p.price.decimalString)), ("currency", .text(p.price.currency.code)), ("vat", .text(p.vat.rawValue)),
            ("stock", stock), ("made_to_order", madeToOrder),
            (
                "origin",
                p.origin.map { .record([("region", .text($0.region?.code)), ("place", .text($0.place))]) }
                    ?? .null(line: nil)
            ),
            ("allergens", .list(p.allergens.map { .text($0) }, line: nil)),
            (
                "certificates",
                .list(
                    p.certificates.map {
                        .record([
                            ("scheme", .text($0.schemeID)), ("number", .text($0.number)),
                            ("valid_from", .text($0.validFrom.description)), ("valid_until", .text($0.validUntil.description)),
                        ])
                    }, line: nil)
            ),
            ("know_how", .list(p.knowHowIDs.map { .text($0) }, line: nil)),
            ("producer_floor", .text(p.producerFloor?.description)),
        ])
    }
}
