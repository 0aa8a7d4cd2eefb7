"""HR: "Crewdesk", a company's staff / HR self-service portal — HELD OUT.
Three versions of five pages: directory (people directory), leave (leave and absence requests and
the manager's approvals), timesheet (a week of hours per project), pay (payslips, expense and
mileage claims) and profile (my details, emergency contacts, preferences, password).

v1  older PeopleSoft-style self-service portal: upper-case record/field ids with `$n` row suffixes
    (`HR_DIR_EMAIL$3`), layout tables, the directory as a table sorted by surname with text "Email"
    / "Add to favourites" / "Org chart" per person and a "My favourites" side box whose links repeat
    two people's names; department and location selects, an "Include contractors" checkbox; the
    leave request form in a table (type select, start / end date, a half-day checkbox, reason,
    approver select, "Submit request" / "Save as draft" / "Cancel"), my requests with text "Details"
    and "Cancel" per row (the same word as the form's Cancel), "Approve" / "Decline" per request
    awaiting the manager, team absences this week with "View" per person; the timesheet as a table
    of unlabelled hour boxes per project and day, "Remove" per row, "Add row", "Copy last week", an
    overtime section; payslips with "View" / "Download PDF" per month, a P60 link, a pension
    contribution box with "Update contribution" and "View pension statement", an expense form (date,
    category, amount, currency, description, receipt, project code, "Add expense") and a mileage
    form ("Add journey"), claims with "View" / "Withdraw" per claim; the profile as one long form
    with two emergency contacts sharing their labels, notification checkboxes, language / time zone
    selects, a date-format radio group, a password block and two "Save changes" buttons (top and
    bottom).
v2  React rewrite: `data-testid`, the same test id on every card / row; people as cards sorted by
    department, Lucy Hartmann gone, Danielle Reese new (a look-alike of Daniel Reyes), icon buttons
    named only "Send email" / "Add to favourites" (pressed ones "Remove from favourites"), "View in
    org chart" links styled as buttons, an open "More actions" menu on Daniel Reyes' card,
    department chips, a custom Location combobox, a header search beside the people search, an
    "Export CSV" button, pinned favourites as avatar links. Leave: fieldsets with reworded labels
    ("From" / "To", "Note for your manager"), a custom leave type combobox, requests as cards newest
    first with icon buttons "View details" / "Cancel request", the August request gone and a March
    request new; approvals re-sorted, Oscar's approved and gone, Danielle Reese's new, "Approve" /
    "Decline" buttons on every card, "Out this week" as name links. Timesheet: the Training row
    gone, "CRW-210 Mobile app – QA" new beside "CRW-204 Mobile app", hour boxes labelled only
    "Monday" … "Friday" on every row, Saturday / Sunday columns new, icon "Remove row", "Add
    project", "Save draft" / "Submit timesheet". Pay: payslips as cards newest first with icon "View
    payslip" / "Download" per card, August gone, "November 2026 – correction" new beside November
    2026, a pension stepper (icon "Decrease" / "Increase" around a spinbutton, a "Save", "View
    statement" styled as a button), expense fieldsets with a custom category combobox, the two
    forms' buttons both "Add", claims re-sorted with the team lunch gone and a taxi claim new, icon
    "Withdraw claim" per claim, "Open" links. Profile: fieldsets per section, reworded labels, a
    "Save" per section (three; the v1 top and bottom "Save changes" gone), "Undo changes" gone,
    custom comboboxes for language and time zone, notification checkboxes in "Email" and "Mobile
    push" groups with the same labels.
v3  design-system / accessibility pass: placeholders instead of labels, icon buttons named after
    their row or card ("Email Ruth Adeyemi", "Approve Kenji Watanabe's request"), the directory as
    role=grid sorted by first name with "Everyone" / "My team" / "Favourites" tabs, Sean O'Connell
    gone and Mira Patel new, filters in a sidebar (department checkboxes, a "Contractors" switch),
    pinned favourites removed; leave: "Half day" a switch, the approver select and draft button
    removed, requests as role=grid, an open "Cancel this request?" dialog, "Out this week" plain
    text in the aside, Daniel Reyes' request gone while Danielle Reese's stays, a new sick-leave
    request from Oscar Lindqvist (not his v1 one), Approve / Decline told apart by visually hidden
    names; timesheet as role=grid with hour boxes named after project and day, "CRW-101 Client
    onboarding" gone, the overtime section replaced by a switch, "Copy last week" moved into an open
    "More actions" menu, submit moved to a footer bar; pay in "Payslips" / "Tax documents" tabs (the
    P60 behind the second tab), "Download November 2026 payslip" icons, August and September gone,
    the pension a select with "Update pension" and no statement link, bank details removed, the
    mileage form removed, the receipt an "Upload receipt" button, "Add to claim", "Submit expenses",
    claim descriptions as links, "Delete" on the draft claim; profile with a section menu, switches
    in "By email" / "On your phone" groups with the same labels, three "Show password" buttons,
    "Save personal details" / "Save emergency contact" / "Save preferences", the second emergency
    contact and address line 2 removed, "Download my data" moved into a "Your data" section.
"""
from common import attrs, e, page


def x(marker):
    return attrs(data__expect=marker)


# key: name, job title, department, location, extension, contractor
PEOPLE = {
    "ruth": ("Ruth Adeyemi", "Payroll Specialist", "Finance", "Leeds", "4417", False),
    "fiona": ("Fiona Gallagher", "Finance Director", "Finance", "London", "2031", False),
    "lucy": ("Lucy Hartmann", "Senior Recruiter", "People", "Bristol", "3350", False),
    "oscar": ("Oscar Lindqvist", "Facilities Coordinator", "Operations", "Manchester", "5120", True),
    "amara": ("Amara Nwosu", "HR Business Partner", "People", "London", "2208", False),
    "sean": ("Sean O'Connell", "Support Team Lead", "Customer Support", "Glasgow", "6602", False),
    "daniel": ("Daniel Reyes", "Software Engineer", "Engineering", "Manchester", "5147", False),
    "kenji": ("Kenji Watanabe", "Data Analyst", "Engineering", "Remote", "7003", True),
    "danielle": ("Danielle Reese", "Office Manager", "Operations", "Leeds", "4402", False),
    "mira": ("Mira Patel", "UX Designer", "Engineering", "London", "2290", False),
}
DIR_V1 = ["ruth", "fiona", "lucy", "oscar", "amara", "sean", "daniel", "kenji"]          # by surname
DIR_V2 = ["kenji", "daniel", "danielle", "fiona", "ruth", "oscar", "amara", "sean"]      # by department
DIR_V3 = ["amara", "daniel", "danielle", "fiona", "kenji", "mira", "oscar", "ruth"]      # by first name
FAVOURITES = ["fiona", "amara"]


def email(k):
    first, last = PEOPLE[k][0].lower().replace("'", "").split(" ", 1)
    return f"{first}.{last.replace(' ', '')}@crewdesk.example"


# my leave requests: key, type, dates, days, status
REQ_V1 = [
    ("dec", "Annual leave", "22 Dec 2026 – 24 Dec 2026", "3", "Approved"),
    ("feb", "Annual leave", "12 Feb 2027", "1", "Pending"),
    ("nov", "Sick leave", "3 Nov 2026", "1", "Recorded"),
    ("oct", "Training", "14 Oct 2026 – 15 Oct 2026", "2", "Approved"),
    ("aug", "Annual leave", "5 Aug 2026 – 9 Aug 2026", "5", "Taken"),
]
REQ_V2 = [  # newest first; August gone, March new
    ("mar", "Annual leave", "15 Mar 2027 – 19 Mar 2027", "5", "Pending"),
    ("feb", "Annual leave", "12 Feb 2027", "1", "Pending"),
    ("dec", "Annual leave", "22 Dec 2026 – 24 Dec 2026", "3", "Approved"),
    ("nov", "Sick leave", "3 Nov 2026", "1", "Recorded"),
    ("oct", "Training", "14 Oct 2026 – 15 Oct 2026", "2", "Approved"),
]
CANCELLABLE = {"dec", "feb", "mar"}
# out this week: person, type, days
OFF = [("daniel", "Annual leave", "Mon 30 Nov – Tue 1 Dec"), ("ruth", "Sick leave", "Wed 2 Dec"),
       ("kenji", "Training", "Thu 3 Dec – Fri 4 Dec")]
# approvals: person, type, dates, days
APPR_V1 = [("kenji", "Annual leave", "2 Jan 2027 – 3 Jan 2027", "2"),
           ("daniel", "Annual leave", "19 Dec 2026", "1"),
           ("oscar", "Time off in lieu", "8 Jan 2027", "1")]
APPR_V2 = [("daniel", "Annual leave", "19 Dec 2026", "1"),
           ("danielle", "Annual leave", "21 Dec 2026 – 23 Dec 2026", "3"),
           ("kenji", "Annual leave", "2 Jan 2027 – 3 Jan 2027", "2")]
APPR_V3 = [("danielle", "Annual leave", "21 Dec 2026 – 23 Dec 2026", "3"),
           ("kenji", "Annual leave", "2 Jan 2027 – 3 Jan 2027", "2"),
           ("oscar", "Sick leave", "7 Dec 2026", "1")]

# timesheet projects: key, code, name, hours Mon..Fri
PROJECTS = {
    "onb": ("CRW-101", "Client onboarding", ["3", "2", "", "4", "2"]),
    "app": ("CRW-204", "Mobile app", ["4", "5", "7.5", "3", "4"]),
    "meet": ("INT-001", "Internal meetings", ["0.5", "0.5", "", "0.5", "1"]),
    "trn": ("TRN-010", "Training", ["", "", "", "", ""]),
    "qa": ("CRW-210", "Mobile app – QA", ["", "", "", "", "1"]),
}
TS_V1 = ["onb", "app", "meet", "trn"]
TS_V2 = ["app", "qa", "onb", "meet"]
TS_V3 = ["app", "qa", "meet"]
DAYS = ["mon", "tue", "wed", "thu", "fri"]
DAYNAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday",
            "sat": "Saturday", "sun": "Sunday"}

# payslips: key, period, pay date, net
SLIPS = {
    "nov": ("November 2026", "27 Nov 2026", "£3,412.56"),
    "novfix": ("November 2026 – correction", "4 Dec 2026", "£118.40"),
    "oct": ("October 2026", "28 Oct 2026", "£3,398.10"),
    "sep": ("September 2026", "26 Sep 2026", "£3,398.10"),
    "aug": ("August 2026", "27 Aug 2026", "£3,405.77"),
}
SLIPS_V1 = ["nov", "oct", "sep", "aug"]
SLIPS_V2 = ["novfix", "nov", "oct", "sep"]
SLIPS_V3 = ["novfix", "nov", "oct"]

# expense claims: key, description, date, amount, status
CLAIMS = {
    "train": ("Train to Leeds – client visit", "18 Nov 2026", "£84.20", "Submitted"),
    "hotel": ("Hotel in Leeds, 2 nights", "18 Nov 2026", "£238.00", "Approved"),
    "lunch": ("Team lunch", "6 Nov 2026", "£96.50", "Paid"),
    "dock": ("USB-C docking station", "30 Oct 2026", "£149.99", "Submitted"),
    "taxi": ("Taxi to Leeds station", "19 Nov 2026", "£18.40", "Draft"),
}
CLAIMS_V1 = ["train", "hotel", "lunch", "dock"]
CLAIMS_V2 = ["taxi", "train", "hotel", "dock"]
CLAIMS_V3 = ["taxi", "hotel", "train", "dock"]

CATEGORIES = ["Travel", "Meals", "Accommodation", "Equipment", "Training", "Other"]
DEPTS = ["Customer Support", "Engineering", "Finance", "Operations", "People"]
LOCATIONS = ["Bristol", "Glasgow", "Leeds", "London", "Manchester", "Remote"]


def opts(items, selected=None):
    return "".join(f"<option{' selected' if i == selected else ''}>{e(i)}</option>" for i in items)


# -- v1: PeopleSoft-style self-service ---------------------------------------------------------------

def top_v1():
    return f"""<table class="pshdr" width="100%" cellspacing="0"><tr>
  <td width="160"><a href="h/?tab=DEFAULT" id="PT_LOGO"{x("logo")}><img src="img/crewdesk.gif" alt="Crewdesk" width="130" height="30"></a></td>
  <td class="ptnav"><a href="dir.do" id="PT_NAV_DIR"{x("nav-directory")}>Staff Directory</a> |
    <a href="absence.do" id="PT_NAV_ABS"{x("nav-leave")}>Absence &amp; Leave</a> |
    <a href="timesheet.do" id="PT_NAV_TS"{x("nav-timesheet")}>Timesheets</a> |
    <a href="pay.do" id="PT_NAV_PAY"{x("nav-pay")}>Pay &amp; Expenses</a> |
    <a href="personal.do" id="PT_NAV_PERS"{x("nav-profile")}>My Details</a></td>
  <td align="right" class="ptuser">Welcome, Jordan Ellis | <a href="signout.do" id="PT_SIGNOUT"{x("logout")}>Sign out</a></td>
</tr></table>"""


def bottom_v1():
    return f"""<div class="psfooter"><hr>
  <a href="help.do" id="PT_HELP"{x("footer-help")}>Help</a> |
  <a href="privacy.do" id="PT_PRIVACY"{x("footer-privacy")}>Privacy notice</a> |
  <a href="https://servicedesk.crewdesk.example" id="PT_ITSD"{x("footer-servicedesk")}>IT Service Desk</a>
  <p class="copy">Crewdesk Employee Self Service 8.53 &copy; 2012&ndash;2018</p></div>"""


def directory_v1():
    rows = ""
    for n, k in enumerate(DIR_V1):
        name, title, dept, loc, ext, contractor = PEOPLE[k]
        rows += f"""
  <tr class="PSLEVEL1GRIDROW{n % 2}" id="trHR_DIR${n}">
    <td><a href="person.do?emplid=10{n:03d}" id="HR_DIR_NAME${n}"{x("name-" + k)}>{e(name)}</a>{' <span class="contractor">(contractor)</span>' if contractor else ''}</td>
    <td>{e(title)}</td><td>{e(dept)}</td><td>{loc}</td><td>x{ext}</td>
    <td><a href="mailto:{email(k)}" id="HR_DIR_EMAIL${n}"{x("email-" + k)}>Email</a> |
      <a href="dir.do?fav=10{n:03d}" id="HR_DIR_FAV${n}"{x("fav-" + k)}>{'Remove from favourites' if k in FAVOURITES else 'Add to favourites'}</a> |
      <a href="orgchart.do?emplid=10{n:03d}" id="HR_DIR_ORG${n}"{x("org-" + k)}>Org chart</a></td>
  </tr>"""
    favs = "".join(f'<li><a href="person.do?fav={k}" id="HR_FAV_LINK${i}"{x("favlink-" + k)}>{e(PEOPLE[k][0])}</a></li>'
                   for i, k in enumerate(FAVOURITES))
    body = f"""{top_v1()}
<table width="100%" class="pslayout"><tr>
<td width="230" valign="top" class="psleft">
  <div class="psbox"><h2>Find staff</h2>
  <table>
    <tr><td><label for="DERIVED_DIR_DEPT">Department:</label></td></tr>
    <tr><td><select id="DERIVED_DIR_DEPT" name="DERIVED_DIR_DEPT"{x("dept")}><option>(All departments)</option>{opts(DEPTS)}</select></td></tr>
    <tr><td><label for="DERIVED_DIR_LOC">Location:</label></td></tr>
    <tr><td><select id="DERIVED_DIR_LOC" name="DERIVED_DIR_LOC"{x("location")}><option>(All locations)</option>{opts(LOCATIONS)}</select></td></tr>
    <tr><td><input type="checkbox" id="DERIVED_DIR_CONTR" name="DERIVED_DIR_CONTR"{x("contractors")}><label for="DERIVED_DIR_CONTR">Include contractors</label></td></tr>
    <tr><td><input type="submit" id="DERIVED_DIR_FILTER" value="Apply"{x("apply-filters")}> <a href="dir.do" id="DERIVED_DIR_CLEAR"{x("clear-filters")}>Clear</a></td></tr>
  </table></div>
  <div class="psbox"><h2>My favourites</h2><ul>{favs}</ul></div>
</td>
<td valign="top">
  <h1 class="PAPAGETITLE"{x("heading")}>Staff Directory</h1>
  <table><tr><td><label for="DERIVED_DIR_SRCH">Search by name or job title:</label></td>
    <td><input type="text" id="DERIVED_DIR_SRCH" name="DERIVED_DIR_SRCH" size="30"{x("search")}></td>
    <td><input type="submit" id="DERIVED_DIR_SRCH_BTN" value="Search"{x("search-go")}></td></tr></table>
  <p><label for="DERIVED_DIR_SORT">Sort by</label> <select id="DERIVED_DIR_SORT" name="DERIVED_DIR_SORT"{x("sort")}><option>Surname</option><option>First name</option><option>Department</option><option>Location</option></select></p>
  <table class="PSLEVEL1GRID" width="100%" cellspacing="0">
    <tr><th>Name</th><th>Job title</th><th>Department</th><th>Location</th><th>Ext.</th><th>Actions</th></tr>{rows}
  </table>
  <p class="paging">Rows 1&ndash;8 of 214 <a href="dir.do?p=2" id="HR_DIR_NEXT"{x("next-page")}>Next &gt;</a>
    <a href="dir.do?p=27" id="HR_DIR_LAST"{x("last-page")}>Last &gt;&gt;</a></p>
</td></tr></table>
{bottom_v1()}"""
    return page("Crewdesk: Staff Directory", body)


def leave_v1():
    reqs = ""
    for n, (k, typ, dates, days, status) in enumerate(REQ_V1):
        acts = f'<a href="absence.do?req={k}" id="HR_ABS_DET${n}"{x("details-" + k)}>Details</a>'
        if k in CANCELLABLE:
            acts += f' | <a href="absence.do?cancel={k}" id="HR_ABS_CANCEL${n}"{x("cancel-" + k)}>Cancel</a>'
        if status == "Pending":
            acts += f' | <a href="absence.do?edit={k}" id="HR_ABS_EDIT${n}"{x("edit-" + k)}>Edit</a>'
        reqs += f"""
    <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{typ}</td><td>{dates}</td><td>{days}</td><td>{status}</td><td>{acts}</td></tr>"""
    appr = ""
    for n, (k, typ, dates, days) in enumerate(APPR_V1):
        appr += f"""
    <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{e(PEOPLE[k][0])}</td><td>{typ}</td><td>{dates}</td><td>{days}</td>
      <td><a href="approve.do?id={k}" id="HR_APPR_OK${n}"{x("approve-" + k)}>Approve</a> |
        <a href="approve.do?deny={k}" id="HR_APPR_DENY${n}"{x("decline-" + k)}>Decline</a></td></tr>"""
    off = "".join(f"""
  <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{e(PEOPLE[k][0])}</td><td>{typ}</td><td>{when}</td><td><a href="absence.do?team={k}" id="HR_TEAM_VIEW${n}"{x("off-" + k)}>View</a></td></tr>"""
                  for n, (k, typ, when) in enumerate(OFF))
    body = f"""{top_v1()}
<div class="pscontent">
<h1 class="PAPAGETITLE"{x("heading")}>Absence &amp; Leave</h1>
<table class="psbal" cellspacing="0"><tr><th>Annual leave remaining</th><th>Sick days this year</th><th>Time off in lieu</th></tr>
  <tr><td>14.5 days</td><td>2 days</td><td>6 hours</td></tr></table>
<p><a href="balance.do" id="HR_ABS_BALHIST"{x("balance-history")}>View balance history</a> |
  <a href="policy.do" id="HR_ABS_POLICY"{x("leave-policy")}>Leave policy</a></p>
<h2>Request leave</h2>
<table class="psform">
  <tr><td><label for="HR_ABS_TYPE">Absence type:</label></td><td><select id="HR_ABS_TYPE" name="HR_ABS_TYPE"{x("leave-type")}><option>Annual leave</option><option>Sick leave</option><option>Time off in lieu</option><option>Compassionate leave</option><option>Training</option><option>Unpaid leave</option></select></td></tr>
  <tr><td><label for="HR_ABS_BEGIN_DT">Start date:</label></td><td><input type="text" id="HR_ABS_BEGIN_DT" name="HR_ABS_BEGIN_DT" size="12"{x("start-date")}> (dd/mm/yyyy)</td></tr>
  <tr><td><label for="HR_ABS_END_DT">End date:</label></td><td><input type="text" id="HR_ABS_END_DT" name="HR_ABS_END_DT" size="12"{x("end-date")}> (dd/mm/yyyy)</td></tr>
  <tr><td></td><td><input type="checkbox" id="HR_ABS_HALFDAY" name="HR_ABS_HALFDAY"{x("half-day")}><label for="HR_ABS_HALFDAY">Half day</label></td></tr>
  <tr><td><label for="HR_ABS_APPROVER">Approver:</label></td><td><select id="HR_ABS_APPROVER" name="HR_ABS_APPROVER"{x("approver")}><option>Amara Nwosu</option><option>Fiona Gallagher</option></select></td></tr>
  <tr><td><label for="HR_ABS_COMMENTS">Reason / comments:</label></td><td><textarea id="HR_ABS_COMMENTS" name="HR_ABS_COMMENTS" rows="3" cols="40"{x("reason")}></textarea></td></tr>
  <tr><td></td><td><input type="submit" id="HR_ABS_SUBMIT" value="Submit request"{x("submit")}>
    <input type="submit" id="HR_ABS_DRAFT" value="Save as draft"{x("draft")}>
    <a href="absence.do" id="HR_ABS_CANCEL_FORM"{x("cancel-form")}>Cancel</a></td></tr>
</table>
<h2>My requests</h2>
<table class="PSLEVEL1GRID" width="100%" cellspacing="0">
  <tr><th>Type</th><th>Dates</th><th>Days</th><th>Status</th><th></th></tr>{reqs}
</table>
<h2>Requests awaiting my approval</h2>
<table class="PSLEVEL1GRID" width="100%" cellspacing="0">
  <tr><th>Employee</th><th>Type</th><th>Dates</th><th>Days</th><th></th></tr>{appr}
</table>
<h2>Team absences this week</h2>
<table class="PSLEVEL1GRID" cellspacing="0"><tr><th>Employee</th><th>Type</th><th>When</th><th></th></tr>{off}
</table>
<p><a href="teamcal.do" id="HR_ABS_TEAMCAL"{x("team-calendar")}>View team calendar</a></p>
</div>
{bottom_v1()}"""
    return page("Crewdesk: Absence & Leave", body)


def timesheet_v1():
    rows = ""
    for n, k in enumerate(TS_V1):
        code, name, hours = PROJECTS[k]
        cells = "".join(f'<td><input type="text" size="4" id="TS_HRS${n}_{d.upper()}" name="TS_HRS${n}_{d.upper()}" value="{h}"{x(f"h-{k}-{d}")}></td>'
                        for d, h in zip(DAYS, hours))
        rows += f"""
  <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{code} {e(name)}</td>{cells}<td><a href="ts.do?del={n}" id="TS_DEL${n}"{x("remove-" + k)}>Remove</a></td></tr>"""
    body = f"""{top_v1()}
<div class="pscontent">
<h1 class="PAPAGETITLE"{x("heading")}>Timesheet</h1>
<table><tr><td><label for="TS_WEEK">Week commencing:</label></td>
  <td><select id="TS_WEEK" name="TS_WEEK"{x("week")}><option>23/11/2026</option><option selected>30/11/2026</option><option>07/12/2026</option></select></td>
  <td><a href="ts.do?w=-1" id="TS_PREV"{x("prev-week")}>&lt; Previous week</a> <a href="ts.do?w=1" id="TS_NEXT"{x("next-week")}>Next week &gt;</a></td></tr></table>
<p>Status: Not submitted</p>
<table class="PSLEVEL1GRID" cellspacing="0">
  <tr><th>Project</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th></th></tr>{rows}
  <tr><td><b>Total</b></td><td>7.5</td><td>7.5</td><td>7.5</td><td>7.5</td><td>7</td><td></td></tr>
</table>
<p><input type="submit" id="TS_ADDROW" value="Add row"{x("add-row")}> <input type="submit" id="TS_COPY" value="Copy last week"{x("copy-week")}></p>
<h2>Overtime</h2>
<table class="psform">
  <tr><td><label for="TS_OT_HRS">Overtime hours:</label></td><td><input type="text" id="TS_OT_HRS" name="TS_OT_HRS" size="4"{x("overtime")}></td></tr>
  <tr><td><label for="TS_OT_REASON">Reason for overtime:</label></td><td><input type="text" id="TS_OT_REASON" name="TS_OT_REASON" size="40"{x("ot-reason")}></td></tr>
</table>
<h2>Comments</h2>
<p><textarea id="TS_COMMENTS" name="TS_COMMENTS" rows="3" cols="60" title="Comments"{x("ts-comment")}></textarea></p>
<p><input type="submit" id="TS_SAVE" value="Save"{x("ts-save")}> <input type="submit" id="TS_SUBMIT" value="Submit for approval"{x("ts-submit")}></p>
</div>
{bottom_v1()}"""
    return page("Crewdesk: Timesheet", body)


def pay_v1():
    slips = ""
    for n, k in enumerate(SLIPS_V1):
        period, date, net = SLIPS[k]
        slips += f"""
  <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{period}</td><td>{date}</td><td>{net}</td>
    <td><a href="payslip.do?p={k}" id="PY_VIEW${n}"{x("view-" + k)}>View</a> | <a href="payslip.do?pdf={k}" id="PY_PDF${n}"{x("pdf-" + k)}>Download PDF</a></td></tr>"""
    claims = ""
    for n, k in enumerate(CLAIMS_V1):
        desc, date, amount, status = CLAIMS[k]
        acts = f'<a href="claim.do?id={k}" id="EX_VIEW${n}"{x("claim-view-" + k)}>View</a>'
        if status == "Submitted":
            acts += f' | <a href="claim.do?withdraw={k}" id="EX_WD${n}"{x("withdraw-" + k)}>Withdraw</a>'
        claims += f"""
  <tr class="PSLEVEL1GRIDROW{n % 2}"><td>{e(desc)}</td><td>{date}</td><td>{amount}</td><td>{status}</td><td>{acts}</td></tr>"""
    body = f"""{top_v1()}
<div class="pscontent">
<h1 class="PAPAGETITLE"{x("heading")}>Pay &amp; Expenses</h1>
<h2>Payslips</h2>
<table class="PSLEVEL1GRID" cellspacing="0"><tr><th>Period</th><th>Pay date</th><th>Net pay</th><th></th></tr>{slips}
</table>
<p><a href="p60.do?y=2026" id="PY_P60"{x("p60")}>P60 for 2025/26</a> | <a href="bank.do" id="PY_BANK"{x("bank-details")}>Update bank details</a></p>
<h2>Pension</h2>
<table class="psform">
  <tr><td><label for="PY_PENS_PCT">Employee contribution (%):</label></td><td><input type="text" id="PY_PENS_PCT" name="PY_PENS_PCT" size="4" value="5"{x("pension-pct")}>
    <input type="submit" id="PY_PENS_UPD" value="Update contribution"{x("pension-update")}></td></tr>
  <tr><td colspan="2"><a href="pension.do" id="PY_PENS_STMT"{x("pension-statement")}>View pension statement</a></td></tr>
</table>
<h2>New expense claim</h2>
<table class="psform">
  <tr><td><label for="EX_DATE">Date of expense:</label></td><td><input type="text" id="EX_DATE" name="EX_DATE" size="12"{x("exp-date")}></td></tr>
  <tr><td><label for="EX_CAT">Category:</label></td><td><select id="EX_CAT" name="EX_CAT"{x("exp-category")}>{opts(CATEGORIES)}</select></td></tr>
  <tr><td><label for="EX_AMT">Amount:</label></td><td><input type="text" id="EX_AMT" name="EX_AMT" size="10"{x("exp-amount")}>
    <label for="EX_CUR">Currency:</label> <select id="EX_CUR" name="EX_CUR"{x("exp-currency")}><option>GBP</option><option>EUR</option><option>USD</option></select></td></tr>
  <tr><td><label for="EX_DESCR">Description:</label></td><td><input type="text" id="EX_DESCR" name="EX_DESCR" size="40"{x("exp-desc")}></td></tr>
  <tr><td><label for="EX_PROJ">Project code:</label></td><td><input type="text" id="EX_PROJ" name="EX_PROJ" size="10"{x("exp-project")}></td></tr>
  <tr><td><label for="EX_RCPT">Receipt:</label></td><td><input type="file" id="EX_RCPT" name="EX_RCPT"{x("exp-receipt")}></td></tr>
  <tr><td></td><td><input type="submit" id="EX_ADD" value="Add expense"{x("exp-add")}></td></tr>
</table>
<h2>Mileage</h2>
<table class="psform">
  <tr><td><label for="MI_FROM">From:</label></td><td><input type="text" id="MI_FROM" name="MI_FROM"{x("mile-from")}></td>
    <td><label for="MI_TO">To:</label></td><td><input type="text" id="MI_TO" name="MI_TO"{x("mile-to")}></td></tr>
  <tr><td><label for="MI_MILES">Miles:</label></td><td><input type="text" id="MI_MILES" name="MI_MILES" size="5"{x("mile-miles")}></td>
    <td><input type="checkbox" id="MI_RETURN" name="MI_RETURN"{x("mile-return")}><label for="MI_RETURN">Return journey</label></td>
    <td><input type="submit" id="MI_ADD" value="Add journey"{x("mile-add")}></td></tr>
</table>
<p><input type="submit" id="EX_SUBMIT" value="Submit claim"{x("exp-submit")}></p>
<h2>My claims</h2>
<table class="PSLEVEL1GRID" width="100%" cellspacing="0"><tr><th>Description</th><th>Date</th><th>Amount</th><th>Status</th><th></th></tr>{claims}
</table>
</div>
{bottom_v1()}"""
    return page("Crewdesk: Pay & Expenses", body)


def contact_v1(n, heading, who):
    p = f"HR_EMERG{n}"
    return f"""
  <tr><th colspan="2" class="sectionhead">{heading}</th></tr>
  <tr><td><label for="{p}_NAME">Name:</label></td><td><input type="text" id="{p}_NAME" name="{p}_NAME"{x(who + "-name")}></td></tr>
  <tr><td><label for="{p}_REL">Relationship:</label></td><td><select id="{p}_REL" name="{p}_REL"{x(who + "-rel")}><option></option><option>Partner</option><option>Parent</option><option>Sibling</option><option>Friend</option><option>Other</option></select></td></tr>
  <tr><td><label for="{p}_PHONE">Phone:</label></td><td><input type="text" id="{p}_PHONE" name="{p}_PHONE"{x(who + "-phone")}></td></tr>"""


def profile_v1():
    body = f"""{top_v1()}
<div class="pscontent">
<h1 class="PAPAGETITLE"{x("heading")}>My Details</h1>
<p><input type="submit" id="HR_PERS_SAVE_TOP" value="Save changes"{x("save-top")}></p>
<table class="psform">
  <tr><th colspan="2" class="sectionhead">Personal information</th></tr>
  <tr><td><label for="HR_PERS_FIRST">First name:</label></td><td><input type="text" id="HR_PERS_FIRST" name="HR_PERS_FIRST" value="Jordan"{x("first-name")}></td></tr>
  <tr><td><label for="HR_PERS_LAST">Last name:</label></td><td><input type="text" id="HR_PERS_LAST" name="HR_PERS_LAST" value="Ellis"{x("last-name")}></td></tr>
  <tr><td><label for="HR_PERS_PREF">Preferred name:</label></td><td><input type="text" id="HR_PERS_PREF" name="HR_PERS_PREF"{x("preferred-name")}></td></tr>
  <tr><td><label for="HR_PERS_PRON">Pronouns:</label></td><td><select id="HR_PERS_PRON" name="HR_PERS_PRON"{x("pronouns")}><option></option><option>she/her</option><option>he/him</option><option>they/them</option><option>Prefer not to say</option></select></td></tr>
  <tr><td><label for="HR_PERS_EMAIL">Personal email:</label></td><td><input type="text" id="HR_PERS_EMAIL" name="HR_PERS_EMAIL"{x("personal-email")}></td></tr>
  <tr><td><label for="HR_PERS_MOBILE">Mobile:</label></td><td><input type="text" id="HR_PERS_MOBILE" name="HR_PERS_MOBILE"{x("mobile")}></td></tr>
  <tr><th colspan="2" class="sectionhead">Home address</th></tr>
  <tr><td><label for="HR_ADDR1">Address line 1:</label></td><td><input type="text" id="HR_ADDR1" name="HR_ADDR1"{x("addr1")}></td></tr>
  <tr><td><label for="HR_ADDR2">Address line 2:</label></td><td><input type="text" id="HR_ADDR2" name="HR_ADDR2"{x("addr2")}></td></tr>
  <tr><td><label for="HR_CITY">Town / city:</label></td><td><input type="text" id="HR_CITY" name="HR_CITY"{x("city")}></td></tr>
  <tr><td><label for="HR_POSTAL">Postcode:</label></td><td><input type="text" id="HR_POSTAL" name="HR_POSTAL" size="9"{x("postcode")}></td></tr>
  {contact_v1(1, "Emergency contact 1", "ec1")}
  {contact_v1(2, "Emergency contact 2", "ec2")}
  <tr><th colspan="2" class="sectionhead">Preferences</th></tr>
  <tr><td><label for="HR_PREF_LANG">Language:</label></td><td><select id="HR_PREF_LANG" name="HR_PREF_LANG"{x("language")}><option>English (UK)</option><option>English (US)</option><option>Deutsch</option><option>Français</option><option>Polski</option></select></td></tr>
  <tr><td><label for="HR_PREF_TZ">Time zone:</label></td><td><select id="HR_PREF_TZ" name="HR_PREF_TZ"{x("timezone")}><option>(GMT) London</option><option>(GMT+1) Berlin</option><option>(GMT-5) New York</option></select></td></tr>
  <tr><td>Date format:</td><td><input type="radio" name="HR_PREF_DATEFMT" id="HR_PREF_DATEFMT$0" checked{x("datefmt-dmy")}><label for="HR_PREF_DATEFMT$0">DD/MM/YYYY</label>
    <input type="radio" name="HR_PREF_DATEFMT" id="HR_PREF_DATEFMT$1"{x("datefmt-mdy")}><label for="HR_PREF_DATEFMT$1">MM/DD/YYYY</label>
    <input type="radio" name="HR_PREF_DATEFMT" id="HR_PREF_DATEFMT$2"{x("datefmt-iso")}><label for="HR_PREF_DATEFMT$2">YYYY-MM-DD</label></td></tr>
  <tr><th colspan="2" class="sectionhead">Email notifications</th></tr>
  <tr><td colspan="2"><input type="checkbox" id="HR_NTF_LEAVE" name="HR_NTF_LEAVE" checked{x("notify-leave")}><label for="HR_NTF_LEAVE">When my leave is approved or declined</label></td></tr>
  <tr><td colspan="2"><input type="checkbox" id="HR_NTF_TS" name="HR_NTF_TS" checked{x("notify-timesheet")}><label for="HR_NTF_TS">Timesheet reminders on Fridays</label></td></tr>
  <tr><td colspan="2"><input type="checkbox" id="HR_NTF_PAY" name="HR_NTF_PAY"{x("notify-payslip")}><label for="HR_NTF_PAY">When a new payslip is available</label></td></tr>
  <tr><td colspan="2"><input type="checkbox" id="HR_NTF_NEWS" name="HR_NTF_NEWS"{x("notify-news")}><label for="HR_NTF_NEWS">Company news digest</label></td></tr>
  <tr><th colspan="2" class="sectionhead">Change password</th></tr>
  <tr><td><label for="PT_PWD_OLD">Current password:</label></td><td><input type="password" id="PT_PWD_OLD" name="PT_PWD_OLD"{x("pw-current")}></td></tr>
  <tr><td><label for="PT_PWD_NEW">New password:</label></td><td><input type="password" id="PT_PWD_NEW" name="PT_PWD_NEW"{x("pw-new")}></td></tr>
  <tr><td><label for="PT_PWD_CONF">Confirm new password:</label></td><td><input type="password" id="PT_PWD_CONF" name="PT_PWD_CONF"{x("pw-confirm")}></td></tr>
  <tr><td></td><td><input type="submit" id="PT_PWD_CHANGE" value="Change password"{x("pw-change")}></td></tr>
</table>
<p><input type="submit" id="HR_PERS_SAVE" value="Save changes"{x("save")}> <a href="personal.do" id="HR_PERS_RESET"{x("reset")}>Undo changes</a></p>
<p class="small"><a href="gdpr.do" id="HR_GDPR_REQ"{x("data-request")}>Request a copy of my data</a></p>
</div>
{bottom_v1()}"""
    return page("Crewdesk: My Details", body)


# -- v2: React rewrite --------------------------------------------------------------------------------

ICON = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def top_v2():
    return f"""<header class="TopBar_root__a81" data-testid="top-bar">
  <a href="/" class="TopBar_logo__a82" aria-label="Crewdesk home"{x("logo")}><svg width="110" height="24"><rect width="110" height="24"/></svg></a>
  <nav class="TopBar_nav__a83" aria-label="Main">
    <a href="/people" data-testid="nav-item"{x("nav-directory")}>People</a>
    <a href="/time-off" data-testid="nav-item"{x("nav-leave")}>Time off</a>
    <a href="/timesheets" data-testid="nav-item"{x("nav-timesheet")}>Timesheets</a>
    <a href="/pay" data-testid="nav-item"{x("nav-pay")}>Pay &amp; expenses</a></nav>
  <form role="search" class="TopBar_search__a84"><input type="search" aria-label="Search Crewdesk" placeholder="Search Crewdesk" data-testid="global-search"{x("header-search")}></form>
  <button class="IconButton_root__i1" aria-label="Notifications" data-testid="notifications-button"{x("notifications")}>{ICON}</button>
  <a href="/me" class="TopBar_avatar__a85" aria-label="My profile" data-testid="avatar-link"{x("nav-profile")}>JE</a>
  <button class="Button_root__b1 Button_ghost__b4" data-testid="sign-out"{x("logout")}>Sign out</button>
</header>"""


def bottom_v2():
    links = [("Help", "footer-help"), ("Privacy", "footer-privacy"), ("IT support", "footer-servicedesk"), ("Accessibility", "footer-accessibility")]
    return ('<footer class="Footer_root__f9"><nav aria-label="Footer">'
            + "".join(f'<a href="/{k[7:]}" class="Footer_link__f8" data-testid="footer-link"{x(k)}>{t}</a>' for t, k in links)
            + "</nav><p>&copy; 2024 Crewdesk Ltd</p></footer>")


def directory_v2():
    cards = ""
    for k in DIR_V2:
        name, title, dept, loc, ext, contractor = PEOPLE[k]
        fav = k in FAVOURITES
        menu = ""
        if k == "daniel":
            menu = f"""
        <button class="IconButton_root__i1" aria-label="More actions" aria-haspopup="menu" aria-expanded="true" data-testid="person-more"{x("more-" + k)}>{ICON}</button>
        <ul role="menu" class="Menu_root__m1" aria-label="More actions">
          <li role="menuitem" tabindex="-1" data-testid="menu-item"{x("menu-copy")}>Copy email address</li>
          <li role="menuitem" tabindex="-1" data-testid="menu-item"{x("menu-chat")}>Start a chat</li>
          <li role="menuitem" tabindex="-1" data-testid="menu-item"{x("menu-report")}>Report incorrect details</li>
        </ul>"""
        else:
            menu = f'\n        <button class="IconButton_root__i1" aria-label="More actions" aria-haspopup="menu" aria-expanded="false" data-testid="person-more"{x("more-" + k)}>{ICON}</button>'
        cards += f"""
    <li class="PersonCard_root__p1" data-testid="person-card">
      <span class="Avatar_root__v1" aria-hidden="true">{name[0]}{name.split()[-1][0]}</span>
      <h3 class="PersonCard_name__p2"><a href="/people/{k}" data-testid="person-name"{x("name-" + k)}>{e(name)}</a></h3>
      <p class="PersonCard_title__p3">{e(title)}</p>
      <p class="PersonCard_meta__p4">{e(dept)} &middot; {loc} &middot; ext. {ext}{' &middot; <span class="Badge_root__d1">Contractor</span>' if contractor else ''}</p>
      <div class="PersonCard_actions__p5">
        <button class="IconButton_root__i1" aria-label="Send email" data-testid="person-email"{x("email-" + k)}>{ICON}</button>
        <button class="IconButton_root__i1" aria-label="{'Remove from favourites' if fav else 'Add to favourites'}" aria-pressed="{'true' if fav else 'false'}" data-testid="person-favourite"{x("fav-" + k)}>{ICON}</button>
        <a href="/org-chart/{k}" class="Button_root__b1 Button_secondary__b3" data-testid="person-org"{x("org-" + k)}>View in org chart</a>{menu}
      </div>
    </li>"""
    pins = "".join(f'<a href="/people/{k}" class="Pin_root__n1" data-testid="pinned-person"{x("favlink-" + k)}>{e(PEOPLE[k][0])}</a>'
                   for k in FAVOURITES)
    chips = "".join(f'<button class="Chip_root__h1" aria-pressed="false" data-testid="dept-chip"{x("dept-" + d.split()[0].lower())}>{d}</button>'
                    for d in DEPTS)
    body = f"""{top_v2()}
<main class="People_page__q1">
  <div class="People_head__q2">
    <h1{x("heading")}>People</h1>
    <button class="Button_root__b1 Button_secondary__b3" data-testid="export-csv"{x("export")}>Export CSV</button>
  </div>
  <section class="People_pinned__q3" aria-label="Pinned"><h2>Pinned</h2>{pins}</section>
  <div class="People_toolbar__q4">
    <form role="search" class="People_search__q5" aria-label="People search">
      <input type="search" placeholder="Search by name, role or team" aria-label="Search people" data-testid="people-search-input"{x("search")}>
      <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="people-search-submit"{x("search-go")}>Search</button>
    </form>
    <div role="group" aria-label="Department" class="ChipGroup_root__g1">{chips}</div>
    <div class="Field_root__f1"><span id="loc-label">Office</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="loc-label" class="Select_trigger__s1" data-testid="location-select"{x("location")}>All offices</button></div>
    <label class="Check_root__c1"><input type="checkbox" data-testid="contractor-filter"{x("contractors")}> Show contractors</label>
    <button class="Button_root__b1 Button_link__b5" data-testid="reset-filters"{x("clear-filters")}>Reset</button>
    <label class="Field_root__f1">Sort <select data-testid="sort-select"{x("sort")}><option>Department</option><option>First name</option><option>Last name</option><option>Recently joined</option></select></label>
  </div>
  <ul class="People_grid__q6">{cards}
  </ul>
  <button class="Button_root__b1 Button_secondary__b3" data-testid="load-more"{x("next-page")}>Show more people</button>
</main>
{bottom_v2()}"""
    return page("People · Crewdesk", body, css="style2.css")


def leave_v2():
    reqs = ""
    for k, typ, dates, days, status in REQ_V2:
        acts = f'<button class="IconButton_root__i1" aria-label="View details" data-testid="request-view"{x("details-" + k)}>{ICON}</button>'
        if status == "Pending":
            acts += f'<button class="IconButton_root__i1" aria-label="Edit request" data-testid="request-edit"{x("edit-" + k)}>{ICON}</button>'
        if k in CANCELLABLE:
            acts += f'<button class="IconButton_root__i1" aria-label="Cancel request" data-testid="request-cancel"{x("cancel-" + k)}>{ICON}</button>'
        reqs += f"""
    <li class="RequestCard_root__r1" data-testid="request-card">
      <p class="RequestCard_type__r2">{typ}</p><p>{dates} &middot; {days} day{'s' if days != '1' else ''}</p>
      <span class="StatusPill_root__s9">{status}</span>
      <div class="RequestCard_actions__r3">{acts}</div>
    </li>"""
    appr = ""
    for k, typ, dates, days in APPR_V2:
        appr += f"""
    <li class="ApprovalCard_root__w1" data-testid="approval-card">
      <p><strong>{e(PEOPLE[k][0])}</strong> &middot; {typ}</p><p>{dates} ({days} day{'s' if days != '1' else ''})</p>
      <button class="Button_root__b1 Button_primary__b2" data-testid="approve-button"{x("approve-" + k)}>Approve</button>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="decline-button"{x("decline-" + k)}>Decline</button>
    </li>"""
    body = f"""{top_v2()}
<main class="TimeOff_page__t1">
  <h1{x("heading")}>Time off</h1>
  <ul class="Balances_root__b9">
    <li class="BalanceCard_root__c9"><p>Annual leave</p><p class="BalanceCard_value__c8">14.5 days left</p></li>
    <li class="BalanceCard_root__c9"><p>Sick days</p><p class="BalanceCard_value__c8">2 taken</p></li>
    <li class="BalanceCard_root__c9"><p>Time off in lieu</p><p class="BalanceCard_value__c8">6 hours</p></li>
  </ul>
  <p><a href="/time-off/history" class="Button_root__b1 Button_link__b5" data-testid="balance-history"{x("balance-history")}>Balance history</a>
    <a href="/policies/leave" class="Button_root__b1 Button_link__b5" data-testid="policy-link"{x("leave-policy")}>Leave policy</a></p>
  <div class="TimeOff_cols__t2">
  <form class="RequestForm_root__q1" data-testid="request-form" aria-labelledby="req-h">
    <h2 id="req-h">New request</h2>
    <div class="Field_root__f1"><span id="type-label">Type of leave</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="type-label" class="Select_trigger__s1" data-testid="leave-type"{x("leave-type")}>Annual leave</button></div>
    <fieldset class="Fieldset_root__e1"><legend>When</legend>
      <label class="Field_root__f1">From<input type="date" data-testid="date-from"{x("start-date")}></label>
      <label class="Field_root__f1">To<input type="date" data-testid="date-to"{x("end-date")}></label>
      <label class="Check_root__c1"><input type="checkbox" data-testid="half-day"{x("half-day")}> Half day</label>
    </fieldset>
    <div class="Field_root__f1"><span id="appr-label">Approver</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="appr-label" class="Select_trigger__s1" data-testid="approver-select"{x("approver")}>Amara Nwosu</button></div>
    <label class="Field_root__f1">Note for your manager (optional)<textarea rows="3" data-testid="request-note"{x("reason")}></textarea></label>
    <div class="RequestForm_actions__q2">
      <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="request-submit"{x("submit")}>Request time off</button>
      <button type="button" class="Button_root__b1 Button_secondary__b3" data-testid="request-draft"{x("draft")}>Save draft</button>
      <a href="/time-off" class="Button_root__b1 Button_ghost__b4" data-testid="request-cancel-form"{x("cancel-form")}>Cancel</a>
    </div>
  </form>
  <section aria-labelledby="mine-h"><h2 id="mine-h">My requests</h2>
    <ul class="RequestList_root__l1">{reqs}
    </ul></section>
  </div>
  <section aria-labelledby="appr-h"><h2 id="appr-h">Waiting for your approval</h2>
    <ul class="ApprovalList_root__w2">{appr}
    </ul>
    <h2>Out this week</h2>
    <ul class="OutList_root__o2">{"".join(f'<li><a href="/people/{k}" data-testid="out-person"{x("off-" + k)}>{e(PEOPLE[k][0])}</a> &middot; {typ}, {when}</li>' for k, typ, when in OFF)}</ul>
    <a href="/time-off/team" class="Button_root__b1 Button_secondary__b3" data-testid="team-calendar"{x("team-calendar")}>Team calendar</a></section>
</main>
{bottom_v2()}"""
    return page("Time off · Crewdesk", body, css="style2.css")


def timesheet_v2():
    rows = ""
    for k in TS_V2:
        code, name, hours = PROJECTS[k]
        cells = "".join(f'<td><input type="number" step="0.5" min="0" aria-label="{DAYNAMES[d]}" value="{h}" data-testid="hours-input" class="Hours_input__h2"{x(f"h-{k}-{d}")}></td>'
                        for d, h in zip(DAYS, hours))
        cells += "".join(f'<td><input type="number" step="0.5" min="0" aria-label="{DAYNAMES[d]}" data-testid="hours-input" class="Hours_input__h2"></td>' for d in ("sat", "sun"))
        rows += f"""
      <tr data-testid="timesheet-row"><td class="Timesheet_project__t5"><span class="Code_root__k1">{code}</span> {e(name)}</td>{cells}
        <td><button class="IconButton_root__i1" aria-label="Remove row" data-testid="remove-row"{x("remove-" + k)}>{ICON}</button></td></tr>"""
    body = f"""{top_v2()}
<main class="Timesheet_page__t1">
  <div class="Timesheet_head__t2">
    <h1{x("heading")}>Timesheet</h1>
    <button class="IconButton_root__i1" aria-label="Previous week" data-testid="week-prev"{x("prev-week")}>{ICON}</button>
    <label class="Field_root__f1 Timesheet_week__t3">Week of <select data-testid="week-select"{x("week")}><option>23 Nov 2026</option><option selected>30 Nov 2026</option><option>7 Dec 2026</option></select></label>
    <button class="IconButton_root__i1" aria-label="Next week" data-testid="week-next"{x("next-week")}>{ICON}</button>
    <span class="StatusPill_root__s9">Draft</span>
  </div>
  <table class="Timesheet_table__t4">
    <thead><tr><th>Project</th><th>Mon 30</th><th>Tue 1</th><th>Wed 2</th><th>Thu 3</th><th>Fri 4</th><th>Sat 5</th><th>Sun 6</th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
    <tfoot><tr><td>Total</td><td>7.5</td><td>7.5</td><td>7.5</td><td>7.5</td><td>8</td><td>0</td><td>0</td><td></td></tr></tfoot>
  </table>
  <div class="Timesheet_tools__t6">
    <button class="Button_root__b1 Button_secondary__b3" data-testid="add-project"{x("add-row")}>Add project</button>
    <button class="Button_root__b1 Button_ghost__b4" data-testid="copy-previous"{x("copy-week")}>Copy previous week</button>
  </div>
  <fieldset class="Fieldset_root__e1"><legend>Overtime</legend>
    <label class="Field_root__f1">Extra hours<input type="number" step="0.5" data-testid="overtime-hours"{x("overtime")}></label>
    <label class="Field_root__f1">Why did you work extra?<input type="text" data-testid="overtime-reason"{x("ot-reason")}></label>
  </fieldset>
  <label class="Field_root__f1">Notes<textarea rows="3" data-testid="timesheet-notes"{x("ts-comment")}></textarea></label>
  <div class="Timesheet_actions__t7">
    <button class="Button_root__b1 Button_secondary__b3" data-testid="save-draft"{x("ts-save")}>Save draft</button>
    <button class="Button_root__b1 Button_primary__b2" data-testid="submit-timesheet"{x("ts-submit")}>Submit timesheet</button>
  </div>
</main>
{bottom_v2()}"""
    return page("Timesheet · Crewdesk", body, css="style2.css")


def pay_v2():
    slips = ""
    for k in SLIPS_V2:
        period, date, net = SLIPS[k]
        slips += f"""
    <li class="PayslipCard_root__y1" data-testid="payslip-card">
      <h3>{period}</h3><p>Paid {date} &middot; Net {net}</p>
      <button class="IconButton_root__i1" aria-label="View payslip" data-testid="payslip-view"{x("view-" + k)}>{ICON}</button>
      <button class="IconButton_root__i1" aria-label="Download" data-testid="payslip-download"{x("pdf-" + k)}>{ICON}</button>
    </li>"""
    claims = ""
    for k in CLAIMS_V2:
        desc, date, amount, status = CLAIMS[k]
        acts = f'<a href="/claims/{k}" class="Button_root__b1 Button_link__b5" data-testid="claim-open"{x("claim-view-" + k)}>Open</a>'
        if status == "Submitted":
            acts += f'<button class="IconButton_root__i1" aria-label="Withdraw claim" data-testid="claim-withdraw"{x("withdraw-" + k)}>{ICON}</button>'
        claims += f"""
      <tr data-testid="claim-row"><td>{e(desc)}</td><td>{date}</td><td>{amount}</td><td><span class="StatusPill_root__s9">{status}</span></td><td>{acts}</td></tr>"""
    body = f"""{top_v2()}
<main class="Pay_page__y0">
  <h1{x("heading")}>Pay &amp; expenses</h1>
  <section aria-labelledby="ps-h"><h2 id="ps-h">Payslips</h2>
    <ul class="PayslipList_root__y2">{slips}
    </ul>
    <p><a href="/pay/archive" data-testid="older-payslips"{x("older-payslips")}>Older payslips</a>
      <a href="/pay/tax/p60-2026" data-testid="p60-link"{x("p60")}>P60 2025/26</a>
      <a href="/pay/bank" class="Button_root__b1 Button_secondary__b3" data-testid="bank-link"{x("bank-details")}>Bank details</a></p>
  </section>
  <section aria-labelledby="pen-h"><h2 id="pen-h">Pension</h2>
    <div class="Stepper_root__x1"><span id="pen-label">Your contribution (%)</span>
      <button class="IconButton_root__i1" aria-label="Decrease" data-testid="stepper-minus"{x("pension-dec")}>{ICON}</button>
      <input type="number" value="5" min="0" max="40" aria-labelledby="pen-label" data-testid="pension-input"{x("pension-pct")}>
      <button class="IconButton_root__i1" aria-label="Increase" data-testid="stepper-plus"{x("pension-inc")}>{ICON}</button>
      <button class="Button_root__b1 Button_primary__b2" data-testid="pension-save"{x("pension-update")}>Save</button>
      <a href="/pay/pension" class="Button_root__b1 Button_secondary__b3" data-testid="pension-statement"{x("pension-statement")}>View statement</a></div>
  </section>
  <section aria-labelledby="ex-h" class="Pay_claim__y3"><h2 id="ex-h">Claim expenses</h2>
    <fieldset class="Fieldset_root__e1"><legend>Expense</legend>
      <label class="Field_root__f1">Date<input type="date" data-testid="expense-date"{x("exp-date")}></label>
      <div class="Field_root__f1"><span id="cat-label">Category</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cat-label" class="Select_trigger__s1" data-testid="expense-category"{x("exp-category")}>Choose a category</button></div>
      <label class="Field_root__f1">Amount<input type="text" inputmode="decimal" data-testid="expense-amount"{x("exp-amount")}></label>
      <label class="Field_root__f1">Currency<select data-testid="expense-currency"{x("exp-currency")}><option>GBP (£)</option><option>EUR (€)</option><option>USD ($)</option></select></label>
      <label class="Field_root__f1">What was it for?<input type="text" data-testid="expense-description"{x("exp-desc")}></label>
      <label class="Field_root__f1">Cost code<input type="text" data-testid="expense-project"{x("exp-project")}></label>
      <label class="Field_root__f1">Receipt<input type="file" data-testid="expense-receipt"{x("exp-receipt")}></label>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="add-line"{x("exp-add")}>Add</button>
    </fieldset>
    <fieldset class="Fieldset_root__e1"><legend>Mileage</legend>
      <label class="Field_root__f1">Start<input type="text" data-testid="mileage-from"{x("mile-from")}></label>
      <label class="Field_root__f1">Destination<input type="text" data-testid="mileage-to"{x("mile-to")}></label>
      <label class="Field_root__f1">Distance (miles)<input type="number" data-testid="mileage-miles"{x("mile-miles")}></label>
      <label class="Check_root__c1"><input type="checkbox" data-testid="mileage-return"{x("mile-return")}> Return trip</label>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="add-line"{x("mile-add")}>Add</button>
    </fieldset>
    <button class="Button_root__b1 Button_primary__b2" data-testid="submit-claim"{x("exp-submit")}>Submit claim</button>
  </section>
  <section aria-labelledby="cl-h"><h2 id="cl-h">My claims</h2>
    <table class="Claims_table__y4"><thead><tr><th>Description</th><th>Date</th><th>Amount</th><th>Status</th><th></th></tr></thead>
    <tbody>{claims}
    </tbody></table></section>
</main>
{bottom_v2()}"""
    return page("Pay & expenses · Crewdesk", body, css="style2.css")


def notify_group_v2(group, legend):
    items = [("leave", "Leave decisions"), ("timesheet", "Timesheet reminders"), ("payslip", "New payslips")]
    out = ""
    for key, label in items:
        marker = f"notify-{key}" if group == "email" else f"push-{key}"
        out += f'<label class="Check_root__c1"><input type="checkbox" data-testid="notify-{group}-{key}"{" checked" if key != "payslip" else ""}{x(marker)}> {label}</label>'
    return f'<fieldset class="Fieldset_root__e1"><legend>{legend}</legend>{out}</fieldset>'


def profile_v2():
    def contact(n, who, legend):
        return f"""
      <fieldset class="Fieldset_root__e1"><legend>{legend}</legend>
        <label class="Field_root__f1">Full name<input type="text" data-testid="contact-name"{x(who + "-name")}></label>
        <label class="Field_root__f1">Relationship<select data-testid="contact-relationship"{x(who + "-rel")}><option></option><option>Partner</option><option>Parent</option><option>Sibling</option><option>Friend</option><option>Other</option></select></label>
        <label class="Field_root__f1">Phone number<input type="tel" data-testid="contact-phone"{x(who + "-phone")}></label>
      </fieldset>"""
    body = f"""{top_v2()}
<main class="Profile_page__z1">
  <h1{x("heading")}>My profile</h1>
  <form class="Profile_section__z2" aria-labelledby="about-h"><h2 id="about-h">About you</h2>
    <div class="Profile_cols__z3">
      <label class="Field_root__f1">First name<input type="text" value="Jordan" data-testid="first-name"{x("first-name")}></label>
      <label class="Field_root__f1">Last name<input type="text" value="Ellis" data-testid="last-name"{x("last-name")}></label>
      <label class="Field_root__f1">Name you go by<input type="text" data-testid="preferred-name"{x("preferred-name")}></label>
      <label class="Field_root__f1">Pronouns<select data-testid="pronouns"{x("pronouns")}><option></option><option>she/her</option><option>he/him</option><option>they/them</option><option>Prefer not to say</option></select></label>
      <label class="Field_root__f1">Personal email address<input type="email" data-testid="personal-email"{x("personal-email")}></label>
      <label class="Field_root__f1">Mobile number<input type="tel" data-testid="mobile"{x("mobile")}></label>
    </div>
    <fieldset class="Fieldset_root__e1"><legend>Home address</legend>
      <label class="Field_root__f1">Street address<input type="text" data-testid="address-line1"{x("addr1")}></label>
      <label class="Field_root__f1">Flat, building (optional)<input type="text" data-testid="address-line2"{x("addr2")}></label>
      <label class="Field_root__f1">Town or city<input type="text" data-testid="address-city"{x("city")}></label>
      <label class="Field_root__f1">Postcode<input type="text" data-testid="address-postcode"{x("postcode")}></label>
    </fieldset>
    <button class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-about")}>Save</button>
  </form>
  <form class="Profile_section__z2" aria-labelledby="ec-h"><h2 id="ec-h">Emergency contacts</h2>
    <div class="Profile_cols__z3">{contact(1, "ec1", "Main contact")}{contact(2, "ec2", "Other contact")}
    </div>
    <button class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-contacts")}>Save</button>
  </form>
  <form class="Profile_section__z2" aria-labelledby="pref-h"><h2 id="pref-h">Preferences</h2>
    <div class="Field_root__f1"><span id="lang-label">Language</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="lang-label" class="Select_trigger__s1" data-testid="language-select"{x("language")}>English (UK)</button></div>
    <div class="Field_root__f1"><span id="tz-label">Time zone</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="tz-label" class="Select_trigger__s1" data-testid="timezone-select"{x("timezone")}>Europe/London</button></div>
    <fieldset class="Fieldset_root__e1"><legend>Show dates as</legend>
      <label class="Radio_root__o1"><input type="radio" name="datefmt" checked data-testid="date-format"{x("datefmt-dmy")}> 31/12/2026</label>
      <label class="Radio_root__o1"><input type="radio" name="datefmt" data-testid="date-format"{x("datefmt-mdy")}> 12/31/2026</label>
      <label class="Radio_root__o1"><input type="radio" name="datefmt" data-testid="date-format"{x("datefmt-iso")}> 2026-12-31</label>
    </fieldset>
    <div class="Profile_cols__z3">{notify_group_v2("email", "Email")}{notify_group_v2("push", "Mobile push")}</div>
    <label class="Check_root__c1"><input type="checkbox" data-testid="news-digest"{x("notify-news")}> Send me the weekly company news</label>
    <button class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-prefs")}>Save</button>
  </form>
  <form class="Profile_section__z2" aria-labelledby="pw-h"><h2 id="pw-h">Password</h2>
    <label class="Field_root__f1">Current password<input type="password" data-testid="password-current"{x("pw-current")}></label>
    <label class="Field_root__f1">New password<input type="password" data-testid="password-new"{x("pw-new")}></label>
    <label class="Field_root__f1">Repeat new password<input type="password" data-testid="password-confirm"{x("pw-confirm")}></label>
    <button class="Button_root__b1 Button_secondary__b3" data-testid="password-update"{x("pw-change")}>Update password</button>
  </form>
  <p><a href="/me/data-request" class="Button_root__b1 Button_link__b5" data-testid="data-request"{x("data-request")}>Download my data</a></p>
</main>
{bottom_v2()}"""
    return page("My profile · Crewdesk", body, css="style2.css")


# -- v3: design-system / accessibility pass ----------------------------------------------------------

SVG = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def vh(text):
    return f'<span class="cd-vh">{text}</span>'


def top_v3():
    return f"""<a href="#main" class="cd-skip"{x("skip")}>Skip to main content</a>
<header class="cd-header">
  <a href="/" class="cd-logo"{x("logo")}><svg width="110" height="24" aria-hidden="true"><rect width="110" height="24"/></svg>{vh("Crewdesk")}</a>
  <nav class="cd-nav" aria-label="Main">
    <a href="/people"{x("nav-directory")}>People</a>
    <a href="/time-off"{x("nav-leave")}>Time off</a>
    <a href="/time"{x("nav-timesheet")}>Time tracking</a>
    <a href="/pay"{x("nav-pay")}>Pay &amp; expenses</a></nav>
  <input type="search" placeholder="Search Crewdesk" class="cd-header__search"{x("header-search")}>
  <button class="cd-icon-btn" aria-label="Notifications, 3 unread"{x("notifications")}>{SVG}</button>
  <a href="/me" class="cd-avatar"{x("nav-profile")}>JE{vh(" My profile")}</a>
  <button class="cd-btn cd-btn--quiet"{x("logout")}>Sign out</button>
</header>"""


def bottom_v3():
    return f"""<footer class="cd-footer"><ul>
  <li><a href="/help"{x("footer-help")}>Help and support</a></li>
  <li><a href="/privacy"{x("footer-privacy")}>Privacy</a></li>
  <li><a href="/accessibility"{x("footer-accessibility")}>Accessibility statement</a></li></ul>
  <p>&copy; 2026 Crewdesk Ltd</p></footer>"""


def directory_v3():
    rows = ""
    for k in DIR_V3:
        name, title, dept, loc, ext, contractor = PEOPLE[k]
        fav = k in FAVOURITES
        rows += f"""
    <div role="row" class="cd-grid__row">
      <div role="gridcell"><a href="/people/{k}"{x("name-" + k)}>{e(name)}</a>{' <span class="cd-tag">Contractor</span>' if contractor else ''}</div>
      <div role="gridcell">{e(title)}</div><div role="gridcell">{e(dept)}</div><div role="gridcell">{loc}</div><div role="gridcell">{ext}</div>
      <div role="gridcell" class="cd-grid__actions">
        <button class="cd-icon-btn" aria-label="Email {e(name)}"{x("email-" + k)}>{SVG}</button>
        <button class="cd-icon-btn" aria-label="Favourite {e(name)}" aria-pressed="{'true' if fav else 'false'}"{x("fav-" + k)}>{SVG}</button>
        <a href="/org-chart/{k}" class="cd-btn cd-btn--small cd-btn--secondary"{x("org-" + k)}>Org chart{vh(" for " + e(name))}</a>
        <button class="cd-icon-btn" aria-label="More actions for {e(name)}" aria-haspopup="menu" aria-expanded="false"{x("more-" + k)}>{SVG}</button>
      </div>
    </div>"""
    depts = "".join(f'<label class="cd-check"><input type="checkbox"{x("dept-" + d.split()[0].lower())}> {d}</label>' for d in DEPTS)
    body = f"""{top_v3()}
<main id="main" class="cd-main cd-main--sidebar">
  <aside class="cd-filters" aria-label="Filters">
    <h2>Filter</h2>
    <fieldset><legend>Department</legend>{depts}</fieldset>
    <div class="cd-field"><span id="office-l">Office</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="office-l" class="cd-select"{x("location")}>Any office</button></div>
    <label class="cd-switch"><input type="checkbox" role="switch"{x("contractors")}> Contractors</label>
    <button class="cd-btn cd-btn--quiet"{x("clear-filters")}>Clear all filters</button>
  </aside>
  <div>
    <div class="cd-row"><h1{x("heading")}>People directory</h1>
      <button class="cd-btn cd-btn--secondary"{x("export")}>Download CSV</button></div>
    <div role="tablist" class="cd-tabs" aria-label="Show">
      <button role="tab" aria-selected="true"{x("tab-everyone")}>Everyone</button>
      <button role="tab" aria-selected="false"{x("tab-team")}>My team</button>
      <button role="tab" aria-selected="false"{x("tab-favourites")}>Favourites</button>
    </div>
    <div class="cd-row" role="search">
      <input type="search" placeholder="Search by name, role or team"{x("search")}>
      <button class="cd-icon-btn" aria-label="Search"{x("search-go")}>{SVG}</button>
      <select aria-label="Sort by"{x("sort")}><option>First name</option><option>Last name</option><option>Department</option><option>Recently joined</option></select>
    </div>
    <div role="grid" class="cd-grid" aria-label="People">
      <div role="row" class="cd-grid__row cd-grid__head"><div role="columnheader">Name</div><div role="columnheader">Role</div><div role="columnheader">Department</div><div role="columnheader">Office</div><div role="columnheader">Ext.</div><div role="columnheader">Actions</div></div>{rows}
    </div>
    <button class="cd-btn cd-btn--secondary cd-more"{x("next-page")}>Load more</button>
  </div>
</main>
{bottom_v3()}"""
    return page("People directory – Crewdesk", body, css="style3.css")


def leave_v3():
    reqs = ""
    for k, typ, dates, days, status in REQ_V2:
        what = f"{typ.lower()} {dates}"
        acts = f'<button class="cd-icon-btn" aria-label="View {what}"{x("details-" + k)}>{SVG}</button>'
        if status == "Pending":
            acts += f'<button class="cd-icon-btn" aria-label="Edit {what}"{x("edit-" + k)}>{SVG}</button>'
        if k in CANCELLABLE:
            acts += f'<button class="cd-icon-btn" aria-label="Cancel {what}"{x("cancel-" + k)}>{SVG}</button>'
        reqs += f"""
      <div role="row" class="cd-grid__row"><div role="gridcell">{typ}</div><div role="gridcell">{dates}</div><div role="gridcell">{days}</div><div role="gridcell"><span class="cd-tag">{status}</span></div><div role="gridcell">{acts}</div></div>"""
    appr = ""
    for k, typ, dates, days in APPR_V3:
        name = PEOPLE[k][0]
        mk = k if not (k == "oscar") else "oscar-sick"
        appr += f"""
    <li class="cd-card"><p><strong>{e(name)}</strong></p><p>{typ}, {dates} ({days} day{'s' if days != '1' else ''})</p>
      <button class="cd-btn cd-btn--small"{x("approve-" + mk)}>Approve{vh(" " + e(name) + "&#8217;s request")}</button>
      <button class="cd-btn cd-btn--small cd-btn--secondary"{x("decline-" + mk)}>Decline{vh(" " + e(name) + "&#8217;s request")}</button></li>"""
    body = f"""{top_v3()}
<main id="main" class="cd-main cd-main--aside">
  <div>
  <h1{x("heading")}>Time off</h1>
  <ul class="cd-stats"><li><strong>14.5</strong> days annual leave left</li><li><strong>2</strong> sick days taken</li><li><strong>6</strong> hours time off in lieu</li></ul>
  <a href="/time-off/history"{x("balance-history")}>See full history</a>
  <section class="cd-form" aria-labelledby="req-h"><h2 id="req-h">Request time off</h2>
    <select aria-label="Leave type"{x("leave-type")}><option>Annual leave</option><option>Sick leave</option><option>Time off in lieu</option><option>Compassionate leave</option><option>Training</option><option>Unpaid leave</option></select>
    <div class="cd-row"><input type="text" placeholder="Start date"{x("start-date")}> <input type="text" placeholder="End date"{x("end-date")}></div>
    <label class="cd-switch"><input type="checkbox" role="switch"{x("half-day")}> Half day</label>
    <textarea rows="3" placeholder="Add a note for your manager"{x("reason")}></textarea>
    <div class="cd-row"><button class="cd-btn"{x("submit")}>Send request</button>
      <button class="cd-btn cd-btn--quiet"{x("cancel-form")}>Discard</button></div>
  </section>
  <section aria-labelledby="mine-h"><h2 id="mine-h">My requests</h2>
    <div role="grid" class="cd-grid" aria-label="My requests">
      <div role="row" class="cd-grid__row cd-grid__head"><div role="columnheader">Type</div><div role="columnheader">Dates</div><div role="columnheader">Days</div><div role="columnheader">Status</div><div role="columnheader">Actions</div></div>{reqs}
    </div></section>
  <section aria-labelledby="appr-h"><h2 id="appr-h">Needs your approval</h2>
    <ul class="cd-cards">{appr}
    </ul></section>
  </div>
  <aside class="cd-aside"><h2>Team</h2>
    <p>Out this week: {", ".join(e(PEOPLE[k][0]) for k, _, _ in OFF)}</p>
    <a href="/time-off/team" class="cd-btn cd-btn--secondary"{x("team-calendar")}>Open team calendar</a>
    <h2>Policies</h2><a href="/policies/leave"{x("leave-policy")}>Leave and absence policy</a></aside>
</main>
<div class="cd-backdrop"></div>
<div role="dialog" aria-modal="true" aria-labelledby="dlg-h" class="cd-dialog">
  <h2 id="dlg-h">Cancel this request?</h2>
  <p>Your annual leave on 12 Feb 2027 will be withdrawn and your approver told.</p>
  <div class="cd-row"><button class="cd-btn cd-btn--danger"{x("dlg-confirm")}>Yes, cancel request</button>
    <button class="cd-btn cd-btn--secondary"{x("dlg-keep")}>Keep request</button></div>
  <button class="cd-icon-btn cd-dialog__close" aria-label="Close"{x("dlg-close")}>{SVG}</button>
</div>
{bottom_v3()}"""
    return page("Time off – Crewdesk", body, css="style3.css")


def timesheet_v3():
    rows = ""
    for k in TS_V3:
        code, name, hours = PROJECTS[k]
        label = f"{code} {name}"
        cells = "".join(f'<div role="gridcell"><input type="text" inputmode="decimal" aria-label="{e(label)}, {DAYNAMES[d]}" value="{h}" class="cd-hours"{x(f"h-{k}-{d}")}></div>'
                        for d, h in zip(DAYS, hours))
        cells += "".join(f'<div role="gridcell"><input type="text" inputmode="decimal" aria-label="{e(label)}, {DAYNAMES[d]}" class="cd-hours"></div>' for d in ("sat", "sun"))
        rows += f"""
    <div role="row" class="cd-grid__row cd-ts"><div role="rowheader">{e(label)}</div>{cells}
      <div role="gridcell"><button class="cd-icon-btn" aria-label="Remove {e(label)}"{x("remove-" + k)}>{SVG}</button></div></div>"""
    heads = "".join(f'<div role="columnheader">{d}</div>' for d in ("Mon 30", "Tue 1", "Wed 2", "Thu 3", "Fri 4", "Sat 5", "Sun 6"))
    body = f"""{top_v3()}
<main id="main" class="cd-main">
  <div class="cd-row"><h1{x("heading")}>Timesheet</h1>
    <button class="cd-icon-btn" aria-label="Previous week"{x("prev-week")}>{SVG}</button>
    <select aria-label="Week"{x("week")}><option>w/c 23 Nov 2026</option><option selected>w/c 30 Nov 2026</option><option>w/c 7 Dec 2026</option></select>
    <button class="cd-icon-btn" aria-label="Next week"{x("next-week")}>{SVG}</button>
    <span class="cd-tag">Draft</span></div>
  <div class="cd-row">
    <button class="cd-btn cd-btn--secondary"{x("add-row")}>Add project</button>
    <div class="cd-menuwrap"><button class="cd-btn cd-btn--quiet" aria-haspopup="menu" aria-expanded="true"{x("ts-more")}>More actions</button>
      <ul role="menu" class="cd-menu" aria-label="More actions">
        <li role="menuitem" tabindex="-1"{x("copy-week")}>Copy last week</li>
        <li role="menuitem" tabindex="-1"{x("ts-pdf")}>Download as PDF</li>
        <li role="menuitem" tabindex="-1"{x("ts-clear")}>Clear all hours</li>
      </ul></div></div>
  <div role="grid" class="cd-grid" aria-label="Hours this week">
    <div role="row" class="cd-grid__row cd-ts cd-grid__head"><div role="columnheader">Project</div>{heads}<div role="columnheader"></div></div>{rows}
    <div role="row" class="cd-grid__row cd-ts"><div role="rowheader">Total</div><div role="gridcell">4.5</div><div role="gridcell">5.5</div><div role="gridcell">7.5</div><div role="gridcell">3.5</div><div role="gridcell">6</div><div role="gridcell">0</div><div role="gridcell">0</div><div role="gridcell"></div></div>
  </div>
  <label class="cd-switch"><input type="checkbox" role="switch"{x("ot-switch")}> I worked overtime this week</label>
  <textarea rows="3" placeholder="Notes for your approver"{x("ts-comment")}></textarea>
</main>
<div class="cd-bar">
  <span>37.5 hours this week</span>
  <button class="cd-btn cd-btn--secondary"{x("ts-save")}>Save</button>
  <button class="cd-btn"{x("ts-submit")}>Submit for approval</button>
</div>
{bottom_v3()}"""
    return page("Timesheet – Crewdesk", body, css="style3.css")


def pay_v3():
    slips = ""
    for k in SLIPS_V3:
        period, date, net = SLIPS[k]
        slips += f"""
      <div role="row" class="cd-grid__row cd-slip"><div role="gridcell">{period}</div><div role="gridcell">{date}</div><div role="gridcell">{net}</div>
        <div role="gridcell"><button class="cd-icon-btn" aria-label="View {period} payslip"{x("view-" + k)}>{SVG}</button>
          <button class="cd-icon-btn" aria-label="Download {period} payslip"{x("pdf-" + k)}>{SVG}</button></div></div>"""
    claims = ""
    for k in CLAIMS_V3:
        desc, date, amount, status = CLAIMS[k]
        acts = ""
        if status == "Submitted":
            acts += f'<button class="cd-icon-btn" aria-label="Withdraw {e(desc)}"{x("withdraw-" + k)}>{SVG}</button>'
        if status == "Draft":
            acts += f'<button class="cd-icon-btn" aria-label="Delete {e(desc)}"{x("delete-" + k)}>{SVG}</button>'
        claims += f"""
      <div role="row" class="cd-grid__row cd-claim"><div role="gridcell"><a href="/claims/{k}"{x("claim-view-" + k)}>{e(desc)}</a></div><div role="gridcell">{date}</div><div role="gridcell">{amount}</div><div role="gridcell"><span class="cd-tag">{status}</span></div><div role="gridcell">{acts}</div></div>"""
    body = f"""{top_v3()}
<main id="main" class="cd-main">
  <h1{x("heading")}>Pay and expenses</h1>
  <div role="tablist" class="cd-tabs" aria-label="Pay documents">
    <button role="tab" aria-selected="true" aria-controls="tp-slips"{x("tab-payslips")}>Payslips</button>
    <button role="tab" aria-selected="false" aria-controls="tp-tax"{x("tab-tax")}>Tax documents</button>
  </div>
  <div role="tabpanel" id="tp-slips">
    <div role="grid" class="cd-grid" aria-label="Payslips">
      <div role="row" class="cd-grid__row cd-slip cd-grid__head"><div role="columnheader">Period</div><div role="columnheader">Paid on</div><div role="columnheader">Net pay</div><div role="columnheader">Actions</div></div>{slips}
    </div>
    <a href="/pay/archive"{x("older-payslips")}>Payslip archive</a>
  </div>
  <section class="cd-form" aria-labelledby="pen-h"><h2 id="pen-h">Pension</h2>
    <div class="cd-row"><select aria-label="Your pension contribution"{x("pension-pct")}>{opts([f"{n}%" for n in range(3, 11)], "5%")}</select>
      <button class="cd-btn cd-btn--secondary"{x("pension-update")}>Update pension</button></div>
  </section>
  <section class="cd-form" aria-labelledby="ex-h"><h2 id="ex-h">Claim expenses</h2>
    <div class="cd-row"><input type="text" placeholder="Date (DD/MM/YYYY)"{x("exp-date")}>
      <select aria-label="Category"{x("exp-category")}><option>Choose a category</option>{opts(CATEGORIES)}</select></div>
    <div class="cd-row"><input type="text" inputmode="decimal" placeholder="Amount"{x("exp-amount")}>
      <select aria-label="Currency"{x("exp-currency")}><option>GBP (£)</option><option>EUR (€)</option><option>USD ($)</option></select></div>
    <input type="text" placeholder="What was it for?"{x("exp-desc")}>
    <input type="text" placeholder="Cost code (optional)"{x("exp-project")}>
    <div class="cd-row"><button class="cd-btn cd-btn--secondary"{x("exp-receipt")}>Upload receipt</button>
      <button class="cd-btn cd-btn--secondary"{x("exp-add")}>Add to claim</button></div>
    <button class="cd-btn"{x("exp-submit")}>Submit expenses</button>
  </section>
  <section aria-labelledby="cl-h"><h2 id="cl-h">My claims</h2>
    <div role="grid" class="cd-grid" aria-label="My claims">
      <div role="row" class="cd-grid__row cd-claim cd-grid__head"><div role="columnheader">Claim</div><div role="columnheader">Date</div><div role="columnheader">Amount</div><div role="columnheader">Status</div><div role="columnheader">Actions</div></div>{claims}
    </div></section>
</main>
{bottom_v3()}"""
    return page("Pay and expenses – Crewdesk", body, css="style3.css")


def switch_group_v3(group, legend):
    items = [("leave", "Leave decisions"), ("timesheet", "Timesheet reminders"), ("payslip", "New payslips")]
    out = ""
    for key, label in items:
        marker = f"notify-{key}" if group == "email" else f"push-{key}"
        out += f'<label class="cd-switch"><input type="checkbox" role="switch"{" checked" if key != "payslip" else ""}{x(marker)}> {label}</label>'
    return f'<fieldset class="cd-fieldset"><legend>{legend}</legend>{out}</fieldset>'


def profile_v3():
    def pw(key, ph):
        return (f'<div class="cd-pw"><input type="password" placeholder="{ph}"{x("pw-" + key)}>'
                f'<button class="cd-btn cd-btn--quiet cd-btn--small" aria-pressed="false"{x("show-pw-" + key)}>Show password</button></div>')
    body = f"""{top_v3()}
<main id="main" class="cd-main cd-main--sidebar">
  <nav class="cd-sectionnav" aria-label="Profile sections"><ul>
    <li><a href="#personal" aria-current="true"{x("menu-personal")}>Personal details</a></li>
    <li><a href="#contact"{x("menu-contact")}>Emergency contact</a></li>
    <li><a href="#prefs"{x("menu-prefs")}>Preferences</a></li>
    <li><a href="#security"{x("menu-security")}>Sign-in and security</a></li>
    <li><a href="#data"{x("menu-data")}>Your data</a></li></ul></nav>
  <div class="cd-settings">
  <h1{x("heading")}>My profile</h1>
  <section id="personal" aria-labelledby="personal-h"><h2 id="personal-h">Personal details</h2>
    <div class="cd-cols"><input type="text" value="Jordan" placeholder="First name"{x("first-name")}>
      <input type="text" value="Ellis" placeholder="Last name"{x("last-name")}>
      <input type="text" placeholder="Known as"{x("preferred-name")}>
      <select aria-label="Pronouns"{x("pronouns")}><option>Pronouns</option><option>she/her</option><option>he/him</option><option>they/them</option><option>Prefer not to say</option></select>
      <input type="email" placeholder="Personal email"{x("personal-email")}>
      <input type="tel" placeholder="Mobile number"{x("mobile")}></div>
    <h3>Home address</h3>
    <input type="text" placeholder="Street address"{x("addr1")}>
    <div class="cd-cols"><input type="text" placeholder="Town or city"{x("city")}>
      <input type="text" placeholder="Postcode"{x("postcode")}></div>
    <button class="cd-btn"{x("save-about")}>Save personal details</button>
  </section>
  <section id="contact" aria-labelledby="contact-h"><h2 id="contact-h">Emergency contact</h2>
    <div class="cd-cols"><input type="text" placeholder="Full name"{x("ec1-name")}>
      <select aria-label="Relationship"{x("ec1-rel")}><option>Relationship</option><option>Partner</option><option>Parent</option><option>Sibling</option><option>Friend</option><option>Other</option></select>
      <input type="tel" placeholder="Phone number"{x("ec1-phone")}></div>
    <button class="cd-btn cd-btn--quiet"{x("add-contact")}>Add another contact</button>
    <button class="cd-btn"{x("save-contacts")}>Save emergency contact</button>
  </section>
  <section id="prefs" aria-labelledby="prefs-h"><h2 id="prefs-h">Preferences</h2>
    <div class="cd-cols"><label>Language<select{x("language")}><option>English (UK)</option><option>English (US)</option><option>Deutsch</option><option>Français</option><option>Polski</option></select></label>
      <label>Time zone<select{x("timezone")}><option>Europe/London</option><option>Europe/Berlin</option><option>America/New_York</option></select></label></div>
    <fieldset class="cd-fieldset"><legend>Date format</legend>
      <label class="cd-radio"><input type="radio" name="df" checked{x("datefmt-dmy")}> 31/12/2026</label>
      <label class="cd-radio"><input type="radio" name="df"{x("datefmt-mdy")}> 12/31/2026</label>
      <label class="cd-radio"><input type="radio" name="df"{x("datefmt-iso")}> 2026-12-31</label></fieldset>
    <div class="cd-cols">{switch_group_v3("email", "By email")}{switch_group_v3("push", "On your phone")}</div>
    <label class="cd-switch"><input type="checkbox" role="switch"{x("notify-news")}> Weekly company news</label>
    <button class="cd-btn"{x("save-prefs")}>Save preferences</button>
  </section>
  <section id="security" aria-labelledby="sec-h"><h2 id="sec-h">Sign-in and security</h2>
    {pw("current", "Current password")}
    {pw("new", "New password")}
    {pw("confirm", "Confirm new password")}
    <button class="cd-btn cd-btn--secondary"{x("pw-change")}>Update password</button>
  </section>
  <section id="data" aria-labelledby="data-h"><h2 id="data-h">Your data</h2>
    <p>Get a copy of everything Crewdesk holds about you.</p>
    <button class="cd-btn cd-btn--secondary"{x("data-request")}>Download my data</button>
  </section>
  </div>
</main>
{bottom_v3()}"""
    return page("My profile – Crewdesk", body, css="style3.css")


STYLE = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; }
.pshdr { background: #3a5a8c; color: #fff; } .pshdr td { padding: 6px 8px; } .pshdr a { color: #fff; }
.pslayout td { padding: 8px; } .psbox { border: 1px solid #9ab; margin-bottom: 10px; padding: 4px 6px; } .psbox h2 { font-size: 12px; background: #dde6f0; margin: 0 0 4px; padding: 2px; }
.pscontent { padding: 10px 14px; } .PAPAGETITLE { font-size: 16px; color: #3a5a8c; }
.PSLEVEL1GRID { border-collapse: collapse; margin-bottom: 10px; } .PSLEVEL1GRID th { background: #dde6f0; text-align: left; padding: 3px 6px; } .PSLEVEL1GRID td { border-bottom: 1px solid #ddd; padding: 3px 6px; }
.PSLEVEL1GRIDROW1 { background: #f4f7fa; } .psform td { padding: 3px 6px; } .sectionhead { background: #dde6f0; text-align: left; padding: 3px; }
.psbal th, .psbal td { border: 1px solid #ccc; padding: 4px 8px; } .psfooter { padding: 10px; color: #555; } .copy { font-size: 10px; }
"""
STYLE2 = """body { font-family: Inter, system-ui, sans-serif; margin: 0; color: #1d1d27; font-size: 14px; }
.TopBar_root__a81 { display: flex; gap: 18px; align-items: center; padding: 10px 24px; border-bottom: 1px solid #e5e5ee; }
.TopBar_nav__a83 { display: flex; gap: 14px; flex: 1; } .TopBar_search__a84 input { width: 200px; padding: 6px 10px; border: 1px solid #ccd; border-radius: 16px; }
.Button_root__b1 { display: inline-block; padding: 7px 14px; border-radius: 6px; border: 1px solid #0f766e; background: #fff; color: #0f766e; cursor: pointer; text-decoration: none; font-size: 14px; }
.Button_primary__b2 { background: #0f766e; color: #fff; } .Button_ghost__b4 { border-color: transparent; } .Button_link__b5 { border: none; background: none; text-decoration: underline; }
.IconButton_root__i1 { width: 32px; height: 32px; border-radius: 50%; border: 1px solid #ccd; background: #fff; cursor: pointer; vertical-align: middle; }
main { padding: 16px 24px; max-width: 1200px; } .People_head__q2, .People_toolbar__q4, .Timesheet_head__t2, .Timesheet_tools__t6, .Timesheet_actions__t7 { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.Chip_root__h1 { border: 1px solid #ccd; border-radius: 14px; padding: 4px 12px; background: #fff; cursor: pointer; }
.Select_trigger__s1 { min-width: 160px; text-align: left; padding: 6px 10px; border: 1px solid #ccd; background: #fff; border-radius: 6px; }
.People_grid__q6, .RequestList_root__l1, .ApprovalList_root__w2, .PayslipList_root__y2, .Balances_root__b9 { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; }
.PersonCard_root__p1, .RequestCard_root__r1, .ApprovalCard_root__w1, .PayslipCard_root__y1, .BalanceCard_root__c9 { border: 1px solid #e5e5ee; border-radius: 10px; padding: 10px; position: relative; }
.PersonCard_actions__p5 { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; } .Menu_root__m1 { list-style: none; padding: 4px 0; margin: 0; border: 1px solid #ccd; background: #fff; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.Menu_root__m1 li { padding: 6px 12px; cursor: pointer; } .Pin_root__n1 { margin-right: 12px; } .Field_root__f1 { display: block; margin: 8px 0; }
.Field_root__f1 input, .Field_root__f1 textarea { display: block; margin-top: 3px; padding: 6px; min-width: 240px; } .Fieldset_root__e1 { border: 1px solid #e5e5ee; border-radius: 8px; margin: 10px 0; }
.TimeOff_cols__t2, .Profile_cols__z3 { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; } .RequestList_root__l1, .ApprovalList_root__w2 { grid-template-columns: 1fr 1fr; }
.Timesheet_table__t4 { border-collapse: collapse; } .Timesheet_table__t4 td, .Timesheet_table__t4 th { padding: 4px 6px; border-bottom: 1px solid #eee; } .Hours_input__h2 { width: 56px; }
.Claims_table__y4 { width: 100%; border-collapse: collapse; } .Claims_table__y4 td, .Claims_table__y4 th { padding: 6px; border-bottom: 1px solid #eee; text-align: left; }
.Check_root__c1, .Radio_root__o1 { display: block; margin: 4px 0; } .Profile_section__z2 { border-bottom: 1px solid #e5e5ee; padding-bottom: 14px; }
.Stepper_root__x1 { display: flex; gap: 8px; align-items: center; } .Stepper_root__x1 input { width: 60px; } .OutList_root__o2 { padding-left: 18px; }
.Footer_root__f9 { padding: 14px 24px; border-top: 1px solid #e5e5ee; } .Footer_link__f8 { margin-right: 14px; }
"""
STYLE3 = """body { font-family: "Noto Sans", system-ui, sans-serif; margin: 0; font-size: 16px; color: #111; padding-bottom: 70px; }
.cd-skip { position: absolute; left: -9999px; } .cd-skip:focus { left: 8px; top: 8px; } .cd-vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cd-header { display: flex; gap: 18px; align-items: center; padding: 10px 24px; background: #14213d; } .cd-header a, .cd-header button { color: #fff; }
.cd-nav { display: flex; gap: 16px; flex: 1; } .cd-header__search { width: 200px; padding: 6px; }
.cd-main { padding: 16px 24px; max-width: 1220px; } .cd-main--sidebar { display: grid; grid-template-columns: 220px 1fr; gap: 28px; } .cd-main--aside { display: grid; grid-template-columns: 1fr 240px; gap: 28px; }
.cd-btn { display: inline-block; padding: 8px 16px; border-radius: 8px; border: 2px solid #fca311; background: #fca311; color: #111; font-weight: 600; cursor: pointer; text-decoration: none; font-size: 15px; }
.cd-btn--secondary { background: #fff; } .cd-btn--quiet { background: transparent; border-color: transparent; text-decoration: underline; } .cd-btn--small { padding: 4px 10px; font-size: 14px; } .cd-btn--danger { background: #c0392b; border-color: #c0392b; color: #fff; }
.cd-icon-btn { display: inline-flex; width: 34px; height: 34px; align-items: center; justify-content: center; border-radius: 50%; border: 1px solid #aaa; background: #fff; cursor: pointer; vertical-align: middle; }
.cd-row { display: flex; gap: 10px; align-items: center; margin: 8px 0; flex-wrap: wrap; } .cd-filters fieldset { border: none; padding: 0; } .cd-check, .cd-switch, .cd-radio { display: block; margin: 5px 0; }
.cd-select { min-width: 180px; text-align: left; padding: 6px 10px; border: 1px solid #aaa; background: #fff; }
.cd-tabs { display: flex; gap: 4px; border-bottom: 2px solid #ddd; margin: 10px 0; } .cd-tabs [role=tab] { border: none; background: none; padding: 8px 14px; font-size: 15px; cursor: pointer; } .cd-tabs [aria-selected=true] { border-bottom: 3px solid #14213d; font-weight: 700; }
.cd-grid__row { display: grid; grid-template-columns: 2fr 2fr 1.3fr 1fr 0.6fr 230px; gap: 8px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; } .cd-grid__head { font-weight: 700; }
.cd-main--aside .cd-grid__row, .cd-claim { grid-template-columns: 2fr 2fr 0.6fr 1fr 140px; } .cd-slip { grid-template-columns: 2fr 1fr 1fr 120px; }
.cd-ts { grid-template-columns: 220px repeat(7, 64px) 50px; } .cd-hours { width: 52px; } .cd-tag { background: #eef; padding: 2px 8px; border-radius: 10px; font-size: 13px; }
.cd-cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; } .cd-card { border: 1px solid #ddd; border-radius: 10px; padding: 10px; }
.cd-form input, .cd-form select, .cd-form textarea { display: block; margin: 6px 0; padding: 7px; min-width: 240px; } .cd-form .cd-row input, .cd-form .cd-row select { display: inline-block; } .cd-form .cd-switch input { display: inline-block; min-width: 0; margin: 0 6px 0 0; }
.cd-menuwrap { position: relative; } .cd-menu { list-style: none; position: absolute; top: 36px; left: 0; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #aaa; z-index: 5; min-width: 180px; } .cd-menu li { padding: 6px 12px; }
.cd-bar { position: fixed; bottom: 0; left: 0; right: 0; display: flex; gap: 12px; align-items: center; justify-content: flex-end; padding: 10px 24px; background: #f5f5f5; border-top: 1px solid #ddd; }
.cd-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 9; }
.cd-dialog { position: fixed; top: 140px; left: 50%; margin-left: -220px; width: 440px; background: #fff; padding: 18px; border-radius: 12px; z-index: 10; } .cd-dialog__close { position: absolute; top: 12px; right: 12px; }
.cd-settings section { border-bottom: 1px solid #ddd; padding: 10px 0 16px; } .cd-settings input, .cd-settings select { display: block; margin: 6px 0; padding: 7px; min-width: 240px; }
.cd-settings .cd-switch input, .cd-settings .cd-radio input { display: inline-block; min-width: 0; } .cd-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
.cd-fieldset { border: 1px solid #ddd; border-radius: 8px; } .cd-pw { display: flex; gap: 6px; align-items: center; } .cd-pw input { display: inline-block; } .cd-sectionnav ul { list-style: none; padding: 0; } .cd-sectionnav li { margin: 8px 0; }
.cd-footer { padding: 14px 24px; border-top: 1px solid #ddd; } .cd-footer ul { list-style: none; display: flex; gap: 16px; padding: 0; }
"""


def render():
    return {
        "v1": {"directory.html": directory_v1(), "leave.html": leave_v1(), "timesheet.html": timesheet_v1(),
               "pay.html": pay_v1(), "profile.html": profile_v1(), "style.css": STYLE},
        "v2": {"directory.html": directory_v2(), "leave.html": leave_v2(), "timesheet.html": timesheet_v2(),
               "pay.html": pay_v2(), "profile.html": profile_v2(), "style2.css": STYLE2},
        "v3": {"directory.html": directory_v3(), "leave.html": leave_v3(), "timesheet.html": timesheet_v3(),
               "pay.html": pay_v3(), "profile.html": profile_v3(), "style3.css": STYLE3},
    }
