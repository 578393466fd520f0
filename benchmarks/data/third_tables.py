"""A third set of everyday table requests on ten more tables, and the builder of third_tables.json.

Written by engineer P2 on 2026-12-05 (session 6), because the dev halves of everyday_tables.json
and fresh_tables.json have steered many choices (fresh tables: about 91% top-1 on dev against 81%
on test), so the team needs table requests nobody has tuned on. The ten tables (library loans, a
football league table, lab samples, hotel bookings, payroll, an IT asset register, restaurant
orders, marketing campaigns, a recruitment pipeline, utility meter readings) and every request were
written from scratch, imagining users who select a whole table and type what they want: without
reading the model's training-data generator (languages/cf/synth.py) or the assistant's pipeline
(assistant/, tables.py), and without rewording the entries of everyday_tables.py or fresh_tables.py
(only their builders were meant to be read; an over-wide listing showed about 80 entries of
everyday_tables.py and 40 of fresh_tables.py, none reworded here, and the builder checks that no
request is repeated). Each rule tests one column.

The entry format and every check are everyday_tables.py's, reused by import: each entry is
(request, rule with `{Header}` for c[i], scope[, tag ...]); the record is everyday_tables'
`build_record` on this module's TABLES with IDs prefixed `ett-` and the tag `third` added; the
builder refuses a record that formats no row or every row, whose near misses the table cannot tell
apart, or whose rule formats the same rows on another column, and a request already written (case
aside) in everyday_cf.json, fresh_cf.json, everyday_tables.json, fresh_tables.json or third_cf.json. Dates are
read against the bench's reference date 2024-06-12 (a Wednesday); dev/test by the same hash of the
ID as the other sets. Choose on `dev`, report on `test`.

Rebuild: `python benchmarks/data/third_tables.py` (prints the counts per split, table, scope and
function); tests/benchmarks/test_third_tables_data.py checks the committed file against it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import everyday_tables as base  # noqa: E402
from everyday_common import check_unique, requests_in, split_of, write_splits  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "third_tables.json"
PREFIX = "ett"
TAG = "third"
# The requests of these sets may not be written again here (compared case-insensitively); third_cf.json
# was written at the same time by another engineer.
OTHER_SETS = ("everyday_cf.json", "fresh_cf.json", "everyday_tables.json", "fresh_tables.json",
              "third_cf.json")

TABLES: dict[str, list[list[str]]] = {
    "loans": [
        ["Loan ID", "Title", "Borrower", "Branch", "Checked Out", "Due Date", "Renewals", "Fine ($)"],
        ["LN-1001", "The Midnight Library", "Ana Ruiz", "Central", "2024-05-21", "2024-06-11", "0", "0.00"],
        ["LN-1002", "Dune", "Ben Carter", "Eastside", "2024-05-22", "2024-06-12", "1", "0.00"],
        ["LN-1003", "Sapiens", "Chloe Ng", "Central", "2024-05-23", "2024-06-13", "0", "0.00"],
        ["LN-1004", "The Hobbit", "Dev Patel", "Riverside", "2024-05-20", "2024-06-10", "2", "0.50"],
        ["LN-1005", "Educated", "Ella Moss", "Eastside", "2024-05-17", "2024-06-07", "0", "1.25"],
        ["LN-1006", "Dune", "Farid Aziz", "Central", "2024-05-14", "2024-06-04", "3", "2.00"],
        ["LN-1007", "Atomic Habits", "Gina Lowe", "Riverside", "2024-06-04", "2024-06-18", "0", "0.00"],
        ["LN-1008", "Becoming", "Hugo Brandt", "Northgate", "2024-06-07", "2024-06-28", "1", "0.00"],
        ["LN-1009", "The Road", "Ivy Shaw", "Central", "2024-04-29", "2024-05-20", "4", "6.75"],
        ["LN-1010", "Circe", "Jon Okafor", "Eastside", "2024-06-12", "2024-07-03", "0", ""],
        ["LN-1011", "Where the Crawdads Sing", "Kim Lee", "northgate", "2024-02-10", "2024-03-02", "2",
         "12.00"],
        ["LN-1012", "Sapiens", "Leo Varga", "Riverside", "2024-06-11", "", "n/a", "#VALUE!"],
        ["LN-1013", "A Brief History of Time", "Mara Quinn", "Central", "2024-06-10", " ", "1", "0.00"],
    ],
    "league": [
        ["Pos", "Club", "Played", "Won", "Goals", "Points", "Form", "Next Match"],
        ["1", "Riverside Rovers", "22", "16", "48", "52", "WWWDW", "2024-06-15"],
        ["2", "Northbridge Utd", "22", "15", "41", "49", "WDWWL", "2024-06-15"],
        ["3", "Harbour City", "22", "13", "44", "44", "LWWWD", "2024-06-16"],
        ["4", "Kingsmead FC", "22", "10", "28", "40", "WLWDW", "2024-06-13"],
        ["5", "Ashford Town", "22", "11", "30", "36", "DDWLW", "2024-06-19"],
        ["6", "St. Albans Athletic", "21", "9", "27", "32", "LDWWL", "2024-06-16"],
        ["7", "Millbrook Wanderers", "22", "8", "33", "29", "LLDWW", "2024-06-22"],
        ["8", "Eastfield United", "22", "7", "22", "27", "WLLDL", "2024-06-14"],
        ["9", "Port Vale Harriers", "20", "6", "20", "23", "DLLWL", "TBC"],
        ["10", "Greystone Albion", "22", "6", "19", "20", "LLLDW", "2024-06-23"],
        ["11", "Oakham Rangers", "22", "5", "20", "17", "LDLLL", "2024-06-29"],
        ["12", "Fenwick Town", "22", "2", "12", "10", "LLLLL", "2024-07-06"],
    ],
    "samples": [
        ["Sample ID", "Type", "Collected", "pH", "Lead (µg/L)", "Temp (°C)", "Result", "Analyst"],
        ["S-0401", "Water", "2024-06-03", "7.2", "3.1", "4.0", "Pass", "R. Diaz"],
        ["S-0402", "Water", "2024-06-05", "6.4", "12.5", "4.5", "Fail", "R. Diaz"],
        ["S-0403", "Soil", "2024-06-06", "5.8", "48", "21.0", "Pass", "K. Ito"],
        ["S-0404", "Water", "2024-06-10", "8.5", "0", "4.3", "Pass", "M. Haas"],
        ["S-0405", "Blood", "2024-06-11", "7.4", "#DIV/0!", "37.0", "Retest", "K. Ito"],
        ["S-0406", "Soil", "2024-06-12", "4.9", "102", "19.5", "Fail", "M. Haas"],
        ["S-0407", "Water", "2024-05-29", "7.0", "15", "4.2", "Fail", ""],
        ["S-0408", "Urine", "2024-06-12", "6.0", "2.2", "36.5", "Pass", "R. Diaz"],
        ["S-0409", "Water", "2024-05-14", "7.6", "9.8", "3.6", "Pending", "K. Ito"],
        ["S-0410", "Soil", "2024-04-30", "6.8", "15", "18.0", "Pass", "M. Haas"],
        ["S-0411", "Water", "2024-06-07", "9.3", "4.4", "4.0", "Contaminated", "R. Diaz"],
        ["S-0412", "Blood", "", "", "", "", "Pending", " "],
        ["S-0413", "Water", "2024-06-11", "7.2", "<1", "4.1", "Pass", "M. Haas"],
    ],
    "bookings": [
        ["Booking Ref", "Guest", "Country", "Check-in", "Nights", "Room Type", "Rate ($/night)", "Channel"],
        ["BK-5521", "Hans Müller", "Germany", "2024-06-12", "3", "Double", "145", "Booking.com"],
        ["BK-5522", "Claire Martin", "France", "2024-06-14", "2", "Suite", "300", "Direct"],
        ["BK-5523", "James O'Neil", "Ireland", "2024-06-11", "5", "Single", "95", "Expedia"],
        ["BK-5524", "Yuki Sato", "Japan", "2024-06-20", "7", "Suite", "350", "Direct"],
        ["BK-5525", "Lena Fischer", "Germany", "2024-06-13", "1", "Double", "150", "Expedia"],
        ["BK-5526", "Marco Bianchi", "Italy", "2024-07-05", "4", "Twin", "120", "Booking.com"],
        ["BK-5527", "Sara Lind", "Sweden", "2024-05-30", "2", "Double", "160", "Direct"],
        ["BK-5528", "Tom Hughes", "UK", "2024-06-08", "12", "Single", "89", "Airbnb"],
        ["BK-5529", "Anna Kowalska", "Poland", "2024-06-25", "3", "Twin", "TBA", "booking.com"],
        ["BK-5521", "Hans Muller", "Germany", "2024-06-15", "3", "Double", "155", "Phone"],
        ["BK-5531", "Pedro Alves", "Portugal", "2024-06-04", "14", "Suite", "299", "Direct"],
        ["BK-5532", "Emily Chen", "USA", "2024-06-17", "2", "Penthouse", "890", "Direct"],
        ["BK-5533", "Noor Haddad", "UAE", " ", "6", "Double", "110", "Phone"],
    ],
    "payroll": [
        ["Emp No", "Employee", "Dept", "Hours", "Hourly Rate", "Gross Pay", "Tax %", "Pay Date"],
        ["E-101", "Aaliyah Brooks", "Sales", "40", "30.00", "1200.00", "22%", "2024-06-07"],
        ["E-102", "Ben Foster", "Warehouse", "46", "19.00", "874.00", "20%", "2024-06-07"],
        ["E-103", "Carla Mendes", "Finance", "37.5", "34.00", "1275.00", "24%", "2024-06-07"],
        ["E-104", "Dmitri Volkov", "Warehouse", "52", "19.00", "988.00", "20%", "2024-06-07"],
        ["E-105", "Esther Obi", "HR", "20", "26.00", "520.00", "12%", "2024-06-07"],
        ["E-106", "Felix Wong", "Sales", "0", "30.00", "0.00", "20%", "2024-06-14"],
        ["E-107", "Grace Kim", "IT", "40", "41.25", "1650.00", "30%", "2024-06-14"],
        ["E-108", "Hamid Rahimi", "Warehouse", "44", "19.00", "836.00", "20%", "2024-06-14"],
        ["E-109", "Ines Duarte", "Finance", "40", "34.00", "1360.00", "24%", "2024-06-14"],
        ["E-110", "Jack Turner", "IT", " ", "41.25", "#VALUE!", "30%", "2024-06-14"],
        ["E-111", "Kofi Mensah", "Sales", "38", "30.00", "1140.00", "22%", "2024-05-31"],
        ["E-112", "Lara Weiss", "HR", "16", "26.00", "416.00", "10%", "2024-05-31"],
    ],
    "assets": [
        ["Asset Tag", "Device", "Assigned To", "Purchased", "Cost ($)", "Warranty Ends", "OS", "Status"],
        ["IT-0001", "Laptop", "Priya N.", "2021-03-15", "1299", "2024-03-15", "Windows 11", "In use"],
        ["IT-0002", "Laptop", "Marco B.", "2022-09-01", "1450", "2025-09-01", "macOS 14", "In use"],
        ["IT-0003", "Monitor", "Priya N.", "2021-03-15", "249", "2024-06-12", "n/a", "In use"],
        ["IT-0004", "Desktop", "", "2019-11-20", "980", "2022-11-20", "Windows 10", "Spare"],
        ["IT-0005", "Laptop", "Olu A.", "2023-06-13", "1899", "2024-06-13", "macOS 14", "Repair"],
        ["IT-0006", "Phone", "Sam T.", "2023-06-18", "799", "2024-06-18", "iOS 17", "In use"],
        ["IT-0007", "Tablet", "Ruth K.", "2022-05-05", "529", "2024-05-05", "iPadOS 17", "Lost"],
        ["IT-0008", "Laptop", "Jin H.", "2024-06-03", "1299", "2027-06-03", "Windows 11", "In use"],
        ["IT-0009", "Server", "IT Ops", "2020-02-28", "8500", "2024-07-01", "Ubuntu 22.04", "In use"],
        ["IT-0010", "Printer", "Reception", "2018-08-14", "399", "2021-08-14", "", "Retired"],
        ["IT-0011", "Laptop", "Dana W.", "2024-06-10", "1450", "2027-06-10", "Windows 11", "In use"],
        ["IT-0012", "Phone", " ", "2023-06-11", "799", "2024-06-11", "Android 14", "Spare"],
        ["IT-0013", "Laptop", "Sam T.", "2020-10-02", "1199", "2023-10-02", "Windows 10", "Disposed"],
    ],
    "restaurant": [
        ["Order #", "Table", "Server", "Dish", "Qty", "Total ($)", "Tip %", "Order Date"],
        ["R-301", "4", "Mia", "Margherita Pizza", "2", "31.00", "15%", "2024-06-12"],
        ["R-302", "7", "Leo", "Caesar Salad", "1", "12.50", "18%", "2024-06-12"],
        ["R-303", "2", "Mia", "Ribeye Steak", "2", "78.00", "20%", "2024-06-11"],
        ["R-304", "12", "Ana", "Vegan Burger", "3", "44.25", "", "2024-06-11"],
        ["R-305", "4", "Leo", "Margherita Pizza", "1", "15.50", "10%", "2024-06-10"],
        ["R-306", "9", "Ana", "Fish & Chips", "4", "67.00", "12%", "2024-06-09"],
        ["R-307", "1", "Raj", "Chicken Curry", "2", "33.00", "25%", "2024-06-08"],
        ["R-308", "7", "Mia", "Tiramisu", "6", "45.00", "15%", "2024-06-05"],
        ["R-309", "3", "Raj", "Vegan Curry", "1", "16.50", "0%", "2024-05-30"],
        ["R-310", "12", "Leo", "Ribeye Steak", "1", "39.00", "18%", "2024-06-12"],
        ["R-311", "6", "Ana", "Kids Pasta", "2", "14.00", "15%", "2024-05-18"],
        ["R-312", "8", "Raj", "Lobster Special", "2", "120.00", "22%", "2024-06-07"],
        ["R-313", "2", " ", "Soup of the Day", "1", "6.50", "10%", "2024-06-12"],
        ["R-314", "10", "Mia", "Chicken Curry", "0", "0.00", "n/a", "2024-06-10"],
    ],
    "campaigns": [
        ["Campaign", "Channel", "Launch", "Budget ($)", "Clicks", "CTR", "Conversions", "Owner"],
        ["Summer Sale 2024", "Email", "2024-06-03", "5000", "12400", "3.1%", "410", "Hana"],
        ["Back to School Teaser", "Social", "2024-07-15", "3000", " ", "", "0", "Omar"],
        ["Brand Awareness Q2", "Display", "2024-04-01", "12000", "48000", "0.4%", "95", "Hana"],
        ["Retargeting - Shoes", "Search", "2024-05-20", "2500", "8300", "5.6%", "390", "Luis"],
        ["Influencer Collab", "Social", "2024-06-10", "8000", "21000", "2.2%", "260", "Omar"],
        ["Spring Clearance", "Email", "2024-03-11", "1500", "6100", "4.0%", "180", "Luis"],
        ["Podcast Sponsorship", "Audio", "2024-05-06", "6500", "900", "1.0%", "12", "Hana"],
        ["Search - Brand Terms", "Search", "2024-01-08", "4000", "15200", "7.5%", "820", "Luis"],
        ["Loyalty Newsletter", "Email", "2024-06-12", "500", "3000", "3.1%", "140", "Omar"],
        ["TikTok Launch", "Social", "2024-06-17", "10000", "0", "", "0", "Omar"],
        ["Summer Sale 2024 - Retarget", "Display", "2024-06-07", "2000", "7700", "#DIV/0!", "55", "Hana"],
        ["Webinar Promo", "LinkedIn", "2024-05-28", "1200", "1800", "1.5%", "40", "luis"],
    ],
    "recruitment": [
        ["Candidate", "Role", "Source", "Applied", "Stage", "Years Exp", "Salary Ask", "Interview"],
        ["Alex Moreno", "Data Analyst", "LinkedIn", "2024-05-22", "Phone screen", "3", "62000", "2024-06-13"],
        ["Bea Larsen", "Data Analyst", "Referral", "2024-05-30", "Onsite", "5", "70000", "2024-06-12"],
        ["Chen Wei", "Backend Engineer", "Job board", "2024-06-03", "Applied", "7", "115000", ""],
        ["Dara Singh", "Backend Engineer", "LinkedIn", "2024-05-15", "Offer", "9", "118000", "2024-06-05"],
        ["Eli Cohen", "UX Designer", "Agency", "2024-06-10", "Applied", "2", "64000", ""],
        ["Fatima Zahra", "UX Designer", "Referral", "2024-04-28", "Rejected", "1", "50000", "2024-05-14"],
        ["Gus Petrov", "Data Analyst", "Job board", "2024-06-11", "Applied", "0", "45000", " "],
        ["Hana Ito", "Product Manager", "LinkedIn", "2024-05-08", "Hired", "8", "120000", "2024-05-21"],
        ["Ivan Horvat", "Backend Engineer", "Agency", "2024-06-06", "Phone screen", "4", "95000",
         "2024-06-18"],
        ["Julia Costa", "Product Manager", "Referral", "2024-05-27", "Onsite", "6", "100000", "2024-06-11"],
        ["Kwame Boateng", "Data Analyst", "linkedin", "2024-06-12", "Applied", "3", "negotiable", ""],
        ["Lucia Romero", "UX Designer", "Job board", "2024-03-19", "Withdrawn", "4", "72000", "2024-04-02"],
        ["Nils Berg", "Backend Engineer", "Referral", "2024-06-07", "Onsite", "12", "150000", "2024-06-20"],
    ],
    "meters": [
        ["Meter ID", "Site", "Utility", "Read Date", "Reading", "Usage (kWh)", "Cost (€)", "Type"],
        ["MTR-01", "Head Office", "Electricity", "2024-06-01", "58210", "4000", "1000.00", "Actual"],
        ["MTR-02", "Head Office", "Gas", "2024-06-01", "12990", "2890", "231.20", "Estimated"],
        ["MTR-03", "Warehouse A", "Electricity", "2024-06-10", "99420", "7350", "1837.50", "Actual"],
        ["MTR-04", "Warehouse A", "Gas", "2024-05-31", "4100", "0", "0.00", "Actual"],
        ["MTR-05", "Shop 12", "Electricity", "2024-06-11", "15030", "980", "245.00", "Customer read"],
        ["MTR-06", "Shop 14", "Electricity", "2024-06-12", "20111", "1200", "300.00", "Actual"],
        ["MTR-07", "Depot", "Electricity", "2024-06-11", "", "n/a", "n/a", "Missing"],
        ["MTR-08", "Depot", "Gas", "2024-05-15", "7700", "1250", "100.00", "Estimated"],
        ["MTR-09", "Shop 12", "Gas", "2024-06-07", "3002", "310", "24.80", "Actual"],
        ["MTR-10", "Lab Annex", "Electricity", "2024-06-05", "41250", "5000", "#REF!", "Actual"],
        ["MTR-11", "Car Park", "Electricity", "2024-06-12", "880", "1000", "250.00", "Estimated"],
        ["MTR-12", "Warehouse B", "Electricity", "2024-04-30", "66020", "980", "245.00", "estimated"],
    ],
}

ENTRIES: dict[str, list[tuple]] = {
    "loans": [
        ("highlight the loans due back today", "Today({Due Date})", "rows"),
        ("which books are due back tomorrow?", "Tomorrow({Due Date})", "rows"),
        ("due dates that fell in May", "LastMonth({Due Date})", "cells"),
        ("anything due back next week, whole row please", "NextWeek({Due Date})", "rows"),
        ("can you mark books borrowed in the past seven days", "Last7Days({Checked Out})", "rows"),
        ("checked out yesteday", "Yesterday({Checked Out})", "cells", "typo"),
        ("make fines of $2.00 or more red", "GreaterThanEqual({Fine ($)}, 2)", "cells", "boundary",
         "number-format"),
        ("any fine bigger than 50 cents? shade the row", "GreaterThan({Fine ($)}, 0.5)", "rows",
         "number-format"),
        ("fines les than $1.25", "LessThan({Fine ($)}, 1.25)", "cells", "boundary", "typo"),
        ("the three heftiest fines", "Top({Fine ($)}, 3)", "rows", "superlative"),
        ("every Dune loan", 'TextEquals({Title}, "Dune")', "rows", "named-word"),
        ("titles that begin with 'The'", 'TextStartsWith({Title}, "The")', "cells", "starts-ends"),
        ("loans out of the Central brnach", 'TextEquals({Branch}, "Central")', "rows", "column-word", "typo"),
        ("northgate or riverside", 'OR(TextEquals({Branch}, "Northgate"), TextEquals({Branch}, "Riverside"))',
         "cells", "or"),
        ("highlight anything renewed more than twice", "GreaterThan({Renewals}, 2)", "rows", "boundary"),
        ("loans renewed at most once", "LessThanEqual({Renewals}, 1)", "rows", "boundary"),
        ("renewals = 1", "Equals({Renewals}, 1)", "cells"),
        ("loans with no due date entered, full row", "Blanks({Due Date})", "rows", "polarity"),
        ("flag the fine that shows an error", "Errors({Fine ($)})", "cells"),
        ("fines that are proper numbers, no errors", "NotErrors({Fine ($)})", "cells"),
        ("titles on loan more than once - mark the entries", "Duplicates({Title})", "rows"),
        ("titles mentioning \"history\"", 'TextContains({Title}, "history")', "cells"),
        ("due dates this wek pls", "ThisWeek({Due Date})", "cells", "typo"),
        ("put a colour scale on renewals", "ColorScale({Renewals})", "cells"),
        ("loans that are NOT from central", 'NOT(TextEquals({Branch}, "Central"))', "rows", "negation",
         "odd-case"),
    ],
    "league": [
        ("who has scored over 30 goals?", "GreaterThan({Goals}, 30)", "rows", "boundary"),
        ("teams on 40 pts or more", "GreaterThanEqual({Points}, 40)", "rows", "boundary"),
        ("relegation zone: the bottom 3 by points", "Bottom({Points}, 3)", "rows", "superlative"),
        ("colour the top four on points green", "Top({Points}, 4)", "rows", "superlative"),
        ("teams that have played 21 games or fewer", "LessThanEqual({Played}, 21)", "rows", "boundary"),
        ("goals bellow the league average", "BelowAverage({Goals})", "cells", "typo"),
        ("above-average points tally, highlight the club", "AboveAverage({Points})", "rows"),
        ("form guide with no wins at all", 'TextNotContains({Form}, "W")', "rows", "negation"),
        ("form starting with three wins", 'TextStartsWith({Form}, "WWW")', "cells", "starts-ends"),
        ("Form ending with an L", 'TextEndsWith({Form}, "L")', "cells", "starts-ends"),
        ("clubs with United in the name", 'TextContains({Club}, "United")', "rows", "named-word"),
        ("the Town clubs", 'TextEndsWith({Club}, "Town")', "rows", "starts-ends"),
        ("Fixtures This Week", "ThisWeek({Next Match})", "cells", "odd-case"),
        ("whose next game is tomorow", "Tomorrow({Next Match})", "rows", "typo"),
        ("clubs playing in July", "NextMonth({Next Match})", "rows"),
        ("fixture still to be confirmed", 'TextEquals({Next Match}, "TBC")', "rows"),
        ("won between six and twelve games", "Between({Won}, 6, 12)", "cells", "boundary"),
        ("duplicate goal tallys", "Duplicates({Goals})", "cells", "typo"),
        ("clubs outside positions 3 to 10", "NotBetween({Pos}, 3, 10)", "rows", "negation"),
        ("under 20 points? shade red", "LessThan({Points}, 20)", "cells", "boundary"),
        ("goal totals that aren't 20", "NotEquals({Goals}, 20)", "cells", "negation"),
        ("20 or more goals but fewer than 30",
         "AND(GreaterThanEqual({Goals}, 20), LessThan({Goals}, 30))", "rows", "boundary"),
        ("top 40% of clubs by goals scored", "TopPercent({Goals}, 40)", "rows", "superlative"),
    ],
    "samples": [
        ("lead at or abvoe 15", "GreaterThanEqual({Lead (µg/L)}, 15)", "cells", "boundary", "typo"),
        ("acidic samples (pH below 7)", "LessThan({pH}, 7)", "rows", "boundary"),
        ("ph between 6.5 and 8.5", "Between({pH}, 6.5, 8.5)", "cells", "boundary", "odd-case"),
        ("pH outside 6.5-8.5, flag the whole sample", "NotBetween({pH}, 6.5, 8.5)", "rows", "negation"),
        ("whats the highest lead result", "Top({Lead (µg/L)}, 1)", "cells", "superlative"),
        ("which sample was stored coldest?", "Bottom({Temp (°C)}, 1)", "rows", "superlative"),
        ("could you make the failed samples red?", 'TextEquals({Result}, "Fail")', "rows"),
        ("anything that didn't pass", 'NOT(TextEquals({Result}, "Pass"))', "rows", "negation"),
        ("results still pendng", 'TextEquals({Result}, "Pending")', "cells", "typo"),
        ("soil samples", 'TextEquals({Type}, "Soil")', "rows", "named-word"),
        ("blood or urine samples, whole row", 'OR(TextEquals({Type}, "Blood"), TextEquals({Type}, "Urine"))',
         "rows", "or"),
        ("samples that came in today", "Today({Collected})", "rows"),
        ("collected yesterday", "Yesterday({Collected})", "cells"),
        ("samples we took last week", "LastWeek({Collected})", "rows"),
        ("anything colected within the last 7 days", "Last7Days({Collected})", "cells", "typo"),
        ("samples with no analyst assigned", "Blanks({Analyst})", "rows", "polarity"),
        ("LEAD ERRORS", "Errors({Lead (µg/L)})", "cells", "odd-case"),
        ("lead readings that aren't errors", "NotErrors({Lead (µg/L)})", "cells"),
        ("temps over 21°C", "GreaterThan({Temp (°C)}, 21)", "cells", "boundary"),
        ("fridge temps: 4 degrees or lower", "LessThanEqual({Temp (°C)}, 4)", "rows", "boundary"),
        ("repeated lead values", "Duplicates({Lead (µg/L)})", "cells"),
        ("unique ph readings", "Unique({pH})", "cells", "odd-case"),
        ("M. Haas's samples", 'TextEquals({Analyst}, "M. Haas")', "rows"),
        ("add data bars to the lead column", "DataBar({Lead (µg/L)})", "cells"),
        ("temperatures above 4 and below twenty-one",
         "AND(GreaterThan({Temp (°C)}, 4), LessThan({Temp (°C)}, 21))", "cells", "boundary"),
        ("samples whose pH isn't 7.2", "NotEquals({pH}, 7.2)", "rows", "negation"),
    ],
    "bookings": [
        ("bookings from Germany", 'TextEquals({Country}, "Germany")', "rows", "named-word"),
        ("guests from France or Italy",
         'OR(TextEquals({Country}, "France"), TextEquals({Country}, "Italy"))', "rows", "or"),
        ("expensive rooms, over $300 a night", "GreaterThan({Rate ($/night)}, 300)", "rows", "boundary"),
        ("rates of 150 dollars or less", "LessThanEqual({Rate ($/night)}, 150)", "cells", "boundary"),
        ("long stays: a week or more", "GreaterThanEqual({Nights}, 7)", "rows", "number-format"),
        ("2-night stays", "Equals({Nights}, 2)", "cells"),
        ("stays longer than a dozen nights", "GreaterThan({Nights}, 12)", "cells", "number-format"),
        ("stays of 2 to 4 nights", "Between({Nights}, 2, 4)", "rows", "boundary"),
        ("arivals today", "Today({Check-in})", "rows", "typo"),
        ("check-ins tomorrow", "Tomorrow({Check-in})", "cells"),
        ("who's arriving next week?", "NextWeek({Check-in})", "rows"),
        ("check-ins in july", "NextMonth({Check-in})", "rows", "odd-case"),
        ("guests who checked in last month", "LastMonth({Check-in})", "cells"),
        ("this week's check-ins", "ThisWeek({Check-in})", "rows"),
        ("suites", 'TextEquals({Room Type}, "Suite")', "rows", "obvious"),
        ("room types that aren't doubles", 'NOT(TextEquals({Room Type}, "Double"))', "cells", "negation"),
        ("bookings made through booking.com", 'TextEquals({Channel}, "Booking.com")', "rows"),
        ("hilight direct bookings", 'TextEquals({Channel}, "Direct")', "cells", "typo"),
        ("is any booking ref entered twice?", "Duplicates({Booking Ref})", "rows"),
        ("I want the 3 priciest rooms to stand out", "Top({Rate ($/night)}, 3)", "rows", "superlative"),
        ("cheapest 20% of rates", "BottomPercent({Rate ($/night)}, 20)", "cells", "superlative"),
        ("bookings with no check-in date", "Blanks({Check-in})", "rows", "polarity"),
        ("guest names with 'chen' in them", 'TextContains({Guest}, "Chen")', "cells"),
        ("rates abov average", "AboveAverage({Rate ($/night)})", "cells", "typo"),
        ("countries beginning with U", 'TextStartsWith({Country}, "U")', "cells", "starts-ends"),
        ("rooms over $110 but under $150 a night",
         "AND(GreaterThan({Rate ($/night)}, 110), LessThan({Rate ($/night)}, 150))", "rows", "boundary"),
        ("data bars for the nightly rate", "DataBar({Rate ($/night)})", "cells", "column-word"),
        ("rooms not priced at $145", "NotEquals({Rate ($/night)}, 145)", "rows", "negation"),
    ],
    "payroll": [
        ("overtime: more than 40 hours", "GreaterThan({Hours}, 40)", "rows", "boundary"),
        ("anyone working under 20 hrs", "LessThan({Hours}, 20)", "rows", "boundary"),
        ("hours mising", "Blanks({Hours})", "cells", "polarity", "typo"),
        ("gross pay errors", "Errors({Gross Pay})", "cells"),
        ("highlight staff whose gross pay is an error", "Errors({Gross Pay})", "rows"),
        ("gross pay over £1,200", "GreaterThan({Gross Pay}, 1200)", "cells", "number-format"),
        ("people who worked 38-46 hours", "Between({Hours}, 38, 46)", "rows", "boundary"),
        ("the two highest earners", "Top({Gross Pay}, 2)", "rows", "superlative"),
        ("top 25 percent of gross pay", "TopPercent({Gross Pay}, 25)", "cells", "number-format"),
        ("hourly rate above the avg", "AboveAverage({Hourly Rate})", "cells"),
        ("everyone in the warehouse", 'TextEquals({Dept}, "Warehouse")', "rows", "column-word"),
        ("HR and finance people", 'OR(TextEquals({Dept}, "HR"), TextEquals({Dept}, "Finance"))', "rows",
         "or"),
        ("depts other then sales", 'NOT(TextEquals({Dept}, "Sales"))', "cells", "negation", "typo"),
        ("tax rate above 20%", "GreaterThan({Tax %}, 0.2)", "rows", "boundary"),
        ("tax of 24 percent", "Equals({Tax %}, 0.24)", "cells", "number-format"),
        ("taxed at 12% or lower", "LessThanEqual({Tax %}, 0.12)", "rows", "boundary"),
        ("who gets paid this week?", "ThisWeek({Pay Date})", "rows"),
        ("last month's pay runs", "LastMonth({Pay Date})", "cells"),
        ("emp numbers starting E-11", 'TextStartsWith({Emp No}, "E-11")', "cells", "starts-ends"),
        ("hours that only occur once", "Unique({Hours})", "cells"),
        ("staff on exactly 40 hours", "Equals({Hours}, 40)", "rows"),
        ("pay rates other than $30 an hour", "NotEquals({Hourly Rate}, 30)", "rows", "negation"),
        ("Kofi's line", 'TextContains({Employee}, "Kofi")', "rows", "obvious"),
        ("hourly rates not betwen 19 and 34", "NotBetween({Hourly Rate}, 19, 34)", "rows", "negation",
         "typo"),
    ],
    "assets": [
        ("warranty expiring today", "Today({Warranty Ends})", "rows"),
        ("warranties that ended yesterday", "Yesterday({Warranty Ends})", "cells"),
        ("warrenty runs out tomorrow", "Tomorrow({Warranty Ends})", "rows", "typo"),
        ("warranty ends next week", "NextWeek({Warranty Ends})", "rows"),
        ("warranties expiring next month", "NextMonth({Warranty Ends})", "cells"),
        ("kit bought this month", "ThisMonth({Purchased})", "rows"),
        ("all the laptops", 'TextEquals({Device}, "Laptop")', "rows", "obvious"),
        ("phones and tablets", 'OR(TextEquals({Device}, "Phone"), TextEquals({Device}, "Tablet"))', "rows",
         "or"),
        ("unasigned devices", "Blanks({Assigned To})", "rows", "polarity", "typo"),
        ("assets that have someone assigned", "NotBlanks({Assigned To})", "cells"),
        ("Windows machines", 'TextStartsWith({OS}, "Windows")', "rows", "starts-ends"),
        ("OS doesn't mention mac", 'TextNotContains({OS}, "mac")', "cells", "negation"),
        ("assets worth $1,450 or more", "GreaterThanEqual({Cost ($)}, 1450)", "rows", "number-format"),
        ("items cheaper than $799", "LessThan({Cost ($)}, 799)", "cells", "boundary"),
        ("which asset cost the most?", "Top({Cost ($)}, 1)", "rows", "superlative"),
        ("three cheapest pieces of kit", "Bottom({Cost ($)}, 3)", "cells", "superlative"),
        ("costs from $799 to $1,299", "Between({Cost ($)}, 799, 1299)", "cells", "boundary"),
        ("items that are not in use", 'NOT(TextEquals({Status}, "In use"))', "rows", "negation"),
        ("Lost OR Disposed", 'OR(TextEquals({Status}, "Lost"), TextEquals({Status}, "Disposed"))', "rows",
         "or", "odd-case"),
        ("asset costs that repeat", "Duplicates({Cost ($)})", "cells"),
        ("Sam T.'s equipment", 'TextEquals({Assigned To}, "Sam T.")', "rows"),
        ("devices in for repair", 'TextEquals({Status}, "Repair")', "cells"),
        ("warranties that lapsed in May", "LastMonth({Warranty Ends})", "rows"),
        ("OS versions ending in 14", 'TextEndsWith({OS}, "14")', "cells", "starts-ends"),
    ],
    "restaurant": [
        ("bills of $45 or more", "GreaterThanEqual({Total ($)}, 45)", "rows", "boundary"),
        ("totals under $12.50", "LessThan({Total ($)}, 12.5)", "cells", "boundary"),
        ("anything vegan on the order", 'TextContains({Dish}, "vegan")', "rows", "named-word"),
        ("the curries, whole row", 'TextContains({Dish}, "curry")', "rows"),
        ("anything pizza", 'TextContains({Dish}, "pizza")', "cells"),
        ("Mia's orders", 'TextEquals({Server}, "Mia")', "rows"),
        ("orders with no server recorded", "Blanks({Server})", "rows", "polarity"),
        ("tables 1 to 4", "Between({Table}, 1, 4)", "rows", "boundary"),
        ("big parties - qty of 4+", "GreaterThanEqual({Qty}, 4)", "rows", "number-format"),
        ("anything ordered today", "Today({Order Date})", "rows"),
        ("yesterdays orders", "Yesterday({Order Date})", "rows", "typo"),
        ("anything ordered within the past week", "Last7Days({Order Date})", "cells"),
        ("last week's orders", "LastWeek({Order Date})", "rows"),
        ("orders in may", "LastMonth({Order Date})", "cells", "odd-case"),
        ("tip % over 18", "GreaterThan({Tip %}, 0.18)", "cells", "boundary"),
        ("tips of exactly 10%", "Equals({Tip %}, 0.1)", "rows"),
        ("bigest bill", "Top({Total ($)}, 1)", "rows", "superlative", "typo"),
        ("the top 10% of totals", "TopPercent({Total ($)}, 10)", "cells", "superlative"),
        ("single items (qty 1)", "Equals({Qty}, 1)", "cells"),
        ("dishes ordered more than once", "Duplicates({Dish})", "rows"),
        ("one-off dishes", "Unique({Dish})", "cells"),
        ("tips that are not 15%", "NotEquals({Tip %}, 0.15)", "cells", "negation"),
        ("above average totals", "AboveAverage({Total ($)})", "rows"),
        ("Colour scale on tip %", "ColorScale({Tip %})", "cells"),
        ("raj or ana's tables", 'OR(TextEquals({Server}, "Raj"), TextEquals({Server}, "Ana"))', "rows", "or",
         "odd-case"),
        ("orders this mnth", "ThisMonth({Order Date})", "rows", "typo"),
        ("tables numbered above half a dozen", "GreaterThan({Table}, 6)", "rows", "number-format"),
        ("data bars in the tip column", "DataBar({Tip %})", "cells"),
        ("dishes ending in curry", 'TextEndsWith({Dish}, "Curry")', "cells", "starts-ends"),
    ],
    "campaigns": [
        ("campaigns with a budget of 5k+", "GreaterThanEqual({Budget ($)}, 5000)", "rows", "number-format"),
        ("budgets under two thousand", "LessThan({Budget ($)}, 2000)", "cells", "boundary"),
        ("CTR of 4% or better", "GreaterThanEqual({CTR}, 0.04)", "rows", "boundary"),
        ("click-through under 1 percent", "LessThan({CTR}, 0.01)", "cells", "number-format"),
        ("CTR errors", "Errors({CTR})", "cells"),
        ("clean CTR values, no errors", "NotErrors({CTR})", "cells"),
        ("campaigns with no clicks data yet", "Blanks({Clicks})", "rows", "polarity"),
        ("lauched this week", "ThisWeek({Launch})", "rows", "typo"),
        ("campaigns going live next week", "NextWeek({Launch})", "rows"),
        ("launches in May", "LastMonth({Launch})", "cells"),
        ("launched today", "Today({Launch})", "cells"),
        ("email campaigns in green please", 'TextEquals({Channel}, "Email")', "rows", "named-word"),
        ("anything that's not social", 'NOT(TextEquals({Channel}, "Social"))', "cells", "negation"),
        ("the Summer campaigns", 'TextContains({Campaign}, "summer")', "rows"),
        ("campaign names ending in Launch", 'TextEndsWith({Campaign}, "Launch")', "cells", "starts-ends"),
        ("hana's campaigns", 'TextEquals({Owner}, "Hana")', "rows", "odd-case"),
        ("campaigns owned by Luis or Omar", 'OR(TextEquals({Owner}, "Luis"), TextEquals({Owner}, "Omar"))',
         "rows", "or"),
        ("top 3 by convresions", "Top({Conversions}, 3)", "rows", "superlative", "typo"),
        ("lowest 25% of clicks", "BottomPercent({Clicks}, 25)", "cells", "superlative"),
        ("conversions below average", "BelowAverage({Conversions})", "rows"),
        ("budget between 2,000 and 8,000 dollars", "Between({Budget ($)}, 2000, 8000)", "cells", "boundary"),
        ("more than 12,400 clicks", "GreaterThan({Clicks}, 12400)", "rows", "number-format"),
        ("at most 55 conversions", "LessThanEqual({Conversions}, 55)", "cells", "boundary"),
        ("duplicate CTRs", "Duplicates({CTR})", "cells"),
        ("budgts of 1.5k or less", "LessThanEqual({Budget ($)}, 1500)", "rows", "number-format", "typo"),
        ("campaigns that have a CTR", "NotBlanks({CTR})", "cells"),
    ],
    "recruitment": [
        ("senior candidates with 8+ years", "GreaterThanEqual({Years Exp}, 8)", "rows", "number-format"),
        ("less than 3 years experiance", "LessThan({Years Exp}, 3)", "cells", "boundary", "typo"),
        ("asking more than 100k", "GreaterThan({Salary Ask}, 100000)", "rows", "number-format"),
        ("salary expectations between 50k and 72k", "Between({Salary Ask}, 50000, 72000)", "cells",
         "number-format"),
        ("referrals", 'TextEquals({Source}, "Referral")', "rows", "obvious"),
        ("candidates from linkedin", 'TextEquals({Source}, "LinkedIn")', "rows"),
        ("engineers", 'TextContains({Role}, "Engineer")', "rows", "named-word"),
        ("desinger roles", 'TextContains({Role}, "designer")', "cells", "typo"),
        ("anyone rejected or withdrawn",
         'OR(TextEquals({Stage}, "Rejected"), TextEquals({Stage}, "Withdrawn"))', "rows", "or"),
        ("still at Applied stage", 'TextEquals({Stage}, "Applied")', "cells"),
        ("everyone not yet hired", 'NOT(TextEquals({Stage}, "Hired"))', "rows", "negation"),
        ("interviews today", "Today({Interview})", "rows"),
        ("interview tommorow", "Tomorrow({Interview})", "cells", "typo"),
        ("who has an interview next week?", "NextWeek({Interview})", "rows"),
        ("who hasn't got an interview booked yet", "Blanks({Interview})", "rows", "polarity"),
        ("interviews held last month", "LastMonth({Interview})", "cells"),
        ("applied yesterday", "Yesterday({Applied})", "cells"),
        ("applications in the past seven days", "Last7Days({Applied})", "rows"),
        ("applied last week", "LastWeek({Applied})", "cells"),
        ("applied this month", "ThisMonth({Applied})", "rows"),
        ("most experienced 2", "Top({Years Exp}, 2)", "rows", "superlative"),
        ("bottom 3 salary asks", "Bottom({Salary Ask}, 3)", "cells", "superlative"),
        ("above-average experience", "AboveAverage({Years Exp})", "cells"),
        ("years of experience that appear only once", "Unique({Years Exp})", "cells"),
        ("candidates with an interview date", "NotBlanks({Interview})", "rows"),
        ("traffic lights on salary asks", "IconSet({Salary Ask})", "cells"),
        ("colour-scale the salary asks", "ColorScale({Salary Ask})", "cells"),
        ("years of experience other than 3", "NotEquals({Years Exp}, 3)", "cells", "negation"),
        ("role titles that end in Manager", 'TextEndsWith({Role}, "Manager")', "rows", "starts-ends"),
    ],
    "meters": [
        ("usage above 5,000 kWh", "GreaterThan({Usage (kWh)}, 5000)", "rows", "number-format"),
        ("usage of 1k or less", "LessThanEqual({Usage (kWh)}, 1000)", "cells", "number-format"),
        ("which meters used exactly 1,200 kWh?", "Equals({Usage (kWh)}, 1200)", "rows", "number-format"),
        ("please shade every gas meter row", 'TextEquals({Utility}, "Gas")', "rows", "named-word"),
        ("estimted reads", 'TextEquals({Type}, "Estimated")', "rows", "typo"),
        ("readings that aren't actual", 'NOT(TextEquals({Type}, "Actual"))', "cells", "negation"),
        ("cost errors", "Errors({Cost (€)})", "cells"),
        ("sites spending more than €1,000", "GreaterThan({Cost (€)}, 1000)", "rows", "number-format"),
        ("costs between €100 and €300", "Between({Cost (€)}, 100, 300)", "cells", "boundary"),
        ("two most expensive meters", "Top({Cost (€)}, 2)", "rows", "superlative"),
        ("the 2 lowest readings", "Bottom({Reading}, 2)", "cells", "superlative"),
        ("meters read today", "Today({Read Date})", "rows"),
        ("reads taken yesterday", "Yesterday({Read Date})", "cells"),
        ("meter reads from last month", "LastMonth({Read Date})", "rows"),
        ("read this week", "ThisWeek({Read Date})", "cells"),
        ("meters read during the last seven days", "Last7Days({Read Date})", "rows"),
        ("usage above average", "AboveAverage({Usage (kWh)})", "rows"),
        ("below-average cost", "BelowAverage({Cost (€)})", "cells"),
        ("sites listed more then once", "Duplicates({Site})", "rows", "typo"),
        ("Warehouse sites", 'TextStartsWith({Site}, "Warehouse")', "rows", "starts-ends"),
        ("shop meters", 'TextContains({Site}, "shop")', "cells"),
        ("icon set on the cost column", "IconSet({Cost (€)})", "cells", "column-word"),
        ("everything except electricity", 'NOT(TextEquals({Utility}, "Electricity"))', "rows", "negation"),
        ("readings below 4,100", "LessThan({Reading}, 4100)", "cells", "boundary"),
        ("usage of at least 1,200 but no more than 4,000",
         "AND(GreaterThanEqual({Usage (kWh)}, 1200), LessThanEqual({Usage (kWh)}, 4000))", "rows",
         "boundary"),
        ("heat map on cost", "ColorScale({Cost (€)})", "cells"),
    ],
}


def build_record(table: str, entry: tuple) -> dict:
    """everyday_tables' record for one entry on this module's TABLES, ID prefixed PREFIX, tag TAG."""
    return base.build_record(table, (*entry, TAG), tables=TABLES, prefix=PREFIX)


def requests_elsewhere() -> set[str]:
    """The requests of the other everyday sets, lower-cased (none may be in this set)."""
    return requests_in(OTHER_SETS)


def build() -> list[dict]:
    """Every record, after everyday_tables' checks (near misses, other columns, not all / none)
    and after checking that no request is already in another everyday set."""
    built = [(build_record(table, entry), entry[1]) for table, entries in ENTRIES.items()
             for entry in entries]
    check_unique([record for record, _ in built])
    seen = requests_elsewhere()
    found = [f"{record['Table']}: {record['NL Utterance']!r} is already in another set"
             for record, _ in built if record["NL Utterance"].strip().lower() in seen]
    found += [problem for record, text in built for problem in base.problems(record, text)]
    if found:
        raise SystemExit("\n".join(found))
    return [record for record, _ in built]


def _count_lines(records: list[dict], field: str) -> list[str]:
    """`name  dev N  test M` for each value of `field`, under a `per field:` line."""
    per = Counter((r[field], split_of(r["ID"])) for r in records)
    return [f"per {field}:"] + [f"  {name:18s} dev {per[name, 'dev']:3d}  test {per[name, 'test']:3d}"
                                for name in sorted({name for name, _ in per})]


def main() -> None:
    records = build()
    counts = write_splits(OUT, records)
    lines = [f"wrote {OUT}: {len(records)} records over {len(TABLES)} tables, {counts}"]
    lines += [line for field in ("Table", "Scope", "Function") for line in _count_lines(records, field)]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
