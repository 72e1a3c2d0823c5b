import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// `/api/v1/stats`: readiness per area, its trend, and the weakest areas.
struct LearningAPI: Sendable {
    let services: ServerServices

    struct Stats: Encodable, Sendable {
        var overall: Double
        var recallOn: String
        var areas: [AreaReadiness]
        var trend: [ReadinessTrend.Point]
        var weakest: [ReadinessAdvice]
        var dueCards: Int
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.get("/stats") { _, context in
            let store = services.store(for: try context.requireVisitor())
            let now = services.now()
            let snapshot = try LearnerHistory(store: store, bank: services.bank).readiness(now: now)
            return JSONResponse(
                .ok,
                Stats(
                    overall: snapshot.readiness.overall, recallOn: snapshot.recallOn.description,
                    areas: snapshot.readiness.areas, trend: snapshot.trend.points,
                    weakest: snapshot.readiness.weakest(3),
                    dueCards: try ReviewCards(store: store).dueCount(at: now)))
        }
    }
}
