import Foundation
import INCICore
import Testing

/// The composer against the names the project lists by hand (`aliases/ko.txt`): composing each listed
/// Korean name without its listing must give the listed INCI name or nothing. Every fifth pair is held
/// out: the morpheme tables were tuned on the other four, so a gap between the two figures is a finding.
@Suite struct ComposerAgreementTests {
    struct Agreement {
        var pairs = 0
        var composed = 0
        var agreed = 0
        var disagreements: [String] = []

        var precision: Double { Double(agreed) / Double(max(composed, 1)) }
        var recall: Double { Double(agreed) / Double(max(pairs, 1)) }

        func report(_ name: String) -> String {
            "\(name): \(pairs) listed names, \(composed) composed, \(agreed) as listed: "
                + "precision \((precision * 1000).rounded() / 10)%, recall \((recall * 1000).rounded() / 10)%"
        }
    }

    static func agreement(_ pairs: [(alias: String, target: String)]) -> Agreement {
        let dictionary = ProjectDictionary.dictionary
        var agreement = Agreement()
        for (alias, target) in pairs {
            agreement.pairs += 1
            guard let expected = dictionary.ingredient(named: target) else { continue }
            guard let result = dictionary.composer.compose(alias) else { continue }
            agreement.composed += 1
            if result.ingredient.name == expected.name
                || CompactKey.make(result.ingredient.name) == CompactKey.make(target)
            {
                agreement.agreed += 1
            } else {
                agreement.disagreements.append(
                    "\(alias) = \(target), composed \(result.ingredient.name) [\(result.composition.summary)]")
            }
        }
        return agreement
    }

    @Test func koreanListedNames() {
        let pairs = ProjectDictionary.aliases("ko")
        #expect(pairs.count > 5000)
        let tuned = Self.agreement(pairs.enumerated().filter { $0.offset % 5 != 4 }.map(\.element))
        let heldOut = Self.agreement(pairs.enumerated().filter { $0.offset % 5 == 4 }.map(\.element))
        print(tuned.report("aliases/ko.txt, tuned part"))
        print(heldOut.report("aliases/ko.txt, held-out part (every fifth)"))
        print(
            "tuned part, composed differently from the listing (first 60):\n  "
                + tuned.disagreements.prefix(60).joined(separator: "\n  "))
        #expect(tuned.precision >= 0.97)
        #expect(heldOut.precision >= 0.95)
    }
}
