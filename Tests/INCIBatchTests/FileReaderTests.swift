import Foundation
import INCIBatch
import Testing

/// Whole-file reads with typed errors that name the path.
@Suite struct FileReaderTests {
    @Test func readsBytesAndRefusesWhatIsNotARegularFileOrTooLarge() throws {
        let tree = try InputWalkerTests.Tree()
        try tree.file("page.html", "<p>Water</p>")
        #expect(try FileReader.read(tree.path + "/page.html") == Array("<p>Water</p>".utf8))
        #expect(throws: InputError.tooLarge(path: tree.path + "/page.html", size: 12, limit: 4)) {
            try FileReader.read(tree.path + "/page.html", limit: 4)
        }
        #expect(throws: InputError.notAFile(path: tree.path, isFolder: true)) { try FileReader.read(tree.path) }
        #expect(throws: InputError.missing(path: tree.path + "/none")) { try FileReader.read(tree.path + "/none") }
        #expect(InputError.notAFile(path: "x", isFolder: true).description == "cannot read 'x': it is a directory")
    }

    @Test func utf8TextIsValidated() throws {
        let tree = try InputWalkerTests.Tree()
        try tree.file("ok.txt", "Glycérine")
        #expect(try FileReader.readUTF8(tree.path + "/ok.txt") == "Glycérine")
        try Data([0x47, 0xE9, 0x0A]).write(to: tree.root.appending(path: "latin1.txt"))
        #expect(try FileReader.readUTF8(tree.path + "/latin1.txt") == nil)
    }

    @Test func anUnreadableFileIsUnreadableNotMissing() throws {
        guard getuid() != 0 else { return }  // root reads everything; the scan tests cover this case as nobody
        let tree = try InputWalkerTests.Tree()
        try tree.file("secret.html")
        chmod(tree.path + "/secret.html", 0)
        #expect(throws: InputError.self) { try FileReader.read(tree.path + "/secret.html") }
        do { _ = try FileReader.read(tree.path + "/secret.html") } catch { #expect(error.kind == "unreadable") }
    }
}
