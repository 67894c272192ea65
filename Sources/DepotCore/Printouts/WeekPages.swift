/// Lays plain-text printouts out on A4 pages: at most 80 columns and `linesPerPage` lines, a header on every page
/// with the library, the title, the week and "side x af y", pages separated by a form feed.
struct WeekPages {
    /// 64 lines of 80 columns fit an A4 sheet at 6 lines per inch with the usual printer margins.
    static let linesPerPage = 64
    static let width = 78

    let library: String
    let title: String
    let weekLine: String
    let words: WeekWords

    /// The blocks on as many pages as they need; a block is not split unless it is longer than a page.
    func render(_ blocks: [[String]]) -> [String] {
        let bodyLines = WeekPages.linesPerPage - 4
        var pages: [[String]] = [[]]
        for block in blocks {
            if !pages[pages.count - 1].isEmpty && pages[pages.count - 1].count + block.count > bodyLines {
                pages.append([])
            }
            for line in block {
                if pages[pages.count - 1].count >= bodyLines { pages.append([]) }
                pages[pages.count - 1].append(line)
            }
        }
        return pages.enumerated().map { number, body in
            let pageText = words.page(number + 1, of: pages.count)
            let room = WeekPages.width - pageText.count - 1
            let name = library.count > room ? String(library.prefix(room - 1)) + "…" : library
            var lines = [name + String(repeating: " ", count: WeekPages.width - name.count - pageText.count) + pageText]
            lines.append(WeekPages.cut("\(title) · \(weekLine)", WeekPages.width))
            lines.append(String(repeating: "=", count: WeekPages.width))
            lines.append("")
            lines += body
            while lines.last == "" { lines.removeLast() }
            // Lines hold names and notes from the library: a control character in them is shown, not obeyed.
            return lines.map { WeekPages.cut(TerminalSafe.escape($0), WeekPages.width) }.joined(separator: "\n") + "\n"
        }
    }

    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func wrap(_ text: String, indent: String) -> [String] {
        TextWrap.lines(text, width: width, firstIndent: indent, indent: indent)
    }
}
