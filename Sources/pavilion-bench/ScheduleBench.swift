import Foundation

/// A synthetic conference schedule, to time `pavilion import SCHEDULE --expo ID` with
/// `/usr/bin/time -v`: `pavilion-bench --write-schedule s.xml --schedule-events 5000` writes frab
/// XML, a path ending in `.json` c3voc JSON. Five days of 25 rooms; every third event has a local
/// date (given the zone's offset), the others `+08:00`; two speakers, a track and an abstract each.
enum ScheduleBench {
    static let types = ["lecture", "workshop", "panel", "keynote", "round table"]

    static func write(events: Int, to path: String) throws {
        let days = 5, rooms = 25
        let perSlot = max(1, (events + days * rooms - 1) / (days * rooms))
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<schedule><version>bench</version><conference><acronym>bench</acronym><title>Synthetic Forum</title>"
            + "<start>2025-06-16</start><end>2025-06-20</end><days>5</days><timeslot_duration>00:15</timeslot_duration><time_zone_name>Asia/Harbin</time_zone_name></conference>\n"
        var jsonDays: [[String: Any]] = []
        var k = 0
        for d in 0..<days {
            let date = "2025-06-\(16 + d)"
            xml += #"<day index="\#(d + 1)" date="\#(date)" start="\#(date)T09:00:00+08:00" end="\#(date)T23:00:00+08:00">"# + "\n"
            var jsonRooms: [String: Any] = [:]
            for r in 1...rooms {
                xml += #"<room name="Room \#(r)">"# + "\n"
                var list: [[String: Any]] = []
                for i in 0..<perSlot where k < events {
                    k += 1
                    let minutes = 9 * 60 + i * 20 % (13 * 60)
                    let start = String(format: "%02d:%02d", minutes / 60, minutes % 60)
                    let when = "\(date)T\(start):00" + (k % 3 == 0 ? "" : "+08:00")
                    let abstract = "Talk number \(k) about trade & logistics in room \(r). It goes on for a while with details."
                    xml += #"<event guid="00000000-0000-4000-8000-\#(String(format: "%012d", k))" id="\#(k)"><date>\#(when)</date><start>\#(start)</start>"#
                        + "<duration>00:45</duration><room>Room \(r)</room><slug>bench-\(k)</slug><title>Session \(k): cross-border trade</title><subtitle/>"
                        + "<track>Track \(r % 5)</track><type>\(types[k % 5])</type><language>en</language><abstract>\(abstract.replacingOccurrences(of: "&", with: "&amp;"))</abstract>"
                        + #"<description>Longer text. More.</description><persons><person id="\#(k)">Speaker \#(k)</person><person id="\#(k + 1)">Co-speaker \#(k)</person></persons><links/></event>"# + "\n"
                    list.append(["guid": "00000000-0000-4000-8000-\(String(format: "%012d", k))", "id": k, "date": when, "start": start, "duration": "00:45",
                                 "room": "Room \(r)", "title": "Session \(k): cross-border trade", "track": "Track \(r % 5)", "type": types[k % 5],
                                 "abstract": abstract, "description": "Longer text. More.",
                                 "persons": [["public_name": "Speaker \(k)"], ["public_name": "Co-speaker \(k)"]]])
                }
                xml += "</room>\n"
                jsonRooms["Room \(r)"] = list
            }
            xml += "</day>\n"
            jsonDays.append(["index": d + 1, "date": date, "day_start": "\(date)T09:00:00+08:00", "rooms": jsonRooms])
        }
        xml += "</schedule>\n"
        let data: Data
        if path.hasSuffix(".json") {
            let conference: [String: Any] = ["acronym": "bench", "title": "Synthetic Forum", "start": "2025-06-16", "end": "2025-06-20", "time_zone_name": "Asia/Harbin", "days": jsonDays]
            data = try JSONSerialization.data(withJSONObject: ["schedule": ["version": "bench", "conference": conference]], options: [.sortedKeys])
        } else {
            data = Data(xml.utf8)
        }
        try data.write(to: URL(fileURLWithPath: path))
        print("wrote \(k) events to \(path) (\(data.count / 1000) KB); time it with: /usr/bin/time -v pavilion import \(path) --expo bench -o out.json")
    }
}
