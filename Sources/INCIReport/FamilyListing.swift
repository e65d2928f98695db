import INCICore
import INCIJSON

/// `inci dict families`: the family ids a policy's `forbidden-families` and the reports use, with what each
/// is, what it serves or risks, and how many dictionary ingredients belong to it.
public struct FamilyListing: Sendable {
    public let dictionary: IngredientDictionary

    public init(dictionary: IngredientDictionary) { self.dictionary = dictionary }

    public func text() -> String {
        let members = memberCounts()
        var out = ""
        for family in sortedFamilies() {
            var line = "\(family.id)\t\(family.kind.rawValue)\t\(family.label)"
            if !family.serves.isEmpty { line += "; serves \(family.serves.map(\.rawValue).joined(separator: ", "))" }
            if !family.risks.isEmpty { line += "; risks \(family.risks.joined(separator: ", "))" }
            let count = members[family.id, default: 0]
            out += line + " (\(count) \(count == 1 ? "ingredient" : "ingredients") in the dictionary)\n"
        }
        return out
    }

    public func json() throws -> String {
        let members = memberCounts()
        return try JSONOutput.render(
            sortedFamilies().map {
                FamilyValue(
                    id: $0.id, kind: $0.kind.rawValue, label: $0.label, serves: $0.serves.map(\.rawValue),
                    risks: $0.risks, sources: $0.sources, ingredients: members[$0.id, default: 0])
            })
    }

    private func sortedFamilies() -> [Family] { dictionary.families.values.sorted { $0.id < $1.id } }

    private func memberCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for ingredient in dictionary.ingredients {
            for family in ingredient.families { counts[family, default: 0] += 1 }
        }
        return counts
    }

    struct FamilyValue: Encodable {
        let id: String
        let kind: String
        let label: String
        let serves: [String]
        let risks: [String]
        let sources: [String]
        let ingredients: Int
    }
}
