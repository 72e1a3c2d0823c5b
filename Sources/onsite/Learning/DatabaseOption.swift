import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStore

/// `--database PATH`: the SQLite file that holds the user's history, shared by every command.
struct DatabaseOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The SQLite database (default: $ONSITE_DATABASE, else onsite.sqlite in $ONSITE_DATA, $XDG_DATA_HOME/onsite or ~/.local/share/onsite).",
            valueName: "path"))
    var database: String?

    /// The database file this command uses.
    var url: URL {
        database.map { URL(fileURLWithPath: $0) } ?? DataLocation.database(environment: Environment.values)
    }

    /// Opens (creating if needed) the database; a store error becomes one readable line.
    func open() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: url.path)
        } catch {
            throw ValidationError(error.message)
        }
    }
}

extension DatabaseOption {
    /// Adds a submission to the history database. The folder keeps its own record, so a
    /// database that cannot be written costs only the history entry, with a warning.
    func keep(_ report: SubmissionReport, of exercise: Exercise) {
        do {
            _ = try open().record(try StoredSubmission(report, of: exercise, at: Date()))
        } catch {
            printError("onsite: the submission is kept in the folder, but not in your history: \(error)")
        }
    }
}
