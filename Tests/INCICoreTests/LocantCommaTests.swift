import INCICore
import Testing

/// Commas between a chemical name's locants are part of the name, not list separators (`LocantComma`).
/// Names as CosIng registers them and hair-dye and fragrance labels print them.
@Suite struct LocantCommaTests {
    let tokenizer = Tokenizer()

    func names(_ text: String) throws -> [String] {
        try tokenizer.tokenize(text).tokens.map(\.text)
    }

    @Test(arguments: [
        "N,N-Bis(2-Hydroxyethyl)-p-Phenylenediamine Sulfate",
        "N,N'-Bis(2-Hydroxyethyl)-2-Nitro-p-Phenylenediamine",
        "N,N'-Methylenebisacrylamide",
        "N,2-Dimethyl-N-Phenylbutyramide",
        "P,Alpha-Dimethylstyrene",
        "Alpha,3,3-Trimethylcyclohexylmethyl Acetate",
        "4-Ethyl-Alpha,Alpha-Dimethyl-Benzenepropanenitrile",
        "2,4-Dimethyl-4,4a,5,9b-Tetrahydroindeno-1,3-Dioxin",
        "1,2,3,4,4a,5,6,7-Octahydro-2,5,5-Trimethyl-2-Naphthol",
        "Ethyl-3aalpha,4alpha,7alpha,7aalpha-Octahydro-4,7-Methano-Indene-3a-Carboxylate",
        "Trans, Trans-2,4-Decadienal",
        "Trans,Trans-Allo-Ocimene",
        "2-Trans, 6-Cis-Nonadienol",
        "Cis,Cis-1,1'-(Ethylidenebis-Oxy)Dihex-3-Ene",
    ])
    func locantsStayInTheName(name: String) throws {
        #expect(try names("Aqua, \(name), Glycerin") == ["Aqua", name, "Glycerin"])
        #expect(try names("Aqua,\(name),Glycerin") == ["Aqua", name, "Glycerin"])
    }

    @Test func aPrimeSignIsAPrime() throws {
        // CosIng's annexes print `N,N′-` with U+2032; the tokenizer reads it as an apostrophe.
        #expect(try names("Aqua, N,N′-Bis(2-Hydroxyethyl)-2-Nitro-p-Phenylenediamine, Glycerin").count == 3)
    }

    @Test func aHairDyeListKeepsItsDyes() throws {
        // The order a permanent hair colour prints (water, then its couplers and precursors).
        #expect(
            try names(
                "Aqua, Cetearyl Alcohol, Toluene-2,5-Diamine, N,N-Bis(2-Hydroxyethyl)-P-Phenylenediamine Sulfate, "
                    + "Resorcinol, 2,4-Diaminophenoxyethanol HCl, 2-Methylresorcinol, Parfum") == [
                    "Aqua", "Cetearyl Alcohol", "Toluene-2,5-Diamine",
                    "N,N-Bis(2-Hydroxyethyl)-P-Phenylenediamine Sulfate", "Resorcinol", "2,4-Diaminophenoxyethanol HCl",
                    "2-Methylresorcinol", "Parfum",
                ])
    }

    @Test func wordsThatAreNoLocantsStillSeparate() throws {
        // A last word that happens to be a stereo word, a vitamin letter, numbered names before a locant name.
        #expect(try names("Tocopherol Alpha, Beta-Carotene") == ["Tocopherol Alpha", "Beta-Carotene"])
        #expect(try names("Vitamin E, O-Cymen-5-Ol") == ["Vitamin E", "O-Cymen-5-Ol"])
        #expect(try names("Laureth-4, 1,2-Hexanediol") == ["Laureth-4", "1,2-Hexanediol"])
        #expect(try names("Glycerin,N-Acetyl Glucosamine") == ["Glycerin", "N-Acetyl Glucosamine"])
        #expect(
            try names("Beta-Glucan, Alpha-Arbutin, Niacinamide") == ["Beta-Glucan", "Alpha-Arbutin", "Niacinamide"])
    }
}
