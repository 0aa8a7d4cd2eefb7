"""Bank: "Harbour Bank", online banking — the THIRD HELD-OUT site (written before any tuning
against it, never looked at case by case while tuning).
Three versions of accounts, transactions, transfer, payees and settings.

v1  ASP.NET WebForms app: ids like ctl00_Main_txtAmount and names like ctl00$Main$txtAmount,
    GridView rows (ctl02, ctl03, ...) with text "View" / "Transfer" / "Statements" per account,
    transactions as a table with "Details" and "Dispute" per row and date filters, a transfer
    page laid out in a table with two sections (between your accounts / pay a bill: two Amount
    and two Reference fields), From / To account selects, Now / Later radios, checkboxes, payees
    alphabetical with "Pay" / "Edit" / "Delete" per row and an add-payee form, settings with
    password fields, alert checkboxes and paper / paperless radios. A few data-testids.
v2  SPA rewrite: ids gone, data-testids added or renamed (some repeated per card), accounts as
    cards (the Bonus Saver closed, a Regular Saver opened, re-sorted) with "View transactions",
    "Move money" and an icon link "Statements"; a newer transaction on top and the oldest off the
    page, "Details" -> icon buttons all named "View details", "Dispute" -> "Report a problem",
    transaction type select -> radios, search as you type, "Load more"; transfer as two
    fieldsets in two columns with a custom combobox for From, "Amount (GBP)" twice, "Payment
    reference", Cancel as a link styled as a button, the email confirmation moved to settings;
    payees sorted by recently used (Mark Ellison gone, Rosa Martins new), "Pay" -> "Send money",
    "Edit" as icon buttons named only "Edit", "Delete" -> "Remove", "Sort Code", business
    checkbox -> Personal / Business radios; settings with two "Save" buttons.
v3  design-system / accessibility pass: role=grid rows, icon buttons named after the row
    ("Transfer from Instant Saver", "Remove payee Jane Doe"), an actions menu per account
    (statements moved into it), the quick links and the pay-a-bill section and the statement
    preferences removed, placeholders instead of labels for some fields, switches
    (role=switch) instead of checkboxes, "Show password" icon buttons, reworded headings.
"""
from common import attrs, e, page

ACCOUNTS = [  # key, name, sort code, number, balance
    ("current", "Everyday Current Account", "20-45-17", "41829305", "£2,431.58"),
    ("bills", "Bills Account", "20-45-17", "55102938", "£612.00"),
    ("saver", "Instant Saver", "20-45-17", "73310482", "£10,250.00"),
    ("bonus", "Bonus Saver", "20-45-17", "80417726", "£0.00"),
    ("isa", "Cash ISA", "20-45-17", "91277310", "£4,800.00"),
    ("card", "Harbour Credit Card", "", "**** **** **** 4417", "-£312.40"),
]
NEW_ACCOUNT = ("regular", "Regular Saver", "20-45-17", "66120945", "£150.00")
ACCOUNT_ORDER_V2 = ["current", "card", "saver", "isa", "bills", "regular"]  # bonus closed, regular opened

TXNS = [  # key, date, description, amount, disputable (card payments)
    ("t1", "03 Mar 2026", "TESCO STORES 2231", "-£42.17", True),
    ("t2", "03 Mar 2026", "TFL TRAVEL CH", "-£8.40", False),
    ("t3", "02 Mar 2026", "SALARY HARBOUR LOGISTICS", "+£2,650.00", False),
    ("t4", "01 Mar 2026", "OAKRIDGE LETTINGS RENT", "-£1,150.00", False),
    ("t5", "28 Feb 2026", "TESCO STORES 2231", "-£17.85", True),
    ("t6", "27 Feb 2026", "NETFLIX.COM", "-£10.99", True),
    ("t7", "26 Feb 2026", "TRANSFER TO INSTANT SAVER", "-£200.00", False),
    ("t8", "25 Feb 2026", "PRET A MANGER", "-£6.35", True),
]
NEW_TXN = ("t0", "04 Mar 2026", "AMAZON MARKETPLACE", "-£23.99", True)


def txns_v2():
    """A newer card payment on top; eight per page, so the oldest drops to the next page."""
    return [NEW_TXN] + TXNS[:-1]


PAYEES = [  # key, name, sort code, account, reference — v1 alphabetical
    ("kowalski", "Anna Kowalski", "30-96-21", "10457823", "RENT SHARE"),
    ("britishgas", "British Gas", "40-11-60", "92300417", "850012345678"),
    ("doe", "Jane Doe", "09-01-28", "66231970", "BIRTHDAY"),
    ("leeds", "Leeds City Council", "60-70-80", "33109921", "COUNCIL TAX 4471"),
    ("ellison", "Mark Ellison", "20-32-06", "50118834", "FOOTBALL SUBS"),
    ("oakridge", "Oakridge Lettings", "40-47-84", "71922456", "FLAT 3 RENT"),
    ("thames", "Thames Water", "20-00-00", "90478123", "TW 88120045"),
]
NEW_PAYEE = ("martins", "Rosa Martins", "11-22-33", "40915562", "CAR SHARE")
PAYEE_ORDER_V2 = ["oakridge", "doe", "martins", "britishgas", "kowalski", "thames", "leeds"]  # recently used; ellison gone


def account(key):
    return next(a for a in ACCOUNTS + [NEW_ACCOUNT] if a[0] == key)


def payee(key):
    return next(p for p in PAYEES + [NEW_PAYEE] if p[0] == key)


def short_date(d):
    day, mon, _ = d.split()
    return f"{int(day)} {mon}"


def account_options(keys, first=None):
    opts = f"<option>{first}</option>" if first else ""
    return opts + "".join(f'<option value="{k}">{e(account(k)[1])}</option>' for k in keys)


# -- v1 ------------------------------------------------------------------------------------------

def asp(name):
    """ASP.NET WebForms control id and name for a control of the content placeholder."""
    return {"id_": f"ctl00_Main_{name}", "name": f"ctl00$Main${name}"}


def top_v1():
    return f"""<form name="aspnetForm" method="post" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIwOWRk">
<div id="ctl00_Header">
  <a href="default.aspx" id="ctl00_lnkLogo"{attrs(data__expect="logo")}>Harbour Bank</a>
  <span id="ctl00_lblWelcome">Welcome back, Sam Porter</span>
  <a href="logoff.aspx" id="ctl00_lnkLogoff"{attrs(data__testid="logoff", data__expect="logout")}>Log off</a>
</div>
<div id="ctl00_Menu">
  <a href="accounts.html" id="ctl00_Menu_lnkAccounts"{attrs(data__expect="nav-accounts")}>My accounts</a> |
  <a href="transactions.html" id="ctl00_Menu_lnkStatements"{attrs(data__expect="nav-transactions")}>Statements</a> |
  <a href="transfer.html" id="ctl00_Menu_lnkPayments"{attrs(data__expect="nav-transfer")}>Payments &amp; transfers</a> |
  <a href="payees.html" id="ctl00_Menu_lnkPayees"{attrs(data__expect="nav-payees")}>Manage payees</a> |
  <a href="settings.html" id="ctl00_Menu_lnkProfile"{attrs(data__expect="nav-settings")}>My profile</a>
</div>"""


def bottom_v1():
    links = [("Security centre", "footer-security", "security.aspx"), ("Contact us", "footer-contact", "contact.aspx"),
             ("Terms and conditions", "footer-terms", "terms.aspx")]
    return ('<div id="ctl00_Footer">' + " | ".join(f'<a href="{h}"{attrs(data__expect=k)}>{t}</a>' for t, k, h in links)
            + "<p>Harbour Bank plc is authorised by the Prudential Regulation Authority.</p></div>\n</form>")


def accounts_v1():
    rows = ""
    for n, (key, name, sort, number, balance) in enumerate(ACCOUNTS):
        ctl = f"ctl00_Main_gvAccounts_ctl{n + 2:02d}"
        action = "Pay" if key == "card" else "Transfer"
        rows += f"""
    <tr class="{'GridRow' if n % 2 == 0 else 'GridAltRow'}"><td>{name}</td><td>{sort}</td><td>{number}</td><td align="right">{balance}</td>
      <td><a href="transactions.html?acc={key}" id="{ctl}_lnkView"{attrs(data__expect="view-" + key)}>View</a>
        <input type="submit" id="{ctl}_btnTransfer" name="{ctl.replace('_', '$')}$btnTransfer" value="{action}"{attrs(data__expect="transfer-" + key)}>
        <a href="statements.aspx?acc={key}" id="{ctl}_lnkStatements"{attrs(data__expect="statements-" + key)}>Statements</a></td></tr>"""
    body = f"""{top_v1()}
<table id="ctl00_Layout" width="100%"><tr><td valign="top" id="ctl00_Main_content">
  <h1{attrs(data__expect="heading")}>My accounts</h1>
  <input type="checkbox"{attrs(**asp("chkShowClosed"), data__expect="show-closed")}> <label for="ctl00_Main_chkShowClosed">Show closed accounts</label>
  <table id="ctl00_Main_gvAccounts" class="Grid" cellspacing="0" border="1">
    <tr class="GridHeader"><th>Account</th><th>Sort code</th><th>Account number</th><th>Balance</th><th>&nbsp;</th></tr>{rows}
  </table>
  <p><a href="open.aspx" id="ctl00_Main_lnkOpenAccount"{attrs(data__expect="open-account")}>Open a new account</a>
     &nbsp; <a href="javascript:window.print()" id="ctl00_Main_lnkPrint"{attrs(data__expect="print")}>Print this page</a></p>
</td><td valign="top" width="220" id="ctl00_Sidebar">
  <h3>Quick links</h3>
  <ul>
    <li><a href="transfer.html#bill" id="ctl00_Sidebar_lnkPayBill"{attrs(data__expect="ql-bill")}>Pay a bill</a></li>
    <li><a href="transfer.html" id="ctl00_Sidebar_lnkTransfer"{attrs(data__expect="ql-transfer")}>Make a transfer</a></li>
    <li><a href="cardreader.aspx" id="ctl00_Sidebar_lnkReader"{attrs(data__expect="ql-reader")}>Order a card reader</a></li>
  </ul>
</td></tr></table>
{bottom_v1()}"""
    return page("Harbour Bank - My accounts", body)


def transactions_v1():
    rows = ""
    for n, (key, date, desc, amount, card) in enumerate(TXNS):
        ctl = f"ctl00_Main_gvTxns_ctl{n + 2:02d}"
        dispute = (f'<input type="submit" id="{ctl}_btnDispute" name="{ctl.replace("_", "$")}$btnDispute" value="Dispute"'
                   f'{attrs(data__expect="dispute-" + key)}>') if card else ""
        rows += f"""
    <tr><td>{date}</td><td>{desc}</td><td align="right">{amount}</td>
      <td><a href="txn.aspx?id={key}" id="{ctl}_lnkDetails"{attrs(data__expect="details-" + key)}>Details</a> {dispute}</td></tr>"""
    body = f"""{top_v1()}
<div id="ctl00_Main_content">
  <h1{attrs(data__expect="heading")}>Statements</h1>
  <table id="ctl00_Main_tblFilter">
    <tr><td><label for="ctl00_Main_ddlAccount">Account</label></td>
      <td><select{attrs(**asp("ddlAccount"), data__expect="account")}>{account_options(["current", "bills", "saver", "isa", "card"])}</select></td></tr>
    <tr><td><label for="ctl00_Main_txtDateFrom">Date from</label></td>
      <td><input{attrs(**asp("txtDateFrom"), placeholder="dd/mm/yyyy", data__expect="from-date")}>
        <label for="ctl00_Main_txtDateTo">Date to</label> <input{attrs(**asp("txtDateTo"), placeholder="dd/mm/yyyy", data__expect="to-date")}></td></tr>
    <tr><td><label for="ctl00_Main_ddlType">Transaction type</label></td>
      <td><select{attrs(**asp("ddlType"), data__expect="type")}><option>All transactions</option><option>Money in</option><option>Money out</option></select></td></tr>
    <tr><td><label for="ctl00_Main_txtSearch">Description contains</label></td>
      <td><input{attrs(**asp("txtSearch"), data__expect="search")}></td></tr>
    <tr><td></td><td><input type="submit" value="Search"{attrs(**asp("btnSearch"), data__testid="txn-search", data__expect="search-submit")}>
      <input type="submit" value="Reset"{attrs(**asp("btnReset"), data__expect="reset")}></td></tr>
  </table>
  <table id="ctl00_Main_gvTxns" class="Grid" border="1" cellspacing="0">
    <tr class="GridHeader"><th>Date</th><th>Description</th><th>Amount</th><th>&nbsp;</th></tr>{rows}
  </table>
  <p class="pager"><a href="?page=0" id="ctl00_Main_lnkPrev"{attrs(data__expect="prev")}>&lt; Previous</a>
    Page 1 of 6 <a href="?page=2" id="ctl00_Main_lnkNext"{attrs(data__expect="next")}>Next &gt;</a></p>
  <input type="submit" value="Export to CSV"{attrs(**asp("btnExport"), data__expect="export")}>
  <input type="button" value="Print" onclick="window.print()"{attrs(id_="ctl00_Main_btnPrint", data__expect="print")}>
</div>
{bottom_v1()}"""
    return page("Harbour Bank - Statements", body)


def transfer_v1():
    own = ["current", "bills", "saver", "isa", "card"]
    payees = "".join(f"<option>{e(payee(k)[1])}</option>" for k in ("britishgas", "leeds", "oakridge", "thames"))
    body = f"""{top_v1()}
<table id="ctl00_Layout" width="100%"><tr><td valign="top" id="ctl00_Main_content">
  <h1{attrs(data__expect="heading")}>Payments and transfers</h1>
  <h2>Transfer between your accounts</h2>
  <table id="ctl00_Main_tblTransfer" class="FormTable">
    <tr><td><label for="ctl00_Main_ddlFromAccount">From account</label></td>
      <td><select{attrs(**asp("ddlFromAccount"), data__expect="from-account")}>{account_options(own, "-- Please select --")}</select></td></tr>
    <tr><td><label for="ctl00_Main_ddlToAccount">To account</label></td>
      <td><select{attrs(**asp("ddlToAccount"), data__expect="to-account")}>{account_options(own, "-- Please select --")}</select></td></tr>
    <tr><td><label for="ctl00_Main_txtAmount">Amount</label></td>
      <td>&pound; <input{attrs(**asp("txtAmount"), size="10", data__expect="amount")}></td></tr>
    <tr><td><label for="ctl00_Main_txtReference">Reference</label></td>
      <td><input{attrs(**asp("txtReference"), maxlength="18", data__expect="reference")}></td></tr>
    <tr><td>When</td>
      <td><input type="radio" id="ctl00_Main_rbNow" name="ctl00$Main$When" value="rbNow" checked{attrs(data__expect="when-now")}><label for="ctl00_Main_rbNow">Now</label>
        <input type="radio" id="ctl00_Main_rbLater" name="ctl00$Main$When" value="rbLater"{attrs(data__expect="when-later")}><label for="ctl00_Main_rbLater">Later</label></td></tr>
    <tr><td><label for="ctl00_Main_txtDate">Transfer date</label></td>
      <td><input{attrs(**asp("txtDate"), placeholder="dd/mm/yyyy", data__expect="date")}></td></tr>
    <tr><td></td><td><input type="checkbox"{attrs(**asp("chkRepeat"), data__expect="repeat")}> <label for="ctl00_Main_chkRepeat">Repeat this transfer</label></td></tr>
    <tr><td><label for="ctl00_Main_ddlFrequency">Frequency</label></td>
      <td><select{attrs(**asp("ddlFrequency"), data__expect="frequency")}><option>Weekly</option><option>Monthly</option><option>Yearly</option></select></td></tr>
    <tr><td></td><td><input type="checkbox"{attrs(**asp("chkEmailConfirm"), checked=True, data__expect="email-confirm")}> <label for="ctl00_Main_chkEmailConfirm">Email me a confirmation</label></td></tr>
    <tr><td></td><td><input type="submit" value="Transfer"{attrs(**asp("btnTransfer"), data__testid="transfer-submit", data__expect="submit")}>
      <input type="submit" value="Clear"{attrs(**asp("btnClear"), data__expect="clear")}>
      <input type="submit" value="Cancel"{attrs(**asp("btnCancel"), data__expect="cancel")}></td></tr>
  </table>
  <h2 id="bill">Pay a bill</h2>
  <table id="ctl00_Main_tblBill" class="FormTable">
    <tr><td><label for="ctl00_Main_ddlPayee">Payee</label></td>
      <td><select{attrs(**asp("ddlPayee"), data__expect="bill-payee")}><option>-- Please select --</option>{payees}</select>
        <a href="payees.html" id="ctl00_Main_lnkManagePayees"{attrs(data__expect="manage-payees")}>Manage payees</a></td></tr>
    <tr><td><label for="ctl00_Main_txtBillAmount">Amount</label></td>
      <td>&pound; <input{attrs(**asp("txtBillAmount"), size="10", data__expect="bill-amount")}></td></tr>
    <tr><td><label for="ctl00_Main_txtBillRef">Reference</label></td>
      <td><input{attrs(**asp("txtBillRef"), maxlength="18", data__expect="bill-reference")}></td></tr>
    <tr><td></td><td><input type="submit" value="Pay bill"{attrs(**asp("btnPayBill"), data__expect="bill-submit")}></td></tr>
  </table>
</td><td valign="top" width="220" id="ctl00_Sidebar">
  <h3>Daily limits</h3>
  <p>Transfers between your accounts: &pound;25,000<br>Bill payments: &pound;10,000</p>
  <a href="limits.aspx" id="ctl00_Sidebar_lnkLimits"{attrs(data__expect="limits")}>View your limits</a>
</td></tr></table>
{bottom_v1()}"""
    return page("Harbour Bank - Payments and transfers", body)


def payees_v1():
    rows = ""
    for n, (key, name, sort, number, ref) in enumerate(PAYEES):
        ctl = f"ctl00_Main_gvPayees_ctl{n + 2:02d}"
        dollar = ctl.replace("_", "$")
        rows += f"""
    <tr><td>{name}</td><td>{sort}</td><td>{number}</td><td>{ref}</td>
      <td><input type="submit" id="{ctl}_btnPay" name="{dollar}$btnPay" value="Pay"{attrs(data__expect="pay-" + key)}>
        <a href="editpayee.aspx?p={key}" id="{ctl}_lnkEdit"{attrs(data__expect="edit-" + key)}>Edit</a>
        <input type="submit" id="{ctl}_btnDelete" name="{dollar}$btnDelete" value="Delete" onclick="return confirm('Delete this payee?')"{attrs(data__expect="delete-" + key)}></td></tr>"""
    body = f"""{top_v1()}
<div id="ctl00_Main_content">
  <h1{attrs(data__expect="heading")}>Manage payees</h1>
  <p><label for="ctl00_Main_txtFind">Find payee</label> <input{attrs(**asp("txtFind"), data__testid="payee-search", data__expect="search")}>
    <input type="submit" value="Go"{attrs(**asp("btnFind"), data__expect="search-submit")}></p>
  <table id="ctl00_Main_gvPayees" class="Grid" border="1" cellspacing="0">
    <tr class="GridHeader"><th>Payee</th><th>Sort code</th><th>Account number</th><th>Reference</th><th>&nbsp;</th></tr>{rows}
  </table>
  <h2>Add a new payee</h2>
  <table id="ctl00_Main_tblNewPayee" class="FormTable">
    <tr><td><label for="ctl00_Main_txtPayeeName">Payee name</label></td><td><input{attrs(**asp("txtPayeeName"), data__expect="new-name")}></td></tr>
    <tr><td><label for="ctl00_Main_txtSortCode">Sort code</label></td><td><input{attrs(**asp("txtSortCode"), size="8", data__expect="new-sort")}></td></tr>
    <tr><td><label for="ctl00_Main_txtAccountNo">Account number</label></td><td><input{attrs(**asp("txtAccountNo"), size="10", data__expect="new-account")}></td></tr>
    <tr><td><label for="ctl00_Main_txtPayeeRef">Reference</label></td><td><input{attrs(**asp("txtPayeeRef"), data__expect="new-ref")}></td></tr>
    <tr><td></td><td><input type="checkbox"{attrs(**asp("chkBusiness"), data__expect="new-business")}> <label for="ctl00_Main_chkBusiness">This is a business account</label></td></tr>
    <tr><td></td><td><input type="submit" value="Add payee"{attrs(**asp("btnAddPayee"), data__testid="add-payee", data__expect="new-submit")}></td></tr>
  </table>
</div>
{bottom_v1()}"""
    return page("Harbour Bank - Manage payees", body)


def settings_v1():
    body = f"""{top_v1()}
<div id="ctl00_Main_content">
  <h1{attrs(data__expect="heading")}>My profile</h1>
  <fieldset><legend>Contact details</legend>
  <table class="FormTable">
    <tr><td><label for="ctl00_Main_txtEmail">Email address</label></td><td><input{attrs(**asp("txtEmail"), value="sam.porter@example.co.uk", data__expect="email")}></td></tr>
    <tr><td><label for="ctl00_Main_txtMobile">Mobile number</label></td><td><input{attrs(**asp("txtMobile"), value="07700 900418", data__expect="mobile")}></td></tr>
    <tr><td></td><td><input type="submit" value="Update details"{attrs(**asp("btnUpdateDetails"), data__expect="save-details")}></td></tr>
  </table></fieldset>
  <fieldset><legend>Change password</legend>
  <table class="FormTable">
    <tr><td><label for="ctl00_Main_txtCurrentPwd">Current password</label></td><td><input type="password"{attrs(**asp("txtCurrentPwd"), data__expect="pw-current")}></td></tr>
    <tr><td><label for="ctl00_Main_txtNewPwd">New password</label></td><td><input type="password"{attrs(**asp("txtNewPwd"), data__expect="pw-new")}></td></tr>
    <tr><td><label for="ctl00_Main_txtConfirmPwd">Confirm new password</label></td><td><input type="password"{attrs(**asp("txtConfirmPwd"), data__expect="pw-confirm")}></td></tr>
    <tr><td></td><td><input type="submit" value="Change password"{attrs(**asp("btnChangePwd"), data__expect="pw-submit")}></td></tr>
  </table></fieldset>
  <fieldset><legend>Alerts and preferences</legend>
  <table class="FormTable">
    <tr><td><input type="checkbox"{attrs(**asp("chkStatementAlert"), checked=True, data__expect="alert-statement")}> <label for="ctl00_Main_chkStatementAlert">Email me when a new statement is ready</label></td></tr>
    <tr><td><input type="checkbox"{attrs(**asp("chkLowBalance"), data__expect="alert-low")}> <label for="ctl00_Main_chkLowBalance">Text me when my balance falls below</label>
      &pound; <input{attrs(**asp("txtLowBalance"), size="6", value="100", data__expect="low-amount")}></td></tr>
    <tr><td><input type="checkbox"{attrs(**asp("chkMarketing"), data__expect="marketing")}> <label for="ctl00_Main_chkMarketing">Send me news and offers</label></td></tr>
    <tr><td>Statements: <input type="radio" id="ctl00_Main_rbPaper" name="ctl00$Main$Statements" value="rbPaper"{attrs(data__expect="paper")}><label for="ctl00_Main_rbPaper">Paper</label>
      <input type="radio" id="ctl00_Main_rbOnline" name="ctl00$Main$Statements" value="rbOnline" checked{attrs(data__expect="paperless")}><label for="ctl00_Main_rbOnline">Online only</label></td></tr>
    <tr><td><label for="ctl00_Main_ddlLanguage">Language</label> <select{attrs(**asp("ddlLanguage"), data__expect="language")}><option>English</option><option>Cymraeg</option></select></td></tr>
    <tr><td><input type="submit" value="Save preferences"{attrs(**asp("btnSavePrefs"), data__expect="save-prefs")}></td></tr>
  </table></fieldset>
</div>
{bottom_v1()}"""
    return page("Harbour Bank - My profile", body)


# -- v2 ------------------------------------------------------------------------------------------

ICON = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def top_v2():
    return f"""<header class="hb-header">
  <a href="/" class="hb-header__logo" aria-label="Harbour Bank home"{attrs(data__testid="logo", data__expect="logo")}><svg width="120" height="28"><rect width="120" height="28"/></svg></a>
  <nav class="hb-header__nav" aria-label="Main">
    <a href="accounts.html"{attrs(data__testid="nav-accounts", data__expect="nav-accounts")}>Accounts</a>
    <a href="transactions.html"{attrs(data__testid="nav-activity", data__expect="nav-transactions")}>Activity</a>
    <a href="transfer.html"{attrs(data__testid="nav-move", data__expect="nav-transfer")}>Move money</a>
    <a href="payees.html"{attrs(data__testid="nav-payees", data__expect="nav-payees")}>Payees</a>
  </nav>
  <a href="settings.html" class="hb-icon-link" aria-label="Settings"{attrs(data__testid="nav-settings", data__expect="nav-settings")}>{ICON}</a>
  <button type="button" class="hb-btn hb-btn--ghost"{attrs(data__testid="sign-out", data__expect="logout")}>Sign out</button>
</header>"""


def bottom_v2():
    links = [("Security", "footer-security"), ("Help &amp; contact", "footer-contact"), ("Terms", "footer-terms"), ("Cookies", None)]
    return '<footer class="hb-footer"><nav aria-label="Footer">' + "".join(
        f'<a href="/{(k or "footer-cookies")[7:]}"{attrs(data__expect=k)}>{t}</a>' for t, k in links) + "</nav></footer>"


def accounts_v2():
    cards = ""
    for key in ACCOUNT_ORDER_V2:
        _, name, sort, number, balance = account(key)
        move = "Pay off card" if key == "card" else "Move money"
        ident = number if not sort else f"{sort} &middot; {number}"
        cards += f"""
    <li class="account-card"{attrs(data__testid="account-card")}>
      <h3 class="account-card__name">{name}</h3>
      <p class="account-card__number">{ident}</p>
      <p class="account-card__balance">{balance}</p>
      <div class="account-card__actions">
        <a href="transactions.html?acc={key}" class="hb-link"{attrs(data__testid="account-view", data__expect="view-" + key)}>View transactions</a>
        <button type="button" class="hb-btn hb-btn--small"{attrs(data__expect="transfer-" + key)}>{move}</button>
        <a href="statements.html?acc={key}" class="hb-icon-link" aria-label="Statements"{attrs(data__expect="statements-" + key)}>{ICON}</a>
      </div>
    </li>"""
    body = f"""{top_v2()}
<main class="hb-page">
  <div class="hb-page__head"><h1{attrs(data__expect="heading")}>Your accounts</h1>
    <a href="open.html" class="hb-btn hb-btn--primary"{attrs(data__testid="open-account", data__expect="open-account")}>Open an account</a></div>
  <section class="quick-actions" aria-label="Quick actions">
    <a href="transfer.html#bill" class="hb-chip"{attrs(data__expect="ql-bill")}>Pay a bill</a>
    <a href="transfer.html" class="hb-chip"{attrs(data__expect="ql-transfer")}>Transfer</a>
  </section>
  <label class="hb-toggle"><input type="checkbox" name="showClosed"{attrs(data__expect="show-closed")}> Include closed accounts</label>
  <ul class="account-list">{cards}
  </ul>
</main>
{bottom_v2()}"""
    return page("Accounts · Harbour Bank", body, css="app.css")


def transactions_v2():
    groups, last = "", None
    for key, date, desc, amount, card in txns_v2():
        if date != last:
            if last is not None:
                groups += "\n    </ul>"
            groups += f'\n    <h2 class="txn-day">{short_date(date)}</h2>\n    <ul class="txn-list">'
            last = date
        dispute = (f'<button type="button" class="hb-btn hb-btn--link"{attrs(data__expect="dispute-" + key)}>Report a problem</button>'
                   if card else "")
        groups += f"""
      <li class="txn"{attrs(data__testid="txn-row")}><span class="txn__desc">{desc}</span><span class="txn__amount">{amount}</span>
        {dispute}<button type="button" class="hb-icon-btn" aria-label="View details"{attrs(data__expect="details-" + key)}>{ICON}</button></li>"""
    groups += "\n    </ul>"
    body = f"""{top_v2()}
<main class="hb-page">
  <h1{attrs(data__expect="heading")}>Activity</h1>
  <div class="txn-toolbar">
    <label id="acc-label" class="hb-label">Account</label>
    <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="acc-label" class="hb-combobox"{attrs(data__testid="account-picker", data__expect="account")}>Everyday Current Account</button>
    <input type="search" name="q" placeholder="Search transactions" aria-label="Search transactions"{attrs(data__testid="txn-search", data__expect="search")}>
    <button type="button" class="hb-btn hb-btn--download"{attrs(data__testid="txn-download", data__expect="export")}>Download</button>
  </div>
  <details class="filters" open><summary>Filters</summary>
    <div class="filters__row">
      <label class="hb-field">From<input type="date" name="from"{attrs(data__expect="from-date")}></label>
      <label class="hb-field">To<input type="date" name="to"{attrs(data__expect="to-date")}></label>
      <fieldset class="hb-segmented"><legend>Show</legend>
        <label><input type="radio" name="dir" value="all" checked{attrs(data__expect="type-all")}> All</label>
        <label><input type="radio" name="dir" value="in"{attrs(data__expect="type-in")}> Money in</label>
        <label><input type="radio" name="dir" value="out"{attrs(data__expect="type-out")}> Money out</label>
      </fieldset>
      <button type="button" class="hb-btn hb-btn--link"{attrs(data__expect="reset")}>Clear all</button>
    </div>
  </details>
  <div class="txn-groups">{groups}
  </div>
  <button type="button" class="hb-btn hb-btn--ghost"{attrs(data__testid="load-more", data__expect="next")}>Load more</button>
</main>
{bottom_v2()}"""
    return page("Activity · Harbour Bank", body, css="app.css")


def transfer_v2():
    own = ["current", "bills", "saver", "isa", "regular", "card"]
    payees = "".join(f"<option>{e(payee(k)[1])}</option>" for k in ("britishgas", "leeds", "oakridge", "thames"))
    body = f"""{top_v2()}
<main class="hb-page">
  <h1{attrs(data__expect="heading")}>Move money</h1>
  <div class="two-col">
  <form class="hb-form" aria-labelledby="t-legend">
    <fieldset><legend id="t-legend">Between your accounts</legend>
      <span id="from-label" class="hb-label">From</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="from-label" class="hb-combobox"{attrs(data__testid="from-account", data__expect="from-account")}>Choose an account</button>
      <label class="hb-field">To<select name="toAccount"{attrs(data__testid="to-account", data__expect="to-account")}>{account_options(own, "Choose an account")}</select></label>
      <label class="hb-field">Amount (GBP)<input type="text" inputmode="decimal" name="amount"{attrs(data__testid="transfer-amount", data__expect="amount")}></label>
      <label class="hb-field">Payment reference<input name="reference" maxlength="18"{attrs(data__expect="reference")}></label>
      <fieldset class="hb-radios"><legend>When</legend>
        <label><input type="radio" name="when" value="now" checked{attrs(data__expect="when-now")}> Today</label>
        <label><input type="radio" name="when" value="later"{attrs(data__expect="when-later")}> Schedule for later</label>
      </fieldset>
      <label class="hb-field">Date<input type="date" name="date"{attrs(data__expect="date")}></label>
      <label class="hb-check"><input type="checkbox" name="repeat"{attrs(data__expect="repeat")}> Make this a regular transfer</label>
      <label class="hb-field">How often<select name="frequency"{attrs(data__expect="frequency")}><option>Every week</option><option>Every month</option><option>Every year</option></select></label>
    </fieldset>
    <div class="hb-actions">
      <button type="submit" class="hb-btn hb-btn--primary"{attrs(data__testid="transfer-continue", data__expect="submit")}>Continue</button>
      <a href="accounts.html" class="hb-btn hb-btn--secondary"{attrs(data__expect="cancel")}>Cancel</a>
    </div>
  </form>
  <form class="hb-form" id="bill" aria-labelledby="b-legend">
    <fieldset><legend id="b-legend">Pay a bill</legend>
      <label class="hb-field">Payee<select name="payee"{attrs(data__expect="bill-payee")}><option>Choose a payee</option>{payees}</select></label>
      <a href="payees.html" class="hb-link"{attrs(data__expect="manage-payees")}>Manage payees</a>
      <label class="hb-field">Amount (GBP)<input type="text" inputmode="decimal" name="billAmount"{attrs(data__testid="bill-amount", data__expect="bill-amount")}></label>
      <label class="hb-field">Payment reference<input name="billReference" maxlength="18"{attrs(data__expect="bill-reference")}></label>
    </fieldset>
    <div class="hb-actions"><button type="submit" class="hb-btn hb-btn--primary"{attrs(data__expect="bill-submit")}>Send payment</button></div>
    <p class="hb-note">Daily limit for bill payments: &pound;10,000. <a href="limits.html"{attrs(data__expect="limits")}>See payment limits</a></p>
  </form>
  </div>
</main>
{bottom_v2()}"""
    return page("Move money · Harbour Bank", body, css="app.css")


def payees_v2():
    items = ""
    for key in PAYEE_ORDER_V2:
        _, name, sort, number, ref = payee(key)
        items += f"""
    <li class="payee"{attrs(data__testid="payee-row")}>
      <div class="payee__who"><strong>{name}</strong><span>{sort} &middot; {number}</span><span>Ref: {ref}</span></div>
      <div class="payee__actions">
        <button type="button" class="hb-btn hb-btn--small hb-btn--primary"{attrs(data__testid="payee-pay", data__expect="pay-" + key)}>Send money</button>
        <button type="button" class="hb-icon-btn" aria-label="Edit"{attrs(data__expect="edit-" + key)}>{ICON}</button>
        <button type="button" class="hb-btn hb-btn--small hb-btn--danger"{attrs(data__expect="delete-" + key)}>Remove</button>
      </div>
    </li>"""
    body = f"""{top_v2()}
<main class="hb-page">
  <h1{attrs(data__expect="heading")}>Payees</h1>
  <input type="search" name="q" placeholder="Search payees" aria-label="Search payees"{attrs(data__testid="payees-search", data__expect="search")}>
  <h2 class="hb-subhead">Recently paid</h2>
  <ul class="payee-list">{items}
  </ul>
  <section class="new-payee" aria-labelledby="np-title">
    <h2 id="np-title">New payee</h2>
    <form class="hb-form two-col">
      <label class="hb-field">Name on account<input name="payeeName"{attrs(data__expect="new-name")}></label>
      <label class="hb-field">Sort Code<input name="sortCode" inputmode="numeric"{attrs(data__expect="new-sort")}></label>
      <label class="hb-field">Account number<input name="accountNumber" inputmode="numeric"{attrs(data__expect="new-account")}></label>
      <label class="hb-field">Payment reference<input name="payeeReference"{attrs(data__expect="new-ref")}></label>
      <fieldset class="hb-radios"><legend>Account type</legend>
        <label><input type="radio" name="kind" value="personal" checked{attrs(data__expect="new-personal")}> Personal</label>
        <label><input type="radio" name="kind" value="business"{attrs(data__expect="new-business")}> Business</label>
      </fieldset>
      <div class="hb-actions"><button type="submit" class="hb-btn hb-btn--primary"{attrs(data__testid="payee-save", data__expect="new-submit")}>Save payee</button></div>
    </form>
  </section>
</main>
{bottom_v2()}"""
    return page("Payees · Harbour Bank", body, css="app.css")


def settings_v2():
    body = f"""{top_v2()}
<main class="hb-page hb-page--narrow">
  <h1{attrs(data__expect="heading")}>Settings</h1>
  <section class="hb-card" aria-labelledby="s-contact"><h2 id="s-contact">Contact details</h2>
    <form class="hb-form">
      <label class="hb-field">Email<input type="email" name="email" value="sam.porter@example.co.uk"{attrs(data__expect="email")}></label>
      <label class="hb-field">Mobile phone<input type="tel" name="mobile" value="07700 900418"{attrs(data__expect="mobile")}></label>
      <button type="submit" class="hb-btn hb-btn--primary"{attrs(data__expect="save-details")}>Save</button>
    </form>
  </section>
  <section class="hb-card" aria-labelledby="s-password"><h2 id="s-password">Password</h2>
    <form class="hb-form">
      <label class="hb-field">Current password<input type="password" name="currentPassword" autocomplete="current-password"{attrs(data__expect="pw-current")}></label>
      <label class="hb-field">New password<input type="password" name="newPassword" autocomplete="new-password"{attrs(data__expect="pw-new")}></label>
      <label class="hb-field">Repeat new password<input type="password" name="repeatPassword" autocomplete="new-password"{attrs(data__expect="pw-confirm")}></label>
      <button type="submit" class="hb-btn hb-btn--primary"{attrs(data__testid="password-update", data__expect="pw-submit")}>Update password</button>
    </form>
  </section>
  <section class="hb-card" aria-labelledby="s-alerts"><h2 id="s-alerts">Alerts</h2>
    <form class="hb-form">
      <label class="hb-check"><input type="checkbox" name="statementReady" checked{attrs(data__expect="alert-statement")}> New statement ready</label>
      <label class="hb-check"><input type="checkbox" name="lowBalance"{attrs(data__expect="alert-low")}> Low balance</label>
      <label class="hb-field">Alert me below (GBP)<input type="text" inputmode="decimal" name="lowBalanceAmount" value="100"{attrs(data__expect="low-amount")}></label>
      <label class="hb-check"><input type="checkbox" name="transferReceipt" checked{attrs(data__expect="transfer-receipts")}> Email me a receipt for every transfer</label>
      <label class="hb-check"><input type="checkbox" name="marketing"{attrs(data__expect="marketing")}> Offers from Harbour Bank</label>
      <fieldset class="hb-radios"><legend>Statements</legend>
        <label><input type="radio" name="statements" value="paper"{attrs(data__expect="paper")}> Paper</label>
        <label><input type="radio" name="statements" value="online" checked{attrs(data__expect="paperless")}> Paperless</label>
      </fieldset>
      <label class="hb-field">Language<select name="language"{attrs(data__expect="language")}><option>English</option><option>Cymraeg</option></select></label>
      <button type="submit" class="hb-btn hb-btn--primary"{attrs(data__expect="save-prefs")}>Save</button>
    </form>
  </section>
</main>
{bottom_v2()}"""
    return page("Settings · Harbour Bank", body, css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def icon(shape="rect"):
    inner = '<circle cx="9" cy="9" r="8"/>' if shape == "circle" else '<rect width="18" height="18"/>'
    return f'<svg width="18" height="18" aria-hidden="true">{inner}</svg>'


def top_v3(current):
    def item(href, text, key, page_name):
        cur = ' aria-current="page"' if page_name == current else ""
        return f'<li><a href="{href}"{cur}{attrs(data__testid=key, data__expect=key)}>{text}</a></li>'
    return f"""<a href="#main" class="ds-skip">Skip to content</a>
<header class="ds-header">
  <a href="/" class="ds-header__brand"{attrs(data__testid="logo", data__expect="logo")}><img src="img/harbour.svg" alt="Harbour Bank" width="120" height="28"></a>
  <nav aria-label="Main"><ul class="ds-nav">
    {item("accounts.html", "Accounts", "nav-accounts", "accounts")}
    {item("transactions.html", "Transactions", "nav-transactions", "transactions")}
    {item("transfer.html", "Payments", "nav-transfer", "transfer")}
    {item("payees.html", "Payees", "nav-payees", "payees")}
    {item("settings.html", "Settings", "nav-settings", "settings")}
  </ul></nav>
  <button type="button" class="ds-icon" aria-label="Log out"{attrs(data__testid="sign-out", data__expect="logout")}>{icon("circle")}</button>
</header>"""


def bottom_v3():
    links = [("Security", "footer-security"), ("Contact us", "footer-contact")]
    return '<footer class="ds-footer"><ul>' + "".join(f'<li><a href="/{k[7:]}"{attrs(data__expect=k)}>{t}</a></li>' for t, k in links) + "</ul></footer>"


def accounts_v3():
    rows = ""
    for key in ACCOUNT_ORDER_V2:
        _, name, sort, number, balance = account(key)
        verb = "Pay off" if key == "card" else "Transfer from"
        rows += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell"><a href="transactions.html?acc={key}"{attrs(data__expect="view-" + key)}>{name}</a></div>
      <div role="gridcell">{number if not sort else sort + ' ' + number}</div><div role="gridcell" class="ds-num">{balance}</div>
      <div role="gridcell"><button type="button" class="ds-icon" aria-label="{verb} {name}"{attrs(data__expect="transfer-" + key)}>{icon()}</button>
        <button type="button" class="ds-icon" aria-haspopup="menu" aria-expanded="false" aria-label="More actions for {name}"{attrs(data__expect="menu-" + key)}>{icon("circle")}</button>
        <ul role="menu" hidden><li role="menuitem">Statements</li><li role="menuitem">Account details</li><li role="menuitem">Rename account</li></ul></div>
    </div>"""
    body = f"""{top_v3("accounts")}
<main id="main" class="ds-main">
  <div class="ds-page-head"><h1{attrs(data__expect="heading")}>Accounts overview</h1>
    <a href="open.html" role="button" class="ds-btn ds-btn--primary"{attrs(data__testid="open-account", data__expect="open-account")}>Open new account</a></div>
  <label class="ds-switch"><input type="checkbox" role="switch" name="closed"{attrs(data__expect="show-closed")}> Closed accounts</label>
  <div role="grid" aria-label="Accounts" class="ds-grid">
    <div role="row" class="ds-grid__row"><div role="columnheader">Account</div><div role="columnheader">Number</div><div role="columnheader">Balance</div><div role="columnheader"><span class="sr-only">Actions</span></div></div>{rows}
  </div>
</main>
{bottom_v3()}"""
    return page("Accounts overview | Harbour Bank", body, css="ds.css")


def transactions_v3():
    rows = ""
    for key, date, desc, amount, card in txns_v2():
        when = short_date(date)
        dispute = (f'<button type="button" class="ds-btn ds-btn--text" aria-label="Report a problem with {desc}, {when}"'
                   f'{attrs(data__expect="dispute-" + key)}>Report</button>') if card else ""
        rows += f"""
    <div role="row" class="ds-grid__row"><div role="gridcell">{when}</div><div role="gridcell">{desc}</div><div role="gridcell" class="ds-num">{amount}</div>
      <div role="gridcell"><button type="button" class="ds-icon" aria-label="Details for {desc}, {when}"{attrs(data__expect="details-" + key)}>{icon()}</button> {dispute}</div></div>"""
    body = f"""{top_v3("transactions")}
<main id="main" class="ds-main">
  <h1{attrs(data__expect="heading")}>Transactions</h1>
  <form class="ds-filters" role="search" aria-label="Filter transactions">
    <label>Account <select name="account"{attrs(data__testid="account-picker", data__expect="account")}>{account_options(["current", "bills", "saver", "isa", "regular", "card"])}</select></label>
    <input type="search" name="q" placeholder="Search by merchant or reference"{attrs(data__testid="txn-search", data__expect="search")}>
    <input type="date" name="from" aria-label="Start date"{attrs(data__expect="from-date")}>
    <input type="date" name="to" aria-label="End date"{attrs(data__expect="to-date")}>
    <div role="radiogroup" aria-label="Direction" class="ds-segmented">
      <label><input type="radio" name="dir" value="all" checked{attrs(data__expect="type-all")}> All</label>
      <label><input type="radio" name="dir" value="in"{attrs(data__expect="type-in")}> In</label>
      <label><input type="radio" name="dir" value="out"{attrs(data__expect="type-out")}> Out</label>
    </div>
    <button type="reset" class="ds-btn ds-btn--ghost"{attrs(data__expect="reset")}>Reset filters</button>
  </form>
  <div class="ds-toolbar"><button type="button" class="ds-btn ds-btn--ghost"{attrs(data__testid="txn-export", data__expect="export")}>Export CSV</button></div>
  <div role="grid" aria-label="Transactions" class="ds-grid">
    <div role="row" class="ds-grid__row"><div role="columnheader">Date</div><div role="columnheader">Description</div><div role="columnheader">Amount</div><div role="columnheader"><span class="sr-only">Actions</span></div></div>{rows}
  </div>
  <button type="button" class="ds-btn ds-btn--ghost"{attrs(data__testid="load-more", data__expect="next")}>Show more</button>
</main>
{bottom_v3()}"""
    return page("Transactions | Harbour Bank", body, css="ds.css")


def transfer_v3():
    own = ["current", "bills", "saver", "isa", "regular", "card"]
    body = f"""{top_v3("transfer")}
<main id="main" class="ds-main ds-main--narrow">
  <h1{attrs(data__expect="heading")}>Transfer money</h1>
  <form class="ds-form">
    <div class="ds-row">
      <label>From account <select name="from"{attrs(data__testid="from-account", data__expect="from-account")}>{account_options(own, "Select")}</select></label>
      <button type="button" class="ds-icon" aria-label="Swap accounts"{attrs(data__expect="swap")}>{icon("circle")}</button>
      <label>To account <select name="to"{attrs(data__testid="to-account", data__expect="to-account")}>{account_options(own, "Select")}</select></label>
    </div>
    <div class="ds-row">
      <input type="text" inputmode="decimal" name="amount" placeholder="Amount (£)"{attrs(data__testid="transfer-amount", data__expect="amount")}>
      <input name="reference" maxlength="18" placeholder="Reference (optional)"{attrs(data__expect="reference")}>
    </div>
    <div role="radiogroup" aria-label="When" class="ds-segmented">
      <label><input type="radio" name="when" value="now" checked{attrs(data__expect="when-now")}> Send now</label>
      <label><input type="radio" name="when" value="later"{attrs(data__expect="when-later")}> Schedule</label>
    </div>
    <label>Payment date <input type="date" name="date"{attrs(data__expect="date")}></label>
    <label class="ds-switch"><input type="checkbox" role="switch" name="repeat"{attrs(data__expect="repeat")}> Repeat payment</label>
    <label>Frequency <select name="frequency"{attrs(data__expect="frequency")}><option>Weekly</option><option>Monthly</option><option>Yearly</option></select></label>
    <div class="ds-actions">
      <button type="button" class="ds-btn ds-btn--ghost"{attrs(data__expect="cancel")}>Cancel</button>
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__testid="transfer-review", data__expect="submit")}>Review transfer</button>
    </div>
  </form>
  <p class="ds-note">Paying a bill? Pay your payees from <a href="payees.html"{attrs(data__expect="manage-payees")}>Payees</a>.</p>
</main>
{bottom_v3()}"""
    return page("Transfer money | Harbour Bank", body, css="ds.css")


def payees_v3():
    rows = ""
    for key in PAYEE_ORDER_V2:
        _, name, sort, number, ref = payee(key)
        rows += f"""
    <div role="row" class="ds-grid__row"><div role="gridcell">{name}</div><div role="gridcell">{sort} {number}</div><div role="gridcell">{ref}</div>
      <div role="gridcell"><button type="button" class="ds-btn ds-btn--small" aria-label="Pay {name}"{attrs(data__expect="pay-" + key)}>Pay</button>
        <button type="button" class="ds-icon" aria-label="Edit payee {name}"{attrs(data__expect="edit-" + key)}>{icon()}</button>
        <button type="button" class="ds-icon" aria-label="Remove payee {name}"{attrs(data__expect="delete-" + key)}>{icon("circle")}</button></div></div>"""
    body = f"""{top_v3("payees")}
<main id="main" class="ds-main">
  <h1{attrs(data__expect="heading")}>People and companies you pay</h1>
  <input type="search" name="q" placeholder="Search" aria-label="Search payees"{attrs(data__testid="payees-search", data__expect="search")}>
  <div role="grid" aria-label="Payees" class="ds-grid">
    <div role="row" class="ds-grid__row"><div role="columnheader">Name</div><div role="columnheader">Account</div><div role="columnheader">Reference</div><div role="columnheader"><span class="sr-only">Actions</span></div></div>{rows}
  </div>
  <section class="ds-card" aria-labelledby="np-title"><h2 id="np-title">Add someone new</h2>
    <form class="ds-form">
      <input name="payeeName" placeholder="Name on account"{attrs(data__expect="new-name")}>
      <div class="ds-row"><input name="sortCode" inputmode="numeric" placeholder="Sort code"{attrs(data__expect="new-sort")}>
        <input name="accountNumber" inputmode="numeric" placeholder="Account number"{attrs(data__expect="new-account")}></div>
      <label>Their reference <input name="payeeReference"{attrs(data__expect="new-ref")}></label>
      <label class="ds-switch"><input type="checkbox" role="switch" name="business"{attrs(data__expect="new-business")}> Business account</label>
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__testid="payee-save", data__expect="new-submit")}>Add payee</button>
    </form>
  </section>
</main>
{bottom_v3()}"""
    return page("Payees | Harbour Bank", body, css="ds.css")


def settings_v3():
    def password(label, name, key, auto):
        return f"""<div class="ds-password"><label>{label} <input type="password" name="{name}" autocomplete="{auto}"{attrs(data__expect=key)}></label>
        <button type="button" class="ds-icon" aria-label="Show password">{icon("circle")}</button></div>"""
    body = f"""{top_v3("settings")}
<main id="main" class="ds-main ds-main--narrow">
  <h1{attrs(data__expect="heading")}>Profile and security</h1>
  <section class="ds-card" aria-labelledby="s-contact"><h2 id="s-contact">Contact details</h2>
    <form class="ds-form">
      <input type="email" name="email" placeholder="Email address" value="sam.porter@example.co.uk"{attrs(data__expect="email")}>
      <input type="tel" name="mobile" placeholder="Mobile number" value="07700 900418"{attrs(data__expect="mobile")}>
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__expect="save-details")}>Save contact details</button>
    </form>
  </section>
  <section class="ds-card" aria-labelledby="s-password"><h2 id="s-password">Change password</h2>
    <form class="ds-form">
      {password("Current password", "currentPassword", "pw-current", "current-password")}
      {password("New password", "newPassword", "pw-new", "new-password")}
      {password("Confirm password", "repeatPassword", "pw-confirm", "new-password")}
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__testid="password-update", data__expect="pw-submit")}>Change password</button>
    </form>
  </section>
  <section class="ds-card" aria-labelledby="s-alerts"><h2 id="s-alerts">Notifications</h2>
    <form class="ds-form">
      <label class="ds-switch"><input type="checkbox" role="switch" name="statementReady" checked{attrs(data__expect="alert-statement")}> Statement ready</label>
      <label class="ds-switch"><input type="checkbox" role="switch" name="lowBalance"{attrs(data__expect="alert-low")}> Low balance alert</label>
      <input type="text" inputmode="decimal" name="lowBalanceAmount" placeholder="Alert threshold (£)" value="100"{attrs(data__expect="low-amount")}>
      <label class="ds-switch"><input type="checkbox" role="switch" name="transferReceipt" checked{attrs(data__expect="transfer-receipts")}> Transfer receipts by email</label>
      <label class="ds-switch"><input type="checkbox" role="switch" name="marketing"{attrs(data__expect="marketing")}> Offers and news</label>
      <label>Language <select name="language"{attrs(data__expect="language")}><option>English</option><option>Cymraeg</option></select></label>
      <button type="submit" class="ds-btn ds-btn--primary"{attrs(data__expect="save-prefs")}>Save notifications</button>
    </form>
  </section>
</main>
{bottom_v3()}"""
    return page("Profile and security | Harbour Bank", body, css="ds.css")


STYLE = """body { font-family: Verdana, Arial, sans-serif; font-size: 12px; margin: 0; } #ctl00_Header { background: #0b3d63; color: #fff; padding: 8px 12px; }
#ctl00_Header a { color: #fff; margin-right: 10px; } #ctl00_Menu { background: #dde7f0; padding: 6px 12px; } #ctl00_Main_content { padding: 12px; }
.Grid td, .Grid th { padding: 4px 8px; } .GridHeader { background: #0b3d63; color: #fff; } .GridAltRow { background: #f2f6fa; } .FormTable td { padding: 3px 6px; }
#ctl00_Sidebar { padding: 12px; background: #f5f5f5; } #ctl00_Footer { padding: 12px; border-top: 1px solid #ccc; color: #666; }
"""
APP_CSS = """body { font-family: "Helvetica Neue", sans-serif; margin: 0; } .hb-header { display: flex; gap: 20px; align-items: center; padding: 10px 24px; background: #0b3d63; }
.hb-header a, .hb-header button { color: #fff; } .hb-header__nav { display: flex; gap: 16px; flex: 1; } .hb-page { padding: 16px 24px; } .hb-page--narrow { max-width: 620px; }
.hb-page__head { display: flex; justify-content: space-between; align-items: center; } .hb-btn { display: inline-block; padding: 8px 14px; border-radius: 20px; border: 1px solid #0b3d63; background: #fff; color: #0b3d63; cursor: pointer; text-decoration: none; }
.hb-btn--primary { background: #0b3d63; color: #fff; } .hb-btn--ghost { background: transparent; } .hb-btn--small { padding: 4px 10px; } .hb-btn--link { border: none; text-decoration: underline; padding: 2px 4px; } .hb-btn--danger { border-color: #b00; color: #b00; }
.hb-chip { display: inline-block; padding: 4px 12px; border-radius: 14px; background: #e6eef5; margin-right: 6px; } .hb-toggle, .hb-check { display: block; margin: 8px 0; }
.account-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; } .account-card { border: 1px solid #d5dde5; border-radius: 10px; padding: 12px; }
.account-card__actions { display: flex; gap: 8px; align-items: center; } .hb-icon-btn { width: 30px; height: 30px; border-radius: 50%; border: 1px solid #ccc; background: #fff; }
.hb-icon-link { display: inline-block; width: 24px; height: 24px; } .txn-toolbar { display: flex; gap: 12px; align-items: center; } .hb-combobox { min-width: 220px; text-align: left; padding: 6px 10px; border: 1px solid #999; background: #fff; }
.filters__row { display: flex; gap: 16px; align-items: flex-end; } .txn-list { list-style: none; padding: 0; } .txn { display: flex; gap: 16px; align-items: center; padding: 6px 0; border-bottom: 1px solid #eee; } .txn__desc { flex: 1; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; } .hb-field { display: block; margin: 8px 0; } .hb-field input, .hb-field select { display: block; } .hb-label { display: block; }
.payee-list { list-style: none; padding: 0; } .payee { display: flex; justify-content: space-between; padding: 8px 0; border-bottom: 1px solid #eee; } .payee__who span { margin-left: 10px; color: #555; }
.hb-card { border: 1px solid #d5dde5; border-radius: 10px; padding: 12px 16px; margin: 12px 0; } .hb-footer { padding: 16px 24px; } .hb-footer a { margin-right: 14px; }
"""
DS_CSS = """body { font-family: system-ui; margin: 0; } .ds-skip { position: absolute; left: -9999px; } .ds-header { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #f3f7fb; }
.ds-nav { display: flex; gap: 14px; list-style: none; } .ds-main { max-width: 1040px; margin: 0 auto; padding: 16px; } .ds-main--narrow { max-width: 640px; }
.ds-page-head { display: flex; justify-content: space-between; align-items: center; } .ds-btn { display: inline-block; padding: 6px 14px; border-radius: 4px; background: #0a4f7a; color: #fff; border: none; text-decoration: none; cursor: pointer; }
.ds-btn--ghost { background: #fff; color: #0a4f7a; border: 1px solid #0a4f7a; } .ds-btn--text { background: none; color: #0a4f7a; text-decoration: underline; } .ds-btn--small { padding: 3px 10px; }
.ds-icon { border: 1px solid #ccc; background: #fff; border-radius: 4px; cursor: pointer; width: 30px; height: 30px; } .ds-grid__row { display: grid; grid-template-columns: 2fr 2fr 1fr 1.2fr; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; }
.ds-num { text-align: right; } .ds-filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin-bottom: 10px; } .ds-row { display: flex; gap: 8px; margin: 8px 0; }
.ds-form label, .ds-form > input { display: block; margin: 8px 0; } .ds-switch { display: block; margin: 6px 0; } .ds-segmented label { display: inline-block; margin-right: 8px; }
.ds-card { border: 1px solid #dde3ea; border-radius: 6px; padding: 12px 16px; margin: 12px 0; } .ds-password { display: flex; gap: 6px; align-items: center; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); } .ds-footer ul { list-style: none; display: flex; gap: 12px; padding: 16px; }
"""


def render():
    return {
        "v1": {"accounts.html": accounts_v1(), "transactions.html": transactions_v1(), "transfer.html": transfer_v1(),
               "payees.html": payees_v1(), "settings.html": settings_v1(), "style.css": STYLE},
        "v2": {"accounts.html": accounts_v2(), "transactions.html": transactions_v2(), "transfer.html": transfer_v2(),
               "payees.html": payees_v2(), "settings.html": settings_v2(), "app.css": APP_CSS},
        "v3": {"accounts.html": accounts_v3(), "transactions.html": transactions_v3(), "transfer.html": transfer_v3(),
               "payees.html": payees_v3(), "settings.html": settings_v3(), "ds.css": DS_CSS},
    }
