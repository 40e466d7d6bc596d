import Foundation
import Testing

@testable import TiwiziGraphics

/// The SVG drawn, rasterized by rsvg-convert and read back by zbarimg: what a phone would read.
@Suite("Graphics: QR codes read back (rsvg-convert, zbarimg)")
struct QRCodeRoundTripTests {
    static let texts = [
        QRCodeTests.link,
        "https://tiwizi.ma/p/زيت-أركان-تافراوت?lang=ar",
        thousandCharacters,
    ]

    /// 1,000 characters of French, Arabic and Tifinagh: 1,547 bytes in UTF-8, a version 33 code.
    static let thousandCharacters: String = {
        let sentence = "Coopérative Tafraout, huile d'argan — تعاونية تافراوت لزيت الأركان ⵜⴰⴼⵔⴰⵡⵜ. "
        let text = String(String(repeating: sentence, count: 20).prefix(1000))
        return text
    }()

    @Test func theLongTextIsAThousandCharacters() throws {
        #expect(Self.thousandCharacters.count == 1000)
        #expect(Self.thousandCharacters.utf8.count == 1547)
        #expect(try QRCode(Self.thousandCharacters).version == 33)
    }

    @Test(arguments: texts)
    func aReaderReadsTheTextBack(text: String) throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("code.svg")
        let png = folder.appendingPathComponent("code.png")
        try Data(QRCode(text).svg(title: "QR").utf8).write(to: svg)
        try Tools.run("rsvg-convert", ["--format", "png", "--output", png.path, svg.path])
        let read = try Tools.run("zbarimg", ["--raw", "-q", png.path])
        // zbarimg ends what it read with a line break.
        #expect(String(decoding: read, as: UTF8.self) == text + "\n")
    }
}
