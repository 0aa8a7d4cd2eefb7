"""Insure: "Harbourline", a home and car insurer's customer site. Five pages: get a quote
(quote.html), my policies (policies.html), make and track a claim (claim.html), documents and
renewals (documents.html) and account and payment details (account.html), each in three releases.
The customer is Martin Hale (14 Larch Road, Harbury).

v1  an older Java/Struts-era portal: layout tables, `qf_…` / `pol_…` / `clm_…` / `doc_…` / `acc_…`
    ids and dotted Struts names (`proposer.firstName`), header "Search" box with a "Go" button,
    "Welcome Martin Hale | Log off", a "Call us" telephone link, pipe-separated footer links.
    Quote: cover type radios (Car / Home / Car and home), title and marital status selects,
    date of birth as one dd/mm/yyyy box, postcode + "Find address" + an address select, vehicle
    section (registration + "Look up", make select, model, year select, value, mileage,
    overnight-parking select, modified Yes/No radios, use select), home section (property type
    and bedrooms selects, year built, "Postcode of the property", two sums insured, listed and
    alarm checkboxes), drivers as a table with text Edit / Remove per driver (Martin, Sarah and
    Tom Hale), an excess select, extras as checkboxes with prices, start date, Pay annually /
    Pay monthly radios, promotional code, a declaration, "Get my quote" / "Save quote" / "Clear
    form", a sidebar "Retrieve a saved quote" link.
    Policies: a table with text View / Make a change / Cancel per policy (Renew on the one due),
    a lapsed-policies table with View / Reinstate, a "Show" select + "Go", "Add an existing
    policy" (Policy number + "Add"), quick links in a sidebar.
    Claim: one long table form (policy select, date and time, type of claim select, where and
    what happened, police and injury Yes/No radios, crime reference, contact number and time,
    third party Name / Phone / Vehicle registration / Insurance company, photos), "Submit
    claim" / "Save draft" / "Cancel", then a table of claims with View / Upload documents /
    Message handler per row.
    Documents: a "Show documents for" select + "Show", a documents table with View / Download
    / Email me per row ("Policy schedule" twice, for the car and the home; two "Certificate of
    motor insurance"), a renewals table with Accept renewal / Decline / Request a callback per
    policy, a paperless checkbox + "Update", "Order printed copies".
    Account: a side menu (its own "Log off" as well as the header's), personal details with
    confirm email and two phones, a payment-methods table with Edit / Delete (and Make default)
    per method, add a bank account, payment date select + "Save", marketing checkboxes and a
    reminders select + "Save", a password form, "Close my account"; three "Save" buttons.
v2  a React rewrite: data-testid everywhere (the same test id on every card and row), nav
    reworded, an account menu button, "Help" link, "Sign out". Quote: cover type as a segmented
    radio group ("Car", "Home", "Car + home"), title / make / property type / address as custom
    comboboxes, fieldsets with reworded labels ("Last name", "Email address", "Mobile number",
    "Reg number", "Miles per year", "Rebuild cost (£)"), a "Postcode" in "About you" and
    another "Postcode" in "The home", parking as chips, modified as a checkbox, use as radios,
    drivers as cards with icon buttons named only "Edit driver" / "Remove driver", Thomas Hale
    (father) new beside Tom Hale, excess as radios, extras as toggle chips, marital status
    reworded to "Relationship status", promo code with "Apply", "Get quote", "Save for later" a
    link styled as a button, "Clear form" gone.
    Policies: cards re-sorted by renewal date, the Corsa 1.2 gone and a Corsa-e new, a holiday
    home new, "View policy" links, "Make a change" buttons, icon buttons "Download documents",
    "More actions" kebabs (the first card's menu open: Renew policy / Cancel policy), an
    "Auto-renew" checkbox on every card, filter chips, a "Find a policy" search, "Link policy",
    past policies as cards each with a "Get a new quote" link styled as a button beside the
    side panel's "Get a quote", Reinstate gone.
    Claim: fieldsets ("What happened", "Your details", "The other driver"), a policy combobox,
    type of claim as radio cards, two "Yes" / "No" radio groups (police, injury), "Phone
    number" in "Your details" and again in "The other driver", "Save draft" a link styled as a
    button; claims as cards newest first with a theft claim new and the settled windscreen
    claim gone, icon buttons named only "Upload documents" / "Send a message", status chips.
    Documents: documents as cards grouped by policy, "Your statement of facts" reworded, a
    no-claims proof new, the Corsa certificate gone and a Corsa-e certificate new (look-alike),
    icon buttons named only "Download", "Email me" gone, filter chips and a sort select;
    renewals as cards with "Renew now" links styled as buttons, "Don't renew", "Request a
    callback"; "Go paperless" checkbox that saves itself; "Request paper copies".
    Account: cards with a sidebar of anchors, title combobox, confirm email gone, "Landline
    (optional)", payment methods as cards (a Mastercard new) with icon buttons named only "Edit"
    / "Remove" and "Make default" links styled as buttons, "Add payment method", bank fieldset
    reworded, "Collection day" combobox + "Save", marketing checkboxes and reminder radios
    ("Email" in both), "Save", "Show" buttons on three password fields, "Update password",
    "Close account" as a danger button; three "Save"-like buttons.
v3  a design-system / accessibility pass: placeholders instead of labels, icon-only header
    (search with a placeholder, notifications, account menu), footer with a "Cookie settings"
    button. Quote: cover type as tabs (the Home panel hidden: the home fields, home extras and
    the "Postcode" twin gone), date of birth as DD / MM / YYYY boxes, "Find address" an icon
    button, make / model / year replaced by the found car with a "Change car" link, parking as
    radio tiles, modified and extras as switches, drivers with icon buttons named after the
    driver, Tom Hale gone while Thomas Hale stays, excess a select, "Pay monthly" a switch,
    promo code behind a button, "See my price", "Save quote" an icon button in the page header,
    "Retrieve a saved quote" moved to the footer, marital status gone.
    Policies: role=grid sorted by policy number, the Quay Street landlord policy gone while
    the holiday home stays, links and icon buttons named after the policy, auto-renew switches
    named after the policy, tabs "Current" / "Past" (past hidden), "Link a policy" opens a
    dialog, quick links gone and "Make a claim" a button in the page header.
    Claim: placeholders, claim types as reworded radio tiles, police and injury as switches,
    the third-party fields behind an "Another vehicle was involved" checkbox, best time to call
    and Cancel gone, "Send claim"; claims as a grid where CLM-55421 (Ford Focus) is gone while
    CLM-56007 (Ford Focus) stays, icon buttons named after the claim, an open "Message your
    claim handler" dialog.
    Documents: renewals moved above the documents with buttons named after the policy
    ("Renew 14 Larch Road"), callbacks gone; documents as a grid with icon buttons named after
    the document and policy, the statement of facts and the home booklet gone, a policy
    combobox, a "Paperless documents" switch, an open "Request paper copies" dialog.
    Account: placeholders, title and date of birth gone, landline gone, the Visa 4421 gone
    and a Visa 9902 new, icon buttons named after the card, an open "Add a bank account" dialog,
    preference switches that save themselves, "Change password" opens a (closed) dialog,
    "Close your account" moved to the bottom, "Save profile".
"""
from common import attrs, e, page


def m(marker, **kw):
    """attributes with the data-expect marker (None: unmarked)."""
    return attrs(**kw, data__expect=marker)


def opts(values, selected=None):
    return "".join(f"<option{' selected' if v == selected else ''}>{e(v)}</option>" for v in values)


ICON = '<svg width="16" height="16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" rx="2"/></svg>'
PEN = '<svg width="16" height="16" aria-hidden="true"><path d="M2 14l2-6 8-8 4 4-8 8z"/></svg>'
BIN = '<svg width="16" height="16" aria-hidden="true"><path d="M3 4h10l-1 11H4zM6 1h4v2H6z"/></svg>'
DOWN = '<svg width="16" height="16" aria-hidden="true"><path d="M8 1v10M4 7l4 4 4-4M2 15h12"/></svg>'
KEBAB = '<svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="3" r="1.5"/><circle cx="8" cy="8" r="1.5"/><circle cx="8" cy="13" r="1.5"/></svg>'
CHAT = '<svg width="16" height="16" aria-hidden="true"><path d="M1 2h14v9H5l-4 4z"/></svg>'
UP = '<svg width="16" height="16" aria-hidden="true"><path d="M8 15V5M4 9l4-4 4 4M2 1h12"/></svg>'


# -- chrome ------------------------------------------------------------------------------------

def header_v1():
    nav = [("quote.do", "Get a Quote", "nav-quote"), ("policies.do", "My Policies", "nav-policies"),
           ("claims.do", "Claims", "nav-claims"), ("documents.do", "Documents", "nav-documents"),
           ("account.do", "My Account", "nav-account")]
    links = " | ".join(f'<a href="{h}" class="navlink"{m(k)}>{t}</a>' for h, t, k in nav)
    return f"""<table id="hdr" width="100%" cellpadding="4" cellspacing="0" class="header"><tr>
<td><a href="home.do" id="hdr_logo"{m("logo")}><img src="img/harbourline.gif" alt="Harbourline Insurance" width="200" height="44"></a></td>
<td align="right"><form action="search.do" method="get" name="searchForm"><label for="hdr_q">Search</label>
<input type="text" name="q" id="hdr_q" size="18"{m("search")}> <input type="submit" value="Go" id="hdr_go"{m("search-go")}></form></td>
<td align="right" class="welcome">Welcome Martin Hale | <a href="logoff.do" id="hdr_logoff"{m("signout")}>Log off</a><br>
<a href="tel:03005550142" id="hdr_call"{m("call-us")}>Call us: 0300 555 0142</a></td></tr></table>
<div id="nav">{links}</div>
"""


def footer_v1():
    items = [("contact.do", "Contact us", "footer-contact"), ("complaints.do", "Complaints", "footer-complaints"),
             ("accessibility.do", "Accessibility", "footer-accessibility"), ("privacy.do", "Privacy policy", "footer-privacy"),
             ("cookies.do", "Cookies", "footer-cookies"), ("terms.do", "Terms of use", "footer-terms")]
    links = " | ".join(f'<a href="{h}"{m(k)}>{t}</a>' for h, t, k in items)
    return (f'<div id="footer"><p>{links}</p><p>Harbourline Insurance Ltd is authorised and regulated by the Financial Conduct '
            f'Authority. Registered office: 1 Wharf Street, Harbury HB1 2QA. &copy; 2011</p></div>')


def header_v2(current=None):
    nav = [("/quote", "Get a quote", "nav-quote"), ("/policies", "Policies", "nav-policies"), ("/claims", "Claims", "nav-claims"),
           ("/documents", "Documents", "nav-documents"), ("/account", "Account", "nav-account")]
    items = "".join(f'<li><a class="nav__link" href="{h}"{m(k, aria__current="page" if k == current else None)}>{t}</a></li>' for h, t, k in nav)
    return f"""<header class="topbar" data-testid="app-header">
  <a href="/" class="topbar__brand" data-testid="logo"{m("logo")}>Harbourline</a>
  <nav aria-label="Main" class="nav"><ul>{items}</ul></nav>
  <form class="topbar__search" role="search" action="/search"><label class="sr-only" for="global-search">Search Harbourline</label>
    <input id="global-search" type="search" name="q" data-testid="global-search"{m("search")}>
    <button type="submit" class="btn btn--small" data-testid="global-search-submit"{m("search-go")}>Search</button></form>
  <a href="/help" class="topbar__link" data-testid="help-link"{m("help")}>Help</a>
  <a href="tel:03005550142" class="topbar__link"{m("call-us")}>0300 555 0142</a>
  <button type="button" class="topbar__account" aria-haspopup="menu" aria-expanded="false" data-testid="account-menu"{m("account-menu")}>Martin Hale</button>
  <a href="/sign-out" class="topbar__link" data-testid="sign-out"{m("signout")}>Sign out</a>
</header>
"""


def footer_v2():
    items = [("/contact", "Contact us", "footer-contact"), ("/complaints", "Making a complaint", "footer-complaints"),
             ("/accessibility", "Accessibility", "footer-accessibility"), ("/privacy", "Privacy notice", "footer-privacy"),
             ("/cookies", "Cookie policy", "footer-cookies"), ("/terms", "Website terms", "footer-terms")]
    links = "".join(f'<li><a href="{h}" data-testid="footer-link"{m(k)}>{t}</a></li>' for h, t, k in items)
    return f'<footer class="footer" data-testid="app-footer"><ul class="footer__links">{links}</ul><p>&copy; 2024 Harbourline Insurance Ltd</p></footer>'


def header_v3(current=None):
    nav = [("/quote", "Get a quote", "nav-quote"), ("/policies", "Your policies", "nav-policies"), ("/claims", "Claims", "nav-claims"),
           ("/documents", "Documents and renewals", "nav-documents"), ("/account", "Account settings", "nav-account")]
    items = "".join(f'<li><a class="hl-nav__link" href="{h}"{m(k, aria__current="page" if k == current else None)}>{t}</a></li>' for h, t, k in nav)
    return f"""<a class="skip-link" href="#main">Skip to content</a>
<header class="hl-header">
  <a href="/" class="hl-brand" aria-label="Harbourline home"{m("logo")}><svg width="26" height="26" aria-hidden="true"><path d="M2 20 Q13 4 24 20"/></svg></a>
  <nav aria-label="Primary" class="hl-nav"><ul>{items}</ul></nav>
  <form role="search" class="hl-search" action="/search"><input type="search" name="q" placeholder="Search help and policies" class="hl-field"{m("search")}>
    <button type="submit" class="hl-icon" aria-label="Search"{m("search-go")}><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"/></svg></button></form>
  <button type="button" class="hl-icon" aria-label="Notifications (2 unread)"{m("notifications")}><svg width="16" height="16" aria-hidden="true"><path d="M3 12h10L11 9V6a3 3 0 0 0-6 0v3z"/></svg></button>
  <button type="button" class="hl-icon" aria-label="Your account" aria-haspopup="menu" aria-expanded="false"{m("account-menu")}><svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="6" r="4"/></svg></button>
  <ul role="menu" class="hl-menu" hidden><li role="none"><a role="menuitem" href="/account">Account settings</a></li><li role="none"><a role="menuitem" href="/sign-out">Sign out</a></li></ul>
</header>
"""


def footer_v3(extra=""):
    items = [("/contact", "Contact us", "footer-contact"), ("/complaints", "Complaints", "footer-complaints"),
             ("/accessibility", "Accessibility statement", "footer-accessibility"), ("/privacy", "Privacy", "footer-privacy")]
    links = "".join(f'<li><a href="{h}"{m(k)}>{t}</a></li>' for h, t, k in items)
    return f"""<footer class="hl-footer"><ul class="hl-footer__links">{links}
  <li><button type="button" class="hl-linkbutton" aria-haspopup="dialog"{m("footer-cookies")}>Cookie settings</button></li>{extra}</ul>
  <p>Harbourline Insurance Ltd. Authorised and regulated by the Financial Conduct Authority.</p></footer>"""


def page1(title, main):
    return page(title + " - Harbourline Insurance", header_v1() + main + footer_v1(), css="style1.css")


def page2(title, main, current=None):
    return page(title + " | Harbourline", header_v2(current) + f'<main class="container" id="main">{main}</main>' + footer_v2(), css="style2.css")


def page3(title, main, current=None, footer_extra=""):
    return page(title + " · Harbourline", header_v3(current) + f'<main class="hl-page" id="main">{main}</main>' + footer_v3(footer_extra), css="style3.css")


# -- v1 form helpers (layout tables) -----------------------------------------------------------

def row1(label, ctrl_id, control, note="", req=False):
    star = ' <span class="req">*</span>' if req else ""
    return (f'<tr><td class="lbl"><label for="{ctrl_id}">{label}</label>{star}</td>'
            f'<td>{control}{f" <span class=note>{note}</span>" if note else ""}</td></tr>')


def text1(ctrl_id, name, key, size=30, type_="text"):
    return f'<input type="{type_}" name="{name}" id="{ctrl_id}" size="{size}"{m(key)}>'


def select1(ctrl_id, name, key, values, selected=None):
    return f'<select name="{name}" id="{ctrl_id}"{m(key)}>{opts(values, selected)}</select>'


def radio1(ctrl_id, name, value, label, key, checked=False):
    return (f'<input type="radio" name="{name}" value="{value}" id="{ctrl_id}"{attrs(checked=checked)}{m(key)}>'
            f'<label for="{ctrl_id}">{label}</label>')


def check1(ctrl_id, name, label, key, checked=False):
    return (f'<input type="checkbox" name="{name}" id="{ctrl_id}"{attrs(checked=checked)}{m(key)}>'
            f'<label for="{ctrl_id}">{label}</label>')


# -- v2 helpers (React components) ------------------------------------------------------------

def field2(id_, label, key, testid=None, type_="text", hint=None, value=None):
    h = f'<p class="field__hint" id="{id_}-hint">{hint}</p>' if hint else ""
    return (f'<div class="field"><label class="field__label" for="{id_}">{label}</label>{h}'
            f'<input class="field__input" id="{id_}" type="{type_}"{attrs(value=value, aria__describedby=f"{id_}-hint" if hint else None, data__testid=testid)}{m(key)}></div>')


def combo2(id_, label, key, value="", testid=None, options=None):
    return (f'<div class="field"><label class="field__label" id="{id_}-label" for="{id_}">{label}</label>'
            f'<div class="combo"><input class="field__input combo__input" id="{id_}" role="combobox" aria-expanded="false" aria-autocomplete="list"'
            f' aria-controls="{id_}-list" value="{e(value)}"{attrs(data__testid=testid)}{m(key)}>'
            f'<span class="combo__chevron" aria-hidden="true">&#9662;</span></div>'
            f'<ul role="listbox" id="{id_}-list" hidden>{"".join(f"<li role=option>{e(o)}</li>" for o in (options or []))}</ul></div>')


def select2(id_, label, key, values, selected=None, testid=None):
    return (f'<div class="field"><label class="field__label" for="{id_}">{label}</label>'
            f'<select class="field__input" id="{id_}"{attrs(data__testid=testid)}{m(key)}>{opts(values, selected)}</select></div>')


def radios2(name, legend, items, testid=None, cls="radios"):
    out = "".join(f'<label class="radio"><input type="radio" name="{name}" value="{v}"{attrs(checked=c, data__testid=testid)}{m(k)}> {t}</label>'
                  for v, t, k, c in items)
    return f'<fieldset class="fieldset {cls}"><legend>{legend}</legend>{out}</fieldset>'


def check2(id_, label, key, checked=False, testid=None):
    return (f'<div class="check"><input type="checkbox" id="{id_}"{attrs(checked=checked, data__testid=testid)}{m(key)}>'
            f'<label for="{id_}">{label}</label></div>')


def chip2(label, key, pressed=False, testid="chip"):
    return f'<button type="button" class="chip" aria-pressed="{"true" if pressed else "false"}" data-testid="{testid}"{m(key)}>{label}</button>'


# -- v3 helpers (design system) ---------------------------------------------------------------

def input3(name, placeholder, key, type_="text", cls="hl-field", extra=""):
    return f'<input type="{type_}" name="{name}" placeholder="{e(placeholder)}" class="{cls}"{extra}{m(key)}>'


def switch3(id_, label, key, on=False, named=None):
    if named:
        return (f'<div class="hl-switch"><button type="button" role="switch" aria-checked="{"true" if on else "false"}" aria-label="{e(named)}"{m(key)}>'
                f'<span class="hl-switch__thumb"></span></button><span aria-hidden="true">{label}</span></div>')
    return (f'<div class="hl-switch"><button type="button" role="switch" id="{id_}" aria-checked="{"true" if on else "false"}" aria-labelledby="{id_}-l"{m(key)}>'
            f'<span class="hl-switch__thumb"></span></button><span id="{id_}-l">{label}</span></div>')


def icon3(label, key, svg=ICON, extra=""):
    return f'<button type="button" class="hl-icon" aria-label="{e(label)}"{extra}{m(key)}>{svg}</button>'


# -- quote -------------------------------------------------------------------------------------

DRIVERS = [  # key, name, relation, v1, v2, v3
    ("martin", "Martin Hale", "Policyholder", True, True, True),
    ("sarah", "Sarah Hale", "Spouse", True, True, True),
    ("tom", "Tom Hale", "Son", True, True, False),
    ("thomas", "Thomas Hale", "Father", False, True, True),
]
MAKES = ["-- Select make --", "Audi", "BMW", "Ford", "Honda", "Kia", "Nissan", "Peugeot", "Toyota", "Vauxhall", "Volkswagen", "Volvo"]
YEARS = ["--"] + [str(y) for y in range(2026, 1999, -1)]


def quote_v1():
    p = "qf_"
    drivers = ""
    for k, name, rel, v1, _, _ in DRIVERS:
        if not v1:
            continue
        remove = "" if k == "martin" else f' | <a href="quote.do?action=removeDriver&amp;d={k}" id="{p}drv_{k}_remove"{m("drv-remove-" + k)}>Remove</a>'
        drivers += (f'<tr><td>{name}</td><td>{rel}</td><td>Full UK licence</td>'
                    f'<td><a href="quote.do?action=editDriver&amp;d={k}" id="{p}drv_{k}_edit"{m("drv-edit-" + k)}>Edit</a>{remove}</td></tr>')
    main = f"""<table width="100%" cellpadding="8"><tr><td valign="top" width="76%">
<h1>Get a Quote</h1>
<p>Please complete all sections. Fields marked <span class="req">*</span> are required. <a href="help/quote.do" target="_blank"{m("quote-help")}>Help with this page</a></p>
<form action="quote.do" method="post" name="quoteForm" id="quoteForm">
<table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="section">What would you like to insure?</th></tr>
<tr><td class="lbl">Cover</td><td>{radio1(p + "cover_car", "quote.coverType", "CAR", "Car insurance", "cover-car", True)}
 {radio1(p + "cover_home", "quote.coverType", "HOME", "Home insurance", "cover-home")}
 {radio1(p + "cover_both", "quote.coverType", "BOTH", "Car and home", "cover-both")}</td></tr>
<tr><th colspan="2" class="section">About You</th></tr>
{row1("Title", p + "title", select1(p + "title", "proposer.title", "title", ["", "Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"]), req=True)}
{row1("First name", p + "firstName", text1(p + "firstName", "proposer.firstName", "first-name"), req=True)}
{row1("Surname", p + "surname", text1(p + "surname", "proposer.surname", "last-name"), req=True)}
{row1("Date of birth", p + "dob", text1(p + "dob", "proposer.dateOfBirth", "dob", 10), "(dd/mm/yyyy)", True)}
{row1("Email", p + "email", text1(p + "email", "proposer.email", "email", 36), req=True)}
{row1("Telephone", p + "phone", text1(p + "phone", "proposer.phone", "phone", 16))}
{row1("Postcode", p + "postcode", text1(p + "postcode", "proposer.postcode", "postcode", 9) + f' <input type="submit" name="findAddress" value="Find address" id="{p}findAddress"{m("find-address")}>', req=True)}
{row1("Select your address", p + "address", select1(p + "address", "proposer.address", "address", ["-- Please select --", "12 Larch Road, Harbury", "14 Larch Road, Harbury", "16 Larch Road, Harbury", "Flat A, 18 Larch Road, Harbury"]))}
{row1("Occupation", p + "occupation", text1(p + "occupation", "proposer.occupation", "occupation"), req=True)}
{row1("Marital status", p + "marital", select1(p + "marital", "proposer.maritalStatus", "marital", ["-- Please select --", "Single", "Married", "Civil partnership", "Divorced", "Widowed"]))}
<tr><th colspan="2" class="section">Your Vehicle</th></tr>
{row1("Registration number", p + "reg", text1(p + "reg", "vehicle.registration", "reg", 9) + f' <input type="submit" name="lookupReg" value="Look up" id="{p}lookupReg"{m("reg-lookup")}>', "e.g. AB12 CDE", True)}
{row1("Make", p + "make", select1(p + "make", "vehicle.make", "make", MAKES), req=True)}
{row1("Model", p + "model", text1(p + "model", "vehicle.model", "model"), req=True)}
{row1("Year of manufacture", p + "year", select1(p + "year", "vehicle.year", "year", YEARS))}
{row1("Estimated value (&pound;)", p + "value", text1(p + "value", "vehicle.value", "car-value", 8))}
{row1("Annual mileage", p + "mileage", text1(p + "mileage", "vehicle.mileage", "mileage", 8))}
{row1("Kept overnight", p + "parking", select1(p + "parking", "vehicle.overnight", "parking", ["-- Please select --", "Garage", "Driveway", "On the street", "Car park"]))}
<tr><td class="lbl">Has the car been modified?</td><td>{radio1(p + "mod_y", "vehicle.modified", "Y", "Yes", "modified-yes")} {radio1(p + "mod_n", "vehicle.modified", "N", "No", "modified-no", True)}</td></tr>
{row1("Use of vehicle", p + "use", select1(p + "use", "vehicle.use", "car-use", ["Social only", "Social and commuting", "Business use"]))}
<tr><th colspan="2" class="section">Your Home</th></tr>
{row1("Property type", p + "propType", select1(p + "propType", "home.propertyType", "property-type", ["-- Please select --", "Detached house", "Semi-detached house", "Terraced house", "Flat", "Bungalow"]))}
{row1("Number of bedrooms", p + "bedrooms", select1(p + "bedrooms", "home.bedrooms", "bedrooms", ["--", "1", "2", "3", "4", "5", "6+"]))}
{row1("Year built", p + "yearBuilt", text1(p + "yearBuilt", "home.yearBuilt", "year-built", 5))}
{row1("Postcode of the property", p + "homePostcode", text1(p + "homePostcode", "home.postcode", "home-postcode", 9))}
{row1("Buildings sum insured (&pound;)", p + "buildings", text1(p + "buildings", "home.buildingsSum", "buildings-sum", 10))}
{row1("Contents sum insured (&pound;)", p + "contents", text1(p + "contents", "home.contentsSum", "contents-sum", 10))}
<tr><td></td><td>{check1(p + "listed", "home.listed", "The property is a listed building", "listed")}</td></tr>
<tr><td></td><td>{check1(p + "alarm", "home.alarm", "A burglar alarm is fitted", "alarm")}</td></tr>
<tr><th colspan="2" class="section">Drivers</th></tr>
<tr><td colspan="2"><table class="grid" id="{p}drivers" border="1" cellspacing="0"><tr><th>Name</th><th>Relationship</th><th>Licence</th><th></th></tr>{drivers}</table>
<a href="quote.do?action=addDriver" id="{p}addDriver"{m("add-driver")}>Add another driver</a></td></tr>
<tr><th colspan="2" class="section">Cover Options</th></tr>
{row1("Voluntary excess", p + "excess", select1(p + "excess", "cover.voluntaryExcess", "excess", ["£0", "£100", "£250", "£500"], "£100"))}
<tr><td class="lbl">Optional extras</td><td>{check1(p + "x_breakdown", "cover.breakdown", "Breakdown cover (&pound;39)", "extra-breakdown")}<br>
{check1(p + "x_legal", "cover.legal", "Motor legal protection (&pound;25)", "extra-legal")}<br>
{check1(p + "x_courtesy", "cover.courtesyCar", "Guaranteed courtesy car (&pound;30)", "extra-courtesy")}<br>
{check1(p + "x_accidental", "cover.accidentalDamage", "Accidental damage cover for your home (&pound;48)", "extra-accidental")}<br>
{check1(p + "x_possessions", "cover.possessions", "Personal possessions away from home (&pound;36)", "extra-possessions")}</td></tr>
{row1("Cover start date", p + "start", text1(p + "start", "cover.startDate", "start-date", 10), "(dd/mm/yyyy)", True)}
<tr><td class="lbl">How would you like to pay?</td><td>{radio1(p + "pay_a", "cover.payment", "A", "Pay annually", "pay-annual", True)} {radio1(p + "pay_m", "cover.payment", "M", "Pay monthly", "pay-monthly")}</td></tr>
{row1("Promotional code", p + "promo", text1(p + "promo", "quote.promoCode", "promo", 12))}
<tr><td></td><td>{check1(p + "assume", "quote.assumptionsAccepted", "I have read the assumptions and confirm they are correct", "assumptions")}</td></tr>
<tr><td></td><td class="buttons"><input type="submit" name="getQuote" value="Get my quote" id="{p}getQuote"{m("get-quote")}>
<input type="submit" name="saveQuote" value="Save quote" id="{p}saveQuote"{m("save-quote")}>
<input type="reset" value="Clear form" id="{p}reset"{m("clear-form")}></td></tr>
</table></form>
</td><td valign="top" class="sidebar">
<h3>Been here before?</h3><p><a href="retrieve.do" id="side_retrieve"{m("retrieve-quote")}>Retrieve a saved quote</a></p>
<h3>Why Harbourline?</h3><ul><li>Defaqto 5 star car cover</li><li>24 hour claims line</li></ul>
<p><a href="why.do" id="side_why"{m("why-us")}>Find out more</a></p>
</td></tr></table>
"""
    return page1("Get a Quote", main)


def quote_v2():
    t = "quote-"
    drivers = ""
    for k, name, rel, _, v2, _ in DRIVERS:
        if not v2:
            continue
        remove = "" if k == "martin" else f'<button type="button" class="icon-btn" aria-label="Remove driver" data-testid="driver-remove"{m("drv-remove-" + k)}>{BIN}</button>'
        drivers += (f'<li class="driver-card" data-testid="driver-card"><span class="driver-card__name">{name}</span><span class="muted">{rel}</span>'
                    f'<button type="button" class="icon-btn" aria-label="Edit driver" data-testid="driver-edit"{m("drv-edit-" + k)}>{PEN}</button>{remove}</li>')
    main = f"""<h1>Get a quote</h1>
<p>It takes about 5 minutes. <a href="/help/quotes" data-testid="quote-help"{m("quote-help")}>How we use your details</a></p>
<div class="layout"><form class="layout__main" data-testid="quote-form">
{radios2("cover", "What would you like to insure?", [("car", "Car", "cover-car", True), ("home", "Home", "cover-home", False), ("both", "Car + home", "cover-both", False)], testid="cover-type", cls="segmented")}
<fieldset class="card"><legend>About you</legend><div class="grid2">
{combo2(t + "title", "Title", "title", "", "title-combobox", ["Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"])}
{field2(t + "first", "First name", "first-name", "first-name")}
{field2(t + "last", "Last name", "last-name", "last-name")}
{field2(t + "dob", "Date of birth", "dob", "dob", "date")}
{field2(t + "email", "Email address", "email", "email", "email")}
{field2(t + "mobile", "Mobile number", "phone", "mobile", "tel")}
{field2(t + "postcode", "Postcode", "postcode", "postcode")}
<div class="field field--action"><button type="button" class="btn btn--secondary" data-testid="find-address"{m("find-address")}>Find address</button></div>
{combo2(t + "address", "Address", "address", "", "address-combobox", ["12 Larch Road", "14 Larch Road", "16 Larch Road"])}
{combo2(t + "job", "Occupation", "occupation", "", "occupation-combobox", ["Accountant", "Teacher", "Nurse"])}
{select2(t + "rel", "Relationship status", "marital", ["Choose", "Single", "Married or civil partner", "Living with partner", "Divorced", "Widowed"], testid="relationship")}
</div></fieldset>
<fieldset class="card"><legend>The car</legend><div class="grid2">
{field2(t + "reg", "Reg number", "reg", "reg", hint="For example AB12 CDE")}
<div class="field field--action"><button type="button" class="btn btn--secondary" data-testid="find-car"{m("reg-lookup")}>Find my car</button></div>
{combo2(t + "make", "Make", "make", "", "make-combobox", MAKES[1:])}
{field2(t + "model", "Model", "model", "model")}
{field2(t + "year", "Year", "year", "year", "number")}
{field2(t + "value", "Car value (£)", "car-value", "car-value", "number")}
{field2(t + "miles", "Miles per year", "mileage", "mileage", "number")}
</div>
<div class="chips" role="group" aria-label="Where is it parked overnight?"><span class="chips__label">Where is it parked overnight?</span>
{chip2("Garage", "park-garage")}{chip2("Driveway", "park-driveway", True)}{chip2("On the street", "park-street")}{chip2("Car park", "park-carpark")}</div>
{check2(t + "modified", "My car has been modified", "modified-yes", testid="modified")}
{radios2("use", "What do you use it for?", [("social", "Social only", "use-social", False), ("commute", "Social and commuting", "use-commute", True), ("business", "Business", "use-business", False)], testid="car-use")}
</fieldset>
<fieldset class="card"><legend>The home</legend><div class="grid2">
{combo2(t + "proptype", "Property type", "property-type", "", "property-type-combobox", ["Detached house", "Semi-detached house", "Terraced house", "Flat", "Bungalow"])}
{select2(t + "beds", "Bedrooms", "bedrooms", ["1", "2", "3", "4", "5", "6+"], "3", testid="bedrooms")}
{field2(t + "built", "Year built", "year-built", "year-built", "number")}
{field2(t + "home-postcode", "Postcode", "home-postcode", "home-postcode", hint="Of the home you want to insure")}
{field2(t + "rebuild", "Rebuild cost (£)", "buildings-sum", "rebuild-cost", "number")}
{field2(t + "contents", "Contents value (£)", "contents-sum", "contents-value", "number")}
</div>
{check2(t + "listed", "Listed building", "listed", testid="listed")}
{check2(t + "alarm", "Burglar alarm", "alarm", testid="alarm")}
</fieldset>
<section class="card"><h2>Drivers</h2><ul class="drivers">{drivers}</ul>
<button type="button" class="btn btn--secondary" data-testid="add-driver"{m("add-driver")}>Add a driver</button></section>
<section class="card"><h2>Your cover</h2>
{radios2("excess", "Voluntary excess", [(v, f"£{v}", f"excess-{v}", v == "100") for v in ["0", "100", "250", "500"]], testid="excess", cls="segmented")}
<div class="chips" role="group" aria-label="Extras"><span class="chips__label">Extras</span>
{chip2("Breakdown", "extra-breakdown", testid="extra")}{chip2("Legal protection", "extra-legal", testid="extra")}{chip2("Courtesy car", "extra-courtesy", testid="extra")}{chip2("Accidental damage", "extra-accidental", testid="extra")}{chip2("Personal possessions", "extra-possessions", testid="extra")}</div>
{field2(t + "start", "When should cover start?", "start-date", "start-date", "date")}
{radios2("pay", "How do you want to pay?", [("annual", "Annually", "pay-annual", True), ("monthly", "Monthly", "pay-monthly", False)], testid="payment-frequency", cls="segmented")}
<div class="inline">{field2(t + "promo", "Promo code", "promo", "promo-code")}<button type="button" class="btn btn--small" data-testid="promo-apply"{m("promo-apply")}>Apply</button></div>
</section>
{check2(t + "assume", "I confirm the assumptions are correct", "assumptions", testid="assumptions")}
<div class="actions"><button type="submit" class="btn btn--primary" data-testid="get-quote"{m("get-quote")}>Get quote</button>
<a href="/quote/save" role="button" class="btn btn--ghost" data-testid="save-quote"{m("save-quote")}>Save for later</a></div>
</form>
<aside class="layout__side card"><h2>Already started?</h2><a href="/quote/retrieve" data-testid="retrieve-quote"{m("retrieve-quote")}>Retrieve a saved quote</a>
<h2>Why Harbourline?</h2><p>5 star rated car cover and a 24 hour claims line.</p><a href="/why-harbourline" data-testid="why-us"{m("why-us")}>Why choose us</a></aside></div>
"""
    return page2("Get a quote", main, "nav-quote")


def quote_v3():
    drivers = ""
    for k, name, rel, _, _, v3 in DRIVERS:
        if not v3:
            continue
        remove = "" if k == "martin" else icon3(f"Remove {name}", "drv-remove-" + k, BIN)
        drivers += f'<li class="hl-listrow"><span class="hl-listrow__title">{name}</span><span class="hl-muted">{rel}</span>{icon3(f"Edit {name}", "drv-edit-" + k, PEN)}{remove}</li>'
    tiles = "".join(f'<label class="hl-tile"><input type="radio" name="parking" value="{v}"{attrs(checked=c)}{m(k)}> {t}</label>'
                    for v, t, k, c in [("garage", "In a garage", "park-garage", False), ("drive", "On a driveway", "park-driveway", True),
                                       ("street", "On the street", "park-street", False), ("carpark", "In a car park", "park-carpark", False)])
    main = f"""<div class="hl-pagehead"><h1>Get a quote</h1>{icon3("Save quote", "save-quote", '<svg width="16" height="16" aria-hidden="true"><path d="M3 1h10v14l-5-4-5 4z"/></svg>')}</div>
<div role="tablist" aria-label="What to insure" class="hl-tabs">
  <button role="tab" id="tab-car" aria-selected="true" aria-controls="panel-car"{m("cover-car")}>Car</button>
  <button role="tab" id="tab-home" aria-selected="false" aria-controls="panel-home" tabindex="-1"{m("cover-home")}>Home</button>
  <button role="tab" id="tab-both" aria-selected="false" aria-controls="panel-car" tabindex="-1"{m("cover-both")}>Car and home</button></div>
<section role="tabpanel" id="panel-car" aria-labelledby="tab-car">
<section class="hl-card"><h2>About you</h2>
<div class="hl-row"><select name="title" class="hl-field" aria-label="Title"{m("title")}>{opts(["Title", "Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"])}</select>
{input3("first", "First name", "first-name")}{input3("last", "Last name", "last-name")}</div>
<div class="hl-row" role="group" aria-labelledby="dob-l"><span id="dob-l" class="hl-grouplabel">Date of birth</span>
{input3("dob-d", "DD", "dob", cls="hl-field hl-field--2", extra=' inputmode="numeric"')}{input3("dob-m", "MM", "dob-month", cls="hl-field hl-field--2", extra=' inputmode="numeric"')}{input3("dob-y", "YYYY", "dob-year", cls="hl-field hl-field--4", extra=' inputmode="numeric"')}</div>
<div class="hl-row">{input3("email", "Email", "email", "email")}{input3("mobile", "Mobile", "phone", "tel")}</div>
<div class="hl-row">{input3("postcode", "Postcode", "postcode")}{icon3("Find address", "find-address", '<svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5"/></svg>')}
<input type="text" role="combobox" aria-expanded="false" aria-label="Address" placeholder="Choose your address" class="hl-field"{m("address")}></div>
<div class="hl-row"><input type="text" role="combobox" aria-expanded="false" name="occupation" placeholder="Start typing your job" class="hl-field"{m("occupation")}></div>
</section>
<section class="hl-card"><h2>Your car</h2>
<div class="hl-row">{input3("reg", "Registration", "reg", cls="hl-field hl-field--reg")}<button type="button" class="hl-button hl-button--secondary"{m("reg-lookup")}>Find my car</button></div>
<p class="hl-found">Ford Focus 1.0 EcoBoost Titanium, 2019, petrol <a href="#change-car"{m("change-car")}>Change car</a></p>
<div class="hl-row">{input3("value", "Car value in £", "car-value", "number")}{input3("miles", "Miles per year", "mileage", "number")}</div>
<fieldset class="hl-fieldset"><legend>Where is it kept at night?</legend><div class="hl-tiles">{tiles}</div></fieldset>
{switch3("sw-mod", "Modified car", "modified-yes")}
<label class="hl-stacked">Car use<select name="use" class="hl-field"{m("car-use")}>{opts(["Social only", "Social and commuting", "Business"], "Social and commuting")}</select></label>
</section>
<section class="hl-card"><h2>Who will drive?</h2><ul class="hl-list">{drivers}</ul>
<button type="button" class="hl-button hl-button--secondary"{m("add-driver")}>Add a driver</button></section>
<section class="hl-card"><h2>Your cover</h2>
<label class="hl-stacked">Voluntary excess<select name="excess" class="hl-field"{m("excess")}>{opts(["£0", "£100", "£250", "£500"], "£100")}</select></label>
{switch3("sw-breakdown", "Breakdown cover", "extra-breakdown")}
{switch3("sw-legal", "Legal protection", "extra-legal")}
{switch3("sw-courtesy", "Courtesy car", "extra-courtesy")}
<div class="hl-row"><input type="date" name="start" aria-label="Cover start date" class="hl-field"{m("start-date")}></div>
{switch3("sw-monthly", "Pay monthly", "pay-monthly")}
<button type="button" class="hl-linkbutton" aria-haspopup="dialog"{m("promo-open")}>Have a promo code?</button>
</section>
<label class="hl-check"><input type="checkbox" name="assumptions"{m("assumptions")}> I confirm the assumptions are correct</label>
<div class="hl-actions"><button type="submit" class="hl-button"{m("get-quote")}>See my price</button></div>
</section>
<section role="tabpanel" id="panel-home" aria-labelledby="tab-home" hidden>
<input placeholder="Postcode"><input placeholder="Rebuild cost"><input placeholder="Contents value"></section>
<aside class="hl-card hl-aside"><h2>Why Harbourline?</h2><p>5 star rated car cover.</p><a href="/why-harbourline"{m("why-us")}>Why choose us</a>
<a href="/help/quotes"{m("quote-help")}>How we use your details</a></aside>
"""
    extra = f'<li><a href="/quote/retrieve"{m("retrieve-quote")}>Retrieve a saved quote</a></li>'
    return page3("Get a quote", main, "nav-quote", extra)


# -- policies ----------------------------------------------------------------------------------

# key, number, kind, v1 title, v2/v3 title, detail, renews (v1), renews sort key, premium, in v1, v2, v3
POLICIES = [
    ("focus", "HL-M-4410231", "Car", "Ford Focus 1.0 EcoBoost (AB19 KTF)", "Ford Focus 1.0 EcoBoost", "AB19 KTF · comprehensive", "03/03/2027", "2027-03-03", "£512.40", True, True, True),
    ("corsa", "HL-M-4410876", "Car", "Vauxhall Corsa 1.2 (CX16 PLN)", None, None, "19/05/2027", "2027-05-19", "£884.10", True, False, False),
    ("larch", "HL-H-7730417", "Home", "14 Larch Road, Harbury (buildings &amp; contents)", "14 Larch Road", "Buildings and contents", "14/01/2027", "2027-01-14", "£356.00", True, True, True),
    ("quay", "HL-H-7730522", "Home", "Flat 3, 9 Quay Street (landlord)", "Flat 3, 9 Quay Street", "Landlord cover", "28/08/2027", "2027-08-28", "£241.75", True, True, False),
    ("corsae", "HL-M-4412003", "Car", None, "Vauxhall Corsa-e", "CY24 RWE · comprehensive", "02/10/2027", "2027-10-02", "£731.60", False, True, True),
    ("mill", "HL-H-7731190", "Home", None, "2 Mill Lane", "Holiday home", "11/06/2027", "2027-06-11", "£298.20", False, True, True),
]
PAST = [("astra", "HL-M-4391120", "Vauxhall Astra (KP62 ZTO)", "Vauxhall Astra", "Ended 01/02/2025"),
        ("orchard", "HL-H-7712001", "22 Orchard Close (contents)", "22 Orchard Close", "Ended 15/07/2024")]


def policies_v1():
    rows = ""
    for k, num, kind, title, *_rest in POLICIES:
        if not _rest[-3]:
            continue
        renews, premium = _rest[2], _rest[4]
        renew = f' | <a href="renew.do?p={num}" id="pol_{k}_renew"{m("pol-renew-" + k)}>Renew</a>' if k == "larch" else ""
        rows += (f'<tr><td>{num}</td><td>{kind}</td><td>{title}</td><td>{renews}</td><td>{premium}</td>'
                 f'<td><a href="policy.do?p={num}" id="pol_{k}_view"{m("pol-view-" + k)}>View</a> | '
                 f'<a href="mta.do?p={num}" id="pol_{k}_mta"{m("pol-change-" + k)}>Make a change</a>{renew} | '
                 f'<a href="cancel.do?p={num}" id="pol_{k}_cancel"{m("pol-cancel-" + k)}>Cancel</a></td></tr>')
    past = "".join(f'<tr><td>{num}</td><td>{t1}</td><td>{ended}</td><td><a href="policy.do?p={num}" id="past_{k}_view"{m("past-view-" + k)}>View</a> | '
                   f'<a href="reinstate.do?p={num}" id="past_{k}_reinstate"{m("past-reinstate-" + k)}>Reinstate</a></td></tr>' for k, num, t1, _, ended in PAST)
    main = f"""<table width="100%" cellpadding="8"><tr><td valign="top" width="76%">
<h1>My Policies</h1>
<form action="policies.do" method="get"><label for="pol_show">Show:</label> {select1("pol_show", "filter", "filter", ["All policies", "Car policies", "Home policies"])}
<input type="submit" value="Go" id="pol_showGo"{m("filter-go")}></form>
<h2>Current policies</h2>
<table class="grid" id="pol_table" border="1" cellspacing="0" width="100%">
<tr><th>Policy no.</th><th>Type</th><th>Covers</th><th>Renewal date</th><th>Premium</th><th>Options</th></tr>{rows}</table>
<h2>Lapsed policies</h2>
<table class="grid" id="past_table" border="1" cellspacing="0"><tr><th>Policy no.</th><th>Covered</th><th>Status</th><th></th></tr>{past}</table>
<h2>Add an existing policy</h2>
<p>Bought a policy by phone? Add it to your account.</p>
<table><tr><td><label for="pol_linkNo">Policy number</label></td><td>{text1("pol_linkNo", "link.policyNumber", "link-number", 16)}</td>
<td><input type="submit" value="Add" id="pol_linkAdd"{m("link-add")}></td></tr></table>
</td><td valign="top" class="sidebar">
<h3>Quick links</h3><ul>
<li><a href="quote.do" id="ql_quote"{m("ql-quote")}>Get a new quote</a></li>
<li><a href="claims.do?new=1" id="ql_claim"{m("ql-claim")}>Make a claim</a></li>
<li><a href="documents.do" id="ql_docs"{m("ql-docs")}>View documents</a></li>
<li><a href="account.do#payment" id="ql_pay"{m("ql-payment")}>Update payment details</a></li></ul>
</td></tr></table>
"""
    return page1("My Policies", main)


def policies_v2():
    items = sorted((p for p in POLICIES if p[-2]), key=lambda p: p[7])
    cards = ""
    for i, (k, num, kind, _, title, detail, renews, _, premium, *_v) in enumerate(items):
        menu = ""
        expanded = "false"
        if i == 0:
            expanded = "true"
            menu = (f'<ul role="menu" class="menu" aria-label="More actions"><li role="none"><button role="menuitem" type="button"{m("pol-renew-" + k)}>Renew policy</button></li>'
                    f'<li role="none"><button role="menuitem" type="button"{m("pol-cancel-" + k)}>Cancel policy</button></li></ul>')
        cards += f"""
  <li class="policy-card" data-testid="policy-card">
    <div class="policy-card__head"><span class="badge">{kind}</span><h3>{title}</h3><span class="muted">{num}</span></div>
    <p>{detail} · renews {renews} · {premium} a year</p>
    <div class="policy-card__actions">
      <a href="/policies/{num}" data-testid="policy-view"{m("pol-view-" + k)}>View policy</a>
      <button type="button" class="btn btn--secondary btn--small" data-testid="policy-change"{m("pol-change-" + k)}>Make a change</button>
      <button type="button" class="icon-btn" aria-label="Download documents" data-testid="policy-docs"{m("pol-docs-" + k)}>{DOWN}</button>
      <button type="button" class="icon-btn" aria-label="More actions" aria-haspopup="menu" aria-expanded="{expanded}" data-testid="policy-more"{m("pol-more-" + k)}>{KEBAB}</button>{menu}
      <label class="check check--inline"><input type="checkbox" data-testid="auto-renew"{attrs(checked=k != "quay")}{m("autorenew-" + k)}> Auto-renew</label>
    </div>
  </li>"""
    past = "".join(f'<li class="policy-card policy-card--past" data-testid="past-policy-card"><h3>{t2}</h3><span class="muted">{num} · {ended}</span>'
                   f'<a href="/policies/{num}" data-testid="past-view"{m("past-view-" + k)}>View details</a>'
                   f'<a href="/quote?from={num}" role="button" class="btn btn--secondary btn--small" data-testid="past-requote"{m("past-quote-" + k)}>Get a new quote</a></li>'
                   for k, num, _, t2, ended in PAST)
    main = f"""<h1>Your policies</h1>
<div class="layout"><div class="layout__main">
<div class="toolbar"><div class="chips" role="group" aria-label="Filter policies">{chip2("All", "filter-all", True, "policy-filter")}{chip2("Car", "filter-car", testid="policy-filter")}{chip2("Home", "filter-home", testid="policy-filter")}</div>
<label class="sr-only" for="policy-search">Find a policy</label><input id="policy-search" type="search" placeholder="Find a policy" class="field__input" data-testid="policy-search"{m("pol-search")}></div>
<ul class="cards" data-testid="policy-list">{cards}
</ul>
<h2>Past policies</h2><ul class="cards cards--past">{past}</ul>
<section class="card"><h2>Link a policy</h2><p>Bought a policy over the phone? Link it to your account.</p>
<div class="inline">{field2("link-number", "Policy number", "link-number", "link-number")}<button type="button" class="btn btn--primary" data-testid="link-submit"{m("link-add")}>Link policy</button></div></section>
</div>
<aside class="layout__side card"><h2>Need something else?</h2><ul class="plain">
<li><a href="/quote" data-testid="side-link"{m("ql-quote")}>Get a quote</a></li>
<li><a href="/claims/new" data-testid="side-link"{m("ql-claim")}>Start a claim</a></li>
<li><a href="/account#payments" data-testid="side-link"{m("ql-payment")}>Update payment card</a></li></ul></aside></div>
"""
    return page2("Your policies", main, "nav-policies")


def policies_v3():
    items = sorted((p for p in POLICIES if p[-1]), key=lambda p: p[1])
    rows = ""
    for k, num, kind, _, title, detail, renews, _, premium, *_v in items:
        rows += f"""
  <div role="row" class="hl-gridrow">
    <div role="gridcell"><a href="/policies/{num}" aria-label="View {e(title)} policy"{m("pol-view-" + k)}>{e(title)}</a><br><span class="hl-muted">{num} · {detail}</span></div>
    <div role="gridcell">{kind}</div><div role="gridcell">{renews}</div><div role="gridcell">{premium}</div>
    <div role="gridcell">{switch3("ar-" + k, "Auto-renew", "autorenew-" + k, on=k != "quay", named=f"Auto-renew {title}")}</div>
    <div role="gridcell" class="hl-cellactions">{icon3(f"Make a change to {title}", "pol-change-" + k, PEN)}{icon3(f"Download documents for {title}", "pol-docs-" + k, DOWN)}{icon3(f"More actions for {title}", "pol-more-" + k, KEBAB, ' aria-haspopup="menu" aria-expanded="false"')}</div>
  </div>"""
    main = f"""<div class="hl-pagehead"><h1>Your policies</h1><button type="button" class="hl-button"{m("ql-claim")}>Make a claim</button>
<button type="button" class="hl-button hl-button--secondary" aria-haspopup="dialog"{m("link-open")}>Link a policy</button></div>
<div role="tablist" aria-label="Policies" class="hl-tabs"><button role="tab" id="tab-current" aria-selected="true" aria-controls="panel-current"{m("tab-current")}>Current</button>
<button role="tab" id="tab-past" aria-selected="false" aria-controls="panel-past" tabindex="-1"{m("tab-past")}>Past</button></div>
<section role="tabpanel" id="panel-current" aria-labelledby="tab-current">
<div class="hl-toolbar"><input type="search" placeholder="Search your policies" class="hl-field"{m("pol-search")}>
<label class="hl-inline">Show<select name="show" class="hl-field"{m("filter")}>{opts(["All policies", "Car", "Home"])}</select></label></div>
<div role="grid" aria-label="Current policies" class="hl-grid">
  <div role="row" class="hl-gridrow hl-gridhead"><span role="columnheader">Policy</span><span role="columnheader">Type</span><span role="columnheader">Renews</span><span role="columnheader">Premium</span><span role="columnheader">Auto-renew</span><span role="columnheader">Actions</span></div>{rows}
</div></section>
<section role="tabpanel" id="panel-past" aria-labelledby="tab-past" hidden><p>Vauxhall Astra, 22 Orchard Close</p></section>
<div role="dialog" aria-modal="true" aria-labelledby="link-title" class="hl-dialog" hidden><h2 id="link-title">Link a policy</h2><input placeholder="Policy number"><button type="button">Link policy</button></div>
"""
    return page3("Your policies", main, "nav-policies")


# -- claim -------------------------------------------------------------------------------------

# key, ref, policy, type v1, v2 type, status, updated, v1, v2, v3
CLAIMS = [
    ("55012", "CLM-55012", "Ford Focus", "Windscreen", "Windscreen", "Settled", "12/06/2026", True, False, False),
    ("55310", "CLM-55310", "14 Larch Road", "Escape of water", "Escape of water", "In progress", "28/11/2026", True, True, True),
    ("55421", "CLM-55421", "Ford Focus", "Accident", "Accident", "Awaiting your information", "02/12/2026", True, True, False),
    ("56007", "CLM-56007", "Ford Focus", None, "Theft from vehicle", "Submitted", "05/12/2026", False, True, True),
]
POLICY_CHOICES = ["Ford Focus 1.0 EcoBoost (HL-M-4410231)", "14 Larch Road (HL-H-7730417)", "Flat 3, 9 Quay Street (HL-H-7730522)"]


def claim_v1():
    p = "clm_"
    rows = ""
    for k, ref, pol, t1, _, status, upd, v1, *_ in CLAIMS:
        if not v1:
            continue
        rows += (f'<tr><td>{ref}</td><td>{pol}</td><td>{t1}</td><td>{status}</td><td>{upd}</td>'
                 f'<td><a href="claim.do?ref={ref}" id="{p}{k}_view"{m("claim-view-" + k)}>View</a> | '
                 f'<a href="upload.do?ref={ref}" id="{p}{k}_upload"{m("claim-upload-" + k)}>Upload documents</a> | '
                 f'<a href="message.do?ref={ref}" id="{p}{k}_msg"{m("claim-msg-" + k)}>Message handler</a></td></tr>')
    types = ["-- Please select --", "Accident", "Theft", "Fire", "Escape of water", "Storm or flood", "Vandalism", "Windscreen or glass"]
    main = f"""<h1>Claims</h1>
<p>Need to claim urgently? Call our 24 hour claims line on <a href="tel:03005550199" id="clm_line"{m("claims-line")}>0300 555 0199</a>.</p>
<h2>Make a claim</h2>
<form action="claim.do" method="post" name="claimForm" enctype="multipart/form-data">
<table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="section">The incident</th></tr>
{row1("Policy", p + "policy", select1(p + "policy", "claim.policy", "claim-policy", ["-- Please select --"] + POLICY_CHOICES), req=True)}
{row1("Date of incident", p + "date", text1(p + "date", "claim.incidentDate", "inc-date", 10), "(dd/mm/yyyy)", True)}
{row1("Time of incident", p + "time", text1(p + "time", "claim.incidentTime", "inc-time", 5), "(hh:mm)")}
{row1("Type of claim", p + "type", select1(p + "type", "claim.type", "inc-type", types), req=True)}
{row1("Where did it happen?", p + "where", f'<textarea name="claim.location" id="{p}where" rows="2" cols="50"{m("inc-where")}></textarea>')}
{row1("Describe what happened", p + "desc", f'<textarea name="claim.description" id="{p}desc" rows="5" cols="50"{m("inc-desc")}></textarea>', req=True)}
<tr><td class="lbl">Were the police involved?</td><td>{radio1(p + "police_y", "claim.police", "Y", "Yes", "police-yes")} {radio1(p + "police_n", "claim.police", "N", "No", "police-no")}</td></tr>
{row1("Crime reference number", p + "crimeRef", text1(p + "crimeRef", "claim.crimeReference", "crime-ref", 16))}
<tr><td class="lbl">Was anyone injured?</td><td>{radio1(p + "inj_y", "claim.injury", "Y", "Yes", "injured-yes")} {radio1(p + "inj_n", "claim.injury", "N", "No", "injured-no")}</td></tr>
<tr><th colspan="2" class="section">Your contact details</th></tr>
{row1("Contact number", p + "phone", text1(p + "phone", "claim.contactPhone", "your-phone", 16))}
{row1("Best time to call", p + "callTime", select1(p + "callTime", "claim.callTime", "call-time", ["Any time", "Morning", "Afternoon", "Evening"]))}
<tr><th colspan="2" class="section">Other party (if any)</th></tr>
{row1("Name", p + "tpName", text1(p + "tpName", "thirdParty.name", "tp-name"))}
{row1("Phone", p + "tpPhone", text1(p + "tpPhone", "thirdParty.phone", "tp-phone", 16))}
{row1("Vehicle registration", p + "tpReg", text1(p + "tpReg", "thirdParty.registration", "tp-reg", 9))}
{row1("Insurance company", p + "tpInsurer", text1(p + "tpInsurer", "thirdParty.insurer", "tp-insurer"))}
<tr><th colspan="2" class="section">Photos</th></tr>
{row1("Upload photos", p + "photos", f'<input type="file" name="claim.photos" id="{p}photos" multiple{m("photos")}>', "JPG or PNG, up to 5MB each")}
<tr><td></td><td class="buttons"><input type="submit" name="submit" value="Submit claim" id="{p}submit"{m("claim-submit")}>
<input type="submit" name="draft" value="Save draft" id="{p}draft"{m("claim-draft")}>
<input type="button" value="Cancel" id="{p}cancel" onclick="history.back()"{m("claim-cancel")}></td></tr>
</table></form>
<h2>Track your claims</h2>
<table class="grid" id="clm_table" border="1" cellspacing="0" width="100%">
<tr><th>Claim ref</th><th>Policy</th><th>Type</th><th>Status</th><th>Last update</th><th></th></tr>{rows}</table>
"""
    return page1("Claims", main)


def claim_v2():
    cards = ""
    for k, ref, pol, _, t2, status, upd, _, v2, _ in sorted(CLAIMS, key=lambda c: c[6][6:] + c[6][3:5] + c[6][:2], reverse=True):
        if not v2:
            continue
        cards += f"""
  <li class="claim-card" data-testid="claim-card"><div class="claim-card__head"><h3>{t2}</h3><span class="status">{status}</span></div>
    <p class="muted">{ref} · {pol} · updated {upd}</p>
    <div class="claim-card__actions"><a href="/claims/{ref}" data-testid="claim-view"{m("claim-view-" + k)}>View claim</a>
    <button type="button" class="icon-btn" aria-label="Upload documents" data-testid="claim-upload"{m("claim-upload-" + k)}>{UP}</button>
    <button type="button" class="icon-btn" aria-label="Send a message" data-testid="claim-message"{m("claim-msg-" + k)}>{CHAT}</button></div></li>"""
    kinds = [("accident", "Accident", "type-accident"), ("theft", "Theft", "type-theft"), ("fire", "Fire", "type-fire"),
             ("water", "Escape of water", "type-water"), ("storm", "Storm or flood", "type-storm"), ("glass", "Windscreen or glass", "type-glass")]
    type_cards = "".join(f'<label class="radio-card"><input type="radio" name="type" value="{v}" data-testid="claim-type"{m(k)}> {t}</label>' for v, t, k in kinds)
    main = f"""<h1>Claims</h1>
<div class="banner">24 hour claims line: <a href="tel:03005550199" data-testid="claims-line"{m("claims-line")}>0300 555 0199</a></div>
<div class="layout"><form class="layout__main" data-testid="claim-form">
<h2>Start a claim</h2>
<fieldset class="card"><legend>Your policy</legend>{combo2("claim-policy", "Which policy is this claim for?", "claim-policy", "", "policy-combobox", POLICY_CHOICES)}</fieldset>
<fieldset class="card"><legend>What happened</legend><div class="grid2">
{field2("inc-date", "When did it happen?", "inc-date", "incident-date", "date")}
{field2("inc-time", "Roughly what time?", "inc-time", "incident-time", "time")}</div>
<fieldset class="fieldset"><legend>Type of claim</legend><div class="radio-cards">{type_cards}</div></fieldset>
{field2("inc-where", "Where did it happen?", "inc-where", "incident-location", hint="An address, road or landmark")}
<div class="field"><label class="field__label" for="inc-desc">Tell us what happened</label><textarea id="inc-desc" class="field__input" rows="5" data-testid="incident-description"{m("inc-desc")}></textarea></div>
{radios2("police", "Did the police attend?", [("yes", "Yes", "police-yes", False), ("no", "No", "police-no", False)], testid="police", cls="segmented")}
{field2("crime-ref", "Crime reference", "crime-ref", "crime-reference", hint="If the police gave you one")}
{radios2("injury", "Was anyone hurt?", [("yes", "Yes", "injured-yes", False), ("no", "No", "injured-no", False)], testid="injury", cls="segmented")}
</fieldset>
<fieldset class="card"><legend>Your details</legend><div class="grid2">
{field2("your-phone", "Phone number", "your-phone", "contact-phone", "tel")}
{combo2("call-time", "Best time to call", "call-time", "Any time", "call-time-combobox", ["Any time", "Morning", "Afternoon", "Evening"])}</div></fieldset>
<fieldset class="card"><legend>The other driver</legend><div class="grid2">
{field2("tp-name", "Full name", "tp-name", "third-party-name")}
{field2("tp-phone", "Phone number", "tp-phone", "third-party-phone", "tel")}
{field2("tp-reg", "Registration", "tp-reg", "third-party-reg")}
{field2("tp-insurer", "Their insurer", "tp-insurer", "third-party-insurer")}</div></fieldset>
<fieldset class="card"><legend>Photos</legend><label class="btn btn--secondary upload" for="photos">Add photos</label><input id="photos" type="file" multiple class="sr-only" data-testid="photos"{m("photos")}></fieldset>
<div class="actions"><button type="submit" class="btn btn--primary" data-testid="claim-submit"{m("claim-submit")}>Submit claim</button>
<a href="/claims/draft" role="button" class="btn btn--ghost" data-testid="claim-draft"{m("claim-draft")}>Save draft</a>
<button type="button" class="btn btn--ghost" data-testid="claim-cancel"{m("claim-cancel")}>Cancel</button></div>
</form>
<aside class="layout__side"><h2>Your claims</h2>
<div class="chips" role="group" aria-label="Claim status">{chip2("Open", "claims-open", True, "claim-filter")}{chip2("Closed", "claims-closed", testid="claim-filter")}</div>
<ul class="cards">{cards}</ul></aside></div>
"""
    return page2("Claims", main, "nav-claims")


def claim_v3():
    rows = ""
    for k, ref, pol, _, t2, status, upd, _, _, v3 in CLAIMS:
        if not v3:
            continue
        rows += f"""
  <div role="row" class="hl-gridrow hl-gridrow--claims"><div role="gridcell"><a href="/claims/{ref}" aria-label="View claim {ref}"{m("claim-view-" + k)}>{ref}</a></div>
    <div role="gridcell">{pol}</div><div role="gridcell">{t2}</div><div role="gridcell">{status}</div><div role="gridcell">{upd}</div>
    <div role="gridcell" class="hl-cellactions">{icon3(f"Upload documents for {ref}", "claim-upload-" + k, UP)}{icon3(f"Message handler about {ref}", "claim-msg-" + k, CHAT)}</div></div>"""
    kinds = [("accident", "Crash or collision", "type-accident"), ("theft", "Theft or attempted theft", "type-theft"), ("fire", "Fire or smoke", "type-fire"),
             ("water", "Water leak", "type-water"), ("storm", "Storm damage", "type-storm"), ("glass", "Broken glass", "type-glass")]
    tiles = "".join(f'<label class="hl-tile"><input type="radio" name="type" value="{v}"{m(k)}> {t}</label>' for v, t, k in kinds)
    main = f"""<div class="hl-pagehead"><h1>Claims</h1><a class="hl-button hl-button--secondary" href="tel:03005550199"{m("claims-line")}>Call 0300 555 0199</a></div>
<section class="hl-card"><h2>Your claims</h2>
<div role="grid" aria-label="Your claims" class="hl-grid">
  <div role="row" class="hl-gridrow hl-gridrow--claims hl-gridhead"><span role="columnheader">Claim</span><span role="columnheader">Policy</span><span role="columnheader">Type</span><span role="columnheader">Status</span><span role="columnheader">Updated</span><span role="columnheader">Actions</span></div>{rows}
</div></section>
<form class="hl-card"><h2>Make a claim</h2>
<label class="hl-stacked">Policy<select name="policy" class="hl-field"{m("claim-policy")}>{opts(["Choose a policy"] + POLICY_CHOICES)}</select></label>
<div class="hl-row">{input3("date", "Date (DD/MM/YYYY)", "inc-date")}{input3("time", "Time (HH:MM)", "inc-time")}</div>
<fieldset class="hl-fieldset"><legend>What kind of claim?</legend><div class="hl-tiles">{tiles}</div></fieldset>
<div class="hl-row">{input3("where", "Where did it happen?", "inc-where", cls="hl-field hl-field--wide")}</div>
<textarea name="desc" placeholder="Tell us what happened, in your own words" class="hl-field hl-field--wide" rows="4"{m("inc-desc")}></textarea>
{switch3("sw-police", "Police attended", "police-switch")}
<div class="hl-row">{input3("crime", "Crime reference (if you have one)", "crime-ref")}</div>
{switch3("sw-hurt", "Someone was hurt", "injured-switch")}
<div class="hl-row">{input3("phone", "Contact number", "your-phone", "tel")}</div>
<label class="hl-check"><input type="checkbox" name="other-vehicle" aria-controls="tp-fields" aria-expanded="false"{m("tp-toggle")}> Another vehicle was involved</label>
<div id="tp-fields" hidden><input placeholder="Other driver's name"><input placeholder="Their phone"><input placeholder="Their registration"><input placeholder="Their insurer"></div>
<button type="button" class="hl-button hl-button--secondary"{m("photos")}>Add photos</button>
<div class="hl-actions"><button type="submit" class="hl-button"{m("claim-submit")}>Send claim</button><button type="button" class="hl-button hl-button--ghost"{m("claim-draft")}>Save draft</button></div>
</form>
<div role="dialog" aria-modal="false" aria-labelledby="msg-title" class="hl-dialog hl-dialog--open">
<h2 id="msg-title">Message your claim handler</h2><p class="hl-muted">About CLM-55310 · Escape of water · handler: Grace Appiah</p>
<textarea name="message" placeholder="Write your message" class="hl-field hl-field--wide" rows="3"{m("msg-text")}></textarea>
<div class="hl-actions"><button type="button" class="hl-button"{m("msg-send")}>Send message</button>{icon3("Close", "msg-close", '<svg width="16" height="16" aria-hidden="true"><path d="M3 3l10 10M13 3L3 13"/></svg>')}</div></div>
"""
    return page3("Claims", main, "nav-claims")


# -- documents ---------------------------------------------------------------------------------

# key, v1 name, v2 name, v3 name, policy, v2 group, date, v1, v2, v3
DOCS = [
    ("cert-focus", "Certificate of motor insurance", "Certificate of motor insurance", "Certificate of motor insurance", "Ford Focus", "Ford Focus 1.0 EcoBoost", "03/03/2026", True, True, True),
    ("sched-focus", "Policy schedule", "Policy schedule", "Policy schedule", "Ford Focus", "Ford Focus 1.0 EcoBoost", "03/03/2026", True, True, True),
    ("sof-focus", "Statement of fact", "Your statement of facts", None, "Ford Focus", "Ford Focus 1.0 EcoBoost", "03/03/2026", True, True, False),
    ("ncd-focus", None, "No claims discount proof", "No claims discount proof", "Ford Focus", "Ford Focus 1.0 EcoBoost", "03/03/2026", False, True, True),
    ("sched-larch", "Policy schedule", "Policy schedule", "Policy schedule", "14 Larch Road", "14 Larch Road", "14/01/2026", True, True, True),
    ("renewal-larch", "Renewal invitation", "Renewal invitation", "Renewal invitation", "14 Larch Road", "14 Larch Road", "01/12/2026", True, True, True),
    ("booklet-larch", "Policy booklet", "Policy booklet", None, "14 Larch Road", "14 Larch Road", "14/01/2026", True, True, False),
    ("cert-corsa", "Certificate of motor insurance", None, None, "Vauxhall Corsa", None, "19/05/2026", True, False, False),
    ("cert-corsae", None, "Certificate of motor insurance", "Certificate of motor insurance", "Vauxhall Corsa-e", "Vauxhall Corsa-e", "02/10/2026", False, True, True),
]
RENEWALS = [("larch", "14 Larch Road", "Home insurance", "14/01/2027", "£379.20", "£356.00"),
            ("focus", "Ford Focus", "Car insurance", "03/03/2027", "£538.00", "£512.40")]


def documents_v1():
    rows = ""
    for k, n1, _, _, pol, _, date, v1, *_ in DOCS:
        if not v1:
            continue
        rows += (f'<tr><td>{n1}</td><td>{pol}</td><td>{date}</td><td><a href="doc.do?id={k}" target="_blank" id="doc_{k}_view"{m("doc-view-" + k)}>View</a> | '
                 f'<a href="doc.do?id={k}&amp;dl=1" id="doc_{k}_dl"{m("doc-dl-" + k)}>Download</a> | '
                 f'<a href="doc.do?id={k}&amp;email=1" id="doc_{k}_email"{m("doc-email-" + k)}>Email me</a></td></tr>')
    ren = "".join(f'<tr><td>{what}</td><td>{kind}</td><td>{date}</td><td>{new}</td><td>{old}</td>'
                  f'<td><input type="submit" value="Accept renewal" id="ren_{k}_accept"{m("ren-accept-" + k)}> '
                  f'<input type="submit" value="Decline" id="ren_{k}_decline"{m("ren-decline-" + k)}> '
                  f'<a href="callback.do?p={k}" id="ren_{k}_callback"{m("ren-callback-" + k)}>Request a callback</a></td></tr>'
                  for k, what, kind, date, new, old in RENEWALS)
    main = f"""<h1>Documents &amp; Renewals</h1>
<form action="documents.do" method="get"><label for="doc_for">Show documents for:</label>
{select1("doc_for", "policy", "doc-filter", ["All policies", "Ford Focus (HL-M-4410231)", "Vauxhall Corsa (HL-M-4410876)", "14 Larch Road (HL-H-7730417)", "Flat 3, 9 Quay Street (HL-H-7730522)"])}
<input type="submit" value="Show" id="doc_show"{m("doc-filter-go")}></form>
<h2>Your documents</h2>
<table class="grid" id="doc_table" border="1" cellspacing="0" width="100%"><tr><th>Document</th><th>Policy</th><th>Issued</th><th></th></tr>{rows}</table>
<p><a href="print.do" id="doc_print"{m("order-print")}>Order printed copies of all documents</a></p>
<h2>Renewals</h2>
<table class="grid" id="ren_table" border="1" cellspacing="0" width="100%"><tr><th>Policy</th><th>Type</th><th>Renewal date</th><th>New premium</th><th>This year</th><th></th></tr>{ren}</table>
<h2>Paperless</h2>
<form action="paperless.do" method="post"><p>{check1("doc_paperless", "paperless", "Send my documents by email only", "paperless", True)}
<input type="submit" value="Update" id="doc_paperlessUpdate"{m("paperless-save")}></p></form>
"""
    return page1("Documents &amp; Renewals", main)


def documents_v2():
    groups = {}
    for d in DOCS:
        if d[8]:
            groups.setdefault(d[5], []).append(d)
    sections = ""
    for group in ["14 Larch Road", "Ford Focus 1.0 EcoBoost", "Vauxhall Corsa-e"]:
        cards = "".join(f'<li class="doc-card" data-testid="document-card"><span class="doc-card__name">{n2}</span><span class="muted">Issued {date}</span>'
                        f'<a href="/documents/{k}" target="_blank" data-testid="document-view"{m("doc-view-" + k)}>View</a>'
                        f'<button type="button" class="icon-btn" aria-label="Download" data-testid="document-download"{m("doc-dl-" + k)}>{DOWN}</button></li>'
                        for k, _, n2, _, _, _, date, *_ in groups[group])
        sections += f'<section class="doc-group"><h3>{group}</h3><ul class="doc-cards">{cards}</ul></section>'
    ren = "".join(f"""<li class="card renewal-card" data-testid="renewal-card"><h3>{kind} · {what}</h3><p>Renews {date}. Next year {new} (this year {old}).</p>
  <div class="actions"><a href="/renewals/{k}" role="button" class="btn btn--primary" data-testid="renew-now"{m("ren-accept-" + k)}>Renew now</a>
  <button type="button" class="btn btn--secondary" data-testid="renew-decline"{m("ren-decline-" + k)}>Don't renew</button>
  <a href="/renewals/{k}/callback" data-testid="renew-callback"{m("ren-callback-" + k)}>Request a callback</a></div></li>"""
                  for k, what, kind, date, new, old in RENEWALS)
    main = f"""<h1>Documents and renewals</h1>
<section><h2>Renewals due</h2><ul class="cards">{ren}</ul></section>
<section><h2>Your documents</h2>
<div class="toolbar"><div class="chips" role="group" aria-label="Filter documents">{chip2("All", "doc-chip-all", True, "document-filter")}{chip2("Car", "doc-chip-car", testid="document-filter")}{chip2("Home", "doc-chip-home", testid="document-filter")}</div>
{select2("doc-sort", "Sort by", "doc-sort", ["Newest first", "Oldest first", "Name A to Z"], testid="document-sort")}</div>
{sections}
<p><a href="/documents/paper" data-testid="paper-copies"{m("order-print")}>Request paper copies</a></p></section>
<section class="card"><h2>Paperless</h2>{check2("paperless", "Go paperless", "paperless", True, "paperless")}<p class="muted">We save your choice straight away.</p></section>
"""
    return page2("Documents and renewals", main, "nav-documents")


def documents_v3():
    ren = "".join(f"""<div class="hl-callout"><h2>{kind}: {what} renews on {date}</h2><p>Next year {new}, this year {old}.</p>
  <button type="button" class="hl-button"{m("ren-accept-" + k)}>Renew {what}</button><button type="button" class="hl-button hl-button--ghost"{m("ren-decline-" + k)}>Don't renew {what}</button></div>"""
                  for k, what, kind, date, new, old in RENEWALS)
    rows = ""
    for k, _, _, n3, pol, _, date, _, _, v3 in DOCS:
        if not v3:
            continue
        rows += (f'<div role="row" class="hl-gridrow hl-gridrow--docs"><div role="gridcell">{n3}</div><div role="gridcell">{pol}</div><div role="gridcell">{date}</div>'
                 f'<div role="gridcell" class="hl-cellactions"><a href="/documents/{k}" target="_blank" class="hl-icon" aria-label="View {n3}, {pol}"{m("doc-view-" + k)}>{ICON}</a>'
                 f'{icon3(f"Download {n3}, {pol}", "doc-dl-" + k, DOWN)}</div></div>')
    main = f"""<h1>Documents and renewals</h1>
{ren}
<section class="hl-card"><h2>Documents</h2>
<div class="hl-toolbar"><input type="text" role="combobox" aria-expanded="false" aria-label="Policy" placeholder="All policies" class="hl-field"{m("doc-filter")}>
{switch3("sw-paperless", "Paperless documents", "paperless", on=True)}</div>
<div role="grid" aria-label="Documents" class="hl-grid">
<div role="row" class="hl-gridrow hl-gridrow--docs hl-gridhead"><span role="columnheader">Document</span><span role="columnheader">Policy</span><span role="columnheader">Issued</span><span role="columnheader">Actions</span></div>{rows}</div>
<button type="button" class="hl-button hl-button--secondary" aria-haspopup="dialog" aria-expanded="true"{m("order-print")}>Request paper copies</button></section>
<div role="dialog" aria-modal="false" aria-labelledby="paper-title" class="hl-dialog hl-dialog--open"><h2 id="paper-title">Request paper copies</h2>
<p>We'll post the documents for the policy you choose.</p>
<select name="paper-policy" aria-label="Policy for paper copies" class="hl-field"{m("paper-policy")}>{opts(["Ford Focus", "Vauxhall Corsa-e", "14 Larch Road", "2 Mill Lane"])}</select>
<label class="hl-check"><input type="checkbox" name="large-print"{m("paper-large")}> Large print</label>
<div class="hl-actions"><button type="button" class="hl-button"{m("paper-send")}>Send request</button><button type="button" class="hl-button hl-button--ghost"{m("paper-cancel")}>Cancel</button></div></div>
"""
    return page3("Documents and renewals", main, "nav-documents")


# -- account -----------------------------------------------------------------------------------

# key, v1/v2 label, v3 label, default, v1, v2, v3
METHODS = [
    ("visa", "Visa ending 4421", "Visa ending 4421", False, True, True, False),
    ("dd", "Direct Debit, Barclays ****6612", "Direct Debit from Barclays ****6612", True, True, True, True),
    ("mc", "Mastercard ending 0087", "Mastercard ending 0087", False, False, True, True),
    ("visa2", None, "Visa ending 9902", False, False, False, True),
]


def account_v1():
    p = "acc_"
    methods = ""
    for k, label, _, default, v1, *_ in METHODS:
        if not v1:
            continue
        make = "" if default else f' | <a href="account.do?default={k}" id="{p}{k}_default"{m("pm-default-" + k)}>Make default</a>'
        methods += (f'<tr><td>{label}</td><td>{"Default" if default else ""}</td><td><a href="account.do?edit={k}" id="{p}{k}_edit"{m("pm-edit-" + k)}>Edit</a> | '
                    f'<a href="account.do?delete={k}" id="{p}{k}_delete"{m("pm-delete-" + k)}>Delete</a>{make}</td></tr>')
    main = f"""<table width="100%" cellpadding="8"><tr><td valign="top" width="20%" class="sidebar">
<h3>My Account</h3><ul class="sidemenu">
<li><a href="#personal" id="side_personal"{m("side-personal")}>Personal details</a></li>
<li><a href="#payment" id="side_payment"{m("side-payment")}>Payment details</a></li>
<li><a href="#prefs" id="side_prefs"{m("side-prefs")}>Contact preferences</a></li>
<li><a href="#password" id="side_password"{m("side-password")}>Change password</a></li>
<li><a href="logoff.do" id="side_logoff"{m("side-logoff")}>Log off</a></li></ul></td>
<td valign="top">
<h1>My Account</h1>
<form action="account.do" method="post" name="personalForm"><a name="personal"></a>
<table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="section">Personal details</th></tr>
{row1("Title", p + "title", select1(p + "title", "customer.title", "acc-title", ["Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"], "Mr"))}
{row1("First name", p + "first", text1(p + "first", "customer.firstName", "acc-first"))}
{row1("Surname", p + "last", text1(p + "last", "customer.surname", "acc-last"))}
{row1("Date of birth", p + "dob", text1(p + "dob", "customer.dateOfBirth", "acc-dob", 10), "(dd/mm/yyyy)")}
{row1("Email", p + "email", text1(p + "email", "customer.email", "acc-email", 36))}
{row1("Confirm email", p + "email2", text1(p + "email2", "customer.emailConfirm", "acc-email2", 36))}
{row1("Home telephone", p + "homePhone", text1(p + "homePhone", "customer.homePhone", "acc-home-phone", 16))}
{row1("Mobile telephone", p + "mobile", text1(p + "mobile", "customer.mobile", "acc-mobile", 16))}
{row1("Address line 1", p + "addr1", text1(p + "addr1", "customer.address1", "acc-addr1", 36))}
{row1("Address line 2", p + "addr2", text1(p + "addr2", "customer.address2", "acc-addr2", 36))}
{row1("Town", p + "town", text1(p + "town", "customer.town", "acc-town"))}
{row1("Postcode", p + "postcode", text1(p + "postcode", "customer.postcode", "acc-postcode", 9))}
<tr><td></td><td><input type="submit" name="savePersonal" value="Save" id="{p}savePersonal"{m("acc-save")}></td></tr>
</table></form>
<a name="payment"></a><h2>Payment details</h2>
<table class="grid" id="{p}methods" border="1" cellspacing="0"><tr><th>Payment method</th><th></th><th></th></tr>{methods}</table>
<form action="account.do" method="post" name="bankForm"><table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="subsection">Add a bank account</th></tr>
{row1("Account holder name", p + "bankName", text1(p + "bankName", "bank.holder", "bank-holder"))}
{row1("Sort code", p + "sortCode", text1(p + "sortCode", "bank.sortCode", "bank-sort", 8), "(00-00-00)")}
{row1("Account number", p + "accNo", text1(p + "accNo", "bank.accountNumber", "bank-number", 10))}
<tr><td></td><td><input type="submit" name="addBank" value="Add bank account" id="{p}addBank"{m("bank-add")}></td></tr>
<tr><th colspan="2" class="subsection">Monthly payments</th></tr>
{row1("Preferred payment date", p + "payDay", select1(p + "payDay", "payment.day", "pay-day", ["1st", "8th", "15th", "22nd", "28th"], "8th"))}
<tr><td></td><td><input type="submit" name="savePayDay" value="Save" id="{p}savePayDay"{m("pay-day-save")}></td></tr>
</table></form>
<form action="account.do" method="post" name="prefsForm"><a name="prefs"></a><table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="section">Contact preferences</th></tr>
<tr><td class="lbl">Send me offers and news by</td><td>{check1(p + "mkEmail", "prefs.email", "Email", "pref-email", True)}
{check1(p + "mkPost", "prefs.post", "Post", "pref-post")} {check1(p + "mkPhone", "prefs.phone", "Telephone", "pref-phone")} {check1(p + "mkSms", "prefs.sms", "Text message", "pref-sms")}</td></tr>
{row1("Send renewal reminders by", p + "reminder", select1(p + "reminder", "prefs.reminder", "pref-reminder", ["Email", "Post", "Text message"]))}
<tr><td></td><td><input type="submit" name="savePrefs" value="Save" id="{p}savePrefs"{m("pref-save")}></td></tr>
</table></form>
<form action="password.do" method="post" name="passwordForm"><a name="password"></a><table class="formtable" cellpadding="3" cellspacing="0">
<tr><th colspan="2" class="section">Change password</th></tr>
{row1("Current password", p + "pwCurrent", text1(p + "pwCurrent", "password.current", "pw-current", 20, "password"))}
{row1("New password", p + "pwNew", text1(p + "pwNew", "password.new", "pw-new", 20, "password"))}
{row1("Confirm new password", p + "pwConfirm", text1(p + "pwConfirm", "password.confirm", "pw-confirm", 20, "password"))}
<tr><td></td><td><input type="submit" name="changePw" value="Change password" id="{p}changePw"{m("pw-change")}></td></tr>
</table></form>
<p class="small"><a href="close.do" id="{p}close"{m("close-account")}>Close my account</a></p>
</td></tr></table>
"""
    return page1("My Account", main)


def account_v2():
    methods = ""
    for k, label, _, default, _, v2, _ in METHODS:
        if not v2:
            continue
        make = "" if default else f'<a href="/account/payments/{k}/default" role="button" class="btn btn--ghost btn--small" data-testid="make-default"{m("pm-default-" + k)}>Make default</a>'
        methods += (f'<li class="pm-card" data-testid="payment-method"><span class="pm-card__name">{label}</span>{"<span class=badge>Default</span>" if default else ""}'
                    f'<button type="button" class="icon-btn" aria-label="Edit" data-testid="payment-edit"{m("pm-edit-" + k)}>{PEN}</button>'
                    f'<button type="button" class="icon-btn" aria-label="Remove" data-testid="payment-remove"{m("pm-delete-" + k)}>{BIN}</button>{make}</li>')

    def pw(id_, label, key, show):
        return (f'<div class="field"><label class="field__label" for="{id_}">{label}</label><div class="inline"><input class="field__input" id="{id_}" type="password" data-testid="{id_}"{m(key)}>'
                f'<button type="button" class="btn btn--small btn--ghost" data-testid="password-toggle"{m(show)}>Show</button></div></div>')
    main = f"""<h1>Your account</h1>
<div class="layout"><nav class="layout__side subnav" aria-label="Account sections"><ul>
<li><a href="#details"{m("side-personal")}>Your details</a></li><li><a href="#payments"{m("side-payment")}>Payments</a></li>
<li><a href="#preferences"{m("side-prefs")}>Preferences</a></li><li><a href="#security"{m("side-password")}>Security</a></li></ul></nav>
<div class="layout__main">
<form class="card" id="details" data-testid="details-form"><h2>Your details</h2><div class="grid2">
{combo2("acc-title", "Title", "acc-title", "Mr", "title-combobox", ["Mr", "Mrs", "Miss", "Ms", "Dr", "Mx"])}
{field2("acc-first", "First name", "acc-first", "first-name", value="Martin")}
{field2("acc-last", "Last name", "acc-last", "last-name", value="Hale")}
{field2("acc-dob", "Date of birth", "acc-dob", "dob", "date")}
{field2("acc-email", "Email address", "acc-email", "email", "email")}
{field2("acc-mobile", "Phone number", "acc-mobile", "phone", "tel")}
{field2("acc-home", "Landline (optional)", "acc-home-phone", "landline", "tel")}
</div><fieldset class="fieldset"><legend>Address</legend><div class="grid2">
{field2("acc-addr1", "Address line 1", "acc-addr1", "address-line-1")}
{field2("acc-addr2", "Address line 2", "acc-addr2", "address-line-2")}
{field2("acc-town", "Town or city", "acc-town", "town")}
{field2("acc-postcode", "Postcode", "acc-postcode", "postcode")}</div></fieldset>
<button type="submit" class="btn btn--primary" data-testid="save"{m("acc-save")}>Save changes</button></form>
<section class="card" id="payments"><h2>Payment methods</h2><ul class="pm-list">{methods}</ul>
<button type="button" class="btn btn--secondary" data-testid="add-payment-method"{m("pm-add")}>Add payment method</button>
<fieldset class="fieldset"><legend>Add a bank account</legend><div class="grid2">
{field2("bank-holder", "Name on the account", "bank-holder", "bank-holder")}
{field2("bank-sort", "Sort code", "bank-sort", "sort-code")}
{field2("bank-number", "Account number", "bank-number", "account-number")}</div>
<button type="button" class="btn btn--secondary" data-testid="add-bank"{m("bank-add")}>Add account</button></fieldset>
<div class="inline">{combo2("pay-day", "Collection day", "pay-day", "8th", "collection-day", ["1st", "8th", "15th", "22nd", "28th"])}
<button type="button" class="btn btn--primary" data-testid="save"{m("pay-day-save")}>Save</button></div></section>
<form class="card" id="preferences"><h2>Preferences</h2>
<fieldset class="fieldset"><legend>Offers and news</legend>{check2("mk-email", "Email", "pref-email", True, "marketing")}{check2("mk-post", "Post", "pref-post", testid="marketing")}{check2("mk-phone", "Phone", "pref-phone", testid="marketing")}{check2("mk-sms", "Text", "pref-sms", testid="marketing")}</fieldset>
{radios2("reminder", "Renewal reminders", [("email", "Email", "rem-email", True), ("post", "Post", "rem-post", False), ("sms", "Text", "rem-sms", False)], testid="reminder")}
<button type="submit" class="btn btn--primary" data-testid="save"{m("pref-save")}>Save</button></form>
<form class="card" id="security"><h2>Security</h2>
{pw("pw-current", "Current password", "pw-current", "pw-show-current")}
{pw("pw-new", "New password", "pw-new", "pw-show-new")}
{pw("pw-confirm", "Confirm new password", "pw-confirm", "pw-show-confirm")}
<button type="submit" class="btn btn--primary" data-testid="update-password"{m("pw-change")}>Update password</button></form>
<section class="card card--danger"><h2>Close your account</h2><p>Your policies stay active until they end.</p>
<button type="button" class="btn btn--danger" data-testid="close-account"{m("close-account")}>Close account</button></section>
</div></div>
"""
    return page2("Your account", main, "nav-account")


def account_v3():
    methods = ""
    for k, _, label, default, _, _, v3 in METHODS:
        if not v3:
            continue
        make = "" if default else f'<button type="button" class="hl-linkbutton" aria-label="Make {label} the default"{m("pm-default-" + k)}>Make default</button>'
        methods += (f'<li class="hl-listrow"><span class="hl-listrow__title">{label}</span>{"<span class=hl-badge>Default</span>" if default else ""}'
                    f'{icon3(f"Edit {label}", "pm-edit-" + k, PEN)}{icon3(f"Remove {label}", "pm-delete-" + k, BIN)}{make}</li>')
    main = f"""<h1>Account settings</h1>
<form class="hl-card"><h2>Profile</h2>
<p class="hl-muted">Date of birth: 12 April 1984 · <a href="/account/dob-change"{m("dob-change")}>Ask us to correct it</a></p>
<div class="hl-row">{input3("first", "First name", "acc-first", extra=' value="Martin"')}{input3("last", "Last name", "acc-last", extra=' value="Hale"')}</div>
<div class="hl-row">{input3("email", "Email address", "acc-email", "email")}{input3("mobile", "Mobile number", "acc-mobile", "tel")}</div>
<div class="hl-row">{input3("addr1", "House number and street", "acc-addr1")}{input3("addr2", "Flat, building (optional)", "acc-addr2")}</div>
<div class="hl-row">{input3("town", "Town", "acc-town")}{input3("postcode", "Postcode", "acc-postcode")}</div>
<div class="hl-actions"><button type="submit" class="hl-button"{m("acc-save")}>Save profile</button></div></form>
<section class="hl-card"><h2>Payments</h2><ul class="hl-list">{methods}</ul>
<div class="hl-actions"><button type="button" class="hl-button hl-button--secondary"{m("pm-add")}>Add a card</button>
<button type="button" class="hl-button hl-button--secondary" aria-haspopup="dialog" aria-expanded="true"{m("bank-open")}>Add a bank account</button></div>
<label class="hl-stacked">Payment date<select name="payday" class="hl-field"{m("pay-day")}>{opts(["1st of the month", "8th of the month", "15th of the month", "22nd of the month", "28th of the month"], "8th of the month")}</select></label>
<button type="button" class="hl-button hl-button--ghost"{m("pay-day-save")}>Update payment date</button></section>
<section class="hl-card"><h2>Notifications</h2><p class="hl-muted">Changes save automatically.</p>
{switch3("sw-email", "Email offers", "pref-email", True)}{switch3("sw-post", "Post offers", "pref-post")}{switch3("sw-phone", "Phone offers", "pref-phone")}{switch3("sw-sms", "Text offers", "pref-sms")}
<label class="hl-stacked">Renewal reminders<select name="reminder" class="hl-field"{m("pref-reminder")}>{opts(["Email", "Post", "Text message"])}</select></label></section>
<section class="hl-card"><h2>Security</h2><button type="button" class="hl-button hl-button--secondary" aria-haspopup="dialog"{m("pw-open")}>Change password</button></section>
<p class="hl-danger"><button type="button" class="hl-linkbutton hl-linkbutton--danger"{m("close-account")}>Close your account</button></p>
<div role="dialog" aria-modal="false" aria-labelledby="bank-title" class="hl-dialog hl-dialog--open"><h2 id="bank-title">Add a bank account</h2>
{input3("holder", "Name on account", "bank-holder")}{input3("sort", "Sort code", "bank-sort", extra=' inputmode="numeric"')}{input3("number", "Account number", "bank-number", extra=' inputmode="numeric"')}
<div class="hl-actions"><button type="button" class="hl-button"{m("bank-add")}>Add account</button><button type="button" class="hl-button hl-button--ghost"{m("bank-cancel")}>Cancel</button></div></div>
<div role="dialog" aria-modal="true" aria-labelledby="pw-title" class="hl-dialog" hidden><h2 id="pw-title">Change password</h2><input type="password"><input type="password"><button type="button">Save</button></div>
"""
    return page3("Account settings", main, "nav-account")


# -- styles ------------------------------------------------------------------------------------

STYLE1 = """body { font-family: Tahoma, Arial, sans-serif; font-size: 12px; margin: 0; background: #fff; color: #222; }
.header { background: #0b3d5c; color: #fff; } .header a, .header label { color: #fff; } .welcome { font-size: 11px; }
#nav { background: #2a7ab0; padding: 6px 10px; } #nav a { color: #fff; font-weight: bold; } h1 { font-size: 19px; color: #0b3d5c; } h2 { font-size: 15px; color: #0b3d5c; }
.formtable td.lbl { width: 210px; vertical-align: top; } .section { background: #0b3d5c; color: #fff; text-align: left; padding: 4px; } .subsection { background: #cde; text-align: left; padding: 3px; }
.grid th { background: #cde; text-align: left; padding: 3px; } .grid td { padding: 3px; } .req { color: #c00; } .note { color: #666; font-size: 11px; }
.sidebar { background: #f1f5f8; } .buttons input { margin-right: 6px; } #footer { border-top: 2px solid #0b3d5c; padding: 8px; font-size: 11px; margin-top: 16px; } .small { font-size: 11px; }
"""

STYLE2 = """* { box-sizing: border-box; } body { font-family: Helvetica, Arial, sans-serif; margin: 0; color: #14213d; background: #fafbfc; font-size: 15px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.topbar { display: flex; align-items: center; gap: 18px; padding: 10px 28px; background: #fff; border-bottom: 1px solid #dde; }
.topbar__brand { font-weight: 800; font-size: 20px; color: #0a6e8a; text-decoration: none; } .nav ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.nav__link { color: #14213d; text-decoration: none; } .nav__link[aria-current] { border-bottom: 2px solid #0a6e8a; } .topbar__search { display: flex; gap: 4px; margin-left: auto; }
.topbar__link { color: #0a6e8a; } .topbar__account { border: 1px solid #ccd; background: #fff; border-radius: 16px; padding: 4px 10px; }
.container { max-width: 1160px; margin: 0 auto; padding: 20px 28px; } .layout { display: flex; gap: 24px; align-items: flex-start; } .layout__main { flex: 1; } .layout__side { width: 300px; }
.card { background: #fff; border: 1px solid #e1e4ea; border-radius: 10px; padding: 14px 18px; margin: 0 0 16px; } fieldset.card > legend { font-weight: 700; font-size: 17px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 16px; } .field { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; } .field--action { justify-content: flex-end; }
.field__label { font-weight: 600; font-size: 14px; } .field__hint { margin: 0; color: #667; font-size: 13px; } .field__input { border: 1px solid #aab; border-radius: 6px; padding: 7px 9px; font-size: 15px; }
.combo { position: relative; display: flex; } .combo__input { flex: 1; } .combo__chevron { position: absolute; right: 8px; top: 7px; }
.btn { display: inline-block; border: 0; border-radius: 6px; padding: 8px 14px; font-size: 15px; cursor: pointer; text-decoration: none; }
.btn--primary { background: #0a6e8a; color: #fff; } .btn--secondary { background: #e3f1f5; color: #0a6e8a; } .btn--ghost { background: none; color: #0a6e8a; border: 1px solid #0a6e8a; }
.btn--danger { background: #b42318; color: #fff; } .btn--small { padding: 4px 9px; font-size: 13px; }
.icon-btn { width: 32px; height: 32px; border: 1px solid #ccd; border-radius: 6px; background: #fff; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; }
.chips { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin: 8px 0; } .chips__label { font-weight: 600; margin-right: 6px; }
.chip { border: 1px solid #0a6e8a; border-radius: 14px; padding: 4px 12px; background: #fff; color: #0a6e8a; cursor: pointer; } .chip[aria-pressed=true] { background: #0a6e8a; color: #fff; }
.fieldset { border: 0; padding: 0; margin: 8px 0; } .fieldset legend { font-weight: 600; } .segmented { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; } .radio { margin-right: 10px; }
.check { margin: 6px 0; } .check--inline { display: inline-flex; gap: 4px; margin-left: auto; } .inline { display: flex; gap: 8px; align-items: flex-end; }
.actions { display: flex; gap: 12px; align-items: center; margin: 12px 0; } .toolbar { display: flex; gap: 16px; align-items: center; justify-content: space-between; }
.cards { list-style: none; padding: 0; margin: 0; } .policy-card, .claim-card { background: #fff; border: 1px solid #e1e4ea; border-radius: 10px; padding: 12px 16px; margin-bottom: 10px; }
.policy-card__head, .claim-card__head { display: flex; gap: 10px; align-items: center; } .policy-card__head h3, .claim-card__head h3 { margin: 0; font-size: 16px; }
.policy-card__actions, .claim-card__actions { display: flex; gap: 10px; align-items: center; position: relative; } .menu { list-style: none; margin: 0; padding: 4px; background: #fff; border: 1px solid #ccd; border-radius: 6px; }
.menu button { border: 0; background: none; padding: 6px 10px; display: block; cursor: pointer; } .badge { background: #eef; border-radius: 8px; padding: 1px 8px; font-size: 12px; } .muted { color: #667; }
.status { margin-left: auto; background: #fff4d6; padding: 1px 8px; border-radius: 8px; font-size: 12px; } .banner { background: #e3f1f5; padding: 8px 12px; border-radius: 6px; margin-bottom: 12px; }
.radio-cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; } .radio-card { border: 1px solid #ccd; border-radius: 8px; padding: 8px; }
.drivers, .pm-list, .doc-cards, .plain { list-style: none; padding: 0; } .driver-card, .pm-card, .doc-card { display: flex; gap: 12px; align-items: center; padding: 8px 0; border-bottom: 1px solid #eee; }
.driver-card__name, .pm-card__name, .doc-card__name { flex: 1; font-weight: 600; } .subnav ul { list-style: none; padding: 0; } .subnav li { margin-bottom: 10px; }
.footer { border-top: 1px solid #dde; padding: 18px 28px; margin-top: 30px; background: #fff; } .footer__links { display: flex; gap: 16px; list-style: none; padding: 0; }
.upload { display: inline-block; } .card--danger { border-color: #f3c1bc; }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: Inter, system-ui, sans-serif; margin: 0; color: #101828; background: #f4f6f8; font-size: 16px; }
[hidden] { display: none !important; } .skip-link { position: absolute; left: -9999px; }
.hl-header { display: flex; align-items: center; gap: 20px; padding: 10px 32px; background: #06324a; color: #fff; } .hl-brand { color: #fff; display: flex; }
.hl-nav ul { display: flex; gap: 18px; list-style: none; margin: 0; padding: 0; } .hl-nav__link { color: #dbeafe; text-decoration: none; } .hl-nav__link[aria-current] { color: #fff; font-weight: 700; }
.hl-search { display: flex; gap: 6px; margin-left: auto; } .hl-field { border: 1px solid #98a2b3; border-radius: 8px; padding: 8px 10px; font-size: 15px; min-width: 0; background: #fff; }
.hl-field--2 { width: 56px; } .hl-field--4 { width: 80px; } .hl-field--reg { width: 150px; font-family: monospace; text-transform: uppercase; } .hl-field--wide { width: 100%; }
.hl-icon { width: 34px; height: 34px; border-radius: 8px; border: 1px solid #d0d5dd; background: #fff; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; padding: 0; }
.hl-page { max-width: 1100px; margin: 0 auto; padding: 24px 32px; } .hl-pagehead { display: flex; gap: 12px; align-items: center; } .hl-pagehead h1 { flex: 1; }
.hl-card { background: #fff; border-radius: 12px; padding: 16px 20px; margin-bottom: 16px; box-shadow: 0 1px 2px rgba(16,24,40,.08); }
.hl-row { display: flex; gap: 10px; flex-wrap: wrap; margin-bottom: 10px; align-items: center; } .hl-grouplabel { font-weight: 600; margin-right: 6px; }
.hl-button { display: inline-block; background: #0e7490; color: #fff; border: 0; border-radius: 8px; padding: 9px 16px; font-size: 15px; cursor: pointer; text-decoration: none; }
.hl-button--secondary { background: #e0f2f7; color: #0e7490; } .hl-button--ghost { background: none; color: #0e7490; } .hl-linkbutton { border: 0; background: none; color: #0e7490; text-decoration: underline; cursor: pointer; padding: 0; font-size: 15px; }
.hl-linkbutton--danger { color: #b42318; } .hl-switch { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.hl-switch button { width: 44px; height: 24px; border-radius: 12px; border: 0; background: #c0c6d0; position: relative; cursor: pointer; } .hl-switch button[aria-checked=true] { background: #0e7490; }
.hl-switch__thumb { position: absolute; top: 3px; left: 3px; width: 18px; height: 18px; border-radius: 50%; background: #fff; }
.hl-tabs { display: flex; gap: 4px; border-bottom: 2px solid #e4e7ec; margin: 12px 0; } .hl-tabs [role=tab] { border: 0; background: none; padding: 8px 14px; font-size: 15px; cursor: pointer; }
.hl-tabs [aria-selected=true] { border-bottom: 3px solid #0e7490; font-weight: 700; } .hl-tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.hl-tile { border: 1px solid #d0d5dd; border-radius: 8px; padding: 10px; display: flex; gap: 8px; align-items: center; background: #fff; } .hl-fieldset { border: 0; padding: 0; margin: 10px 0; }
.hl-fieldset legend { font-weight: 600; margin-bottom: 6px; } .hl-stacked { display: flex; flex-direction: column; gap: 4px; margin: 10px 0; max-width: 320px; } .hl-check { display: block; margin: 10px 0; }
.hl-actions { display: flex; gap: 12px; align-items: center; margin: 14px 0; } .hl-list { list-style: none; padding: 0; margin: 0; }
.hl-listrow { display: flex; gap: 10px; align-items: center; padding: 8px 0; border-bottom: 1px solid #eaecf0; } .hl-listrow__title { flex: 1; font-weight: 600; }
.hl-muted { color: #667085; } .hl-badge { background: #ecfdf3; color: #027a48; border-radius: 8px; padding: 1px 8px; font-size: 13px; } .hl-found { background: #f0f9ff; padding: 8px 12px; border-radius: 8px; }
.hl-grid { display: block; } .hl-gridrow { display: grid; grid-template-columns: 2.4fr .8fr 1fr 1fr 1.4fr 1.6fr; gap: 8px; padding: 8px 0; border-bottom: 1px solid #eaecf0; align-items: center; }
.hl-gridrow--claims { grid-template-columns: 1fr 1.2fr 1.4fr 1.4fr 1fr 1fr; } .hl-gridrow--docs { grid-template-columns: 2fr 1.4fr 1fr 1fr; } .hl-gridhead { font-weight: 700; }
.hl-cellactions { display: flex; gap: 6px; } .hl-toolbar { display: flex; gap: 16px; align-items: center; margin-bottom: 10px; } .hl-inline { display: flex; gap: 6px; align-items: center; }
.hl-callout { background: #fffaeb; border: 1px solid #fedf89; border-radius: 12px; padding: 12px 18px; margin-bottom: 12px; } .hl-callout h2 { font-size: 17px; margin: 0 0 4px; }
.hl-dialog { background: #fff; border-radius: 12px; padding: 18px 22px; box-shadow: 0 12px 32px rgba(16,24,40,.25); max-width: 520px; } .hl-dialog--open { position: relative; margin: 16px auto; }
.hl-aside { max-width: 420px; } .hl-danger { margin-top: 20px; } .hl-menu { position: absolute; }
.hl-footer { background: #06324a; color: #fff; padding: 20px 32px; margin-top: 30px; } .hl-footer a, .hl-footer .hl-linkbutton { color: #fff; }
.hl-footer__links { display: flex; gap: 18px; list-style: none; padding: 0; }
"""


def render():
    return {
        "v1": {"quote.html": quote_v1(), "policies.html": policies_v1(), "claim.html": claim_v1(), "documents.html": documents_v1(),
               "account.html": account_v1(), "style1.css": STYLE1},
        "v2": {"quote.html": quote_v2(), "policies.html": policies_v2(), "claim.html": claim_v2(), "documents.html": documents_v2(),
               "account.html": account_v2(), "style2.css": STYLE2},
        "v3": {"quote.html": quote_v3(), "policies.html": policies_v3(), "claim.html": claim_v3(), "documents.html": documents_v3(),
               "account.html": account_v3(), "style3.css": STYLE3},
    }
