"""Energy: "Brightwatt", a home energy supplier's customer account (customer Alex Morgan, account
BW-448120, 14 Quarry Lane). Three versions of overview, usage, billing, meter and tariff.

v1  Drupal-era CMS theme: `edit-…` ids and `bw-…` form ids, a top nav of text links ("My account",
    "My usage", "Bills & payments", "Meter readings", "Tariffs & moving home"), layout tables; the
    overview with an account summary table ("Make a payment", "View latest bill", "Change amount"
    for the Direct Debit), a services table with text "View usage" / "Submit reading" per fuel, a
    messages table with text "Read" / "Delete" per message, quick links, "Refer a friend", an
    account select and a "Your details" form (email, mobile, preferred contact select, offers and
    Priority Services checkboxes, "Save details", "Change password"); usage with a Period select,
    fuel radios, a "Show as" select, a "Compare with last year" checkbox, "Update chart", a monthly
    table with "Details" per month, a spending-alert form, a usage-target form and "Compare with
    similar homes"; billing with a "Show bills for" select, a bills table with "View" / "Download
    PDF" per bill (oldest first), a payments table with "Receipt" per payment, a card payment form,
    a Direct Debit form ("Monthly amount", "Payment day", bank details, "Update Direct Debit",
    "Cancel Direct Debit") and bill preferences; meter with one reading form (Day / Night / Gas,
    one "Date of reading", a photo upload, "Submit readings"), a history table with "Amend" /
    "Query" per reading, a reminder checkbox and a smart-meter booking; tariff with a tariffs table
    ("Details" / "Choose" per tariff), a green-only checkbox, a payment-method select and a
    moving-home form with two addresses ("New supply address" and "Address for your final bill",
    both with "Address line 1" / "Town" / "Postcode") and closing readings.
v2  React rewrite: a side nav ("Overview", "Usage", "Billing", "Meter readings", "Tariffs"), an
    account menu button, test ids repeated on every card and row (`service-card`, `message-row`,
    `bill-row`, `tariff-choose`); the overview with service cards whose buttons are "Usage" / "Add
    reading" on both, messages whose subject is the link that opens them, icon buttons named only
    "Mark as read" (new) / "Delete", the smart-meter message gone and "Your April bill is ready"
    new (a look-alike of the March one), "Pay now", "View bill" as a link styled as a button, an
    "Edit Direct Debit" icon, an account combobox, "Your details" as two fieldsets ("Contact
    details" with "Email" / "Mobile" and "Contact me by" radios, "News and offers" whose checkboxes
    are "Email" / "Text message"), one "Save" and "Change password" as a link styled as a button,
    quick-link tiles ("Compare tariffs" renamed "Find a better deal"); usage with period chips, a
    fuel combobox, "Units" select, a last-year chip, no "Update chart", an "Export" button with its
    menu open ("Download CSV" / "Download PDF"), months newest first (January gone, May new) with
    "View breakdown" icons on every row, two fieldsets each with a "Save" button; billing with a
    "Year" combobox, bills newest first (December gone, April new) with "View" links and "Download"
    icons on every row, payment receipts as "Download receipt" icons, "Make a payment" and "Direct
    Debit" fieldsets side by side both with "Amount (£)", "Pay now", two "Save" buttons, "Cancel
    Direct Debit" as a link styled as a button; meter with Electricity and Gas fieldsets, each with
    its own "Date read" and "Submit reading", history newest first (a December gas reading gone, a
    May reading new) with "Amend" / "Query" icons named alike on every row, "Get a smart meter" as
    a link styled as a button; tariff with cards sorted by price, "Fixed 24 months" gone and "Fixed
    12 months Plus" new, "Choose tariff" on every card and "See details" links, a "Green only"
    chip, a payment-method combobox, moving home with reworded fieldsets ("Your new home", "Where
    should we send your final bill?") both with "Address line 1" / "Town or city" / "Postcode".
v3  design-system / accessibility pass: a skip link, nav reworded ("Home", "Energy use", "Bills",
    "Readings", "Tariffs & moving"), placeholders instead of labels, icon buttons named after their
    row or card ("Submit gas reading", "Delete message: Your March bill is ready", "Download bill
    for March 2026"), switches ("Compare with last year", "Paperless bills", "Monthly reminders",
    "Green tariffs only"), tabs (usage period, tariff types), role=grid messages, months, bills and
    reading history; the overview with "Your details" by placeholders, a "Contact me by" select,
    offers switches and "Save your details" (Priority Services and "Change password" gone), without
    the quick link "Compare tariffs", "Refer a friend" or the account switcher, "Report an
    emergency" moved to the header, "Price cap changes" message gone; usage with "Show cost in £"
    switch replacing the units select, alert switches, the usage-target section removed and
    "Download usage (CSV)"; billing with the year filter and the payments table removed, "Make a
    payment" as an open dialog with placeholders, "January 2026" bill gone, one "Save Direct Debit"
    and "Save bill preferences"; meter with placeholders "Date read" twice, "How to read your
    meter" moved to a sidebar, the smart-meter section removed; tariff with "Switch to <tariff>"
    buttons and "About <tariff>" icons, EV Saver gone, an open "Confirm your switch" dialog, the
    final-bill address replaced by a "Send my final bill to my new address" checkbox.
"""
from common import attrs, e, page


def M(key, **kw):
    return attrs(data__expect=key, **kw)


def options(values, selected=None):
    return "".join(f'<option{" selected" if v == selected else ""}>{e(v)}</option>' for v in values)


# -- data ----------------------------------------------------------------------------------------

SERVICES = [("elec", "Electricity", "MPAN 16 0000 4471 902", "Economy 7"),
            ("gas", "Gas", "MPRN 7483 2291 05", "Standard")]

# id, subject, date
MESSAGES = [("m1", "Your March bill is ready", "2 Apr 2026"),
            ("m2", "Price cap changes from 1 July", "28 Mar 2026"),
            ("m3", "Book your smart meter installation", "14 Mar 2026")]
MSG_NEW_V2 = ("m4", "Your April bill is ready", "2 May 2026")

# id, month, electricity kWh, gas kWh, cost
MONTHS = [("jan", "January 2026", "412", "1,980", "£131.02"),
          ("feb", "February 2026", "371", "1,604", "£112.75"),
          ("mar", "March 2026", "338", "1,122", "£88.40"),
          ("apr", "April 2026", "301", "790", "£79.10")]
MONTH_NEW_V2 = ("may", "May 2026", "276", "512", "£61.35")

# id, period, amount, status
BILLS = [("b1225", "December 2025", "£124.60", "Paid"),
         ("b0126", "January 2026", "£131.02", "Paid"),
         ("b0226", "February 2026", "£112.75", "Paid"),
         ("b0326", "March 2026", "£88.40", "Paid")]
BILL_NEW_V2 = ("b0426", "April 2026", "£79.10", "Due 28 May")

PAYMENTS = [("p1", "17 Feb 2026", "Card payment", "£40.00"),
            ("p2", "2 Mar 2026", "Direct Debit", "£96.00"),
            ("p3", "2 Apr 2026", "Direct Debit", "£96.00")]

# id, date, fuel, reading, type
READINGS = [("r1", "10 Dec 2025", "Electricity", "Day 17,390 · Night 5,802", "Estimated"),
            ("r2", "10 Dec 2025", "Gas", "4,512 m³", "Estimated"),
            ("r3", "12 Mar 2026", "Electricity", "Day 18,204 · Night 6,115", "Actual"),
            ("r4", "12 Mar 2026", "Gas", "4,871 m³", "Actual")]
READING_NEW_V2 = ("r5", "9 May 2026", "Electricity", "Day 18,950 · Night 6,402", "Actual")

# id, name, unit rate, standing charge, exit fee, green, kind
TARIFFS = [("fix12", "Fixed 12 months", "24.10p", "47.20p", "£75", False, "Fixed"),
           ("fix24", "Fixed 24 months", "25.40p", "45.90p", "£150", False, "Fixed"),
           ("green", "Green Fix 12", "24.90p", "47.20p", "£75", True, "Fixed"),
           ("flex", "Flex", "24.50p", "53.35p", "None", False, "Variable"),
           ("ev", "EV Saver", "7.50p night · 27.80p day", "49.00p", "None", True, "Variable")]
TARIFF_NEW_V2 = ("fix12p", "Fixed 12 months Plus", "23.60p", "49.80p", "£100", False, "Fixed")
CURRENT = "flex"


# -- v1 ------------------------------------------------------------------------------------------

def shell_v1(active, content, title):
    links = [("overview.html", "My account", "nav-overview"), ("usage.html", "My usage", "nav-usage"),
             ("billing.html", "Bills &amp; payments", "nav-billing"), ("meter.html", "Meter readings", "nav-meter"),
             ("tariff.html", "Tariffs &amp; moving home", "nav-tariff")]
    items = "".join(f'<li class="menu-item{" active-trail" if k == active else ""}"><a href="{h}"{attrs(class_="active" if k == active else None)}{M(k)}>{t}</a></li>' for h, t, k in links)
    body = f"""<div id="page-wrapper"><div id="page">
<div id="header" class="clearfix">
  <div id="logo-title"><a href="overview.html" id="logo" rel="home">Brightwatt</a> <span id="site-slogan">Energy for your home</span></div>
  <div id="user-bar">Logged in as Alex Morgan &middot; Account BW-448120 &middot; <a href="help.html" id="help-link"{M("help")}>Help</a> &middot; <a href="/user/logout"{M("logout")}>Log out</a></div>
  <div id="navigation"><ul class="menu">{items}</ul></div>
</div>
<div id="main" class="clearfix"><div id="content" class="column">
<h1 class="title" id="page-title">{title}</h1>
{content}
</div></div>
<div id="footer">&copy; 2019 Brightwatt Energy Ltd &middot; <a href="privacy.html">Privacy</a> &middot; <a href="terms.html">Terms</a></div>
</div></div>"""
    return page(f"{title} | Brightwatt", body)


def overview_v1():
    services = ""
    for k, fuel, num, tariff in SERVICES:
        services += f"""
    <tr class="{"odd" if k == "elec" else "even"}"><td><b>{fuel}</b></td><td>{num}</td><td>{tariff}</td>
      <td><a href="usage.html?fuel={k}"{M("usage-" + k)}>View usage</a> | <a href="meter.html?fuel={k}"{M("read-" + k)}>Submit reading</a></td></tr>"""
    msgs = ""
    for mid, subj, date in MESSAGES:
        msgs += f"""
    <tr><td>{date}</td><td>{e(subj)}</td><td><a href="messages.html#{mid}"{M("msg-read-" + mid)}>Read</a> <a href="#" class="delete"{M("msg-del-" + mid)}>Delete</a></td></tr>"""
    content = f"""<div class="form-item"><label for="edit-account">Account:</label>
  <select id="edit-account" name="account"{M("account-select")}>{options(["14 Quarry Lane, HX7 8AB", "Flat 3, 22 Mill Street, LS6 2QT"], "14 Quarry Lane, HX7 8AB")}</select></div>
<table class="layout" width="100%"><tr><td valign="top" width="65%">
  <div class="block" id="block-summary"><h2>Account summary</h2>
  <table class="summary">
    <tr><th>Balance</th><td>£42.18 in credit</td><td><input type="button" id="edit-pay" class="form-submit" value="Make a payment"{M("pay-now")}></td></tr>
    <tr><th>Latest bill</th><td>March 2026 &middot; £88.40</td><td><a href="billing.html#b0326"{M("latest-bill")}>View latest bill</a></td></tr>
    <tr><th>Direct Debit</th><td>£96.00 on the 2nd of each month</td><td><a href="billing.html#dd"{M("dd-change")}>Change amount</a></td></tr>
  </table></div>
  <div class="block" id="block-services"><h2>Your energy</h2>
  <table class="sticky-enabled"><thead><tr><th>Fuel</th><th>Meter point</th><th>Meter type</th><th>Actions</th></tr></thead><tbody>{services}
  </tbody></table></div>
  <div class="block" id="block-messages"><h2>Messages</h2>
  <table><thead><tr><th>Date</th><th>Subject</th><th></th></tr></thead><tbody>{msgs}
  </tbody></table>
  <a href="messages.html"{M("msg-all")}>View all messages</a></div>
  <form id="bw-details-form" class="block"><h2>Your details</h2>
  <table class="form-table">
    <tr><td><label for="edit-mail">Email address</label></td><td><input type="text" id="edit-mail" name="mail" value="alex.morgan@example.com" size="30"{M("det-email")}></td></tr>
    <tr><td><label for="edit-mobile">Mobile number</label></td><td><input type="text" id="edit-mobile" name="mobile" size="16"{M("det-mobile")}></td></tr>
    <tr><td><label for="edit-contact">Preferred contact method</label></td><td><select id="edit-contact" name="contact"{M("det-contact")}>{options(["Email", "Phone", "Post"], "Email")}</select></td></tr>
  </table>
  <input type="checkbox" id="edit-offers-email" name="offers_email"{M("mk-email")}> <label for="edit-offers-email">Send me news and offers by email</label><br>
  <input type="checkbox" id="edit-offers-sms" name="offers_sms"{M("mk-sms")}> <label for="edit-offers-sms">Send me news and offers by text message</label><br>
  <input type="checkbox" id="edit-psr" name="psr"{M("psr")}> <label for="edit-psr">I need extra support (Priority Services Register)</label><br>
  <input type="submit" id="edit-details-submit" class="form-submit" value="Save details"{M("det-save")}>
  <a href="user/password"{M("change-password")}>Change password</a>
  </form>
</td><td valign="top" class="sidebar">
  <div class="block" id="block-quicklinks"><h2>Quick links</h2>
  <ul>
    <li><a href="meter.html"{M("ql-reading")}>Submit a meter reading</a></li>
    <li><a href="tariff.html"{M("ql-compare")}>Compare tariffs</a></li>
    <li><a href="tariff.html#moving"{M("ql-moving")}>Moving home</a></li>
    <li><a href="emergency.html"{M("ql-emergency")}>Report an emergency</a></li>
  </ul></div>
  <div class="block" id="block-refer"><h2>Refer a friend</h2><p>Get £50 each when a friend joins.</p>
  <a href="refer.html"{M("refer")}>Refer a friend</a></div>
</td></tr></table>"""
    return shell_v1("nav-overview", content, "My account")


def usage_v1():
    rows = ""
    for k, month, el, gas, cost in MONTHS:
        rows += f"""
    <tr><td>{month}</td><td>{el} kWh</td><td>{gas} kWh</td><td>{cost}</td><td><a href="usage.html?month={k}"{M("details-" + k)}>Details</a></td></tr>"""
    content = f"""<form id="bw-usage-form" action="usage.html">
<table class="layout"><tr>
  <td><label for="edit-period">Period:</label><br><select id="edit-period" name="period"{M("period")}>{options(["Day", "Week", "Month", "Year"], "Month")}</select></td>
  <td><span class="label">Fuel:</span><br>
    <input type="radio" id="edit-fuel-elec" name="fuel" value="elec"{M("fuel-elec")}> <label for="edit-fuel-elec">Electricity</label>
    <input type="radio" id="edit-fuel-gas" name="fuel" value="gas"{M("fuel-gas")}> <label for="edit-fuel-gas">Gas</label>
    <input type="radio" id="edit-fuel-both" name="fuel" value="both" checked{M("fuel-both")}> <label for="edit-fuel-both">Both</label></td>
  <td><label for="edit-units">Show as:</label><br><select id="edit-units" name="units"{M("units")}>{options(["kWh", "Cost (£)"], "kWh")}</select></td>
  <td><input type="checkbox" id="edit-compare" name="compare"{M("compare-ly")}> <label for="edit-compare">Compare with last year</label></td>
  <td><input type="submit" id="edit-update" class="form-submit" value="Update chart"{M("update")}></td>
</tr></table>
</form>
<div class="chart" id="usage-chart">[chart]</div>
<p><a href="usage.csv" id="download-csv"{M("download-csv")}>Download CSV</a> &middot; <a href="similar.html"{M("similar-homes")}>Compare with similar homes</a></p>
<h2>Monthly usage</h2>
<table class="sticky-enabled"><thead><tr><th>Month</th><th>Electricity</th><th>Gas</th><th>Cost</th><th></th></tr></thead><tbody>{rows}
</tbody></table>
<table class="layout" width="100%"><tr><td valign="top">
<form id="bw-alert-form"><fieldset><legend>Spending alert</legend>
  <div class="form-item"><label for="edit-alert-amount">Alert me when my monthly spend is over (£)</label><input type="text" id="edit-alert-amount" name="alert_amount" size="6"{M("alert-amount")}></div>
  <div class="form-item"><input type="checkbox" id="edit-alert-email" name="alert_email" checked{M("alert-email")}> <label for="edit-alert-email">Send the alert by email</label></div>
  <div class="form-item"><input type="checkbox" id="edit-alert-sms" name="alert_sms"{M("alert-sms")}> <label for="edit-alert-sms">Send the alert by text message</label></div>
  <input type="submit" id="edit-alert-submit" class="form-submit" value="Save alert"{M("alert-save")}>
</fieldset></form>
</td><td valign="top">
<form id="bw-target-form"><fieldset><legend>Usage target</legend>
  <div class="form-item"><label for="edit-target">Monthly electricity target (kWh)</label><input type="text" id="edit-target" name="target" size="6"{M("goal-amount")}></div>
  <input type="submit" id="edit-target-submit" class="form-submit" value="Set target"{M("goal-save")}>
</fieldset></form>
</td></tr></table>"""
    return shell_v1("nav-usage", content, "My usage")


def billing_v1():
    bills = ""
    for k, period, amount, status in BILLS:
        bills += f"""
    <tr><td>{period}</td><td>{amount}</td><td>{status}</td><td><a href="bill.html?id={k}"{M("bill-view-" + k)}>View</a> | <a href="bills/{k}.pdf"{M("bill-pdf-" + k)}>Download PDF</a></td></tr>"""
    pays = ""
    for k, date, how, amount in PAYMENTS:
        pays += f"""
    <tr><td>{date}</td><td>{how}</td><td>{amount}</td><td><a href="receipt.html?id={k}"{M("receipt-" + k)}>Receipt</a></td></tr>"""
    content = f"""<form id="bw-bill-filter"><label for="edit-year">Show bills for:</label>
  <select id="edit-year" name="year"{M("bill-year")}>{options(["All years", "2026", "2025"], "All years")}</select></form>
<h2>Bills</h2>
<table class="sticky-enabled"><thead><tr><th>Period</th><th>Amount</th><th>Status</th><th></th></tr></thead><tbody>{bills}
</tbody></table>
<h2>Payments</h2>
<table class="sticky-enabled"><thead><tr><th>Date</th><th>Method</th><th>Amount</th><th></th></tr></thead><tbody>{pays}
</tbody></table>
<table class="layout" width="100%"><tr><td valign="top" width="50%">
<form id="bw-payment-form"><h2>Make a payment</h2>
  <table class="form-table">
    <tr><td><label for="edit-pay-amount">Payment amount (£)</label></td><td><input type="text" id="edit-pay-amount" name="pay_amount" size="8"{M("pay-amount")}></td></tr>
    <tr><td><label for="edit-card-name">Name on card</label></td><td><input type="text" id="edit-card-name" name="card_name"{M("pay-name")}></td></tr>
    <tr><td><label for="edit-card-number">Card number</label></td><td><input type="text" id="edit-card-number" name="card_number"{M("pay-card")}></td></tr>
    <tr><td><label for="edit-card-expiry">Expiry date (MM/YY)</label></td><td><input type="text" id="edit-card-expiry" name="card_expiry" size="5"{M("pay-expiry")}></td></tr>
    <tr><td><label for="edit-card-cvc">Security code</label></td><td><input type="text" id="edit-card-cvc" name="card_cvc" size="4"{M("pay-cvc")}></td></tr>
  </table>
  <input type="checkbox" id="edit-save-card" name="save_card"{M("pay-save-card")}> <label for="edit-save-card">Remember this card</label><br>
  <input type="submit" id="edit-pay-submit" class="form-submit" value="Pay now"{M("pay-submit")}>
</form>
</td><td valign="top">
<form id="bw-dd-form"><h2 id="dd">Direct Debit</h2>
  <table class="form-table">
    <tr><td><label for="edit-dd-amount">Monthly amount (£)</label></td><td><input type="text" id="edit-dd-amount" name="dd_amount" value="96.00" size="8"{M("dd-amount")}></td></tr>
    <tr><td><label for="edit-dd-day">Payment day</label></td><td><select id="edit-dd-day" name="dd_day"{M("dd-day")}>{options(["1st", "2nd", "8th", "15th", "22nd", "28th"], "2nd")}</select></td></tr>
    <tr><td><label for="edit-dd-holder">Account holder</label></td><td><input type="text" id="edit-dd-holder" name="dd_holder" value="Alex Morgan"{M("dd-holder")}></td></tr>
    <tr><td><label for="edit-dd-sort">Sort code</label></td><td><input type="text" id="edit-dd-sort" name="dd_sort" size="8"{M("dd-sort")}></td></tr>
    <tr><td><label for="edit-dd-account">Account number</label></td><td><input type="text" id="edit-dd-account" name="dd_account" size="10"{M("dd-account")}></td></tr>
  </table>
  <input type="submit" id="edit-dd-submit" class="form-submit" value="Update Direct Debit"{M("dd-save")}>
  <a href="dd-cancel.html" id="dd-cancel-link"{M("dd-cancel")}>Cancel Direct Debit</a>
</form>
</td></tr></table>
<form id="bw-prefs-form"><h2>Bill preferences</h2>
  <input type="checkbox" id="edit-paperless" name="paperless" checked{M("paperless")}> <label for="edit-paperless">Email my bills instead of posting them</label><br>
  <label for="edit-frequency">Bill frequency</label> <select id="edit-frequency" name="frequency"{M("frequency")}>{options(["Monthly", "Quarterly"], "Monthly")}</select><br>
  <input type="submit" id="edit-prefs-submit" class="form-submit" value="Save preferences"{M("prefs-save")}>
</form>"""
    return shell_v1("nav-billing", content, "Bills &amp; payments")


def meter_v1():
    rows = ""
    for k, date, fuel, reading, kind in READINGS:
        rows += f"""
    <tr><td>{date}</td><td>{fuel}</td><td>{reading}</td><td>{kind}</td><td><a href="amend.html?id={k}"{M("hist-amend-" + k)}>Amend</a> | <a href="query.html?id={k}"{M("hist-query-" + k)}>Query</a></td></tr>"""
    content = f"""<form id="bw-reading-form" enctype="multipart/form-data"><h2>Submit a meter reading</h2>
<p>Electricity meter E12Z 034567 (Economy 7) &middot; Gas meter G4A 009812</p>
<table class="form-table">
  <tr><td><label for="edit-elec-day">Electricity day reading (kWh)</label></td><td><input type="text" id="edit-elec-day" name="elec_day" size="8"{M("elec-day")}></td></tr>
  <tr><td><label for="edit-elec-night">Electricity night reading (kWh)</label></td><td><input type="text" id="edit-elec-night" name="elec_night" size="8"{M("elec-night")}></td></tr>
  <tr><td><label for="edit-gas">Gas reading (m³)</label></td><td><input type="text" id="edit-gas" name="gas" size="8"{M("gas-read")}></td></tr>
  <tr><td><label for="edit-read-date">Date of reading</label></td><td><input type="text" id="edit-read-date" name="read_date" size="10" value="06/05/2026"{M("read-date")}></td></tr>
  <tr><td><label for="edit-photo">Photo of your meter (optional)</label></td><td><input type="file" id="edit-photo" name="files[photo]"{M("photo")}></td></tr>
</table>
<input type="submit" id="edit-reading-submit" class="form-submit" value="Submit readings"{M("submit-readings")}>
<a href="howto.html"{M("cant-read")}>I can't read my meter</a>
</form>
<h2>Previous readings</h2>
<table class="sticky-enabled"><thead><tr><th>Date</th><th>Fuel</th><th>Reading</th><th>Type</th><th></th></tr></thead><tbody>{rows}
</tbody></table>
<form id="bw-reminder-form">
  <input type="checkbox" id="edit-reminder" name="reminder"{M("reminders")}> <label for="edit-reminder">Remind me to send a reading every month</label>
</form>
<form id="bw-smart-form"><h2>Smart meters</h2>
  <p>Get a free smart meter and never send a reading again.</p>
  <label for="edit-smart-week">Preferred week</label> <select id="edit-smart-week" name="smart_week"{M("smart-week")}>{options(["Any week", "w/c 18 May", "w/c 25 May", "w/c 1 June"], "Any week")}</select>
  <input type="submit" id="edit-smart-submit" class="form-submit" value="Book a smart meter installation"{M("smart-book")}>
</form>"""
    return shell_v1("nav-meter", content, "Meter readings")


def tariff_v1():
    rows = ""
    for k, name, rate, sc, fee, green, kind in TARIFFS:
        choose = "<em>Your tariff</em>" if k == CURRENT else f'<input type="button" class="form-submit" id="edit-choose-{k}" value="Choose"{M("t-choose-" + k)}>'
        rows += f"""
    <tr><td>{name}{" (100% renewable)" if green else ""}</td><td>{kind}</td><td>{rate}</td><td>{sc}/day</td><td>{fee}</td>
      <td><a href="tariff-{k}.html"{M("t-details-" + k)}>Details</a></td><td>{choose}</td></tr>"""
    content = f"""<div class="block"><h2>Your tariff</h2>
<p>You're on <b>Flex</b> (variable). Unit rate 24.50p/kWh, standing charge 53.35p/day.</p>
<a href="renew.html"{M("renew")}>Renew my tariff</a></div>
<form id="bw-tariff-filter"><h2>Available tariffs</h2>
  <input type="checkbox" id="edit-green" name="green"{M("green-only")}> <label for="edit-green">Show green tariffs only</label>
  <label for="edit-paymethod">Payment method</label> <select id="edit-paymethod" name="paymethod"{M("pay-method")}>{options(["Monthly Direct Debit", "Pay on receipt of bill", "Prepayment"], "Monthly Direct Debit")}</select>
</form>
<table class="sticky-enabled"><thead><tr><th>Tariff</th><th>Type</th><th>Unit rate</th><th>Standing charge</th><th>Exit fee</th><th></th><th></th></tr></thead><tbody>{rows}
</tbody></table>
<form id="bw-moving-form"><h2 id="moving">Moving home</h2>
<table class="form-table">
  <tr><td><label for="edit-move-date">Date you move out</label></td><td><input type="text" id="edit-move-date" name="move_date" size="10"{M("move-date")}></td></tr>
  <tr><td><label for="edit-move-phone">Contact phone</label></td><td><input type="text" id="edit-move-phone" name="move_phone"{M("move-phone")}></td></tr>
</table>
<table class="layout"><tr><td valign="top">
  <h3>New supply address</h3>
  <table class="form-table">
    <tr><td><label for="edit-new-line1">Address line 1</label></td><td><input type="text" id="edit-new-line1" name="new[line1]"{M("new-line1")}></td></tr>
    <tr><td><label for="edit-new-town">Town</label></td><td><input type="text" id="edit-new-town" name="new[town]"{M("new-town")}></td></tr>
    <tr><td><label for="edit-new-postcode">Postcode</label></td><td><input type="text" id="edit-new-postcode" name="new[postcode]" size="8"{M("new-postcode")}></td></tr>
  </table>
</td><td valign="top">
  <h3>Address for your final bill</h3>
  <table class="form-table">
    <tr><td><label for="edit-fb-line1">Address line 1</label></td><td><input type="text" id="edit-fb-line1" name="final[line1]"{M("fb-line1")}></td></tr>
    <tr><td><label for="edit-fb-town">Town</label></td><td><input type="text" id="edit-fb-town" name="final[town]"{M("fb-town")}></td></tr>
    <tr><td><label for="edit-fb-postcode">Postcode</label></td><td><input type="text" id="edit-fb-postcode" name="final[postcode]" size="8"{M("fb-postcode")}></td></tr>
  </table>
</td></tr></table>
<h3>Closing meter readings</h3>
<table class="form-table">
  <tr><td><label for="edit-close-elec">Electricity (kWh)</label></td><td><input type="text" id="edit-close-elec" name="close_elec" size="8"{M("move-elec")}></td></tr>
  <tr><td><label for="edit-close-gas">Gas (m³)</label></td><td><input type="text" id="edit-close-gas" name="close_gas" size="8"{M("move-gas")}></td></tr>
</table>
<input type="checkbox" id="edit-move-stay" name="stay" checked{M("move-stay")}> <label for="edit-move-stay">Supply my new home with Brightwatt too</label><br>
<input type="submit" id="edit-move-submit" class="form-submit" value="Tell us you're moving"{M("move-submit")}>
</form>"""
    return shell_v1("nav-tariff", content, "Tariffs &amp; moving home")


# -- v2 ------------------------------------------------------------------------------------------

def shell_v2(active, main, title):
    links = [("overview.html", "Overview", "nav-overview"), ("usage.html", "Usage", "nav-usage"),
             ("billing.html", "Billing", "nav-billing"), ("meter.html", "Meter readings", "nav-meter"),
             ("tariff.html", "Tariffs", "nav-tariff")]
    items = "".join(f'<a{attrs(href=h, class_="sidenav__link" + (" is-active" if k == active else ""), aria__current="page" if k == active else None)}{M(k)}>{t}</a>' for h, t, k in links)
    body = f"""<div id="root"><div class="app">
<nav class="sidenav" aria-label="Main">
  <div class="sidenav__brand">Brightwatt</div>
  {items}
</nav>
<div class="app__main">
<header class="topbar">
  <span class="topbar__acct">Account BW-448120</span>
  <a href="help.html" class="topbar__help" data-testid="help-link"{M("help")}>Help</a>
  <button class="avatar" aria-label="Account menu" aria-haspopup="menu" data-testid="account-menu"{M("account-menu")}>AM</button>
  <button class="btn btn--ghost" data-testid="logout"{M("logout")}>Sign out</button>
</header>
<main class="page">
<h1 class="page__title">{title}</h1>
{main}
</main>
</div>
</div></div>"""
    return page(f"{title} · Brightwatt", body, css="app.css")


def overview_v2():
    cards = ""
    for k, fuel, num, tariff in SERVICES:
        cards += f"""
    <article class="card" data-testid="service-card">
      <h3>{fuel}</h3><p class="muted">{num} &middot; {tariff}</p>
      <div class="card__actions">
        <a href="usage.html" class="btn btn--ghost" data-testid="service-usage"{M("usage-" + k)}>Usage</a>
        <a href="meter.html" class="btn" data-testid="service-reading"{M("read-" + k)}>Add reading</a>
      </div>
    </article>"""
    msgs = ""
    for mid, subj, date in [MSG_NEW_V2] + [m for m in MESSAGES if m[0] != "m3"]:
        msgs += f"""
      <li class="msg" data-testid="message-row"><span class="msg__date">{date}</span> <a href="messages.html#{mid}" class="msg__subject" data-testid="message-subject"{M("msg-read-" + mid)}>{e(subj)}</a>
        <span class="msg__actions"><button class="icon-btn" aria-label="Mark as read" data-testid="message-read"{M("msg-mark-" + mid)}>&#10003;</button>
        <button class="icon-btn" aria-label="Delete" data-testid="message-delete"{M("msg-del-" + mid)}>&#128465;</button></span></li>"""
    main = f"""<div class="toolbar">
  <button role="combobox" aria-expanded="false" aria-label="Property" class="combo" data-testid="account-switcher"{M("account-select")}>14 Quarry Lane, HX7 8AB &#9662;</button>
</div>
<div class="grid3">
  <section class="card" data-testid="balance-card"><h2>Balance</h2><p class="big">£42.18 in credit</p>
    <button class="btn btn--primary" data-testid="pay-now"{M("pay-now")}>Pay now</button></section>
  <section class="card" data-testid="bill-card"><h2>Latest bill</h2><p class="big">£88.40</p><p class="muted">March 2026</p>
    <a href="billing.html" class="btn" data-testid="view-bill"{M("latest-bill")}>View bill</a></section>
  <section class="card" data-testid="dd-card"><h2>Direct Debit <button class="icon-btn" aria-label="Edit Direct Debit" data-testid="dd-edit"{M("dd-change")}>&#9998;</button></h2>
    <p class="big">£96.00</p><p class="muted">on the 2nd of each month</p></section>
</div>
<h2>Your energy</h2>
<div class="grid2">{cards}
</div>
<section class="card"><h2>Messages</h2>
  <ul class="msgs">{msgs}
  </ul>
  <a href="messages.html" class="link"{M("msg-all")}>See all messages</a>
</section>
<h2>Shortcuts</h2>
<div class="tiles">
  <a href="meter.html" class="tile" data-testid="shortcut"{M("ql-reading")}>Submit a reading</a>
  <a href="tariff.html" class="tile" data-testid="shortcut"{M("ql-compare")}>Find a better deal</a>
  <a href="tariff.html#moving" class="tile" data-testid="shortcut"{M("ql-moving")}>Moving home</a>
  <a href="emergency.html" class="tile tile--alert" data-testid="shortcut"{M("ql-emergency")}>Report an emergency</a>
</div>
<form class="card" data-testid="details-form"><h2>Your details</h2>
  <div class="grid2">
    <fieldset><legend>Contact details</legend>
      <div class="field"><label for="d-email">Email</label><input id="d-email" type="email" class="input" value="alex.morgan@example.com"{M("det-email")}></div>
      <div class="field"><label for="d-mobile">Mobile</label><input id="d-mobile" type="tel" class="input"{M("det-mobile")}></div>
      <div role="radiogroup" aria-label="Contact me by" class="field">Contact me by
        <label class="check"><input type="radio" name="contact" checked{M("det-contact-email")}> Email</label>
        <label class="check"><input type="radio" name="contact"{M("det-contact-phone")}> Phone</label>
        <label class="check"><input type="radio" name="contact"{M("det-contact-post")}> Post</label></div>
    </fieldset>
    <fieldset><legend>News and offers</legend>
      <label class="check"><input type="checkbox"{M("mk-email")}> Email</label>
      <label class="check"><input type="checkbox"{M("mk-sms")}> Text message</label>
      <label class="check"><input type="checkbox"{M("psr")}> I need extra support (Priority Services Register)</label>
    </fieldset>
  </div>
  <div class="card__actions"><button class="btn btn--primary" data-testid="save"{M("det-save")}>Save</button>
    <a href="password.html" class="btn"{M("change-password")}>Change password</a></div>
</form>
<section class="card card--promo"><h2>Give £50, get £50</h2><p>Invite a friend to Brightwatt.</p>
  <button class="btn" data-testid="refer"{M("refer")}>Refer a friend</button></section>"""
    return shell_v2("nav-overview", main, "Overview")


def usage_v2():
    rows = ""
    for k, month, el, gas, cost in [MONTH_NEW_V2] + [m for m in MONTHS if m[0] != "jan"][::-1]:
        rows += f"""
      <tr data-testid="usage-row"><td>{month}</td><td>{el} kWh</td><td>{gas} kWh</td><td>{cost}</td>
        <td><button class="icon-btn" aria-label="View breakdown" data-testid="usage-breakdown"{M("details-" + k)}>&#8250;</button></td></tr>"""
    chips = "".join(f'<button class="chip{" is-on" if p == "Month" else ""}" aria-pressed="{"true" if p == "Month" else "false"}" data-testid="period-chip"{M("period-" + p.lower())}>{p}</button>' for p in ["Day", "Week", "Month", "Year"])
    main = f"""<div class="toolbar">
  <div class="chips" role="group" aria-label="Period">{chips}</div>
  <button role="combobox" aria-expanded="false" aria-label="Fuel" class="combo" data-testid="fuel-select"{M("fuel")}>Electricity and gas &#9662;</button>
  <label class="inline">Units <select class="input" data-testid="units"{M("units")}>{options(["kWh", "£"], "kWh")}</select></label>
  <button class="chip" aria-pressed="false" data-testid="compare-chip"{M("compare-ly")}>Last year</button>
  <div class="menu-wrap">
    <button class="btn" aria-haspopup="menu" aria-expanded="true" data-testid="export"{M("export")}>Export</button>
    <div class="menu" role="menu" aria-label="Export">
      <button role="menuitem" class="menu__item"{M("download-csv")}>Download CSV</button>
      <button role="menuitem" class="menu__item"{M("download-pdf")}>Download PDF</button>
    </div>
  </div>
</div>
<div class="chart card">[chart]</div>
<a href="similar.html" class="btn btn--ghost"{M("similar-homes")}>Compare with similar homes</a>
<section class="card"><h2>By month</h2>
  <table class="table"><thead><tr><th>Month</th><th>Electricity</th><th>Gas</th><th>Cost</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody>{rows}
  </tbody></table>
</section>
<div class="grid2">
  <form class="card"><fieldset><legend>Spending alerts</legend>
    <div class="field"><label for="alert-limit">Monthly limit (£)</label><input id="alert-limit" class="input" inputmode="decimal" data-testid="alert-limit"{M("alert-amount")}></div>
    <label class="check"><input type="checkbox" checked data-testid="alert-email"{M("alert-email")}> Email me</label>
    <label class="check"><input type="checkbox" data-testid="alert-sms"{M("alert-sms")}> Text me</label>
  </fieldset><button class="btn btn--primary" data-testid="save"{M("alert-save")}>Save</button></form>
  <form class="card"><fieldset><legend>Usage goal</legend>
    <div class="field"><label for="goal">Target (kWh per month)</label><input id="goal" class="input" inputmode="numeric" data-testid="goal"{M("goal-amount")}></div>
  </fieldset><button class="btn btn--primary" data-testid="save"{M("goal-save")}>Save</button></form>
</div>"""
    return shell_v2("nav-usage", main, "Usage")


def billing_v2():
    bills = ""
    for k, period, amount, status in [BILL_NEW_V2] + [b for b in BILLS if b[0] != "b1225"][::-1]:
        bills += f"""
      <tr data-testid="bill-row"><td>{period}</td><td>{amount}</td><td><span class="pill">{status}</span></td>
        <td><a href="bill.html?id={k}" class="link" data-testid="bill-view"{M("bill-view-" + k)}>View</a>
          <button class="icon-btn" aria-label="Download" data-testid="bill-download"{M("bill-pdf-" + k)}>&#8681;</button></td></tr>"""
    pays = ""
    for k, date, how, amount in PAYMENTS[::-1]:
        pays += f"""
      <tr data-testid="payment-row"><td>{date}</td><td>{how}</td><td>{amount}</td>
        <td><button class="icon-btn" aria-label="Download receipt" data-testid="payment-receipt"{M("receipt-" + k)}>&#129534;</button></td></tr>"""
    main = f"""<div class="toolbar">
  <button role="combobox" aria-expanded="false" aria-label="Year" class="combo" data-testid="year-filter"{M("bill-year")}>All years &#9662;</button>
</div>
<section class="card"><h2>Bills</h2>
  <table class="table"><thead><tr><th>Period</th><th>Amount</th><th>Status</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody>{bills}
  </tbody></table>
</section>
<section class="card"><h2>Payment history</h2>
  <table class="table"><thead><tr><th>Date</th><th>Method</th><th>Amount</th><th><span class="sr-only">Receipt</span></th></tr></thead><tbody>{pays}
  </tbody></table>
</section>
<div class="grid2">
  <form class="card" data-testid="payment-form"><fieldset><legend>Make a payment</legend>
    <div class="field"><label for="pay-amount">Amount (£)</label><input id="pay-amount" class="input" inputmode="decimal"{M("pay-amount")}></div>
    <div class="field"><label for="pay-name">Cardholder name</label><input id="pay-name" class="input" autocomplete="cc-name"{M("pay-name")}></div>
    <div class="field"><label for="pay-card">Card number</label><input id="pay-card" class="input" autocomplete="cc-number"{M("pay-card")}></div>
    <div class="row2">
      <div class="field"><label for="pay-exp">Expiry</label><input id="pay-exp" class="input" placeholder="MM / YY"{M("pay-expiry")}></div>
      <div class="field"><label for="pay-cvc">CVC</label><input id="pay-cvc" class="input"{M("pay-cvc")}></div>
    </div>
    <label class="check"><input type="checkbox"{M("pay-save-card")}> Save card for next time</label>
  </fieldset><button class="btn btn--primary" data-testid="pay-submit"{M("pay-submit")}>Pay now</button></form>
  <form class="card" data-testid="dd-form"><fieldset><legend>Direct Debit</legend>
    <div class="field"><label for="dd-amount">Amount (£)</label><input id="dd-amount" class="input" value="96.00"{M("dd-amount")}></div>
    <div class="field"><label for="dd-day">Collection day</label><select id="dd-day" class="input"{M("dd-day")}>{options(["1st", "2nd", "8th", "15th", "22nd", "28th"], "2nd")}</select></div>
    <div class="field"><label for="dd-holder">Name on the account</label><input id="dd-holder" class="input" value="Alex Morgan"{M("dd-holder")}></div>
    <div class="row2">
      <div class="field"><label for="dd-sort">Sort code</label><input id="dd-sort" class="input"{M("dd-sort")}></div>
      <div class="field"><label for="dd-acc">Account number</label><input id="dd-acc" class="input"{M("dd-account")}></div>
    </div>
  </fieldset>
  <div class="card__actions"><button class="btn btn--primary" data-testid="save"{M("dd-save")}>Save</button>
    <a href="dd-cancel.html" class="btn btn--danger-ghost"{M("dd-cancel")}>Cancel Direct Debit</a></div></form>
</div>
<form class="card"><fieldset><legend>How you get your bills</legend>
  <label class="check"><input type="checkbox" checked data-testid="paperless"{M("paperless")}> Paperless billing</label>
  <div class="field"><label for="freq">Bill frequency</label><select id="freq" class="input"{M("frequency")}>{options(["Monthly", "Quarterly"], "Monthly")}</select></div>
</fieldset><button class="btn btn--primary" data-testid="save"{M("prefs-save")}>Save</button></form>"""
    return shell_v2("nav-billing", main, "Billing")


def meter_v2():
    rows = ""
    hist = [READING_NEW_V2] + [r for r in READINGS if r[0] != "r2"][::-1]
    for k, date, fuel, reading, kind in hist:
        rows += f"""
      <tr data-testid="reading-row"><td>{date}</td><td>{fuel}</td><td>{reading}</td><td><span class="pill">{kind}</span></td>
        <td><button class="icon-btn" aria-label="Amend" data-testid="reading-amend"{M("hist-amend-" + k)}>&#9998;</button>
          <button class="icon-btn" aria-label="Query" data-testid="reading-query"{M("hist-query-" + k)}>?</button></td></tr>"""
    main = f"""<div class="grid2">
  <form class="card" data-testid="reading-form"><fieldset><legend>Electricity &middot; E12Z 034567</legend>
    <div class="row2">
      <div class="field"><label for="e-day">Day (kWh)</label><input id="e-day" class="input" inputmode="numeric"{M("elec-day")}></div>
      <div class="field"><label for="e-night">Night (kWh)</label><input id="e-night" class="input" inputmode="numeric"{M("elec-night")}></div>
    </div>
    <div class="field"><label for="e-date">Date read</label><input id="e-date" type="date" class="input" value="2026-05-06"{M("elec-date")}></div>
  </fieldset><button class="btn btn--primary" data-testid="submit-reading"{M("elec-submit")}>Submit reading</button></form>
  <form class="card" data-testid="reading-form"><fieldset><legend>Gas &middot; G4A 009812</legend>
    <div class="field"><label for="g-read">Reading (m³)</label><input id="g-read" class="input" inputmode="numeric"{M("gas-read")}></div>
    <div class="field"><label for="g-date">Date read</label><input id="g-date" type="date" class="input" value="2026-05-06"{M("gas-date")}></div>
  </fieldset><button class="btn btn--primary" data-testid="submit-reading"{M("gas-submit")}>Submit reading</button></form>
</div>
<p><label class="upload">Add a photo <input type="file" data-testid="photo"{M("photo")}></label>
  <a href="howto.html" class="link"{M("cant-read")}>Help reading your meter</a></p>
<section class="card"><h2>Reading history</h2>
  <table class="table"><thead><tr><th>Date</th><th>Fuel</th><th>Reading</th><th>Type</th><th><span class="sr-only">Actions</span></th></tr></thead><tbody>{rows}
  </tbody></table>
  <label class="check"><input type="checkbox" data-testid="reminders"{M("reminders")}> Monthly reminder to submit a reading</label>
</section>
<section class="card card--promo"><h2>Smart meters</h2><p>No more readings: we'll fit one for free.</p>
  <a href="smart.html" class="btn btn--primary"{M("smart-book")}>Get a smart meter</a></section>"""
    return shell_v2("nav-meter", main, "Meter readings")


def tariff_v2():
    tariffs = [t for t in TARIFFS if t[0] != "fix24"] + [TARIFF_NEW_V2]

    def price(t):
        return float(t[2].split("p")[0]) if t[0] != "ev" else 27.8
    cards = ""
    for k, name, rate, sc, fee, green, kind in sorted(tariffs, key=price):
        action = '<span class="pill pill--current">Current tariff</span>' if k == CURRENT else f'<button class="btn btn--primary" data-testid="tariff-choose"{M("t-choose-" + k)}>Choose tariff</button>'
        cards += f"""
    <article class="card tariff" data-testid="tariff-card">
      <h3>{name}</h3>{'<span class="chip chip--green">Green</span>' if green else ""}
      <p class="muted">{kind} &middot; {rate}/kWh &middot; {sc}/day &middot; exit fee {fee}</p>
      <div class="card__actions"><a href="tariff-{k}.html" class="link" data-testid="tariff-details"{M("t-details-" + k)}>See details</a> {action}</div>
    </article>"""
    main = f"""<section class="card"><h2>Your tariff: Flex</h2><p class="muted">Variable &middot; 24.50p/kWh &middot; 53.35p/day</p>
  <a href="renew.html" class="btn"{M("renew")}>Renew</a></section>
<div class="toolbar">
  <button class="chip" aria-pressed="false" data-testid="green-chip"{M("green-only")}>Green only</button>
  <button role="combobox" aria-expanded="false" aria-label="How you pay" class="combo" data-testid="paymethod"{M("pay-method")}>Direct Debit &#9662;</button>
</div>
<div class="grid3">{cards}
</div>
<form class="card" id="moving"><h2>Moving home</h2>
  <div class="row2">
    <div class="field"><label for="mv-date">Move-out date</label><input id="mv-date" type="date" class="input"{M("move-date")}></div>
    <div class="field"><label for="mv-phone">Phone number</label><input id="mv-phone" type="tel" class="input"{M("move-phone")}></div>
  </div>
  <div class="grid2">
    <fieldset><legend>Your new home</legend>
      <div class="field"><label for="nh-l1">Address line 1</label><input id="nh-l1" class="input"{M("new-line1")}></div>
      <div class="field"><label for="nh-town">Town or city</label><input id="nh-town" class="input"{M("new-town")}></div>
      <div class="field"><label for="nh-pc">Postcode</label><input id="nh-pc" class="input"{M("new-postcode")}></div>
    </fieldset>
    <fieldset><legend>Where should we send your final bill?</legend>
      <div class="field"><label for="fb-l1">Address line 1</label><input id="fb-l1" class="input"{M("fb-line1")}></div>
      <div class="field"><label for="fb-town">Town or city</label><input id="fb-town" class="input"{M("fb-town")}></div>
      <div class="field"><label for="fb-pc">Postcode</label><input id="fb-pc" class="input"{M("fb-postcode")}></div>
    </fieldset>
  </div>
  <fieldset><legend>Final readings</legend>
    <div class="row2">
      <div class="field"><label for="fr-e">Electricity (kWh)</label><input id="fr-e" class="input"{M("move-elec")}></div>
      <div class="field"><label for="fr-g">Gas (m³)</label><input id="fr-g" class="input"{M("move-gas")}></div>
    </div>
  </fieldset>
  <label class="check"><input type="checkbox" checked{M("move-stay")}> Take Brightwatt with me</label>
  <button class="btn btn--primary" data-testid="moving-submit"{M("move-submit")}>Continue</button>
</form>"""
    return shell_v2("nav-tariff", main, "Tariffs")


# -- v3 ------------------------------------------------------------------------------------------

def shell_v3(active, main, title, overlay=""):
    links = [("overview.html", "Home", "nav-overview"), ("usage.html", "Energy use", "nav-usage"),
             ("billing.html", "Bills", "nav-billing"), ("meter.html", "Readings", "nav-meter"),
             ("tariff.html", "Tariffs &amp; moving", "nav-tariff")]
    items = "".join(f'<li><a{attrs(href=h, class_="bw-nav__link", aria__current="page" if k == active else None)}{M(k)}>{t}</a></li>' for h, t, k in links)
    body = f"""<a href="#main" class="bw-skip"{M("skip")}>Skip to content</a>
<header class="bw-header">
  <a href="overview.html" class="bw-logo" aria-label="Brightwatt home">Brightwatt</a>
  <nav aria-label="Account sections" class="bw-nav"><ul>{items}</ul></nav>
  <a href="emergency.html" class="bw-btn bw-btn--alert"{M("ql-emergency")}>Report an emergency</a>
  <button class="bw-avatar" aria-label="Your profile" aria-haspopup="menu"{M("account-menu")}>AM</button>
</header>
<main id="main" class="bw-main">
<h1>{title}</h1>
{main}
</main>
<footer class="bw-footer"><a href="help.html"{M("help")}>Help and support</a> <button class="bw-btn bw-btn--quiet"{M("logout")}>Log out</button></footer>{overlay}"""
    return page(f"{title} — Brightwatt", body, css="ds.css")


def overview_v3():
    cards = ""
    for k, fuel, num, tariff in SERVICES:
        low = fuel.lower()
        cards += f"""
    <li class="bw-card">
      <h3>{fuel}</h3><p class="bw-muted">{num} &middot; {tariff}</p>
      <div class="bw-row">
        <a href="usage.html" class="bw-btn"{M("usage-" + k)}>{fuel} usage</a>
        <button class="bw-iconbtn" aria-label="Submit {low} reading"{M("read-" + k)}><span class="ico"></span></button>
      </div>
    </li>"""
    msgs = ""
    for mid, subj, date in [MSG_NEW_V2] + [m for m in MESSAGES if m[0] == "m1"]:
        msgs += f"""
    <div role="row" class="bw-grid__row">
      <div role="gridcell" class="bw-cell">{date}</div>
      <div role="gridcell" class="bw-cell"><a href="messages.html#{mid}"{M("msg-read-" + mid)}>{e(subj)}</a></div>
      <div role="gridcell" class="bw-cell"><button class="bw-iconbtn" aria-label="Delete message: {e(subj)}"{M("msg-del-" + mid)}><span class="ico"></span></button></div>
    </div>"""
    main = f"""<div class="bw-cards3">
  <section class="bw-card"><h2>Balance</h2><p class="bw-big">£42.18 in credit</p>
    <button class="bw-btn bw-btn--primary"{M("pay-now")}>Make a payment</button></section>
  <section class="bw-card"><h2>Latest bill</h2><p class="bw-big">£88.40 &middot; March 2026</p>
    <a href="billing.html"{M("latest-bill")}>See your latest bill</a></section>
  <section class="bw-card"><h2>Direct Debit</h2><p class="bw-big">£96.00 monthly</p>
    <button class="bw-btn"{M("dd-change")}>Change Direct Debit amount</button></section>
</div>
<h2>Your energy</h2>
<ul class="bw-cards2">{cards}
</ul>
<section class="bw-section"><h2>Messages</h2>
  <div role="grid" aria-label="Messages" class="bw-grid">
    <div role="row" class="bw-grid__row bw-grid__head"><div role="columnheader" class="bw-cell">Received</div><div role="columnheader" class="bw-cell">Subject</div><div role="columnheader" class="bw-cell">Actions</div></div>{msgs}
  </div>
  <a href="messages.html"{M("msg-all")}>All messages</a>
</section>
<section class="bw-section"><h2>Your details</h2>
  <div class="bw-form">
    <input class="bw-input" type="email" placeholder="Email address" value="alex.morgan@example.com"{M("det-email")}>
    <input class="bw-input" type="tel" placeholder="Mobile number"{M("det-mobile")}>
    <select class="bw-input" aria-label="Contact me by"{M("det-contact")}>{options(["Email", "Phone", "Post"], "Email")}</select>
  </div>
  <span class="bw-switch"><span id="lbl-oe">Offers by email</span><button role="switch" aria-checked="false" aria-labelledby="lbl-oe" class="switch"{M("mk-email")}></button></span>
  <span class="bw-switch"><span id="lbl-os">Offers by text</span><button role="switch" aria-checked="false" aria-labelledby="lbl-os" class="switch"{M("mk-sms")}></button></span>
  <div class="bw-row"><button class="bw-btn bw-btn--primary"{M("det-save")}>Save your details</button></div>
</section>
<section class="bw-section"><h2>Something else?</h2>
  <a href="meter.html" class="bw-btn"{M("ql-reading")}>Send a meter reading</a>
  <a href="tariff.html#moving" class="bw-btn"{M("ql-moving")}>I'm moving home</a>
</section>"""
    return shell_v3("nav-overview", main, "Home")


def usage_v3():
    rows = ""
    for k, month, el, gas, cost in [MONTH_NEW_V2] + [m for m in MONTHS if m[0] != "jan"][::-1]:
        rows += f"""
    <div role="row" class="bw-grid__row">
      <div role="gridcell" class="bw-cell">{month}</div><div role="gridcell" class="bw-cell">{el} kWh</div>
      <div role="gridcell" class="bw-cell">{gas} kWh</div><div role="gridcell" class="bw-cell">{cost}</div>
      <div role="gridcell" class="bw-cell"><button class="bw-iconbtn" aria-label="Breakdown for {month}"{M("details-" + k)}><span class="ico"></span></button></div>
    </div>"""
    tabs = "".join(f'<button role="tab" aria-selected="{"true" if p == "Month" else "false"}"{M("period-" + p.lower())}>{p}</button>' for p in ["Day", "Week", "Month", "Year"])
    fuels = "".join(f'<label class="bw-seg__opt"><input type="radio" name="fuel"{" checked" if k == "both" else ""}{M("fuel-" + k)}> {t}</label>' for k, t in [("elec", "Electricity"), ("gas", "Gas"), ("both", "Both")])
    main = f"""<div role="tablist" aria-label="Period" class="bw-tabs">{tabs}</div>
<div class="bw-row">
  <div role="radiogroup" aria-label="Fuel" class="bw-seg">{fuels}</div>
  <span class="bw-switch"><span id="lbl-cost">Show cost in £</span><button role="switch" aria-checked="false" aria-labelledby="lbl-cost" class="switch"{M("cost-switch")}></button></span>
  <span class="bw-switch"><span id="lbl-ly">Compare with last year</span><button role="switch" aria-checked="false" aria-labelledby="lbl-ly" class="switch"{M("compare-ly")}></button></span>
  <button class="bw-btn"{M("download-csv")}>Download usage (CSV)</button>
</div>
<div class="bw-chart">[chart]</div>
<section class="bw-section"><h2>Month by month</h2>
  <div role="grid" aria-label="Monthly usage" class="bw-grid">
    <div role="row" class="bw-grid__row bw-grid__head"><div role="columnheader" class="bw-cell">Month</div><div role="columnheader" class="bw-cell">Electricity</div><div role="columnheader" class="bw-cell">Gas</div><div role="columnheader" class="bw-cell">Cost</div><div role="columnheader" class="bw-cell">Breakdown</div></div>{rows}
  </div>
</section>
<section class="bw-section"><h2>Spending alerts</h2>
  <input class="bw-input" inputmode="decimal" placeholder="Monthly limit in £"{M("alert-amount")}>
  <span class="bw-switch"><span id="lbl-ae">Email alerts</span><button role="switch" aria-checked="true" aria-labelledby="lbl-ae" class="switch is-on"{M("alert-email")}></button></span>
  <span class="bw-switch"><span id="lbl-as">Text alerts</span><button role="switch" aria-checked="false" aria-labelledby="lbl-as" class="switch"{M("alert-sms")}></button></span>
  <button class="bw-btn bw-btn--primary"{M("alert-save")}>Save alert settings</button>
</section>"""
    return shell_v3("nav-usage", main, "Energy use")


def billing_v3():
    rows = ""
    for k, period, amount, status in [BILL_NEW_V2] + [b for b in BILLS if b[0] in ("b0326", "b0226")][::-1]:
        rows += f"""
    <div role="row" class="bw-grid__row">
      <div role="gridcell" class="bw-cell"><a href="bill.html?id={k}"{M("bill-view-" + k)}>{period}</a></div>
      <div role="gridcell" class="bw-cell">{amount}</div><div role="gridcell" class="bw-cell"><span class="bw-tag">{status}</span></div>
      <div role="gridcell" class="bw-cell"><button class="bw-iconbtn" aria-label="Download bill for {period}"{M("bill-pdf-" + k)}><span class="ico"></span></button></div>
    </div>"""
    main = f"""<div class="bw-row"><button class="bw-btn bw-btn--primary"{M("pay-open")}>Make a payment</button></div>
<section class="bw-section"><h2>Your bills</h2>
  <div role="grid" aria-label="Bills" class="bw-grid">
    <div role="row" class="bw-grid__row bw-grid__head"><div role="columnheader" class="bw-cell">Bill</div><div role="columnheader" class="bw-cell">Amount</div><div role="columnheader" class="bw-cell">Status</div><div role="columnheader" class="bw-cell">PDF</div></div>{rows}
  </div>
</section>
<section class="bw-section" id="dd"><h2>Direct Debit</h2>
  <div class="bw-form">
    <input class="bw-input" placeholder="Monthly amount (£)" value="96.00"{M("dd-amount")}>
    <select class="bw-input" aria-label="Collection day"{M("dd-day")}>{options(["1st", "2nd", "8th", "15th", "22nd", "28th"], "2nd")}</select>
    <input class="bw-input" placeholder="Account holder name" value="Alex Morgan"{M("dd-holder")}>
    <input class="bw-input" placeholder="Sort code"{M("dd-sort")}>
    <input class="bw-input" placeholder="Bank account number"{M("dd-account")}>
  </div>
  <div class="bw-row"><button class="bw-btn bw-btn--primary"{M("dd-save")}>Save Direct Debit</button>
    <button class="bw-btn bw-btn--quiet"{M("dd-cancel")}>Cancel Direct Debit</button></div>
</section>
<section class="bw-section"><h2>Bill preferences</h2>
  <span class="bw-switch"><span id="lbl-pl">Paperless bills</span><button role="switch" aria-checked="true" aria-labelledby="lbl-pl" class="switch is-on"{M("paperless")}></button></span>
  <select class="bw-input" aria-label="How often we bill you"{M("frequency")}>{options(["Monthly", "Quarterly"], "Monthly")}</select>
  <button class="bw-btn bw-btn--primary"{M("prefs-save")}>Save bill preferences</button>
</section>"""
    overlay = f"""
<div role="dialog" aria-modal="false" aria-labelledby="dlg-pay" class="bw-dialog">
  <header class="bw-dialog__head"><h2 id="dlg-pay">Make a payment</h2>
    <button class="bw-iconbtn" aria-label="Close"{M("pay-close")}><span class="ico"></span></button></header>
  <input class="bw-input" inputmode="decimal" placeholder="Amount in £"{M("pay-amount")}>
  <input class="bw-input" placeholder="Name on card"{M("pay-name")}>
  <input class="bw-input" placeholder="Card number"{M("pay-card")}>
  <div class="bw-row"><input class="bw-input" placeholder="MM / YY"{M("pay-expiry")}><input class="bw-input" placeholder="Security code"{M("pay-cvc")}></div>
  <span class="bw-switch"><span id="lbl-sc">Save this card</span><button role="switch" aria-checked="false" aria-labelledby="lbl-sc" class="switch"{M("pay-save-card")}></button></span>
  <footer class="bw-dialog__foot"><button class="bw-btn"{M("pay-cancel")}>Cancel</button>
    <button class="bw-btn bw-btn--primary"{M("pay-submit")}>Pay now</button></footer>
</div>"""
    return shell_v3("nav-billing", main, "Bills", overlay)


def meter_v3():
    rows = ""
    hist = [READING_NEW_V2] + [r for r in READINGS if r[0] != "r2"][::-1]
    for k, date, fuel, reading, kind in hist:
        what = f"{fuel.lower()} reading of {date}"
        rows += f"""
    <div role="row" class="bw-grid__row">
      <div role="gridcell" class="bw-cell">{date}</div><div role="gridcell" class="bw-cell">{fuel}</div>
      <div role="gridcell" class="bw-cell">{reading}</div><div role="gridcell" class="bw-cell"><span class="bw-tag">{kind}</span></div>
      <div role="gridcell" class="bw-cell"><button class="bw-iconbtn" aria-label="Amend {what}"{M("hist-amend-" + k)}><span class="ico"></span></button>
        <button class="bw-iconbtn" aria-label="Query {what}"{M("hist-query-" + k)}><span class="ico"></span></button></div>
    </div>"""
    main = f"""<div class="bw-layout"><div class="bw-layout__main">
<div class="bw-cards2">
  <fieldset class="bw-card"><legend>Electricity meter E12Z 034567</legend>
    <input class="bw-input" inputmode="numeric" placeholder="Day reading (kWh)"{M("elec-day")}>
    <input class="bw-input" inputmode="numeric" placeholder="Night reading (kWh)"{M("elec-night")}>
    <input class="bw-input" type="text" placeholder="Date read"{M("elec-date")}>
    <button class="bw-btn bw-btn--primary"{M("elec-submit")}>Submit electricity reading</button>
  </fieldset>
  <fieldset class="bw-card"><legend>Gas meter G4A 009812</legend>
    <input class="bw-input" inputmode="numeric" placeholder="Gas reading (m³)"{M("gas-read")}>
    <input class="bw-input" type="text" placeholder="Date read"{M("gas-date")}>
    <button class="bw-btn bw-btn--primary"{M("gas-submit")}>Submit gas reading</button>
  </fieldset>
</div>
<label class="bw-upload">Upload a meter photo <input type="file"{M("photo")}></label>
<section class="bw-section"><h2>Reading history</h2>
  <div role="grid" aria-label="Reading history" class="bw-grid">
    <div role="row" class="bw-grid__row bw-grid__head"><div role="columnheader" class="bw-cell">Date</div><div role="columnheader" class="bw-cell">Fuel</div><div role="columnheader" class="bw-cell">Reading</div><div role="columnheader" class="bw-cell">Type</div><div role="columnheader" class="bw-cell">Actions</div></div>{rows}
  </div>
  <span class="bw-switch"><span id="lbl-rem">Monthly reminders</span><button role="switch" aria-checked="false" aria-labelledby="lbl-rem" class="switch"{M("reminders")}></button></span>
</section>
</div>
<aside class="bw-layout__side" aria-label="Help">
  <h2>Need a hand?</h2>
  <a href="howto.html"{M("cant-read")}>How to read your meter</a>
</aside></div>"""
    return shell_v3("nav-meter", main, "Readings")


def tariff_v3():
    tariffs = sorted([t for t in TARIFFS if t[0] not in ("fix24", "ev")] + [TARIFF_NEW_V2], key=lambda t: t[1])
    cards = ""
    for k, name, rate, sc, fee, green, kind in tariffs:
        action = '<span class="bw-tag">Your current tariff</span>' if k == CURRENT else f'<button class="bw-btn bw-btn--primary"{M("t-choose-" + k)}>Switch to {name}</button>'
        cards += f"""
    <li class="bw-card">
      <div class="bw-row"><h3>{name}</h3><button class="bw-iconbtn" aria-label="About {name}"{M("t-details-" + k)}><span class="ico"></span></button></div>
      <p class="bw-muted">{kind} &middot; {rate}/kWh &middot; {sc}/day &middot; exit fee {fee}</p>
      {action}
    </li>"""
    tabs = "".join(f'<button role="tab" aria-selected="{"true" if t == "All" else "false"}"{M("type-" + t.lower())}>{t}</button>' for t in ["All", "Fixed", "Variable"])
    main = f"""<section class="bw-section"><h2>Your tariff</h2><p>Flex &middot; variable &middot; 24.50p/kWh &middot; 53.35p/day</p>
  <a href="renew.html" class="bw-btn"{M("renew")}>Renew your tariff</a></section>
<section class="bw-section"><h2>Tariffs you can switch to</h2>
  <div class="bw-row"><div role="tablist" aria-label="Tariff type" class="bw-tabs">{tabs}</div>
    <span class="bw-switch"><span id="lbl-green">Green tariffs only</span><button role="switch" aria-checked="false" aria-labelledby="lbl-green" class="switch"{M("green-only")}></button></span>
    <select class="bw-input" aria-label="Payment method"{M("pay-method")}>{options(["Direct Debit", "Pay on receipt", "Prepayment"], "Direct Debit")}</select></div>
  <ul class="bw-cards3">{cards}
  </ul>
</section>
<section class="bw-section" id="moving"><h2>Moving home</h2>
  <div class="bw-form">
    <input class="bw-input" placeholder="Move-out date (DD/MM/YYYY)"{M("move-date")}>
    <input class="bw-input" type="tel" placeholder="Phone number"{M("move-phone")}>
  </div>
  <fieldset class="bw-card"><legend>Your new address</legend>
    <input class="bw-input" placeholder="Address line 1"{M("new-line1")}>
    <input class="bw-input" placeholder="Town or city"{M("new-town")}>
    <input class="bw-input" placeholder="Postcode"{M("new-postcode")}>
    <label class="bw-check"><input type="checkbox" checked{M("fb-same")}> Send my final bill to my new address</label>
  </fieldset>
  <fieldset class="bw-card"><legend>Final meter readings</legend>
    <input class="bw-input" placeholder="Electricity (kWh)"{M("move-elec")}>
    <input class="bw-input" placeholder="Gas (m³)"{M("move-gas")}>
  </fieldset>
  <span class="bw-switch"><span id="lbl-stay">Stay with Brightwatt at my new home</span><button role="switch" aria-checked="true" aria-labelledby="lbl-stay" class="switch is-on"{M("move-stay")}></button></span>
  <button class="bw-btn bw-btn--primary"{M("move-submit")}>Tell us you're moving</button>
</section>"""
    overlay = f"""
<div role="dialog" aria-modal="false" aria-labelledby="dlg-switch" class="bw-dialog">
  <header class="bw-dialog__head"><h2 id="dlg-switch">Confirm your switch</h2>
    <button class="bw-iconbtn" aria-label="Close"{M("confirm-close")}><span class="ico"></span></button></header>
  <p>Switch from Flex to Green Fix 12 from 1 June 2026? There is no exit fee on Flex.</p>
  <label class="bw-check"><input type="checkbox"{M("confirm-terms")}> I have read the tariff terms</label>
  <footer class="bw-dialog__foot"><button class="bw-btn"{M("confirm-cancel")}>Not now</button>
    <button class="bw-btn bw-btn--primary"{M("confirm-switch")}>Confirm switch</button></footer>
</div>"""
    return shell_v3("nav-tariff", main, "Tariffs & moving", overlay)


# -- styles --------------------------------------------------------------------------------------

STYLE1 = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; background: #eef3e6; color: #222; }
#page { width: 980px; margin: 0 auto; background: #fff; } #header { background: #2f6b1f; color: #fff; padding: 10px 14px; }
#header a { color: #fff; } #logo { font-size: 22px; font-weight: bold; text-decoration: none; } #site-slogan { font-style: italic; margin-left: 8px; }
#user-bar { float: right; margin-top: -22px; font-size: 11px; } #navigation ul { list-style: none; margin: 8px 0 0; padding: 0; }
#navigation li { display: inline; margin-right: 14px; } #navigation a.active { text-decoration: underline; font-weight: bold; }
#content { padding: 12px 16px; } h1.title { font-size: 20px; color: #2f6b1f; } h2 { font-size: 15px; color: #2f6b1f; }
table { border-collapse: collapse; } .sticky-enabled { width: 100%; } .sticky-enabled th, .sticky-enabled td { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; }
.summary th, .summary td { padding: 4px 8px; text-align: left; } .form-table td { padding: 3px 6px; } .layout td { padding: 4px 8px; }
.block { margin-bottom: 14px; } .sidebar { background: #f5f8ef; } .form-item { margin: 6px 0; } .chart { height: 120px; background: #f0f0f0; margin: 10px 0; }
.form-submit { background: #e0e8d4; border: 1px solid #8a9b6e; padding: 3px 8px; } fieldset { border: 1px solid #ccc; }
#footer { padding: 10px 16px; font-size: 11px; color: #555; border-top: 1px solid #ccc; }
"""

STYLE2 = """* { box-sizing: border-box; } body { font-family: Inter, Helvetica, sans-serif; font-size: 14px; margin: 0; color: #1f2937; background: #f8fafc; }
.app { display: flex; min-height: 100vh; } .sidenav { width: 200px; background: #0b3d2e; padding: 16px 10px; display: flex; flex-direction: column; gap: 4px; }
.sidenav__brand { color: #fde047; font-weight: 700; font-size: 18px; margin-bottom: 12px; } .sidenav__link { color: #d1fae5; padding: 6px 10px; border-radius: 6px; text-decoration: none; }
.sidenav__link.is-active { background: #14532d; color: #fff; } .app__main { flex: 1; min-width: 0; }
.topbar { display: flex; justify-content: flex-end; align-items: center; gap: 12px; padding: 8px 20px; background: #fff; border-bottom: 1px solid #e5e7eb; }
.topbar__acct { margin-right: auto; color: #6b7280; } .avatar { width: 32px; height: 32px; border-radius: 50%; border: none; background: #bbf7d0; cursor: pointer; }
.page { padding: 16px 24px; } .page__title { margin: 0 0 12px; font-size: 24px; }
.btn { display: inline-block; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; padding: 6px 12px; cursor: pointer; color: inherit; text-decoration: none; font-size: 14px; }
.btn--primary { background: #15803d; color: #fff; border-color: #15803d; } .btn--ghost { border-color: transparent; background: none; color: #15803d; }
.btn--danger-ghost { border-color: #fecaca; color: #b91c1c; } .icon-btn { border: none; background: none; cursor: pointer; padding: 4px; font-size: 15px; }
.link { color: #15803d; } .muted { color: #6b7280; } .big { font-size: 22px; font-weight: 600; margin: 4px 0; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 12px 16px; margin: 12px 0; }
.card__actions { display: flex; gap: 8px; align-items: center; } .card--promo { background: #fefce8; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; } .grid3 { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0 16px; }
.row2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8px; } .toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.combo { border: 1px solid #d1d5db; border-radius: 6px; background: #fff; padding: 6px 10px; cursor: pointer; }
.chips { display: inline-flex; gap: 4px; } .chip { border: 1px solid #d1d5db; border-radius: 999px; background: #fff; padding: 3px 10px; cursor: pointer; font-size: 13px; }
.chip.is-on { background: #dcfce7; border-color: #15803d; } .chip--green { background: #dcfce7; border-color: #86efac; cursor: default; }
.menu-wrap { position: relative; } .menu { position: absolute; top: 34px; left: 0; z-index: 5; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; box-shadow: 0 6px 16px #0002; display: flex; flex-direction: column; min-width: 150px; }
.menu__item { border: none; background: none; text-align: left; padding: 6px 12px; cursor: pointer; } .chart { height: 140px; }
.table { width: 100%; border-collapse: collapse; } .table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; }
.pill { border-radius: 999px; background: #f3f4f6; padding: 1px 8px; font-size: 12px; } .pill--current { background: #dcfce7; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.msgs { list-style: none; padding: 0; margin: 0; } .msg { display: flex; gap: 8px; align-items: center; padding: 4px 0; border-bottom: 1px solid #f3f4f6; }
.msg__subject { flex: 1; color: inherit; } .msg__date { color: #6b7280; width: 90px; }
.tiles { display: flex; gap: 12px; } .tile { flex: 1; background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 14px; text-decoration: none; color: #14532d; font-weight: 600; }
.tile--alert { color: #b91c1c; } fieldset { border: none; padding: 0; margin: 0; } legend { font-weight: 600; margin-bottom: 6px; }
.field { margin: 8px 0; } .field label { display: block; font-size: 12px; color: #4b5563; margin-bottom: 2px; }
.input { border: 1px solid #d1d5db; border-radius: 6px; padding: 6px 8px; width: 100%; font-size: 14px; } .check { display: block; margin: 6px 0; }
.inline .input { width: auto; } .upload { margin-right: 12px; }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: system-ui, sans-serif; font-size: 15px; margin: 0; color: #111827; }
.bw-skip { position: absolute; left: -9999px; } .bw-skip:focus { left: 8px; top: 8px; }
.bw-header { display: flex; align-items: center; gap: 16px; padding: 10px 24px; background: #052e16; } .bw-logo { color: #facc15; font-weight: 800; font-size: 20px; text-decoration: none; }
.bw-nav ul { list-style: none; display: flex; gap: 14px; margin: 0; padding: 0; } .bw-nav__link { color: #ecfdf5; text-decoration: none; }
.bw-nav__link[aria-current=page] { border-bottom: 2px solid #facc15; } .bw-nav { margin-right: auto; }
.bw-avatar { width: 32px; height: 32px; border-radius: 50%; border: none; background: #bbf7d0; cursor: pointer; }
.bw-main { padding: 16px 24px; max-width: 840px; } .bw-main h1 { margin: 0 0 12px; }
.bw-btn { display: inline-block; border: 1px solid #9ca3af; border-radius: 999px; background: #fff; padding: 6px 14px; cursor: pointer; color: inherit; text-decoration: none; font-size: 14px; }
.bw-btn--primary { background: #166534; color: #fff; border-color: #166534; } .bw-btn--alert { background: #b91c1c; color: #fff; border-color: #b91c1c; }
.bw-btn--quiet { border-color: transparent; background: none; color: #166534; } .bw-iconbtn { border: none; background: none; padding: 4px; cursor: pointer; }
.ico { display: inline-block; width: 16px; height: 16px; background: #6b7280; border-radius: 3px; vertical-align: middle; }
.bw-card { list-style: none; border: 1px solid #e5e7eb; border-radius: 12px; padding: 12px 16px; margin: 8px 0; background: #fff; }
.bw-cards2 { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 0; } .bw-cards3 { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; padding: 0; }
.bw-big { font-size: 20px; font-weight: 600; } .bw-muted { color: #6b7280; } .bw-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.bw-section { margin: 16px 0; } .bw-grid { display: table; width: 100%; } .bw-grid__row { display: table-row; }
.bw-cell { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: middle; } .bw-grid__head .bw-cell { font-weight: 600; color: #4b5563; }
.bw-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e5e7eb; margin: 8px 0; } .bw-tabs [role=tab] { border: none; background: none; padding: 6px 12px; border-bottom: 2px solid transparent; cursor: pointer; }
.bw-tabs [aria-selected=true] { border-bottom-color: #166534; } .bw-seg { display: inline-flex; gap: 4px; } .bw-seg__opt { border: 1px solid #d1d5db; border-radius: 8px; padding: 3px 8px; }
.bw-switch { display: inline-flex; gap: 6px; align-items: center; margin-right: 12px; }
.switch { width: 36px; height: 20px; border-radius: 10px; border: 1px solid #9ca3af; background: #e5e7eb; cursor: pointer; } .switch.is-on { background: #16a34a; }
.bw-input { border: 1px solid #d1d5db; border-radius: 8px; padding: 6px 8px; margin: 4px 0; font-size: 14px; display: block; width: 280px; }
.bw-row .bw-input { display: inline-block; width: 140px; } .bw-form { display: flex; flex-wrap: wrap; gap: 0 12px; } .bw-chart { height: 120px; background: #f9fafb; }
.bw-tag { border-radius: 6px; background: #f0fdf4; border: 1px solid #bbf7d0; padding: 0 6px; font-size: 12px; }
.bw-layout { display: flex; gap: 24px; } .bw-layout__main { flex: 1; } .bw-layout__side { width: 220px; background: #f0fdf4; border-radius: 12px; padding: 12px; align-self: flex-start; }
.bw-check { display: block; margin: 6px 0; } .bw-upload { display: block; margin: 8px 0; }
.bw-footer { padding: 16px 24px; border-top: 1px solid #e5e7eb; display: flex; gap: 16px; align-items: center; }
.bw-dialog { position: absolute; top: 90px; right: 24px; width: 380px; background: #fff; border-radius: 14px; padding: 16px; box-shadow: 0 10px 40px #0004; display: flex; flex-direction: column; gap: 4px; }
.bw-dialog__head, .bw-dialog__foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; } .bw-dialog__foot { justify-content: flex-end; }
.bw-dialog h2 { margin: 0; font-size: 17px; } .bw-dialog .bw-input { width: 100%; } .bw-dialog .bw-row .bw-input { width: 48%; }
"""


def render():
    return {
        "v1": {"overview.html": overview_v1(), "usage.html": usage_v1(), "billing.html": billing_v1(),
               "meter.html": meter_v1(), "tariff.html": tariff_v1(), "style.css": STYLE1},
        "v2": {"overview.html": overview_v2(), "usage.html": usage_v2(), "billing.html": billing_v2(),
               "meter.html": meter_v2(), "tariff.html": tariff_v2(), "app.css": STYLE2},
        "v3": {"overview.html": overview_v3(), "usage.html": usage_v3(), "billing.html": billing_v3(),
               "meter.html": meter_v3(), "tariff.html": tariff_v3(), "ds.css": STYLE3},
    }
