import Foundation

/// The concentration estimates of one list: one per ingredient, in printed order, with the "1% line"
/// and the product form they were read with.
package struct ConcentrationDistribution: Sendable, Hashable {
    package let estimates: [ConcentrationEstimate]
    /// Position of the first ingredient at the "1% line", when one was found.
    package let linePosition: Int?
    package let profile: FormulaProfile
    /// The detergent or soap that made the list a wash, when one did.
    package var washMaker: MatchedIngredient? = nil
}

/// Estimates concentrations as a distribution over the list, not one guess per position.
///
/// What the label proves: ingredients above 1 % are listed in descending order, those at 1 % or less
/// follow in any order; printed percentages are facts. What is usually true: each product form has its
/// usual make-up (`profile` in `scoring/concentration.txt`) and each ingredient its usual use level
/// (`use-levels`). The model
/// 1. finds the 1% line: the first ingredient after the first that is at most 1 % — printed so, or one
///    whose usual maximum is 1 % or less (preservatives, chelators, gums, fragrance; `model`'s
///    line roles, families and names);
/// 2. bounds every share: a range (`low`, `high`) from the order (no share above the one before it unless
///    it is 1 % or less, nothing after the line above 1 %), the budget (the k-th ingredient holds at most
///    1/k of what the others leave) and the usual maximum;
/// 3. places a point estimate inside it: the form's usual first share, a geometric decline to the line,
///    a slow one after it, pulled into each ingredient's usual range;
/// 4. makes the whole add up: shares never increase down the list (printed ones aside) and sum to 100 %
///    (less when printed values leave nothing), the first ingredient taking up what the others cannot.
package enum ConcentrationModel {
    /// `stated`: percentages the product's name states for ingredients the list prints without one
    /// (`NameStrength`), by index; kept as printed ones are.
    package static func estimate(_ list: IngredientList, weights: ScoringWeights, stated: [Int: Double] = [:])
        -> ConcentrationDistribution
    {
        let items = list.ingredients
        let stated = possible(stated, items: items, weights: weights)
        func fact(_ index: Int) -> Double? { validPrinted(items[index]) ?? stated[index] }
        func factBasis(_ index: Int) -> ConcentrationEstimate.Basis {
            validPrinted(items[index]) != nil ? .printed : .stated
        }
        var ordered = items.indices.filter { items[$0].token.section == .main || items[$0].token.section == .inactive }
        var estimates = [ConcentrationEstimate?](repeating: nil, count: items.count)
        let priors = weights.concentration
        func level(_ index: Int) -> ConcentrationPriors.UseLevel? {
            items[index].ingredient.flatMap(priors.useLevel(for:))
        }
        // Drug Facts actives, under their heading or flattened before the base (`DrugFactsBlock`): outside
        // the descending order, each at its printed strength or its usual level.
        // An inactive list printed A to Z (after any Drug Facts actives) is not in descending order.
        let alphabeticalLead = AlphabeticalList.leadingActives(items, ordered: ordered, priors: priors)
        var block = DrugFactsBlock.members(items, ordered: ordered, priors: priors)
        if let lead = alphabeticalLead, block.isEmpty { block = ordered.prefix(lead) }
        var activeTotal = 0.0
        for index in items.indices where items[index].token.section == .active || block.contains(index) {
            let printed = fact(index)
            let (share, low, high) = DrugFactsBlock.share(
                printed: printed, level: level(index), fallback: weights.activeShare)
            activeTotal += share
            estimates[index] = make(
                share, low: low, high: high, basis: printed == nil ? .position : factBasis(index), below: share < 1,
                weights)
        }
        ordered.removeFirst(block.count)
        for index in items.indices where items[index].token.section == .mayContain {
            estimates[index] = make(weights.floorShare, low: 0, high: 1, basis: .trace, below: true, weights)
        }

        // Labels that list a printed active first at its strength ("Tretinoin 0.025%, Water, …") put it
        // there by convention, not by weight: a leading printed share smaller than what the unprinted rest
        // holds on average is taken off the top, as a Drug Facts active is, and bounds nothing after it.
        let unprintedCount = ordered.filter { fact($0) == nil }.count
        let restAverage =
            (100 - activeTotal - ordered.compactMap { fact($0) }.reduce(0, +)) / Double(max(unprintedCount, 1))
        while unprintedCount > 0, let first = ordered.first, let value = fact(first), value < restAverage {
            activeTotal += value
            estimates[first] = make(value, low: value, high: value, basis: factBasis(first), below: value < 1, weights)
            ordered.removeFirst()
        }
        if alphabeticalLead != nil { ordered = AlphabeticalList.likelyOrder(ordered, items: items, priors: priors) }
        let reading = FormulaProfile.read(ordered.map { items[$0] }, signals: priors.signals)
        let profile = reading.profile
        let form = priors.profiles[profile] ?? ConcentrationPriors().profiles[profile]!
        let ranked = ordered.map { items[$0] }
        let levels = ranked.map { $0.ingredient.flatMap(priors.useLevel(for:)) }
        let printed = ordered.map(fact)
        let line = lineRank(ranked, printed: printed, levels: levels, weights: weights)
        let shares = distribute(
            count: ranked.count, printed: printed, levels: levels, line: line, form: form,
            budget: max(0, 100 - activeTotal), weights: weights)
        let assumedLine = estimatedLine(line, count: ranked.count, form: form, stretch: weights.lineStretch)
        let room = max(0, 100 - activeTotal) - printed.compactMap { $0 }.reduce(0, +)
        for (rank, index) in ordered.enumerated() {
            let estimated: ConcentrationEstimate.Basis = alphabeticalLead == nil ? .position : .unordered
            let basis = printed[rank] == nil ? estimated : factBasis(index)
            let below = printed[rank].map { $0 < 1 } ?? (rank >= assumedLine)
            var (low, high) = (shares.low[rank], shares.high[rank])
            if basis == .unordered {
                (low, high) = AlphabeticalList.widened(
                    share: shares.share[rank], maximum: levels[rank]?.max, room: room)
            }
            estimates[index] = make(shares.share[rank], low: low, high: high, basis: basis, below: below, weights)
        }
        return ConcentrationDistribution(
            estimates: estimates.map { $0! }, linePosition: line.map { ranked[$0].token.position }, profile: profile,
            washMaker: reading.washMaker)
    }

    /// The stated strengths the list's order allows. A name's percentage is a claim about one ingredient,
    /// and the label can refute it: after the 1% line (read from printed values and usual levels alone)
    /// nothing holds more than 1 %. "2% Retinol Complex Serum" with retinol after the preservative states
    /// the strength of a complex, not of retinol.
    static func possible(_ stated: [Int: Double], items: [MatchedIngredient], weights: ScoringWeights) -> [Int: Double]
    {
        guard stated.values.contains(where: { $0 > 1 }) else { return stated }
        let ordered = items.indices.filter { items[$0].token.section == .main || items[$0].token.section == .inactive }
        let ranked = ordered.map { items[$0] }
        let levels = ranked.map { $0.ingredient.flatMap(weights.concentration.useLevel(for:)) }
        guard let line = lineRank(ranked, printed: ranked.map(validPrinted), levels: levels, weights: weights) else {
            return stated
        }
        return stated.filter { index, value in value <= 1 || (ordered.firstIndex(of: index).map { $0 < line } ?? true) }
    }

    /// A printed percentage that can be a share of the product.
    package static func validPrinted(_ item: MatchedIngredient) -> Double? {
        guard let percent = item.token.percent, percent > 0, percent <= 100 else { return nil }
        return percent
    }

    static func make(
        _ share: Double, low: Double, high: Double, basis: ConcentrationEstimate.Basis, below: Bool,
        _ weights: ScoringWeights
    ) -> ConcentrationEstimate {
        // Printed values are kept as printed; estimates are rounded (to 0.0001 %) so output is stable.
        let round = { (value: Double) in basis.isFact ? value : value.rounded(toPlaces: 4) }
        return ConcentrationEstimate(
            share: round(share), low: round(low), high: round(high),
            prominence: prominence(ofShare: share, weights: weights), basis: basis, belowOnePercentLine: below)
    }

    /// The rank (0-based, among ordered ingredients) of the first ingredient after the first that is at
    /// most 1 %: printed so, a line marker of `model`, or usually used at 1 % or less.
    static func lineRank(
        _ ranked: [MatchedIngredient], printed: [Double?], levels: [ConcentrationPriors.UseLevel?],
        weights: ScoringWeights
    ) -> Int? {
        let lineNames = Set(weights.lineNames.map(NameKey.make))
        for rank in ranked.indices.dropFirst() {
            if let value = printed[rank] {
                if value <= 1 { return rank }
                continue
            }
            if isLineMarker(ranked[rank], weights: weights, lineNames: lineNames) { return rank }
            if let level = levels[rank], level.marksLine, let max = level.max, max <= 1 { return rank }
        }
        return nil
    }

    /// Where the estimates put the 1% line: at the marker, but no further down than `line-stretch` times the
    /// form's usual count above 1 % (a marker at #28 of a cream does not make 27 ingredients above 1 %: it
    /// bounds that count, it does not set it), and at the usual count when there is no marker.
    static func estimatedLine(_ line: Int?, count: Int, form: ConcentrationPriors.Profile, stretch: Double) -> Int {
        min(line ?? form.aboveLine, Int((Double(form.aboveLine) * stretch).rounded(.down)), count)
    }

    struct Shares {
        var share: [Double]
        var low: [Double]
        var high: [Double]
    }

    /// What `distribute` works from, shared by its steps.
    struct Layout {
        let count: Int
        let printed: [Double?]
        let levels: [ConcentrationPriors.UseLevel?]
        /// The 1 % line's rank when a marker proves it.
        let line: Int?
        let form: ConcentrationPriors.Profile
        let budget: Double
        /// Where the line is taken to be (`estimatedLine`).
        let assumedLine: Int
        /// The ranks without a printed share.
        let free: [Int]
        /// What the printed shares leave for the others.
        let room: Double

        /// Whether the line marker proves `rank` at most 1 %.
        func proven(_ rank: Int) -> Bool { line.map { rank >= $0 } ?? false }

        /// Whether the label allows `rank` at its usual level `usual`: every ingredient before it holds at
        /// least as much and the first at least the form's usual minimum, all within the room left. L-ascorbic
        /// acid at #13 of a cream cannot be at its usual 8 %: thirteen ingredients of 8 % do not fit in 100 %,
        /// so there it is an antioxidant or pH aid, and its usual level is no prior.
        func usualFits(_ rank: Int, _ usual: Double) -> Bool {
            Double(rank + 1) * usual + max(form.firstLow - usual, 0) <= room
        }
    }

    /// Ranges and point estimates for the ordered ingredients (see the type's comment).
    static func distribute(
        count n: Int, printed: [Double?], levels: [ConcentrationPriors.UseLevel?], line: Int?,
        form: ConcentrationPriors.Profile, budget: Double, weights: ScoringWeights
    ) -> Shares {
        guard n > 0 else { return Shares(share: [], low: [], high: []) }
        let layout = Layout(
            count: n, printed: printed, levels: levels, line: line, form: form, budget: budget,
            assumedLine: estimatedLine(line, count: n, form: form, stretch: weights.lineStretch),
            free: (0..<n).filter { printed[$0] == nil },
            room: budget - printed.compactMap { $0 }.reduce(0, +))
        var high = upperBounds(layout)
        var low = lowerBounds(layout, high: high)
        tightenByBudget(layout, low: &low, high: &high)
        let share = pointEstimates(layout, low: low, high: high, weights: weights)
        for rank in layout.free {
            low[rank] = min(low[rank], share[rank])
            high[rank] = max(high[rank], share[rank])
        }
        return Shares(share: share, low: low, high: high)
    }

    /// Upper bounds: usual maximum, the line, the order (an ingredient above 1 % is at most the one
    /// before it).
    static func upperBounds(_ layout: Layout) -> [Double] {
        var high = [Double](repeating: 0, count: layout.count)
        var previous = max(layout.budget, 0)
        for rank in 0..<layout.count {
            if let value = layout.printed[rank] {
                high[rank] = value
                previous = min(previous, max(value, 1))
                continue
            }
            var bound = min(max(1, previous), 100)
            if layout.proven(rank) { bound = min(bound, 1) }
            // A formulation aid's usual maximum bounds what follows it, as the line does; an active's only
            // bounds itself (its level is a prior about the active, not about the list).
            if let level = layout.levels[rank], level.marksLine { bound = min(bound, level.max ?? 100) }
            previous = bound
            high[rank] = min(bound, layout.levels[rank]?.max ?? 100)
        }
        return high
    }

    /// Lower bounds: 0 after the line; before it, at least what a later ingredient above 1 % holds.
    static func lowerBounds(_ layout: Layout, high: [Double]) -> [Double] {
        let printed = layout.printed
        var low = [Double](repeating: 0, count: layout.count)
        // Labels list descending throughout in practice: what comes before the line marker holds at
        // least the marker's usual share.
        var floor = layout.line.flatMap { printed[$0] ?? layout.levels[$0]?.typicalLow } ?? 0
        for rank in stride(from: layout.count - 1, through: 0, by: -1) {
            if let line = layout.line, rank >= line, printed[rank] == nil {
                low[rank] = 0
                continue
            }
            if let value = printed[rank] {
                low[rank] = value
                if value > 1 { floor = max(floor, value) }
                continue
            }
            low[rank] = min(floor, high[rank])
            // Above the line an ingredient is there for its purpose: at least its usual level (a prior, the
            // label alone does not prove it).
            if rank > 0, rank < layout.assumedLine, let usual = layout.levels[rank]?.typicalLow,
                layout.usualFits(rank, usual)
            {
                low[rank] = max(low[rank], min(usual, high[rank]))
            }
            floor = max(floor, low[rank])
        }
        return low
    }

    /// The budget: the k-th unprinted ingredient is at most 1/k of what the others leave, never more than
    /// the one before it (above 1 %); the first holds at least what the others cannot.
    static func tightenByBudget(_ layout: Layout, low: inout [Double], high: inout [Double]) {
        let free = layout.free
        var later = free.reduce(0) { $0 + low[$1] }
        for (before, rank) in free.enumerated() {
            later -= low[rank]
            high[rank] = max(low[rank], min(high[rank], max(0, layout.room - later) / Double(before + 1)))
        }
        for (position, rank) in free.enumerated() where position > 0 {
            high[rank] = max(low[rank], min(high[rank], max(1, high[free[position - 1]])))
        }
        guard let first = free.first, first == 0 else { return }
        // The first holds at least what the others cannot, and at least the average of those above the line.
        let othersHigh = free.dropFirst().reduce(0) { $0 + high[$1] }
        let aboveLine = free.filter { $0 < layout.assumedLine }
        let belowHigh = free.filter { $0 >= layout.assumedLine }.reduce(0) { $0 + high[$1] }
        let average = aboveLine.isEmpty ? 0 : (layout.room - belowHigh) / Double(aboveLine.count)
        low[0] = min(
            high[0], max(low[0], layout.room - othersHigh, average, min(layout.form.firstLow, high[0])))
    }

    /// Point estimates: the form's first share, a geometric decline to the line, a slow decline after it,
    /// each pulled into its usual range and its bounds, non-increasing and adding up to the room left.
    static func pointEstimates(_ layout: Layout, low: [Double], high: [Double], weights: ScoringWeights)
        -> [Double]
    {
        let (printed, free, assumedLine) = (layout.printed, layout.free, layout.assumedLine)
        var share = [Double](repeating: 0, count: layout.count)
        for rank in 0..<layout.count { if let value = printed[rank] { share[rank] = value } }
        // The form's usual first share is of a whole product; actives outside the order (a Drug Facts
        // block) displace the base in proportion.
        if printed[0] == nil { share[0] = layout.form.firstShare * layout.budget / 100 }
        var belowIndex = 0
        for rank in free where rank >= assumedLine && rank > 0 {
            share[rank] = max(
                weights.belowLineShare * pow(weights.belowLineDecay, Double(belowIndex)), weights.floorShare / 2)
            belowIndex += 1
        }
        let middle = free.filter { $0 > 0 && $0 < assumedLine }
        if !middle.isEmpty {
            let rest =
                layout.room - (printed[0] == nil ? share[0] : 0)
                - free.filter { $0 >= assumedLine && $0 > 0 }.reduce(0) { $0 + share[$1] }
            for (offset, value) in geometric(count: middle.count, total: rest, last: weights.lineShare).enumerated() {
                share[middle[offset]] = value
            }
        }
        for rank in free {
            if let level = layout.levels[rank] {
                if rank < assumedLine, rank > 0, let a = level.typicalLow, let b = level.typicalHigh {
                    share[rank] = min(layout.usualFits(rank, a) ? max(share[rank], a) : share[rank], b)
                }
                // After the line the order says nothing, so only the usual maximum applies there.
                if rank >= assumedLine, let b = level.typicalHigh { share[rank] = min(share[rank], b) }
            }
            share[rank] = min(max(share[rank], low[rank]), high[rank])
        }
        // Ingredients pulled up to their usual range lift the ones before them (the order is a fact).
        for (position, rank) in free.enumerated().reversed() where position > 0 {
            let previousRank = free[position - 1]
            if share[rank] > share[previousRank] { share[previousRank] = min(high[previousRank], share[rank]) }
        }
        monotone(&share, free)
        balance(&share, low: low, high: high, free: free, target: layout.room)
        monotone(&share, free)
        let total = free.reduce(0) { $0 + share[$1] }
        if total > layout.room, total > 0 {
            let factor = max(0, layout.room) / total
            for rank in free { share[rank] *= factor }
        }
        return share
    }

    /// `count` shares declining geometrically to `last`, summing to `total` (evenly when `total` is too
    /// small for a decline).
    static func geometric(count: Int, total: Double, last: Double) -> [Double] {
        guard count > 0 else { return [] }
        guard total > Double(count) * last else { return Array(repeating: max(total, 0) / Double(count), count: count) }
        func shares(_ ratio: Double) -> [Double] { (0..<count).map { last * pow(ratio, -Double(count - 1 - $0)) } }
        var lower = 1e-3
        var upper = 1.0
        for _ in 0..<60 {
            let ratio = (lower + upper) / 2
            if shares(ratio).reduce(0, +) > total { lower = ratio } else { upper = ratio }
        }
        return shares((lower + upper) / 2)
    }

    /// Unprinted shares never increase down the list.
    static func monotone(_ share: inout [Double], _ free: [Int]) {
        for (position, rank) in free.enumerated() where position > 0 {
            share[rank] = min(share[rank], share[free[position - 1]])
        }
    }

    /// Moves the unprinted shares toward `target` within their ranges: the first ingredient first (it is
    /// the one the usual make-up is least sure of), then the others in proportion to their room.
    static func balance(_ share: inout [Double], low: [Double], high: [Double], free: [Int], target: Double) {
        guard let first = free.first else { return }
        for _ in 0..<4 {
            let diff = target - free.reduce(0) { $0 + share[$1] }
            if abs(diff) < 1e-9 { return }
            let next = free.count > 1 ? share[free[1]] : 0
            if diff > 0 {
                let raised = min(high[first], share[first] + diff)
                share[first] = raised
            } else {
                share[first] = max(low[first], next, share[first] + diff)
            }
            let left = target - free.reduce(0) { $0 + share[$1] }
            if abs(left) < 1e-9 { return }
            let others = free.dropFirst()
            let roomSum = others.reduce(0) { $0 + (left > 0 ? high[$1] - share[$1] : share[$1] - low[$1]) }
            guard roomSum > 1e-12 else { return }
            let fraction = min(1, abs(left) / roomSum)
            for rank in others {
                share[rank] += left > 0 ? (high[rank] - share[rank]) * fraction : -(share[rank] - low[rank]) * fraction
            }
        }
    }

    /// How strongly an active of `family` works at this estimate: its share on a log scale up to the
    /// family's effective share; capped when it sits after the 1% line without a printed percentage.
    package static func strength(of estimate: ConcentrationEstimate, family: String, weights: ScoringWeights) -> Double
    {
        guard let effective = weights.effectiveShares[family] else { return estimate.prominence }
        let low = log10(effective / 100)
        let high = log10(effective)
        var strength = 0.05 + 0.95 * (log10(max(estimate.share, 1e-6)) - low) / (high - low)
        strength = min(max(strength, 0.05), 1)
        if estimate.belowOnePercentLine && !estimate.basis.isFact { strength = min(strength, weights.lowLevelStrength) }
        if estimate.basis == .trace { strength = 0.05 }
        return strength
    }

    /// log-linear from `floor-share` (0.05) to `full-share` (1).
    package static func prominence(ofShare share: Double, weights: ScoringWeights) -> Double {
        let low = log10(weights.floorShare)
        let high = log10(weights.fullShare)
        let scaled = 0.05 + 0.95 * (log10(max(share, 1e-6)) - low) / (high - low)
        return min(max(scaled, 0.05), 1)
    }

    static func isLineMarker(_ item: MatchedIngredient, weights: ScoringWeights, lineNames: Set<String>) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if lineNames.contains(NameKey.make(ingredient.name)) { return true }
        // Only the first (most relevant) role: citric acid is "chelating" too, but first a pH adjuster.
        if let role = ingredient.roles.first, weights.lineRoles.contains(role) { return true }
        return ingredient.families.contains(where: weights.lineFamilies.contains)
    }
}
