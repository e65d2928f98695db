import Foundation
import INCICore
import INCIDictionaryData
import INCITestSupport
import Testing

/// Real Japanese and Chinese labels (`Fixtures/labels/`) against the INCI names written beside each printed
/// name: how many names inci gets right, wrong (another INCI name) or leaves unknown. Every fifth list is
/// held out (the morpheme tables are tuned on the others); both figures are printed.
@Suite struct LabelFixtureTests {
    struct Label {
        let title: String
        let source: String
        let text: String
        /// Printed name → expected INCI name, nil where the fixture says `?`.
        let expected: [(printed: String, inci: String?)]
    }

    struct Figures {
        var lists = 0
        var names = 0
        var right = 0
        var wrong: [String] = []
        var unknown: [String] = []
        var uncounted = 0
        var tokenMismatches: [String] = []
        var share: Double { Double(right) / Double(max(names, 1)) }

        func report(_ name: String) -> String {
            "\(name): \(lists) lists, \(names) names: \(right) right (" + String(format: "%.1f%%", share * 100)
                + "), \(wrong.count) wrong, \(unknown.count) unknown; \(uncounted) not counted (`?`)"
        }
    }

    static func labels(_ file: String) throws -> [Label] {
        let text = try SharedData.fixtureText("labels/\(file)")
        var labels: [Label] = []
        for block in text.components(separatedBy: "\n=== ").dropFirst() {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            var source = ""
            var label = ""
            var expected: [(String, String?)] = []
            for line in lines.dropFirst() {
                if line.hasPrefix("source: ") {
                    source = String(line.dropFirst(8))
                } else if line.hasPrefix("label: ") {
                    label = String(line.dropFirst(7))
                } else if let range = line.range(of: " = ", options: .backwards) {
                    let inci = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
                    expected.append((String(line[..<range.lowerBound]), inci == "?" ? nil : inci))
                }
            }
            labels.append(Label(title: lines[0], source: source, text: label, expected: expected))
        }
        return labels
    }

    /// Right when the emitted name is the expected one, or names the same dictionary ingredient (an old or
    /// alternative INCI name the dictionary lists: Palmitoyl Oligopeptide is Palmitoyl Tripeptide-1).
    static func isRight(_ item: MatchedIngredient, _ expected: String, dictionary: IngredientDictionary) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        func plain(_ name: String) -> String { CompactKey.make(name.replacing(/\s*[(\[][^)\]]*[)\]]/, with: "")) }
        if plain(ingredient.name) == plain(expected) { return true }
        if let listed = dictionary.ingredient(named: expected), listed.id == ingredient.id { return true }
        return false
    }

    static func measure(_ labels: [Label], dictionary: IngredientDictionary) -> Figures {
        let analyzer = IngredientAnalyzer(dictionary: dictionary)
        var figures = Figures()
        for label in labels {
            figures.lists += 1
            guard let list = try? analyzer.analyze(label.text) else {
                figures.tokenMismatches.append("\(label.title): no list")
                continue
            }
            guard list.ingredients.count == label.expected.count else {
                figures.tokenMismatches.append(
                    "\(label.title): \(list.ingredients.count) tokens, \(label.expected.count) expected")
                continue
            }
            for (item, expected) in zip(list.ingredients, label.expected) {
                guard let inci = expected.inci else {
                    figures.uncounted += 1
                    continue
                }
                figures.names += 1
                if isRight(item, inci, dictionary: dictionary) {
                    figures.right += 1
                } else if item.match == .unknown {
                    figures.unknown.append("\(expected.printed) (\(inci))")
                } else {
                    figures.wrong.append("\(expected.printed): \(item.name), expected \(inci)")
                }
            }
        }
        return figures
    }

    func check(_ file: String, language: String) throws {
        let labels = try Self.labels(file)
        #expect(labels.count >= 20)
        #expect(labels.allSatisfy { !$0.source.isEmpty && !$0.text.isEmpty })
        let dictionary = EmbeddedDictionary.shared
        let tuned = Self.measure(
            labels.enumerated().filter { $0.offset % 5 != 4 }.map(\.element), dictionary: dictionary)
        let heldOut = Self.measure(
            labels.enumerated().filter { $0.offset % 5 == 4 }.map(\.element), dictionary: dictionary)
        print(tuned.report("\(language), tuned lists"))
        print(heldOut.report("\(language), held-out lists (every fifth)"))
        print("  wrong (tuned): " + tuned.wrong.joined(separator: "; "))
        print("  unknown (tuned): " + tuned.unknown.joined(separator: "; "))
        #expect(tuned.tokenMismatches.isEmpty, "\(tuned.tokenMismatches)")
        #expect(heldOut.tokenMismatches.isEmpty, "\(heldOut.tokenMismatches)")
        #expect(tuned.share >= 0.95)
        #expect(heldOut.share >= 0.90)
        // A wrong INCI name is worse than unknown: keep them rare.
        #expect(Double(tuned.wrong.count + heldOut.wrong.count) <= 0.02 * Double(tuned.names + heldOut.names))
    }

    @Test func japaneseLabels() throws { try check("japanese.txt", language: "Japanese") }

    @Test func chineseLabels() throws { try check("chinese.txt", language: "Chinese") }

    /// Lists read after the tables were tuned: the figure that says how composition generalizes. Fewer
    /// names are known than on the tuned lists; what matters most is that few are wrong.
    @Test(arguments: [
        ("japanese-unseen.txt", "Japanese"), ("chinese-unseen.txt", "Chinese"),
        ("korean-other-categories.txt", "Korean"),
        ("japanese-unseen2.txt", "Japanese (second set)"), ("chinese-unseen2.txt", "Chinese (second set)"),
        ("japanese-unseen3.txt", "Japanese (third set)"), ("chinese-unseen3.txt", "Chinese (third set)"),
        ("korean-other-categories2.txt", "Korean (second other-categories set)"),
        ("japanese-unseen4.txt", "Japanese (fourth set)"), ("chinese-unseen4.txt", "Chinese (fourth set)"),
        ("japanese-unseen5.txt", "Japanese (fifth set)"), ("chinese-unseen5.txt", "Chinese (fifth set)"),
        ("korean-other-categories3.txt", "Korean (third other-categories set)"),
        ("chinese-unseen6.txt", "Chinese (sixth set)"),
        ("chinese-unseen7.txt", "Chinese (seventh set)"), ("japanese-unseen6.txt", "Japanese (sixth set)"),
        ("korean-other-categories4.txt", "Korean (fourth other-categories set)"),
        ("chinese-unseen8.txt", "Chinese (eighth set)"), ("japanese-unseen7.txt", "Japanese (seventh set)"),
        ("korean-other-categories5.txt", "Korean (fifth other-categories set)"),
        ("chinese-unseen9.txt", "Chinese (ninth set)"), ("japanese-unseen8.txt", "Japanese (eighth set)"),
        ("korean-other-categories6.txt", "Korean (sixth other-categories set)"),
        ("japanese-unseen9.txt", "Japanese (ninth set)"), ("chinese-unseen10.txt", "Chinese (tenth set)"),
        ("korean-other-categories7.txt", "Korean (seventh other-categories set)"),
        ("japanese-unseen10.txt", "Japanese (tenth set)"), ("chinese-unseen11.txt", "Chinese (eleventh set)"),
        ("korean-other-categories8.txt", "Korean (eighth other-categories set)"),
        ("japanese-unseen11.txt", "Japanese (eleventh set)"), ("chinese-unseen12.txt", "Chinese (twelfth set)"),
        ("korean-other-categories9.txt", "Korean (ninth other-categories set)"),
    ])
    func unseenLabels(file: String, language: String) throws {
        let labels = try Self.labels(file)
        let figures = Self.measure(labels, dictionary: EmbeddedDictionary.shared)
        print(figures.report("\(language), lists read after tuning"))
        // Every fifth list is the part never looked at while the rules were written from this set's misses.
        let heldOut = Self.measure(
            labels.enumerated().filter { $0.offset % 5 == 4 }.map(\.element), dictionary: EmbeddedDictionary.shared)
        print(heldOut.report("\(language), its every fifth list"))
        print("  wrong: " + figures.wrong.joined(separator: "; "))
        print("  unknown: " + figures.unknown.joined(separator: "; "))
        #expect(figures.tokenMismatches.isEmpty, "\(figures.tokenMismatches)")
        #expect(figures.share >= 0.75)
        #expect(Double(figures.wrong.count) <= 0.03 * Double(figures.names))
    }
}
