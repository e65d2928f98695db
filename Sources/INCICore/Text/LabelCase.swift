/// Label-style capitalization for names inci does not know, so all-caps lists read like the rest.
package enum LabelCase {
    /// Abbreviations that stay upper case in INCI names.
    static let acronyms: Set<String> = [
        "PEG", "PPG", "CI", "EDTA", "PCA", "DNA", "RNA", "BHT", "BHA", "AHA", "PHA", "SD",
        "MEA", "DEA", "TEA", "HCL", "PVP", "TDI", "HDI", "UV", "II", "III", "IV", "VP",
        "SE", "AMP", "MIPA", "DMDM", "HA", "SH", "EGF", "FGF", "TGF", "MCT", "PVA", "PVM",
        "MA", "CoQ10", "USP", "NF", "FD", "D", "C", "E", "A", "B", "K", "F", "NP", "AP",
        "EOP", "NS", "AS", "NG", "EOS", "TM", "UK",
    ]

    /// `SODIUM HYALURONATE` → `Sodium Hyaluronate`; text that is not all caps is returned unchanged.
    package static func titleCaseIfShouting(_ text: String) -> String {
        let letters = text.filter(\.isLetterFast)
        guard letters.count >= 4, letters.allSatisfy({ !$0.isLowercase }), letters.contains(where: \.isUppercase) else {
            return text
        }
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if acronyms.contains(word) || word.allSatisfy({ !$0.isLetterFast }) {
                out += word
            } else {
                out += word.prefix(1) + word.dropFirst().lowercased()
            }
            word = ""
        }
        for c in text {
            if c.isLetterFast {
                word.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}
