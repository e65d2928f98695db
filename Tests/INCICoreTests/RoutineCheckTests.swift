import INCICore
import INCIDictionaryData
import Testing

/// `RoutineCheck` and `RoutineAnalysis`: each rule on routines built for it, and the score.
@Suite struct RoutineCheckTests {
    static let dictionary = EmbeddedDictionary.shared
    static let analyzer = IngredientAnalyzer(dictionary: dictionary)
    static let scorer = Scorer(dictionary: dictionary)

    static let foamingCleanser =
        "Water, Sodium Cocoyl Glycinate, Cocamidopropyl Betaine, Glycerin, Sodium Chloride, Phenoxyethanol"
    static let cleansingOil =
        "Caprylic/Capric Triglyceride, Helianthus Annuus Seed Oil, PEG-20 Glyceryl Triisostearate, Tocopherol"
    static let glycolicToner = "Water, Glycolic Acid 7%, Glycerin, Sodium Hydroxide, Phenoxyethanol"
    static let bhaSerum = "Water, Butylene Glycol, Salicylic Acid 2%, Niacinamide, Phenoxyethanol"
    static let retinolSerum = "Water, Glycerin, Squalane, Retinol 0.5%, Phenoxyethanol"
    static let tretinoinCream = "Water, Tretinoin 0.05%, Glycerin, Cetearyl Alcohol, Phenoxyethanol"
    static let adapaleneGel = "Water, Adapalene 0.1%, Carbomer, Propylene Glycol, Phenoxyethanol"
    static let bpoGel = "Water, Benzoyl Peroxide 5%, Carbomer, Glycerin, Phenoxyethanol"
    static let sunscreen = "Zinc Oxide 20%, Water, Caprylic/Capric Triglyceride, Glycerin, Phenoxyethanol"
    static let niacinamideSerum = "Water, Niacinamide 10%, Zinc PCA 1%, Glycerin, Phenoxyethanol"
    static let vitaminCSerum = "Water, Ascorbic Acid 15%, Glycerin, Ferulic Acid, Phenoxyethanol"
    static let moisturizer = "Water, Glycerin, Cetearyl Alcohol, Squalane, Ceramide NP, Phenoxyethanol"

    static func step(
        _ name: String, _ session: RoutineSession, _ order: Int, _ list: String, type: ProductType? = nil,
        every: String = "daily"
    ) throws -> RoutineStep {
        let analysis = scorer.analyze(try analyzer.analyze(list), productType: .decide(given: type, name: name))
        return RoutineStep(
            name: name, session: session, order: order, analysis: analysis,
            frequency: try #require(StepFrequency(every)))
    }

    static func check(_ steps: [RoutineStep]) -> RoutineAnalysis {
        RoutineAnalysis(steps: steps, dictionary: dictionary)
    }

    static func rules(_ routine: RoutineAnalysis) -> [String] { routine.findings.map(\.rule) }

    @Test func aRetinoidAndAnAcidInOneSessionButNotInTwo() throws {
        let together = Self.check([
            try Self.step("Glycolic Toner", .pm, 1, Self.glycolicToner),
            try Self.step("Retinol Serum", .pm, 2, Self.retinolSerum),
            try Self.step("Sunscreen", .am, 1, Self.sunscreen),
        ])
        let finding = try #require(together.findings.first { $0.rule == "retinoid-with-exfoliant" })
        #expect(finding.session == .pm)
        #expect(finding.products == ["Retinol Serum", "Glycolic Toner"])
        #expect(finding.ingredients.contains("Retinol") && finding.ingredients.contains("Glycolic Acid"))
        #expect(!finding.sources.isEmpty)
        let apart = Self.check([
            try Self.step("Glycolic Toner", .am, 1, Self.glycolicToner),
            try Self.step("Sunscreen", .am, 2, Self.sunscreen),
            try Self.step("Retinol Serum", .pm, 1, Self.retinolSerum),
        ])
        #expect(!Self.rules(apart).contains("retinoid-with-exfoliant"))
    }

    /// Benzoyl peroxide oxidises tretinoin (martin-1998); adapalene is stable with it.
    @Test func tretinoinWithBenzoylPeroxideButNotAdapalene() throws {
        let tretinoin = Self.check([
            try Self.step("BPO Gel", .pm, 1, Self.bpoGel),
            try Self.step("Tretinoin Cream", .pm, 2, Self.tretinoinCream),
        ])
        let finding = try #require(tretinoin.findings.first { $0.rule == "retinoid-with-benzoyl-peroxide" })
        #expect(finding.sources.contains("martin-1998"))
        let adapalene = Self.check([
            try Self.step("BPO Gel", .pm, 1, Self.bpoGel), try Self.step("Adapalene Gel", .pm, 2, Self.adapaleneGel),
        ])
        #expect(!Self.rules(adapalene).contains("retinoid-with-benzoyl-peroxide"))
    }

    /// Niacinamide with vitamin C is a popular worry, not a shown conflict: no finding.
    @Test func niacinamideWithVitaminCIsNoConflict() throws {
        let routine = Self.check([
            try Self.step("Vitamin C Serum", .am, 1, Self.vitaminCSerum),
            try Self.step("Niacinamide Serum", .am, 2, Self.niacinamideSerum),
            try Self.step("Sunscreen", .am, 3, Self.sunscreen),
        ])
        #expect(routine.findings.filter { $0.severity != .info }.isEmpty, "\(routine.findings.map(\.message))")
    }

    @Test func noMorningSunscreenIsAnErrorWithAcidsOrRetinoids() throws {
        let withAcid = Self.check([
            try Self.step("Foaming Cleanser", .am, 1, Self.foamingCleanser),
            try Self.step("BHA Serum", .pm, 1, Self.bhaSerum),
        ])
        let error = try #require(withAcid.findings.first { $0.rule == "no-morning-sunscreen" })
        #expect(error.severity == .error)
        #expect(error.sources.contains("fda-aha-2005"))
        #expect(withAcid.hasErrors)
        let plain = Self.check([try Self.step("Moisturizer", .am, 1, Self.moisturizer)])
        #expect(plain.findings.first { $0.rule == "no-morning-sunscreen" }?.severity == .warning)
        #expect(!plain.hasErrors)
        let protected = Self.check([
            try Self.step("Moisturizer", .am, 1, Self.moisturizer), try Self.step("Sunscreen", .am, 2, Self.sunscreen),
            try Self.step("BHA Serum", .pm, 1, Self.bhaSerum),
        ])
        #expect(!Self.rules(protected).contains("no-morning-sunscreen"))
    }

    @Test func theDoubleCleanseIsRecognisedAndItsOrderChecked() throws {
        let right = Self.check([
            try Self.step("Cleansing Oil", .pm, 1, Self.cleansingOil, type: .rinseOff),
            try Self.step("Foaming Cleanser", .pm, 2, Self.foamingCleanser),
        ])
        let finding = try #require(right.findings.first { $0.rule == "double-cleanse" })
        #expect(finding.severity == .info)
        #expect(finding.products == ["Cleansing Oil", "Foaming Cleanser"])
        let wrong = Self.check([
            try Self.step("Foaming Cleanser", .pm, 1, Self.foamingCleanser),
            try Self.step("Cleansing Oil", .pm, 2, Self.cleansingOil, type: .rinseOff),
        ])
        #expect(wrong.findings.first { $0.rule == "double-cleanse" }?.severity == .warning)
    }

    @Test func anActiveInTwoStepsOfOneSession() throws {
        let acids = Self.check([
            try Self.step("BHA Serum", .pm, 1, Self.bhaSerum),
            try Self.step("BHA Moisturizer", .pm, 2, "Water, Glycerin, Squalane, Salicylic Acid 1%, Phenoxyethanol"),
        ])
        let duplicate = try #require(acids.findings.first { $0.rule == "duplicate-active" })
        #expect(duplicate.severity == .warning)
        #expect(duplicate.ingredients == ["Salicylic Acid"])
        // Peptides do not irritate at their dose (no `irritation-full` in dose.txt): a note, not a warning.
        let peptides = Self.check([
            try Self.step("Peptide Serum", .pm, 1, "Water, Glycerin, Palmitoyl Tripeptide-1, Phenoxyethanol"),
            try Self.step("Peptide Cream", .pm, 2, "Water, Squalane, Glycerin, Palmitoyl Tripeptide-1, Phenoxyethanol"),
        ])
        #expect(peptides.findings.first { $0.rule == "duplicate-active" }?.severity == .info)
    }

    /// Exfoliant load: a glycolic toner twice a day and a BHA serum daily is too much for sensitive and
    /// dry skin in a week; the same toner once a week is not.
    @Test func overExfoliationFollowsDoseAndFrequency() throws {
        let heavy = Self.check([
            try Self.step("Glycolic Toner", .am, 1, Self.glycolicToner),
            try Self.step("Sunscreen", .am, 2, Self.sunscreen),
            try Self.step("Glycolic Toner", .pm, 1, Self.glycolicToner),
            try Self.step("BHA Serum", .pm, 2, Self.bhaSerum),
        ])
        let weekly = try #require(
            heavy.findings.first { $0.rule == "over-exfoliation" && !$0.skinTypes.isEmpty })
        #expect(weekly.skinTypes.contains(.sensitive))
        #expect(weekly.skinTypes.contains(.dry))
        let light = Self.check([
            try Self.step("Glycolic Toner", .pm, 1, Self.glycolicToner, every: "weekly"),
            try Self.step("Sunscreen", .am, 1, Self.sunscreen),
        ])
        #expect(!Self.rules(light).contains("over-exfoliation"))
        // The heavier routine costs sensitive skin points the lighter one does not.
        let sensitive = try #require(heavy.score(for: .sensitive))
        #expect(sensitive.reasons.contains { $0.kind == "finding" && $0.name == "over-exfoliation" })
    }

    /// The day's limit is about stacking. A 10 % glycolic toner whose dose is only estimated from its position
    /// (anywhere from a few percent to a peel's strength) is one product used as directed: no day finding. A
    /// toner and a 2 % BHA serum in the same evening are; so is a printed 30 % glycolic peel left on.
    @Test func aDaysLimitIsAboutStackingNotAGuessedDose() throws {
        func dayFindings(_ steps: [RoutineStep]) -> [RoutineFinding] {
            Self.check(steps).findings.filter { $0.rule == "over-exfoliation" && $0.skinTypes.isEmpty }
        }
        let estimatedToner = "Water, Glycolic Acid, Propanediol, Sodium Hydroxide, Butylene Glycol, Phenoxyethanol"
        #expect(dayFindings([try Self.step("Glycolic Toner", .pm, 1, estimatedToner)]).isEmpty)
        let stacked = dayFindings([
            try Self.step("Glycolic Toner", .pm, 1, estimatedToner),
            try Self.step("BHA Serum", .pm, 2, Self.bhaSerum),
        ])
        #expect(stacked.count == 1)
        #expect(stacked.first?.message.contains("estimated; at least") == true, "\(stacked)")
        let peel = dayFindings([
            try Self.step("Glycolic Peel", .pm, 1, "Water, Glycolic Acid 30%, Sodium Hydroxide, Phenoxyethanol")
        ])
        #expect(peel.count == 1)
    }

    @Test func fragranceForSensitiveAndComedogenicForAcneProne() throws {
        let routine = Self.check([
            try Self.step(
                "Scented Cream", .pm, 1, "Water, Isopropyl Myristate, Glycerin, Parfum, Linalool, Phenoxyethanol"),
            try Self.step("Sunscreen", .am, 1, Self.sunscreen),
        ])
        let fragrance = try #require(routine.findings.first { $0.rule == "fragrance-load" })
        #expect(fragrance.skinTypes == [.sensitive])
        #expect(fragrance.ingredients.contains("Parfum"))
        let comedogenic = try #require(routine.findings.first { $0.rule == "comedogenic-load" })
        #expect(comedogenic.skinTypes == [.acneProne])
        #expect(comedogenic.ingredients == ["Isopropyl Myristate"])
        #expect(!comedogenic.sources.isEmpty)
    }

    @Test func pregnancyCautionsAreNamedButCostNoPoints() throws {
        let routine = Self.check([
            try Self.step("Retinol Serum", .pm, 1, Self.retinolSerum),
            try Self.step("Sunscreen", .am, 1, Self.sunscreen),
        ])
        let caution = try #require(routine.findings.first { $0.rule == "pregnancy-caution" })
        #expect(caution.ingredients == ["Retinol"])
        #expect(routine.scores.allSatisfy { !$0.reasons.contains { $0.name == "pregnancy-caution" } })
    }

    /// A routine's score is its steps' weighted mean (the step reasons add up to it) less its findings' costs.
    @Test func theScoreIsTheWeightedMeanLessTheFindings() throws {
        let routine = Self.check([
            try Self.step("Foaming Cleanser", .am, 1, Self.foamingCleanser),
            try Self.step("Moisturizer", .am, 2, Self.moisturizer),
            try Self.step("BHA Serum", .pm, 1, Self.bhaSerum, every: "twice a week"),
        ])
        for score in routine.scores {
            let total = score.reasons.reduce(0) { $0 + $1.points }
            #expect(abs(total - Double(score.score)) <= 1, "\(score.skinType): \(score.score) vs \(total)")
            #expect(
                score.reasons.contains { $0.kind == "finding" && $0.name == "no-morning-sunscreen" && $0.points == -15 }
            )
        }
        let moisturizer = try #require(routine.steps.first { $0.name == "Moisturizer" })
        let cleanser = try #require(routine.steps.first { $0.name == "Foaming Cleanser" })
        let oily = try #require(routine.score(for: .oily))
        // A leave-on step counts more than a wash used as often.
        let weight = { (name: String) in
            oily.reasons.first { $0.name == name }!.points
                / Double(routine.steps.first { $0.name == name }!.analysis.score(for: .oily)!.score)
        }
        #expect(weight(moisturizer.name) > weight(cleanser.name))
    }

    @Test func frequenciesAsPeopleWriteThem() {
        #expect(StepFrequency("daily")?.timesPerWeek == 7)
        #expect(StepFrequency("weekly")?.timesPerWeek == 1)
        #expect(StepFrequency("twice a week")?.timesPerWeek == 2)
        #expect(StepFrequency("2-3 times a week")?.timesPerWeek == 2.5)
        #expect(StepFrequency("2-3 days")?.timesPerWeek == 2.8)
        // A number of uses a day is not a number of days between uses.
        #expect(StepFrequency("twice a day")?.timesPerWeek == 7)
        #expect(StepFrequency("once a day")?.timesPerWeek == 7)
        #expect(StepFrequency("2x per day")?.timesPerWeek == 7)
        #expect(StepFrequency("every 2 days")?.timesPerWeek == 3.5)
        #expect(StepFrequency("every other day")?.timesPerWeek == 3.5)
        #expect(StepFrequency("every 7 days")?.timesPerWeek == 1)
        #expect(StepFrequency("sometimes") == nil)
    }

    /// Every rule's sources are in the bibliography.
    @Test func everyRuleSourceIsInTheBibliography() {
        for (rule, sources) in RoutineCheck.ruleSources {
            for source in sources { #expect(Self.dictionary.sources[source] != nil, "\(rule): \(source)") }
        }
        #expect(Set(RoutineCheck.ruleSources.keys) == Set(RoutineCheck.rules))
    }
}
