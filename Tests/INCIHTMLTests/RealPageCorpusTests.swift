import Foundation
import INCITestSupport
import Testing

/// Exact-match figures on real saved pages: the 25 sephora.com pages in `../shared/data/real-pages` and
/// the project's own corpus of other retailers in `Fixtures/pages`. Each test prints its figure; the
/// floors are the figures reached, so a change that loses a page fails, and a false list always fails.
@Suite struct RealPageCorpusTests {
    @Test(.enabled(if: SharedData.isAvailable, "../shared/data is absent"))
    func sephoraPages() throws {
        let corpus = try RealPageCorpus(folder: SharedData.url("real-pages/sephora"))
        let (tuned, _, text) = corpus.report(try corpus.outcomes(), name: "sephora")
        print(text)
        #expect(tuned.pages == 25)
        #expect(tuned.exact >= Self.sephoraFloor)
        #expect(tuned.falseLists == 0)
    }

    @Test func ownCorpus() throws {
        let corpus = try RealPageCorpus(folder: SharedData.fixture("pages"))
        let (tuned, heldOut, text) = corpus.report(try corpus.outcomes(), name: "Fixtures/pages")
        print(text)
        #expect(tuned.pages + heldOut.pages == corpus.entries.count)
        #expect(tuned.exact >= Self.ownTunedFloor)
        #expect(heldOut.exact >= Self.ownHeldOutFloor)
        #expect(tuned.falseLists + heldOut.falseLists == 0)
    }

    static let sephoraFloor = 21
    static let ownTunedFloor = 0
    static let ownHeldOutFloor = 0
}
