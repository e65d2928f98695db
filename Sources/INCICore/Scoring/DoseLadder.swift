import Foundation

/// How an active family's benefit and irritation follow its dose (`dose FAMILY` in
/// `Dictionaries/scoring/dose.txt`).
///
/// A member's dose is its share times its potency (retinyl palmitate counts a tenth of retinol,
/// tretinoin twenty times; sodium ascorbyl phosphate a third of L-ascorbic acid), in the family's
/// reference units. The benefit rises on a log scale from `threshold` (nothing below) to `effective`
/// (full effect) and is capped by the member's efficacy (what the best studies show it can do: a drug
/// retinoid 1, cosmetic retinol 0.6). Irritation, when the family irritates, rises as
/// (dose / `irritationFull`)^exponent — concave, so two acids at half strength irritate more than one
/// at full strength. Rinsed off, the benefit shrinks to `rinseOff` of it.
package struct DoseLadder: Sendable, Hashable {
    package var family: String
    package var effective: Double
    package var threshold: Double
    /// Name key (`NameKey.make`) → dose multiplier.
    package var potency: [String: Double] = [:]
    /// The dose multiplier of a member `potency` does not list (`default-potency`, 1 unless set): a plant's
    /// fixed oil, which the occlusive family takes in by its name, occludes less than petrolatum.
    package var defaultPotency: Double = 1
    /// Name key → the most of the full benefit the member reaches; others get `defaultEfficacy`.
    package var efficacy: [String: Double] = [:]
    package var defaultEfficacy: Double = 1
    /// Mechanism → the share of the benefit the family gives that mechanism, where it is less than its
    /// first purpose's (glycolic acid unclogs in full but treats photoageing modestly: `firming 0.4`).
    package var mechanismEfficacy: [Mechanism: Double] = [:]
    /// The dose (reference units) at which irritation counts in full; nil when the family does not
    /// irritate as an active.
    package var irritationFull: Double?
    /// Name key → irritation multiplier, where it differs from `potency` (adapalene is potent but mild).
    package var irritationPotency: [String: Double] = [:]
    /// Benefit factor when the product is rinsed off.
    package var rinseOff: Double
    package var sources: [String] = []

    package init(family: String, effective: Double, threshold: Double? = nil, rinseOff: Double = 0.15) {
        self.family = family
        self.effective = effective
        self.threshold = threshold ?? effective / 30
        self.rinseOff = rinseOff
    }

    /// The potency of a plant water (a steam distillate: "Camellia Sinensis Leaf Water") that the ladder
    /// does not list: the model's `plant-water-potency`.
    package var plantWaterPotency: Double = 1

    package func potency(of ingredient: Ingredient) -> Double {
        let key = NameKey.make(ingredient.name)
        return potency[key] ?? (Self.isPlantWater(key) ? plantWaterPotency : defaultPotency)
    }

    /// "camellia sinensis green tea leaf water", "rosa damascena flower water": a named plant's water, not water.
    static func isPlantWater(_ key: String) -> Bool {
        key.hasSuffix(" water") && key.split(separator: " ").count > 2
    }

    package func efficacy(of ingredient: Ingredient) -> Double {
        efficacy[NameKey.make(ingredient.name)] ?? defaultEfficacy
    }

    /// The share of the family's benefit that `mechanism` gets (1 unless `mechanism-efficacy` says less).
    package func efficacy(for mechanism: Mechanism) -> Double { mechanismEfficacy[mechanism] ?? 1 }

    /// 0…1 on a log scale from `threshold` to `effective`, for a dose in reference units.
    package func response(_ dose: Double) -> Double {
        guard dose > threshold else { return 0 }
        guard effective > threshold else { return 1 }
        return min(1, log(dose / threshold) / log(effective / threshold))
    }

    /// The expected benefit (0…efficacy) of `ingredient` at `estimate`.
    package func benefit(_ ingredient: Ingredient, at estimate: ConcentrationEstimate) -> Double {
        let potency = potency(of: ingredient)
        return efficacy(of: ingredient) * estimate.expected { response($0 * potency) }
    }

    /// The expected irritation dose of `ingredient` at `estimate`, relative to `irritationFull` (1 = full);
    /// nil when the family does not irritate as an active.
    package func irritationDose(_ ingredient: Ingredient, at estimate: ConcentrationEstimate) -> Double? {
        guard let full = irritationFull, full > 0 else { return nil }
        let potency = irritationPotency[NameKey.make(ingredient.name)] ?? potency(of: ingredient)
        // Below the dose at which the family acts, it does not act as an active at all: lactic or citric acid
        // at a pH adjuster's fraction of a percent neither exfoliates nor irritates as an AHA does.
        let acting = self.potency(of: ingredient)
        return estimate.expected { $0 * acting < threshold ? 0 : $0 * potency / full }
    }

    /// Parses a `dose FAMILY` stanza.
    static func parse(_ stanza: Stanza, family: String, sources: [String], diagnostics: inout [DictionaryDiagnostic])
        -> DoseLadder?
    {
        func number(_ key: String, limit: Double = 100) -> Double? {
            guard let field = stanza.field(key) else { return nil }
            // A factor (limit 1) may be 0: sunscreen rinsed off protects nothing.
            guard let value = Double(field.value), value > 0 || (limit == 1 && value == 0), value <= limit else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "'\(key)' needs a number above 0 and at most \(limit), found '\(field.value)'"))
                return nil
            }
            return value
        }
        guard let effective = number("effective") else {
            diagnostics.append(
                .init(.error, file: stanza.file, line: stanza.line, "'dose \(family)' needs 'effective:'"))
            return nil
        }
        var ladder = DoseLadder(
            family: family, effective: effective, threshold: number("threshold"),
            rinseOff: number("rinse-off", limit: 1) ?? 0.15)
        ladder.irritationFull = number("irritation-full")
        ladder.defaultEfficacy = number("default-efficacy", limit: 1) ?? 1
        ladder.defaultPotency = number("default-potency", limit: 1000) ?? 1
        ladder.sources = sources
        func members(_ key: String, limit: Double) -> [String: Double] {
            var result: [String: Double] = [:]
            for item in stanza.list(key) {
                let words = item.split(separator: " ")
                guard words.count > 1, let value = Double(words.last!), value > 0, value <= limit else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: stanza.field(key)?.line ?? stanza.line,
                            "'\(key)' items are 'Ingredient Name NUMBER' (above 0, at most \(limit)), found '\(item)'"))
                    continue
                }
                result[NameKey.make(words.dropLast().joined(separator: " "))] = value
            }
            return result
        }
        ladder.potency = members("potency", limit: 1000)
        ladder.efficacy = members("efficacy", limit: 1)
        ladder.irritationPotency = members("irritation-potency", limit: 1000)
        for item in stanza.list("mechanism-efficacy") {
            let words = item.split(separator: " ")
            guard words.count == 2, let mechanism = Mechanism(rawValue: String(words[0])), let value = Double(words[1]),
                value >= 0, value <= 1
            else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: stanza.field("mechanism-efficacy")?.line ?? stanza.line,
                        "'mechanism-efficacy' items are 'MECHANISM NUMBER' (a mechanism id, 0 to 1), found '\(item)'"))
                continue
            }
            ladder.mechanismEfficacy[mechanism] = value
        }
        let known: Set<String> = [
            "effective", "threshold", "rinse-off", "irritation-full", "default-efficacy", "default-potency", "potency",
            "efficacy",
            "irritation-potency",
            "mechanism-efficacy", "sources",
        ]
        for field in stanza.fields where !known.contains(field.key) {
            diagnostics.append(
                .init(.error, file: stanza.file, line: field.line, "unknown dose setting '\(field.key)'"))
        }
        return ladder
    }
}
