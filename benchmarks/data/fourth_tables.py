"""A fourth set of everyday table requests on ten more tables, and the builder of fourth_tables.json.

Written by engineer P4 on 2026-12-06 (session 11), so that the team has table requests nobody has
tuned on: by session 11 every earlier set's dev half has steered choices. The ten tables (a vet
clinic's appointments, a bakery's wholesale orders, a climbing gym's memberships, a ferry
timetable, a courier's deliveries, a recording studio's bookings, a swimming club's meet entries,
an IT helpdesk queue, a charity shop's donations, beehive inspections) and every request were
written from scratch, imagining users who select a whole table and type to the assistant: terse,
chatty, questions, their own words for columns, numbers in many formats and in words, quoted and
bare text, typos, negations, compound conditions.

What was read: /work/shared/docs/CF_RULES.md and EVALUATION.md, benchmarks/data/README.md,
everyday_common.py, the builder code (not the entry lists) of everyday_tables.py and
third_tables.py, tests/benchmarks/test_third_tables_data.py, and cf_assistant.languages.cf (parse,
to_text, the executor) as those builders use it; also the test code (not data) of
test_spoken_cf_data.py and test_fourth_cf_data.py where they compare set files, and the IDs and
table names (not the requests) of the other JSON files, to pick an unused prefix and new table names.
(Reading everyday_tables.py's builder code showed its last entry line by accident; nothing here
rewords it. fourth_cf.json, written at the same time by another engineer, was only compared with
this set by program, never read.)
What was not read: anything under cf_assistant/assistant/ (pipeline, tables, header values, asking), cf_assistant/diffusion/,
cf_assistant/generators/, the training-data generator (languages/cf/synth.py), repairs, phrases,
comparisons or any other code that reads requests; the entry lists and the JSON utterances of the
other sets. No request was run through `cfa suggest`, `cfa bench` or the model.

The entry format and every check are everyday_tables.py's, reused by import: each entry is
(request, rule with `{Header}` for c[i], scope, naming[, tag ...]); `scope` is "rows" when the
request asks for whole rows (the rows, the orders, the members that ...), "cells" otherwise;
`naming` says how the request names the tested column: `by-header` (its header's words),
`by-meaning` (a synonym or what the values mean) or `by-value` (only a value of it). Each rule tests
one column. The record is everyday_tables' `build_record` on this module's TABLES with IDs prefixed
`e4t-` and the tag `fourth` added; the builder refuses a record that formats no row or every row,
whose near misses its table cannot tell apart (text operators exempt, as for every table set), or
whose rule formats the same rows on another column, and a request already written (case aside) in
any other set file of benchmarks/data/ or in the benchmark's train split (../shared/data/cf/train.json,
when it is on the machine). Blank cells are "" or a lone space " " (a stray space, as pasted data
has, which tells `Blanks` from `TextEquals("")`). Dates are read against the bench's reference date
2024-06-12 (a Wednesday); dev/test by the same hash of the ID as the other sets. Choose on `dev`,
report on `test`.

Tags: the naming first, then any of issue 18's classes (`number-format`, `boundary`, `negation`,
`or`, `superlative`, `polarity`, `starts-ends`, `typo`), then `fourth`. Every one of the 41 top
functions is in both halves (dev, test) and in both scopes (rows, cells).

Rebuild: `python benchmarks/data/fourth_tables.py` (prints the counts per split, table, scope,
naming, function and function by scope); tests/benchmarks/test_fourth_tables_data.py checks the
committed file against it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402
from everyday_common import check_unique, others_and_train, split_of, write_splits  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "fourth_tables.json"
PREFIX = "e4t"
TAG = "fourth"
NAMINGS = ("by-header", "by-meaning", "by-value")
# The requests of every other set file in this folder (these thirteen at the time of writing, and
# any set written since, e.g. fourth_cf.json, written at the same time by another engineer) and of the
# benchmark's train split may not be written again here (compared case-insensitively).
OTHER_SETS = ("everyday_cf.json", "everyday_tables.json", "fresh_cf.json", "fresh_tables.json",
              "third_cf.json", "third_tables.json", "web_cf.json", "plain_cf.json",
              "forum_tables.json", "annotator_tables.json", "template_tables.json",
              "spoken_cf.json", "posts_tables.json")
TRAIN = HERE.parents[2] / "shared" / "data" / "cf" / "train.json"

TABLES: dict[str, list[list[str]]] = {
    "vet_clinic": [
        ["Appt ID", "Pet", "Species", "Owner", "Vet", "Appt Date", "Reason", "Weight (kg)", "Fee (£)"],
        ["V-301", "Biscuit", "Dog", "Hannah Reid", "Dr Okafor", "2024-06-12", "Vaccination", "12.4", "45"],
        ["V-302", "Mittens", "Cat", "Tom Walsh", "Dr Lind", "2024-06-11", "Dental", "4.1", "180"],
        ["V-303", "Pepper", "Rabbit", "Aisha Khan", "Dr Okafor", "2024-06-13", "Check-up", "1.8", "35"],
        ["V-304", "Bruno", "Dog", "Leo Marsh", "Dr Baptiste", "2024-06-07", "Surgery", "31", "620"],
        ["V-305", "Nala", "Cat", "Priya Das", "Dr Lind", "2024-06-04", "Vaccination", "3.9", "45"],
        ["V-306", "Kiwi", "Parrot", "Sam Cole", "Dr Baptiste", "2024-06-14", "Check-up", "0.4", "35"],
        ["V-307", "Rex", "Dog", "Hannah Reid", "Dr Okafor", "2024-06-18", "Follow-up", "28.5", "0"],
        ["V-308", "Shadow", "Cat", "Gwen Ellis", "Dr Lind", "2024-05-20", "Dental", "5.2", "210"],
        ["V-309", "Hazel", "Guinea pig", "Omar Said", "Dr Okafor", "2024-07-03", "Nail clip", "1", "15"],
        ["V-310", "Luna", "Dog", "Priya Das", "Dr Baptiste", "2024-06-27", "X-ray", "22", "150"],
        ["V-311", "Ziggy", "Cat", "Mel Turner", "Dr Lind", "2024-06-12", "Vaccination", "", "45"],
        ["V-312", "Bramble", "Dog", "Leo Marsh", "Dr Okafor", "2024-04-29", "Surgery", "18.7", "540"],
        ["V-313", "Toffee", "Rabbit", "Kate Byrne", "Dr Baptiste", "2024-06-10", "Follow-up", " ", "0"],
        ["V-314", "Max", "Dog", "Ian Price", "Dr Lind", "2024-05-31", "Check-up", "40.3", "35"],
        ["V-315", "Pip", "Hamster", "Zoe Grant", "Dr Okafor", "2024-06-21", "Nail clip", "0.12", "15"],
        ["V-316", "Coco", "Cat", "Tom Walsh", "Dr Patel", "2024-06-05", "Dental x-ray", "4.6", "TBC"],
    ],
    "bakery_wholesale": [
        ["Order No", "Customer", "Product", "Qty", "Unit Price", "Discount", "Line Total", "Delivery", "Status"],
        ["BW-1101", "Rosie's Café", "Sourdough loaf", "40", "2.80", "0%", "112.00", "2024-06-12", "Delivered"],
        ["BW-1102", "Green Fork Deli", "Croissant", "120", "0.95", "10%", "102.60", "2024-06-11", "Delivered"],
        ["BW-1103", "The Old Mill Hotel", "Baguette", "60", "1.20", "5%", "68.40", "2024-06-13", "Scheduled"],
        ["BW-1104", "Rosie's Café", "Cinnamon roll", "36", "1.60", "0%", "57.60", "2024-06-14", "Scheduled"],
        ["BW-1105", "Harbour Kitchen", "Sourdough loaf", "25", "2.80", "0%", "70.00", "2024-06-07", "Delivered"],
        ["BW-1106", "St Anne's School", "Wholemeal loaf", "80", "1.90", "15%", "129.20", "2024-06-04", "Invoiced"],
        ["BW-1107", "Green Fork Deli", "Rye loaf", "tbc", "", "10%", "#VALUE!", "2024-06-18", "On hold"],
        ["BW-1108", "Cornerstone Bistro", "Croissant", "200", "0.95", "20%", "152.00", "2024-05-28", "Invoiced"],
        ["BW-1109", "Harbour Kitchen", "Focaccia", "12", "4.50", "0%", "54.00", "2024-07-02", "Scheduled"],
        ["BW-1110", "The Old Mill Hotel", "Brioche bun", "150", "#N/A", "5%", "#N/A", "2024-06-20", "Scheduled"],
        ["BW-1111", "Pinecone Café", "Sourdough rye", "30", "3.40", "0%", "102.00", "2024-06-10", "Delivered"],
        ["BW-1112", "St Anne's School", "Baguette", "90", "1.20", "15%", "91.80", "2024-05-15", "Invoiced"],
        ["BW-1113", "Cornerstone Bistro", "Pain au chocolat", "100", "1.10", "20%", "", "2024-06-12", "Cancelled"],
        ["BW-1114", "Pinecone Café", "Croissant", "48", "0.95", "0%", "45.60", "2024-06-28", "Scheduled"],
        ["BW-1115", "Rosie's Café", "Focaccia", "15", "4.50", "0%", "67.50", "2024-06-06", "Delivered"],
        ["BW-1116", "Mercer & Sons", "Sourdough loaf", "50", "2.65", "10%", "119.25", "2024-06-03", "Invoiced"],
    ],
    "climbing_gym": [
        ["Member", "Plan", "Joined", "Renewal Date", "Visits (30d)", "Belay Cert", "Grade", "Balance (£)"],
        ["Ava Brennan", "Monthly", "2023-09-14", "2024-06-13", "14", "Yes", "V5", "0"],
        ["Ben Okoro", "Annual", "2022-01-10", "2025-01-10", "22", "Yes", "V7", "0"],
        ["Cara Fell", "Ten-visit pass", "2024-05-02", "", "3", "No", "V2", "12.50"],
        ["Dan Whitlock", "Monthly", "2024-02-19", "2024-06-19", "0", "Expired", "V3", "-45.00"],
        ["Elif Demir", "Student monthly", "2023-10-01", "2024-07-01", "18", "Yes", "V4", "0"],
        ["Finn Ashby", "Off-peak monthly", "2024-03-11", "2024-06-11", "6", "No", "V1", "-30.00"],
        ["Grace Holt", "Annual", "2023-06-12", "2024-06-12", "9", "Yes", "V6", "0"],
        ["Hiro Tanaka", "Monthly", "2024-06-03", "2024-07-03", "11", "", "V3", "0"],
        ["Isla Burns", "Ten-visit pass", "2024-04-20", "", "7", "Yes", "V4", "25.00"],
        ["Jonas Berg", "Student monthly", "2024-01-15", "2024-06-15", "16", "Yes", "V5", "-15.00"],
        ["Kemi Adeyemi", "Monthly", "2023-11-08", "2024-06-08", "2", "Expired", "V2", "-45.00"],
        ["Liam Nolan", "Off-peak monthly", "2024-05-29", "2024-06-29", "5", " ", "V0", "0.75"],
        ["Maya Quinn", "Annual", "2023-08-21", "2024-08-21", "25", "Yes", "V8", "0"],
        ["Noor Haddad", "Monthly", "2024-06-10", "2024-07-10", "4", "No", "V1", "-0.50"],
        ["Oscar Lunn", "Corporate", "2024-05-13", "2024-06-05", "frozen", "Yes", "V4", "60.00"],
    ],
    "ferry_timetable": [
        ["Sailing", "Route", "Vessel", "Date", "Departs", "Duration (min)", "Cars Booked", "Capacity Used", "Status"],
        ["FS-201", "Portmoor – Elsay", "MV Kestrel", "2024-06-12", "07:30", "45", "38", "92%", "On time"],
        ["FS-202", "Elsay – Portmoor", "MV Kestrel", "2024-06-12", "09:00", "45", "41", "100%", "Delayed"],
        ["FS-203", "Portmoor – Skarra", "MV Heron", "2024-06-11", "08:15", "110", "22", "64%", "On time"],
        ["FS-204", "Skarra – Portmoor", "MV Heron", "2024-06-13", "12:40", "110", "0", "", "Cancelled"],
        ["FS-205", "Portmoor – Elsay", "MV Puffin", "2024-06-14", "16:00", "50", "35", "90%", "On time"],
        ["FS-206", "Elsay – Inchvar", "MV Puffin", "2024-06-07", "10:30", "25", "12", "40%", "Delayed"],
        ["FS-207", "Inchvar – Elsay", "MV Puffin", "2024-06-18", "11:20", "25", "9", "31%", "Scheduled"],
        ["FS-208", "Portmoor – Skarra", "MV Heron", "2024-05-24", "08:15", "110", "40", "97%", "Cancelled - weather"],
        ["FS-209", "Portmoor – Elsay", "MV Kestrel", "2024-07-05", "07:30", "45", "tbc", "#DIV/0!", "Scheduled"],
        ["FS-210", "Skarra – Inchvar", "MV Tern", "2024-06-04", "14:10", "140", "18", "85%", "On time"],
        ["FS-211", "Elsay – Portmoor", "MV Kestrel", "2024-06-26", "18:45", "45", "30", "80%", "Scheduled"],
        ["FS-212", "Portmoor – Elsay (night)", "MV Tern", "2024-06-09", "22:00", "55", "6", "20%", "On time"],
        ["FS-213", "Inchvar – Skarra", "MV Tern", "2024-06-10", "15:30", "135", "14", "72%", "Delayed"],
        ["FS-214", "Elsay – Portmoor", "MV Puffin", "2024-06-20", "17:10", "50", "28", "75%", "Scheduled"],
        ["FS-215", "Portmoor – Skarra", "MV Heron", "2024-05-31", "08:15", "120", "40", "100%", "On time"],
        ["FS-216", "Skarra – Portmoor", "MV Heron", "2024-06-17", "13:00", "115", "25", "70%", "Scheduled"],
    ],
    "courier_drops": [
        ["Tracking No", "Driver", "Postcode", "Weight (kg)", "Dispatched", "Due By", "Attempts", "Signature", "Charge (£)"],
        ["QX48211", "Marta", "LS6 2AB", "2.4", "2024-06-10", "2024-06-11", "1", "Yes", "6.50"],
        ["QX48212", "Dev", "LS1 4PQ", "11.5", "2024-06-10", "2024-06-12", "2", "Yes", "12.00"],
        ["QX48213", "Marta", "BD7 1HX", "0.6", "2024-06-11", "2024-06-13", "1", "No", "4.25"],
        ["QX48214", "#N/A", "LS12 3RT", "7.8", "2024-06-12", "2024-06-14", "0", "", "8.90"],
        ["QX48215", "Kofi", "HX1 5TT", "22.5", "2024-06-04", "2024-06-06", "3", "Yes", "24.00"],
        ["QX48216", "Dev", "LS6 9DD", "1", "2024-06-05", "2024-06-07", "1", "Left in porch", "4.25"],
        ["QX48217", "Kofi", "WF1 2EE", "5", "2024-05-29", "2024-05-31", "2", "Yes", "8.90"],
        ["QX48218", "Sana", "LS2 7JH", "0.3", "2024-06-12", "2024-06-12", "1", "Yes", "3.50"],
        ["QX48219", "Sana", "BD1 1AA", "31", "2024-06-03", "2024-06-04", "1", "Yes", "16.00"],
        ["QX48220", "Marta", "YO1 7HB", "3.2", "2024-06-11", "2024-06-17", "0", "", "6.50"],
        ["QX48221", "#N/A", "LS6 1QR", "12", "2024-06-12", "2024-06-19", "0", " ", "quote"],
        ["QX48222", "Kofi", "HX3 8LP", "9.5", "2024-06-07", "2024-06-10", "4", "Returned to depot", "8.90"],
        ["QX48223", "Dev", "LS16 5NS", "4.4", "2024-06-06", "2024-06-08", "1", "No", "6.50"],
        ["QX48224", "Sana", "WF10 4AZ", "20", "2024-06-12", "2024-07-01", "0", "", "15.50"],
        ["QX48225", "", "BD18 3JK", "0.9", "2024-06-09", "2024-06-11", "2", "Yes", "4.25"],
        ["QX48226", "Marta", "LS6 3LL", "6.1", "2024-05-20", "2024-05-23", "5", "Returned to depot", "8.90"],
    ],
    "studio_bookings": [
        ["Booking", "Artist", "Room", "Session Date", "Hours", "Engineer", "Rate (£/h)", "Deposit Paid", "Notes"],
        ["RS-501", "The Lanterns", "Studio A", "2024-06-12", "8", "Kit", "65", "Yes", "Drums tracking"],
        ["RS-502", "Mira Sol", "Vocal booth", "2024-06-11", "3", "Jo", "35", "Yes", "Vocals"],
        ["RS-503", "Grey Tide", "Studio A", "2024-06-13", "10", "Kit", "65", "No", "Full band live"],
        ["RS-504", "DJ Parallax", "Mix room", "2024-06-07", "4", "Ravi", "45", "Yes", "Mixdown"],
        ["RS-505", "Wrenfield Choir", "Studio A", "2024-06-18", "6", "Jo", "65", "Yes", "Choir recording"],
        ["RS-506", "Mira Sol", "Mix room", "2024-06-14", "2.5", "Ravi", "45", "No", "Mix revisions"],
        ["RS-507", "Night Owls Podcast", "Vocal booth", "2024-05-22", "1.5", "Jo", "35", "Yes", "Voice-over"],
        ["RS-508", "The Lanterns", "Mix room", "2024-06-04", "5", "Ravi", "45", "Yes", "Mixdown"],
        ["RS-509", "Okon Trio", "Studio B", "2024-07-08", "12", "Kit", "55", "", "Jazz live takes"],
        ["RS-510", "Grey Tide", "Studio B", "2024-06-20", "7", "", "55", "No", "Overdubs"],
        ["RS-511", "Bea Marsh", "Vocal booth", "2024-06-10", "2", "Jo", "35", "Yes", "Vocals and harmonies"],
        ["RS-512", "Sunday Static", "Studio B", "2024-06-28", "9", "Kit", "55", "Yes", "Drums tracking"],
        ["RS-513", "DJ Parallax", "Mastering suite", "2024-06-06", "1", "Ravi", "80", "Yes", "Mastering"],
        ["RS-514", "Velvet Arcade", "Studio A", "2024-04-15", "8", "Kit", "65", "Refunded", "Cancelled - illness"],
        ["RS-515", "Okon Trio", "Studio B", "2024-06-25", "TBC", " ", "55", "No", "Edit session"],
    ],
    "swim_entries": [
        ["Swimmer", "Age Group", "Event", "Entry Time (s)", "PB (s)", "Meet Date", "Course", "Entry Fee (£)", "Paid"],
        ["Amelia Shaw", "U12", "50m Freestyle", "34.82", "35.00", "2024-06-08", "SC", "6.50", "Yes"],
        ["Ben Ferris", "U14", "100m Backstroke", "71.40", "70.95", "2024-06-08", "SC", "6.50", "Yes"],
        ["Chloe Mensah", "U14", "50m Butterfly", "31.90", "29.80", "2024-05-18", "LC", "7.00", "Yes"],
        ["Daniel Roy", "Open", "200m Freestyle", "118.60", "117.20", "2024-05-18", "LC", "7.00", "Yes"],
        ["Ella Kowalski", "U12", "50m Breaststroke", "NT", "", "2024-06-08", "SC", "6.50", "No"],
        ["Farah Iqbal", "Masters", "100m Freestyle", "68.05", "66.90", "2024-06-11", "SC", "8.00", "Yes"],
        ["George Pike", "U14", "100m Breaststroke", "82.33", "82.33", "2024-06-12", "SC", "6.50", "Yes"],
        ["Hana Sato", "Open", "50m Freestyle", "26.71", "26.50", "2024-06-12", "SC", "7.00", "Yes"],
        ["Isaac Bell", "U12", "50m Backstroke", "40.02", "39.80", "2024-06-04", "SC", "6.50", "Refund due"],
        ["Jade Osei", "Open", "200m Individual Medley", "145.20", "143.90", "2024-06-15", "LC", "7.00", "No"],
        ["Kai Morgan", "Masters", "50m Butterfly", "33.48", " ", "2024-06-15", "LC", "8.00", "Yes"],
        ["Lola Grant", "U14", "200m Individual Medley", "NT", "162.40", "2024-06-22", "LC", "7.00", "No"],
        ["Milo Hart", "U12", "100m Freestyle", "75.60", "75.60", "2024-06-29", "SC", "6.50", "Yes"],
        ["Nia Evans", "Open", "100m Butterfly", "61.15", "60.80", "2024-07-06", "LC", "7.00", ""],
        ["Owen Clarke", "Masters", "50m Freestyle", "29.99", "29.99", "2024-06-13", "SC", "8.00", "Yes"],
        ["Poppy Lane", "U14", "50m Freestyle", "30.00", "30.40", "2024-05-25", "LC", "7.00", "Yes"],
    ],
    "helpdesk_queue": [
        ["Ticket", "Summary", "Dept", "Priority", "Opened", "SLA Due", "Hours Logged", "Assignee", "Status"],
        ["HD-7001", "Password reset", "Finance", "P4", "2024-06-12", "2024-06-13", "0.25", "Amir", "Open"],
        ["HD-7002", "Laptop won't boot", "Sales", "P2", "2024-06-11", "2024-06-12", "3", "Beth", "In progress"],
        ["HD-7003", "Printer jam on 2nd floor", "Warehouse", "P3", "2024-06-10", "2024-06-14", "1.5", "", "Open"],
        ["HD-7004", "VPN keeps dropping", "HR", "P2", "2024-06-07", "2024-06-10", "6", "Amir", "Resolved"],
        ["HD-7005", "New starter account", "HR", "P3", "2024-06-05", "2024-06-11", "2", "Chen", "Resolved"],
        ["HD-7006", "Email server down", "All staff", "P1", "2024-06-12", "2024-06-12", "4", "Beth", "In progress"],
        ["HD-7007", "Printer out of toner", "Finance", "P4", "2024-06-03", "2024-06-17", "0.5", "Chen", "Closed"],
        ["HD-7008", "Shared drive permissions", "Sales", "P3", "2024-05-28", "2024-06-04", "8", "Amir", "Reopened"],
        ["HD-7009", "Laptop screen cracked", "Marketing", "P3", "2024-06-06", "2024-06-20", "1", "Dana", "Waiting on parts"],
        ["HD-7010", "Wi-Fi slow in meeting room", "Warehouse", "P2", "2024-06-11", "2024-06-13", "", "#N/A", "Open"],
        ["HD-7011", "Software licence request", "Marketing", "P4", "2024-05-20", "2024-07-01", "0", "Dana", "Waiting on user"],
        ["HD-7012", "Phishing email reported", "Finance", "P1", "2024-06-09", "2024-06-09", "2.5", "Beth", "Resolved"],
        ["HD-7013", "Monitor flickering", "Sales", "P4", "2024-06-04", "2024-06-18", "0.75", "Chen", "Closed"],
        ["HD-7014", "Password expired", "Warehouse", "P3", "2024-06-12", "2024-06-19", "", " ", "Open"],
        ["HD-7015", "CRM error on save", "Sales", "P2", "2024-06-08", "2024-06-11", "12", "Dana", "Reopened"],
        ["HD-7016", "Docking station missing", "HR", "P4", "2024-04-30", "2024-05-31", "1", "Chen", "Closed"],
    ],
    "charity_donations": [
        ["Donation Ref", "Donor", "Received", "Category", "Bags", "Est. Value (£)", "Gift Aid", "Condition", "On Shelf By"],
        ["CD-0601", "Mrs Patel", "2024-06-12", "Clothing", "3", "45", "Yes", "Good", "2024-06-14"],
        ["CD-0602", "Anonymous", "2024-06-11", "Books", "2", "18", "No", "Like new", "2024-06-13"],
        ["CD-0603", "R. Hughes", "2024-06-10", "Bric-a-brac", "1", "12", "Yes", "Good", "2024-06-12"],
        ["CD-0604", "Anonymous", "2024-06-07", "Clothing", "6", "60", "No", "Poor", "2024-06-11"],
        ["CD-0605", "St Mark's Church", "2024-06-04", "Toys", "4", "35", "", "Good", "2024-06-18"],
        ["CD-0606", "D. Fraser", "2024-06-12", "Electricals", "1", "80", "Yes", "Needs PAT test", "2024-06-26"],
        ["CD-0607", "Mrs Patel", "2024-05-21", "Books", "5", "40", "Yes", "Good", "2024-05-28"],
        ["CD-0608", "K. Obi", "2024-06-09", "Furniture", "1", "100", "No", "Like new", "2024-06-21"],
        ["CD-0609", "Anonymous", "2024-06-05", "Clothing", "2", "0", "No", "Recycle", ""],
        ["CD-0610", "L. Grant", "2024-05-30", "Homeware", "3", "25", "Yes", "Good", "2024-06-07"],
        ["CD-0611", "Anonymous", "2024-06-12", "Books", "8", "64", " ", "Good", "2024-07-02"],
        ["CD-0612", "T. Ahmed", "2024-06-06", "Clothing", "4", "52.50", "Yes", "Like new", "2024-06-10"],
        ["CD-0613", "Oakfield Primary", "2024-06-03", "Toys", "7", "70", "No", "Good", "2024-06-15"],
        ["CD-0614", "R. Hughes", "2024-04-18", "Vinyl records", "1", "120", "Yes", "Good", "2024-05-02"],
        ["CD-0615", "Anonymous", "2024-06-08", "Clothing (designer)", "1", "95", "No", "Like new", "2024-06-20"],
        ["CD-0616", "M. Silva", "2024-06-11", "Bric-a-brac", "2", "tbd", "Yes", "Poor", ""],
    ],
    "hive_inspections": [
        ["Hive", "Apiary", "Inspected", "Queen Seen", "Brood Frames", "Supers", "Mite Count", "Temper", "Next Visit"],
        ["H-01", "Orchard", "2024-06-12", "Yes", "7", "3", "3", "Calm", "2024-06-19"],
        ["H-02", "Orchard", "2024-06-11", "No", "5", "1", "12", "Defensive", "2024-06-14"],
        ["H-03", "Orchard", "2024-06-05", "Yes", "8", "3", "0", "Calm", "2024-06-12"],
        ["H-04", "Church Lane", "2024-06-07", "Yes", "6", "2", "5", "Nervous", "2024-06-13"],
        ["H-05", "Church Lane", "2024-06-10", "Eggs only", "3", "1", "10", "Calm", "2024-06-17"],
        ["H-06", "Church Lane", "2024-05-29", "No", "2", "0", "21", "Defensive", "2024-06-05"],
        ["H-07", "Riverside", "2024-06-04", "Yes", "9", "2", "1", "Calm", "2024-06-11"],
        ["H-08", "Riverside", "2024-06-12", "Yes", "7", "2", "", "Very calm", "2024-06-26"],
        ["H-09", "Riverside", "2024-05-15", "No", "0", "0", "n/a", "Nervous", ""],
        ["H-10", "Allotment", "2024-06-09", "Yes", "6", "1", "4", "Calm", "2024-07-01"],
        ["H-11", "Allotment", "2024-06-06", "Not checked", "5", "2", "7", "Nervous", "2024-06-20"],
        ["H-12", "Allotment", "2024-06-11", "Yes", "10", "4", "2", "Very calm", "2024-06-25"],
        ["H-13 nuc", "Orchard", "2024-06-08", "Yes", "4", "0", "0", "Calm", "2024-06-15"],
        ["H-14", "Riverside", "2024-06-03", "Eggs only", "6", "1", "15", "Defensive", "2024-06-10"],
        ["H-15", "Church Lane", "2024-06-12", "No", "4", "1", "6", "Nervous", "2024-07-10"],
    ],
}

# table -> [(request, rule with {Header} for c[i], scope, naming[, tag ...])]
ENTRIES: dict[str, list[tuple]] = {
    "vet_clinic": [
        ("bookings next week, whole row", "NextWeek({Appt Date})", "rows", "by-meaning"),
        ("who came in yesterday?", "Yesterday({Appt Date})", "rows", "by-meaning"),
        ("fees over 210 quid -> red text pls", 'GreaterThan({Fee (£)}, 210)', "cells", "by-header", "number-format"),
        ("Highlight the whole row for any appointment costing £150 or more.", 'GreaterThanEqual({Fee (£)}, 150)', "rows", "by-meaning", "boundary"),
        ("big dogs: weight 22 kg or above", 'GreaterThanEqual({Weight (kg)}, 22)', "cells", "by-header", "boundary"),
        ("anything under a kilo?", 'LessThan({Weight (kg)}, 1)', "cells", "by-meaning", "number-format"),
        ("which animals haven't been weighed yet? mark the empty cells", 'Blanks({Weight (kg)})', "cells", "by-meaning"),
        ("shade the appointments that have a weight recorded", 'NotBlanks({Weight (kg)})', "rows", "by-header"),
        ("highlight todays appointmnets", 'Today({Appt Date})', "rows", "by-meaning", "typo"),
        ("Appt Date = tomorrow, colour the date cell", 'Tomorrow({Appt Date})', "cells", "by-header"),
        ("can you shade every booking for this week (sun-sat)?", 'ThisWeek({Appt Date})', "rows", "by-meaning"),
        ("next weeks dates in the appt date column", 'NextWeek({Appt Date})', "cells", "by-header", "typo"),
        ("rows for the visits back in May", 'LastMonth({Appt Date})', "rows", "by-meaning"),
        ("july appt dates", 'NextMonth({Appt Date})', "cells", "by-header"),
        ("all of June's appointments, full row", 'ThisMonth({Appt Date})', "rows", "by-meaning"),
        ("which 3 appointments cost the most?", 'Top({Fee (£)}, 3)', "rows", "by-meaning", "superlative"),
        ("which patients are heavier than average? highlight the row", 'AboveAverage({Weight (kg)})', "rows", "by-meaning"),
        ("owners who've booked more than once - colour their whole row", 'Duplicates({Owner})', "rows", "by-header"),
        ("anything dental in the reason column", 'TextContains({Reason}, "dental")', "cells", "by-header"),
        ("pets whose names begin with a B", 'TextStartsWith({Pet}, "B")', "rows", "by-header", "starts-ends"),
        ("x-ray visits (reason ending in x-ray), whole line", 'TextEndsWith({Reason}, "x-ray")', "rows", "by-header", "starts-ends"),
        ("rows where the reason doesn't mention 'check'", 'TextNotContains({Reason}, "check")', "rows", "by-header", "negation"),
        ("everything not seen by dr okafor", 'NotEquals({Vet}, "Dr Okafor")', "rows", "by-value", "negation"),
        ("appointments that cost more than fifteen pounds but less than 180", 'AND(GreaterThan({Fee (£)}, 15), LessThan({Fee (£)}, 180))', "rows", "by-meaning", "number-format"),
        ("rabbits or guinea pigs", 'OR(TextEquals({Species}, "Rabbit"), TextEquals({Species}, "Guinea pig"))', "rows", "by-value", "or"),
        ("in species, colour the cells that say rabbit or guinea pig", 'OR(TextEquals({Species}, "Rabbit"), TextEquals({Species}, "Guinea pig"))', "cells", "by-header", "or"),
        ("the £35 appointments", 'Equals({Fee (£)}, 35)', "rows", "by-meaning"),
        ("who's on Dr Lind's list? highlight those rows", 'TextEquals({Vet}, "Dr Lind")', "rows", "by-value"),
        ("icon set for the fee column", 'IconSet({Fee (£)})', "cells", "by-header"),
    ],
    "bakery_wholesale": [
        ("deliveries booked for next month - whole order", "NextMonth({Delivery})", "rows", "by-header"),
        ("highlight orders with more than 10% off", 'GreaterThan({Discount}, 0.1)', "rows", "by-meaning", "number-format"),
        ("discount exactly 10 percent", 'Equals({Discount}, 0.1)', "cells", "by-header", "number-format"),
        ("small orders, thirty units or fewer - whole row", 'LessThanEqual({Qty}, 30)', "rows", "by-meaning", "number-format", "boundary"),
        ("price per unit £1.20 or under", 'LessThanEqual({Unit Price}, 1.2)', "cells", "by-meaning", "boundary"),
        ("show me the broken formulas in line total", 'Errors({Line Total})', "cells", "by-header"),
        ("highlight rows where the unit price lookup failed (#N/A)", 'Errors({Unit Price})', "rows", "by-header"),
        ("rows whose line total calculated ok i.e. no error", 'NotErrors({Line Total})', "rows", "by-header"),
        ("unit prices that aren't errors", 'NotErrors({Unit Price})', "cells", "by-header", "negation"),
        ("colour today's delivery dates", 'Today({Delivery})', "cells", "by-header"),
        ("highlight deliveries in the last 7 days", 'Last7Days({Delivery})', "rows", "by-header"),
        ("everything delivered or due in june, highlight the order lines", 'ThisMonth({Delivery})', "rows", "by-meaning"),
        ("whole row for anything going out next week", 'NextWeek({Delivery})', "rows", "by-meaning"),
        ("drop dates from last week", 'LastWeek({Delivery})', "cells", "by-meaning"),
        ("products that end in 'loaf'", 'TextEndsWith({Product}, "loaf")', "cells", "by-header", "starts-ends"),
        ("anything sourdough, highlight the order", 'TextContains({Product}, "sourdough")', "rows", "by-value"),
        ("customers starting with 'The'", 'TextStartsWith({Customer}, "The")', "cells", "by-header", "starts-ends"),
        ("top 20% of orders by line total", 'TopPercent({Line Total}, 20)', "rows", "by-header"),
        ("the three smallest quantities", 'Bottom({Qty}, 3)', "cells", "by-meaning", "superlative"),
        ("one-off customers (only one order) - highlight those rows", 'Unique({Customer})', "rows", "by-header"),
        ("add data bars to the qty column", 'DataBar({Qty})', "cells", "by-header"),
        ("give each order row an icon based on how many units", 'IconSet({Qty})', "rows", "by-meaning"),
        ("colour the order rows by quantity, low to high", 'ColorScale({Qty})', "rows", "by-meaning"),
        ("flag orders on hold or cancelled", 'OR(TextEquals({Status}, "On hold"), TextEquals({Status}, "Cancelled"))', "rows", "by-value", "or"),
        ("every status except Invoiced", 'NotEquals({Status}, "Invoiced")', "cells", "by-header", "negation"),
        ("orders outside the usual 25-100 units", 'NotBetween({Qty}, 25, 100)', "rows", "by-meaning"),
        ("more than 40 but fewer than 100 units", 'AND(GreaterThan({Qty}, 40), LessThan({Qty}, 100))', "rows", "by-meaning"),
    ],
    "climbing_gym": [
        ("bars in each member row for visits", "DataBar({Visits (30d)})", "rows", "by-header"),
        ("renewals due tomorrow - highlight the member", 'Tomorrow({Renewal Date})', "rows", "by-header"),
        ("renewal date was yesterday?", 'Yesterday({Renewal Date})', "cells", "by-header"),
        ("members renewing next month, whole row", 'NextMonth({Renewal Date})', "rows", "by-meaning"),
        ("renewals falling this week", 'ThisWeek({Renewal Date})', "cells", "by-header"),
        ("renewal dates in june", 'ThisMonth({Renewal Date})', "cells", "by-header"),
        ("who lapsed last week? highlight them", 'LastWeek({Renewal Date})', "rows", "by-meaning"),
        ("sign-up dates in may", 'LastMonth({Joined})', "cells", "by-meaning"),
        ("members who owe us money, in the red", 'LessThan({Balance (£)}, 0)', "rows", "by-meaning"),
        ("anyone in credit? colour balances above zero", 'GreaterThan({Balance (£)}, 0)', "cells", "by-header", "number-format"),
        ("top 3 climbers by visits", 'Top({Visits (30d)}, 3)', "rows", "by-header", "superlative"),
        ("bottom 20% for visits", 'BottomPercent({Visits (30d)}, 20)', "cells", "by-header"),
        ("above-average visit counts", 'AboveAverage({Visits (30d)})', "cells", "by-header"),
        ("hardly coming in: fewer than 5 visits, highlight the row", 'LessThan({Visits (30d)}, 5)', "rows", "by-header"),
        ("renewal dates that are filled in", 'NotBlanks({Renewal Date})', "cells", "by-header"),
        ("climbers on V4", 'TextEquals({Grade}, "V4")', "cells", "by-value"),
        ("grades that more than one member climbs at", 'Duplicates({Grade})', "cells", "by-header"),
        ("plans only one person is on", 'Unique({Plan})', "cells", "by-header"),
        ("members who aren't on a pass", 'TextNotContains({Plan}, "pass")', "rows", "by-value", "negation"),
        ("membership types without the word monthly", 'TextNotContains({Plan}, "monthly")', "cells", "by-meaning", "negation"),
        ("traffic-light icons on the visit count", 'IconSet({Visits (30d)})', "cells", "by-header"),
        ("no belay cert or an expired one -> highlight the climber", 'OR(TextEquals({Belay Cert}, "No"), TextEquals({Belay Cert}, "Expired"))', "rows", "by-header", "or"),
        ("everyone except annual members", 'NOT(TextEquals({Plan}, "Annual"))', "rows", "by-value", "negation"),
        ("visit counts not between 4 and 16", 'NotBetween({Visits (30d)}, 4, 16)', "cells", "by-header"),
        ("people owing between £15 and £45 - show the rows", 'Between({Balance (£)}, -45, -15)', "rows", "by-meaning", "number-format"),
        ("shade each member's row by how often they came in", 'ColorScale({Visits (30d)})', "rows", "by-meaning"),
    ],
    "ferry_timetable": [
        ("crossings shorter than 45 minutes", 'LessThan({Duration (min)}, 45)', "rows", "by-meaning"),
        ("sailings today - just the date", "Today({Date})", "cells", "by-meaning"),
        ("any sailings in july? highlight them", "NextMonth({Date})", "rows", "by-meaning"),
        ("capacity figures that aren't errors", "NotErrors({Capacity Used})", "cells", "by-header", "negation"),
        ("sailings 40% full or less - whole row", 'LessThanEqual({Capacity Used}, 0.4)', "rows", "by-meaning", "number-format"),
        ("3 longest crossings", 'Top({Duration (min)}, 3)', "rows", "by-meaning", "superlative"),
        ("shortest 10 percent of durations", 'BottomPercent({Duration (min)}, 10)', "cells", "by-header", "superlative"),
        ("the 2 sailings with the fewest cars", 'Bottom({Cars Booked}, 2)', "rows", "by-header", "superlative"),
        ("top 10% capacity figures", 'TopPercent({Capacity Used}, 10)', "cells", "by-header"),
        ("durations longer than average", 'AboveAverage({Duration (min)})', "cells", "by-header"),
        ("sailings with fewer cars than average", 'BelowAverage({Cars Booked})', "rows", "by-header"),
        ("cars booked -> data bars", 'DataBar({Cars Booked})', "cells", "by-header"),
        ("find the #DIV/0! in capacity", 'Errors({Capacity Used})', "cells", "by-header"),
        ("highlight sailings where the capacity % worked out (no error)", 'NotErrors({Capacity Used})', "rows", "by-header"),
        ("delayed sailings", 'TextEquals({Status}, "Delayed")', "rows", "by-value"),
        ("anything to or from skarra", 'TextContains({Route}, "Skarra")', "rows", "by-value"),
        ("crossings that end at Elsay", 'TextEndsWith({Route}, "Elsay")', "rows", "by-value", "starts-ends"),
        ("colour 'MV Heron' wherever it appears", 'TextEquals({Vessel}, "MV Heron")', "cells", "by-value"),
        ("ship cells showing Puffin or Tern", 'OR(TextEquals({Vessel}, "MV Puffin"), TextEquals({Vessel}, "MV Tern"))', "cells", "by-meaning", "or"),
        ("sailings this month", 'ThisMonth({Date})', "rows", "by-meaning"),
        ("sailings that aren't cancelled", 'TextNotContains({Status}, "Cancelled")', "rows", "by-value", "negation"),
        ("crossings under 45 min or over 115 min", 'OR(LessThan({Duration (min)}, 45), GreaterThan({Duration (min)}, 115))', "rows", "by-meaning", "or"),
        ("everything except MV Kestrel", 'NOT(TextEquals({Vessel}, "MV Kestrel"))', "cells", "by-value", "negation"),
        ("routes that only run once on this sheet", 'Unique({Route})', "rows", "by-header"),
        ("more than a dozen cars but under 30", 'AND(GreaterThan({Cars Booked}, 12), LessThan({Cars Booked}, 30))', "rows", "by-header", "number-format"),
        ("next week's crossings - highlight the row", 'NextWeek({Date})', "rows", "by-meaning"),
        ("dates in the past 7 days", 'Last7Days({Date})', "cells", "by-header"),
        ("crossings from last month", 'LastMonth({Date})', "rows", "by-meaning"),
    ],
    "courier_drops": [
        ("parcels due next week", "NextWeek({Due By})", "rows", "by-meaning"),
        ("due-by dates that are today", "Today({Due By})", "cells", "by-header"),
        ("no signature recorded yet (blank)", "Blanks({Signature})", "rows", "by-header"),
        ("parcels with no driver assigned (#N/A)", 'Errors({Driver})', "rows", "by-header"),
        ("driver cells that aren't errors", 'NotErrors({Driver})', "cells", "by-header", "negation"),
        ("drivers that appear more than once", 'Duplicates({Driver})', "cells", "by-header"),
        ("Leeds drops - postcode starts with LS", 'TextStartsWith({Postcode}, "LS")', "rows", "by-header", "starts-ends"),
        ("anything in LS6?", 'TextStartsWith({Postcode}, "LS6")', "cells", "by-value", "starts-ends"),
        ("parcels heavier than 20 kg", 'GreaterThan({Weight (kg)}, 20)', "rows", "by-meaning"),
        ("weights 20kg and over", 'GreaterThanEqual({Weight (kg)}, 20)', "cells", "by-header", "boundary"),
        ("parcels under 1kg", 'LessThan({Weight (kg)}, 1)', "rows", "by-meaning"),
        ("exactly two attempts", 'Equals({Attempts}, 2)', "cells", "by-header", "number-format"),
        ("returned parcels", 'TextContains({Signature}, "returned")', "rows", "by-value"),
        ("charge amounts that appear only once", 'Unique({Charge (£)})', "cells", "by-header"),
        ("top 10% priciest deliveries", 'TopPercent({Charge (£)}, 10)', "rows", "by-meaning", "superlative"),
        ("two lightest weights", 'Bottom({Weight (kg)}, 2)', "cells", "by-header", "superlative"),
        ("lightest 20% of parcels", 'BottomPercent({Weight (kg)}, 20)', "rows", "by-meaning", "superlative"),
        ("charges below average", 'BelowAverage({Charge (£)})', "cells", "by-header"),
        ("data bars for charge", 'DataBar({Charge (£)})', "cells", "by-header"),
        ("Kofi's or Sana's drops", 'OR(TextEquals({Driver}, "Kofi"), TextEquals({Driver}, "Sana"))', "rows", "by-value", "or"),
        ("everything outside Leeds (not LS)", 'NOT(TextStartsWith({Postcode}, "LS"))', "rows", "by-value", "negation"),
        ("parcels with 1 to 2 attempts", 'Between({Attempts}, 1, 2)', "rows", "by-header"),
        ("weights from 5kg up to (not incl.) 20kg", 'AND(GreaterThanEqual({Weight (kg)}, 5), LessThan({Weight (kg)}, 20))', "cells", "by-header"),
        ("parcels due tomorrow", 'Tomorrow({Due By})', "rows", "by-meaning"),
        ("due dates in the last 7 days", 'Last7Days({Due By})', "cells", "by-header"),
        ("parcels that went out last week", 'LastWeek({Dispatched})', "rows", "by-meaning"),
        ("due date this week", 'ThisWeek({Due By})', "cells", "by-header"),
    ],
    "studio_bookings": [
        ("artists with only one booking", "Unique({Artist})", "rows", "by-header"),
        ("session dates last week", "LastWeek({Session Date})", "cells", "by-header"),
        ("which rooms don't have 'studio' in the name? colour those cells", 'TextNotContains({Room}, "studio")', "cells", "by-header", "negation"),
        ("bookings where the hourly rate falls outside £45-£65, full row", 'NotBetween({Rate (£/h)}, 45, 65)', "rows", "by-meaning", "number-format"),
        ("shade each booking by how long the session is", 'ColorScale({Hours})', "rows", "by-meaning"),
        ("bottom 20% of hours", 'BottomPercent({Hours}, 20)', "cells", "by-header"),
        ("sessions longer than eight hours, whole booking", 'GreaterThan({Hours}, 8)', "rows", "by-meaning", "number-format"),
        ("2 hrs or less", 'LessThanEqual({Hours}, 2)', "cells", "by-header", "number-format", "boundary"),
        ("bookings at £65/hr", 'Equals({Rate (£/h)}, 65)', "rows", "by-meaning", "number-format"),
        ("anything involving drums -> highlight the booking", 'TextContains({Notes}, "drums")', "rows", "by-value"),
        ("sessions nobody is engineering yet (engineer blank)", 'Blanks({Engineer})', "rows", "by-header"),
        ("which artists have booked more than once? highlight their rows", 'Duplicates({Artist})', "rows", "by-header"),
        ("two longest session lengths", 'Top({Hours}, 2)', "cells", "by-meaning", "superlative"),
        ("priciest 20% of bookings by hourly rate", 'TopPercent({Rate (£/h)}, 20)', "rows", "by-meaning", "superlative"),
        ("above average hours", 'AboveAverage({Hours})', "rows", "by-header"),
        ("colour scale on hours", 'ColorScale({Hours})', "cells", "by-header"),
        ("notes that don't say vocals", 'NOT(TextContains({Notes}, "vocals"))', "cells", "by-header", "negation"),
        ("rate from 45 to 65 inclusive", 'Between({Rate (£/h)}, 45, 65)', "cells", "by-header"),
        ("session date = today", 'Today({Session Date})', "cells", "by-header"),
        ("who was in yesterday? highlight the booking", 'Yesterday({Session Date})', "rows", "by-meaning"),
        ("this weeks sessions", 'ThisWeek({Session Date})', "rows", "by-header", "typo"),
        ("session dates next month", 'NextMonth({Session Date})', "cells", "by-header"),
        ("bookings in the last seven days", 'Last7Days({Session Date})', "rows", "by-meaning", "number-format"),
        ("notes ending with tracking", 'TextEndsWith({Notes}, "tracking")', "cells", "by-header", "starts-ends"),
        ("an icon per booking for hours", 'IconSet({Hours})', "rows", "by-header"),
    ],
    "swim_entries": [
        ("galas on this week, date cells", "ThisWeek({Meet Date})", "cells", "by-meaning"),
        ("swimmers with no PB on file", "Blanks({PB (s)})", "rows", "by-meaning"),
        ("icons for entry time", "IconSet({Entry Time (s)})", "cells", "by-header"),
        ("entry times outside 30-75 seconds", 'NotBetween({Entry Time (s)}, 30, 75)', "rows", "by-header"),
        ("seed times of 30.00 or quicker", 'LessThanEqual({Entry Time (s)}, 30)', "cells", "by-meaning", "number-format", "boundary"),
        ("events without 'freestyle'", 'TextNotContains({Event}, "freestyle")', "cells", "by-header", "negation"),
        ("entries in events that have more than one swimmer", 'Duplicates({Event})', "rows", "by-header"),
        ("sub-30 second entries, whole row", 'LessThan({Entry Time (s)}, 30)', "rows", "by-meaning", "number-format"),
        ("swimmers entered with NT", 'TextEquals({Entry Time (s)}, "NT")', "rows", "by-value"),
        ("fastest 3 entry times", 'Bottom({Entry Time (s)}, 3)', "rows", "by-header", "superlative", "polarity"),
        ("slowest quarter of the entry times", 'TopPercent({Entry Time (s)}, 25)', "cells", "by-header", "superlative", "polarity"),
        ("no PB yet? mark those cells", 'Blanks({PB (s)})', "cells", "by-header"),
        ("swimmers who already have a personal best", 'NotBlanks({PB (s)})', "rows", "by-meaning"),
        ("U14s", 'TextEquals({Age Group}, "U14")', "rows", "by-value"),
        ("all the 50m races - highlight the swimmer", 'TextStartsWith({Event}, "50m")', "rows", "by-value", "starts-ends"),
        ("long course", 'TextEquals({Course}, "LC")', "cells", "by-meaning"),
        ("entries costing seven pounds", 'Equals({Entry Fee (£)}, 7)', "rows", "by-meaning", "number-format"),
        ("events with more than one entrant", 'Duplicates({Event})', "cells", "by-header"),
        ("colour scale on entry times", 'ColorScale({Entry Time (s)})', "cells", "by-header"),
        ("PBs slower than the average PB", 'AboveAverage({PB (s)})', "rows", "by-header", "polarity"),
        ("entry times from 30 to 40 secs", 'Between({Entry Time (s)}, 30, 40)', "cells", "by-header"),
        ("entries not marked paid = yes", 'NOT(TextEquals({Paid}, "Yes"))', "rows", "by-header", "negation"),
        ("PBs under 35 seconds (ignore the empty ones)", 'AND(NotBlanks({PB (s)}), LessThan({PB (s)}, 35))', "cells", "by-header"),
        ("who's swimming today?", 'Today({Meet Date})', "rows", "by-meaning"),
        ("meet date tomorrow", 'Tomorrow({Meet Date})', "cells", "by-header"),
        ("gala dates next week", 'NextWeek({Meet Date})', "cells", "by-meaning"),
        ("meet dates in May", 'LastMonth({Meet Date})', "cells", "by-header"),
        ("entry fee not £7", 'NotEquals({Entry Fee (£)}, 7)', "cells", "by-header", "negation"),
        ("bar each swimmer's row by entry time", 'DataBar({Entry Time (s)})', "rows", "by-header"),
    ],
    "helpdesk_queue": [
        ("SLA deadlines next month", "NextMonth({SLA Due})", "cells", "by-header"),
        ("tickets where the assignee lookup broke", "Errors({Assignee})", "rows", "by-header"),
        ("hey, can you colour any Hours Logged value of 6 or more?", 'GreaterThanEqual({Hours Logged}, 6)', "cells", "by-header", "boundary"),
        ("time logged cells that have a number in", 'NotBlanks({Hours Logged})', "cells", "by-meaning"),
        ("the 3 tickets with the least time logged", 'Bottom({Hours Logged}, 3)', "rows", "by-meaning", "superlative"),
        ("tickets with half an hour or less logged", 'LessThanEqual({Hours Logged}, 0.5)', "rows", "by-header", "number-format"),
        ("P1s", 'TextEquals({Priority}, "P1")', "rows", "by-value"),
        ("make the P1 and P2 tickets stand out (whole row)", 'OR(TextEquals({Priority}, "P1"), TextEquals({Priority}, "P2"))', "rows", "by-value", "or"),
        ("anything about printers", 'TextContains({Summary}, "printer")', "rows", "by-value"),
        ("summary starts with Password -> yellow", 'TextStartsWith({Summary}, "Password")', "cells", "by-header", "starts-ends"),
        ("tickets that are neither closed nor resolved", 'NOT(OR(TextEquals({Status}, "Closed"), TextEquals({Status}, "Resolved")))', "rows", "by-value", "negation"),
        ("waiting on someone - status starts with Waiting", 'TextStartsWith({Status}, "Waiting")', "rows", "by-header", "starts-ends"),
        ("assignee showing #N/A, can you flag those cells?", 'Errors({Assignee})', "cells", "by-header"),
        ("tickets with nobody assigned (assignee cell empty)", 'Blanks({Assignee})', "rows", "by-header"),
        ("more than four hours logged", 'GreaterThan({Hours Logged}, 4)', "cells", "by-header", "number-format"),
        ("tickets that have eaten a full day or more (8+ hrs logged)", 'GreaterThanEqual({Hours Logged}, 8)', "rows", "by-header", "boundary"),
        ("hours logged = 1", 'Equals({Hours Logged}, 1)', "cells", "by-header"),
        ("5 biggest time sinks by hours logged", 'Top({Hours Logged}, 5)', "rows", "by-header", "superlative"),
        ("less time logged than average", 'BelowAverage({Hours Logged})', "cells", "by-meaning"),
        ("SLA deadline tomorrow?", 'Tomorrow({SLA Due})', "cells", "by-header"),
        ("sla dates in this month", 'ThisMonth({SLA Due})', "cells", "by-header"),
        ("tickets raised in may - just the opened date", 'LastMonth({Opened})', "cells", "by-header"),
        ("which tickets blew their SLA yesterday? whole row", 'Yesterday({SLA Due})', "rows", "by-header"),
        ("every ticket not from Sales", 'NotEquals({Dept}, "Sales")', "rows", "by-value", "negation"),
        ("departments with a single ticket", 'Unique({Dept})', "cells", "by-header"),
        ("rows where assignee isn't #N/A", 'NotErrors({Assignee})', "rows", "by-header", "negation"),
        ("hours logged not between one and six", 'NotBetween({Hours Logged}, 1, 6)', "cells", "by-header", "number-format"),
        ("tickets with 1–3 hours on them", 'Between({Hours Logged}, 1, 3)', "rows", "by-meaning"),
    ],
    "charity_donations": [
        ("est. values under £25", 'LessThan({Est. Value (£)}, 25)', "cells", "by-header"),
        ("dates due on the shelf next week", "NextWeek({On Shelf By})", "cells", "by-meaning"),
        ("donations that came in this month - date cells only", 'ThisMonth({Received})', "cells", "by-meaning"),
        ("bar across each donation by value", 'DataBar({Est. Value (£)})', "rows", "by-meaning"),
        ("bottom 20 percent by estimated value, whole row", 'BottomPercent({Est. Value (£)}, 20)', "rows", "by-header"),
        ("toys or books", 'OR(TextEquals({Category}, "Toys"), TextEquals({Category}, "Books"))', "cells", "by-value", "or"),
        ("on-shelf dates that are set", 'NotBlanks({On Shelf By})', "cells", "by-header"),
        ("donations worth a hundred quid or more", 'GreaterThanEqual({Est. Value (£)}, 100)', "rows", "by-meaning", "boundary", "number-format"),
        ("gift aided donations", 'TextEquals({Gift Aid}, "Yes")', "rows", "by-header"),
        ("gift aid not filled in", 'Blanks({Gift Aid})', "cells", "by-header"),
        ("anything left anonymously", 'TextEquals({Donor}, "Anonymous")', "rows", "by-value"),
        ("donors who've given more than once - their rows", 'Duplicates({Donor})', "rows", "by-header"),
        ("bric a brac", 'TextEquals({Category}, "Bric-a-brac")', "cells", "by-value", "typo"),
        ("condition: anything but Good", 'NOT(TextEquals({Condition}, "Good"))', "cells", "by-header", "negation"),
        ("items in poor shape or marked recycle", 'OR(TextEquals({Condition}, "Poor"), TextEquals({Condition}, "Recycle"))', "rows", "by-value", "or"),
        ("needs a PAT test", 'TextContains({Condition}, "PAT")', "cells", "by-value"),
        ("three biggest bag counts", 'Top({Bags}, 3)', "cells", "by-header", "superlative", "number-format"),
        ("five lowest est. values", 'Bottom({Est. Value (£)}, 5)', "cells", "by-header", "superlative", "number-format"),
        ("est value above the average?", 'AboveAverage({Est. Value (£)})', "cells", "by-header"),
        ("fewer bags than average", 'BelowAverage({Bags})', "rows", "by-header"),
        ("2, 3 or 4 bags - highlight the donation", 'AND(GreaterThanEqual({Bags}, 2), LessThan({Bags}, 5))', "rows", "by-header"),
        ("est. value NOT between £20 and £60", 'NotBetween({Est. Value (£)}, 20, 60)', "cells", "by-header"),
        ("date it came in = yesterday", 'Yesterday({Received})', "cells", "by-meaning"),
        ("received last week", 'LastWeek({Received})', "cells", "by-header"),
        ("donations from the past week (last 7 days), full row", 'Last7Days({Received})', "rows", "by-meaning"),
        ("recieved last month", 'LastMonth({Received})', "rows", "by-header", "typo"),
        ("stuff due on the shelf tomorrow", 'Tomorrow({On Shelf By})', "rows", "by-meaning"),
        ("shelf dates in july - highlight the row", 'NextMonth({On Shelf By})', "rows", "by-header"),
        ("everything that isn't clothing", 'TextNotContains({Category}, "clothing")', "rows", "by-value", "negation"),
    ],
    "hive_inspections": [
        ("hives inspected today - whole row", "Today({Inspected})", "rows", "by-header"),
        ("data bars on the mite column", "DataBar({Mite Count})", "cells", "by-header"),
        ("an icon on every hive row based on mites", "IconSet({Mite Count})", "rows", "by-meaning"),
        ("colonies with temper ending in 'calm' (whole row)", 'TextEndsWith({Temper}, "calm")', "rows", "by-header", "starts-ends"),
        ("worst 20% for mites", 'TopPercent({Mite Count}, 20)', "cells", "by-meaning"),
        ("hives with fewer supers than average", 'BelowAverage({Supers})', "rows", "by-header"),
        ("hives where a mite count was written down", 'NotBlanks({Mite Count})', "rows", "by-header"),
        ("mite count above 10 - treat these hives", 'GreaterThan({Mite Count}, 10)', "rows", "by-header"),
        ("queen seen: everything that isn't a plain No", 'NotEquals({Queen Seen}, "No")', "cells", "by-header", "negation"),
        ("calm or very calm", 'TextEndsWith({Temper}, "calm")', "cells", "by-value", "starts-ends"),
        ("8+ frames of brood", 'GreaterThanEqual({Brood Frames}, 8)', "rows", "by-header", "boundary"),
        ("brood frame counts under four", 'LessThan({Brood Frames}, 4)', "cells", "by-header", "number-format"),
        ("hives with two supers", 'Equals({Supers}, 2)', "rows", "by-header"),
        ("3 highest brood frame counts", 'Top({Brood Frames}, 3)', "cells", "by-header", "superlative"),
        ("bottom 20% on supers, whole row", 'BottomPercent({Supers}, 20)', "rows", "by-header"),
        ("mite count colour scale green to red", 'ColorScale({Mite Count})', "cells", "by-header"),
        ("nucs", 'TextEndsWith({Hive}, "nuc")', "cells", "by-value", "starts-ends"),
        ("below-average brood", 'BelowAverage({Brood Frames})', "cells", "by-meaning"),
        ("mites 3-10", 'Between({Mite Count}, 3, 10)', "cells", "by-meaning"),
        ("hives that aren't calm", 'NOT(TextContains({Temper}, "calm"))', "rows", "by-value", "negation"),
        ("mite counts above 2 but under 10", 'AND(GreaterThan({Mite Count}, 2), LessThan({Mite Count}, 10))', "cells", "by-meaning"),
        ("inspection dates yesterday", 'Yesterday({Inspected})', "cells", "by-meaning"),
        ("hives we looked at last week", 'LastWeek({Inspected})', "rows", "by-meaning"),
        ("inspected in the last 7 days", 'Last7Days({Inspected})', "cells", "by-header"),
        ("next visit falls next week", 'NextWeek({Next Visit})', "cells", "by-header"),
        ("hives due a visit this week", 'ThisWeek({Next Visit})', "rows", "by-meaning"),
        ("everything except the orchard apiary", 'NotEquals({Apiary}, "Orchard")', "rows", "by-value", "negation"),
    ],
}


def build_record(table: str, entry: tuple) -> dict:
    """everyday_tables' record for one entry on this module's TABLES, ID prefixed PREFIX, tag TAG
    added after the entry's own tags (its naming first)."""
    return base.build_record(table, (*entry, TAG), tables=TABLES, prefix=PREFIX)


def requests_elsewhere() -> set[str]:
    """The lower-cased requests of every other set file in this folder (`OTHER_SETS` and any
    written since) and of the benchmark's train split (none may be in this set)."""
    return others_and_train(OUT, OTHER_SETS, TRAIN)


def entry_problems(table: str, entry: tuple) -> list[str]:
    """An entry's shape: a known table, a scope, exactly one naming, a table of 6-9 columns and
    12-20 data rows."""
    out = []
    data = TABLES.get(table)
    if data is None:
        return [f"{table}: no such table"]
    if not 6 <= len(data[0]) <= 9 or not 12 <= len(data) - 1 <= 20:
        out.append(f"{table}: {len(data[0])} columns, {len(data) - 1} rows")
    if any(len(row) != len(data[0]) for row in data):
        out.append(f"{table}: ragged rows")
    if len(entry) < 4 or entry[2] not in ("rows", "cells") or len(set(entry[3:]) & set(NAMINGS)) != 1 \
            or entry[3] not in NAMINGS:
        out.append(f"{table}: {entry[0]!r}: needs (request, rule, rows|cells, naming[, tag ...])")
    return out


def build() -> list[dict]:
    """Every record, after everyday_tables' checks (near misses, other columns, not all / none),
    the entries' shape and the check that no request is in another set or in the train split."""
    found = [p for table, entries in ENTRIES.items() for entry in entries for p in entry_problems(table, entry)]
    if found:
        raise SystemExit("\n".join(found))
    built = [(build_record(table, entry), entry[1]) for table, entries in ENTRIES.items()
             for entry in entries]
    check_unique([record for record, _ in built])
    seen = requests_elsewhere()
    found = [f"{record['Table']}: {record['NL Utterance']!r} is already in another set or the train split"
             for record, _ in built if record["NL Utterance"].strip().lower() in seen]
    found += [problem for record, text in built for problem in base.problems(record, text)]
    if found:
        raise SystemExit(f"records to fix ({len(found)}):\n" + "\n".join(found))
    return [record for record, _ in built]


def _count_lines(records: list[dict], title: str, key) -> list[str]:
    """`name  dev N  test M` for each value of `key(record)`, under a `per title:` line."""
    per = Counter((key(r), split_of(r["ID"])) for r in records)
    return [f"per {title}:"] + [f"  {name:22s} dev {per[name, 'dev']:3d}  test {per[name, 'test']:3d}"
                                for name in sorted({name for name, _ in per})]


def main() -> None:
    records = build()
    counts = write_splits(OUT, records)
    rows = sum(r["Scope"] == "rows" for r in records) / len(records)
    lines = [f"wrote {OUT}: {len(records)} records over {len(TABLES)} tables, {counts}; "
             f"{rows:.0%} whole-row requests"]
    keys = {"Table": lambda r: r["Table"], "Scope": lambda r: r["Scope"], "naming": lambda r: r["Tags"][0],
            "Function": lambda r: r["Function"], "Function and Scope": lambda r: f"{r['Function']} {r['Scope']}"}
    lines += [line for title, key in keys.items() for line in _count_lines(records, title, key)]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
