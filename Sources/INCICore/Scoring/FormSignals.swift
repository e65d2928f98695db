/// What makes an ingredient read as water, a detergent, an emollient or a powder when a product's form is
/// read from its list (`form-signals` in `Dictionaries/scoring/concentration.txt`). Roles are CosIng
/// functions; a "first role" is an ingredient's main one.
package struct FormSignals: Sendable, Hashable {
    /// Words that make a name a water, plant water, juice, extract or ferment…
    package var aqueousWords: Set<String> = [
        "water", "aqua", "eau", "juice", "filtrate", "hydrosol", "extract", "ferment", "sap", "vinegar",
    ]
    /// …unless the name also has one of these ("Seed Oil Extract" is an oil).
    package var notAqueousWords: Set<String> = ["oil", "butter"]
    /// A first role that makes an ingredient a water-like solvent (alcohol, glycols) unless it is also an emollient.
    package var solventFirstRoles: Set<String> = ["solvent"]
    package var notSolventRoles: Set<String> = ["emollient"]
    /// Families that make an ingredient a detergent whatever its roles.
    package var detergentFamilies: Set<String> = ["harsh-sulfate", "soap"]
    /// Roles a detergent has all of…
    package var detergentRoles: Set<String> = ["cleansing", "surfactant"]
    /// …and none of (stearic acid and ceteareth-20 carry "cleansing" among their CosIng functions too).
    package var notDetergentRoles: Set<String> = ["refatting", "emollient", "emulsifier"]
    /// A surfactant (or cleansing) ingredient is also a detergent when its name ends in one of these head
    /// groups (CosIng functions miss "cleansing" on many: Sodium Methyl Cocoyl Taurate, Coco-Betaine)…
    package var detergentHeadWords: Set<String> = [
        "sulfate", "sulfonate", "isethionate", "taurate", "sarcosinate", "glutamate", "glycinate", "alaninate",
        "betaine", "sultaine", "hydroxysultaine", "amphoacetate", "amphodiacetate", "amphopropionate",
        "glucoside", "sulfosuccinate", "hydroxypropylsulfonate", "amino acids",
    ]
    /// …unless a word says it is something else: a long fatty chain (C16 and up) emulsifies creams
    /// (Cetearyl Glucoside, Sodium Stearoyl Glutamate), a C7 one solubilises toners (Heptyl Glucoside); a polymer (any word starting "poly": Sodium
    /// Polystyrene Sulfonate) thickens or films.
    package var notDetergentWords: Set<String> = [
        "heptyl", "cetyl", "cetearyl", "stearyl", "stearoyl", "isostearyl", "isostearoyl", "behenyl", "behenoyl",
        "arachidyl", "hydrogenated",
    ]
    /// A lathering fatty acid among the first `soapAcidWindow` with a strong base among the first
    /// `soapBaseWindow` is a soap made in the jar (the cleansing foams of Japanese and Korean brands:
    /// water, myristic acid, glycerin, stearic acid, potassium hydroxide); stearic acid alone with a little
    /// base is a vanishing cream's emulsifier, so only the short chains count.
    package var soapAcids: Set<String> = ["lauric acid", "myristic acid", "coconut acid", "palm kernel acid"]
    package var soapBases: Set<String> = ["potassium hydroxide", "sodium hydroxide"]
    /// Roles and families of an emollient, butter, wax or fatty alcohol…
    package var emollientRoles: Set<String> = ["emollient", "occlusive"]
    package var emollientFamilies: Set<String> = ["occlusive", "fatty-alcohol", "emollient-lightweight"]
    /// …unless its main role is one of these (glycols and humectants carry "emollient" too).
    package var notEmollientFirstRoles: Set<String> = ["solvent", "humectant"]
    /// Roles and families of a powder base, unless it has one of `notPowderRoles`.
    package var powderRoles: Set<String> = [
        "bulking", "absorbent", "anticaking", "abrasive", "opacifying", "opacifier",
    ]
    package var powderFamilies: Set<String> = ["clay"]
    package var notPowderRoles: Set<String> = ["emollient"]
    /// How far down a detergent makes a water-based product a wash.
    package var washWindow = 4
    /// How far down an emollient makes a water-based product an emulsion.
    package var emollientWindow = 6
    /// How far down an oil-dissolving, water-carrying emulsifier makes an anhydrous list a cleansing oil or
    /// balm, and the least Griffin balance that makes one carry oil into water (`NonionicEmulsifier`).
    package var oilWashWindow = 5
    package var oilWashBalance = 10
    /// How far down a lathering fatty acid, and the base that makes it soap, may be.
    package var soapAcidWindow = 5
    package var soapBaseWindow = 10

    package init() {}

    /// The stanza's keys (computed: key paths are not `Sendable`).
    static var listKeys: [String: WritableKeyPath<FormSignals, Set<String>>] {
        [
            "aqueous-words": \.aqueousWords, "not-aqueous-words": \.notAqueousWords,
            "solvent-first-roles": \.solventFirstRoles, "not-solvent-roles": \.notSolventRoles,
            "detergent-families": \.detergentFamilies,
            "detergent-roles": \.detergentRoles, "not-detergent-roles": \.notDetergentRoles,
            "emollient-roles": \.emollientRoles, "emollient-families": \.emollientFamilies,
            "not-emollient-first-roles": \.notEmollientFirstRoles, "powder-roles": \.powderRoles,
            "powder-families": \.powderFamilies, "not-powder-roles": \.notPowderRoles,
            "detergent-head-words": \.detergentHeadWords, "not-detergent-words": \.notDetergentWords,
            "soap-acids": \.soapAcids, "soap-bases": \.soapBases,
        ]
    }
    static var windowKeys: [String: WritableKeyPath<FormSignals, Int>] {
        [
            "wash-window": \.washWindow, "emollient-window": \.emollientWindow,
            "soap-acid-window": \.soapAcidWindow, "soap-base-window": \.soapBaseWindow,
            "oil-wash-window": \.oilWashWindow, "oil-wash-balance": \.oilWashBalance,
        ]
    }

    /// Reads a `form-signals` stanza; every key replaces its default.
    mutating func parse(_ stanza: Stanza, diagnostics: inout [DictionaryDiagnostic]) {
        for field in stanza.fields where field.key != "sources" {
            if let path = Self.listKeys[field.key] {
                self[keyPath: path] = Set(stanza.list(field.key))
            } else if let path = Self.windowKeys[field.key] {
                guard let value = Int(field.value), value > 0 else {
                    diagnostics.append(
                        .init(
                            .error, file: stanza.file, line: field.line,
                            "'\(field.key)' needs a whole number above 0, found '\(field.value)'"))
                    continue
                }
                self[keyPath: path] = value
            } else {
                diagnostics.append(
                    .init(
                        .error, file: stanza.file, line: field.line,
                        "unknown form signal '\(field.key)' (expected \((Self.listKeys.keys.sorted() + Self.windowKeys.keys.sorted()).joined(separator: ", ")))"
                    ))
            }
        }
    }

    func isWater(_ ingredient: Ingredient) -> Bool {
        let key = NameKey.make(ingredient.name)
        return key == "water" || key.hasSuffix(" water") || key.hasPrefix("aqua")
    }

    /// Water, a water-like solvent (alcohol, glycols), or a plant water, juice, extract or ferment.
    func isAqueous(_ item: MatchedIngredient) -> Bool {
        let words = Set(NameKey.make(item.ingredient?.name ?? item.token.text).split(separator: " ").map(String.init))
        if !words.isDisjoint(with: aqueousWords) && words.isDisjoint(with: notAqueousWords) { return true }
        guard let ingredient = item.ingredient, let first = ingredient.roles.first else { return false }
        return solventFirstRoles.contains(first) && !ingredient.roles.contains(where: notSolventRoles.contains)
    }

    /// A detergent: a cleansing surfactant that is not mainly an emollient or an emulsifier of creams,
    /// known by its family, its roles or its head group.
    func isDetergent(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if ingredient.families.contains(where: detergentFamilies.contains) { return true }
        if detergentRoles.allSatisfy(ingredient.roles.contains)
            && !ingredient.roles.contains(where: notDetergentRoles.contains)
        {
            return true
        }
        guard ingredient.roles.contains(where: detergentRoles.contains) else { return false }
        let words = NameKey.make(ingredient.name).split(separator: " ").map(String.init)
        guard let last = words.last,
            detergentHeadWords.contains(last) || detergentHeadWords.contains(words.suffix(2).joined(separator: " "))
        else { return false }
        return !words.contains { notDetergentWords.contains($0) || $0.hasPrefix("poly") }
    }

    /// A lathering fatty acid that a strong base makes soap (`soapAcids`).
    func isSoapAcid(_ item: MatchedIngredient) -> Bool {
        item.ingredient.map { soapAcids.contains(NameKey.make($0.name)) } ?? false
    }

    /// What makes a list a wash, when something does: a detergent first (a bar, a cleansing powder), a
    /// detergent among the first `washWindow` of a water-based list, or a soap made in the jar (a lathering
    /// fatty acid with a strong base). Returns the ingredient's index in `ordered`.
    func washMaker(_ ordered: [MatchedIngredient], aqueousFirst: Bool) -> Int? {
        if let first = ordered.prefix(3).firstIndex(where: { $0.ingredient != nil }), isDetergent(ordered[first]) {
            return first
        }
        if aqueousFirst, let index = ordered.prefix(washWindow).firstIndex(where: isDetergent) { return index }
        guard let acid = ordered.prefix(soapAcidWindow).firstIndex(where: isSoapAcid),
            ordered.prefix(soapBaseWindow).contains(where: {
                $0.ingredient.map { soapBases.contains(NameKey.make($0.name)) } == true
            })
        else { return nil }
        return acid
    }

    /// What makes an anhydrous list a cleansing oil or balm, when something does: among the first
    /// `oilWashWindow`, a non-ionic emulsifier with liquid tails (it dissolves in the oil) and a balance of
    /// at least `oilWashBalance` (it carries the oil into water, so the product rinses off). The solid,
    /// low-balance emulsifiers of ointments and water-in-oil balms (Polyglyceryl-2 Triisostearate,
    /// PEG-100 Stearate) do not. Returns the ingredient's index in `ordered`.
    func oilWashMaker(_ ordered: [MatchedIngredient]) -> Int? {
        ordered.prefix(oilWashWindow).firstIndex { item in
            guard let name = item.ingredient?.name, let emulsifier = NonionicEmulsifier(inciName: name) else {
                return false
            }
            return emulsifier.hasLiquidTails && emulsifier.balance >= Double(oilWashBalance)
        }
    }

    func isEmollient(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient else { return false }
        if let first = ingredient.roles.first, notEmollientFirstRoles.contains(first) { return false }
        return ingredient.roles.contains(where: emollientRoles.contains)
            || ingredient.families.contains(where: emollientFamilies.contains)
    }

    func isPowder(_ item: MatchedIngredient) -> Bool {
        guard let ingredient = item.ingredient, !ingredient.roles.contains(where: notPowderRoles.contains) else {
            return false
        }
        return ingredient.roles.contains(where: powderRoles.contains)
            || ingredient.families.contains(where: powderFamilies.contains)
    }
}
