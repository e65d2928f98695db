/// How much of each element's visible text is link text, for telling navigation from content by
/// structure: a menu is a run of links, each in its own item; an ingredient list may be links too
/// (INCIDecoder links every name) but separated by list punctuation in the text between them.
struct LinkDensity {
    /// Per node: visible non-space bytes under it, those inside `<a>`, links, and list commas outside links.
    private var text: [Int32]
    private var linkText: [Int32]
    private var links: [Int32]
    private var looseCommas: [Int32]

    /// A run of links needs at least this many to be navigation.
    static let minimumLinks = 3

    init(_ tree: HTMLTree, invisible: [Bool], inLink: [Bool]) {
        let count = tree.nodes.count
        text = [Int32](repeating: 0, count: count)
        linkText = text
        links = text
        looseCommas = text
        tree.withBytes { bytes in
            for index in tree.nodes.indices.dropFirst().reversed() where !invisible[index] {
                let node = tree[index]
                if node.isText {
                    var visible: Int32 = 0
                    var commas: Int32 = 0
                    for byte in bytes[tree.textRange(of: index)] {
                        if byte > 0x20 { visible += 1 }
                        if byte == 0x2C || byte == 0x3B { commas += 1 }
                    }
                    text[index] = visible
                    if inLink[index] { linkText[index] = visible } else { looseCommas[index] = commas }
                } else if Self.isNavigatingLink(index, in: tree) {
                    links[index] += 1
                }
                let parent = node.parent
                text[parent] += text[index]
                linkText[parent] += linkText[index]
                links[parent] += links[index]
                looseCommas[parent] += looseCommas[index]
            }
        }
    }

    /// An `<a>` that leads to another page. Tab titles link to a fragment of this one (`href="#tab-ingredients"`)
    /// and are the labels of content, not navigation.
    static func isNavigatingLink(_ index: Int, in tree: HTMLTree) -> Bool {
        guard tree[index].tag == .a, let range = tree.attributeRange(.href, of: index) else { return false }
        return tree.withBytes { bytes in
            guard let first = bytes[range].first(where: { $0 > 0x20 }) else { return false }
            return first != UInt8(ascii: "#")
                && !ByteSearch.containsAny(scriptNeedle, inFolded: UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    private static let scriptNeedle = ByteSearch.NeedleSet(["javascript:"])

    /// Links, each its own entry (no list punctuation between them), make nearly all of its text: a menu,
    /// a category tree, a facet of links, whatever its class names.
    func isMadeOfLinks(_ index: Int) -> Bool {
        links[index] >= Self.minimumLinks && linkText[index] * 10 >= text[index] * 9
            && looseCommas[index] * 2 < links[index]
    }

    /// At least half of its text is in links (with navigation-like class names, enough to be chrome).
    func isMostlyLinks(_ index: Int) -> Bool {
        links[index] >= 1 && linkText[index] * 2 >= text[index]
    }
}
