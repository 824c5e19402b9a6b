import ExpoModel
import GRDB

/// The visit plan's database (SQLite through GRDB).
public final class PlanStore {
}
