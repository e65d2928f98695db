import Foundation

/// A label name as the composer reads it: compact (see `CompactKey`), cut into groups where the label
/// sets parts apart with `/` or parentheses. Japanese and Chinese names bracket the parts of a
/// copolymer and give the carbon chain in parentheses ((アクリル酸Na/アクリロイルジメチルタウリンNa)コポリマー,
/// アルキル(C30-45)メチコン); each group is read on its own.
struct PrintedName {
    /// The groups' compact scalars, in printed order; empty groups dropped.
    let groups: [[Unicode.Scalar]]

    var scalarCount: Int { groups.reduce(0) { $0 + $1.count } }

    private init(groups: [[Unicode.Scalar]]) { self.groups = groups }

    /// This name with characters read as others (a table's `[characters]`).
    func folded(_ folds: [Unicode.Scalar: Unicode.Scalar]) -> PrintedName {
        guard !folds.isEmpty else { return self }
        return PrintedName(groups: groups.map { $0.map { folds[$0] ?? $0 } })
    }

    init(_ text: String) {
        var groups: [[Unicode.Scalar]] = []
        var current = ""
        func close() {
            let scalars = Array(CompactKey.make(current).unicodeScalars)
            if !scalars.isEmpty { groups.append(scalars) }
            current = ""
        }
        for scalar in Self.subNumbersJoined(text).unicodeScalars {
            switch scalar {
            case "/", "(", ")", "[", "]": close()
            default: current.unicodeScalars.append(scalar)
            }
        }
        close()
        self.groups = groups
    }

    /// A bracketed number right after a name's own characters is part of that name, not a group of its
    /// own: Korea's and Japan's legal colours number their variants so (적색104호의(1) 레이크 is the lake of
    /// Red No. 104 (1), 赤104(1)). The brackets go, the number stays in place.
    static func subNumbersJoined(_ text: String) -> String {
        guard text.contains("(") else { return text }
        return text.replacingOccurrences(
            of: #"(?<=[^\x00-\x7F])\(([0-9]{1,2})\)"#, with: "$1", options: .regularExpression)
    }

    /// The ways to read `printed`: as printed (compatibility-normalized: full-width letters, half-width
    /// kana; a long-vowel mark before a number as the hyphen it stands for), and, when a Chinese or Japanese plant name is followed by its Latin binomial in parentheses
    /// (香橙（CITRUS JUNOS）果提取物), with the binomial in the plant name's place.
    static func variants(of printed: String) -> [PrintedName] {
        var normalized = printed.precomposedStringWithCompatibilityMapping
        // A katakana long-vowel mark set for a hyphen before a number (PEGー9, ポリグリセリルー2).
        normalized = normalized.replacingOccurrences(of: #"ー(?=[0-9])"#, with: "-", options: .regularExpression)
        var variants = [PrintedName(normalized)]
        variants += latinBinomialInPlace(normalized).map(PrintedName.init)
        variants += optionalCharacterReadings(normalized).map(PrintedName.init)
        variants += glossDropped(normalized).map(PrintedName.init)
        variants += descriptorsDropped(normalized).map(PrintedName.init)
        variants += mixedEsterInOrder(normalized).map(PrintedName.init)
        // The katakana middle dot joins the words of one quasi-drug name (DL-PCA・Na液 Sodium PCA); no part reads it.
        if normalized.unicodeScalars.contains("・") {
            let joined = normalized.replacingOccurrences(of: "・", with: "")
            variants += ([joined] + descriptorsDropped(joined)).map(PrintedName.init)
        }
        return variants
    }

    /// JCIA names an ester or salt of several acids by bracketing the acids, the multiplier before the
    /// bracket applying to each, and the alcohol or cation after it: ジ(カプリル酸/カプリン酸)PG is Propylene Glycol
    /// Dicaprylate/Dicaprate, テトラ(ヒドロキシステアリン酸/イソステアリン酸)ジペンタエリスリチル is Dipentaerythrityl
    /// Tetrahydroxystearate/Tetraisostearate, (カプリル酸/カプリン酸)ヤシアルキル is Coco-Caprylate/Caprate. INCI
    /// puts the alcohol first and each acid as its ester with the multiplier: the name rewritten in that order
    /// (PG(ジカプリル酸/ジカプリン酸)), tried after the name as printed. Only when every bracketed part is an acid
    /// (…酸), so a copolymer's bracket ((アクリル酸Na/…)コポリマー) is never moved.
    static func mixedEsterInOrder(_ text: String) -> [String] {
        guard let match = text.wholeMatch(of: /(ジ|トリ|テトラ|ペンタ|ヘキサ|セスキ)?\(([^()]+)\)([^()\/]+)/) else { return [] }
        let parts = match.output.2.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        let rest = match.output.3.trimmingCharacters(in: .whitespaces)
        guard parts.count >= 2, !rest.isEmpty, parts.allSatisfy({ $0.hasSuffix("酸") && $0.count > 1 }) else {
            return []
        }
        let multiplier = match.output.1.map(String.init) ?? ""
        return [rest + "(" + parts.map { multiplier + $0 }.joined(separator: "/") + ")"]
    }

    /// Japanese quasi-drug names and Chinese chemical names print the configuration and the nitrogen locant
    /// INCI leaves out (L-アルギニン Arginine, N-ステアロイル-L-グルタミン酸ナトリウム Sodium Stearoyl Glutamate,
    /// DL-ピロリドンカルボン酸ナトリウム Sodium PCA, L-抗坏血酸 Ascorbic Acid): the name without `D-`, `L-`, `DL-`
    /// or `N-` before a letter of the name's own script or an abbreviation (DL-PCA・Na液), tried after the name
    /// as printed.
    static func descriptorsDropped(_ text: String) -> [String] {
        let dropped = text.replacingOccurrences(
            of: #"(?<![A-Za-z0-9])(?:DL|D|L|N)-(?=[^\x00-\x7F]|[A-Z]{2,})"#, with: "", options: .regularExpression)
        return dropped != text && !dropped.isEmpty ? [dropped] : []
    }

    /// A name with the gloss labels print after it in brackets left out: an abbreviation (吡硫翁锌（ZPT）,
    /// 丁羟甲苯(BHT)) or the vitamin it is (生育酚（维生素E）, アスコルビン酸(ビタミンC)). Only a gloss at the end
    /// after a name in another script; a carbon chain or a binomial in brackets is part of the name.
    static func glossDropped(_ text: String) -> [String] {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return [] }
        let before = text[..<open].trimmingCharacters(in: .whitespaces)
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let last = before.unicodeScalars.last, !last.isASCII else { return [] }
        let letters = inside.unicodeScalars.filter { ("A"..."Z").contains($0) }.count
        let abbreviation =
            (2...8).contains(inside.count) && letters >= 2
            && inside.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
        let vitamin = ["维生素", "維生素", "ビタミン", "비타민"].contains { inside.hasPrefix($0) } && inside.count <= 8
        return abbreviation || vitamin ? [before] : []
    }

    /// IECIC prints characters a name may be written with or without in brackets: 山梨(糖)醇 is 山梨醇 or
    /// 山梨糖醇, (日用)香精 is 香精, 丙烯酸(酯)类共聚物 is 丙烯酸类共聚物 or 丙烯酸酯类共聚物. A bracket holding only Han
    /// characters (a Latin binomial or a carbon chain is a part of the name, not an option) gives both
    /// readings, the bracket kept first.
    static func optionalCharacterReadings(_ text: String) -> [String] {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return [] }
        let inside = text[text.index(after: open)..<close]
        guard !inside.isEmpty, inside.count <= 4,
            inside.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) })
        else { return [] }
        let before = text[..<open]
        let after = text[text.index(after: close)...]
        return [String(before + inside + after), String(before + after)].filter { !$0.isEmpty }
    }

    /// `香橙(CITRUS JUNOS)果提取物` → `CITRUS JUNOS 果提取物`: a parenthesised run of at least two Latin words
    /// after text in another script replaces that text; then the same with the common name's last Han
    /// character kept, as a herbal drug's name carries its part (葛根(PUERARIA LOBATA)提取物 is the kudzu
    /// *root*'s extract: `PUERARIA LOBATA 根提取物`). The plain reading is tried first.
    static func latinBinomialInPlace(_ text: String) -> [String] {
        guard let replaced = latinBinomialReplacing(text) else { return [] }
        guard let last = replaced.commonName.unicodeScalars.last, (0x4E00...0x9FFF).contains(last.value) else {
            return [replaced.text]
        }
        return [replaced.text, replaced.binomial + " " + String(Character(last)) + replaced.rest]
    }

    private static func latinBinomialReplacing(_ text: String) -> (
        text: String, commonName: String, binomial: String, rest: Substring
    )? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let before = text[..<open].trimmingCharacters(in: .whitespaces)
        let inside = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let words = inside.split(separator: " ")
        guard !before.isEmpty, before.unicodeScalars.allSatisfy({ $0.value >= 0x80 }), words.count >= 2,
            inside.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic && $0.isASCII || $0 == " " || $0 == "-" || $0 == "."
            })
        else { return nil }
        let rest = text[text.index(after: close)...]
        return (inside + " " + rest, before, inside, rest)
    }

    /// Hangul is Korean; kana is Japanese; Han characters alone are Chinese, or Japanese written in kanji
    /// (塩化Na).
    var languages: [Language] {
        var hangul = false
        var kana = false
        var han = false
        for scalar in groups.joined() {
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hangul = true
            case 0x3040...0x30FF, 0x31F0...0x31FF: kana = true
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: han = true
            default: break
            }
        }
        if hangul { return [.korean] }
        if kana { return [.japanese] }
        return han ? [.chinese, .japanese] : []
    }
}
