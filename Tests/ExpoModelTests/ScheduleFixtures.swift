/// Small schedules in the two formats, written the way frab and Pretalx export them.
enum ScheduleFixtures {
    /// frab XML: two days, two rooms; an event with an offset that crosses midnight, one with
    /// a local `<date>` (the conference zone gives its offset), one with only `<start>` after
    /// midnight of its day, durations 00:45 and 1:30:00, a missing title and a bad duration.
    static let frab = """
    <?xml version="1.0" encoding="UTF-8"?>
    <schedule>
      <version>2017-06-01 v1</version>
      <conference>
        <acronym>CRE 2017</acronym>
        <title>China–Russia Expo Forums 2017</title>
        <start>2017-06-15</start>
        <end>2017-06-16</end>
        <days>2</days>
        <timeslot_duration>00:15</timeslot_duration>
        <time_zone_name>Asia/Shanghai</time_zone_name>
      </conference>
      <day index="1" date="2017-06-15" start="2017-06-15T09:00:00+08:00" end="2017-06-16T03:00:00+08:00">
        <room name="Forum Hall">
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000001" id="101">
            <date>2017-06-15T09:30:00+08:00</date>
            <start>09:30</start>
            <duration>00:45</duration>
            <room>Forum Hall</room>
            <slug>cre17-101-opening</slug>
            <title>Opening ceremony</title>
            <subtitle>Welcome</subtitle>
            <track>Trade</track>
            <type>Ceremony</type>
            <language>en</language>
            <abstract>  The fair opens
              with speeches &amp; a ribbon.  </abstract>
            <description/>
            <persons><person id="7">Wang Wei</person><person id="8">Ivan Petrov</person></persons>
            <links><link href="https://example.org">Site</link></links>
          </event>
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000002" id="102">
            <date>2017-06-15T23:30:00+08:00</date>
            <start>23:30</start>
            <duration>1:30:00</duration>
            <room>Forum Hall</room>
            <title>Late round table on logistics</title>
            <type>Round Table</type>
            <description>Rail and river freight. Then questions.</description>
            <persons/>
          </event>
        </room>
        <room name="Room 2">
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000003" id="103">
            <date>2017-06-15T14:00:00</date>
            <start>14:00</start>
            <duration>01:00</duration>
            <title>Matchmaking session</title>
            <type>B2B meeting</type>
          </event>
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000004" id="104">
            <start>01:15</start>
            <duration>00:30</duration>
            <title>After midnight</title>
            <type>talk</type>
          </event>
        </room>
      </day>
      <day index="2" date="2017-06-16" start="2017-06-16T09:00:00+08:00" end="2017-06-16T18:00:00+08:00">
        <room name="Forum Hall">
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000005" id="105">
            <date>2017-06-16T10:00:00+08:00</date>
            <duration>00:30</duration>
            <title></title>
            <type>lecture</type>
          </event>
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000006" id="106">
            <date>2017-06-16T11:00:00+08:00</date>
            <duration>1h30</duration>
            <title>Signing of agreements</title>
            <type>signing</type>
          </event>
        </room>
        <room name="Room 2">
          <event guid="5b0cfa3c-0001-4c8e-9f00-000000000007" id="107">
            <date>2017-06-16T16:00:00+08:00</date>
            <duration>02:00</duration>
            <title>Closing keynote</title>
            <type>Keynote</type>
          </event>
        </room>
      </day>
    </schedule>
    """

    /// c3voc JSON: two days, two rooms, `persons` with `public_name` and `name`, a local date in
    /// Europe/Berlin across the change to summer time, numeric ids, a missing title, a bad
    /// duration and a duplicate id.
    static let c3voc = """
    {
      "$schema": "https://c3voc.de/schedule/schema.json",
      "generator": {"name": "pretalx", "version": "2024.1"},
      "schedule": {
        "version": "1.2",
        "base_url": "https://example.org/",
        "conference": {
          "acronym": "spring-forum",
          "title": "Spring Forum",
          "start": "2017-03-25",
          "end": "2017-03-26",
          "daysCount": 2,
          "timeslot_duration": "00:15",
          "time_zone_name": "Europe/Berlin",
          "days": [
            {
              "index": 1, "date": "2017-03-25",
              "day_start": "2017-03-25T09:00:00+01:00", "day_end": "2017-03-26T04:00:00+02:00",
              "rooms": {
                "Saal 1": [
                  {"guid": "7a1c0e4e-0000-4000-8000-000000000001", "id": 1, "date": "2017-03-25T10:00:00+01:00", "start": "10:00",
                   "duration": "00:45", "room": "Saal 1", "slug": "sf-1", "title": "Keynote: trade routes", "subtitle": "", "track": "Logistics",
                   "type": "keynote", "language": "en", "abstract": "", "description": "Why rail wins. More later.",
                   "persons": [{"id": 1, "public_name": "Anna Schmidt"}, {"name": "Li Na"}], "links": []},
                  {"guid": "7a1c0e4e-0000-4000-8000-000000000002", "id": 2, "date": "2017-03-26T01:30:00", "start": "01:30",
                   "duration": "01:00", "title": "Night owls", "type": "Workshop", "persons": []}
                ],
                "Saal 2": [
                  {"guid": "7a1c0e4e-0000-4000-8000-000000000003", "id": 3, "date": "2017-03-25T11:00:00+01:00", "start": "11:00",
                   "duration": "00:30", "title": "", "type": "talk", "persons": []}
                ]
              }
            },
            {
              "index": 2, "date": "2017-03-26",
              "day_start": "2017-03-26T09:00:00+02:00", "day_end": "2017-03-26T18:00:00+02:00",
              "rooms": {
                "Saal 1": [
                  {"guid": "7a1c0e4e-0000-4000-8000-000000000004", "id": 4, "date": "2017-03-26T10:00:00+02:00", "start": "10:00",
                   "duration": "90 min", "title": "Panel with a bad duration", "type": "panel", "persons": []},
                  {"guid": "7a1c0e4e-0000-4000-8000-000000000005", "id": 1, "date": "2017-03-26T12:00:00+02:00", "start": "12:00",
                   "duration": "0:30", "title": "Same id again", "type": "meetup", "persons": ["Ola Nordmann"]}
                ],
                "Saal 2": []
              }
            }
          ]
        }
      }
    }
    """
}
