import Foundation
import INCIBatch
import Testing

/// The one folder walk: order, selection, problems as inputs, loops and duplicates.
@Suite struct InputWalkerTests {
    /// A temporary folder tree, removed at the end of the test.
    final class Tree {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appending(path: "inci-walker-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: root) }
        func file(_ relative: String, _ text: String = "x") throws {
            let url = root.appending(path: relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        func link(_ relative: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: root.appending(path: relative).path, withDestinationPath: target)
        }
        var path: String { root.path }
    }

    @Test func foldersAreWalkedInPathOrderWithTheirSelection() throws {
        let tree = try Tree()
        for name in ["b.html", "a.HTM", "z/c.json", "notes.txt", "y/d.html", "y/sub/e.html", "Ä.html"] {
            try tree.file(name)
        }
        let inputs = InputWalker(.extensions(["html", "htm", "json"])).inputs([tree.path])
        #expect(
            inputs.map { InputWalker.relativePath($0.path, root: tree.path) } == [
                "a.HTM", "b.html", "y/d.html", "y/sub/e.html", "z/c.json", "Ä.html",
            ])
        #expect(inputs.allSatisfy { $0.problem == nil })
    }

    @Test func argumentsKeepTheirOrderAndAFileArgumentIsTakenWhateverItsName() throws {
        let tree = try Tree()
        try tree.file("b/1.html")
        try tree.file("a/2.html")
        try tree.file("list.txt")
        let inputs = InputWalker(.extensions(["html"])).inputs([
            tree.path + "/b", tree.path + "/list.txt", tree.path + "/a",
        ])
        #expect(inputs.map(\.path) == [tree.path + "/b/1.html", tree.path + "/list.txt", tree.path + "/a/2.html"])
    }

    @Test func globMatchesTheNameOrTheRelativePath() throws {
        let tree = try Tree()
        for name in ["keep.html", "skip.html", "pages/keep2.html", "pages/other.htm"] { try tree.file(name) }
        #expect(InputWalker(.glob("keep*")).inputs([tree.path]).count == 2)
        #expect(
            InputWalker(.glob("pages/*")).inputs([tree.path]).map { InputWalker.relativePath($0.path, root: tree.path) }
                == ["pages/keep2.html", "pages/other.htm"])
    }

    @Test func problemsAreInputsAndTheWalkGoesOn() throws {
        let tree = try Tree()
        try tree.file("ok.html")
        try tree.link("dangling.html", to: tree.path + "/gone.html")
        let inputs = InputWalker(.extensions(["html"])).inputs([tree.path + "/missing.html", tree.path])
        #expect(inputs.count == 3)
        #expect(inputs[0].problem == .missing(path: tree.path + "/missing.html"))
        #expect(inputs[1].problem?.kind == "missing")
        #expect(inputs[1].path.hasSuffix("dangling.html"))
        #expect(inputs[2].problem == nil)
        #expect(inputs[0].problem?.description == "cannot read '\(tree.path)/missing.html': no such file or folder")
    }

    @Test func aSymlinkLoopIsEnteredOnceAndDuplicatesAreDropped() throws {
        let tree = try Tree()
        try tree.file("a/page.html")
        try tree.link("a/loop", to: tree.path)
        let inputs = InputWalker(.extensions(["html"])).inputs([tree.path, tree.path + "/a/page.html"])
        #expect(inputs.map(\.path) == [tree.path + "/a/page.html"])
    }

    @Test func pathExtensionIgnoresFoldersAndLeadingDots() {
        #expect(InputFile(path: "a.b/c").pathExtension == "")
        #expect(InputFile(path: "dir/.hidden").pathExtension == "")
        #expect(InputFile(path: "dir/Page.HTML").pathExtension == "html")
    }
}
