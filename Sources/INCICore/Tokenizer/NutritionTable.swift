/// Tells a nutrition declaration or a water's mineral analysis (`Energy 200kcal, Protein 5g, Fat 10g`, `Ca 60
/// mg/L, Mg 15 mg/L, pH 7.2`) from an ingredient list: such a table also has commas, but its parts are nutrients
/// each with an amount, and an energy value or an analysis (`pH`, `mg/L`) says what it is. A supplement's
/// `Vitamin C 500mg, Zinc 15mg` has amounts too, but no energy and no analysis: it stays a list.
enum NutritionTable {
    /// Whether `parts` (a sentence's items, or a text's lines) read as such a table: three or more parts, three
    /// in five of them ending in an amount with a unit of mass or energy, and one an energy value or an analysis.
    static func isTable(_ parts: [String]) -> Bool {
        guard parts.count >= 3 else { return false }
        var amounts = 0
        var energyOrAnalysis = false
        for part in parts {
            let lower = part.lowercased()
            let words = lower.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "(" || $0 == ")" })
            if words.contains(where: { energyWords.contains(String($0)) || $0.hasSuffix("kcal") || $0.hasSuffix("kj") })
                || words.first == "ph"
                // (Each unit holds a slash: a part without one, as nearly every ingredient, skips the searches.)
                || lower.utf8.contains(0x2F)
                    && (lower.contains("mg/l") || lower.contains("µs/cm") || lower.contains("μs/cm"))
            {
                energyOrAnalysis = true
            }
            if endsInAmount(words) { amounts += 1 }
        }
        return energyOrAnalysis && amounts * 5 >= parts.count * 3 && amounts >= 3
    }

    /// The last words are a number and a unit (`12g`, `450 kcal`, `60 mg/L`), a daily-value percentage after them
    /// aside (`Sodium 200mg 9%`), or a bare number after a nutrient (`Calories 120`, `pH 7.2`).
    private static func endsInAmount(_ words: [Substring]) -> Bool {
        var words = words
        if let last = words.last, last.hasSuffix("%"), words.count > 2 { words.removeLast() }
        guard let last = words.last else { return false }
        let digits = last.prefix(while: { $0.isNumber || $0 == "." || $0 == "," })
        if !digits.isEmpty, digits.first?.isNumber == true {
            let unit = String(last.dropFirst(digits.count))
            if unit.isEmpty {
                // `450 kcal` split in two, or a bare count after a nutrient word.
                return words.count >= 2
            }
            return units.contains(unit)
        }
        guard words.count >= 2, units.contains(String(last)) else { return false }
        return words[words.count - 2].first?.isNumber == true
    }

    private static let units: Set<String> = [
        "g", "mg", "mcg", "µg", "μg", "kcal", "kj", "cal", "mg/l", "g/l", "µs/cm", "μs/cm", "°dh", "°f", "ml",
    ]

    /// Words that name a food's energy value, in the languages nutrition tables are printed in.
    private static let energyWords: Set<String> = [
        "energy", "calories", "calorie", "énergie", "energie", "energia", "energía", "ενέργεια", "θερμίδες",
        "энергетическая", "калорийность", "열량", "热量", "熱量", "能量", "エネルギー", "kalorier", "energiá",
    ]
}
