import Foundation
import INCIJSON

/// Finds lists in JSON data: a key naming ingredients (`ingredients`, `inci`, `Inhaltsstoffe`), an object
/// labelled as ingredients (`{"header": "Inhaltsstoffe", "contentBlock": …}`, schema.org
/// `additionalProperty {"name": "Ingredients", "value": …}`), and HTML or prose inside string values
/// (Shopify's `body_html`, a JSON-LD `description` with "Ingredients:" inline).
struct JSONCandidateFinder {
    let blobs: [EmbeddedJSON]

    static let labelKeys = ["name", "header", "title", "label", "headline", "key", "heading"]
    static let htmlKeys: Set<String> = ["body_html", "bodyhtml", "descriptionhtml", "description_html"]

    func candidates() -> [IngredientCandidate] {
        var result: [IngredientCandidate] = []
        // Pages repeat their product JSON (Shopify prints it twice); a string's candidates are found once.
        var inTextCache: [TextKey: [IngredientCandidate]] = [:]
        for blob in blobs {
            let flat = blob.value.array
            for (key, object) in JSONWalk.objects(in: blob.value) {
                // A review's text ({"@type": "Review", "reviewBody": "Love the ingredients: …"}) is a shopper's.
                guard !Self.isUserContent(key: key, object) else { continue }
                let shopify = object["vendor"] != nil && object["body_html"] != nil
                // An object labelled as the ingredient list.
                if let (labelKey, qualifier) = Self.labelKeys.lazy.compactMap({ key in
                    object[key]?.string.flatMap(Self.labelQualifier).map { (key, $0) }
                }).first {
                    let rest = object.filter { $0.key != labelKey && !Self.labelKeys.contains($0.key) }
                    let text = Self.plainText(JSONWalk.strings(in: rest).joined(separator: "\n"))
                    result.append(
                        IngredientCandidate(
                            text: text, strategy: blob.strategy, variant: qualifier.isEmpty ? nil : qualifier,
                            order: blob.order))
                }
                for (childKey, child) in object.sorted(by: { $0.key < $1.key }) {
                    if Self.isIngredientKey(childKey) {
                        let value = flat.flatMap { Self.resolved(child, in: $0) } ?? child
                        let text = Self.plainText(JSONWalk.strings(in: value).joined(separator: "\n"))
                        result.append(
                            IngredientCandidate(text: text, strategy: blob.strategy, variant: nil, order: blob.order))
                        continue
                    }
                    guard let string = child.string, HeadingCandidateFinder.containsLabelWord(string) else { continue }
                    let strategy: CandidateStrategy =
                        (shopify || Self.htmlKeys.contains(childKey.lowercased())) ? .shopify : blob.strategy
                    let key = TextKey(text: string, strategy: strategy)
                    let found = inTextCache[key] ?? Self.candidates(inText: string, strategy: strategy, order: 0)
                    inTextCache[key] = found
                    result += found.map {
                        var candidate = $0
                        candidate.order = blob.order
                        return candidate
                    }
                }
            }
        }
        return result.filter { $0.text.count >= 3 && $0.text.count <= IngredientCandidate.maxLength }
    }

    private struct TextKey: Hashable {
        var text: String
        var strategy: CandidateStrategy
    }

    /// A value of a payload flattened into one array (devalue, as Nuxt's `__NUXT_DATA__`): objects hold the
    /// indices of their values in the root array, `{"ingredients": 6}` → `root[6]`. Nil when `value` is not
    /// such an index.
    static func resolved(_ value: JSONValue, in root: [JSONValue]) -> JSONValue? {
        guard case .number(let number, true) = value, number >= 0, number < Double(root.count) else { return nil }
        let target = root[Int(number)]
        // An array of indices is an array of values.
        if case .array(let items) = target {
            return .array(items.map { resolved($0, in: root) ?? $0 })
        }
        return target
    }

    /// `IngredientLabel.match`, after a byte test that rejects most strings of a JSON blob at once.
    private static func labelQualifier(_ text: String) -> String? {
        HeadingCandidateFinder.containsLabelWord(text) ? IngredientLabel.match(text) : nil
    }

    /// `ingredients`, `ingredientList`, `inci`, `full_ingredients`, `inhaltsstoffe`, not `keyIngredients`.
    /// An object found under a `review`/`comments` key, or typed a schema.org `Review` or `Comment`.
    static func isUserContent(key: String?, _ object: [String: JSONValue]) -> Bool {
        if let key, PageIndex.userContentTokens.contains(key.lowercased()) { return true }
        guard let type = object["@type"]?.string?.lowercased() else { return false }
        return PageIndex.userContentTokens.contains(type)
    }

    static func isIngredientKey(_ key: String) -> Bool {
        // Every such key contains a label word; most keys of a blob do not, and are rejected on bytes.
        guard HeadingCandidateFinder.containsLabelWord(key) else { return false }
        let letters = key.lowercased().filter(\.isLetter)
        if letters.hasPrefix("key") || letters.hasPrefix("active") || letters.hasPrefix("hero")
            || letters.contains("url")
        {
            return false
        }
        return [
            "ingredients", "ingredient", "ingredientlist", "ingredientslist", "fullingredients", "fullingredientlist",
            "inci", "incilist", "inhaltsstoffe", "ingredienti", "ingredientes", "ingrédients",
        ].contains(letters)
    }

    /// A string value that may be HTML (`body_html`) or prose with "Ingredients:" inline.
    static func candidates(inText string: String, strategy: CandidateStrategy, order: Int) -> [IngredientCandidate] {
        guard string.utf8.count <= IngredientCandidate.maxLength * 4 else { return [] }
        if string.contains("<") && string.contains(">") {
            let tree = HTMLParser.parse(Array(string.utf8), encoding: "UTF-8")
            let page = PageIndex(tree)
            let found =
                HeadingCandidateFinder(page: page, strategy: strategy).candidates()
                + InlineLabelCandidateFinder(page: page, strategy: strategy).candidates()
                + IngredientTableCandidateFinder(page: page).candidates()
            return found.map {
                var candidate = $0
                candidate.order = order
                candidate.strategy = strategy
                return candidate
            }
        }
        return InlineLabelCandidateFinder.inlineLists(in: string).map {
            IngredientCandidate(text: $0, strategy: strategy, variant: nil, order: order)
        }
    }

    /// Strips tags from a value that holds HTML (`"<p>Aqua, Glycerin</p>"`).
    static func plainText(_ string: String) -> String {
        guard string.contains("<") && string.contains(">") else { return EntityDecoding.decode(string).trimmed() }
        let tree = HTMLParser.parse(Array(string.utf8), encoding: "UTF-8")
        return TextRenderer.text(of: 0, in: tree)
    }
}
