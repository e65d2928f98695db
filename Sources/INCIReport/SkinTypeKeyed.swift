import INCICore

extension Sequence {
    /// One value per chosen skin type, keyed by its JSON name (`"oily"`): how every JSON document
    /// (analyze, diff, routine) writes its per-skin-type scores.
    func keyedBySkinType<Value>(
        _ skinTypes: [SkinType], skinType: (Element) -> SkinType, _ value: (Element) -> Value
    ) -> [String: Value] {
        var keyed: [String: Value] = [:]
        for element in self where skinTypes.contains(skinType(element)) {
            keyed[skinType(element).rawValue] = value(element)
        }
        return keyed
    }
}
