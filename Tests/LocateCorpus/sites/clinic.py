"""Clinic: "Mendwell", a clinic booking app — the SECOND HELD-OUT site (added after travel, frozen
before any further tuning; never looked at case by case while tuning).
Three versions of doctors, slots, booking and appointments.

v1  server-rendered PHP app: snake_case ids and names, doctors as a table with a "Book" button per
    row, slots as a table of time buttons per day, a booking form in a table, appointments as a
    table with "Reschedule" / "Cancel" text buttons per row.
v2  Vue rewrite: doctors as cards sorted by next availability (a doctor left, one joined),
    "Book" -> "Book appointment" and "View profile" links, specialty filter as chips (buttons
    with aria-pressed), slots grouped per day as lists with times reworded ("9:00 am"), booking
    form relabelled (Full name split in two, Date of birth, Mobile, Reason for visit as a
    textarea), appointments as cards sorted newest first with icon buttons named only
    "Reschedule" / "Cancel" (aria-label) and the doctor's name in the card heading.
v3  design-system pass: doctors as a grid (role=row/gridcell) with "Book" links styled as
    buttons, filters in a select, slots as radio buttons, booking form with placeholders instead
    of some labels and a consent switch, appointments with an actions menu per row replaced by
    icon buttons labelled with the doctor's name ("Cancel appointment with Dr Okafor").
"""
from common import attrs, e, page

DOCTORS = [  # key, name, specialty, next free, rating
    ("okafor", "Dr Amara Okafor", "General practice", "Today", 4.8),
    ("lindqvist", "Dr Erik Lindqvist", "Dermatology", "Tomorrow", 4.6),
    ("moreau", "Dr Claire Moreau", "Paediatrics", "Thu 12 Mar", 4.9),
    ("haddad", "Dr Sami Haddad", "General practice", "Mon 16 Mar", 4.4),
    ("tanaka", "Dr Yui Tanaka", "Physiotherapy", "Tomorrow", 4.7),
    ("brennan", "Dr Fiona Brennan", "Cardiology", "Fri 13 Mar", 4.5),
]
ORDER_V2 = ["okafor", "lindqvist", "tanaka", "moreau", "brennan", "patel"]  # haddad left, patel joined
NEW_DOCTOR = ("patel", "Dr Rohan Patel", "General practice", "Mon 16 Mar", 4.3)
DAYS = [("mon", "Mon 9 Mar"), ("tue", "Tue 10 Mar"), ("wed", "Wed 11 Mar")]
TIMES = ["09:00", "09:30", "10:00", "11:30", "14:00"]
APPOINTMENTS = [  # key, doctor, when, what
    ("a1", "Dr Amara Okafor", "2 Mar 2026, 09:30", "Check-up"),
    ("a2", "Dr Erik Lindqvist", "5 Mar 2026, 14:00", "Skin review"),
    ("a3", "Dr Yui Tanaka", "9 Mar 2026, 11:30", "Back pain"),
    ("a4", "Dr Fiona Brennan", "20 Mar 2026, 10:00", "ECG follow-up"),
]


def ampm(t):
    h, m = map(int, t.split(":"))
    return f"{h if h <= 12 else h - 12}:{m:02d} {'am' if h < 12 else 'pm'}"


def doctor(key):
    return next(d for d in DOCTORS + [NEW_DOCTOR] if d[0] == key)


# -- v1 ------------------------------------------------------------------------------------------

def top_v1():
    return f"""<div id="header">
  <a href="index.php" id="home_link"{attrs(data__expect="logo")}>Mendwell Clinic</a>
  <a href="doctors.html" id="nav_doctors"{attrs(data__expect="nav-doctors")}>Find a doctor</a> |
  <a href="appointments.html" id="nav_appts"{attrs(data__expect="nav-appointments")}>My appointments</a> |
  <a href="messages.html" id="nav_msgs"{attrs(data__expect="nav-messages")}>Messages</a> |
  <a href="logout.php" id="logout_link"{attrs(data__expect="logout")}>Log out</a>
</div>"""


def bottom_v1():
    links = [("Contact us", "footer-contact"), ("Opening hours", "footer-hours"), ("Privacy policy", "footer-privacy")]
    return '<div id="footer">' + " - ".join(f'<a href="{k[7:]}.html"{attrs(data__expect=k)}>{t}</a>' for t, k in links) + "</div>"


def doctors_v1():
    rows = ""
    for key, name, spec, free, rating in DOCTORS:
        rows += f"""
    <tr id="doc_row_{key}"><td><a href="profile.php?d={key}"{attrs(data__expect="profile-" + key)}>{name}</a></td><td>{spec}</td><td>{free}</td><td>{rating}</td>
      <td><button class="btn_book" onclick="book('{key}')"{attrs(data__expect="book-" + key)}>Book</button></td></tr>"""
    body = f"""{top_v1()}
<div id="content">
  <h1{attrs(data__expect="heading")}>Find a doctor</h1>
  <form id="doc_search">
    <label for="doc_name">Doctor name</label> <input id="doc_name" name="doc_name"{attrs(data__expect="search")}>
    <label for="specialty">Specialty</label> <select id="specialty" name="specialty"{attrs(data__expect="specialty")}><option>All</option><option>General practice</option><option>Dermatology</option><option>Paediatrics</option><option>Physiotherapy</option><option>Cardiology</option></select>
    <input type="checkbox" id="video_only" name="video"{attrs(data__expect="video")}> <label for="video_only">Video consultations only</label>
    <input type="submit" id="doc_search_btn" value="Search"{attrs(data__expect="search-submit")}>
  </form>
  <table id="doctors_table" border="1">
    <tr><th>Doctor</th><th>Specialty</th><th>Next available</th><th>Rating</th><th></th></tr>{rows}
  </table>
  <a href="doctors.html?page=2" id="next_page"{attrs(data__expect="next-page")}>Next page &raquo;</a>
</div>
{bottom_v1()}"""
    return page("Mendwell Clinic - Find a doctor", body)


def slots_v1():
    head = "".join(f"<th>{label}</th>" for _, label in DAYS)
    rows = ""
    for t in TIMES:
        cells = ""
        for day, _ in DAYS:
            cells += f'<td><button class="slot" name="slot" value="{day}-{t}"{attrs(data__expect=f"slot-{day}-{t}")}>{t}</button></td>'
        rows += f"\n    <tr>{cells}</tr>"
    body = f"""{top_v1()}
<div id="content">
  <h1{attrs(data__expect="heading")}>Choose a time with Dr Amara Okafor</h1>
  <a href="doctors.html" id="change_doctor"{attrs(data__expect="change-doctor")}>Change doctor</a>
  <p><a href="?week=prev" id="prev_week"{attrs(data__expect="prev-week")}>&laquo; Previous week</a> <a href="?week=next" id="next_week"{attrs(data__expect="next-week")}>Next week &raquo;</a></p>
  <input type="radio" name="visit_type" id="vt_clinic" checked{attrs(data__expect="type-clinic")}><label for="vt_clinic">In the clinic</label>
  <input type="radio" name="visit_type" id="vt_video"{attrs(data__expect="type-video")}><label for="vt_video">Video call</label>
  <input type="radio" name="visit_type" id="vt_phone"{attrs(data__expect="type-phone")}><label for="vt_phone">Phone call</label>
  <table id="slots_table"><tr>{head}</tr>{rows}
  </table>
  <button id="waitlist_btn"{attrs(data__expect="waitlist")}>Join the waiting list</button>
</div>
{bottom_v1()}"""
    return page("Mendwell Clinic - Choose a time", body)


def booking_v1():
    body = f"""{top_v1()}
<div id="content">
  <h1{attrs(data__expect="heading")}>Your details</h1>
  <form id="booking_form" method="post">
  <table>
    <tr><td><label for="full_name">Full name</label></td><td><input id="full_name" name="full_name"{attrs(data__expect="name")}></td></tr>
    <tr><td><label for="dob">Date of birth</label></td><td><input id="dob" name="dob" placeholder="dd/mm/yyyy"{attrs(data__expect="dob")}></td></tr>
    <tr><td><label for="email">E-mail</label></td><td><input id="email" name="email" type="email"{attrs(data__expect="email")}></td></tr>
    <tr><td><label for="phone">Telephone</label></td><td><input id="phone" name="phone"{attrs(data__expect="phone")}></td></tr>
    <tr><td><label for="insurer">Insurance provider</label></td><td><select id="insurer" name="insurer"{attrs(data__expect="insurer")}><option>None (self-pay)</option><option>Medicare Plus</option><option>HealthFirst</option><option>Other</option></select></td></tr>
    <tr><td><label for="policy_no">Policy number</label></td><td><input id="policy_no" name="policy_no"{attrs(data__expect="policy")}></td></tr>
    <tr><td><label for="reason">Reason for appointment</label></td><td><input id="reason" name="reason"{attrs(data__expect="reason")}></td></tr>
    <tr><td></td><td><input type="checkbox" id="first_visit" name="first_visit"{attrs(data__expect="first-visit")}> <label for="first_visit">This is my first visit</label></td></tr>
    <tr><td></td><td><input type="checkbox" id="sms_reminder" name="sms" checked{attrs(data__expect="sms")}> <label for="sms_reminder">Send me an SMS reminder</label></td></tr>
    <tr><td></td><td><input type="checkbox" id="terms" name="terms"{attrs(data__expect="terms")}> <label for="terms">I accept the terms</label></td></tr>
  </table>
  <input type="button" id="back_btn" value="Back" onclick="history.back()"{attrs(data__expect="back")}>
  <input type="submit" id="confirm_btn" value="Confirm booking"{attrs(data__expect="confirm")}>
  </form>
</div>
{bottom_v1()}"""
    return page("Mendwell Clinic - Your details", body)


def appointments_v1():
    rows = ""
    for key, doc, when, what in APPOINTMENTS:
        rows += f"""
    <tr><td>{when}</td><td>{doc}</td><td>{what}</td>
      <td><button class="btn_resched"{attrs(data__expect="resched-" + key)}>Reschedule</button> <button class="btn_cancel"{attrs(data__expect="cancel-" + key)}>Cancel</button>
          <a href="letter.php?a={key}"{attrs(data__expect="letter-" + key)}>Download letter</a></td></tr>"""
    body = f"""{top_v1()}
<div id="content">
  <h1{attrs(data__expect="heading")}>My appointments</h1>
  <input type="checkbox" id="show_past" name="show_past" checked{attrs(data__expect="show-past")}> <label for="show_past">Show past appointments</label>
  <table id="appt_table" border="1">
    <tr><th>Date</th><th>Doctor</th><th>Reason</th><th>Actions</th></tr>{rows}
  </table>
  <a href="doctors.html" id="new_appt"{attrs(data__expect="new")}>Book a new appointment</a>
</div>
{bottom_v1()}"""
    return page("Mendwell Clinic - My appointments", body)


# -- v2 ------------------------------------------------------------------------------------------

def top_v2():
    return f"""<header class="app-header">
  <a href="/" class="app-header__logo" aria-label="Mendwell home"{attrs(data__expect="logo")}><svg width="100" height="26"><rect width="100" height="26"/></svg></a>
  <nav class="app-header__nav"><a href="doctors.html"{attrs(data__expect="nav-doctors")}>Doctors</a><a href="appointments.html"{attrs(data__expect="nav-appointments")}>Appointments</a>
    <a href="messages.html"{attrs(data__expect="nav-messages")}>Inbox</a></nav>
  <button class="app-header__account" type="button"{attrs(data__expect="logout")}>Sign out</button>
</header>"""


def bottom_v2():
    links = [("Contact", "footer-contact"), ("Opening times", "footer-hours"), ("Privacy", "footer-privacy"), ("Accessibility", None)]
    return '<footer class="app-footer"><nav aria-label="Footer">' + "".join(
        f'<a href="{(k or "footer-a11y")[7:]}.html"{attrs(data__expect=k)}>{t}</a>' for t, k in links) + "</nav></footer>"


def doctors_v2():
    cards = ""
    for key in ORDER_V2:
        _, name, spec, free, rating = doctor(key)
        cards += f"""
    <li class="doctor-card">
      <h3 class="doctor-card__name">{name}</h3>
      <p class="doctor-card__meta">{spec} &middot; &#9733; {rating}</p>
      <p class="doctor-card__next">Next available: {free}</p>
      <a href="profile.html?d={key}" class="doctor-card__link"{attrs(data__expect="profile-" + key)}>View profile</a>
      <button class="btn btn--primary" type="button"{attrs(data__expect="book-" + key)}>Book appointment</button>
    </li>"""
    chips = "".join(f'<button type="button" class="chip" aria-pressed="false">{s}</button>' for s in ("General practice", "Dermatology", "Paediatrics", "Physiotherapy", "Cardiology"))
    body = f"""{top_v2()}
<main class="page">
  <h1{attrs(data__expect="heading")}>Our doctors</h1>
  <form class="doctor-search" role="search">
    <input type="search" name="q" placeholder="Search by name" aria-label="Search doctors"{attrs(data__expect="search")}>
    <div class="chips" role="group" aria-label="Specialty">{chips}</div>
    <label class="toggle"><input type="checkbox" name="video"{attrs(data__expect="video")}> Offers video appointments</label>
  </form>
  <ul class="doctor-list">{cards}
  </ul>
  <button class="btn btn--ghost" type="button"{attrs(data__expect="next-page")}>Show more doctors</button>
</main>
{bottom_v2()}"""
    return page("Our doctors · Mendwell", body, css="app.css")


def slots_v2():
    days = ""
    for day, label in DAYS:
        items = "".join(f'<li><button type="button" class="slot-btn"{attrs(data__expect=f"slot-{day}-{t}")}>{ampm(t)}</button></li>' for t in TIMES if not (day == "tue" and t == "14:00"))
        days += f"""
    <section class="day"><h2 class="day__title">{label}</h2><ul class="day__slots">{items}</ul></section>"""
    body = f"""{top_v2()}
<main class="page">
  <h1{attrs(data__expect="heading")}>Book with Dr Amara Okafor</h1>
  <a href="doctors.html" class="link"{attrs(data__expect="change-doctor")}>Choose another doctor</a>
  <div class="week-nav"><button type="button" aria-label="Previous week"{attrs(data__expect="prev-week")}>&lsaquo;</button>
    <span>9 &ndash; 11 March</span><button type="button" aria-label="Next week"{attrs(data__expect="next-week")}>&rsaquo;</button></div>
  <fieldset class="visit-type"><legend>Appointment type</legend>
    <label><input type="radio" name="mode" value="clinic" checked{attrs(data__expect="type-clinic")}> In person</label>
    <label><input type="radio" name="mode" value="video"{attrs(data__expect="type-video")}> Video</label>
    <label><input type="radio" name="mode" value="phone"{attrs(data__expect="type-phone")}> Phone</label>
  </fieldset>
  <div class="days">{days}
  </div>
  <p>Nothing suitable? <button type="button" class="btn btn--link"{attrs(data__expect="waitlist")}>Join waiting list</button></p>
</main>
{bottom_v2()}"""
    return page("Choose a time · Mendwell", body, css="app.css")


def booking_v2():
    body = f"""{top_v2()}
<main class="page page--narrow">
  <h1{attrs(data__expect="heading")}>About you</h1>
  <form class="booking">
    <fieldset><legend>Patient</legend>
      <label class="field">First name<input name="patient.firstName" autocomplete="given-name"{attrs(data__expect="name")}></label>
      <label class="field">Last name<input name="patient.lastName" autocomplete="family-name"></label>
      <label class="field">Date of birth<input type="date" name="patient.dob"{attrs(data__expect="dob")}></label>
    </fieldset>
    <fieldset><legend>How can we reach you?</legend>
      <label class="field">Email<input type="email" name="contact.email"{attrs(data__expect="email")}></label>
      <label class="field">Mobile<input type="tel" name="contact.mobile"{attrs(data__expect="phone")}></label>
    </fieldset>
    <fieldset><legend>Insurance</legend>
      <label class="field">Insurer<select name="insurance.provider"{attrs(data__expect="insurer")}><option>I'll pay myself</option><option>Medicare Plus</option><option>HealthFirst</option><option>Other</option></select></label>
      <label class="field">Membership number<input name="insurance.member"{attrs(data__expect="policy")}></label>
    </fieldset>
    <label class="field">Reason for visit<textarea name="reason" rows="3"{attrs(data__expect="reason")}></textarea></label>
    <label class="check"><input type="checkbox" name="newPatient"{attrs(data__expect="first-visit")}> I'm a new patient</label>
    <label class="check"><input type="checkbox" name="reminder" checked{attrs(data__expect="sms")}> Text me a reminder</label>
    <label class="check"><input type="checkbox" name="accept"{attrs(data__expect="terms")}> I agree to the terms of service</label>
    <div class="actions">
      <a href="slots.html" class="btn btn--ghost"{attrs(data__expect="back")}>Back</a>
      <button type="submit" class="btn btn--primary"{attrs(data__expect="confirm")}>Confirm appointment</button>
    </div>
  </form>
</main>
{bottom_v2()}"""
    return page("Your details · Mendwell", body, css="app.css")


def appointments_v2():
    cards = ""
    for key, doc, when, what in reversed(APPOINTMENTS):
        if key == "a2":
            continue  # the dermatology review was cancelled by the clinic
        cards += f"""
    <article class="appt">
      <h3 class="appt__doctor">{doc}</h3><p class="appt__when">{when}</p><p class="appt__what">{what}</p>
      <div class="appt__actions">
        <button type="button" class="icon-btn" aria-label="Reschedule"{attrs(data__expect="resched-" + key)}><svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg></button>
        <button type="button" class="icon-btn" aria-label="Cancel"{attrs(data__expect="cancel-" + key)}><svg width="16" height="16"><rect width="16" height="16"/></svg></button>
        <a href="letter.html?a={key}" class="link"{attrs(data__expect="letter-" + key)}>Letter (PDF)</a>
      </div>
    </article>"""
    body = f"""{top_v2()}
<main class="page">
  <h1{attrs(data__expect="heading")}>Appointments</h1>
  <label class="toggle"><input type="checkbox" name="past" checked{attrs(data__expect="show-past")}> Include past appointments</label>
  <div class="appt-list">{cards}
  </div>
  <a href="doctors.html" class="btn btn--primary"{attrs(data__expect="new")}>New appointment</a>
</main>
{bottom_v2()}"""
    return page("Appointments · Mendwell", body, css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def top_v3():
    return f"""<header class="ds-header">
  <a href="/" class="ds-header__brand"{attrs(data__expect="logo")}><img src="img/mendwell.svg" alt="Mendwell" width="100" height="26"></a>
  <nav aria-label="Main"><ul class="ds-nav"><li><a href="doctors.html"{attrs(data__expect="nav-doctors")}>Find a doctor</a></li>
    <li><a href="appointments.html"{attrs(data__expect="nav-appointments")}>My appointments</a></li>
    <li><a href="messages.html" aria-label="Messages"{attrs(data__expect="nav-messages")}><svg width="18" height="18"><rect width="18" height="18"/></svg></a></li></ul></nav>
  <button type="button" class="ds-icon" aria-label="Sign out"{attrs(data__expect="logout")}><svg width="18" height="18"><circle cx="9" cy="9" r="8"/></svg></button>
</header>"""


def bottom_v3():
    links = [("Contact us", "footer-contact"), ("Privacy", "footer-privacy")]
    return '<footer class="ds-footer"><ul>' + "".join(f'<li><a href="{k[7:]}.html"{attrs(data__expect=k)}>{t}</a></li>' for t, k in links) + "</ul></footer>"


def doctors_v3():
    rows = ""
    for key in ORDER_V2:
        if key == "brennan":
            continue  # cardiology moved to the hospital site
        _, name, spec, free, rating = doctor(key)
        rows += f"""
    <div role="row" class="ds-grid__row"><div role="gridcell"><a href="profile.html?d={key}"{attrs(data__expect="profile-" + key)}>{name}</a></div>
      <div role="gridcell">{spec}</div><div role="gridcell">{free}</div>
      <div role="gridcell"><a href="slots.html?d={key}" class="ds-btn ds-btn--primary" role="button"{attrs(data__expect="book-" + key)}>Book</a></div></div>"""
    body = f"""{top_v3()}
<main class="ds-main">
  <h1{attrs(data__expect="heading")}>Find a doctor</h1>
  <form class="ds-filters" role="search" aria-label="Filter doctors">
    <input type="search" name="q" placeholder="Doctor or specialty"{attrs(data__expect="search")}>
    <label>Specialty <select name="specialty"{attrs(data__expect="specialty")}><option>Any</option><option>General practice</option><option>Dermatology</option><option>Paediatrics</option><option>Physiotherapy</option></select></label>
    <label class="ds-switch"><input type="checkbox" role="switch" name="video"{attrs(data__expect="video")}> Video visits</label>
    <button type="submit" class="ds-btn"{attrs(data__expect="search-submit")}>Apply filters</button>
  </form>
  <div role="grid" aria-label="Doctors" class="ds-grid">
    <div role="row" class="ds-grid__row"><div role="columnheader">Doctor</div><div role="columnheader">Specialty</div><div role="columnheader">Next free</div><div role="columnheader"></div></div>{rows}
  </div>
</main>
{bottom_v3()}"""
    return page("Find a doctor | Mendwell", body, css="ds.css")


def slots_v3():
    days = ""
    for day, label in DAYS:
        if day == "wed":
            continue  # the doctor is off on Wednesdays now
        items = "".join(
            f'<label class="ds-slot"><input type="radio" name="slot" value="{day}-{t}"{attrs(data__expect=f"slot-{day}-{t}")}> {t}</label>'
            for t in TIMES)
        days += f"""
    <fieldset class="ds-day"><legend>{label}</legend>{items}</fieldset>"""
    body = f"""{top_v3()}
<main class="ds-main">
  <h1{attrs(data__expect="heading")}>Pick a time</h1>
  <p>With Dr Amara Okafor &middot; <a href="doctors.html"{attrs(data__expect="change-doctor")}>Change</a></p>
  <div class="ds-week"><button type="button" class="ds-icon" aria-label="Earlier dates"{attrs(data__expect="prev-week")}>&lsaquo;</button>
    <button type="button" class="ds-icon" aria-label="Later dates"{attrs(data__expect="next-week")}>&rsaquo;</button></div>
  <label>Appointment type <select name="mode"><option>In person</option><option>Video</option><option>Phone</option></select></label>
  <div class="ds-days">{days}
  </div>
  <button type="button" class="ds-btn"{attrs(data__expect="continue")}>Continue</button>
</main>
{bottom_v3()}"""
    return page("Pick a time | Mendwell", body, css="ds.css")


def booking_v3():
    body = f"""{top_v3()}
<main class="ds-main ds-main--narrow">
  <h1{attrs(data__expect="heading")}>Patient details</h1>
  <form class="ds-form">
    <div class="ds-row"><input name="given" placeholder="First name" aria-label="First name"{attrs(data__expect="name")}>
      <input name="family" placeholder="Last name" aria-label="Last name"></div>
    <label>Birth date <input type="date" name="birth"{attrs(data__expect="dob")}></label>
    <div class="ds-row"><input type="email" name="mail" placeholder="Email address"{attrs(data__expect="email")}>
      <input type="tel" name="tel" placeholder="Mobile number"{attrs(data__expect="phone")}></div>
    <label>Insurer <select name="ins"{attrs(data__expect="insurer")}><option>Self-pay</option><option>Medicare Plus</option><option>HealthFirst</option></select></label>
    <label>Reason for visit <textarea name="why" placeholder="Tell us briefly"{attrs(data__expect="reason")}></textarea></label>
    <label class="ds-switch"><input type="checkbox" role="switch" name="remind" checked{attrs(data__expect="sms")}> Reminders by text</label>
    <label class="ds-check"><input type="checkbox" name="consent"{attrs(data__expect="terms")}> I agree to the terms</label>
    <div class="ds-actions"><button type="button" class="ds-btn ds-btn--ghost"{attrs(data__expect="back")}>Go back</button>
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__expect="confirm")}>Book now</button></div>
  </form>
</main>
{bottom_v3()}"""
    return page("Patient details | Mendwell", body, css="ds.css")


def appointments_v3():
    rows = ""
    for key, doc, when, what in APPOINTMENTS:
        short = doc.split()[-1]
        rows += f"""
    <tr><td>{when}</td><td>{doc}</td><td>{what}</td>
      <td><button type="button" class="ds-icon" aria-label="Move appointment with Dr {short}"{attrs(data__expect="resched-" + key)}><svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg></button>
          <button type="button" class="ds-icon" aria-label="Cancel appointment with Dr {short}"{attrs(data__expect="cancel-" + key)}><svg width="16" height="16"><rect width="16" height="16"/></svg></button>
          <a href="letter.html?a={key}" aria-label="Download letter for {when}"{attrs(data__expect="letter-" + key)}><svg width="16" height="16"><path d="M0 0h16v16H0z"/></svg></a></td></tr>"""
    body = f"""{top_v3()}
<main class="ds-main">
  <h1{attrs(data__expect="heading")}>My appointments</h1>
  <label class="ds-switch"><input type="checkbox" role="switch" name="past" checked{attrs(data__expect="show-past")}> Past appointments</label>
  <table class="ds-table"><thead><tr><th>When</th><th>Doctor</th><th>Reason</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody>{rows}
  </tbody></table>
  <a href="doctors.html" class="ds-btn ds-btn--primary" role="button"{attrs(data__expect="new")}>Book appointment</a>
</main>
{bottom_v3()}"""
    return page("My appointments | Mendwell", body, css="ds.css")


STYLE = """body { font-family: Arial, sans-serif; font-size: 13px; margin: 0; } #header { background: #2a6; padding: 8px 12px; } #header a { color: #fff; margin-right: 6px; }
#content { padding: 12px; } #doctors_table td, #appt_table td { padding: 4px 8px; } .slot { width: 70px; } #footer { padding: 12px; border-top: 1px solid #ccc; }
"""
APP_CSS = """body { font-family: sans-serif; margin: 0; } .app-header { display: flex; gap: 20px; align-items: center; padding: 10px 24px; border-bottom: 1px solid #eee; }
.app-header__nav { display: flex; gap: 14px; } .page { padding: 16px 24px; } .page--narrow { max-width: 560px; } .btn { display: inline-block; padding: 8px 14px; border-radius: 6px; border: 1px solid #2a6; background: #fff; cursor: pointer; text-decoration: none; }
.btn--primary { background: #2a6; color: #fff; } .btn--link { border: none; color: #2a6; } .chip { border-radius: 14px; border: 1px solid #ccc; background: #fff; margin: 2px; }
.doctor-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; } .doctor-card { border: 1px solid #ddd; border-radius: 8px; padding: 12px; }
.days { display: flex; gap: 20px; } .day__slots { list-style: none; padding: 0; } .slot-btn { margin: 3px 0; width: 90px; } .field { display: block; margin: 8px 0; } .field input, .field select, .field textarea { display: block; }
.check, .toggle { display: block; margin: 6px 0; } .appt { border: 1px solid #ddd; border-radius: 8px; padding: 10px; margin: 8px 0; } .icon-btn { width: 30px; height: 30px; border-radius: 50%; border: 1px solid #ccc; background: #fff; }
.app-footer { padding: 16px 24px; } .app-footer a { margin-right: 12px; }
"""
DS_CSS = """body { font-family: system-ui; margin: 0; } .ds-header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #f6faf8; } .ds-nav { display: flex; gap: 12px; list-style: none; }
.ds-main { max-width: 1000px; margin: 0 auto; padding: 16px; } .ds-main--narrow { max-width: 600px; } .ds-btn { display: inline-block; padding: 6px 14px; border-radius: 4px; background: #176; color: #fff; border: none; text-decoration: none; cursor: pointer; }
.ds-btn--ghost { background: #fff; color: #176; border: 1px solid #176; } .ds-icon { border: 1px solid #ccc; background: #fff; border-radius: 4px; cursor: pointer; width: 30px; height: 30px; }
.ds-grid__row { display: grid; grid-template-columns: 2fr 2fr 1fr 1fr; padding: 6px 0; border-bottom: 1px solid #eee; } .ds-row { display: flex; gap: 8px; margin: 8px 0; }
.ds-days { display: flex; gap: 20px; } .ds-slot { display: block; } .ds-switch, .ds-check { display: block; margin: 6px 0; } .ds-table td { padding: 6px 10px; border-bottom: 1px solid #eee; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); } .ds-footer ul { list-style: none; display: flex; gap: 12px; padding: 16px; }
"""


def render():
    return {
        "v1": {"doctors.html": doctors_v1(), "slots.html": slots_v1(), "booking.html": booking_v1(), "appointments.html": appointments_v1(), "style.css": STYLE},
        "v2": {"doctors.html": doctors_v2(), "slots.html": slots_v2(), "booking.html": booking_v2(), "appointments.html": appointments_v2(), "app.css": APP_CSS},
        "v3": {"doctors.html": doctors_v3(), "slots.html": slots_v3(), "booking.html": booking_v3(), "appointments.html": appointments_v3(), "ds.css": DS_CSS},
    }
