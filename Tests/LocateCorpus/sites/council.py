"""Council: "Ashbury Borough Council", a local-government services portal. Five pages: the
services A to Z (services.html), a resident parking permit application (permit.html), its
check-your-answers summary (check.html), report a problem (report.html) and the resident
account (account.html), each in three releases.

v1  a legacy ASP.NET WebForms CMS: layout tables, ctl00_… ids and ctl00$… names, a header site
    search ("Go"), pipe-separated top links ("Contact Us" in the header and the footer), "Log out"
    in the header and in the account side menu. Services in a data table grouped by department,
    with "Apply online" / "Report online" / "Pay online" per row and a "Popular services" sidebar
    repeating some names, all 26 A-Z letters as links, a department select and "Filter".
    The permit form: title select, date of birth as three selects, confirm email, mobile,
    postcode lookup with an address select, home and correspondence address with the same labels
    ("Address 1", "Town", "Post code"), fuel and permit type as selects, start date as one
    dd/mm/yyyy box, permit length radios, two file uploads, "Next >", "Save for later", "Clear
    form". Check answers: a table with "Edit" on every row, payment method select, terms
    checkbox, "Confirm & Submit". Report: problem type select, area select, two photos, contact
    checkboxes, "Submit Report" / "Reset Form", recent reports table with "View" and "Get
    updates" on every row. Account: tables for bins ("Report missed" per bin), council-tax bills
    ("View" / "Download PDF" / "Pay now" per year), direct debits ("Cancel" per row), linked
    properties ("Remove" per row), notification checkboxes, password change.
v2  a rebuild on the GOV.UK-style design system: cookie banner, phase banner with a feedback
    link, header search with a "Search" button (the services search has one too), ids renamed
    or gone, data-testid added (the same one on every row's link), services as an alphabetical
    list of cards with a "Start" link per card told apart only by visually-hidden text, some
    services renamed, gone (library, visitor vouchers) or new (Blue Badge, tip slot), only
    letters with services linked, department select turned into topic checkboxes, a sort
    select. Permit: title and mobile and confirm email gone, GOV.UK date inputs (Day / Month /
    Year, twice: birth and permit start), hints, fieldsets with legends, correspondence address
    as radios, "Address line 1" etc. twice in two fieldsets, fuel and permit type turned into
    radios with hints (carer permit new), lengths re-sorted, "Continue" / "Save and come back
    later". Check answers: summary cards per section with "Change" + visually-hidden text and
    one test id, a registered keeper card whose rows repeat "name" / "address", payment as
    radios, "Accept and send". Report: problem type as radios with hints, postcode and
    "Use my current location" new, contact checkboxes turned into update radios, "Send report",
    recent reports as cards re-sorted with "View report" + hidden reference. Account: side
    navigation, bin cards with hidden text on "Report a missed collection", bills newest first
    with "View" / "Download" / "Pay" (hidden year, one test id per column), remove links styled
    as buttons (no remove on the main home), notification checkboxes "Email" in two fieldsets,
    "Show" buttons on the three password fields, "Delete your account".
v3  an accessibility / component pass: no cookie banner ("Cookie settings" button in the
    footer), placeholder-only search with an icon button, nav reworded, account menu button.
    Services: tabs "A to Z" / "By topic" (topic filters moved into the hidden topic panel),
    "online only" as a switch, services ordered by popularity, favourite icon buttons named
    after the service, "Start" links with an aria-label, register to vote gone, school places
    new. Permit: placeholders instead of labels, date of birth boxes with DD/MM/YYYY, a date
    picker for the start date, postcode as an address combobox, manual address and
    correspondence address hidden behind a disclosure and a switch, permit type and length
    merged into one radio group, uploads moved to the next step, "Continue to upload
    documents", "Save draft". Check answers: permit section first, pencil icon buttons named
    "Edit <row>", documents and payment gone, "Continue to payment". Report: tile radios
    reworded, location details merged into the description, danger and updates as switches,
    phone gone, "Report problem", recent reports as a grid with icon buttons. Account: bills in
    tabs (past bills hidden), grid rows with icon buttons named after the year, direct debits
    moved away, notification switches that save themselves, password change in a dialog
    opened by a "Change password" button, remove icon buttons named after the property.
"""
from common import attrs, e, page


def m(marker, **kw):
    """attributes with the data-expect marker (None: unmarked)."""
    return attrs(**kw, data__expect=marker)


VH1 = ""
VH = '<span class="govuk-visually-hidden">{}</span>'


# -- chrome ------------------------------------------------------------------------------------

def header_v1():
    nav = [("default.aspx", "Home", "nav-home"), ("bins.aspx", "Bins &amp; Recycling", "nav-bins"),
           ("counciltax.aspx", "Council Tax", "nav-tax"), ("parking.aspx", "Parking", "nav-parking"),
           ("planning.aspx", "Planning", "nav-planning"), ("housing.aspx", "Housing", "nav-housing"),
           ("contact.aspx", "Contact Us", "nav-contact")]
    links = " | ".join(f'<a href="{h}" class="topnavlink"{m(k)}>{t}</a>' for h, t, k in nav)
    return f"""<form method="post" action="./page.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIzOA9kFgJmD2QWAgIDD2QWAgIBD2QWAgIBDw8WAh4EVGV4dAUFSmFuZWRkZA==">
<table id="tblHeader" width="100%" cellpadding="4" cellspacing="0" class="header"><tr>
<td><a href="default.aspx" id="ctl00_hlLogo"{m("logo")}><img src="images/logo.gif" alt="Ashbury Borough Council" width="220" height="48"></a></td>
<td align="right" class="search"><label for="ctl00_txtSiteSearch">Search site:</label>
<input name="ctl00$txtSiteSearch" type="text" id="ctl00_txtSiteSearch" size="20"{m("search")}>
<input type="submit" name="ctl00$btnSiteSearch" value="Go" id="ctl00_btnSiteSearch"{m("search-go")}></td></tr></table>
<div id="topnav">{links}</div>
<div id="toolbar">Text size: <a href="?textsize=normal" title="Normal text size" class="ts1"{m("textsize-normal")}>A</a>
<a href="?textsize=large" title="Larger text" class="ts2"{m("textsize-large")}>A+</a>
<a href="?textsize=largest" title="Largest text" class="ts3"{m("textsize-largest")}>A++</a> |
<a href="#" onclick="BrowseAloud.play()" id="ctl00_hlListen"{m("listen")}>Listen to this page</a> |
<label for="ctl00_ddlTranslate">Translate:</label> <select id="ctl00_ddlTranslate" name="ctl00$ddlTranslate"{m("translate")}><option>Select language</option><option>Polski</option><option>Rom&acirc;n&atilde;</option><option>Urdu</option><option>Punjabi</option></select></div>
<div id="loginbar">Logged in as J. Okafor | <a href="account.aspx" id="ctl00_hlMyAccount"{m("nav-account")}>My Account</a> | <a href="logout.aspx" id="ctl00_lbLogout"{m("signout")}>Log out</a></div>
"""


def footer_v1():
    items = [("accessibility.aspx", "Accessibility", "footer-accessibility"), ("privacy.aspx", "Privacy", "footer-privacy"),
             ("cookies.aspx", "Cookies", "footer-cookies"), ("contact.aspx", "Contact Us", "footer-contact"),
             ("sitemap.aspx", "Site map", "footer-sitemap"), ("jobs.aspx", "Jobs", "footer-jobs"),
             ("foi.aspx", "Freedom of Information", "footer-foi")]
    links = " | ".join(f'<a href="{h}"{m(k)}>{t}</a>' for h, t, k in items)
    return f"""<div id="footer"><p>{links}</p>
<p>Follow us: <a href="https://facebook.example/ashburycouncil"{m("social-facebook")}>Facebook</a> | <a href="https://twitter.example/ashburycouncil"{m("social-twitter")}>Twitter</a></p><p>&copy; Ashbury Borough Council 2009, Town Hall, Market Square, Ashbury AB1 1AA</p></div>
</form>"""


def header_v2(current=None):
    nav = [("/bins", "Bins and recycling", "nav-bins"), ("/council-tax", "Council Tax", "nav-tax"),
           ("/parking", "Parking", "nav-parking"), ("/planning", "Planning", "nav-planning"),
           ("/housing", "Housing", "nav-housing"), ("/contact", "Contact us", "nav-contact"),
           ("/account", "Your account", "nav-account")]
    items = "".join(f'<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="{h}"'
                    f'{m(k, aria__current="page" if k == current else None)}>{t}</a></li>' for h, t, k in nav)
    mobile = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t, k in nav)
    return f"""<div class="govuk-cookie-banner" role="region" aria-label="Cookies on Ashbury Borough Council">
  <h2 class="govuk-heading-m">Cookies on Ashbury Borough Council</h2>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <div class="govuk-button-group">
    <button type="button" class="govuk-button" data-testid="cookie-accept"{m("cookie-accept")}>Accept additional cookies</button>
    <button type="button" class="govuk-button" data-testid="cookie-reject"{m("cookie-reject")}>Reject additional cookies</button>
    <a class="govuk-link" href="/cookies"{m("cookie-view")}>View cookies</a>
  </div>
</div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner">
  <div class="govuk-header__container">
    <a href="/" class="govuk-header__link govuk-header__link--homepage"{m("logo")}>Ashbury Borough Council</a>
    <form action="/search" method="get" class="app-site-search" role="search">
      <label for="site-search" class="govuk-visually-hidden">Search Ashbury Borough Council</label>
      <input class="govuk-input" id="site-search" name="q" type="search"{m("search")}>
      <button class="govuk-button app-site-search__submit" type="submit" data-testid="site-search-submit"{m("search-go")}>Search</button>
    </form>
    <a href="/sign-out" class="govuk-header__link"{m("signout")}>Sign out</a>
  </div>
</header>
<nav class="govuk-service-navigation" aria-label="Menu"><ul class="govuk-service-navigation__list">{items}</ul>
  <ul class="app-mobile-menu" hidden>{mobile}</ul></nav>
<div class="govuk-phase-banner"><strong class="govuk-tag">Beta</strong> This is a new website – your
  <a class="govuk-link" href="/feedback"{m("feedback")}>feedback</a> will help us to improve it.</div>
"""


def footer_v2():
    items = [("/accessibility", "Accessibility statement", "footer-accessibility"), ("/privacy", "Privacy notice", "footer-privacy"),
             ("/cookies", "Cookies", "footer-cookies"), ("/contact", "Contact us", "footer-contact"),
             ("/jobs", "Jobs", "footer-jobs"), ("/foi", "Freedom of information requests", "footer-foi")]
    links = "".join(f'<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="{h}"{m(k)}>{t}</a></li>' for h, t, k in items)
    return f"""<div class="app-feedback govuk-width-container"><h2 class="govuk-body">Is this page useful?</h2>
  <button type="button" class="govuk-button govuk-button--secondary"{m("useful-yes")}>Yes{VH.format(" this page is useful")}</button>
  <button type="button" class="govuk-button govuk-button--secondary"{m("useful-no")}>No{VH.format(" this page is not useful")}</button>
  <button type="button" class="govuk-button govuk-button--secondary"{m("page-problem")}>Report a problem with this page</button></div>
<footer class="govuk-footer" role="contentinfo"><h2 class="govuk-visually-hidden">Support links</h2>
  <ul class="govuk-footer__inline-list app-social"><li><a class="govuk-footer__link" href="https://facebook.example/ashburycouncil"{m("social-facebook")}>Facebook</a></li>
  <li><a class="govuk-footer__link" href="https://x.example/ashburycouncil"{m("social-twitter")}>X (Twitter)</a></li>
  <li><a class="govuk-footer__link" href="https://instagram.example/ashburycouncil"{m("social-instagram")}>Instagram</a></li></ul>
  <ul class="govuk-footer__inline-list">{links}</ul><p>&copy; Ashbury Borough Council</p></footer>"""


def header_v3(current=None):
    nav = [("/bins", "Bins", "nav-bins"), ("/council-tax", "Council Tax", "nav-tax"),
           ("/parking-and-roads", "Parking and roads", "nav-parking"), ("/planning", "Planning and building", "nav-planning"),
           ("/housing", "Housing", "nav-housing")]
    items = "".join(f'<li><a class="nav-link" href="{h}"{m(k, aria__current="page" if k == current else None)}>{t}</a></li>' for h, t, k in nav)
    return f"""<header class="site-header">
  <a href="/" class="brand" aria-label="Ashbury Borough Council home"{m("logo")}><svg width="28" height="28" aria-hidden="true"><circle cx="14" cy="14" r="12"/></svg><span>Ashbury</span></a>
  <nav aria-label="Main"><ul class="nav-list">{items}</ul></nav>
  <form role="search" class="header-search" action="/search">
    <input type="search" name="q" placeholder="Search ashbury.gov.uk" class="field"{m("search")}>
    <button type="submit" class="icon-button" aria-label="Submit search"{m("search-go")}><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"/></svg></button>
  </form>
  <button type="button" class="icon-button" aria-label="Account menu" aria-haspopup="menu" aria-expanded="false"{m("account-menu")}><svg width="20" height="20" aria-hidden="true"><circle cx="10" cy="7" r="4"/></svg></button>
  <ul role="menu" class="menu" hidden>
    <li role="none"><a role="menuitem" href="/account">Your account</a></li>
    <li role="none"><a role="menuitem" href="/sign-out">Sign out</a></li>
  </ul>
</header>
"""


def footer_v3():
    return f"""<aside class="helpful"><span>Was this page helpful?</span>
  <button type="button" class="icon-button" aria-label="Yes, this page was helpful"{m("useful-yes")}><svg width="16" height="16" aria-hidden="true"><path d="M2 8l4 4 8-8"/></svg></button>
  <button type="button" class="icon-button" aria-label="No, this page was not helpful"{m("useful-no")}><svg width="16" height="16" aria-hidden="true"><path d="M3 3l10 10M13 3L3 13"/></svg></button></aside>
<footer class="site-footer">
  <div class="social"><a href="https://facebook.example/ashburycouncil" class="icon-button" aria-label="Ashbury Council on Facebook"{m("social-facebook")}><svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg></a>
  <a href="https://x.example/ashburycouncil" class="icon-button" aria-label="Ashbury Council on X"{m("social-twitter")}><svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg></a>
  <a href="https://instagram.example/ashburycouncil" class="icon-button" aria-label="Ashbury Council on Instagram"{m("social-instagram")}><svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg></a></div>
  <nav aria-label="Footer"><ul class="footer-list">
    <li><a href="/accessibility"{m("footer-accessibility")}>Accessibility</a></li>
    <li><a href="/privacy"{m("footer-privacy")}>Privacy</a></li>
    <li><button type="button" class="link-button" aria-haspopup="dialog"{m("footer-cookies")}>Cookie settings</button></li>
    <li><a href="/contact"{m("footer-contact")}>Contact us</a></li>
    <li><a href="/jobs"{m("footer-jobs")}>Jobs at the council</a></li>
  </ul></nav>
  <p>&copy; 2026 Ashbury Borough Council</p>
</footer>"""


def page1(title, main):
    return page(title + " - Ashbury Borough Council", header_v1() + main + footer_v1(), css="style1.css")


def page2(title, main, current=None):
    return page(title + " - Ashbury Borough Council - GOV.UK", header_v2(current) +
                f'<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">{main}</main></div>' + footer_v2(),
                css="style2.css")


def page3(title, main, current=None):
    return page(title + " | Ashbury Council", header_v3(current) + f'<main class="page" id="main">{main}</main>' + footer_v3(),
                css="style3.css")


# -- services ----------------------------------------------------------------------------------

# slug, v1 name, v1 department, v1 action, v2 name, v2 description, v2 topic, v3 name
SERVICES = [
    ("bulky-waste", "Bulky waste collection", "Environment", "Book online", "Book a bulky waste collection",
     "Furniture, fridges and other large items collected from your home.", "Bins and recycling", "Book a bulky waste collection"),
    ("missed-bin", "Missed bin collection", "Environment", "Report online", "Report a missed bin collection",
     "Tell us if your bin was not emptied on collection day.", "Bins and recycling", "Report a missed bin"),
    ("garden-waste", "Garden waste", "Environment", "Apply online", "Subscribe to garden waste collection",
     "A brown bin emptied every two weeks from March to November.", "Bins and recycling", "Garden waste subscription"),
    ("fly-tipping", "Fly-tipping", "Environment", "Report online", "Report fly-tipping",
     "Rubbish dumped on a street, verge or in a park.", "Roads and streets", "Report fly-tipping"),
    ("pest-control", "Pest control", "Environment", "Book online", "Book pest control",
     "Rats, mice, wasps and bed bugs treated at your home.", "Environment", "Pest control"),
    ("noise", "Noise nuisance", "Environment", "Report online", "Report a noise problem",
     "Loud music, barking dogs or building work at night.", "Environment", "Report noise"),
    ("ctax-pay", "Council Tax payments", "Finance", "Pay online", "Pay your Council Tax",
     "Pay your bill by card, or set up a Direct Debit.", "Council Tax", "Pay Council Tax"),
    ("ctax-discount", "Council Tax discounts", "Finance", "Apply online", "Apply for a Council Tax discount",
     "Single person discount, students and other reductions.", "Council Tax", "Council Tax discounts and exemptions"),
    ("housing-benefit", "Housing Benefit", "Finance", "Apply online", "Apply for Housing Benefit",
     "Help to pay your rent if you are on a low income.", "Housing", "Apply for Housing Benefit"),
    ("pothole", "Potholes", "Highways", "Report online", "Report a pothole",
     "Potholes and damaged roads or pavements.", "Roads and streets", "Report a pothole"),
    ("street-light", "Street lighting", "Highways", "Report online", "Report a street light fault",
     "A street light that is out, flickering or on during the day.", "Roads and streets", "Report a street light fault"),
    ("parking-permit", "Parking permits", "Highways", "Apply online", "Apply for a resident parking permit",
     "Permits for residents in controlled parking zones.", "Parking", "Resident parking permits"),
    ("visitor-permit", "Visitor parking vouchers", "Highways", "Buy online", None, None, None, None),
    ("planning-search", "Planning applications", "Planning", "Search online", "Search planning applications",
     "View and comment on planning applications.", "Planning", "Search planning applications"),
    ("register-vote", "Electoral registration", "Democratic Services", "Register online", "Register to vote",
     "Get on the electoral register.", "Council and democracy", None),
    ("library", "Library membership", "Libraries", "Join online", None, None, None, None),
    ("certificates", "Birth, death and marriage certificates", "Registrars", "Order online", "Order a certificate",
     "Copies of birth, death, marriage and civil partnership certificates.", "Births, deaths and marriages", None),
    ("blue-badge", None, None, None, "Apply for a Blue Badge",
     "A parking permit for disabled people.", "Parking", "Apply for a Blue Badge"),
    ("tip-slot", None, None, None, "Book a tip slot",
     "Book a visit to the household recycling centre.", "Bins and recycling", "Book a tip slot"),
    ("school-place", None, None, None, None, None, None, "Apply for a school place"),
]
SVC = {s[0]: s for s in SERVICES}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def services_v1():
    rows = ""
    dept = None
    for slug, name, d, action, *_ in SERVICES:
        if not name:
            continue
        if d != dept:
            rows += f'<tr class="deptrow"><td colspan="3"><b>{e(d)}</b></td></tr>'
            dept = d
        rows += (f'<tr><td><a href="service.aspx?id={slug}" id="ctl00_Main_gvServices_{slug}_hlName"{m("svc-" + slug)}>{e(name)}</a></td>'
                 f'<td>{e(d)}</td><td><a href="forms/{slug}.aspx"{m("go-" + slug)}>{action}</a></td></tr>')
    az = " ".join(f'<a href="az.aspx?letter={c}"{m("az-" + c.lower())}>{c}</a>' for c in LETTERS)
    popular = "".join(f'<li><a href="service.aspx?id={s}"{m("pop-" + s)}>{e(SVC[s][1])}</a></li>' for s in ["ctax-pay", "missed-bin", "parking-permit"])
    depts = "".join(f"<option>{d}</option>" for d in ["All departments", "Environment", "Finance", "Highways", "Planning", "Democratic Services", "Libraries"])
    main = f"""<table width="100%" cellpadding="6"><tr><td valign="top" width="75%">
<h1>A-Z of Council Services</h1>
<p class="breadcrumb"><a href="default.aspx">Home</a> &gt; Services</p>
<div class="azbar">Browse: {az}</div>
<fieldset class="searchbox"><table><tr>
  <td><label for="ctl00_Main_txtServiceSearch">Search for a service:</label></td>
  <td><input name="ctl00$Main$txtServiceSearch" type="text" id="ctl00_Main_txtServiceSearch"{m("svc-search")}></td>
  <td><input type="submit" name="ctl00$Main$btnSearch" value="Search" id="ctl00_Main_btnSearch"{m("svc-search-go")}></td></tr>
<tr><td><label for="ctl00_Main_ddlDepartment">Show services in:</label></td>
  <td><select name="ctl00$Main$ddlDepartment" id="ctl00_Main_ddlDepartment"{m("department")}>{depts}</select></td>
  <td><input type="submit" name="ctl00$Main$btnFilter" value="Filter" id="ctl00_Main_btnFilter"{m("filter")}></td></tr>
<tr><td colspan="3"><input type="checkbox" name="ctl00$Main$chkOnline" id="ctl00_Main_chkOnline"{m("online-only")}><label for="ctl00_Main_chkOnline">Only show services I can do online</label></td></tr>
</table></fieldset>
<table class="grid" id="ctl00_Main_gvServices" cellspacing="0" border="1">
<tr><th>Service</th><th>Department</th><th>Online</th></tr>{rows}</table>
<p><a href="services.aspx?page=2" id="ctl00_Main_hlNext"{m("next-page")}>Next page &gt;&gt;</a></p>
</td><td valign="top" class="sidebar">
<h3>Popular services</h3><ul>{popular}</ul>
<h3>Can't find it?</h3><p><a href="contact.aspx?form=enquiry"{m("enquiry")}>Send us an enquiry</a></p>
</td></tr></table>
"""
    return page1("A-Z of Council Services", main)


def services_v2():
    items = [s for s in SERVICES if s[4]]
    items.sort(key=lambda s: s[4])
    cards = ""
    for slug, _, _, _, name, desc, topic, _ in items:
        cards += f"""
    <li class="app-service">
      <h3 class="govuk-heading-s"><a class="govuk-link" href="/services/{slug}" data-testid="service-name"{m("svc-" + slug)}>{e(name)}</a></h3>
      <p class="govuk-body-s">{e(desc)}</p>
      <p class="govuk-caption-s">{e(topic)}</p>
      <a href="/services/{slug}/start" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-testid="service-start"{m("go-" + slug)}>Start{VH.format(" " + e(name.lower()))}</a>
    </li>"""
    linked = {n[0] for s in items for n in [s[4]]}
    az = "".join((f'<li><a class="app-az__link" href="/a-z/{c.lower()}"{m("az-" + c.lower())}>{c}</a></li>' if c in linked
                  else f'<li><span class="app-az__letter">{c}</span></li>') for c in LETTERS)
    popular = "".join(f'<li><a class="govuk-link" href="/services/{s}"{m("pop-" + s)}>{e(SVC[s][4])}</a></li>'
                      for s in ["ctax-pay", "missed-bin", "bulky-waste", "parking-permit"])
    topics = [("bins", "Bins and recycling"), ("tax", "Council Tax"), ("parking", "Parking"), ("roads", "Roads and streets"),
              ("housing", "Housing"), ("planning", "Planning")]
    boxes = "".join(f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="topic-{k}" name="topic" type="checkbox" value="{k}"{m("topic-" + k)}>'
                    f'<label class="govuk-label govuk-checkboxes__label" for="topic-{k}">{t}</label></div>' for k, t in topics)
    main = f"""<a href="/" class="govuk-back-link"{m("back")}>Back</a>
<h1 class="govuk-heading-xl">Council services A to Z</h1>
<nav class="app-az" aria-label="A to Z"><ul>{az}</ul></nav>
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-third">
  <form class="app-filters" method="get">
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for="service-search">Search for a service</label>
      <div id="service-search-hint" class="govuk-hint">For example, bins or parking</div>
      <input class="govuk-input" id="service-search" name="keywords" type="search" aria-describedby="service-search-hint" data-testid="service-search"{m("svc-search")}>
    </div>
    <button class="govuk-button" type="submit" data-testid="service-search-submit"{m("svc-search-go")}>Search</button>
    <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Filter by topic</legend>
      <div class="govuk-checkboxes govuk-checkboxes--small">{boxes}</div></fieldset></div>
    <div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id="online" name="online" type="checkbox"{m("online-only")}>
      <label class="govuk-label govuk-checkboxes__label" for="online">Only show services available online</label></div></div>
    <button class="govuk-button govuk-button--secondary" type="submit" data-testid="apply-filters"{m("filter")}>Apply filters</button>
    <p><a class="govuk-link" href="/services"{m("clear-filters")}>Clear filters</a></p>
  </form>
</div>
<div class="govuk-grid-column-two-thirds">
  <h2 class="govuk-heading-m">Most popular</h2>
  <ul class="govuk-list">{popular}</ul>
  <div class="app-sort"><label class="govuk-label" for="sort">Sort by</label>
    <select class="govuk-select" id="sort" name="sort"{m("sort")}><option>A to Z</option><option>Most popular</option><option>Recently updated</option></select></div>
  <h2 class="govuk-heading-m">All services <span class="govuk-caption-m">{len(items)} services</span></h2>
  <ul class="app-service-list">{cards}
  </ul>
  <nav class="govuk-pagination" aria-label="Pagination"><a class="govuk-link govuk-pagination__link" href="/services?page=2" rel="next"{m("next-page")}>Next<span class="govuk-visually-hidden"> page</span></a></nav>
  <p>Cannot find what you need? <a class="govuk-link" href="/contact/enquiry"{m("enquiry")}>Ask us a question</a></p>
</div></div>
"""
    return page2("Council services A to Z", main)


def services_v3():
    order = ["ctax-pay", "missed-bin", "parking-permit", "bulky-waste", "pothole", "garden-waste", "tip-slot", "planning-search",
             "ctax-discount", "housing-benefit", "fly-tipping", "street-light", "blue-badge", "pest-control", "noise", "school-place"]
    cards = ""
    for slug in order:
        name = SVC[slug][7]
        cards += f"""
      <li class="service-card">
        <a class="service-card__title" href="/services/{slug}"{m("svc-" + slug)}>{e(name)}</a>
        <button type="button" class="icon-button" aria-pressed="false" aria-label="Save {e(name)} to favourites"{m("fav-" + slug)}><svg width="16" height="16" aria-hidden="true"><path d="M8 1l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z"/></svg></button>
        <a class="button button--small" href="/services/{slug}/start" aria-label="Start {e(name)}"{m("go-" + slug)}>Start</a>
      </li>"""
    linked = {SVC[s][7][0] for s in order}
    az = "".join((f'<li><a href="/a-z/{c.lower()}"{m("az-" + c.lower())}>{c}</a></li>' if c in linked
                  else f'<li><span aria-disabled="true">{c}</span></li>') for c in LETTERS)
    topics = [("bins", "Bins and recycling"), ("tax", "Council Tax"), ("parking", "Parking"), ("roads", "Roads and streets"), ("housing", "Housing")]
    boxes = "".join(f'<label><input type="checkbox" name="topic" value="{k}"> {t}</label>' for k, t in topics)
    main = f"""<nav aria-label="Breadcrumb" class="breadcrumbs"><ol><li><a href="/"{m("crumb-home")}>Home</a></li><li aria-current="page">Services</li></ol></nav>
<h1>Find a council service</h1>
<form role="search" class="service-search" action="/services">
  <input type="search" role="combobox" aria-expanded="false" aria-autocomplete="list" name="q" placeholder="Search services, for example bins" class="field field--large"{m("svc-search")}>
  <button type="submit" class="icon-button icon-button--primary" aria-label="Search services"{m("svc-search-go")}><svg width="18" height="18" aria-hidden="true"><circle cx="8" cy="8" r="6"/></svg></button>
</form>
<div class="toolbar">
  <div class="switch"><button type="button" role="switch" aria-checked="false" id="online-switch" aria-labelledby="online-switch-label"{m("online-only")}><span class="switch__thumb"></span></button>
    <span id="online-switch-label">Online services only</span></div>
  <label class="inline-field">Order <select name="order"{m("sort")}><option>Most used</option><option>A to Z</option></select></label>
</div>
<div role="tablist" aria-label="Browse services" class="tabs">
  <button role="tab" id="tab-az" aria-selected="true" aria-controls="panel-az"{m("tab-az")}>A to Z</button>
  <button role="tab" id="tab-topic" aria-selected="false" aria-controls="panel-topic" tabindex="-1"{m("tab-topic")}>By topic</button>
</div>
<section role="tabpanel" id="panel-az" aria-labelledby="tab-az">
  <nav class="az" aria-label="Letters"><ul>{az}</ul></nav>
  <ul class="service-grid" aria-label="Services">{cards}
  </ul>
  <button type="button" class="button button--secondary"{m("next-page")}>Show more services</button>
</section>
<section role="tabpanel" id="panel-topic" aria-labelledby="tab-topic" hidden>
  <fieldset><legend>Topics</legend>{boxes}</fieldset><button type="button" class="button">Apply</button>
</section>
<aside class="help-box"><h2>Need help?</h2><p><a href="/contact/enquiry"{m("enquiry")}>Ask us a question</a> or call 01632 960000.</p></aside>
"""
    return page3("Find a council service", main)


# -- permit application ------------------------------------------------------------------------

def _opts(values, selected=None):
    return "".join(f"<option{' selected' if v == selected else ''}>{e(v)}</option>" for v in values)


def permit_v1():
    p = "ctl00_Main_"
    n = "ctl00$Main$"

    def row(label, key, ctrl_id, control, required=False, note=""):
        star = ' <span class="req">*</span>' if required else ""
        return (f'<tr><td class="lbl"><label for="{p}{ctrl_id}">{label}</label>{star}</td>'
                f'<td>{control}{f" <small>{note}</small>" if note else ""}</td></tr>')

    def text(key, ctrl_id, size=30, type_="text"):
        return f'<input name="{n}{ctrl_id}" type="{type_}" id="{p}{ctrl_id}" size="{size}"{m(key)}>'

    days = ["DD"] + [str(d) for d in range(1, 32)]
    months = ["MM", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    years = ["YYYY"] + [str(y) for y in range(2008, 1919, -1)]
    dob = (f'<select name="{n}ddlDobDay" id="{p}ddlDobDay"{m("dob-day")}>{_opts(days)}</select> '
           f'<select name="{n}ddlDobMonth" id="{p}ddlDobMonth" title="Month"{m("dob-month")}>{_opts(months)}</select> '
           f'<select name="{n}ddlDobYear" id="{p}ddlDobYear" title="Year"{m("dob-year")}>{_opts(years)}</select>')
    addresses = ["-- Select address --", "12 Mill Lane, Ashbury", "14 Mill Lane, Ashbury", "16 Mill Lane, Ashbury", "Flat 1, 18 Mill Lane, Ashbury"]
    main = f"""<h1>Parking Permit Application Form</h1>
<p>Fields marked <span class="req">*</span> are mandatory. <a href="help/permits.aspx" target="_blank"{m("help")}>Help with this form</a> |
<a href="docs/permit-form.pdf"{m("paper-form")}>Download a paper form (PDF)</a></p>
<table class="formtable" cellpadding="3">
<tr><th colspan="2" class="section">1. Applicant Details</th></tr>
{row("Title", "title", "ddlTitle", f'<select name="{n}ddlTitle" id="{p}ddlTitle"{m("title")}>{_opts(["", "Mr", "Mrs", "Miss", "Ms", "Dr", "Other"])}</select>', True)}
{row("Forename(s)", "first-name", "txtForename", text("first-name", "txtForename"), True)}
{row("Surname", "last-name", "txtSurname", text("last-name", "txtSurname"), True)}
{row("Date of birth", "dob-day", "ddlDobDay", dob, True)}
{row("Email address", "email", "txtEmail", text("email", "txtEmail", 40), True)}
{row("Confirm email address", "email-confirm", "txtEmailConfirm", text("email-confirm", "txtEmailConfirm", 40), True)}
{row("Daytime telephone", "phone", "txtPhone", text("phone", "txtPhone", 20))}
{row("Mobile", "mobile", "txtMobile", text("mobile", "txtMobile", 20))}
<tr><th colspan="2" class="section">2. Address</th></tr>
{row("Post code", "postcode", "txtLookupPostcode", text("postcode", "txtLookupPostcode", 10) + f' <input type="submit" name="{n}btnFindAddress" value="Find Address" id="{p}btnFindAddress"{m("find-address")}>', True)}
{row("Select address", "address-select", "ddlAddress", f'<select name="{n}ddlAddress" id="{p}ddlAddress"{m("address-select")}>{_opts(addresses)}</select>')}
{row("Address 1", "addr1", "txtAddress1", text("addr1", "txtAddress1", 40), True)}
{row("Address 2", "addr2", "txtAddress2", text("addr2", "txtAddress2", 40))}
{row("Town", "town", "txtTown", text("town", "txtTown"), True)}
<tr><td></td><td><input type="checkbox" name="{n}chkCorrDifferent" id="{p}chkCorrDifferent"{m("corr-different")}><label for="{p}chkCorrDifferent">My correspondence address is different</label></td></tr>
<tr><th colspan="2" class="subsection">Correspondence address</th></tr>
{row("Address 1", "corr-addr1", "txtCorrAddress1", text("corr-addr1", "txtCorrAddress1", 40))}
{row("Address 2", "corr-addr2", "txtCorrAddress2", text("corr-addr2", "txtCorrAddress2", 40))}
{row("Town", "corr-town", "txtCorrTown", text("corr-town", "txtCorrTown"))}
{row("Post code", "corr-postcode", "txtCorrPostcode", text("corr-postcode", "txtCorrPostcode", 10))}
<tr><th colspan="2" class="section">3. Vehicle Details</th></tr>
{row("Registration no.", "reg", "txtVRM", text("reg", "txtVRM", 10), True, "e.g. AB12 CDE")}
{row("Make", "make", "txtMake", text("make", "txtMake"), True)}
{row("Model", "model", "txtModel", text("model", "txtModel"))}
{row("Colour", "colour", "txtColour", text("colour", "txtColour", 15))}
{row("Fuel type", "fuel", "ddlFuel", f'<select name="{n}ddlFuel" id="{p}ddlFuel"{m("fuel")}>{_opts(["-- Please select --", "Petrol", "Diesel", "Electric", "Hybrid", "LPG"])}</select>')}
<tr><td class="lbl">Company / lease car?</td><td>
  <input type="radio" name="{n}rblCompany" value="Y" id="{p}rblCompany_0"{m("company-yes")}><label for="{p}rblCompany_0">Yes</label>
  <input type="radio" name="{n}rblCompany" value="N" id="{p}rblCompany_1"{m("company-no")}><label for="{p}rblCompany_1">No</label></td></tr>
<tr><th colspan="2" class="section">4. Permit</th></tr>
{row("Permit type", "permit-type", "ddlPermitType", f'<select name="{n}ddlPermitType" id="{p}ddlPermitType"{m("permit-type")}>{_opts(["-- Please select --", "Resident", "Visitor", "Business", "Doctor"])}</select>', True)}
{row("Start date", "start-date", "txtStartDate", text("start-date", "txtStartDate", 10), True, "(dd/mm/yyyy)")}
<tr><td class="lbl">Permit length</td><td>
  <input type="radio" name="{n}rblLength" value="3" id="{p}rblLength_0"{m("len-3")}><label for="{p}rblLength_0">3 months (&pound;25.00)</label><br>
  <input type="radio" name="{n}rblLength" value="6" id="{p}rblLength_1"{m("len-6")}><label for="{p}rblLength_1">6 months (&pound;45.00)</label><br>
  <input type="radio" name="{n}rblLength" value="12" id="{p}rblLength_2" checked{m("len-12")}><label for="{p}rblLength_2">12 months (&pound;85.00)</label></td></tr>
<tr><th colspan="2" class="section">5. Supporting Documents</th></tr>
{row("Proof of address", "proof-address", "fuProofAddress", f'<input type="file" name="{n}fuProofAddress" id="{p}fuProofAddress"{m("proof-address")}>', True, "utility bill or bank statement, max 2MB")}
{row("Vehicle logbook (V5C)", "proof-vehicle", "fuV5C", f'<input type="file" name="{n}fuV5C" id="{p}fuV5C"{m("proof-vehicle")}>', True)}
<tr><td></td><td><input type="checkbox" name="{n}chkDeclaration" id="{p}chkDeclaration"{m("declare")}><label for="{p}chkDeclaration">I declare that the information given is correct</label></td></tr>
<tr><td></td><td><input type="checkbox" name="{n}chkMarketing" id="{p}chkMarketing"{m("marketing")}><label for="{p}chkMarketing">Send me news about parking in my area</label></td></tr>
<tr><td></td><td class="buttons">
  <input type="submit" name="{n}btnSave" value="Save for later" id="{p}btnSave"{m("save-later")}>
  <input type="reset" value="Clear form" id="{p}btnReset"{m("reset")}>
  <input type="submit" name="{n}btnNext" value="Next &gt;" id="{p}btnNext"{m("continue")}>
  <a href="default.aspx" id="{p}hlCancel"{m("cancel")}>Cancel</a></td></tr>
</table>
"""
    return page1("Parking Permit Application", main)


def _g_input(id_, name, label, key, hint=None, width="govuk-input--width-20", type_="text", extra="", label_class="govuk-label"):
    h = f'<div id="{id_}-hint" class="govuk-hint">{hint}</div>' if hint else ""
    return (f'<div class="govuk-form-group"><label class="{label_class}" for="{id_}">{label}</label>{h}'
            f'<input class="govuk-input {width}" id="{id_}" name="{name}" type="{type_}"'
            f'{attrs(aria__describedby=f"{id_}-hint" if hint else None)}{extra}{m(key)}></div>')


def _g_date(prefix, legend, hint, keys):
    parts = ""
    for (part, label, width), key in zip([("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4)], keys):
        parts += (f'<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="{prefix}-{part}">{label}</label>'
                  f'<input class="govuk-input govuk-date-input__input govuk-input--width-{width}" id="{prefix}-{part}" name="{prefix}-{part}" type="text" inputmode="numeric"{m(key)}></div></div>')
    return (f'<div class="govuk-form-group"><fieldset class="govuk-fieldset" role="group" aria-describedby="{prefix}-hint">'
            f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>'
            f'<div id="{prefix}-hint" class="govuk-hint">{hint}</div><div class="govuk-date-input" id="{prefix}">{parts}</div></fieldset></div>')


def _g_radios(name, legend, items, hint=None, inline=False, legend_size="s"):
    out = ""
    for value, label, key, item_hint in items:
        rid = f"{name}-{value}"
        hh = f'<div id="{rid}-hint" class="govuk-hint govuk-radios__hint">{item_hint}</div>' if item_hint else ""
        out += (f'<div class="govuk-radios__item"><input class="govuk-radios__input" id="{rid}" name="{name}" type="radio" value="{value}"'
                f'{attrs(aria__describedby=f"{rid}-hint" if item_hint else None)}{m(key)}>'
                f'<label class="govuk-label govuk-radios__label" for="{rid}">{label}</label>{hh}</div>')
    h = f'<div id="{name}-hint" class="govuk-hint">{hint}</div>' if hint else ""
    return (f'<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--{legend_size}">{legend}</legend>{h}'
            f'<div class="govuk-radios{" govuk-radios--inline" if inline else ""}">{out}</div></fieldset></div>')


def _g_checkbox(id_, name, label, key, hint=None):
    hh = f'<div id="{id_}-hint" class="govuk-hint govuk-checkboxes__hint">{hint}</div>' if hint else ""
    return (f'<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="{id_}" name="{name}" type="checkbox"'
            f'{attrs(aria__describedby=f"{id_}-hint" if hint else None)}{m(key)}>'
            f'<label class="govuk-label govuk-checkboxes__label" for="{id_}">{label}</label>{hh}</div>')


def permit_v2():
    addresses = ["3 addresses found", "12 Mill Lane, Ashbury, AB2 4PL", "14 Mill Lane, Ashbury, AB2 4PL", "16 Mill Lane, Ashbury, AB2 4PL"]
    main = f"""<a href="/parking/permits" class="govuk-back-link"{m("back")}>Back</a>
<span class="govuk-caption-l">Resident parking permit</span>
<h1 class="govuk-heading-l">Apply for a resident parking permit</h1>
<form method="post" novalidate>
<h2 class="govuk-heading-m">Your details</h2>
{_g_input("first-name", "firstName", "First name", "first-name", width="govuk-input--width-20")}
{_g_input("last-name", "lastName", "Last name", "last-name", width="govuk-input--width-20")}
{_g_date("dob", "Date of birth", "For example, 27 3 1985", ["dob-day", "dob-month", "dob-year"])}
{_g_input("email", "email", "Email address", "email", hint="We'll send your permit confirmation to this address", width="govuk-input--width-30", type_="email")}
{_g_input("phone", "phone", "UK telephone number", "phone", hint="For international numbers include the country code", width="govuk-input--width-20", type_="tel")}
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Your address</legend>
  <div class="app-postcode-lookup">
  {_g_input("postcode", "postcode", "Postcode", "postcode", width="govuk-input--width-10")}
  <button type="button" class="govuk-button govuk-button--secondary" data-testid="postcode-lookup"{m("find-address")}>Find address</button></div>
  <div class="govuk-form-group"><label class="govuk-label" for="address-select">Select an address</label>
    <select class="govuk-select" id="address-select" name="uprn"{m("address-select")}>{_opts(addresses)}</select></div>
  <p><a class="govuk-link" href="#manual-address"{m("manual")}>Enter the address manually</a></p>
  {_g_input("address-line-1", "addressLine1", "Address line 1", "addr1", width="")}
  {_g_input("address-line-2", "addressLine2", "Address line 2 (optional)", "addr2", width="")}
  {_g_input("address-town", "addressTown", "Town or city", "town", width="govuk-input--width-20")}
</fieldset></div>
{_g_radios("correspondence", "Where should we send letters about your permit?", [("same", "To the address above", "corr-same", None), ("different", "To a different address", "corr-different", "For example, if you are away for work")])}
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Correspondence address</legend>
  {_g_input("corr-address-line-1", "corrAddressLine1", "Address line 1", "corr-addr1", width="")}
  {_g_input("corr-address-line-2", "corrAddressLine2", "Address line 2 (optional)", "corr-addr2", width="")}
  {_g_input("corr-address-town", "corrAddressTown", "Town or city", "corr-town", width="govuk-input--width-20")}
  {_g_input("corr-address-postcode", "corrAddressPostcode", "Postcode", "corr-postcode", width="govuk-input--width-10")}
</fieldset></div>
<h2 class="govuk-heading-m">Your vehicle</h2>
{_g_input("vrm", "vehicleRegistration", "Vehicle registration number", "reg", hint="For example, CU57 ABC", width="govuk-input--width-10")}
{_g_input("make", "vehicleMake", "Make", "make", hint="For example, Ford or Nissan", width="govuk-input--width-20")}
{_g_input("colour", "vehicleColour", "Colour", "colour", width="govuk-input--width-10")}
{_g_radios("fuel", "What fuel does the vehicle use?", [("petrol-diesel", "Petrol or diesel", "fuel-petrol", None), ("electric", "Fully electric", "fuel-electric", "Electric vehicles get a 50% discount"), ("hybrid", "Hybrid", "fuel-hybrid", None)])}
{_g_radios("company", "Is this a company or lease vehicle?", [("yes", "Yes", "company-yes", None), ("no", "No", "company-no", None)], hint="You will need a letter from the company or lease firm", inline=True)}
<h2 class="govuk-heading-m">Your permit</h2>
{_g_radios("permit-type", "Which permit do you need?", [("resident", "Resident permit", "permit-resident", "For a vehicle kept at your address"), ("visitor", "Visitor permit", "permit-visitor", "Scratch cards for people visiting you"), ("carer", "Carer permit", "permit-carer", "For a professional or family carer who visits you")])}
{_g_date("start", "When do you want the permit to start?", "For example, 1 2 2027. It must be within the next 3 months.", ["start-day", "start-month", "start-year"])}
{_g_radios("length", "How long do you want the permit for?", [("12", "12 months – &pound;85", "len-12", None), ("6", "6 months – &pound;45", "len-6", None), ("3", "3 months – &pound;25", "len-3", None)])}
<h2 class="govuk-heading-m">Upload documents</h2>
<div class="govuk-form-group"><label class="govuk-label" for="proof-of-address">Upload proof of address</label>
  <div id="proof-of-address-hint" class="govuk-hint">A council tax bill, utility bill or bank statement from the last 3 months</div>
  <input class="govuk-file-upload" id="proof-of-address" name="proofOfAddress" type="file" aria-describedby="proof-of-address-hint"{m("proof-address")}></div>
<div class="govuk-form-group"><label class="govuk-label" for="v5c">Upload your vehicle log book (V5C)</label>
  <input class="govuk-file-upload" id="v5c" name="v5c" type="file"{m("proof-vehicle")}></div>
<div class="govuk-form-group"><div class="govuk-checkboxes">
{_g_checkbox("declaration", "declaration", "I confirm that the information I have given is correct", "declare", hint="Giving false information is a criminal offence")}
</div></div>
<div class="govuk-button-group">
  <button type="submit" class="govuk-button" data-module="govuk-button" data-testid="permit-continue"{m("continue")}>Continue</button>
  <button type="submit" name="save" class="govuk-button govuk-button--secondary"{m("save-later")}>Save and come back later</button>
</div>
<p><a class="govuk-link" href="/parking/permits"{m("cancel")}>Cancel application</a></p>
<p>You can also <a class="govuk-link" href="/parking/permits/paper-form"{m("paper-form")}>apply by post</a>.</p>
</form>
"""
    return page2("Apply for a resident parking permit", main, current="nav-parking")


def permit_v3():
    main = f"""<nav aria-label="Progress" class="stepper"><ol>
  <li aria-current="step">1. You and your vehicle</li><li>2. Documents</li><li>3. Check and pay</li></ol></nav>
<h1>Resident parking permit</h1>
<button type="button" class="icon-button help" aria-label="Get help with this form"{m("help-button")}><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="8"/></svg></button>
<form class="stack" method="post">
<section class="card"><h2>About you</h2>
  <div class="row">
    <input class="field" name="givenName" placeholder="First name" autocomplete="given-name"{m("first-name")}>
    <input class="field" name="familyName" placeholder="Last name" autocomplete="family-name"{m("last-name")}>
  </div>
  <div role="group" aria-labelledby="dob-label" class="date-group"><span id="dob-label" class="group-label">Date of birth</span>
    <input class="field field--2" name="dobDay" inputmode="numeric" placeholder="DD" aria-label="Birth day"{m("dob-day")}>
    <input class="field field--2" name="dobMonth" inputmode="numeric" placeholder="MM" aria-label="Birth month"{m("dob-month")}>
    <input class="field field--4" name="dobYear" inputmode="numeric" placeholder="YYYY" aria-label="Birth year"{m("dob-year")}>
  </div>
  <div class="row">
    <input class="field" type="email" name="email" placeholder="Email address" autocomplete="email"{m("email")}>
    <label class="stacked">Phone number<input class="field" type="tel" name="phone" autocomplete="tel"{m("phone")}></label>
  </div>
</section>
<section class="card"><h2>Your address</h2>
  <label class="stacked">Postcode or street
    <input class="field" role="combobox" aria-expanded="false" aria-autocomplete="list" name="addressSearch" placeholder="Start typing, for example AB2 4PL"{m("postcode")}></label>
  <button type="button" class="link-button" aria-expanded="false" aria-controls="manual-address"{m("manual")}>Enter address manually</button>
  <div id="manual-address" hidden>
    <label>Address line 1<input class="field" name="line1"></label><label>Address line 2<input class="field" name="line2"></label><label>Town<input class="field" name="town"></label>
  </div>
  <div class="switch"><button type="button" role="switch" aria-checked="false" aria-labelledby="corr-label" aria-controls="corr-address"{m("corr-different")}><span class="switch__thumb"></span></button>
    <span id="corr-label">Send letters to a different address</span></div>
  <div id="corr-address" hidden><label>Address line 1<input class="field" name="corrLine1"></label><label>Postcode<input class="field" name="corrPostcode"></label></div>
</section>
<section class="card"><h2>Your vehicle</h2>
  <div class="row">
    <label class="stacked">Registration<input class="field field--reg" name="vrm" placeholder="e.g. CU57 ABC"{m("reg")}></label>
    <input class="field" name="make" placeholder="Make, for example Ford"{m("make")}>
    <input class="field" name="colour" placeholder="Colour"{m("colour")}>
  </div>
  <div role="radiogroup" aria-labelledby="fuel-label" class="segmented"><span id="fuel-label" class="group-label">Fuel</span>
    <label><input type="radio" name="fuel" value="petrol-diesel"{m("fuel-petrol")}> Petrol / diesel</label>
    <label><input type="radio" name="fuel" value="electric"{m("fuel-electric")}> Electric</label>
    <label><input type="radio" name="fuel" value="hybrid"{m("fuel-hybrid")}> Hybrid</label>
  </div>
  <div role="radiogroup" aria-labelledby="company-label" class="segmented"><span id="company-label" class="group-label">Company or lease vehicle?</span>
    <label><input type="radio" name="company" value="yes"{m("company-yes")}> Yes</label>
    <label><input type="radio" name="company" value="no"{m("company-no")}> No</label>
  </div>
</section>
<section class="card"><h2>Choose your permit</h2>
  <div role="radiogroup" aria-label="Permit" class="option-cards">
    <label class="option-card"><input type="radio" name="option" value="res-12"{m("opt-res-12")}> <b>Resident, 12 months</b> <span>&pound;85</span></label>
    <label class="option-card"><input type="radio" name="option" value="res-6"{m("opt-res-6")}> <b>Resident, 6 months</b> <span>&pound;45</span></label>
    <label class="option-card"><input type="radio" name="option" value="visitor"{m("opt-visitor")}> <b>Visitor scratch cards (20)</b> <span>&pound;20</span></label>
    <label class="option-card"><input type="radio" name="option" value="carer"{m("permit-carer")}> <b>Carer permit</b> <span>Free</span></label>
  </div>
  <label class="stacked">Start date<input class="field" type="date" name="startDate"{m("start-picker")}></label>
</section>
<label class="check"><input type="checkbox" name="declaration"{m("declare")}> The information I have given is correct</label>
<div class="actions">
  <button type="submit" class="button"{m("continue")}>Continue to upload documents</button>
  <button type="submit" name="draft" class="button button--secondary"{m("save-later")}>Save draft</button>
  <button type="button" class="button button--ghost" aria-haspopup="dialog"{m("cancel")}>Cancel</button>
</div>
</form>
<div role="dialog" aria-modal="true" aria-labelledby="cancel-title" hidden><h2 id="cancel-title">Cancel your application?</h2>
  <button type="button" class="button button--warning">Yes, cancel</button><button type="button" class="button">No, go back</button></div>
"""
    return page3("Resident parking permit", main, current="nav-parking")


# -- check your answers ------------------------------------------------------------------------

def check_v1():
    rows = [("Name", "Ms Jane Okafor", "name"), ("Date of birth", "14/03/1986", "dob"), ("Email address", "jane.okafor@example.com", "email"),
            ("Daytime telephone", "01632 960 412", "phone"), ("Mobile", "07700 900 318", "mobile"),
            ("Address", "14 Mill Lane, Ashbury, AB2 4PL", "address"), ("Correspondence address", "Same as above", "corr-address"),
            ("Registration no.", "AB12 CDE", "reg"), ("Make", "Nissan", "make"), ("Model", "Leaf", "model"),
            ("Fuel type", "Electric", "fuel"), ("Company / lease car", "No", "company"),
            ("Permit type", "Resident", "permit-type"), ("Start date", "01/02/2027", "start"), ("Permit length", "12 months (&pound;85.00)", "length"),
            ("Proof of address", "council-tax-bill.pdf", "proof-address"), ("Vehicle logbook (V5C)", "v5c-scan.jpg", "proof-vehicle")]
    trs = "".join(f'<tr><td class="lbl">{q}</td><td>{a}</td><td><a href="permit.aspx#{k}" id="ctl00_Main_rptSummary_ctl{i:02d}_hlEdit"{m("edit-" + k)}>Edit</a></td></tr>'
                  for i, (q, a, k) in enumerate(rows))
    main = f"""<h1>Application Summary</h1>
<p><b>Please check your details below before submitting.</b> To correct anything click Edit.</p>
<table class="grid summary" cellspacing="0" border="1" id="ctl00_Main_tblSummary"><tr><th>Question</th><th>Your answer</th><th></th></tr>{trs}</table>
<h2>Payment</h2>
<table class="formtable"><tr><td class="lbl"><label for="ctl00_Main_ddlPayment">Payment method</label></td>
<td><select name="ctl00$Main$ddlPayment" id="ctl00_Main_ddlPayment"{m("pay-method")}>{_opts(["-- Please select --", "Credit / debit card", "Pay by phone", "Cheque (by post)"])}</select></td></tr>
<tr><td class="lbl"><label for="ctl00_Main_txtPromo">Voucher code</label></td><td><input type="text" name="ctl00$Main$txtPromo" id="ctl00_Main_txtPromo" size="10"{m("voucher")}></td></tr></table>
<p><input type="checkbox" name="ctl00$Main$chkTerms" id="ctl00_Main_chkTerms"{m("terms")}><label for="ctl00_Main_chkTerms">I have read and accept the terms and conditions</label>
(<a href="terms.aspx" target="_blank"{m("terms-link")}>view terms</a>)</p>
<p class="buttons">
<input type="submit" name="ctl00$Main$btnBack" value="&lt; Back" id="ctl00_Main_btnBack"{m("back")}>
<input type="submit" name="ctl00$Main$btnSubmit" value="Confirm &amp; Submit" id="ctl00_Main_btnSubmit"{m("submit")}>
<a href="javascript:window.print()" id="ctl00_Main_hlPrint"{m("print")}>Print summary</a> |
<a href="default.aspx" id="ctl00_Main_hlCancel"{m("cancel")}>Cancel application</a></p>
"""
    return page1("Application Summary", main)


def _summary_card(title, rows, card_action=None):
    out = ""
    for q, a, key, hidden in rows:
        out += (f'<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{q}</dt><dd class="govuk-summary-list__value">{a}</dd>'
                f'<dd class="govuk-summary-list__actions"><a class="govuk-link" href="#{key}" data-testid="summary-change"{m("edit-" + key)}>Change{VH.format(" " + hidden)}</a></dd></div>')
    act = ""
    if card_action:
        t, key = card_action
        act = f'<ul class="govuk-summary-card__actions"><li><a class="govuk-link" href="#{key}"{m(key)}>{t}</a></li></ul>'
    return (f'<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">{title}</h2>{act}</div>'
            f'<div class="govuk-summary-card__content"><dl class="govuk-summary-list">{out}</dl></div></div>')


def check_v2():
    main = f"""<a href="/parking/permits/apply" class="govuk-back-link"{m("back")}>Back</a>
<h1 class="govuk-heading-l">Check your answers before sending your application</h1>
{_summary_card("Your details", [("Name", "Jane Okafor", "name", "name"), ("Date of birth", "14 March 1986", "dob", "date of birth"),
                                ("Email address", "jane.okafor@example.com", "email", "email address"), ("UK telephone number", "07700 900 318", "phone", "telephone number")])}
{_summary_card("Address", [("Home address", "14 Mill Lane<br>Ashbury<br>AB2 4PL", "address", "home address"),
                           ("Correspondence address", "Same as home address", "corr-address", "correspondence address")])}
{_summary_card("Vehicle", [("Registration number", "AB12 CDE", "reg", "registration number"), ("Make", "Nissan", "make", "make"),
                           ("Colour", "Silver", "colour", "colour"), ("Fuel", "Fully electric", "fuel", "fuel"),
                           ("Company or lease vehicle", "No", "company", "whether this is a company or lease vehicle")])}
{_summary_card("Registered keeper", [("Name", "Daniel Okafor", "keeper-name", "name"), ("Address", "14 Mill Lane<br>Ashbury<br>AB2 4PL", "keeper-address", "address")],
               card_action=("Remove keeper", "keeper-remove"))}
{_summary_card("Permit", [("Permit type", "Resident permit", "permit-type", "permit type"), ("Start date", "1 February 2027", "start", "start date"),
                          ("Length", "12 months – &pound;85", "length", "length")])}
{_summary_card("Documents", [("Proof of address", "council-tax-bill.pdf", "proof-address", "proof of address"),
                             ("Vehicle log book (V5C)", "v5c-scan.jpg", "proof-vehicle", "vehicle log book")])}
{_g_radios("payment", "How do you want to pay?", [("card", "Debit or credit card", "pay-card", None), ("phone", "By phone", "pay-phone", "We will call you within 2 working days")], legend_size="m")}
<h2 class="govuk-heading-m">Now send your application</h2>
<p class="govuk-body">By sending this application you are confirming that, to the best of your knowledge, the details you are providing are correct.</p>
<div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small">
{_g_checkbox("terms", "terms", "I agree to the permit terms and conditions", "terms")}</div></div>
<p><a class="govuk-link" href="/parking/permits/terms" target="_blank"{m("terms-link")}>Read the permit terms and conditions (opens in new tab)</a></p>
<div class="govuk-button-group">
  <button type="submit" class="govuk-button" data-testid="submit-application"{m("submit")}>Accept and send</button>
  <a class="govuk-link" href="#" onclick="window.print()"{m("print")}>Print this page</a>
</div>
<p><a class="govuk-link" href="/parking/permits"{m("cancel")}>Cancel application</a></p>
"""
    return page2("Check your answers", main, current="nav-parking")


def check_v3():
    def section(title, rows):
        out = "".join(f'<div class="summary-row"><dt>{q}</dt><dd>{a}</dd><dd><button type="button" class="icon-button" aria-label="Edit {label}"{m("edit-" + key)}>'
                      f'<svg width="16" height="16" aria-hidden="true"><path d="M2 12l8-8 2 2-8 8H2z"/></svg></button></dd></div>' for q, a, key, label in rows)
        return f'<section class="card"><h2>{title}</h2><dl class="summary">{out}</dl></section>'
    main = f"""<nav aria-label="Progress" class="stepper"><ol>
  <li>1. You and your vehicle</li><li>2. Documents</li><li aria-current="step">3. Check and pay</li></ol></nav>
<h1>Check your application</h1>
<button type="button" class="icon-button" aria-label="Print summary"{m("print")}><svg width="18" height="18" aria-hidden="true"><rect x="3" y="6" width="12" height="8"/></svg></button>
{section("Permit", [("Permit", "Resident, 12 months (&pound;85)", "length", "permit"), ("Start date", "1 February 2027", "start", "start date")])}
{section("About you", [("Name", "Jane Okafor", "name", "name"), ("Date of birth", "14/03/1986", "dob", "date of birth"),
                       ("Email", "jane.okafor@example.com", "email", "email"), ("Phone", "07700 900 318", "phone", "phone")])}
{section("Address", [("Address", "14 Mill Lane, Ashbury AB2 4PL", "address", "address"), ("Letters sent to", "Same address", "corr-address", "where letters are sent")])}
{section("Vehicle", [("Registration", "AB12 CDE", "reg", "registration"), ("Make and colour", "Nissan, silver", "make", "make and colour"),
                     ("Fuel", "Electric", "fuel", "fuel"), ("Company or lease", "No", "company", "company or lease")])}
{section("Registered keeper", [("Keeper's name", "Daniel Okafor", "keeper-name", "registered keeper name"), ("Keeper's address", "14 Mill Lane, Ashbury AB2 4PL", "keeper-address", "registered keeper address")])}
<label class="check"><input type="checkbox" name="terms"{m("terms")}> I accept the <a href="/parking/permits/terms"{m("terms-link")}>terms and conditions</a></label>
<div class="actions">
  <button type="submit" class="button"{m("submit")}>Continue to payment</button>
  <button type="submit" name="draft" class="button button--secondary"{m("save-draft")}>Save draft</button>
  <a href="/parking/permits/apply" class="button button--ghost"{m("back")}>Back</a>
</div>
"""
    return page3("Check your application", main, current="nav-parking")


# -- report a problem --------------------------------------------------------------------------

REPORTS = [  # ref, problem, location, status, date
    ("10231", "Pothole", "Mill Lane", "Open", "2 Dec 2026"),
    ("10228", "Street light not working", "Church Road", "In progress", "30 Nov 2026"),
    ("10219", "Fly-tipping", "Station Approach", "Fixed", "27 Nov 2026"),
    ("10207", "Graffiti", "Market Square", "Open", "24 Nov 2026"),
    ("10199", "Blocked drain", "Mill Lane", "Fixed", "20 Nov 2026"),
    ("10240", "Overgrown hedge", "Park Road", "Open", "4 Dec 2026"),
]


def report_v1():
    p, n = "ctl00_Main_", "ctl00$Main$"
    cats = ["-- Please select --", "Pothole", "Street light fault", "Fly-tipping", "Graffiti", "Blocked drain", "Abandoned vehicle", "Dog fouling", "Overgrown vegetation"]
    rows = "".join(f'<tr><td>{ref}</td><td>{prob}</td><td>{loc}</td><td>{st}</td>'
                   f'<td><a href="report.aspx?ref={ref}"{m("view-" + ref)}>View</a> | <a href="subscribe.aspx?ref={ref}"{m("sub-" + ref)}>Get updates</a></td></tr>'
                   for ref, prob, loc, st, _ in REPORTS[:5])
    main = f"""<table width="100%" cellpadding="6"><tr><td valign="top" width="65%">
<h1>Report a Problem</h1>
<p class="warning">If there is an immediate danger to the public please telephone <a href="tel:01632960000"{m("emergency")}>01632 960000</a> (24 hours).</p>
<table class="formtable" cellpadding="3">
<tr><th colspan="2" class="section">The problem</th></tr>
<tr><td class="lbl"><label for="{p}ddlProblemType">Type of problem</label> <span class="req">*</span></td>
  <td><select name="{n}ddlProblemType" id="{p}ddlProblemType"{m("category")}>{_opts(cats)}</select></td></tr>
<tr><td class="lbl"><label for="{p}txtStreet">Street name</label> <span class="req">*</span></td><td><input type="text" name="{n}txtStreet" id="{p}txtStreet" size="30"{m("street")}></td></tr>
<tr><td class="lbl"><label for="{p}txtHouseNo">Nearest house no./name</label></td><td><input type="text" name="{n}txtHouseNo" id="{p}txtHouseNo" size="10"{m("house-number")}></td></tr>
<tr><td class="lbl"><label for="{p}ddlArea">Town/Area</label></td><td><select name="{n}ddlArea" id="{p}ddlArea"{m("area")}>{_opts(["Ashbury", "Ashbury Green", "Little Ashbury", "Westcombe"])}</select></td></tr>
<tr><td class="lbl"><label for="{p}txtLocation">Location details</label></td><td><textarea name="{n}txtLocation" id="{p}txtLocation" rows="2" cols="40"{m("location-details")}></textarea></td></tr>
<tr><td class="lbl"><label for="{p}txtDescription">Description of problem</label> <span class="req">*</span></td><td><textarea name="{n}txtDescription" id="{p}txtDescription" rows="5" cols="40"{m("description")}></textarea></td></tr>
<tr><td class="lbl">Is it dangerous?</td><td>
  <input type="radio" name="{n}rblDanger" id="{p}rblDanger_0" value="Y"{m("danger-yes")}><label for="{p}rblDanger_0">Yes</label>
  <input type="radio" name="{n}rblDanger" id="{p}rblDanger_1" value="N"{m("danger-no")}><label for="{p}rblDanger_1">No</label></td></tr>
<tr><td class="lbl"><label for="{p}fuPhoto1">Photo</label></td><td><input type="file" name="{n}fuPhoto1" id="{p}fuPhoto1"{m("photo")}></td></tr>
<tr><td class="lbl"><label for="{p}fuPhoto2">Photo 2</label></td><td><input type="file" name="{n}fuPhoto2" id="{p}fuPhoto2"{m("photo2")}></td></tr>
<tr><th colspan="2" class="section">Your details</th></tr>
<tr><td class="lbl"><label for="{p}txtName">Name</label></td><td><input type="text" name="{n}txtName" id="{p}txtName" size="30"{m("name")}></td></tr>
<tr><td class="lbl"><label for="{p}txtEmail">Email</label></td><td><input type="text" name="{n}txtEmail" id="{p}txtEmail" size="30"{m("email")}></td></tr>
<tr><td class="lbl"><label for="{p}txtPhone">Phone</label></td><td><input type="text" name="{n}txtPhone" id="{p}txtPhone" size="20"{m("phone")}></td></tr>
<tr><td class="lbl">Contact me by</td><td>
  <input type="checkbox" name="{n}chkContactEmail" id="{p}chkContactEmail"{m("pref-email")}><label for="{p}chkContactEmail">Email</label>
  <input type="checkbox" name="{n}chkContactPhone" id="{p}chkContactPhone"{m("pref-phone")}><label for="{p}chkContactPhone">Phone</label>
  <input type="checkbox" name="{n}chkContactPost" id="{p}chkContactPost"{m("pref-post")}><label for="{p}chkContactPost">Post</label></td></tr>
<tr><td></td><td><input type="checkbox" name="{n}chkAnonymous" id="{p}chkAnonymous"{m("anonymous")}><label for="{p}chkAnonymous">I wish to remain anonymous</label></td></tr>
<tr><td></td><td class="buttons"><input type="submit" name="{n}btnSubmit" value="Submit Report" id="{p}btnSubmit"{m("submit")}>
  <input type="reset" value="Reset Form" id="{p}btnReset"{m("reset")}></td></tr>
</table>
</td><td valign="top" class="sidebar">
<h3>Recent reports in your area</h3>
<table class="grid" cellspacing="0" border="1"><tr><th>Ref</th><th>Problem</th><th>Location</th><th>Status</th><th></th></tr>{rows}</table>
<p><a href="reportsmap.aspx"{m("map-link")}>View map of all reports</a></p>
</td></tr></table>
"""
    return page1("Report a Problem", main)


def report_v2():
    cats = [("pothole", "Pothole or damaged road", "cat-pothole", "Includes pavements and cycle lanes"),
            ("street-light", "Street light not working", "cat-light", "Find the number on the lamp post if you can"),
            ("fly-tipping", "Fly-tipping", "cat-flytip", None),
            ("graffiti", "Graffiti", "cat-graffiti", "We remove offensive graffiti within 24 hours"),
            ("drain", "Blocked drain or flooding", "cat-drain", None),
            ("abandoned-vehicle", "Abandoned vehicle", "cat-vehicle", None),
            ("other", "Something else", "cat-other", None)]
    order = ["10240", "10231", "10207", "10228", "10219"]
    cards = ""
    for ref in order:
        _, prob, loc, st, date = next(r for r in REPORTS if r[0] == ref)
        cards += (f'<li class="app-report"><h3 class="govuk-heading-s">{prob} – {loc}</h3><p><strong class="govuk-tag">{st}</strong> Reported {date}</p>'
                  f'<a class="govuk-link" href="/reports/{ref}" data-testid="recent-report-link"{m("view-" + ref)}>View report{VH.format(" " + ref + ", " + prob.lower() + " on " + loc)}</a></li>')
    main = f"""<a href="/" class="govuk-back-link"{m("back")}>Back</a>
<h1 class="govuk-heading-l">Report a problem on a street or in a public place</h1>
<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text">
If someone is in immediate danger, <a class="govuk-link" href="tel:01632960000"{m("emergency")}>call 01632 960000</a>.</strong></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<form method="post" novalidate>
{_g_radios("problem", "What is the problem?", [(v, l, k, h) for v, l, k, h in cats], legend_size="m")}
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Where is the problem?</legend>
{_g_input("street", "street", "Street or road name", "street", width="govuk-input--width-20")}
{_g_input("postcode", "postcode", "Postcode (optional)", "postcode", width="govuk-input--width-10")}
<button type="button" class="govuk-button govuk-button--secondary" data-testid="geolocate"{m("geo")}>Use my current location</button>
<div class="govuk-form-group"><label class="govuk-label" for="location-details">Describe the exact location</label>
  <div id="location-details-hint" class="govuk-hint">For example, outside number 12 or next to the bus stop</div>
  <textarea class="govuk-textarea" id="location-details" name="locationDetails" rows="2" aria-describedby="location-details-hint"{m("location-details")}></textarea></div>
</fieldset></div>
<div class="govuk-form-group govuk-character-count"><label class="govuk-label govuk-label--m" for="description">Describe the problem</label>
  <div id="description-hint" class="govuk-hint">Tell us how big it is and how long it has been there</div>
  <textarea class="govuk-textarea" id="description" name="description" rows="5" aria-describedby="description-hint description-info"{m("description")}></textarea>
  <div id="description-info" class="govuk-hint govuk-character-count__message">You can enter up to 500 characters</div></div>
{_g_radios("danger", "Is anyone in immediate danger?", [("yes", "Yes", "danger-yes", None), ("no", "No", "danger-no", None)], inline=True)}
<div class="govuk-form-group"><label class="govuk-label" for="photo">Upload a photo (optional)</label>
  <input class="govuk-file-upload" id="photo" name="photo" type="file"{m("photo")}></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Your details</legend>
{_g_input("full-name", "fullName", "Full name", "name", width="govuk-input--width-20")}
{_g_input("contact-email", "email", "Email address", "email", width="govuk-input--width-30", type_="email")}
{_g_input("mobile", "mobile", "UK mobile number", "phone", width="govuk-input--width-20", type_="tel")}
</fieldset></div>
{_g_radios("updates", "How should we update you about this report?", [("email", "Email", "upd-email", None), ("text", "Text message", "upd-text", None), ("none", "Do not send me updates", "upd-none", None)])}
<div class="govuk-form-group"><div class="govuk-checkboxes">
{_g_checkbox("anonymous", "anonymous", "Report anonymously", "anonymous", hint="We will not be able to contact you about this report")}</div></div>
<div class="govuk-button-group">
  <button type="submit" class="govuk-button" data-testid="report-submit"{m("submit")}>Send report</button>
  <a class="govuk-link" href="/"{m("cancel")}>Cancel</a></div>
</form>
</div>
<div class="govuk-grid-column-one-third"><aside class="app-related">
  <h2 class="govuk-heading-m">Recent reports near you</h2><ul class="govuk-list app-report-list">{cards}</ul>
  <p><a class="govuk-link" href="/reports/map"{m("map-link")}>See all reports on a map</a></p>
</aside></div></div>
"""
    return page2("Report a problem", main)


def report_v3():
    tiles = [("pothole", "Pothole", "cat-pothole"), ("street-light", "Street light", "cat-light"), ("fly-tipping", "Fly-tipping", "cat-flytip"),
             ("graffiti", "Graffiti", "cat-graffiti"), ("drain", "Drain or flooding", "cat-drain"), ("abandoned-vehicle", "Abandoned vehicle", "cat-vehicle"),
             ("other", "Something else", "cat-other")]
    radios = "".join(f'<label class="tile"><input type="radio" name="problem" value="{v}"{m(k)}><svg width="24" height="24" aria-hidden="true"><rect width="24" height="24"/></svg> {t}</label>'
                     for v, t, k in tiles)
    order = ["10240", "10231", "10228", "10207"]
    rows = ""
    for ref in order:
        _, prob, loc, st, date = next(r for r in REPORTS if r[0] == ref)
        rows += (f'<div role="row" class="grid-row"><span role="gridcell">{prob}</span><span role="gridcell">{loc}</span><span role="gridcell">{st}</span>'
                 f'<span role="gridcell"><a class="icon-button" href="/reports/{ref}" aria-label="Open report {ref}"{m("view-" + ref)}><svg width="16" height="16" aria-hidden="true"><path d="M4 8h8"/></svg></a>'
                 f'<button type="button" class="icon-button" aria-label="Follow {prob.lower()} on {loc}"{m("follow-" + ref)}><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="4"/></svg></button></span></div>')

    def switch(id_, label, key):
        return (f'<div class="switch"><button type="button" role="switch" aria-checked="false" aria-labelledby="{id_}"{m(key)}><span class="switch__thumb"></span></button>'
                f'<span id="{id_}">{label}</span></div>')
    main = f"""<h1>Report a problem</h1>
<p class="callout">Someone in danger? Call <a href="tel:01632960000"{m("emergency")}>01632 960000</a>, day or night.</p>
<form class="stack" method="post">
<section class="card"><h2>What's wrong?</h2><div role="radiogroup" aria-label="Problem type" class="tiles">{radios}</div></section>
<section class="card"><h2>Where?</h2>
  <div class="row">
    <input class="field" name="street" placeholder="Street or road"{m("street")}>
    <input class="field field--short" name="postcode" placeholder="Postcode"{m("postcode")}>
    <button type="button" class="icon-button" aria-label="Use my current location"{m("geo")}><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="3"/></svg></button>
  </div>
</section>
<section class="card"><h2>Tell us more</h2>
  <textarea class="field" name="description" rows="5" placeholder="What is the problem and where exactly is it?"{m("description")}></textarea>
  {switch("danger-label", "Someone could get hurt", "danger")}
  <label class="stacked">Add photos<input type="file" name="photos" multiple{m("photo")}></label>
</section>
<section class="card"><h2>About you</h2>
  <div class="row">
    <input class="field" name="name" placeholder="Your name" autocomplete="name"{m("name")}>
    <input class="field" type="email" name="email" placeholder="Your email" autocomplete="email"{m("email")}>
  </div>
  {switch("updates-label", "Email me when the status changes", "upd-email")}
  {switch("anon-label", "Keep my details private", "anonymous")}
</section>
<div class="actions"><button type="submit" class="button"{m("submit")}>Report problem</button>
  <a href="/" class="button button--ghost"{m("cancel")}>Cancel</a></div>
</form>
<section class="card"><h2>Already reported nearby</h2>
  <div role="grid" aria-label="Reports nearby" class="grid">
    <div role="row" class="grid-row grid-head"><span role="columnheader">Problem</span><span role="columnheader">Street</span><span role="columnheader">Status</span><span role="columnheader">Actions</span></div>{rows}
  </div>
  <a href="/reports/map"{m("map-link")}>Reports map</a>
</section>
"""
    return page3("Report a problem", main)


# -- resident account --------------------------------------------------------------------------

BILLS = [  # key, v1 year, v2 year, amount, status
    ("2627", "2026/27", "2026 to 2027", "&pound;1,921.40", "Not yet due"),
    ("2526", "2025/26", "2025 to 2026", "&pound;1,842.50", "Due"),
    ("2425", "2024/25", "2024 to 2025", "&pound;1,756.10", "Paid"),
    ("2324", "2023/24", "2023 to 2024", "&pound;1,690.00", "Paid"),
    ("2223", "2022/23", "2022 to 2023", "&pound;1,622.85", "Paid"),
]
PROPERTIES = [("mill", "14 Mill Lane, Ashbury AB2 4PL", "Main home"), ("orchard", "3 Orchard Close, Ashbury AB3 9QT", "Let property"),
              ("high", "Flat 2, 40 High Street, Ashbury AB1 2CD", "Let property")]


def account_v1():
    p, n = "ctl00_Main_", "ctl00$Main$"
    menu = [("details", "My details"), ("bins", "My bins"), ("tax", "My council tax"), ("permits", "My permits"), ("reports", "My reports"), ("settings", "Account settings")]
    side = "".join(f'<li><a href="account.aspx?tab={k}"{m("menu-" + k)}>{t}</a></li>' for k, t in menu)
    side += f'<li><a href="logout.aspx"{m("menu-logout")}>Log out</a></li>'
    bins = [("black", "General waste (black bin)", "Tue 8 Dec"), ("blue", "Recycling (blue bin)", "Tue 15 Dec"),
            ("brown", "Garden waste (brown bin)", "Tue 15 Dec"), ("food", "Food waste (caddy)", "Tue 8 Dec")]
    bin_rows = "".join(f'<tr><td>{d}</td><td>{t}</td><td><a href="missedbin.aspx?bin={k}"{m("missed-" + k)}>Report missed</a></td></tr>' for k, t, d in bins)
    bill_rows = ""
    for key, y1, _, amount, status in BILLS[1:]:
        pay = f'<a href="pay.aspx?year={key}"{m("bill-pay-" + key)}>Pay now</a>' if status == "Due" else ""
        bill_rows += (f'<tr><td>{y1}</td><td>{amount}</td><td>{status}</td><td><a href="bill.aspx?year={key}"{m("bill-view-" + key)}>View</a></td>'
                      f'<td><a href="bill.aspx?year={key}&amp;pdf=1"{m("bill-dl-" + key)}>Download PDF</a></td><td>{pay}</td></tr>')
    dds = [("ctax", "DD-4471", "Council Tax", "&pound;153.54 monthly"), ("garden", "DD-5120", "Garden waste", "&pound;48.00 yearly")]
    dd_rows = "".join(f'<tr><td>{ref}</td><td>{what}</td><td>{amt}</td><td><a href="ddcancel.aspx?ref={ref}"{m("dd-cancel-" + k)}>Cancel</a></td></tr>' for k, ref, what, amt in dds)
    prop_rows = "".join(f'<tr><td>{addr}</td><td>{kind}</td><td><input type="submit" name="{n}gvProperties$ctl0{i}$btnRemove" value="Remove" id="{p}gvProperties_ctl0{i}_btnRemove"{m("prop-remove-" + k)}></td></tr>'
                        for i, (k, addr, kind) in enumerate(PROPERTIES, 2))

    def cb(id_, label, key):
        return f'<input type="checkbox" name="{n}{id_}" id="{p}{id_}"{m(key)}><label for="{p}{id_}">{label}</label><br>'

    def pw(id_, label, key):
        return f'<tr><td class="lbl"><label for="{p}{id_}">{label}</label></td><td><input type="password" name="{n}{id_}" id="{p}{id_}"{m(key)}></td></tr>'
    main = f"""<table width="100%" cellpadding="6"><tr><td valign="top" width="20%" class="sidebar"><h3>My Account</h3><ul class="sidemenu">{side}</ul></td>
<td valign="top">
<h1>My Account</h1><p>Welcome back, Jane Okafor. Your council tax account number is 40281177.</p>
<h2>Bin collections</h2>
<p>Your collection day is <b>Tuesday</b>.</p>
<table class="grid" cellspacing="0" border="1"><tr><th>Date</th><th>Bin</th><th></th></tr>{bin_rows}</table>
<p><a href="calendar.aspx?pdf=1"{m("calendar")}>Download collection calendar</a> | <a href="orderbin.aspx"{m("order-bin")}>Order a new bin</a></p>
<h2>Council Tax bills</h2>
<table class="grid" cellspacing="0" border="1"><tr><th>Year</th><th>Amount</th><th>Status</th><th></th><th></th><th></th></tr>{bill_rows}</table>
<h2>Direct Debits</h2>
<table class="grid" cellspacing="0" border="1"><tr><th>Reference</th><th>For</th><th>Amount</th><th></th></tr>{dd_rows}</table>
<p><a href="ddsetup.aspx"{m("dd-new")}>Set up a new Direct Debit</a></p>
<h2>Linked properties</h2>
<table class="grid" cellspacing="0" border="1"><tr><th>Address</th><th>Type</th><th></th></tr>{prop_rows}</table>
<p><label for="{p}txtAccountNo">Council tax account no.</label> <input type="text" name="{n}txtAccountNo" id="{p}txtAccountNo" size="10"{m("prop-account")}>
<input type="submit" name="{n}btnAddProperty" value="Add property" id="{p}btnAddProperty"{m("prop-add")}></p>
<h2>Notifications</h2>
<p>{cb("chkBinEmail", "Email me the day before my bin collection", "notif-bins-email")}
{cb("chkBinSms", "Text me the day before my bin collection", "notif-bins-sms")}
{cb("chkTaxReminder", "Council tax payment reminders", "notif-tax")}
{cb("chkNewsletter", "Ashbury News monthly newsletter", "notif-news")}
{cb("chkPlanning", "Planning applications near me", "notif-planning")}
<input type="submit" name="{n}btnSavePrefs" value="Save" id="{p}btnSavePrefs"{m("notif-save")}></p>
<h2>Change Password</h2>
<table class="formtable">{pw("txtCurrentPassword", "Current password", "pw-current")}{pw("txtNewPassword", "New password", "pw-new")}{pw("txtConfirmPassword", "Confirm new password", "pw-confirm")}
<tr><td></td><td><input type="submit" name="{n}btnChangePassword" value="Change Password" id="{p}btnChangePassword"{m("pw-submit")}></td></tr></table>
<p><a href="closeaccount.aspx"{m("close-account")}>Close my account</a></p>
</td></tr></table>
"""
    return page1("My Account", main)


def account_v2():
    menu = [("details", "Your details"), ("bins", "Bins"), ("tax", "Council Tax"), ("permits", "Parking permits"), ("reports", "Your reports"), ("settings", "Settings")]
    side = "".join(f'<li class="app-subnav__item"><a class="app-subnav__link govuk-link" href="/account/{k}"{m("menu-" + k)}>{t}</a></li>' for k, t in menu)
    bins = [("blue", "Recycling", "blue bin", "Tuesday 15 December"), ("black", "General waste", "black bin", "Tuesday 8 December"),
            ("brown", "Garden waste", "brown bin", "Tuesday 15 December"), ("glass", "Glass", "green box", "Tuesday 22 December")]
    bin_cards = "".join(f'<div class="govuk-summary-card app-bin"><div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">{t} ({c})</h3></div>'
                        f'<div class="govuk-summary-card__content"><p class="govuk-body">Next collection: <strong>{d}</strong></p>'
                        f'<a class="govuk-link" href="/bins/missed?bin={k}" data-testid="missed-bin-link"{m("missed-" + k)}>Report a missed collection{VH.format(" for " + t.lower())}</a></div></div>'
                        for k, t, c, d in bins)
    bill_rows = ""
    for key, _, y2, amount, status in BILLS[:4]:
        pay = (f'<a href="/council-tax/pay?year={key}" role="button" class="govuk-button govuk-button--secondary app-button--small" data-testid="bill-pay"{m("bill-pay-" + key)}>Pay{VH.format(" " + y2 + " bill")}</a>'
               if status == "Due" else "")
        bill_rows += (f'<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">{y2}</th><td class="govuk-table__cell">{amount}</td>'
                      f'<td class="govuk-table__cell"><strong class="govuk-tag">{status}</strong></td>'
                      f'<td class="govuk-table__cell"><a class="govuk-link" href="/council-tax/bills/{key}" data-testid="bill-view"{m("bill-view-" + key)}>View{VH.format(" " + y2 + " bill")}</a></td>'
                      f'<td class="govuk-table__cell"><a class="govuk-link" href="/council-tax/bills/{key}.pdf" data-testid="bill-download"{m("bill-dl-" + key)}>Download{VH.format(" " + y2 + " bill")}</a></td>'
                      f'<td class="govuk-table__cell">{pay}</td></tr>')
    dds = [("ctax", "Council Tax", "&pound;153.54 on the 1st of each month"), ("garden", "Garden waste", "&pound;48.00 every April")]
    dd_rows = "".join(f'<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{what}</dt><dd class="govuk-summary-list__value">{amt}</dd>'
                      f'<dd class="govuk-summary-list__actions"><a class="govuk-link" href="/direct-debits/{k}/cancel"{m("dd-cancel-" + k)}>Cancel{VH.format(" " + what + " Direct Debit")}</a></dd></div>' for k, what, amt in dds)
    prop_rows = ""
    for k, addr, kind in PROPERTIES:
        remove = ("" if k == "mill" else
                  f'<a href="/account/properties/{k}/remove" role="button" class="govuk-button govuk-button--warning app-button--small" data-testid="remove-property"{m("prop-remove-" + k)}>Remove{VH.format(" " + addr)}</a>')
        prop_rows += f'<tr class="govuk-table__row"><td class="govuk-table__cell">{addr}</td><td class="govuk-table__cell">{kind}</td><td class="govuk-table__cell">{remove}</td></tr>'

    def pw(id_, label, key, show_key, hint=None):
        h = f'<div id="{id_}-hint" class="govuk-hint">{hint}</div>' if hint else ""
        return (f'<div class="govuk-form-group govuk-password-input"><label class="govuk-label" for="{id_}">{label}</label>{h}<div class="govuk-input__wrapper">'
                f'<input class="govuk-input govuk-password-input__input govuk-input--width-20" id="{id_}" name="{id_}" type="password" autocomplete="off"{m(key)}>'
                f'<button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle" aria-controls="{id_}" aria-label="Show password"{m(show_key)}>Show</button></div></div>')
    main = f"""<h1 class="govuk-heading-xl">Your account</h1>
<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter"><nav class="app-subnav" aria-label="Account"><ul>{side}</ul></nav></div>
<div class="govuk-grid-column-three-quarters">
<p class="govuk-body">Signed in as Jane Okafor. Council Tax account 40281177.</p>
<h2 class="govuk-heading-l">Bins</h2><p class="govuk-body">Your bins are collected on <strong>Tuesdays</strong>.</p>
{bin_cards}
<p><a class="govuk-link" href="/bins/calendar.pdf"{m("calendar")}>Download your collection calendar (PDF, 120KB)</a></p>
<p><a class="govuk-link" href="/bins/order"{m("order-bin")}>Request a new or replacement bin</a></p>
<h2 class="govuk-heading-l">Council Tax bills</h2>
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Year</th><th scope="col" class="govuk-table__header">Amount</th>
<th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th><th></th><th></th></tr></thead>
<tbody class="govuk-table__body">{bill_rows}</tbody></table>
<h2 class="govuk-heading-m">Direct Debits</h2>
<dl class="govuk-summary-list">{dd_rows}</dl>
<a href="/direct-debits/new" role="button" class="govuk-button govuk-button--secondary"{m("dd-new")}>Set up a Direct Debit</a>
<h2 class="govuk-heading-l">Your properties</h2>
<table class="govuk-table"><tbody class="govuk-table__body">{prop_rows}</tbody></table>
{_g_input("account-number", "accountNumber", "Council Tax account number", "prop-account", hint="This is 8 digits and is on your bill", width="govuk-input--width-10")}
<button type="submit" class="govuk-button govuk-button--secondary" data-testid="add-property"{m("prop-add")}>Add a property</button>
<h2 class="govuk-heading-l">Notifications</h2>
<form method="post">
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Bin collection reminders</legend>
  <div id="bin-reminders-hint" class="govuk-hint">We send reminders the evening before collection day</div>
  <div class="govuk-checkboxes govuk-checkboxes--small">{_g_checkbox("bin-email", "binReminders", "Email", "notif-bins-email")}{_g_checkbox("bin-sms", "binReminders", "Text message", "notif-bins-sms")}</div></fieldset></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Council Tax payment reminders</legend>
  <div class="govuk-checkboxes govuk-checkboxes--small">{_g_checkbox("tax-email", "taxReminders", "Email", "notif-tax")}</div></fieldset></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">News and updates</legend>
  <div class="govuk-checkboxes govuk-checkboxes--small">{_g_checkbox("newsletter", "news", "Ashbury News (monthly)", "notif-news")}{_g_checkbox("planning-alerts", "news", "Planning applications within 500 metres of my home", "notif-planning")}</div></fieldset></div>
<button type="submit" class="govuk-button" data-testid="save-notifications"{m("notif-save")}>Save notification settings</button>
</form>
<h2 class="govuk-heading-l">Change your password</h2>
<form method="post">
{pw("current-password", "Current password", "pw-current", "pw-show-current")}
{pw("new-password", "New password", "pw-new", "pw-show-new", hint="Must be at least 12 characters")}
{pw("confirm-password", "Confirm new password", "pw-confirm", "pw-show-confirm")}
<button type="submit" class="govuk-button"{m("pw-submit")}>Change password</button>
</form>
<p><a class="govuk-link app-link--destructive" href="/account/delete"{m("close-account")}>Delete your account</a></p>
</div></div>
"""
    return page2("Your account", main, current="nav-account")


def account_v3():
    menu = [("details", "Overview"), ("bins", "Bins"), ("tax", "Council Tax"), ("permits", "Permits"), ("settings", "Settings")]
    side = "".join(f'<li><a href="/account/{k}"{m("menu-" + k, aria__current="page" if k == "details" else None)}>{t}</a></li>' for k, t in menu)
    bins = [("blue", "Recycling", "Tue 15 Dec"), ("black", "General waste", "Tue 8 Dec"), ("brown", "Garden waste", "Tue 15 Dec"), ("glass", "Glass", "Tue 22 Dec")]
    bin_cards = "".join(f'<li class="bin-card"><h3>{t}</h3><p>{d}</p>'
                        f'<button type="button" class="icon-button" aria-label="Report missed {t.lower()} collection"{m("missed-" + k)}><svg width="16" height="16" aria-hidden="true"><path d="M2 2l12 12"/></svg></button>'
                        f'<button type="button" class="icon-button" aria-label="Add {t.lower()} collection to calendar"{m("cal-" + k)}><svg width="16" height="16" aria-hidden="true"><rect width="14" height="12" y="2"/></svg></button></li>'
                        for k, t, d in bins)

    def bill_row(key, y2, amount, status, hidden=False):
        pay = (f'<button type="button" class="button button--small"{m(None if hidden else "bill-pay-" + key)}>Pay {amount}</button>' if status == "Due" else "")
        mk = (lambda k: None) if hidden else m
        return (f'<div role="row"><span role="rowheader">{y2}</span><span role="gridcell">{amount}</span><span role="gridcell">{status}</span>'
                f'<span role="gridcell"><a class="icon-button" href="/council-tax/bills/{key}" aria-label="View {y2} bill"{mk("bill-view-" + key)}><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="3"/></svg></a>'
                f'<a class="icon-button" href="/council-tax/bills/{key}.pdf" aria-label="Download {y2} bill"{mk("bill-dl-" + key)}><svg width="16" height="16" aria-hidden="true"><path d="M8 2v9"/></svg></a>{pay}</span></div>')
    current = "".join(bill_row(k, y2, a, s) for k, _, y2, a, s in BILLS[:2])
    past = "".join(bill_row(k, y2, a, s, hidden=True) for k, _, y2, a, s in BILLS[2:4])
    head = '<div role="row"><span role="columnheader">Year</span><span role="columnheader">Amount</span><span role="columnheader">Status</span><span role="columnheader">Actions</span></div>'
    props = "".join(f'<li class="property"><span>{addr}</span> <span class="badge">{kind}</span>'
                    + ("" if k == "mill" else f'<button type="button" class="icon-button icon-button--danger" aria-label="Remove {addr.split(",")[0] if k != "high" else "Flat 2, 40 High Street"}" aria-haspopup="dialog"{m("prop-remove-" + k)}><svg width="16" height="16" aria-hidden="true"><path d="M3 4h10"/></svg></button>')
                    + "</li>" for k, addr, kind in PROPERTIES)

    def switch(id_, label, key, on=False):
        return (f'<li class="switch"><button type="button" role="switch" aria-checked="{"true" if on else "false"}" aria-labelledby="{id_}"{m(key)}><span class="switch__thumb"></span></button>'
                f'<span id="{id_}">{label}</span></li>')
    main = f"""<div class="layout"><nav class="side-nav" aria-label="Your account"><ul>{side}</ul></nav>
<div class="layout__main">
<h1>Hello, Jane</h1>
<section class="card"><h2>Bin day: Tuesday</h2><ul class="bin-cards">{bin_cards}</ul>
  <a href="/bins/order"{m("order-bin")}>Order a bin</a></section>
<section class="card"><h2>Council Tax</h2>
  <div role="tablist" aria-label="Bills" class="tabs">
    <button role="tab" id="tab-current" aria-selected="true" aria-controls="bills-current"{m("tab-current")}>Current bills</button>
    <button role="tab" id="tab-past" aria-selected="false" aria-controls="bills-past" tabindex="-1"{m("tab-past")}>Past bills</button></div>
  <div role="tabpanel" id="bills-current" aria-labelledby="tab-current"><div role="grid" aria-label="Current bills" class="grid">{head}{current}</div></div>
  <div role="tabpanel" id="bills-past" aria-labelledby="tab-past" hidden><div role="grid" aria-label="Past bills" class="grid">{head}{past}</div></div>
  <p>Direct Debits have moved to <a href="/council-tax/payments"{m("payments-link")}>Council Tax payments</a>.</p>
</section>
<section class="card"><h2>Your properties</h2><ul class="properties">{props}</ul>
  <button type="button" class="button button--secondary" aria-haspopup="dialog"{m("prop-add")}>Link another property</button></section>
<section class="card"><h2>Notifications</h2><p class="muted">Changes are saved automatically.</p><ul class="switches">
  {switch("sw-bins-email", "Bin day reminders by email", "notif-bins-email", on=True)}
  {switch("sw-bins-sms", "Bin day reminders by text", "notif-bins-sms")}
  {switch("sw-tax", "Council Tax reminders", "notif-tax", on=True)}
  {switch("sw-news", "Ashbury News", "notif-news")}</ul></section>
<section class="card"><h2>Security</h2>
  <button type="button" class="button button--secondary" aria-haspopup="dialog"{m("pw-open")}>Change password</button>
  <button type="button" class="button button--warning" aria-haspopup="dialog"{m("close-account")}>Delete account</button></section>
</div></div>
<div role="dialog" aria-modal="true" aria-labelledby="pw-title" class="dialog" hidden><h2 id="pw-title">Change password</h2>
  <label>Current password<input type="password" name="current"></label><label>New password<input type="password" name="new"></label>
  <label>Confirm new password<input type="password" name="confirm"></label>
  <button type="submit" class="button">Change password</button><button type="button" class="button button--ghost">Cancel</button></div>
<div role="dialog" aria-modal="true" aria-labelledby="remove-title" class="dialog" hidden><h2 id="remove-title">Remove property?</h2>
  <button type="button" class="button button--warning">Remove</button><button type="button" class="button button--ghost">Keep</button></div>
"""
    return page3("Your account", main, current=None)


# -- styles ------------------------------------------------------------------------------------

STYLE1 = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; background: #fff; }
.header { background: #003366; color: #fff; } .header a, .header label { color: #fff; } #topnav { background: #6699cc; padding: 6px; }
#topnav a { color: #fff; font-weight: bold; } #loginbar { text-align: right; padding: 4px 8px; background: #eef; }
h1 { font-size: 20px; color: #003366; } h2 { font-size: 15px; color: #003366; } .grid th { background: #ccd; text-align: left; padding: 3px; } .grid td { padding: 3px; }
.deptrow td { background: #eee; } .formtable td.lbl { width: 200px; vertical-align: top; } .section { background: #003366; color: #fff; text-align: left; padding: 4px; }
.subsection { background: #ccd; text-align: left; padding: 3px; } .req { color: red; } .sidebar { background: #f4f4f4; } .azbar a { padding: 0 2px; }
.searchbox { border: 1px solid #99a; margin: 8px 0; } #footer { border-top: 2px solid #003366; padding: 8px; font-size: 11px; } .warning { color: #900; }
.buttons input { margin-right: 6px; } #toolbar { text-align: right; padding: 3px 8px; font-size: 11px; } .ts2 { font-size: 13px; } .ts3 { font-size: 15px; }
"""

STYLE2 = """body { font-family: Arial, sans-serif; font-size: 19px; margin: 0; color: #0b0c0c; }
.govuk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
  overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.govuk-skip-link { position: absolute; left: -9999px; } .govuk-cookie-banner { background: #f3f2f1; padding: 16px 30px; }
.govuk-header { background: #0b0c0c; color: #fff; padding: 10px 30px; } .govuk-header__container { display: flex; gap: 24px; align-items: center; }
.govuk-header__link { color: #fff; font-weight: bold; } .app-site-search { display: flex; gap: 0; margin-left: auto; } .app-site-search .govuk-button { margin: 0; }
.govuk-service-navigation { background: #f3f2f1; border-bottom: 1px solid #b1b4b6; padding: 0 30px; } .govuk-service-navigation__list { display: flex; gap: 24px; list-style: none; margin: 0; padding: 10px 0; }
.govuk-phase-banner { padding: 8px 30px; border-bottom: 1px solid #b1b4b6; font-size: 16px; } .govuk-tag { background: #1d70b8; color: #fff; padding: 2px 6px; font-size: 14px; }
.govuk-width-container { max-width: 1020px; margin: 0 auto; padding: 0 30px; } .govuk-link { color: #1d70b8; }
.govuk-button { background: #00703c; color: #fff; border: 0; box-shadow: 0 2px 0 #002d18; padding: 8px 10px; font-size: 19px; cursor: pointer; display: inline-block; text-decoration: none; margin: 0 12px 20px 0; }
.govuk-button--secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; } .govuk-button--warning { background: #d4351c; color: #fff; }
.app-button--small { font-size: 16px; padding: 4px 8px; margin: 0; } .govuk-form-group { margin-bottom: 20px; } .govuk-label { display: block; margin-bottom: 5px; }
.govuk-label--s, .govuk-fieldset__legend--s { font-weight: bold; } .govuk-fieldset__legend--m { font-weight: bold; font-size: 24px; } .govuk-hint { color: #505a5f; margin-bottom: 10px; }
.govuk-input { border: 2px solid #0b0c0c; padding: 5px; font-size: 19px; width: 100%; box-sizing: border-box; } .govuk-input--width-20 { max-width: 41ex; } .govuk-input--width-30 { max-width: 59ex; }
.govuk-input--width-10 { max-width: 23ex; } .govuk-input--width-4 { max-width: 9ex; } .govuk-input--width-2 { max-width: 5.4ex; } .govuk-select { border: 2px solid #0b0c0c; padding: 5px; font-size: 19px; }
.govuk-textarea { border: 2px solid #0b0c0c; width: 100%; box-sizing: border-box; font-size: 19px; } .govuk-fieldset { border: 0; padding: 0; margin: 0; }
.govuk-date-input__item { display: inline-block; margin-right: 20px; } .govuk-radios__item, .govuk-checkboxes__item { display: block; margin-bottom: 10px; }
.govuk-radios--inline .govuk-radios__item { display: inline-block; margin-right: 20px; } .govuk-radios__label, .govuk-checkboxes__label { display: inline-block; }
.govuk-radios__hint, .govuk-checkboxes__hint { padding-left: 28px; } .govuk-grid-row { display: flex; gap: 30px; } .govuk-grid-column-one-third { width: 33%; }
.govuk-grid-column-two-thirds { width: 66%; } .govuk-grid-column-one-quarter { width: 22%; } .govuk-grid-column-three-quarters { width: 75%; }
.app-az ul { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; } .app-az__letter { color: #b1b4b6; }
.app-service-list { list-style: none; padding: 0; } .app-service { border-top: 1px solid #b1b4b6; padding: 10px 0; } .app-service .govuk-button { margin-bottom: 0; }
.govuk-summary-card { border: 1px solid #b1b4b6; margin-bottom: 20px; } .govuk-summary-card__title-wrapper { background: #f3f2f1; padding: 10px 20px; display: flex; justify-content: space-between; }
.govuk-summary-card__title { margin: 0; font-size: 19px; } .govuk-summary-card__actions { list-style: none; margin: 0; padding: 0; } .govuk-summary-card__content { padding: 10px 20px; }
.govuk-summary-list { margin: 0; } .govuk-summary-list__row { display: flex; border-bottom: 1px solid #b1b4b6; padding: 8px 0; }
.govuk-summary-list__key { width: 35%; font-weight: bold; } .govuk-summary-list__value { width: 45%; margin: 0; } .govuk-summary-list__actions { width: 20%; text-align: right; margin: 0; }
.govuk-table { width: 100%; border-collapse: collapse; margin-bottom: 20px; } .govuk-table__header, .govuk-table__cell { border-bottom: 1px solid #b1b4b6; padding: 8px 10px 8px 0; text-align: left; }
.app-subnav ul { list-style: none; padding: 0; } .app-subnav__item { margin-bottom: 10px; } .govuk-input__wrapper { display: flex; gap: 8px; } .govuk-password-input__toggle { margin: 0; }
.govuk-footer { background: #f3f2f1; border-top: 1px solid #b1b4b6; padding: 25px 30px; margin-top: 40px; } .govuk-footer__inline-list { display: flex; gap: 15px; list-style: none; padding: 0; }
.govuk-footer__link { color: #0b0c0c; } .govuk-back-link { display: inline-block; margin: 15px 0; color: #0b0c0c; } .govuk-warning-text { margin-bottom: 20px; }
.app-report-list li { border-top: 1px solid #b1b4b6; padding-top: 8px; } .app-postcode-lookup { display: flex; gap: 12px; align-items: flex-end; }
.app-feedback { margin-top: 30px; border-top: 1px solid #b1b4b6; padding-top: 10px; } .govuk-button-group { display: flex; gap: 12px; align-items: center; } .app-mobile-menu[hidden] { display: none; } .app-link--destructive { color: #d4351c; }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a2e; background: #f7f7fb; font-size: 16px; }
[hidden] { display: none !important; } .site-header { display: flex; align-items: center; gap: 24px; padding: 12px 32px; background: #2d1e5f; color: #fff; }
.site-header a, .brand { color: #fff; } .brand { display: flex; gap: 8px; align-items: center; font-weight: 700; text-decoration: none; }
.nav-list { display: flex; gap: 18px; list-style: none; margin: 0; padding: 0; } .header-search { display: flex; margin-left: auto; }
.field { border: 1px solid #888; border-radius: 6px; padding: 8px 10px; font-size: 16px; min-width: 0; } .field--large { width: 420px; font-size: 18px; }
.field--2 { width: 56px; } .field--4 { width: 80px; } .field--short { width: 120px; } .field--reg { width: 140px; font-family: monospace; }
.icon-button { display: inline-flex; align-items: center; justify-content: center; width: 34px; height: 34px; border-radius: 6px; border: 1px solid #bbb; background: #fff; cursor: pointer; padding: 0; }
.icon-button--primary { background: #4b2fb1; } .icon-button--danger { border-color: #c0392b; } .site-header .icon-button { background: #3d2c77; border-color: #6b5ca5; }
.page { max-width: 1040px; margin: 0 auto; padding: 24px 32px; } .card { background: #fff; border-radius: 12px; padding: 16px 20px; margin-bottom: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
.button { display: inline-block; background: #4b2fb1; color: #fff; border: 0; border-radius: 8px; padding: 10px 16px; font-size: 16px; text-decoration: none; cursor: pointer; }
.button--secondary { background: #e7e3f7; color: #2d1e5f; } .button--ghost { background: none; color: #4b2fb1; } .button--warning { background: #c0392b; } .button--small { padding: 6px 10px; font-size: 14px; }
.link-button { border: 0; background: none; color: #4b2fb1; text-decoration: underline; cursor: pointer; padding: 0; font-size: 16px; }
.row { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; align-items: flex-end; } .stacked { display: flex; flex-direction: column; gap: 4px; margin-bottom: 12px; }
.check { display: block; margin: 12px 0; } .actions { display: flex; gap: 12px; align-items: center; margin: 16px 0; } .stack { display: block; }
.switch { display: flex; align-items: center; gap: 10px; margin: 10px 0; list-style: none; } .switch button { width: 44px; height: 24px; border-radius: 12px; border: 0; background: #bbb; position: relative; cursor: pointer; }
.switch button[aria-checked=true] { background: #4b2fb1; } .switch__thumb { position: absolute; top: 3px; left: 3px; width: 18px; height: 18px; border-radius: 50%; background: #fff; }
.toolbar { display: flex; gap: 24px; align-items: center; margin: 12px 0; } .tabs { display: flex; gap: 4px; border-bottom: 2px solid #ddd; margin: 12px 0; }
.tabs [role=tab] { border: 0; background: none; padding: 8px 14px; font-size: 16px; cursor: pointer; } .tabs [aria-selected=true] { border-bottom: 3px solid #4b2fb1; font-weight: 700; }
.az ul { display: flex; gap: 8px; list-style: none; padding: 0; flex-wrap: wrap; } .az span { color: #aaa; }
.service-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; list-style: none; padding: 0; } .service-card { background: #fff; border-radius: 10px; padding: 12px; display: flex; gap: 10px; align-items: center; }
.service-card__title { flex: 1; font-weight: 600; color: #2d1e5f; } .service-search { display: flex; gap: 8px; } .breadcrumbs ol { display: flex; gap: 8px; list-style: none; padding: 0; }
.stepper ol { display: flex; gap: 24px; list-style: none; padding: 0; color: #777; } .stepper [aria-current] { color: #2d1e5f; font-weight: 700; }
.date-group, .segmented { display: flex; gap: 8px; align-items: center; margin-bottom: 12px; } .group-label { font-weight: 600; margin-right: 8px; }
.option-cards { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-bottom: 12px; } .option-card { border: 1px solid #ccc; border-radius: 8px; padding: 10px; display: block; }
.summary-row { display: grid; grid-template-columns: 220px 1fr 40px; padding: 6px 0; border-bottom: 1px solid #eee; } .summary-row dd { margin: 0; } .summary { margin: 0; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; } .tile { display: flex; gap: 8px; align-items: center; border: 1px solid #ccc; border-radius: 8px; padding: 10px; }
.grid-row { display: grid; grid-template-columns: 2fr 2fr 1fr 1.4fr; gap: 8px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; } .grid-head { font-weight: 700; }
[role=grid] > [role=row] { display: grid; grid-template-columns: 1.5fr 1fr 1fr 2fr; gap: 8px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; }
.layout { display: flex; gap: 24px; } .side-nav { width: 200px; } .side-nav ul { list-style: none; padding: 0; } .side-nav li { margin-bottom: 10px; } .layout__main { flex: 1; }
.bin-cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; list-style: none; padding: 0; } .bin-card { border: 1px solid #ddd; border-radius: 8px; padding: 8px; }
.properties { list-style: none; padding: 0; } .property { display: flex; gap: 12px; align-items: center; padding: 6px 0; } .badge { background: #eee; border-radius: 8px; padding: 2px 8px; font-size: 13px; }
.switches { list-style: none; padding: 0; } .muted { color: #666; } .callout { background: #fff4e5; padding: 10px; border-radius: 8px; } .help-box { margin-top: 24px; }
.site-footer { background: #2d1e5f; color: #fff; padding: 20px 32px; margin-top: 32px; } .site-footer a, .site-footer .link-button { color: #fff; }
.footer-list { display: flex; gap: 20px; list-style: none; padding: 0; } .inline-field { display: flex; gap: 8px; align-items: center; } .help { float: right; }
.menu { position: absolute; } .helpful { max-width: 1040px; margin: 0 auto; padding: 0 32px; display: flex; gap: 10px; align-items: center; } .social { display: flex; gap: 10px; } .dialog { position: fixed; top: 20%; left: 30%; background: #fff; padding: 20px; }
"""


def render():
    return {
        "v1": {"services.html": services_v1(), "permit.html": permit_v1(), "check.html": check_v1(), "report.html": report_v1(),
               "account.html": account_v1(), "style1.css": STYLE1},
        "v2": {"services.html": services_v2(), "permit.html": permit_v2(), "check.html": check_v2(), "report.html": report_v2(),
               "account.html": account_v2(), "style2.css": STYLE2},
        "v3": {"services.html": services_v3(), "permit.html": permit_v3(), "check.html": check_v3(), "report.html": report_v3(),
               "account.html": account_v3(), "style3.css": STYLE3},
    }
