/// What the routine rules need to know about one step, read once from its analysis and the scorer's
/// view of its ingredients (their families, estimates and dose ladders).
struct StepFacts {
    let step: RoutineStep
    /// Retinoids at a working dose (the flags' list).
    let retinoids: [String]
    /// Exfoliating acids at a working dose and scrub particles, in printed order.
    let exfoliants: [String]
    /// Full irritating exfoliant doses one use applies: each acid's irritation dose on its family's ladder
    /// (1 = `irritation-full`), a scrub at 1, times the contact of a wash or mask.
    let exfoliantLoad: Double
    /// The same load at the low end of each estimate (printed and stated doses as printed): what the list
    /// shows for certain, so a guess alone does not make a finding.
    let exfoliantLoadAtLeast: Double
    let benzoylPeroxide: [String]
    /// Fragrance, essential oils and EU allergens (the free-from flags' answers).
    let fragrance: [String]
    let essentialOils: [String]
    /// Ingredients rated comedogenic (at or above the scorer's threshold) above the 1% line.
    let comedogenic: [ProductFlags.RatedIngredient]
    /// Family id → the first ingredient serving it at a working dose, for treatment actives (families that
    /// unclog, control sebum or firm), in printed order.
    let treatmentActives: [(family: String, name: String)]
    /// A leave-on step with a UV filter at a working dose.
    let protectsFromSun: Bool
    /// A wash that is an oil or a balm (anhydrous).
    let isOilCleanser: Bool

    static let exfoliantFamilies = ["aha", "bha", "pha"]
    static let treatmentMechanisms: Set<Mechanism> = [.unclog, .sebumControl, .firming]

    init(_ step: RoutineStep, dictionary: IngredientDictionary) {
        self.step = step
        let analysis = step.analysis
        let weights = dictionary.scoring
        let context = ScoringContext(
            list: analysis.list, estimates: analysis.estimates, contact: analysis.productType.contact,
            dictionary: dictionary)
        let contact = context.contactFactor(weights.rinseOffIrritancy)
        var exfoliants: [String] = []
        var load = 0.0
        var loadAtLeast = 0.0
        var actives: [(family: String, name: String)] = []
        var benzoylPeroxide: [String] = []
        for item in context.items {
            var itemLoad = 0.0
            var itemLoadAtLeast = 0.0
            for family in item.families {
                let ladder = weights.ladder(for: family.id)
                if Self.exfoliantFamilies.contains(family.id),
                    let dose = ladder.irritationDose(item.ingredient, at: item.estimate), dose > 0
                {
                    itemLoad = max(itemLoad, dose)
                    itemLoadAtLeast = max(
                        itemLoadAtLeast, ladder.irritationDose(item.ingredient, at: item.estimate.atLowEnd) ?? 0)
                }
                if family.id == "physical-scrub" {
                    itemLoad = max(itemLoad, 1)
                    itemLoadAtLeast = max(itemLoadAtLeast, 1)
                }
                let working = ladder.benefit(item.ingredient, at: item.estimate) > 0
                if family.id == "benzoyl-peroxide", working, !benzoylPeroxide.contains(item.name) {
                    benzoylPeroxide.append(item.name)
                }
                if family.kind == .active, working, !family.serves.filter(Self.treatmentMechanisms.contains).isEmpty,
                    !actives.contains(where: { $0.family == family.id })
                {
                    actives.append((family.id, item.name))
                }
            }
            if itemLoad > 0 {
                load += itemLoad * item.weight * contact
                loadAtLeast += itemLoadAtLeast * item.weight * contact
                if !exfoliants.contains(item.name) { exfoliants.append(item.name) }
            }
        }
        self.exfoliants = exfoliants
        exfoliantLoad = load.rounded(toPlaces: 2)
        exfoliantLoadAtLeast = loadAtLeast.rounded(toPlaces: 2)
        self.benzoylPeroxide = benzoylPeroxide
        treatmentActives = actives
        retinoids = analysis.flags.retinoids
        let fragranceFound = analysis.flags.freeFrom("fragrance-free")?.found ?? []
        essentialOils = analysis.flags.freeFrom("essential-oil-free")?.found ?? []
        fragrance = fragranceFound + essentialOils.filter { !fragranceFound.contains($0) }
        let line = analysis.onePercentLinePosition ?? Int.max
        comedogenic = analysis.flags.comedogenic.filter { $0.position < line }
        protectsFromSun =
            !step.isRinsedOff
            && analysis.poreProfile.mechanisms.contains { $0.mechanism == .sunProtection && $0.strength > 0 }
        isOilCleanser = analysis.productType.contact == .wash && analysis.formulaProfile == .anhydrous
    }
}
