/// Finds a YAML alias (`*name`) of an anchor (`&name`) defined before it. Yams expands aliases into
/// copies and hashes every mapping key to find duplicates, so nested aliases used as a key
/// ("billion laughs": ten aliases of ten aliases of …) took exponential time before the loader saw a
/// single setting. A policy has no use for anchors, so the loader refuses them before Yams runs.
/// The scan is lexical: an indicator counts at the start of the text or after a space, a tab, a line
/// break or a flow indicator, so `Price *USD` alone is text; it only errs on the side of refusing.
package enum YAMLAliasCheck {
    /// The 1-based line of the first alias of an earlier anchor, or nil when there is none.
    package static func firstAliasOfAnchorLine(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var anchors: Set<String> = []
        var line = 1
        var index = 0
        func startsNode(_ index: Int) -> Bool {
            index == 0 || " \t\r\n[{,:-?".unicodeScalars.contains(scalars[index - 1])
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" { line += 1 }
            guard scalar == "&" || scalar == "*", startsNode(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, !" \t\r\n,[]{}".unicodeScalars.contains(scalars[end]) { end += 1 }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            if scalar == "&" { anchors.insert(name) } else if anchors.contains(name) { return line }
            index = end
        }
        return nil
    }
}
