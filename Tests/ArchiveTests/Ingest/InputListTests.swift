import Archive
import Foundation
import Testing

/// The inputs of a run are kept as one buffer of paths (InputList); what comes out must be what
/// went in, in order.
@Suite struct InputListTests {
    @Test func givesBackEachInputInOrder() {
        let inputs: [InputSource] = [.file("seeds/000.txt"), .standardInput, .file("报告/岳阳市 2023.html"),
                                     .file("./-"), .standardInput, .file("/a/b/c.htm")]
        let list = InputList(inputs)
        #expect(list.count == inputs.count)
        #expect(Array(list) == inputs)
        #expect(list[2].name == "报告/岳阳市 2023.html" && list[1] == .standardInput && list[3] == .file("./-"))
        #expect(InputList().isEmpty)
    }

    @Test func aFolderExpandsToItsReportsInNameOrder() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.html", "notes.md", "sub/c.htm", "sub/乙.txt"] {
            try Data("某县召开经济运行调度会。".utf8).write(to: folder.appending(path: name))
        }
        let (sources, problems) = InputFiles.expand([folder.path, "-"])
        #expect(problems.isEmpty)
        #expect(Array(sources) == ["a.html", "b.txt", "sub/c.htm", "sub/乙.txt"].map { .file(folder.path + "/" + $0) } + [.standardInput])
    }
}
