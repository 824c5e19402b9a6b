/// Country names (English, Russian and Chinese) mapped to ISO 3166-1 alpha-2 codes, for CSV
/// import. Only unambiguous names are listed; "Korea" and "Congo", for example, are not.
public enum CountryCodes {
    static let names: [String: String] = {
        let table: [(String, [String])] = [
            ("CN", ["china", "people's republic of china", "prc", "中国", "中华人民共和国", "китай", "кнр"]),
            ("RU", ["russia", "russian federation", "россия", "российская федерация", "рф", "俄罗斯", "俄罗斯联邦"]),
            ("KZ", ["kazakhstan", "казахстан", "哈萨克斯坦"]),
            ("MN", ["mongolia", "монголия", "蒙古", "蒙古国"]),
            ("BY", ["belarus", "беларусь", "белоруссия", "白俄罗斯"]),
            ("UZ", ["uzbekistan", "узбекистан", "乌兹别克斯坦"]),
            ("KG", ["kyrgyzstan", "киргизия", "кыргызстан", "吉尔吉斯斯坦"]),
            ("TJ", ["tajikistan", "таджикистан", "塔吉克斯坦"]),
            ("AM", ["armenia", "армения", "亚美尼亚"]),
            ("AZ", ["azerbaijan", "азербайджан", "阿塞拜疆"]),
            ("GE", ["georgia", "грузия", "格鲁吉亚"]),
            ("UA", ["ukraine", "украина", "乌克兰"]),
            ("JP", ["japan", "япония", "日本"]),
            ("KR", ["south korea", "republic of korea", "южная корея", "韩国"]),
            ("KP", ["north korea", "dprk", "кндр", "朝鲜"]),
            ("IN", ["india", "индия", "印度"]),
            ("VN", ["vietnam", "viet nam", "вьетнам", "越南"]),
            ("TH", ["thailand", "таиланд", "泰国"]),
            ("SG", ["singapore", "сингапур", "新加坡"]),
            ("MY", ["malaysia", "малайзия", "马来西亚"]),
            ("ID", ["indonesia", "индонезия", "印度尼西亚"]),
            ("PK", ["pakistan", "пакистан", "巴基斯坦"]),
            ("TR", ["turkey", "türkiye", "турция", "土耳其"]),
            ("IR", ["iran", "иран", "伊朗"]),
            ("DE", ["germany", "германия", "德国"]),
            ("FR", ["france", "франция", "法国"]),
            ("IT", ["italy", "италия", "意大利"]),
            ("ES", ["spain", "испания", "西班牙"]),
            ("GB", ["united kingdom", "uk", "great britain", "великобритания", "英国"]),
            ("PL", ["poland", "польша", "波兰"]),
            ("CZ", ["czechia", "czech republic", "чехия", "捷克"]),
            ("FI", ["finland", "финляндия", "芬兰"]),
            ("US", ["united states", "united states of america", "usa", "сша", "美国"]),
            ("CA", ["canada", "канада", "加拿大"]),
            ("BR", ["brazil", "бразилия", "巴西"]),
            ("AU", ["australia", "австралия", "澳大利亚"]),
            ("EG", ["egypt", "египет", "埃及"]),
            ("ZA", ["south africa", "юар", "南非"]),
            ("AE", ["united arab emirates", "uae", "оаэ", "阿联酋"]),
        ]
        var t: [String: String] = [:]
        for (code, names) in table { for n in names { t[n] = code } }
        return t
    }()

    /// The code for a country cell: an ISO code as it is (upper-cased), or a known name.
    /// Returns nil when the text is neither.
    public static func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: " \t")
        let upper = trimmed.uppercased()
        if upper.count == 2, upper.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) {
            return upper
        }
        return names[trimmed.lowercased()]
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        // Fast path: an ASCII set and a string that neither starts nor ends with one of its bytes
        // (most cells) is returned as it is.
        if let first = utf8.first, let last = utf8.last, set.utf8.allSatisfy({ $0 < 0x80 }),
           !set.utf8.contains(first), !set.utf8.contains(last) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
