/// The catalogue that ships inside the `pavilion` binary.
public enum BundledCatalog {
    /// The UTF-8 JSON bytes of `Assets/catalogs/china-russia-expo.json`.
    public static var bytes: [UInt8] { PackageResources.china_russia_expo_json }
    /// The file name it was built from, for messages.
    public static let name = "china-russia-expo.json"
}
