"""Tasks: "Loomwork", a team project-management SaaS (workspace "Harbor Labs", project "Website
relaunch"). Three versions of board, task, team, billing and settings.

v1  Backbone/jQuery era: snake_case ids (`task_card_105`, `filter_assignee`), a top nav with text
    links, the board as four columns ("To do", "In progress", "Review", "Done") of cards with text
    links "Open" / "Assign" / "Move" / "Archive" per card and "+ Add a card" per column, a nav
    link "Board" and a view link "Board"; the task page with a toolbar of text links (B, I, U,
    Link, Bullets, Numbers), selects for status / assignee / priority, label checkboxes, watchers
    with "remove" links and an "Add" next to the watcher select and an "Add" for the checklist,
    checklist items and comments with text "edit" / "delete" / "Reply" / "Edit" / "Delete" links on
    every row; members as a table with an unlabelled role select and "Resend invite" / "Remove"
    per row and "Save roles"; billing as a plans table with "Choose plan" twice, radios for the
    billing cycle, card form, billing contact and invoice address both with "Name" and "Country",
    invoices with "View" / "Download PDF" per row; settings with an integrations table (Connect /
    Disconnect / Configure per row) and an unlabelled notification checkbox matrix.
v2  React rewrite: a side nav ("Projects", "People"), a "Search… ⌘K" button, test ids repeated on
    every card and row (`task-card`, `task-card-archive`, `member-row`), columns renamed ("Backlog",
    "Doing", "In review"), cards sorted by due date, two tasks gone (Set up analytics events,
    Export brand assets) and two new; the card title is the link that opens it, icon buttons named
    only "Assign" / "Archive" / "More" on every card, "Move to…" only in the one open card menu,
    "Add task" icon per column, filter chips and a custom assignee combobox; the task page with
    icon toolbars named "Bold" / "Italic" / "Insert link" twice (description and comment
    composer), an open assignee listbox, priority radios, label chips, watchers "Remove watcher"
    twice, checklist re-sorted with one item gone and one new and icon buttons "Edit item" /
    "Delete item" per row, comments newest first with Edit / Delete only on your own, save /
    cancel / notify gone; people sorted by name (one gone, one new) with a "Role" select on every
    row, a "Member actions" menu open for one row and an invite fieldset whose select is also
    "Role"; billing as plan cards (a new Starter plan, "Choose plan" on three cards), an annual
    billing switch, a seat stepper, two fieldsets each with "Name" / "Email" and "Save", icon
    "Download" per invoice (one invoice gone, one new); settings with integration cards
    (Connect / Disconnect repeated, Zapier gone, Microsoft Teams new), a matrix of checkboxes
    labelled only "Email" / "Slack" / "In-app", two "Save" buttons and Delete as a link styled as
    a button.
v3  design-system / accessibility pass: icon-only side nav with aria-labels ("Members", "Billing &
    plans"), view tabs (role=tab Board / List / Timeline), cards sorted by title, "Migrate blog
    posts" gone while "Migrate blog comments" is new, icon buttons named after their card
    ("Archive Draft homepage copy"), "Add task to Backlog"; the task page with placeholders for
    title, due date and the comment, a watch switch, one watcher gone, a single toolbar (underline
    gone), checklist and comment buttons named after their item / author ("Reply to Marcus Reed",
    "Delete your comment"), Comments / History tabs, "Delete task" back in the footer; members as
    role=grid sorted by role with "Role for <name>" selects, "Remove <name>" icons, "Sara
    Lindqvist" gone and "Sarah Lindgren" new, an open "Invite teammates" dialog; billing with
    "Switch to <plan>" buttons (Starter gone), Monthly / Yearly as radios again, placeholders
    ("Full name" twice), one "Save billing details", invoices as role=grid with the number as the
    link and "Download INV-…" icons; settings with switches named after each integration (Figma
    gone), "Configure Slack", a role=grid notification matrix ("Email for Mentions"), the watched
    row gone, Export gone and an open "Delete workspace?" confirmation dialog.
"""
from common import attrs, e, page


def M(key, **kw):
    return attrs(data__expect=key, **kw)


PEOPLE = {"Priya Nair": "PN", "Tom Becker": "TB", "Sara Lindqvist": "SL", "Marcus Reed": "MR",
          "Nadia Haddad": "NH", "Sarah Lindgren": "SL"}

# id, title, column, assignee, due (Mar day), labels
TASKS = [
    (101, "Draft homepage copy", "todo", "Priya Nair", 14, ["Content"]),
    (102, "Audit image sizes", "todo", "Tom Becker", 18, ["Dev"]),
    (103, "Set up analytics events", "todo", None, None, ["Dev"]),
    (104, "Migrate blog posts", "progress", "Sara Lindqvist", 12, ["Content"]),
    (105, "Design pricing table", "progress", "Priya Nair", 20, ["Design"]),
    (106, "Fix mobile nav overflow", "review", "Tom Becker", 10, ["Bug", "Dev"]),
    (107, "Update privacy policy", "review", "Marcus Reed", 22, ["Content"]),
    (108, "Choose font pairing", "done", "Sara Lindqvist", 3, ["Design"]),
    (109, "Export brand assets", "done", "Marcus Reed", 5, ["Design"]),
]
NEW_V2 = [
    (110, "Write launch announcement", "todo", "Marcus Reed", 25, ["Content"]),
    (111, "QA checkout flow", "progress", "Tom Becker", 16, ["Bug"]),
]
NEW_V3 = [(112, "Migrate blog comments", "progress", "Nadia Haddad", 19, ["Dev"])]
GONE_V2 = {103, 109}
GONE_V3 = {103, 109, 104}

COLUMNS = ["todo", "progress", "review", "done"]
COLNAMES = {
    "v1": {"todo": "To do", "progress": "In progress", "review": "Review", "done": "Done"},
    "v2": {"todo": "Backlog", "progress": "Doing", "review": "In review", "done": "Done"},
    "v3": {"todo": "Backlog", "progress": "In progress", "review": "In review", "done": "Done"},
}


# -- v1 ------------------------------------------------------------------------------------------

def header_v1(active):
    links = [("board.html", "Board", "nav-board"), ("team.html", "Team", "nav-team"),
             ("billing.html", "Billing", "nav-billing"), ("settings.html", "Settings", "nav-settings")]
    items = " | ".join(f'<a{attrs(href=h, id="nav_" + k[4:], class_="current" if k == active else None)}{M(k)}>{t}</a>' for h, t, k in links)
    return f"""<div id="header">
  <span class="logo">Loomwork</span> <span class="ws">Harbor Labs</span>
  <div id="main_nav">{items}</div>
  <div id="user_box">Priya Nair &middot; <a href="/logout" id="logout_link"{M("logout")}>Log out</a></div>
</div>"""


def board_v1():
    cols = ""
    for c in COLUMNS:
        cards = ""
        for tid, title, col, who, due, labels in TASKS:
            if col != c:
                continue
            lab = " ".join(f'<span class="label label_{l.lower()}">{l}</span>' for l in labels)
            assigned = f"Assigned to {e(who)}" if who else "Unassigned"
            duetxt = f"Due Mar {due}" if due else "No due date"
            cards += f"""
      <div class="task_card" id="task_card_{tid}">
        <div class="card_title">{e(title)}</div>
        <div class="card_meta">LW-{tid} &middot; {assigned} &middot; {duetxt}</div>
        <div class="card_labels">{lab}</div>
        <div class="card_links">
          <a href="task.html#{tid}" class="open_link"{M(f"open-{tid}")}>Open</a> |
          <a href="#" class="assign_link" data-id="{tid}"{M(f"assign-{tid}")}>Assign</a> |
          <a href="#" class="move_link" data-id="{tid}"{M(f"move-{tid}")}>Move</a> |
          <a href="#" class="archive_link" data-id="{tid}"{M(f"archive-{tid}")}>Archive</a>
        </div>
      </div>"""
        cols += f"""
    <td class="column" id="column_{c}">
      <h3>{COLNAMES["v1"][c]}</h3>{cards}
      <a href="#" class="add_card" id="add_card_{c}"{M(f"add-{c}")}>+ Add a card</a>
    </td>"""
    body = f"""{header_v1("nav-board")}
<div id="content">
  <div class="page_title">
    <h1>Website relaunch</h1>
    <label for="project_select">Project:</label>
    <select id="project_select" name="project"{M("project")}><option selected>Website relaunch</option><option>Mobile app v2</option><option>Q2 hiring</option></select>
    <span class="views">View: <a href="board.html" id="view_board" class="current"{M("view-board")}>Board</a> | <a href="list.html" id="view_list"{M("view-list")}>List</a></span>
    <a href="#" id="new_task_link" class="button"{M("new-task")}>New task</a>
  </div>
  <form id="filter_form" class="filters">
    <label for="filter_text">Search:</label> <input type="text" id="filter_text" name="q"{M("search")}>
    <label for="filter_assignee">Assignee</label>
    <select id="filter_assignee" name="assignee"{M("assignee-filter")}><option>Anyone</option><option>Priya Nair</option><option>Tom Becker</option><option>Sara Lindqvist</option><option>Marcus Reed</option><option>Unassigned</option></select>
    <label for="filter_label">Label</label>
    <select id="filter_label" name="label"{M("label-filter")}><option>All labels</option><option>Bug</option><option>Content</option><option>Design</option><option>Dev</option></select>
    <input type="checkbox" id="filter_mine" name="mine"{M("mine")}> <label for="filter_mine">Show only my tasks</label>
    <input type="submit" id="filter_apply" value="Apply"{M("apply")}>
    <a href="board.html" id="filter_clear"{M("clear")}>Clear filters</a>
  </form>
  <table id="board" class="board"><tr>{cols}
  </tr></table>
</div>"""
    return page("Board - Website relaunch - Loomwork", body)


CHECKLIST = [  # id, text, done
    (1, "Collect competitor pricing pages", True),
    (2, "Sketch three layouts", False),
    (3, "Review with Marcus", False),
    (4, "Hand off to dev", False),
]
NEW_ITEM_V2 = (5, "Check contrast ratios", False)
NEW_ITEM_V3 = (6, "Write microcopy for plans", False)

COMMENTS = [  # id, author, when, text
    (1, "Marcus Reed", "Mar 4", "Can we show annual prices by default?"),
    (2, "Priya Nair", "Mar 5", "Drafted two options, see the attached mockups."),
    (3, "Tom Becker", "Mar 6", "The Enterprise column needs a contact button."),
]
NEW_COMMENT_V2 = (4, "Sara Lindqvist", "Mar 7", "Annual toggle is in the Figma file now.")


def task_v1():
    items = ""
    for cid, text, done in CHECKLIST:
        items += f"""
        <li id="checklist_item_{cid}"><input type="checkbox" id="item_done_{cid}"{" checked" if done else ""}{M(f"check-{cid}")}> <label for="item_done_{cid}">{e(text)}</label>
          <span class="item_links"><a href="#" class="edit_item"{M(f"edit-item-{cid}")}>edit</a> <a href="#" class="delete_item"{M(f"delete-item-{cid}")}>delete</a></span></li>"""
    comments = ""
    for cid, who, when, text in COMMENTS:
        comments += f"""
      <div class="comment" id="comment_{cid}">
        <div class="comment_head"><b>{e(who)}</b> <span class="when">{when}</span></div>
        <p>{e(text)}</p>
        <div class="comment_links"><a href="#" class="reply_link"{M(f"reply-c{cid}")}>Reply</a> &middot; <a href="#" class="edit_link"{M(f"edit-c{cid}")}>Edit</a> &middot; <a href="#" class="delete_link"{M(f"delete-c{cid}")}>Delete</a></div>
      </div>"""
    tools = [("Bold", "B", "fmt-bold"), ("Italic", "I", "fmt-italic"), ("Underline", "U", "fmt-underline"),
             ("Insert link", "Link", "fmt-link"), ("Bulleted list", "Bullets", "fmt-bullets"), ("Numbered list", "Numbers", "fmt-numbers")]
    toolbar = "".join(f'<a href="#" class="wysi_cmd" data-wysihtml5-command="{k[4:]}" title="{t}"{M(k)}>{x}</a>' for t, x, k in tools)
    labels = "".join(f'<input type="checkbox" id="task_label_{l.lower()}" name="labels[]" value="{l}"{" checked" if l == "Design" else ""}{M("label-" + l.lower())}> <label for="task_label_{l.lower()}">{l}</label> ' for l in ["Bug", "Content", "Design", "Dev"])
    body = f"""{header_v1("nav-board")}
<div id="content">
  <a href="board.html" id="back_to_board"{M("back")}>&laquo; Back to board</a>
  <h1>LW-105</h1>
  <form id="task_form" class="task_form">
  <table class="task_layout"><tr><td class="task_main">
    <label for="task_title">Title</label><br><input type="text" id="task_title" name="task[title]" value="Design pricing table" size="50"{M("title")}><br>
    <label for="task_description">Description</label>
    <div class="wysi_toolbar" id="description_toolbar">{toolbar}</div>
    <textarea id="task_description" name="task[description]" rows="5" cols="60"{M("desc")}>Three tiers plus Enterprise. Annual / monthly toggle.</textarea>
    <h2>Checklist</h2>
    <ul class="checklist">{items}
    </ul>
    <label for="new_item">New item</label> <input type="text" id="new_item" name="item"{M("new-item")}> <button type="button" id="add_item"{M("add-item")}>Add</button>
    <h2>Comments</h2>{comments}
    <label for="comment_body">Comment</label><br>
    <textarea id="comment_body" name="comment[body]" rows="3" cols="60"{M("comment")}></textarea><br>
    <input type="checkbox" id="notify_watchers" name="notify" checked{M("notify")}> <label for="notify_watchers">Notify watchers</label>
    <button type="button" id="post_comment"{M("post")}>Post comment</button>
  </td><td class="task_side">
    <label for="task_status">Status</label><br>
    <select id="task_status" name="task[status]"{M("status")}><option>To do</option><option selected>In progress</option><option>Review</option><option>Done</option></select><br>
    <label for="task_assignee">Assignee</label><br>
    <select id="task_assignee" name="task[assignee_id]"{M("assignee")}><option>Unassigned</option><option selected>Priya Nair</option><option>Tom Becker</option><option>Sara Lindqvist</option><option>Marcus Reed</option></select><br>
    <label for="task_due">Due date</label><br>
    <input type="text" id="task_due" name="task[due_on]" value="03/20/2025" size="12"{M("due")}><br>
    <label for="task_priority">Priority</label><br>
    <select id="task_priority" name="task[priority]"{M("priority")}><option>Low</option><option selected>Normal</option><option>High</option><option>Urgent</option></select><br>
    <div class="labels">Labels:<br>{labels}</div>
    <div class="watchers">Watchers:
      <ul>
        <li>Marcus Reed <a href="#" class="remove_watcher"{M("unwatch-marcus")}>remove</a></li>
        <li>Tom Becker <a href="#" class="remove_watcher"{M("unwatch-tom")}>remove</a></li>
      </ul>
      <select id="watcher_select" name="watcher"{M("watcher-select")}><option>Sara Lindqvist</option><option>Marcus Reed</option><option>Tom Becker</option></select>
      <button type="button" id="add_watcher"{M("add-watcher")}>Add</button><br>
      <button type="button" id="watch_task"{M("watch")}>Watch this task</button>
    </div>
  </td></tr></table>
  <div class="form_actions">
    <input type="submit" id="save_task" value="Save changes"{M("save")}>
    <a href="board.html" id="cancel_task"{M("cancel")}>Cancel</a>
    <a href="#" id="delete_task" class="danger"{M("delete-task")}>Delete task</a>
  </div>
  </form>
</div>"""
    return page("LW-105 Design pricing table - Loomwork", body)


# id, name, email, role, status
MEMBERS = [
    ("m1", "Priya Nair", "priya@harborlabs.io", "Admin", "Active"),
    ("m2", "Tom Becker", "tom@harborlabs.io", "Member", "Active"),
    ("m3", "Sara Lindqvist", "sara@harborlabs.io", "Member", "Active"),
    ("m4", "Marcus Reed", "marcus@harborlabs.io", "Owner", "Active"),
    ("m5", "Jonas Weber", "jonas@harborlabs.io", "Member", "Invited"),
    ("m6", "Aiko Tanaka", "aiko@freelance.dev", "Guest", "Invited"),
    ("m7", "Luis Ortega", "luis@harborlabs.io", "Member", "Deactivated"),
]
NEW_MEMBER_V2 = ("m8", "Nadia Haddad", "nadia@harborlabs.io", "Member", "Active")
NEW_MEMBER_V3 = ("m9", "Sarah Lindgren", "sarah.l@harborlabs.io", "Viewer", "Active")


def team_v1():
    rows = ""
    for mid, name, email, role, status in MEMBERS:
        if role == "Owner":
            rolecell = "Owner"
        else:
            opts = "".join(f"<option{' selected' if r == role else ''}>{r}</option>" for r in ["Admin", "Member", "Guest"])
            rolecell = f'<select name="member_role[{mid}]" id="member_role_{mid}"{M(f"role-{mid}")}>{opts}</select>'
        acts = []
        if status == "Invited":
            acts.append(f'<a href="#" class="resend_invite"{M(f"resend-{mid}")}>Resend invite</a>')
        if status == "Deactivated":
            acts.append(f'<a href="#" class="reactivate"{M(f"reactivate-{mid}")}>Reactivate</a>')
        if role != "Owner":
            acts.append(f'<a href="#" class="remove_member"{M(f"remove-{mid}")}>Remove</a>')
        rows += f"""
      <tr id="member_{mid}" class="{'odd' if int(mid[1:]) % 2 else 'even'}">
        <td>{e(name)}</td><td>{e(email)}</td><td>{rolecell}</td><td>{status}</td>
        <td class="actions">{" | ".join(acts)}</td>
      </tr>"""
    body = f"""{header_v1("nav-team")}
<div id="content">
  <h1>Team members</h1>
  <p class="seats">7 of 10 seats used. <a href="billing.html#seats" id="buy_seats"{M("buy-seats")}>Buy more seats</a></p>
  <div class="filters">
    <label for="member_search">Find member:</label> <input type="text" id="member_search" name="q"{M("search")}>
    <label for="member_status">Show:</label>
    <select id="member_status" name="status"{M("status-filter")}><option>All</option><option>Active</option><option>Invited</option><option>Deactivated</option></select>
    <a href="team.csv" id="export_csv"{M("export")}>Export CSV</a>
  </div>
  <form id="roles_form">
  <table id="members_table" class="grid">
    <thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th><th>Actions</th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <input type="submit" id="save_roles" value="Save roles"{M("save-roles")}>
  </form>
  <h2>Invite a new member</h2>
  <form id="invite_form" class="invite">
    <table>
      <tr><td><label for="invite_email">Email address</label></td><td><input type="text" id="invite_email" name="invite[email]" size="30"{M("invite-email")}></td></tr>
      <tr><td><label for="invite_role">Role</label></td><td><select id="invite_role" name="invite[role]"{M("invite-role")}><option>Member</option><option>Admin</option><option>Guest</option></select></td></tr>
      <tr><td><label for="invite_message">Personal message (optional)</label></td><td><textarea id="invite_message" name="invite[message]" rows="3" cols="40"{M("invite-message")}></textarea></td></tr>
    </table>
    <input type="submit" id="send_invite" value="Send invite"{M("invite-send")}>
  </form>
</div>"""
    return page("Team - Loomwork", body)


# id, date, amount, status
INVOICES = [
    ("1042", "Mar 1, 2025", "$80.00", "Paid"),
    ("0987", "Feb 1, 2025", "$80.00", "Paid"),
    ("0931", "Jan 1, 2025", "$72.00", "Paid"),
    ("0874", "Dec 1, 2024", "$72.00", "Paid"),
]
NEW_INVOICE = ("1101", "Apr 1, 2025", "$96.00", "Due")
COUNTRIES = ["United States", "United Kingdom", "Germany", "Netherlands", "Sweden"]


def options(values, selected=None):
    return "".join(f"<option{' selected' if v == selected else ''}>{e(v)}</option>" for v in values)


def billing_v1():
    inv = "".join(f"""
      <tr id="invoice_{n}"><td>INV-{n}</td><td>{d}</td><td>{a}</td><td>{s}</td>
        <td><a href="/invoices/{n}" class="view_invoice"{M(f"view-{n}")}>View</a> | <a href="/invoices/{n}.pdf" class="download_invoice"{M(f"pdf-{n}")}>Download PDF</a></td></tr>""" for n, d, a, s in INVOICES)
    body = f"""{header_v1("nav-billing")}
<div id="content">
  <h1>Billing</h1>
  <p>You are on the <b>Team</b> plan, billed monthly. Next invoice: Apr 1, 2025.</p>
  <h2>Plans</h2>
  <table id="plans_table" class="plans">
    <tr><th>Free</th><th>Team</th><th>Business</th><th>Enterprise</th></tr>
    <tr><td>$0<br>Up to 3 members</td><td>$8 / user / month<br>Unlimited projects</td><td>$16 / user / month<br>SSO, audit log</td><td>Custom pricing<br>Dedicated support</td></tr>
    <tr>
      <td><button type="button" id="choose_plan_free"{M("choose-free")}>Choose plan</button></td>
      <td><button type="button" id="current_plan" disabled>Current plan</button></td>
      <td><button type="button" id="choose_plan_business"{M("choose-business")}>Choose plan</button></td>
      <td><a href="mailto:sales@loomwork.app" id="contact_sales"{M("contact-sales")}>Contact sales</a></td>
    </tr>
  </table>
  <p>Billing cycle:
    <input type="radio" name="cycle" id="cycle_monthly" value="monthly" checked{M("cycle-monthly")}> <label for="cycle_monthly">Monthly</label>
    <input type="radio" name="cycle" id="cycle_yearly" value="yearly"{M("cycle-yearly")}> <label for="cycle_yearly">Yearly (save 20%)</label>
  </p>
  <h2 id="seats">Seats</h2>
  <label for="seat_count">Number of seats</label> <input type="text" id="seat_count" name="seats" value="10" size="4"{M("seats")}>
  <button type="button" id="update_seats"{M("update-seats")}>Update seats</button>
  <h2>Payment method</h2>
  <form id="card_form">
    <table>
      <tr><td><label for="card_name">Cardholder name</label></td><td><input type="text" id="card_name" name="card[name]"{M("card-name")}></td></tr>
      <tr><td><label for="card_number">Card number</label></td><td><input type="text" id="card_number" name="card[number]"{M("card-number")}></td></tr>
      <tr><td><label for="card_exp">Expiration (MM/YY)</label></td><td><input type="text" id="card_exp" name="card[exp]" size="6"{M("card-exp")}></td></tr>
      <tr><td><label for="card_cvc">CVC</label></td><td><input type="text" id="card_cvc" name="card[cvc]" size="4"{M("card-cvc")}></td></tr>
      <tr><td><label for="card_country">Country</label></td><td><select id="card_country" name="card[country]"{M("card-country")}>{options(COUNTRIES, "United States")}</select></td></tr>
      <tr><td><label for="card_zip">ZIP / Postal code</label></td><td><input type="text" id="card_zip" name="card[zip]" size="8"{M("card-zip")}></td></tr>
    </table>
    <input type="submit" id="update_card" value="Update card"{M("save-card")}>
  </form>
  <table class="two_col"><tr><td>
  <h2>Billing contact</h2>
  <form id="contact_form">
    <label for="contact_name">Name</label><br><input type="text" id="contact_name" name="contact[name]"{M("contact-name")}><br>
    <label for="contact_email">Email</label><br><input type="text" id="contact_email" name="contact[email]"{M("contact-email")}><br>
    <label for="contact_phone">Phone</label><br><input type="text" id="contact_phone" name="contact[phone]"{M("contact-phone")}><br>
    <input type="submit" id="save_contact" value="Save contact"{M("save-contact")}>
  </form>
  </td><td>
  <h2>Invoice address</h2>
  <form id="address_form">
    <label for="addr_company">Company</label><br><input type="text" id="addr_company" name="address[company]" value="Harbor Labs GmbH"{M("addr-company")}><br>
    <label for="addr_name">Name</label><br><input type="text" id="addr_name" name="address[name]"{M("addr-name")}><br>
    <label for="addr_line1">Address</label><br><input type="text" id="addr_line1" name="address[line1]"{M("addr-line1")}><br>
    <label for="addr_city">City</label><br><input type="text" id="addr_city" name="address[city]"{M("addr-city")}><br>
    <label for="addr_postcode">Postcode</label><br><input type="text" id="addr_postcode" name="address[postcode]"{M("addr-postcode")}><br>
    <label for="addr_country">Country</label><br><select id="addr_country" name="address[country]"{M("addr-country")}>{options(COUNTRIES, "Germany")}</select><br>
    <label for="addr_vat">VAT ID</label><br><input type="text" id="addr_vat" name="address[vat]"{M("addr-vat")}><br>
    <input type="submit" id="save_address" value="Save address"{M("save-address")}>
  </form>
  </td></tr></table>
  <h2>Invoices</h2>
  <table id="invoices_table" class="grid">
    <thead><tr><th>Invoice</th><th>Date</th><th>Amount</th><th>Status</th><th></th></tr></thead>
    <tbody>{inv}
    </tbody>
  </table>
  <p class="cancel"><a href="#" id="cancel_subscription"{M("cancel-sub")}>Cancel subscription</a></p>
</div>"""
    return page("Billing - Loomwork", body)


INTEGRATIONS_V1 = [  # key, name, connected, blurb
    ("slack", "Slack", True, "Post task updates to channels"),
    ("github", "GitHub", True, "Link commits and pull requests"),
    ("gdrive", "Google Drive", False, "Attach files from Drive"),
    ("figma", "Figma", False, "Embed live designs"),
    ("zapier", "Zapier", False, "Automate with 5,000 apps"),
]
NOTIFY_ROWS_V1 = [("assigned", "Task assigned to me"), ("mention", "Mentioned in a comment"), ("due", "Task due tomorrow"),
                  ("watch", "Comment on a task I watch"), ("weekly", "Weekly summary")]
CHANNELS = [("email", "Email"), ("slack", "Slack"), ("inapp", "In-app")]


def settings_v1():
    integ = ""
    for k, name, on, blurb in INTEGRATIONS_V1:
        if on:
            acts = f'<a href="#" class="configure"{M(f"configure-{k}")}>Configure</a> | <a href="#" class="disconnect"{M(f"disconnect-{k}")}>Disconnect</a>'
        else:
            acts = f'<a href="#" class="connect"{M(f"connect-{k}")}>Connect</a>'
        integ += f"""
      <tr id="integration_{k}"><td><b>{name}</b><br><small>{blurb}</small></td><td>{"Connected" if on else "Not connected"}</td><td>{acts}</td></tr>"""
    matrix = ""
    for rk, rt in NOTIFY_ROWS_V1:
        on = {"assigned": ("email", "inapp"), "mention": ("email", "slack", "inapp"), "due": ("email",), "watch": ("inapp",), "weekly": ("email",)}[rk]
        cells = "".join(f'<td><input type="checkbox" name="notify[{rk}][{ck}]"{" checked" if ck in on else ""}{M(f"n-{rk}-{ck}")}></td>' for ck, _ in CHANNELS)
        matrix += f"\n      <tr><td>{rt}</td>{cells}</tr>"
    body = f"""{header_v1("nav-settings")}
<div id="content">
  <h1>Workspace settings</h1>
  <fieldset><legend>General</legend>
  <table>
    <tr><td><label for="ws_name">Workspace name</label></td><td><input type="text" id="ws_name" name="workspace[name]" value="Harbor Labs"{M("ws-name")}></td></tr>
    <tr><td><label for="ws_slug">Workspace URL</label></td><td>loomwork.app/<input type="text" id="ws_slug" name="workspace[slug]" value="harbor-labs"{M("ws-url")}></td></tr>
    <tr><td><label for="ws_timezone">Time zone</label></td><td><select id="ws_timezone" name="workspace[time_zone]"{M("timezone")}>{options(["UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"], "Europe/Berlin")}</select></td></tr>
    <tr><td><label for="ws_week_start">Week starts on</label></td><td><select id="ws_week_start" name="workspace[week_start]"{M("week-start")}><option selected>Monday</option><option>Sunday</option></select></td></tr>
    <tr><td><label for="ws_default_view">Default task view</label></td><td><select id="ws_default_view" name="workspace[default_view]"{M("default-view")}><option selected>Board</option><option>List</option></select></td></tr>
  </table>
  <input type="submit" id="save_settings" value="Save settings"{M("save-general")}>
  </fieldset>
  <h2>Integrations</h2>
  <table id="integrations_table" class="grid">{integ}
  </table>
  <h2>Notifications</h2>
  <form id="notify_form">
  <table id="notify_matrix" class="grid">
    <tr><th></th><th>Email</th><th>Slack</th><th>In-app</th></tr>{matrix}
  </table>
  <input type="submit" id="save_notifications" value="Save preferences"{M("save-notify")}>
  </form>
  <h2 class="danger">Danger zone</h2>
  <div class="danger_zone">
    <p><button type="button" id="export_workspace"{M("export")}>Export workspace data</button> Download every project, task and comment as JSON.</p>
    <p><button type="button" id="transfer_ownership"{M("transfer")}>Transfer ownership</button> Make another admin the owner.</p>
    <p><button type="button" id="delete_workspace" class="danger"{M("delete-ws")}>Delete workspace</button> This cannot be undone.</p>
  </div>
</div>"""
    return page("Settings - Loomwork", body)


# -- v2 ------------------------------------------------------------------------------------------

def shell_v2(active, main):
    links = [("board.html", "Projects", "nav-board"), ("team.html", "People", "nav-team"),
             ("billing.html", "Billing", "nav-billing"), ("settings.html", "Settings", "nav-settings")]
    items = "".join(f'<a{attrs(href=h, class_="sidenav__item" + (" is-active" if k == active else ""), aria__current="page" if k == active else None)}{M(k)}>{t}</a>' for h, t, k in links)
    return f"""<div class="app">
<nav class="sidenav" aria-label="Workspace">
  <div class="sidenav__ws">Harbor Labs</div>
  {items}
  <a href="inbox.html" class="sidenav__item">Inbox</a>
</nav>
<div class="app__main">
<header class="topbar">
  <button class="topbar__search" data-testid="command-palette"{M("global-search")}>Search&hellip; <kbd>&#8984;K</kbd></button>
  <button class="avatar-btn" aria-label="Account menu" data-testid="account-menu"{M("account")}>PN</button>
</header>
<main class="page">
{main}
</main>
</div>
</div>"""


def card_v2(t, menu_open=False):
    tid, title, col, who, due, labels = t
    lab = "".join(f'<span class="chip chip--{l.lower()}">{l}</span>' for l in labels)
    menu = ""
    if menu_open:
        menu = f"""
        <div class="menu" role="menu" aria-label="Card actions">
          <button role="menuitem" class="menu__item"{M(f"move-{tid}")}>Move to&hellip;</button>
          <button role="menuitem" class="menu__item"{M(f"duplicate-{tid}")}>Duplicate</button>
          <button role="menuitem" class="menu__item"{M(f"copylink-{tid}")}>Copy link</button>
          <button role="menuitem" class="menu__item menu__item--danger"{M(f"delete-{tid}")}>Delete</button>
        </div>"""
    return f"""
      <article class="card" data-testid="task-card">
        <a href="task.html" class="card__title" data-testid="task-card-title"{M(f"open-{tid}")}>{e(title)}</a>
        <div class="card__meta"><span class="card__key">LW-{tid}</span> <span class="card__due">Mar {due}</span> {lab}</div>
        <div class="card__actions">
          <button class="avatar-btn avatar-btn--sm" aria-label="Assign" title="{e(who)}" data-testid="task-card-assignee"{M(f"assign-{tid}")}>{PEOPLE[who]}</button>
          <button class="icon-btn" aria-label="Archive" data-testid="task-card-archive"{M(f"archive-{tid}")}>&#128451;</button>
          <button class="icon-btn" aria-label="More" aria-haspopup="menu" aria-expanded="{"true" if menu_open else "false"}" data-testid="task-card-menu"{M(f"more-{tid}")}>&#8942;</button>
        </div>{menu}
      </article>"""


def board_v2():
    tasks = [t for t in TASKS if t[0] not in GONE_V2] + NEW_V2
    cols = ""
    for c in COLUMNS:
        cards = "".join(card_v2(t, menu_open=t[0] == 105) for t in sorted((t for t in tasks if t[2] == c), key=lambda t: t[4]))
        n = sum(1 for t in tasks if t[2] == c)
        cols += f"""
    <section class="column" data-testid="board-column">
      <header class="column__head"><h2 class="column__title">{COLNAMES["v2"][c]}</h2><span class="count">{n}</span>
        <button class="icon-btn" aria-label="Add task" data-testid="column-add"{M(f"add-{c}")}>+</button></header>{cards}
    </section>"""
    main = f"""<div class="page__head">
  <div>
    <button role="combobox" aria-expanded="false" aria-label="Project" class="combo"{M("project")}>Website relaunch &#9662;</button>
  </div>
  <div class="segmented" role="group" aria-label="View">
    <button class="segmented__btn is-on" aria-pressed="true"{M("view-board")}>Board</button>
    <button class="segmented__btn" aria-pressed="false"{M("view-list")}>List</button>
    <button class="segmented__btn" aria-pressed="false"{M("view-calendar")}>Calendar</button>
  </div>
  <button class="btn btn--primary" data-testid="create-task"{M("new-task")}>Create task</button>
</div>
<div class="filterbar">
  <input type="search" class="input" placeholder="Search tasks" aria-label="Search tasks"{M("search")}>
  <button role="combobox" aria-expanded="false" aria-label="Assignee" class="combo"{M("assignee-filter")}>Anyone &#9662;</button>
  <select class="input" aria-label="Label"{M("label-filter")}><option>Any label</option><option>Bug</option><option>Content</option><option>Design</option><option>Dev</option></select>
  <button class="chip chip--toggle" aria-pressed="false"{M("mine")}>My tasks</button>
  <button class="chip chip--toggle" aria-pressed="false"{M("overdue")}>Overdue</button>
  <a href="board.html" class="btn btn--ghost"{M("clear")}>Reset</a>
</div>
<div class="board">{cols}
</div>"""
    return page("Website relaunch · Loomwork", shell_v2("nav-board", main), css="app.css")


def task_v2():
    def tb(tools, prefix, label):
        return f'<div class="toolbar" role="toolbar" aria-label="{label}">' + "".join(
            f'<button type="button" class="icon-btn" aria-label="{t}"{M(prefix + k)}>{g}</button>' for t, g, k in tools) + "</div>"
    desc_tools = [("Bold", "<b>B</b>", "bold"), ("Italic", "<i>I</i>", "italic"), ("Underline", "<u>U</u>", "underline"),
                  ("Insert link", "&#128279;", "link"), ("Bulleted list", "&#8226;", "bullets"), ("Numbered list", "1.", "numbers"),
                  ("Code block", "&lt;/&gt;", "code")]
    comment_tools = [("Bold", "<b>B</b>", "bold"), ("Italic", "<i>I</i>", "italic"), ("Insert link", "&#128279;", "link")]
    items = [CHECKLIST[1], CHECKLIST[3], NEW_ITEM_V2, CHECKLIST[0]]
    rows = ""
    for cid, text, done in items:
        rows += f"""
        <li class="checklist__item" data-testid="checklist-item">
          <label class="check"><input type="checkbox"{" checked" if done else ""}{M(f"check-{cid}")}> <span>{e(text)}</span></label>
          <button class="icon-btn" aria-label="Edit item"{M(f"edit-item-{cid}")}>&#9998;</button>
          <button class="icon-btn" aria-label="Delete item"{M(f"delete-item-{cid}")}>&#128465;</button>
        </li>"""
    comments = ""
    for cid, who, when, text in [NEW_COMMENT_V2] + COMMENTS[::-1]:
        own = who == "Priya Nair"
        extra = (f'<button class="icon-btn" aria-label="Edit comment"{M(f"edit-c{cid}")}>&#9998;</button>'
                 f'<button class="icon-btn" aria-label="Delete comment"{M(f"delete-c{cid}")}>&#128465;</button>') if own else ""
        comments += f"""
      <div class="comment" data-testid="comment">
        <div class="comment__head"><span class="avatar">{PEOPLE[who]}</span> <b>{e(who)}{" (you)" if own else ""}</b> <span class="muted">{when}</span></div>
        <p>{e(text)}</p>
        <div class="comment__actions"><button class="btn btn--link"{M(f"reply-c{cid}")}>Reply</button>{extra}</div>
      </div>"""
    people = ["Unassigned", "Priya Nair", "Tom Becker", "Sara Lindqvist", "Marcus Reed", "Nadia Haddad"]
    opts = "".join(f'<li role="option" class="listbox__opt" aria-selected="{"true" if p == "Priya Nair" else "false"}"{M("assignee-opt-" + p.split()[0].lower())}>{p}</li>' for p in people)
    prio = "".join(f'<label class="radio"><input type="radio" name="priority" value="{p.lower()}"{" checked" if p == "Medium" else ""}{M("prio-" + p.lower())}> {p}</label>' for p in ["Low", "Medium", "High", "Urgent"])
    main = f"""<nav class="crumbs" aria-label="Breadcrumb"><a href="board.html"{M("back")}>Website relaunch</a> / <span>LW-105</span></nav>
<div class="task">
  <div class="task__main">
    <input class="input input--title" aria-label="Task title" data-testid="task-title" value="Design pricing table"{M("title")}>
    <div class="editor">
      {tb(desc_tools, "fmt-", "Description formatting")}
      <div class="editor__body" role="textbox" aria-multiline="true" aria-label="Description" contenteditable="true"{M("desc")}>Three tiers plus Enterprise. Annual / monthly toggle.</div>
    </div>
    <section class="panel">
      <h3>Checklist <span class="muted">1/4</span></h3>
      <ul class="checklist">{rows}
      </ul>
      <div class="row">
        <input class="input" placeholder="Add an item&hellip;" aria-label="New checklist item"{M("new-item")}>
        <button class="btn"{M("add-item")}>Add item</button>
      </div>
    </section>
    <section class="panel">
      <h3>Comments</h3>
      <div class="composer">
        {tb(comment_tools, "cfmt-", "Comment formatting")}
        <textarea class="input" placeholder="Write a comment&hellip;" aria-label="Comment"{M("comment")}></textarea>
        <button class="btn btn--primary"{M("post")}>Comment</button>
      </div>{comments}
    </section>
  </div>
  <aside class="task__side">
    <button class="icon-btn task__close" aria-label="Close"{M("close")}>&times;</button>
    <div class="field"><span class="field__label" id="lbl-status">Status</span>
      <button role="combobox" aria-expanded="false" aria-labelledby="lbl-status" class="combo"{M("status")}>Doing &#9662;</button></div>
    <div class="field"><span class="field__label" id="lbl-assignee">Assignee</span>
      <button role="combobox" aria-expanded="true" aria-controls="assignee-list" aria-labelledby="lbl-assignee" class="combo"{M("assignee")}>Priya Nair &#9662;</button>
      <ul role="listbox" id="assignee-list" class="listbox" aria-label="Assignee">{opts}</ul></div>
    <div class="field"><label class="field__label" for="due">Due</label><input type="date" id="due" class="input" value="2025-03-20"{M("due")}></div>
    <fieldset class="field"><legend class="field__label">Priority</legend>{prio}</fieldset>
    <div class="field"><span class="field__label">Labels</span>
      <span class="chip chip--design">Design <button class="chip__x" aria-label="Remove label"{M("remove-label-design")}>&times;</button></span>
      <button class="btn btn--ghost btn--sm"{M("add-label")}>+ Add label</button></div>
    <div class="field"><span class="field__label">Watchers</span>
      <div class="watcher"><span class="avatar">MR</span> Marcus Reed <button class="icon-btn" aria-label="Remove watcher"{M("unwatch-marcus")}>&times;</button></div>
      <div class="watcher"><span class="avatar">TB</span> Tom Becker <button class="icon-btn" aria-label="Remove watcher"{M("unwatch-tom")}>&times;</button></div>
      <button class="btn btn--ghost btn--sm"{M("add-watcher")}>+ Add watcher</button>
      <button class="btn btn--sm" aria-pressed="false"{M("watch")}>&#128065; Watch</button></div>
    <button class="icon-btn" aria-label="Task actions" aria-haspopup="menu"{M("more-task")}>&#8942;</button>
  </aside>
</div>"""
    return page("LW-105 Design pricing table · Loomwork", shell_v2("nav-board", main), css="app.css")


def team_v2():
    members = sorted([m for m in MEMBERS if m[0] != "m7"] + [NEW_MEMBER_V2], key=lambda m: m[1])
    rows = ""
    for mid, name, email, role, status in members:
        role = {"Guest": "Viewer"}.get(role, role)
        if role == "Owner":
            rolecell = '<span class="pill">Owner</span>'
        else:
            rolecell = f'<select class="input input--sm" aria-label="Role"{M(f"role-{mid}")}>{options(["Admin", "Member", "Viewer"], role)}</select>'
        status = {"Invited": "Pending"}.get(status, status)
        menu = ""
        if mid == "m5":
            menu = f"""
          <div class="menu" role="menu" aria-label="Member actions">
            <button role="menuitem" class="menu__item"{M("resend-m5")}>Resend invite</button>
            <button role="menuitem" class="menu__item"{M("copylink-m5")}>Copy invite link</button>
            <button role="menuitem" class="menu__item menu__item--danger"{M("revoke-m5")}>Revoke invite</button>
          </div>"""
        remove = f'<button class="icon-btn" aria-label="Remove member" data-testid="member-remove"{M(f"remove-{mid}")}>&#128465;</button>' if role != "Owner" else ""
        rows += f"""
      <tr class="table__row" data-testid="member-row">
        <td><span class="avatar">{name.split()[0][0]}{name.split()[1][0]}</span> <b>{e(name)}</b><br><span class="muted">{e(email)}</span></td>
        <td>{rolecell}</td>
        <td><span class="pill pill--{status.lower()}">{status}</span></td>
        <td class="table__actions">{remove}
          <button class="icon-btn" aria-label="Member actions" aria-haspopup="menu" aria-expanded="{"true" if mid == "m5" else "false"}" data-testid="member-menu"{M(f"more-{mid}")}>&#8942;</button>{menu}
        </td>
      </tr>"""
    main = f"""<div class="page__head">
  <h1>People</h1>
  <span class="muted">7 of 10 seats</span>
  <a href="billing.html" class="btn btn--ghost"{M("buy-seats")}>Add seats</a>
  <button class="icon-btn" aria-label="Download CSV"{M("export")}>&#8681;</button>
</div>
<div class="filterbar">
  <input type="search" class="input" placeholder="Search people" aria-label="Search people"{M("search")}>
  <div class="segmented" role="group" aria-label="Status">
    <button class="segmented__btn is-on" aria-pressed="true"{M("filter-all")}>All</button>
    <button class="segmented__btn" aria-pressed="false"{M("filter-active")}>Active</button>
    <button class="segmented__btn" aria-pressed="false"{M("filter-pending")}>Pending</button>
  </div>
</div>
<table class="table">
  <thead><tr><th>Name</th><th>Role</th><th>Status</th><th><span class="sr-only">Actions</span></th></tr></thead>
  <tbody>{rows}
  </tbody>
</table>
<form class="card">
  <fieldset>
    <legend>Invite people</legend>
    <div class="field"><label for="invite-emails">Email addresses</label>
      <input id="invite-emails" class="input" name="emails"{M("invite-email")}><small class="muted">Separate several addresses with commas.</small></div>
    <div class="field"><label for="invite-role">Role</label>
      <select id="invite-role" class="input" name="role"{M("invite-role")}>{options(["Member", "Admin", "Viewer"])}</select></div>
    <div class="field"><label for="invite-msg">Message</label>
      <textarea id="invite-msg" class="input" name="message"{M("invite-message")}></textarea></div>
  </fieldset>
  <div class="row"><button type="reset" class="btn"{M("invite-cancel")}>Cancel</button>
    <button type="submit" class="btn btn--primary"{M("invite-send")}>Send invites</button></div>
</form>"""
    return page("People · Loomwork", shell_v2("nav-team", main), css="app.css")


PLANS_V2 = [  # key, name, price, blurb
    ("free", "Free", "$0", "Up to 3 members"),
    ("starter", "Starter", "$5 / seat", "Up to 10 members, 5 projects"),
    ("team", "Team", "$8 / seat", "Unlimited projects"),
    ("business", "Business", "$16 / seat", "SSO, audit log"),
    ("enterprise", "Enterprise", "Custom", "Dedicated support"),
]


def billing_v2():
    cards = ""
    for k, name, price, blurb in PLANS_V2:
        if k == "team":
            action = '<span class="pill pill--active">Current plan</span>'
        elif k == "enterprise":
            action = f'<a href="mailto:sales@loomwork.app" class="btn"{M("contact-sales")}>Talk to sales</a>'
        else:
            action = f'<button class="btn btn--primary" data-testid="plan-choose"{M("choose-" + k)}>Choose plan</button>'
        cards += f"""
    <div class="plan" data-testid="plan-card"><h3>{name}</h3><p class="plan__price">{price}</p><p class="muted">{blurb}</p>{action}</div>"""
    inv = ""
    for n, d, a, s in [NEW_INVOICE] + INVOICES[:3]:
        inv += f"""
      <tr data-testid="invoice-row"><td>INV-{n}</td><td>{d}</td><td>{a}</td><td><span class="pill">{s}</span></td>
        <td class="table__actions"><a href="/invoices/{n}" class="btn btn--ghost btn--sm"{M(f"view-{n}")}>View</a>
          <button class="icon-btn" aria-label="Download"{M(f"pdf-{n}")}>&#8681;</button></td></tr>"""
    main = f"""<div class="page__head"><h1>Billing</h1></div>
<section class="card">
  <h2>Plan</h2>
  <div class="setting"><span id="lbl-annual">Annual billing (save 20%)</span>
    <button role="switch" aria-checked="false" aria-labelledby="lbl-annual" class="switch"{M("cycle-yearly")}></button></div>
  <div class="plans">{cards}
  </div>
</section>
<section class="card" id="seats">
  <h2>Seats</h2>
  <div class="stepper">
    <button class="icon-btn" aria-label="Remove seat"{M("seats-dec")}>&minus;</button>
    <input type="number" class="input input--num" aria-label="Seats" value="10"{M("seats")}>
    <button class="icon-btn" aria-label="Add seat"{M("seats-inc")}>+</button>
    <button class="btn"{M("update-seats")}>Apply</button>
  </div>
</section>
<section class="card">
  <h2>Payment method</h2>
  <div class="grid2">
    <div class="field"><label for="cc-name">Name on card</label><input id="cc-name" class="input"{M("card-name")}></div>
    <div class="field"><label for="cc-number">Card number</label><input id="cc-number" class="input" inputmode="numeric"{M("card-number")}></div>
    <div class="field"><label for="cc-exp">Expiry date</label><input id="cc-exp" class="input" placeholder="MM / YY"{M("card-exp")}></div>
    <div class="field"><label for="cc-cvc">Security code</label><input id="cc-cvc" class="input"{M("card-cvc")}></div>
    <div class="field"><label for="cc-country">Country</label><select id="cc-country" class="input"{M("card-country")}>{options(COUNTRIES, "United States")}</select></div>
  </div>
  <button class="btn btn--primary"{M("save-card")}>Save card</button>
</section>
<div class="grid2">
  <form class="card">
    <fieldset><legend>Billing contact</legend>
      <div class="field"><label for="bc-name">Name</label><input id="bc-name" class="input"{M("contact-name")}></div>
      <div class="field"><label for="bc-email">Email</label><input id="bc-email" type="email" class="input"{M("contact-email")}></div>
    </fieldset>
    <button class="btn btn--primary"{M("save-contact")}>Save</button>
  </form>
  <form class="card">
    <fieldset><legend>Invoice address</legend>
      <div class="field"><label for="ia-company">Company name</label><input id="ia-company" class="input" value="Harbor Labs GmbH"{M("addr-company")}></div>
      <div class="field"><label for="ia-name">Name</label><input id="ia-name" class="input"{M("addr-name")}></div>
      <div class="field"><label for="ia-email">Email</label><input id="ia-email" type="email" class="input"{M("addr-email")}></div>
      <div class="field"><label for="ia-street">Street address</label><input id="ia-street" class="input"{M("addr-line1")}></div>
      <div class="field"><label for="ia-city">City</label><input id="ia-city" class="input"{M("addr-city")}></div>
      <div class="field"><label for="ia-zip">Postal code</label><input id="ia-zip" class="input"{M("addr-postcode")}></div>
      <div class="field"><label for="ia-country">Country</label><select id="ia-country" class="input"{M("addr-country")}>{options(COUNTRIES, "Germany")}</select></div>
      <div class="field"><label for="ia-vat">VAT number</label><input id="ia-vat" class="input"{M("addr-vat")}></div>
    </fieldset>
    <button class="btn btn--primary"{M("save-address")}>Save</button>
  </form>
</div>
<section class="card">
  <h2>Invoices</h2>
  <table class="table">
    <thead><tr><th>Number</th><th>Date</th><th>Amount</th><th>Status</th><th><span class="sr-only">Actions</span></th></tr></thead>
    <tbody>{inv}
    </tbody>
  </table>
</section>
<section class="card card--danger">
  <h2>Cancel subscription</h2><p class="muted">Your workspace moves to the Free plan at the end of the period.</p>
  <button class="btn btn--danger"{M("cancel-sub")}>Cancel subscription</button>
</section>"""
    return page("Billing · Loomwork", shell_v2("nav-billing", main), css="app.css")


INTEGRATIONS_V2 = [
    ("figma", "Figma", False, "Embed live designs"),
    ("github", "GitHub", True, "Link commits and pull requests"),
    ("gdrive", "Google Drive", False, "Attach files from Drive"),
    ("teams", "Microsoft Teams", False, "Post task updates to Teams channels"),
    ("slack", "Slack", True, "Post task updates to channels"),
]
NOTIFY_ROWS_V2 = [("assigned", "Assigned to me"), ("mention", "Mentions"), ("due", "Due date reminders"), ("watch", "Activity on watched tasks")]


def settings_v2():
    integ = ""
    for k, name, on, blurb in INTEGRATIONS_V2:
        if on:
            acts = (f'<button class="icon-btn" aria-label="Settings" data-testid="integration-settings"{M(f"configure-{k}")}>&#9881;</button>'
                    f'<button class="btn" data-testid="integration-toggle"{M(f"disconnect-{k}")}>Disconnect</button>')
        else:
            acts = f'<button class="btn btn--primary" data-testid="integration-toggle"{M(f"connect-{k}")}>Connect</button>'
        integ += f"""
    <div class="integration" data-testid="integration-card"><h3>{name}</h3><p class="muted">{blurb}</p>
      {'<span class="pill pill--active">Connected</span>' if on else ''}<div class="row">{acts}</div></div>"""
    matrix = ""
    on_map = {"assigned": ("email", "inapp"), "mention": ("email", "slack", "inapp"), "due": ("email",), "watch": ("inapp",)}
    for rk, rt in NOTIFY_ROWS_V2:
        cells = "".join(f'<td><input type="checkbox" aria-label="{ct}"{" checked" if ck in on_map[rk] else ""}{M(f"n-{rk}-{ck}")}></td>' for ck, ct in CHANNELS)
        matrix += f"\n      <tr><th scope=\"row\">{rt}</th>{cells}</tr>"
    main = f"""<div class="page__head"><h1>Settings</h1></div>
<div class="settings">
  <nav class="subnav" aria-label="Settings sections">
    <a href="#general"{M("sec-general")}>General</a><a href="#integrations"{M("sec-integrations")}>Integrations</a>
    <a href="#notifications"{M("sec-notifications")}>Notifications</a><a href="#advanced"{M("sec-advanced")}>Advanced</a>
  </nav>
  <div class="settings__body">
    <section class="card" id="general"><h2>General</h2>
      <div class="field"><label for="ws-name">Name</label><input id="ws-name" class="input" value="Harbor Labs"{M("ws-name")}></div>
      <div class="field"><label for="ws-slug">URL slug</label><div class="prefix"><span>loomwork.app/</span><input id="ws-slug" class="input" value="harbor-labs"{M("ws-url")}></div></div>
      <div class="field"><span class="field__label" id="lbl-tz">Time zone</span>
        <button role="combobox" aria-expanded="false" aria-labelledby="lbl-tz" class="combo"{M("timezone")}>Europe/Berlin &#9662;</button></div>
      <div class="field"><label for="ws-view">Default view</label><select id="ws-view" class="input"{M("default-view")}>{options(["Board", "List", "Calendar"], "Board")}</select></div>
      <button class="btn btn--primary"{M("save-general")}>Save</button>
    </section>
    <section class="card" id="integrations"><h2>Integrations</h2>
      <div class="integrations">{integ}
      </div>
    </section>
    <section class="card" id="notifications"><h2>Notifications</h2>
      <table class="table matrix">
        <thead><tr><th>Event</th><th>Email</th><th>Slack</th><th>In-app</th></tr></thead>
        <tbody>{matrix}
        </tbody>
      </table>
      <div class="setting"><span id="lbl-weekly">Send weekly summary email</span>
        <button role="switch" aria-checked="true" aria-labelledby="lbl-weekly" class="switch is-on"{M("n-weekly-email")}></button></div>
      <button class="btn btn--primary"{M("save-notify")}>Save</button>
    </section>
    <section class="card card--danger" id="advanced"><h2>Advanced</h2>
      <div class="setting"><span>Export all projects, tasks and comments as JSON.</span><button class="btn"{M("export")}>Export data</button></div>
      <div class="setting"><span>Make another admin the owner of this workspace.</span><button class="btn"{M("transfer")}>Transfer ownership</button></div>
      <div class="setting"><span>Permanently delete Harbor Labs and everything in it.</span><a href="delete.html" class="btn btn--danger"{M("delete-ws")}>Delete workspace</a></div>
    </section>
  </div>
</div>"""
    return page("Settings · Loomwork", shell_v2("nav-settings", main), css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def shell_v3(active, main, overlay=""):
    links = [("board.html", "Board", "nav-board"), ("team.html", "Members", "nav-team"),
             ("billing.html", "Billing &amp; plans", "nav-billing"), ("settings.html", "Workspace settings", "nav-settings")]
    items = "".join(f'<li><a href="{h}" class="rail__link" aria-label="{t}" title="{t}"{attrs(aria__current="page" if k == active else None)}{M(k)}><span class="ico"></span></a></li>' for h, t, k in links)
    return f"""<a href="#main" class="skip">Skip to content</a>
<div class="ds-app">
<nav class="rail" aria-label="Primary"><div class="rail__logo">L</div><ul>{items}</ul></nav>
<div class="ds-col">
<header class="ds-top">
  <span class="ds-ws">Harbor Labs</span>
  <button class="ds-search" aria-label="Search Loomwork" aria-keyshortcuts="Meta+K"{M("global-search")}><span class="ico"></span> Search</button>
  <button class="ds-iconbtn" aria-label="Notifications"{M("bell")}><span class="ico"></span></button>
  <button class="ds-avatar" aria-label="Your account: Priya Nair"{M("account")}>PN</button>
</header>
<main id="main" class="ds-main">
{main}
</main>
</div>
</div>{overlay}"""


def board_v3():
    tasks = [t for t in TASKS if t[0] not in GONE_V3] + NEW_V2 + NEW_V3
    cols = ""
    for c in COLUMNS:
        name = COLNAMES["v3"][c]
        cards = ""
        for tid, title, col, who, due, labels in sorted((t for t in tasks if t[2] == c), key=lambda t: t[1]):
            lab = "".join(f'<span class="ds-tag">{l}</span>' for l in labels)
            cards += f"""
        <li class="ds-card">
          <a href="task.html" class="ds-card__title"{M(f"open-{tid}")}>{e(title)}</a>
          <div class="ds-card__meta">LW-{tid} &middot; Due Mar {due} {lab}</div>
          <div class="ds-card__foot">
            <button class="ds-avatar ds-avatar--xs" aria-label="Assign {e(title)}" title="Assigned to {e(who)}"{M(f"assign-{tid}")}>{PEOPLE[who]}</button>
            <button class="ds-iconbtn" aria-label="Move {e(title)}"{M(f"move-{tid}")}><span class="ico"></span></button>
            <button class="ds-iconbtn" aria-label="Archive {e(title)}"{M(f"archive-{tid}")}><span class="ico"></span></button>
          </div>
        </li>"""
        cols += f"""
    <section class="ds-col-lane" aria-labelledby="lane-{c}">
      <h2 id="lane-{c}" class="ds-lane__title">{name}</h2>
      <ul class="ds-lane">{cards}
      </ul>
      <button class="ds-btn ds-btn--quiet" aria-label="Add task to {name}"{M(f"add-{c}")}>+ Add task</button>
    </section>"""
    main = f"""<div class="ds-head">
  <h1>Website relaunch</h1>
  <select class="ds-input" aria-label="Switch project"{M("project")}><option selected>Website relaunch</option><option>Mobile app v2</option><option>Q2 hiring</option></select>
  <button class="ds-btn ds-btn--primary"{M("new-task")}>+ New task</button>
</div>
<div role="tablist" aria-label="Views" class="ds-tabs">
  <button role="tab" aria-selected="true"{M("view-board")}>Board</button>
  <button role="tab" aria-selected="false"{M("view-list")}>List</button>
  <button role="tab" aria-selected="false"{M("view-timeline")}>Timeline</button>
</div>
<div class="ds-filters">
  <input type="search" class="ds-input" placeholder="Filter by title or ID"{M("search")}>
  <input role="combobox" aria-expanded="false" class="ds-input" placeholder="Any assignee"{M("assignee-filter")}>
  <select class="ds-input" aria-label="Label"{M("label-filter")}><option>Any label</option><option>Bug</option><option>Content</option><option>Design</option><option>Dev</option></select>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("mine")}> Only my tasks</label>
  <button class="ds-btn ds-btn--quiet"{M("clear")}>Clear all</button>
</div>
<div class="ds-board">{cols}
</div>"""
    return page("Website relaunch — Loomwork", shell_v3("nav-board", main), css="ds.css")


def task_v3():
    tools = [("Bold", "fmt-bold"), ("Italic", "fmt-italic"), ("Link", "fmt-link"),
             ("Bulleted list", "fmt-bullets"), ("Numbered list", "fmt-numbers"), ("Code block", "fmt-code")]
    toolbar = "".join(f'<button type="button" class="ds-iconbtn" aria-label="{t}"{M(k)}><span class="ico"></span></button>' for t, k in tools)
    items = [CHECKLIST[0], CHECKLIST[1], CHECKLIST[3], NEW_ITEM_V2, NEW_ITEM_V3]
    rows = ""
    for cid, text, done in items:
        rows += f"""
        <li class="ds-check">
          <label><input type="checkbox"{" checked" if done else ""}{M(f"check-{cid}")}> {e(text)}</label>
          <button class="ds-iconbtn" aria-label="Edit {e(text)}"{M(f"edit-item-{cid}")}><span class="ico"></span></button>
          <button class="ds-iconbtn" aria-label="Delete {e(text)}"{M(f"delete-item-{cid}")}><span class="ico"></span></button>
        </li>"""
    comments = ""
    for cid, who, when, text in COMMENTS + [NEW_COMMENT_V2]:
        own = who == "Priya Nair"
        extra = (f'<button class="ds-iconbtn" aria-label="Edit your comment"{M(f"edit-c{cid}")}><span class="ico"></span></button>'
                 f'<button class="ds-iconbtn" aria-label="Delete your comment"{M(f"delete-c{cid}")}><span class="ico"></span></button>') if own else ""
        comments += f"""
        <article class="ds-comment">
          <header><b>{e(who)}</b> <time>{when}</time></header>
          <p>{e(text)}</p>
          <div class="ds-comment__actions"><button class="ds-btn ds-btn--quiet" aria-label="Reply to {e(who)}"{M(f"reply-c{cid}")}>Reply</button>{extra}</div>
        </article>"""
    prio = "".join(f'<label class="ds-seg__opt"><input type="radio" name="prio"{" checked" if p == "Medium" else ""}{M("prio-" + p.lower())}> {p}</label>' for p in ["Low", "Medium", "High", "Urgent"])
    main = f"""<nav aria-label="Breadcrumb" class="ds-crumbs"><a href="board.html"{M("back")}>Website relaunch</a> <span aria-hidden="true">/</span> LW-105</nav>
<div class="ds-task">
  <div class="ds-task__main">
    <input class="ds-input ds-input--title" placeholder="Task title" value="Design pricing table"{M("title")}>
    <div role="toolbar" aria-label="Formatting" class="ds-toolbar">{toolbar}</div>
    <textarea class="ds-input" rows="4" placeholder="Add a more detailed description&hellip;"{M("desc")}>Three tiers plus Enterprise. Annual / monthly toggle.</textarea>
    <section aria-labelledby="h-checklist"><h2 id="h-checklist">Checklist</h2>
      <ul class="ds-checklist">{rows}
      </ul>
      <div class="ds-row"><input class="ds-input" placeholder="Add checklist item"{M("new-item")}><button class="ds-btn"{M("add-item")}>Add item</button></div>
    </section>
    <section aria-label="Activity">
      <div role="tablist" class="ds-tabs"><button role="tab" aria-selected="true"{M("tab-comments")}>Comments</button><button role="tab" aria-selected="false"{M("tab-history")}>History</button></div>
      <div role="tabpanel">{comments}
        <div class="ds-composer"><textarea class="ds-input" placeholder="Comment or type @ to mention"{M("comment")}></textarea>
          <button class="ds-btn ds-btn--primary"{M("post")}>Send</button></div>
      </div>
    </section>
  </div>
  <aside class="ds-task__side">
    <button class="ds-iconbtn" aria-label="Close task"{M("close")}><span class="ico"></span></button>
    <label class="ds-field">Status<select class="ds-input"{M("status")}>{options(["Backlog", "In progress", "In review", "Done"], "In progress")}</select></label>
    <div class="ds-field"><input role="combobox" aria-expanded="false" aria-label="Assignee" class="ds-input" placeholder="Assign to&hellip;" value="Priya Nair"{M("assignee")}></div>
    <div class="ds-field"><input class="ds-input" placeholder="Due date (YYYY-MM-DD)" value="2025-03-20"{M("due")}></div>
    <div class="ds-field" role="radiogroup" aria-label="Priority"><span>Priority</span>{prio}</div>
    <div class="ds-field"><span>Labels</span>
      <span class="ds-tag">Design <button class="ds-tag__x" aria-label="Remove Design label"{M("remove-label-design")}>&times;</button></span>
      <button class="ds-btn ds-btn--quiet"{M("add-label")}>Add label</button></div>
    <div class="ds-field"><span>Watchers</span>
      <div class="ds-row">Marcus Reed <button class="ds-iconbtn" aria-label="Remove Marcus Reed from watchers"{M("unwatch-marcus")}><span class="ico"></span></button></div>
      <button class="ds-btn ds-btn--quiet"{M("add-watcher")}>Add watcher</button>
      <label class="ds-switch"><input type="checkbox" role="switch"{M("watch")}> Watch this task</label></div>
    <footer class="ds-task__foot">
      <button class="ds-btn"{M("archive-task")}>Archive task</button>
      <button class="ds-btn ds-btn--danger"{M("delete-task")}>Delete task</button>
    </footer>
  </aside>
</div>"""
    return page("LW-105 Design pricing table — Loomwork", shell_v3("nav-board", main), css="ds.css")


def team_v3():
    order = {"Owner": 0, "Admin": 1, "Member": 2, "Viewer": 3}
    members = [m for m in MEMBERS if m[0] not in ("m7", "m3")] + [NEW_MEMBER_V2, NEW_MEMBER_V3]
    members = [(mid, n, em, {"Guest": "Viewer"}.get(r, r), st) for mid, n, em, r, st in members]
    members.sort(key=lambda m: (order[m[3]], m[1]))
    rows = ""
    for mid, name, email, role, status in members:
        if role == "Owner":
            rolecell = "Owner"
        else:
            rolecell = f'<select class="ds-input ds-input--sm" aria-label="Role for {e(name)}"{M(f"role-{mid}")}>{options(["Admin", "Member", "Viewer"], role)}</select>'
        acts = ""
        if status == "Invited":
            acts += f'<button class="ds-iconbtn" aria-label="Resend invite to {e(name)}"{M(f"resend-{mid}")}><span class="ico"></span></button>'
        if role != "Owner":
            acts += f'<button class="ds-iconbtn" aria-label="Remove {e(name)}"{M(f"remove-{mid}")}><span class="ico"></span></button>'
        status = {"Invited": "Invite pending"}.get(status, status)
        rows += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell" class="ds-cell"><b>{e(name)}</b><br><small>{e(email)}</small></div>
      <div role="gridcell" class="ds-cell">{rolecell}</div>
      <div role="gridcell" class="ds-cell"><span class="ds-tag">{status}</span></div>
      <div role="gridcell" class="ds-cell ds-cell--actions">{acts}</div>
    </div>"""
    main = f"""<div class="ds-head">
  <h1>Members</h1>
  <span class="ds-muted">7 of 10 seats &middot; <a href="billing.html"{M("buy-seats")}>Manage seats</a></span>
  <button class="ds-btn ds-btn--primary"{M("invite-open")}>Invite teammates</button>
</div>
<div role="tablist" aria-label="Member status" class="ds-tabs">
  <button role="tab" aria-selected="true"{M("filter-all")}>Everyone</button>
  <button role="tab" aria-selected="false"{M("filter-active")}>Active</button>
  <button role="tab" aria-selected="false"{M("filter-pending")}>Invites pending</button>
</div>
<input type="search" class="ds-input" placeholder="Search by name or email"{M("search")}>
<div role="grid" aria-label="Members" class="ds-grid">
  <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Member</div><div role="columnheader" class="ds-cell">Role</div><div role="columnheader" class="ds-cell">Status</div><div role="columnheader" class="ds-cell">Actions</div></div>{rows}
</div>"""
    overlay = f"""
<div role="dialog" aria-modal="false" aria-labelledby="dlg-invite" class="ds-dialog">
  <header class="ds-dialog__head"><h2 id="dlg-invite">Invite teammates</h2>
    <button class="ds-iconbtn" aria-label="Close"{M("invite-close")}><span class="ico"></span></button></header>
  <textarea class="ds-input" rows="2" placeholder="Emails, separated by commas"{M("invite-email")}></textarea>
  <select class="ds-input" aria-label="Role"{M("invite-role")}>{options(["Member", "Admin", "Viewer"])}</select>
  <footer class="ds-dialog__foot"><button class="ds-btn"{M("invite-cancel")}>Cancel</button>
    <button class="ds-btn ds-btn--primary"{M("invite-send")}>Send invitations</button></footer>
</div>"""
    return page("Members — Loomwork", shell_v3("nav-team", main, overlay), css="ds.css")


def billing_v3():
    plans = [("free", "Free", "$0"), ("team", "Team", "$8 / seat"), ("business", "Business", "$16 / seat"), ("enterprise", "Enterprise", "Custom")]
    cards = ""
    for k, name, price in plans:
        if k == "team":
            action = '<span class="ds-tag">Your plan</span>'
        elif k == "enterprise":
            action = f'<a href="mailto:sales@loomwork.app" class="ds-btn"{M("contact-sales")}>Contact sales</a>'
        else:
            action = f'<button class="ds-btn ds-btn--primary"{M("choose-" + k)}>Switch to {name}</button>'
        cards += f'\n    <li class="ds-plan"><h3>{name}</h3><p>{price}</p>{action}</li>'
    inv = ""
    for n, d, a, s in [NEW_INVOICE] + INVOICES[:2]:
        inv += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell" class="ds-cell"><a href="/invoices/{n}"{M(f"view-{n}")}>INV-{n}</a></div>
      <div role="gridcell" class="ds-cell">{d}</div><div role="gridcell" class="ds-cell">{a}</div><div role="gridcell" class="ds-cell"><span class="ds-tag">{s}</span></div>
      <div role="gridcell" class="ds-cell"><button class="ds-iconbtn" aria-label="Download INV-{n}"{M(f"pdf-{n}")}><span class="ico"></span></button></div>
    </div>"""
    main = f"""<div class="ds-head"><h1>Billing &amp; plans</h1></div>
<nav class="ds-jump" aria-label="On this page"><a href="#plan">Plan</a> <a href="#payment">Payment</a> <a href="#details">Billing details</a> <a href="#invoices">Invoices</a></nav>
<section id="plan" aria-labelledby="h-plan"><h2 id="h-plan">Plan</h2>
  <div role="radiogroup" aria-label="Billing period" class="ds-seg">
    <label class="ds-seg__opt"><input type="radio" name="period" checked{M("cycle-monthly")}> Monthly</label>
    <label class="ds-seg__opt"><input type="radio" name="period"{M("cycle-yearly")}> Yearly &middot; 2 months free</label>
  </div>
  <ul class="ds-plans">{cards}
  </ul>
  <div class="ds-row">
    <button class="ds-iconbtn" aria-label="Remove one seat"{M("seats-dec")}>&minus;</button>
    <input type="number" class="ds-input ds-input--num" placeholder="Seats" value="10"{M("seats")}>
    <button class="ds-iconbtn" aria-label="Add one seat"{M("seats-inc")}>+</button>
    <button class="ds-btn"{M("update-seats")}>Update seat count</button>
  </div>
</section>
<section id="payment" aria-labelledby="h-pay"><h2 id="h-pay">Payment method</h2>
  <div class="ds-row">
    <input class="ds-input" placeholder="Name on card"{M("card-name")}>
    <input class="ds-input" placeholder="1234 1234 1234 1234" aria-label="Card number"{M("card-number")}>
    <input class="ds-input" placeholder="MM / YY"{M("card-exp")}>
    <input class="ds-input" placeholder="CVC"{M("card-cvc")}>
    <select class="ds-input" aria-label="Country"{M("card-country")}>{options(COUNTRIES, "United States")}</select>
  </div>
  <button class="ds-btn ds-btn--primary"{M("save-card")}>Save payment method</button>
</section>
<section id="details" aria-labelledby="h-details"><h2 id="h-details">Billing details</h2>
  <div class="ds-cols">
    <fieldset><legend>Billing contact</legend>
      <input class="ds-input" placeholder="Full name"{M("contact-name")}>
      <input class="ds-input" type="email" placeholder="Email address"{M("contact-email")}>
    </fieldset>
    <fieldset><legend>Invoice address</legend>
      <input class="ds-input" placeholder="Company" value="Harbor Labs GmbH"{M("addr-company")}>
      <input class="ds-input" placeholder="Full name"{M("addr-name")}>
      <input class="ds-input" placeholder="Street and number"{M("addr-line1")}>
      <div class="ds-row"><input class="ds-input" placeholder="Postal code"{M("addr-postcode")}><input class="ds-input" placeholder="City"{M("addr-city")}></div>
      <select class="ds-input" aria-label="Country"{M("addr-country")}>{options(COUNTRIES, "Germany")}</select>
      <input class="ds-input" placeholder="VAT number (optional)"{M("addr-vat")}>
    </fieldset>
  </div>
  <button class="ds-btn ds-btn--primary"{M("save-billing")}>Save billing details</button>
</section>
<section id="invoices" aria-labelledby="h-inv"><h2 id="h-inv">Invoices</h2>
  <div role="grid" aria-label="Invoices" class="ds-grid">
    <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Invoice</div><div role="columnheader" class="ds-cell">Date</div><div role="columnheader" class="ds-cell">Amount</div><div role="columnheader" class="ds-cell">Status</div><div role="columnheader" class="ds-cell">PDF</div></div>{inv}
  </div>
</section>
<footer class="ds-foot"><button class="ds-btn ds-btn--danger"{M("cancel-sub")}>Cancel plan</button></footer>"""
    return page("Billing & plans — Loomwork", shell_v3("nav-billing", main), css="ds.css")


def settings_v3():
    integ = [("github", "GitHub", True), ("gdrive", "Google Drive", False), ("teams", "Microsoft Teams", False), ("slack", "Slack", True)]
    rows = ""
    for k, name, on in integ:
        key = f"disconnect-{k}" if on else f"connect-{k}"
        conf = f'<button class="ds-iconbtn" aria-label="Configure {name}"{M(f"configure-{k}")}><span class="ico"></span></button>' if on else ""
        rows += f"""
      <li class="ds-integ"><span class="ds-integ__name">{name}</span>{conf}
        <label class="ds-switch"><input type="checkbox" role="switch" aria-label="{name}"{" checked" if on else ""}{M(key)}></label></li>"""
    on_map = {"assigned": ("email", "inapp"), "mention": ("email", "slack", "inapp"), "due": ("email",)}
    nrows = [("assigned", "Assigned to me"), ("mention", "Mentions"), ("due", "Due date reminders")]
    grid = ""
    for rk, rt in nrows:
        cells = "".join(f'<div role="gridcell" class="ds-cell"><input type="checkbox" aria-label="{ct} for {rt}"{" checked" if ck in on_map[rk] else ""}{M(f"n-{rk}-{ck}")}></div>' for ck, ct in CHANNELS)
        grid += f'\n    <div role="row" class="ds-grid__row"><div role="rowheader" class="ds-cell">{rt}</div>{cells}</div>'
    main = f"""<div class="ds-head"><h1>Workspace settings</h1></div>
<section aria-labelledby="h-gen"><h2 id="h-gen">General</h2>
  <input class="ds-input" placeholder="Workspace name" value="Harbor Labs"{M("ws-name")}>
  <div class="ds-row"><span class="ds-muted">loomwork.app/</span><input class="ds-input" placeholder="your-team" value="harbor-labs"{M("ws-url")}></div>
  <select class="ds-input" aria-label="Time zone"{M("timezone")}>{options(["UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"], "Europe/Berlin")}</select>
  <button class="ds-btn ds-btn--primary"{M("save-general")}>Save changes</button>
</section>
<section aria-labelledby="h-int"><h2 id="h-int">Integrations</h2>
  <ul class="ds-integs">{rows}
  </ul>
</section>
<section aria-labelledby="h-not"><h2 id="h-not">Notifications</h2>
  <div role="grid" aria-label="Notification channels" class="ds-grid">
    <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Event</div><div role="columnheader" class="ds-cell">Email</div><div role="columnheader" class="ds-cell">Slack</div><div role="columnheader" class="ds-cell">In-app</div></div>{grid}
  </div>
  <label class="ds-switch"><input type="checkbox" role="switch" checked{M("n-weekly-email")}> Weekly summary email</label>
  <button class="ds-btn"{M("save-notify")}>Save notification settings</button>
</section>
<section aria-labelledby="h-danger" class="ds-danger"><h2 id="h-danger">Danger zone</h2>
  <button class="ds-btn"{M("transfer")}>Transfer ownership</button>
  <button class="ds-btn ds-btn--danger"{M("delete-ws")}>Delete workspace</button>
</section>"""
    overlay = f"""
<div role="dialog" aria-modal="true" aria-labelledby="dlg-del" class="ds-dialog ds-dialog--side">
  <header class="ds-dialog__head"><h2 id="dlg-del">Delete workspace?</h2>
    <button class="ds-iconbtn" aria-label="Close"{M("confirm-close")}><span class="ico"></span></button></header>
  <p>This permanently deletes Harbor Labs, its 3 projects and 212 tasks. Type <b>harbor-labs</b> to confirm.</p>
  <input class="ds-input" placeholder="harbor-labs"{M("confirm-input")}>
  <footer class="ds-dialog__foot"><button class="ds-btn"{M("confirm-cancel")}>Keep workspace</button>
    <button class="ds-btn ds-btn--danger"{M("confirm-delete")}>Delete forever</button></footer>
</div>"""
    return page("Workspace settings — Loomwork", shell_v3("nav-settings", main, overlay), css="ds.css")


STYLE1 = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; background: #f4f4f4; }
#header { background: #2d3e50; color: #fff; padding: 8px 12px; display: flex; gap: 24px; align-items: center; }
#header a { color: #cfe3ff; } #header a.current { font-weight: bold; color: #fff; } .logo { font-weight: bold; font-size: 16px; }
#user_box { margin-left: auto; } #content { padding: 12px; } .page_title { display: flex; gap: 12px; align-items: center; }
.button, input[type=submit], button { padding: 3px 8px; border: 1px solid #888; background: #eee; }
.filters { margin: 8px 0; } table.board { width: 100%; border-collapse: separate; border-spacing: 6px; }
td.column { vertical-align: top; background: #e3e6ea; padding: 6px; width: 25%; }
.task_card { background: #fff; border: 1px solid #ccc; margin: 6px 0; padding: 6px; } .card_title { font-weight: bold; }
.card_meta { color: #666; font-size: 11px; } .label { background: #ffd; border: 1px solid #cc9; padding: 0 3px; font-size: 10px; }
table.grid { border-collapse: collapse; } table.grid td, table.grid th { border: 1px solid #ccc; padding: 4px 8px; }
.task_layout td { vertical-align: top; padding: 8px; } .wysi_toolbar a { margin-right: 6px; } .checklist { list-style: none; padding: 0; }
.comment { border-top: 1px solid #ddd; padding: 4px 0; } .danger { color: #b00; } .danger_zone { border: 1px solid #e99; padding: 8px; }
.plans td, .plans th { border: 1px solid #ccc; padding: 6px 12px; text-align: center; } .two_col td { vertical-align: top; padding-right: 40px; }
fieldset { margin: 8px 0; }
"""

STYLE2 = """* { box-sizing: border-box; } body { font-family: Inter, Helvetica, sans-serif; font-size: 14px; margin: 0; color: #1f2937; }
.app { display: flex; min-height: 100vh; } .sidenav { width: 200px; background: #111827; padding: 12px; display: flex; flex-direction: column; gap: 4px; }
.sidenav__ws { color: #fff; font-weight: 600; margin-bottom: 12px; } .sidenav__item { color: #d1d5db; text-decoration: none; padding: 6px 8px; border-radius: 6px; }
.sidenav__item.is-active { background: #374151; color: #fff; } .app__main { flex: 1; min-width: 0; }
.topbar { display: flex; justify-content: space-between; padding: 8px 16px; border-bottom: 1px solid #e5e7eb; }
.topbar__search { width: 280px; text-align: left; border: 1px solid #d1d5db; border-radius: 6px; background: #f9fafb; padding: 4px 8px; }
.page { padding: 16px 20px; } .page__head, .filterbar, .row, .stepper, .card__actions, .table__actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.page__head { justify-content: space-between; margin-bottom: 12px; } .filterbar { margin-bottom: 12px; }
.btn { border: 1px solid #d1d5db; border-radius: 6px; background: #fff; padding: 5px 12px; cursor: pointer; text-decoration: none; color: inherit; display: inline-block; }
.btn--primary { background: #4f46e5; color: #fff; border-color: #4f46e5; } .btn--danger { background: #dc2626; color: #fff; border-color: #dc2626; }
.btn--ghost { border-color: transparent; } .btn--link { border: none; background: none; color: #4f46e5; padding: 0; } .btn--sm { font-size: 12px; padding: 2px 8px; }
.icon-btn { border: none; background: none; cursor: pointer; font-size: 15px; padding: 2px 6px; } .input { border: 1px solid #d1d5db; border-radius: 6px; padding: 5px 8px; }
.combo { border: 1px solid #d1d5db; border-radius: 6px; background: #fff; padding: 5px 10px; min-width: 140px; text-align: left; }
.chip { display: inline-block; border-radius: 999px; background: #eef2ff; padding: 1px 8px; font-size: 12px; border: 1px solid #c7d2fe; }
.chip--toggle { cursor: pointer; padding: 4px 10px; } .segmented { display: inline-flex; border: 1px solid #d1d5db; border-radius: 6px; }
.segmented__btn { border: none; background: #fff; padding: 5px 10px; } .segmented__btn.is-on { background: #e0e7ff; }
.board { display: flex; gap: 12px; } .column { background: #f3f4f6; border-radius: 8px; padding: 8px; width: 240px; }
.column__head { display: flex; align-items: center; gap: 6px; } .column__title { font-size: 14px; margin: 0; flex: 1; }
.card { position: relative; background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px; margin: 8px 0; }
.card__title { font-weight: 600; color: #111827; text-decoration: none; display: block; } .card__meta { font-size: 12px; color: #6b7280; margin: 4px 0; }
.avatar-btn { border-radius: 50%; width: 28px; height: 28px; border: none; background: #c7d2fe; font-size: 11px; cursor: pointer; }
.avatar-btn--sm { width: 22px; height: 22px; font-size: 9px; } .avatar { display: inline-block; border-radius: 50%; background: #e5e7eb; padding: 3px; font-size: 10px; }
.menu { position: relative; background: #fff; border: 1px solid #d1d5db; border-radius: 6px; box-shadow: 0 4px 12px #0002; padding: 4px; margin-top: 4px; z-index: 2; }
.menu__item { display: block; width: 100%; text-align: left; border: none; background: none; padding: 5px 8px; } .menu__item--danger { color: #dc2626; }
.crumbs { margin-bottom: 8px; } .task { display: flex; gap: 24px; } .task__main { flex: 1; } .task__side { width: 260px; }
.input--title { font-size: 20px; width: 100%; font-weight: 600; } .editor { border: 1px solid #d1d5db; border-radius: 6px; margin: 8px 0; }
.toolbar { display: flex; gap: 2px; border-bottom: 1px solid #e5e7eb; padding: 2px; } .editor__body { min-height: 60px; padding: 8px; }
.panel { margin: 16px 0; } .checklist { list-style: none; padding: 0; } .checklist__item { display: flex; align-items: center; gap: 4px; }
.check { flex: 1; } .composer { border: 1px solid #d1d5db; border-radius: 6px; padding: 6px; } .composer textarea { width: 100%; }
.comment { border-top: 1px solid #f3f4f6; padding: 8px 0; } .comment__actions { display: flex; gap: 8px; } .muted { color: #6b7280; }
.field { margin: 10px 0; border: none; padding: 0; } .field__label { display: block; font-size: 12px; color: #6b7280; margin-bottom: 2px; }
.field label { display: block; font-size: 12px; color: #6b7280; } .radio { display: inline-block !important; margin-right: 8px; color: inherit !important; }
.listbox { list-style: none; margin: 2px 0; padding: 4px; border: 1px solid #d1d5db; border-radius: 6px; background: #fff; box-shadow: 0 4px 12px #0002; }
.listbox__opt { padding: 4px 8px; cursor: pointer; } .listbox__opt[aria-selected=true] { background: #eef2ff; }
.chip__x { border: none; background: none; cursor: pointer; } .watcher { display: flex; align-items: center; gap: 6px; }
.table { width: 100%; border-collapse: collapse; } .table th, .table td { text-align: left; padding: 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
.table__actions { position: relative; } .pill { border-radius: 999px; background: #f3f4f6; padding: 1px 8px; font-size: 12px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.card, form.card, section.card { border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 16px; margin: 12px 0; background: #fff; }
.card--danger { border-color: #fecaca; } fieldset { border: none; padding: 0; margin: 0; } legend { font-weight: 600; margin-bottom: 6px; }
.plans { display: flex; gap: 12px; } .plan { border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px; width: 170px; }
.plan__price { font-size: 18px; font-weight: 600; } .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.setting { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin: 8px 0; max-width: 640px; }
.switch { width: 36px; height: 20px; border-radius: 10px; border: 1px solid #9ca3af; background: #e5e7eb; cursor: pointer; } .switch.is-on { background: #4f46e5; }
.input--num { width: 70px; } .settings { display: flex; gap: 24px; } .subnav { display: flex; flex-direction: column; width: 150px; gap: 6px; }
.integrations { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; } .integration { border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px; }
.prefix { display: flex; align-items: center; gap: 4px; } .matrix td, .matrix th { text-align: center; } .matrix th[scope=row] { text-align: left; }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: system-ui, sans-serif; font-size: 14px; margin: 0; color: #18181b; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; }
.ds-app { display: flex; min-height: 100vh; } .rail { width: 56px; background: #18181b; padding: 8px; } .rail ul { list-style: none; margin: 0; padding: 0; }
.rail__logo { color: #fff; font-weight: 700; text-align: center; margin-bottom: 12px; } .rail__link { display: block; padding: 10px; border-radius: 8px; }
.rail__link[aria-current=page] { background: #3f3f46; } .ico { display: inline-block; width: 16px; height: 16px; background: #a1a1aa; border-radius: 3px; vertical-align: middle; }
.ds-col { flex: 1; min-width: 0; } .ds-top { display: flex; gap: 12px; align-items: center; padding: 8px 16px; border-bottom: 1px solid #e4e4e7; }
.ds-ws { font-weight: 600; margin-right: auto; } .ds-search { border: 1px solid #d4d4d8; border-radius: 8px; background: #fafafa; padding: 4px 10px; width: 240px; text-align: left; }
.ds-main { padding: 16px 20px; } .ds-head { display: flex; gap: 12px; align-items: center; margin-bottom: 12px; } .ds-head h1 { margin: 0; font-size: 22px; }
.ds-btn { border: 1px solid #d4d4d8; border-radius: 8px; background: #fff; padding: 5px 12px; cursor: pointer; text-decoration: none; color: inherit; display: inline-block; }
.ds-btn--primary { background: #0f766e; color: #fff; border-color: #0f766e; } .ds-btn--danger { background: #b91c1c; color: #fff; border-color: #b91c1c; }
.ds-btn--quiet { border-color: transparent; background: none; color: #0f766e; } .ds-iconbtn { border: none; background: none; padding: 4px; cursor: pointer; }
.ds-avatar { border-radius: 50%; border: none; background: #99f6e4; width: 30px; height: 30px; font-size: 11px; cursor: pointer; } .ds-avatar--xs { width: 22px; height: 22px; font-size: 9px; }
.ds-input { border: 1px solid #d4d4d8; border-radius: 8px; padding: 5px 8px; margin: 4px 0; } .ds-input--title { font-size: 20px; font-weight: 600; width: 100%; }
.ds-input--num { width: 70px; } .ds-input--sm { padding: 3px 6px; } .ds-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e4e4e7; margin: 8px 0; }
.ds-tabs [role=tab] { border: none; background: none; padding: 6px 12px; border-bottom: 2px solid transparent; } .ds-tabs [aria-selected=true] { border-bottom-color: #0f766e; }
.ds-filters, .ds-row, .ds-card__foot, .ds-comment__actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ds-switch { display: inline-flex; gap: 6px; align-items: center; } .ds-board { display: flex; gap: 12px; margin-top: 12px; }
.ds-col-lane { background: #f4f4f5; border-radius: 10px; padding: 8px; width: 240px; } .ds-lane__title { font-size: 13px; text-transform: uppercase; color: #52525b; margin: 4px; }
.ds-lane { list-style: none; margin: 0; padding: 0; } .ds-card { background: #fff; border: 1px solid #e4e4e7; border-radius: 10px; padding: 8px; margin: 8px 0; }
.ds-card__title { font-weight: 600; color: inherit; text-decoration: none; display: block; } .ds-card__meta { font-size: 12px; color: #71717a; margin: 4px 0; }
.ds-tag { border-radius: 6px; background: #f0fdfa; border: 1px solid #99f6e4; padding: 0 6px; font-size: 12px; } .ds-tag__x { border: none; background: none; cursor: pointer; }
.ds-crumbs { margin-bottom: 8px; } .ds-task { display: flex; gap: 24px; } .ds-task__main { flex: 1; } .ds-task__side { width: 270px; }
.ds-toolbar { display: flex; gap: 2px; } .ds-task__main textarea { width: 100%; } .ds-checklist { list-style: none; padding: 0; }
.ds-check { display: flex; align-items: center; gap: 4px; } .ds-check label { flex: 1; } .ds-comment { border-top: 1px solid #f4f4f5; padding: 6px 0; }
.ds-comment p { margin: 4px 0; } .ds-field { display: block; margin: 10px 0; } .ds-field select, .ds-field input { display: block; }
.ds-seg { display: inline-flex; gap: 4px; } .ds-seg__opt { border: 1px solid #d4d4d8; border-radius: 8px; padding: 3px 8px; }
.ds-task__foot { display: flex; gap: 8px; margin-top: 16px; } .ds-grid { display: table; width: 100%; } .ds-grid__row { display: table-row; }
.ds-cell { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #f4f4f5; vertical-align: middle; } .ds-grid__head .ds-cell { font-weight: 600; color: #52525b; }
.ds-muted { color: #71717a; } .ds-plans { list-style: none; display: flex; gap: 12px; padding: 0; } .ds-plan { border: 1px solid #e4e4e7; border-radius: 10px; padding: 12px; width: 180px; }
.ds-cols { display: flex; gap: 24px; } .ds-cols fieldset { border: 1px solid #e4e4e7; border-radius: 10px; padding: 10px; display: flex; flex-direction: column; width: 320px; }
.ds-jump { display: flex; gap: 12px; margin-bottom: 8px; } .ds-foot { margin-top: 24px; border-top: 1px solid #e4e4e7; padding-top: 12px; }
.ds-integs { list-style: none; padding: 0; max-width: 420px; } .ds-integ { display: flex; align-items: center; gap: 8px; padding: 6px 0; border-bottom: 1px solid #f4f4f5; }
.ds-integ__name { flex: 1; } .ds-danger { border: 1px solid #fecaca; border-radius: 10px; padding: 10px; margin-top: 16px; }
.ds-dialog { position: absolute; top: 560px; right: 24px; width: 440px; background: #fff; border-radius: 12px; padding: 16px; box-shadow: 0 10px 40px #0004; display: flex; flex-direction: column; gap: 6px; }
.ds-dialog__head, .ds-dialog__foot { display: flex; justify-content: space-between; align-items: center; gap: 8px; } .ds-dialog__foot { justify-content: flex-end; }
.ds-dialog h2 { margin: 0; font-size: 17px; } .ds-dialog--side { top: 80px; }
"""


def render():
    return {
        "v1": {"board.html": board_v1(), "task.html": task_v1(), "team.html": team_v1(), "billing.html": billing_v1(),
               "settings.html": settings_v1(), "style.css": STYLE1},
        "v2": {"board.html": board_v2(), "task.html": task_v2(), "team.html": team_v2(), "billing.html": billing_v2(),
               "settings.html": settings_v2(), "app.css": STYLE2},
        "v3": {"board.html": board_v3(), "task.html": task_v3(), "team.html": team_v3(), "billing.html": billing_v3(),
               "settings.html": settings_v3(), "ds.css": STYLE3},
    }
