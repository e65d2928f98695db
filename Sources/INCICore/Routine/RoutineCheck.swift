import Foundation

/// Checks a routine — the products of a morning and an evening session, each at its frequency — for
/// what no single product's analysis shows: actives that should not meet in one session, the exfoliant
/// load of a day and a week, a morning without sunscreen, the double cleanse, actives duplicated across
/// steps, fragrance for sensitive skin, comedogenic leave-on steps for acne-prone skin, pregnancy cautions.
///
/// Every interaction rule cites its sources (keys of `Dictionaries/sources.txt`); combinations that are
/// popular worries but not shown to matter (niacinamide with vitamin C) are no rule. Doses come from the
/// scorer's estimates and dose ladders (`Dictionaries/scoring/dose.txt`), not from product names.
public struct RoutineCheck: Sendable {
    public let dictionary: IngredientDictionary

    public init(dictionary: IngredientDictionary) {
        self.dictionary = dictionary
    }

    /// A day's exfoliant load above which the day over-exfoliates any skin: one full irritating dose left
    /// on (`irritation-full` of the acid's dose ladder: 10 % glycolic acid, 4 % salicylic acid).
    public static let dailyExfoliantLimit = 1.0
    /// A week's exfoliant load (in full irritating doses left on) per skin type: about one a day for oily
    /// and acne-prone skin, fewer for normal and mature, every other day for dry skin and twice a week for
    /// sensitive skin. inci's judgment, from the dose ladders' irritation doses and the usual advice to
    /// start acids once or twice a week; not a published threshold.
    public static let weeklyExfoliantLimit: [SkinType: Double] = [
        .oily: 7, .acneProne: 7, .combination: 6, .normal: 5, .mature: 4, .dry: 3.5, .sensitive: 2,
    ]

    /// Source keys of each rule's facts (each must be in `Dictionaries/sources.txt`).
    public static let ruleSources: [String: [String]] = [
        "retinoid-with-exfoliant": ["kornhauser-2010", "mukherjee-2006"],
        "retinoid-with-benzoyl-peroxide": ["martin-1998", "zaenglein-2016"],
        "over-exfoliation": ["kornhauser-2010", "tang-2018", "us-otc-acne"],
        "no-morning-sunscreen": ["fda-aha-2005", "kornhauser-2010", "mukherjee-2006"],
        "double-cleanse": [],
        "duplicate-active": [],
        "fragrance-load": ["eu-1223-2009", "degroot-schmidt-2016"],
        "comedogenic-load": [],
        "pregnancy-caution": ["bozzo-2011"],
    ]

    /// Every rule's id, in the order findings are reported.
    public static let rules = [
        "retinoid-with-exfoliant", "retinoid-with-benzoyl-peroxide", "double-cleanse", "duplicate-active",
        "over-exfoliation", "no-morning-sunscreen", "fragrance-load", "comedogenic-load", "pregnancy-caution",
    ]

    /// Collects findings, naming each product once, in routine order.
    struct Sink {
        var findings: [RoutineFinding] = []

        mutating func add(
            _ rule: String, _ severity: RoutineFinding.Severity, _ session: RoutineSession?, _ involved: [StepFacts],
            ingredients: [String], _ message: String, skinTypes: [SkinType] = [], sources: [String]? = nil
        ) {
            findings.append(
                RoutineFinding(
                    rule: rule, severity: severity, session: session, products: unique(involved.map(\.step.name)),
                    ingredients: unique(ingredients), message: message,
                    sources: sources ?? RoutineCheck.ruleSources[rule] ?? [], skinTypes: skinTypes))
        }

        private func unique(_ names: [String]) -> [String] {
            var seen: Set<String> = []
            return names.filter { seen.insert($0).inserted }
        }
    }

    public func findings(_ steps: [RoutineStep]) -> [RoutineFinding] {
        let facts = steps.map { StepFacts($0, dictionary: dictionary) }
        var sink = Sink()
        for session in RoutineSession.allCases {
            let here = facts.filter { $0.step.session == session }
            interactions(here, session: session, into: &sink)
            doubleCleanse(here, session: session, into: &sink)
            duplicates(here, session: session, into: &sink)
        }
        exfoliation(facts, into: &sink)
        sunscreen(facts, into: &sink)
        leaveOnLoads(facts.filter { !$0.step.isRinsedOff }, into: &sink)
        for step in facts where !step.step.analysis.flags.pregnancyCaution.isEmpty {
            let names = step.step.analysis.flags.pregnancyCaution
            sink.add(
                "pregnancy-caution", .warning, step.step.session, [step], ingredients: names,
                "\(step.step.name) holds \(names.joined(separator: ", ")): ask a doctor before using it in pregnancy")
        }
        return sink.findings.enumerated().sorted { a, b in
            let ra = Self.rules.firstIndex(of: a.element.rule) ?? 0
            let rb = Self.rules.firstIndex(of: b.element.rule) ?? 0
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// A retinoid with an exfoliating acid or a scrub, or with benzoyl peroxide, from another step of
    /// the same session. (Two in one product are the product's own advice, not the routine's.)
    private func interactions(_ here: [StepFacts], session: RoutineSession, into sink: inout Sink) {
        for retinoid in here where !retinoid.retinoids.isEmpty {
            for other in here where other.step.order != retinoid.step.order {
                if other.exfoliantLoad > 0 {
                    sink.add(
                        "retinoid-with-exfoliant", .warning, session, [retinoid, other],
                        ingredients: retinoid.retinoids + other.exfoliants,
                        "\(retinoid.step.name) (\(retinoid.retinoids.joined(separator: ", "))) and \(other.step.name) (\(other.exfoliants.joined(separator: ", "))) in the same \(session.rawValue) routine: both irritate at their dose and the irritation adds up; use them on different days, or one in the morning and the other at night"
                    )
                }
                let oxidisable = retinoid.retinoids.filter { NameKey.make($0) != "adapalene" }
                if !other.benzoylPeroxide.isEmpty, !oxidisable.isEmpty {
                    sink.add(
                        "retinoid-with-benzoyl-peroxide", .warning, session, [retinoid, other],
                        ingredients: oxidisable + other.benzoylPeroxide,
                        "\(retinoid.step.name) (\(oxidisable.joined(separator: ", "))) and \(other.step.name) (benzoyl peroxide) in the same \(session.rawValue) routine: benzoyl peroxide oxidises tretinoin applied with it (adapalene is stable); use one in the morning and the other at night"
                    )
                }
            }
        }
    }

    /// An oil or balm cleanser followed by a water-based one in one session: the double cleanse.
    private func doubleCleanse(_ here: [StepFacts], session: RoutineSession, into sink: inout Sink) {
        let washes = here.filter { $0.step.analysis.productType.contact == .wash }
        guard let oil = washes.first(where: { $0.isOilCleanser }),
            let water = washes.first(where: { !$0.isOilCleanser })
        else { return }
        if oil.step.order < water.step.order {
            sink.add(
                "double-cleanse", .info, session, [oil, water], ingredients: [],
                "double cleanse: \(oil.step.name) (an oil or balm cleanser) dissolves sunscreen, make-up and sebum, then \(water.step.name) (water-based) washes off what is left"
            )
        } else {
            sink.add(
                "double-cleanse", .warning, session, [water, oil], ingredients: [],
                "\(water.step.name) (water-based) comes before \(oil.step.name) (an oil or balm cleanser): a double cleanse goes oil first, then the water-based cleanser"
            )
        }
    }

    /// The same treatment active (one that unclogs, controls sebum or firms) at a working dose in two or
    /// more leave-on steps of one session: a warning when it irritates at its dose, else a note.
    private func duplicates(_ here: [StepFacts], session: RoutineSession, into sink: inout Sink) {
        var order: [String] = []
        var holders: [String: [(StepFacts, String)]] = [:]
        for step in here where !step.step.isRinsedOff {
            for (family, name) in step.treatmentActives {
                if holders[family] == nil { order.append(family) }
                holders[family, default: []].append((step, name))
            }
        }
        for family in order {
            let steps = holders[family] ?? []
            guard Set(steps.map { $0.0.step.order }).count > 1, let info = dictionary.families[family] else { continue }
            let irritates = dictionary.scoring.ladder(for: family).irritationFull != nil
            sink.add(
                "duplicate-active", irritates ? .warning : .info, session, steps.map { $0.0 },
                ingredients: steps.map { $0.1 },
                "\(info.label.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? family) in \(steps.count) \(session.rawValue) steps (\(steps.map { "\($0.0.step.name): \($0.1)" }.joined(separator: "; "))): "
                    + (irritates
                        ? "the doses add up, and so does the irritation; one step is enough" : "one step is enough"),
                sources: info.sources)
        }
    }

    /// The exfoliant load of the heaviest day (every step used) and of the week (each step at its
    /// frequency), chemical and physical, against the limits.
    private func exfoliation(_ facts: [StepFacts], into sink: inout Sink) {
        let exfoliating = facts.filter { $0.exfoliantLoad > 0 }
        guard !exfoliating.isEmpty else { return }
        let day = exfoliating.reduce(0) { $0 + $1.exfoliantLoad }
        let week = exfoliating.reduce(0) { $0 + $1.exfoliantLoad * $1.step.frequency.timesPerWeek }
        let names = exfoliating.flatMap(\.exfoliants)
        let detail = exfoliating.map {
            "\($0.step.name) \(Self.format($0.exfoliantLoad)) × \(Self.format($0.step.frequency.timesPerWeek))/week"
        }.joined(separator: ", ")
        // The day's limit is about stacking: one exfoliating product used as its maker directs is over the
        // limit only when even the low end of its estimate is (a peel left on), never on a guessed dose.
        let dayAtLeast = exfoliating.reduce(0) { $0 + $1.exfoliantLoadAtLeast }
        if dayAtLeast > Self.dailyExfoliantLimit || (exfoliating.count > 1 && day > Self.dailyExfoliantLimit) {
            sink.add(
                "over-exfoliation", .warning, nil, exfoliating, ingredients: names,
                "a day with every exfoliating step holds \(Self.format(day)) full exfoliant doses\(dayAtLeast < day ? " (estimated; at least \(Self.format(dayAtLeast)))" : "") (\(detail)), above the \(Self.format(Self.dailyExfoliantLimit)) inci takes as a day's limit (one full dose: 10 % glycolic or 4 % salicylic acid left on)"
            )
        }
        let weekAtLeast = exfoliating.reduce(0) {
            $0 + $1.exfoliantLoadAtLeast * $1.step.frequency.timesPerWeek
        }
        let over = SkinType.allCases.filter { week > (Self.weeklyExfoliantLimit[$0] ?? .infinity) }
        if !over.isEmpty {
            sink.add(
                "over-exfoliation", .warning, nil, exfoliating, ingredients: names,
                "the week's exfoliant load is \(Self.format(week)) full doses\(weekAtLeast < week ? " (estimated; at least \(Self.format(weekAtLeast)))" : "") (\(detail)), above the limit for \(over.map { "\($0.rawValue) skin (\(Self.format(Self.weeklyExfoliantLimit[$0]!)))" }.joined(separator: ", "))",
                skinTypes: over)
        }
    }

    /// No leave-on step of the morning protects from the sun: an error when the routine holds exfoliating
    /// acids or retinoids, which make skin more sensitive to it.
    private func sunscreen(_ facts: [StepFacts], into sink: inout Sink) {
        guard !facts.contains(where: { $0.step.session == .am && $0.protectsFromSun }) else { return }
        let sensitising = facts.filter { $0.exfoliantLoad > 0 || !$0.retinoids.isEmpty }
        let morning = facts.filter { $0.step.session == .am }
        if sensitising.isEmpty {
            sink.add(
                "no-morning-sunscreen", .warning, .am, morning, ingredients: [],
                "no morning step protects from the sun: finish the morning with a sunscreen")
        } else {
            let names = sensitising.flatMap { $0.retinoids + $0.exfoliants }
            sink.add(
                "no-morning-sunscreen", .error, .am, morning + sensitising, ingredients: names,
                "no morning step protects from the sun, and the routine holds \(names.joined(separator: ", ")), which make skin more sensitive to it (sunburn): a sunscreen every morning is part of using them"
            )
        }
    }

    /// Fragrance and essential oils in leave-on steps (for sensitive skin), and ingredients rated
    /// comedogenic above the 1% line of leave-on steps (for acne-prone skin).
    private func leaveOnLoads(_ leaveOn: [StepFacts], into sink: inout Sink) {
        let fragranced = leaveOn.filter { !$0.fragrance.isEmpty }
        if !fragranced.isEmpty {
            let strong = fragranced.count > 1 || fragranced.contains { !$0.essentialOils.isEmpty }
            sink.add(
                "fragrance-load", strong ? .warning : .info, nil, fragranced,
                ingredients: fragranced.flatMap(\.fragrance),
                "\(fragranced.count) leave-on step\(fragranced.count == 1 ? "" : "s") with fragrance or essential oils (\(fragranced.map { "\($0.step.name): \($0.fragrance.joined(separator: ", "))" }.joined(separator: "; "))): fragrance and essential oils are contact allergens; for sensitive skin, fragrance-free leave-on steps are the safer choice",
                skinTypes: [.sensitive])
        }
        let clogging = leaveOn.filter { !$0.comedogenic.isEmpty }
        if !clogging.isEmpty {
            sink.add(
                "comedogenic-load", .warning, nil, clogging,
                ingredients: clogging.flatMap { $0.comedogenic.map(\.name) },
                "\(clogging.count) leave-on step\(clogging.count == 1 ? "" : "s") with ingredients rated comedogenic above the 1% line (\(clogging.map { "\($0.step.name): \($0.comedogenic.map { "\($0.name) \($0.rating.value)" }.joined(separator: ", "))" }.joined(separator: "; "))): left on all day, they matter most for acne-prone skin",
                skinTypes: [.acneProne],
                sources: Array(Set(clogging.flatMap { $0.comedogenic.map(\.rating.source) })).sorted())
        }
    }

    static func format(_ value: Double) -> String {
        let rounded = value.rounded(toPlaces: 1)
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
