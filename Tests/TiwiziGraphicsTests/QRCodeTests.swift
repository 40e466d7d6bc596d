import Foundation
import Testing
import TiwiziCore

@testable import TiwiziGraphics

@Suite("Graphics: QR code matrix")
struct QRCodeTests {
    static let link = "https://tiwizi.ma/p/TAF-ARG-250"

    @Test func aLinkTakesVersionThreeAtLevelM() throws {
        // 31 bytes: more than version 2-M holds in 8-bit mode (26), less than version 3-M (42).
        let code = try QRCode(Self.link)
        #expect(code.version == 3)
        #expect(code.size == 29)
    }

    @Test(arguments: [1, 14, 15, 100, 1000, 2331])
    func sizeIsSeventeenAndFourModulesAVersion(byteCount: Int) throws {
        let code = try QRCode(String(repeating: "a", count: byteCount))
        #expect(code.size == 17 + 4 * code.version)
        #expect((1...40).contains(code.version))
    }

    @Test func versionsGrowWithTheText() throws {
        #expect(try QRCode("a").version == 1)
        #expect(try QRCode(String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode(String(repeating: "a", count: 2331)).version == 40)
    }

    @Test func findersTimingAndDarkModuleAreWhereTheStandardPutsThem() throws {
        let code = try QRCode(Self.link)
        let last = code.size - 7
        for (left, top) in [(0, 0), (last, 0), (0, last)] {
            for dy in 0..<7 {
                for dx in 0..<7 {
                    // A dark 7×7 ring, a light ring inside it, a dark 3×3 centre.
                    let ring = max(abs(dx - 3), abs(dy - 3))
                    #expect(code.isDark(x: left + dx, y: top + dy) == (ring != 2), "finder at (\(left), \(top)), (\(dx), \(dy))")
                }
            }
        }
        // The separators around the finders are light.
        for offset in 0..<8 {
            #expect(!code.isDark(x: 7, y: offset) && !code.isDark(x: offset, y: 7))
            #expect(!code.isDark(x: code.size - 8, y: offset) && !code.isDark(x: code.size - 8 + offset, y: 7))
            #expect(!code.isDark(x: 7, y: code.size - 8 + offset) && !code.isDark(x: offset, y: code.size - 8))
        }
        // Timing patterns: row and column 6 alternate between the finders, dark on even modules.
        for index in 8..<(code.size - 8) {
            #expect(code.isDark(x: index, y: 6) == index.isMultiple(of: 2))
            #expect(code.isDark(x: 6, y: index) == index.isMultiple(of: 2))
        }
        // The dark module, above the bottom-left finder's separator.
        #expect(code.isDark(x: 8, y: 4 * code.version + 9))
    }

    @Test func theQuietZoneIsLight() throws {
        let code = try QRCode(Self.link)
        #expect(code.isDark(x: 0, y: 0))
        for (x, y) in [(-1, 0), (0, -1), (code.size, 0), (0, code.size), (-4, -4)] {
            #expect(!code.isDark(x: x, y: y))
        }
    }

    @Test func differentTextsMakeDifferentCodes() throws {
        #expect(try QRCode("TAF-ARG-250") != QRCode("TAF-ARG-251"))
        #expect(try QRCode("TAF-ARG-250") == QRCode("TAF-ARG-250"))
    }

    @Test func moreCorrectionNeedsALargerSymbol() throws {
        let text = String(repeating: "Tiwizi ", count: 20)
        let versions = try QRCode.ErrorCorrection.allCases.map { try QRCode(text, errorCorrection: $0).version }
        #expect(versions == versions.sorted())
        #expect(versions.first! < versions.last!)
    }

    @Test(arguments: QRCode.ErrorCorrection.allCases)
    func capacityIsWhatLibqrencodeHolds(level: QRCode.ErrorCorrection) throws {
        #expect(try QRCode(String(repeating: "x", count: level.byteCapacity), errorCorrection: level).version == 40)
        #expect(throws: GraphicsProblem.textTooLongForQRCode(byteCount: level.byteCapacity + 1, maximum: level.byteCapacity)) {
            try QRCode(String(repeating: "x", count: level.byteCapacity + 1), errorCorrection: level)
        }
    }

    @Test func tenThousandBytesAreRefusedByName() {
        let text = String(repeating: "أركان", count: 1000)  // 10 bytes each in UTF-8
        #expect(text.utf8.count == 10_000)
        do {
            _ = try QRCode(text)
            Issue.record("10,000 bytes made a QR code")
        } catch {
            #expect(error == .textTooLongForQRCode(byteCount: 10_000, maximum: 2331))
            #expect(error.code == "textTooLongForQRCode")
            #expect(error.text(in: .english).contains("10000 bytes in UTF-8, at most 2331"))
            #expect(error.text(in: .french).contains("10000 octets en UTF-8, 2331 au plus"))
        }
    }

    @Test func emptyTextIsRefused() {
        #expect(throws: GraphicsProblem.emptyQRCodeText) { try QRCode("") }
        #expect(GraphicsProblem.emptyQRCodeText.text(in: .french).contains("vide"))
    }

    @Test func codesAreTheSameMadeFromManyTasksAtOnce() async throws {
        let texts = (0..<48).map { "https://tiwizi.ma/p/\($0)-" + String(repeating: "زيت", count: $0 * 5) }
        let serial = try texts.map { try QRCode($0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, QRCode).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, try QRCode(text)) }
            }
            var codes = [QRCode?](repeating: nil, count: texts.count)
            for try await (index, code) in group { codes[index] = code }
            return codes
        }
        #expect(concurrent == serial)
    }
}
