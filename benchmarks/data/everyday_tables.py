"""The everyday table requests, written by hand, and the builder of everyday_tables.json.

Users select a whole table and name the column in their own words ("late orders" -> Status,
"salaries above 70k" -> Salary, "everyone in IT" -> Department). Each entry is (request, rule,
scope[, tag]) on one of TABLES (a realistic table, header first, 11-12 data rows of mixed types).
The rule names its column by header, `{Status}`, and the builder writes it in the indexed-column
dialect of the benchmark's held-out split (`TextEquals(c[3], "Late")`). `scope` is "rows" when
the request asks for whole rows ("the entire row", "rows where ...", "highlight the orders
that ...") and "cells" otherwise.

Run `python benchmarks/data/everyday_tables.py` to rebuild everyday_tables.json. Each record has
the benchmark fields (`ID`, `NL Utterance`, `Code`, `Data`, `Labels`: 0/1 per Data row, header 0,
the rows the rule formats, from the project's executor at the bench's reference date 2024-06-12)
and `Function`, `Scope`, `Column` (header of the tested column, the rule's first `c[i]`),
`Table`, `Today`. The builder checks canonical spelling, near misses (as everyday_cf.py) and that
the same rule on any other column formats other rows; dev/test by a hash of the ID.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from everyday_common import (  # noqa: E402
    REFERENCE_DATE, check_unique, function_of, labels_of, record_id, split_of,
    weak_near_misses, write_splits,
)

from cf_assistant.languages.cf import parse, to_text  # noqa: E402
from cf_assistant.languages.cf.judge import cf_execution  # noqa: E402

OUT = Path(__file__).resolve().parent / "everyday_tables.json"

TABLES: dict[str, list[list[str]]] = {
    "sales": [
        ["Region", "Rep", "Product", "Units", "Revenue", "Quarter"],
        ["North", "Alice Kim", "Laptop", "12", "14,400", "Q1"],
        ["South", "Bob Ortiz", "Tablet", "30", "9,000", "Q1"],
        ["East", "Chen Li", "Laptop", "8", "9,600", "Q2"],
        ["West", "Dana Fox", "Phone", "45", "22,500", "Q2"],
        ["north", "Eli Stone", "Monitor", "15", "3,000", "Q2"],
        ["South", "Fay Hart", "Phone", "50", "25,000", "Q3"],
        ["East", "Gus Lee", "Tablet", "0", "0", "Q3"],
        ["West", "Hana Sato", "Laptop", "20", "20,000", "Q3"],
        ["North-East", "Ian Ross", "Phone", "10", "5,000", "Q4"],
        ["South", "Jo Park", "Monitor", "25", "5,000", "Q4"],
        ["West", "Kim Yu", "Laptop bag", "100", "1,200", "Q4"],
        ["Central", "Lee Chan", "Tablet", "n/a", "", "Q4"],
        ["South", "Mo Diaz", "Phone", "-3", " ", "Q1"],
    ],
    "grades": [
        ["Student", "Class", "Math", "English", "Science", "Grade", "Comments"],
        ["Ava Brown", "10A", "90", "88", "79", "A", "Excellent work"],
        ["Ben Clark", "10B", "58", "60", "70", "C", "needs improvement"],
        ["Cara Diaz", "10A", "75", "81", "85", "B", ""],
        ["Dev Patel", "10C", "49", "55", "60", "F", "Needs improvement in math"],
        ["Ella Moss", "10B", "100", "97", "99", "A+", "top of class"],
        ["Finn Ward", "10A", "67", "72", "68", "C", ""],
        ["Gina Holt", "10C", "81", "80", "90", "B", "good effort"],
        ["Hugo Lane", "10B", "50", "50", "45", "D", "absent twice"],
        ["Isla Reed", "10A", "88", "91", "93", "A", " "],
        ["Jack Fry", "10C", "absent", "58", "58", "D", "missed exam"],
        ["Kate Nolan", "10B", "73", "68", "77", "B-", "improvement shown"],
        ["Liam Shaw", "10A", "95", "85", "88", "A", "excellent"],
    ],
    "stock": [
        ["SKU", "Item", "Category", "In Stock", "Reorder Level", "Unit Cost", "Supplier"],
        ["A-100", "Stapler", "Office", "25", "10", "4.50", "Acme"],
        ["A-101", "Paper A4", "Office", "5", "20", "3.99", "Paperco"],
        ["B-200", "Desk Lamp", "Lighting", "0", "5", "18.00", "BrightLtd"],
        ["B-201", "LED Bulb", "Lighting", "120", "50", "2.25", "BrightLtd"],
        ["C-300", "Office Chair", "Furniture", "8", "8", "89.00", "SitWell"],
        ["C-301", "Desk", "Furniture", "3", "2", "150.00", "SitWell"],
        ["A-102", "Pens (box)", "Office", "50", "25", "5.00", "Acme"],
        ["D-400", "Monitor Arm", "Accessories", "10", "5", "35.50", ""],
        ["B-202", "Floor Lamp", "Lighting", "-2", "4", "42.00", "brightltd"],
        ["A-103", "Envelopes", "Office", "0", "15", "1.99", "Paperco"],
        ["D-401", "Cable Tray", "Accessories", "n/a", "10", "12.00", "Acme"],
        ["C-302", "Bookshelf", "Furniture", "6", "3", "50.00", " "],
    ],
    "staff": [
        ["Name", "Department", "Title", "Salary", "Start Date", "Email"],
        ["Anna Lee", "IT", "Developer", "72,000", "2019-03-01", "anna.lee@corp.com"],
        ["Brian Cox", "HR", "Recruiter", "48,500", "2021-07-15", "brian.cox@corp.com"],
        ["Carmen Ruiz", "Finance", "Analyst", "70,000", "2018-11-20", "carmen@corp.com"],
        ["David Kim", "IT Support", "Technician", "41,000", "2024-06-03", "david.kim@gmail.com"],
        ["Elena Popov", "it", "Architect", "98,000", "2015-01-10", "elena@corp.com"],
        ["Farid Haddad", "Sales", "Account Manager", "65,000", "2024-05-20", "farid@corp.com"],
        ["Grace Ho", "Finance", "Controller", "110,000", "2012-09-01", "grace.ho@corp.com"],
        ["Hank Miller", "Sales", "Sales Rep", "39,900", "2024-06-10", " "],
        ["Irene Adler", "IT", "Security Lead", "100,000", "2020-02-14", "irene@corp.com"],
        ["Jonas Berg", "HR", "HR Manager", "70,001", "2016-04-04", ""],
        ["Kofi Mensah", "Audit", "Auditor", "69,999", "2022-08-08", "kofi@corp.com"],
        ["Lucy Gray", "Marketing", "Designer", "50,000", "2024-06-07", "lucy@gmail.com"],
    ],
    "tasks": [
        ["Task", "Owner", "Due Date", "Status", "Priority", "Hours"],
        ["Draft budget", "Ana", "2024-06-10", "Done", "High", "6"],
        ["Client call", "Ben", "2024-06-12", "In progress", "Medium", "1"],
        ["Update website", "Cai", "2024-06-13", "Not started", "Low", "12"],
        ["Quarterly report", "Ana", "2024-06-07", "Late", "High", "20"],
        ["Hire intern", "Dee", "2024-06-19", "Not started", "medium", "5"],
        ["Fix printer", "Ben", "2024-06-11", "late", "Low", "0.5"],
        ["Plan offsite", "Cai", "2024-07-02", "Escalated", "High", "8"],
        ["Tax filing", "Dee", "2024-05-31", "Done", "Critical", "15"],
        ["Team lunch", "Ana", "2024-06-14", "Done", "low", "2"],
        ["Security audit", "Eve", "2024-06-04", "Late", "Highest", "30"],
        ["Inventory", "Ben", "", "On hold", "Medium", ""],
        ["Board deck", "Eve", " ", "In progress", "Critical", "10"],
    ],
    "orders": [
        ["Order ID", "Customer", "Order Date", "Amount", "Status", "Country"],
        ["SO-1001", "Acme Ltd", "2024-06-11", "500.00", "Shipped", "USA"],
        ["SO-1002", "Birch & Co", "2024-06-03", "1,200.00", "Late", "UK"],
        ["SO-1003", "Acme Ltd", "2024-05-28", "75.50", "Delivered", "USA"],
        ["SO-1004", "Cobalt Inc", "2024-06-12", "3,400.00", "Pending", "Canada"],
        ["SO-1005", "Delta GmbH", "2024-06-09", "980.00", "late", "Germany"],
        ["SO-1006", "Birch & Co", "2024-06-13", "1,000.00", "Pending", "UK"],
        ["SO-1007", "Echo SA", "2024-04-30", "100.00", "Cancelled", "France"],
        ["SO-1008", "Acme Ltd", "2024-06-07", "1,000.01", "Shipped", "usa"],
        ["SO-1009", "Fjord AS", " ", "0", "Cancelled", "Norway"],
        ["SO-1010", "Gamma LLC", "2024-06-12", "560.00", "Delivered late", "USA"],
        ["SO-1011", "Cobalt Inc", "", "999.99", "Draft", "Canada"],
        ["SO-1012", "Helix Pty", "2024-05-15", "15,000.00", "Delivered", "Australia"],
    ],
    "invoices": [
        ["Invoice", "Client", "Issued", "Due", "Total", "Paid", "Notes"],
        ["INV-001", "Northwind", "2024-05-02", "2024-06-08", "1,500", "Yes", ""],
        ["INV-002", "Contoso", "2024-05-15", "2024-06-14", "820", "No", "reminder sent"],
        ["INV-003", "Fabrikam", "2024-05-20", "2024-06-19", "4,300", "no", ""],
        ["INV-004", "Northwind", "2024-06-01", "2024-07-01", "500", "Yes", "paid by card"],
        ["INV-005", "Tailspin", "2024-04-10", "2024-05-10", "12,000", "No", "DISPUTED"],
        ["INV-006", "Contoso", "2024-06-07", "2024-07-05", "820", "Partial", ""],
        ["INV-007", "Litware", "2024-06-10", "2024-07-10", "1,000", "Yes", " "],
        ["INV-008", "Adatum", "2024-05-31", "2024-06-12", "2,750", "No", "second reminder"],
        ["INV-009", "Fabrikam", "2024-06-11", "2024-07-11", "0", "Yes", "credit note"],
        ["INV-010", "Tailspin", "2024-03-15", "2024-04-14", "TBC", "No", "disputed amount"],
        ["INV-011", "Litware", "2024-06-12", "2024-07-12", "#N/A", "No", "total missing"],
    ],
    "expenses": [
        ["Date", "Employee", "Category", "Amount", "Receipt", "Approved"],
        ["2024-06-03", "Omar", "Travel", "420.00", "Yes", "TRUE"],
        ["2024-06-04", "Priya", "Meals", "38.50", "Yes", "TRUE"],
        ["2024-06-05", "Omar", "Meals", "61.20", "No", "FALSE"],
        ["2024-06-10", "Quinn", "Travel", "1,150.00", "Yes", "FALSE"],
        ["2024-06-11", "Priya", "Office supplies", "89.99", "yes", "TRUE"],
        ["2024-05-29", "Rosa", "Training", "500.00", "Yes", "TRUE"],
        ["2024-06-12", "Quinn", "Meals", "25.00", "No", "FALSE"],
        ["2024-06-07", "Sam", "Travel", "1,150.00", "Yes", "TRUE"],
        ["2024-05-14", "Rosa", "Software", "199.00", "No", "TRUE"],
        ["2024-06-11", "Sam", "meals", "TBC", "Yes", "FALSE"],
        ["2024-06-08", "Omar", "Taxi", "50.00", "", "FALSE"],
        ["2024-06-12", "Tara", "Travel expenses", "1,000.00", " ", "TRUE"],
    ],
    "tickets": [
        ["Ticket", "Subject", "Opened", "Agent", "Response (h)", "Satisfaction"],
        ["T-501", "Login fails", "2024-06-12", "Mia", "0.5", "5"],
        ["T-502", "Refund request", "2024-06-11", "Noah", "26", "2"],
        ["T-503", "Password reset", "2024-06-10", "Mia", "1", "4"],
        ["T-504", "refund not received", "2024-06-06", "Olga", "48", "1"],
        ["T-505", "Billing question", "2024-06-05", "Noah", "4", "3"],
        ["T-506", "App crashes", "2024-06-12", "Pete", "24", ""],
        ["T-507", "Feature request", "2024-05-30", "Olga", "72", "4"],
        ["T-508", "Login slow", "2024-06-09", "Mia", "0", "5"],
        ["T-509", "Cancel subscription", "2024-06-01", "Pete", "pending", "2"],
        ["T-510", "Export broken", "2024-06-13", "Noah", "", ""],
        ["T-511", "Refund", "2024-05-20", "Olga", "25", "3"],
        ["T-512", "Blog login", "2024-06-08", "Pete", " ", "4"],
    ],
}

# table -> [(request, rule with {Header} for c[i], scope[, tag])]
ENTRIES: dict[str, list[tuple]] = {
    "sales": [
        ("highlight sales in the North region", 'TextEquals({Region}, "North")', "rows"),
        ("revenue over 20k", "GreaterThan({Revenue}, 20000)", "cells", "number-format"),
        ("highlight the entire row where units sold are at least 25",
         "GreaterThanEqual({Units}, 25)", "rows", "boundary"),
        ("highlight laptop sales", 'TextEquals({Product}, "Laptop")', "rows"),
        ("rows where no units were sold", "Equals({Units}, 0)", "rows"),
        ("top 3 reps by revenue", "Top({Revenue}, 3)", "rows", "superlative"),
        ("Q4 rows", 'TextEquals({Quarter}, "Q4")', "rows"),
        ("revenue below average", "BelowAverage({Revenue})", "cells"),
        ("missing revenue figures", "Blanks({Revenue})", "cells", "polarity"),
        ("duplicate revenue amounts", "Duplicates({Revenue})", "cells"),
        ("data bars on units", "DataBar({Units})", "cells"),
        ("regions that start with North", 'TextStartsWith({Region}, "North")', "cells", "starts-ends"),
        ("products containing laptop", 'TextContains({Product}, "laptop")', "cells"),
        ("Units greater than 20", "GreaterThan({Units}, 20)", "cells"),
        ("laptop sales over 10k, whole row",
         'AND(TextEquals({Product}, "Laptop"), GreaterThan({Revenue}, 10000))', "rows"),
        ("reps whose name ends in Lee", 'TextEndsWith({Rep}, "Lee")', "cells"),
    ],
    "grades": [
        ("students who scored under 50 in maths", "LessThan({Math}, 50)", "rows", "column-word"),
        ("english marks above 80", "GreaterThan({English}, 80)", "cells"),
        ("highlight the whole row for students in 10A", 'TextEquals({Class}, "10A")', "rows"),
        ("A grades", 'TextEquals({Grade}, "A")', "cells"),
        ("grades starting with A", 'TextStartsWith({Grade}, "A")', "cells", "starts-ends"),
        ("comments that mention improvement", 'TextContains({Comments}, "improvement")', "cells",
         "named-word"),
        ("science scores between 70 and 90", "Between({Science}, 70, 90)", "cells"),
        ("top 3 students in science", "Top({Science}, 3)", "rows"),
        ("below-average English", "BelowAverage({English})", "cells"),
        ("students with no comment", "Blanks({Comments})", "rows", "polarity"),
        ("a perfect 100 in math", "Equals({Math}, 100)", "cells"),
        ("color scale on the math marks", "ColorScale({Math})", "cells"),
        ("Rows where the English score is 60 or less", "LessThanEqual({English}, 60)", "rows"),
        ("students in 10B with English under 60",
         'AND(TextEquals({Class}, "10B"), LessThan({English}, 60))', "rows"),
        ("Math over 90", "GreaterThan({Math}, 90)", "cells"),
        ("highlight students with a B grade or better", 'OR(TextStartsWith({Grade}, "A"), TextStartsWith({Grade}, "B"))',
         "rows", "or"),
        ("classes ending in B", 'TextEndsWith({Class}, "B")', "cells"),
    ],
    "stock": [
        ("out of stock items", "Equals({In Stock}, 0)", "rows", "obvious"),
        ("items whose stock is below the reorder level", "LessThan({In Stock}, {Reorder Level})",
         "rows"),
        ("stock under 10", "LessThan({In Stock}, 10)", "cells"),
        ("highlight lighting products", 'TextEquals({Category}, "Lighting")', "rows"),
        ("items costing more than $50", "GreaterThan({Unit Cost}, 50)", "rows"),
        ("unit cost between 5 and 40 dollars", "Between({Unit Cost}, 5, 40)", "cells"),
        ("SKUs beginning with A", 'TextStartsWith({SKU}, "A")', "cells"),
        ("rows with no supplier", "Blanks({Supplier})", "rows"),
        ("everything from BrightLtd, whole row", 'TextEquals({Supplier}, "BrightLtd")', "rows"),
        ("items with lamp in the name", 'TextContains({Item}, "lamp")', "rows"),
        ("data bars for the stock levels", "DataBar({In Stock})", "cells"),
        ("the 3 cheapest items", "Bottom({Unit Cost}, 3)", "rows", "superlative"),
        ("stock of 50 or more", "GreaterThanEqual({In Stock}, 50)", "cells"),
        ("reorder levels above 10", "GreaterThan({Reorder Level}, 10)", "cells"),
        ("suppliers ending in Ltd", 'TextEndsWith({Supplier}, "Ltd")', "cells"),
        ("Furniture or Lighting rows", 'OR(TextEquals({Category}, "Furniture"), TextEquals({Category}, "Lighting"))',
         "rows", "or"),
    ],
    "staff": [
        ("highlight the entire row for everyone in IT", 'TextEquals({Department}, "IT")', "rows"),
        ("salaries above 70k", "GreaterThan({Salary}, 70000)", "cells", "number-format"),
        ("staff earning 70,000 or less", "LessThanEqual({Salary}, 70000)", "rows", "boundary"),
        ("people who started this month", "ThisMonth({Start Date})", "rows"),
        ("new starters in the last 7 days", "Last7Days({Start Date})", "rows"),
        ("emails ending in gmail.com", 'TextEndsWith({Email}, "gmail.com")', "cells"),
        ("missing email addresses", "Blanks({Email})", "cells", "polarity"),
        ("highlight the managers", 'TextContains({Title}, "manager")', "rows"),
        ("top 3 salaries", "Top({Salary}, 3)", "cells"),
        ("departments that appear more than once", "Duplicates({Department})", "cells"),
        ("salaries below the average", "BelowAverage({Salary})", "cells"),
        ("rows for anyone not in Finance", 'NOT(TextEquals({Department}, "Finance"))', "rows",
         "negation"),
        ("who joined last month?", "LastMonth({Start Date})", "rows"),
        ("IT staff earning over 98,000",
         'AND(TextEquals({Department}, "IT"), GreaterThan({Salary}, 98000))', "rows"),
        ("start dates in the previous month", "LastMonth({Start Date})", "cells"),
        ("salaries from 50k up to but not including 70k",
         "AND(GreaterThanEqual({Salary}, 50000), LessThan({Salary}, 70000))", "cells", "boundary"),
        ("start dates this week", "ThisWeek({Start Date})", "cells"),
        ("people on more than 100,000", "GreaterThan({Salary}, 100000)", "rows"),
    ],
    "tasks": [
        ("highlight late tasks", 'TextEquals({Status}, "Late")', "rows"),
        ("tasks due this week", "ThisWeek({Due Date})", "rows"),
        ("due today", "Today({Due Date})", "cells"),
        ("tasks due next week", "NextWeek({Due Date})", "rows"),
        ("what is due tomorrow", "Tomorrow({Due Date})", "rows"),
        ("due dates last week", "LastWeek({Due Date})", "cells"),
        ("high priority tasks, entire row", 'TextEquals({Priority}, "High")', "rows"),
        ("Ana's tasks", 'TextEquals({Owner}, "Ana")', "rows"),
        ("tasks that take more than 10 hours", "GreaterThan({Hours}, 10)", "rows"),
        ("done", 'TextEquals({Status}, "Done")', "cells"),
        ("tasks without a due date", "Blanks({Due Date})", "rows", "polarity"),
        ("every row that isn't done", 'NOT(TextEquals({Status}, "Done"))', "rows", "negation"),
        ("not started", 'TextEquals({Status}, "Not started")', "cells"),
        ("due next month", "NextMonth({Due Date})", "cells"),
        ("hours under 5", "LessThan({Hours}, 5)", "cells"),
        ("tasks that are high priority and late",
         'AND(TextEquals({Priority}, "High"), TextEquals({Status}, "Late"))', "rows"),
        ("tasks due next wk", "NextWeek({Due Date})", "cells"),
        ("whole row for tasks due next month", "NextMonth({Due Date})", "rows"),
        ("tasks that were due yesterday", "Yesterday({Due Date})", "rows"),
        ("due this month", "ThisMonth({Due Date})", "cells"),
        ("late or escalated tasks", 'OR(TextEquals({Status}, "Late"), TextEquals({Status}, "Escalated"))',
         "rows", "or"),
    ],
    "orders": [
        ("highlight the orders that are late", 'TextEquals({Status}, "Late")', "rows"),
        ("orders over $1,000", "GreaterThan({Amount}, 1000)", "rows", "number-format"),
        ("amounts of at least 1000", "GreaterThanEqual({Amount}, 1000)", "cells", "boundary"),
        ("orders placed today", "Today({Order Date})", "rows"),
        ("orders from last month", "LastMonth({Order Date})", "rows"),
        ("US orders", 'TextEquals({Country}, "USA")', "rows"),
        ("repeat customers", "Duplicates({Customer})", "cells"),
        ("cancelled orders - whole row", 'TextEquals({Status}, "Cancelled")', "rows"),
        ("orders from Acme", 'TextContains({Customer}, "Acme")', "rows"),
        ("the biggest order", "Top({Amount}, 1)", "rows", "superlative"),
        ("orders in the past 7 days", "Last7Days({Order Date})", "rows"),
        ("statuses containing late", 'TextContains({Status}, "late")', "cells"),
        ("amounts under 100", "LessThan({Amount}, 100)", "cells"),
        ("orders with no date", "Blanks({Order Date})", "rows", "polarity"),
        ("orders over 500 but under 1,000", "AND(GreaterThan({Amount}, 500), LessThan({Amount}, 1000))",
         "rows"),
        ("orders placed in May", "LastMonth({Order Date})", "cells"),
        ("late or cancelled orders", 'OR(TextEquals({Status}, "Late"), TextEquals({Status}, "Cancelled"))',
         "rows", "or"),
        ("orders dated tomorrow (pre-orders)", "Tomorrow({Order Date})", "rows"),
        ("orders last week", "LastWeek({Order Date})", "rows"),
        ("customers ending in Ltd", 'TextEndsWith({Customer}, "Ltd")', "cells"),
    ],
    "invoices": [
        ("unpaid invoices", 'TextEquals({Paid}, "No")', "rows"),
        ("invoices over 1k", "GreaterThan({Total}, 1000)", "rows", "number-format"),
        ("totals showing an error", "Errors({Total})", "cells"),
        ("invoices due this week", "ThisWeek({Due})", "rows"),
        ("due next week", "NextWeek({Due})", "cells"),
        ("invoices falling due next month", "NextMonth({Due})", "rows"),
        ("issued last month", "LastMonth({Issued})", "cells"),
        ("disputed invoices", 'TextContains({Notes}, "disputed")', "rows"),
        ("notes mentioning reminder", 'TextContains({Notes}, "reminder")', "cells"),
        ("rows where the notes are empty", "Blanks({Notes})", "rows", "polarity"),
        ("duplicate totals", "Duplicates({Total})", "cells"),
        ("invoices due today", "Today({Due})", "rows"),
        ("totals between 500 and 2000", "Between({Total}, 500, 2000)", "cells"),
        ("highlight invoices whose total is an error", "Errors({Total})", "rows"),
        ("broken totals", "Errors({Total})", "cells"),
        ("invoices due the week after this", "NextWeek({Due})", "rows"),
        ("invoices due in July", "NextMonth({Due})", "cells"),
        ("invoices issued in the last 7 days", "Last7Days({Issued})", "rows"),
        ("issued yesterday", "Yesterday({Issued})", "cells"),
        ("any #N/A or other error in the totals", "Errors({Total})", "rows"),
        ("invoices that came due last month", "LastMonth({Due})", "rows"),
        ("icon set for the invoice totals", "IconSet({Total})", "cells"),
    ],
    "expenses": [
        ("expenses over 500", "GreaterThan({Amount}, 500)", "rows"),
        ("highlight meal expenses", 'TextEquals({Category}, "Meals")', "rows"),
        ("categories that start with Travel", 'TextStartsWith({Category}, "Travel")', "cells"),
        ("rows where Receipt is No", 'TextEquals({Receipt}, "No")', "rows"),
        ("missing receipt info", "Blanks({Receipt})", "cells", "polarity"),
        ("expenses that were not approved", 'TextEquals({Approved}, "FALSE")', "rows"),
        ("expenses this week", "ThisWeek({Date})", "rows"),
        ("expenses from last week", "LastWeek({Date})", "rows"),
        ("duplicate amounts", "Duplicates({Amount})", "cells"),
        ("the 3 largest expenses", "Top({Amount}, 3)", "rows", "superlative"),
        ("amounts under $50", "LessThan({Amount}, 50)", "cells"),
        ("Omar's expenses", 'TextEquals({Employee}, "Omar")', "rows"),
        ("icon set on the amounts", "IconSet({Amount})", "cells"),
        ("Expenses from May", "LastMonth({Date})", "rows"),
        ("expenses in the last 7 days", "Last7Days({Date})", "rows"),
        ("yesterday's expenses", "Yesterday({Date})", "rows"),
        ("amounts above $1,000", "GreaterThan({Amount}, 1000)", "cells"),
        ("expenses from this month", "ThisMonth({Date})", "rows"),
    ],
    "tickets": [
        ("tickets about refunds", 'TextContains({Subject}, "refund")', "rows", "named-word"),
        ("subjects starting with login", 'TextStartsWith({Subject}, "login")', "cells",
         "starts-ends"),
        ("slow responses, over 24 hours", "GreaterThan({Response (h)}, 24)", "rows"),
        ("response time of a day or more", "GreaterThanEqual({Response (h)}, 24)", "cells"),
        ("satisfaction under 3", "LessThan({Satisfaction}, 3)", "cells"),
        ("tickets opened today", "Today({Opened})", "rows"),
        ("opened yesterday", "Yesterday({Opened})", "cells"),
        ("tickets from the last 7 days", "Last7Days({Opened})", "rows"),
        ("Mia's tickets", 'TextEquals({Agent}, "Mia")', "rows"),
        ("tickets with no response yet", "Blanks({Response (h)})", "rows", "polarity"),
        ("below-average satisfaction", "BelowAverage({Satisfaction})", "cells"),
        ("color scale on response time", "ColorScale({Response (h)})", "cells"),
        ("the 3 fastest responses", "Bottom({Response (h)}, 3)", "rows", "superlative"),
        ("satisfaction of 4", "Equals({Satisfaction}, 4)", "cells"),
        ("tickets opened last week", "LastWeek({Opened})", "rows"),
        ("tickets opened last month", "LastMonth({Opened})", "rows"),
        ("subjects ending in request", 'TextEndsWith({Subject}, "request")', "cells"),
        ("tickets opened this month", "ThisMonth({Opened})", "cells"),
        ("tickets opened tomorrow", "Tomorrow({Opened})", "cells"),
    ],
}

_HEADER_REF = re.compile(r"\{([^{}]+)\}")
# Realistic category columns rarely hold a value that contains another one, so for tables the
# text operators (equals / contains / starts / ends) are not required to format different rows;
# everyday_cf.json tests them. Boundaries, periods, blanks and the column choice are required.
_TEXT_OP = re.compile(r"Text(?:Equals|Contains|NotContains|StartsWith|EndsWith)\(")


def indexed(rule_text: str, header: list[str]) -> tuple[str, str]:
    """(`rule_text` with each {Header} as c[i], the first header named)."""
    names = _HEADER_REF.findall(rule_text)
    if not names or any(n not in header for n in names):
        raise SystemExit(f"{rule_text!r}: unknown or missing column (headers: {header})")
    return _HEADER_REF.sub(lambda m: f"c[{header.index(m.group(1))}]", rule_text), names[0]


def _other_column_rules(rule_text: str, header: list[str], column: str) -> list[str]:
    """The same rule tested on each other column (a wrong column choice)."""
    return [rule_text.replace("{" + column + "}", "{" + other + "}")
            for other in header if other != column]


def same_rows_elsewhere(rule_text: str, data: list[list], column: str) -> list[str]:
    """Other columns on which the rule formats exactly the reference's rows."""
    header = data[0]
    code, _ = indexed(rule_text, header)
    out = []
    for other_text in _other_column_rules(rule_text, header, column):
        other_code = to_text(parse(indexed(other_text, header)[0]))
        if cf_execution(code, other_code, data)[0]:
            out.append(other_code)
    return out


def build_record(table: str, entry: tuple, tables: dict[str, list[list[str]]] | None = None,
                 prefix: str = "etb") -> dict:
    """The record of one entry on `tables` (default: this module's TABLES), its ID prefixed
    `prefix` (another set built the same way gives its own tables and prefix)."""
    request, rule_text, scope = entry[:3]
    tags = list(entry[3:])
    if scope not in ("rows", "cells"):
        raise SystemExit(f"scope must be rows or cells: {entry}")
    data = (TABLES if tables is None else tables)[table]
    code, column = indexed(rule_text, data[0])
    rule = parse(code)
    canonical = to_text(rule)
    if canonical != code:
        raise SystemExit(f"write the rule canonically: {code!r} -> {canonical!r} ({request!r})")
    record = {
        "ID": record_id(prefix, f"{table}\t{request}", canonical),
        "NL Utterance": request,
        "Code": canonical,
        "Data": data,
        "Labels": labels_of(rule, data, data[0].index(column)),
        "Function": function_of(rule),
        "Scope": scope,
        "Column": column,
        "Columns": list(dict.fromkeys(_HEADER_REF.findall(rule_text))),
        "Table": table,
        "Today": REFERENCE_DATE.isoformat(),
    }
    if tags:
        record["Tags"] = tags
    return record


def problems(record: dict, rule_text: str) -> list[str]:
    """Why a record cannot stand (formats no row or every row, near misses or another column
    the table cannot tell apart from its rule); [] when it can."""
    out = []
    where = f"{record['Table']}: {record['NL Utterance']!r} {record['Code']}"
    formatted = sum(record["Labels"])
    if formatted == 0 or formatted == len(record["Data"]) - 1:
        out.append(f"{where}: formats {'no' if formatted == 0 else 'every'} row")
    same_shape = _TEXT_OP.sub("TextOp(", record["Code"])
    weak = [m for m in weak_near_misses(record["Code"], record["Data"])
            if _TEXT_OP.sub("TextOp(", m) != same_shape]
    if weak:
        out.append(f"{where}: near misses not told apart: {weak}")
    elsewhere = same_rows_elsewhere(rule_text, record["Data"], record["Column"])
    if elsewhere:
        out.append(f"{where}: another column gives the same rows: {elsewhere}")
    return out


def build() -> list[dict]:
    records, found = [], []
    for table, entries in ENTRIES.items():
        for entry in entries:
            record = build_record(table, entry)
            records.append(record)
            found += problems(record, entry[1])
    check_unique(records)
    if found:
        raise SystemExit("\n".join(found))
    return records


def checked_records(entries: dict, tables: dict, prefix: str, tags_of, found: list[str], entry_problems,
                    seen_problems, record_problems=lambda record: []) -> list[dict]:
    """Every record of `entries` ({table: [entry, ...]}) on its full table (`build_record`, the
    entry's tags followed by `tags_of(entry)`), after every check: the `found` problems, each
    entry's `entry_problems(table, entry)`, the set's `seen_problems(records)`, and each record's
    `problems` and `record_problems`; SystemExit listing every problem at once. The template and
    posts sets build so."""
    found, pairs = list(found), []
    for table, table_entries in entries.items():
        for entry in table_entries:
            found += entry_problems(table, entry)
            pairs.append((entry[1], build_record(table, (*entry, *tags_of(entry)), tables=tables, prefix=prefix)))
    records = [record for _, record in pairs]
    found += seen_problems(records)
    for rule_text, record in pairs:
        found += problems(record, rule_text) + record_problems(record)
    if found:
        raise SystemExit(f"records to fix ({len(found)}):\n" + "\n".join(found))
    return records


def main() -> None:
    records = build()
    counts = write_splits(OUT, records)
    per_function = Counter((r["Function"], split_of(r["ID"])) for r in records)
    scopes = Counter((r["Scope"], split_of(r["ID"])) for r in records)
    print(f"wrote {OUT}: {len(records)} records over {len(TABLES)} tables, {counts}; scopes {dict(scopes)}")
    for name in sorted({r["Function"] for r in records}):
        print(f"  {name:18s} dev {per_function[(name, 'dev')]:3d}  test {per_function[(name, 'test')]:3d}")


if __name__ == "__main__":
    main()
