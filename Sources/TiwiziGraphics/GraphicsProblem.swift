import TiwiziCore

/// Why a graphic could not be drawn.
public enum GraphicsProblem: Error, Problem, Bilingual {
    /// The text is longer, in UTF-8 bytes, than the largest QR code (version 40) holds at this
    /// error correction level.
    case textTooLongForQRCode(byteCount: Int, maximum: Int)
    /// A QR code of no text: libqrencode refuses it.
    case emptyQRCodeText
    /// libqrencode failed for another reason (out of memory), given by its `errno`.
    case qrCodeNotEncoded(reason: String)

    public var english: String {
        switch self {
        case .textTooLongForQRCode(let byteCount, let maximum):
            return "the text is too long for a QR code: \(byteCount) bytes in UTF-8, at most \(maximum); shorten it "
                + "(a link rather than the text itself)."
        case .emptyQRCodeText:
            return "a QR code needs some text; this one is empty."
        case .qrCodeNotEncoded(let reason):
            return "the QR code could not be made (\(reason))."
        }
    }

    public var french: String {
        switch self {
        case .textTooLongForQRCode(let byteCount, let maximum):
            return "le texte est trop long pour un code QR : \(byteCount) octets en UTF-8, \(maximum) au plus ; "
                + "raccourcissez-le (un lien plutôt que le texte lui-même)."
        case .emptyQRCodeText:
            return "un code QR a besoin d'un texte ; celui-ci est vide."
        case .qrCodeNotEncoded(let reason):
            return "le code QR n'a pas pu être produit (\(reason))."
        }
    }
}
