"""Mail: "Postbox", a webmail client — HELD OUT.
Three versions of five pages: inbox (folders, labels and the message list), message (one thread
with its replies, attachments and a quick reply), compose (a new message), contacts (address book
with an add-contact form) and settings (general, signatures, filters, vacation responder,
forwarding and blocked senders). The signed-in user is Sam Whitfield (sam@postbox.example).

v1  older webmail (Horde / SquirrelMail era): `pbx_…` ids and names, layout tables, a folder list
    as text links with counts ("Inbox (5)", "Sent Mail", "Drafts (2)", "Spam (3)", "Trash"), labels
    as links, an unlabelled search box with "Search Mail", a "Compose" text link, a toolbar with
    "Archive" / "Report Spam" / "Delete" buttons, a "Move to:" select with "Go" and "Refresh"; the
    message list as table rows with unlabelled checkboxes, a "Star" / "Unstar" text link, text
    "Archive" | "Delete" per row and "Mark read" on unread rows only, "‹ Newer" / "Older ›",
    "Select: All, None, Unread" links under the list. Message: thread of three messages as
    tables, text "Reply" / "Reply all" / "Forward" / "Show quoted text" per message, attachments with
    "View" / "Download" each and "Download all", a top toolbar (Back to Inbox, Archive, Report Spam,
    Delete, Mark as unread, Print, Move to + Go, Add label select), a quick reply textarea with
    "Send" / "Send & Archive" / "Discard", "Block sender" on the other people's messages.
    Compose: a table form (From select, To / Cc / Bcc each with an "Address book" link, Subject,
    formatting buttons B / I / U / Link / List, body, attachment file input with "Attach",
    Signature select, Priority select, "Request a read receipt", "Save a copy in Sent Mail",
    Send / Save Draft / Discard at the top and Send again at the bottom). Contacts: a table with
    unlabelled checkboxes and text "Email" | "Edit" | "Delete" per row, groups as links, "Import"
    / "Export", a search box with "Find", an "Add a contact" form with labels in table cells (First
    name, Last name, Email, Phone, Company, Group select, Notes, Birthday) and "Save contact" /
    "Clear". Settings: one long table form: General (Language, Time zone, Messages per page,
    Conversation view, images Always / Ask radios), Signatures (Work and Personal, each with a name
    box, a textarea and "Delete"; "Add a signature"; default signature selects for new messages and
    for replies), Filters table with "Edit" | "Delete" per filter and a "Create a new filter" form
    (From, Subject, Has the words, action select, label select, "Also apply to matching
    conversations", "Create filter"), Vacation responder (Off / On radios, First day, Last day,
    Subject, Message, "Only send a response to people in my Contacts"), Forwarding (address, what to
    do with the Postbox copy), Blocked addresses with "Unblock" per row, and two "Save Changes"
    buttons (top and bottom) with "Cancel".
v2  JS-framework rewrite: `data-testid`, often the same test id on every row or card
    ("message-row", "row-archive", "contact-card", "filter-row"); the inbox re-sorted newest first,
    the recruiter mail gone, "Q3 budget review — final numbers" new (a look-alike of Priya's slides
    mail) and a library reminder new; a sidebar "Compose" button and a header "New message" link
    styled as a button; icon buttons named only "Star" / "Archive" / "Delete" / "Mark as read" on
    every row, row checkboxes all named "Select message", an open "More actions" menu on the
    hike row ("Move to…", "Mute conversation", "Report spam"), filter chips (Unread, Starred,
    Has attachment), a custom "Sort" combobox, bulk icon buttons, "Load more". Message: a fourth
    message from Priya, icon buttons "Reply" / "Reply all" / "Forward" / "More" on every message,
    attachments as cards with "Preview" / "Download" icons, "Add label" a combobox, quoted text
    behind "…" buttons, the print link gone, "Block sender" in the open menu of Daniel's message,
    "Print all" gone ("Print message" only in that open menu), the reply box reworded ("Write a
    reply…" label), "Send" and "Discard draft", "Pop out" instead of "Open in full editor",
    "Send & Archive" gone, "Snooze" new.
    Compose: fieldsets, "Cc" / "Bcc" link-buttons revealing fields (Cc shown, Bcc not), the address
    book links gone, a recipient chip "Priya Raman" with "Remove Priya Raman", custom comboboxes for
    From and Signature, a formatting toolbar of icon buttons (underline gone, "Numbered list" new),
    "Attach files" a button, priority gone, "Schedule send" new, "Discard" a link styled as a
    button. Contacts: cards re-sorted by first name, Daniel Okafor gone, "Tomas Becker" new beside
    Tom Becker, icon buttons "Send email" / "Edit contact" / "Delete contact" / "Add to favourites"
    on every card, group chips, the form in fieldsets with reworded labels ("Email address",
    "Phone number", "Organisation", "Label" combobox) and "Save" / "Cancel". Settings: section
    cards with their own "Save" buttons (three of them), reworded labels, a third "Mobile"
    signature, filters re-sorted with the newsletter filter gone and an invoice filter new, "Edit
    filter" / "Delete filter" icons, vacation with the same "On" / "Off" radios, forwarding kept,
    blocked senders with "Unblock" buttons and a new sender.
v3  design-system / accessibility pass: skip link, "Focused" / "Other" tabs over the list,
    role=grid inbox, icon buttons named after the message ("Archive Re: Saturday hike", "Star
    Lunch on Thursday?"), Delete only in closed "More actions for …" menus, Priya's slides mail gone
    while the "final numbers" one stays, "Re: Saturday hike photos" new (a look-alike of Tom's hike
    mail), search with a placeholder only, "New message" the only compose control, labels
    moved under a "Labels" disclosure still open; message: the first two messages collapsed into
    a "2 earlier messages" button, icon buttons named after the sender ("Reply to Priya Raman"),
    attachments moved out of the (collapsed) first message into their own section above the
    thread with buttons named after the file, "Download both as .zip", text buttons "Archive" /
    "Delete" / "Mark as junk" / "Mark unread", native selects for moving and labelling, a
    breadcrumb "Inbox" instead of the back link, "Sign out" moved to the footer; compose: placeholders instead of labels,
    Bcc field shown, switches for the read receipt and "Save to Sent", "Send later" in a
    split-button menu, attachments as a drop zone button; contacts: role=grid, buttons named
    after the contact ("Edit Tom Becker", "Delete Tomas Becker"), an open "New contact" dialog
    with placeholders over the list (birthday gone), the group chips now a "Show group" select,
    "Greta Lindqvist" gone; settings: section links styled as tabs (General, Signatures, "Filters &
    blocked", "Automatic replies"), real Filters / Blocked senders tabs, switches, the images radios
    now one "Ask before showing external images" switch, vacation a switch, the same "Subject"
    placeholder in the new-filter row and in automatic replies, filters
    with "Enabled" switches named after the filter, the starred-Tom filter gone, the Personal
    signature gone, forwarding moved to its own page (gone), blocked senders behind a tab that is
    not selected (gone), one "Save changes" per section reworded.
"""
from common import attrs, e, page


def x(marker):
    return attrs(data__expect=marker)


ME = ("Sam Whitfield", "sam@postbox.example")

# key: sender, address, subject, snippet, date, unread, starred, attachment, label
MESSAGES = {
    "budget": ("Priya Raman", "priya.raman@fernwood.example", "Q3 budget review — slides attached", "Hi all, the slides for Thursday are attached. Please look at the travel line before…", "Mon 9:14", True, True, True, "Work"),
    "booking": ("Northwind Airlines", "bookings@northwind-air.example", "Your booking confirmation LX-4821", "Thank you for booking with Northwind. Your e-ticket and itinerary…", "Sun 18:02", False, False, True, "Travel"),
    "hike": ("Tom Becker", "tom.becker@mailhub.example", "Re: Saturday hike", "Meet at the car park at 8? I'll bring the map and the flask…", "Sun 11:47", True, False, False, None),
    "build": ("Codehub", "noreply@codehub.example", "Build failed: postbox-web #1182", "The job 'integration' failed on branch main after 14 minutes…", "Sat 22:10", False, False, False, "Work"),
    "photos": ("Helen Whitfield", "helen.w@homemail.example", "Photos from the weekend", "Here are the ones from the garden. The dog looks very proud…", "Sat 16:31", False, True, True, "Family"),
    "bill": ("Harbour Energy", "billing@harbourenergy.example", "Your March bill is ready", "Your bill of £84.20 is ready to view. It will be paid by direct…", "Fri 07:00", True, False, False, "Receipts"),
    "lunch": ("Linh Tran", "linh.tran@fernwood.example", "Lunch on Thursday?", "There's a new ramen place near the office, want to try it…", "Thu 12:20", False, False, False, None),
    "recruit": ("Olsen Recruiting", "jobs@olsen-recruiting.example", "An opportunity you might like", "I came across your profile and think you'd be a great fit for…", "Wed 15:45", False, False, False, None),
    "final": ("Priya Raman", "priya.raman@fernwood.example", "Q3 budget review — final numbers", "Updated the spreadsheet with finance's numbers, nothing changes for…", "Today 08:55", True, False, True, "Work"),
    "library": ("City Library", "loans@citylibrary.example", "Your loan is due soon", "The following item is due back on 14 March: The Salt Path…", "Today 07:30", True, False, False, None),
    "hike2": ("Tom Becker", "tom.becker@mailhub.example", "Re: Saturday hike photos", "Finally sorted the photos, the ones from the ridge came out…", "Today 09:40", True, False, True, None),
}
V1_INBOX = ["budget", "booking", "hike", "build", "photos", "bill", "lunch", "recruit"]
V2_INBOX = ["final", "library", "budget", "booking", "hike", "build", "photos", "bill", "lunch"]
V3_INBOX = ["hike2", "final", "library", "hike", "booking", "build", "photos", "bill", "lunch"]

FOLDERS_V1 = [("inbox", "Inbox (5)"), ("starred", "Starred"), ("sent", "Sent Mail"), ("drafts", "Drafts (2)"),
              ("archive", "All Mail"), ("spam", "Spam (3)"), ("trash", "Trash")]
LABELS = ["Work", "Family", "Receipts", "Travel"]

# thread: key, sender, address, date, text
THREAD = {
    "t1": ("Priya Raman", "priya.raman@fernwood.example", "Mon 9:14", "Hi all, the slides for Thursday are attached, along with the spreadsheet. Please look at the travel line before we meet — it is over by about 12 %."),
    "t2": ("Sam Whitfield", "sam@postbox.example", "Mon 10:02", "Thanks Priya. Most of the travel overspend is the Lisbon trip, which was agreed in May. I'll add a note to slide 4."),
    "t3": ("Daniel Okafor", "daniel.okafor@fernwood.example", "Mon 11:30", "Could we move the meeting to 3 pm? I'm at the dentist until 2."),
    "t4": ("Priya Raman", "priya.raman@fernwood.example", "Tue 8:45", "3 pm works. I've moved the invite. Sam, thanks for the note on slide 4."),
}
V1_THREAD = ["t1", "t2", "t3"]
V2_THREAD = ["t1", "t2", "t3", "t4"]
V3_THREAD = ["t3", "t4"]  # t1 and t2 collapsed behind "2 earlier messages"
ATTACHMENTS = [("slides", "Q3-budget-slides.pdf", "2.4 MB"), ("sheet", "Q3-budget.xlsx", "380 KB")]

# contacts: key, first, last, email, phone, company, group
CONTACTS = {
    "priya": ("Priya", "Raman", "priya.raman@fernwood.example", "020 7946 0112", "Fernwood Ltd", "Work"),
    "tom": ("Tom", "Becker", "tom.becker@mailhub.example", "07700 900431", "", "Friends"),
    "linh": ("Linh", "Tran", "linh.tran@fernwood.example", "020 7946 0185", "Fernwood Ltd", "Work"),
    "daniel": ("Daniel", "Okafor", "daniel.okafor@fernwood.example", "020 7946 0190", "Fernwood Ltd", "Work"),
    "helen": ("Helen", "Whitfield", "helen.w@homemail.example", "01632 960 551", "", "Family"),
    "greta": ("Greta", "Lindqvist", "greta@lindqvist-design.example", "07700 900817", "Lindqvist Design", "Friends"),
    "tomas": ("Tomas", "Becker", "tomas.becker@fernwood.example", "020 7946 0203", "Fernwood Ltd", "Work"),
    "ana": ("Ana", "Costa", "ana.costa@mailhub.example", "07700 900222", "", "Friends"),
}
V1_CONTACTS = ["tom", "linh", "daniel", "priya", "greta", "helen"]  # sorted by last name
V2_CONTACTS = ["ana", "greta", "helen", "linh", "priya", "tom", "tomas"]  # by first name
V3_CONTACTS = ["ana", "helen", "linh", "priya", "tom", "tomas"]
GROUPS = ["Family", "Friends", "Work"]

# filters: key, criteria, action
FILTERS = {
    "energy": ("From: billing@harbourenergy.example", "Apply label “Receipts”, skip the Inbox"),
    "news": ("Subject contains: newsletter", "Skip the Inbox, mark as read"),
    "tom": ("From: tom.becker@mailhub.example", "Star it"),
    "codehub": ("From: noreply@codehub.example", "Apply label “Work”"),
    "invoice": ("Subject contains: invoice", "Apply label “Receipts”"),
}
V1_FILTERS = ["energy", "news", "tom", "codehub"]
V2_FILTERS = ["codehub", "energy", "invoice", "tom"]
V3_FILTERS = ["codehub", "energy", "invoice"]

SIGS = {
    "work": ("Work", "Sam Whitfield\nFinance Analyst, Fernwood Ltd\n020 7946 0100"),
    "personal": ("Personal", "Sam"),
    "mobile": ("Mobile", "Sent from my phone — please excuse typos."),
}
V1_SIGS = ["work", "personal"]
V2_SIGS = ["work", "personal", "mobile"]
V3_SIGS = ["work", "mobile"]

BLOCKED = {"shopmart": "deals@shopmart.example", "prize": "no-reply@prize-centre.example", "crypto": "alerts@cryptoboost.example"}
V1_BLOCKED = ["shopmart", "prize"]
V2_BLOCKED = ["crypto", "shopmart", "prize"]

LANGS = ["English (UK)", "English (US)", "Deutsch", "Español", "Français"]
ZONES = ["(GMT+00:00) London", "(GMT+01:00) Berlin", "(GMT-05:00) New York", "(GMT+09:00) Tokyo"]
PER_PAGE = ["25", "50", "100"]
ACTIONS = ["Apply the label", "Skip the Inbox (Archive it)", "Mark as read", "Star it", "Delete it", "Forward it"]


def options(items, selected=None):
    return "".join(f"<option{' selected' if o == selected else ''}>{e(o)}</option>" for o in items)


def contact_name(key):
    c = CONTACTS[key]
    return f"{c[0]} {c[1]}"


# -- v1: Horde / SquirrelMail era ------------------------------------------------------------------

def top_v1(active="inbox"):
    folders = "".join(
        f'<tr><td class="{"cur" if k == active else ""}"><a href="mailbox.php?mailbox={k}" id="pbx_folder_{k}"{x("nav-" + k)}>{t}</a></td></tr>'
        for k, t in FOLDERS_V1)
    labels = "".join(f'<tr><td>&nbsp;&nbsp;<a href="mailbox.php?label={t.lower()}" id="pbx_label_{t.lower()}"{x("label-" + t.lower())}>{t}</a></td></tr>' for t in LABELS)
    return f"""<table class="top" width="100%" cellspacing="0"><tr>
  <td width="180"><a href="mailbox.php" id="pbx_logo"{x("logo")}><img src="img/postbox_logo.gif" alt="Postbox Webmail" width="150" height="36"></a></td>
  <td><form action="search.php" method="get" id="pbx_searchform"><input type="text" name="q" id="pbx_q" size="40"{x("search")}> <input type="submit" value="Search Mail" id="pbx_search_btn"{x("search-go")}> <a href="search.php?advanced=1" class="small"{x("advanced-search")}>Show search options</a></form></td>
  <td align="right" class="small">sam@postbox.example | <a href="contacts.php" id="pbx_contacts_link"{x("nav-contacts")}>Contacts</a> | <a href="settings.php" id="pbx_settings_link"{x("nav-settings")}>Settings</a> | <a href="help.php"{x("help")}>Help</a> | <a href="logout.php" id="pbx_logout"{x("logout")}>Sign out</a></td></tr></table>
<table width="100%" cellspacing="0"><tr><td class="side" valign="top" width="170">
  <p><a href="compose.php" id="pbx_compose" class="compose"{x("compose")}>Compose</a></p>
  <table class="folders" width="100%">{folders}
    <tr><td class="lblhead">Labels</td></tr>{labels}
    <tr><td class="small"><a href="settings.php#labels"{x("manage-labels")}>Manage labels</a></td></tr></table></td>
<td valign="top" class="main">"""


def bottom_v1():
    return f"""</td></tr></table>
<div class="footer">You are using 1.2 GB (12%) of your 10 GB. &nbsp;
  <a href="terms.php"{x("footer-terms")}>Terms</a> - <a href="privacy.php"{x("footer-privacy")}>Privacy</a> -
  <a href="mailbox.php?basic=1"{x("footer-basic")}>Basic HTML view</a><br><span class="small">Postbox Webmail 4.2 &copy; 2011</span></div>"""


def inbox_v1():
    rows = ""
    for n, key in enumerate(V1_INBOX):
        sender, addr, subject, snippet, date, unread, starred, att, label = MESSAGES[key]
        mid = 30410 + n * 13
        star = f'<a href="mailbox.php?star={mid}" id="pbx_star_{mid}"{x("star-" + key)}>{"Unstar" if starred else "Star"}</a>'
        acts = (f'<a href="mailbox.php?archive={mid}"{x("archive-" + key)}>Archive</a> | '
                f'<a href="mailbox.php?delete={mid}"{x("delete-" + key)}>Delete</a>')
        if unread:
            acts += f' | <a href="mailbox.php?seen={mid}"{x("read-" + key)}>Mark read</a>'
        lbl = f' <span class="lbl">{label}</span>' if label else ""
        clip = ' <img src="img/clip.gif" alt="Has attachment" width="9" height="14">' if att else ""
        rows += f"""
    <tr class="{'unread' if unread else 'read'} r{n % 2}" id="pbx_msg_{mid}"><td width="20"><input type="checkbox" name="msg[]" value="{mid}" id="pbx_chk_{mid}"{x("sel-" + key)}></td>
      <td width="40">{star}</td>
      <td width="170"><a href="contacts.php?email={addr}" title="{addr}"{x("sender-" + key)}>{e(sender)}</a></td>
      <td>{lbl}<a href="message.php?id={mid}"{x("subject-" + key)}>{e(subject)}</a> <span class="snip">- {e(snippet)}</span>{clip}</td>
      <td width="80" class="small">{date}</td>
      <td width="170" class="small">{acts}</td></tr>"""
    folders = options(["Inbox", "Archive"] + LABELS + ["Spam", "Trash"])
    body = f"""{top_v1("inbox")}
  <h2{x("heading")}>Inbox</h2>
  <form action="mailbox.php" method="post" id="pbx_mailbox">
  <table class="toolbar" width="100%"><tr><td>
    <input type="checkbox" id="pbx_checkall" title="Select all"{x("select-all")}>
    <input type="submit" name="archive" value="Archive" id="pbx_tb_archive"{x("bulk-archive")}>
    <input type="submit" name="spam" value="Report Spam" id="pbx_tb_spam"{x("bulk-spam")}>
    <input type="submit" name="delete" value="Delete" id="pbx_tb_delete"{x("bulk-delete")}>
    Move to: <select name="target" id="pbx_target"{x("move-to")}>{folders}</select> <input type="submit" name="move" value="Go" id="pbx_move_go"{x("move-go")}>
    <a href="mailbox.php?refresh=1" id="pbx_refresh"{x("refresh")}>Refresh</a></td>
    <td align="right" class="small">1 - 8 of 1,204 &nbsp; <a href="mailbox.php?page=0"{x("newer")}>&lsaquo; Newer</a> <a href="mailbox.php?page=2" id="pbx_older"{x("older")}>Older &rsaquo;</a></td></tr></table>
  <table class="msglist" width="100%" cellspacing="0">
    <tr><th></th><th></th><th>From</th><th>Subject</th><th>Date</th><th>Actions</th></tr>{rows}
  </table>
  <p class="small">Select: <a href="#" onclick="return false"{x("select-all-link")}>All</a>, <a href="#" onclick="return false"{x("select-none")}>None</a>, <a href="#" onclick="return false"{x("select-unread")}>Unread</a></p>
  </form>
{bottom_v1()}"""
    return page("Postbox Webmail :: Inbox (5)", body)


def message_v1():
    msgs = ""
    for n, key in enumerate(V1_THREAD):
        sender, addr, date, text = THREAD[key]
        mine = addr == ME[1]
        block = "" if mine else f' | <a href="settings.php?block={addr}"{x("block-" + key)}>Block sender</a>'
        att = ""
        if key == "t1":
            att = "<table class='att'>" + "".join(
                f'<tr><td><img src="img/att.gif" alt="" width="16" height="16"> {fn} ({size})</td><td><a href="view.php?att={k}" id="pbx_att_view_{k}"{x("att-view-" + k)}>View</a> | <a href="download.php?att={k}" id="pbx_att_dl_{k}"{x("att-download-" + k)}>Download</a></td></tr>'
                for k, fn, size in ATTACHMENTS) + f'<tr><td colspan="2"><a href="download.php?all=1"{x("att-download-all")}>Download all attachments</a></td></tr></table>'
        msgs += f"""
  <table class="msg" width="100%" cellspacing="0" id="pbx_m{n}">
    <tr><td class="mhead"><b><a href="contacts.php?email={addr}"{x("sender-" + key)}>{e(sender)}</a></b> &lt;{addr}&gt;<br><span class="small">to Priya, Daniel, me &middot; {date}</span></td>
      <td class="mhead small" align="right"><a href="compose.php?reply={n}"{x("reply-" + key)}>Reply</a> | <a href="compose.php?replyall={n}"{x("replyall-" + key)}>Reply all</a> | <a href="compose.php?forward={n}"{x("forward-" + key)}>Forward</a>{block}</td></tr>
    <tr><td colspan="2" class="mbody">{e(text)}<br><a href="#" onclick="return false" class="small"{x("quoted-" + key)}>- Show quoted text -</a>{att}</td></tr>
  </table>"""
    labels = options(["Add label…"] + LABELS)
    folders = options(["Inbox", "Archive"] + LABELS + ["Spam", "Trash"])
    body = f"""{top_v1("inbox")}
  <table class="toolbar" width="100%"><tr><td>
    <a href="mailbox.php" id="pbx_back"{x("back")}>&laquo; Back to Inbox</a>
    <input type="button" value="Archive" id="pbx_m_archive"{x("archive")}>
    <input type="button" value="Report Spam" id="pbx_m_spam"{x("spam")}>
    <input type="button" value="Delete" id="pbx_m_delete"{x("delete")}>
    <a href="message.php?unseen=1" id="pbx_m_unread"{x("mark-unread")}>Mark as unread</a>
    Move to: <select id="pbx_m_target" name="target"{x("move-to")}>{folders}</select> <input type="button" value="Go" id="pbx_m_go"{x("move-go")}>
    <select id="pbx_m_label" name="label"{x("label-add")}>{labels}</select></td>
    <td align="right" class="small"><a href="message.php?id=30397"{x("prev")}>&lsaquo; Newer</a> 1 of 1,204 <a href="message.php?id=30436"{x("next")}>Older &rsaquo;</a> | <a href="print.php?id=30410" id="pbx_print"{x("print")}>Print all</a></td></tr></table>
  <h2{x("heading")}>Q3 budget review — slides attached <span class="lbl">Work</span> <a href="message.php?star=1" class="small"{x("star-thread")}>Unstar</a></h2>
  {msgs}
  <form action="send.php" method="post" id="pbx_quickreply">
  <table class="qr" width="100%"><tr><td>
    <b>Quick reply</b> to Priya Raman, Daniel Okafor<br>
    <textarea name="body" id="pbx_qr_body" rows="6" cols="90"{x("reply-text")}></textarea><br>
    <input type="checkbox" name="reply_all" id="pbx_qr_all" checked{x("reply-all-check")}><label for="pbx_qr_all">Reply to all</label>
    <input type="submit" name="send" value="Send" id="pbx_qr_send"{x("send")}>
    <input type="submit" name="send_archive" value="Send &amp; Archive" id="pbx_qr_send_archive"{x("send-archive")}>
    <input type="submit" name="discard" value="Discard" id="pbx_qr_discard"{x("discard")}>
    <a href="compose.php?reply=0&amp;full=1" id="pbx_qr_full"{x("full-editor")}>Open in full editor</a></td></tr></table>
  </form>
{bottom_v1()}"""
    return page("Postbox Webmail :: Q3 budget review — slides attached", body)


FMT_V1 = [("B", "fmt-bold", "Bold"), ("I", "fmt-italic", "Italic"), ("U", "fmt-underline", "Underline"), ("Link", "fmt-link", "Insert link"), ("List", "fmt-list", "Bulleted list")]


def compose_v1():
    fmt = " ".join(f'<input type="button" value="{v}" title="{t}" name="fmt_{m[4:]}"{x(m)}>' for v, m, t in FMT_V1)

    def addr_row(label, name, marker, value=""):
        return (f'<tr><td class="lbl" width="110"><label for="pbx_{name}">{label}:</label></td><td><input type="text" name="{name}" id="pbx_{name}" size="80" value="{value}"{x(marker)}>'
                f' <a href="addressbook.php?field={name}" class="small"{x("book-" + name)}>Address book</a></td></tr>')
    body = f"""{top_v1("drafts")}
  <h2{x("heading")}>Compose message</h2>
  <form action="send.php" method="post" id="pbx_compose_form" enctype="multipart/form-data">
  <p><input type="submit" name="send" value="Send" id="pbx_send_top" class="btn1"{x("send")}>
    <input type="submit" name="draft" value="Save Draft" id="pbx_draft"{x("save-draft")}>
    <input type="submit" name="discard" value="Discard" id="pbx_discard"{x("discard")}></p>
  <table class="form" width="100%" cellspacing="0">
    <tr><td class="lbl"><label for="pbx_from">From:</label></td><td><select name="from" id="pbx_from"{x("from")}><option>Sam Whitfield &lt;sam@postbox.example&gt;</option><option>Sam Whitfield &lt;s.whitfield@fernwood.example&gt;</option></select></td></tr>
    {addr_row("To", "to", "to", "priya.raman@fernwood.example")}
    {addr_row("Cc", "cc", "cc")}
    {addr_row("Bcc", "bcc", "bcc")}
    <tr><td class="lbl"><label for="pbx_subject">Subject:</label></td><td><input type="text" name="subject" id="pbx_subject" size="80"{x("subject")}></td></tr>
    <tr><td class="lbl">Message:</td><td><div class="fmt">{fmt}</div><textarea name="body" id="pbx_body" rows="14" cols="90"{x("body")}></textarea></td></tr>
    <tr><td class="lbl"><label for="pbx_attach">Attachment:</label></td><td><input type="file" name="attach" id="pbx_attach"{x("attach")}> <input type="submit" name="upload" value="Attach" id="pbx_attach_go"{x("attach-add")}> <span class="small">Maximum 25 MB</span></td></tr>
    <tr><td class="lbl"><label for="pbx_sig">Signature:</label></td><td><select name="signature" id="pbx_sig"{x("signature")}><option>None</option><option selected>Work</option><option>Personal</option></select></td></tr>
    <tr><td class="lbl"><label for="pbx_priority">Priority:</label></td><td><select name="priority" id="pbx_priority"{x("priority")}><option>High</option><option selected>Normal</option><option>Low</option></select></td></tr>
    <tr><td></td><td><input type="checkbox" name="receipt" id="pbx_receipt"{x("read-receipt")}><label for="pbx_receipt">Request a read receipt</label><br>
      <input type="checkbox" name="save_sent" id="pbx_save_sent" checked{x("save-sent")}><label for="pbx_save_sent">Save a copy in Sent Mail</label></td></tr>
  </table>
  <p><input type="submit" name="send" value="Send" id="pbx_send_bottom" class="btn1"{x("send-bottom")}></p>
  </form>
{bottom_v1()}"""
    return page("Postbox Webmail :: Compose", body)


def contacts_v1():
    rows = ""
    for n, key in enumerate(V1_CONTACTS):
        first, last, mail, phone, company, group = CONTACTS[key]
        cid = 512 + n * 3
        rows += f"""
    <tr class="r{n % 2}"><td><input type="checkbox" name="cid[]" value="{cid}" id="pbx_c_{cid}"{x("sel-" + key)}></td>
      <td><a href="contacts.php?view={cid}"{x("name-" + key)}>{last}, {first}</a></td><td>{mail}</td><td>{phone}</td><td>{e(company)}</td><td>{group}</td>
      <td class="small"><a href="compose.php?to={mail}"{x("msg-" + key)}>Email</a> | <a href="contacts.php?edit={cid}"{x("edit-" + key)}>Edit</a> | <a href="contacts.php?delete={cid}"{x("delete-" + key)}>Delete</a></td></tr>"""
    groups = " | ".join(f'<a href="contacts.php?group={g.lower()}" id="pbx_group_{g.lower()}"{x("group-" + g.lower())}>{g}</a>' for g in GROUPS)
    body = f"""{top_v1("contacts")}
  <h2{x("heading")}>Contacts</h2>
  <p>Groups: <a href="contacts.php" id="pbx_group_all"{x("group-all")}>All contacts</a> | {groups}</p>
  <table class="toolbar" width="100%"><tr><td>
    <input type="text" name="find" id="pbx_find" size="30"{x("contact-search")}> <input type="submit" value="Find" id="pbx_find_go"{x("contact-search-go")}>
    <input type="submit" name="delete_sel" value="Delete selected" id="pbx_del_sel"{x("bulk-delete")}>
    <input type="submit" name="email_sel" value="Email selected" id="pbx_mail_sel"{x("bulk-email")}></td>
    <td align="right"><a href="import.php" id="pbx_import"{x("import")}>Import</a> | <a href="export.php" id="pbx_export"{x("export")}>Export</a></td></tr></table>
  <table class="contacts" width="100%" cellspacing="0">
    <tr><th><input type="checkbox" id="pbx_c_all" title="Select all"{x("select-all")}></th><th>Name</th><th>Email</th><th>Phone</th><th>Company</th><th>Group</th><th></th></tr>{rows}
  </table>
  <h3 id="add">Add a contact</h3>
  <form action="contacts.php?add=1" method="post" id="pbx_addcontact"><table class="form">
    <tr><td class="lbl"><label for="pbx_first">First name:</label></td><td><input type="text" name="first" id="pbx_first"{x("first-name")}></td>
      <td class="lbl"><label for="pbx_last">Last name:</label></td><td><input type="text" name="last" id="pbx_last"{x("last-name")}></td></tr>
    <tr><td class="lbl"><label for="pbx_cemail">Email:</label></td><td><input type="text" name="email" id="pbx_cemail"{x("email")}></td>
      <td class="lbl"><label for="pbx_cphone">Phone:</label></td><td><input type="text" name="phone" id="pbx_cphone"{x("phone")}></td></tr>
    <tr><td class="lbl"><label for="pbx_ccompany">Company:</label></td><td><input type="text" name="company" id="pbx_ccompany"{x("company")}></td>
      <td class="lbl"><label for="pbx_cgroup">Group:</label></td><td><select name="group" id="pbx_cgroup"{x("group")}><option>(none)</option>{options(GROUPS)}</select></td></tr>
    <tr><td class="lbl"><label for="pbx_cbirthday">Birthday:</label></td><td><input type="text" name="birthday" id="pbx_cbirthday" size="10"{x("birthday")}> <span class="small">dd/mm/yyyy</span></td><td></td><td></td></tr>
    <tr><td class="lbl" valign="top"><label for="pbx_cnotes">Notes:</label></td><td colspan="3"><textarea name="notes" id="pbx_cnotes" rows="3" cols="60"{x("notes")}></textarea></td></tr>
    <tr><td></td><td colspan="3"><input type="submit" value="Save contact" id="pbx_csave"{x("save-contact")}> <input type="reset" value="Clear" id="pbx_cclear"{x("cancel-contact")}></td></tr>
  </table></form>
{bottom_v1()}"""
    return page("Postbox Webmail :: Contacts", body)


def settings_v1():
    sigs = ""
    for key in V1_SIGS:
        name, text = SIGS[key]
        sigs += f"""
    <tr><td class="lbl">Signature name:</td><td><input type="text" name="sig_name[{key}]" id="pbx_sig_name_{key}" value="{name}"{x("sig-name-" + key)}> <a href="settings.php?delsig={key}"{x("sig-delete-" + key)}>Delete</a><br>
      <textarea name="sig_text[{key}]" id="pbx_sig_text_{key}" rows="3" cols="60"{x("sig-text-" + key)}>{e(text)}</textarea></td></tr>"""
    filters = ""
    for n, key in enumerate(V1_FILTERS):
        crit, action = FILTERS[key]
        filters += f"""
    <tr class="r{n % 2}"><td>{e(crit)}</td><td>{e(action)}</td><td class="small"><a href="settings.php?editfilter={n}"{x("filter-edit-" + key)}>Edit</a> | <a href="settings.php?delfilter={n}"{x("filter-delete-" + key)}>Delete</a></td></tr>"""
    blocked = "".join(f'<tr><td>{addr}</td><td><a href="settings.php?unblock={k}"{x("unblock-" + k)}>Unblock</a></td></tr>' for k in V1_BLOCKED for addr in [BLOCKED[k]])
    signames = ["No signature"] + [SIGS[k][0] for k in V1_SIGS]
    body = f"""{top_v1("settings")}
  <h2{x("heading")}>Settings</h2>
  <form action="settings.php" method="post" id="pbx_settings">
  <p><input type="submit" value="Save Changes" id="pbx_save_top"{x("save-top")}> <input type="button" value="Cancel" id="pbx_cancel_top"{x("cancel")}></p>
  <table class="form" width="100%" cellspacing="0">
    <tr><th colspan="2">General</th></tr>
    <tr><td class="lbl" width="240"><label for="pbx_lang">Language:</label></td><td><select name="lang" id="pbx_lang"{x("language")}>{options(LANGS, "English (UK)")}</select></td></tr>
    <tr><td class="lbl"><label for="pbx_tz">Time zone:</label></td><td><select name="tz" id="pbx_tz"{x("timezone")}>{options(ZONES)}</select></td></tr>
    <tr><td class="lbl"><label for="pbx_pp">Maximum page size:</label></td><td><select name="per_page" id="pbx_pp"{x("page-size")}>{options(PER_PAGE)}</select> conversations per page</td></tr>
    <tr><td class="lbl">Conversation view:</td><td><input type="checkbox" name="threads" id="pbx_threads" checked{x("conversation-view")}><label for="pbx_threads">Group replies to the same message together</label></td></tr>
    <tr><td class="lbl">Images:</td><td><input type="radio" name="images" id="pbx_img_always" checked{x("images-always")}><label for="pbx_img_always">Always display external images</label><br>
      <input type="radio" name="images" id="pbx_img_ask"{x("images-ask")}><label for="pbx_img_ask">Ask before displaying external images</label></td></tr>
    <tr><th colspan="2">Signatures</th></tr>{sigs}
    <tr><td></td><td><a href="settings.php?addsig=1" id="pbx_addsig"{x("sig-add")}>Add a signature</a></td></tr>
    <tr><td class="lbl"><label for="pbx_sig_new">Signature for new messages:</label></td><td><select name="sig_new" id="pbx_sig_new"{x("sig-default-new")}>{options(signames, "Work")}</select></td></tr>
    <tr><td class="lbl"><label for="pbx_sig_reply">Signature for replies and forwards:</label></td><td><select name="sig_reply" id="pbx_sig_reply"{x("sig-default-reply")}>{options(signames, "Personal")}</select></td></tr>
    <tr><th colspan="2">Filters</th></tr>
    <tr><td colspan="2"><table class="list" width="100%"><tr><th>Matches</th><th>Do this</th><th></th></tr>{filters}</table></td></tr>
    <tr><td colspan="2"><b>Create a new filter</b></td></tr>
    <tr><td class="lbl"><label for="pbx_nf_from">From:</label></td><td><input type="text" name="nf_from" id="pbx_nf_from" size="40"{x("nf-from")}></td></tr>
    <tr><td class="lbl"><label for="pbx_nf_subject">Subject:</label></td><td><input type="text" name="nf_subject" id="pbx_nf_subject" size="40"{x("nf-subject")}></td></tr>
    <tr><td class="lbl"><label for="pbx_nf_words">Has the words:</label></td><td><input type="text" name="nf_words" id="pbx_nf_words" size="40"{x("nf-words")}></td></tr>
    <tr><td class="lbl"><label for="pbx_nf_action">Action:</label></td><td><select name="nf_action" id="pbx_nf_action"{x("nf-action")}>{options(ACTIONS)}</select>
      <select name="nf_label" id="pbx_nf_label" title="Label"{x("nf-label")}>{options(["Choose label…"] + LABELS)}</select></td></tr>
    <tr><td></td><td><input type="checkbox" name="nf_apply" id="pbx_nf_apply"{x("nf-apply-existing")}><label for="pbx_nf_apply">Also apply filter to matching conversations</label></td></tr>
    <tr><td></td><td><input type="submit" name="nf_create" value="Create filter" id="pbx_nf_create"{x("nf-create")}></td></tr>
    <tr><th colspan="2">Vacation responder</th></tr>
    <tr><td></td><td><input type="radio" name="vac" id="pbx_vac_off" checked{x("vac-off")}><label for="pbx_vac_off">Vacation responder off</label><br>
      <input type="radio" name="vac" id="pbx_vac_on"{x("vac-on")}><label for="pbx_vac_on">Vacation responder on</label></td></tr>
    <tr><td class="lbl"><label for="pbx_vac_start">First day:</label></td><td><input type="text" name="vac_start" id="pbx_vac_start" size="12"{x("vac-start")}>
      <label for="pbx_vac_end">Last day:</label> <input type="text" name="vac_end" id="pbx_vac_end" size="12"{x("vac-end")}></td></tr>
    <tr><td class="lbl"><label for="pbx_vac_subject">Subject:</label></td><td><input type="text" name="vac_subject" id="pbx_vac_subject" size="50"{x("vac-subject")}></td></tr>
    <tr><td class="lbl"><label for="pbx_vac_msg">Message:</label></td><td><textarea name="vac_msg" id="pbx_vac_msg" rows="4" cols="60"{x("vac-message")}></textarea></td></tr>
    <tr><td></td><td><input type="checkbox" name="vac_contacts" id="pbx_vac_contacts"{x("vac-contacts-only")}><label for="pbx_vac_contacts">Only send a response to people in my Contacts</label></td></tr>
    <tr><th colspan="2">Forwarding</th></tr>
    <tr><td class="lbl"><label for="pbx_fwd">Forward a copy of incoming mail to:</label></td><td><input type="text" name="fwd" id="pbx_fwd" size="40"{x("fwd-address")}></td></tr>
    <tr><td class="lbl"><label for="pbx_fwd_keep">and:</label></td><td><select name="fwd_keep" id="pbx_fwd_keep"{x("fwd-keep")}><option>keep Postbox's copy in the Inbox</option><option>mark Postbox's copy as read</option><option>archive Postbox's copy</option><option>delete Postbox's copy</option></select></td></tr>
    <tr><th colspan="2">Blocked addresses</th></tr>
    <tr><td colspan="2"><table class="list">{blocked}</table></td></tr>
  </table>
  <p><input type="submit" value="Save Changes" id="pbx_save_bottom"{x("save-bottom")}> <input type="button" value="Cancel" id="pbx_cancel_bottom"{x("cancel-bottom")}></p>
  </form>
{bottom_v1()}"""
    return page("Postbox Webmail :: Settings", body)


# -- v2: JS-framework rewrite ------------------------------------------------------------------------

ICON = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def top_v2(active="inbox"):
    folders = [("inbox", "Inbox", "5"), ("starred", "Starred", ""), ("sent", "Sent", ""), ("drafts", "Drafts", "2"),
               ("archive", "Archive", ""), ("spam", "Spam", "3"), ("trash", "Bin", "")]
    nav = "".join(f'<li><a href="/mail/{k}" class="Folder_link__f2{" Folder_active__f3" if k == active else ""}" data-testid="folder-link"'
                  f'{" aria-current=" + chr(34) + "page" + chr(34) if k == active else ""}{x("nav-" + k)}>{t}'
                  f'{f" <span class=Folder_count__f4>{c}</span>" if c else ""}</a></li>' for k, t, c in folders)
    labels = "".join(f'<li><a href="/mail/label/{t.lower()}" class="Folder_link__f2" data-testid="label-link"{x("label-" + t.lower())}><span class="Dot_root__d1"></span>{t}</a></li>' for t in LABELS)
    return f"""<header class="Header_root__h1" data-testid="app-header">
  <a href="/mail/inbox" class="Header_logo__h2" aria-label="Postbox"{x("logo")}><svg width="110" height="26" aria-hidden="true"><rect width="110" height="26"/></svg></a>
  <div class="Search_root__s1"><input type="search" aria-label="Search mail" placeholder="Search mail" data-testid="search-input"{x("search")}>
    <button class="IconBtn_root__i1" aria-label="Search" data-testid="search-submit"{x("search-go")}>{ICON}</button>
    <button class="IconBtn_root__i1" aria-label="Show search options" data-testid="search-options"{x("advanced-search")}>{ICON}</button></div>
  <a href="/compose" class="Btn_root__b1 Btn_primary__b2" data-testid="header-new-message"{x("header-new")}>New message</a>
  <a href="/help" class="IconBtn_root__i1" aria-label="Help" data-testid="help-link"{x("help")}>{ICON}</a>
  <a href="/settings" class="IconBtn_root__i1" aria-label="Settings" data-testid="settings-link"{x("nav-settings")}>{ICON}</a>
  <button class="Avatar_root__a1" aria-label="Account: Sam Whitfield" data-testid="account-btn"{x("account")}>SW</button>
  <button class="Btn_root__b1 Btn_ghost__b3" data-testid="sign-out"{x("logout")}>Sign out</button>
</header>
<div class="Layout_root__l1">
  <aside class="Layout_side__l2">
    <button class="Btn_root__b1 Btn_primary__b2 Btn_block__b4" data-testid="compose-btn"{x("compose")}>{ICON} Compose</button>
    <nav aria-label="Folders"><ul class="Folder_list__f1">{nav}</ul></nav>
    <h2 class="Side_head__sh1">Labels</h2><ul class="Folder_list__f1">{labels}</ul>
    <a href="/settings#labels" class="Side_manage__sh2" data-testid="manage-labels"{x("manage-labels")}>Manage labels</a>
    <a href="/contacts" class="Side_contacts__sh3" data-testid="contacts-link"{x("nav-contacts")}>{ICON} Contacts</a>
  </aside>
  <main class="Layout_main__l3">"""


def bottom_v2():
    return f"""  </main>
</div>
<footer class="Footer_root__ft1"><span>1.2 GB of 10 GB used</span>
  <a href="/terms" data-testid="footer-link"{x("footer-terms")}>Terms</a><a href="/privacy" data-testid="footer-link"{x("footer-privacy")}>Privacy</a>
  <a href="/status" data-testid="footer-link"{x("footer-status")}>Service status</a></footer>"""


def inbox_v2():
    rows = ""
    for key in V2_INBOX:
        sender, addr, subject, snippet, date, unread, starred, att, label = MESSAGES[key]
        is_open = key == "hike"
        acts = (f'<button class="IconBtn_root__i1" aria-label="Archive" data-testid="row-archive"{x("archive-" + key)}>{ICON}</button>'
                f'<button class="IconBtn_root__i1" aria-label="Delete" data-testid="row-delete"{x("delete-" + key)}>{ICON}</button>')
        if unread:
            acts += f'<button class="IconBtn_root__i1" aria-label="Mark as read" data-testid="row-read"{x("read-" + key)}>{ICON}</button>'
        acts += f'<button class="IconBtn_root__i1" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if is_open else "false"}" data-testid="row-more"{x("more-" + key)}>{ICON}</button>'
        if is_open:
            acts += f"""<ul role="menu" class="Menu_root__m1" aria-label="More actions">
            <li role="menuitem" tabindex="-1" data-testid="menu-move"{x("move-" + key)}>Move to…</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-mute"{x("mute-" + key)}>Mute conversation</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-spam"{x("spam-" + key)}>Report spam</li></ul>"""
        chip = f'<span class="Chip_root__c1">{label}</span>' if label else ""
        clip = f'<span class="Clip_root__cl1" title="Has attachment">{ICON}</span>' if att else ""
        rows += f"""
      <li class="Row_root__r1{' Row_unread__r2' if unread else ''}" data-testid="message-row">
        <input type="checkbox" aria-label="Select message" data-testid="row-select"{x("sel-" + key)}>
        <button class="IconBtn_root__i1 Star_root__st1" aria-label="Star" aria-pressed="{"true" if starred else "false"}" data-testid="row-star"{x("star-" + key)}>{ICON}</button>
        <span class="Row_sender__r3" data-testid="row-sender"{x("sender-" + key)}>{e(sender)}</span>
        <a href="/mail/inbox/{key}" class="Row_subject__r4" data-testid="row-subject"{x("subject-" + key)}>{chip}{e(subject)} <span class="Row_snippet__r5">— {e(snippet)}</span></a>
        {clip}<span class="Row_date__r6">{date}</span>
        <div class="Row_actions__r7">{acts}</div>
      </li>"""
    body = f"""{top_v2("inbox")}
    <div class="Toolbar_root__t1">
      <label class="Check_root__k1"><input type="checkbox" data-testid="select-all"{x("select-all")}> Select all</label>
      <button class="IconBtn_root__i1" aria-label="Archive selected" data-testid="bulk-archive"{x("bulk-archive")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Report spam" data-testid="bulk-spam"{x("bulk-spam")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Delete selected" data-testid="bulk-delete"{x("bulk-delete")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Refresh" data-testid="refresh"{x("refresh")}>{ICON}</button>
      <div role="group" aria-label="Quick filters" class="Chips_root__cg1">
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("filter-unread")}>Unread</button>
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("filter-starred")}>Starred</button>
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("filter-attach")}>Has attachment</button></div>
      <span id="sort-lbl" class="Muted_root__mu1">Sort</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="sort-lbl" class="Select_trigger__x1" data-testid="sort-select"{x("sort")}>Newest first</button>
    </div>
    <h1 class="sr-only"{x("heading")}>Inbox</h1>
    <ul class="List_root__li1" aria-label="Messages">{rows}
    </ul>
    <button class="Btn_root__b1 Btn_ghost__b3 Btn_block__b4" data-testid="load-more"{x("older")}>Load more</button>
{bottom_v2()}"""
    return page("Inbox (5) – Postbox", body, css="style2.css")


def message_v2():
    msgs = ""
    for key in V2_THREAD:
        sender, addr, date, text = THREAD[key]
        mine = addr == ME[1]
        is_open = key == "t3"
        menu = ""
        if is_open:
            menu = f"""<ul role="menu" class="Menu_root__m1" aria-label="More">
            <li role="menuitem" tabindex="-1" data-testid="menu-block"{x("block-" + key)}>Block sender</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-original"{x("original-" + key)}>Show original</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-print"{x("print-" + key)}>Print message</li></ul>"""
        att = ""
        if key == "t1":
            att = '<div class="Att_list__at1">' + "".join(
                f'<div class="Att_card__at2" data-testid="attachment"><span class="Att_name__at3">{fn}</span><span class="Muted_root__mu1">{size}</span>'
                f'<button class="IconBtn_root__i1" aria-label="Preview" data-testid="att-preview"{x("att-view-" + k)}>{ICON}</button>'
                f'<button class="IconBtn_root__i1" aria-label="Download" data-testid="att-download"{x("att-download-" + k)}>{ICON}</button></div>'
                for k, fn, size in ATTACHMENTS) + f'<button class="Btn_root__b1 Btn_ghost__b3" data-testid="att-download-all"{x("att-download-all")}>Download all</button></div>'
        msgs += f"""
    <article class="Msg_root__m1" data-testid="thread-message">
      <header class="Msg_head__m2"><span class="Avatar_root__a1">{sender[0]}</span>
        <a href="/contacts?email={addr}" class="Msg_sender__m3" data-testid="msg-sender"{x("sender-" + key)}>{e(sender)}</a> <span class="Muted_root__mu1">&lt;{addr}&gt; · {date}</span>
        <div class="Msg_actions__m4">
          <button class="IconBtn_root__i1" aria-label="Reply" data-testid="msg-reply"{x("reply-" + key)}>{ICON}</button>
          <button class="IconBtn_root__i1" aria-label="Reply all" data-testid="msg-reply-all"{x("replyall-" + key)}>{ICON}</button>
          <button class="IconBtn_root__i1" aria-label="Forward" data-testid="msg-forward"{x("forward-" + key)}>{ICON}</button>
          <button class="IconBtn_root__i1" aria-label="More" aria-haspopup="menu" aria-expanded="{"true" if is_open else "false"}" data-testid="msg-more"{x("more-" + key)}>{ICON}</button>{menu}</div></header>
      <div class="Msg_body__m5"><p>{e(text)}</p>
        <button class="Btn_root__b1 Btn_ghost__b3 Btn_tiny__b5" aria-label="Show trimmed content" data-testid="msg-quoted"{x("quoted-" + key)}>…</button></div>
      {att}
    </article>"""
    body = f"""{top_v2("inbox")}
    <div class="Toolbar_root__t1">
      <a href="/mail/inbox" class="IconBtn_root__i1" aria-label="Back to Inbox" data-testid="back-link"{x("back")}>{ICON}</a>
      <button class="IconBtn_root__i1" aria-label="Archive" data-testid="archive-btn"{x("archive")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Report spam" data-testid="spam-btn"{x("spam")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Delete" data-testid="delete-btn"{x("delete")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Mark as unread" data-testid="unread-btn"{x("mark-unread")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Snooze" data-testid="snooze-btn"{x("snooze")}>{ICON}</button>
      <span id="move-lbl" class="sr-only">Move to</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="move-lbl" class="Select_trigger__x1" data-testid="move-select"{x("move-to")}>Move to…</button>
      <span id="label-lbl" class="sr-only">Add label</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="label-lbl" class="Select_trigger__x1" data-testid="label-select"{x("label-add")}>Labels</button>
      <span class="Toolbar_spacer__t2"></span><span class="Muted_root__mu1">1 of 1,204</span>
      <button class="IconBtn_root__i1" aria-label="Newer" data-testid="prev-btn"{x("prev")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Older" data-testid="next-btn"{x("next")}>{ICON}</button>
    </div>
    <div class="Thread_head__th1"><h1{x("heading")}>Q3 budget review — slides attached</h1><span class="Chip_root__c1">Work</span>
      <button class="IconBtn_root__i1" aria-label="Star" aria-pressed="true" data-testid="thread-star"{x("star-thread")}>{ICON}</button></div>
    {msgs}
    <section class="Reply_root__rp1" aria-labelledby="reply-h">
      <h2 id="reply-h" class="sr-only">Reply</h2>
      <label for="reply-box" class="Field_label__fl1">Write a reply…</label>
      <textarea id="reply-box" rows="6" data-testid="reply-textarea"{x("reply-text")}></textarea>
      <div class="Reply_foot__rp2">
        <button class="Btn_root__b1 Btn_primary__b2" data-testid="reply-send"{x("send")}>Send</button>
        <label class="Check_root__k1"><input type="checkbox" checked data-testid="reply-all-toggle"{x("reply-all-check")}> Reply to everyone</label>
        <button class="IconBtn_root__i1" aria-label="Attach files" data-testid="reply-attach"{x("attach")}>{ICON}</button>
        <a href="/compose?reply=t4" class="Btn_root__b1 Btn_ghost__b3" data-testid="reply-popout"{x("full-editor")}>Pop out</a>
        <button class="Btn_root__b1 Btn_ghost__b3" data-testid="reply-discard"{x("discard")}>Discard draft</button></div>
    </section>
{bottom_v2()}"""
    return page("Q3 budget review — slides attached – Postbox", body, css="style2.css")


FMT_V2 = [("Bold", "fmt-bold"), ("Italic", "fmt-italic"), ("Insert link", "fmt-link"), ("Bulleted list", "fmt-list"), ("Numbered list", "fmt-numbered")]


def compose_v2():
    fmt = "".join(f'<button type="button" class="IconBtn_root__i1 IconBtn_sq__i2" aria-label="{t}" data-testid="fmt-btn"{x(m)}>{ICON}</button>' for t, m in FMT_V2)
    body = f"""{top_v2("drafts")}
    <h1{x("heading")}>New message</h1>
    <form class="Compose_root__cp1">
      <fieldset class="Fieldset_root__fs1"><legend>Recipients</legend>
        <div class="Field_root__f1"><span id="from-lbl">From</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="from-lbl" class="Select_trigger__x1" data-testid="from-select"{x("from")}>Sam Whitfield &lt;sam@postbox.example&gt;</button></div>
        <div class="Field_root__f1"><label for="to-input">To</label>
          <div class="Recips_root__rc1"><span class="Chip_root__c1">Priya Raman<button type="button" class="Chip_remove__c2" aria-label="Remove Priya Raman" data-testid="chip-remove"{x("to-remove-priya")}>&times;</button></span>
            <input id="to-input" type="text" data-testid="to-input"{x("to")}></div>
          <button type="button" class="Btn_root__b1 Btn_link__b6" data-testid="show-cc"{x("show-cc")}>Cc</button>
          <button type="button" class="Btn_root__b1 Btn_link__b6" data-testid="show-bcc"{x("show-bcc")}>Bcc</button></div>
        <label class="Field_root__f1">Cc<input type="text" data-testid="cc-input"{x("cc")}></label>
      </fieldset>
      <fieldset class="Fieldset_root__fs1"><legend>Message</legend>
        <label class="Field_root__f1">Subject<input type="text" data-testid="subject-input"{x("subject")}></label>
        <div role="toolbar" aria-label="Formatting" class="Fmt_root__fm1">{fmt}</div>
        <label for="body-input" class="sr-only">Message body</label>
        <textarea id="body-input" rows="12" data-testid="body-input"{x("body")}></textarea>
        <button type="button" class="Btn_root__b1 Btn_ghost__b3" data-testid="attach-btn"{x("attach")}>{ICON} Attach files</button>
      </fieldset>
      <fieldset class="Fieldset_root__fs1"><legend>Options</legend>
        <div class="Field_root__f1"><span id="sig-lbl">Signature</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="sig-lbl" class="Select_trigger__x1" data-testid="signature-select"{x("signature")}>Work</button></div>
        <label class="Check_root__k1"><input type="checkbox" data-testid="receipt-checkbox"{x("read-receipt")}> Ask for a read receipt</label>
        <label class="Check_root__k1"><input type="checkbox" checked data-testid="save-sent-checkbox"{x("save-sent")}> Keep a copy in Sent</label>
      </fieldset>
      <div class="Compose_actions__cp2">
        <button type="submit" class="Btn_root__b1 Btn_primary__b2" data-testid="send-btn"{x("send")}>Send</button>
        <button type="button" class="Btn_root__b1" data-testid="schedule-btn"{x("schedule")}>Schedule send</button>
        <button type="button" class="Btn_root__b1" data-testid="draft-btn"{x("save-draft")}>Save draft</button>
        <a href="/mail/inbox" class="Btn_root__b1 Btn_ghost__b3" data-testid="discard-link"{x("discard")}>Discard</a>
      </div>
    </form>
{bottom_v2()}"""
    return page("New message – Postbox", body, css="style2.css")


def contacts_v2():
    cards = ""
    for key in V2_CONTACTS:
        first, last, mail, phone, company, group = CONTACTS[key]
        name = f"{first} {last}"
        fav = key in ("helen", "priya")
        cards += f"""
      <li class="Card_root__cd1" data-testid="contact-card">
        <input type="checkbox" aria-label="Select contact" data-testid="contact-select"{x("sel-" + key)}>
        <span class="Avatar_root__a1">{first[0]}{last[0]}</span>
        <div class="Card_body__cd2"><a href="/contacts/{key}" class="Card_name__cd3" data-testid="contact-name"{x("name-" + key)}>{name}</a>
          <div class="Muted_root__mu1">{mail}</div><div class="Muted_root__mu1">{phone}{" · " + e(company) if company else ""}</div>
          <span class="Chip_root__c1">{group}</span></div>
        <div class="Card_actions__cd4">
          <button class="IconBtn_root__i1" aria-label="{"Remove from favourites" if fav else "Add to favourites"}" aria-pressed="{"true" if fav else "false"}" data-testid="contact-fav"{x("fav-" + key)}>{ICON}</button>
          <a href="/compose?to={mail}" class="IconBtn_root__i1" aria-label="Send email" data-testid="contact-email"{x("msg-" + key)}>{ICON}</a>
          <button class="IconBtn_root__i1" aria-label="Edit contact" data-testid="contact-edit"{x("edit-" + key)}>{ICON}</button>
          <button class="IconBtn_root__i1" aria-label="Delete contact" data-testid="contact-delete"{x("delete-" + key)}>{ICON}</button></div>
      </li>"""
    chips = "".join(f'<button class="FilterChip_root__fc1" aria-pressed="false" data-testid="group-chip"{x("group-" + g.lower())}>{g}</button>' for g in GROUPS)
    body = f"""{top_v2("contacts")}
    <div class="PageHead_root__p1"><h1{x("heading")}>Contacts</h1>
      <div><button class="Btn_root__b1" data-testid="import-btn"{x("import")}>Import</button>
        <button class="Btn_root__b1" data-testid="export-btn"{x("export")}>Export</button>
        <a href="#new" class="Btn_root__b1 Btn_primary__b2" data-testid="new-contact"{x("new-contact")}>New contact</a></div></div>
    <div class="Toolbar_root__t1">
      <input type="search" aria-label="Search contacts" placeholder="Search contacts" data-testid="contact-search"{x("contact-search")}>
      <div role="group" aria-label="Groups" class="Chips_root__cg1"><button class="FilterChip_root__fc1" aria-pressed="true" data-testid="group-chip"{x("group-all")}>All</button>{chips}
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="group-chip"{x("group-favourites")}>Favourites</button></div>
      <label class="Check_root__k1"><input type="checkbox" data-testid="select-all"{x("select-all")}> Select all</label>
      <button class="IconBtn_root__i1" aria-label="Email selected" data-testid="bulk-email"{x("bulk-email")}>{ICON}</button>
      <button class="IconBtn_root__i1" aria-label="Delete selected" data-testid="bulk-delete"{x("bulk-delete")}>{ICON}</button>
    </div>
    <ul class="Cards_root__cs1">{cards}
    </ul>
    <form class="Form_root__fo1" id="new" aria-labelledby="new-h">
      <h2 id="new-h">Add contact</h2>
      <fieldset class="Fieldset_root__fs1"><legend>Name</legend>
        <label class="Field_root__f1">First name<input type="text" data-testid="first-name"{x("first-name")}></label>
        <label class="Field_root__f1">Surname<input type="text" data-testid="last-name"{x("last-name")}></label></fieldset>
      <fieldset class="Fieldset_root__fs1"><legend>Contact details</legend>
        <label class="Field_root__f1">Email address<input type="email" data-testid="email-input"{x("email")}></label>
        <label class="Field_root__f1">Phone number<input type="tel" data-testid="phone-input"{x("phone")}></label>
        <label class="Field_root__f1">Organisation<input type="text" data-testid="company-input"{x("company")}></label>
        <div class="Field_root__f1"><span id="grp-lbl">Label</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="grp-lbl" class="Select_trigger__x1" data-testid="group-select"{x("group")}>No label</button></div></fieldset>
      <fieldset class="Fieldset_root__fs1"><legend>More</legend>
        <label class="Field_root__f1">Birthday<input type="date" data-testid="birthday-input"{x("birthday")}></label>
        <label class="Field_root__f1">Notes<textarea rows="3" data-testid="notes-input"{x("notes")}></textarea></label></fieldset>
      <div class="Form_actions__fo2"><button type="submit" class="Btn_root__b1 Btn_primary__b2" data-testid="save-contact"{x("save-contact")}>Save</button>
        <button type="reset" class="Btn_root__b1 Btn_ghost__b3" data-testid="cancel-contact"{x("cancel-contact")}>Cancel</button></div>
    </form>
{bottom_v2()}"""
    return page("Contacts – Postbox", body, css="style2.css")


def settings_v2():
    sigs = ""
    for key in V2_SIGS:
        name, text = SIGS[key]
        sigs += f"""
        <div class="Sig_root__sg1" data-testid="signature">
          <label class="Field_root__f1">Name<input type="text" value="{name}" data-testid="sig-name"{x("sig-name-" + key)}></label>
          <label class="Field_root__f1">Signature text<textarea rows="3" data-testid="sig-text"{x("sig-text-" + key)}>{e(text)}</textarea></label>
          <button type="button" class="IconBtn_root__i1" aria-label="Delete signature" data-testid="sig-delete"{x("sig-delete-" + key)}>{ICON}</button></div>"""
    filters = ""
    for key in V2_FILTERS:
        crit, action = FILTERS[key]
        filters += f"""
          <tr data-testid="filter-row"><td>{e(crit)}</td><td>{e(action)}</td>
            <td><button class="IconBtn_root__i1" aria-label="Edit filter" data-testid="filter-edit"{x("filter-edit-" + key)}>{ICON}</button>
              <button class="IconBtn_root__i1" aria-label="Delete filter" data-testid="filter-delete"{x("filter-delete-" + key)}>{ICON}</button></td></tr>"""
    blocked = "".join(f'<li class="Blocked_row__bl1" data-testid="blocked-row"><span>{BLOCKED[k]}</span><button class="Btn_root__b1 Btn_ghost__b3" data-testid="unblock-btn"{x("unblock-" + k)}>Unblock</button></li>' for k in V2_BLOCKED)
    signames = ["No signature"] + [SIGS[k][0] for k in V2_SIGS]

    def combo(ident, label, value, marker, testid):
        return (f'<div class="Field_root__f1"><span id="{ident}">{label}</span><button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" '
                f'aria-labelledby="{ident}" class="Select_trigger__x1" data-testid="{testid}"{x(marker)}>{value}</button></div>')
    body = f"""{top_v2("settings")}
    <h1{x("heading")}>Settings</h1>
    <nav class="Tabs_root__tb1" aria-label="Settings sections">
      <a href="#general" data-testid="settings-tab"{x("sec-general")}>General</a><a href="#signatures" data-testid="settings-tab"{x("sec-signatures")}>Signatures</a>
      <a href="#filters" data-testid="settings-tab"{x("sec-filters")}>Filters</a><a href="#vacation" data-testid="settings-tab"{x("sec-vacation")}>Out of office</a>
      <a href="#forwarding" data-testid="settings-tab"{x("sec-forwarding")}>Forwarding</a></nav>
    <section class="Card_panel__cp1" id="general" aria-labelledby="g-h"><h2 id="g-h">General</h2>
      {combo("lang-lbl", "Display language", "English (UK)", "language", "language-select")}
      <label class="Field_root__f1">Time zone<select data-testid="timezone-select"{x("timezone")}>{options(ZONES)}</select></label>
      <label class="Field_root__f1">Conversations per page<select data-testid="page-size"{x("page-size")}>{options(PER_PAGE)}</select></label>
      <label class="Check_root__k1"><input type="checkbox" checked data-testid="threading"{x("conversation-view")}> Conversation view</label>
      <fieldset class="Fieldset_root__fs1"><legend>External images</legend>
        <label class="Radio_root__rd1"><input type="radio" name="img" checked data-testid="images-radio"{x("images-always")}> Always show</label>
        <label class="Radio_root__rd1"><input type="radio" name="img" data-testid="images-radio"{x("images-ask")}> Ask first</label></fieldset>
      <button class="Btn_root__b1 Btn_primary__b2" data-testid="save-section"{x("save-general")}>Save</button>
    </section>
    <section class="Card_panel__cp1" id="signatures" aria-labelledby="s-h"><h2 id="s-h">Signatures</h2>{sigs}
      <button type="button" class="Btn_root__b1 Btn_ghost__b3" data-testid="sig-add"{x("sig-add")}>+ New signature</button>
      {combo("signew-lbl", "Default for new emails", "Work", "sig-default-new", "sig-default")}
      {combo("sigreply-lbl", "Default for replies", "Personal", "sig-default-reply", "sig-default")}
      <button class="Btn_root__b1 Btn_primary__b2" data-testid="save-section"{x("save-signatures")}>Save</button>
    </section>
    <section class="Card_panel__cp1" id="filters" aria-labelledby="f-h"><h2 id="f-h">Filters</h2>
      <table class="Table_root__tt1"><thead><tr><th>When a message matches</th><th>Then</th><th></th></tr></thead><tbody>{filters}
      </tbody></table>
      <fieldset class="Fieldset_root__fs1"><legend>New filter</legend>
        <label class="Field_root__f1">From<input type="text" data-testid="nf-from"{x("nf-from")}></label>
        <label class="Field_root__f1">Subject contains<input type="text" data-testid="nf-subject"{x("nf-subject")}></label>
        <label class="Field_root__f1">Includes the words<input type="text" data-testid="nf-words"{x("nf-words")}></label>
        {combo("nfa-lbl", "Then", "Apply the label", "nf-action", "nf-action")}
        {combo("nfl-lbl", "Label", "Choose label…", "nf-label", "nf-label")}
        <label class="Check_root__k1"><input type="checkbox" data-testid="nf-apply"{x("nf-apply-existing")}> Apply to existing conversations too</label>
        <button type="button" class="Btn_root__b1" data-testid="nf-create"{x("nf-create")}>Create filter</button></fieldset>
    </section>
    <section class="Card_panel__cp1" id="vacation" aria-labelledby="v-h"><h2 id="v-h">Out of office</h2>
      <div role="radiogroup" aria-label="Auto-reply" class="Radios_root__rg1">
        <label class="Radio_root__rd1"><input type="radio" name="vac" checked data-testid="vac-radio"{x("vac-off")}> Off</label>
        <label class="Radio_root__rd1"><input type="radio" name="vac" data-testid="vac-radio"{x("vac-on")}> On</label></div>
      <div class="Row_pair__rp1"><label class="Field_root__f1">Starts<input type="date" data-testid="vac-start"{x("vac-start")}></label>
        <label class="Field_root__f1">Ends<input type="date" data-testid="vac-end"{x("vac-end")}></label></div>
      <label class="Field_root__f1">Subject<input type="text" data-testid="vac-subject"{x("vac-subject")}></label>
      <label class="Field_root__f1">Auto-reply message<textarea rows="4" data-testid="vac-message"{x("vac-message")}></textarea></label>
      <label class="Check_root__k1"><input type="checkbox" data-testid="vac-contacts"{x("vac-contacts-only")}> Only reply to my contacts</label>
      <button class="Btn_root__b1 Btn_primary__b2" data-testid="save-section"{x("save-vacation")}>Save</button>
    </section>
    <section class="Card_panel__cp1" id="forwarding" aria-labelledby="w-h"><h2 id="w-h">Forwarding</h2>
      <label class="Field_root__f1">Forward incoming mail to<input type="email" data-testid="fwd-address"{x("fwd-address")}></label>
      <label class="Field_root__f1">Then<select data-testid="fwd-keep"{x("fwd-keep")}><option>Keep a copy in the Inbox</option><option>Mark the copy as read</option><option>Archive the copy</option><option>Delete the copy</option></select></label>
      <button class="Btn_root__b1" data-testid="fwd-add"{x("fwd-save")}>Turn on forwarding</button>
    </section>
    <section class="Card_panel__cp1" id="blocked" aria-labelledby="b-h"><h2 id="b-h">Blocked senders</h2>
      <ul class="Blocked_list__bl2">{blocked}</ul>
    </section>
{bottom_v2()}"""
    return page("Settings – Postbox", body, css="style2.css")


# -- v3: design-system / accessibility pass ----------------------------------------------------------

SVG = '<svg width="18" height="18" aria-hidden="true" focusable="false"><circle cx="9" cy="9" r="8"/></svg>'


def top_v3(active="inbox"):
    folders = [("inbox", "Inbox", "5 unread"), ("starred", "Starred", ""), ("sent", "Sent", ""), ("drafts", "Drafts", "2"),
               ("archive", "Archive", ""), ("spam", "Junk", "3"), ("trash", "Deleted", "")]
    nav = "".join(f'<li><a href="/mail/{k}" class="pb-nav__link"{" aria-current=" + chr(34) + "page" + chr(34) if k == active else ""}{x("nav-" + k)}>{t}'
                  f'{f" <span class=pb-count>{c}</span>" if c else ""}</a></li>' for k, t, c in folders)
    labels = "".join(f'<li><a href="/mail/label/{t.lower()}" class="pb-nav__link"{x("label-" + t.lower())}>{t}</a></li>' for t in LABELS)
    return f"""<a href="#main" class="pb-skip"{x("skip")}>Skip to content</a>
<header class="pb-header">
  <a href="/mail/inbox" class="pb-header__logo"{x("logo")}><svg width="100" height="24" aria-hidden="true"><rect width="100" height="24"/></svg><span class="pb-sr">Postbox home</span></a>
  <form role="search" class="pb-header__search"><input type="search" placeholder="Search your mail"{x("search")}>
    <button type="submit" class="pb-icon-btn" aria-label="Search your mail"{x("search-go")}>{SVG}</button></form>
  <a href="/contacts" class="pb-header__link"{x("nav-contacts")}>Contacts</a>
  <a href="/settings" class="pb-icon-btn" aria-label="Settings"{x("nav-settings")}>{SVG}</a>
  <a href="/help" class="pb-icon-btn" aria-label="Help and feedback"{x("help")}>{SVG}</a>
  <button class="pb-avatar" aria-haspopup="menu" aria-expanded="false" aria-label="Account menu for Sam Whitfield"{x("account")}>SW</button>
</header>
<div class="pb-shell">
  <nav class="pb-side" aria-label="Mailboxes">
    <a href="/compose" class="pb-btn pb-btn--block"{x("compose")}>{SVG} New message</a>
    <ul class="pb-list">{nav}</ul>
    <details open class="pb-labels"><summary{x("labels-toggle")}>Labels</summary><ul class="pb-list">{labels}</ul>
      <a href="/settings/labels" class="pb-btn pb-btn--quiet pb-btn--small"{x("manage-labels")}>Edit labels</a></details>
  </nav>
  <main id="main" class="pb-main">"""


def bottom_v3():
    return f"""  </main>
</div>
<footer class="pb-footer"><ul><li><a href="/legal/terms"{x("footer-terms")}>Terms of use</a></li><li><a href="/legal/privacy"{x("footer-privacy")}>Privacy</a></li>
  <li><a href="/status"{x("footer-status")}>Status</a></li><li><button class="pb-btn pb-btn--quiet pb-btn--small"{x("logout")}>Sign out</button></li></ul></footer>"""


def inbox_v3():
    rows = ""
    for key in V3_INBOX:
        sender, addr, subject, snippet, date, unread, starred, att, label = MESSAGES[key]
        s = e(subject)
        acts = (f'<button class="pb-icon-btn" aria-label="Archive {s}"{x("archive-" + key)}>{SVG}</button>')
        if unread:
            acts += f'<button class="pb-icon-btn" aria-label="Mark {s} as read"{x("read-" + key)}>{SVG}</button>'
        acts += f'<button class="pb-icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="More actions for {s}"{x("more-" + key)}>{SVG}</button>'
        badge = f'<span class="pb-badge">{label}</span>' if label else ""
        rows += f"""
      <div role="row" class="pb-grid__row{' pb-grid__row--unread' if unread else ''}" aria-selected="false">
        <div role="gridcell"><input type="checkbox" aria-label="Select {s}"{x("sel-" + key)}></div>
        <div role="gridcell"><button class="pb-icon-btn pb-icon-btn--star" aria-pressed="{"true" if starred else "false"}" aria-label="Star {s}"{x("star-" + key)}>{SVG}</button></div>
        <div role="gridcell"{x("sender-" + key)}>{e(sender)}</div>
        <div role="gridcell"><a href="/mail/inbox/{key}"{x("subject-" + key)}>{s}</a> {badge} <span class="pb-muted">{e(snippet)}</span>{'<span class="pb-sr">, has attachment</span>' if att else ''}</div>
        <div role="gridcell" class="pb-muted">{date}</div>
        <div role="gridcell" class="pb-actions">{acts}</div></div>"""
    body = f"""{top_v3("inbox")}
    <h1{x("heading")}>Inbox</h1>
    <div role="tablist" aria-label="Inbox" class="pb-tabs">
      <button role="tab" aria-selected="true"{x("tab-focused")}>Focused</button>
      <button role="tab" aria-selected="false" tabindex="-1"{x("tab-other")}>Other <span class="pb-count">12</span></button></div>
    <div class="pb-toolbar">
      <label class="pb-check"><input type="checkbox"{x("select-all")}> Select all conversations</label>
      <button class="pb-btn pb-btn--secondary pb-btn--small"{x("bulk-archive")}>Archive</button>
      <button class="pb-btn pb-btn--secondary pb-btn--small"{x("bulk-delete")}>Delete</button>
      <button class="pb-btn pb-btn--quiet pb-btn--small"{x("bulk-spam")}>Mark as junk</button>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("filter-unread")}> Unread only</label>
      <select aria-label="Sort conversations"{x("sort")}><option>Newest first</option><option>Oldest first</option><option>Sender</option><option>Unread first</option></select></div>
    <div role="grid" aria-label="Conversations" class="pb-grid">
      <div role="row" class="pb-grid__row pb-grid__head"><div role="columnheader"><span class="pb-sr">Select</span></div><div role="columnheader"><span class="pb-sr">Star</span></div>
        <div role="columnheader">From</div><div role="columnheader">Subject</div><div role="columnheader">Received</div><div role="columnheader"><span class="pb-sr">Actions</span></div></div>{rows}
    </div>
    <button class="pb-btn pb-btn--secondary pb-more"{x("older")}>Show more conversations</button>
{bottom_v3()}"""
    return page("Inbox · Postbox", body, css="style3.css")


def message_v3():
    msgs = ""
    for key in V3_THREAD:
        sender, addr, date, text = THREAD[key]
        msgs += f"""
    <article class="pb-msg" aria-labelledby="from-{key}">
      <header class="pb-msg__head"><a href="/contacts?email={addr}" id="from-{key}"{x("sender-" + key)}>{e(sender)}</a> <span class="pb-muted">{addr} · {date}</span>
        <div class="pb-actions">
          <button class="pb-icon-btn" aria-label="Reply to {e(sender)}"{x("reply-" + key)}>{SVG}</button>
          <button class="pb-icon-btn" aria-label="Reply all to {e(sender)}'s message"{x("replyall-" + key)}>{SVG}</button>
          <button class="pb-icon-btn" aria-label="Forward {e(sender)}'s message"{x("forward-" + key)}>{SVG}</button>
          <button class="pb-icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="More actions for {e(sender)}'s message"{x("more-" + key)}>{SVG}</button></div></header>
      <p>{e(text)}</p>
      <button class="pb-btn pb-btn--quiet pb-btn--small" aria-expanded="false"{x("quoted-" + key)}>Show quoted text</button>
    </article>"""
    atts = "".join(
        f'<li class="pb-att"><span>{fn}</span> <span class="pb-muted">{size}</span>'
        f'<button class="pb-icon-btn" aria-label="Preview {fn}"{x("att-view-" + k)}>{SVG}</button>'
        f'<a href="/att/{k}" download class="pb-icon-btn" aria-label="Download {fn}"{x("att-download-" + k)}>{SVG}</a></li>' for k, fn, size in ATTACHMENTS)
    folders = options(["Move to…", "Inbox", "Archive"] + LABELS + ["Junk", "Deleted"])
    body = f"""{top_v3("inbox")}
    <nav aria-label="Breadcrumb" class="pb-crumbs"><a href="/mail/inbox"{x("back")}>Inbox</a></nav>
    <div class="pb-msghead">
      <h1{x("heading")}>Q3 budget review — slides attached</h1> <span class="pb-badge">Work</span>
      <button class="pb-icon-btn pb-icon-btn--star" aria-pressed="true" aria-label="Star this conversation"{x("star-thread")}>{SVG}</button>
      <div class="pb-row">
        <button class="pb-btn pb-btn--secondary pb-btn--small"{x("archive")}>Archive</button>
        <button class="pb-btn pb-btn--secondary pb-btn--small"{x("delete")}>Delete</button>
        <button class="pb-btn pb-btn--quiet pb-btn--small"{x("spam")}>Mark as junk</button>
        <button class="pb-btn pb-btn--quiet pb-btn--small"{x("mark-unread")}>Mark unread</button>
        <select aria-label="Move conversation"{x("move-to")}>{folders}</select>
        <select aria-label="Label conversation"{x("label-add")}>{options(["Labels…"] + LABELS)}</select>
        <button class="pb-icon-btn" aria-label="Previous conversation"{x("prev")}>{SVG}</button>
        <button class="pb-icon-btn" aria-label="Next conversation"{x("next")}>{SVG}</button></div></div>
    <section class="pb-atts" aria-labelledby="att-h"><h2 id="att-h">Attachments (2)</h2><ul class="pb-list">{atts}</ul>
      <button class="pb-btn pb-btn--quiet pb-btn--small"{x("att-download-all")}>Download both as .zip</button></section>
    <button class="pb-btn pb-btn--quiet pb-collapsed" aria-expanded="false"{x("expand-earlier")}>2 earlier messages</button>
    {msgs}
    <section class="pb-composer" aria-labelledby="reply-h"><h2 id="reply-h">Reply to all</h2>
      <textarea rows="6" placeholder="Write your reply"{x("reply-text")}></textarea>
      <div class="pb-row">
        <label class="pb-switch"><input type="checkbox" role="switch" checked{x("reply-all-check")}> Include everyone</label>
        <button class="pb-btn pb-btn--quiet"{x("attach")}>{SVG} Attach</button>
        <button class="pb-btn pb-btn--quiet"{x("discard")}>Discard</button>
        <button class="pb-btn"{x("send")}>Send</button></div>
    </section>
{bottom_v3()}"""
    return page("Q3 budget review — slides attached · Postbox", body, css="style3.css")


FMT_V3 = [("Bold", "fmt-bold"), ("Italic", "fmt-italic"), ("Underline", "fmt-underline"), ("Add link", "fmt-link"), ("Bulleted list", "fmt-list"), ("Numbered list", "fmt-numbered")]


def compose_v3():
    fmt = "".join(f'<button type="button" class="pb-icon-btn pb-icon-btn--sq" aria-label="{t}"{x(m)}>{SVG}</button>' for t, m in FMT_V3)
    body = f"""{top_v3("drafts")}
    <h1{x("heading")}>New message</h1>
    <form class="pb-form pb-narrow">
      <select aria-label="Send from"{x("from")}><option>sam@postbox.example</option><option>s.whitfield@fernwood.example</option></select>
      <div class="pb-recips"><span class="pb-chip">Priya Raman<button type="button" class="pb-chip__x" aria-label="Remove recipient Priya Raman"{x("to-remove-priya")}>&times;</button></span>
        <input type="text" placeholder="To"{x("to")}></div>
      <input type="text" placeholder="Cc"{x("cc")}>
      <input type="text" placeholder="Bcc"{x("bcc")}>
      <input type="text" placeholder="Subject"{x("subject")}>
      <div role="toolbar" aria-label="Text formatting" class="pb-toolbar">{fmt}</div>
      <textarea rows="12" placeholder="Write your message"{x("body")}></textarea>
      <button type="button" class="pb-drop"{x("attach")}>{SVG} Drop files here or browse</button>
      <div class="pb-row"><select aria-label="Signature"{x("signature")}><option>No signature</option><option selected>Work</option><option>Mobile</option></select>
        <select aria-label="Importance"{x("priority")}><option>Normal importance</option><option>High importance</option><option>Low importance</option></select></div>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("read-receipt")}> Request read receipt</label>
      <label class="pb-switch"><input type="checkbox" role="switch" checked{x("save-sent")}> Save to Sent</label>
      <div class="pb-formfoot">
        <div class="pb-split"><button type="submit" class="pb-btn"{x("send")}>Send</button>
          <button type="button" class="pb-btn pb-split__more" aria-haspopup="menu" aria-expanded="false" aria-label="More send options"{x("schedule")}>{SVG}</button></div>
        <button type="button" class="pb-btn pb-btn--secondary"{x("save-draft")}>Save draft</button>
        <button type="button" class="pb-btn pb-btn--quiet"{x("discard")}>Discard</button></div>
    </form>
{bottom_v3()}"""
    return page("New message · Postbox", body, css="style3.css")


def contacts_v3():
    rows = ""
    for key in V3_CONTACTS:
        first, last, mail, phone, company, group = CONTACTS[key]
        name = f"{first} {last}"
        fav = key in ("helen", "priya")
        rows += f"""
      <div role="row" class="pb-grid__row pb-grid__row--contacts">
        <div role="gridcell"><input type="checkbox" aria-label="Select {name}"{x("sel-" + key)}></div>
        <div role="gridcell"><a href="/contacts/{key}"{x("name-" + key)}>{name}</a></div>
        <div role="gridcell">{mail}</div><div role="gridcell">{phone}</div><div role="gridcell">{group}</div>
        <div role="gridcell" class="pb-actions">
          <button class="pb-icon-btn" aria-pressed="{"true" if fav else "false"}" aria-label="Favourite {name}"{x("fav-" + key)}>{SVG}</button>
          <a href="/compose?to={mail}" class="pb-icon-btn" aria-label="Email {name}"{x("msg-" + key)}>{SVG}</a>
          <button class="pb-icon-btn" aria-label="Edit {name}"{x("edit-" + key)}>{SVG}</button>
          <button class="pb-icon-btn" aria-label="Delete {name}"{x("delete-" + key)}>{SVG}</button></div></div>"""
    body = f"""{top_v3("contacts")}
    <div class="pb-row"><h1{x("heading")}>Contacts</h1>
      <button class="pb-btn"{x("new-contact")}>New contact</button>
      <button class="pb-btn pb-btn--secondary"{x("import")}>Import contacts</button></div>
    <div class="pb-toolbar">
      <input type="search" placeholder="Search contacts"{x("contact-search")}>
      <select aria-label="Show group"{x("group-all")}><option>All contacts</option><option>Family</option><option>Friends</option><option>Work</option><option>Favourites</option></select>
      <label class="pb-check"><input type="checkbox"{x("select-all")}> Select all contacts</label></div>
    <div role="grid" aria-label="Contacts" class="pb-grid">
      <div role="row" class="pb-grid__row pb-grid__row--contacts pb-grid__head"><div role="columnheader"><span class="pb-sr">Select</span></div><div role="columnheader">Name</div>
        <div role="columnheader">Email</div><div role="columnheader">Phone</div><div role="columnheader">Group</div><div role="columnheader"><span class="pb-sr">Actions</span></div></div>{rows}
    </div>
    <p><button class="pb-btn pb-btn--quiet pb-btn--small"{x("export")}>Export all contacts</button></p>
{bottom_v3()}
<div class="pb-backdrop"></div>
<div role="dialog" aria-modal="true" aria-labelledby="nc-h" class="pb-dialog">
  <h2 id="nc-h">New contact</h2>
  <button class="pb-icon-btn pb-dialog__close" aria-label="Close"{x("dialog-close")}>{SVG}</button>
  <div class="pb-row"><input type="text" placeholder="First name"{x("first-name")}><input type="text" placeholder="Last name"{x("last-name")}></div>
  <input type="email" placeholder="Email"{x("email")}>
  <input type="tel" placeholder="Phone"{x("phone")}>
  <input type="text" placeholder="Company"{x("company")}>
  <select aria-label="Group"{x("group")}><option>No group</option>{options(GROUPS)}</select>
  <textarea rows="3" placeholder="Notes"{x("notes")}></textarea>
  <div class="pb-row pb-row--end"><button class="pb-btn pb-btn--quiet"{x("cancel-contact")}>Cancel</button><button class="pb-btn"{x("save-contact")}>Create contact</button></div>
</div>"""
    return page("Contacts · Postbox", body, css="style3.css")


def settings_v3():
    sigs = ""
    for key in V3_SIGS:
        name, text = SIGS[key]
        sigs += f"""
        <div class="pb-sig"><input type="text" value="{name}" placeholder="Signature name"{x("sig-name-" + key)}>
          <textarea rows="3" aria-label="{name} signature"{x("sig-text-" + key)}>{e(text)}</textarea>
          <button type="button" class="pb-icon-btn" aria-label="Delete the {name} signature"{x("sig-delete-" + key)}>{SVG}</button></div>"""
    filters = ""
    for key in V3_FILTERS:
        crit, action = FILTERS[key]
        filters += f"""
        <div role="row" class="pb-grid__row pb-grid__row--filters">
          <div role="gridcell">{e(crit)}</div><div role="gridcell">{e(action)}</div>
          <div role="gridcell"><label class="pb-switch"><input type="checkbox" role="switch" checked aria-label="Enabled: {e(crit)}"{x("filter-toggle-" + key)}></label></div>
          <div role="gridcell" class="pb-actions"><button class="pb-icon-btn" aria-label="Edit filter {e(crit)}"{x("filter-edit-" + key)}>{SVG}</button>
            <button class="pb-icon-btn" aria-label="Delete filter {e(crit)}"{x("filter-delete-" + key)}>{SVG}</button></div></div>"""
    signames = ["No signature"] + [SIGS[k][0] for k in V3_SIGS]
    body = f"""{top_v3("settings")}
    <h1{x("heading")}>Settings</h1>
    <nav class="pb-tabs pb-tabs--links" aria-label="Settings">
      <a href="#general"{x("sec-general")}>General</a><a href="#signatures"{x("sec-signatures")}>Signatures</a>
      <a href="#filters" aria-current="true"{x("sec-filters")}>Filters &amp; blocked</a><a href="#vacation"{x("sec-vacation")}>Automatic replies</a></nav>
    <section id="general" class="pb-settings" aria-labelledby="g-h"><h2 id="g-h">General</h2>
      <label class="pb-field">Language<select{x("language")}>{options(LANGS, "English (UK)")}</select></label>
      <label class="pb-field">Time zone<select{x("timezone")}>{options(ZONES)}</select></label>
      <label class="pb-field">Conversations per page<select{x("page-size")}>{options(PER_PAGE)}</select></label>
      <label class="pb-switch"><input type="checkbox" role="switch" checked{x("conversation-view")}> Group messages into conversations</label>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("images-ask")}> Ask before showing external images</label>
      <button class="pb-btn"{x("save-general")}>Save general settings</button>
    </section>
    <section id="signatures" class="pb-settings" aria-labelledby="s-h"><h2 id="s-h">Signatures</h2>{sigs}
      <button type="button" class="pb-btn pb-btn--quiet"{x("sig-add")}>Add signature</button>
      <div class="pb-row"><label class="pb-field">New messages<select{x("sig-default-new")}>{options(signames, "Work")}</select></label>
        <label class="pb-field">Replies and forwards<select{x("sig-default-reply")}>{options(signames, "Mobile")}</select></label></div>
      <button class="pb-btn"{x("save-signatures")}>Save signatures</button>
    </section>
    <section id="filters" class="pb-settings" aria-labelledby="f-h"><h2 id="f-h">Filters</h2>
      <div role="tablist" aria-label="Rules" class="pb-tabs">
        <button role="tab" aria-selected="true"{x("tab-filters")}>Filters</button>
        <button role="tab" aria-selected="false" tabindex="-1"{x("tab-blocked")}>Blocked senders</button></div>
      <div role="tabpanel">
      <div role="grid" aria-label="Filters" class="pb-grid">
        <div role="row" class="pb-grid__row pb-grid__row--filters pb-grid__head"><div role="columnheader">Matches</div><div role="columnheader">Action</div><div role="columnheader">On</div><div role="columnheader"><span class="pb-sr">Actions</span></div></div>{filters}
      </div>
      <h3>Create a filter</h3>
      <div class="pb-row"><input type="text" placeholder="From"{x("nf-from")}><input type="text" placeholder="Subject"{x("nf-subject")}><input type="text" placeholder="Has the words"{x("nf-words")}></div>
      <div class="pb-row"><select aria-label="Do this"{x("nf-action")}>{options(ACTIONS)}</select><select aria-label="Label to apply"{x("nf-label")}>{options(["Choose label…"] + LABELS)}</select></div>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("nf-apply-existing")}> Also apply to matching conversations</label>
      <button class="pb-btn pb-btn--secondary"{x("nf-create")}>Create filter</button>
      </div>
    </section>
    <section id="vacation" class="pb-settings" aria-labelledby="v-h"><h2 id="v-h">Automatic replies</h2>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("vac-on")}> Send automatic replies</label>
      <div class="pb-row"><input type="date" aria-label="Start date"{x("vac-start")}><input type="date" aria-label="End date"{x("vac-end")}></div>
      <input type="text" placeholder="Subject"{x("vac-subject")}>
      <textarea rows="4" placeholder="Message"{x("vac-message")}></textarea>
      <label class="pb-switch"><input type="checkbox" role="switch"{x("vac-contacts-only")}> Only reply to people in my contacts</label>
      <button class="pb-btn"{x("save-vacation")}>Save automatic replies</button>
    </section>
{bottom_v3()}"""
    return page("Settings · Postbox", body, css="style3.css")


STYLE = """body { font-family: Tahoma, Arial, sans-serif; font-size: 12px; margin: 0; background: #fff; color: #222; }
.top { background: #dfe8f6; border-bottom: 1px solid #99bbe8; padding: 4px; } .top td { padding: 4px 6px; } .small { font-size: 11px; }
.side { background: #f0f4fa; padding: 6px; border-right: 1px solid #c3d4ea; } .compose { display: block; font-weight: bold; font-size: 14px; padding: 4px 0; }
.folders td { padding: 2px 4px; } .folders .cur { background: #c3d4ea; font-weight: bold; } .lblhead { padding-top: 10px; font-weight: bold; color: #555; }
.main { padding: 6px 10px; } .toolbar { background: #eef2f8; border: 1px solid #c3d4ea; margin: 4px 0; } .toolbar td { padding: 4px; }
.msglist th, .contacts th, .list th { background: #c3d4ea; text-align: left; padding: 3px; } .msglist td, .contacts td, .list td { padding: 3px; border-bottom: 1px solid #e4e9f2; }
.unread td { font-weight: bold; background: #fff; } .read td { background: #f5f7fa; } .snip { color: #777; font-weight: normal; } .lbl { background: #dde; padding: 0 4px; font-size: 10px; }
.msg { border: 1px solid #c3d4ea; margin: 8px 0; } .mhead { background: #eef2f8; padding: 4px 6px; } .mbody { padding: 8px; font-size: 13px; } .att td { padding: 2px 6px; }
.qr { background: #eef2f8; border: 1px solid #c3d4ea; } .qr td { padding: 6px; } .form th { background: #c3d4ea; text-align: left; padding: 4px; } .form td { padding: 4px; } .form .lbl { background: none; font-size: 12px; text-align: right; }
.fmt { margin-bottom: 3px; } .footer { border-top: 1px solid #c3d4ea; padding: 8px; color: #666; margin-top: 10px; } h2 { font-size: 16px; margin: 6px 0; }
"""
STYLE2 = """body { font-family: Roboto, system-ui, sans-serif; margin: 0; color: #1f1f1f; font-size: 14px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.Header_root__h1 { display: flex; align-items: center; gap: 14px; padding: 8px 20px; border-bottom: 1px solid #e5e5e5; } .Search_root__s1 { display: flex; gap: 4px; align-items: center; flex: 1; }
.Search_root__s1 input { width: 420px; padding: 8px 12px; border-radius: 20px; border: 1px solid #ddd; background: #f1f3f4; }
.Btn_root__b1 { display: inline-block; padding: 7px 14px; border: 1px solid #0b57d0; border-radius: 18px; background: #fff; color: #0b57d0; cursor: pointer; text-decoration: none; font-size: 14px; }
.Btn_primary__b2 { background: #0b57d0; color: #fff; } .Btn_ghost__b3 { border-color: transparent; } .Btn_block__b4 { display: block; width: 100%; margin: 8px 0; } .Btn_tiny__b5 { padding: 0 8px; } .Btn_link__b6 { border: none; padding: 2px 6px; }
.IconBtn_root__i1 { display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; border-radius: 50%; border: 1px solid transparent; background: #fff; cursor: pointer; vertical-align: middle; }
.IconBtn_sq__i2 { border-radius: 4px; border-color: #ddd; } .Avatar_root__a1 { display: inline-flex; width: 32px; height: 32px; border-radius: 50%; background: #7b5ea7; color: #fff; align-items: center; justify-content: center; border: none; }
.Layout_root__l1 { display: grid; grid-template-columns: 220px 1fr; gap: 20px; padding: 10px 20px; } .Folder_list__f1 { list-style: none; padding: 0; margin: 0; } .Folder_link__f2 { display: block; padding: 5px 10px; border-radius: 14px; color: #1f1f1f; text-decoration: none; }
.Folder_active__f3 { background: #d3e3fd; font-weight: 700; } .Folder_count__f4 { float: right; font-size: 12px; } .Dot_root__d1 { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #888; margin-right: 6px; }
.Side_head__sh1 { font-size: 13px; margin: 14px 10px 4px; } .Side_manage__sh2, .Side_contacts__sh3 { display: block; margin: 6px 10px; }
.Toolbar_root__t1 { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 6px 0; position: relative; } .Toolbar_spacer__t2 { flex: 1; } .Check_root__k1, .Radio_root__rd1 { display: inline-block; margin: 4px 8px 4px 0; }
.FilterChip_root__fc1 { border: 1px solid #ccc; border-radius: 8px; padding: 4px 10px; background: #fff; cursor: pointer; } .FilterChip_root__fc1[aria-pressed=true] { background: #d3e3fd; }
.Select_trigger__x1 { min-width: 130px; text-align: left; padding: 6px 10px; border: 1px solid #ccc; background: #fff; border-radius: 6px; cursor: pointer; } .Muted_root__mu1 { color: #666; font-size: 13px; }
.List_root__li1, .Cards_root__cs1 { list-style: none; padding: 0; margin: 0; } .Row_root__r1 { display: grid; grid-template-columns: 24px 34px 160px 1fr 24px 80px 150px; gap: 6px; align-items: center; padding: 4px 0; border-bottom: 1px solid #eee; }
.Row_unread__r2 { font-weight: 700; } .Row_subject__r4 { color: inherit; text-decoration: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; } .Row_snippet__r5 { color: #666; font-weight: 400; }
.Row_actions__r7 { position: relative; display: flex; gap: 2px; } .Chip_root__c1 { display: inline-block; border-radius: 6px; padding: 0 6px; font-size: 12px; background: #e8eaed; margin-right: 6px; } .Chip_remove__c2 { border: none; background: none; cursor: pointer; }
.Menu_root__m1 { position: absolute; right: 0; top: 34px; z-index: 5; list-style: none; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 12px rgba(0,0,0,.15); width: 190px; font-weight: 400; } .Menu_root__m1 li { padding: 6px 12px; cursor: pointer; }
.Msg_root__m1 { border: 1px solid #eee; border-radius: 8px; padding: 10px 14px; margin: 10px 0; } .Msg_head__m2 { display: flex; gap: 8px; align-items: center; } .Msg_actions__m4 { margin-left: auto; position: relative; display: flex; gap: 2px; }
.Att_list__at1 { display: flex; gap: 10px; align-items: center; } .Att_card__at2 { display: flex; gap: 6px; align-items: center; border: 1px solid #ddd; border-radius: 8px; padding: 6px 10px; }
.Thread_head__th1 { display: flex; gap: 10px; align-items: center; } .Reply_root__rp1 textarea, .Compose_root__cp1 textarea { width: 100%; box-sizing: border-box; } .Reply_foot__rp2, .Compose_actions__cp2, .Form_actions__fo2 { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.Field_root__f1 { display: block; margin: 8px 0; } .Field_root__f1 input, .Field_root__f1 select, .Field_root__f1 textarea { display: block; margin-top: 3px; padding: 6px; min-width: 280px; } .Field_label__fl1 { display: block; margin: 8px 0 4px; }
.Fieldset_root__fs1 { border: 1px solid #eee; border-radius: 8px; margin: 10px 0; } .Recips_root__rc1 { display: inline-flex; gap: 4px; align-items: center; border: 1px solid #ccc; padding: 3px; border-radius: 6px; width: 480px; } .Recips_root__rc1 input { border: none; flex: 1; }
.Fmt_root__fm1 { display: flex; gap: 4px; margin: 6px 0; } .PageHead_root__p1 { display: flex; justify-content: space-between; align-items: center; }
.Card_root__cd1 { display: grid; grid-template-columns: 24px 44px 1fr 170px; gap: 8px; align-items: center; border: 1px solid #eee; border-radius: 10px; padding: 8px 12px; margin: 8px 0; } .Card_actions__cd4 { display: flex; gap: 2px; }
.Card_panel__cp1 { border: 1px solid #eee; border-radius: 10px; padding: 10px 16px; margin: 14px 0; } .Tabs_root__tb1 { display: flex; gap: 18px; border-bottom: 1px solid #eee; padding-bottom: 6px; }
.Table_root__tt1 { width: 100%; border-collapse: collapse; } .Table_root__tt1 td, .Table_root__tt1 th { padding: 6px; border-bottom: 1px solid #eee; text-align: left; } .Sig_root__sg1 { display: flex; gap: 10px; align-items: flex-end; }
.Blocked_list__bl2 { list-style: none; padding: 0; } .Blocked_row__bl1 { display: flex; gap: 10px; align-items: center; } .Row_pair__rp1 { display: flex; gap: 14px; }
.Footer_root__ft1 { display: flex; gap: 16px; padding: 14px 20px; border-top: 1px solid #eee; color: #666; }
"""
STYLE3 = """body { font-family: "Source Sans 3", system-ui, sans-serif; margin: 0; font-size: 16px; color: #1b1b1f; }
.pb-skip { position: absolute; left: 8px; top: -40px; } .pb-skip:focus { top: 8px; } .pb-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pb-header { display: flex; align-items: center; gap: 16px; padding: 10px 24px; background: #13315c; } .pb-header a, .pb-header button { color: #fff; } .pb-header__search { display: flex; gap: 4px; flex: 1; } .pb-header__search input { width: 420px; padding: 8px 10px; border-radius: 8px; border: none; }
.pb-shell { display: grid; grid-template-columns: 230px 1fr; gap: 24px; padding: 14px 24px; } .pb-list { list-style: none; padding: 0; margin: 0; } .pb-list li { margin: 4px 0; } .pb-nav__link { display: block; padding: 4px 8px; }
.pb-count { font-size: 13px; color: #555; } .pb-avatar { width: 36px; height: 36px; border-radius: 50%; border: 2px solid #fff; background: #3e5c8a; }
.pb-btn { display: inline-block; padding: 8px 16px; border-radius: 8px; border: 2px solid #134074; background: #134074; color: #fff; font-weight: 600; cursor: pointer; text-decoration: none; font-size: 15px; }
.pb-btn--secondary { background: #fff; color: #134074; } .pb-btn--quiet { background: transparent; border-color: transparent; color: #134074; text-decoration: underline; } .pb-btn--small { padding: 4px 10px; font-size: 14px; } .pb-btn--block { display: block; text-align: center; margin-bottom: 12px; }
.pb-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 34px; height: 34px; border-radius: 50%; border: 1px solid #b9c2cf; background: #fff; cursor: pointer; vertical-align: middle; } .pb-icon-btn--sq { border-radius: 6px; }
.pb-tabs { display: flex; gap: 4px; border-bottom: 2px solid #dde3ea; margin: 10px 0 8px; } .pb-tabs [role=tab], .pb-tabs a { border: none; background: none; padding: 8px 14px; font-size: 15px; cursor: pointer; } .pb-tabs [aria-selected=true], .pb-tabs [aria-current] { border-bottom: 3px solid #134074; font-weight: 700; }
.pb-toolbar, .pb-row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 8px 0; } .pb-row--end { justify-content: flex-end; } .pb-switch, .pb-check { display: block; margin: 6px 0; } .pb-toolbar .pb-switch, .pb-toolbar .pb-check, .pb-row .pb-switch { display: inline-block; }
.pb-grid__row { display: grid; grid-template-columns: 30px 40px 170px 1fr 110px 130px; gap: 8px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; } .pb-grid__head { font-weight: 700; } .pb-grid__row--unread { font-weight: 700; }
.pb-grid__row--contacts { grid-template-columns: 30px 180px 1fr 150px 90px 170px; } .pb-grid__row--filters { grid-template-columns: 1fr 1fr 60px 90px; } .pb-actions { display: flex; gap: 4px; }
.pb-muted { color: #5f6670; font-size: 14px; font-weight: 400; } .pb-badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 13px; background: #e6ecf4; } .pb-more { margin: 14px 0; }
.pb-msg { border-bottom: 1px solid #dde3ea; padding: 10px 0; } .pb-msg__head { display: flex; gap: 8px; align-items: center; } .pb-msg__head .pb-actions { margin-left: auto; } .pb-collapsed { display: block; margin: 8px 0; }
.pb-att { display: flex; gap: 8px; align-items: center; } .pb-composer textarea, .pb-form textarea { width: 100%; box-sizing: border-box; padding: 8px; } .pb-narrow { max-width: 780px; }
.pb-form > input, .pb-form > select { display: block; width: 100%; box-sizing: border-box; margin: 6px 0; padding: 8px; } .pb-recips { display: flex; gap: 6px; align-items: center; border: 1px solid #b9c2cf; padding: 4px; border-radius: 6px; } .pb-recips input { border: none; flex: 1; padding: 4px; }
.pb-chip { border-radius: 12px; background: #e6ecf4; padding: 2px 8px; } .pb-chip__x { border: none; background: none; cursor: pointer; } .pb-drop { display: block; width: 100%; padding: 18px; border: 2px dashed #b9c2cf; background: #f7f9fb; margin: 8px 0; cursor: pointer; }
.pb-formfoot { display: flex; gap: 10px; margin: 16px 0; border-top: 1px solid #dde3ea; padding-top: 12px; } .pb-split { display: inline-flex; } .pb-split__more { padding: 8px; }
.pb-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 9; } .pb-dialog { position: fixed; top: 90px; left: 50%; margin-left: -260px; width: 520px; background: #fff; padding: 18px; border-radius: 12px; z-index: 10; }
.pb-dialog > input, .pb-dialog > select, .pb-dialog > textarea { display: block; width: 100%; box-sizing: border-box; margin: 8px 0; padding: 8px; } .pb-dialog__close { position: absolute; right: 12px; top: 12px; }
.pb-settings { border-bottom: 1px solid #dde3ea; padding: 8px 0 16px; } .pb-field { display: block; margin: 8px 0; } .pb-field select { display: block; margin-top: 4px; padding: 6px; } .pb-settings > input, .pb-settings > textarea { display: block; margin: 8px 0; padding: 8px; width: 460px; }
.pb-sig { display: flex; gap: 8px; align-items: flex-start; margin: 8px 0; } .pb-sig textarea { width: 360px; }
.pb-footer ul { list-style: none; display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #dde3ea; margin: 0; align-items: center; }
"""


def render():
    return {
        "v1": {"inbox.html": inbox_v1(), "message.html": message_v1(), "compose.html": compose_v1(),
               "contacts.html": contacts_v1(), "settings.html": settings_v1(), "style.css": STYLE},
        "v2": {"inbox.html": inbox_v2(), "message.html": message_v2(), "compose.html": compose_v2(),
               "contacts.html": contacts_v2(), "settings.html": settings_v2(), "style2.css": STYLE2},
        "v3": {"inbox.html": inbox_v3(), "message.html": message_v3(), "compose.html": compose_v3(),
               "contacts.html": contacts_v3(), "settings.html": settings_v3(), "style3.css": STYLE3},
    }
