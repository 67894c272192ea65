/// Certificates (*diplomer*) for the readers of a round: one page each with name, class, school, round and placement.
public enum CompetitionCertificates {
    /// A self-contained HTML document with one certificate per page when printed.
    public static func html(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        let ranking = Dictionary(uniqueKeysWithValues: competition.ranking(round: round).map { ($0.readerID, $0) })
        let scored = competition.round(round).hasScores
        let roundName = words.round(competition.format.rounds[round])
        var body = ""
        for id in competition.round(round).readerIDs {
            guard let reader = competition.reader(id) else { continue }
            var placement = words.book[CompetitionPrintText.forTakingPart]
            if scored, let entry = ranking[id], entry.isComplete, !entry.needsReadOff {
                placement = entry.sharesPlace ? words.jointPlacement(entry.place) : words.placement(entry.place)
            }
            body += """
                <section class="page certificate">
                <p class="kind">\(words.book[CompetitionPrintText.certificate])</p>
                <p class="name">\(HTMLPage.escape(reader.firstName))</p>
                <p>\(HTMLPage.escape(reader.className)), \(HTMLPage.escape(reader.school))</p>
                <p class="placement">\(HTMLPage.escape(placement))</p>
                <p>\(HTMLPage.escape(roundName)) – \(HTMLPage.escape(event.title))</p>
                <p class="muted">\(HTMLPage.escape(words.dayText.long(competition.round(round).day ?? event.startsOn)))</p>
                </section>

                """
        }
        let style = """
            .certificate { text-align: center; border: 6px double #7a5c1e; padding: 3em 2em; margin-bottom: 2em;
              min-height: 22cm; box-sizing: border-box; }
            .certificate .kind { font-size: 2.6em; letter-spacing: 0.1em; margin-top: 2em; }
            .certificate .name { font-size: 3em; font-weight: bold; margin: 1em 0 0.3em; }
            .certificate .placement { font-size: 1.8em; margin: 1em 0; }
            @page { margin: 1.5cm; @bottom-center { content: none; } }
            """
        return HTMLPage.document(
            title: words.book[CompetitionPrintText.certificatesHeading] + event.title, language: language, body: body,
            extraStyle: style)
    }
}
