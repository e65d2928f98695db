extension ProductDiff {
    /// A leading ingredient of a family shifts when its estimated share changes by this factor or more
    /// (an INCI position alone moves whenever anything is added above it).
    static let familyShiftFactor = 2.0
    /// Shares below this (in percent) count as this when compared: 0.001 % and 0.004 % are both traces.
    static let traceShare = 0.01

    /// Compares two analyses of one product: `old` the earlier list, `new` the later one. `dictionary`
    /// resolves families (those of each ingredient and those its roles imply, as the scorer reads them).
    public init(old: ProductAnalysis, new: ProductAnalysis, dictionary: IngredientDictionary) {
        let oldItems = VersionItems(old, dictionary: dictionary)
        let newItems = VersionItems(new, dictionary: dictionary)
        let newKeys = Set(newItems.entries.map(\.key))
        let oldKeys = Set(oldItems.entries.map(\.key))
        removed = oldItems.entries.filter { !newKeys.contains($0.key) }.map {
            IngredientChange(name: $0.name, old: $0.placement, new: nil, crossing: nil)
        }
        added = newItems.entries.filter { !oldKeys.contains($0.key) }.map {
            IngredientChange(name: $0.name, old: nil, new: $0.placement, crossing: nil)
        }
        // In both: moved when outside the longest common order (a real reordering, not the shift an
        // addition above causes), or when it crossed the 1% line.
        let commonOld = oldItems.entries.filter { newKeys.contains($0.key) }.map(\.key)
        let commonNew = newItems.entries.filter { oldKeys.contains($0.key) }.map(\.key)
        let kept = Self.longestCommonOrder(commonOld, commonNew)
        var moved: [IngredientChange] = []
        var percentChanges: [IngredientChange] = []
        for entry in newItems.entries where oldKeys.contains(entry.key) {
            guard let before = oldItems.entry(entry.key) else { continue }
            let change = IngredientChange(
                name: entry.name, old: before.placement, new: entry.placement,
                crossing: LineCrossing(old: before.placement.estimate, new: entry.placement.estimate))
            if !kept.contains(entry.key) || change.crossing != nil { moved.append(change) }
            if before.placement.percent != entry.placement.percent { percentChanges.append(change) }
        }
        self.moved = moved
        self.percentChanges = percentChanges
        families = Self.familyChanges(old: oldItems, new: newItems, dictionary: dictionary)
        flags = zip(old.flags.freeFrom, new.flags.freeFrom).compactMap { before, after in
            before.id == after.id && before.answer != after.answer
                ? FlagChange(id: after.id, old: before.answer, new: after.answer) : nil
        }
        lists = Self.listChanges(old: old.flags, new: new.flags)
        scores = SkinType.allCases.compactMap { type in
            guard let before = old.score(for: type), let after = new.score(for: type) else { return nil }
            return ScoreChange(
                skinType: type, old: before.score, new: after.score, oldVerdict: before.verdict,
                newVerdict: after.verdict, reasons: Self.reasonChanges(old: before.reasons, new: after.reasons))
        }
        oldConfidence = old.confidence
        newConfidence = new.confidence
        oldCount = old.list.ingredients.count
        newCount = new.list.ingredients.count
    }

    /// The keys of the longest subsequence the two orders share (classic LCS; lists are short).
    static func longestCommonOrder(_ a: [String], _ b: [String]) -> Set<String> {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var kept: Set<String> = []
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                kept.insert(a[i])
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return kept
    }

    private static func familyChanges(old: VersionItems, new: VersionItems, dictionary: IngredientDictionary)
        -> [FamilyChange]
    {
        var gainedOrLost: [FamilyChange] = []
        var shifted: [FamilyChange] = []
        for id in Set(old.leads.keys).union(new.leads.keys).sorted() {
            guard let family = dictionary.families[id] else { continue }
            let before = old.leads[id].map {
                IngredientChange(name: $0.name, old: $0.placement, new: nil, crossing: nil)
            }
            let after = new.leads[id].map {
                IngredientChange(name: $0.name, old: nil, new: $0.placement, crossing: nil)
            }
            func change(_ kind: FamilyChange.Change, crossing: LineCrossing? = nil) -> FamilyChange {
                FamilyChange(
                    family: id, label: family.label, kind: family.kind, change: kind, oldLead: before, newLead: after,
                    crossing: crossing)
            }
            switch (before?.old?.estimate, after?.new?.estimate) {
            case (nil, .some): gainedOrLost.append(change(.gained))
            case (.some, nil): gainedOrLost.append(change(.lost))
            case (.some(let was), .some(let now)):
                let crossing = LineCrossing(old: was, new: now)
                let ratio = max(now.share, traceShare) / max(was.share, traceShare)
                if crossing == .roseAbove || (crossing == nil && ratio >= familyShiftFactor) {
                    shifted.append(change(.rose, crossing: crossing))
                } else if crossing == .fellBelow || (crossing == nil && ratio <= 1 / familyShiftFactor) {
                    shifted.append(change(.fell, crossing: crossing))
                }
            case (nil, nil): break
            }
        }
        return gainedOrLost + shifted
    }

    private static func listChanges(old: ProductFlags, new: ProductFlags) -> [ListChange] {
        let pairs: [(String, [String], [String])] = [
            ("eu_allergens", old.euAllergens, new.euAllergens),
            ("pregnancy_caution", old.pregnancyCaution, new.pregnancyCaution),
            ("exfoliating_acids", old.exfoliatingAcids, new.exfoliatingAcids),
            ("retinoids", old.retinoids, new.retinoids),
            ("fungal_acne_triggers", old.fungalAcneTriggers, new.fungalAcneTriggers),
            ("comedogenic", old.comedogenic.map(\.name), new.comedogenic.map(\.name)),
            ("unrecognised", old.unrecognised, new.unrecognised),
        ]
        return pairs.compactMap { list, before, after in
            let added = after.filter { !before.contains($0) }
            let removed = before.filter { !after.contains($0) }
            return added.isEmpty && removed.isEmpty ? nil : ListChange(list: list, added: added, removed: removed)
        }
    }

    /// Reasons matched by rule and ingredient (positions move in a reformulation); points of one rule
    /// and ingredient that appear twice are added up.
    private static func reasonChanges(old: [ScoreReason], new: [ScoreReason]) -> [ReasonChange] {
        struct Key: Hashable {
            let rule: String
            let ingredient: String
        }
        func totals(_ reasons: [ScoreReason]) -> ([Key], [Key: (points: Double, reason: ScoreReason)]) {
            var order: [Key] = []
            var totals: [Key: (points: Double, reason: ScoreReason)] = [:]
            for reason in reasons {
                let key = Key(rule: reason.rule, ingredient: reason.ingredient)
                if let sum = totals[key] {
                    totals[key] = (sum.points + reason.points, sum.reason)
                } else {
                    order.append(key)
                    totals[key] = (reason.points, reason)
                }
            }
            return (order, totals)
        }
        let (oldOrder, before) = totals(old)
        let (newOrder, after) = totals(new)
        var changes: [ReasonChange] = []
        for key in newOrder + oldOrder.filter({ after[$0] == nil }) {
            let was = before[key]
            let now = after[key]
            let reason = now?.reason ?? was!.reason
            let change = ReasonChange(
                rule: key.rule, ingredient: key.ingredient, oldPoints: was.map { $0.points.rounded(toPlaces: 1) },
                newPoints: now.map { $0.points.rounded(toPlaces: 1) }, detail: reason.detail, source: reason.source)
            if change.delta != 0 { changes.append(change) }
        }
        return changes.enumerated().sorted { a, b in
            abs(a.element.delta) != abs(b.element.delta)
                ? abs(a.element.delta) > abs(b.element.delta) : a.offset < b.offset
        }.map(\.element)
    }
}

/// One version's ingredients keyed by what they are, with the families each serves.
private struct VersionItems {
    struct Entry {
        /// The ingredient's id when recognised, else its printed name's key: the same ingredient printed
        /// two ways is one entry.
        let key: String
        let name: String
        let placement: ProductDiff.Placement
    }

    /// First occurrence of each ingredient, in printed order.
    let entries: [Entry]
    /// Family id → its first ingredient in this version.
    let leads: [String: Entry]
    private let byKey: [String: Int]

    init(_ analysis: ProductAnalysis, dictionary: IngredientDictionary) {
        var entries: [Entry] = []
        var byKey: [String: Int] = [:]
        var byIndex: [Int: Entry] = [:]
        for (index, (matched, estimate)) in zip(analysis.list.ingredients, analysis.estimates).enumerated() {
            let key = matched.ingredient.map { "#\($0.id)" } ?? "?" + NameKey.make(matched.token.text)
            guard byKey[key] == nil else { continue }
            let entry = Entry(
                key: key, name: matched.name,
                placement: .init(
                    position: matched.token.position, printed: matched.token.raw, percent: matched.token.percent,
                    estimate: estimate))
            byKey[key] = entries.count
            byIndex[index] = entry
            entries.append(entry)
        }
        // The families the scorer reads (each ingredient's own, those its roles imply, and the probable
        // family of an unrecognised name that says what it is), only for ingredients that count.
        let context = ScoringContext(
            list: analysis.list, estimates: analysis.estimates, contact: analysis.productType.contact,
            dictionary: dictionary)
        var leads: [String: Entry] = [:]
        for item in context.items {
            // A second occurrence of an ingredient has the families of its first.
            guard let entry = byIndex[item.index] else { continue }
            for family in item.families where leads[family.id] == nil { leads[family.id] = entry }
        }
        self.entries = entries
        self.byKey = byKey
        self.leads = leads
    }

    func entry(_ key: String) -> Entry? { byKey[key].map { entries[$0] } }
}
