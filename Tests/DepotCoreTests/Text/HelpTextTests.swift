import Foundation
import Testing

@testable import DepotCore

/// The command line's help in Danish (issue 15): the commands' own texts (`HelpText`) and the words the argument
/// parser writes itself (`ArgumentParserText.spokenHelp`).
struct HelpTextTests {
    /// A help text as swift-argument-parser 1.8.2 lays it out, with the commands' texts already in Danish.
    private let help = """
        OVERSIGT: Vis, tilføj og fjern de lukkedage, der kommer igen hvert år.

        USAGE: depot closures <subcommand>

        ARGUMENTS:
          <span>                  Dagene: uge 28-30. (default: uge 7)

        OPTIONS:
          --format <format>       Formatet. (values: text, json; default: text)
          --excel                 CSV for Excel. (values: csv, json, xlsx;
                                  default: csv)
          --list                  Listen. (values:
                                  text, json; default: text)
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          list (default)          Vis de tilbagevendende lukninger.
          help                    Show subcommand help information.

          See 'depot help closures <subcommand>' for detailed help.
        """

    @Test func theParsersWordsAreDanishAndTheNamesKept() {
        let said = ArgumentParserText.spokenHelp(help, in: .danish)
        let expected = """
            OVERSIGT: Vis, tilføj og fjern de lukkedage, der kommer igen hvert år.

            BRUG: depot closures <underkommando>

            ARGUMENTER:
              <span>                  Dagene: uge 28-30. (standard: uge 7)

            TILVALG:
              --format <format>       Formatet. (værdier: text, json; standard: text)
              --excel                 CSV for Excel. (værdier: csv, json, xlsx;
                                      standard: csv)
              --list                  Listen. (værdier:
                                      text, json; standard: text)
              --version               Vis versionen.
              -h, --help              Vis hjælpen.

            UNDERKOMMANDOER:
              list (standard)         Vis de tilbagevendende lukninger.
              help                    Vis hjælpen til en underkommando.

              Se 'depot help closures <underkommando>' for mere hjælp.
            """
        #expect(said == expected)
    }

    @Test func theEnglishHelpIsLeftAsTheParserWroteIt() {
        #expect(ArgumentParserText.spokenHelp(help, in: .english) == help)
    }

    @Test func aHeadingIsSaidOnlyOnALineOfItsOwn() {
        let line = "  --kind <kind>           OPTIONS: is a word here."
        #expect(ArgumentParserText.spokenHelp(line, in: .danish) == line)
    }

    /// Every text of the help has a Danish that is not the English one left in place.
    @Test func everyHelpTextIsSaidInDanish() {
        let danish = TextBook(.danish)
        let english = TextBook(.english)
        let untranslated = HelpText.allCases.filter { danish[$0] == english[$0] }.map(\.rawValue)
        #expect(untranslated.isEmpty)
        #expect(HelpText.missing(in: .danish).isEmpty && HelpText.missing(in: .english).isEmpty)
    }

    /// A value a field cannot have names the field in words, not the Swift type the decoder names.
    @Test func aRejectedValueNamesTheFieldNotTheSwiftType() {
        let english = "\"events[2].kind\": Cannot initialize Kind from invalid String value \"zoo\""
        let danish = JSONProblemText.spoken(english, in: .danish)
        #expect(danish == "\"events[2].kind\": feltet kan ikke have værdien \"zoo\"")
        #expect(!danish.contains("Kind "))
        #expect(
            JSONProblemText.spoken("Cannot initialize AgeBand from invalid Int value 7", in: .danish)
                == "feltet kan ikke have tallet 7")
        #expect(JSONProblemText.spoken(english, in: .english) == english)
    }
}
