import Testing
@testable import ExpoStore
