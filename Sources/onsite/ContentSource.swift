import ArgumentParser
import Foundation
import Logging
import OnsiteContent

/// Loads the bundled content merged with the user's packs, as every command needs it.
struct ContentSource {
    var global: GlobalOptions
    var logger: Logger

    func load() throws -> LoadedContent {
        guard let bundled = ContentLocations.bundled() else {
            throw ValidationError(
                "cannot find the bundled content folder; set \(ContentLocations.bundledVariable) to the Content/ folder of your onsite checkout"
            )
        }
        let folders = [bundled] + ContentLocations.packs(flags: global.contentFolders)
        let started = ContinuousClock.now
        let loaded = try ContentLoader().load(folders)
        logger.debug(
            "loaded content",
            metadata: [
                "folders": "\(folders.map(\.path))",
                "items": "\(loaded.sources.count)",
                "duration": "\(ContinuousClock.now - started)",
            ])
        return loaded
    }
}
