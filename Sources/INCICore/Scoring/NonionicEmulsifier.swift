/// A non-ionic emulsifier read from its INCI name: its hydrophilic head (PEG, a polyol, or both) and its
/// fatty ester tails, so that its hydrophilic–lipophilic balance can be computed rather than listed.
///
/// INCI names of these emulsifiers are systematic (CosIng): "PEG-20 Glyceryl Triisostearate" is glycerin
/// with twenty ethylene oxide units and three isostearic acid esters; "Polyglyceryl-10 Dioleate" is a
/// ten-unit polyglycerol with two oleic esters; "Polysorbate 80" is PEG-20 Sorbitan Oleate by definition.
/// Griffin's balance (`griffin-1954`) is twenty times the hydrophilic share of the molecule's mass: under
/// about 8 an emulsifier dissolves in oil and makes water-in-oil creams, above about 10 it carries oil
/// into water — what lets a cleansing oil or balm emulsify and rinse off (`barel-2009`). Names the reader
/// does not know (PEG/PPG copolymers, ethers, silicones) give `nil`: no guess.
package struct NonionicEmulsifier: Sendable, Hashable {
    /// Griffin's hydrophilic–lipophilic balance, 0 (all oil) to 20 (all water).
    package let balance: Double
    /// Its fatty tails are liquid at room temperature (unsaturated, branched, or C12 and shorter), so it
    /// dissolves in a liquid oil; stearates, palmitates and behenates are the solid emulsifiers of creams.
    package let hasLiquidTails: Bool

    /// Ethylene oxide, one unit of a PEG chain.
    private static let ethyleneOxideMass = 44.0
    /// The end of a PEG chain with nothing else at its head (PEG-10 Laurate).
    private static let waterEndMass = 18.0
    /// Polyol backbones the INCI name puts before the ester, by mass; a polyglycerol is 74 per unit plus 18.
    private static let backbones: [String: (mass: Double, hydroxyls: Int)] = [
        "glyceryl": (92, 3), "sorbitan": (164, 4), "sucrose": (342, 8), "methyl glucose": (194, 4),
    ]
    /// Fatty acid stems of ester names: carbon count and whether the chain is liquid at room temperature.
    private static let stems: [String: (carbons: Int, liquid: Bool)] = [
        "caprylate": (8, true), "caprate": (10, true), "laurate": (12, true), "cocoate": (12, true),
        "myristate": (14, false), "palmitate": (16, false), "stearate": (18, false), "isostearate": (18, true),
        "oleate": (18, true), "linoleate": (18, true), "ricinoleate": (18, true), "behenate": (22, false),
    ]
    /// How many esters a prefix says; "per" esterifies every hydroxyl of the backbone.
    private static let multiplicities: [String: Double] = [
        "": 1, "sesqui": 1.5, "di": 2, "tri": 3, "tetra": 4, "penta": 5, "hexa": 6,
    ]
    /// Polysorbates are defined in CosIng as PEG-n sorbitan esters.
    private static let polysorbates: [String: String] = [
        "20": "peg-20 sorbitan laurate", "21": "peg-4 sorbitan laurate", "40": "peg-20 sorbitan palmitate",
        "60": "peg-20 sorbitan stearate", "61": "peg-4 sorbitan stearate", "65": "peg-20 sorbitan tristearate",
        "80": "peg-20 sorbitan oleate", "81": "peg-5 sorbitan oleate", "85": "peg-20 sorbitan trioleate",
    ]

    /// Reads `name` (an INCI name, any case); `nil` when it is not a PEG, polyglyceryl, sorbeth, sorbitan,
    /// glyceryl or sucrose ester of a known fatty acid.
    package init?(inciName name: String) {
        var words = name.lowercased().split(separator: " ").map(String.init)
        if words.count == 2, words[0] == "polysorbate", let defined = Self.polysorbates[words[1]] {
            words = defined.split(separator: " ").map(String.init)
        }
        guard words.count >= 2, let ester = words.last, let (count, stem) = Self.ester(ester) else { return nil }
        var head = 0.0
        var hydroxyls = 0
        var rest = words.dropLast()[...]
        if let first = rest.first, let units = Self.units(first, prefix: "peg-") {
            head += Self.ethyleneOxideMass * units
            rest = rest.dropFirst()
            if rest.isEmpty { head += Self.waterEndMass }
        }
        let backbone = rest.joined(separator: " ")
        if let units = Self.units(backbone, prefix: "polyglyceryl-") {
            head += 74 * units + 18
            hydroxyls = Int(units) + 2
        } else if let units = Self.units(backbone, prefix: "sorbeth-") {
            head += 182 + Self.ethyleneOxideMass * units
            hydroxyls = 6
        } else if let known = Self.backbones[backbone] {
            head += known.mass
            hydroxyls = known.hydroxyls
        } else if !backbone.isEmpty || head == 0 {
            return nil
        }
        let esters = count ?? Double(hydroxyls)
        guard esters > 0 else { return nil }
        let tails = esters * Double(14 * stem.carbons + 15)
        balance = 20 * head / (head + tails)
        hasLiquidTails = stem.liquid
    }

    /// "triisostearate" → (3, C18 liquid); "peroleate" → (nil: every hydroxyl, C18 liquid).
    private static func ester(_ word: String) -> (Double?, (carbons: Int, liquid: Bool))? {
        for (stem, chain) in stems where word.hasSuffix(stem) {
            let prefix = String(word.dropLast(stem.count))
            if prefix == "per" { return (nil, chain) }
            if let count = multiplicities[prefix] { return (count, chain) }
        }
        return nil
    }

    /// The number after `prefix` ("peg-20" → 20).
    private static func units(_ word: String, prefix: String) -> Double? {
        guard word.hasPrefix(prefix), let value = Double(word.dropFirst(prefix.count)), value > 0 else { return nil }
        return value
    }
}
