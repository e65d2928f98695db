/// Whether a printed name that is no known name is a misspelling of a dictionary name close to it, and
/// how sure that reading is. Calibrated on data (`FuzzyCalibrationTests`): pairs of distinct CosIng
/// ingredients a few letters apart must stay apart, real label typos from the corpora must resolve.
///
/// - The words the printed name has and the dictionary name lacks, leaving aside words that are only
///   spaced differently (`Di-Methicone`, `Seedextract`), are the *changed words*. When one of them is a
///   word of the vocabulary (`NameVocabulary`: the words of every known and registered name), the name
///   is not misspelt but another name: `Retinal` is not Retinol, the `D` of `Vitamin D3` not the `B`
///   of `Vitamin B3`.
/// - A vowel changed for another in the last three letters of a word changes the compound, not the
///   spelling, even in a name the vocabulary lacks: `-al`/`-ol` (Farnesal, Farnesol), `-ase`/`-ose`
///   (Cellulase, Cellulose), `-ene`/`-ane`, `-ite`/`-ate` (Sodium Nitrite, Sodium Nitrate).
/// - The confidence is the share of the changed words' letters left intact, `1 - edits / letters`,
///   where a space or hyphen added or dropped counts half a letter (it is the same name, spaced
///   otherwise): one wrong letter in `Niacinimide` is 0.91, `Octyl Dodecanol` 0.96. Hangul is compared
///   by its letters (jamo), as one wrong jamo is a typo (시트르 for 시트릭) but a wrong syllable often
///   another word (노근 reed root, 노니 noni).
/// - A reading counts only at or above the one fuzzy threshold, `fuzzy-minimum-confidence` in
///   `scoring/weights.txt`: below it the name is unknown (with the close names as suggestions), for
///   the matcher and the scorer alike.
public enum MisspellingRule {
    /// The judgement on one printed name and one dictionary name.
    public struct Verdict: Sendable, Hashable {
        /// `1 - edits / letters` of the changed words, rounded to hundredths; 0 when refused outright.
        public let confidence: Double
        /// Why the reading is refused outright, if it is: the changed words the vocabulary knows, or the
        /// changed word whose ending vowel changed.
        public let refusedFor: [String]
    }

    /// Judges reading `query` (a name key) as `candidate` (a name key).
    /// - Parameters:
    ///   - query: the printed name's key.
    ///   - candidate: the dictionary name's key it may be a misspelling of.
    ///   - wordCount: how many known names contain a word (the vocabulary, or in the calibration the
    ///     vocabulary without the name being tested).
    public static func judge(query: String, candidate: String, wordCount: (Substring) -> Int) -> Verdict {
        let compactCandidate = candidate.filter { $0 != " " }
        // Words only spaced otherwise are in the candidate's letters as they are.
        let changed = changedWords(query, candidate).filter { !compactCandidate.contains($0) }
        let known = changed.filter { wordCount($0) > 0 }.map(String.init)
        guard known.isEmpty else { return Verdict(confidence: 0, refusedFor: known) }
        let hangul = query.unicodeScalars.contains { HangulLetters.isSyllable($0) }
        let compactQuery = query.filter { $0 != " " }
        let a = hangul ? HangulLetters.decomposed(compactQuery) : compactQuery.unicodeScalars.map(\.value)
        let b = hangul ? HangulLetters.decomposed(compactCandidate) : compactCandidate.unicodeScalars.map(\.value)
        if !hangul, let word = changedEndingVowel(query, candidate) {
            return Verdict(confidence: 0, refusedFor: [word])
        }
        guard let letterEdits = FuzzyIndex.distance(a, b, limit: max(a.count, b.count)) else {
            return Verdict(confidence: 0, refusedFor: [])
        }
        let spacing = abs(query.count(where: { $0 == " " }) - candidate.count(where: { $0 == " " }))
        let letters =
            hangul ? a.count : max(changedWords(query, candidate).reduce(0) { $0 + $1.unicodeScalars.count }, 1)
        let edits = Double(letterEdits) + (letterEdits == 0 ? 0.5 * Double(max(spacing, 1)) : 0.5 * Double(spacing))
        return Verdict(confidence: max(0, 1 - edits / Double(letters)).rounded(toPlaces: 2), refusedFor: [])
    }

    /// The words of `query` that `candidate` does not have (as a multiset: `Sodium Sodium` lacks one).
    /// Keys without spaces (Hangul, kana, Han) are one word.
    static func changedWords(_ query: String, _ candidate: String) -> [Substring] {
        var remaining: [Substring: Int] = [:]
        for word in candidate.split(separator: " ") { remaining[word, default: 0] += 1 }
        var changed: [Substring] = []
        for word in query.split(separator: " ") {
            if let count = remaining[word], count > 0 { remaining[word] = count - 1 } else { changed.append(word) }
        }
        return changed
    }

    private static let vowels: Set<Character> = Set("aeiouy")

    /// The query's word that differs from the candidate's word at the same place only by vowels, one
    /// of them in its last three letters (`farnesal`, `farnesol`), if any.
    static func changedEndingVowel(_ query: String, _ candidate: String) -> String? {
        let queryWords = query.split(separator: " ")
        let candidateWords = candidate.split(separator: " ")
        guard queryWords.count == candidateWords.count else { return nil }
        for (word, other) in zip(queryWords, candidateWords) where word != other && word.count == other.count {
            let pairs = Array(zip(word, other))
            for (index, (x, y)) in pairs.enumerated() where x != y && vowels.contains(x) && vowels.contains(y) {
                if pairs.count - index <= 3 { return String(word) }
            }
        }
        return nil
    }
}

/// Hangul syllables as their letters (jamo), so that distances count letters, as they do in Latin script.
enum HangulLetters {
    static func isSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// The scalars of `text`, each Hangul syllable replaced by its initial, medial and (if any) final jamo.
    static func decomposed(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        for scalar in text.unicodeScalars {
            guard isSyllable(scalar) else {
                out.append(scalar.value)
                continue
            }
            let index = scalar.value - 0xAC00
            out.append(0x1100 + index / 588)
            out.append(0x1161 + (index % 588) / 28)
            if index % 28 != 0 { out.append(0x11A7 + index % 28) }
        }
        return out
    }
}
