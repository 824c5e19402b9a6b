import Foundation

/// A small format-version-2 catalogue with halls and events, written by the events tests: two
/// expos; a hall referred to by a booth and two events; an event in Chinese with a Russian
/// venue; a signing whose end carries another UTC offset; a three-day business event given by
/// dates alone; an event with no start.
enum EventsTestCatalogue {
    static let text = """
        {
          "format": "pavilion-catalog",
          "version": 2,
          "title": "Events fair",
          "synthetic": true,
          "sources": [{"id": "s1", "title": "Programme of the fair", "publisher": "Organising committee", "url": "https://example.org/programme"}],
          "expos": [
            {"id": "f17", "name": "Fair 2017", "start": "2017-06-15", "end": "2017-06-19"},
            {"id": "f18", "name": "Fair 2018", "start": "2018-07-09"}
          ],
          "halls": [{"id": "f17-a", "expo": "f17", "name": "Hall A", "area_sqm": 12000, "summary": "The main hall.", "sources": ["s1"]}],
          "delegations": [{"id": "f17-amur", "expo": "f17", "name": "Amur delegation", "kind": "regional"}],
          "events": [
            {"id": "sign", "expo": "f17", "title": "Signing ceremony", "kind": "signing", "start": "2017-06-16T10:00+08:00", "end": "2017-06-16T02:30Z", "hall": "f17-a"},
            {"id": "forum", "expo": "f17", "title": "中俄博览会论坛", "kind": "forum", "start": "2017-06-15T09:30", "end": "2017-06-15T12:00",
             "venue": "Конференц-зал", "organisers": ["f17-amur"], "speakers": ["A. Ivanov", "Li Wei"], "topics": ["trade", "logistics"],
             "summary": "Opening forum of the fair.", "sources": ["s1"]},
            {"id": "bday", "expo": "f17", "title": "Business days", "kind": "business-day", "start": "2017-06-15", "end": "2017-06-17", "hall": "f17-a"},
            {"id": "tbd", "expo": "f17", "title": "Closing round table", "kind": "round-table"},
            {"id": "open18", "expo": "f18", "title": "Opening", "kind": "ceremony", "start": "2018-07-09T09:00", "venue": "Main square"}
          ],
          "exhibitors": [{"id": "x1", "name": "Acme"}],
          "booths": [
            {"id": "b1", "expo": "f17", "exhibitor": "x1", "code": "A-1", "hall": "f17-a"},
            {"id": "b2", "expo": "f17", "exhibitor": "x1", "code": "B-1", "hall": "Hall B"}
          ]
        }

        """

    /// Writes the catalogue into `dir` and returns its path.
    static func write(in dir: TempDirectory) throws -> String {
        try dir.write("events.json", text)
    }

    /// A catalogue of `count` events at one expo, for output too long for a pipe's buffer.
    static func many(_ count: Int) -> String {
        let events = (0..<count).map { i in
            "{\"id\": \"e\(i)\", \"expo\": \"f\", \"title\": \"Session number \(i) of the long programme\", \"kind\": \"session\", \"start\": \"2017-06-15T\(10 + i % 8):00\"}"
        }
        return """
            {"format": "pavilion-catalog", "version": 2, "title": "Long programme", "synthetic": true,
             "expos": [{"id": "f", "name": "Fair"}],
             "events": [\(events.joined(separator: ",\n"))]}

            """
    }
}
