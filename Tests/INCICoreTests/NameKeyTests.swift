import INCICore
import Testing

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Caprylic/ Capric Triglyceride", "caprylic capric triglyceride"),
        ("CAPRYLIC/CAPRIC TRIGLYCERIDE", "caprylic capric triglyceride"),
        ("PEG-100 Stearate", "peg 100 stearate"),
        ("Peg100 stearate", "peg 100 stearate"),
        ("C12-15 Alkyl Benzoate", "c 12 15 alkyl benzoate"),
        ("Ingrédients", "ingredients"),
        ("1,2-Hexanediol", "1 2 hexanediol"),
        ("병풀 추출물", "병풀추출물"),
        ("1/2-헥산다이올", "12헥산다이올"),
        ("1,2-헥산다이올", "12헥산다이올"),
    ])
    func keys(name: String, key: String) {
        #expect(NameKey.make(name) == key)
    }
}
