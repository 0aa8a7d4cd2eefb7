"""Jobs: "Hireline", a job board with applicant tracking for recruiters — a HELD-OUT site (written
independently of the scoring code, from a brief naming only the kind of site and the kinds of
refactor, frozen before any tuning against it). Three versions of search, job, pipeline,
interview and settings; the signed-in user is a recruiter (Ciara Doyle) who also browses jobs.

v1  Rails-era server-rendered pages: snake_case ids and form names (`save_job_4102`,
    `application[email]`, `application_ids[]`, `notify[new_application][email]`), a top search bar
    and a sidebar filter form (job type checkboxes, "Remote only", date-posted radios, an
    "Update results" submit), results as a list with "Apply now" links and "Save job" /
    "Not interested" text per job, numbered pagination, a job alert box; the job page with
    "Apply now" / "Save job" / "Share" / "Report this job", a classic application form (CV file
    input, cover letter, right-to-work and visa Yes/No radios, experience and notice-period
    selects, tool checkboxes, two referee sections with the same three fields, consent
    checkboxes, "Submit application" / "Save and finish later"), four similar jobs; the applicant
    pipeline as a table with a select checkbox, CV link and text "Advance" / "Reject" /
    "Schedule interview" / "Message" per candidate, stage filter links, a bulk-action select;
    the interview page with the candidate's profile, notes, past interviews ("View feedback"
    twice), a scheduling form (type / time / duration / time-zone selects, interviewer
    checkboxes, location radios, a table of suggested slots with the same clock times each day,
    template select, subject, message, invite/reminder/SMS checkboxes); settings with profile,
    password, a notification matrix of unlabelled checkboxes, digest-frequency radios, a team
    table with role selects and "Remove" per member, an invite form, integrations, delete account.
v2  React rewrite: ids and names dropped, data-testid added (often the same test id on every row),
    header nav renamed with a notifications bell and an account icon button (Sign out now hidden
    in its closed menu), footer reworded (Contact gone, Accessibility new); search results as cards
    sorted newest first (DevOps Engineer filled and gone, Site Reliability Engineer new), company
    logos as image links, "Save job" a heart icon named only "Save job", "Not interested" an icon
    button named only by its title, "Apply now" -> "Easy apply" buttons or "Apply on company
    site" links, filters as a toolbar (job-type toggle chips, Temporary gone, a "Remote" switch,
    date posted as a segmented control, "Update results" gone, "Reset" button), Advanced search
    gone, numbered and icon pagination buttons, the alert box moved to a band in the footer; the
    job page with "Apply" a link styled as a button, Save / Share icon buttons, the form in
    fieldsets in two columns with reworded labels, notice period as radios, "Send application",
    the draft button gone, "Report job" moved below the form, the company box and similar jobs in
    a sidebar, similar jobs re-sorted with one replaced; the pipeline as candidate cards sorted by
    rating (Tom Gallagher withdrew, Eoin Murphy applied), "Move to <next stage>", "Schedule", icon
    buttons named only "Message" / "Reject", "Select candidate" checkboxes, "View CV", stage filter
    as tabs with counts, the job select and "Add candidate" moved to the page header, the search
    button gone, "Close this job" at the foot; the scheduling form in an open dialog over the
    candidate profile with a Close icon button, reworded labels, Wednesday's slots gone and
    Friday's new, "9:30 AM"-style times, subject, draft and the private-note checkbox removed,
    Cancel a link styled as a button; settings with a sidebar of section links, switches per
    notification channel with the same "Email" / "In-app" / "SMS" labels in every row, the digest
    as a select, team members as cards sorted by name (Mark Feeney gone, Grace Kim new) with
    "Remove member" icon buttons, every section's save button reading "Save changes", Teams
    integration gone.
v3  design-system pass: Salaries gone from the nav, "Post a job" and "Sign out" moved to the
    footer on every page; icon buttons named after the row ("Save Data Analyst", "Reject Maya
    Okafor"), per-row "More actions" menus (one open per page: its items are the only Not
    interested / Message / Schedule / Remove on the page); search results sorted by salary (the
    Customer Success job gone, Data Engineer new), filters back in a sidebar, "View and apply"
    links styled as buttons, sort a custom combobox, date posted a select, page links, the alert
    box reduced to "Save this search"; the job page with placeholders instead of the
    personal-detail labels, the second referee and the visa question removed, experience a
    combobox, "Keep my CV on file" a switch, the draft button back, similar jobs with icon save
    buttons named after the job; the pipeline as a role=grid sorted newest first (Sofia Marques
    archived, Hannah Lee applied) with the job controls in a sidebar, the Hired tab gone, sort a
    button, the bulk select and Apply replaced by a "Bulk actions" button; the interview page as
    two columns with type radios, placeholders, switches for invite/reminder, interviewers by
    short name, time zone and SMS removed, slots named by aria-label; settings with placeholders,
    the time zone a combobox, language and invite role removed, notification switches named after
    their row in a grid, a team grid with per-member menus, "Close my account".
"""
from common import attrs, e, page


def X(key):
    """The data-expect marker attribute (None: no marker)."""
    return attrs(data__expect=key)


# -- data ----------------------------------------------------------------------------------------

JOBS = [  # id, title, company, location, salary (text, number for sorting), type, mode, posted days ago, easy apply
    ("4102", "Senior Backend Engineer", "Northwind Logistics", "Rotterdam, Netherlands", "€72,000 – €88,000", 88, "Full-time", "Hybrid", 2, True),
    ("4107", "Product Designer", "Fernhill Studio", "Bristol, UK", "£48,000 – £56,000", 62, "Full-time", "Remote", 5, True),
    ("4110", "Data Analyst", "Calder Health", "Leeds, UK", "£38,000 – £44,000", 51, "Full-time", "On-site", 1, False),
    ("4115", "Frontend Developer (React)", "Brightwater Bank", "Dublin, Ireland", "€60,000 – €70,000", 70, "Full-time", "Hybrid", 3, True),
    ("4118", "DevOps Engineer", "Tallis Energy", "Aberdeen, UK", "£55,000 – £65,000", 75, "Contract", "On-site", 6, False),
    ("4121", "Engineering Manager", "Northwind Logistics", "Remote (EU)", "€95,000 – €110,000", 110, "Full-time", "Remote", 4, False),
    ("4124", "QA Automation Engineer", "Pellam Insurance", "Manchester, UK", "£42,000 – £50,000", 57, "Full-time", "Hybrid", 9, True),
    ("4127", "Customer Success Manager", "Loop & Thread", "London, UK", "£40,000 – £46,000", 53, "Full-time", "Hybrid", 12, True),
    ("4130", "iOS Developer", "Kestrel Travel", "Barcelona, Spain", "€50,000 – €62,000", 62, "Full-time", "Hybrid", 7, False),
    ("4133", "Technical Writer", "Fernhill Studio", "Remote (UK)", "£35,000 – £40,000 pro rata", 46, "Part-time", "Remote", 14, True),
]
NEW_JOB_V2 = ("4139", "Site Reliability Engineer", "Oakmere Games", "Dundee, UK", "£58,000 – £70,000", 81, "Full-time", "Hybrid", 0, True)
NEW_JOB_V3 = ("4142", "Data Engineer", "Calder Health", "Leeds, UK", "£50,000 – £58,000", 67, "Full-time", "Hybrid", 0, False)
SAVED = {"4107"}
MENU_JOB_V3 = "4124"  # its "More actions" menu is open in v3


def job(jid):
    return next(j for j in JOBS + [NEW_JOB_V2, NEW_JOB_V3] if j[0] == jid)


def jobs_v2():
    out = [j for j in JOBS if j[0] != "4118"] + [NEW_JOB_V2]
    return sorted(out, key=lambda j: (j[8], j[1]))  # newest first


def jobs_v3():
    out = [j for j in JOBS if j[0] not in ("4118", "4127")] + [NEW_JOB_V2, NEW_JOB_V3]
    return sorted(out, key=lambda j: (-j[5], j[1]))  # salary, highest first


def posted(days):
    return "today" if days == 0 else ("yesterday" if days == 1 else f"{days} days ago")


CANDIDATES = [  # id, name, stage, applied, rating, city, current role
    ("31", "Maya Okafor", "Interview", "2 Mar", 4, "Dublin", "Frontend engineer, Larkspur Media"),
    ("32", "Liam Byrne", "Screening", "4 Mar", 3, "Cork", "Web developer, Shannon Software"),
    ("33", "Sofia Marques", "Applied", "6 Mar", 0, "Lisbon", "UI engineer, Praia Labs"),
    ("34", "Daniel Kowalczyk", "Offer", "27 Feb", 5, "Dublin", "Senior frontend developer, Quayside Pay"),
    ("35", "Aisha Rahman", "Screening", "5 Mar", 4, "London", "JavaScript developer, Bramble Health"),
    ("36", "Tom Gallagher", "Applied", "7 Mar", 2, "Galway", "Graduate developer, Corrib Digital"),
    ("37", "Priya Nair", "Interview", "1 Mar", 4, "Dublin", "Frontend lead, Halcyon Retail"),
    ("38", "Sam Patel", "Applied", "8 Mar", 0, "Belfast", "Full-stack developer, Lagan Systems"),
    ("39", "Sam Whitfield", "Screening", "3 Mar", 3, "Dublin", "React developer, Liffey Labs"),
    ("40", "Chloé Martin", "Applied", "8 Mar", 0, "Paris", "Développeuse front-end, Atelier Nord"),
]
NEW_CAND_V2 = ("41", "Eoin Murphy", "Applied", "9 Mar", 0, "Dublin", "Junior developer, Phoenix Park Tech")
NEW_CAND_V3 = ("42", "Hannah Lee", "Applied", "10 Mar", 0, "Limerick", "Frontend developer, Treaty City Games")
STAGES = ["Applied", "Screening", "Interview", "Offer", "Hired"]
MENU_CAND_V3 = "35"
DAYNUM = {"27 Feb": 58, "1 Mar": 60, "2 Mar": 61, "3 Mar": 62, "4 Mar": 63, "5 Mar": 64, "6 Mar": 65, "7 Mar": 66, "8 Mar": 67, "9 Mar": 68, "10 Mar": 69}


def cands_v1():
    return list(CANDIDATES)


def cands_v2():
    out = [c for c in CANDIDATES if c[0] != "36"] + [NEW_CAND_V2]
    return sorted(out, key=lambda c: (-c[4], c[1]))  # rating, best first


def cands_v3():
    out = [c for c in CANDIDATES if c[0] not in ("36", "33")] + [NEW_CAND_V2, NEW_CAND_V3]
    return sorted(out, key=lambda c: (-DAYNUM[c[3]], c[1]))  # newest application first


def next_stage(stage):
    return STAGES[STAGES.index(stage) + 1]


MEMBERS = [  # key, name, email, role
    ("ciara", "Ciara Doyle", "ciara.doyle@brightwaterbank.ie", "Admin"),
    ("mark", "Mark Feeney", "mark.feeney@brightwaterbank.ie", "Interviewer"),
    ("anna", "Anna Schultz", "anna.schultz@brightwaterbank.ie", "Recruiter"),
    ("rohan", "Rohan Mehta", "rohan.mehta@brightwaterbank.ie", "Hiring manager"),
]
NEW_MEMBER_V2 = ("grace", "Grace Kim", "grace.kim@brightwaterbank.ie", "Interviewer")
NEW_MEMBER_V3 = ("oisin", "Oisín Kelly", "oisin.kelly@brightwaterbank.ie", "Recruiter")
ROLES = ["Admin", "Recruiter", "Hiring manager", "Interviewer"]
MENU_MEMBER_V3 = "anna"

INTERVIEWERS = [("ciara", "Ciara Doyle", "Engineering Manager"), ("mark", "Mark Feeney", "Staff Engineer"),
                ("anna", "Anna Schultz", "Talent Partner"), ("rohan", "Rohan Mehta", "Head of Web"),
                ("grace", "Grace Kim", "Senior Frontend Engineer")]

NOTIFY_EVENTS = [("new", "New application"), ("reply", "Candidate replied"), ("reminder", "Interview reminder"),
                 ("expiring", "Job about to expire"), ("report", "Weekly hiring report")]
CHANNELS = [("email", "Email"), ("app", "In-app"), ("sms", "SMS")]

SLOT_DAYS_V1 = [("tue", "Tue 17 Mar"), ("wed", "Wed 18 Mar"), ("thu", "Thu 19 Mar")]
SLOT_DAYS_V2 = [("tue", "Tuesday 17 March"), ("thu", "Thursday 19 March"), ("fri", "Friday 20 March")]
SLOT_TIMES = [("0930", "09:30", "9:30 AM"), ("1100", "11:00", "11:00 AM"), ("1400", "14:00", "2:00 PM"), ("1630", "16:30", "4:30 PM")]

ICON_HEART = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path d="M9 16l-7-7a4 4 0 016-5l1 1 1-1a4 4 0 016 5z"/></svg>'
ICON_X = '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M2 2l10 10M12 2L2 12" stroke="currentColor"/></svg>'
ICON_MORE = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="3" cy="8" r="1.5"/><circle cx="8" cy="8" r="1.5"/><circle cx="13" cy="8" r="1.5"/></svg>'
ICON_MAIL = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M1 3h14v10H1zM1 3l7 6 7-6"/></svg>'
ICON_ARROW = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M9 4l4 4-4 4"/></svg>'
ICON_LEFT = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M10 3L5 8l5 5"/></svg>'
ICON_RIGHT = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M6 3l5 5-5 5"/></svg>'
ICON_BELL = '<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path d="M4 13V8a5 5 0 0110 0v5l1 1H3z"/></svg>'
ICON_SHARE = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="4" cy="8" r="2"/><circle cx="12" cy="3" r="2"/><circle cx="12" cy="13" r="2"/></svg>'
ICON_TRASH = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 4h10M6 4V2h4v2M4 4l1 10h6l1-10"/></svg>'
AVATAR = '<span class="avatar" aria-hidden="true">CD</span>'


# -- chrome --------------------------------------------------------------------------------------

def top_v1(current):
    links = [("search.html", "Find jobs", "nav-jobs", "nav_find_jobs"), ("companies.html", "Companies", "nav-companies", "nav_companies"),
             ("salaries.html", "Salary guide", "nav-salaries", "nav_salaries"), ("pipeline.html", "Recruiter dashboard", "nav-dashboard", "nav_dashboard"),
             ("post_job.html", "Post a job", "post-job", "nav_post_job")]
    items = "".join(f'<li{attrs(class_="active" if h == current else None)}><a href="{h}" id="{i}"{X(k)}>{t}</a></li>' for h, t, k, i in links)
    return f"""<div id="wrapper">
<div id="header">
  <a href="search.html" id="logo"{X("logo")}>Hireline</a>
  <ul id="main_nav">{items}</ul>
  <div id="user_links">Signed in as <strong>Ciara Doyle</strong> &middot; <a href="settings.html" id="my_account_link"{X("nav-account")}>My account</a> | <a href="/users/sign_out" id="sign_out_link" data-method="delete"{X("signout")}>Sign out</a></div>
</div>
<div id="content">"""


def bottom_v1():
    links = [("about", "About Hireline", "footer-about"), ("help", "Help centre", "footer-help"), ("privacy", "Privacy policy", "footer-privacy"),
             ("terms", "Terms of use", "footer-terms"), ("contact", "Contact us", "footer-contact")]
    return ('</div>\n<div id="footer">' + " | ".join(f'<a href="/{h}"{X(k)}>{t}</a>' for h, t, k in links)
            + ' <p>&copy; 2026 Hireline Ltd.</p></div>\n</div>')


def top_v2():
    return f"""<div id="root"><header class="AppHeader_root">
  <a href="search.html" class="AppHeader_logo" aria-label="Hireline home" data-testid="header-logo"{X("logo")}><svg width="90" height="22" aria-hidden="true"><rect width="90" height="22"/></svg></a>
  <nav class="AppHeader_nav" aria-label="Primary">
    <a href="search.html" data-testid="nav-jobs"{X("nav-jobs")}>Jobs</a>
    <a href="companies.html" data-testid="nav-companies"{X("nav-companies")}>Companies</a>
    <a href="salaries.html" data-testid="nav-salaries"{X("nav-salaries")}>Salaries</a>
    <a href="pipeline.html" data-testid="nav-hiring"{X("nav-dashboard")}>Hiring</a>
  </nav>
  <div class="AppHeader_actions">
    <a href="post_job.html" class="Button_root Button_primary" data-testid="post-job"{X("post-job")}>Post a job</a>
    <button type="button" class="IconButton_root" aria-label="Notifications" data-testid="notifications"{X("notifications")}>{ICON_BELL}</button>
    <button type="button" class="IconButton_root" aria-label="Account" aria-haspopup="menu" aria-expanded="false" data-testid="account-menu"{X("nav-account")}>{AVATAR}</button>
  </div>
</header>"""


def bottom_v2(band=""):
    links = [("about", "About us", "footer-about"), ("help", "Help", "footer-help"), ("privacy", "Privacy", "footer-privacy"),
             ("terms", "Terms", "footer-terms"), ("accessibility", "Accessibility", "footer-a11y")]
    return (f'<footer class="Footer_root">{band}<nav aria-label="Footer">' + "".join(f'<a href="/{h}"{X(k)}>{t}</a>' for h, t, k in links)
            + "</nav><p>&copy; 2026 Hireline</p></footer></div>")


def top_v3():
    return f"""<header class="hl-header">
  <a href="search.html" class="hl-logo"{X("logo")}>Hireline</a>
  <nav aria-label="Main"><ul class="hl-nav">
    <li><a href="search.html"{X("nav-jobs")}>Jobs</a></li>
    <li><a href="companies.html"{X("nav-companies")}>Companies</a></li>
    <li><a href="pipeline.html"{X("nav-dashboard")}>Hiring</a></li>
  </ul></nav>
  <div class="hl-header__end">
    <button type="button" class="hl-icon" aria-label="Notifications, 3 unread"{X("notifications")}>{ICON_BELL}</button>
    <button type="button" class="hl-icon" aria-label="Ciara Doyle, account settings" aria-haspopup="menu" aria-expanded="false"{X("nav-account")}>{AVATAR}</button>
  </div>
</header>"""


def bottom_v3():
    links = [("about", "About", "footer-about"), ("help", "Help centre", "footer-help"), ("privacy", "Privacy &amp; cookies", "footer-privacy"),
             ("terms", "Terms", "footer-terms"), ("accessibility", "Accessibility", "footer-a11y"), ("post_job.html", "Post a job", "post-job")]
    items = "".join(f'<li><a href="{h if h.endswith(".html") else "/" + h}"{X(k)}>{t}</a></li>' for h, t, k in links)
    return (f'<footer class="hl-footer"><ul>{items}<li><button type="button" class="hl-link"{X("signout")}>Sign out</button></li></ul>'
            '<p>&copy; 2026 Hireline</p></footer>')


# -- search --------------------------------------------------------------------------------------

def search_v1():
    items = ""
    for jid, title, company, loc, salary, _, typ, mode, days, _ in JOBS:
        saved = jid in SAVED
        items += f"""
    <li class="job-result" id="job_{jid}">
      <h3 class="job-title"><a href="job.html?id={jid}" id="job_title_{jid}"{X("job-" + jid)}>{e(title)}</a></h3>
      <p class="job-company"><a href="companies/{jid}"{X("company-" + jid)}>{e(company)}</a> &ndash; {e(loc)}</p>
      <p class="job-meta">{salary} &middot; {typ} &middot; {mode} &middot; Posted {posted(days)}</p>
      <p class="job-actions">
        <a href="job.html?id={jid}#apply" class="btn btn-primary" id="apply_{jid}"{X("apply-" + jid)}>Apply now</a>
        <button type="submit" form="save_jobs" class="btn" id="save_job_{jid}" name="save_job" value="{jid}"{X("save-" + jid)}>{"Saved" if saved else "Save job"}</button>
        <a href="?hide={jid}" class="hide-link" id="hide_job_{jid}" rel="nofollow"{X("hide-" + jid)}>Not interested</a>
      </p>
    </li>"""
    types = [("full_time", "Full-time", "type-full", "312"), ("part_time", "Part-time", "type-part", "41"), ("contract", "Contract", "type-contract", "58"),
             ("temporary", "Temporary", "type-temp", "9"), ("internship", "Internship", "type-intern", "12")]
    type_boxes = "".join(f"""
        <li><input type="checkbox" id="jt_{v}" name="jt[]" value="{v}"{X(k)}> <label for="jt_{v}">{t} ({n})</label></li>""" for v, t, k, n in types)
    dates = [("any", "Any time", "date-any"), ("1", "Last 24 hours", "date-1"), ("3", "Last 3 days", "date-3"), ("7", "Last 7 days", "date-7")]
    date_radios = "".join(f"""
        <li><input type="radio" id="fromage_{v}" name="fromage" value="{v}"{" checked" if v == "any" else ""}{X(k)}> <label for="fromage_{v}">{t}</label></li>""" for v, t, k in dates)
    body = f"""{top_v1("search.html")}
<form id="job_search" action="search.html" method="get" class="search-bar">
  <label for="search_keywords">What</label> <input type="text" id="search_keywords" name="q" value="developer" size="30"{X("keywords")}>
  <label for="search_location">Where</label> <input type="text" id="search_location" name="l" value="United Kingdom &amp; Ireland" size="24"{X("location")}>
  <input type="submit" id="search_submit" class="btn btn-primary" value="Find jobs"{X("search")}>
  <a href="advanced_search.html" id="advanced_search_link"{X("advanced")}>Advanced search</a>
</form>
<div id="sidebar">
  <form id="refine_results" action="search.html" method="get">
    <h2>Refine results</h2>
    <p><label for="radius">Distance</label>
      <select id="radius" name="radius"{X("distance")}><option>Exact location</option><option>Within 5 miles</option><option>Within 10 miles</option><option selected>Within 25 miles</option><option>Within 50 miles</option></select></p>
    <h3>Job type</h3>
    <ul class="facet">{type_boxes}
    </ul>
    <p><input type="checkbox" id="remote_only" name="remote" value="1"{X("remote")}> <label for="remote_only">Remote only</label></p>
    <p><label for="salary_min">Minimum salary</label>
      <select id="salary_min" name="salary_min"{X("salary")}><option>Any</option><option>£20,000+</option><option>£30,000+</option><option>£40,000+</option><option>£50,000+</option><option>£70,000+</option></select></p>
    <h3>Date posted</h3>
    <ul class="facet">{date_radios}
    </ul>
    <p><input type="submit" id="refine_submit" class="btn" value="Update results"{X("apply-filters")}>
       <a href="search.html" id="clear_filters"{X("clear-filters")}>Clear all filters</a></p>
  </form>
</div>
<div id="main">
  <h1{X("heading")}>Developer jobs in United Kingdom &amp; Ireland</h1>
  <div class="results-header">
    <p>Showing 1&ndash;10 of 248 jobs</p>
    <form action="search.html" method="get"><label for="sort_by">Sort by</label>
      <select id="sort_by" name="sort" onchange="this.form.submit()"{X("sort")}><option>Relevance</option><option>Date posted</option><option>Salary (high to low)</option><option>Salary (low to high)</option></select></form>
  </div>
  <form id="save_jobs" method="post" action="/saved_jobs"></form>
  <ol class="job-results">{items}
  </ol>
  <div class="pagination">
    <span class="disabled">&laquo; Previous</span>
    <em class="current"{X("page-1")}>1</em>
    <a href="?page=2" rel="next"{X("page-2")}>2</a>
    <a href="?page=3"{X("page-3")}>3</a>
    <a href="?page=25"{X("page-last")}>25</a>
    <a href="?page=2" class="next_page" rel="next"{X("page-next")}>Next &raquo;</a>
  </div>
  <div class="job-alert">
    <h3>Get jobs like these by email</h3>
    <form action="/job_alerts" method="post">
      <label for="job_alert_email">Your email address</label> <input type="email" id="job_alert_email" name="job_alert[email]" value="ciara.doyle@brightwaterbank.ie"{X("alert-email")}>
      <label for="job_alert_frequency">How often</label> <select id="job_alert_frequency" name="job_alert[frequency]"{X("alert-frequency")}><option>Daily</option><option>Weekly</option></select>
      <input type="submit" class="btn" id="job_alert_submit" value="Create alert"{X("alert-create")}>
    </form>
  </div>
</div>
{bottom_v1()}"""
    return page("Developer jobs in United Kingdom & Ireland | Hireline", body)


def search_v2():
    cards = ""
    for jid, title, company, loc, salary, _, typ, mode, days, easy in jobs_v2():
        saved = jid in SAVED
        if easy:
            apply = f'<button type="button" class="Button_root Button_primary" data-testid="easy-apply"{X("apply-" + jid)}>Easy apply</button>'
        else:
            apply = f'<a href="https://careers.example/{jid}" class="Button_root" target="_blank" rel="noopener" data-testid="external-apply"{X("apply-" + jid)}>Apply on company site</a>'
        cards += f"""
    <article class="JobCard_root" data-testid="job-card">
      <a href="companies/{jid}" class="JobCard_logo"{X("company-" + jid)}><img src="logos/{jid}.png" alt="{e(company)}" width="44" height="44"></a>
      <div class="JobCard_body">
        <h2 class="JobCard_title"><a href="job.html?id={jid}" data-testid="job-title"{X("job-" + jid)}>{e(title)}</a></h2>
        <p class="JobCard_company">{e(company)} &middot; {e(loc)}</p>
        <ul class="JobCard_tags"><li>{salary}</li><li>{typ}</li><li>{mode}</li></ul>
        <p class="JobCard_posted">{"Posted " + posted(days) if days else "New today"}</p>
      </div>
      <div class="JobCard_actions">
        {apply}
        <button type="button" class="IconButton_root" aria-label="{"Saved" if saved else "Save job"}" aria-pressed="{"true" if saved else "false"}" data-testid="save-job"{X("save-" + jid)}>{ICON_HEART}</button>
        <button type="button" class="IconButton_root" title="Not interested" data-testid="dismiss-job"{X("hide-" + jid)}>{ICON_X}</button>
      </div>
    </article>"""
    chips = [("Full-time", "type-full"), ("Part-time", "type-part"), ("Contract", "type-contract"), ("Internship", "type-intern")]
    chip_html = "".join(f'<button type="button" class="Chip_root" aria-pressed="false"{X(k)}>{t}</button>' for t, k in chips)
    dates = [("Any time", "date-any"), ("24 hours", "date-1"), ("3 days", "date-3"), ("7 days", "date-7")]
    seg = "".join(f'<button type="button" class="Segmented_item" aria-pressed="{"true" if k == "date-any" else "false"}"{X(k)}>{t}</button>' for t, k in dates)
    band = f"""<section class="AlertBand_root">
    <h2>Never miss a developer job</h2>
    <input type="email" class="Input_root" placeholder="you@example.com" aria-label="Email address" data-testid="alert-email"{X("alert-email")}>
    <select class="Select_root" aria-label="Frequency" data-testid="alert-frequency"{X("alert-frequency")}><option>Every day</option><option>Every week</option></select>
    <button type="button" class="Button_root Button_primary" data-testid="alert-submit"{X("alert-create")}>Notify me</button>
  </section>"""
    body = f"""{top_v2()}
<main class="SearchPage_root">
  <div class="SearchBar_root" role="search">
    <input type="search" class="Input_root" placeholder="Job title, skill or company" aria-label="Keywords" value="developer" data-testid="search-keywords"{X("keywords")}>
    <input type="text" class="Input_root" placeholder="City, county or postcode" aria-label="Location" value="United Kingdom &amp; Ireland" data-testid="search-location"{X("location")}>
    <button type="submit" class="Button_root Button_primary" data-testid="search-submit"{X("search")}>Search</button>
  </div>
  <div class="Filters_root" data-testid="filters">
    <div class="Chips_root" role="group" aria-label="Job type">{chip_html}</div>
    <label class="Switch_root"><input type="checkbox" role="switch" data-testid="remote-switch"{X("remote")}> Remote</label>
    <label class="Select_label">Distance <select class="Select_root" data-testid="distance"{X("distance")}><option>Exact location</option><option>+5 mi</option><option>+10 mi</option><option selected>+25 mi</option><option>+50 mi</option></select></label>
    <label class="Select_label">Salary from <select class="Select_root" data-testid="salary-min"{X("salary")}><option>Any</option><option>£30k</option><option>£40k</option><option>£50k</option><option>£70k</option></select></label>
    <div class="Segmented_root" role="group" aria-label="Date posted">{seg}</div>
    <button type="button" class="Link_button" data-testid="reset-filters"{X("clear-filters")}>Reset</button>
  </div>
  <div class="Results_head">
    <h1{X("heading")}>248 developer jobs</h1>
    <label class="Select_label">Sort <select class="Select_root" data-testid="sort"{X("sort")}><option>Most relevant</option><option selected>Newest</option><option>Highest salary</option></select></label>
  </div>
  <div class="Results_list">{cards}
  </div>
  <nav class="Pagination_root" aria-label="Pagination">
    <button type="button" class="IconButton_root" aria-label="Previous page" disabled>{ICON_LEFT}</button>
    <button type="button" class="Pagination_page" aria-current="page" aria-label="Page 1"{X("page-1")}>1</button>
    <button type="button" class="Pagination_page" aria-label="Page 2"{X("page-2")}>2</button>
    <button type="button" class="Pagination_page" aria-label="Page 3"{X("page-3")}>3</button>
    <span>&hellip;</span>
    <button type="button" class="Pagination_page" aria-label="Page 25"{X("page-last")}>25</button>
    <button type="button" class="IconButton_root" aria-label="Next page" data-testid="next-page"{X("page-next")}>{ICON_RIGHT}</button>
  </nav>
</main>
{bottom_v2(band)}"""
    return page("Developer jobs · Hireline", body, css="app.css")


def search_v3():
    rows = ""
    for jid, title, company, loc, salary, _, typ, mode, days, _ in jobs_v3():
        saved = jid in SAVED
        save_name = f"Remove {title} from saved jobs" if saved else f"Save {title}"
        menu = ""
        if jid == MENU_JOB_V3:
            menu = f"""
          <div class="hl-menu" role="menu" aria-label="More actions for {e(title)}">
            <button type="button" role="menuitem"{X("hide-" + jid)}>Not interested</button>
            <button type="button" role="menuitem"{X("share-" + jid)}>Copy link</button>
            <button type="button" role="menuitem"{X("report-" + jid)}>Report this job</button>
          </div>"""
        rows += f"""
      <li class="hl-job">
        <div class="hl-job__main">
          <h2 class="hl-job__title"><a href="job.html?id={jid}"{X("job-" + jid)}>{e(title)}</a></h2>
          <p><a href="companies/{jid}" class="hl-job__company"{X("company-" + jid)}>{e(company)}</a> <span>{e(loc)}</span></p>
          <p class="hl-job__meta"><span>{salary}</span> <span>{typ}</span> <span>{mode}</span> <span>{posted(days).capitalize()}</span></p>
        </div>
        <div class="hl-job__actions">
          <a href="job.html?id={jid}#apply" class="hl-btn"{X("apply-" + jid)}>View and apply</a>
          <button type="button" class="hl-icon" aria-label="{e(save_name)}" aria-pressed="{"true" if saved else "false"}"{X("save-" + jid)}>{ICON_HEART}</button>
          <button type="button" class="hl-icon" aria-label="More actions for {e(title)}" aria-haspopup="menu" aria-expanded="{"true" if menu else "false"}"{X("more-" + jid)}>{ICON_MORE}</button>{menu}
        </div>
      </li>"""
    types = [("Full-time", "type-full"), ("Part-time", "type-part"), ("Contract", "type-contract"), ("Internship", "type-intern")]
    boxes = "".join(f'<label class="hl-check"><input type="checkbox"{X(k)}> {t}</label>' for t, k in types)
    body = f"""{top_v3()}
<div class="hl-page">
  <aside class="hl-filters" aria-label="Filters">
    <h2>Filters</h2>
    <fieldset class="hl-fieldset"><legend>Job type</legend>{boxes}</fieldset>
    <label class="hl-switch"><input type="checkbox" role="switch"{X("remote")}> Remote jobs only</label>
    <label class="hl-field">Distance <select{X("distance")}><option>Exact location</option><option>5 miles</option><option>10 miles</option><option selected>25 miles</option><option>50 miles</option></select></label>
    <label class="hl-field">Salary <select{X("salary")}><option>Any salary</option><option>£30,000 and above</option><option>£40,000 and above</option><option>£50,000 and above</option><option>£70,000 and above</option></select></label>
    <label class="hl-field">Posted <select{X("date")}><option>At any time</option><option>In the last day</option><option>In the last 3 days</option><option>In the last week</option></select></label>
    <button type="button" class="hl-link"{X("clear-filters")}>Clear filters</button>
    <button type="button" class="hl-btn hl-btn--ghost"{X("alert-create")}>Save this search</button>
  </aside>
  <main class="hl-main">
    <form class="hl-search" role="search">
      <input type="search" name="q" placeholder="Search jobs" aria-label="Search jobs" value="developer"{X("keywords")}>
      <input type="text" name="where" placeholder="Location" value="United Kingdom &amp; Ireland"{X("location")}>
      <button type="submit" class="hl-btn"{X("search")}>Search</button>
    </form>
    <div class="hl-results__head">
      <h1{X("heading")}>Developer jobs <span>248 results</span></h1>
      <div class="hl-combo"><span id="sort-label">Sort by</span>
        <button type="button" role="combobox" aria-labelledby="sort-label" aria-expanded="false" aria-haspopup="listbox"{X("sort")}>Highest salary</button></div>
    </div>
    <ul class="hl-jobs">{rows}
    </ul>
    <nav class="hl-pages" aria-label="Pages">
      <a href="?page=1" aria-current="page"{X("page-1")}>1</a>
      <a href="?page=2"{X("page-2")}>2</a>
      <a href="?page=3"{X("page-3")}>3</a>
      <a href="?page=25"{X("page-last")}>25</a>
      <a href="?page=2" rel="next"{X("page-next")}>Next page</a>
    </nav>
  </main>
</div>
{bottom_v3()}"""
    return page("Developer jobs – Hireline", body, css="hl.css")


# -- job detail + application form ---------------------------------------------------------------

JOB_DESC = """<p>Brightwater Bank is rebuilding its customer web banking on a modern React stack. You will join a
    squad of six engineers owning payments and onboarding journeys used by 1.2 million customers.</p>
    <h3>What you will do</h3>
    <ul><li>Build accessible, well-tested React and TypeScript components</li><li>Work with designers on our design system</li>
    <li>Improve performance budgets and Core Web Vitals</li></ul>
    <h3>What we offer</h3>
    <ul><li>&euro;60,000 &ndash; &euro;70,000 plus 10% bonus</li><li>Hybrid: two days a week in our Grand Canal Dock office</li><li>28 days annual leave</li></ul>"""
SIMILAR_V1 = ["4102", "4124", "4130", "4133"]
SIMILAR_V2 = ["4139", "4102", "4133", "4124"]
SIMILAR_V3 = ["4139", "4124", "4102"]
TOOLS = [("ts", "TypeScript"), ("graphql", "GraphQL"), ("jest", "Jest"), ("storybook", "Storybook"), ("next", "Next.js")]
YEARS = ["Please select", "Less than 1 year", "1–2 years", "3–5 years", "6–9 years", "10+ years"]
SOURCES = ["Please select", "Hireline search", "Job alert email", "LinkedIn", "Referral from an employee", "Company website", "Other"]


def job_v1():
    sim = "".join(f"""
      <li><a href="job.html?id={j}"{X("sim-" + j)}>{e(job(j)[1])}</a><br><small>{e(job(j)[2])}, {e(job(j)[3])}</small>
        <button type="submit" form="save_jobs" name="save_job" value="{j}" class="btn btn-small"{X("sim-save-" + j)}>Save</button></li>""" for j in SIMILAR_V1)
    tools = "".join(f"""
          <input type="checkbox" id="application_tools_{k}" name="application[tools][]" value="{k}"{X("tool-" + k)}> <label for="application_tools_{k}">{t}</label>""" for k, t in TOOLS)
    years = "".join(f"<option>{y}</option>" for y in YEARS)
    sources = "".join(f"<option>{s}</option>" for s in SOURCES)

    def referee(n):
        return f"""
      <h3>Referee {n}</h3>
      <table class="form-table">
        <tr><th><label for="application_referees_{n}_name">Name</label></th><td><input type="text" id="application_referees_{n}_name" name="application[referees][{n}][name]"{X(f"ref{n}-name")}></td></tr>
        <tr><th><label for="application_referees_{n}_email">Email</label></th><td><input type="email" id="application_referees_{n}_email" name="application[referees][{n}][email]"{X(f"ref{n}-email")}></td></tr>
        <tr><th><label for="application_referees_{n}_relationship">Relationship</label></th><td><input type="text" id="application_referees_{n}_relationship" name="application[referees][{n}][relationship]"{X(f"ref{n}-rel")}></td></tr>
      </table>"""
    body = f"""{top_v1("search.html")}
<p class="breadcrumb"><a href="search.html"{X("crumb-jobs")}>Jobs</a> &rsaquo; <a href="search.html?l=Dublin"{X("crumb-city")}>Dublin</a> &rsaquo; Frontend Developer (React)</p>
<div id="main" class="job-show">
  <h1{X("heading")}>Frontend Developer (React)</h1>
  <p class="job-company"><a href="companies/brightwater-bank" id="company_link"{X("company")}>Brightwater Bank</a> &ndash; Dublin, Ireland &ndash; &euro;60,000 &ndash; &euro;70,000 &ndash; Full-time, hybrid</p>
  <p class="job-tools">
    <a href="#apply" class="btn btn-primary" id="apply_now_top"{X("apply-top")}>Apply now</a>
    <button type="submit" form="save_jobs" name="save_job" value="4115" class="btn" id="save_job_4115"{X("save")}>Save job</button>
    <a href="mailto:?subject=Frontend%20Developer" class="btn" id="share_job"{X("share")}>Share</a>
    <a href="/jobs/4115/report" id="report_job" class="small"{X("report")}>Report this job</a>
  </p>
  <div class="job-description">{JOB_DESC}</div>
  <p><a href="search.html?company=brightwater-bank"{X("company-jobs")}>See all 14 jobs at Brightwater Bank</a></p>
  <form id="apply" class="application-form" action="/jobs/4115/applications" method="post" enctype="multipart/form-data">
    <h2>Apply for this job</h2>
    <h3>Your details</h3>
    <table class="form-table">
      <tr><th><label for="application_first_name">First name</label></th><td><input type="text" id="application_first_name" name="application[first_name]"{X("first")}></td></tr>
      <tr><th><label for="application_last_name">Last name</label></th><td><input type="text" id="application_last_name" name="application[last_name]"{X("last")}></td></tr>
      <tr><th><label for="application_email">Email address</label></th><td><input type="email" id="application_email" name="application[email]"{X("email")}></td></tr>
      <tr><th><label for="application_phone">Phone number</label></th><td><input type="tel" id="application_phone" name="application[phone]"{X("phone")}></td></tr>
      <tr><th><label for="application_city">Town / city</label></th><td><input type="text" id="application_city" name="application[city]"{X("city")}></td></tr>
      <tr><th><label for="application_cv">CV (PDF or Word, max 5 MB)</label></th><td><input type="file" id="application_cv" name="application[cv]" accept=".pdf,.doc,.docx"{X("cv")}></td></tr>
      <tr><th><label for="application_cover_letter">Cover letter</label></th><td><textarea id="application_cover_letter" name="application[cover_letter]" rows="6" cols="50"{X("cover")}></textarea></td></tr>
      <tr><th><label for="application_linkedin_url">LinkedIn profile URL</label></th><td><input type="url" id="application_linkedin_url" name="application[linkedin_url]"{X("linkedin")}></td></tr>
      <tr><th><label for="application_portfolio_url">Portfolio or GitHub URL</label></th><td><input type="url" id="application_portfolio_url" name="application[portfolio_url]"{X("portfolio")}></td></tr>
    </table>
    <h3>Screening questions</h3>
    <table class="form-table">
      <tr><th>Do you have the right to work in Ireland?</th><td>
        <input type="radio" id="application_right_to_work_yes" name="application[right_to_work]" value="yes"{X("rtw-yes")}> <label for="application_right_to_work_yes">Yes</label>
        <input type="radio" id="application_right_to_work_no" name="application[right_to_work]" value="no"{X("rtw-no")}> <label for="application_right_to_work_no">No</label></td></tr>
      <tr><th>Will you now or in the future require visa sponsorship?</th><td>
        <input type="radio" id="application_sponsorship_yes" name="application[sponsorship]" value="yes"{X("visa-yes")}> <label for="application_sponsorship_yes">Yes</label>
        <input type="radio" id="application_sponsorship_no" name="application[sponsorship]" value="no"{X("visa-no")}> <label for="application_sponsorship_no">No</label></td></tr>
      <tr><th><label for="application_react_years">Years of professional React experience</label></th><td><select id="application_react_years" name="application[react_years]"{X("years")}>{years}</select></td></tr>
      <tr><th><label for="application_notice_period">Notice period</label></th><td><select id="application_notice_period" name="application[notice_period]"{X("notice")}><option>Please select</option><option>Immediately available</option><option>1 month</option><option>2 months</option><option>3 months or more</option></select></td></tr>
      <tr><th>Which of these have you used in production?</th><td>{tools}</td></tr>
      <tr><th><label for="application_expected_salary">Expected salary (EUR)</label></th><td><input type="number" id="application_expected_salary" name="application[expected_salary]" step="1000"{X("salary")}></td></tr>
      <tr><th><label for="application_source">How did you hear about this role?</label></th><td><select id="application_source" name="application[source]"{X("source")}>{sources}</select></td></tr>
    </table>
    <h3>References</h3>
    <p class="hint">We will only contact your referees after an offer.</p>{referee(1)}{referee(2)}
    <p><input type="checkbox" id="application_privacy" name="application[privacy]" value="1"{X("consent")}> <label for="application_privacy">I have read and agree to the privacy notice</label>
      (<a href="/privacy#applicants" target="_blank"{X("privacy-link")}>privacy notice</a>)</p>
    <p><input type="checkbox" id="application_keep_cv" name="application[keep_cv]" value="1"{X("keep-cv")}> <label for="application_keep_cv">Keep my CV on file for future vacancies</label></p>
    <p><input type="submit" name="commit" value="Submit application" class="btn btn-primary" id="submit_application"{X("submit")}>
       <input type="submit" name="draft" value="Save and finish later" class="btn" id="save_draft"{X("draft")}></p>
  </form>
  <form id="save_jobs" method="post" action="/saved_jobs"></form>
  <div class="similar-jobs">
    <h2>Similar jobs</h2>
    <ul>{sim}
    </ul>
  </div>
</div>
{bottom_v1()}"""
    return page("Frontend Developer (React) at Brightwater Bank | Hireline", body)


def job_v2():
    sim = "".join(f"""
      <li class="MiniJob_root" data-testid="similar-job"><a href="job.html?id={j}"{X("sim-" + j)}>{e(job(j)[1])}</a>
        <span>{e(job(j)[2])} &middot; {e(job(j)[3])}</span>
        <button type="button" class="Button_root Button_small" data-testid="similar-save"{X("sim-save-" + j)}>Save</button></li>""" for j in SIMILAR_V2)
    tools = "".join(f"""<label class="Check_root"><input type="checkbox" name="tools" value="{k}"{X("tool-" + k)}> {t}</label>""" for k, t in TOOLS)
    years = "".join(f"<option>{y}</option>" for y in ["Select…"] + YEARS[1:])
    sources = "".join(f"<option>{s}</option>" for s in ["Select…"] + SOURCES[1:])
    notices = [("now", "Immediately"), ("1m", "1 month"), ("2m", "2 months"), ("3m", "3 months +")]
    notice_radios = "".join(f'<label class="Radio_root"><input type="radio" name="notice" value="{k}"{X("notice-" + k)}> {t}</label>' for k, t in notices)

    def field(label, key, typ="text", testid=None):
        return f"""<label class="Field_root"><span class="Field_label">{label}</span><input type="{typ}" class="Input_root" data-testid="{testid or key}"{X(key)}></label>"""

    def referee(n):
        return f"""
        <fieldset class="Fieldset_inner"><legend>Referee {n}</legend>
          {field("Full name", f"ref{n}-name", testid="referee-name")}
          {field("Email", f"ref{n}-email", "email", testid="referee-email")}
          {field("How do you know them?", f"ref{n}-rel", testid="referee-relationship")}
        </fieldset>"""
    body = f"""{top_v2()}
<main class="JobPage_root">
  <nav class="Breadcrumbs_root" aria-label="Breadcrumb"><a href="search.html"{X("crumb-jobs")}>Jobs</a> / <a href="search.html?l=Dublin"{X("crumb-city")}>Dublin</a> / <span>Frontend Developer (React)</span></nav>
  <div class="JobPage_grid">
  <div class="JobPage_content">
    <header class="JobHeader_root">
      <h1{X("heading")}>Frontend Developer (React)</h1>
      <p><a href="companies/brightwater-bank" data-testid="company-link"{X("company")}>Brightwater Bank</a> &middot; Dublin, Ireland &middot; Hybrid</p>
      <div class="JobHeader_actions">
        <a href="#apply" class="Button_root Button_primary" data-testid="apply-cta"{X("apply-top")}>Apply</a>
        <button type="button" class="IconButton_root" aria-label="Save job" aria-pressed="false" data-testid="save-job"{X("save")}>{ICON_HEART}</button>
        <button type="button" class="IconButton_root" aria-label="Share" data-testid="share-job"{X("share")}>{ICON_SHARE}</button>
      </div>
    </header>
    <section class="JobDescription_root">{JOB_DESC}</section>
    <form id="apply" class="ApplyForm_root" data-testid="apply-form">
      <h2>Apply now</h2>
      <fieldset class="Fieldset_root"><legend>Personal details</legend>
        <div class="Row">{field("First name", "first", testid="first-name")}{field("Last name", "last", testid="last-name")}</div>
        <div class="Row">{field("Email address", "email", "email")}{field("Mobile number", "phone", "tel")}</div>
        {field("Current location", "city", testid="location")}
      </fieldset>
      <fieldset class="Fieldset_root"><legend>CV and links</legend>
        <label class="Field_root"><span class="Field_label">Upload your CV</span><input type="file" accept=".pdf,.doc,.docx" data-testid="cv-upload"{X("cv")}></label>
        <label class="Field_root"><span class="Field_label">Cover letter (optional)</span><textarea class="Input_root" rows="5" data-testid="cover-letter"{X("cover")}></textarea></label>
        <div class="Row">{field("LinkedIn", "linkedin", "url")}{field("Portfolio / GitHub", "portfolio", "url")}</div>
      </fieldset>
      <fieldset class="Fieldset_root"><legend>A few questions</legend>
        <fieldset class="Fieldset_inner"><legend>Are you eligible to work in Ireland?</legend>
          <label class="Radio_root"><input type="radio" name="rtw" value="yes"{X("rtw-yes")}> Yes</label>
          <label class="Radio_root"><input type="radio" name="rtw" value="no"{X("rtw-no")}> No</label></fieldset>
        <fieldset class="Fieldset_inner"><legend>Do you need visa sponsorship?</legend>
          <label class="Radio_root"><input type="radio" name="visa" value="yes"{X("visa-yes")}> Yes</label>
          <label class="Radio_root"><input type="radio" name="visa" value="no"{X("visa-no")}> No</label></fieldset>
        <label class="Field_root"><span class="Field_label">React experience</span><select class="Select_root" data-testid="react-years"{X("years")}>{years}</select></label>
        <fieldset class="Fieldset_inner"><legend>Notice period</legend>{notice_radios}</fieldset>
        <fieldset class="Fieldset_inner"><legend>Tools you have shipped with</legend>{tools}</fieldset>
        {field("Salary expectation (€ per year)", "salary", "number", testid="salary-expectation")}
        <label class="Field_root"><span class="Field_label">Where did you find this job?</span><select class="Select_root" data-testid="source"{X("source")}>{sources}</select></label>
      </fieldset>
      <fieldset class="Fieldset_root"><legend>References</legend>
        <div class="Row">{referee(1)}{referee(2)}</div>
      </fieldset>
      <label class="Check_root"><input type="checkbox" data-testid="privacy-consent"{X("consent")}> I agree to the <a href="/privacy#applicants"{X("privacy-link")}>privacy notice</a></label>
      <label class="Check_root"><input type="checkbox" data-testid="keep-cv"{X("keep-cv")}> Keep my CV for future roles</label>
      <div class="Form_actions"><button type="submit" class="Button_root Button_primary" data-testid="submit-application"{X("submit")}>Send application</button></div>
    </form>
    <p class="JobPage_report"><button type="button" class="Link_button" data-testid="report-job"{X("report")}>Report job</button></p>
  </div>
  <aside class="JobPage_aside">
    <section class="CompanyCard_root"><h2>About Brightwater Bank</h2><p>Irish retail bank, 2,300 employees.</p>
      <a href="search.html?company=brightwater-bank" class="Button_root"{X("company-jobs")}>14 open jobs</a></section>
    <section><h2>Similar jobs</h2><ul class="MiniJob_list">{sim}
    </ul></section>
  </aside>
  </div>
</main>
{bottom_v2()}"""
    return page("Frontend Developer (React) – Brightwater Bank · Hireline", body, css="app.css")


def job_v3():
    sim = "".join(f"""
        <li class="hl-mini"><a href="job.html?id={j}"{X("sim-" + j)}>{e(job(j)[1])}</a> <span>{e(job(j)[2])}</span>
          <button type="button" class="hl-icon" aria-label="Save {e(job(j)[1])}"{X("sim-save-" + j)}>{ICON_HEART}</button></li>""" for j in SIMILAR_V3)
    tools = "".join(f"""<label class="hl-check"><input type="checkbox" name="tools" value="{k}"{X("tool-" + k)}> {t}</label>""" for k, t in TOOLS)
    notices = [("now", "Right away"), ("1m", "1 month"), ("2m", "2 months"), ("3m", "3+ months")]
    notice_radios = "".join(f'<label class="hl-radio"><input type="radio" name="notice" value="{k}"{X("notice-" + k)}> {t}</label>' for k, t in notices)
    body = f"""{top_v3()}
<div class="hl-page">
  <main class="hl-main">
    <nav aria-label="Breadcrumb" class="hl-crumbs"><a href="search.html"{X("crumb-jobs")}>All jobs</a> <span>/</span> <a href="search.html?l=Dublin"{X("crumb-city")}>Jobs in Dublin</a></nav>
    <h1{X("heading")}>Frontend Developer (React)</h1>
    <p><a href="companies/brightwater-bank"{X("company")}>Brightwater Bank</a> &middot; Dublin &middot; &euro;60k&ndash;70k</p>
    <div class="hl-actions">
      <a href="#apply" class="hl-btn"{X("apply-top")}>Apply for this job</a>
      <button type="button" class="hl-icon" aria-label="Save Frontend Developer (React)"{X("save")}>{ICON_HEART}</button>
      <button type="button" class="hl-icon" aria-label="Share this job"{X("share")}>{ICON_SHARE}</button>
    </div>
    <section class="hl-desc">{JOB_DESC}</section>
    <form id="apply" class="hl-form" aria-labelledby="apply-h">
      <h2 id="apply-h">Your application</h2>
      <div class="hl-row"><input name="given" placeholder="First name" autocomplete="given-name"{X("first")}><input name="family" placeholder="Last name" autocomplete="family-name"{X("last")}></div>
      <div class="hl-row"><input type="email" name="email" placeholder="Email"{X("email")}><input type="tel" name="phone" placeholder="Phone"{X("phone")}></div>
      <input name="city" placeholder="Where are you based?"{X("city")}>
      <label class="hl-field">CV / résumé <input type="file" name="cv"{X("cv")}></label>
      <textarea name="cover" rows="5" placeholder="Tell us why you'd be a great fit (optional)"{X("cover")}></textarea>
      <div class="hl-row"><input type="url" name="linkedin" placeholder="LinkedIn URL"{X("linkedin")}><input type="url" name="portfolio" placeholder="GitHub or portfolio URL"{X("portfolio")}></div>
      <fieldset class="hl-fieldset"><legend>Can you legally work in Ireland?</legend>
        <label class="hl-radio"><input type="radio" name="rtw" value="yes"{X("rtw-yes")}> Yes</label>
        <label class="hl-radio"><input type="radio" name="rtw" value="no"{X("rtw-no")}> No</label></fieldset>
      <div class="hl-field"><span id="years-label">Years with React</span>
        <input role="combobox" aria-labelledby="years-label" aria-expanded="false" aria-controls="years-list" aria-autocomplete="list" placeholder="Choose…"{X("years")}>
        <ul id="years-list" role="listbox" hidden><li role="option">Under a year</li><li role="option">1–2 years</li><li role="option">3–5 years</li><li role="option">6–9 years</li><li role="option">10 years or more</li></ul></div>
      <fieldset class="hl-fieldset"><legend>When could you start?</legend>{notice_radios}</fieldset>
      <fieldset class="hl-fieldset"><legend>Tools used in production</legend>{tools}</fieldset>
      <input type="number" name="salary" placeholder="Expected salary in EUR"{X("salary")}>
      <label class="hl-field">How did you hear about us? <select name="source"{X("source")}><option>Choose one</option><option>Hireline</option><option>Job alert</option><option>LinkedIn</option><option>A friend at Brightwater</option><option>Our careers site</option><option>Somewhere else</option></select></label>
      <fieldset class="hl-fieldset"><legend>Reference</legend>
        <div class="hl-row"><input name="ref_name" placeholder="Referee name"{X("ref1-name")}><input type="email" name="ref_email" placeholder="Referee email"{X("ref1-email")}></div>
        <input name="ref_rel" placeholder="Relationship (e.g. former manager)"{X("ref1-rel")}>
      </fieldset>
      <label class="hl-check"><input type="checkbox" name="privacy"{X("consent")}> I accept the <a href="/privacy#applicants"{X("privacy-link")}>applicant privacy notice</a></label>
      <label class="hl-switch"><input type="checkbox" role="switch" name="keep_cv"{X("keep-cv")}> Consider me for other roles</label>
      <div class="hl-actions"><button type="submit" class="hl-btn"{X("submit")}>Submit application</button>
        <button type="button" class="hl-btn hl-btn--ghost"{X("draft")}>Save draft</button></div>
    </form>
  </main>
  <aside class="hl-aside">
    <section><h2>About the company</h2><p>Brightwater Bank &middot; 2,300 people</p><a href="search.html?company=brightwater-bank"{X("company-jobs")}>View all jobs at Brightwater Bank</a>
      <button type="button" class="hl-link"{X("report")}>Report this listing</button></section>
    <section><h2>You might also like</h2><ul class="hl-minis">{sim}
    </ul></section>
  </aside>
</div>
{bottom_v3()}"""
    return page("Frontend Developer (React) – Hireline", body, css="hl.css")


# -- pipeline ------------------------------------------------------------------------------------

def stars(n):
    return f"{n}/5" if n else "&ndash;"


def stage_counts(cands):
    return {s: sum(1 for c in cands if c[2] == s) for s in STAGES}


JOB_OPTIONS = ["Frontend Developer (React) – Dublin", "Senior Backend Engineer – Dublin", "Product Owner, Payments – Dublin", "Graduate Software Engineer 2026"]


def pipeline_v1():
    rows = ""
    for cid, name, stage, applied, rating, city, current in cands_v1():
        adv = "Mark as hired" if stage == "Offer" else "Advance"
        sched = "" if stage == "Offer" else f'<a href="interview.html?application={cid}" class="btn btn-small" id="schedule_interview_{cid}"{X("schedule-" + cid)}>Schedule interview</a>'
        rows += f"""
      <tr id="application_{cid}" class="stage-{stage.lower()}">
        <td><input type="checkbox" name="application_ids[]" value="{cid}" id="application_ids_{cid}"{X("select-" + cid)}></td>
        <td><a href="candidates/{cid}" class="candidate-name"{X("cand-" + cid)}>{e(name)}</a><br><small>{e(current)}</small></td>
        <td>{city}</td><td>{stage}</td><td>{applied}</td><td>{stars(rating)}</td>
        <td><a href="applications/{cid}/cv.pdf"{X("cv-" + cid)}>CV</a></td>
        <td class="actions">
          <button type="submit" name="advance" value="{cid}" class="btn btn-small"{X("advance-" + cid)}>{adv}</button>
          <button type="submit" name="reject" value="{cid}" class="btn btn-small btn-danger"{X("reject-" + cid)}>Reject</button>
          {sched}
          <a href="messages/new?application={cid}"{X("message-" + cid)}>Message</a>
        </td>
      </tr>"""
    counts = stage_counts(cands_v1())
    stage_links = f'<a href="?stage=all" class="current"{X("stage-all")}>All ({len(cands_v1())})</a>' + "".join(
        f' | <a href="?stage={s.lower()}"{X("stage-" + s.lower())}>{s} ({counts[s]})</a>' for s in STAGES)
    jobs = "".join(f"<option>{j}</option>" for j in JOB_OPTIONS)
    body = f"""{top_v1("pipeline.html")}
<div id="main" class="pipeline">
  <p class="job-switch"><label for="job_id">Job</label> <select id="job_id" name="job_id"{X("job-select")}>{jobs}</select></p>
  <h1{X("heading")}>Applicants: Frontend Developer (React)</h1>
  <p class="job-links"><a href="job.html?id=4115"{X("view-listing")}>View public listing</a> &middot; <a href="jobs/4115/edit" id="edit_job"{X("edit-job")}>Edit job</a> &middot;
    <a href="jobs/4115/close" id="close_job" data-confirm="Close this job?"{X("close-job")}>Close job</a></p>
  <p class="stage-filter">{stage_links}</p>
  <form id="applicant_search" action="pipeline.html" method="get">
    <label for="applicant_query">Search applicants</label> <input type="text" id="applicant_query" name="query"{X("cand-search")}>
    <input type="submit" value="Search" class="btn" id="applicant_search_submit"{X("cand-search-btn")}>
    <label for="applicant_sort">Sort by</label> <select id="applicant_sort" name="sort"{X("sort")}><option>Date applied</option><option>Name</option><option>Rating</option><option>Stage</option></select>
  </form>
  <form id="applications_form" action="/applications/bulk" method="post">
  <p class="bulk-actions">
    <input type="checkbox" id="select_all" name="select_all"{X("select-all")}> <label for="select_all">Select all</label>
    <label for="bulk_action">With selected:</label>
    <select id="bulk_action" name="bulk_action"{X("bulk")}><option>Choose an action</option><option>Move to Screening</option><option>Move to Interview</option><option>Reject</option><option>Send email</option></select>
    <input type="submit" value="Apply" class="btn" id="bulk_apply"{X("bulk-apply")}>
    <a href="jobs/4115/applications.csv" id="export_csv"{X("export")}>Export CSV</a>
  </p>
  <table id="applications" class="table">
    <thead><tr><th></th><th>Name</th><th>Location</th><th>Stage</th><th>Applied</th><th>Rating</th><th>CV</th><th>Actions</th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  </form>
  <p><a href="jobs/4115/applications/new" id="add_candidate"{X("add-candidate")}>Add a candidate manually</a></p>
</div>
{bottom_v1()}"""
    return page("Applicants – Frontend Developer (React) | Hireline", body)


def pipeline_v2():
    cards = ""
    for cid, name, stage, applied, rating, city, current in cands_v2():
        adv = "Mark as hired" if stage == "Offer" else f"Move to {next_stage(stage)}"
        sched = "" if stage == "Offer" else f'<button type="button" class="Button_root Button_small" data-testid="schedule"{X("schedule-" + cid)}>Schedule</button>'
        cards += f"""
    <article class="CandidateCard_root" data-testid="candidate-card">
      <input type="checkbox" class="CandidateCard_check" aria-label="Select candidate" data-testid="candidate-select"{X("select-" + cid)}>
      <div class="CandidateCard_body">
        <h3><a href="candidates/{cid}" data-testid="candidate-name"{X("cand-" + cid)}>{e(name)}</a> <span class="Badge_root">{stage}</span></h3>
        <p>{e(current)} &middot; {city}</p>
        <p class="CandidateCard_meta">Applied {applied} &middot; Rating {stars(rating)} &middot; <a href="applications/{cid}/cv.pdf" data-testid="cv-link"{X("cv-" + cid)}>View CV</a></p>
      </div>
      <div class="CandidateCard_actions">
        <button type="button" class="Button_root Button_primary Button_small" data-testid="advance"{X("advance-" + cid)}>{adv}</button>
        {sched}
        <button type="button" class="IconButton_root" aria-label="Message" data-testid="message"{X("message-" + cid)}>{ICON_MAIL}</button>
        <button type="button" class="IconButton_root IconButton_danger" aria-label="Reject" data-testid="reject"{X("reject-" + cid)}>{ICON_X}</button>
      </div>
    </article>"""
    counts = stage_counts(cands_v2())
    tabs = f'<button type="button" role="tab" aria-selected="true"{X("stage-all")}>All <span class="Count">{len(cands_v2())}</span></button>' + "".join(
        f'<button type="button" role="tab" aria-selected="false"{X("stage-" + s.lower())}>{s} <span class="Count">{counts[s]}</span></button>' for s in STAGES)
    jobs = "".join(f"<option>{j}</option>" for j in JOB_OPTIONS)
    body = f"""{top_v2()}
<main class="Pipeline_root">
  <header class="PageHeader_root">
    <h1{X("heading")}>Frontend Developer (React)</h1>
    <select class="Select_root" aria-label="Switch job" data-testid="job-switcher"{X("job-select")}>{jobs}</select>
    <div class="PageHeader_actions">
      <a href="job.html?id=4115" class="Button_root" data-testid="view-listing"{X("view-listing")}>Preview listing</a>
      <a href="jobs/4115/edit" class="Button_root" data-testid="edit-job"{X("edit-job")}>Edit job</a>
      <button type="button" class="Button_root" data-testid="add-candidate"{X("add-candidate")}>Add candidate</button>
    </div>
  </header>
  <div role="tablist" aria-label="Stages" class="Tabs_root">{tabs}</div>
  <div class="Toolbar_root">
    <input type="search" class="Input_root" placeholder="Search by name or skill" data-testid="candidate-search"{X("cand-search")}>
    <label class="Select_label">Sort by <select class="Select_root" data-testid="sort"{X("sort")}><option>Rating</option><option>Newest</option><option>Name</option></select></label>
    <label class="Check_root"><input type="checkbox" data-testid="select-all"{X("select-all")}> Select all</label>
    <select class="Select_root" aria-label="Bulk actions" data-testid="bulk-action"{X("bulk")}><option>Bulk actions</option><option>Move to Screening</option><option>Move to Interview</option><option>Reject</option><option>Email</option></select>
    <button type="button" class="Button_root" data-testid="bulk-apply"{X("bulk-apply")}>Apply</button>
    <button type="button" class="Button_root" data-testid="export"{X("export")}>Export</button>
  </div>
  <div class="CandidateList_root">{cards}
  </div>
  <p class="Pipeline_foot"><button type="button" class="Link_button Link_danger" data-testid="close-job"{X("close-job")}>Close this job</button></p>
</main>
{bottom_v2()}"""
    return page("Pipeline · Frontend Developer (React) · Hireline", body, css="app.css")


def pipeline_v3():
    rows = ""
    for cid, name, stage, applied, rating, city, current in cands_v3():
        menu = ""
        if cid == MENU_CAND_V3:
            menu = f"""
            <div class="hl-menu" role="menu" aria-label="Actions for {e(name)}">
              <button type="button" role="menuitem"{X("schedule-" + cid)}>Schedule interview</button>
              <button type="button" role="menuitem"{X("message-" + cid)}>Send message</button>
              <button type="button" role="menuitem">Add note</button>
              <button type="button" role="menuitem">Copy profile link</button>
            </div>"""
        adv_label = f"Mark {name} as hired" if stage == "Offer" else f"Advance {name}"
        rows += f"""
      <div role="row" class="hl-grid__row">
        <div role="gridcell"><input type="checkbox" aria-label="Select {e(name)}"{X("select-" + cid)}></div>
        <div role="gridcell"><a href="candidates/{cid}"{X("cand-" + cid)}>{e(name)}</a><div class="hl-sub">{e(current)}</div></div>
        <div role="gridcell"><span class="hl-badge">{stage}</span></div>
        <div role="gridcell">{applied}</div>
        <div role="gridcell">{stars(rating)}</div>
        <div role="gridcell"><a href="applications/{cid}/cv.pdf" title="Download CV"{X("cv-" + cid)}>CV</a></div>
        <div role="gridcell" class="hl-grid__actions">
          <button type="button" class="hl-icon" aria-label="{e(adv_label)}"{X("advance-" + cid)}>{ICON_ARROW}</button>
          <button type="button" class="hl-icon hl-icon--danger" aria-label="Reject {e(name)}"{X("reject-" + cid)}>{ICON_X}</button>
          <button type="button" class="hl-icon" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if menu else "false"}"{X("more-" + cid)}>{ICON_MORE}</button>{menu}
        </div>
      </div>"""
    counts = stage_counts(cands_v3())
    tabs = f'<button type="button" role="tab" aria-selected="true"{X("stage-all")}>All ({len(cands_v3())})</button>' + "".join(
        f'<button type="button" role="tab" aria-selected="false"{X("stage-" + s.lower())}>{s} ({counts[s]})</button>' for s in STAGES if s != "Hired")
    body = f"""{top_v3()}
<div class="hl-page">
  <aside class="hl-side" aria-label="Job">
    <label class="hl-field">Job <select{X("job-select")}>{"".join(f"<option>{j}</option>" for j in JOB_OPTIONS)}</select></label>
    <a href="job.html?id=4115"{X("view-listing")}>View job ad</a>
    <a href="jobs/4115/edit"{X("edit-job")}>Edit job</a>
    <button type="button" class="hl-link"{X("close-job")}>Close job</button>
  </aside>
  <main class="hl-main">
    <h1{X("heading")}>Candidates <span>Frontend Developer (React)</span></h1>
    <div role="tablist" aria-label="Pipeline stage" class="hl-tabs">{tabs}</div>
    <div class="hl-toolbar">
      <input type="search" placeholder="Find a candidate" aria-label="Find a candidate"{X("cand-search")}>
      <button type="button" class="hl-btn hl-btn--ghost" aria-haspopup="listbox" aria-expanded="false"{X("sort")}>Sort: newest first</button>
      <button type="button" class="hl-btn hl-btn--ghost" aria-haspopup="menu" aria-expanded="false"{X("bulk")}>Bulk actions</button>
      <button type="button" class="hl-icon" aria-label="Export to CSV"{X("export")}>{ICON_ARROW}</button>
      <button type="button" class="hl-btn"{X("add-candidate")}>Add candidate</button>
    </div>
    <div role="grid" aria-label="Candidates" class="hl-grid">
      <div role="row" class="hl-grid__row hl-grid__head">
        <div role="columnheader"><input type="checkbox" aria-label="Select all candidates"{X("select-all")}></div>
        <div role="columnheader">Candidate</div>
        <div role="columnheader">Stage</div><div role="columnheader" aria-sort="descending">Applied</div><div role="columnheader">Rating</div><div role="columnheader">CV</div><div role="columnheader">Actions</div>
      </div>{rows}
    </div>
  </main>
</div>
{bottom_v3()}"""
    return page("Candidates – Frontend Developer (React) – Hireline", body, css="hl.css")


# -- interview scheduling ------------------------------------------------------------------------

TYPES = ["Phone screen", "Video interview", "Technical interview", "Final interview", "On-site assessment"]
TIMES = ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "13:00", "14:00", "15:00", "16:00", "16:30", "17:00"]
TEMPLATES = ["Interview invitation (standard)", "Technical interview invitation", "Final round invitation", "No email"]
PAST = [("phone", "Phone screen", "4 Mar 2026", "Anna Schultz", "Positive"), ("tech", "Technical interview", "9 Mar 2026", "Mark Feeney, Grace Kim", "Strong yes")]


def opts(items, selected=None):
    return "".join(f"<option{' selected' if i == selected else ''}>{e(i)}</option>" for i in items)


def interview_v1():
    boxes = "".join(f"""
        <li><input type="checkbox" id="interview_interviewer_ids_{k}" name="interview[interviewer_ids][]" value="{k}"{" checked" if k == "ciara" else ""}{X("int-" + k)}> <label for="interview_interviewer_ids_{k}">{n} ({t})</label></li>""" for k, n, t in INTERVIEWERS)
    locs = [("video", "Video call"), ("office", "In person (Grand Canal Dock office)"), ("phone", "Phone call")]
    loc_radios = "".join(f"""
        <input type="radio" id="interview_location_{k}" name="interview[location]" value="{k}"{" checked" if k == "video" else ""}{X("loc-" + k)}> <label for="interview_location_{k}">{t}</label><br>""" for k, t in locs)
    slot_rows = "".join(f"""
        <tr><th>{day}</th>""" + "".join(f'<td><button type="button" class="slot" name="slot" value="{dk}-{tk}"{X(f"slot-{dk}-{tk}")}>{t24}</button></td>' for tk, t24, _ in SLOT_TIMES) + "</tr>"
        for dk, day in SLOT_DAYS_V1)
    past = "".join(f"""
        <tr><td>{t}</td><td>{d}</td><td>{who}</td><td>{verdict}</td><td><a href="interviews/{k}/feedback"{X("feedback-" + k)}>View feedback</a></td></tr>""" for k, t, d, who, verdict in PAST)
    body = f"""{top_v1("pipeline.html")}
<div id="sidebar" class="candidate-panel">
  <h2{X("heading")}>Maya Okafor</h2>
  <p>Frontend engineer, Larkspur Media<br>Dublin, Ireland</p>
  <p><a href="mailto:maya.okafor@example.com"{X("cand-email")}>maya.okafor@example.com</a><br><a href="tel:+353871234567"{X("cand-phone")}>+353 87 123 4567</a></p>
  <ul>
    <li><a href="applications/31/cv.pdf"{X("cv")}>Download CV</a></li>
    <li><a href="https://www.linkedin.com/in/mayaokafor" target="_blank"{X("linkedin")}>LinkedIn profile</a></li>
    <li><a href="candidates/31"{X("profile")}>View full profile</a></li>
  </ul>
  <h3>Notes</h3>
  <form action="/candidates/31/notes" method="post">
    <label for="note_body">Add a note</label><br><textarea id="note_body" name="note[body]" rows="4" cols="28"{X("note")}></textarea><br>
    <input type="checkbox" id="note_private" name="note[private]" value="1"{X("note-private")}> <label for="note_private">Only visible to me</label><br>
    <input type="submit" value="Save note" class="btn" id="save_note"{X("note-save")}>
  </form>
  <p><a href="pipeline.html"{X("back")}>&laquo; Back to applicants</a></p>
</div>
<div id="main">
  <h1>Schedule an interview</h1>
  <p>Frontend Developer (React) &middot; Stage: Interview</p>
  <h3>Previous interviews</h3>
  <table class="table">
    <thead><tr><th>Type</th><th>Date</th><th>Interviewers</th><th>Outcome</th><th></th></tr></thead>
    <tbody>{past}
    </tbody>
  </table>
  <form id="new_interview" action="/applications/31/interviews" method="post">
    <table class="form-table">
      <tr><th><label for="interview_kind">Interview type</label></th><td><select id="interview_kind" name="interview[kind]"{X("type")}>{opts(TYPES, "Final interview")}</select></td></tr>
      <tr><th><label for="interview_date">Date</label></th><td><input type="date" id="interview_date" name="interview[date]" value="2026-03-17"{X("date")}></td></tr>
      <tr><th><label for="interview_start_time">Start time</label></th><td><select id="interview_start_time" name="interview[start_time]"{X("time")}>{opts(TIMES, "09:30")}</select></td></tr>
      <tr><th><label for="interview_duration">Duration</label></th><td><select id="interview_duration" name="interview[duration]"{X("duration")}>{opts(["30 minutes", "45 minutes", "1 hour", "90 minutes", "2 hours"], "1 hour")}</select></td></tr>
      <tr><th><label for="interview_time_zone">Time zone</label></th><td><select id="interview_time_zone" name="interview[time_zone]"{X("tz")}>{opts(["(GMT+00:00) Dublin", "(GMT+00:00) London", "(GMT+01:00) Amsterdam", "(GMT+01:00) Paris", "(GMT-05:00) Eastern Time"])}</select></td></tr>
      <tr><th>Interviewers</th><td><ul class="plain">{boxes}
      </ul></td></tr>
      <tr><th>Location</th><td>{loc_radios}</td></tr>
      <tr><th><label for="interview_meeting_url">Video link</label></th><td><input type="url" id="interview_meeting_url" name="interview[meeting_url]" size="40"{X("meeting-link")}>
        <button type="button" id="generate_meeting" class="btn btn-small"{X("gen-link")}>Generate Teams link</button></td></tr>
    </table>
    <h3>Suggested times (everyone free)</h3>
    <table class="slots">{slot_rows}
    </table>
    <h3>Email to candidate</h3>
    <table class="form-table">
      <tr><th><label for="interview_template">Template</label></th><td><select id="interview_template" name="interview[template]"{X("template")}>{opts(TEMPLATES)}</select></td></tr>
      <tr><th><label for="interview_subject">Subject</label></th><td><input type="text" id="interview_subject" name="interview[subject]" size="50" value="Interview for Frontend Developer (React) at Brightwater Bank"{X("subject")}></td></tr>
      <tr><th><label for="interview_message">Message</label></th><td><textarea id="interview_message" name="interview[message]" rows="6" cols="50"{X("message")}></textarea></td></tr>
    </table>
    <p><input type="checkbox" id="interview_send_invite" name="interview[send_invite]" value="1" checked{X("invite")}> <label for="interview_send_invite">Send a calendar invitation to the candidate</label><br>
       <input type="checkbox" id="interview_remind" name="interview[remind]" value="1"{X("remind")}> <label for="interview_remind">Remind interviewers 1 hour before</label><br>
       <input type="checkbox" id="interview_sms" name="interview[sms]" value="1"{X("sms")}> <label for="interview_sms">Also send the candidate an SMS reminder</label></p>
    <p><input type="submit" value="Schedule interview" class="btn btn-primary" id="schedule_interview"{X("submit")}>
       <input type="submit" name="draft" value="Save as draft" class="btn" id="interview_draft"{X("draft")}>
       <a href="pipeline.html" id="cancel_interview"{X("cancel")}>Cancel</a></p>
  </form>
</div>
{bottom_v1()}"""
    return page("Schedule interview – Maya Okafor | Hireline", body)


def interview_v2():
    boxes = "".join(f"""<label class="Check_root Check_block"><input type="checkbox"{" checked" if k == "ciara" else ""} data-testid="interviewer-option"{X("int-" + k)}> {n} &middot; {t}</label>""" for k, n, t in INTERVIEWERS)
    locs = [("video", "Video"), ("office", "On-site"), ("phone", "Phone")]
    loc_radios = "".join(f'<label class="Radio_root"><input type="radio" name="where"{" checked" if k == "video" else ""}{X("loc-" + k)}> {t}</label>' for k, t in locs)
    slot_groups = "".join(f"""
          <div class="Slots_day"><h4>{day}</h4>""" + "".join(f'<button type="button" class="Slot_root" data-testid="slot"{X(f"slot-{dk}-{tk}")}>{t12}</button>' for tk, _, t12 in SLOT_TIMES) + "</div>"
        for dk, day in SLOT_DAYS_V2)
    past = "".join(f"""
        <li class="Timeline_item"><strong>{t}</strong> &middot; {d} &middot; {who} <span class="Badge_root">{verdict}</span>
          <a href="interviews/{k}/feedback" data-testid="feedback-link"{X("feedback-" + k)}>View feedback</a></li>""" for k, t, d, who, verdict in PAST)
    body = f"""{top_v2()}
<main class="Profile_root">
  <header class="Profile_header">
    <a href="pipeline.html" class="Link_back" data-testid="back"{X("back")}>&larr; Pipeline</a>
    <h1{X("heading")}>Maya Okafor</h1>
    <p>Frontend engineer, Larkspur Media &middot; Dublin</p>
    <div class="Profile_contacts">
      <a href="mailto:maya.okafor@example.com" data-testid="candidate-email"{X("cand-email")}>maya.okafor@example.com</a>
      <a href="tel:+353871234567" data-testid="candidate-phone"{X("cand-phone")}>+353 87 123 4567</a>
      <a href="applications/31/cv.pdf" class="Button_root" data-testid="cv"{X("cv")}>CV</a>
      <a href="https://www.linkedin.com/in/mayaokafor" class="Button_root" target="_blank" data-testid="linkedin"{X("linkedin")}>LinkedIn</a>
      <a href="candidates/31" class="Button_root" data-testid="full-profile"{X("profile")}>Full profile</a>
    </div>
  </header>
  <section class="Profile_section"><h2>Interviews</h2><ul class="Timeline_root">{past}
  </ul></section>
  <section class="Profile_section"><h2>Notes</h2>
    <textarea class="Input_root" rows="3" placeholder="Write a note…" aria-label="Note" data-testid="note-input"{X("note")}></textarea>
    <button type="button" class="Button_root" data-testid="note-save"{X("note-save")}>Add note</button>
  </section>
</main>
<div class="Dialog_backdrop"></div>
<div role="dialog" aria-labelledby="schedule-title" class="Dialog_root" data-testid="schedule-dialog">
  <div class="Dialog_head"><h2 id="schedule-title">Schedule interview</h2>
    <button type="button" class="IconButton_root" aria-label="Close" data-testid="dialog-close"{X("close")}>{ICON_X}</button></div>
  <form class="Dialog_body">
    <div class="Row">
      <label class="Field_root"><span class="Field_label">Type of interview</span><select class="Select_root" data-testid="interview-type"{X("type")}>{opts(TYPES, "Final interview")}</select></label>
      <label class="Field_root"><span class="Field_label">Date</span><input type="date" class="Input_root" value="2026-03-17" data-testid="interview-date"{X("date")}></label>
    </div>
    <div class="Row">
      <label class="Field_root"><span class="Field_label">Time</span><select class="Select_root" data-testid="interview-time"{X("time")}>{opts([t for t in TIMES], "09:30")}</select></label>
      <label class="Field_root"><span class="Field_label">Length</span><select class="Select_root" data-testid="interview-duration"{X("duration")}>{opts(["30 min", "45 min", "60 min", "90 min", "120 min"], "60 min")}</select></label>
      <label class="Field_root"><span class="Field_label">Time zone</span><select class="Select_root" data-testid="interview-tz"{X("tz")}>{opts(["Europe/Dublin", "Europe/London", "Europe/Amsterdam", "Europe/Paris", "America/New_York"])}</select></label>
    </div>
    <fieldset class="Fieldset_inner"><legend>Interviewers</legend>{boxes}</fieldset>
    <fieldset class="Fieldset_inner"><legend>Where</legend>{loc_radios}</fieldset>
    <div class="Row"><label class="Field_root"><span class="Field_label">Meeting link</span><input type="url" class="Input_root" data-testid="meeting-link"{X("meeting-link")}></label>
      <button type="button" class="Button_root" data-testid="generate-link"{X("gen-link")}>Generate link</button></div>
    <div class="Slots_root"><h3>Suggested times</h3>{slot_groups}
    </div>
    <label class="Field_root"><span class="Field_label">Email template</span><select class="Select_root" data-testid="template"{X("template")}>{opts(["Standard invitation", "Technical interview", "Final round", "Don't send an email"])}</select></label>
    <label class="Field_root"><span class="Field_label">Message to candidate</span><textarea class="Input_root" rows="4" data-testid="message"{X("message")}></textarea></label>
    <label class="Check_root Check_block"><input type="checkbox" checked data-testid="send-invite"{X("invite")}> Send calendar invite</label>
    <label class="Check_root Check_block"><input type="checkbox" data-testid="remind"{X("remind")}> Remind interviewers</label>
    <label class="Check_root Check_block"><input type="checkbox" data-testid="sms"{X("sms")}> Text reminder to candidate</label>
    <div class="Form_actions">
      <button type="submit" class="Button_root Button_primary" data-testid="schedule-submit"{X("submit")}>Schedule</button>
      <a href="pipeline.html" class="Button_root" data-testid="schedule-cancel"{X("cancel")}>Cancel</a>
    </div>
  </form>
</div>
{bottom_v2()}"""
    return page("Maya Okafor · Hireline", body, css="app.css")


def interview_v3():
    short = {"ciara": "Ciara D.", "mark": "Mark F.", "anna": "Anna S.", "rohan": "Rohan M.", "grace": "Grace K."}
    boxes = "".join(f"""<label class="hl-check"><input type="checkbox"{" checked" if k == "ciara" else ""}{X("int-" + k)}> {short[k]}</label>""" for k, _, _ in INTERVIEWERS)
    types = [("phone", "Phone screen"), ("video", "Video"), ("tech", "Technical"), ("final", "Final")]
    type_radios = "".join(f'<label class="hl-radio"><input type="radio" name="kind"{" checked" if k == "final" else ""}{X("type-" + k)}> {t}</label>' for k, t in types)
    locs = [("video", "Video call"), ("office", "Office"), ("phone", "Phone")]
    loc_radios = "".join(f'<label class="hl-radio"><input type="radio" name="where"{" checked" if k == "video" else ""}{X("loc-" + k)}> {t}</label>' for k, t in locs)
    slot_groups = "".join(f"""
          <div class="hl-slots__day"><span>{day}</span>""" + "".join(f'<button type="button" class="hl-slot" aria-label="{day}, {t12}"{X(f"slot-{dk}-{tk}")}>{t12.replace(" AM", "").replace(" PM", "")}</button>' for tk, _, t12 in SLOT_TIMES) + "</div>"
        for dk, day in SLOT_DAYS_V2)
    past = "".join(f"""
          <li>{t}, {d} <a href="interviews/{k}/feedback" aria-label="Feedback: {t}"{X("feedback-" + k)}>Feedback</a></li>""" for k, t, d, who, verdict in PAST)
    body = f"""{top_v3()}
<div class="hl-page">
  <aside class="hl-aside hl-aside--left">
    <a href="pipeline.html"{X("back")}>All candidates</a>
    <h1{X("heading")}>Maya Okafor</h1>
    <p>Frontend engineer &middot; Larkspur Media</p>
    <p><a href="mailto:maya.okafor@example.com"{X("cand-email")}>Email Maya</a> &middot; <a href="tel:+353871234567"{X("cand-phone")}>Call</a></p>
    <p><a href="applications/31/cv.pdf"{X("cv")}>CV (PDF, 212 KB)</a>
       <a href="https://www.linkedin.com/in/mayaokafor" class="hl-icon" aria-label="LinkedIn" target="_blank"{X("linkedin")}>in</a></p>
    <a href="candidates/31" class="hl-btn hl-btn--ghost"{X("profile")}>Open profile</a>
    <h2>Past interviews</h2><ul class="hl-list">{past}
    </ul>
    <textarea rows="3" placeholder="Add a private note"{X("note")}></textarea>
    <button type="button" class="hl-btn hl-btn--ghost"{X("note-save")}>Save</button>
  </aside>
  <main class="hl-main">
    <h2>Book an interview</h2>
    <form class="hl-form">
      <fieldset class="hl-fieldset"><legend>Interview</legend>{type_radios}</fieldset>
      <div class="hl-row">
        <input type="date" aria-label="Date" value="2026-03-17"{X("date")}>
        <select aria-label="Start time"{X("time")}>{opts(TIMES, "09:30")}</select>
        <select aria-label="Duration"{X("duration")}>{opts(["30 min", "45 min", "1 h", "1 h 30", "2 h"], "1 h")}</select>
      </div>
      <div class="hl-slots"><h3>Everyone is free at</h3>{slot_groups}
      </div>
      <fieldset class="hl-fieldset"><legend>Panel</legend>{boxes}</fieldset>
      <fieldset class="hl-fieldset"><legend>Location</legend>{loc_radios}</fieldset>
      <div class="hl-row"><input type="url" placeholder="Paste a meeting link"{X("meeting-link")}>
        <button type="button" class="hl-btn hl-btn--ghost"{X("gen-link")}>Create Teams meeting</button></div>
      <label class="hl-field">Email <select{X("template")}>{opts(["Standard invite", "Technical round", "Final round", "None"])}</select></label>
      <input name="subject" placeholder="Subject"{X("subject")}>
      <textarea rows="4" placeholder="Message to Maya"{X("message")}></textarea>
      <label class="hl-switch"><input type="checkbox" role="switch" checked{X("invite")}> Calendar invite to candidate</label>
      <label class="hl-switch"><input type="checkbox" role="switch"{X("remind")}> Reminder to panel</label>
      <div class="hl-actions">
        <button type="submit" class="hl-btn"{X("submit")}>Send invite</button>
        <button type="button" class="hl-btn hl-btn--ghost"{X("draft")}>Save draft</button>
        <a href="pipeline.html" class="hl-link"{X("cancel")}>Cancel</a>
      </div>
    </form>
  </main>
</div>
{bottom_v3()}"""
    return page("Book an interview – Maya Okafor – Hireline", body, css="hl.css")


# -- settings ------------------------------------------------------------------------------------

TZS = ["(GMT+00:00) Dublin", "(GMT+00:00) London", "(GMT+01:00) Amsterdam", "(GMT+01:00) Berlin", "(GMT-05:00) New York"]
LANGS = ["English (UK)", "English (US)", "Gaeilge", "Deutsch", "Français"]
INTEGRATIONS = [("gcal", "Google Calendar", True), ("slack", "Slack", False), ("linkedin", "LinkedIn Recruiter", False), ("teams", "Microsoft Teams", False)]


def members_v1():
    return list(MEMBERS)


def members_v2():
    return sorted([m for m in MEMBERS if m[0] != "mark"] + [NEW_MEMBER_V2], key=lambda m: m[1])


def members_v3():
    return sorted([m for m in MEMBERS if m[0] != "mark"] + [NEW_MEMBER_V2, NEW_MEMBER_V3], key=lambda m: (ROLES.index(m[3]), m[1]))


def settings_v1():
    head = "".join(f"<th>{t}</th>" for _, t in CHANNELS)
    matrix = "".join(f"""
        <tr><td>{label}</td>""" + "".join(f'<td><input type="checkbox" name="notify[{ek}][{ck}]" value="1"{" checked" if ck == "email" else ""}{X(f"notify-{ek}-{ck}")}></td>' for ck, _ in CHANNELS) + "</tr>"
        for ek, label in NOTIFY_EVENTS)
    team = ""
    for k, name, mail, role in members_v1():
        you = k == "ciara"
        team += f"""
        <tr id="membership_{k}"><td>{name}{" (you)" if you else ""}</td><td>{mail}</td>
          <td><select name="memberships[{k}][role]"{" disabled" if you else ""}{X("role-" + k)}>{opts(ROLES, role)}</select></td>
          <td>{"" if you else f'<button type="submit" name="remove_member" value="{k}" class="btn btn-small"{X("remove-" + k)}>Remove</button>'}</td></tr>"""
    integ = "".join(f"""
        <tr><td>{name}</td><td>{"Connected" if on else "Not connected"}</td><td><button type="submit" name="integration" value="{k}" class="btn btn-small"{X("app-" + k)}>{"Disconnect" if on else "Connect"}</button></td></tr>""" for k, name, on in INTEGRATIONS)
    freqs = [("now", "As it happens"), ("daily", "Once a day"), ("weekly", "Once a week")]
    freq = "".join(f"""<input type="radio" id="user_email_frequency_{k}" name="user[email_frequency]" value="{k}"{" checked" if k == "now" else ""}{X("freq-" + k)}> <label for="user_email_frequency_{k}">{t}</label> """ for k, t in freqs)
    body = f"""{top_v1("settings.html")}
<div id="main" class="settings">
  <h1{X("heading")}>My account</h1>
  <form id="edit_user" action="/account" method="post">
    <h2>Profile</h2>
    <table class="form-table">
      <tr><th><label for="user_name">Full name</label></th><td><input type="text" id="user_name" name="user[name]" value="Ciara Doyle"{X("name")}></td></tr>
      <tr><th><label for="user_email">Email</label></th><td><input type="email" id="user_email" name="user[email]" value="ciara.doyle@brightwaterbank.ie"{X("email")}></td></tr>
      <tr><th><label for="user_phone">Phone</label></th><td><input type="tel" id="user_phone" name="user[phone]" value="+353 1 555 0142"{X("phone")}></td></tr>
      <tr><th><label for="user_job_title">Job title</label></th><td><input type="text" id="user_job_title" name="user[job_title]" value="Engineering Manager"{X("job-title")}></td></tr>
      <tr><th><label for="user_time_zone">Time zone</label></th><td><select id="user_time_zone" name="user[time_zone]"{X("tz")}>{opts(TZS)}</select></td></tr>
      <tr><th><label for="user_locale">Language</label></th><td><select id="user_locale" name="user[locale]"{X("lang")}>{opts(LANGS)}</select></td></tr>
    </table>
    <p><input type="submit" name="save_profile" value="Save profile" class="btn btn-primary" id="save_profile"{X("save-profile")}></p>
  </form>
  <form id="edit_password" action="/account/password" method="post">
    <h2>Change password</h2>
    <table class="form-table">
      <tr><th><label for="user_current_password">Current password</label></th><td><input type="password" id="user_current_password" name="user[current_password]"{X("pw-current")}></td></tr>
      <tr><th><label for="user_password">New password</label></th><td><input type="password" id="user_password" name="user[password]"{X("pw-new")}></td></tr>
      <tr><th><label for="user_password_confirmation">Confirm new password</label></th><td><input type="password" id="user_password_confirmation" name="user[password_confirmation]"{X("pw-confirm")}></td></tr>
    </table>
    <p><input type="checkbox" id="user_otp_required" name="user[otp_required]" value="1"{X("2fa")}> <label for="user_otp_required">Require a code from my authenticator app when I sign in</label></p>
    <p><input type="submit" value="Update password" class="btn" id="update_password"{X("pw-save")}></p>
  </form>
  <form id="edit_notifications" action="/account/notifications" method="post">
    <h2>Email and notifications</h2>
    <table class="table notify-matrix">
      <thead><tr><th>Notify me about</th>{head}</tr></thead>
      <tbody>{matrix}
      </tbody>
    </table>
    <p>Send notification emails: {freq}</p>
    <p><input type="checkbox" id="user_pause_all" name="user[pause_all]" value="1"{X("pause")}> <label for="user_pause_all">Pause all notifications while I'm on holiday</label></p>
    <p><input type="submit" value="Save notification settings" class="btn" id="save_notifications"{X("save-notify")}></p>
  </form>
  <form id="team" action="/account/team" method="post">
    <h2>Hiring team</h2>
    <table class="table">
      <thead><tr><th>Name</th><th>Email</th><th>Role</th><th></th></tr></thead>
      <tbody>{team}
      </tbody>
    </table>
    <p><label for="invitation_email">Invite a colleague</label> <input type="email" id="invitation_email" name="invitation[email]"{X("invite-email")}>
      <label for="invitation_role">as</label> <select id="invitation_role" name="invitation[role]"{X("invite-role")}>{opts(ROLES[1:], "Interviewer")}</select>
      <input type="submit" name="send_invitation" value="Send invitation" class="btn" id="send_invitation"{X("invite-send")}></p>
  </form>
  <h2>Integrations</h2>
  <form action="/account/integrations" method="post"><table class="table">{integ}
  </table></form>
  <h2>Your data</h2>
  <p><a href="/account/export"{X("export-data")}>Download a copy of my data</a></p>
  <p><a href="/account/delete" class="danger" id="delete_account" data-confirm="Are you sure?"{X("delete")}>Delete my account</a></p>
</div>
{bottom_v1()}"""
    return page("My account | Hireline", body)


def settings_v2():
    rows = "".join(f"""
        <div class="NotifyRow_root"><span class="NotifyRow_label">{label}</span>""" + "".join(
        f'<label class="Switch_root"><input type="checkbox" role="switch"{" checked" if ck == "email" else ""} data-testid="notify-{ck}"{X(f"notify-{ek}-{ck}")}> {ct}</label>' for ck, ct in CHANNELS) + "</div>"
        for ek, label in NOTIFY_EVENTS)
    team = ""
    for k, name, mail, role in members_v2():
        you = k == "ciara"
        remove = "" if you else f'<button type="button" class="IconButton_root" aria-label="Remove member" data-testid="remove-member"{X("remove-" + k)}>{ICON_TRASH}</button>'
        team += f"""
        <div class="MemberCard_root" data-testid="member-card">
          <span class="avatar" aria-hidden="true">{name[0]}</span>
          <div><strong>{name}</strong>{" <em>You</em>" if you else ""}<br><span>{mail}</span></div>
          <select class="Select_root" aria-label="Role" data-testid="member-role"{" disabled" if you else ""}{X("role-" + k)}>{opts(ROLES, role)}</select>
          {remove}
        </div>"""
    integ = "".join(f"""
        <div class="Integration_root"><strong>{name}</strong> <span>{"Connected" if on else ""}</span>
          <button type="button" class="Button_root{"" if on else " Button_primary"}" data-testid="integration-{k}"{X("app-" + k)}>{"Disconnect" if on else "Connect"}</button></div>""" for k, name, on in INTEGRATIONS if k != "teams")
    side = [("profile", "Profile"), ("security", "Password & security"), ("notifications", "Notifications"), ("team", "Team"), ("integrations", "Integrations")]
    side_links = "".join(f'<a href="#{k}" class="SideNav_link"{X("side-" + k)}>{t}</a>' for k, t in side)

    def field(label, key, value="", typ="text"):
        return f'<label class="Field_root"><span class="Field_label">{label}</span><input type="{typ}" class="Input_root" value="{value}" data-testid="{key}"{X(key)}></label>'
    body = f"""{top_v2()}
<div class="Settings_root">
  <nav class="SideNav_root" aria-label="Settings">{side_links}</nav>
  <main class="Settings_main">
    <h1{X("heading")}>Settings</h1>
    <section id="profile" class="Card_root"><h2>Profile</h2>
      <div class="Row">{field("Full name", "name", "Ciara Doyle")}{field("Work email", "email", "ciara.doyle@brightwaterbank.ie", "email")}</div>
      <div class="Row">{field("Phone number", "phone", "+353 1 555 0142", "tel")}{field("Job title", "job-title", "Engineering Manager")}</div>
      <div class="Row">
        <label class="Field_root"><span class="Field_label">Time zone</span><select class="Select_root" data-testid="tz"{X("tz")}>{opts(["Europe/Dublin", "Europe/London", "Europe/Amsterdam", "Europe/Berlin", "America/New_York"])}</select></label>
        <label class="Field_root"><span class="Field_label">Language</span><select class="Select_root" data-testid="locale"{X("lang")}>{opts(LANGS)}</select></label>
      </div>
      <button type="button" class="Button_root Button_primary" data-testid="save-profile"{X("save-profile")}>Save changes</button>
    </section>
    <section id="security" class="Card_root"><h2>Password &amp; security</h2>
      {field("Current password", "pw-current", typ="password")}
      <div class="Row">{field("New password", "pw-new", typ="password")}{field("Repeat new password", "pw-confirm", typ="password")}</div>
      <label class="Switch_root"><input type="checkbox" role="switch" data-testid="two-factor"{X("2fa")}> Two-factor authentication</label>
      <button type="button" class="Button_root Button_primary" data-testid="save-password"{X("pw-save")}>Save changes</button>
    </section>
    <section id="notifications" class="Card_root"><h2>Notifications</h2>{rows}
      <label class="Field_root"><span class="Field_label">Email digest</span><select class="Select_root" data-testid="digest"{X("freq")}>{opts(["Send right away", "Daily summary", "Weekly summary"])}</select></label>
      <label class="Switch_root"><input type="checkbox" role="switch" data-testid="pause-all"{X("pause")}> Pause all notifications</label>
      <button type="button" class="Button_root Button_primary" data-testid="save-notifications"{X("save-notify")}>Save changes</button>
    </section>
    <section id="team" class="Card_root"><h2>Team</h2>{team}
      <div class="Row">
        <input type="email" class="Input_root" placeholder="colleague@company.com" aria-label="Email address" data-testid="invite-email"{X("invite-email")}>
        <select class="Select_root" aria-label="Role" data-testid="invite-role"{X("invite-role")}>{opts(ROLES[1:], "Interviewer")}</select>
        <button type="button" class="Button_root" data-testid="invite-send"{X("invite-send")}>Invite</button>
      </div>
    </section>
    <section id="integrations" class="Card_root"><h2>Integrations</h2>{integ}
    </section>
    <section class="Card_root Card_danger"><h2>Danger zone</h2>
      <button type="button" class="Link_button" data-testid="export-data"{X("export-data")}>Export my data</button>
      <button type="button" class="Button_root Button_danger" data-testid="delete-account"{X("delete")}>Delete account</button>
    </section>
  </main>
</div>
{bottom_v2()}"""
    return page("Settings · Hireline", body, css="app.css")


def settings_v3():
    grid = "".join(f"""
        <div role="row"><div role="rowheader">{label}</div>""" + "".join(
        f'<div role="gridcell"><input type="checkbox" role="switch" aria-label="{ct} for {label}"{" checked" if ck == "email" else ""}{X(f"notify-{ek}-{ck}")}></div>' for ck, ct in CHANNELS) + "</div>"
        for ek, label in NOTIFY_EVENTS)
    team = ""
    for k, name, mail, role in members_v3():
        you = k == "ciara"
        menu = ""
        if k == MENU_MEMBER_V3:
            menu = f"""
            <div class="hl-menu" role="menu" aria-label="{name}">
              <button type="button" role="menuitem">Resend invitation</button>
              <button type="button" role="menuitem">Transfer ownership</button>
              <button type="button" role="menuitem"{X("remove-" + k)}>Remove from team</button>
            </div>"""
        more = "" if you else f'<button type="button" class="hl-icon" aria-label="More actions for {name}" aria-haspopup="menu" aria-expanded="{"true" if menu else "false"}"{X("more-" + k)}>{ICON_MORE}</button>'
        team += f"""
        <div role="row"><div role="gridcell">{name}{" (you)" if you else ""}</div><div role="gridcell">{mail}</div>
          <div role="gridcell"><select aria-label="Role for {name}"{" disabled" if you else ""}{X("role-" + k)}>{opts(ROLES, role)}</select></div>
          <div role="gridcell">{more}{menu}</div></div>"""
    integ = "".join(f"""
        <li><span>{name}</span> <button type="button" class="hl-btn{"" if not on else " hl-btn--ghost"}" aria-label="{"Disconnect" if on else "Connect"} {name}"{X("app-" + k)}>{"Disconnect" if on else "Connect"}</button></li>""" for k, name, on in INTEGRATIONS if k != "teams")
    body = f"""{top_v3()}
<div class="hl-page">
  <main class="hl-main hl-main--narrow">
    <h1{X("heading")}>Account settings</h1>
    <section class="hl-card"><h2>Your profile</h2>
      <div class="hl-row"><input name="name" placeholder="Full name" value="Ciara Doyle"{X("name")}><input type="email" name="email" placeholder="Email" value="ciara.doyle@brightwaterbank.ie"{X("email")}></div>
      <div class="hl-row"><input type="tel" name="phone" placeholder="Phone" value="+353 1 555 0142"{X("phone")}><input name="title" placeholder="Job title" value="Engineering Manager"{X("job-title")}></div>
      <div class="hl-field"><span id="tz-label">Time zone</span>
        <input role="combobox" aria-labelledby="tz-label" aria-expanded="false" aria-controls="tz-list" aria-autocomplete="list" value="Europe/Dublin"{X("tz")}>
        <ul id="tz-list" role="listbox" hidden><li role="option">Europe/Dublin</li><li role="option">Europe/London</li><li role="option">Europe/Berlin</li></ul></div>
      <button type="button" class="hl-btn"{X("save-profile")}>Save profile</button>
    </section>
    <section class="hl-card"><h2>Sign-in and security</h2>
      <input type="password" name="current" placeholder="Current password"{X("pw-current")}>
      <div class="hl-row"><input type="password" name="new" placeholder="New password"{X("pw-new")}><input type="password" name="confirm" placeholder="Confirm password"{X("pw-confirm")}></div>
      <label class="hl-switch"><input type="checkbox" role="switch"{X("2fa")}> Two-step verification</label>
      <button type="button" class="hl-btn"{X("pw-save")}>Change password</button>
    </section>
    <section class="hl-card"><h2>Notifications</h2>
      <div role="grid" aria-label="Notification channels" class="hl-grid hl-grid--notify">
        <div role="row"><div role="columnheader">Event</div>{"".join(f'<div role="columnheader">{ct}</div>' for _, ct in CHANNELS)}</div>{grid}
      </div>
      <label class="hl-field">Digest <select{X("freq")}>{opts(["Instant", "Daily", "Weekly"])}</select></label>
      <button type="button" class="hl-btn"{X("save-notify")}>Save notifications</button>
    </section>
    <section class="hl-card"><h2>Hiring team</h2>
      <div role="grid" aria-label="Team members" class="hl-grid">{team}
      </div>
      <div class="hl-row"><input type="email" placeholder="Invite by email"{X("invite-email")}>
        <button type="button" class="hl-btn"{X("invite-send")}>Send invite</button></div>
    </section>
    <section class="hl-card"><h2>Connected apps</h2><ul class="hl-list">{integ}
    </ul></section>
    <section class="hl-card"><h2>Account</h2>
      <a href="/account/export" class="hl-btn hl-btn--ghost"{X("export-data")}>Download my data</a>
      <button type="button" class="hl-btn hl-btn--danger"{X("delete")}>Close my account</button>
    </section>
  </main>
</div>
{bottom_v3()}"""
    return page("Account settings – Hireline", body, css="hl.css")


# -- styles --------------------------------------------------------------------------------------

STYLE = """body { font-family: Arial, Helvetica, sans-serif; font-size: 13px; margin: 0; color: #222; }
#header { background: #1d3b5a; color: #fff; padding: 8px 16px; overflow: hidden; } #header a { color: #fff; } #logo { font-size: 22px; font-weight: bold; float: left; margin-right: 24px; }
#main_nav { list-style: none; margin: 4px 0; padding: 0; float: left; } #main_nav li { display: inline; margin-right: 14px; } #main_nav li.active a { text-decoration: underline; } #user_links { float: right; margin-top: 4px; }
#content { padding: 10px 16px; overflow: hidden; } .search-bar { background: #eef3f8; padding: 10px; margin-bottom: 12px; } .search-bar label { font-weight: bold; margin-left: 8px; }
#sidebar { float: left; width: 260px; margin-right: 20px; } #main { overflow: hidden; } .facet { list-style: none; padding: 0; margin: 4px 0; } .plain { list-style: none; padding: 0; margin: 0; }
.job-results { padding-left: 20px; } .job-result { border-bottom: 1px solid #ddd; padding: 8px 0; } .job-title { margin: 0 0 4px; font-size: 16px; } .job-meta { color: #555; }
.btn { display: inline-block; padding: 3px 10px; border: 1px solid #888; background: #f3f3f3; color: #222; text-decoration: none; cursor: pointer; font-size: 13px; } .btn-primary { background: #1d6fb8; border-color: #1d6fb8; color: #fff; }
.btn-small { padding: 1px 6px; font-size: 12px; } .btn-danger { color: #a00; } .pagination a, .pagination em, .pagination span { margin-right: 8px; } .job-alert { background: #f7f7e8; padding: 10px; margin-top: 16px; }
.results-header { overflow: hidden; } .results-header p { float: left; margin: 0 16px 0 0; } .form-table th { text-align: left; font-weight: normal; padding: 3px 12px 3px 0; vertical-align: top; width: 240px; }
.table { border-collapse: collapse; } .table th, .table td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; } .slots td { padding: 2px 6px; } .slots th { text-align: left; padding-right: 12px; }
.breadcrumb { margin: 0 0 8px; } .similar-jobs li { margin-bottom: 8px; } #footer { clear: both; border-top: 1px solid #ccc; padding: 10px 16px; color: #666; } .hide-link { font-size: 12px; }
"""
APP_CSS = """body { font-family: Inter, system-ui, sans-serif; margin: 0; color: #1a1a2e; font-size: 14px; } .AppHeader_root { display: flex; align-items: center; gap: 24px; padding: 10px 32px; border-bottom: 1px solid #e5e5ef; }
.AppHeader_nav { display: flex; gap: 18px; } .AppHeader_nav a { color: #1a1a2e; text-decoration: none; } .AppHeader_actions { margin-left: auto; display: flex; gap: 10px; align-items: center; }
.Button_root { display: inline-block; padding: 7px 14px; border-radius: 8px; border: 1px solid #3b5bdb; background: #fff; color: #3b5bdb; text-decoration: none; cursor: pointer; font-size: 14px; }
.Button_primary { background: #3b5bdb; color: #fff; } .Button_small { padding: 4px 10px; font-size: 13px; } .Button_danger { border-color: #c92a2a; color: #c92a2a; }
.IconButton_root { width: 34px; height: 34px; border-radius: 50%; border: 1px solid #d0d0e0; background: #fff; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; padding: 0; }
.avatar { display: inline-block; width: 24px; height: 24px; line-height: 24px; border-radius: 50%; background: #dbe4ff; font-size: 11px; text-align: center; }
.SearchPage_root, .JobPage_root, .Pipeline_root, .Profile_root, .Settings_main { padding: 20px 32px; } .SearchBar_root { display: flex; gap: 8px; margin-bottom: 12px; }
.Input_root, .Select_root { padding: 7px 10px; border: 1px solid #ccd; border-radius: 6px; font-size: 14px; } .Filters_root, .Toolbar_root { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 14px; }
.Chip_root { border: 1px solid #ccd; border-radius: 16px; padding: 4px 12px; background: #fff; cursor: pointer; } .Segmented_item { border: 1px solid #ccd; background: #fff; padding: 4px 10px; }
.Link_button { border: none; background: none; color: #3b5bdb; cursor: pointer; padding: 0; font-size: 14px; } .Results_head { display: flex; justify-content: space-between; align-items: center; }
.Results_list, .CandidateList_root { display: flex; flex-direction: column; gap: 12px; } .JobCard_root, .CandidateCard_root { display: flex; gap: 14px; border: 1px solid #e5e5ef; border-radius: 12px; padding: 14px; }
.JobCard_body, .CandidateCard_body { flex: 1; } .JobCard_title { font-size: 17px; margin: 0; } .JobCard_tags { display: flex; gap: 8px; list-style: none; padding: 0; margin: 6px 0; } .JobCard_actions, .CandidateCard_actions { display: flex; gap: 8px; align-items: flex-start; }
.Pagination_root { display: flex; gap: 6px; align-items: center; margin: 16px 0; } .Pagination_page { min-width: 34px; height: 34px; border: 1px solid #ccd; background: #fff; border-radius: 6px; }
.Footer_root { border-top: 1px solid #e5e5ef; padding: 20px 32px; } .Footer_root nav a { margin-right: 16px; } .AlertBand_root { display: flex; gap: 10px; align-items: center; background: #f1f3ff; padding: 14px; margin-bottom: 14px; } .AlertBand_root h2 { font-size: 16px; margin: 0 10px 0 0; }
.JobPage_grid { display: grid; grid-template-columns: 1fr 320px; gap: 32px; } .JobHeader_actions { display: flex; gap: 10px; } .Fieldset_root { border: 1px solid #e5e5ef; border-radius: 10px; padding: 12px 16px; margin: 14px 0; }
.Fieldset_inner { border: none; padding: 0; margin: 10px 0; } .Row { display: flex; gap: 14px; align-items: flex-end; } .Field_root { display: block; margin: 8px 0; } .Field_label { display: block; font-size: 13px; margin-bottom: 3px; }
.Radio_root, .Check_root { display: inline-block; margin: 4px 14px 4px 0; } .Check_block { display: block; } .Form_actions { display: flex; gap: 12px; margin-top: 14px; } .MiniJob_list { list-style: none; padding: 0; } .MiniJob_root { margin-bottom: 12px; }
.PageHeader_root { display: flex; gap: 16px; align-items: center; } .PageHeader_actions { margin-left: auto; display: flex; gap: 8px; } .Tabs_root { display: flex; gap: 4px; border-bottom: 1px solid #e5e5ef; margin: 12px 0; }
.Tabs_root button { border: none; background: none; padding: 8px 12px; cursor: pointer; } .Badge_root { font-size: 12px; background: #eef; border-radius: 8px; padding: 1px 6px; } .Count { color: #777; }
.Profile_contacts { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; } .Timeline_root { list-style: none; padding: 0; } .Timeline_item { margin: 6px 0; }
.Dialog_root { position: absolute; top: 60px; left: 50%; margin-left: -330px; width: 660px; background: #fff; border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.25); padding: 16px 24px; }
.Dialog_head { display: flex; justify-content: space-between; align-items: center; } .Slots_day { margin: 6px 0; } .Slots_day h4 { display: inline-block; width: 150px; margin: 0; } .Slot_root { margin-right: 6px; padding: 4px 8px; border: 1px solid #ccd; background: #fff; border-radius: 6px; }
.Settings_root { display: flex; } .SideNav_root { display: flex; flex-direction: column; gap: 8px; padding: 24px; width: 200px; } .Card_root { border: 1px solid #e5e5ef; border-radius: 12px; padding: 16px; margin-bottom: 16px; }
.NotifyRow_root { display: flex; gap: 16px; align-items: center; margin: 6px 0; } .NotifyRow_label { width: 200px; } .Switch_root { display: inline-block; margin: 4px 12px 4px 0; }
.MemberCard_root { display: flex; gap: 12px; align-items: center; margin: 8px 0; } .Integration_root { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
"""
HL_CSS = """body { font-family: system-ui, -apple-system, sans-serif; margin: 0; font-size: 14px; color: #111; } .hl-header { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #0f2942; }
.hl-header a { color: #fff; text-decoration: none; } .hl-logo { font-weight: 700; font-size: 20px; } .hl-nav { display: flex; gap: 18px; list-style: none; margin: 0; padding: 0; } .hl-header__end { margin-left: auto; display: flex; gap: 8px; }
.hl-icon { width: 32px; height: 32px; border: 1px solid #c8ced6; border-radius: 8px; background: #fff; cursor: pointer; display: inline-flex; align-items: center; justify-content: center; padding: 0; color: #0f2942; text-decoration: none; }
.hl-btn { display: inline-block; padding: 7px 14px; border-radius: 8px; background: #0b63ce; color: #fff; border: none; text-decoration: none; cursor: pointer; font-size: 14px; } .hl-btn--ghost { background: #fff; color: #0b63ce; border: 1px solid #0b63ce; } .hl-btn--danger { background: #c0262d; }
.hl-link { border: none; background: none; color: #0b63ce; padding: 0; cursor: pointer; font-size: 14px; } .hl-page { display: flex; gap: 28px; padding: 20px 24px; } .hl-main { flex: 1; } .hl-main--narrow { max-width: 760px; }
.hl-filters, .hl-side, .hl-aside { width: 260px; display: flex; flex-direction: column; gap: 10px; align-items: flex-start; } .hl-fieldset { border: none; padding: 0; margin: 8px 0; } .hl-check, .hl-radio, .hl-switch { display: inline-block; margin: 4px 12px 4px 0; }
.hl-field { display: block; margin: 8px 0; } .hl-search { display: flex; gap: 8px; margin-bottom: 12px; } .hl-results__head { display: flex; justify-content: space-between; align-items: center; }
.hl-jobs { list-style: none; padding: 0; } .hl-job { display: flex; justify-content: space-between; gap: 12px; padding: 12px 0; border-bottom: 1px solid #e3e6ea; } .hl-job__title { font-size: 16px; margin: 0; } .hl-job__actions { display: flex; gap: 8px; align-items: flex-start; position: relative; }
.hl-grid__actions, .hl-grid [role=gridcell] { position: relative; } .hl-menu { position: absolute; top: 36px; right: 0; z-index: 5; display: flex; flex-direction: column; border: 1px solid #c8ced6; border-radius: 8px; background: #fff; box-shadow: 0 6px 18px rgba(0,0,0,.15); padding: 4px 0; min-width: 180px; }
.hl-menu button { border: none; background: none; text-align: left; padding: 6px 12px; cursor: pointer; font-size: 14px; } .hl-pages { display: flex; gap: 10px; margin: 16px 0; }
.hl-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e3e6ea; margin: 10px 0; } .hl-tabs button { border: none; background: none; padding: 8px 12px; cursor: pointer; } .hl-toolbar { display: flex; gap: 10px; align-items: center; margin: 10px 0; }
.hl-grid { display: flex; flex-direction: column; } .hl-grid [role=row] { display: grid; grid-template-columns: 40px 1.6fr 0.8fr 0.6fr 0.5fr 0.4fr 1.2fr; gap: 8px; padding: 8px 0; border-bottom: 1px solid #e3e6ea; align-items: start; }
.hl-grid--notify [role=row] { grid-template-columns: 2fr 1fr 1fr 1fr; } .hl-card .hl-grid:not(.hl-grid--notify) [role=row] { grid-template-columns: 1.2fr 2fr 1.2fr 1fr; } .hl-grid__actions { display: flex; gap: 6px; align-items: flex-start; } .hl-sub { font-size: 12px; color: #555; }
.hl-badge { font-size: 12px; background: #e8f0fb; border-radius: 8px; padding: 1px 6px; } .hl-form input, .hl-form textarea, .hl-form select, .hl-card input, .hl-card select { padding: 7px 10px; border: 1px solid #c8ced6; border-radius: 6px; font-size: 14px; }
.hl-form > input, .hl-form > textarea, .hl-card > input { display: block; margin: 8px 0; } .hl-row { display: flex; gap: 12px; margin: 8px 0; align-items: center; } .hl-actions { display: flex; gap: 10px; margin: 12px 0; align-items: center; }
.hl-slots__day { margin: 6px 0; } .hl-slots__day span { display: inline-block; width: 150px; } .hl-slot { margin-right: 6px; padding: 4px 8px; border: 1px solid #c8ced6; background: #fff; border-radius: 6px; }
.hl-card { border: 1px solid #e3e6ea; border-radius: 12px; padding: 16px; margin-bottom: 16px; } .hl-list { list-style: none; padding: 0; } .hl-list li { margin: 6px 0; } .hl-minis { list-style: none; padding: 0; } .hl-mini { margin: 8px 0; }
.hl-crumbs a { margin-right: 4px; } .hl-footer { border-top: 1px solid #e3e6ea; padding: 16px 24px; } .hl-footer ul { list-style: none; display: flex; gap: 16px; padding: 0; margin: 0; align-items: center; }
"""


def render():
    return {
        "v1": {"search.html": search_v1(), "job.html": job_v1(), "pipeline.html": pipeline_v1(), "interview.html": interview_v1(),
               "settings.html": settings_v1(), "style.css": STYLE},
        "v2": {"search.html": search_v2(), "job.html": job_v2(), "pipeline.html": pipeline_v2(), "interview.html": interview_v2(),
               "settings.html": settings_v2(), "app.css": APP_CSS},
        "v3": {"search.html": search_v3(), "job.html": job_v3(), "pipeline.html": pipeline_v3(), "interview.html": interview_v3(),
               "settings.html": settings_v3(), "hl.css": HL_CSS},
    }
