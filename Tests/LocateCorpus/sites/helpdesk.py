"""Helpdesk: "Tidewater Support", a customer-support ticketing app for agents plus its public help
centre — the FOURTH HELD-OUT site (written before any tuning against it, never looked at case by
case while tuning). Three versions of inbox, ticket, help, customers and settings.

v1  Rails/jQuery-era app: snake_case ids (ticket_4821_close, ticket_ids_4821) and Rails names
    (ticket[status], user[time_zone]), the inbox as a table sorted by ticket number with sort links
    in the header, per-row checkboxes without labels and text "Assign to me" (only on rows not yet
    mine) / "Close" / "Merge" / "Snooze", a bulk bar whose first button is also "Assign to me",
    views in a sidebar, four filter selects with "Filter" / "Clear filters", numbered pagination;
    the ticket detail laid out in a table with the conversation oldest first ("Quote" / "Forward"
    on every message, "Show original" on customer emails, edit / delete on the internal note),
    a reply form with Public reply / Internal note radios, To, CC, macro select + "Apply", "Submit
    as" select, a property sidebar of selects, CCs with "Remove", related tickets with "Unlink",
    time tracking; the help centre with a labelled search, six categories, eight promoted articles
    each with "Read more" and "Was this helpful?" Yes / No, recently viewed articles (the same
    links again), a contact form with a Topic select and a subscribe box; customers as a table
    with text Edit / Block / Delete per row; settings with a notifications matrix of unlabelled
    checkboxes (Email / Browser per event), API tokens with "Revoke", sessions with "Sign out".
v2  React rewrite: ids gone, data-testids added (some repeated on every row), nav reworded, Sign
    out moved to the sidebar; inbox re-sorted by priority, ticket 4815 merged away, 4833 and 4834
    new, columns reordered, "Take" (text) / "Solve" (text) / an icon button named only "Snooze"
    and a generic "More actions" menu per row (Merge moved into it), the Spam view gone and an
    Overdue view added, Status a custom combobox, Channel and the Filter button removed, sort
    buttons, "Rows per page"; the ticket with the conversation newest first, icon buttons named
    only "Quote" / "Forward", reply / note as tabs, the To field gone, CC and body placeholders,
    macro a combobox, Print and Spam gone, "Merge into…", Follow a toggle button, relabelled
    properties in a fieldset, a new Jira-issue box whose "Type" repeats the ticket's "Type",
    icon buttons named only "Remove" / "Unlink"; the help centre retheme (articles by views,
    api-keys gone, export-data new, Developers category gone, Security new, "Read more" gone,
    thumbs named "Helpful" / "Not helpful", search by placeholder, two-column contact form in
    fieldsets with Topic radios, subscribe moved to the footer); customers as cards by last
    activity (Grace Mulligan gone, Carlos Mendes and Fatima Zahra new), "Edit" icon buttons,
    "Block" -> "Suspend", Delete moved into a "More actions" menu, a "Sort by" select, Load more;
    settings in cards with the notifications as two fieldsets with the same labels (Email /
    Browser; the browser digest gone), two "Save" buttons, tokens re-sorted (Old Slack bot gone,
    Data warehouse sync new) with icon "Revoke", sessions "Log out".
v3  design-system / accessibility pass: inbox as a role=grid newest first (4819 solved and gone,
    4836 new), icon buttons named after the ticket by number or by subject (title only for
    Close), "Create ticket" a link styled as a button, views back in a sidebar, Status as
    radios, assignee a combobox, "Load more tickets"; the ticket with a "Ticket actions" menu
    (merge and spam inside), icon buttons named after the message author and time, the reply
    type as a role=radiogroup, CC / Show original / Insert article / related tickets / time
    tracking removed, Priority as radios, placeholders instead of labels, Follow a switch; the
    help centre with the contact form in an open dialog (placeholders only, Topic a combobox
    again, a Close button), helpful buttons named after the article, two article titles
    reworded, recently viewed removed; customers as grid rows (Ellen Brooks new) with icon
    buttons named after the customer, Delete back as an icon (title), header sort buttons again,
    numbered pages; settings with a side menu, switches, "Show password" buttons, placeholders.
"""
from common import attrs, e, page

ME = "Dana Whitfield"

TICKETS = {  # number: subject, requester, company, status, priority, assignee, updated
    4821: ("Refund not received for order #10458", "Priya Raman", "Lumen Foods", "Open", "High", None, "12 Mar 2026 09:14"),
    4819: ("Can't log in after password reset", "Tomás Ferreira", "Brightline Dental", "Open", "Urgent", ME, "12 Mar 2026 08:51"),
    4818: ("Invoice shows wrong VAT number", "Hannah Okafor", "Kestrel Logistics", "Pending", "Normal", "Marcus Lee", "11 Mar 2026 17:40"),
    4817: ("Export to CSV times out", "Jonas Becker", "Northwind Analytics", "Open", "High", None, "11 Mar 2026 15:02"),
    4815: ("Duplicate charge on March invoice", "Aiko Tanaka", "Lumen Foods", "Open", "Normal", None, "11 Mar 2026 11:26"),
    4814: ("How do I add a second admin?", "Sofia Marin", "Pebble & Pine", "Open", "Low", ME, "10 Mar 2026 16:18"),
    4812: ("Webhook deliveries failing with 502", "Rahul Iyer", "Quayside Apps", "Open", "Urgent", None, "10 Mar 2026 14:05"),
    4810: ("Request to delete my account", "Grace Mulligan", "", "Pending", "Normal", "Marcus Lee", "10 Mar 2026 09:33"),
    4809: ("Shipping label not generated", "Olu Adeyemi", "Kestrel Logistics", "Open", "High", None, "09 Mar 2026 18:47"),
    4806: ("Feature request: dark mode", "Lena Novak", "Northwind Analytics", "On hold", "Low", None, "09 Mar 2026 10:12"),
    4803: ("Refund not received", "Ben Carter", "Harbourside Café", "Open", "Normal", "Sam Ortiz", "08 Mar 2026 13:29"),
    4801: ("SSO setup with Okta", "Mei Lin", "Quayside Apps", "Open", "Normal", ME, "08 Mar 2026 09:58"),
    4833: ("Password reset email never arrives", "Carlos Mendes", "Brightline Dental", "Open", "High", None, "12 Mar 2026 10:02"),
    4834: ("Bulk import stuck at 80%", "Fatima Zahra", "Pebble & Pine", "Open", "Urgent", None, "12 Mar 2026 10:37"),
    4836: ("Charged after cancelling subscription", "Ellen Brooks", "Harbourside Café", "Open", "High", None, "12 Mar 2026 11:05"),
}
INBOX_V1 = [4801, 4803, 4806, 4809, 4810, 4812, 4814, 4815, 4817, 4818, 4819, 4821]  # by number
PRIO = {"Urgent": 0, "High": 1, "Normal": 2, "Low": 3}


def inbox_v2():
    keys = [k for k in INBOX_V1 if k != 4815] + [4833, 4834]
    return sorted(keys, key=lambda k: (PRIO[TICKETS[k][4]], -k))


def inbox_v3():
    keys = [k for k in INBOX_V1 if k not in (4815, 4819)] + [4833, 4834, 4836]
    return sorted(keys, key=lambda k: -k)  # newest first


CUSTOMERS = {  # key: name, email, company, tickets, last activity (sortable), shown
    "priya": ("Priya Raman", "priya.raman@lumenfoods.com", "Lumen Foods", 7, "2026-03-12", "12 Mar 2026"),
    "tomas": ("Tomás Ferreira", "tomas@brightlinedental.pt", "Brightline Dental", 3, "2026-03-12", "12 Mar 2026"),
    "hannah": ("Hannah Okafor", "h.okafor@kestrel-logistics.co.uk", "Kestrel Logistics", 5, "2026-03-11", "11 Mar 2026"),
    "jonas": ("Jonas Becker", "jonas.becker@northwind.io", "Northwind Analytics", 2, "2026-03-11", "11 Mar 2026"),
    "aiko": ("Aiko Tanaka", "aiko@lumenfoods.com", "Lumen Foods", 4, "2026-03-10", "10 Mar 2026"),
    "sofia": ("Sofia Marin", "sofia@pebbleandpine.com", "Pebble & Pine", 1, "2026-03-10", "10 Mar 2026"),
    "rahul": ("Rahul Iyer", "rahul@quayside.dev", "Quayside Apps", 9, "2026-03-09", "9 Mar 2026"),
    "grace": ("Grace Mulligan", "grace.mulligan@gmail.com", "", 1, "2026-03-01", "1 Mar 2026"),
    "olu": ("Olu Adeyemi", "olu.adeyemi@kestrel-logistics.co.uk", "Kestrel Logistics", 6, "2026-03-09", "9 Mar 2026"),
    "lena": ("Lena Novak", "lena@northwind.io", "Northwind Analytics", 2, "2026-02-27", "27 Feb 2026"),
    "ben": ("Ben Carter", "ben@harboursidecafe.co.uk", "Harbourside Café", 3, "2026-03-08", "8 Mar 2026"),
    "mei": ("Mei Lin", "mei.lin@quayside.dev", "Quayside Apps", 4, "2026-03-05", "5 Mar 2026"),
    "carlos": ("Carlos Mendes", "carlos.mendes@brightlinedental.pt", "Brightline Dental", 1, "2026-03-12", "12 Mar 2026"),
    "fatima": ("Fatima Zahra", "fatima@pebbleandpine.com", "Pebble & Pine", 2, "2026-03-12", "12 Mar 2026"),
    "ellen": ("Ellen Brooks", "ellen.brooks@harboursidecafe.co.uk", "Harbourside Café", 1, "2026-03-12", "12 Mar 2026"),
}
CUST_V1 = ["aiko", "ben", "grace", "hannah", "jonas", "lena", "mei", "olu", "priya", "rahul", "sofia", "tomas"]  # by first name


def cust_v2():
    keys = [k for k in CUST_V1 if k != "grace"] + ["carlos", "fatima"]
    return sorted(keys, key=lambda k: (CUSTOMERS[k][4], CUSTOMERS[k][3]), reverse=True)


def cust_v3():
    keys = [k for k in CUST_V1 if k != "grace"] + ["carlos", "fatima", "ellen"]
    return sorted(keys, key=lambda k: CUSTOMERS[k][0].split()[-1])  # by last name


ARTICLES = {  # slug: title v1/v2, title v3, snippet, views
    "reset-password": ("How do I reset my password?", "Reset your password", "Use the Forgot password link on the sign-in page.", 9120),
    "refund-timeline": ("When will I get my refund?", "When will I get my refund?", "Refunds reach your bank 5–10 working days after we receive the return.", 7410),
    "change-plan": ("Changing or cancelling your plan", "Changing or cancelling your plan", "Upgrade, downgrade or cancel from Billing settings.", 5230),
    "invoices": ("Downloading invoices and receipts", "Download invoices and receipts", "Every invoice is available as a PDF under Billing.", 6050),
    "two-factor": ("Setting up two-factor authentication", "Setting up two-factor authentication", "Protect your account with an authenticator app.", 3180),
    "add-users": ("Adding users to your workspace", "Adding users to your workspace", "Invite teammates and choose their role.", 2890),
    "shipping-times": ("Shipping times and tracking", "Shipping times and tracking", "Standard delivery takes 2–4 working days.", 4400),
    "api-keys": ("Creating and rotating API keys", "Creating and rotating API keys", "Keys are created per workspace under Developers.", 1270),
    "export-data": ("Exporting your data", "Exporting your data", "Download all tickets and contacts as CSV or JSON.", 3960),
}
ART_V1 = ["reset-password", "refund-timeline", "change-plan", "invoices", "two-factor", "add-users", "shipping-times", "api-keys"]


def art_v2():
    keys = [k for k in ART_V1 if k != "api-keys"] + ["export-data"]
    return sorted(keys, key=lambda k: -ARTICLES[k][3])


CATEGORIES = [("billing", "Billing & payments"), ("account", "Account & login"), ("orders", "Orders"),
              ("shipping", "Shipping & delivery"), ("returns", "Returns & refunds"), ("api", "Developers & API")]
CATEGORIES_V2 = [c for c in CATEGORIES if c[0] != "api"] + [("security", "Security & privacy")]
RECENT = ["refund-timeline", "invoices", "reset-password"]

MESSAGES = [  # key, author, role, when, text
    ("m1", "Priya Raman", "customer", "10 Mar 2026, 16:02",
     "Hi, I returned order #10458 on 28 February and I still haven't had my refund of £84.50. Can you check?"),
    ("m2", "Marcus Lee", "agent", "10 Mar 2026, 17:25",
     "Thanks Priya, I can see the return arrived on 3 March. I've asked our finance team to look into it."),
    ("m3", "Marcus Lee", "note", "10 Mar 2026, 17:27",
     "Finance says the refund batch on 4 March failed for some card payments. Waiting on a re-run."),
    ("m4", "Priya Raman", "customer", "11 Mar 2026, 08:40",
     "Any news? My bank says nothing has come through yet."),
    ("m5", ME, "agent", "11 Mar 2026, 10:05",
     "Sorry for the wait, Priya. The refund has been re-issued today and should arrive within 3 working days."),
    ("m6", "Priya Raman", "customer", "12 Mar 2026, 09:14",
     "It's still not there and the order page says the refund is pending. Please escalate."),
]
CCS = [("aiko", "Aiko Tanaka", "aiko@lumenfoods.com"), ("finance", "Lumen Foods Accounts", "accounts@lumenfoods.com")]
RELATED = [(4803, "Refund not received"), (4790, "Refund for order #10311 delayed"), (4772, "Return label request")]

EVENTS = [("assigned", "Ticket assigned to me"), ("reply", "Customer replied"), ("mention", "I'm mentioned in a note"),
          ("sla", "SLA about to breach"), ("new", "New ticket in my groups"), ("digest", "Daily summary")]
TOKENS = [("zapier", "Zapier integration", "3 Jan 2026", "today"), ("reporting", "Reporting script", "14 Nov 2025", "11 Mar 2026"),
          ("slack", "Old Slack bot", "2 May 2024", "19 Aug 2025")]
TOKENS_V2 = [("warehouse", "Data warehouse sync", "10 Mar 2026", "today"), ("zapier", "Zapier integration", "3 Jan 2026", "today"),
             ("reporting", "Reporting script", "14 Nov 2025", "11 Mar 2026")]
SESSIONS = [("chrome", "Chrome on macOS", "London, UK · this device"), ("iphone", "Safari on iPhone", "London, UK · 2 hours ago"),
            ("firefox", "Firefox on Windows", "Leeds, UK · 3 days ago"), ("edge", "Edge on Windows", "Dublin, IE · 12 days ago")]


def X(key, **kw):
    """Attributes with the data-expect marker."""
    return attrs(data__expect=key, **kw)


def opts(items, selected=None):
    return "".join(f"<option{' selected' if o == selected else ''}>{e(o)}</option>" for o in items)


STATUSES = ["Open", "Pending", "On hold", "Solved"]
PRIORITIES = ["Low", "Normal", "High", "Urgent"]
AGENTS = [ME, "Marcus Lee", "Sam Ortiz", "Ingrid Sørensen"]
GROUPS = ["Billing", "Technical support", "Shipping", "Onboarding"]
MACROS = ["Refund: re-issued", "Refund: escalate to finance", "Ask for order number", "Close: no reply in 7 days"]
TOPICS = ["Billing", "Orders & shipping", "Account access", "Technical issue"]


# -- v1: Rails / jQuery ---------------------------------------------------------------------------

def header_v1():
    nav = [("inbox.html", "Tickets", "nav-inbox", "nav_tickets"), ("customers.html", "Customers", "nav-customers", "nav_customers"),
           ("help.html", "Help Center", "nav-help", "nav_help_center"), ("settings.html", "Settings", "nav-settings", "nav_settings")]
    links = " ".join(f'<li><a href="{h}"{X(k, id_=i)}>{t}</a></li>' for h, t, k, i in nav)
    return f"""<div id="header">
  <a href="inbox.html" id="logo"{X("logo")}>Tidewater Support</a>
  <ul id="main_nav">{links}</ul>
  <form id="global_search" action="search" method="get">
    <input type="text" id="q" name="q" placeholder="Search tickets"{X("global-search")}>
    <input type="submit" value="Go" id="global_search_submit"{X("global-search-go")}>
  </form>
  <a href="tickets/new" id="new_ticket_link" class="btn"{X("new-ticket")}>+ New ticket</a>
  <span class="current_user">{ME}</span> <a href="logout" id="logout_link" data-method="delete"{X("logout")}>Sign out</a>
</div>"""


def footer_v1():
    return f"""<div id="footer">
  <a href="shortcuts"{X("footer-shortcuts", id_="shortcuts_link")}>Keyboard shortcuts</a> ·
  <a href="https://status.tidewater.io"{X("footer-status")}>System status</a> ·
  <a href="/api/docs"{X("footer-api")}>API docs</a>
  <p>&copy; 2026 Tidewater Software Ltd.</p>
</div>"""


def inbox_page_v1():
    views = [("view-mine", "My open tickets", 4), ("view-unassigned", "Unassigned", 7), ("view-open", "All open", 10),
             ("view-pending", "Pending", 2), ("view-solved", "Recently solved", None), ("view-spam", "Spam", 3)]
    side = "".join(f'<li><a href="?view={k[5:]}" id="view_{k[5:]}"{X(k)}>{t}</a>{f" <span class=count>({c})</span>" if c else ""}</li>'
                   for k, t, c in views)
    rows = ""
    for n in INBOX_V1:
        subj, req, comp, status, prio, who, upd = TICKETS[n]
        assign = "" if who == ME else f'<button type="button" class="btn-link" id="ticket_{n}_assign"{X(f"assign-{n}")}>Assign to me</button> '
        rows += f"""
    <tr id="ticket_{n}" class="ticket {'odd' if len(rows) % 2 else 'even'}">
      <td><input type="checkbox" name="ticket_ids[]" value="{n}" id="ticket_ids_{n}"{X(f"sel-{n}")}></td>
      <td>#{n}</td><td><a href="ticket.html?id={n}" id="ticket_{n}_link"{X(f"open-{n}")}>{e(subj)}</a></td>
      <td>{e(req)}<br><small>{e(comp) or "&mdash;"}</small></td><td>{status}</td><td class="prio prio_{prio.lower()}">{prio}</td>
      <td>{e(who) if who else '<em>Unassigned</em>'}</td><td>{upd}</td>
      <td class="actions">{assign}<button type="button" class="btn-link" id="ticket_{n}_close"{X(f"close-{n}")}>Close</button>
        <a href="tickets/{n}/merge" id="ticket_{n}_merge"{X(f"merge-{n}")}>Merge</a>
        <button type="button" class="btn-link" id="ticket_{n}_snooze"{X(f"snooze-{n}")}>Snooze</button></td>
    </tr>"""
    body = f"""{header_v1()}
<table id="layout"><tr>
<td id="sidebar" valign="top">
  <h3>Views</h3>
  <ul id="views">{side}</ul>
</td>
<td id="content" valign="top">
  <h1{X("heading")}>Tickets</h1>
  <form id="ticket_filters" action="inbox.html" method="get">
    <label for="filter_status">Status</label>
    <select id="filter_status" name="filter[status]"{X("filter-status")}>{opts(["Any"] + STATUSES)}</select>
    <label for="filter_priority">Priority</label>
    <select id="filter_priority" name="filter[priority]"{X("filter-priority")}>{opts(["Any"] + PRIORITIES)}</select>
    <label for="filter_assignee">Assignee</label>
    <select id="filter_assignee" name="filter[assignee]"{X("filter-assignee")}>{opts(["Anyone", "Unassigned"] + AGENTS)}</select>
    <label for="filter_channel">Channel</label>
    <select id="filter_channel" name="filter[channel]"{X("filter-channel")}>{opts(["Any", "Email", "Web form", "Chat", "Phone"])}</select>
    <input type="submit" value="Filter" id="filter_submit"{X("filter-apply")}>
    <a href="inbox.html" id="clear_filters"{X("filter-clear")}>Clear filters</a>
  </form>
  <div id="bulk_actions">With selected:
    <button type="button" id="bulk_assign"{X("bulk-assign")}>Assign to me</button>
    <button type="button" id="bulk_close"{X("bulk-close")}>Close selected</button>
    <button type="button" id="bulk_spam"{X("bulk-spam")}>Mark as spam</button>
    <label for="bulk_group">Move to group</label>
    <select id="bulk_group" name="bulk[group]"{X("bulk-group")}>{opts(["-- choose --"] + GROUPS)}</select>
    <input type="submit" value="Apply" id="bulk_apply"{X("bulk-apply")}>
  </div>
  <table id="tickets" class="list" cellspacing="0">
    <thead><tr><th><input type="checkbox" id="check_all"{X("select-all")}></th><th>#</th>
      <th><a href="?sort=subject"{X("sort-subject")}>Subject</a></th><th><a href="?sort=requester"{X("sort-requester")}>Requester</a></th>
      <th>Status</th><th><a href="?sort=priority"{X("sort-priority")}>Priority</a></th><th>Assignee</th>
      <th><a href="?sort=updated_at"{X("sort-updated")}>Updated</a></th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <div class="pagination">
    <a href="?page=0" class="prev_page"{X("prev")}>&laquo; Previous</a> <em class="current">1</em>
    <a href="?page=2"{X("page-2")}>2</a> <a href="?page=3"{X("page-3")}>3</a>
    <a href="?page=2" class="next_page" rel="next"{X("next")}>Next &raquo;</a>
    <label for="per_page">Per page</label> <select id="per_page" name="per_page"{X("per-page")}>{opts(["25", "50", "100"])}</select>
  </div>
</td></tr></table>
{footer_v1()}"""
    return page("Tickets - Tidewater Support", body)


def ticket_page_v1():
    msgs = ""
    for key, who, kind, when, text in MESSAGES:
        if kind == "note":
            acts = (f'<a href="#" id="comment_{key}_edit"{X(f"edit-note-{key}")}>Edit note</a> '
                    f'<a href="#" id="comment_{key}_delete" data-confirm="Delete this note?"{X(f"del-note-{key}")}>Delete note</a>')
        else:
            acts = f'<a href="#" class="quote"{X(f"quote-{key}")}>Quote</a> <a href="#" class="forward"{X(f"fwd-{key}")}>Forward</a>'
            if kind == "customer":
                acts += f' <a href="#" class="original"{X(f"orig-{key}")}>Show original</a>'
        label = " <span class=note_badge>Internal note</span>" if kind == "note" else ""
        msgs += f"""
    <div class="comment {kind}" id="comment_{key}"><p class="meta"><strong>{e(who)}</strong>{label} &middot; {when}</p>
      <p>{e(text)}</p><p class="comment_actions">{acts}</p></div>"""
    ccs = "".join(f'<li>{e(n)} &lt;{m}&gt; <a href="#" id="cc_{k}_remove"{X(f"remove-cc-{k}")}>Remove</a></li>' for k, n, m in CCS)
    related = "".join(f'<li><a href="ticket.html?id={n}"{X(f"related-{n}")}>#{n} {e(s)}</a> '
                      f'<button type="button" id="unlink_{n}"{X(f"unlink-{n}")}>Unlink</button></li>' for n, s in RELATED)
    body = f"""{header_v1()}
<div id="ticket_nav">
  <a href="inbox.html" id="back_to_list"{X("back")}>&laquo; Back to tickets</a>
  <a href="ticket.html?id=4819" id="prev_ticket"{X("prev-ticket")}>Previous ticket</a> |
  <a href="ticket.html?id=4833" id="next_ticket"{X("next-ticket")}>Next ticket</a>
</div>
<table id="layout"><tr><td id="content" valign="top">
  <h1{X("heading")}>#4821 Refund not received for order #10458</h1>
  <p class="ticket_tools">
    <a href="javascript:window.print()" id="print_ticket"{X("print")}>Print</a> |
    <a href="tickets/4821/spam" id="mark_spam"{X("spam")}>Mark as spam</a> |
    <a href="tickets/4821/merge" id="merge_ticket"{X("merge")}>Merge into another ticket</a> |
    <input type="checkbox" id="follow_ticket" name="follow"{X("follow")}> <label for="follow_ticket">Follow this ticket</label>
  </p>
  <div id="comments">{msgs}
  </div>
  <form id="new_comment" action="tickets/4821/comments" method="post">
    <p><input type="radio" name="comment[public]" value="1" id="comment_public_true" checked{X("reply-public")}> <label for="comment_public_true">Public reply</label>
       <input type="radio" name="comment[public]" value="0" id="comment_public_false"{X("reply-internal")}> <label for="comment_public_false">Internal note</label></p>
    <table class="form">
      <tr><td><label for="comment_to">To</label></td><td><input type="text" id="comment_to" name="comment[to]" value="priya.raman@lumenfoods.com" size="40"{X("reply-to")}></td></tr>
      <tr><td><label for="comment_cc">CC</label></td><td><input type="text" id="comment_cc" name="comment[cc]" size="40"{X("reply-cc")}></td></tr>
      <tr><td><label for="comment_body">Message</label></td><td><textarea id="comment_body" name="comment[body]" rows="6" cols="70"{X("reply-body")}></textarea></td></tr>
      <tr><td><label for="comment_attachment">Attach file</label></td><td><input type="file" id="comment_attachment" name="comment[attachment]"{X("attach")}>
        <a href="#" id="insert_article"{X("insert-article")}>Insert article link</a></td></tr>
      <tr><td><label for="macro_id">Apply macro</label></td><td><select id="macro_id" name="macro_id"{X("macro")}>{opts(["-- Select a macro --"] + MACROS)}</select>
        <input type="button" value="Apply" id="apply_macro"{X("macro-apply")}></td></tr>
      <tr><td><label for="comment_status">Submit as</label></td><td><select id="comment_status" name="ticket[status_after]"{X("submit-status")}>{opts(STATUSES, "Pending")}</select>
        <input type="submit" value="Submit" id="comment_submit" name="commit"{X("send")}>
        <a href="#" id="discard_draft"{X("discard")}>Discard draft</a></td></tr>
    </table>
  </form>
</td><td id="sidebar" valign="top" width="280">
  <form id="edit_ticket_4821" action="tickets/4821" method="post">
    <h3>Ticket properties</h3>
    <p><label for="ticket_status">Status</label><br><select id="ticket_status" name="ticket[status]"{X("status")}>{opts(STATUSES, "Open")}</select></p>
    <p><label for="ticket_priority">Priority</label><br><select id="ticket_priority" name="ticket[priority]"{X("priority")}>{opts(PRIORITIES, "High")}</select></p>
    <p><label for="ticket_ticket_type">Type</label><br><select id="ticket_ticket_type" name="ticket[ticket_type]"{X("type")}>{opts(["Question", "Incident", "Problem", "Task"], "Incident")}</select></p>
    <p><label for="ticket_group_id">Group</label><br><select id="ticket_group_id" name="ticket[group_id]"{X("group")}>{opts(GROUPS, "Billing")}</select></p>
    <p><label for="ticket_assignee_id">Assignee</label><br><select id="ticket_assignee_id" name="ticket[assignee_id]"{X("assignee")}>{opts(["-- Unassigned --"] + AGENTS)}</select>
      <a href="#" id="take_it"{X("take")}>Assign to me</a></p>
    <p><label for="ticket_tag_list">Tags</label><br><input type="text" id="ticket_tag_list" name="ticket[tag_list]" value="refund, finance"{X("tags")}></p>
    <p><label for="ticket_due_at">Due date</label><br><input type="text" id="ticket_due_at" name="ticket[due_at]" placeholder="dd/mm/yyyy"{X("due-date")}></p>
    <p><label for="ticket_order_number">Order number</label><br><input type="text" id="ticket_order_number" name="ticket[custom][order_number]" value="10458"{X("order-number")}></p>
    <p><input type="submit" value="Update ticket" id="update_ticket"{X("update-props")}></p>
  </form>
  <h3>Requester</h3>
  <p><a href="customers.html?id=priya" id="requester_link"{X("requester-link")}>Priya Raman</a><br>priya.raman@lumenfoods.com<br>Lumen Foods</p>
  <p><a href="inbox.html?requester=priya" id="requester_tickets"{X("requester-tickets")}>View all tickets (7)</a> |
     <a href="customers.html?id=priya&amp;edit=1" id="requester_edit"{X("requester-edit")}>Edit</a></p>
  <h3>CCs</h3>
  <ul id="ccs">{ccs}</ul>
  <h3>Related tickets</h3>
  <ul id="related">{related}</ul>
  <p><label for="link_ticket_id">Link a ticket</label> <input type="text" id="link_ticket_id" name="link[ticket_id]" size="8"{X("link-input")}>
     <input type="button" value="Link" id="link_ticket"{X("link-add")}></p>
  <h3>Time tracking</h3>
  <p><label for="time_spent">Time spent (minutes)</label> <input type="text" id="time_spent" name="time_entry[minutes]" size="5"{X("time-spent")}>
     <input type="button" value="Log time" id="log_time"{X("log-time")}></p>
</td></tr></table>
{footer_v1()}"""
    return page("#4821 Refund not received for order #10458 - Tidewater Support", body)


def hc_header_v1():
    return f"""<div id="hc_header">
  <a href="help.html" id="hc_logo"{X("hc-logo")}>Tidewater Help Center</a>
  <a href="help.html#new_request" id="submit_request"{X("submit-request")}>Submit a request</a>
  <a href="/signin" id="hc_signin"{X("signin")}>Sign in</a>
  <select id="locale" name="locale"{X("language")}>{opts(["English (UK)", "Deutsch", "Español", "Français"])}</select>
</div>"""


def help_page_v1():
    cats = "".join(f'<li><a href="help.html?category={k}" id="category_{k}"{X(f"cat-{k}")}>{e(t)}</a></li>' for k, t in CATEGORIES)
    arts = ""
    for k in ART_V1:
        title, _, snip, _ = ARTICLES[k]
        s = k.replace("-", "_")
        arts += f"""
    <li class="article" id="article_{s}"><a href="articles/{k}" class="article_title"{X(f"art-{k}")}>{e(title)}</a>
      <p>{e(snip)} <a href="articles/{k}" class="read_more"{X(f"read-{k}")}>Read more</a></p>
      <p class="vote">Was this helpful?
        <button type="button" class="vote_up" id="vote_up_{s}"{X(f"yes-{k}")}>Yes</button>
        <button type="button" class="vote_down" id="vote_down_{s}"{X(f"no-{k}")}>No</button></p></li>"""
    recent = "".join(f'<li><a href="articles/{k}"{X(f"rv-{k}")}>{e(ARTICLES[k][0])}</a></li>' for k in RECENT)
    body = f"""{hc_header_v1()}
<div id="hc_hero">
  <h1{X("heading")}>How can we help you?</h1>
  <form id="hc_search" action="search" method="get">
    <label for="query">Search the Help Center</label>
    <input type="text" id="query" name="query" size="50"{X("search")}>
    <input type="submit" value="Search" id="search_submit"{X("search-submit")}>
  </form>
</div>
<table id="layout"><tr><td id="content" valign="top">
  <h2>Categories</h2>
  <ul id="categories">{cats}</ul>
  <h2>Promoted articles</h2>
  <ul id="articles">{arts}
  </ul>
  <p><a href="articles" id="more_articles"{X("more-articles")}>See more articles</a></p>
  <h2 id="new_request">Submit a request</h2>
  <form id="request_form" action="requests" method="post">
    <p><label for="request_name">Your name</label><br><input type="text" id="request_name" name="request[name]"{X("c-name")}></p>
    <p><label for="request_email">Your email address</label><br><input type="text" id="request_email" name="request[email]"{X("c-email")}></p>
    <p><label for="request_order">Order number</label><br><input type="text" id="request_order" name="request[custom_fields][order]"{X("c-order")}></p>
    <p><label for="request_topic">Topic</label><br><select id="request_topic" name="request[topic]"{X("c-topic")}>{opts(["-"] + TOPICS)}</select></p>
    <p><label for="request_subject">Subject</label><br><input type="text" id="request_subject" name="request[subject]" size="60"{X("c-subject")}></p>
    <p><label for="request_description">Description</label><br><textarea id="request_description" name="request[description]" rows="7" cols="60"{X("c-message")}></textarea></p>
    <p><label for="request_attachment">Attachments</label><br><input type="file" id="request_attachment" name="request[attachments][]"{X("c-file")}></p>
    <p><input type="checkbox" id="request_copy" name="request[send_copy]"{X("c-copy")}> <label for="request_copy">Send me a copy of this request</label></p>
    <p><input type="submit" value="Submit" id="request_submit"{X("c-submit")}></p>
  </form>
</td><td id="hc_sidebar" valign="top" width="260">
  <h3>Recently viewed articles</h3>
  <ul>{recent}</ul>
  <h3>Product updates</h3>
  <form id="subscribe"><label for="subscribe_email">Email</label> <input type="text" id="subscribe_email" name="subscription[email]"{X("subscribe-email")}>
    <input type="submit" value="Subscribe" id="subscribe_submit"{X("subscribe")}></form>
</td></tr></table>
<div id="hc_footer">
  <a href="/community"{X("footer-community")}>Community forum</a> | <a href="https://status.tidewater.io"{X("footer-status")}>System status</a> |
  <a href="/privacy"{X("footer-privacy")}>Privacy</a> | <a href="/terms"{X("footer-terms")}>Terms of service</a>
</div>"""
    return page("Tidewater Help Center", body)


def customers_page_v1():
    rows = ""
    for k in CUST_V1:
        name, mail, comp, n, _, last = CUSTOMERS[k]
        rows += f"""
    <tr id="customer_{k}">
      <td><input type="checkbox" name="customer_ids[]" value="{k}" id="customer_ids_{k}"{X(f"sel-{k}")}></td>
      <td><a href="customers/{k}" id="customer_{k}_link"{X(f"cust-{k}")}>{e(name)}</a></td><td>{mail}</td><td>{e(comp) or "&mdash;"}</td>
      <td>{n}</td><td>{last}</td>
      <td class="actions"><a href="customers/{k}/edit" id="customer_{k}_edit"{X(f"edit-{k}")}>Edit</a>
        <button type="button" id="customer_{k}_block"{X(f"block-{k}")}>Block</button>
        <a href="customers/{k}" data-method="delete" data-confirm="Are you sure?" id="customer_{k}_delete"{X(f"delete-{k}")}>Delete</a></td>
    </tr>"""
    orgs = sorted({c[2] for c in CUSTOMERS.values() if c[2]})
    body = f"""{header_v1()}
<div id="content">
  <h1{X("heading")}>Customers</h1>
  <form id="customer_search" action="customers.html" method="get">
    <label for="customer_q">Search customers</label> <input type="text" id="customer_q" name="q"{X("search")}>
    <input type="submit" value="Search" id="customer_search_submit"{X("search-go")}>
    <label for="organization_id">Organization</label>
    <select id="organization_id" name="organization_id"{X("org-filter")}>{opts(["All organizations"] + orgs)}</select>
    <input type="checkbox" id="blocked_only" name="blocked"{X("blocked-only")}> <label for="blocked_only">Show blocked only</label>
  </form>
  <p class="toolbar"><a href="customers/new" id="new_customer"{X("add")}>Add customer</a> |
    <a href="customers/import" id="import_customers"{X("import")}>Import CSV</a> |
    <a href="customers.csv" id="export_customers"{X("export")}>Export CSV</a> |
    <button type="button" id="bulk_delete"{X("bulk-delete")}>Delete selected</button></p>
  <table id="customers" class="list" cellspacing="0">
    <thead><tr><th><input type="checkbox" id="check_all"{X("select-all")}></th>
      <th><a href="?sort=name"{X("sort-name")}>Name</a></th><th>Email</th><th><a href="?sort=organization"{X("sort-org")}>Organization</a></th>
      <th><a href="?sort=tickets"{X("sort-tickets")}>Tickets</a></th><th><a href="?sort=last_seen"{X("sort-activity")}>Last activity</a></th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <div class="pagination"><a href="?page=0" class="prev_page"{X("prev")}>&laquo; Previous</a> <em class="current">1</em>
    <a href="?page=2"{X("page-2")}>2</a> <a href="?page=2" class="next_page"{X("next")}>Next &raquo;</a></div>
</div>
{footer_v1()}"""
    return page("Customers - Tidewater Support", body)


def settings_page_v1():
    matrix = "".join(f"""
      <tr><td>{e(t)}</td><td><input type="checkbox" name="user[notify][{k}][email]" id="notify_{k}_email"{' checked' if k != 'digest' else ''}{X(f"n-{k}-email")}></td>
        <td><input type="checkbox" name="user[notify][{k}][browser]" id="notify_{k}_browser"{' checked' if k in ('assigned', 'mention') else ''}{X(f"n-{k}-push")}></td></tr>"""
                     for k, t in EVENTS)
    tokens = "".join(f'<tr><td>{e(n)}</td><td>{c}</td><td>{u}</td><td><input type="button" value="Revoke" id="token_{k}_revoke"{X(f"revoke-{k}")}></td></tr>'
                     for k, n, c, u in TOKENS)
    sessions = "".join(f'<tr><td>{n}</td><td>{w}</td><td>'
                       + ("<em>Current session</em>" if k == "chrome" else f'<a href="sessions/{k}" data-method="delete"{X(f"session-{k}")}>Sign out</a>')
                       + "</td></tr>" for k, n, w in SESSIONS)
    avail = "".join(f'<input type="radio" name="user[availability]" value="{v.lower()}" id="user_availability_{v.lower()}"{" checked" if v == "Online" else ""}{X(f"avail-{v.lower()}")}> '
                    f'<label for="user_availability_{v.lower()}">{v}</label> ' for v in ("Online", "Away", "Offline"))
    body = f"""{header_v1()}
<div id="content">
  <h1{X("heading")}>My profile</h1>
  <form id="edit_user" action="profile" method="post">
    <h2>Profile</h2>
    <table class="form">
      <tr><td><label for="user_name">Display name</label></td><td><input type="text" id="user_name" name="user[name]" value="{ME}"{X("name")}></td></tr>
      <tr><td><label for="user_email">Email</label></td><td><input type="text" id="user_email" name="user[email]" value="dana@tidewater.io"{X("email")}></td></tr>
      <tr><td><label for="user_phone">Phone</label></td><td><input type="text" id="user_phone" name="user[phone]" value="+44 20 7946 0321"{X("phone")}></td></tr>
      <tr><td><label for="user_time_zone">Time zone</label></td><td><select id="user_time_zone" name="user[time_zone]"{X("timezone")}>{opts(["(GMT+00:00) London", "(GMT+01:00) Berlin", "(GMT-05:00) New York"])}</select></td></tr>
      <tr><td><label for="user_locale">Language</label></td><td><select id="user_locale" name="user[locale]"{X("language")}>{opts(["English", "Deutsch", "Español"])}</select></td></tr>
      <tr><td><label for="user_signature">Signature</label></td><td><textarea id="user_signature" name="user[signature]" rows="3" cols="50"{X("signature")}>Dana – Tidewater Support</textarea></td></tr>
      <tr><td><label for="user_avatar">Photo</label></td><td><input type="file" id="user_avatar" name="user[avatar]"{X("avatar")}></td></tr>
      <tr><td><label for="user_keyboard_shortcuts">Keyboard shortcuts</label></td><td><input type="checkbox" id="user_keyboard_shortcuts" name="user[keyboard_shortcuts]" checked{X("shortcuts")}></td></tr>
      <tr><td><label for="user_compact">Compact inbox</label></td><td><input type="checkbox" id="user_compact" name="user[compact]"{X("density")}></td></tr>
    </table>
    <input type="submit" value="Save profile" id="save_profile"{X("save-profile")}>
  </form>
  <form id="change_password" action="password" method="post">
    <h2>Password</h2>
    <table class="form">
      <tr><td><label for="user_current_password">Current password</label></td><td><input type="password" id="user_current_password" name="user[current_password]"{X("pw-current")}></td></tr>
      <tr><td><label for="user_password">New password</label></td><td><input type="password" id="user_password" name="user[password]"{X("pw-new")}></td></tr>
      <tr><td><label for="user_password_confirmation">Confirm new password</label></td><td><input type="password" id="user_password_confirmation" name="user[password_confirmation]"{X("pw-confirm")}></td></tr>
    </table>
    <input type="submit" value="Change password" id="change_password_submit"{X("pw-submit")}>
    <input type="button" value="Enable two-factor authentication" id="enable_2fa"{X("2fa")}>
  </form>
  <form id="notifications" action="notifications" method="post">
    <h2>Availability</h2>
    <p>{avail}</p>
    <h2>Notifications</h2>
    <table class="matrix"><thead><tr><th>Event</th><th>Email</th><th>Browser</th></tr></thead><tbody>{matrix}
    </tbody></table>
    <p><label for="user_sound">Sound</label> <select id="user_sound" name="user[sound]"{X("n-sound")}>{opts(["Ding", "Chime", "None"])}</select></p>
    <p><input type="checkbox" id="user_ooo" name="user[out_of_office]"{X("ooo")}> <label for="user_ooo">Send an auto-reply when I'm away</label></p>
    <p><label for="user_ooo_message">Auto-reply message</label><br><textarea id="user_ooo_message" name="user[ooo_message]" rows="3" cols="50"{X("ooo-msg")}></textarea></p>
    <input type="submit" value="Save notifications" id="save_notifications"{X("save-notif")}>
  </form>
  <h2>API tokens</h2>
  <table class="list"><thead><tr><th>Name</th><th>Created</th><th>Last used</th><th></th></tr></thead><tbody>{tokens}</tbody></table>
  <p><input type="button" value="Generate new token" id="new_token"{X("token-new")}></p>
  <h2>Active sessions</h2>
  <table class="list"><tbody>{sessions}</tbody></table>
  <p><a href="sessions" data-method="delete" id="sign_out_all"{X("session-all")}>Sign out all other sessions</a></p>
  <h2>Deactivate</h2>
  <p><input type="button" value="Deactivate my account" id="deactivate_account"{X("deactivate")}></p>
</div>
{footer_v1()}"""
    return page("My profile - Tidewater Support", body)


# -- v2: React rewrite ----------------------------------------------------------------------------

def ico(shape="rect"):
    inner = '<circle cx="8" cy="8" r="7"/>' if shape == "circle" else '<rect width="16" height="16" rx="3"/>'
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{inner}</svg>'


def shell_v2(current, main):
    nav = [("inbox", "inbox.html", "Inbox"), ("customers", "customers.html", "Customers"),
           ("help", "help.html", "Help Center"), ("settings", "settings.html", "Settings")]
    items = "".join(f'<a href="{h}" class="tw-nav__link{" is-active" if k == current else ""}"{" aria-current=page" if k == current else ""}'
                    f'{X("nav-" + k, data__testid="nav-" + k)}>{t}</a>' for k, h, t in nav)
    return f"""<div class="tw-app">
<header class="tw-topbar">
  <a href="inbox.html" class="tw-brand"{X("logo", data__testid="brand")}>Tidewater</a>
  <nav class="tw-nav">{items}</nav>
  <input type="search" class="tw-search" placeholder="Search tickets, customers, articles"{X("global-search", data__testid="global-search")}>
  <button type="button" class="tw-btn tw-btn--primary"{X("new-ticket", data__testid="new-ticket")}>{ico()} New ticket</button>
</header>
{main}
<footer class="tw-footer">
  <a href="shortcuts"{X("footer-shortcuts")}>Shortcuts</a> <a href="https://status.tidewater.io"{X("footer-status")}>Status</a>
  <span>Tidewater Support 4.2</span>
</footer>
</div>"""


def inbox_page_v2():
    views = [("view-mine", "Mine", 4), ("view-unassigned", "Unassigned", 8), ("view-open", "All open", 12),
             ("view-pending", "Pending", 2), ("view-overdue", "Overdue", 1), ("view-solved", "Solved", None)]
    side = "".join(f'<a href="?view={k[5:]}" class="tw-view{" is-active" if k == "view-mine" else ""}"{X(k, data__testid=k)}>{t}'
                   f'{f" <span class=tw-badge>{c}</span>" if c else ""}</a>' for k, t, c in views)
    rows = ""
    for n in inbox_v2():
        subj, req, comp, status, prio, who, upd = TICKETS[n]
        take = "" if who == ME else f'<button type="button" class="tw-btn tw-btn--sm"{X(f"assign-{n}", data__testid="row-take")}>Take</button>'
        rows += f"""
      <tr class="tw-row" data-ticket="{n}">
        <td><input type="checkbox" aria-label="Select #{n}"{X(f"sel-{n}", data__testid="row-select")}></td>
        <td><span class="tw-prio tw-prio--{prio.lower()}">{prio}</span></td>
        <td><a href="ticket.html?id={n}" class="tw-row__subject"{X(f"open-{n}")}>{e(subj)}</a><div class="tw-muted">#{n} · {status}</div></td>
        <td>{e(req)}<div class="tw-muted">{e(comp)}</div></td><td>{e(who) if who else "—"}</td><td>{upd[:6]}, {upd[-5:]}</td>
        <td class="tw-row__actions">{take}
          <button type="button" class="tw-btn tw-btn--sm"{X(f"close-{n}", data__testid="row-solve")}>Solve</button>
          <button type="button" class="tw-icon" aria-label="Snooze"{X(f"snooze-{n}", data__testid="row-snooze")}>{ico("circle")}</button>
          <button type="button" class="tw-icon" aria-label="More actions" aria-haspopup="menu" aria-expanded="false"{X(f"more-{n}")}>{ico()}</button>
          <ul role="menu" hidden><li role="menuitem">Merge</li><li role="menuitem">Mark as spam</li><li role="menuitem">Copy link</li></ul>
        </td>
      </tr>"""
    main = f"""<div class="tw-body">
<aside class="tw-sidebar">
  <h2 class="tw-sidebar__title">Views</h2>
  <nav class="tw-views">{side}</nav>
  <a href="logout" class="tw-sidebar__bottom"{X("logout", data__testid="logout")}>Log out</a>
</aside>
<main class="tw-main">
  <div class="tw-pagehead"><h1{X("heading")}>Inbox</h1></div>
  <div class="tw-filters">
    <button type="button" role="combobox" aria-expanded="false" aria-label="Status" class="tw-combobox"{X("filter-status", data__testid="filter-status")}>Any status</button>
    <label class="tw-field">Priority <select{X("filter-priority", data__testid="filter-priority")}>{opts(["All priorities"] + PRIORITIES)}</select></label>
    <label class="tw-field">Assigned to <select{X("filter-assignee", data__testid="filter-assignee")}>{opts(["Anyone", "Unassigned"] + AGENTS)}</select></label>
    <button type="button" class="tw-btn tw-btn--ghost"{X("filter-clear")}>Reset</button>
  </div>
  <div class="tw-bulkbar">
    <label class="tw-check"><input type="checkbox"{X("select-all", data__testid="select-all")}> Select all</label>
    <button type="button" class="tw-btn tw-btn--sm"{X("bulk-assign", data__testid="bulk-assign")}>Assign selected to me</button>
    <button type="button" class="tw-btn tw-btn--sm"{X("bulk-close", data__testid="bulk-solve")}>Solve selected</button>
    <button type="button" class="tw-btn tw-btn--sm"{X("bulk-spam")}>Mark spam</button>
    <button type="button" class="tw-btn tw-btn--sm"{X("bulk-export")}>Export selected</button>
  </div>
  <table class="tw-table">
    <thead><tr><th></th>
      <th><button type="button" class="tw-sort"{X("sort-priority")}>Priority</button></th>
      <th><button type="button" class="tw-sort"{X("sort-subject")}>Subject</button></th>
      <th><button type="button" class="tw-sort"{X("sort-requester")}>Customer</button></th>
      <th>Assignee</th><th><button type="button" class="tw-sort" aria-sort="descending"{X("sort-updated")}>Last updated</button></th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <div class="tw-pager">
    <label class="tw-field">Rows per page <select{X("per-page")}>{opts(["25", "50", "100"])}</select></label>
    <button type="button" class="tw-icon" aria-label="Previous page"{X("prev")}>{ico()}</button>
    <button type="button" class="tw-page" aria-current="page">1</button>
    <button type="button" class="tw-page"{X("page-2")}>2</button>
    <button type="button" class="tw-page"{X("page-3")}>3</button>
    <button type="button" class="tw-icon" aria-label="Next page"{X("next")}>{ico()}</button>
  </div>
</main>
</div>"""
    return page("Inbox · Tidewater", shell_v2("inbox", main), css="app.css")


def ticket_page_v2():
    msgs = ""
    for key, who, kind, when, text in reversed(MESSAGES):  # newest first
        if kind == "note":
            acts = (f'<button type="button" class="tw-icon" aria-label="Edit note"{X(f"edit-note-{key}")}>{ico()}</button>'
                    f'<button type="button" class="tw-icon" aria-label="Delete note"{X(f"del-note-{key}")}>{ico("circle")}</button>')
        else:
            acts = (f'<button type="button" class="tw-icon" aria-label="Quote"{X(f"quote-{key}", data__testid="msg-quote")}>{ico()}</button>'
                    f'<button type="button" class="tw-icon" aria-label="Forward"{X(f"fwd-{key}", data__testid="msg-forward")}>{ico("circle")}</button>')
            if kind == "customer":
                acts += f'<button type="button" class="tw-btn tw-btn--link"{X(f"orig-{key}")}>View original email</button>'
        badge = '<span class="tw-badge tw-badge--note">Internal</span>' if kind == "note" else ""
        msgs += f"""
      <article class="tw-msg tw-msg--{kind}"><header class="tw-msg__head"><strong>{e(who)}</strong> {badge}<time>{when}</time>
        <div class="tw-msg__actions">{acts}</div></header><p>{e(text)}</p></article>"""
    ccs = "".join(f'<li>{e(n)} <button type="button" class="tw-icon tw-icon--xs" aria-label="Remove"{X(f"remove-cc-{k}")}>{ico()}</button></li>' for k, n, _ in CCS)
    related = "".join(f'<li><a href="ticket.html?id={n}"{X(f"related-{n}")}>#{n} {e(s)}</a> '
                      f'<button type="button" class="tw-icon tw-icon--xs" aria-label="Unlink"{X(f"unlink-{n}")}>{ico()}</button></li>'
                      for n, s in sorted(RELATED))
    main = f"""<main class="tw-main tw-ticket">
  <div class="tw-ticket__bar">
    <a href="inbox.html" class="tw-btn tw-btn--ghost"{X("back", data__testid="back-to-inbox")}>← Inbox</a>
    <button type="button" class="tw-icon" aria-label="Previous ticket"{X("prev-ticket")}>{ico()}</button>
    <button type="button" class="tw-icon" aria-label="Next ticket"{X("next-ticket")}>{ico()}</button>
    <button type="button" class="tw-btn tw-btn--ghost" aria-pressed="false"{X("follow", data__testid="follow")}>Follow</button>
    <button type="button" class="tw-btn tw-btn--ghost"{X("merge", data__testid="merge")}>Merge into…</button>
  </div>
  <div class="tw-ticket__grid">
  <section class="tw-ticket__main">
    <h1{X("heading")}>Refund not received for order #10458 <span class="tw-muted">#4821</span></h1>
    <div class="tw-composer">
      <div role="tablist" aria-label="Reply type">
        <button type="button" role="tab" aria-selected="true"{X("reply-public", data__testid="composer-public")}>Reply</button>
        <button type="button" role="tab" aria-selected="false"{X("reply-internal", data__testid="composer-internal")}>Internal note</button>
      </div>
      <input type="text" aria-label="CC" placeholder="Add CC"{X("reply-cc", data__testid="composer-cc")}>
      <textarea rows="5" placeholder="Write your reply…"{X("reply-body", data__testid="composer-body")}></textarea>
      <div class="tw-composer__tools">
        <button type="button" class="tw-btn tw-btn--ghost"{X("attach")}>Attach files</button>
        <button type="button" class="tw-btn tw-btn--ghost"{X("insert-article")}>Insert article</button>
        <button type="button" role="combobox" aria-expanded="false" class="tw-combobox"{X("macro", data__testid="macro-picker")}>Apply macro</button>
      </div>
      <div class="tw-composer__send">
        <label class="tw-field">Set status <select{X("submit-status", data__testid="status-after")}>{opts(STATUSES, "Pending")}</select></label>
        <button type="button" class="tw-icon" aria-label="Discard draft"{X("discard")}>{ico("circle")}</button>
        <button type="submit" class="tw-btn tw-btn--primary"{X("send", data__testid="composer-send")}>Send</button>
      </div>
    </div>
    <div class="tw-thread">{msgs}
    </div>
  </section>
  <aside class="tw-ticket__side">
    <form class="tw-props">
      <fieldset><legend>Ticket properties</legend>
        <label class="tw-field">Status <select{X("status", data__testid="prop-status")}>{opts(STATUSES, "Open")}</select></label>
        <label class="tw-field">Priority <select{X("priority", data__testid="prop-priority")}>{opts(PRIORITIES, "High")}</select></label>
        <label class="tw-field">Type <select{X("type", data__testid="prop-type")}>{opts(["Question", "Incident", "Problem", "Task"], "Incident")}</select></label>
        <label class="tw-field">Team <select{X("group", data__testid="prop-team")}>{opts(GROUPS, "Billing")}</select></label>
        <label class="tw-field">Assignee <input type="text" role="combobox" aria-expanded="false" placeholder="Unassigned"{X("assignee", data__testid="prop-assignee")}></label>
        <button type="button" class="tw-btn tw-btn--link"{X("take")}>Take it</button>
        <label class="tw-field">Tags <input type="text" placeholder="Add tags"{X("tags", data__testid="prop-tags")}></label>
        <label class="tw-field">Due <input type="date"{X("due-date")}></label>
        <label class="tw-field">Order # <input type="text" value="10458"{X("order-number")}></label>
        <button type="submit" class="tw-btn tw-btn--primary"{X("update-props", data__testid="props-save")}>Save</button>
      </fieldset>
    </form>
    <section class="tw-card"><h2>Jira issue</h2>
      <label class="tw-field">Type <select{X("jira-type")}>{opts(["Bug", "Story", "Task"])}</select></label>
      <label class="tw-field">Issue key <input type="text" placeholder="e.g. PAY-123"{X("jira-key")}></label>
      <button type="button" class="tw-btn"{X("jira-link")}>Link issue</button>
    </section>
    <section class="tw-card"><h2>Customer</h2>
      <a href="customers.html?id=priya"{X("requester-link")}>Priya Raman</a> <span class="tw-muted">Lumen Foods</span>
      <button type="button" class="tw-icon" aria-label="Edit customer"{X("requester-edit")}>{ico()}</button>
      <p><a href="inbox.html?requester=priya"{X("requester-tickets")}>7 tickets</a></p>
      <h3>CC'd</h3><ul class="tw-list">{ccs}</ul>
    </section>
    <section class="tw-card"><h2>Linked tickets</h2>
      <ul class="tw-list">{related}</ul>
      <input type="text" aria-label="Ticket number" placeholder="Ticket number"{X("link-input")}>
      <button type="button" class="tw-btn tw-btn--sm"{X("link-add")}>Link</button>
    </section>
    <section class="tw-card"><h2>Time</h2>
      <label class="tw-field">Time spent <input type="number" min="0" placeholder="min"{X("time-spent")}></label>
      <button type="button" class="tw-btn tw-btn--sm"{X("log-time")}>Add time</button>
    </section>
  </aside>
  </div>
</main>"""
    return page("#4821 Refund not received for order #10458 · Tidewater", shell_v2("inbox", f'<div class="tw-body">{main}</div>'), css="app.css")


def help_page_v2():
    cats = "".join(f'<li class="hc-cat"><a href="help.html?category={k}"{X(f"cat-{k}", data__testid="category-card")}><h3>{e(t)}</h3></a></li>'
                   for k, t in CATEGORIES_V2)
    arts = ""
    for k in art_v2():
        title, _, snip, views = ARTICLES[k]
        arts += f"""
      <li class="hc-article"><a href="articles/{k}" class="hc-article__title"{X(f"art-{k}")}>{e(title)}</a>
        <p class="hc-muted">{e(snip)}</p>
        <div class="hc-vote"><span>Was this helpful?</span>
          <button type="button" class="hc-thumb" aria-label="Helpful"{X(f"yes-{k}", data__testid="vote-up")}>{ico()}</button>
          <button type="button" class="hc-thumb" aria-label="Not helpful"{X(f"no-{k}", data__testid="vote-down")}>{ico("circle")}</button></div></li>"""
    recent = "".join(f'<li><a href="articles/{k}"{X(f"rv-{k}")}>{e(ARTICLES[k][0])}</a></li>' for k in RECENT)
    topics = "".join(f'<label class="hc-radio"><input type="radio" name="topic" value="{t}"{X("topic-" + k)}> {e(t)}</label>'
                     for k, t in zip(("billing", "orders", "account", "tech"), TOPICS))
    body = f"""<header class="hc-header">
  <a href="help.html" class="hc-brand"{X("hc-logo")}>Tidewater <span>Help</span></a>
  <nav class="hc-header__links">
    <a href="#contact"{X("submit-request", data__testid="contact-link")}>Contact us</a>
    <a href="/login"{X("signin", data__testid="login")}>Log in</a>
  </nav>
</header>
<main class="hc-main">
  <section class="hc-hero">
    <h1{X("heading")}>Hi, how can we help?</h1>
    <form class="hc-search" role="search">
      <input type="search" name="query" placeholder="How can we help?"{X("search", data__testid="hc-search")}>
      <button type="submit" class="hc-icon" aria-label="Search"{X("search-submit")}>{ico("circle")}</button>
    </form>
  </section>
  <h2>Browse by topic</h2>
  <ul class="hc-cats">{cats}</ul>
  <h2>Popular articles</h2>
  <ul class="hc-articles">{arts}
  </ul>
  <a href="articles" class="hc-btn"{X("more-articles")}>See all articles</a>
  <section class="hc-recent"><h2>Recently viewed</h2><ul>{recent}</ul></section>
  <section id="contact" class="hc-contact">
    <h2>Still need help? Send us a message</h2>
    <form class="hc-form hc-two-col">
      <fieldset><legend>About you</legend>
        <label class="hc-field">Your name<input type="text" name="name"{X("c-name", data__testid="contact-name")}></label>
        <label class="hc-field">Email address<input type="email" name="email"{X("c-email", data__testid="contact-email")}></label>
        <label class="hc-field">Order number (optional)<input type="text" name="order"{X("c-order")}></label>
      </fieldset>
      <fieldset><legend>Your request</legend>
        <div role="radiogroup" aria-label="Topic" class="hc-radios">{topics}</div>
        <label class="hc-field">Subject<input type="text" name="subject"{X("c-subject", data__testid="contact-subject")}></label>
        <label class="hc-field">Tell us more<textarea name="description" rows="6"{X("c-message", data__testid="contact-body")}></textarea></label>
        <label class="hc-field">Add attachment<input type="file" name="attachments"{X("c-file")}></label>
        <label class="hc-check"><input type="checkbox" name="copy"{X("c-copy")}> Email me a copy</label>
        <button type="submit" class="hc-btn hc-btn--primary"{X("c-submit", data__testid="contact-submit")}>Send message</button>
      </fieldset>
    </form>
  </section>
</main>
<footer class="hc-footer">
  <form class="hc-subscribe"><label>Product updates <input type="email" placeholder="you@company.com"{X("subscribe-email")}></label>
    <button type="submit" class="hc-btn"{X("subscribe")}>Sign up</button></form>
  <label class="hc-field">Language <select{X("language")}>{opts(["English (UK)", "Deutsch", "Español", "Français"])}</select></label>
  <a href="/community"{X("footer-community")}>Community</a> <a href="https://status.tidewater.io"{X("footer-status")}>System status</a>
  <a href="/privacy"{X("footer-privacy")}>Privacy policy</a>
</footer>"""
    return page("Tidewater Help", body, css="hc.css")


def customers_page_v2():
    cards = ""
    for k in cust_v2():
        name, mail, comp, n, _, last = CUSTOMERS[k]
        cards += f"""
      <li class="tw-person">
        <input type="checkbox" aria-label="Select {e(name)}"{X(f"sel-{k}", data__testid="customer-select")}>
        <div class="tw-person__who"><a href="customers/{k}"{X(f"cust-{k}", data__testid="customer-name")}>{e(name)}</a>
          <div class="tw-muted">{mail}</div><div class="tw-muted">{e(comp) or "No organization"} · {n} tickets · last seen {last}</div></div>
        <div class="tw-person__actions">
          <button type="button" class="tw-icon" aria-label="Edit"{X(f"edit-{k}", data__testid="customer-edit")}>{ico()}</button>
          <button type="button" class="tw-btn tw-btn--sm"{X(f"block-{k}", data__testid="customer-suspend")}>Suspend</button>
          <button type="button" class="tw-icon" aria-label="More actions" aria-haspopup="menu" aria-expanded="false"{X(f"more-{k}")}>{ico("circle")}</button>
          <ul role="menu" hidden><li role="menuitem">Merge with…</li><li role="menuitem">Delete customer</li></ul>
        </div>
      </li>"""
    main = f"""<div class="tw-body"><main class="tw-main">
  <div class="tw-pagehead"><h1{X("heading")}>Customers</h1>
    <div><a href="customers/import" role="button" class="tw-btn tw-btn--ghost"{X("import", data__testid="import")}>Import</a>
      <button type="button" class="tw-btn tw-btn--ghost"{X("export")}>Export</button>
      <button type="button" class="tw-btn tw-btn--primary"{X("add", data__testid="new-customer")}>New customer</button></div></div>
  <div class="tw-filters">
    <input type="search" placeholder="Search by name, email or company"{X("search", data__testid="customer-search")}>
    <button type="button" role="combobox" aria-expanded="false" aria-label="Organization" class="tw-combobox"{X("org-filter")}>All organizations</button>
    <label class="tw-check"><input type="checkbox" role="switch"{X("blocked-only")}> Suspended only</label>
    <label class="tw-field">Sort by <select{X("sort-by")}>{opts(["Last activity", "Name", "Organization", "Tickets"])}</select></label>
  </div>
  <div class="tw-bulkbar">
    <label class="tw-check"><input type="checkbox"{X("select-all")}> Select all</label>
    <button type="button" class="tw-btn tw-btn--sm tw-btn--danger"{X("bulk-delete")}>Delete</button>
  </div>
  <ul class="tw-people">{cards}
  </ul>
  <button type="button" class="tw-btn tw-btn--ghost"{X("next", data__testid="load-more")}>Load more</button>
</main>
<aside class="tw-sidebar tw-sidebar--right"><a href="logout"{X("logout", data__testid="logout")}>Log out</a></aside></div>"""
    return page("Customers · Tidewater", shell_v2("customers", main), css="app.css")


def settings_page_v2():
    email = "".join(f'<label class="tw-check"><input type="checkbox" name="email.{k}"{" checked" if k != "digest" else ""}{X(f"n-{k}-email")}> {e(t)}</label>'
                    for k, t in EVENTS)
    browser = "".join(f'<label class="tw-check"><input type="checkbox" name="browser.{k}"{" checked" if k in ("assigned", "mention") else ""}{X(f"n-{k}-push")}> {e(t)}</label>'
                      for k, t in EVENTS if k != "digest")
    tokens = "".join(f'<li class="tw-token"><strong>{e(n)}</strong> <span class="tw-muted">created {c} · last used {u}</span>'
                     f'<button type="button" class="tw-icon" aria-label="Revoke"{X(f"revoke-{k}", data__testid="token-revoke")}>{ico()}</button></li>'
                     for k, n, c, u in TOKENS_V2)
    sessions = "".join(f'<li class="tw-session"><strong>{n}</strong> <span class="tw-muted">{w}</span>'
                       + ("" if k == "chrome" else f'<button type="button" class="tw-btn tw-btn--sm"{X(f"session-{k}", data__testid="session-logout")}>Log out</button>')
                       + "</li>" for k, n, w in SESSIONS)
    avail = "".join(f'<label class="tw-radio"><input type="radio" name="availability" value="{v}"{" checked" if v == "online" else ""}{X(f"avail-{v}")}> {t}</label>'
                    for v, t in (("online", "Available"), ("away", "Away"), ("offline", "Offline")))
    main = f"""<div class="tw-body"><main class="tw-main tw-main--narrow">
  <h1{X("heading")}>Settings</h1>
  <section class="tw-card"><h2>Profile</h2>
    <form class="tw-form">
      <label class="tw-field">Full name<input type="text" value="{ME}"{X("name", data__testid="profile-name")}></label>
      <label class="tw-field">Email<input type="email" value="dana@tidewater.io"{X("email", data__testid="profile-email")}></label>
      <label class="tw-field">Mobile<input type="tel" value="+44 20 7946 0321"{X("phone")}></label>
      <label class="tw-field">Time zone<select{X("timezone")}>{opts(["Europe/London", "Europe/Berlin", "America/New_York"])}</select></label>
      <label class="tw-field">Language<select{X("language")}>{opts(["English", "Deutsch", "Español"])}</select></label>
      <label class="tw-field">Email signature<textarea rows="3"{X("signature")}>Dana – Tidewater Support</textarea></label>
      <button type="button" class="tw-btn tw-btn--ghost"{X("avatar")}>Upload photo</button>
      <label class="tw-check"><input type="checkbox" checked{X("shortcuts")}> Enable keyboard shortcuts</label>
      <button type="submit" class="tw-btn tw-btn--primary"{X("save-profile", data__testid="save")}>Save</button>
    </form>
  </section>
  <section class="tw-card"><h2>Password &amp; security</h2>
    <form class="tw-form">
      <label class="tw-field">Current password<input type="password"{X("pw-current")}></label>
      <label class="tw-field">New password<input type="password"{X("pw-new")}></label>
      <label class="tw-field">Confirm new password<input type="password"{X("pw-confirm")}></label>
      <button type="submit" class="tw-btn tw-btn--primary"{X("pw-submit")}>Update password</button>
      <button type="button" class="tw-btn tw-btn--ghost"{X("2fa")}>Set up 2FA</button>
    </form>
  </section>
  <section class="tw-card"><h2>Notifications</h2>
    <form class="tw-form">
      <div role="radiogroup" aria-label="Availability" class="tw-radios">{avail}</div>
      <div class="tw-two-col">
        <fieldset><legend>Email</legend>{email}</fieldset>
        <fieldset><legend>Browser</legend>{browser}</fieldset>
      </div>
      <label class="tw-field">Notification sound<select{X("n-sound")}>{opts(["Ding", "Chime", "None"])}</select></label>
      <label class="tw-check"><input type="checkbox"{X("ooo")}> Auto-reply when away</label>
      <textarea rows="3" placeholder="Auto-reply message"{X("ooo-msg")}></textarea>
      <button type="submit" class="tw-btn tw-btn--primary"{X("save-notif", data__testid="save")}>Save</button>
    </form>
  </section>
  <section class="tw-card"><h2>API tokens</h2>
    <ul class="tw-list">{tokens}</ul>
    <button type="button" class="tw-btn"{X("token-new")}>Create token</button>
  </section>
  <section class="tw-card"><h2>Sessions</h2>
    <ul class="tw-list">{sessions}</ul>
    <button type="button" class="tw-btn tw-btn--ghost"{X("session-all")}>Log out everywhere else</button>
  </section>
  <a href="settings/deactivate" role="button" class="tw-btn tw-btn--danger"{X("deactivate")}>Deactivate account</a>
</main>
<aside class="tw-sidebar tw-sidebar--right"><a href="logout"{X("logout", data__testid="logout")}>Log out</a></aside></div>"""
    return page("Settings · Tidewater", shell_v2("settings", main), css="app.css")


# -- v3: design system / accessibility pass -------------------------------------------------------

def svg(shape="rect"):
    inner = '<circle cx="10" cy="10" r="9"/>' if shape == "circle" else '<path d="M2 2h16v16H2z"/>'
    return f'<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">{inner}</svg>'


def shell_v3(current, main, side=""):
    nav = [("inbox", "inbox.html", "Inbox"), ("customers", "customers.html", "Customers"),
           ("help", "help.html", "Help Center"), ("settings", "settings.html", "Settings")]
    items = "".join(f'<li><a href="{h}"{" aria-current=page" if k == current else ""}{X("nav-" + k)}>{t}</a></li>' for k, h, t in nav)
    return f"""<a href="#main" class="ds-skip">Skip to main content</a>
<header class="ds-topbar">
  <a href="inbox.html" class="ds-brand"{X("logo")}><img src="img/tidewater.svg" alt="Tidewater Support" width="132" height="26"></a>
  <nav aria-label="Primary"><ul class="ds-nav">{items}</ul></nav>
  <input type="search" role="searchbox" aria-label="Search everything" placeholder="Search"{X("global-search")}>
  <a href="tickets/new" role="button" class="ds-btn ds-btn--primary"{X("new-ticket")}>Create ticket</a>
  <button type="button" class="ds-icon" aria-label="Sign out" title="Sign out"{X("logout")}>{svg("circle")}</button>
</header>
<div class="ds-shell">{side}
<main id="main" class="ds-main">
{main}
</main>
</div>
<footer class="ds-footer"><ul>
  <li><a href="shortcuts"{X("footer-shortcuts")}>Keyboard shortcuts</a></li>
  <li><a href="https://status.tidewater.io"{X("footer-status")}>System status</a></li>
</ul></footer>"""


def inbox_page_v3():
    views = [("view-mine", "My tickets"), ("view-unassigned", "Unassigned"), ("view-open", "All open"),
             ("view-pending", "Pending"), ("view-overdue", "Overdue"), ("view-solved", "Solved")]
    side = ('<nav class="ds-side" aria-label="Views"><h2 class="ds-side__title">Views</h2><ul>'
            + "".join(f'<li><a href="?view={k[5:]}"{" aria-current=page" if k == "view-mine" else ""}{X(k)}>{t}</a></li>' for k, t in views)
            + "</ul></nav>")
    rows = ""
    for n in inbox_v3():
        subj, req, comp, status, prio, who, upd = TICKETS[n]
        take = "" if who == ME else f'<button type="button" class="ds-icon" aria-label="Assign #{n} to me"{X(f"assign-{n}")}>{svg()}</button>'
        rows += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell"><input type="checkbox" aria-label="Select ticket {n}"{X(f"sel-{n}")}></div>
      <div role="gridcell"><a href="ticket.html?id={n}"{X(f"open-{n}")}>{e(subj)}</a><span class="ds-meta">#{n}</span></div>
      <div role="gridcell">{e(req)}<span class="ds-meta">{e(comp)}</span></div>
      <div role="gridcell"><span class="ds-tag">{status}</span> <span class="ds-tag ds-tag--{prio.lower()}">{prio}</span></div>
      <div role="gridcell">{e(who) if who else "Unassigned"}</div><div role="gridcell">{upd[:6]} {upd[-5:]}</div>
      <div role="gridcell" class="ds-actions">{take}
        <button type="button" class="ds-icon" title="Close “{e(subj)}”"{X(f"close-{n}")}>{svg("circle")}</button>
        <button type="button" class="ds-icon" aria-label="Snooze #{n}"{X(f"snooze-{n}")}>{svg()}</button>
        <button type="button" class="ds-icon" aria-label="More actions for #{n}" aria-haspopup="menu" aria-expanded="false"{X(f"more-{n}")}>{svg("circle")}</button>
        <ul role="menu" hidden><li role="menuitem">Merge</li><li role="menuitem">Mark as spam</li></ul>
      </div>
    </div>"""
    status = "".join(f'<label><input type="radio" name="status" value="{v.lower()}"{" checked" if v == "All" else ""}{X("status-" + v.lower())}> {v}</label>'
                     for v in ("All", "Open", "Pending", "Solved"))
    main = f"""<div class="ds-page-head"><h1{X("heading")}>My tickets</h1></div>
<div class="ds-filters">
  <div role="radiogroup" aria-label="Status" class="ds-segmented">{status}</div>
  <label>Priority <select name="priority"{X("filter-priority")}>{opts(["All"] + PRIORITIES)}</select></label>
  <input type="text" role="combobox" aria-expanded="false" aria-label="Assignee" placeholder="Filter by assignee"{X("filter-assignee")}>
  <button type="button" class="ds-btn ds-btn--text"{X("filter-clear")}>Clear all</button>
</div>
<div class="ds-toolbar">
  <label><input type="checkbox"{X("select-all")}> Select all</label>
  <button type="button" class="ds-btn ds-btn--ghost"{X("bulk-assign")}>Assign to me</button>
  <button type="button" class="ds-btn ds-btn--ghost"{X("bulk-close")}>Close</button>
  <button type="button" class="ds-btn ds-btn--ghost"{X("bulk-export")}>Export</button>
</div>
<div role="grid" aria-label="Tickets" class="ds-grid">
  <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader"><span class="ds-sr">Select</span></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-subject")}>Subject</button></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-requester")}>Requester</button></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-priority")}>Status / priority</button></div>
    <div role="columnheader">Assignee</div>
    <div role="columnheader" aria-sort="descending"><button type="button" class="ds-sort"{X("sort-updated")}>Updated</button></div>
    <div role="columnheader"><span class="ds-sr">Actions</span></div></div>{rows}
</div>
<button type="button" class="ds-btn ds-btn--ghost ds-more"{X("next")}>Load more tickets</button>"""
    return page("My tickets | Tidewater Support", shell_v3("inbox", main, side), css="ds.css")


def ticket_page_v3():
    msgs = ""
    for key, who, kind, when, text in reversed(MESSAGES):
        short = when.replace(" 2026,", ",")
        if kind == "note":
            acts = (f'<button type="button" class="ds-icon" aria-label="Edit internal note"{X(f"edit-note-{key}")}>{svg()}</button>'
                    f'<button type="button" class="ds-icon" aria-label="Delete internal note"{X(f"del-note-{key}")}>{svg("circle")}</button>')
        else:
            acts = (f'<button type="button" class="ds-icon" aria-label="Quote {e(who)}, {short}"{X(f"quote-{key}")}>{svg()}</button>'
                    f'<button type="button" class="ds-icon" title="Forward message from {e(who)} ({short})"{X(f"fwd-{key}")}>{svg("circle")}</button>')
        msgs += f"""
    <article class="ds-msg ds-msg--{kind}" aria-label="{'Internal note' if kind == 'note' else 'Message'} from {e(who)}">
      <header><strong>{e(who)}</strong> <time>{short}</time><div class="ds-actions">{acts}</div></header><p>{e(text)}</p></article>"""
    ccs = "".join(f'<li>{e(n)} <button type="button" class="ds-icon ds-icon--xs" aria-label="Remove {e(n)}"{X(f"remove-cc-{k}")}>{svg()}</button></li>' for k, n, _ in CCS)
    prio = "".join(f'<label><input type="radio" name="priority" value="{p.lower()}"{" checked" if p == "High" else ""}{X("priority-" + p.lower())}> {p}</label>'
                   for p in PRIORITIES)
    main = f"""<nav aria-label="Breadcrumb" class="ds-crumbs"><a href="inbox.html"{X("back")}>All tickets</a> / #4821</nav>
<div class="ds-page-head"><h1{X("heading")}>Refund not received for order #10458</h1>
  <div class="ds-row">
    <a href="ticket.html?id=4819" class="ds-icon" aria-label="Previous ticket"{X("prev-ticket")}>{svg()}</a>
    <a href="ticket.html?id=4833" class="ds-icon" aria-label="Next ticket"{X("next-ticket")}>{svg()}</a>
    <label class="ds-switch"><input type="checkbox" role="switch"{X("follow")}> Follow</label>
    <button type="button" class="ds-btn ds-btn--ghost" aria-haspopup="menu" aria-expanded="false"{X("ticket-menu")}>Ticket actions</button>
    <ul role="menu" hidden><li role="menuitem">Merge into another ticket</li><li role="menuitem">Mark as spam</li><li role="menuitem">Print</li></ul>
  </div></div>
<div class="ds-two-col">
<section>
  <form class="ds-composer">
    <div role="radiogroup" aria-label="Reply type" class="ds-segmented">
      <button type="button" role="radio" aria-checked="true"{X("reply-public")}>Public reply</button>
      <button type="button" role="radio" aria-checked="false"{X("reply-internal")}>Internal note</button>
    </div>
    <textarea rows="5" aria-label="Reply" placeholder="Reply to Priya…"{X("reply-body")}></textarea>
    <div class="ds-row">
      <button type="button" class="ds-icon" aria-label="Attach files"{X("attach")}>{svg()}</button>
      <input type="text" role="combobox" aria-expanded="false" aria-label="Macro" placeholder="Search macros"{X("macro")}>
      <label>Status after sending <select{X("submit-status")}>{opts(STATUSES, "Pending")}</select></label>
      <button type="button" class="ds-btn ds-btn--text"{X("discard")}>Discard</button>
      <button type="submit" class="ds-btn ds-btn--primary"{X("send")}>Send reply</button>
    </div>
  </form>
  <div class="ds-thread">{msgs}
  </div>
</section>
<aside class="ds-panel">
  <form class="ds-form" aria-label="Ticket properties">
    <label>Status <select{X("status")}>{opts(STATUSES, "Open")}</select></label>
    <div role="radiogroup" aria-label="Priority" class="ds-segmented">{prio}</div>
    <label>Ticket type <select{X("type")}>{opts(["Question", "Incident", "Problem", "Task"], "Incident")}</select></label>
    <label>Team <select{X("group")}>{opts(GROUPS, "Billing")}</select></label>
    <input type="text" role="combobox" aria-expanded="false" aria-label="Assignee" placeholder="Search agents"{X("assignee")}>
    <button type="button" class="ds-btn ds-btn--text"{X("take")}>Assign to me</button>
    <input type="text" placeholder="Add tags"{X("tags")}>
    <input type="date" placeholder="Due date" aria-label="Due date"{X("due-date")}>
    <input type="text" placeholder="Order number" value="10458"{X("order-number")}>
    <button type="submit" class="ds-btn ds-btn--primary"{X("update-props")}>Save changes</button>
  </form>
  <section class="ds-card"><h2>Jira</h2>
    <label>Issue type <select{X("jira-type")}>{opts(["Bug", "Story", "Task"])}</select></label>
    <input type="text" placeholder="Issue key, e.g. PAY-123"{X("jira-key")}>
    <button type="button" class="ds-btn ds-btn--ghost"{X("jira-link")}>Link Jira issue</button>
  </section>
  <section class="ds-card"><h2>Requester</h2>
    <a href="customers.html?id=priya"{X("requester-link")}>Priya Raman</a>
    <button type="button" class="ds-icon" aria-label="Edit Priya Raman"{X("requester-edit")}>{svg()}</button>
    <p><a href="inbox.html?requester=priya"{X("requester-tickets")}>View 7 tickets</a></p>
    <h3>Also notified</h3><ul>{ccs}</ul>
  </section>
</aside>
</div>"""
    return page("#4821 Refund not received for order #10458 | Tidewater Support", shell_v3("inbox", main), css="ds.css")


def help_page_v3():
    cats = "".join(f'<li><a href="help.html?category={k}" class="ds-tile"{X(f"cat-{k}")}>{e(t)}</a></li>' for k, t in CATEGORIES_V2)
    arts = ""
    for k in art_v2():
        _, title, snip, _ = ARTICLES[k]
        arts += f"""
    <li class="ds-card"><h3><a href="articles/{k}"{X(f"art-{k}")}>{e(title)}</a></h3><p>{e(snip)}</p>
      <div class="ds-row"><span>Helpful?</span>
        <button type="button" class="ds-icon" aria-label="Yes, “{e(title)}” was helpful"{X(f"yes-{k}")}>{svg()}</button>
        <button type="button" class="ds-icon" aria-label="No, “{e(title)}” was not helpful"{X(f"no-{k}")}>{svg("circle")}</button></div></li>"""
    body = f"""<a href="#main" class="ds-skip">Skip to main content</a>
<header class="ds-topbar">
  <a href="help.html" class="ds-brand"{X("hc-logo")}><img src="img/tidewater-help.svg" alt="Tidewater Help Center" width="150" height="26"></a>
  <button type="button" role="combobox" aria-expanded="false" aria-label="Language" class="ds-combobox"{X("language")}>English (UK)</button>
  <a href="/signin"{X("signin")}>Sign in</a>
  <button type="button" class="ds-btn ds-btn--primary" aria-haspopup="dialog"{X("submit-request")}>Contact support</button>
</header>
<main id="main" class="ds-main">
  <h1{X("heading")}>Tidewater Help Center</h1>
  <form role="search" class="ds-row" aria-label="Help articles">
    <input type="search" role="searchbox" aria-label="Search help articles" placeholder="Search articles"{X("search")}>
    <button type="submit" class="ds-icon" aria-label="Search help center"{X("search-submit")}>{svg("circle")}</button>
  </form>
  <h2>Topics</h2>
  <ul class="ds-tiles">{cats}</ul>
  <h2>Most read</h2>
  <ul class="ds-cards">{arts}
  </ul>
  <a href="articles" role="button" class="ds-btn ds-btn--ghost"{X("more-articles")}>Browse all articles</a>
  <dialog open aria-labelledby="contact-title" class="ds-dialog">
    <div class="ds-dialog__head"><h2 id="contact-title">Contact support</h2>
      <button type="button" class="ds-icon" aria-label="Close"{X("dialog-close")}>{svg()}</button></div>
    <form class="ds-form">
      <input type="text" name="name" placeholder="Full name" autocomplete="name"{X("c-name")}>
      <input type="email" name="email" placeholder="Work email" autocomplete="email"{X("c-email")}>
      <input type="text" name="order" placeholder="Order number"{X("c-order")}>
      <input type="text" role="combobox" aria-expanded="false" name="topic" placeholder="Choose a topic"{X("c-topic")}>
      <input type="text" name="subject" placeholder="Subject"{X("c-subject")}>
      <textarea name="description" rows="5" placeholder="Describe the problem"{X("c-message")}></textarea>
      <button type="button" class="ds-btn ds-btn--ghost"{X("c-file")}>Attach files</button>
      <label class="ds-switch"><input type="checkbox" role="switch" name="copy"{X("c-copy")}> Send me a copy</label>
      <button type="submit" class="ds-btn ds-btn--primary"{X("c-submit")}>Submit request</button>
    </form>
  </dialog>
</main>
<footer class="ds-footer">
  <form class="ds-row"><input type="email" aria-label="Email address" placeholder="Email address"{X("subscribe-email")}>
    <button type="submit" class="ds-btn"{X("subscribe")}>Subscribe</button></form>
  <ul>
    <li><a href="/community"{X("footer-community")}>Community</a></li>
    <li><a href="https://status.tidewater.io"{X("footer-status")}>Status</a></li>
    <li><a href="/privacy"{X("footer-privacy")}>Privacy</a></li>
    <li><a href="/accessibility"{X("footer-a11y")}>Accessibility statement</a></li>
  </ul>
</footer>"""
    return page("Help Center | Tidewater", body, css="ds.css")


def customers_page_v3():
    rows = ""
    for k in cust_v3():
        name, mail, comp, n, _, last = CUSTOMERS[k]
        rows += f"""
    <div role="row" class="ds-grid__row ds-grid__row--people">
      <div role="gridcell"><input type="checkbox" aria-label="Select {e(name)}"{X(f"sel-{k}")}></div>
      <div role="gridcell"><a href="customers/{k}"{X(f"cust-{k}")}>{e(name)}</a><span class="ds-meta">{mail}</span></div>
      <div role="gridcell">{e(comp) or "—"}</div><div role="gridcell">{n}</div><div role="gridcell">{last}</div>
      <div role="gridcell" class="ds-actions">
        <button type="button" class="ds-icon" aria-label="Edit {e(name)}"{X(f"edit-{k}")}>{svg()}</button>
        <button type="button" class="ds-icon" aria-label="Suspend {e(name)}"{X(f"block-{k}")}>{svg("circle")}</button>
        <button type="button" class="ds-icon" title="Delete {e(name)}"{X(f"delete-{k}")}>{svg()}</button>
      </div>
    </div>"""
    orgs = sorted({c[2] for c in CUSTOMERS.values() if c[2]})
    main = f"""<div class="ds-page-head"><h1{X("heading")}>Customers</h1>
  <a href="customers/new" role="button" class="ds-btn ds-btn--primary"{X("add")}>Add customer</a></div>
<div class="ds-filters">
  <input type="search" role="searchbox" aria-label="Search customers" placeholder="Name, email or company"{X("search")}>
  <label>Organization <select{X("org-filter")}>{opts(["All"] + orgs)}</select></label>
  <label class="ds-switch"><input type="checkbox" role="switch"{X("blocked-only")}> Show suspended</label>
</div>
<div class="ds-toolbar">
  <label><input type="checkbox"{X("select-all")}> Select all</label>
  <button type="button" class="ds-btn ds-btn--ghost"{X("bulk-delete")}>Delete selected</button>
</div>
<div role="grid" aria-label="Customers" class="ds-grid">
  <div role="row" class="ds-grid__row ds-grid__row--people ds-grid__head"><div role="columnheader"><span class="ds-sr">Select</span></div>
    <div role="columnheader"><button type="button" class="ds-sort" aria-sort="ascending"{X("sort-name")}>Name</button></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-org")}>Organization</button></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-tickets")}>Tickets</button></div>
    <div role="columnheader"><button type="button" class="ds-sort"{X("sort-activity")}>Last seen</button></div>
    <div role="columnheader"><span class="ds-sr">Actions</span></div></div>{rows}
</div>
<nav aria-label="Pagination" class="ds-row">
  <a href="?page=0"{X("prev")}>Previous</a> <span aria-current="page">1</span>
  <a href="?page=2" aria-label="Page 2"{X("page-2")}>2</a> <a href="?page=2"{X("next")}>Next</a>
</nav>
<div class="ds-toolbar ds-toolbar--end">
  <button type="button" class="ds-btn ds-btn--text"{X("import")}>Import contacts</button>
  <button type="button" class="ds-btn ds-btn--text"{X("export")}>Export contacts</button>
</div>"""
    return page("Customers | Tidewater Support", shell_v3("customers", main), css="ds.css")


def settings_page_v3():
    side = ('<nav class="ds-side" aria-label="Settings"><ul>'
            + "".join(f'<li><a href="#{a}"{X("side-" + a)}>{t}</a></li>' for a, t in
                      (("profile", "Profile"), ("security", "Security"), ("notifications", "Notifications"), ("integrations", "Integrations")))
            + "</ul></nav>")
    matrix = "".join(f"""
      <tr><th scope="row">{e(t)}</th>
        <td><input type="checkbox" role="switch" aria-label="Email: {e(t)}"{" checked" if k != "digest" else ""}{X(f"n-{k}-email")}></td>
        <td>{"" if k == "digest" else f'<input type="checkbox" role="switch" aria-label="Browser: {e(t)}"{" checked" if k in ("assigned", "mention") else ""}{X(f"n-{k}-push")}>'}</td></tr>"""
                     for k, t in EVENTS)
    tokens = "".join(f'<li class="ds-row"><strong>{e(n)}</strong> <span class="ds-meta">last used {u}</span>'
                     f'<button type="button" class="ds-icon" aria-label="Revoke {e(n)}"{X(f"revoke-{k}")}>{svg()}</button></li>'
                     for k, n, c, u in TOKENS_V2)
    sessions = "".join(f'<li class="ds-row"><strong>{n}</strong> <span class="ds-meta">{w}</span>'
                       + ("" if k == "chrome" else f'<button type="button" class="ds-icon" aria-label="Sign out {n}"{X(f"session-{k}")}>{svg("circle")}</button>')
                       + "</li>" for k, n, w in SESSIONS)
    avail = "".join(f'<label><input type="radio" name="availability" value="{v}"{" checked" if v == "online" else ""}{X(f"avail-{v}")}> {t}</label>'
                    for v, t in (("online", "Available"), ("away", "Away"), ("offline", "Offline")))

    def pw(ph, key):
        return (f'<div class="ds-password"><input type="password" placeholder="{ph}" aria-label="{ph}"{X(key)}>'
                f'<button type="button" class="ds-icon" aria-label="Show password"{X("show-" + key)}>{svg()}</button></div>')
    main = f"""<h1{X("heading")}>Account settings</h1>
<section id="profile" class="ds-card"><h2>Profile</h2>
  <form class="ds-form ds-two-col">
    <input type="text" placeholder="Full name" value="{ME}"{X("name")}>
    <input type="email" placeholder="Email" value="dana@tidewater.io"{X("email")}>
    <input type="tel" placeholder="Phone number" value="+44 20 7946 0321"{X("phone")}>
    <input type="text" role="combobox" aria-expanded="false" aria-label="Time zone" value="Europe/London"{X("timezone")}>
    <label>Language <select{X("language")}>{opts(["English", "Deutsch", "Español"])}</select></label>
    <textarea rows="3" aria-label="Signature" placeholder="Signature"{X("signature")}>Dana – Tidewater Support</textarea>
    <button type="button" class="ds-btn ds-btn--ghost"{X("avatar")}>Change photo</button>
    <label class="ds-switch"><input type="checkbox" role="switch" checked{X("shortcuts")}> Keyboard shortcuts</label>
    <button type="submit" class="ds-btn ds-btn--primary"{X("save-profile")}>Save profile</button>
  </form>
</section>
<section id="security" class="ds-card"><h2>Security</h2>
  <form class="ds-form">
    {pw("Current password", "pw-current")}
    {pw("New password", "pw-new")}
    {pw("Repeat new password", "pw-confirm")}
    <button type="submit" class="ds-btn ds-btn--primary"{X("pw-submit")}>Change password</button>
    <button type="button" class="ds-btn ds-btn--ghost"{X("2fa")}>Turn on two-step verification</button>
  </form>
  <h3>Where you're signed in</h3>
  <ul>{sessions}</ul>
  <button type="button" class="ds-btn ds-btn--text"{X("session-all")}>Sign out of all other devices</button>
</section>
<section id="notifications" class="ds-card"><h2>Notifications</h2>
  <form class="ds-form">
    <div role="radiogroup" aria-label="Availability" class="ds-segmented">{avail}</div>
    <table class="ds-matrix"><thead><tr><th scope="col">Event</th><th scope="col">Email</th><th scope="col">Browser</th></tr></thead><tbody>{matrix}
    </tbody></table>
    <label class="ds-switch"><input type="checkbox" role="switch"{X("ooo")}> Out of office</label>
    <textarea rows="3" aria-label="Auto-reply message" placeholder="We're away until…"{X("ooo-msg")}></textarea>
    <button type="submit" class="ds-btn ds-btn--primary"{X("save-notif")}>Save notification settings</button>
  </form>
</section>
<section id="integrations" class="ds-card"><h2>API tokens</h2>
  <ul>{tokens}</ul>
  <button type="button" class="ds-btn ds-btn--ghost"{X("token-new")}>New token</button>
</section>
<section class="ds-card ds-card--danger"><h2>Danger zone</h2>
  <button type="button" class="ds-btn ds-btn--danger"{X("deactivate")}>Deactivate account</button>
</section>"""
    return page("Account settings | Tidewater Support", shell_v3("settings", main, side), css="ds.css")


STYLE = """body { font-family: "Lucida Grande", Verdana, sans-serif; font-size: 12px; margin: 0; }
#header { background: #1d3c4f; color: #fff; padding: 8px 12px; } #header a, #header span { color: #fff; margin-right: 8px; }
#main_nav { display: inline; padding: 0; margin: 0 12px; } #main_nav li { display: inline; margin-right: 6px; } #global_search { display: inline; }
#layout { width: 100%; } #sidebar { padding: 12px; background: #f1f4f6; width: 200px; } #content { padding: 12px; }
#views { list-style: none; padding: 0; } #views li { margin: 4px 0; } #ticket_filters, #bulk_actions { margin: 8px 0; }
.list { width: 100%; border-collapse: collapse; } .list td, .list th { padding: 4px 6px; border-bottom: 1px solid #ddd; text-align: left; }
.odd { background: #f9fbfc; } .btn-link { background: none; border: none; color: #1a5f8a; text-decoration: underline; cursor: pointer; padding: 0 2px; }
.pagination { margin: 10px 0; } .comment { border-bottom: 1px solid #ddd; padding: 6px 0; } .comment.note { background: #fff8dc; }
.form td { padding: 3px 6px; vertical-align: top; } #ticket_nav { padding: 6px 12px; background: #f7f7f7; }
#hc_header { background: #0f5c6e; padding: 10px 16px; } #hc_header a { color: #fff; margin-right: 12px; } #hc_hero { padding: 16px; background: #e8f3f5; }
#articles { list-style: none; padding: 0; } .article { border-bottom: 1px solid #eee; padding: 6px 0; } .article p { margin: 4px 0; }
#hc_sidebar { padding: 12px; background: #f6f6f6; } #hc_footer, #footer { padding: 12px; border-top: 1px solid #ccc; color: #555; }
.matrix td, .matrix th { padding: 3px 10px; } .count { color: #777; }
"""
APP_CSS = """body { font-family: Inter, "Segoe UI", sans-serif; margin: 0; font-size: 14px; } .tw-topbar { display: flex; gap: 18px; align-items: center; padding: 10px 20px; background: #10343f; }
.tw-topbar a, .tw-topbar button { color: #fff; } .tw-nav { display: flex; gap: 14px; } .tw-search { flex: 1; max-width: 380px; padding: 6px 10px; }
.tw-body { display: flex; } .tw-sidebar { width: 190px; padding: 14px; background: #f3f6f7; display: flex; flex-direction: column; gap: 6px; }
.tw-sidebar--right { width: 120px; } .tw-views { display: flex; flex-direction: column; gap: 4px; } .tw-view { text-decoration: none; padding: 4px 6px; border-radius: 6px; }
.tw-main { flex: 1; padding: 16px 20px; } .tw-main--narrow { max-width: 720px; } .tw-pagehead { display: flex; justify-content: space-between; align-items: center; }
.tw-btn { display: inline-block; padding: 6px 12px; border-radius: 6px; border: 1px solid #2a6f80; background: #fff; color: #2a6f80; cursor: pointer; text-decoration: none; font-size: 13px; }
.tw-btn--primary { background: #2a6f80; color: #fff; } .tw-btn--ghost { border-color: #c5d3d8; } .tw-btn--sm { padding: 3px 8px; } .tw-btn--link { border: none; text-decoration: underline; padding: 2px; }
.tw-btn--danger { border-color: #b3261e; color: #b3261e; } .tw-icon { width: 28px; height: 28px; border: 1px solid #ccd; border-radius: 6px; background: #fff; cursor: pointer; }
.tw-icon--xs { width: 22px; height: 22px; } .tw-combobox { min-width: 150px; padding: 6px 10px; border: 1px solid #999; background: #fff; text-align: left; }
.tw-filters, .tw-bulkbar, .tw-pager { display: flex; gap: 12px; align-items: center; margin: 10px 0; flex-wrap: wrap; } .tw-field { display: inline-flex; flex-direction: column; gap: 2px; margin: 6px 0; }
.tw-table { width: 100%; border-collapse: collapse; } .tw-table td, .tw-table th { padding: 6px; border-bottom: 1px solid #e5e9eb; text-align: left; }
.tw-muted { color: #6b7a80; font-size: 12px; } .tw-row__actions { white-space: nowrap; } .tw-sort { background: none; border: none; font-weight: 600; cursor: pointer; }
.tw-page { border: 1px solid #ccd; background: #fff; padding: 3px 9px; } .tw-footer { padding: 14px 20px; border-top: 1px solid #e5e9eb; display: flex; gap: 16px; }
.tw-ticket__bar { display: flex; gap: 8px; align-items: center; } .tw-ticket__grid { display: grid; grid-template-columns: 1fr 300px; gap: 20px; }
.tw-composer { border: 1px solid #d5dde0; border-radius: 8px; padding: 10px; } .tw-composer input, .tw-composer textarea { display: block; width: 95%; margin: 6px 0; }
.tw-composer__tools, .tw-composer__send { display: flex; gap: 8px; align-items: center; } .tw-msg { border-bottom: 1px solid #eee; padding: 8px 0; }
.tw-msg--note { background: #fff7e0; } .tw-msg__head { display: flex; gap: 8px; align-items: center; } .tw-msg__actions { margin-left: auto; display: flex; gap: 4px; }
.tw-props fieldset { border: 1px solid #d5dde0; border-radius: 8px; } .tw-props .tw-field { display: flex; } .tw-card { border: 1px solid #d5dde0; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
.tw-list { list-style: none; padding: 0; } .tw-list li { display: flex; gap: 8px; align-items: center; margin: 4px 0; } .tw-check, .tw-radio { display: block; margin: 6px 0; }
.tw-people { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 10px; } .tw-person { display: flex; gap: 10px; border: 1px solid #d5dde0; border-radius: 8px; padding: 10px; }
.tw-person__who { flex: 1; } .tw-person__actions { display: flex; gap: 6px; align-items: flex-start; } .tw-two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.tw-form .tw-field { display: flex; } .tw-badge { background: #e3eef1; border-radius: 8px; padding: 0 6px; font-size: 11px; }
"""
HC_CSS = """body { font-family: Georgia, serif; margin: 0; } .hc-header { display: flex; justify-content: space-between; padding: 14px 28px; background: #0f5c6e; }
.hc-header a { color: #fff; margin-left: 16px; } .hc-main { max-width: 960px; margin: 0 auto; padding: 10px 20px; } .hc-hero { text-align: center; padding: 20px; background: #e8f3f5; }
.hc-search input { width: 420px; padding: 8px; } .hc-icon { width: 34px; height: 34px; } .hc-cats { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.hc-cat a { display: block; border: 1px solid #cfe0e4; border-radius: 8px; padding: 4px 12px; text-decoration: none; } .hc-articles { list-style: none; padding: 0; }
.hc-article { border-bottom: 1px solid #eee; padding: 6px 0; } .hc-muted { color: #666; margin: 4px 0; } .hc-vote { display: flex; gap: 6px; align-items: center; }
.hc-thumb { width: 28px; height: 28px; border: 1px solid #ccc; border-radius: 14px; background: #fff; } .hc-btn { display: inline-block; padding: 8px 14px; border: 1px solid #0f5c6e; border-radius: 4px; background: #fff; color: #0f5c6e; text-decoration: none; }
.hc-btn--primary { background: #0f5c6e; color: #fff; } .hc-two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; } .hc-field { display: block; margin: 8px 0; }
.hc-field input, .hc-field textarea, .hc-field select { display: block; width: 90%; } .hc-radio, .hc-check { display: block; margin: 4px 0; } .hc-footer { padding: 16px 28px; border-top: 1px solid #ddd; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
"""
DS_CSS = """body { font-family: system-ui, sans-serif; margin: 0; font-size: 14px; } .ds-skip { position: absolute; left: -9999px; }
.ds-topbar { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #f4f7f8; border-bottom: 1px solid #dde3e6; }
.ds-nav { display: flex; gap: 14px; list-style: none; margin: 0; padding: 0; } .ds-shell { display: flex; } .ds-side { width: 180px; padding: 16px; }
.ds-side ul { list-style: none; padding: 0; } .ds-side li { margin: 6px 0; } .ds-main { flex: 1; max-width: 1080px; margin: 0 auto; padding: 16px; }
.ds-page-head { display: flex; justify-content: space-between; align-items: center; } .ds-btn { display: inline-block; padding: 6px 14px; border-radius: 4px; background: #0d5566; color: #fff; border: none; text-decoration: none; cursor: pointer; }
.ds-btn--ghost { background: #fff; color: #0d5566; border: 1px solid #0d5566; } .ds-btn--text { background: none; color: #0d5566; text-decoration: underline; } .ds-btn--danger { background: #b3261e; }
.ds-icon { display: inline-block; border: 1px solid #c8d0d4; background: #fff; border-radius: 4px; cursor: pointer; width: 30px; height: 30px; padding: 4px; box-sizing: border-box; }
.ds-icon--xs { width: 24px; height: 24px; padding: 1px; } .ds-filters, .ds-toolbar, .ds-row { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 8px 0; }
.ds-segmented label, .ds-segmented button { display: inline-block; margin-right: 6px; } .ds-grid__row { display: grid; grid-template-columns: 30px 2.6fr 1.6fr 1.2fr 1fr 0.9fr 150px; gap: 6px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; }
.ds-grid__row--people { grid-template-columns: 30px 2.4fr 1.4fr 0.6fr 1fr 120px; } .ds-grid__head { font-weight: 600; } .ds-sort { background: none; border: none; font-weight: 600; cursor: pointer; padding: 0; }
.ds-meta { display: block; color: #667; font-size: 12px; } .ds-tag { background: #eef2f4; border-radius: 4px; padding: 0 5px; font-size: 12px; } .ds-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.ds-two-col { display: grid; grid-template-columns: 1fr 320px; gap: 20px; } .ds-form.ds-two-col { grid-template-columns: 1fr 1fr; } .ds-form label, .ds-form > input, .ds-form > textarea { display: block; margin: 8px 0; }
.ds-switch { display: block; margin: 6px 0; } .ds-card { border: 1px solid #dde3e6; border-radius: 6px; padding: 12px 16px; margin: 12px 0; list-style: none; }
.ds-cards { padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 12px; } .ds-tiles { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.ds-tile { display: block; border: 1px solid #dde3e6; border-radius: 6px; padding: 10px; } .ds-msg { border-bottom: 1px solid #eee; padding: 8px 0; } .ds-msg header { display: flex; gap: 8px; align-items: center; }
.ds-msg--note { background: #fff7e0; } .ds-actions { display: flex; gap: 4px; margin-left: auto; } .ds-composer textarea { display: block; width: 96%; }
.ds-crumbs { margin: 4px 0 8px; } .ds-dialog { position: static; display: block; border: 1px solid #999; border-radius: 8px; padding: 16px; margin: 16px 0; max-width: 560px; }
.ds-dialog__head { display: flex; justify-content: space-between; align-items: center; } .ds-password { display: flex; gap: 6px; align-items: center; margin: 8px 0; }
.ds-matrix td, .ds-matrix th { padding: 4px 12px; text-align: left; } .ds-footer { padding: 16px; border-top: 1px solid #dde3e6; } .ds-footer ul { list-style: none; display: flex; gap: 14px; padding: 0; }
.ds-combobox { min-width: 120px; text-align: left; padding: 4px 8px; border: 1px solid #999; background: #fff; } .ds-more { margin: 12px 0; }
"""


def render():
    return {
        "v1": {"inbox.html": inbox_page_v1(), "ticket.html": ticket_page_v1(), "help.html": help_page_v1(),
               "customers.html": customers_page_v1(), "settings.html": settings_page_v1(), "style.css": STYLE},
        "v2": {"inbox.html": inbox_page_v2(), "ticket.html": ticket_page_v2(), "help.html": help_page_v2(),
               "customers.html": customers_page_v2(), "settings.html": settings_page_v2(), "app.css": APP_CSS, "hc.css": HC_CSS},
        "v3": {"inbox.html": inbox_page_v3(), "ticket.html": ticket_page_v3(), "help.html": help_page_v3(),
               "customers.html": customers_page_v3(), "settings.html": settings_page_v3(), "ds.css": DS_CSS},
    }
