/// Brackets a heading is printed in: `[전성분]`, `【全成分】`, `＜配合成分＞` (`<…>` after NFKC), `《成分》`.
/// One vocabulary for the list parser's headings and the page extractor's inline labels.
package enum HeadingBrackets {
    package static let opening: Set<Unicode.Scalar> = ["[", "【", "<", "《", "〈", "「"]
    package static let closing: Set<Unicode.Scalar> = ["]", "】", ">", "》", "〉", "」"]
}
