import Testing
@testable import ExpoModel

@Suite struct FormatTests {
    @Test func grouped() {
        #expect(Format.grouped(0) == "0")
        #expect(Format.grouped(999) == "999")
        #expect(Format.grouped(2550) == "2,550")
        #expect(Format.grouped(1_000_000) == "1,000,000")
        #expect(Format.grouped(-2550) == "-2,550")
        #expect(Format.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func number() {
        #expect(Format.number(84) == "84")
        #expect(Format.number(2.5) == "2.5")
        #expect(Format.number(86000) == "86,000")
        #expect(Format.number(-5) == "-5")
    }

    @Test func area() {
        #expect(Format.area(84) == "84 m²")
        #expect(Format.area(12.5) == "12.5 m²")
        #expect(Format.area(nil) == "—")
    }

    @Test func money() {
        #expect(Format.money(30_000_000_000, "CNY") == "30 bn CNY")
        #expect(Format.money(3_150_000_000, "USD") == "3.2 bn USD")
        #expect(Format.money(4_400_000_000, "USD") == "4.4 bn USD")
        #expect(Format.money(2_500_000, "RUB") == "2.5 m RUB")
        #expect(Format.money(999, "EUR") == "999 EUR")
    }
}
