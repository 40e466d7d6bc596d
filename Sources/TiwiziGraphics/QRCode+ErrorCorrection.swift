import CQRencode

extension QRCode {
    /// How much of a QR code may be damaged or hidden and still read: the four levels of the
    /// standard (ISO/IEC 18004). More correction means a larger symbol for the same text.
    public enum ErrorCorrection: Sendable, CaseIterable {
        /// About 7 % of the symbol may be lost.
        case low
        /// About 15 %: the default, for printed pages.
        case medium
        /// About 25 %.
        case quartile
        /// About 30 %.
        case high

        /// The most bytes (8-bit mode) that the largest QR code, version 40, holds at this level.
        public var byteCapacity: Int {
            switch self {
            case .low: return 2953
            case .medium: return 2331
            case .quartile: return 1663
            case .high: return 1273
            }
        }

        var level: QRecLevel {
            switch self {
            case .low: return QR_ECLEVEL_L
            case .medium: return QR_ECLEVEL_M
            case .quartile: return QR_ECLEVEL_Q
            case .high: return QR_ECLEVEL_H
            }
        }
    }
}
