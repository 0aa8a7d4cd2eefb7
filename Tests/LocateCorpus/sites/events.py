"""Events: "Gather", a conference / event-ticketing site — the THIRD HELD-OUT site (written after
clinic, independently of the scoring code, frozen before any tuning against it).
Three versions of schedule, speakers, tickets and register.

v1  WordPress + events-plugin era: plugin ids and names (`event_session_12`, `add_to_agenda_12`,
    `tc_qty[2]`, `attendees[1][first_name]`), the schedule as one table per day with an
    "Add to my agenda" text button per session ("Remove" for the one already added), day links,
    a track select with a Filter button; speakers as a float grid with "View profile" / "Follow"
    text per speaker; tickets as a table of number inputs without labels, a coupon field;
    the register form with classic labels, two attendee sections with the same fields, a
    dietary select, T-shirt size radios, terms and newsletter checkboxes.
v2  redesign in a JS framework: plugin ids gone, data-testid added, sessions as cards grouped
    by track (was: by time), "Community Mapping Workshop" cancelled and "Indoor Positioning"
    added, "Add to my agenda" -> "Save", a share icon button per card (aria-label only), day
    filter as a segmented control, speakers sorted by last name (Marta Kowalski dropped out,
    Noor Haddad joined) with "Follow" as a star icon button labelled only "Follow", tickets as
    cards sorted by price with -/+ stepper buttons around a spinbutton, "Continue" a link styled
    as a button, "Register" -> "Get tickets", the form in fieldsets with reworded labels
    ("E-mail address" -> "Email", "Company" -> "Organisation", "Job title" -> "Role",
    "T-shirt size" -> "Shirt size" with S/M/L/XL), the dietary select replaced by radios.
v3  accessibility / design-system pass: role=tab day tabs, icon buttons named after the session
    or speaker ("Save Keynote: The Future of Maps", "Follow Ada Mensah"), switches instead of the
    keynote, invoice and newsletter checkboxes, placeholders instead of the second attendee's
    labels, the promo code in a dialog, "Conference schedule" -> "Programme", the calendar link,
    call-for-papers, group booking, currency, Online pass and Job title removed, Country a
    combobox.
"""
from common import attrs, e, page

SESSIONS = [  # key, title, speaker key, day, time, track, room
    ("12", "Keynote: The Future of Maps", "ada", 1, "09:00", "Main stage", "Hall A"),
    ("13", "Vector Tiles at Scale", "chen", 1, "10:30", "Engineering", "Room B"),
    ("14", "Designing for Offline", "priya", 1, "10:30", "Design", "Room C"),
    ("15", "Open Data in Cities", "tomas", 1, "13:30", "Community", "Room D"),
    ("16", "Routing Engines Compared", "jonas", 1, "15:00", "Engineering", "Room B"),
    ("17", "Accessible Map Design", "lea", 1, "15:00", "Design", "Room C"),
    ("21", "Realtime Transit Feeds", "chen", 2, "09:30", "Engineering", "Room B"),
    ("22", "Community Mapping Workshop", "tomas", 2, "11:00", "Community", "Room D"),
    ("23", "Closing Panel: Maps in 2030", "marta", 2, "16:00", "Main stage", "Hall A"),
]
NEW_SESSION = ("24", "Indoor Positioning", "noor", 2, "11:00", "Engineering", "Room B")
IN_AGENDA = "15"  # already on the visitor's agenda: its button reads "Remove"
TRACKS = ["Main stage", "Engineering", "Design", "Community"]
DAYS = {1: "Tuesday 12 May", 2: "Wednesday 13 May"}

SPEAKERS = [  # key, name, organisation, job, keynote
    ("ada", "Ada Mensah", "Mapbit", "CTO", True),
    ("chen", "Chen Wei", "Tilehouse", "Staff engineer", False),
    ("priya", "Priya Raman", "Offline First Co", "Design lead", False),
    ("tomas", "Tomás Alvarez", "City of Valencia", "Open data officer", False),
    ("jonas", "Jonas Berg", "Routewise", "Founder", False),
    ("lea", "Lea Fontaine", "Studio Lune", "Cartographer", False),
    ("marta", "Marta Kowalski", "GeoJournal", "Editor", True),
]
NEW_SPEAKER = ("noor", "Noor Haddad", "Indoorly", "Research scientist", False)
SPEAKER_ORDER_V2 = ["tomas", "jonas", "lea", "noor", "ada", "priya", "chen"]  # by last name; marta dropped out

TICKETS = [  # key, plugin post id, name, price, what
    ("standard", 2, "Standard pass", 349, "Both conference days, lunch and the evening party"),
    ("student", 3, "Student pass", 99, "Both days; bring a valid student card"),
    ("workshop", 4, "Workshop day", 120, "Hands-on workshops on 14 May"),
    ("online", 5, "Online pass", 49, "Livestream of the main stage and all recordings"),
]
TICKET_ORDER_V2 = ["standard", "workshop", "student", "online"]  # by price, highest first


def speaker(key):
    return next(s for s in SPEAKERS + [NEW_SPEAKER] if s[0] == key)


def ticket(key):
    return next(t for t in TICKETS if t[0] == key)


def sessions_v2():
    """v2 and v3: the workshop cancelled, Indoor Positioning added, the panel now moderated by Ada."""
    out = []
    for s in SESSIONS + [NEW_SESSION]:
        if s[0] == "22":
            continue
        if s[0] == "23":
            s = s[:2] + ("ada",) + s[3:]
        out.append(s)
    return sorted(out, key=lambda s: (TRACKS.index(s[5]), s[3], s[4]))


# -- v1 ------------------------------------------------------------------------------------------

def top_v1():
    menu = [("schedule.html", "Schedule", "nav-schedule", "menu-item-31"), ("speakers.html", "Speakers", "nav-speakers", "menu-item-32"),
            ("tickets.html", "Tickets", "nav-tickets", "menu-item-33"), ("register.html", "Register", "nav-register", "menu-item-34")]
    items = "".join(f'<li id="{i}" class="menu-item"><a href="{h}"{attrs(data__expect=k)}>{t}</a></li>' for h, t, k, i in menu)
    return f"""<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="index.html" rel="home"{attrs(data__expect="logo")}>Gather 2026</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu">{items}</ul></nav>
  <a href="wp-login.php" class="login-link"{attrs(data__expect="login")}>Log in</a>
</header>
<div id="content" class="site-content">"""


def bottom_v1():
    links = [("code-of-conduct", "Code of Conduct", "footer-coc"), ("contact", "Contact", "footer-contact"), ("privacy", "Privacy Policy", "footer-privacy")]
    return ('</div>\n<footer id="colophon" class="site-footer"><div class="site-info">'
            + " | ".join(f'<a href="{h}.html"{attrs(data__expect=k)}>{t}</a>' for h, t, k in links)
            + " &middot; Powered by WordPress</div></footer>\n</div>")


def schedule_v1():
    tables = ""
    for day in (1, 2):
        rows = ""
        for key, title, spk, d, time, track, room in SESSIONS:
            if d != day:
                continue
            name = speaker(spk)[1]
            label = "Remove" if key == IN_AGENDA else "Add to my agenda"
            rows += f"""
      <tr id="event_session_{key}" class="event-session track-{track.lower().replace(' ', '-')}">
        <td class="session-time">{time}</td>
        <td class="session-title"><a href="?event_session={key}"{attrs(data__expect="title-" + key)}>{e(title)}</a><br><small>{track}</small></td>
        <td class="session-speaker"><a href="speakers.html#speaker-{spk}"{attrs(data__expect="speaker-" + key)}>{e(name)}</a></td>
        <td>{room}</td>
        <td><button type="button" id="add_to_agenda_{key}" name="agenda_toggle" value="{key}" class="button agenda-btn"{attrs(data__expect="agenda-" + key)}>{label}</button></td>
      </tr>"""
        tables += f"""
  <h2 id="day-{day}">Day {day} &ndash; {DAYS[day]}</h2>
  <table class="event-schedule">
    <thead><tr><th>Time</th><th>Session</th><th>Speaker</th><th>Room</th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>"""
    options = "".join(f"<option>{t}</option>" for t in TRACKS)
    body = f"""{top_v1()}
<main id="main" class="site-main">
  <h1 class="entry-title"{attrs(data__expect="heading")}>Conference schedule</h1>
  <p class="day-links"><a href="#day-1"{attrs(data__expect="tab-day1")}>Day 1</a> | <a href="#day-2"{attrs(data__expect="tab-day2")}>Day 2</a></p>
  <form id="event_filter_form" method="get">
    <label for="event_track_filter">Track</label>
    <select id="event_track_filter" name="track"{attrs(data__expect="track")}><option>All tracks</option>{options}</select>
    <input type="submit" id="event_filter_submit" class="button" value="Filter"{attrs(data__expect="track-apply")}>
  </form>
  {tables}
  <p><a href="agenda.html" id="my_agenda_link"{attrs(data__expect="my-agenda")}>View my agenda (1)</a> &middot;
     <a href="gather-2026.ics" id="ics_link"{attrs(data__expect="calendar")}>Download calendar (.ics)</a></p>
</main>
{bottom_v1()}"""
    return page("Schedule – Gather 2026", body)


def speakers_v1():
    cards = ""
    for key, name, org, job, _ in SPEAKERS:
        cards += f"""
    <div class="speaker-item" id="speaker-{key}">
      <img src="img/{key}.jpg" alt="" width="120" height="120">
      <h3>{e(name)}</h3>
      <p class="speaker-org">{job}, {e(org)}</p>
      <a href="?speaker={key}" class="more-link"{attrs(data__expect="profile-" + key)}>View profile</a>
      <button type="button" class="button follow-btn" name="follow" value="{key}"{attrs(data__expect="follow-" + key)}>Follow</button>
    </div>"""
    body = f"""{top_v1()}
<main id="main" class="site-main">
  <h1 class="entry-title"{attrs(data__expect="heading")}>Speakers</h1>
  <form id="speaker_search_form" method="get">
    <label for="speaker_search">Search speakers</label> <input id="speaker_search" name="s"{attrs(data__expect="search")}>
    <input type="submit" id="speaker_search_submit" class="button" value="Search"{attrs(data__expect="search-submit")}>
    <label for="speaker_sort">Sort by</label>
    <select id="speaker_sort" name="orderby"{attrs(data__expect="sort")}><option>Appearance</option><option>Name</option><option>Company</option></select>
    <input type="checkbox" id="keynote_only" name="keynote" value="1"{attrs(data__expect="keynote-only")}> <label for="keynote_only">Show keynote speakers only</label>
  </form>
  <div class="speaker-grid">{cards}
  </div>
  <div class="cfp-box" style="clear: both">
    <h2>Call for papers</h2>
    <p>We are looking for talks for the 2027 edition. <a href="cfp.html" id="cfp_link"{attrs(data__expect="cfp")}>Submit a talk</a></p>
  </div>
</main>
{bottom_v1()}"""
    return page("Speakers – Gather 2026", body)


def tickets_v1():
    rows = """
      <tr class="tc-ticket sold-out"><td>Early bird<br><small>Sold out</small></td><td>&euro;249</td><td>Sold out</td><td></td></tr>"""
    for key, pid, name, price, what in TICKETS:
        rows += f"""
      <tr class="tc-ticket" id="tc_ticket_{pid}">
        <td><strong>{name}</strong><br><small>{what}</small></td><td>&euro;{price}</td>
        <td><input type="number" id="tc_qty_{pid}" name="tc_qty[{pid}]" class="tc-qty" value="0" min="0" max="10" size="3"{attrs(data__expect="qty-" + key)}></td>
        <td><a href="?ticket={pid}" class="tc-details"{attrs(data__expect="info-" + key)}>Details</a></td>
      </tr>"""
    body = f"""{top_v1()}
<main id="main" class="site-main">
  <h1 class="entry-title"{attrs(data__expect="heading")}>Tickets</h1>
  <form id="tc_order_form" method="post" action="register.html">
  <p><label for="tc_currency">Currency</label>
    <select id="tc_currency" name="currency"{attrs(data__expect="currency")}><option>EUR</option><option>GBP</option><option>USD</option></select></p>
  <table class="tc-tickets">
    <thead><tr><th>Ticket</th><th>Price</th><th>Quantity</th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <p><a href="?clear=1" id="tc_clear"{attrs(data__expect="clear")}>Clear selection</a></p>
  <p class="tc-coupon"><label for="coupon_code">Coupon code</label> <input id="coupon_code" name="coupon_code"{attrs(data__expect="promo")}>
    <button type="button" id="apply_coupon" class="button"{attrs(data__expect="promo-apply")}>Apply coupon</button></p>
  <p><input type="checkbox" id="tc_invoice" name="invoice" value="1"{attrs(data__expect="invoice")}> <label for="tc_invoice">I need a VAT invoice</label></p>
  <p><input type="submit" id="tc_submit" name="tc_submit" class="button button-primary" value="Continue &raquo;"{attrs(data__expect="continue")}></p>
  </form>
  <div class="tc-extra">
    <h2>Groups and travel</h2>
    <p>Coming with ten or more people? <a href="groups.html" id="group_quote"{attrs(data__expect="groups")}>Request a group quote</a></p>
    <p>Need somewhere to stay? <a href="hotels.html" id="hotel_link"{attrs(data__expect="hotels")}>Book a partner hotel</a></p>
  </div>
</main>
{bottom_v1()}"""
    return page("Tickets – Gather 2026", body)


def attendee_v1(n):
    fields = [("first_name", "First name", "first"), ("last_name", "Last name", "last"),
              ("email", "E-mail address", "email"), ("company", "Company", "company")]
    if n == 1:
        fields.append(("job_title", "Job title", "job"))
    rows = ""
    for name, label, key in fields:
        fid = f"attendee_{n}_{name}"
        typ = ' type="email"' if name == "email" else ""
        rows += f"""
      <tr><th><label for="{fid}">{label}</label></th><td><input{typ} id="{fid}" name="attendees[{n}][{name}]"{attrs(data__expect=f"{key}-{n}")}></td></tr>"""
    return rows


def register_v1():
    sizes = [("s", "Small"), ("m", "Medium"), ("l", "Large"), ("xl", "Extra large")]
    radios = "".join(f'<input type="radio" id="tshirt_{k}" name="attendees[1][tshirt]" value="{k.upper()}"{attrs(data__expect="shirt-" + k)}> <label for="tshirt_{k}">{t}</label> '
                     for k, t in sizes)
    diets = "".join(f"<option>{d}</option>" for d in ("No special requirements", "Vegetarian", "Vegan", "Gluten-free", "Halal", "Other"))
    countries = "".join(f"<option>{c}</option>" for c in ("Select a country", "Germany", "Ireland", "Netherlands", "Spain", "United Kingdom", "Other"))
    body = f"""{top_v1()}
<main id="main" class="site-main">
  <h1 class="entry-title"{attrs(data__expect="heading")}>Register</h1>
  <form id="tc_register_form" method="post">
  <h3>Attendee 1</h3>
  <table class="form-table">{attendee_v1(1)}
      <tr><th><label for="attendee_1_diet">Dietary needs</label></th><td><select id="attendee_1_diet" name="attendees[1][diet]"{attrs(data__expect="diet")}>{diets}</select></td></tr>
      <tr><th><label for="attendee_1_diet_other">Other dietary requirements</label></th><td><input id="attendee_1_diet_other" name="attendees[1][diet_other]"{attrs(data__expect="diet-other")}></td></tr>
      <tr><th>T-shirt size</th><td>{radios}</td></tr>
  </table>
  <h3>Attendee 2</h3>
  <table class="form-table">{attendee_v1(2)}
  </table>
  <p><button type="button" id="remove_attendee_2" class="button"{attrs(data__expect="remove-2")}>Remove this attendee</button>
     <button type="button" id="add_attendee" class="button"{attrs(data__expect="add-attendee")}>Add another attendee</button></p>
  <h3>Billing</h3>
  <table class="form-table">
      <tr><th><label for="billing_country">Country</label></th><td><select id="billing_country" name="billing_country"{attrs(data__expect="country")}>{countries}</select></td></tr>
      <tr><th><label for="billing_vat">VAT number</label></th><td><input id="billing_vat" name="billing_vat"{attrs(data__expect="vat")}></td></tr>
  </table>
  <p><input type="checkbox" id="tc_terms" name="terms" value="1"{attrs(data__expect="terms")}> <label for="tc_terms">I agree to the Terms &amp; Conditions</label>
     (<a href="terms.html" target="_blank"{attrs(data__expect="terms-link")}>read them</a>)</p>
  <p><input type="checkbox" id="tc_newsletter" name="newsletter" value="1"{attrs(data__expect="newsletter")}> <label for="tc_newsletter">Subscribe to the Gather newsletter</label></p>
  <p><a href="tickets.html" id="back_to_tickets"{attrs(data__expect="back")}>&laquo; Back to tickets</a>
     <input type="submit" id="tc_register_submit" name="tc_register" class="button button-primary" value="Register"{attrs(data__expect="submit")}></p>
  </form>
</main>
{bottom_v1()}"""
    return page("Register – Gather 2026", body)


# -- v2 ------------------------------------------------------------------------------------------

STAR = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l2 5h5l-4 3 2 6-5-4-5 4 2-6-4-3h5z"/></svg>'
SHARE = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="4" cy="8" r="2"/><circle cx="12" cy="3" r="2"/><circle cx="12" cy="13" r="2"/></svg>'
BOOKMARK = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 1h10v14l-5-4-5 4z"/></svg>'


def top_v2():
    return f"""<div id="__next"><header class="Header_root">
  <a href="/" class="Header_logo" aria-label="Gather home" data-testid="nav-logo"{attrs(data__expect="logo")}><svg width="96" height="24" aria-hidden="true"><rect width="96" height="24"/></svg></a>
  <nav class="Header_nav" aria-label="Main">
    <a href="schedule.html" data-testid="nav-schedule"{attrs(data__expect="nav-schedule")}>Schedule</a>
    <a href="speakers.html" data-testid="nav-speakers"{attrs(data__expect="nav-speakers")}>Speakers</a>
    <a href="tickets.html" data-testid="nav-pricing"{attrs(data__expect="nav-tickets")}>Pricing</a>
    <a href="venue.html" data-testid="nav-venue">Venue</a>
  </nav>
  <div class="Header_actions">
    <button type="button" class="Button_ghost" data-testid="sign-in"{attrs(data__expect="login")}>Sign in</button>
    <a href="register.html" class="Button_root Button_primary" data-testid="cta-register"{attrs(data__expect="nav-register")}>Get tickets</a>
  </div>
</header>"""


def bottom_v2():
    links = [("code-of-conduct", "Code of conduct", "footer-coc"), ("contact", "Contact us", "footer-contact"),
             ("privacy", "Privacy", "footer-privacy"), ("press", "Press kit", None)]
    return ('<footer class="Footer_root"><nav aria-label="Footer">'
            + "".join(f'<a href="{h}.html"{attrs(data__expect=k)}>{t}</a>' for h, t, k in links)
            + "</nav><p>&copy; 2026 Gather</p></footer></div>")


def schedule_v2():
    groups = ""
    for track in TRACKS:
        cards = ""
        for key, title, spk, day, time, tr, room in sessions_v2():
            if tr != track:
                continue
            name = speaker(spk)[1]
            label = "Remove" if key == IN_AGENDA else "Save"
            cards += f"""
        <article class="SessionCard_root" data-testid="session-card">
          <h3 class="SessionCard_title"><a href="session.html?id={key}"{attrs(data__expect="title-" + key)}>{e(title)}</a></h3>
          <p class="SessionCard_meta">Day {day} &middot; {time} &middot; {room}</p>
          <p class="SessionCard_speaker"><a href="speakers.html#{spk}"{attrs(data__expect="speaker-" + key if spk == speaker_of_v1(key) else None)}>{e(name)}</a></p>
          <div class="SessionCard_actions">
            <button type="button" class="Button_root{' Button_primary' if label == 'Save' else ''}" data-testid="agenda-toggle"{attrs(data__expect="agenda-" + key)}>{label}</button>
            <button type="button" class="IconButton_root" aria-label="Share"{attrs(data__expect="share-" + key)}>{SHARE}</button>
          </div>
        </article>"""
        groups += f"""
    <section class="Track_root" aria-labelledby="track-{track.lower().replace(' ', '-')}">
      <h2 id="track-{track.lower().replace(' ', '-')}">{track}</h2>
      <div class="Track_cards">{cards}
      </div>
    </section>"""
    options = "".join(f"<option>{t}</option>" for t in TRACKS)
    body = f"""{top_v2()}
<main class="Page_root">
  <h1{attrs(data__expect="heading")}>Conference schedule</h1>
  <div class="Toolbar_root">
    <div class="Segmented_root" role="group" aria-label="Day">
      <button type="button" aria-pressed="true" data-testid="day-all">All</button>
      <button type="button" aria-pressed="false" data-testid="day-1"{attrs(data__expect="tab-day1")}>Day 1</button>
      <button type="button" aria-pressed="false" data-testid="day-2"{attrs(data__expect="tab-day2")}>Day 2</button>
    </div>
    <input type="search" class="Input_root" placeholder="Search sessions" data-testid="session-search"{attrs(data__expect="search")}>
    <label class="Select_label">Filter by track
      <select data-testid="track-filter"{attrs(data__expect="track")}><option>All tracks</option>{options}</select></label>
    <a href="agenda.html" class="Button_root" data-testid="my-agenda"{attrs(data__expect="my-agenda")}>My agenda</a>
  </div>
  {groups}
  <p class="Page_foot"><a href="gather-2026.ics" data-testid="ics"{attrs(data__expect="calendar")}>Add to calendar</a></p>
</main>
{bottom_v2()}"""
    return page("Schedule | Gather 2026", body, css="app.css")


def speaker_of_v1(key):
    return next((s[2] for s in SESSIONS + [NEW_SESSION] if s[0] == key), None)


def speakers_v2():
    cards = ""
    for key in SPEAKER_ORDER_V2:
        _, name, org, job, _ = speaker(key)
        cards += f"""
      <li class="SpeakerCard_root" data-testid="speaker-card">
        <img src="img/{key}.jpg" alt="" width="96" height="96">
        <h3 class="SpeakerCard_name">{e(name)}</h3>
        <p class="SpeakerCard_org">{job} &middot; {e(org)}</p>
        <div class="SpeakerCard_actions">
          <a href="speaker.html?id={key}" class="Link_root"{attrs(data__expect="profile-" + key)}>View profile</a>
          <button type="button" class="IconButton_root" aria-label="Follow" aria-pressed="false"{attrs(data__expect="follow-" + key)}>{STAR}</button>
        </div>
      </li>"""
    body = f"""{top_v2()}
<main class="Page_root">
  <h1{attrs(data__expect="heading")}>Speakers</h1>
  <div class="Toolbar_root">
    <input type="search" class="Input_root" placeholder="Find a speaker" data-testid="speaker-search"{attrs(data__expect="search")}>
    <label class="Select_label">Sort <select data-testid="speaker-sort"{attrs(data__expect="sort")}><option>Last name</option><option>Organisation</option><option>Appearance</option></select></label>
    <label class="Check_root"><input type="checkbox" data-testid="keynote-filter"{attrs(data__expect="keynote-only")}> Keynotes only</label>
  </div>
  <ul class="SpeakerGrid_root">{cards}
  </ul>
  <section class="Callout_root">
    <h2>Want to speak in 2027?</h2>
    <a href="cfp.html" class="Button_root" data-testid="cfp"{attrs(data__expect="cfp")}>Apply to speak</a>
  </section>
</main>
{bottom_v2()}"""
    return page("Speakers | Gather 2026", body, css="app.css")


def tickets_v2():
    cards = ""
    for key in TICKET_ORDER_V2:
        _, _, name, price, what = ticket(key)
        cards += f"""
      <div class="TicketCard_root" data-testid="ticket-{key}">
        <h3>{name}</h3><p class="TicketCard_price">&euro;{price}</p><p>{what}</p>
        <button type="button" class="Link_button" aria-expanded="false"{attrs(data__expect="info-" + key)}>What's included</button>
        <div class="Stepper_root">
          <button type="button" class="Stepper_btn" aria-label="Decrease quantity"{attrs(data__expect="dec-" + key)}>&minus;</button>
          <input class="Stepper_value" role="spinbutton" inputmode="numeric" value="0" aria-valuenow="0" aria-valuemin="0" aria-valuemax="10" aria-label="Quantity" data-testid="qty-{key}"{attrs(data__expect="qty-" + key)}>
          <button type="button" class="Stepper_btn" aria-label="Increase quantity"{attrs(data__expect="inc-" + key)}>+</button>
        </div>
      </div>"""
    body = f"""{top_v2()}
<main class="Page_root">
  <h1{attrs(data__expect="heading")}>Tickets</h1>
  <label class="Select_label">Currency <select data-testid="currency"{attrs(data__expect="currency")}><option>EUR</option><option>GBP</option><option>USD</option></select></label>
  <div class="TicketList_root">{cards}
      <div class="TicketCard_root TicketCard_soldout"><h3>Early bird</h3><p class="TicketCard_price">&euro;249</p><p>Sold out</p></div>
  </div>
  <div class="Summary_root">
    <p>Total: <strong>&euro;0</strong></p>
    <button type="button" class="Link_button" data-testid="reset"{attrs(data__expect="clear")}>Reset</button>
    <div class="Promo_root">
      <label for="promo">Promo code</label> <input id="promo" name="promo" class="Input_root" data-testid="promo-input"{attrs(data__expect="promo")}>
      <button type="button" class="Button_root" data-testid="promo-apply"{attrs(data__expect="promo-apply")}>Apply</button>
    </div>
    <label class="Check_root"><input type="checkbox" name="invoice" data-testid="invoice"{attrs(data__expect="invoice")}> Company invoice</label>
    <a href="register.html" class="Button_root Button_primary" data-testid="checkout-continue"{attrs(data__expect="continue")}>Continue</a>
  </div>
  <section class="Info_root">
    <h2>Groups &amp; hotels</h2>
    <a href="groups.html"{attrs(data__expect="groups")}>Group booking</a>
    <a href="hotels.html"{attrs(data__expect="hotels")}>Hotels nearby</a>
  </section>
</main>
{bottom_v2()}"""
    return page("Tickets | Gather 2026", body, css="app.css")


def field_v2(label, name, key, typ="text", testid=None, auto=None):
    return (f'<label class="Field_root"><span class="Field_label">{label}</span>'
            f'<input type="{typ}" name="{name}"{attrs(autocomplete=auto, data__testid=testid, data__expect=key)}></label>')


def register_v2():
    diets = [("none", "None"), ("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten", "Gluten-free"), ("halal", "Halal")]
    diet_radios = "".join(f'<label class="Radio_root"><input type="radio" name="attendees.0.diet" value="{k}"{attrs(data__expect="diet-" + k)}> {t}</label>' for k, t in diets)
    sizes = ["xs", "s", "m", "l", "xl"]
    shirt_radios = "".join(f'<label class="Radio_root"><input type="radio" name="attendees.0.shirt" value="{k.upper()}"{attrs(data__expect="shirt-" + k)}> {k.upper()}</label>' for k in sizes)
    countries = "".join(f"<option>{c}</option>" for c in ("Choose…", "Germany", "Ireland", "Netherlands", "Spain", "United Kingdom", "Other"))
    body = f"""{top_v2()}
<main class="Page_root Page_narrow">
  <h1{attrs(data__expect="heading")}>Your registration</h1>
  <form class="Form_root" data-testid="register-form">
    <fieldset class="Fieldset_root"><legend>Attendee 1</legend>
      <div class="Row">{field_v2("First name", "attendees.0.firstName", "first-1", testid="a0-first", auto="given-name")}
        {field_v2("Last name", "attendees.0.lastName", "last-1", testid="a0-last", auto="family-name")}</div>
      {field_v2("Email", "attendees.0.email", "email-1", typ="email", testid="a0-email", auto="email")}
      <div class="Row">{field_v2("Organisation", "attendees.0.org", "company-1", testid="a0-org", auto="organization")}
        {field_v2("Role", "attendees.0.role", "job-1", testid="a0-role")}</div>
      {field_v2("Name on badge", "attendees.0.badge", "badge-1", testid="a0-badge")}
      <fieldset class="Fieldset_inner"><legend>Dietary needs</legend>{diet_radios}</fieldset>
      <label class="Field_root"><span class="Field_label">Allergies or other needs</span><textarea name="attendees.0.dietNotes" rows="2"{attrs(data__expect="diet-other")}></textarea></label>
      <fieldset class="Fieldset_inner"><legend>Shirt size</legend>{shirt_radios}</fieldset>
    </fieldset>
    <fieldset class="Fieldset_root"><legend>Attendee 2</legend>
      <button type="button" class="IconButton_root Fieldset_close" aria-label="Remove attendee"{attrs(data__expect="remove-2")}>&times;</button>
      <div class="Row">{field_v2("First name", "attendees.1.firstName", "first-2", testid="a1-first")}
        {field_v2("Last name", "attendees.1.lastName", "last-2", testid="a1-last")}</div>
      {field_v2("Email", "attendees.1.email", "email-2", typ="email", testid="a1-email")}
      {field_v2("Organisation", "attendees.1.org", "company-2", testid="a1-org")}
    </fieldset>
    <button type="button" class="Button_root" data-testid="add-attendee"{attrs(data__expect="add-attendee")}>+ Add attendee</button>
    <fieldset class="Fieldset_root"><legend>Billing</legend>
      <label class="Field_root"><span class="Field_label">Country / region</span><select name="billing.country" data-testid="billing-country"{attrs(data__expect="country")}>{countries}</select></label>
      {field_v2("VAT ID (optional)", "billing.vat", "vat", testid="billing-vat")}
    </fieldset>
    <label class="Check_root"><input type="checkbox" name="terms" data-testid="terms"{attrs(data__expect="terms")}> I accept the terms and the code of conduct</label>
    <a href="terms.html" class="Link_root"{attrs(data__expect="terms-link")}>Terms</a>
    <label class="Check_root"><input type="checkbox" name="newsletter" data-testid="newsletter"{attrs(data__expect="newsletter")}> Keep me posted about Gather 2027</label>
    <div class="Form_actions">
      <a href="tickets.html" class="Button_root Button_ghost"{attrs(data__expect="back")}>Back</a>
      <button type="submit" class="Button_root Button_primary" data-testid="submit"{attrs(data__expect="submit")}>Complete registration</button>
    </div>
  </form>
</main>
{bottom_v2()}"""
    return page("Register | Gather 2026", body, css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def top_v3():
    return f"""<header class="g-header">
  <a href="/" class="g-header__brand"{attrs(data__expect="logo")}><img src="img/gather.svg" alt="Gather" width="96" height="24"></a>
  <nav aria-label="Main"><ul class="g-nav">
    <li><a href="schedule.html"{attrs(data__expect="nav-schedule")}>Schedule</a></li>
    <li><a href="speakers.html"{attrs(data__expect="nav-speakers")}>Speakers</a></li>
    <li><a href="tickets.html"{attrs(data__expect="nav-tickets")}>Tickets</a></li>
    <li><a href="venue.html">Venue</a></li></ul></nav>
  <a href="register.html" role="button" class="g-btn g-btn--primary" data-testid="cta-register"{attrs(data__expect="nav-register")}>Get tickets</a>
  <button type="button" class="g-icon" aria-label="Account" data-testid="account"{attrs(data__expect="login")}><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="8"/></svg></button>
</header>"""


def bottom_v3():
    links = [("code-of-conduct", "Code of conduct", "footer-coc"), ("privacy", "Privacy", "footer-privacy"), ("accessibility", "Accessibility", None)]
    return '<footer class="g-footer"><ul>' + "".join(f'<li><a href="{h}.html"{attrs(data__expect=k)}>{t}</a></li>' for h, t, k in links) + "</ul></footer>"


def schedule_v3():
    items = ""
    for key, title, spk, day, time, track, room in sessions_v2():
        name = speaker(spk)[1]
        if key == IN_AGENDA:
            agenda = f'<button type="button" class="g-icon" aria-pressed="true" aria-label="Remove {e(title)} from my agenda"{attrs(data__expect="agenda-" + key)}>{BOOKMARK}</button>'
        else:
            agenda = f'<button type="button" class="g-icon" aria-pressed="false" aria-label="Save {e(title)}"{attrs(data__expect="agenda-" + key)}>{BOOKMARK}</button>'
        items += f"""
      <li class="g-session">
        <div class="g-session__when">Day {day}<br>{time}</div>
        <div class="g-session__body">
          <h3><a href="session.html?id={key}"{attrs(data__expect="title-" + key)}>{e(title)}</a></h3>
          <p>{track} &middot; {room} &middot; <a href="speakers.html#{spk}"{attrs(data__expect="speaker-" + key if spk == speaker_of_v1(key) else None)}>{e(name)}</a></p>
        </div>
        <div class="g-session__actions">{agenda}
          <button type="button" class="g-icon" aria-label="Share {e(title)}"{attrs(data__expect="share-" + key)}>{SHARE}</button></div>
      </li>"""
    options = "".join(f"<option>{t}</option>" for t in TRACKS)
    body = f"""{top_v3()}
<main class="g-main">
  <h1{attrs(data__expect="heading")}>Programme</h1>
  <div role="tablist" aria-label="Conference days" class="g-tabs">
    <button type="button" role="tab" aria-selected="true" class="g-tab">All days</button>
    <button type="button" role="tab" aria-selected="false" class="g-tab"{attrs(data__expect="tab-day1")}>Day 1 <span class="g-tab__sub">Tue 12 May</span></button>
    <button type="button" role="tab" aria-selected="false" class="g-tab"{attrs(data__expect="tab-day2")}>Day 2 <span class="g-tab__sub">Wed 13 May</span></button>
  </div>
  <div role="tabpanel" class="g-panel">
    <div class="g-filters">
      <label>Search the programme <input type="search" name="q" placeholder="Title or speaker"{attrs(data__expect="search")}></label>
      <label>Track <select name="track"{attrs(data__expect="track")}><option>All tracks</option>{options}</select></label>
      <a href="agenda.html" class="g-link"{attrs(data__expect="my-agenda")}>My agenda &middot; 1 session</a>
    </div>
    <ul class="g-sessions" role="list">{items}
    </ul>
  </div>
</main>
{bottom_v3()}"""
    return page("Programme · Gather 2026", body, css="g.css")


def speakers_v3():
    cards = ""
    for key in SPEAKER_ORDER_V2:
        _, name, org, job, _ = speaker(key)
        cards += f"""
    <li class="g-speaker">
      <img src="img/{key}.jpg" alt="" width="80" height="80">
      <h3><a href="speaker.html?id={key}"{attrs(data__expect="profile-" + key)}>{e(name)}</a></h3>
      <p>{job}, {e(org)}</p>
      <button type="button" class="g-icon" aria-pressed="false" aria-label="Follow {e(name)}"{attrs(data__expect="follow-" + key)}>{STAR}</button>
    </li>"""
    body = f"""{top_v3()}
<main class="g-main">
  <h1{attrs(data__expect="heading")}>Speakers</h1>
  <div class="g-filters" role="search">
    <label>Search speakers <input type="search" name="q" placeholder="Name or organisation"{attrs(data__expect="search")}></label>
    <label>Order by <select name="sort"{attrs(data__expect="sort")}><option>Last name</option><option>Organisation</option></select></label>
    <label class="g-switch"><input type="checkbox" role="switch" name="keynote"{attrs(data__expect="keynote-only")}> Keynotes only</label>
  </div>
  <ul class="g-speakers" role="list">{cards}
  </ul>
</main>
{bottom_v3()}"""
    return page("Speakers · Gather 2026", body, css="g.css")


def tickets_v3():
    rows = ""
    for key in TICKET_ORDER_V2:
        if key == "online":
            continue  # the online pass was discontinued
        _, _, name, price, what = ticket(key)
        rows += f"""
    <li class="g-ticket">
      <div><h3>{name}</h3><p>&euro;{price} &middot; {what}</p>
        <button type="button" class="g-link" aria-expanded="false" aria-label="What's included in the {name}"{attrs(data__expect="info-" + key)}>Details</button></div>
      <div class="g-stepper">
        <button type="button" class="g-icon" aria-label="Remove one {name}"{attrs(data__expect="dec-" + key)}>&minus;</button>
        <input role="spinbutton" inputmode="numeric" value="0" aria-valuenow="0" aria-valuemin="0" aria-valuemax="10" aria-label="{name} quantity" data-testid="qty-{key}"{attrs(data__expect="qty-" + key)}>
        <button type="button" class="g-icon" aria-label="Add one {name}"{attrs(data__expect="inc-" + key)}>+</button>
      </div>
    </li>"""
    body = f"""{top_v3()}
<main class="g-main">
  <h1{attrs(data__expect="heading")}>Choose your tickets</h1>
  <ul class="g-tickets" role="list">{rows}
  </ul>
  <div class="g-summary">
    <p>Total <strong>&euro;0</strong></p>
    <button type="button" class="g-btn g-btn--ghost"{attrs(data__expect="clear")}>Clear all</button>
    <button type="button" class="g-btn g-btn--ghost" aria-haspopup="dialog"{attrs(data__expect="promo-open")}>Have a promo code?</button>
    <div role="dialog" aria-labelledby="promo-title" class="g-dialog">
      <h2 id="promo-title">Promo code</h2>
      <input name="promo" placeholder="e.g. GATHER10" aria-label="Promo code" data-testid="promo-input"{attrs(data__expect="promo")}>
      <div class="g-dialog__actions"><button type="button" class="g-btn g-btn--ghost"{attrs(data__expect="promo-cancel")}>Cancel</button>
        <button type="button" class="g-btn" data-testid="promo-apply"{attrs(data__expect="promo-apply")}>Apply code</button></div>
    </div>
    <label class="g-switch"><input type="checkbox" role="switch" name="invoice"{attrs(data__expect="invoice")}> Invoice to a company</label>
    <button type="submit" class="g-btn g-btn--primary" data-testid="checkout-continue"{attrs(data__expect="continue")}>Continue to details</button>
  </div>
  <p class="g-note">Staying over? <a href="hotels.html"{attrs(data__expect="hotels")}>Where to stay</a></p>
</main>
{bottom_v3()}"""
    return page("Tickets · Gather 2026", body, css="g.css")


def register_v3():
    diets = [("none", "None"), ("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten", "Gluten-free"), ("halal", "Halal")]
    diet_radios = "".join(f'<label class="g-radio"><input type="radio" name="diet" value="{k}"{attrs(data__expect="diet-" + k)}> {t}</label>' for k, t in diets)
    sizes = ["xs", "s", "m", "l", "xl"]
    shirt_radios = "".join(f'<label class="g-chip"><input type="radio" name="shirt" value="{k.upper()}"{attrs(data__expect="shirt-" + k)}> {k.upper()}</label>' for k in sizes)
    body = f"""{top_v3()}
<main class="g-main g-main--narrow">
  <h1{attrs(data__expect="heading")}>Attendee details</h1>
  <form class="g-form">
    <section aria-labelledby="a1"><h2 id="a1">You</h2>
      <div class="g-row"><label>First name <input name="a1_given" autocomplete="given-name"{attrs(data__expect="first-1")}></label>
        <label>Last name <input name="a1_family" autocomplete="family-name"{attrs(data__expect="last-1")}></label></div>
      <label>Work email <input type="email" name="a1_email" autocomplete="email"{attrs(data__expect="email-1")}></label>
      <label>Organisation (optional) <input name="a1_org"{attrs(data__expect="company-1")}></label>
      <label>Name on badge <input name="a1_badge"{attrs(data__expect="badge-1")}></label>
      <fieldset class="g-fieldset"><legend>Dietary needs</legend>{diet_radios}</fieldset>
      <textarea name="a1_notes" rows="2" placeholder="Allergies (optional)"{attrs(data__expect="diet-other")}></textarea>
      <fieldset class="g-fieldset"><legend>Shirt size (unisex)</legend>{shirt_radios}</fieldset>
    </section>
    <section aria-labelledby="a2"><h2 id="a2">Second attendee</h2>
      <button type="button" class="g-icon" aria-label="Remove second attendee"{attrs(data__expect="remove-2")}>&times;</button>
      <div class="g-row"><input name="a2_given" placeholder="First name"{attrs(data__expect="first-2")}>
        <input name="a2_family" placeholder="Last name"{attrs(data__expect="last-2")}></div>
      <input type="email" name="a2_email" placeholder="Email"{attrs(data__expect="email-2")}>
      <input name="a2_org" placeholder="Organisation"{attrs(data__expect="company-2")}>
    </section>
    <button type="button" class="g-btn g-btn--ghost"{attrs(data__expect="add-attendee")}>Add another attendee</button>
    <section aria-labelledby="bill"><h2 id="bill">Billing</h2>
      <label>Country <input role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="country-list" name="country"{attrs(data__expect="country")}></label>
      <ul id="country-list" role="listbox" hidden><li role="option">Germany</li><li role="option">Ireland</li><li role="option">Netherlands</li><li role="option">Spain</li><li role="option">United Kingdom</li></ul>
      <input name="vat" placeholder="VAT ID"{attrs(data__expect="vat")}>
    </section>
    <label class="g-check"><input type="checkbox" name="terms"{attrs(data__expect="terms")}> I agree to the <a href="terms.html"{attrs(data__expect="terms-link")}>terms</a> and code of conduct</label>
    <label class="g-switch"><input type="checkbox" role="switch" name="news"{attrs(data__expect="newsletter")}> Email me about future events</label>
    <div class="g-actions"><a href="tickets.html" class="g-btn g-btn--ghost"{attrs(data__expect="back")}>Edit tickets</a>
      <button type="submit" class="g-btn g-btn--primary"{attrs(data__expect="submit")}>Pay and register</button></div>
  </form>
</main>
{bottom_v3()}"""
    return page("Attendee details · Gather 2026", body, css="g.css")


STYLE = """body { font-family: Georgia, serif; font-size: 14px; margin: 0; } .site-header { background: #3b2a5a; padding: 10px 16px; color: #fff; }
.site-header a { color: #fff; } .site-title { margin: 0; font-size: 20px; } .menu { list-style: none; padding: 0; margin: 6px 0; } .menu li { display: inline; margin-right: 12px; }
.site-content { padding: 12px 16px; } .event-schedule td, .event-schedule th, .tc-tickets td { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: left; }
.speaker-item { float: left; width: 220px; margin: 0 12px 16px 0; } .speaker-item img { display: block; background: #ccc; } .form-table th { text-align: left; padding-right: 12px; font-weight: normal; }
.button { padding: 3px 10px; } .site-footer { clear: both; padding: 12px 16px; border-top: 1px solid #ccc; }
"""
APP_CSS = """body { font-family: Inter, sans-serif; margin: 0; } .Header_root { display: flex; align-items: center; gap: 24px; padding: 12px 32px; border-bottom: 1px solid #eee; }
.Header_nav { display: flex; gap: 16px; } .Header_actions { margin-left: auto; display: flex; gap: 8px; } .Page_root { padding: 20px 32px; } .Page_narrow { max-width: 640px; }
.Button_root { display: inline-block; padding: 8px 14px; border-radius: 8px; border: 1px solid #5b3fd0; background: #fff; color: #5b3fd0; text-decoration: none; cursor: pointer; }
.Button_primary { background: #5b3fd0; color: #fff; } .Button_ghost { border: none; background: none; cursor: pointer; } .IconButton_root { width: 32px; height: 32px; border-radius: 50%; border: 1px solid #ccc; background: #fff; }
.Toolbar_root { display: flex; gap: 16px; align-items: center; margin-bottom: 16px; } .Segmented_root button { padding: 6px 12px; }
.Track_cards, .TicketList_root { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; } .SessionCard_root, .TicketCard_root { border: 1px solid #ddd; border-radius: 10px; padding: 12px; }
.SpeakerGrid_root { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; } .SpeakerCard_root { border: 1px solid #eee; border-radius: 10px; padding: 12px; }
.SpeakerCard_root img { display: block; background: #ddd; } .Stepper_root { display: flex; gap: 4px; align-items: center; } .Stepper_btn { width: 32px; height: 32px; } .Stepper_value { width: 40px; text-align: center; }
.Link_button { border: none; background: none; color: #5b3fd0; padding: 0; cursor: pointer; } .Summary_root { margin: 16px 0; display: flex; flex-direction: column; gap: 10px; align-items: flex-start; }
.Fieldset_root { border: 1px solid #ddd; border-radius: 8px; margin: 12px 0; padding: 12px; } .Fieldset_inner { border: none; padding: 0; margin: 8px 0; } .Row { display: flex; gap: 12px; }
.Field_root { display: block; margin: 8px 0; } .Field_label { display: block; font-size: 13px; } .Radio_root, .Check_root { display: inline-block; margin: 4px 12px 4px 0; }
.Form_actions { display: flex; gap: 12px; margin-top: 16px; } .Footer_root { padding: 20px 32px; border-top: 1px solid #eee; } .Footer_root a { margin-right: 16px; } .Info_root a { margin-right: 16px; }
"""
G_CSS = """body { font-family: system-ui, sans-serif; margin: 0; } .g-header { display: flex; align-items: center; gap: 20px; padding: 10px 24px; background: #faf8ff; }
.g-nav { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; } .g-main { max-width: 1040px; margin: 0 auto; padding: 20px; } .g-main--narrow { max-width: 640px; }
.g-btn { display: inline-block; padding: 7px 14px; border-radius: 6px; background: #4a2fb8; color: #fff; border: none; text-decoration: none; cursor: pointer; } .g-btn--ghost { background: #fff; color: #4a2fb8; border: 1px solid #4a2fb8; }
.g-icon { width: 32px; height: 32px; border: 1px solid #ccc; border-radius: 6px; background: #fff; cursor: pointer; } .g-link { border: none; background: none; color: #4a2fb8; padding: 0; cursor: pointer; }
.g-tabs { display: flex; gap: 4px; border-bottom: 1px solid #ddd; } .g-tab { padding: 8px 14px; border: none; background: none; } .g-tab__sub { font-size: 12px; color: #666; }
.g-filters { display: flex; gap: 16px; align-items: center; margin: 12px 0; } .g-sessions, .g-speakers, .g-tickets { list-style: none; padding: 0; }
.g-session { display: grid; grid-template-columns: 80px 1fr 90px; gap: 12px; padding: 10px 0; border-bottom: 1px solid #eee; } .g-speakers { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
.g-speaker img { display: block; background: #ddd; border-radius: 50%; } .g-ticket { display: flex; justify-content: space-between; padding: 10px 0; border-bottom: 1px solid #eee; }
.g-stepper { display: flex; gap: 4px; align-items: center; } .g-stepper input { width: 40px; text-align: center; } .g-summary { display: flex; flex-direction: column; gap: 10px; align-items: flex-start; margin: 16px 0; }
.g-dialog { border: 1px solid #bbb; border-radius: 8px; padding: 12px; box-shadow: 0 4px 16px rgba(0,0,0,.15); } .g-form label, .g-form textarea, .g-form > section > input { display: block; margin: 8px 0; }
.g-form .g-row { display: flex; gap: 12px; } .g-form .g-radio, .g-form .g-chip { display: inline-block; margin-right: 12px; } .g-fieldset { border: none; padding: 0; margin: 8px 0; }
.g-actions { display: flex; gap: 12px; margin-top: 16px; } .g-footer ul { list-style: none; display: flex; gap: 16px; padding: 16px 24px; }
"""


def render():
    return {
        "v1": {"schedule.html": schedule_v1(), "speakers.html": speakers_v1(), "tickets.html": tickets_v1(), "register.html": register_v1(), "style.css": STYLE},
        "v2": {"schedule.html": schedule_v2(), "speakers.html": speakers_v2(), "tickets.html": tickets_v2(), "register.html": register_v2(), "app.css": APP_CSS},
        "v3": {"schedule.html": schedule_v3(), "speakers.html": speakers_v3(), "tickets.html": tickets_v3(), "register.html": register_v3(), "g.css": G_CSS},
    }
