import INCICore
import Testing

/// The balance read from an emulsifier's INCI name agrees with published HLB values of the polysorbates
/// and PEG esters, puts water-in-oil emulsifiers low and the solubilisers of cleansing oils high, and
/// refuses names it cannot read.
@Suite struct NonionicEmulsifierTests {
    /// Published HLB values (Griffin 1954; the suppliers' tables repeat them).
    static let published: [(name: String, balance: Double)] = [
        ("Polysorbate 20", 16.7), ("Polysorbate 80", 15.0), ("Polysorbate 85", 11.0),
        ("PEG-100 Stearate", 18.8), ("PEG-40 Stearate", 16.9), ("Polysorbate 60", 14.9),
    ]

    @Test(arguments: published.indices)
    func agreesWithPublishedValues(index: Int) throws {
        let (name, expected) = Self.published[index]
        let emulsifier = try #require(NonionicEmulsifier(inciName: name))
        #expect(abs(emulsifier.balance - expected) <= 1.5, "\(name): \(emulsifier.balance)")
    }

    @Test func waterInOilEmulsifiersAreLowAndCleansingOilSolubilisersHigh() throws {
        for name in ["Sorbitan Trioleate", "Polyglyceryl-2 Triisostearate", "Glyceryl Stearate", "Sorbitan Oleate"] {
            let balance = try #require(NonionicEmulsifier(inciName: name)).balance
            #expect(balance < 8, "\(name): \(balance)")
        }
        for name in [
            "PEG-20 Glyceryl Triisostearate", "Sorbeth-30 Tetraoleate", "Polyglyceryl-10 Dioleate",
            "PEG-40 Sorbitan Peroleate", "PEG-10 Isostearate", "Sucrose Laurate", "Polyglyceryl-4 Oleate",
        ] {
            let emulsifier = try #require(NonionicEmulsifier(inciName: name))
            #expect(emulsifier.balance >= 10 && emulsifier.hasLiquidTails, "\(name): \(emulsifier.balance)")
        }
        #expect(NonionicEmulsifier(inciName: "PEG-100 Stearate")?.hasLiquidTails == false)
    }

    @Test func namesItCannotReadGiveNothing() {
        for name in ["PEG/PPG-18/18 Dimethicone", "Ceteareth-20", "Cetearyl Alcohol", "Polysorbate", "PEG-8", "Oleate"]
        {
            #expect(NonionicEmulsifier(inciName: name) == nil, "\(name)")
        }
    }
}
