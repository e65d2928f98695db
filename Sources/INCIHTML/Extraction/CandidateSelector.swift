import INCICore

/// Chooses among candidate texts by what the matcher recognizes, not by where they sit on the page:
/// a "Key ingredients" teaser or a menu of ingredient categories loses to the full list.
///
/// A candidate is accepted when at least half of its items are known ingredients (and at least two,
/// unless the whole list is one or two known names). Accepted lists that mostly repeat a better one
/// (the same list in JSON-LD and in a tab, a panel with and without its neighbours) are dropped;
/// lists that differ (the parts of a kit, shades split from one text) each become a product.
struct CandidateSelector {
    let analyzer: IngredientAnalyzer

    struct Choice {
        var candidate: IngredientCandidate
        var analysis: IngredientList
        var score: Double
        /// Candidates split from one text share a group: they are never duplicates of each other.
        var group: Int
        var names: Set<String>
        /// Position within its group.
        var part: Int
        /// Named by its label's qualifier ("Cleanser Ingredients"), not by a split of its text.
        var namedByLabel = false
    }

    static let minimumCoverage = 0.5
    /// Below this share of exact (non-fuzzy) matches a candidate is not looked up for misspellings.
    static let minimumExactCoverage = 0.25
    /// Share of the shorter list's names found in a kept list above which a list is a duplicate.
    static let duplicateOverlap = 0.7
    /// Lists shorter than this beside a list twice as long are highlights ("Niacinamide, Zinc"), not kit parts.
    static let teaserSize = 4
    /// A page's only list, found under a qualified label ("Soothing Ingredients", "Natural Ingredients") and
    /// shorter than this, is a selection of the list: full lists are longer, and a kit's named parts come
    /// at least in pairs.
    static let loneQualifiedMinimum = 6

    /// The text with each run of whitespace one space and none at its ends, as splitting its `Character`s at
    /// whitespace and joining them with spaces gives it; on scalars where each scalar is a character of its
    /// own (`PunctuationCount.joinsNoNeighbour`), as iterating a page-long text's characters is slow.
    static func collapsingWhitespace(_ text: String) -> String {
        guard text.unicodeScalars.allSatisfy({ PunctuationCount.joinsNoNeighbour($0.value) }) else {
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // A character is whitespace when its first scalar is (`Character.isWhitespace`).
            let isWhitespace =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(" ")
                pendingSpace = false
            }
            key.append(scalar)
        }
        return String(key)
    }

    func select(_ candidates: [IngredientCandidate]) -> [Choice] {
        var seenTexts: Set<String> = []
        // Candidates that differ before cleaning often clean to the same text (a panel with and without
        // its neighbours): each distinct text is analysed once.
        var analyses: [String: IngredientList?] = [:]
        var accepted: [Choice] = []
        for (group, candidate) in candidates.enumerated() {
            let key = Self.collapsingWhitespace(candidate.text)
            guard seenTexts.insert(key).inserted else { continue }
            var parts: [IngredientCandidate] = [candidate]
            if let components = candidate.components {
                parts = components.map {
                    IngredientCandidate(
                        text: $0.text, strategy: candidate.strategy, variant: $0.name, order: candidate.order)
                }
            } else if let variants = VariantSplitter.split(candidate.text) {
                parts = variants.map {
                    IngredientCandidate(
                        text: $0.text, strategy: candidate.strategy, variant: $0.variant, order: candidate.order)
                }
            }
            for (partIndex, var part) in parts.enumerated() {
                part.text = BlockBoundaries.clean(part.text)
                // A text with under a quarter of exact matches is not a list even if typos were fixed.
                let cached = analyses[part.text]
                let result =
                    cached
                    ?? (try? analyzer.analyze(part.text, fuzzyFromCoverage: Self.minimumExactCoverage))
                if cached == nil { analyses[part.text] = .some(result) }
                guard let analysis = result else { continue }
                let total = analysis.ingredients.count
                let recognized = analysis.ingredients.reduce(0.0) { $0 + ($1.match == .unknown ? 0 : $1.confidence) }
                let known = analysis.ingredients.count - analysis.unknown.count
                guard analysis.coverage >= Self.minimumCoverage,
                    known >= 2 || (known >= 1 && total <= 2 && analysis.coverage == 1)
                else { continue }
                let names = Set(analysis.ingredients.map { $0.name.lowercased() })
                accepted.append(
                    Choice(
                        candidate: part, analysis: analysis, score: recognized * analysis.coverage, group: group,
                        names: names, part: partIndex,
                        namedByLabel: parts.count == 1 && candidate.components == nil && part.variant != nil))
            }
        }
        // A text holding two or more accepted parts of a kit is the kit read as one product: drop it.
        let kitParts = Dictionary(grouping: accepted.filter { $0.candidate.variant != nil }, by: \.group).filter {
            $0.value.count >= 2
        }
        accepted.removeAll { choice in
            kitParts.contains { group, parts in
                group != choice.group && choice.part == 0
                    && parts.filter { part in
                        Double(part.names.intersection(choice.names).count) >= Self.duplicateOverlap
                            * Double(part.names.count)
                    }.count >= 2
            }
        }
        // Best first; ties by document order, then by discovery, so the result never depends on hashing.
        let ranked = accepted.enumerated().sorted { a, b in
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            if a.element.candidate.order != b.element.candidate.order {
                return a.element.candidate.order < b.element.candidate.order
            }
            return a.offset < b.offset
        }.map(\.element)
        var kept: [Choice] = []
        for choice in ranked {
            let duplicate = kept.contains { other in
                guard other.group != choice.group else { return false }
                // Shades or kit parts under their own headings ("Rose Ingredients", "Peach Ingredients")
                // share most names; they are one product only when their lists are the same.
                if let a = other.candidate.variant, let b = choice.candidate.variant, a != b {
                    return other.names == choice.names
                }
                let shared = other.names.intersection(choice.names).count
                return Double(shared) >= Self.duplicateOverlap * Double(min(other.names.count, choice.names.count))
            }
            // A two- or three-name teaser next to a full list is not a product of its own.
            let teaser =
                choice.analysis.ingredients.count < Self.teaserSize
                && kept.contains { $0.analysis.ingredients.count >= 2 * choice.analysis.ingredients.count }
            if !duplicate && !teaser { kept.append(choice) }
        }
        if kept.count == 1, kept[0].namedByLabel, kept[0].analysis.ingredients.count < Self.loneQualifiedMinimum {
            return []
        }
        // Page order for the products.
        return kept.enumerated().sorted { a, b in
            if a.element.candidate.order != b.element.candidate.order {
                return a.element.candidate.order < b.element.candidate.order
            }
            if a.element.group != b.element.group { return a.element.group < b.element.group }
            return a.element.part < b.element.part
        }.map(\.element)
    }
}
