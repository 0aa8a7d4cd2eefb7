"""Admin: "Ops console", a back-office table app. Three versions of users, edit dialog and settings.

v1  server-rendered: a users table with text buttons (Edit, Delete) per row, sort links in the
    column headers, an edit-user dialog, settings with tabs and checkboxes.
v2  restyled: columns reordered (Email first), rows sorted by name, two users gone and one new,
    row actions become icon buttons labelled only "Edit" / "Delete" (the row tells them apart),
    sort buttons inside the headers, "Invite user" -> "Add user", dialog buttons reworded,
    settings toggles become role=switch buttons, tabs renamed.
v3  data-grid component: div rows with role=row/gridcell, row actions as a link styled as a
    button ("Edit") and a "Delete user" icon, pagination icons,
    settings as a side menu with sections.
"""
from common import attrs, e, page

USERS = [  # id, name, email, role, status, last login
    (101, "Alice Martin", "alice@ops.example", "Admin", "Active", "2 hours ago"),
    (102, "Bruno Silva", "bruno@ops.example", "Editor", "Active", "Yesterday"),
    (103, "Chen Wei", "chen@ops.example", "Viewer", "Suspended", "3 weeks ago"),
    (104, "Dana Okafor", "dana@ops.example", "Editor", "Active", "5 minutes ago"),
    (105, "Emil Novak", "emil@ops.example", "Viewer", "Invited", "Never"),
    (106, "Fatima Zahra", "fatima@ops.example", "Admin", "Active", "Today"),
    (107, "Goran Petrov", "goran@ops.example", "Viewer", "Active", "Last month"),
    (108, "Hana Sato", "hana@ops.example", "Editor", "Suspended", "2 days ago"),
]
NEW_USER = (109, "Ines Duarte", "ines@ops.example", "Editor", "Active", "Just now")
GONE_V2 = {103, 107}


def sidebar_v1(active):
    links = [("dashboard.html", "Dashboard", "nav-dashboard"), ("users.html", "Users", "nav-users"),
             ("orders.html", "Orders", "nav-orders"), ("settings.html", "Settings", "nav-settings")]
    items = "".join(f'<li><a{attrs(href=h, id=k, class_="active" if k == active else None, data__expect=k)}>{t}</a></li>' for h, t, k in links)
    return f"""<aside class="sidebar" id="sidebar">
  <div class="brand">Ops console</div>
  <ul class="menu">{items}</ul>
  <a href="logout.html" id="logout"{attrs(data__expect="logout")}>Log out</a>
</aside>"""


def users_v1():
    rows = ""
    for uid, name, email, role, status, seen in USERS:
        rows += f"""
      <tr id="user-{uid}">
        <td><input type="checkbox" name="selected" value="{uid}"{attrs(data__expect=f"select-{uid}")}></td>
        <td><a href="user.html?id={uid}"{attrs(data__expect=f"name-{uid}")}>{e(name)}</a></td>
        <td>{e(email)}</td><td>{role}</td><td><span class="badge badge-{status.lower()}">{status}</span></td><td>{seen}</td>
        <td class="actions">
          <button class="btn btn-sm" onclick="editUser({uid})"{attrs(data__expect=f"edit-{uid}")}>Edit</button>
          <button class="btn btn-sm btn-danger" onclick="deleteUser({uid})"{attrs(data__expect=f"delete-{uid}")}>Delete</button>
        </td>
      </tr>"""
    heads = [("Name", "sort-name"), ("Email", "sort-email"), ("Role", "sort-role"), ("Status", "sort-status"), ("Last login", "sort-login")]
    ths = "".join(f'<th><a href="?sort={k[5:]}" class="sort"{attrs(data__expect=k)}>{t}</a></th>' for t, k in heads)
    body = f"""<div class="app">
{sidebar_v1("nav-users")}
<main class="main">
  <div class="topbar">
    <h1{attrs(data__expect="heading")}>Users</h1>
    <input id="user-search" type="text" name="search" placeholder="Search users"{attrs(data__expect="search")}>
    <button id="invite" class="btn btn-primary" data-testid="invite-user"{attrs(data__expect="invite")}>Invite user</button>
  </div>
  <div class="filters">
    <label for="role-filter">Role</label>
    <select id="role-filter" name="role"{attrs(data__expect="role-filter")}><option>All roles</option><option>Admin</option><option>Editor</option><option>Viewer</option></select>
    <label for="status-filter">Status</label>
    <select id="status-filter" name="status"{attrs(data__expect="status-filter")}><option>Any status</option><option>Active</option><option>Suspended</option><option>Invited</option></select>
  </div>
  <div class="bulk">
    <input type="checkbox" id="select-all"{attrs(data__expect="select-all")}><label for="select-all">Select all</label>
    <button id="bulk-delete" class="btn btn-danger"{attrs(data__expect="bulk-delete")}>Delete selected</button>
    <button id="export" class="btn"{attrs(data__expect="export")}>Export CSV</button>
  </div>
  <table class="table" id="users-table">
    <thead><tr><th></th>{ths}<th>Actions</th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <div class="pager">
    <label for="per-page">Rows per page</label>
    <select id="per-page"{attrs(data__expect="per-page")}><option>10</option><option>25</option><option>50</option></select>
    <button id="prev" class="btn" disabled{attrs(data__expect="prev")}>Previous</button>
    <button id="next" class="btn"{attrs(data__expect="next")}>Next</button>
  </div>
</main>
</div>"""
    return page("Users - Ops console", body)


def edit_v1():
    perms = [("Can publish", "perm-publish"), ("Can invite users", "perm-invite"), ("Billing access", "perm-billing")]
    boxes = "".join(f'<p><input type="checkbox" id="{k}" name="permissions" value="{k[5:]}"{attrs(data__expect=k)}> <label for="{k}">{t}</label></p>' for t, k in perms)
    body = f"""<div class="app">
{sidebar_v1("nav-users")}
<main class="main">
  <h1>Users</h1>
  <div class="overlay"></div>
  <div class="modal" role="dialog" aria-labelledby="modal-title" id="edit-modal">
    <div class="modal-header"><h2 id="modal-title"{attrs(data__expect="heading")}>Edit user</h2>
      <button class="close" id="modal-close"{attrs(data__expect="close")}>Close</button></div>
    <form id="edit-form">
      <label for="full-name">Full name</label><input id="full-name" name="fullName" value="Bruno Silva"{attrs(data__expect="name")}>
      <label for="user-email">Email</label><input id="user-email" name="email" type="email" value="bruno@ops.example"{attrs(data__expect="email")}>
      <label for="user-role">Role</label>
      <select id="user-role" name="role"{attrs(data__expect="role")}><option>Admin</option><option selected>Editor</option><option>Viewer</option></select>
      <fieldset><legend>Status</legend>
        <input type="radio" id="status-active" name="status" value="active" checked{attrs(data__expect="status-active")}><label for="status-active">Active</label>
        <input type="radio" id="status-suspended" name="status" value="suspended"{attrs(data__expect="status-suspended")}><label for="status-suspended">Suspended</label>
      </fieldset>
      <fieldset><legend>Permissions</legend>{boxes}</fieldset>
      <label for="notes">Notes</label><textarea id="notes" name="notes"{attrs(data__expect="notes")}></textarea>
      <div class="modal-footer">
        <button type="button" id="cancel" class="btn"{attrs(data__expect="cancel")}>Cancel</button>
        <button type="submit" id="save" class="btn btn-primary"{attrs(data__expect="save")}>Save changes</button>
        <button type="button" id="reset-password" class="btn btn-link"{attrs(data__expect="reset-password")}>Send password reset</button>
      </div>
    </form>
  </div>
</main>
</div>"""
    return page("Edit user - Ops console", body)


def settings_v1():
    tabs = [("General", "tab-general"), ("Notifications", "tab-notifications"), ("Security", "tab-security"), ("Billing", "tab-billing")]
    tablist = "".join(f'<button role="tab" id="{k}" aria-selected="{"true" if i == 0 else "false"}"{attrs(data__expect=k)}>{t}</button>' for i, (t, k) in enumerate(tabs))
    body = f"""<div class="app">
{sidebar_v1("nav-settings")}
<main class="main">
  <h1{attrs(data__expect="heading")}>Settings</h1>
  <div role="tablist" aria-label="Settings sections" class="tabs">{tablist}</div>
  <section role="tabpanel" aria-labelledby="tab-general" class="panel">
    <label for="org-name">Organisation name</label><input id="org-name" name="orgName" value="Acme Ltd"{attrs(data__expect="org-name")}>
    <label for="timezone">Time zone</label>
    <select id="timezone" name="timezone"{attrs(data__expect="timezone")}><option>UTC</option><option>Europe/Berlin</option><option>America/New_York</option></select>
    <label for="language">Language</label>
    <select id="language" name="language"{attrs(data__expect="language")}><option>English</option><option>Deutsch</option><option>Fran&ccedil;ais</option></select>
    <p><input type="checkbox" id="email-notifications" name="emailNotifications" checked{attrs(data__expect="email-notifications")}> <label for="email-notifications">Email notifications</label></p>
    <p><input type="checkbox" id="two-factor" name="twoFactor"{attrs(data__expect="two-factor")}> <label for="two-factor">Require two-factor authentication</label></p>
    <p><input type="checkbox" id="weekly-digest" name="weeklyDigest"{attrs(data__expect="digest")}> <label for="weekly-digest">Weekly digest</label></p>
    <div class="form-actions">
      <button id="save-settings" class="btn btn-primary"{attrs(data__expect="save")}>Save</button>
      <button id="reset-settings" class="btn"{attrs(data__expect="reset")}>Reset to defaults</button>
    </div>
  </section>
  <section class="danger-zone">
    <h2>Danger zone</h2>
    <button id="delete-org" class="btn btn-danger"{attrs(data__expect="delete-org")}>Delete organisation</button>
  </section>
</main>
</div>"""
    return page("Settings - Ops console", body)


# -- v2 ------------------------------------------------------------------------------------------

def sidebar_v2(active):
    links = [("dashboard.html", "Overview", "nav-dashboard"), ("users.html", "Users", "nav-users"),
             ("orders.html", "Orders", "nav-orders"), ("reports.html", "Reports", None), ("settings.html", "Settings", "nav-settings")]
    items = "".join(f'<a{attrs(href=h, class_="nav-item" + (" nav-item--active" if k == active else ""), aria__current="page" if k == active else None, data__expect=k)}>{t}</a>' for h, t, k in links)
    return f"""<nav class="side-nav" aria-label="Main navigation">
  <div class="side-nav__brand">Ops</div>
  {items}
  <button class="nav-item nav-item--logout"{attrs(data__expect="logout")}>Sign out</button>
</nav>"""


def users_v2():
    users = sorted([u for u in USERS if u[0] not in GONE_V2] + [NEW_USER], key=lambda u: u[1])
    rows = ""
    for uid, name, email, role, status, seen in users:
        rows += f"""
      <tr class="data-table__row" data-row-key="{uid}">
        <td class="data-table__cell"><input type="checkbox" aria-label="Select row"{attrs(data__expect=f"select-{uid}")}></td>
        <td class="data-table__cell">{e(email)}</td>
        <td class="data-table__cell"><a href="users/{uid}"{attrs(data__expect=f"name-{uid}")}>{e(name)}</a></td>
        <td class="data-table__cell"><span class="pill pill--{status.lower()}">{status}</span></td>
        <td class="data-table__cell">{role}</td>
        <td class="data-table__cell">{seen}</td>
        <td class="data-table__cell data-table__cell--actions">
          <button class="icon-btn" aria-label="Edit" title="Edit"{attrs(data__expect=f"edit-{uid}")}>&#9998;</button>
          <button class="icon-btn icon-btn--danger" aria-label="Delete" title="Delete"{attrs(data__expect=f"delete-{uid}")}>&#128465;</button>
        </td>
      </tr>"""
    heads = [("Email", "sort-email"), ("Name", "sort-name"), ("Status", "sort-status"), ("Role", "sort-role"), ("Last active", "sort-login")]
    ths = "".join(f'<th class="data-table__head" aria-sort="none"><button class="sort-btn"{attrs(data__expect=k)}>{t}</button></th>' for t, k in heads)
    body = f"""<div class="shell">
{sidebar_v2("nav-users")}
<main class="content">
  <header class="page-header">
    <h1 class="page-header__title"{attrs(data__expect="heading")}>Team members</h1>
    <button class="btn btn--primary" data-testid="add-user-button"{attrs(data__expect="invite")}>Add user</button>
  </header>
  <div class="table-toolbar">
    <input type="search" class="table-toolbar__search" placeholder="Filter by name or email" aria-label="Filter users"{attrs(data__expect="search")}>
    <select class="table-toolbar__select" aria-label="Role"{attrs(data__expect="role-filter")}><option>All roles</option><option>Admin</option><option>Editor</option><option>Viewer</option></select>
    <select class="table-toolbar__select" aria-label="Status"{attrs(data__expect="status-filter")}><option>All statuses</option><option>Active</option><option>Suspended</option><option>Invited</option></select>
    <button class="btn"{attrs(data__expect="export")}>Export</button>
  </div>
  <table class="data-table">
    <thead><tr><th class="data-table__head"><input type="checkbox" aria-label="Select all rows"{attrs(data__expect="select-all")}></th>{ths}<th class="data-table__head">Actions</th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <div class="selection-bar"><button class="btn btn--danger"{attrs(data__expect="bulk-delete")}>Delete selected</button></div>
  <footer class="table-footer">
    <label>Rows <select{attrs(data__expect="per-page")}><option>10</option><option>25</option><option>50</option></select></label>
    <button class="icon-btn" aria-label="Previous page" disabled{attrs(data__expect="prev")}>&lsaquo;</button>
    <button class="icon-btn" aria-label="Next page"{attrs(data__expect="next")}>&rsaquo;</button>
  </footer>
</main>
</div>"""
    return page("Team members · Ops", body)


def edit_v2():
    perms = [("Publish content", "perm-publish"), ("Invite team members", "perm-invite"), ("Manage billing", "perm-billing")]
    boxes = "".join(f'<label class="check"><input type="checkbox" name="perms[]" value="{k[5:]}"{attrs(data__expect=k)}> {t}</label>' for t, k in perms)
    body = f"""<div class="shell">
{sidebar_v2("nav-users")}
<main class="content"><h1 class="page-header__title">Team members</h1></main>
<div class="backdrop">
  <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
    <header class="dialog__header"><h2 id="dlg-title"{attrs(data__expect="heading")}>Edit member</h2>
      <button class="icon-btn dialog__close" aria-label="Close dialog"{attrs(data__expect="close")}>&times;</button></header>
    <form class="dialog__body">
      <div class="form-row"><label for="m-name">Name</label><input id="m-name" name="member[name]" value="Bruno Silva"{attrs(data__expect="name")}></div>
      <div class="form-row"><label for="m-email">Email address</label><input id="m-email" name="member[email]" type="email" value="bruno@ops.example"{attrs(data__expect="email")}></div>
      <div class="form-row"><label for="m-role">Role</label><select id="m-role" name="member[role]"{attrs(data__expect="role")}><option>Admin</option><option selected>Editor</option><option>Viewer</option></select></div>
      <div class="form-row" role="radiogroup" aria-label="Account status">
        <label class="radio"><input type="radio" name="member[status]" value="active" checked{attrs(data__expect="status-active")}> Active</label>
        <label class="radio"><input type="radio" name="member[status]" value="suspended"{attrs(data__expect="status-suspended")}> Suspended</label>
      </div>
      <fieldset><legend>Permissions</legend>{boxes}</fieldset>
      <div class="form-row"><label for="m-notes">Internal notes</label><textarea id="m-notes" name="member[notes]"{attrs(data__expect="notes")}></textarea></div>
    </form>
    <footer class="dialog__footer">
      <button class="btn btn--link"{attrs(data__expect="reset-password")}>Reset password</button>
      <button class="btn"{attrs(data__expect="cancel")}>Cancel</button>
      <button class="btn btn--primary"{attrs(data__expect="save")}>Save</button>
    </footer>
  </div>
</div>
</div>"""
    return page("Edit member · Ops", body)


def settings_v2():
    tabs = [("General", "tab-general"), ("Alerts", "tab-notifications"), ("Security", "tab-security"), ("Plan & billing", "tab-billing")]
    tablist = "".join(f'<button role="tab" class="tabs__tab" aria-selected="{"true" if i == 0 else "false"}"{attrs(data__expect=k)}>{t}</button>' for i, (t, k) in enumerate(tabs))

    def switch(label, key, on):
        return (f'<div class="setting"><span class="setting__label" id="lbl-{key}">{label}</span>'
                f'<button role="switch" class="switch" aria-checked="{"true" if on else "false"}" aria-labelledby="lbl-{key}"{attrs(data__expect=key)}></button></div>')
    body = f"""<div class="shell">
{sidebar_v2("nav-settings")}
<main class="content">
  <h1 class="page-header__title"{attrs(data__expect="heading")}>Workspace settings</h1>
  <div role="tablist" class="tabs">{tablist}</div>
  <section role="tabpanel" class="tabs__panel">
    <div class="form-row"><label for="ws-name">Workspace name</label><input id="ws-name" name="workspace[name]" value="Acme Ltd"{attrs(data__expect="org-name")}></div>
    <div class="form-row"><label for="ws-tz">Timezone</label><select id="ws-tz" name="workspace[tz]"{attrs(data__expect="timezone")}><option>UTC</option><option>Europe/Berlin</option><option>America/New_York</option></select></div>
    <div class="form-row"><label for="ws-lang">Display language</label><select id="ws-lang" name="workspace[lang]"{attrs(data__expect="language")}><option>English</option><option>Deutsch</option></select></div>
    {switch("Email notifications", "email-notifications", True)}
    {switch("Two-factor authentication", "two-factor", False)}
    {switch("Weekly summary email", "digest", False)}
    <div class="form-actions">
      <button class="btn"{attrs(data__expect="reset")}>Discard</button>
      <button class="btn btn--primary"{attrs(data__expect="save")}>Save settings</button>
    </div>
  </section>
  <section class="card card--danger">
    <h2>Delete workspace</h2><p>This cannot be undone.</p>
    <button class="btn btn--danger"{attrs(data__expect="delete-org")}>Delete workspace</button>
  </section>
</main>
</div>"""
    return page("Workspace settings · Ops", body)


# -- v3 ------------------------------------------------------------------------------------------

def sidebar_v3(active):
    links = [("dashboard.html", "Overview", "nav-dashboard"), ("users.html", "People", "nav-users"),
             ("orders.html", "Orders", "nav-orders"), ("settings.html", "Settings", "nav-settings")]
    items = "".join(f'<li><a{attrs(href=h, class_="sb-link", aria__current="page" if k == active else None, data__expect=k)}><i class="icon"></i><span>{t}</span></a></li>' for h, t, k in links)
    return f"""<aside class="sb"><nav aria-label="Sections"><ul>{items}</ul></nav>
  <a href="logout.html" class="sb-link" aria-label="Log out" title="Log out"{attrs(data__expect="logout")}><i class="icon"></i></a></aside>"""


def users_v3():
    users = [u for u in USERS if u[0] not in GONE_V2 and u[0] != 102] + [NEW_USER]
    users.sort(key=lambda u: u[2])  # by email
    rows = ""
    for uid, name, email, role, status, seen in users:
        rows += f"""
    <div role="row" class="grid-row" aria-rowindex="{uid}">
      <div role="gridcell" class="cell cell-check"><input type="checkbox" aria-label="Select {e(name)}"{attrs(data__expect=f"select-{uid}")}></div>
      <div role="gridcell" class="cell"><strong>{e(name)}</strong><br><small>{e(email)}</small></div>
      <div role="gridcell" class="cell">{role}</div>
      <div role="gridcell" class="cell"><span class="tag">{status}</span></div>
      <div role="gridcell" class="cell cell-actions">
        <a href="users/{uid}/edit" class="btn btn-sm"{attrs(data__expect=f"edit-{uid}")}>Edit</a>
        <button class="btn-icon" aria-label="Delete user"{attrs(data__expect=f"delete-{uid}")}><svg width="14" height="14"><rect width="14" height="14"/></svg></button>
      </div>
    </div>"""
    heads = [("Member", "sort-name"), ("Role", "sort-role"), ("Status", "sort-status")]
    hcells = "".join(f'<div role="columnheader" class="cell" aria-sort="none"><button class="hdr-btn"{attrs(data__expect=k)}>{t}</button></div>' for t, k in heads)
    body = f"""<div class="layout">
{sidebar_v3("nav-users")}
<main class="main">
  <div class="head">
    <h1{attrs(data__expect="heading")}>People</h1>
    <div class="head-actions">
      <button class="btn"{attrs(data__expect="export")}>Download CSV</button>
      <button class="btn btn-primary"{attrs(data__expect="invite")}>Invite people</button>
    </div>
  </div>
  <div class="toolbar">
    <input type="search" placeholder="Search people" class="input"{attrs(data__expect="search")}>
    <select class="input" aria-label="Filter by role"{attrs(data__expect="role-filter")}><option>Any role</option><option>Admin</option><option>Editor</option><option>Viewer</option></select>
  </div>
  <div role="grid" aria-label="People" class="grid">
    <div role="row" class="grid-row grid-head"><div role="columnheader" class="cell cell-check"><input type="checkbox" aria-label="Select all"{attrs(data__expect="select-all")}></div>{hcells}<div role="columnheader" class="cell">Actions</div></div>{rows}
  </div>
  <div class="pagination">
    <span>1&ndash;{len(users)} of 42</span>
    <button class="btn-icon" aria-label="Previous" disabled{attrs(data__expect="prev")}>&lsaquo;</button>
    <button class="btn-icon" aria-label="Next"{attrs(data__expect="next")}>&rsaquo;</button>
  </div>
</main>
</div>"""
    return page("People", body, css="style3.css")


def edit_v3():
    body = f"""<div class="layout">
{sidebar_v3("nav-users")}
<main class="main">
  <nav aria-label="Breadcrumb"><a href="users.html">People</a> / Bruno Silva</nav>
  <h1{attrs(data__expect="heading")}>Bruno Silva</h1>
  <form class="form">
    <div class="row2">
      <label class="fl">Display name<input class="input" name="displayName" value="Bruno Silva"{attrs(data__expect="name")}></label>
      <label class="fl">Work email<input class="input" type="email" name="workEmail" value="bruno@ops.example"{attrs(data__expect="email")}></label>
    </div>
    <label class="fl">Access level<select class="input" name="accessLevel"{attrs(data__expect="role")}><option>Admin</option><option selected>Editor</option><option>Viewer</option></select></label>
    <div class="fl"><span>Status</span>
      <label><input type="radio" name="state" value="active" checked{attrs(data__expect="status-active")}> Active</label>
      <label><input type="radio" name="state" value="suspended"{attrs(data__expect="status-suspended")}> Suspended</label>
      <label><input type="radio" name="state" value="archived"> Archived</label>
    </div>
    <div class="fl"><span>Permissions</span>
      <label><input type="checkbox" name="canPublish"{attrs(data__expect="perm-publish")}> Publish</label>
      <label><input type="checkbox" name="canInvite"{attrs(data__expect="perm-invite")}> Invite</label>
    </div>
    <div class="actions">
      <a href="users.html" class="btn"{attrs(data__expect="cancel")}>Back to people</a>
      <button class="btn btn-primary"{attrs(data__expect="save")}>Update member</button>
    </div>
  </form>
</main>
</div>"""
    return page("Bruno Silva - People", body, css="style3.css")


def settings_v3():
    sections = [("General", "tab-general"), ("Notifications", "tab-notifications"), ("Security", "tab-security")]
    menu = "".join(f'<li><a href="#{t.lower()}" class="menu-link"{attrs(data__expect=k)}>{t}</a></li>' for t, k in sections)
    body = f"""<div class="layout">
{sidebar_v3("nav-settings")}
<main class="main">
  <h1{attrs(data__expect="heading")}>Settings</h1>
  <div class="settings">
    <nav aria-label="Settings"><ul class="menu">{menu}</ul></nav>
    <div class="settings-body">
      <section id="general" aria-labelledby="h-general"><h2 id="h-general">General</h2>
        <label class="fl">Company name<input class="input" name="company" value="Acme Ltd"{attrs(data__expect="org-name")}></label>
        <label class="fl">Time zone<select class="input" name="tz"{attrs(data__expect="timezone")}><option>UTC</option><option>Europe/Berlin</option></select></label>
      </section>
      <section id="notifications" aria-labelledby="h-notifications"><h2 id="h-notifications">Notifications</h2>
        <label class="toggle"><input type="checkbox" role="switch" name="notify.email" checked{attrs(data__expect="email-notifications")}> Send me email notifications</label>
        <label class="toggle"><input type="checkbox" role="switch" name="notify.digest"{attrs(data__expect="digest")}> Weekly digest</label>
      </section>
      <section id="security" aria-labelledby="h-security"><h2 id="h-security">Security</h2>
        <label class="toggle"><input type="checkbox" role="switch" name="security.mfa"{attrs(data__expect="two-factor")}> Two-factor authentication (2FA)</label>
      </section>
      <div class="actions"><button class="btn btn-primary"{attrs(data__expect="save")}>Save</button></div>
    </div>
  </div>
</main>
</div>"""
    return page("Settings", body, css="style3.css")


STYLE = """body { font-family: sans-serif; margin: 0; }
.app, .shell { display: flex; min-height: 100vh; } .sidebar, .side-nav { width: 180px; background: #1e293b; color: #fff; padding: 12px; }
.sidebar a, .side-nav a, .side-nav button { color: #cbd5e1; display: block; padding: 4px 0; } .menu { list-style: none; padding: 0; }
.main, .content { flex: 1; padding: 16px 24px; } .topbar, .page-header { display: flex; align-items: center; gap: 16px; }
.btn { padding: 4px 10px; border: 1px solid #999; background: #f8f8f8; cursor: pointer; } .btn-primary, .btn--primary { background: #2563eb; color: #fff; }
.btn-danger, .btn--danger { background: #dc2626; color: #fff; } .btn-link, .btn--link { border: none; background: none; text-decoration: underline; }
.btn-sm { font-size: 12px; padding: 2px 6px; } table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; }
.filters, .bulk, .pager, .table-toolbar, .table-footer, .selection-bar { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.modal, .dialog { position: absolute; top: 60px; left: 320px; width: 460px; background: #fff; border: 1px solid #888; padding: 16px; box-shadow: 0 4px 20px #0004; }
.overlay, .backdrop { position: fixed; inset: 0; background: #0002; } .modal-header, .dialog__header { display: flex; justify-content: space-between; }
label { display: block; margin-top: 6px; } p label, fieldset label { display: inline; } .check, .radio { display: block; }
.tabs { display: flex; gap: 4px; margin: 12px 0; } [role=tab] { padding: 6px 12px; border: 1px solid #ccc; background: #f3f4f6; cursor: pointer; }
.icon-btn { border: none; background: none; cursor: pointer; font-size: 16px; } .switch { width: 36px; height: 20px; border-radius: 10px; border: 1px solid #888; background: #ddd; cursor: pointer; }
.setting { display: flex; justify-content: space-between; width: 360px; margin: 8px 0; } .form-row { margin: 8px 0; }
.danger-zone, .card--danger { margin-top: 24px; border: 1px solid #fca5a5; padding: 12px; }
"""

STYLE3 = """body { font-family: system-ui, sans-serif; margin: 0; } .layout { display: flex; }
.sb { width: 64px; background: #111827; padding: 8px; } .sb ul { list-style: none; padding: 0; margin: 0; }
.sb-link { display: block; color: #e5e7eb; padding: 6px 2px; font-size: 11px; text-align: center; } .icon { display: inline-block; width: 16px; height: 16px; background: #9ca3af; }
.main { flex: 1; padding: 20px; } .head, .toolbar, .pagination, .actions, .row2, .head-actions { display: flex; gap: 8px; align-items: center; }
.head { justify-content: space-between; } .grid { display: table; width: 100%; } .grid-row { display: table-row; } .cell { display: table-cell; padding: 6px; border-bottom: 1px solid #eee; }
.btn, .btn-icon { display: inline-block; border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 10px; background: #fff; cursor: pointer; color: #111; text-decoration: none; }
.btn-primary { background: #4f46e5; color: #fff; } .btn-sm { font-size: 12px; } .input { border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 8px; display: block; }
.fl { display: block; margin: 8px 0; } .toggle { display: block; margin: 6px 0; } .settings { display: flex; gap: 24px; } .menu { list-style: none; padding: 0; }
.menu-link { display: block; padding: 4px 0; } .tag { background: #eef; padding: 1px 6px; border-radius: 8px; }
"""


def render():
    return {
        "v1": {"users.html": users_v1(), "edit.html": edit_v1(), "settings.html": settings_v1(), "style.css": STYLE},
        "v2": {"users.html": users_v2(), "edit.html": edit_v2(), "settings.html": settings_v2(), "style.css": STYLE},
        "v3": {"users.html": users_v3(), "edit.html": edit_v3(), "settings.html": settings_v3(), "style3.css": STYLE3},
    }
