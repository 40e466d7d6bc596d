import TiwiziCore

/// JSON text of single records, in the export format (the stable `--json` schema of the
/// listing commands, documented in docs/catalog-format.md).
public enum RecordJSON {
    public static func cooperative(_ cooperative: Cooperative) -> String {
        JSONDocument.render(CooperativeRecord.encode(cooperative))
    }

    public static func product(_ product: Product) -> String {
        JSONDocument.render(ProductRecord.encode(product, includeCooperative: true))
    }

    public static func knowHow(_ knowHow: KnowHow) -> String { JSONDocument.render(KnowHowRecord.encode(knowHow)) }

    public static func scheme(_ scheme: CertificationScheme) -> String { JSONDocument.render(SchemeRecord.encode(scheme)) }
}
