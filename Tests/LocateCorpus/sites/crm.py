"""CRM: "Pipewell", a sales CRM for a small B2B sales team (the user is Dana Okafor, an account
executive; the company page is Northwind Logistics). Three versions of contacts, company, deals,
activity and settings.

v1  older-era server-rendered app (Struts/JSP-style `frmContacts_` / `crm_` ids, layout tables):
    a header table with text links (Contacts, Companies, Deals, Activities, Settings), a "Search
    Pipewell" box with "Go" and "Log out"; contacts with a filter table (Search contacts, Owner and
    Lifecycle stage selects, an "Only my contacts" checkbox, Filter / Clear links), "Add contact",
    "Import CSV" and "Export" links, a contacts table sorted by last contacted with an unlabelled
    checkbox and text "Email" / "Call" / "Log activity" / "Edit" / "Delete" per row, a "Select all"
    checkbox, "Delete selected" and an "Assign owner" select with "Apply", numbered pages with
    "Next »", and a quick-add table (First name, Last name, Email, Phone, Company, Lifecycle stage,
    "Save contact"); the company page (Northwind Logistics) with a details table (Company name,
    Website, Industry, Employees, Annual revenue, Phone, Account owner), billing and shipping
    address tables with the same labels (Street, City, Postcode, Country), "Save company" /
    "Cancel", a related-contacts table with "Remove from company" per row and "Add contact to
    company", an open-deals table with "View deal" per row, a note box with "Pin to top" and "Save
    note", "Merge companies" / "Delete company" links; the deals board as a layout table of stage
    columns (Qualified, Proposal, Negotiation, Won) with text "Edit" / "Next stage" / "Mark lost"
    per deal, Pipeline / Owner / Closing selects with "Filter", "Board view" / "List view" links
    and an add-deal table (Deal name, Company, Value, Stage, Expected close date, Owner, "Create
    deal", "Cancel"); activities with a tasks table (an unlabelled done checkbox, "Edit" /
    "Delete" per row, "Show completed tasks", a Due select), a "Log an activity" table (Type,
    Subject, Date, Time, Duration, Contact, Notes, "Create follow-up task", "Log activity"), an
    add-task table (Task, Due date, Priority, Assign to, "Add task") and a recent-activity list
    with "View" per entry; settings with profile (First name, Last name, Email, Phone, Time zone,
    "Upload photo", "Save profile"), a notification matrix of unlabelled Email / In-app checkboxes
    per event and a digest select with "Save preferences", pipeline stages with "Rename" /
    "Delete" per stage and a new-stage box with "Add stage", integrations with "Connect" /
    "Disconnect" per service, a change-password table and "Delete workspace".
v2  React rewrite: a top bar with a "Search" searchbox, test ids repeated on every row and card
    (`contact-row`, `row-email`, `deal-card`, `card-edit`, `task-complete`, `stage-rename`,
    `integration-connect`); contacts sorted by name with Sofia Lindqvist and Daniel Kim gone and
    Marcus Bellamy (look-alike of Marcus Bell) and Ines Duarte new, a "Filter contacts" box, Owner
    and Stage custom comboboxes, a "My contacts" toggle chip, stage chips in rows, icon buttons
    named only "Send email" / "Call", a "Log activity" button per row and "More actions" on every
    row with Priya Raman's menu open (Edit, Merge, Delete), "New contact" a link styled as a button,
    bulk actions with an "Owner" combobox, pages as "Page 2" buttons, quick add as a "Quick add"
    fieldset (Given name, Family name, Work email, Phone number, Company, a Stage combobox) and
    "Save" beside a "Save view" button; the company page with "Follow", a "Company details"
    fieldset (Company name, Domain, Industry combobox, Company size, Annual revenue (USD), Main
    phone, Owner), "Billing address" / "Shipping address" fieldsets with the same reworded labels
    (Address line 1, Town / City, Postal code, Country combobox), a new "Same as billing address"
    checkbox, two "Save" buttons (details, note), people as cards (Daniel Kim gone, Lena Park new)
    with icon buttons named "Remove from company", deals with "Open" links and the look-alike
    "Fleet tracking renewal (EU)", "Delete company" a link styled as a button; the deals board
    with columns as sections, deals re-sorted by value, Security add-on and Annual support gone,
    Fleet tracking renewal (EU) and POS integration new, icon buttons "Edit deal" / "Move to next
    stage" / "More actions" on every card with Clinic rollout's menu open (Mark as won, Mark as lost, Delete),
    an "Add deal" button in every column, Pipeline / Owner comboboxes and a "Closing this month"
    chip, a segmented Board / List, the add-deal form as a "New deal" fieldset (Deal title,
    Company, Amount (USD), Stage combobox, Close date, Owner combobox, "Create", "Cancel" a link
    styled as a button); activities with tasks as a list (Prepare demo gone, "Send revised
    proposal to Lumen Dental" and "Call Priya about onboarding" new) each with a checkbox named
    "Mark complete" and icons "Edit task" / "Delete task", a "Show completed" chip, the log form
    as a fieldset (Type radios Call / Email / Meeting, Subject, When, Duration combobox, Related
    contact combobox, Notes, follow-up checkbox) with "Save", the add-task fieldset (Title, Due,
    priority chips, Assignee combobox) with another "Save", the timeline with icon "Open" buttons;
    settings with a side nav, "Work email" / "Mobile", a Time zone combobox, notification rows with
    checkboxes named only "Email" / "In-app", stages as cards with icon "Rename stage" / "Delete
    stage", integration cards with "Connect" three times (a new HubSpot import), three "Show password" buttons, two "Save"
    buttons, "Delete workspace" a link styled as a button.
v3  design-system / accessibility pass: a skip link, placeholders instead of labels, icon
    buttons named after their row or card; contacts as role=grid with All / My contacts /
    Recently viewed tabs, Marcus Bell gone while Marcus Bellamy stays, the look-alike Priya Ramani
    new, "Email <name>" / "Call <name>" / "Log activity for <name>" / "Actions for <name>" (Hannah Webb's menu open:
    Edit contact, Merge with…, Delete contact) and a per-row checkbox "Select <name>", filters in a sidebar (an Owner select, a Stage select, an
    "Include unsubscribed" switch), Export moved to the footer, pagination replaced by "Load more
    contacts", quick add in an open "New contact" dialog with placeholders and "Create contact";
    the company page with Overview / People / Deals / Notes tabs, the details with placeholders,
    the shipping address and "Same as billing" gone, "Remove <name> from Northwind Logistics"
    icons, Elena Petrova gone, the original Fleet tracking renewal gone while the (EU) one stays,
    notes moved to a sidebar with a "Pin note" switch and "Add note", "Merge companies" gone,
    "Delete company" in a danger zone at the bottom; deals with Board / List tabs, the List tab as
    role=grid, the Won column gone, "Edit <deal>" / "Move <deal> to next stage" / "Actions for
    <deal>" with Studio licences' menu open, "Stage for <deal>" selects, filters as selects and a "Closing this
    month" switch, new deal in an open dialog with placeholders and "Create deal"; activities with
    Tasks / Timeline tabs (the timeline panel not rendered), "Follow up with Marcus Bell" gone,
    "Complete <task>" checkboxes and "Edit <task>" / "Delete <task>", a "Show completed" switch,
    add task as one placeholder box with "Add", the log form in an open "Log activity" dialog with
    a Type select and placeholders; settings with Account / Workspace tabs (Workspace panel, with
    stages and integrations, not rendered), "Email me about <event>" / "Notify me in Pipewell about
    <event>" switches, "Show current password" etc., a two-factor switch, "Save changes" twice
    (profile, notifications) and "Delete workspace" in the footer.
"""
from common import attrs, e, page


def M(key, **kw):
    return attrs(data__expect=key, **kw)


CUR = ' aria-current="page"'


def options(values, selected=None):
    return "".join(f"<option{' selected' if v == selected else ''}>{e(v)}</option>" for v in values)


# id, first, last, title, company, email, phone, owner, stage, last contacted
CONTACTS = [
    (301, "Priya", "Raman", "Head of Operations", "Northwind Logistics", "priya.raman@northwind.io", "(415) 555-0142", "Dana Okafor", "Customer", "Today"),
    (302, "Marcus", "Bell", "CFO", "Alder & Finch", "mbell@alderfinch.com", "(312) 555-0178", "Dana Okafor", "Opportunity", "Yesterday"),
    (303, "Sofia", "Lindqvist", "IT Manager", "Brightwave Media", "sofia@brightwave.tv", "(646) 555-0111", "Luis Moreno", "Lead", "Mar 3"),
    (304, "Tomás", "Ortega", "Procurement Lead", "Corvid Systems", "t.ortega@corvid.dev", "(206) 555-0190", "Dana Okafor", "Opportunity", "Mar 1"),
    (305, "Hannah", "Webb", "CEO", "Lumen Dental", "hannah@lumendental.com", "(503) 555-0163", "Luis Moreno", "Opportunity", "Feb 27"),
    (306, "Daniel", "Kim", "Office Manager", "Northwind Logistics", "daniel.kim@northwind.io", "(415) 555-0157", "Dana Okafor", "Customer", "Feb 20"),
    (307, "Grace", "Adeyemi", "VP Sales", "Tallyho Foods", "grace.a@tallyho.com", "(737) 555-0125", "Ama Boateng", "Lead", "Feb 14"),
    (308, "Oliver", "Grant", "Facilities Director", "Brightwave Media", "ogrant@brightwave.tv", "(646) 555-0199", "Ama Boateng", "Subscriber", "Jan 30"),
]
NEW_V2 = [
    (311, "Marcus", "Bellamy", "Controller", "Harbor Coffee Co.", "marcus@harborcoffee.com", "(617) 555-0133", "Luis Moreno", "Lead", "Mar 4"),
    (312, "Ines", "Duarte", "Operations Director", "Corvid Systems", "ines.duarte@corvid.dev", "(206) 555-0148", "Dana Okafor", "Opportunity", "Mar 2"),
]
NEW_V3 = [(313, "Priya", "Ramani", "Buyer", "Tallyho Foods", "p.ramani@tallyho.com", "(737) 555-0170", "Ama Boateng", "Lead", "Mar 5")]
GONE_V2 = {303, 306}
GONE_V3 = {303, 306, 302}
CBY = {c[0]: c for c in CONTACTS + NEW_V2 + NEW_V3}
OWNERS = ["Dana Okafor", "Luis Moreno", "Ama Boateng"]
STAGES = ["Subscriber", "Lead", "Opportunity", "Customer"]


def full(cid):
    c = CBY[cid]
    return f"{c[1]} {c[2]}"


def contacts_v2_order():
    ids = [c[0] for c in CONTACTS if c[0] not in GONE_V2] + [c[0] for c in NEW_V2]
    return sorted(ids, key=lambda i: (CBY[i][1], CBY[i][2]))


def contacts_v3_order():
    ids = [c[0] for c in CONTACTS if c[0] not in GONE_V3] + [c[0] for c in NEW_V2] + [c[0] for c in NEW_V3]
    return sorted(ids, key=lambda i: (CBY[i][2], CBY[i][1]))


# company page people: id -> (name, role)
PEOPLE = {301: ("Priya Raman", "Head of Operations"), 306: ("Daniel Kim", "Office Manager"),
          321: ("Ravi Shah", "Fleet Manager"), 322: ("Elena Petrova", "Accounts Payable"),
          323: ("Lena Park", "Regional Director")}
PEOPLE_V1 = [301, 306, 321, 322]
PEOPLE_V2 = [322, 323, 301, 321]
PEOPLE_V3 = [301, 323, 321]

# id, title, company, value, stage, close date, owner
DEALS = [
    (501, "Fleet tracking renewal", "Northwind Logistics", 48000, "Proposal", "Mar 28", "Dana Okafor"),
    (502, "Audit suite", "Alder & Finch", 22500, "Qualified", "Apr 15", "Dana Okafor"),
    (503, "Studio licences", "Brightwave Media", 15000, "Negotiation", "Mar 21", "Luis Moreno"),
    (504, "Security add-on", "Corvid Systems", 9800, "Qualified", "May 2", "Dana Okafor"),
    (505, "Clinic rollout", "Lumen Dental", 36000, "Proposal", "Apr 8", "Luis Moreno"),
    (506, "Warehouse pilot", "Tallyho Foods", 12400, "Negotiation", "Mar 30", "Ama Boateng"),
    (507, "Driver app expansion", "Northwind Logistics", 18000, "Qualified", "Jun 10", "Dana Okafor"),
    (508, "Annual support", "Brightwave Media", 7200, "Won", "Feb 28", "Luis Moreno"),
]
DEALS_NEW_V2 = [
    (511, "Fleet tracking renewal (EU)", "Northwind Logistics", 26000, "Proposal", "Apr 30", "Dana Okafor"),
    (512, "POS integration", "Harbor Coffee Co.", 14500, "Qualified", "Apr 22", "Luis Moreno"),
]
DEALS_GONE_V2 = {504, 508}
DEALS_GONE_V3 = {504, 508, 501}
DBY = {d[0]: d for d in DEALS + DEALS_NEW_V2}
COLUMNS = ["Qualified", "Proposal", "Negotiation", "Won"]


def money(n):
    return f"${n:,}"


def deals_in(stage, gone, extra, sort_value=False):
    ds = [d for d in DEALS if d[0] not in gone] + extra
    ds = [d for d in ds if d[4] == stage]
    if sort_value:
        ds.sort(key=lambda d: -d[3])
    return ds


# id, title, due, related
TASKS = [
    (701, "Call Priya about renewal terms", "Today", "Priya Raman"),
    (702, "Send proposal to Lumen Dental", "Tomorrow", "Hannah Webb"),
    (703, "Follow up with Marcus Bell", "Mar 9", "Marcus Bell"),
    (704, "Prepare demo for Corvid Systems", "Mar 10", "Tomás Ortega"),
    (705, "Book onsite visit at Tallyho Foods", "Mar 14", "Grace Adeyemi"),
]
TASKS_NEW_V2 = [(711, "Send revised proposal to Lumen Dental", "Mar 8", "Hannah Webb"),
                (712, "Call Priya about onboarding", "Mar 12", "Priya Raman")]
TASKS_V2 = [701, 711, 702, 703, 712, 705]
TASKS_V3 = [701, 702, 711, 712, 705]
TBY = {t[0]: t for t in TASKS + TASKS_NEW_V2}

# timeline: key, text
TIMELINE = [("tl-1", "Call with Priya Raman — renewal pricing (25 min)"),
            ("tl-2", "Email sent to Marcus Bell — audit suite proposal"),
            ("tl-3", "Meeting with Hannah Webb — clinic rollout kickoff")]

NOTIFY = [("stage", "Deal stage changes"), ("task", "Task reminders"), ("lead", "New lead assigned to me"),
          ("mention", "Someone mentions me")]
PIPE_STAGES = ["Qualified", "Proposal", "Negotiation", "Won", "Lost"]
INTEGRATIONS = [("gmail", "Gmail", False), ("slack", "Slack", False), ("mailchimp", "Mailchimp", True)]
COUNTRIES = ["United States", "Canada", "Mexico", "United Kingdom", "Germany"]
INDUSTRIES = ["Logistics", "Finance", "Media", "Software", "Healthcare", "Food & beverage"]
SIZES = ["1-10", "11-50", "51-200", "201-1,000", "1,000+"]
ZONES = ["Pacific Time (US)", "Mountain Time (US)", "Central Time (US)", "Eastern Time (US)", "London"]


# -- v1 ------------------------------------------------------------------------------------------

def header_v1(current):
    links = [("contacts.html", "Contacts", "nav-contacts"), ("companies.jsp", "Companies", "nav-companies"),
             ("deals.html", "Deals", "nav-deals"), ("activity.html", "Activities", "nav-activity"),
             ("settings.html", "Settings", "nav-settings")]
    items = " | ".join((f"<b>{t}</b>" if k == current else "") + (f'<a href="{h}" id="crm_menu_{k[4:]}"{M(k)}>{t}</a>' if k != current else "")
                       for h, t, k in links)
    return f"""<table id="crm_header" width="100%" cellpadding="4"><tr>
  <td class="crm_logo"><b>PIPEWELL</b> <small>CRM 4.2</small></td>
  <td class="crm_menu">{items}</td>
  <td class="crm_search"><form action="search.jsp" id="frmGlobal"><label for="frmGlobal_q">Search Pipewell</label>
    <input type="text" id="frmGlobal_q" name="q" size="18"{M("global-search")}> <input type="submit" id="frmGlobal_go" value="Go"{M("global-go")}></form></td>
  <td class="crm_user">Dana Okafor &middot; <a href="logout.jsp" id="crm_logout"{M("logout")}>Log out</a></td>
</tr></table>"""


def footer_v1():
    return f"""<div id="crm_footer">Pipewell CRM &copy; 2009&ndash;2026 &middot; <a href="help.jsp"{M("help")}>Help</a> &middot; <a href="privacy.jsp">Privacy</a></div>"""


def contacts_v1():
    rows = ""
    for c in CONTACTS:
        cid, first, last, title, comp, email, phone, owner, stage, when = c
        rows += f"""
    <tr class="{'odd' if cid % 2 else 'even'}" id="frmContacts_row_{cid}">
      <td><input type="checkbox" name="sel" value="{cid}" id="frmContacts_sel_{cid}"{M(f"select-{cid}")}></td>
      <td><a href="contact.jsp?id={cid}" id="frmContacts_name_{cid}"{M(f"name-{cid}")}>{e(first)} {e(last)}</a><br><small>{e(title)}</small></td>
      <td>{e(comp)}</td><td>{e(email)}</td><td>{e(phone)}</td><td>{e(owner)}</td><td>{stage}</td><td>{when}</td>
      <td class="actions"><a href="mailto:{e(email)}"{M(f"email-{cid}")}>Email</a> |
        <a href="tel:{e(phone)}"{M(f"call-{cid}")}>Call</a> |
        <a href="activity.html?contact={cid}"{M(f"log-{cid}")}>Log activity</a> |
        <a href="contact_edit.jsp?id={cid}"{M(f"edit-{cid}")}>Edit</a> |
        <a href="contact_delete.jsp?id={cid}" class="danger"{M(f"delete-{cid}")}>Delete</a></td>
    </tr>"""
    body = f"""{header_v1("nav-contacts")}
<div id="crm_body">
<h1>Contacts</h1>
<form id="frmFilter" action="contacts.html">
<table class="crm_filter" cellpadding="3"><tr>
  <td><label for="frmFilter_q">Search contacts</label><br><input type="text" id="frmFilter_q" name="q" size="24"{M("search")}></td>
  <td><label for="frmFilter_owner">Owner</label><br><select id="frmFilter_owner" name="owner"{M("filter-owner")}>{options(["All owners"] + OWNERS)}</select></td>
  <td><label for="frmFilter_stage">Lifecycle stage</label><br><select id="frmFilter_stage" name="stage"{M("filter-stage")}>{options(["All stages"] + STAGES)}</select></td>
  <td><br><input type="checkbox" id="frmFilter_mine" name="mine"{M("filter-mine")}> <label for="frmFilter_mine">Only my contacts</label></td>
  <td><br><input type="submit" id="frmFilter_apply" value="Filter"{M("filter-apply")}> <a href="contacts.html" id="frmFilter_clear"{M("filter-reset")}>Clear</a></td>
</tr></table>
</form>
<p class="crm_toolbar"><a href="contact_new.jsp" id="crm_add_contact"{M("add-contact")}>Add contact</a> &middot;
  <a href="import.jsp" id="crm_import"{M("import")}>Import CSV</a> &middot; <a href="export.jsp?type=contacts" id="crm_export"{M("export")}>Export</a></p>
<form id="frmContacts" action="contacts_bulk.jsp">
<table class="crm_grid" width="100%" cellspacing="0" cellpadding="4" border="1">
  <tr><th><input type="checkbox" id="frmContacts_all" title="Select all"{M("select-all")}></th><th>Name</th><th>Company</th><th>Email</th><th>Phone</th><th>Owner</th><th>Stage</th><th>Last contacted</th><th>Actions</th></tr>{rows}
</table>
<p><input type="submit" name="delete" id="frmContacts_delete" value="Delete selected"{M("bulk-delete")}>
  &nbsp; <label for="frmContacts_assign">Assign owner</label> <select id="frmContacts_assign" name="assign"{M("bulk-owner")}>{options(["-- choose --"] + OWNERS)}</select>
  <input type="submit" name="apply" id="frmContacts_assignBtn" value="Apply"{M("bulk-apply")}></p>
</form>
<p class="crm_pager">Page: <b>1</b> <a href="?p=2"{M("page-2")}>2</a> <a href="?p=3"{M("page-3")}>3</a> <a href="?p=2"{M("page-next")}>Next &raquo;</a></p>
<h2>Quick add contact</h2>
<form id="frmQuick" action="contact_save.jsp">
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmQuick_first">First name</label></td><td><input type="text" id="frmQuick_first" name="first"{M("qa-first")}></td>
      <td><label for="frmQuick_last">Last name</label></td><td><input type="text" id="frmQuick_last" name="last"{M("qa-last")}></td></tr>
  <tr><td><label for="frmQuick_email">Email</label></td><td><input type="text" id="frmQuick_email" name="email"{M("qa-email")}></td>
      <td><label for="frmQuick_phone">Phone</label></td><td><input type="text" id="frmQuick_phone" name="phone"{M("qa-phone")}></td></tr>
  <tr><td><label for="frmQuick_company">Company</label></td><td><input type="text" id="frmQuick_company" name="company"{M("qa-company")}></td>
      <td><label for="frmQuick_stage">Lifecycle stage</label></td><td><select id="frmQuick_stage" name="stage"{M("qa-stage")}>{options(STAGES, "Lead")}</select></td></tr>
  <tr><td></td><td colspan="3"><input type="submit" id="frmQuick_save" value="Save contact"{M("qa-save")}></td></tr>
</table>
</form>
</div>
{footer_v1()}"""
    return page("Contacts - Pipewell CRM", body)


def addr_v1(prefix, title):
    p = prefix
    return f"""<h3>{title}</h3>
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmCompany_{p}Street">Street</label></td><td><input type="text" id="frmCompany_{p}Street" name="{p}_street" size="30"{M(f"{p}-street")}></td></tr>
  <tr><td><label for="frmCompany_{p}City">City</label></td><td><input type="text" id="frmCompany_{p}City" name="{p}_city"{M(f"{p}-city")}></td></tr>
  <tr><td><label for="frmCompany_{p}Zip">Postcode</label></td><td><input type="text" id="frmCompany_{p}Zip" name="{p}_zip" size="10"{M(f"{p}-postcode")}></td></tr>
  <tr><td><label for="frmCompany_{p}Country">Country</label></td><td><select id="frmCompany_{p}Country" name="{p}_country"{M(f"{p}-country")}>{options(COUNTRIES)}</select></td></tr>
</table>"""


def company_v1():
    people = ""
    for pid in PEOPLE_V1:
        name, role = PEOPLE[pid]
        people += f"""
    <tr><td><a href="contact.jsp?id={pid}"{M(f"rc-name-{pid}")}>{name}</a></td><td>{role}</td>
      <td><a href="company_unlink.jsp?c={pid}"{M(f"rc-remove-{pid}")}>Remove from company</a></td></tr>"""
    deals = ""
    for did in (501, 507):
        d = DBY[did]
        deals += f"""
    <tr><td>{d[1]}</td><td>{money(d[3])}</td><td>{d[4]}</td><td>{d[5]}</td><td><a href="deal.jsp?id={did}"{M(f"cd-view-{did}")}>View deal</a></td></tr>"""
    body = f"""{header_v1("nav-companies")}
<div id="crm_body">
<p class="crm_crumbs"><a href="companies.jsp"{M("crumb-companies")}>Companies</a> &raquo; Northwind Logistics</p>
<h1>Northwind Logistics</h1>
<form id="frmCompany" action="company_save.jsp">
<table width="100%"><tr><td valign="top" width="50%">
<h3>Company details</h3>
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmCompany_name">Company name</label></td><td><input type="text" id="frmCompany_name" name="name" value="Northwind Logistics" size="30"{M("co-name")}></td></tr>
  <tr><td><label for="frmCompany_web">Website</label></td><td><input type="text" id="frmCompany_web" name="web" value="northwind.io"{M("co-domain")}></td></tr>
  <tr><td><label for="frmCompany_industry">Industry</label></td><td><select id="frmCompany_industry" name="industry"{M("co-industry")}>{options(INDUSTRIES, "Logistics")}</select></td></tr>
  <tr><td><label for="frmCompany_size">Employees</label></td><td><select id="frmCompany_size" name="size"{M("co-size")}>{options(SIZES, "201-1,000")}</select></td></tr>
  <tr><td><label for="frmCompany_revenue">Annual revenue</label></td><td><input type="text" id="frmCompany_revenue" name="revenue"{M("co-revenue")}></td></tr>
  <tr><td><label for="frmCompany_phone">Phone</label></td><td><input type="text" id="frmCompany_phone" name="phone"{M("co-phone")}></td></tr>
  <tr><td><label for="frmCompany_owner">Account owner</label></td><td><select id="frmCompany_owner" name="owner"{M("co-owner")}>{options(OWNERS)}</select></td></tr>
</table>
</td><td valign="top">
{addr_v1("bill", "Billing address")}
{addr_v1("ship", "Shipping address")}
</td></tr></table>
<p><input type="submit" id="frmCompany_save" value="Save company"{M("co-save")}> <a href="companies.jsp" id="frmCompany_cancel"{M("co-cancel")}>Cancel</a></p>
</form>
<h2>Contacts at this company</h2>
<table class="crm_grid" cellpadding="4" border="1" cellspacing="0">
  <tr><th>Name</th><th>Job title</th><th></th></tr>{people}
</table>
<p><a href="company_link.jsp"{M("rc-add")}>Add contact to company</a></p>
<h2>Open deals</h2>
<table class="crm_grid" cellpadding="4" border="1" cellspacing="0">
  <tr><th>Deal</th><th>Value</th><th>Stage</th><th>Close</th><th></th></tr>{deals}
</table>
<p><a href="deal_new.jsp?company=northwind"{M("cd-new")}>New deal for this company</a></p>
<h2>Notes</h2>
<form id="frmNote" action="note_save.jsp">
<textarea id="frmNote_text" name="text" rows="4" cols="60" title="Note"{M("note-text")}></textarea><br>
<input type="checkbox" id="frmNote_pin" name="pin"{M("note-pin")}> <label for="frmNote_pin">Pin to top</label>
<input type="submit" id="frmNote_save" value="Save note"{M("note-save")}>
</form>
<p class="crm_admin"><a href="company_merge.jsp"{M("merge")}>Merge companies</a> &middot; <a href="company_delete.jsp" class="danger"{M("delete-company")}>Delete company</a></p>
</div>
{footer_v1()}"""
    return page("Northwind Logistics - Pipewell CRM", body)


def deals_v1():
    cols = ""
    for stage in COLUMNS:
        boxes = ""
        for d in deals_in(stage, set(), []):
            did, title, comp, val, _, close, owner = d
            acts = f"""<a href="deal_edit.jsp?id={did}"{M(f"dedit-{did}")}>Edit</a>"""
            if stage != "Won":
                acts += f""" | <a href="deal_move.jsp?id={did}"{M(f"dnext-{did}")}>Next stage</a> | <a href="deal_lost.jsp?id={did}"{M(f"dlost-{did}")}>Mark lost</a>"""
            boxes += f"""
      <table class="crm_deal" width="100%" id="deal_{did}"><tr><td>
        <a href="deal.jsp?id={did}" class="crm_deal_title"{M(f"deal-{did}")}>{title}</a><br>
        {comp}<br><b>{money(val)}</b> &middot; closes {close}<br><small>{owner}</small><br>
        {acts}
      </td></tr></table>"""
        cols += f"""
    <td valign="top" class="crm_col" width="25%"><h3>{stage}</h3>{boxes}</td>"""
    body = f"""{header_v1("nav-deals")}
<div id="crm_body">
<h1>Deals</h1>
<form id="frmDealFilter" action="deals.html">
<table cellpadding="3"><tr>
  <td><label for="frmDealFilter_pipeline">Pipeline</label> <select id="frmDealFilter_pipeline"{M("f-pipeline")}>{options(["New business", "Renewals", "Partners"])}</select></td>
  <td><label for="frmDealFilter_owner">Owner</label> <select id="frmDealFilter_owner"{M("f-owner")}>{options(["Everyone"] + OWNERS)}</select></td>
  <td><label for="frmDealFilter_closing">Closing</label> <select id="frmDealFilter_closing"{M("f-closing")}>{options(["Any time", "This month", "Next month", "This quarter"])}</select></td>
  <td><input type="submit" id="frmDealFilter_go" value="Filter"{M("f-apply")}></td>
  <td><a href="deals.html"{M("view-board")}>Board view</a> | <a href="deals.html?list=1"{M("view-list")}>List view</a></td>
</tr></table>
</form>
<p>Total open pipeline: <b>$162,900</b> &middot; <a href="#adddeal"{M("add-deal")}>Add deal</a></p>
<table id="crm_board" width="100%" cellpadding="6"><tr>{cols}
</tr></table>
<h2 id="adddeal">Add deal</h2>
<form id="frmDeal" action="deal_save.jsp">
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmDeal_name">Deal name</label></td><td><input type="text" id="frmDeal_name" name="name" size="30"{M("nd-name")}></td></tr>
  <tr><td><label for="frmDeal_company">Company</label></td><td><input type="text" id="frmDeal_company" name="company"{M("nd-company")}></td></tr>
  <tr><td><label for="frmDeal_value">Value ($)</label></td><td><input type="text" id="frmDeal_value" name="value" size="10"{M("nd-value")}></td></tr>
  <tr><td><label for="frmDeal_stage">Stage</label></td><td><select id="frmDeal_stage" name="stage"{M("nd-stage")}>{options(COLUMNS)}</select></td></tr>
  <tr><td><label for="frmDeal_close">Expected close date</label></td><td><input type="text" id="frmDeal_close" name="close" size="10"{M("nd-close")}> <small>mm/dd/yyyy</small></td></tr>
  <tr><td><label for="frmDeal_owner">Owner</label></td><td><select id="frmDeal_owner" name="owner"{M("nd-owner")}>{options(OWNERS)}</select></td></tr>
  <tr><td></td><td><input type="submit" id="frmDeal_save" value="Create deal"{M("nd-submit")}> <input type="reset" id="frmDeal_cancel" value="Cancel"{M("nd-cancel")}></td></tr>
</table>
</form>
</div>
{footer_v1()}"""
    return page("Deals - Pipewell CRM", body)


def activity_v1():
    rows = ""
    for tid, title, due, rel in TASKS:
        rows += f"""
    <tr><td><input type="checkbox" name="done" value="{tid}" id="frmTasks_done_{tid}"{M(f"tdone-{tid}")}></td>
      <td>{title}</td><td>{due}</td><td>{rel}</td>
      <td><a href="task_edit.jsp?id={tid}"{M(f"tedit-{tid}")}>Edit</a> | <a href="task_delete.jsp?id={tid}" class="danger"{M(f"tdelete-{tid}")}>Delete</a></td></tr>"""
    tl = "".join(f'<li>{t} &middot; <a href="activity.jsp?id={k}"{M(k)}>View</a></li>' for k, t in TIMELINE)
    contacts = [f"{c[1]} {c[2]}" for c in CONTACTS]
    body = f"""{header_v1("nav-activity")}
<div id="crm_body">
<h1>Activities &amp; tasks</h1>
<table width="100%"><tr><td valign="top" width="55%">
<h2>My tasks</h2>
<form id="frmTasks">
<p><input type="checkbox" id="frmTasks_completed" name="completed"{M("show-completed")}> <label for="frmTasks_completed">Show completed tasks</label>
  &nbsp; <label for="frmTasks_due">Due</label> <select id="frmTasks_due"{M("tf-due")}>{options(["Any time", "Overdue", "Today", "This week"])}</select></p>
<table class="crm_grid" width="100%" cellpadding="4" border="1" cellspacing="0">
  <tr><th>Done</th><th>Task</th><th>Due</th><th>Related to</th><th></th></tr>{rows}
</table>
</form>
<h2>Add task</h2>
<form id="frmAddTask">
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmAddTask_title">Task</label></td><td><input type="text" id="frmAddTask_title" size="34"{M("at-title")}></td></tr>
  <tr><td><label for="frmAddTask_due">Due date</label></td><td><input type="text" id="frmAddTask_due" size="10"{M("at-due")}></td></tr>
  <tr><td><label for="frmAddTask_priority">Priority</label></td><td><select id="frmAddTask_priority"{M("at-priority")}>{options(["Low", "Normal", "High"], "Normal")}</select></td></tr>
  <tr><td><label for="frmAddTask_assignee">Assign to</label></td><td><select id="frmAddTask_assignee"{M("at-assignee")}>{options(OWNERS)}</select></td></tr>
  <tr><td></td><td><input type="submit" id="frmAddTask_save" value="Add task"{M("at-submit")}></td></tr>
</table>
</form>
</td><td valign="top">
<h2>Log an activity</h2>
<form id="frmLog">
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmLog_type">Type</label></td><td><select id="frmLog_type"{M("la-type")}>{options(["Call", "Email", "Meeting", "Note"])}</select></td></tr>
  <tr><td><label for="frmLog_subject">Subject</label></td><td><input type="text" id="frmLog_subject" size="30"{M("la-subject")}></td></tr>
  <tr><td><label for="frmLog_date">Date</label></td><td><input type="text" id="frmLog_date" size="10"{M("la-date")}></td></tr>
  <tr><td><label for="frmLog_time">Time</label></td><td><input type="text" id="frmLog_time" size="6"{M("la-time")}></td></tr>
  <tr><td><label for="frmLog_duration">Duration</label></td><td><select id="frmLog_duration"{M("la-duration")}>{options(["15 min", "30 min", "45 min", "1 hour", "2 hours"])}</select></td></tr>
  <tr><td><label for="frmLog_contact">Contact</label></td><td><select id="frmLog_contact"{M("la-contact")}>{options(contacts)}</select></td></tr>
  <tr><td><label for="frmLog_notes">Notes</label></td><td><textarea id="frmLog_notes" rows="4" cols="30"{M("la-notes")}></textarea></td></tr>
  <tr><td></td><td><input type="checkbox" id="frmLog_followup"{M("la-followup")}> <label for="frmLog_followup">Create follow-up task</label></td></tr>
  <tr><td></td><td><input type="submit" id="frmLog_save" value="Log activity"{M("la-submit")}></td></tr>
</table>
</form>
<h2>Recent activity</h2>
<ul class="crm_timeline">{tl}</ul>
</td></tr></table>
</div>
{footer_v1()}"""
    return page("Activities - Pipewell CRM", body)


def settings_v1():
    matrix = ""
    for k, label in NOTIFY:
        matrix += f"""
    <tr><td>{label}</td><td align="center"><input type="checkbox" id="frmNotify_{k}_email" name="{k}_email" checked{M(f"n-{k}-email")}></td>
      <td align="center"><input type="checkbox" id="frmNotify_{k}_app" name="{k}_app"{M(f"n-{k}-app")}></td></tr>"""
    stages = ""
    for s in PIPE_STAGES:
        k = s.lower()
        stages += f"""
    <tr><td>{s}</td><td><a href="stage_rename.jsp?s={k}"{M(f"st-rename-{k}")}>Rename</a> | <a href="stage_delete.jsp?s={k}" class="danger"{M(f"st-delete-{k}")}>Delete</a></td></tr>"""
    ints = ""
    for k, name, on in INTEGRATIONS:
        ints += f"""
    <tr><td><b>{name}</b></td><td>{'Connected as dana@pipewell.app' if on else 'Not connected'}</td>
      <td><input type="button" id="frmInt_{k}" value="{'Disconnect' if on else 'Connect'}"{M(f"int-{k}")}></td></tr>"""
    body = f"""{header_v1("nav-settings")}
<div id="crm_body">
<h1>Settings</h1>
<form id="frmProfile">
<h2>My profile</h2>
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmProfile_first">First name</label></td><td><input type="text" id="frmProfile_first" value="Dana"{M("p-first")}></td></tr>
  <tr><td><label for="frmProfile_last">Last name</label></td><td><input type="text" id="frmProfile_last" value="Okafor"{M("p-last")}></td></tr>
  <tr><td><label for="frmProfile_email">Email</label></td><td><input type="text" id="frmProfile_email" value="dana@pipewell.app"{M("p-email")}></td></tr>
  <tr><td><label for="frmProfile_phone">Phone</label></td><td><input type="text" id="frmProfile_phone"{M("p-phone")}></td></tr>
  <tr><td><label for="frmProfile_tz">Time zone</label></td><td><select id="frmProfile_tz"{M("p-tz")}>{options(ZONES, "Pacific Time (US)")}</select></td></tr>
  <tr><td>Photo</td><td><a href="photo_upload.jsp"{M("p-photo")}>Upload photo</a></td></tr>
  <tr><td></td><td><input type="submit" id="frmProfile_save" value="Save profile"{M("p-save")}></td></tr>
</table>
</form>
<form id="frmNotify">
<h2>Notifications</h2>
<table class="crm_grid" cellpadding="4" border="1" cellspacing="0">
  <tr><th>Event</th><th>Email</th><th>In-app</th></tr>{matrix}
</table>
<p><label for="frmNotify_digest">Daily digest</label> <select id="frmNotify_digest"{M("n-digest")}>{options(["Off", "7:00 am", "9:00 am", "5:00 pm"], "9:00 am")}</select></p>
<p><input type="submit" id="frmNotify_save" value="Save preferences"{M("n-save")}></p>
</form>
<h2>Pipeline stages</h2>
<table class="crm_grid" cellpadding="4" border="1" cellspacing="0">{stages}
</table>
<p><label for="frmStage_new">New stage</label> <input type="text" id="frmStage_new"{M("st-new")}> <input type="button" id="frmStage_add" value="Add stage"{M("st-add")}></p>
<h2>Integrations</h2>
<table class="crm_grid" cellpadding="4" border="1" cellspacing="0">{ints}
</table>
<form id="frmPassword">
<h2>Change password</h2>
<table class="crm_form" cellpadding="3">
  <tr><td><label for="frmPassword_current">Current password</label></td><td><input type="password" id="frmPassword_current"{M("pw-current")}></td></tr>
  <tr><td><label for="frmPassword_new">New password</label></td><td><input type="password" id="frmPassword_new"{M("pw-new")}></td></tr>
  <tr><td><label for="frmPassword_confirm">Confirm new password</label></td><td><input type="password" id="frmPassword_confirm"{M("pw-confirm")}></td></tr>
  <tr><td></td><td><input type="checkbox" id="frmPassword_twofa"{M("twofa")}> <label for="frmPassword_twofa">Enable two-factor authentication</label></td></tr>
  <tr><td></td><td><input type="submit" id="frmPassword_save" value="Change password"{M("pw-change")}></td></tr>
</table>
</form>
<p class="crm_admin"><a href="workspace_delete.jsp" class="danger"{M("delete-ws")}>Delete workspace</a></p>
</div>
{footer_v1()}"""
    return page("Settings - Pipewell CRM", body)


# -- v2 ------------------------------------------------------------------------------------------

def shell_v2(current, main):
    links = [("contacts.html", "Contacts", "nav-contacts"), ("companies.html", "Companies", "nav-companies"),
             ("deals.html", "Deals", "nav-deals"), ("activity.html", "Activities", "nav-activity")]
    nav = "".join(f'<a href="{h}" class="topnav__link{" is-active" if k == current else ""}"{CUR if k == current else ""}{M(k)}>{t}</a>' for h, t, k in links)
    return f"""<header class="topbar">
  <a href="contacts.html" class="brand">Pipewell</a>
  <nav class="topnav" aria-label="Main">{nav}</nav>
  <input type="search" class="input topbar__search" aria-label="Search" placeholder="Search Pipewell" data-testid="global-search"{M("global-search")}>
  <div class="topbar__right">
    <a href="settings.html" class="icon-link" aria-label="Settings"{M("nav-settings")}>&#9881;</a>
    <button class="avatar" aria-label="Account menu" data-testid="account-menu"{M("account-menu")}>DO</button>
    <a href="logout" class="topnav__link"{M("logout")}>Sign out</a>
  </div>
</header>
<main class="page">
{main}
</main>
<footer class="footer"><span>Pipewell</span><a href="help.html"{M("help")}>Help centre</a><a href="privacy.html">Privacy</a></footer>"""


def contacts_v2():
    rows = ""
    for cid in contacts_v2_order():
        _, first, last, title, comp, email, phone, owner, stage, when = CBY[cid]
        menu = ""
        if cid == 301:
            menu = f"""
          <div class="menu" role="menu" aria-label="Actions for this contact">
            <button role="menuitem" class="menu__item"{M(f"edit-{cid}")}>Edit</button>
            <button role="menuitem" class="menu__item"{M("merge-301")}>Merge</button>
            <button role="menuitem" class="menu__item menu__item--danger"{M(f"delete-{cid}")}>Delete</button>
          </div>"""
        rows += f"""
    <tr data-testid="contact-row">
      <td><input type="checkbox" aria-label="Select row" data-testid="row-select"{M(f"select-{cid}")}></td>
      <td><a href="contact/{cid}" class="cell-name" data-testid="contact-name"{M(f"name-{cid}")}>{e(first)} {e(last)}</a><div class="muted">{e(title)}</div></td>
      <td>{e(comp)}</td><td><span class="chip">{stage}</span></td><td>{e(owner)}</td><td class="muted">{when}</td>
      <td><div class="row-actions">
        <button class="icon-btn" aria-label="Send email" data-testid="row-email"{M(f"email-{cid}")}>&#9993;</button>
        <button class="icon-btn" aria-label="Call" data-testid="row-call"{M(f"call-{cid}")}>&#9742;</button>
        <button class="btn btn--sm" data-testid="row-log"{M(f"log-{cid}")}>Log activity</button>
        <button class="icon-btn" aria-label="More actions" aria-haspopup="menu" aria-expanded="{'true' if cid == 301 else 'false'}" data-testid="row-more"{M(f"more-{cid}")}>&#8943;</button>{menu}
      </div></td>
    </tr>"""
    stages = "".join(f'<button class="chip chip--toggle" aria-pressed="false">{s}</button>' for s in STAGES)
    main = f"""<div class="page-head">
  <h1>Contacts</h1>
  <a href="contacts/new" class="btn btn--primary" data-testid="new-contact"{M("add-contact")}>New contact</a>
  <button class="btn" data-testid="import"{M("import")}>Import</button>
  <button class="btn" data-testid="export"{M("export")}>Export</button>
</div>
<section class="filters" aria-label="Filters">
  <input type="search" class="input" placeholder="Filter contacts" aria-label="Filter contacts" data-testid="contacts-filter"{M("search")}>
  <button role="combobox" aria-expanded="false" aria-label="Owner" class="combo" data-testid="owner-filter"{M("filter-owner")}>Any owner &#9662;</button>
  <button role="combobox" aria-expanded="false" aria-label="Stage" class="combo" data-testid="stage-filter"{M("filter-stage")}>Any stage &#9662;</button>
  <button class="chip chip--toggle" aria-pressed="false"{M("filter-mine")}>My contacts</button>
  <button class="btn btn--link"{M("filter-reset")}>Reset</button>
  <button class="btn btn--secondary" data-testid="save-view"{M("save-view")}>Save view</button>
</section>
<div class="bulkbar">
  <label class="check"><input type="checkbox" data-testid="select-all"{M("select-all")}> Select all</label>
  <span id="lbl-bulk-owner" class="muted">Owner</span>
  <button role="combobox" aria-expanded="false" aria-labelledby="lbl-bulk-owner" class="combo combo--sm"{M("bulk-owner")}>Assign to&hellip; &#9662;</button>
  <button class="btn btn--sm"{M("bulk-apply")}>Apply</button>
  <button class="btn btn--sm btn--danger"{M("bulk-delete")}>Delete</button>
</div>
<table class="table" data-testid="contacts-table">
  <thead><tr><th></th><th>Name</th><th>Company</th><th>Stage</th><th>Owner</th><th>Last contacted</th><th><span class="sr-only">Actions</span></th></tr></thead>
  <tbody>{rows}
  </tbody>
</table>
<nav class="pager" aria-label="Pagination">
  <button class="pager__btn is-current" aria-current="page" aria-label="Page 1">1</button>
  <button class="pager__btn" aria-label="Page 2"{M("page-2")}>2</button>
  <button class="pager__btn" aria-label="Page 3"{M("page-3")}>3</button>
  <button class="pager__btn" aria-label="Next page"{M("page-next")}>&rsaquo;</button>
</nav>
<form class="card" data-testid="quick-add">
  <fieldset>
    <legend>Quick add</legend>
    <div class="grid3">
      <div class="field"><label for="qa-first">Given name</label><input id="qa-first" class="input" data-testid="qa-first"{M("qa-first")}></div>
      <div class="field"><label for="qa-last">Family name</label><input id="qa-last" class="input" data-testid="qa-last"{M("qa-last")}></div>
      <div class="field"><label for="qa-email">Work email</label><input id="qa-email" type="email" class="input"{M("qa-email")}></div>
      <div class="field"><label for="qa-phone">Phone number</label><input id="qa-phone" type="tel" class="input"{M("qa-phone")}></div>
      <div class="field"><label for="qa-company">Company</label><input id="qa-company" class="input"{M("qa-company")}></div>
      <div class="field"><span class="field__label" id="lbl-qa-stage">Stage</span>
        <button role="combobox" aria-expanded="false" aria-labelledby="lbl-qa-stage" class="combo"{M("qa-stage")}>Lead &#9662;</button></div>
    </div>
  </fieldset>
  <div class="form-actions"><button type="submit" class="btn btn--primary" data-testid="qa-save"{M("qa-save")}>Save</button></div>
</form>"""
    return page("Contacts · Pipewell", shell_v2("nav-contacts", main), css="app.css")


def addr_v2(p, legend):
    return f"""<fieldset class="card">
  <legend>{legend}</legend>
  <div class="field"><label for="{p}-line1">Address line 1</label><input id="{p}-line1" class="input" data-testid="address-line1"{M(f"{p}-street")}></div>
  <div class="grid2">
    <div class="field"><label for="{p}-city">Town / City</label><input id="{p}-city" class="input" data-testid="address-city"{M(f"{p}-city")}></div>
    <div class="field"><label for="{p}-zip">Postal code</label><input id="{p}-zip" class="input" data-testid="address-postal"{M(f"{p}-postcode")}></div>
  </div>
  <div class="field"><span class="field__label" id="lbl-{p}-country">Country</span>
    <button role="combobox" aria-expanded="false" aria-labelledby="lbl-{p}-country" class="combo" data-testid="address-country"{M(f"{p}-country")}>United States &#9662;</button></div>
</fieldset>"""


def company_v2():
    people = ""
    for pid in PEOPLE_V2:
        name, role = PEOPLE[pid]
        people += f"""
      <li class="person" data-testid="person-card">
        <span class="avatar avatar--sm">{name[0]}</span>
        <div><a href="contact/{pid}"{M(f"rc-name-{pid}")}>{name}</a><div class="muted">{role}</div></div>
        <button class="icon-btn" aria-label="Remove from company" data-testid="person-remove"{M(f"rc-remove-{pid}")}>&times;</button>
      </li>"""
    deals = ""
    for did in (501, 511, 507):
        d = DBY[did]
        deals += f"""
      <li class="deal-line" data-testid="company-deal"><span class="deal-line__title">{d[1]}</span> <span class="muted">{money(d[3])} &middot; {d[4]}</span>
        <a href="deal/{did}" class="btn btn--link"{M(f"cd-view-{did}")}>Open</a></li>"""
    main = f"""<nav class="crumbs" aria-label="Breadcrumb"><a href="companies.html"{M("crumb-companies")}>Companies</a> / Northwind Logistics</nav>
<div class="page-head">
  <h1>Northwind Logistics</h1>
  <button class="btn" aria-pressed="false" data-testid="follow"{M("follow")}>Follow</button>
  <button class="btn" data-testid="merge"{M("merge")}>Merge</button>
</div>
<div class="cols">
  <form class="company-form" data-testid="company-form">
    <fieldset class="card">
      <legend>Company details</legend>
      <div class="field"><label for="co-name">Company name</label><input id="co-name" class="input" value="Northwind Logistics"{M("co-name")}></div>
      <div class="field"><label for="co-domain">Domain</label><input id="co-domain" class="input" value="northwind.io"{M("co-domain")}></div>
      <div class="grid2">
        <div class="field"><span class="field__label" id="lbl-industry">Industry</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-industry" class="combo"{M("co-industry")}>Logistics &#9662;</button></div>
        <div class="field"><label for="co-size">Company size</label><select id="co-size" class="input"{M("co-size")}>{options(SIZES, "201-1,000")}</select></div>
      </div>
      <div class="field"><label for="co-rev">Annual revenue (USD)</label><input id="co-rev" class="input" inputmode="numeric"{M("co-revenue")}></div>
      <div class="field"><label for="co-phone">Main phone</label><input id="co-phone" type="tel" class="input"{M("co-phone")}></div>
      <div class="field"><label for="co-owner">Owner</label><select id="co-owner" class="input"{M("co-owner")}>{options(OWNERS)}</select></div>
    </fieldset>
    {addr_v2("bill", "Billing address")}
    <label class="check"><input type="checkbox" data-testid="same-as-billing"{M("same-as-billing")}> Same as billing address</label>
    {addr_v2("ship", "Shipping address")}
    <div class="form-actions">
      <button type="submit" class="btn btn--primary" data-testid="save"{M("co-save")}>Save</button>
      <a href="companies.html" class="btn btn--ghost"{M("co-cancel")}>Cancel</a>
    </div>
  </form>
  <div>
    <section class="card">
      <div class="card-head"><h2>People</h2><button class="btn btn--sm" data-testid="add-person"{M("rc-add")}>Add person</button></div>
      <ul class="people">{people}
      </ul>
    </section>
    <section class="card">
      <div class="card-head"><h2>Deals</h2><a href="deals/new?company=northwind" class="btn btn--sm btn--primary"{M("cd-new")}>New deal</a></div>
      <ul class="deal-lines">{deals}
      </ul>
    </section>
    <section class="card">
      <h2>Notes</h2>
      <textarea class="input input--wide" rows="4" aria-label="Add a note" placeholder="Write a note&hellip;" data-testid="note-text"{M("note-text")}></textarea>
      <div class="form-actions">
        <label class="check"><input type="checkbox"{M("note-pin")}> Pin note</label>
        <button class="btn btn--primary" data-testid="save"{M("note-save")}>Save</button>
      </div>
    </section>
    <a href="companies/northwind/delete" class="btn btn--danger"{M("delete-company")}>Delete company</a>
  </div>
</div>"""
    return page("Northwind Logistics · Pipewell", shell_v2("nav-companies", main), css="app.css")


def deals_v2():
    cols = ""
    for stage in COLUMNS:
        cards = ""
        for d in deals_in(stage, DEALS_GONE_V2, DEALS_NEW_V2, sort_value=True):
            did, title, comp, val, _, close, owner = d
            menu = ""
            if did == 505:
                menu = f"""
          <div class="menu" role="menu" aria-label="Deal actions">
            <button role="menuitem" class="menu__item"{M(f"dwon-{did}")}>Mark as won</button>
            <button role="menuitem" class="menu__item"{M(f"dlost-{did}")}>Mark as lost</button>
            <button role="menuitem" class="menu__item menu__item--danger"{M(f"ddelete-{did}")}>Delete</button>
          </div>"""
            nxt = "" if stage == "Won" else f"""
          <button class="icon-btn" aria-label="Move to next stage" data-testid="card-next"{M(f"dnext-{did}")}>&rarr;</button>"""
            cards += f"""
      <article class="deal-card" data-testid="deal-card">
        <a href="deal/{did}" class="deal-card__title"{M(f"deal-{did}")}>{title}</a>
        <div class="muted">{comp}</div>
        <div class="deal-card__meta"><b>{money(val)}</b> <span class="chip">{close}</span></div>
        <div class="row-actions">
          <button class="icon-btn" aria-label="Edit deal" data-testid="card-edit"{M(f"dedit-{did}")}>&#9998;</button>{nxt}
          <button class="icon-btn" aria-label="More actions" aria-haspopup="menu" aria-expanded="{'true' if did == 505 else 'false'}" data-testid="card-more"{M(f"dmore-{did}")}>&#8943;</button>{menu}
        </div>
      </article>"""
        cols += f"""
  <section class="column" aria-label="{stage}">
    <h2 class="column__title">{stage}</h2>{cards}
    <button class="btn btn--ghost btn--block" data-testid="column-add"{M(f"col-add-{stage.lower()}")}>+ Add deal</button>
  </section>"""
    main = f"""<div class="page-head">
  <h1>Deals</h1>
  <div class="segmented" role="group" aria-label="View">
    <button class="segmented__btn is-on" aria-pressed="true"{M("view-board")}>Board</button>
    <button class="segmented__btn" aria-pressed="false"{M("view-list")}>List</button>
  </div>
  <button class="btn btn--primary" data-testid="new-deal"{M("add-deal")}>New deal</button>
</div>
<section class="filters" aria-label="Filters">
  <button role="combobox" aria-expanded="false" aria-label="Pipeline" class="combo"{M("f-pipeline")}>New business &#9662;</button>
  <button role="combobox" aria-expanded="false" aria-label="Owner" class="combo"{M("f-owner")}>Everyone &#9662;</button>
  <button class="chip chip--toggle" aria-pressed="false"{M("f-closing")}>Closing this month</button>
</section>
<div class="board">{cols}
</div>
<form class="card" data-testid="deal-form">
  <fieldset>
    <legend>New deal</legend>
    <div class="grid3">
      <div class="field"><label for="nd-name">Deal title</label><input id="nd-name" class="input"{M("nd-name")}></div>
      <div class="field"><label for="nd-company">Company</label><input id="nd-company" class="input"{M("nd-company")}></div>
      <div class="field"><label for="nd-value">Amount (USD)</label><input id="nd-value" class="input" inputmode="numeric"{M("nd-value")}></div>
      <div class="field"><span class="field__label" id="lbl-nd-stage">Stage</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-nd-stage" class="combo"{M("nd-stage")}>Qualified &#9662;</button></div>
      <div class="field"><label for="nd-close">Close date</label><input id="nd-close" type="date" class="input"{M("nd-close")}></div>
      <div class="field"><span class="field__label" id="lbl-nd-owner">Owner</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-nd-owner" class="combo"{M("nd-owner")}>Dana Okafor &#9662;</button></div>
    </div>
  </fieldset>
  <div class="form-actions"><button type="submit" class="btn btn--primary"{M("nd-submit")}>Create</button><a href="deals.html" class="btn btn--ghost"{M("nd-cancel")}>Cancel</a></div>
</form>"""
    return page("Deals · Pipewell", shell_v2("nav-deals", main), css="app.css")


def activity_v2():
    items = ""
    for tid in TASKS_V2:
        _, title, due, rel = TBY[tid]
        items += f"""
    <li class="task" data-testid="task-item">
      <input type="checkbox" aria-label="Mark complete" data-testid="task-complete"{M(f"tdone-{tid}")}>
      <div class="task__body"><span class="task__title">{title}</span><div class="muted">Due {due} &middot; {rel}</div></div>
      <button class="icon-btn" aria-label="Edit task" data-testid="task-edit"{M(f"tedit-{tid}")}>&#9998;</button>
      <button class="icon-btn" aria-label="Delete task" data-testid="task-delete"{M(f"tdelete-{tid}")}>&#128465;</button>
    </li>"""
    tl = "".join(f'<li class="tl-item">{t} <button class="icon-btn" aria-label="Open" data-testid="timeline-open"{M(k)}>&#8599;</button></li>' for k, t in TIMELINE)
    main = f"""<h1>Activities</h1>
<div class="cols">
  <div>
    <section class="card">
      <div class="card-head"><h2>Tasks</h2>
        <button class="chip chip--toggle" aria-pressed="false"{M("show-completed")}>Show completed</button>
        <button role="combobox" aria-expanded="false" aria-label="Due" class="combo combo--sm"{M("tf-due")}>Any time &#9662;</button></div>
      <ul class="tasks">{items}
      </ul>
    </section>
    <form class="card" data-testid="task-form">
      <fieldset>
        <legend>New task</legend>
        <div class="field"><label for="at-title">Title</label><input id="at-title" class="input"{M("at-title")}></div>
        <div class="grid2">
          <div class="field"><label for="at-due">Due</label><input id="at-due" type="date" class="input"{M("at-due")}></div>
          <div class="field"><span class="field__label" id="lbl-at-assignee">Assignee</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-at-assignee" class="combo"{M("at-assignee")}>Dana Okafor &#9662;</button></div>
        </div>
        <div class="chips" role="radiogroup" aria-label="Priority">
          <button role="radio" aria-checked="false" class="chip chip--toggle"{M("at-priority-low")}>Low</button>
          <button role="radio" aria-checked="true" class="chip chip--toggle"{M("at-priority-normal")}>Normal</button>
          <button role="radio" aria-checked="false" class="chip chip--toggle"{M("at-priority-high")}>High</button>
        </div>
      </fieldset>
      <div class="form-actions"><button type="submit" class="btn btn--primary" data-testid="save"{M("at-submit")}>Save</button></div>
    </form>
  </div>
  <div>
    <form class="card" data-testid="log-form">
      <fieldset>
        <legend>Log activity</legend>
        <div class="radios" role="radiogroup" aria-label="Type">
          <label class="radio"><input type="radio" name="la-type" checked{M("la-type-call")}> Call</label>
          <label class="radio"><input type="radio" name="la-type"{M("la-type-email")}> Email</label>
          <label class="radio"><input type="radio" name="la-type"{M("la-type-meeting")}> Meeting</label>
        </div>
        <div class="field"><label for="la-subject">Subject</label><input id="la-subject" class="input"{M("la-subject")}></div>
        <div class="field"><label for="la-when">When</label><input id="la-when" type="datetime-local" class="input"{M("la-date")}></div>
        <div class="field"><span class="field__label" id="lbl-la-duration">Duration</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-la-duration" class="combo"{M("la-duration")}>30 min &#9662;</button></div>
        <div class="field"><span class="field__label" id="lbl-la-contact">Related contact</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-la-contact" class="combo"{M("la-contact")}>Choose a contact &#9662;</button></div>
        <div class="field"><label for="la-notes">Notes</label><textarea id="la-notes" class="input" rows="4"{M("la-notes")}></textarea></div>
        <label class="check"><input type="checkbox"{M("la-followup")}> Create a follow-up task</label>
      </fieldset>
      <div class="form-actions"><button type="submit" class="btn btn--primary" data-testid="save"{M("la-submit")}>Save</button></div>
    </form>
    <section class="card">
      <h2>Timeline</h2>
      <ul class="timeline">{tl}</ul>
    </section>
  </div>
</div>"""
    return page("Activities · Pipewell", shell_v2("nav-activity", main), css="app.css")


def settings_v2():
    notif = ""
    for k, label in NOTIFY:
        notif += f"""
      <div class="notif-row" data-testid="notification-row"><span class="notif-row__label">{label}</span>
        <label class="check"><input type="checkbox" checked data-testid="notify-email"{M(f"n-{k}-email")}> Email</label>
        <label class="check"><input type="checkbox" data-testid="notify-app"{M(f"n-{k}-app")}> In-app</label></div>"""
    stages = ""
    for s in PIPE_STAGES:
        k = s.lower()
        stages += f"""
      <li class="stage-card" data-testid="stage-card"><span>{s}</span>
        <button class="icon-btn" aria-label="Rename stage" data-testid="stage-rename"{M(f"st-rename-{k}")}>&#9998;</button>
        <button class="icon-btn" aria-label="Delete stage" data-testid="stage-delete"{M(f"st-delete-{k}")}>&#128465;</button></li>"""
    ints = ""
    for k, name, on in INTEGRATIONS + [("hubspot", "HubSpot import", False)]:
        ints += f"""
      <div class="int-card" data-testid="integration-card"><b>{name}</b> <span class="muted">{'Connected' if on else 'Not connected'}</span>
        <button class="btn btn--sm{' btn--secondary' if on else ''}" data-testid="integration-connect"{M(f"int-{k}")}>{'Disconnect' if on else 'Connect'}</button></div>"""

    def pw(key, label, idn):
        return f"""<div class="field"><label for="{idn}">{label}</label><div class="row"><input id="{idn}" type="password" class="input"{M(key)}>
          <button type="button" class="btn btn--ghost btn--sm" data-testid="show-password"{M(key + "-show")}>Show password</button></div></div>"""
    main = f"""<div class="account">
<nav class="sidenav" aria-label="Settings">
  <a href="#profile" class="sidenav__item is-active"{M("sn-profile")}>Profile</a>
  <a href="#notifications" class="sidenav__item"{M("sn-notifications")}>Notifications</a>
  <a href="#pipeline" class="sidenav__item"{M("sn-pipeline")}>Pipeline</a>
  <a href="#integrations" class="sidenav__item"{M("sn-integrations")}>Integrations</a>
  <a href="#security" class="sidenav__item"{M("sn-security")}>Security</a>
</nav>
<div class="account__main">
<h1>Settings</h1>
<form class="card" id="profile">
  <fieldset><legend>Profile</legend>
    <div class="grid2">
      <div class="field"><label for="p-first">First name</label><input id="p-first" class="input" value="Dana"{M("p-first")}></div>
      <div class="field"><label for="p-last">Last name</label><input id="p-last" class="input" value="Okafor"{M("p-last")}></div>
      <div class="field"><label for="p-email">Work email</label><input id="p-email" type="email" class="input" value="dana@pipewell.app"{M("p-email")}></div>
      <div class="field"><label for="p-phone">Mobile</label><input id="p-phone" type="tel" class="input"{M("p-phone")}></div>
    </div>
    <div class="field"><span class="field__label" id="lbl-tz">Time zone</span><button role="combobox" aria-expanded="false" aria-labelledby="lbl-tz" class="combo"{M("p-tz")}>Pacific Time (US) &#9662;</button></div>
    <button type="button" class="btn btn--secondary btn--sm"{M("p-photo")}>Change photo</button>
  </fieldset>
  <div class="form-actions"><button type="submit" class="btn btn--primary" data-testid="save"{M("p-save")}>Save</button></div>
</form>
<form class="card" id="notifications">
  <fieldset><legend>Notifications</legend>{notif}
    <div class="field"><label for="n-digest">Daily digest</label><select id="n-digest" class="input"{M("n-digest")}>{options(["Off", "7:00 am", "9:00 am", "5:00 pm"], "9:00 am")}</select></div>
  </fieldset>
  <div class="form-actions"><button type="submit" class="btn btn--primary" data-testid="save"{M("n-save")}>Save</button></div>
</form>
<section class="card" id="pipeline">
  <h2>Pipeline stages</h2>
  <ul class="stages">{stages}
  </ul>
  <div class="row"><input class="input" aria-label="Stage name" placeholder="New stage name"{M("st-new")}><button class="btn"{M("st-add")}>Add stage</button></div>
</section>
<section class="card" id="integrations">
  <h2>Integrations</h2>{ints}
</section>
<form class="card" id="security">
  <fieldset><legend>Password</legend>
    {pw("pw-current", "Current password", "pw-current")}
    {pw("pw-new", "New password", "pw-new")}
    {pw("pw-confirm", "Repeat new password", "pw-confirm")}
  </fieldset>
  <label class="check"><input type="checkbox"{M("twofa")}> Two-factor authentication</label>
  <div class="form-actions"><button type="submit" class="btn btn--primary"{M("pw-change")}>Update password</button></div>
</form>
<a href="workspace/delete" class="btn btn--danger"{M("delete-ws")}>Delete workspace</a>
</div>
</div>"""
    return page("Settings · Pipewell", shell_v2(None, main), css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def shell_v3(current, main, overlay="", foot=""):
    links = [("contacts.html", "Contacts", "nav-contacts"), ("companies.html", "Companies", "nav-companies"),
             ("deals.html", "Deals", "nav-deals"), ("activity.html", "Activities", "nav-activity"),
             ("settings.html", "Settings", "nav-settings")]
    nav = "".join(f'<li><a href="{h}" class="ds-nav__link"{CUR if k == current else ""}{M(k)}>{t}</a></li>' for h, t, k in links)
    return f"""<a href="#main" class="skip">Skip to content</a>
<header class="ds-header">
  <a href="contacts.html" class="ds-brand">Pipewell</a>
  <nav aria-label="Primary"><ul class="ds-nav">{nav}</ul></nav>
  <input type="search" class="ds-input" placeholder="Search everything&hellip;" data-testid="global-search"{M("global-search")}>
  <button class="ds-iconbtn" aria-label="Notifications"{M("bell")}><span class="ico"></span></button>
  <button class="ds-avatar" aria-label="Dana Okafor, account"{M("account-menu")}>DO</button>
</header>
<main id="main" class="ds-main">
{main}
</main>
<footer class="ds-footer">{foot}<a href="help.html"{M("help")}>Help</a><a href="privacy.html">Privacy</a><a href="logout"{M("logout")}>Sign out</a></footer>
{overlay}"""


def contacts_v3():
    rows = ""
    for cid in contacts_v3_order():
        _, first, last, title, comp, email, phone, owner, stage, when = CBY[cid]
        n = f"{first} {last}"
        menu = ""
        if cid == 305:
            menu = f"""
          <div class="ds-menu" role="menu" aria-label="Actions for {e(n)}">
            <button role="menuitem"{M(f"edit-{cid}")}>Edit contact</button>
            <button role="menuitem"{M("merge-305")}>Merge with&hellip;</button>
            <button role="menuitem"{M(f"delete-{cid}")}>Delete contact</button>
          </div>"""
        rows += f"""
    <div role="row" class="ds-grid__row">
      <span role="gridcell" class="ds-cell"><input type="checkbox" aria-label="Select {e(n)}"{M(f"select-{cid}")}></span>
      <span role="gridcell" class="ds-cell"><a href="contact/{cid}"{M(f"name-{cid}")}>{e(n)}</a><br><span class="ds-muted">{e(title)}</span></span>
      <span role="gridcell" class="ds-cell">{e(comp)}</span>
      <span role="gridcell" class="ds-cell">{stage}</span>
      <span role="gridcell" class="ds-cell">{e(owner)}</span>
      <span role="gridcell" class="ds-cell ds-cell--actions">
        <button class="ds-iconbtn" aria-label="Email {e(n)}"{M(f"email-{cid}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Call {e(n)}"{M(f"call-{cid}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Log activity for {e(n)}"{M(f"log-{cid}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Actions for {e(n)}" aria-haspopup="menu" aria-expanded="{'true' if cid == 305 else 'false'}"{M(f"more-{cid}")}><span class="ico"></span></button>{menu}
      </span>
    </div>"""
    main = f"""<div class="ds-head"><h1>Contacts</h1>
  <button class="ds-btn ds-btn--primary"{M("add-contact")}>New contact</button>
  <button class="ds-btn"{M("import")}>Import contacts</button></div>
<div class="ds-tabs" role="tablist" aria-label="Contact lists">
  <button role="tab" aria-selected="true"{M("tab-all")}>All contacts</button>
  <button role="tab" aria-selected="false"{M("filter-mine")}>My contacts</button>
  <button role="tab" aria-selected="false"{M("tab-recent")}>Recently viewed</button>
</div>
<div class="ds-layout">
  <aside class="ds-filters" aria-label="Filters">
    <h2>Filters</h2>
    <input type="search" class="ds-input" placeholder="Search contacts by name or email"{M("search")}>
    <select class="ds-input" aria-label="Owner"{M("filter-owner")}>{options(["Any owner"] + OWNERS)}</select>
    <select class="ds-input" aria-label="Lifecycle stage"{M("filter-stage")}>{options(["Any stage"] + STAGES)}</select>
    <label class="ds-switch"><input type="checkbox" role="switch"{M("filter-unsub")}> Include unsubscribed</label>
    <button class="ds-btn ds-btn--quiet"{M("filter-reset")}>Clear filters</button>
  </aside>
  <div class="ds-results">
    <div class="ds-row"><label class="ds-check"><input type="checkbox"{M("select-all")}> Select all</label>
      <button class="ds-btn"{M("bulk-delete")}>Delete selected</button></div>
    <div role="grid" class="ds-grid" aria-label="Contacts">
      <div role="row" class="ds-grid__row ds-grid__head"><span role="columnheader" class="ds-cell"></span><span role="columnheader" class="ds-cell">Name</span><span role="columnheader" class="ds-cell">Company</span><span role="columnheader" class="ds-cell">Stage</span><span role="columnheader" class="ds-cell">Owner</span><span role="columnheader" class="ds-cell">Actions</span></div>{rows}
    </div>
    <button class="ds-btn"{M("page-next")}>Load more contacts</button>
  </div>
</div>"""
    overlay = f"""<div class="ds-dialog" role="dialog" aria-modal="false" aria-labelledby="dlg-new-title">
  <div class="ds-dialog__head"><h2 id="dlg-new-title">New contact</h2><button class="ds-iconbtn" aria-label="Close dialog"{M("dlg-close")}><span class="ico"></span></button></div>
  <div class="ds-grid2">
    <input class="ds-input" placeholder="First name"{M("qa-first")}>
    <input class="ds-input" placeholder="Last name"{M("qa-last")}>
  </div>
  <input class="ds-input" type="email" placeholder="Email address"{M("qa-email")}>
  <input class="ds-input" type="tel" placeholder="Phone"{M("qa-phone")}>
  <input class="ds-input" placeholder="Company"{M("qa-company")}>
  <select class="ds-input" aria-label="Lifecycle stage for new contact"{M("qa-stage")}>{options(STAGES, "Lead")}</select>
  <div class="ds-dialog__foot"><button class="ds-btn"{M("dlg-cancel")}>Cancel</button><button class="ds-btn ds-btn--primary"{M("qa-save")}>Create contact</button></div>
</div>"""
    foot = f'<button class="ds-btn ds-btn--quiet"{M("export")}>Export contacts</button>'
    return page("Contacts — Pipewell", shell_v3("nav-contacts", main, overlay, foot), css="ds.css")


def company_v3():
    people = ""
    for pid in PEOPLE_V3:
        name, role = PEOPLE[pid]
        people += f"""
      <li class="ds-person"><a href="contact/{pid}"{M(f"rc-name-{pid}")}>{name}</a> <span class="ds-muted">{role}</span>
        <button class="ds-iconbtn" aria-label="Remove {name} from Northwind Logistics"{M(f"rc-remove-{pid}")}><span class="ico"></span></button></li>"""
    deals = ""
    for did in (511, 507):
        d = DBY[did]
        deals += f"""
      <li class="ds-dealline"><a href="deal/{did}"{M(f"cd-view-{did}")}>{d[1]}</a> <span class="ds-muted">{money(d[3])} &middot; {d[4]}</span></li>"""
    main = f"""<nav class="ds-crumbs" aria-label="Breadcrumb"><ol><li><a href="companies.html"{M("crumb-companies")}>Companies</a></li><li aria-current="page">Northwind Logistics</li></ol></nav>
<div class="ds-head"><h1>Northwind Logistics</h1>
  <button class="ds-btn" aria-pressed="true"{M("follow")}>Following</button></div>
<div class="ds-tabs" role="tablist" aria-label="Company sections">
  <button role="tab" aria-selected="true"{M("tab-overview")}>Overview</button>
  <button role="tab" aria-selected="false"{M("tab-people")}>People</button>
  <button role="tab" aria-selected="false"{M("tab-deals")}>Deals</button>
  <button role="tab" aria-selected="false"{M("tab-notes")}>Notes</button>
</div>
<div class="ds-layout">
  <div class="ds-results">
    <form class="ds-form">
      <h2>Details</h2>
      <input class="ds-input ds-input--lg" placeholder="Company name" value="Northwind Logistics"{M("co-name")}>
      <input class="ds-input ds-input--lg" placeholder="Website"  value="northwind.io"{M("co-domain")}>
      <div class="ds-grid2">
        <select class="ds-input" aria-label="Industry"{M("co-industry")}>{options(INDUSTRIES, "Logistics")}</select>
        <select class="ds-input" aria-label="Employees"{M("co-size")}>{options(SIZES, "201-1,000")}</select>
      </div>
      <input class="ds-input" placeholder="Annual revenue"{M("co-revenue")}>
      <input class="ds-input" type="tel" placeholder="Phone number"{M("co-phone")}>
      <select class="ds-input" aria-label="Account owner"{M("co-owner")}>{options(OWNERS)}</select>
      <h2>Billing address</h2>
      <input class="ds-input ds-input--lg" placeholder="Street address"{M("bill-street")}>
      <div class="ds-grid2">
        <input class="ds-input" placeholder="City"{M("bill-city")}>
        <input class="ds-input" placeholder="ZIP / Postcode"{M("bill-postcode")}>
      </div>
      <select class="ds-input" aria-label="Country"{M("bill-country")}>{options(COUNTRIES)}</select>
      <div class="ds-row"><button type="submit" class="ds-btn ds-btn--primary"{M("co-save")}>Save changes</button>
        <button type="button" class="ds-btn ds-btn--quiet"{M("co-cancel")}>Discard</button></div>
    </form>
    <section class="ds-panel"><div class="ds-row"><h2>People</h2><button class="ds-btn"{M("rc-add")}>Add person</button></div>
      <ul class="ds-list">{people}
      </ul></section>
    <section class="ds-panel"><div class="ds-row"><h2>Open deals</h2><button class="ds-btn"{M("cd-new")}>Create deal</button></div>
      <ul class="ds-list">{deals}
      </ul></section>
  </div>
  <aside class="ds-side" aria-label="Notes">
    <h2>Notes</h2>
    <textarea class="ds-input" rows="5" placeholder="Add a note about Northwind Logistics"{M("note-text")}></textarea>
    <label class="ds-switch"><input type="checkbox" role="switch"{M("note-pin")}> Pin note</label>
    <button class="ds-btn ds-btn--primary"{M("note-save")}>Add note</button>
  </aside>
</div>
<section class="ds-danger" aria-label="Danger zone"><h2>Danger zone</h2>
  <button class="ds-btn ds-btn--danger"{M("delete-company")}>Delete company</button></section>"""
    return page("Northwind Logistics — Pipewell", shell_v3("nav-companies", main), css="ds.css")


def deals_v3():
    ds = [d for d in DEALS if d[0] not in DEALS_GONE_V3] + DEALS_NEW_V2
    ds = [d for d in ds if d[4] != "Won"]
    ds.sort(key=lambda d: d[1])
    rows = ""
    for did, title, comp, val, stage, close, owner in ds:
        menu = ""
        if did == 503:
            menu = f"""
        <div class="ds-menu" role="menu" aria-label="Actions for {e(title)}">
          <button role="menuitem"{M(f"dwon-{did}")}>Mark as won</button>
          <button role="menuitem"{M(f"dlost-{did}")}>Mark as lost</button>
          <button role="menuitem"{M(f"ddelete-{did}")}>Delete deal</button>
        </div>"""
        rows += f"""
    <div role="row" class="ds-grid__row">
      <span role="gridcell" class="ds-cell"><a href="deal/{did}"{M(f"deal-{did}")}>{e(title)}</a></span>
      <span role="gridcell" class="ds-cell">{e(comp)}</span>
      <span role="gridcell" class="ds-cell">{money(val)}</span>
      <span role="gridcell" class="ds-cell"><select class="ds-input" aria-label="Stage for {e(title)}"{M(f"dstage-{did}")}>{options(["Qualified", "Proposal", "Negotiation"], stage)}</select></span>
      <span role="gridcell" class="ds-cell">{close}</span>
      <span role="gridcell" class="ds-cell ds-cell--actions">
        <button class="ds-iconbtn" aria-label="Edit {e(title)}"{M(f"dedit-{did}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Move {e(title)} to next stage"{M(f"dnext-{did}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Actions for {e(title)}" aria-haspopup="menu" aria-expanded="{'true' if did == 503 else 'false'}"{M(f"dmore-{did}")}><span class="ico"></span></button>{menu}
      </span>
    </div>"""
    main = f"""<div class="ds-head"><h1>Deals</h1><button class="ds-btn ds-btn--primary"{M("add-deal")}>New deal</button></div>
<div class="ds-tabs" role="tablist" aria-label="Deals view">
  <button role="tab" aria-selected="false"{M("view-board")}>Board</button>
  <button role="tab" aria-selected="true"{M("view-list")}>List</button>
</div>
<div class="ds-row">
  <select class="ds-input" aria-label="Pipeline"{M("f-pipeline")}>{options(["New business", "Renewals", "Partners"])}</select>
  <select class="ds-input" aria-label="Deal owner"{M("f-owner")}>{options(["Everyone"] + OWNERS)}</select>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("f-closing")}> Closing this month</label>
</div>
<div role="grid" class="ds-grid" aria-label="Open deals">
  <div role="row" class="ds-grid__row ds-grid__head"><span role="columnheader" class="ds-cell">Deal</span><span role="columnheader" class="ds-cell">Company</span><span role="columnheader" class="ds-cell">Value</span><span role="columnheader" class="ds-cell">Stage</span><span role="columnheader" class="ds-cell">Close date</span><span role="columnheader" class="ds-cell">Actions</span></div>{rows}
</div>"""
    overlay = f"""<div class="ds-dialog" role="dialog" aria-modal="false" aria-labelledby="dlg-deal-title">
  <div class="ds-dialog__head"><h2 id="dlg-deal-title">New deal</h2><button class="ds-iconbtn" aria-label="Close"{M("dlg-close")}><span class="ico"></span></button></div>
  <input class="ds-input" placeholder="Deal name"{M("nd-name")}>
  <input class="ds-input" placeholder="Company"{M("nd-company")}>
  <input class="ds-input" placeholder="Value in USD" inputmode="numeric"{M("nd-value")}>
  <select class="ds-input" aria-label="Stage"{M("nd-stage")}>{options(["Qualified", "Proposal", "Negotiation"])}</select>
  <input class="ds-input" type="date" aria-label="Expected close date"{M("nd-close")}>
  <select class="ds-input" aria-label="Owner"{M("nd-owner")}>{options(OWNERS)}</select>
  <div class="ds-dialog__foot"><button class="ds-btn"{M("nd-cancel")}>Cancel</button><button class="ds-btn ds-btn--primary"{M("nd-submit")}>Create deal</button></div>
</div>"""
    return page("Deals — Pipewell", shell_v3("nav-deals", main, overlay), css="ds.css")


def activity_v3():
    rows = ""
    for tid in TASKS_V3:
        _, title, due, rel = TBY[tid]
        rows += f"""
    <div role="row" class="ds-grid__row">
      <span role="gridcell" class="ds-cell"><input type="checkbox" aria-label="Complete {e(title)}"{M(f"tdone-{tid}")}></span>
      <span role="gridcell" class="ds-cell">{title}</span>
      <span role="gridcell" class="ds-cell">{due}</span>
      <span role="gridcell" class="ds-cell">{rel}</span>
      <span role="gridcell" class="ds-cell ds-cell--actions">
        <button class="ds-iconbtn" aria-label="Edit {e(title)}"{M(f"tedit-{tid}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Delete {e(title)}"{M(f"tdelete-{tid}")}><span class="ico"></span></button>
      </span>
    </div>"""
    contacts = [f"{c[1]} {c[2]}" for c in sorted(CONTACTS + NEW_V2, key=lambda c: c[2]) if c[0] not in GONE_V3]
    main = f"""<div class="ds-head"><h1>Activities</h1><button class="ds-btn ds-btn--primary"{M("log-open")}>Log activity</button></div>
<div class="ds-tabs" role="tablist" aria-label="Activities">
  <button role="tab" aria-selected="true"{M("tab-tasks")}>Tasks</button>
  <button role="tab" aria-selected="false"{M("tab-timeline")}>Timeline</button>
</div>
<div class="ds-row">
  <input class="ds-input ds-input--lg" placeholder="Add a task&hellip;"{M("at-title")}>
  <input class="ds-input" type="date" aria-label="Due date"{M("at-due")}>
  <select class="ds-input" aria-label="Priority"{M("at-priority")}>{options(["Low", "Normal", "High"], "Normal")}</select>
  <select class="ds-input" aria-label="Assign to"{M("at-assignee")}>{options(OWNERS)}</select>
  <button class="ds-btn"{M("at-submit")}>Add</button>
</div>
<div class="ds-row">
  <label class="ds-switch"><input type="checkbox" role="switch"{M("show-completed")}> Show completed</label>
  <select class="ds-input" aria-label="Due"{M("tf-due")}>{options(["Any time", "Overdue", "Today", "This week"])}</select>
</div>
<div role="grid" class="ds-grid" aria-label="Tasks">
  <div role="row" class="ds-grid__row ds-grid__head"><span role="columnheader" class="ds-cell">Done</span><span role="columnheader" class="ds-cell">Task</span><span role="columnheader" class="ds-cell">Due</span><span role="columnheader" class="ds-cell">Related to</span><span role="columnheader" class="ds-cell">Actions</span></div>{rows}
</div>"""
    overlay = f"""<div class="ds-dialog" role="dialog" aria-modal="false" aria-labelledby="dlg-log-title">
  <div class="ds-dialog__head"><h2 id="dlg-log-title">Log activity</h2><button class="ds-iconbtn" aria-label="Close"{M("dlg-close")}><span class="ico"></span></button></div>
  <select class="ds-input" aria-label="Activity type"{M("la-type")}>{options(["Call", "Email", "Meeting", "Note"])}</select>
  <input class="ds-input" placeholder="Subject"{M("la-subject")}>
  <div class="ds-grid2"><input class="ds-input" type="date" aria-label="Date"{M("la-date")}><input class="ds-input" type="time" aria-label="Time"{M("la-time")}></div>
  <select class="ds-input" aria-label="Duration"{M("la-duration")}>{options(["15 min", "30 min", "45 min", "1 hour", "2 hours"])}</select>
  <select class="ds-input" aria-label="Contact"{M("la-contact")}>{options(contacts)}</select>
  <textarea class="ds-input" rows="3" placeholder="What happened?"{M("la-notes")}></textarea>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("la-followup")}> Create follow-up task</label>
  <div class="ds-dialog__foot"><button class="ds-btn"{M("dlg-cancel")}>Cancel</button><button class="ds-btn ds-btn--primary"{M("la-submit")}>Save activity</button></div>
</div>"""
    return page("Activities — Pipewell", shell_v3("nav-activity", main, overlay), css="ds.css")


def settings_v3():
    notif = ""
    for k, label in NOTIFY:
        low = label[0].lower() + label[1:]
        notif += f"""
      <div class="ds-notif"><span class="ds-notif__label">{label}</span>
        <label class="ds-switch"><input type="checkbox" role="switch" checked aria-label="Email me about {low}"{M(f"n-{k}-email")}> Email</label>
        <label class="ds-switch"><input type="checkbox" role="switch" aria-label="Notify me in Pipewell about {low}"{M(f"n-{k}-app")}> In Pipewell</label></div>"""

    def pw(key, ph, show):
        return f"""<div class="ds-row"><input type="password" class="ds-input" placeholder="{ph}"{M(key)}>
        <button type="button" class="ds-iconbtn" aria-label="{show}"{M(key + "-show")}><span class="ico"></span></button></div>"""
    main = f"""<div class="ds-head"><h1>Settings</h1></div>
<div class="ds-tabs" role="tablist" aria-label="Settings">
  <button role="tab" aria-selected="true"{M("tab-account")}>Account</button>
  <button role="tab" aria-selected="false"{M("tab-workspace")}>Workspace</button>
</div>
<div role="tabpanel" aria-label="Account">
<form class="ds-form">
  <h2>Profile</h2>
  <div class="ds-grid2">
    <input class="ds-input" placeholder="First name" value="Dana"{M("p-first")}>
    <input class="ds-input" placeholder="Last name" value="Okafor"{M("p-last")}>
  </div>
  <input class="ds-input ds-input--lg" type="email" placeholder="Email" value="dana@pipewell.app"{M("p-email")}>
  <input class="ds-input" type="tel" placeholder="Phone number"{M("p-phone")}>
  <select class="ds-input" aria-label="Time zone"{M("p-tz")}>{options(ZONES, "Pacific Time (US)")}</select>
  <button type="button" class="ds-btn ds-btn--quiet"{M("p-photo")}>Change profile photo</button>
  <button type="submit" class="ds-btn ds-btn--primary"{M("p-save")}>Save changes</button>
</form>
<form class="ds-form">
  <h2>Notifications</h2>{notif}
  <select class="ds-input" aria-label="Daily digest"{M("n-digest")}>{options(["Off", "7:00 am", "9:00 am", "5:00 pm"], "9:00 am")}</select>
  <button type="submit" class="ds-btn ds-btn--primary"{M("n-save")}>Save changes</button>
</form>
<form class="ds-form">
  <h2>Security</h2>
  {pw("pw-current", "Current password", "Show current password")}
  {pw("pw-new", "New password", "Show new password")}
  {pw("pw-confirm", "Confirm new password", "Show confirmed password")}
  <label class="ds-switch"><input type="checkbox" role="switch"{M("twofa")}> Two-factor authentication</label>
  <button type="submit" class="ds-btn ds-btn--primary"{M("pw-change")}>Change password</button>
</form>
</div>"""
    foot = f'<button class="ds-btn ds-btn--danger"{M("delete-ws")}>Delete workspace</button>'
    return page("Settings — Pipewell", shell_v3("nav-settings", main, "", foot), css="ds.css")


STYLE1 = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; background: #fff; color: #222; }
#crm_header { background: #27406b; color: #fff; } #crm_header a { color: #ffe9a8; } #crm_header label { font-size: 11px; margin-right: 4px; }
.crm_logo { font-size: 16px; } .crm_menu { text-align: center; } .crm_user { text-align: right; }
#crm_body { padding: 8px 14px; } h1 { font-size: 20px; color: #27406b; } h2 { font-size: 15px; color: #27406b; border-bottom: 1px solid #ccd; margin-top: 18px; }
.crm_grid { border-collapse: collapse; border-color: #bbc; } .crm_grid th { background: #e4e9f2; text-align: left; } .crm_grid tr.even { background: #f6f7fb; }
.crm_filter { background: #f1f3f8; border: 1px solid #ccd; } .crm_form td { vertical-align: top; } .danger { color: #b00; }
.crm_col { background: #f3f5f9; border: 1px solid #dde; } .crm_deal { background: #fff; border: 1px solid #ccd; margin: 6px 0; } .crm_deal td { padding: 5px; }
.crm_deal_title { font-weight: bold; } #crm_footer { border-top: 1px solid #ccc; padding: 10px 14px; color: #666; margin-top: 20px; }
"""

STYLE2 = """* { box-sizing: border-box; } body { font-family: Inter, 'Helvetica Neue', Arial, sans-serif; font-size: 14px; margin: 0; color: #1f2937; background: #f9fafb; }
.topbar { display: flex; align-items: center; gap: 20px; padding: 10px 24px; background: #fff; border-bottom: 1px solid #e5e7eb; }
.brand { font-weight: 800; color: #4338ca; text-decoration: none; font-size: 18px; } .topnav { display: flex; gap: 16px; }
.topnav__link { color: #374151; text-decoration: none; } .topnav__link.is-active { color: #4338ca; font-weight: 600; } .topbar__search { width: 260px; }
.topbar__right { margin-left: auto; display: flex; gap: 14px; align-items: center; } .icon-link { text-decoration: none; font-size: 18px; color: #374151; }
.avatar { width: 32px; height: 32px; border-radius: 50%; background: #e0e7ff; border: none; color: #3730a3; font-size: 12px; display: inline-block; text-align: center; line-height: 32px; }
.avatar--sm { width: 26px; height: 26px; line-height: 26px; } .page { padding: 16px 24px; } .footer { display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #e5e7eb; color: #6b7280; }
.btn { display: inline-block; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; padding: 6px 14px; cursor: pointer; text-decoration: none; color: inherit; font: inherit; }
.btn--primary { background: #4338ca; border-color: #4338ca; color: #fff; } .btn--secondary { background: #f3f4f6; } .btn--ghost { border-color: transparent; background: none; }
.btn--link { border: none; background: none; color: #4338ca; padding: 0 4px; } .btn--danger { background: #b91c1c; border-color: #b91c1c; color: #fff; }
.btn--sm { font-size: 12px; padding: 3px 10px; } .btn--block { display: block; width: 100%; margin-top: 6px; }
.icon-btn { border: none; background: none; cursor: pointer; font-size: 16px; padding: 2px 6px; } .input { border: 1px solid #d1d5db; border-radius: 8px; padding: 6px 10px; font: inherit; background: #fff; }
.input--wide { width: 100%; } .combo { border: 1px solid #d1d5db; border-radius: 8px; background: #fff; padding: 6px 10px; min-width: 130px; text-align: left; font: inherit; }
.combo--sm { min-width: 100px; padding: 3px 8px; } .chip { display: inline-block; border-radius: 999px; background: #eef2ff; border: 1px solid #c7d2fe; padding: 1px 8px; font-size: 12px; }
.chip--toggle { cursor: pointer; padding: 5px 12px; font-size: 13px; } .chips { display: flex; gap: 6px; margin-top: 8px; }
.page-head, .filters, .bulkbar, .row-actions, .form-actions, .card-head, .row, .pager { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.page-head h1 { margin: 8px 16px 8px 0; font-size: 22px; } .filters, .bulkbar { margin: 10px 0; } .card-head h2 { margin: 0 auto 0 0; font-size: 16px; }
.table { width: 100%; border-collapse: collapse; background: #fff; } .table th, .table td { text-align: left; padding: 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
.row-actions { position: relative; flex-wrap: nowrap; } .muted { color: #6b7280; font-size: 12px; } .check, .radio { display: inline-flex; gap: 6px; align-items: center; margin: 4px 12px 4px 0; }
.menu { position: absolute; right: 0; top: 30px; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; box-shadow: 0 6px 16px #0002; padding: 4px; z-index: 3; width: 160px; }
.menu__item { display: block; width: 100%; text-align: left; border: none; background: none; padding: 6px 8px; font: inherit; } .menu__item--danger { color: #b91c1c; }
.pager { margin: 12px 0; } .pager__btn { border: 1px solid #d1d5db; background: #fff; border-radius: 6px; padding: 4px 10px; } .pager__btn.is-current { background: #4338ca; color: #fff; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 12px; padding: 14px 18px; margin: 12px 0; } fieldset { border: none; padding: 0; margin: 0; } fieldset.card { border: 1px solid #e5e7eb; padding: 14px 18px; }
legend { font-weight: 600; } .field { margin: 8px 0; } .field label, .field__label { display: block; font-size: 12px; color: #4b5563; margin-bottom: 3px; } .field .input { width: 100%; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; } .grid3 { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0 16px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; } .crumbs { color: #6b7280; margin-bottom: 6px; }
.people, .deal-lines, .tasks, .timeline, .stages { list-style: none; padding: 0; margin: 8px 0; } .person, .task, .deal-line, .stage-card, .tl-item { display: flex; gap: 10px; align-items: center; padding: 6px 0; border-top: 1px solid #f3f4f6; }
.person > div, .task__body, .deal-line__title { flex: 1; } .board { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.column { background: #f3f4f6; border-radius: 12px; padding: 10px; } .column__title { font-size: 14px; margin: 0 0 8px; }
.deal-card { background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 10px; margin-bottom: 8px; } .deal-card__title { font-weight: 600; color: #111827; }
.deal-card__meta { margin: 4px 0; display: flex; gap: 8px; } .segmented { display: inline-flex; border: 1px solid #d1d5db; border-radius: 8px; overflow: hidden; }
.segmented__btn { border: none; background: #fff; padding: 5px 12px; } .segmented__btn.is-on { background: #e0e7ff; } .radios { display: flex; margin: 6px 0; }
.account { display: flex; gap: 24px; } .sidenav { display: flex; flex-direction: column; width: 170px; gap: 6px; padding-top: 16px; } .account__main { flex: 1; max-width: 760px; }
.sidenav__item { color: #374151; text-decoration: none; padding: 6px 10px; border-radius: 8px; } .sidenav__item.is-active { background: #e0e7ff; }
.notif-row { display: flex; gap: 8px; align-items: center; border-top: 1px solid #f3f4f6; padding: 4px 0; } .notif-row__label { flex: 1; }
.int-card { display: flex; gap: 10px; align-items: center; padding: 6px 0; } .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: system-ui, sans-serif; font-size: 15px; margin: 0; color: #111827; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; }
.ds-header { display: flex; align-items: center; gap: 18px; padding: 10px 24px; border-bottom: 1px solid #e5e7eb; }
.ds-brand { font-weight: 800; color: #3730a3; text-decoration: none; } .ds-nav { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.ds-nav__link { color: #111827; } .ds-nav__link[aria-current=page] { font-weight: 700; } .ds-header .ds-input { margin-left: auto; width: 240px; }
.ico { display: inline-block; width: 18px; height: 18px; background: #9ca3af; border-radius: 4px; vertical-align: middle; }
.ds-avatar { width: 32px; height: 32px; border-radius: 50%; background: #c7d2fe; border: none; font-size: 12px; color: #312e81; }
.ds-main { padding: 16px 24px; } .ds-footer { display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #e5e7eb; align-items: center; }
.ds-btn { display: inline-block; border: 1px solid #d1d5db; border-radius: 10px; background: #fff; padding: 6px 14px; cursor: pointer; font: inherit; color: inherit; text-decoration: none; }
.ds-btn--primary { background: #3730a3; border-color: #3730a3; color: #fff; } .ds-btn--quiet { border-color: transparent; background: none; color: #3730a3; }
.ds-btn--danger { background: #991b1b; border-color: #991b1b; color: #fff; } .ds-iconbtn { border: none; background: none; padding: 5px; cursor: pointer; }
.ds-input { border: 1px solid #d1d5db; border-radius: 10px; padding: 6px 10px; font: inherit; margin: 3px 0; } .ds-input--lg { width: 380px; }
.ds-head, .ds-row, .ds-dialog__head, .ds-dialog__foot { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; } .ds-head h1 { font-size: 22px; margin: 8px 12px 8px 0; }
.ds-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e5e7eb; margin: 8px 0; } .ds-tabs [role=tab] { border: none; background: none; padding: 6px 12px; border-bottom: 2px solid transparent; font: inherit; }
.ds-tabs [aria-selected=true] { border-bottom-color: #3730a3; } .ds-layout { display: flex; gap: 24px; margin-top: 8px; }
.ds-filters { width: 250px; display: flex; flex-direction: column; gap: 6px; } .ds-filters h2 { font-size: 16px; margin: 0; } .ds-results { flex: 1; }
.ds-side { width: 320px; display: flex; flex-direction: column; gap: 6px; border-left: 1px solid #e5e7eb; padding-left: 16px; } .ds-side h2 { margin: 0; font-size: 16px; }
.ds-check, .ds-switch { display: inline-flex; gap: 6px; align-items: center; margin: 4px 12px 4px 0; } .ds-muted { color: #6b7280; font-size: 13px; }
.ds-grid { display: table; width: 100%; } .ds-grid__row { display: table-row; } .ds-cell { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: middle; }
.ds-grid__head .ds-cell { font-weight: 600; color: #4b5563; } .ds-cell--actions { position: relative; white-space: nowrap; }
.ds-menu { position: absolute; right: 0; top: 34px; background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 8px 24px #0003; padding: 4px; z-index: 3; display: flex; flex-direction: column; width: 170px; }
.ds-menu [role=menuitem] { border: none; background: none; text-align: left; padding: 6px 8px; font: inherit; }
.ds-form { display: flex; flex-direction: column; gap: 4px; align-items: flex-start; max-width: 640px; margin-bottom: 16px; } .ds-form h2 { font-size: 17px; margin: 12px 0 4px; }
.ds-grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; } .ds-list { list-style: none; padding: 0; } .ds-person, .ds-dealline { padding: 4px 0; }
.ds-panel h2 { font-size: 17px; } .ds-danger { border: 1px solid #fecaca; border-radius: 12px; padding: 8px 16px; margin-top: 24px; } .ds-danger h2 { font-size: 16px; color: #991b1b; }
.ds-notif { display: flex; gap: 8px; align-items: center; min-width: 560px; } .ds-notif__label { flex: 1; }
.ds-dialog { position: absolute; top: 760px; right: 32px; width: 400px; background: #fff; border-radius: 16px; padding: 16px; box-shadow: 0 12px 40px #0005; display: flex; flex-direction: column; gap: 4px; z-index: 5; }
.ds-dialog .ds-input { width: 100%; } .ds-dialog__head { justify-content: space-between; } .ds-dialog__foot { justify-content: flex-end; } .ds-dialog h2 { margin: 0; font-size: 18px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""


def render():
    return {
        "v1": {"contacts.html": contacts_v1(), "company.html": company_v1(), "deals.html": deals_v1(),
               "activity.html": activity_v1(), "settings.html": settings_v1(), "style.css": STYLE1},
        "v2": {"contacts.html": contacts_v2(), "company.html": company_v2(), "deals.html": deals_v2(),
               "activity.html": activity_v2(), "settings.html": settings_v2(), "app.css": STYLE2},
        "v3": {"contacts.html": contacts_v3(), "company.html": company_v3(), "deals.html": deals_v3(),
               "activity.html": activity_v3(), "settings.html": settings_v3(), "ds.css": STYLE3},
    }
