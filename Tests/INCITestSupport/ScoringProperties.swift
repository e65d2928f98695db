import INCICore

/// The properties every scored real list must have (the scoring issue's "done when"): the concentration
/// estimates of the ordered (main and inactive) sections add up to at most 100 % (or what printed values
/// alone force), never increase down the list (printed percentages aside), keep every printed value and
/// hold each point estimate inside its range; scores stay within 0–100; a free-from flag is never "yes"
/// while an ingredient is unrecognised. Shared by the catalog and the page corpora's tests.
public struct ScoringProperties: CustomStringConvertible {
    public private(set) var lists = 0
    public private(set) var printedOver100 = 0
    public private(set) var sum: [String] = []
    public private(set) var order: [String] = []
    public private(set) var printed: [String] = []
    public private(set) var range: [String] = []
    public private(set) var score: [String] = []
    public private(set) var flags: [String] = []

    public init() {}

    public var total: Int { sum.count + order.count + printed.count + range.count + score.count + flags.count }

    public var description: String {
        "\(lists) lists (\(printedOver100) whose printed percentages alone exceed 100 %); violations: sum \(sum.count), order \(order.count), "
            + "printed \(printed.count), range \(range.count), score \(score.count), flags \(flags.count)"
            + (total == 0
                ? ""
                : "\n  first: " + (sum + order + printed + range + score + flags).prefix(5).joined(separator: "\n  "))
    }

    /// Scores `list` as `scorer` does with no product type given and records what it violates; `label`
    /// names the list in a violation.
    public mutating func check(_ list: IngredientList, scorer: Scorer, label: String) {
        let analysis = scorer.analyze(list, productType: .decide(given: nil))
        lists += 1
        let ordered = list.ingredients.indices.filter {
            list.ingredients[$0].token.section == .main || list.ingredients[$0].token.section == .inactive
        }
        let label = String(label.prefix(60))
        let printedTotal = ordered.compactMap { ConcentrationModel.validPrinted(list.ingredients[$0]) }.reduce(0, +)
        if printedTotal > 100 { printedOver100 += 1 }
        let total = ordered.reduce(0) { $0 + analysis.estimates[$1].share }
        if total > max(100, printedTotal) + 0.05 { sum.append("sum \(total): \(label)") }
        var previous: Double?
        // A flattened Drug Facts block stands outside the descending order; the order starts after it.
        let block = DrugFactsBlock.members(
            list.ingredients, ordered: ordered, priors: scorer.dictionary.scoring.concentration)
        for index in ordered.dropFirst(block.count) {
            let estimate = analysis.estimates[index]
            if let value = ConcentrationModel.validPrinted(list.ingredients[index]) {
                if estimate.share != value || estimate.basis != .printed {
                    printed.append("\(list.ingredients[index].name) \(value) → \(estimate.share): \(label)")
                }
                continue
            }
            // A strength the product's name states is a fact too, not bound by the order.
            // An alphabetical list is not in descending order: its estimates come from usual levels.
            if estimate.basis == .stated || estimate.basis == .unordered { continue }
            if let previous, estimate.share > previous + 1e-6 {
                order.append("\(list.ingredients[index].name) \(estimate.share) > \(previous): \(label)")
            }
            previous = estimate.share
        }
        for estimate in analysis.estimates
        where !(estimate.low <= estimate.share && estimate.share <= estimate.high && estimate.low >= 0) {
            range.append("\(estimate): \(label)")
        }
        for result in analysis.scores where !(0...100).contains(result.score) {
            score.append("\(result.skinType) \(result.score): \(label)")
        }
        let minimum = scorer.dictionary.scoring.fuzzyMinimumConfidence
        let unrecognised = list.ingredients.contains {
            $0.token.section != .mayContain && ($0.match == .unknown || ($0.match == .fuzzy && $0.confidence < minimum))
        }
        for flag in analysis.flags.freeFrom where flag.answer == .yes && unrecognised {
            flags.append("\(flag.id) yes with unrecognised names: \(label)")
        }
    }
}
