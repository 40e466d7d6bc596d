import TiwiziCore

/// Single records as JSON documents, in the export format (the stable `--json` schema of the
/// listing commands, documented in docs/catalog-format.md); `JSONDocument.render` writes them.
public enum RecordJSON {
    public static func cooperative(_ cooperative: Cooperative) -> DocumentNode { CooperativeRecord.encode(cooperative) }

    public static func product(_ product: Product) -> DocumentNode { ProductRecord.encode(product, includeCooperative: true) }

    public static func knowHow(_ knowHow: KnowHow) -> DocumentNode { KnowHowRecord.encode(knowHow) }

    public static func scheme(_ scheme: CertificationScheme) -> DocumentNode { SchemeRecord.encode(scheme) }
}
