import Foundation
import Testing

@testable import TiwiziGraphics

@Suite("Graphics: QR code SVG")
struct QRCodeSVGTests {
    @Test func theSVGIsAnImageNamedByItsTitle() throws {
        let code = try QRCode(QRCodeTests.link)
        let svg = code.svg(title: "Fiche produit TAF-ARG-250")
        let root = try SVGElement.parse(svg)
        #expect(root.name == "svg")
        #expect(root["role"] == "img")
        #expect(root["viewBox"] == "0 0 37 37")  // 29 modules and 4 on each side
        #expect(root["width"] == "148" && root["height"] == "148")
        #expect(root["shape-rendering"] == "crispEdges")
        let title = try #require(root.all("title").first)
        #expect(title.text == "Fiche produit TAF-ARG-250")
        #expect(root["aria-labelledby"] == title["id"])
        #expect(root.all("path").count == 1)
        #expect(root.all("path").first?["fill"] == "#000")
        #expect(root.all("rect").first?["fill"] == "#fff")
        #expect(!svg.contains("<script"))
    }

    @Test func theTitleIsEscaped() throws {
        let title = "Coopérative <Tafraout> & \"Argan\" d'Aït"
        let svg = try QRCode("x").svg(title: title)
        #expect(svg.contains("Coopérative &lt;Tafraout&gt; &amp; &quot;Argan&quot; d'Aït"))
        #expect(try SVGElement.parse(svg).all("title").first?.text == title)
    }

    @Test(arguments: [(4, 4), (1, 0), (10, 2)])
    func thePathDrawsEveryDarkModuleOnce(moduleSize: Int, quietZone: Int) throws {
        let code = try QRCode("https://tiwizi.ma/p/زيت-أركان")
        let root = try SVGElement.parse(code.svg(moduleSize: moduleSize, quietZone: quietZone, title: "QR"))
        let side = code.size + 2 * quietZone
        #expect(root["viewBox"] == "0 0 \(side) \(side)")
        #expect(root["width"] == "\(side * moduleSize)")
        var drawn = [[Int]](repeating: [Int](repeating: 0, count: code.size), count: code.size)
        let path = try #require(root.all("path").first?["d"])
        let run = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/
        var runs = 0
        for match in path.matches(of: run) {
            let (x, y, length) = (Int(match.1)! - quietZone, Int(match.2)! - quietZone, Int(match.3)!)
            #expect(Int(match.4)! == length)
            guard (0..<code.size).contains(y), x >= 0, length > 0, x + length <= code.size else {
                Issue.record("a run outside the symbol: \(match.0)")
                continue
            }
            for column in x..<(x + length) { drawn[y][column] += 1 }
            runs += 1
        }
        // Nothing but runs in the path.
        #expect(path.replacing(run, with: "").isEmpty)
        for y in 0..<code.size {
            for x in 0..<code.size {
                #expect(drawn[y][x] == (code.isDark(x: x, y: y) ? 1 : 0), "module (\(x), \(y))")
            }
        }
        // Runs are maximal: fewer rectangles than dark modules.
        let dark = drawn.joined().reduce(0, +)
        #expect(runs < dark)
    }

    @Test func twoCodesOnOnePageHaveTheirOwnIds() throws {
        let first = try SVGElement.parse(QRCode("a").svg(title: "A"))
        let second = try SVGElement.parse(QRCode("b").svg(title: "B"))
        #expect(first.all("title").first?["id"] != second.all("title").first?["id"])
    }
}
