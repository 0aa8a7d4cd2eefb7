"""Rentals: "Keystone Lettings", a letting agency's property-rentals portal (Manchester branch; the
tenant is Amira Hussain, the landlord is Graham Whitfield). Three versions of search, property,
apply, landlord and account.

v1  WordPress-plugin era (`wpl_` / `kl_` prefixed snake_case ids, `name="app1[first_name]"`):
    a text-link top nav; search with a sidebar form in a layout table (Location, "Price (pcm)"
    min select with the max select unlabelled after "to", Bedrooms / Property type / Furnishing
    selects, Pets allowed and Include let agreed checkboxes, a Search submit and a Reset filters
    link), a Sort by select and an unlabelled per-page select, List view / Map view links, eight
    result tables newest first each with the title link, "View details" / "Save to favourites" /
    "Book a viewing" text links and a checkbox labelled "Compare" on every card, "Compare
    selected", numbered pagination with "Next »", an email alert box with an unlabelled frequency
    select; the property page (Victorian terrace, Elm Grove) with « Prev / Next » gallery links,
    five thumbnail links, Floor plan / Virtual tour / Street view links, Save / Print / Email to
    a friend / Report links, a viewing form in a table (Preferred date, Preferred time select,
    Alternative date, Name, Email, Telephone, Message, I have pets, How did you hear about us?,
    similar-properties checkbox, Send request) and a similar-properties table with "View details"
    and "Save" on each; the tenancy application with Applicant 1 and Applicant 2 tables with the
    same labels (Title, First name, Surname, Date of birth, Email, Mobile, National Insurance
    number), employment, previous address (an unlabelled months select), landlord and second
    references with the same labels (Name, Email, Telephone), smoker radios, an unlabelled pets
    box, three file inputs each with an "Upload" button, four declaration checkboxes, deposit
    radios, "Save and finish later" / "Submit application" / "Cancel"; the landlord dashboard with
    a properties table (text "Edit listing" / "Pause" or "Resume" / "Mark as let" or "Relist" /
    "View enquiries" per row), an enquiries table oldest first with "Reply" / "Archive" per row, a
    maintenance table with an unlabelled status select, "Assign contractor" and "Update" per row,
    "Save all statuses", a statement month select and Download; the account page with Title /
    names / email / telephone / mobile, contact-method radios, newsletter and partner checkboxes,
    a saved-searches table (unlabelled alert select, "Run search" / "Edit" / "Delete" per row),
    favourites with "View" / "Remove", notification checkboxes, change password and "Delete my
    account".
v2  React rewrite: a header with "Rent" / "For landlords" / "Saved" / an account link, test ids
    repeated on every card and row (`property-card`, `card-save`, `applicant-first-name` in both
    tenant fieldsets, `reference-name`, `upload-browse`, `landlord-row`, `row-edit`,
    `enquiry-reply`, `saved-search-delete`); search with a location searchbox, custom comboboxes
    (Min price, Max price, Bedrooms, Furnishing, Sort by), property-type and "Pets allowed" toggle
    chips, cards sorted by price with two listings gone (Garden flat, Albert Road; Room in shared
    house, Oak Street) and two new (the look-alike "Two bedroom flat, Wharf Street", Canalside loft,
    Union Mill), "View details" a link styled as a button, heart icon buttons named only "Save",
    "Book viewing", an "Add to compare" checkbox per card, page buttons "Page 2", a "Save this
    search" button, "Notify me"; the property page with icon buttons "Previous photo" / "Next
    photo", four "Show photo n" thumbnails, Print / Email to a friend / Street view / the fifth
    thumbnail gone, an icon "Save" beside an icon "Share", the viewing form as a "Book a viewing"
    fieldset (Viewing date, a "Time of day" combobox, Full name, Email address, Mobile number,
    "Anything else we should know?"), the alternative date and the source select gone, "Request
    viewing", and similar homes re-sorted with icon "Save" buttons named like the listing's own;
    the application with "Lead tenant" / "Joint tenant" fieldsets (Title gone, the same labels
    twice, "NI number", "Remove joint tenant"), an employment-status combobox, "Gross annual
    income", a postcode lookup with "Find address", references as "Previous landlord" /
    "Employer or character reference" fieldsets each with Full name / Email / Phone, a pets stepper,
    hidden file inputs behind three "Browse files" buttons, reworded declarations, "Pay now" /
    "Pay in branch", "Back" a link styled as a button, "Save draft"; the landlord dashboard sorted
    by rent (Flat 12, Portland Court gone, Flat 9, 22 Wharf Street new) with icon buttons
    "Edit listing" / "Pause listing" and "More actions" on every row and one open menu with "Mark
    as let", enquiries as cards newest first (one gone, one new) with "Reply" and icon "Archive",
    maintenance with a "Status" combobox and "Assign" on every row (Update and Save all gone);
    the account page with a side nav, Title and Mobile gone, two "Save" buttons, contact radios
    "Email" / "Phone" / "SMS", saved searches as cards (Pet-friendly Didsbury gone, Ancoats lofts
    new) with an "Alert frequency" select and icon "Edit" / "Delete" on each, favourites with
    "Remove from saved" icons, three "Show password" buttons, "Delete account" a link styled as a
    button.
v3  design-system / accessibility pass: a skip link, placeholders instead of labels, icon
    buttons named after their card or row; search with filters in a sidebar (Min £ / Max £
    number boxes, a Minimum bedrooms select, property-type checkboxes, "Furnished only" and "Pets
    allowed" switches, let agreed gone), List / Map tabs, cards in a "Recommended" order with One
    bedroom apartment, Mill Lane gone and the look-alike "Victorian terrace, Elm Road" new, "Save
    <title>" / "Compare <title>" toggles and "Book a viewing at <title>", View details gone (the
    title is the link), pagination replaced by "Show more properties", the alert box gone; the
    property page with Photos / Floor plan / Map / 3D tour tabs, thumbnails gone, "Save Victorian
    terrace, Elm Grove" / "Share this property", the viewing form in an aside with placeholders, a
    "Time slot" select, a "Bringing a pet" switch, "Send viewing request", similar homes with Elm
    Road first and Beech Road gone, "Save <title>" icons, View gone; the application with an "On
    this page" jump nav, placeholders twice (lead and joint tenant), NI number, start date, the
    address history section, the deposit choice, proof of address and the marketing opt-in gone,
    an "I smoke" switch, "Upload proof of identity" / "Upload proof of income", "Save draft" moved
    to the top; the landlord dashboard as role=grid sorted by address (5 Albert Road gone, the
    look-alike 16 Elm Grove new) with "Edit <address>" / "Pause <address>" / "Actions for
    <address>" and one open menu, enquiries with Inbox / Archived tabs, "Reply to <name>" /
    "Archive enquiry from <name>" and an open reply dialog, maintenance as a grid with "Status for
    <issue>" selects and "Assign contractor to <issue>", the statement gone; the account page with
    Profile / Notifications / Saved searches / Security tabs, a "Contact me by" select, switches
    for the newsletter and notifications (partner offers gone), saved searches as role=grid with
    "Edit <name>" / "Delete <name>" and "Alerts for <name>", favourites gone, "Show current
    password" etc., and "Close account" in the footer with an open "Close your account?" dialog
    whose confirm button is also "Close account".
"""
from common import attrs, e, page


def M(key, **kw):
    return attrs(data__expect=key, **kw)


def options(values, selected=None):
    return "".join(f"<option{' selected' if v == selected else ''}>{e(v)}</option>" for v in values)


# id, title, area, rent (pcm), beds (0 = studio), type, furnishing, pets, available
LISTINGS = [
    (2101, "Two bedroom flat, Wharf Road", "Ancoats, M4", 1250, 2, "Flat", "Furnished", False, "1 March"),
    (2102, "Victorian terrace, Elm Grove", "Chorlton, M21", 1650, 3, "House", "Unfurnished", True, "15 March"),
    (2103, "Studio, Portland Court", "City Centre, M1", 875, 0, "Studio", "Furnished", False, "Now"),
    (2104, "One bedroom apartment, Mill Lane", "Salford, M5", 950, 1, "Flat", "Furnished", True, "Now"),
    (2105, "Semi-detached house, Beech Road", "Didsbury, M20", 1900, 4, "House", "Unfurnished", True, "1 April"),
    (2106, "Garden flat, Albert Road", "Levenshulme, M19", 1050, 1, "Flat", "Part furnished", True, "22 March"),
    (2107, "Penthouse, Quay Tower", "Salford Quays, M50", 2400, 3, "Flat", "Furnished", False, "1 May"),
    (2108, "Room in shared house, Oak Street", "Fallowfield, M14", 600, 1, "Room", "Furnished", False, "Now"),
]
NEW_V2 = [
    (2111, "Two bedroom flat, Wharf Street", "Castlefield, M3", 1325, 2, "Flat", "Furnished", True, "8 March"),
    (2112, "Canalside loft, Union Mill", "Ancoats, M4", 1475, 1, "Flat", "Unfurnished", False, "Now"),
]
NEW_V3 = [(2113, "Victorian terrace, Elm Road", "Whalley Range, M16", 1595, 3, "House", "Unfurnished", True, "1 April")]
GONE_V2 = {2106, 2108}
GONE_V3 = {2106, 2108, 2104}
BY_ID = {p[0]: p for p in LISTINGS + NEW_V2 + NEW_V3}
RECOMMENDED_V3 = [2105, 2113, 2102, 2101, 2111, 2112, 2107, 2103]


def beds_text(n):
    return "Studio" if n == 0 else f"{n} bed"


def rent(n):
    return f"&pound;{n:,} pcm"


# -- v1 ------------------------------------------------------------------------------------------

def header_v1():
    links = [("index.php", "Home", "nav-home"), ("search.html", "Properties to rent", "nav-rent"),
             ("landlord.html", "Landlords", "nav-landlords"), ("tenants.php", "Tenants", "nav-tenants"),
             ("account.html", "My account", "nav-account")]
    items = " | ".join(f'<a href="{h}" id="menu-item-{k[4:]}"{M(k)}>{t}</a>' for h, t, k in links)
    return f"""<table id="kl_header" width="100%"><tr>
  <td class="kl_logo"><b>Keystone Lettings</b><br><small>Manchester's friendly letting agent since 1998</small></td>
  <td class="kl_menu">{items}</td>
  <td class="kl_user">Logged in as Amira Hussain &middot; <a href="wp-login.php?action=logout" id="kl_logout"{M("logout")}>Log out</a></td>
</tr></table>"""


def footer_v1():
    return f"""<div id="kl_footer">Keystone Lettings Ltd, 41 Deansgate, Manchester M3 2AY &middot; <a href="contact.php"{M("footer-contact")}>Contact us</a> &middot; <a href="fees.php"{M("footer-fees")}>Fees for tenants</a> &middot; <a href="privacy.php">Privacy</a></div>"""


def search_v1():
    cards = ""
    for pid, title, area, price, beds, ptype, furn, pets, avail in LISTINGS:
        cards += f"""
    <table class="wpl_listing" id="wpl_listing_{pid}" width="100%"><tr>
      <td class="wpl_photo" width="160"><div class="photo">[photo]</div></td>
      <td class="wpl_info">
        <a href="property.html?id={pid}" class="wpl_title"{M(f"title-{pid}")}>{e(title)}</a><br>
        <span class="wpl_area">{e(area)}</span><br>
        <b class="wpl_price">{rent(price)}</b> &middot; {beds_text(beds)} &middot; {ptype} &middot; {furn}{" &middot; Pets considered" if pets else ""}<br>
        <small>Available: {avail} &middot; Ref KL{pid}</small><br>
        <a href="property.html?id={pid}" class="wpl_view_btn"{M(f"view-{pid}")}>View details</a> |
        <a href="?wpl_fav={pid}" class="wpl_fav_link"{M(f"save-{pid}")}>Save to favourites</a> |
        <a href="property.html?id={pid}#viewing" class="wpl_viewing_link"{M(f"book-{pid}")}>Book a viewing</a> |
        <input type="checkbox" name="compare[]" value="{pid}" id="compare_{pid}"{M(f"compare-{pid}")}><label for="compare_{pid}">Compare</label>
      </td>
    </tr></table>"""
    prices = ["No min", "&pound;500", "&pound;750", "&pound;1,000", "&pound;1,250", "&pound;1,500", "&pound;2,000"]
    maxes = ["No max", "&pound;750", "&pound;1,000", "&pound;1,250", "&pound;1,500", "&pound;2,000", "&pound;3,000"]
    body = f"""{header_v1()}
<table id="kl_layout" width="100%"><tr>
<td id="kl_sidebar" valign="top" width="230">
  <form id="wpl_search_form" method="get" action="search.html">
  <h3>Find a home to rent</h3>
  <table class="wpl_form">
    <tr><td><label for="wpl_location">Location</label><br><input type="text" id="wpl_location" name="wpl_location" value="Manchester" size="22"{M("location")}></td></tr>
    <tr><td><label for="wpl_min_price">Price (pcm)</label><br>
      <select id="wpl_min_price" name="wpl_min_price"{M("min-price")}>{"".join(f"<option>{p}</option>" for p in prices)}</select> to
      <select id="wpl_max_price" name="wpl_max_price"{M("max-price")}>{"".join(f"<option>{p}</option>" for p in maxes)}</select></td></tr>
    <tr><td><label for="wpl_bedrooms">Bedrooms</label><br><select id="wpl_bedrooms" name="wpl_bedrooms"{M("beds")}>{options(["Any", "Studio", "1+", "2+", "3+", "4+"])}</select></td></tr>
    <tr><td><label for="wpl_type">Property type</label><br><select id="wpl_type" name="wpl_type"{M("ptype")}>{options(["Any", "Flat / apartment", "House", "Studio", "Room in shared house"])}</select></td></tr>
    <tr><td><label for="wpl_furnished">Furnishing</label><br><select id="wpl_furnished" name="wpl_furnished"{M("furnished")}>{options(["Any", "Furnished", "Unfurnished", "Part furnished"])}</select></td></tr>
    <tr><td><input type="checkbox" id="wpl_pets" name="wpl_pets" value="1"{M("pets")}> <label for="wpl_pets">Pets allowed</label></td></tr>
    <tr><td><input type="checkbox" id="wpl_let_agreed" name="wpl_let_agreed" value="1"{M("let-agreed")}> <label for="wpl_let_agreed">Include let agreed</label></td></tr>
    <tr><td><input type="submit" id="wpl_search_btn" value="Search"{M("search-btn")}> <a href="search.html" id="wpl_reset"{M("reset")}>Reset filters</a></td></tr>
  </table>
  </form>
  <div class="wpl_alert">
    <h4>Property alerts</h4>
    <label for="alert_email">Email me new properties like these</label><br>
    <input type="text" id="alert_email" name="alert_email" size="22"{M("alert-email")}><br>
    <select name="alert_frequency" id="alert_frequency"{M("alert-freq")}>{options(["Instantly", "Daily", "Weekly"])}</select>
    <input type="button" id="alert_create" value="Create alert"{M("alert-create")}>
  </div>
</td>
<td id="kl_content" valign="top">
  <h1>Properties to rent in Manchester</h1>
  <table class="wpl_toolbar" width="100%"><tr>
    <td>Showing 1&ndash;8 of 46 properties</td>
    <td><label for="wpl_sort">Sort by</label> <select id="wpl_sort" name="wpl_sort"{M("sort")}>{options(["Newest first", "Price (low to high)", "Price (high to low)", "Bedrooms"])}</select>
      <select id="wpl_limit" name="wpl_limit"{M("per-page")}>{options(["8 per page", "16 per page", "32 per page"])}</select></td>
    <td><a href="search.html" id="wpl_list_view" class="current"{M("view-list")}>List view</a> | <a href="map.php" id="wpl_map_view"{M("view-map")}>Map view</a></td>
  </tr></table>
  <form id="wpl_compare_form" action="compare.php">{cards}
  <p><input type="submit" id="wpl_compare_btn" value="Compare selected"{M("compare-selected")}></p>
  </form>
  <div class="wpl_pagination">Page: <b>1</b>
    <a href="?paged=2"{M("page-2")}>2</a> <a href="?paged=3"{M("page-3")}>3</a> <a href="?paged=4"{M("page-4")}>4</a>
    <a href="?paged=2" class="next"{M("page-next")}>Next &raquo;</a></div>
</td>
</tr></table>
{footer_v1()}"""
    return page("Properties to rent in Manchester | Keystone Lettings", body)


SIMILAR_V1 = [2101, 2105, 2106]
SIMILAR_V2 = [2111, 2101, 2105]
SIMILAR_V3 = [2113, 2101, 2111]


def property_v1():
    thumbs = "".join(f'<a href="#photo{i}" class="thumb"{M(f"thumb-{i}")}><img src="" alt="Photo {i}" width="60" height="40"></a> ' for i in range(1, 6))
    sims = ""
    for pid in SIMILAR_V1:
        _, title, area, price, beds, *_ = BY_ID[pid]
        sims += f"""
      <td class="similar" valign="top"><div class="photo small">[photo]</div>
        <a href="property.html?id={pid}"{M(f"sim-title-{pid}")}>{e(title)}</a><br>{e(area)}<br><b>{rent(price)}</b><br>
        <a href="property.html?id={pid}" class="wpl_view_btn"{M(f"sim-view-{pid}")}>View details</a> | <a href="?wpl_fav={pid}" class="wpl_fav_link"{M(f"sim-save-{pid}")}>Save</a></td>"""
    times = ["Morning (9am - 12pm)", "Afternoon (12pm - 5pm)", "Evening (5pm - 7pm)", "Saturday morning"]
    body = f"""{header_v1()}
<div id="kl_content">
  <div class="breadcrumbs"><a href="index.php"{M("crumb-home")}>Home</a> &raquo; <a href="search.html"{M("crumb-rent")}>Properties to rent</a> &raquo; <a href="search.html?area=chorlton"{M("crumb-area")}>Chorlton</a> &raquo; Victorian terrace, Elm Grove</div>
  <p><a href="search.html" id="back_to_results"{M("back")}>&laquo; Back to search results</a></p>
  <h1>Victorian terrace, Elm Grove</h1>
  <p class="wpl_price_big">&pound;1,650 pcm <small>(&pound;381 pw)</small> &middot; Chorlton, M21 &middot; Ref KL2102</p>
  <table width="100%"><tr>
  <td valign="top" width="62%">
    <div class="wpl_gallery">
      <div class="photo big">[photo 3 of 12]</div>
      <a href="#prev" id="gallery_prev"{M("gal-prev")}>&laquo; Prev</a> Photo 3 of 12 <a href="#next" id="gallery_next"{M("gal-next")}>Next &raquo;</a>
      <div class="thumbs">{thumbs}</div>
      <a href="#gallery" id="gallery_all"{M("gal-all")}>View all photos</a> |
      <a href="floorplan.pdf" id="floorplan_link"{M("floorplan")}>Floor plan</a> |
      <a href="tour.php?id=2102" id="virtual_tour_link"{M("tour")}>Virtual tour</a> |
      <a href="streetview.php?id=2102" id="street_view_link"{M("streetview")}>Street view</a>
    </div>
    <p class="wpl_tools"><a href="?wpl_fav=2102" id="wpl_fav_main"{M("save")}>Save to favourites</a> |
      <a href="javascript:window.print()" id="print_link"{M("print")}>Print details</a> |
      <a href="tell-a-friend.php?id=2102" id="email_friend_link"{M("email-friend")}>Email to a friend</a> |
      <a href="report.php?id=2102" id="report_link"{M("report")}>Report this listing</a></p>
    <h2>Key facts</h2>
    <table class="facts" border="1" cellpadding="4">
      <tr><td>Bedrooms</td><td>3</td><td>Bathrooms</td><td>1</td></tr>
      <tr><td>Furnishing</td><td>Unfurnished</td><td>Available</td><td>15 March</td></tr>
      <tr><td>Deposit</td><td>&pound;1,903</td><td>Minimum term</td><td>12 months</td></tr>
      <tr><td>Council tax</td><td>Band C</td><td>Pets</td><td>Considered</td></tr>
    </table>
    <p>EPC rating: C &middot; <a href="epc-2102.pdf" id="epc_link"{M("epc")}>Download EPC (PDF)</a></p>
    <h2>Description</h2>
    <p>A bay-fronted Victorian mid-terrace on a quiet tree-lined road, two minutes from Chorlton
    Metrolink. Through lounge with original fireplace, modern kitchen, three bedrooms and a
    south-facing yard.</p>
  </td>
  <td valign="top" id="viewing">
    <form id="kl_viewing_form" method="post" action="viewing.php">
    <h2>Request a viewing</h2>
    <table class="wpl_form">
      <tr><td><label for="viewing_date">Preferred date</label></td><td><input type="text" id="viewing_date" name="viewing[date]" size="12"{M("v-date")}> <small>dd/mm/yyyy</small></td></tr>
      <tr><td><label for="viewing_time">Preferred time</label></td><td><select id="viewing_time" name="viewing[time]"{M("v-time")}>{options(times)}</select></td></tr>
      <tr><td><label for="viewing_alt_date">Alternative date</label></td><td><input type="text" id="viewing_alt_date" name="viewing[alt_date]" size="12"{M("v-alt-date")}></td></tr>
      <tr><td><label for="viewing_name">Name</label></td><td><input type="text" id="viewing_name" name="viewing[name]"{M("v-name")}></td></tr>
      <tr><td><label for="viewing_email">Email</label></td><td><input type="text" id="viewing_email" name="viewing[email]"{M("v-email")}></td></tr>
      <tr><td><label for="viewing_phone">Telephone</label></td><td><input type="text" id="viewing_phone" name="viewing[phone]"{M("v-phone")}></td></tr>
      <tr><td><label for="viewing_message">Message</label></td><td><textarea id="viewing_message" name="viewing[message]" rows="4" cols="26"{M("v-message")}></textarea></td></tr>
      <tr><td></td><td><input type="checkbox" id="viewing_pets" name="viewing[pets]"{M("v-pets")}> <label for="viewing_pets">I have pets</label></td></tr>
      <tr><td><label for="viewing_source">How did you hear about us?</label></td><td><select id="viewing_source" name="viewing[source]"{M("v-source")}>{options(["Please select", "Rightmove", "Zoopla", "Our website", "Walked past the branch", "Recommendation"])}</select></td></tr>
      <tr><td></td><td><input type="checkbox" id="viewing_similar" name="viewing[similar]" checked{M("v-similar")}> <label for="viewing_similar">Email me similar properties</label></td></tr>
      <tr><td></td><td><input type="submit" id="viewing_submit" value="Send request"{M("v-submit")}></td></tr>
    </table>
    </form>
    <p>Or call the Chorlton branch: <a href="tel:01614960182" id="call_branch"{M("call")}>0161 496 0182</a></p>
  </td>
  </tr></table>
  <h2>Similar properties</h2>
  <table class="similar_table"><tr>{sims}
  </tr></table>
</div>
{footer_v1()}"""
    return page("Victorian terrace, Elm Grove, Chorlton - 3 bed house to rent | Keystone Lettings", body)


def applicant_v1(n, title):
    p = f"app{n}"
    k = f"a{n}"
    return f"""
  <h3>{title}</h3>
  <table class="wpl_form">
    <tr><td><label for="{p}_title">Title</label></td><td><select id="{p}_title" name="{p}[title]"{M(f"{k}-title")}>{options(["", "Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"])}</select></td></tr>
    <tr><td><label for="{p}_first_name">First name</label></td><td><input type="text" id="{p}_first_name" name="{p}[first_name]"{M(f"{k}-first")}></td></tr>
    <tr><td><label for="{p}_surname">Surname</label></td><td><input type="text" id="{p}_surname" name="{p}[surname]"{M(f"{k}-last")}></td></tr>
    <tr><td><label for="{p}_dob">Date of birth</label></td><td><input type="text" id="{p}_dob" name="{p}[dob]" size="12"{M(f"{k}-dob")}> <small>dd/mm/yyyy</small></td></tr>
    <tr><td><label for="{p}_email">Email</label></td><td><input type="text" id="{p}_email" name="{p}[email]"{M(f"{k}-email")}></td></tr>
    <tr><td><label for="{p}_mobile">Mobile</label></td><td><input type="text" id="{p}_mobile" name="{p}[mobile]"{M(f"{k}-phone")}></td></tr>
    <tr><td><label for="{p}_ni">National Insurance number</label></td><td><input type="text" id="{p}_ni" name="{p}[ni]" size="12"{M(f"{k}-ni")}></td></tr>
  </table>"""


def reference_v1(n, title):
    p = f"ref{n}"
    return f"""
  <td valign="top"><h4>{title}</h4>
    <label for="{p}_name">Name</label><br><input type="text" id="{p}_name" name="{p}[name]"{M(f"{p}-name")}><br>
    <label for="{p}_email">Email</label><br><input type="text" id="{p}_email" name="{p}[email]"{M(f"{p}-email")}><br>
    <label for="{p}_phone">Telephone</label><br><input type="text" id="{p}_phone" name="{p}[phone]"{M(f"{p}-phone")}></td>"""


def apply_v1():
    docs = ""
    for k, t in [("id", "Proof of identity (passport or driving licence)"), ("income", "Proof of income (3 months' payslips)"), ("address", "Proof of address (utility bill)")]:
        docs += f"""
    <tr><td><label for="doc_{k}">{t}</label></td><td><input type="file" id="doc_{k}" name="documents[{k}]"{M(f"doc-{k}")}> <input type="button" id="doc_{k}_upload" class="upload_btn" value="Upload"{M(f"doc-{k}-upload")}></td></tr>"""
    body = f"""{header_v1()}
<div id="kl_content">
  <h1>Tenancy application</h1>
  <p>Property: <b>Victorian terrace, Elm Grove, Chorlton</b> &middot; &pound;1,650 pcm &middot; Ref KL2102 &middot; <a href="property.html" id="app_property_link"{M("property-link")}>view property</a></p>
  <form id="kl_application" method="post" action="apply.php" enctype="multipart/form-data">
  <h2>1. Tenancy</h2>
  <table class="wpl_form">
    <tr><td><label for="app_move_in">Proposed move-in date</label></td><td><input type="text" id="app_move_in" name="app[move_in]" size="12"{M("movein")}></td></tr>
    <tr><td><label for="app_term">Tenancy length</label></td><td><select id="app_term" name="app[term]"{M("term")}>{options(["6 months", "12 months", "18 months", "24 months"], "12 months")}</select></td></tr>
    <tr><td><label for="app_occupants">Number of occupants</label></td><td><input type="text" id="app_occupants" name="app[occupants]" size="3" value="2"{M("occupants")}></td></tr>
  </table>
  <h2>2. Applicant details</h2>
  {applicant_v1(1, "Applicant 1")}
  {applicant_v1(2, "Applicant 2 (joint applicant)")}
  <h2>3. Employment (applicant 1)</h2>
  <table class="wpl_form">
    <tr><td><label for="emp_status">Employment status</label></td><td><select id="emp_status" name="emp[status]"{M("emp-status")}>{options(["Please select", "Employed full time", "Employed part time", "Self-employed", "Student", "Retired", "Unemployed"])}</select></td></tr>
    <tr><td><label for="emp_employer">Employer</label></td><td><input type="text" id="emp_employer" name="emp[employer]"{M("emp-employer")}></td></tr>
    <tr><td><label for="emp_job_title">Job title</label></td><td><input type="text" id="emp_job_title" name="emp[job_title]"{M("emp-title")}></td></tr>
    <tr><td><label for="emp_salary">Annual salary (&pound;)</label></td><td><input type="text" id="emp_salary" name="emp[salary]" size="10"{M("emp-salary")}></td></tr>
    <tr><td><label for="emp_start">Start date</label></td><td><input type="text" id="emp_start" name="emp[start]" size="12"{M("emp-start")}></td></tr>
    <tr><td><label for="emp_email">Employer's email</label></td><td><input type="text" id="emp_email" name="emp[email]"{M("emp-email")}></td></tr>
  </table>
  <h2>4. Previous address</h2>
  <table class="wpl_form">
    <tr><td><label for="prev_line1">Address line 1</label></td><td><input type="text" id="prev_line1" name="prev[line1]" size="30"{M("prev-line1")}></td></tr>
    <tr><td><label for="prev_line2">Address line 2</label></td><td><input type="text" id="prev_line2" name="prev[line2]" size="30"{M("prev-line2")}></td></tr>
    <tr><td><label for="prev_town">Town / City</label></td><td><input type="text" id="prev_town" name="prev[town]"{M("prev-town")}></td></tr>
    <tr><td><label for="prev_postcode">Postcode</label></td><td><input type="text" id="prev_postcode" name="prev[postcode]" size="8"{M("prev-postcode")}></td></tr>
    <tr><td><label for="prev_years">Time at address</label></td><td><select id="prev_years" name="prev[years]"{M("prev-years")}>{options(["0 years", "1 year", "2 years", "3 years", "4 years", "5+ years"])}</select>
      <select id="prev_months" name="prev[months]"{M("prev-months")}>{options([f"{m} months" for m in range(0, 12)])}</select></td></tr>
  </table>
  <h2>5. References</h2>
  <table class="refs"><tr>{reference_v1(1, "Current or previous landlord")}{reference_v1(2, "Second reference (employer or personal)")}
  </tr></table>
  <h2>6. About you</h2>
  <p>Do you smoke? <input type="radio" name="app[smoker]" id="smoker_yes" value="1"{M("smoke-yes")}> <label for="smoker_yes">Yes</label>
    <input type="radio" name="app[smoker]" id="smoker_no" value="0"{M("smoke-no")}> <label for="smoker_no">No</label></p>
  <p>Number of pets: <input type="text" name="app[pets]" id="app_pets" size="3" value="0"{M("pets-count")}></p>
  <h2>7. Documents</h2>
  <table class="wpl_form">{docs}
  </table>
  <h2>8. Holding deposit</h2>
  <p><input type="radio" name="app[deposit]" id="deposit_card" value="card"{M("dep-card")}> <label for="deposit_card">Pay the holding deposit (&pound;380) now by card</label><br>
    <input type="radio" name="app[deposit]" id="deposit_branch" value="branch"{M("dep-branch")}> <label for="deposit_branch">Pay at the branch</label></p>
  <h2>9. Declaration</h2>
  <p><input type="checkbox" id="decl_true" name="decl[true]"{M("decl-true")}> <label for="decl_true">I declare that the information given is true and complete</label><br>
    <input type="checkbox" id="decl_credit" name="decl[credit]"{M("decl-credit")}> <label for="decl_credit">I consent to Keystone Lettings carrying out credit and referencing checks</label><br>
    <input type="checkbox" id="decl_terms" name="decl[terms]"{M("decl-terms")}> <label for="decl_terms">I have read and accept the terms and conditions</label> (<a href="terms.php" target="_blank" id="terms_link"{M("terms-link")}>read the terms</a>)<br>
    <input type="checkbox" id="decl_marketing" name="decl[marketing]"{M("decl-marketing")}> <label for="decl_marketing">Keep me informed about new properties and offers</label></p>
  <p><input type="submit" name="save_later" id="app_save_later" value="Save and finish later"{M("save-later")}>
    <input type="submit" name="submit_app" id="app_submit" value="Submit application"{M("submit")}>
    <a href="property.html" id="app_cancel"{M("cancel")}>Cancel</a></p>
  </form>
</div>
{footer_v1()}"""
    return page("Tenancy application | Keystone Lettings", body)


# id, address, rent, status, enquiries
LL_PROPS = [
    (301, "14 Elm Grove, Chorlton", 1650, "Listed", 3),
    (302, "Flat 3, 22 Wharf Road, Ancoats", 1250, "Listed", 1),
    (303, "7 Beech Road, Didsbury", 1900, "Let agreed", 0),
    (304, "Flat 12, Portland Court", 875, "Paused", 0),
    (305, "5 Albert Road, Levenshulme", 1050, "Listed", 1),
]
LL_NEW_V2 = (306, "Flat 9, 22 Wharf Street, Castlefield", 1325, "Listed", 0)
LL_NEW_V3 = (307, "16 Elm Grove, Chorlton", 1595, "Listed", 0)
# id, from, property id, received, message
ENQUIRIES = [
    ("e1", "Mei Chen", 301, "8 Mar", "Would you include bills in the rent?"),
    ("e2", "Sofia Rossi", 305, "9 Mar", "Is there off-street parking?"),
    ("e3", "Liam Walsh", 301, "10 Mar", "Are pets considered? I have a small dog."),
    ("e4", "Hannah Price", 302, "11 Mar", "Could I view on Saturday morning?"),
    ("e5", "Daniel Okafor", 301, "12 Mar", "Is it still available from April?"),
]
ENQ_NEW_V2 = ("e6", "Oliver Grant", 306, "13 Mar", "Is the flat available for a 6 month let?")
# id, property id, issue, reported, status
REPAIRS = [
    ("m1", 301, "Boiler not firing", "3 Mar", "Open"),
    ("m2", 302, "Leaking kitchen tap", "5 Mar", "In progress"),
    ("m3", 305, "Broken window latch", "7 Mar", "Open"),
    ("m4", 303, "Damp patch in bathroom", "1 Mar", "Resolved"),
]
REPAIR_NEW_V2 = ("m5", 302, "Noisy extractor fan", "12 Mar", "Open")
LL_ADDR = {p[0]: p[1] for p in LL_PROPS + [LL_NEW_V2, LL_NEW_V3]}


def landlord_v1():
    rows = ""
    for pid, addr, price, status, enq in LL_PROPS:
        acts = [f'<a href="edit-listing.php?id={pid}"{M(f"edit-{pid}")}>Edit listing</a>']
        if status == "Paused":
            acts.append(f'<a href="?resume={pid}"{M(f"resume-{pid}")}>Resume</a>')
        elif status == "Listed":
            acts.append(f'<a href="?pause={pid}"{M(f"pause-{pid}")}>Pause</a>')
        if status == "Let agreed":
            acts.append(f'<a href="?relist={pid}"{M(f"relist-{pid}")}>Relist</a>')
        else:
            acts.append(f'<a href="?let={pid}"{M(f"let-{pid}")}>Mark as let</a>')
        acts.append(f'<a href="#enquiries"{M(f"enq-{pid}")}>View enquiries</a>')
        rows += f"""
    <tr id="ll_prop_{pid}"><td>KL{pid}</td><td>{e(addr)}</td><td>{rent(price)}</td><td>{status}</td><td>{enq}</td><td class="actions">{" | ".join(acts)}</td></tr>"""
    enq_rows = ""
    for eid, who, pid, when, msg in ENQUIRIES:
        enq_rows += f"""
    <tr id="enquiry_{eid}"><td>{when}</td><td>{e(who)}</td><td>{e(LL_ADDR[pid])}</td><td>{e(msg)}</td>
      <td><a href="reply.php?id={eid}"{M(f"reply-{eid}")}>Reply</a> | <a href="?archive={eid}"{M(f"archive-{eid}")}>Archive</a></td></tr>"""
    rep_rows = ""
    for rid, pid, issue, when, status in REPAIRS:
        rep_rows += f"""
    <tr id="repair_{rid}"><td>{rid.upper()}</td><td>{e(LL_ADDR[pid])}</td><td>{e(issue)}</td><td>{when}</td>
      <td><select name="status[{rid}]"{M(f"status-{rid}")}>{options(["Open", "In progress", "Waiting for parts", "Resolved"], status)}</select></td>
      <td><a href="contractor.php?job={rid}"{M(f"assign-{rid}")}>Assign contractor</a></td>
      <td><input type="submit" name="update[{rid}]" value="Update"{M(f"update-{rid}")}></td></tr>"""
    body = f"""{header_v1()}
<div id="kl_content">
  <h1>Landlord dashboard</h1>
  <p>Welcome back, Graham Whitfield. <a href="landlord-profile.php" id="ll_profile_link"{M("ll-profile")}>Edit your landlord details</a></p>
  <h2>My properties</h2>
  <p><a href="add-listing.php" id="ll_add_property"{M("add-prop")}>+ Add a new property</a> &nbsp;
    <label for="ll_filter">Show</label> <select id="ll_filter" name="ll_filter"{M("prop-filter")}>{options(["All properties", "Listed", "Paused", "Let agreed"])}</select></p>
  <table id="ll_properties" class="grid" border="1" cellpadding="4">
    <tr><th>Ref</th><th>Address</th><th>Rent</th><th>Status</th><th>Enquiries</th><th>Actions</th></tr>{rows}
  </table>
  <h2 id="enquiries">Enquiries</h2>
  <table id="ll_enquiries" class="grid" border="1" cellpadding="4">
    <tr><th>Received</th><th>From</th><th>Property</th><th>Message</th><th></th></tr>{enq_rows}
  </table>
  <p><input type="button" id="ll_archive_read" value="Archive all read enquiries"{M("archive-read")}></p>
  <h2>Maintenance requests</h2>
  <form id="ll_maintenance" method="post">
  <p><a href="new-repair.php" id="ll_new_repair"{M("maint-new")}>Log a new request</a></p>
  <table id="ll_repairs" class="grid" border="1" cellpadding="4">
    <tr><th>Ref</th><th>Property</th><th>Issue</th><th>Reported</th><th>Status</th><th></th><th></th></tr>{rep_rows}
  </table>
  <p><input type="submit" id="ll_save_statuses" value="Save all statuses"{M("maint-save")}></p>
  </form>
  <h2>Rent statements</h2>
  <p><label for="stmt_month">Month</label> <select id="stmt_month" name="stmt_month"{M("stmt-month")}>{options(["March 2025", "February 2025", "January 2025", "December 2024"])}</select>
    <input type="button" id="stmt_download" value="Download statement"{M("stmt-download")}></p>
</div>
{footer_v1()}"""
    return page("Landlord dashboard | Keystone Lettings", body)


# id, name, criteria, frequency
SAVED = [
    ("s1", "Chorlton 3 bed houses", "Chorlton &middot; House &middot; 3+ beds &middot; up to &pound;1,800", "Daily"),
    ("s2", "City centre flats", "M1, M3, M4 &middot; Flat &middot; up to &pound;1,300", "Instantly"),
    ("s3", "Pet-friendly Didsbury", "Didsbury &middot; Pets allowed", "Weekly"),
    ("s4", "Salford Quays 2 bed", "Salford Quays &middot; 2+ beds", "Off"),
]
SAVED_NEW_V2 = ("s5", "Ancoats lofts", "Ancoats &middot; Flat &middot; 1+ beds", "Daily")
SAVED_NAMES = {s[0]: s[1] for s in SAVED + [SAVED_NEW_V2]}
FAVOURITES = [2102, 2105, 2103]


def account_v1():
    srows = ""
    for sid, name, crit, freq in SAVED:
        srows += f"""
    <tr id="saved_search_{sid}"><td><b>{e(name)}</b><br><small>{crit}</small></td>
      <td><select name="alert_freq[{sid}]"{M(f"freq-{sid}")}>{options(["Instantly", "Daily", "Weekly", "Off"], freq)}</select></td>
      <td><a href="search.html?saved={sid}"{M(f"run-{sid}")}>Run search</a> | <a href="edit-search.php?id={sid}"{M(f"edit-{sid}")}>Edit</a> | <a href="?delete_search={sid}"{M(f"delete-{sid}")}>Delete</a></td></tr>"""
    frows = ""
    for pid in FAVOURITES:
        _, title, area, price, *_ = BY_ID[pid]
        frows += f"""
    <tr id="favourite_{pid}"><td>{e(title)}</td><td>{e(area)}</td><td>{rent(price)}</td>
      <td><a href="property.html?id={pid}"{M(f"fav-view-{pid}")}>View</a> | <a href="?remove_fav={pid}"{M(f"fav-remove-{pid}")}>Remove</a></td></tr>"""
    body = f"""{header_v1()}
<div id="kl_content">
  <h1>My account</h1>
  <p class="subnav"><a href="#details"{M("sub-details")}>My details</a> | <a href="#searches"{M("sub-searches")}>Saved searches</a> | <a href="#favourites"{M("sub-favourites")}>Favourites</a> | <a href="#password"{M("sub-password")}>Change password</a></p>
  <form id="kl_profile" method="post">
  <h2 id="details">My details</h2>
  <table class="wpl_form">
    <tr><td><label for="user_title">Title</label></td><td><select id="user_title" name="user[title]"{M("p-title")}>{options(["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr"], "Ms")}</select></td></tr>
    <tr><td><label for="user_first_name">First name</label></td><td><input type="text" id="user_first_name" name="user[first_name]" value="Amira"{M("p-first")}></td></tr>
    <tr><td><label for="user_last_name">Last name</label></td><td><input type="text" id="user_last_name" name="user[last_name]" value="Hussain"{M("p-last")}></td></tr>
    <tr><td><label for="user_email">Email address</label></td><td><input type="text" id="user_email" name="user[email]" value="amira.hussain@example.com" size="30"{M("p-email")}></td></tr>
    <tr><td><label for="user_phone">Telephone</label></td><td><input type="text" id="user_phone" name="user[phone]"{M("p-phone")}></td></tr>
    <tr><td><label for="user_mobile">Mobile</label></td><td><input type="text" id="user_mobile" name="user[mobile]" value="07700 900418"{M("p-mobile")}></td></tr>
  </table>
  <p><input type="submit" id="save_details" value="Save details"{M("p-save")}></p>
  </form>
  <h2>Contact preferences</h2>
  <form id="kl_contact_prefs" method="post">
  <p>Preferred contact method:
    <input type="radio" name="contact_method" id="cm_email" value="email" checked{M("cm-email")}> <label for="cm_email">Email</label>
    <input type="radio" name="contact_method" id="cm_phone" value="phone"{M("cm-phone")}> <label for="cm_phone">Telephone</label>
    <input type="radio" name="contact_method" id="cm_sms" value="sms"{M("cm-sms")}> <label for="cm_sms">Text message</label></p>
  <p><input type="checkbox" id="pref_newsletter" name="pref[newsletter]" checked{M("pref-newsletter")}> <label for="pref_newsletter">Send me the Keystone newsletter</label><br>
    <input type="checkbox" id="pref_partners" name="pref[partners]"{M("pref-partners")}> <label for="pref_partners">Send me offers from carefully selected partners</label></p>
  <p><input type="submit" id="save_prefs" value="Save preferences"{M("pref-save")}></p>
  </form>
  <h2 id="searches">Saved searches</h2>
  <table id="saved_searches" class="grid" border="1" cellpadding="4">
    <tr><th>Search</th><th>Email alerts</th><th></th></tr>{srows}
  </table>
  <h2 id="favourites">Favourites</h2>
  <table id="favourites_table" class="grid" border="1" cellpadding="4">{frows}
  </table>
  <h2>Email notifications</h2>
  <form id="kl_notifications" method="post">
  <p><input type="checkbox" id="n_matches" name="n[matches]" checked{M("n-matches")}> <label for="n_matches">New properties matching my saved searches</label><br>
    <input type="checkbox" id="n_price" name="n[price]" checked{M("n-price")}> <label for="n_price">Price reductions on my favourites</label><br>
    <input type="checkbox" id="n_reminders" name="n[reminders]"{M("n-reminders")}> <label for="n_reminders">Viewing reminders</label><br>
    <input type="checkbox" id="n_messages" name="n[messages]" checked{M("n-messages")}> <label for="n_messages">Messages from the agent</label></p>
  <p><input type="submit" id="save_notifications" value="Save notification settings"{M("n-save")}></p>
  </form>
  <h2 id="password">Change password</h2>
  <form id="kl_password" method="post">
  <table class="wpl_form">
    <tr><td><label for="pass_current">Current password</label></td><td><input type="password" id="pass_current" name="pass[current]"{M("pw-current")}></td></tr>
    <tr><td><label for="pass_new">New password</label></td><td><input type="password" id="pass_new" name="pass[new]"{M("pw-new")}></td></tr>
    <tr><td><label for="pass_confirm">Confirm new password</label></td><td><input type="password" id="pass_confirm" name="pass[confirm]"{M("pw-confirm")}></td></tr>
  </table>
  <p><input type="submit" id="change_password" value="Change password"{M("pw-save")}></p>
  </form>
  <h2>Close account</h2>
  <p>Deleting your account removes your saved searches, favourites and applications. <a href="delete-account.php" id="delete_account" class="danger"{M("delete-account")}>Delete my account</a></p>
</div>
{footer_v1()}"""
    return page("My account | Keystone Lettings", body)


# -- v2 ------------------------------------------------------------------------------------------

def shell_v2(active, main):
    links = [("search.html", "Rent", "nav-rent"), ("landlord.html", "For landlords", "nav-landlords")]
    items = "".join(f'<a href="{h}" class="topnav__link{" is-active" if k == active else ""}"{attrs(aria__current="page" if k == active else None)}{M(k)}>{t}</a>' for h, t, k in links)
    return f"""<header class="topbar">
  <a href="index.html" class="brand"{M("nav-home")}>Keystone<span>Lettings</span></a>
  <nav class="topnav" aria-label="Main">{items}</nav>
  <div class="topbar__right">
    <a href="account.html#saved" class="topnav__link" data-testid="header-saved"{M("nav-saved")}>&#9825; Saved</a>
    <a href="account.html" class="avatar" aria-label="Account" data-testid="header-account"{M("nav-account")}>AH</a>
  </div>
</header>
<main class="page">
{main}
</main>
<footer class="footer">
  <a href="contact.html"{M("footer-contact")}>Contact</a>
  <a href="fees.html"{M("footer-fees")}>Tenant fees</a>
  <a href="privacy.html">Privacy</a>
  <span>&copy; Keystone Lettings Ltd</span>
</footer>"""


def search_v2():
    live = sorted([p for p in LISTINGS if p[0] not in GONE_V2] + NEW_V2, key=lambda p: p[3])
    cards = ""
    for pid, title, area, price, beds, ptype, furn, pets, avail in live:
        chips = f'<span class="chip">{beds_text(beds)}</span>' + (f'<span class="chip">{ptype}</span>' if ptype != "Studio" else "") + f'<span class="chip">{furn}</span>' + ('<span class="chip chip--pets">Pets OK</span>' if pets else "")
        cards += f"""
    <article class="pcard" data-testid="property-card">
      <div class="pcard__img">[photo]</div>
      <div class="pcard__body">
        <div class="pcard__top">
          <p class="pcard__price">{rent(price)}</p>
          <button class="icon-btn" aria-label="Save" aria-pressed="false" data-testid="card-save"{M(f"save-{pid}")}>&#9825;</button>
        </div>
        <a href="property.html" class="pcard__title" data-testid="card-title"{M(f"title-{pid}")}>{e(title)}</a>
        <p class="muted">{e(area)} &middot; Available {avail}</p>
        <div class="chips">{chips}</div>
        <div class="pcard__actions">
          <a href="property.html" class="btn btn--secondary" data-testid="card-view"{M(f"view-{pid}")}>View details</a>
          <button class="btn btn--primary" data-testid="card-book"{M(f"book-{pid}")}>Book viewing</button>
          <label class="compare"><input type="checkbox" data-testid="card-compare"{M(f"compare-{pid}")}> Add to compare</label>
        </div>
      </div>
    </article>"""
    types = "".join(f'<button class="chip chip--toggle" aria-pressed="false"{M("ptype-" + t.lower())}>{t}</button>' for t in ["Flat", "House", "Studio", "Room"])
    main = f"""<section class="searchbar" aria-label="Search">
  <input type="search" class="input input--lg" aria-label="Location" placeholder="Area, postcode or station" value="Manchester" data-testid="search-location"{M("location")}>
  <button class="btn btn--primary" data-testid="search-submit"{M("search-btn")}>Update results</button>
  <button class="btn btn--ghost" data-testid="save-search"{M("save-search")}>&#9734; Save this search</button>
</section>
<section class="filters" aria-label="Filters">
  <button role="combobox" aria-expanded="false" aria-label="Min price" class="combo"{M("min-price")}>No min &#9662;</button>
  <button role="combobox" aria-expanded="false" aria-label="Max price" class="combo"{M("max-price")}>No max &#9662;</button>
  <button role="combobox" aria-expanded="false" aria-label="Bedrooms" class="combo"{M("beds")}>Any beds &#9662;</button>
  <div class="chips" role="group" aria-label="Property type">{types}</div>
  <button role="combobox" aria-expanded="false" aria-label="Furnishing" class="combo"{M("furnished")}>Any furnishing &#9662;</button>
  <button class="chip chip--toggle" aria-pressed="false"{M("pets")}>&#128062; Pets allowed</button>
  <label class="check"><input type="checkbox"{M("let-agreed")}> Show let agreed</label>
  <a href="search.html" class="btn btn--link"{M("reset")}>Clear all</a>
</section>
<div class="results-head">
  <h1>8 homes to rent in Manchester</h1>
  <div class="segmented" role="group" aria-label="View">
    <button class="segmented__btn is-on" aria-pressed="true"{M("view-list")}>List</button>
    <button class="segmented__btn" aria-pressed="false"{M("view-map")}>Map</button>
  </div>
  <span id="lbl-sort" class="muted">Sort by</span>
  <button role="combobox" aria-expanded="false" aria-labelledby="lbl-sort" class="combo" data-testid="sort"{M("sort")}>Lowest price &#9662;</button>
</div>
<div class="results">{cards}
</div>
<div class="comparebar"><button class="btn" data-testid="compare-open"{M("compare-selected")}>Compare (0)</button></div>
<nav class="pager" aria-label="Pagination">
  <button class="pager__btn" disabled>Previous</button>
  <button class="pager__btn is-current" aria-current="page" aria-label="Page 1">1</button>
  <button class="pager__btn" aria-label="Page 2"{M("page-2")}>2</button>
  <button class="pager__btn" aria-label="Page 3"{M("page-3")}>3</button>
  <button class="pager__btn" aria-label="Page 4"{M("page-4")}>4</button>
  <button class="pager__btn" data-testid="pager-next"{M("page-next")}>Next</button>
</nav>
<section class="card alert-box">
  <h2>Get new homes by email</h2>
  <div class="row">
    <input type="email" class="input" aria-label="Email address" placeholder="you@example.com"{M("alert-email")}>
    <select class="input" aria-label="How often"{M("alert-freq")}>{options(["Instantly", "Daily", "Weekly"], "Daily")}</select>
    <button class="btn btn--primary"{M("alert-create")}>Notify me</button>
  </div>
</section>"""
    return page("Homes to rent in Manchester · Keystone Lettings", shell_v2("nav-rent", main), css="app.css")


def property_v2():
    thumbs = "".join(f'<button class="thumb" aria-label="Show photo {i}"{M(f"thumb-{i}")}>[{i}]</button>' for i in range(1, 5))
    sims = ""
    for pid in SIMILAR_V2:
        _, title, area, price, beds, *_ = BY_ID[pid]
        sims += f"""
    <article class="pcard pcard--sm" data-testid="similar-card">
      <div class="pcard__top"><p class="pcard__price">{rent(price)}</p>
        <button class="icon-btn" aria-label="Save" aria-pressed="false" data-testid="card-save"{M(f"sim-save-{pid}")}>&#9825;</button></div>
      <a href="property.html" class="pcard__title"{M(f"sim-title-{pid}")}>{e(title)}</a>
      <p class="muted">{e(area)}</p>
      <a href="property.html" class="btn btn--secondary btn--sm"{M(f"sim-view-{pid}")}>View</a>
    </article>"""
    main = f"""<nav class="crumbs" aria-label="Breadcrumb"><a href="index.html"{M("crumb-home")}>Home</a> / <a href="search.html"{M("crumb-rent")}>Rent</a> / <a href="search.html?area=chorlton"{M("crumb-area")}>Chorlton</a></nav>
<a href="search.html" class="btn btn--ghost btn--sm"{M("back")}>&larr; Back to results</a>
<div class="listing">
  <div class="listing__main">
    <div class="listing__head">
      <h1>Victorian terrace, Elm Grove</h1>
      <button class="icon-btn icon-btn--lg" aria-label="Save" aria-pressed="false" data-testid="listing-save"{M("save")}>&#9825;</button>
      <button class="icon-btn icon-btn--lg" aria-label="Share" data-testid="listing-share"{M("share")}>&#8599;</button>
    </div>
    <p class="pcard__price">&pound;1,650 pcm <span class="muted">&pound;381 pw</span></p>
    <div class="gallery">
      <div class="gallery__img">[photo 3 / 12]</div>
      <button class="icon-btn gallery__prev" aria-label="Previous photo"{M("gal-prev")}>&lsaquo;</button>
      <button class="icon-btn gallery__next" aria-label="Next photo"{M("gal-next")}>&rsaquo;</button>
      <div class="thumbs">{thumbs}</div>
      <div class="row">
        <button class="btn btn--secondary"{M("gal-all")}>Show all 12 photos</button>
        <button class="btn btn--secondary"{M("floorplan")}>Floor plan</button>
        <button class="btn btn--secondary"{M("tour")}>3D tour</button>
      </div>
    </div>
    <h2>Key facts</h2>
    <dl class="facts"><dt>Bedrooms</dt><dd>3</dd><dt>Bathrooms</dt><dd>1</dd><dt>Furnishing</dt><dd>Unfurnished</dd>
      <dt>Available</dt><dd>15 March</dd><dt>Deposit</dt><dd>&pound;1,903</dd><dt>Council tax</dt><dd>Band C</dd><dt>Pets</dt><dd>Considered</dd></dl>
    <p>Energy rating C &middot; <a href="epc-2102.pdf"{M("epc")}>View EPC</a></p>
    <h2>About this home</h2>
    <p>A bay-fronted Victorian mid-terrace on a quiet tree-lined road, two minutes from Chorlton Metrolink.</p>
    <a href="report.html" class="btn btn--link"{M("report")}>Report listing</a>
  </div>
  <aside class="listing__side">
    <form class="card" data-testid="viewing-form">
      <fieldset>
        <legend>Book a viewing</legend>
        <div class="field"><label for="vw-date">Viewing date</label><input type="date" id="vw-date" class="input"{M("v-date")}></div>
        <div class="field"><span class="field__label" id="lbl-vw-time">Time of day</span>
          <button role="combobox" aria-expanded="false" aria-labelledby="lbl-vw-time" class="combo"{M("v-time")}>Any time &#9662;</button></div>
        <div class="field"><label for="vw-name">Full name</label><input id="vw-name" class="input" autocomplete="name"{M("v-name")}></div>
        <div class="field"><label for="vw-email">Email address</label><input id="vw-email" type="email" class="input"{M("v-email")}></div>
        <div class="field"><label for="vw-phone">Mobile number</label><input id="vw-phone" type="tel" class="input"{M("v-phone")}></div>
        <div class="field"><label for="vw-msg">Anything else we should know?</label><textarea id="vw-msg" class="input" rows="3"{M("v-message")}></textarea></div>
        <label class="check"><input type="checkbox"{M("v-pets")}> I have a pet</label>
        <label class="check"><input type="checkbox" checked{M("v-similar")}> Email me similar homes</label>
      </fieldset>
      <button type="submit" class="btn btn--primary btn--block" data-testid="viewing-submit"{M("v-submit")}>Request viewing</button>
    </form>
    <a href="tel:01614960182" class="btn btn--secondary btn--block"{M("call")}>Call 0161 496 0182</a>
  </aside>
</div>
<section>
  <h2>Similar homes nearby</h2>
  <div class="similar">{sims}
  </div>
</section>"""
    return page("Victorian terrace, Elm Grove · Keystone Lettings", shell_v2("nav-rent", main), css="app.css")


def tenant_v2(n, legend):
    k = f"a{n}"
    extra = f'<button type="button" class="btn btn--link" data-testid="remove-joint"{M("a2-remove")}>Remove joint tenant</button>' if n == 2 else ""
    return f"""
  <fieldset class="card">
    <legend>{legend}</legend>{extra}
    <div class="grid2">
      <div class="field"><label for="t{n}-first">First name</label><input id="t{n}-first" class="input" data-testid="applicant-first-name"{M(f"{k}-first")}></div>
      <div class="field"><label for="t{n}-last">Last name</label><input id="t{n}-last" class="input" data-testid="applicant-last-name"{M(f"{k}-last")}></div>
      <div class="field"><label for="t{n}-dob">Date of birth</label><input id="t{n}-dob" type="date" class="input" data-testid="applicant-dob"{M(f"{k}-dob")}></div>
      <div class="field"><label for="t{n}-email">Email address</label><input id="t{n}-email" type="email" class="input" data-testid="applicant-email"{M(f"{k}-email")}></div>
      <div class="field"><label for="t{n}-phone">Phone number</label><input id="t{n}-phone" type="tel" class="input" data-testid="applicant-phone"{M(f"{k}-phone")}></div>
      <div class="field"><label for="t{n}-ni">NI number</label><input id="t{n}-ni" class="input" data-testid="applicant-ni"{M(f"{k}-ni")}></div>
    </div>
  </fieldset>"""


def reference_v2(n, legend):
    p = f"ref{n}"
    return f"""
    <fieldset class="card">
      <legend>{legend}</legend>
      <div class="field"><label for="{p}-name">Full name</label><input id="{p}-name" class="input" data-testid="reference-name"{M(f"{p}-name")}></div>
      <div class="field"><label for="{p}-email">Email</label><input id="{p}-email" type="email" class="input" data-testid="reference-email"{M(f"{p}-email")}></div>
      <div class="field"><label for="{p}-phone">Phone</label><input id="{p}-phone" type="tel" class="input" data-testid="reference-phone"{M(f"{p}-phone")}></div>
    </fieldset>"""


def apply_v2():
    docs = ""
    for k, t, hint in [("id", "Proof of identity", "Passport or driving licence"), ("income", "Proof of income", "Last 3 months' payslips"), ("address", "Proof of address", "A utility bill or bank statement")]:
        docs += f"""
      <div class="upload" data-testid="upload-card">
        <p><b>{t}</b><br><span class="muted">{hint}</span></p>
        <input type="file" class="visually-hidden" id="file-{k}"{M(f"doc-{k}")}>
        <button type="button" class="btn btn--secondary" data-testid="upload-browse"{M(f"doc-{k}-upload")}>Browse files</button>
      </div>"""
    main = f"""<nav class="crumbs" aria-label="Breadcrumb"><a href="property.html"{M("property-link")}>Victorian terrace, Elm Grove</a> / Apply</nav>
<h1>Apply for this home</h1>
<p class="muted">Step 2 of 3 &middot; about 10 minutes</p>
<form class="apply">
  <fieldset class="card">
    <legend>Your tenancy</legend>
    <div class="grid2">
      <div class="field"><label for="move-in">Move-in date</label><input id="move-in" type="date" class="input"{M("movein")}></div>
      <div class="field"><span class="field__label" id="lbl-term">Tenancy length</span>
        <button type="button" role="combobox" aria-expanded="false" aria-labelledby="lbl-term" class="combo"{M("term")}>12 months &#9662;</button></div>
      <div class="field"><label for="occupants">Number of people living there</label><input id="occupants" type="number" class="input input--num" value="2"{M("occupants")}></div>
    </div>
  </fieldset>
  {tenant_v2(1, "Lead tenant")}
  {tenant_v2(2, "Joint tenant")}
  <fieldset class="card">
    <legend>Employment</legend>
    <div class="grid2">
      <div class="field"><span class="field__label" id="lbl-emp">Employment status</span>
        <button type="button" role="combobox" aria-expanded="false" aria-labelledby="lbl-emp" class="combo"{M("emp-status")}>Select &#9662;</button></div>
      <div class="field"><label for="emp-employer">Employer name</label><input id="emp-employer" class="input"{M("emp-employer")}></div>
      <div class="field"><label for="emp-title">Job title</label><input id="emp-title" class="input"{M("emp-title")}></div>
      <div class="field"><label for="emp-income">Gross annual income</label><input id="emp-income" class="input" inputmode="numeric"{M("emp-salary")}></div>
      <div class="field"><label for="emp-start">Start date</label><input id="emp-start" type="date" class="input"{M("emp-start")}></div>
    </div>
  </fieldset>
  <fieldset class="card">
    <legend>Address history</legend>
    <div class="row"><div class="field"><label for="prev-postcode">Postcode</label><input id="prev-postcode" class="input"{M("prev-postcode")}></div>
      <button type="button" class="btn btn--secondary"{M("prev-find")}>Find address</button></div>
    <div class="field"><label for="prev-line1">Address line 1</label><input id="prev-line1" class="input input--wide"{M("prev-line1")}></div>
    <div class="field"><label for="prev-line2">Address line 2</label><input id="prev-line2" class="input input--wide"{M("prev-line2")}></div>
    <div class="grid2">
      <div class="field"><label for="prev-town">Town or city</label><input id="prev-town" class="input"{M("prev-town")}></div>
      <div class="field"><label for="prev-years">Years at this address</label><input id="prev-years" type="number" class="input input--num"{M("prev-years")}></div>
    </div>
  </fieldset>
  <div class="grid2">{reference_v2(1, "Previous landlord")}{reference_v2(2, "Employer or character reference")}
  </div>
  <fieldset class="card">
    <legend>About you</legend>
    <fieldset class="field"><legend class="field__label">Do you smoke?</legend>
      <label class="radio"><input type="radio" name="smoker"{M("smoke-yes")}> Yes</label>
      <label class="radio"><input type="radio" name="smoker"{M("smoke-no")}> No</label></fieldset>
    <div class="field"><span class="field__label" id="lbl-pets">Pets</span>
      <div class="stepper">
        <button type="button" class="icon-btn" aria-label="Fewer pets"{M("pets-minus")}>&minus;</button>
        <input type="number" class="input input--num" aria-labelledby="lbl-pets" value="0"{M("pets-count")}>
        <button type="button" class="icon-btn" aria-label="More pets"{M("pets-plus")}>+</button>
      </div></div>
  </fieldset>
  <section class="card">
    <h2>Documents</h2>
    <div class="uploads">{docs}
    </div>
  </section>
  <fieldset class="card">
    <legend>Holding deposit (&pound;380)</legend>
    <label class="radio-card"><input type="radio" name="deposit"{M("dep-card")}> Pay now</label>
    <label class="radio-card"><input type="radio" name="deposit"{M("dep-branch")}> Pay in branch</label>
  </fieldset>
  <fieldset class="card">
    <legend>Declarations</legend>
    <label class="check"><input type="checkbox"{M("decl-true")}> The information I've given is accurate</label>
    <label class="check"><input type="checkbox"{M("decl-credit")}> I agree to credit and reference checks</label>
    <label class="check"><input type="checkbox"{M("decl-terms")}> I accept the terms and conditions</label> <a href="terms.html" class="btn btn--link"{M("terms-link")}>Read terms</a>
    <label class="check"><input type="checkbox"{M("decl-marketing")}> Send me news and offers</label>
  </fieldset>
  <div class="form-actions">
    <a href="property.html" class="btn btn--secondary"{M("back")}>Back</a>
    <button type="button" class="btn btn--ghost" data-testid="save-draft"{M("save-later")}>Save draft</button>
    <button type="submit" class="btn btn--primary" data-testid="submit-application"{M("submit")}>Submit application</button>
  </div>
</form>"""
    return page("Apply · Victorian terrace, Elm Grove · Keystone Lettings", shell_v2("nav-rent", main), css="app.css")


def landlord_v2():
    props = sorted([p for p in LL_PROPS if p[0] != 304] + [LL_NEW_V2], key=lambda p: -p[2])
    rows = ""
    for pid, addr, price, status, enq in props:
        pause = (f'<button class="icon-btn" aria-label="Pause listing" data-testid="row-pause"{M(f"pause-{pid}")}>&#10074;&#10074;</button>'
                 if status == "Listed" else "")
        relist = f'<button class="btn btn--sm" data-testid="row-relist"{M(f"relist-{pid}")}>Relist</button>' if status == "Let agreed" else ""
        menu = ""
        if pid == 302:
            menu = f"""
          <div class="menu" role="menu" aria-label="More actions">
            <button role="menuitem" class="menu__item"{M("let-302")}>Mark as let</button>
            <button role="menuitem" class="menu__item"{M("dup-302")}>Duplicate listing</button>
            <button role="menuitem" class="menu__item menu__item--danger"{M("del-302")}>Delete listing</button>
          </div>"""
        rows += f"""
      <tr data-testid="landlord-row">
        <td><b>{e(addr)}</b><br><span class="muted">KL{pid}</span></td>
        <td><span class="pill pill--{status.lower().replace(' ', '-')}">{status}</span></td>
        <td>{rent(price)}</td>
        <td><a href="#enquiries" class="btn btn--link" data-testid="row-enquiries"{M(f"enq-{pid}")}>{enq} {"enquiry" if enq == 1 else "enquiries"}</a></td>
        <td><div class="row-actions">
          <button class="icon-btn" aria-label="Edit listing" data-testid="row-edit"{M(f"edit-{pid}")}>&#9998;</button>{pause}{relist}
          <button class="icon-btn" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if pid == 302 else "false"}" data-testid="row-more"{M(f"more-{pid}")}>&#8942;</button>{menu}
        </div></td>
      </tr>"""
    enqs = [x for x in ENQUIRIES if x[0] != "e2"][::-1]
    enqs = [ENQ_NEW_V2] + enqs
    cards = ""
    for eid, who, pid, when, msg in enqs:
        cards += f"""
    <article class="enquiry" data-testid="enquiry-card">
      <header><b>{e(who)}</b> <span class="muted">about {e(LL_ADDR[pid])} &middot; {when}</span></header>
      <p>{e(msg)}</p>
      <div class="row"><button class="btn btn--secondary btn--sm" data-testid="enquiry-reply"{M(f"reply-{eid}")}>Reply</button>
        <button class="icon-btn" aria-label="Archive" data-testid="enquiry-archive"{M(f"archive-{eid}")}>&#128451;</button></div>
    </article>"""
    reps = ""
    for rid, pid, issue, when, status in REPAIRS + [REPAIR_NEW_V2]:
        reps += f"""
      <tr data-testid="repair-row"><td>{e(issue)}<br><span class="muted">{e(LL_ADDR[pid])}</span></td><td>{when}</td>
        <td><button role="combobox" aria-expanded="false" aria-label="Status" class="combo combo--sm"{M(f"status-{rid}")}>{status} &#9662;</button></td>
        <td><button class="btn btn--sm" data-testid="repair-assign"{M(f"assign-{rid}")}>Assign</button></td></tr>"""
    main = f"""<div class="page-head">
  <h1>Your properties</h1>
  <a href="landlord-profile.html" class="btn btn--ghost"{M("ll-profile")}>Landlord profile</a>
  <a href="add-listing.html" class="btn btn--primary"{M("add-prop")}>Add property</a>
</div>
<div class="row">
  <label for="ll-filter" class="muted">Status</label>
  <select id="ll-filter" class="input"{M("prop-filter")}>{options(["All", "Listed", "Paused", "Let agreed"])}</select>
</div>
<table class="table">
  <thead><tr><th>Property</th><th>Status</th><th>Rent</th><th>Enquiries</th><th><span class="sr-only">Actions</span></th></tr></thead>
  <tbody>{rows}
  </tbody>
</table>
<div class="cols">
<section class="card" id="enquiries">
  <div class="page-head"><h2>Enquiries</h2><button class="btn btn--ghost btn--sm"{M("archive-read")}>Archive read</button></div>{cards}
</section>
<section class="card">
  <div class="page-head"><h2>Maintenance</h2><button class="btn btn--secondary btn--sm"{M("maint-new")}>New request</button></div>
  <table class="table">
    <thead><tr><th>Issue</th><th>Reported</th><th>Status</th><th></th></tr></thead>
    <tbody>{reps}
    </tbody>
  </table>
</section>
</div>
<section class="card">
  <h2>Statements</h2>
  <div class="row">
    <button role="combobox" aria-expanded="false" aria-label="Statement month" class="combo"{M("stmt-month")}>March 2025 &#9662;</button>
    <a href="statement.pdf" class="btn btn--secondary"{M("stmt-download")}>Download statement</a>
  </div>
</section>"""
    return page("Landlord dashboard · Keystone Lettings", shell_v2("nav-landlords", main), css="app.css")


def account_v2():
    cards = ""
    for sid, name, crit, freq in [x for x in SAVED if x[0] != "s3"] + [SAVED_NEW_V2]:
        cards += f"""
    <article class="saved" data-testid="saved-search-card">
      <div><b>{e(name)}</b><br><span class="muted">{crit}</span></div>
      <select class="input input--sm" aria-label="Alert frequency" data-testid="saved-search-frequency"{M(f"freq-{sid}")}>{options(["Instantly", "Daily", "Weekly", "Off"], freq)}</select>
      <a href="search.html" class="btn btn--secondary btn--sm" data-testid="saved-search-run"{M(f"run-{sid}")}>View results</a>
      <button class="icon-btn" aria-label="Edit" data-testid="saved-search-edit"{M(f"edit-{sid}")}>&#9998;</button>
      <button class="icon-btn" aria-label="Delete" data-testid="saved-search-delete"{M(f"delete-{sid}")}>&#128465;</button>
    </article>"""
    favs = ""
    for pid in [2105, 2102, 2103]:
        _, title, area, price, *_ = BY_ID[pid]
        favs += f"""
    <article class="pcard pcard--sm" data-testid="favourite-card">
      <div class="pcard__top"><p class="pcard__price">{rent(price)}</p>
        <button class="icon-btn" aria-label="Remove from saved" data-testid="favourite-remove"{M(f"fav-remove-{pid}")}>&#9829;</button></div>
      <a href="property.html" class="pcard__title"{M(f"fav-view-{pid}")}>{e(title)}</a>
      <p class="muted">{e(area)}</p>
    </article>"""

    def pw(k, label, mk):
        return f"""
      <div class="field"><label for="pw-{k}">{label}</label>
        <div class="row"><input id="pw-{k}" type="password" class="input"{M(mk)}><button type="button" class="btn btn--link" aria-pressed="false"{M(mk + "-show")}>Show password</button></div></div>"""
    main = f"""<div class="account">
<nav class="sidenav" aria-label="Account">
  <a href="#profile" class="sidenav__item is-active"{M("sub-details")}>Profile</a>
  <a href="#preferences" class="sidenav__item"{M("sub-prefs")}>Preferences</a>
  <a href="#saved" class="sidenav__item"{M("sub-searches")}>Saved</a>
  <a href="#security" class="sidenav__item"{M("sub-password")}>Security</a>
</nav>
<div class="account__main">
<h1>Account</h1>
<form class="card" id="profile">
  <fieldset><legend>Your details</legend>
    <div class="grid2">
      <div class="field"><label for="p-first">First name</label><input id="p-first" class="input" value="Amira"{M("p-first")}></div>
      <div class="field"><label for="p-last">Last name</label><input id="p-last" class="input" value="Hussain"{M("p-last")}></div>
      <div class="field"><label for="p-email">Email</label><input id="p-email" type="email" class="input" value="amira.hussain@example.com"{M("p-email")}></div>
      <div class="field"><label for="p-phone">Phone number</label><input id="p-phone" type="tel" class="input" value="07700 900418"{M("p-phone")}></div>
    </div>
  </fieldset>
  <button type="submit" class="btn btn--primary" data-testid="profile-save"{M("p-save")}>Save</button>
</form>
<form class="card" id="preferences">
  <fieldset><legend>How should we contact you?</legend>
    <label class="radio"><input type="radio" name="cm" checked{M("cm-email")}> Email</label>
    <label class="radio"><input type="radio" name="cm"{M("cm-phone")}> Phone</label>
    <label class="radio"><input type="radio" name="cm"{M("cm-sms")}> SMS</label>
  </fieldset>
  <label class="check"><input type="checkbox" checked{M("pref-newsletter")}> Newsletter</label>
  <label class="check"><input type="checkbox"{M("pref-partners")}> Partner offers</label>
  <fieldset><legend>Email me about</legend>
    <label class="check"><input type="checkbox" checked{M("n-matches")}> New homes matching my searches</label>
    <label class="check"><input type="checkbox" checked{M("n-price")}> Price drops on saved homes</label>
    <label class="check"><input type="checkbox"{M("n-reminders")}> Viewing reminders</label>
    <label class="check"><input type="checkbox" checked{M("n-messages")}> Messages from your agent</label>
  </fieldset>
  <button type="submit" class="btn btn--primary" data-testid="preferences-save"{M("pref-save")}>Save</button>
</form>
<section class="card" id="saved">
  <h2>Saved searches</h2>{cards}
  <h2>Saved homes</h2>
  <div class="similar">{favs}
  </div>
</section>
<form class="card" id="security">
  <fieldset><legend>Change password</legend>{pw("current", "Current password", "pw-current")}{pw("new", "New password", "pw-new")}{pw("confirm", "Confirm new password", "pw-confirm")}
  </fieldset>
  <button type="submit" class="btn btn--primary"{M("pw-save")}>Update password</button>
</form>
<section class="card card--danger">
  <h2>Delete account</h2>
  <p class="muted">Your saved searches, saved homes and applications will be removed.</p>
  <a href="delete-account.html" class="btn btn--danger"{M("delete-account")}>Delete account</a>
</section>
</div>
</div>"""
    return page("Account · Keystone Lettings", shell_v2(None, main), css="app.css")


# -- v3 ------------------------------------------------------------------------------------------

def shell_v3(active, main, overlay=""):
    links = [("search.html", "Rent", "nav-rent"), ("landlord.html", "Landlords", "nav-landlords")]
    items = "".join(f'<li><a href="{h}" class="ds-nav__link"{attrs(aria__current="page" if k == active else None)}{M(k)}>{t}</a></li>' for h, t, k in links)
    return f"""<a href="#main" class="skip">Skip to main content</a>
<header class="ds-header">
  <a href="index.html" class="ds-brand" aria-label="Keystone Lettings home"{M("nav-home")}><span class="ico"></span> Keystone</a>
  <nav aria-label="Primary"><ul class="ds-nav">{items}</ul></nav>
  <a href="account.html#saved" class="ds-iconbtn" aria-label="Saved properties"{M("nav-saved")}><span class="ico"></span></a>
  <a href="account.html" class="ds-avatar" aria-label="My account"{M("nav-account")}>AH</a>
</header>
<main id="main" class="ds-main">
{main}
</main>
<footer class="ds-footer">
  <a href="contact.html"{M("footer-contact")}>Contact us</a>
  <a href="fees.html"{M("footer-fees")}>Tenant fees</a>
  <a href="accessibility.html">Accessibility</a>
</footer>{overlay}"""


def search_v3():
    live = {p[0]: p for p in LISTINGS + NEW_V2 + NEW_V3 if p[0] not in GONE_V3}
    cards = ""
    for pid in RECOMMENDED_V3:
        _, title, area, price, beds, ptype, furn, pets, avail = live[pid]
        cards += f"""
    <li class="ds-card">
      <div class="ds-card__img">[photo]</div>
      <div class="ds-card__body">
        <a href="property.html" class="ds-card__title"{M(f"title-{pid}")}>{e(title)}</a>
        <p class="ds-card__price">{rent(price)}</p>
        <p class="ds-muted">{e(area)} &middot; {beds_text(beds) + (" " + ptype.lower() if ptype != "Studio" else "")} &middot; {furn}{" &middot; Pets considered" if pets else ""}</p>
        <div class="ds-card__foot">
          <button class="ds-btn ds-btn--primary" aria-label="Book a viewing at {e(title)}"{M(f"book-{pid}")}>Book a viewing</button>
          <button class="ds-iconbtn" aria-pressed="false" aria-label="Save {e(title)}"{M(f"save-{pid}")}><span class="ico"></span></button>
          <button class="ds-iconbtn" aria-pressed="false" aria-label="Compare {e(title)}"{M(f"compare-{pid}")}><span class="ico"></span></button>
        </div>
      </div>
    </li>"""
    types = "".join(f'<label class="ds-check"><input type="checkbox"{M("ptype-" + t.lower())}> {t}</label>' for t in ["Flat", "House", "Studio", "Room"])
    main = f"""<div class="ds-search">
  <input type="search" class="ds-input ds-input--lg" placeholder="Search area or postcode" value="Manchester"{M("location")}>
  <button class="ds-btn ds-btn--primary"{M("search-btn")}>Search</button>
  <button class="ds-btn"{M("save-search")}>Save search</button>
</div>
<div class="ds-layout">
<aside class="ds-filters" aria-labelledby="h-filters">
  <h2 id="h-filters">Filters</h2>
  <div class="ds-row"><input type="number" class="ds-input ds-input--num" placeholder="Min &pound;"{M("min-price")}> &ndash; <input type="number" class="ds-input ds-input--num" placeholder="Max &pound;"{M("max-price")}></div>
  <select class="ds-input" aria-label="Minimum bedrooms"{M("beds")}>{options(["Any bedrooms", "Studio", "1+", "2+", "3+", "4+"])}</select>
  <fieldset class="ds-fieldset"><legend>Property type</legend>{types}</fieldset>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("furnished")}> Furnished only</label>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("pets")}> Pets allowed</label>
  <button class="ds-btn ds-btn--quiet"{M("reset")}>Clear filters</button>
</aside>
<section class="ds-results" aria-labelledby="h-results">
  <div class="ds-head">
    <h1 id="h-results">8 homes to rent in Manchester</h1>
    <div role="tablist" aria-label="Results view" class="ds-tabs">
      <button role="tab" aria-selected="true"{M("view-list")}>List</button>
      <button role="tab" aria-selected="false"{M("view-map")}>Map</button>
    </div>
    <select class="ds-input" aria-label="Sort"{M("sort")}>{options(["Recommended", "Lowest price", "Highest price", "Newest listed"])}</select>
  </div>
  <ul class="ds-list">{cards}
  </ul>
  <div class="ds-row">
    <button class="ds-btn"{M("show-more")}>Show more properties</button>
    <button class="ds-btn ds-btn--quiet"{M("compare-selected")}>Compare 0 homes</button>
  </div>
</section>
</div>"""
    return page("Homes to rent in Manchester — Keystone Lettings", shell_v3("nav-rent", main), css="ds.css")


def property_v3():
    sims = ""
    for pid in SIMILAR_V3:
        _, title, area, price, *_ = BY_ID[pid]
        sims += f"""
      <li class="ds-card ds-card--sm">
        <a href="property.html" class="ds-card__title"{M(f"sim-title-{pid}")}>{e(title)}</a>
        <p class="ds-card__price">{rent(price)}</p><p class="ds-muted">{e(area)}</p>
        <button class="ds-iconbtn" aria-pressed="false" aria-label="Save {e(title)}"{M(f"sim-save-{pid}")}><span class="ico"></span></button>
      </li>"""
    main = f"""<nav aria-label="Breadcrumb" class="ds-crumbs"><ol><li><a href="index.html"{M("crumb-home")}>Home</a></li><li><a href="search.html"{M("crumb-rent")}>Homes to rent</a></li><li><a href="search.html?area=chorlton"{M("crumb-area")}>Chorlton</a></li><li aria-current="page">Victorian terrace, Elm Grove</li></ol></nav>
<div class="ds-listing">
<div class="ds-listing__main">
  <div class="ds-head">
    <h1>Victorian terrace, Elm Grove</h1>
    <button class="ds-iconbtn" aria-pressed="false" aria-label="Save Victorian terrace, Elm Grove"{M("save")}><span class="ico"></span></button>
    <button class="ds-iconbtn" aria-label="Share this property"{M("share")}><span class="ico"></span></button>
  </div>
  <p class="ds-card__price">&pound;1,650 pcm</p>
  <div role="tablist" aria-label="Media" class="ds-tabs">
    <button role="tab" aria-selected="true"{M("tab-photos")}>Photos</button>
    <button role="tab" aria-selected="false"{M("floorplan")}>Floor plan</button>
    <button role="tab" aria-selected="false"{M("tab-map")}>Map</button>
    <button role="tab" aria-selected="false"{M("tour")}>3D tour</button>
  </div>
  <div role="tabpanel" class="ds-gallery" aria-label="Photos">
    <div class="ds-gallery__img">[photo 3 of 12]</div>
    <div class="ds-row">
      <button class="ds-iconbtn" aria-label="Previous photo"{M("gal-prev")}><span class="ico"></span></button>
      <span>3 / 12</span>
      <button class="ds-iconbtn" aria-label="Next photo"{M("gal-next")}><span class="ico"></span></button>
      <button class="ds-btn ds-btn--quiet"{M("gal-all")}>Open gallery</button>
    </div>
  </div>
  <h2>Key facts</h2>
  <ul class="ds-facts"><li>3 bedrooms</li><li>1 bathroom</li><li>Unfurnished</li><li>Available 15 March</li><li>Deposit &pound;1,903</li><li>Council tax band C</li><li>Pets considered</li></ul>
  <p><a href="epc-2102.pdf"{M("epc")}>Energy performance certificate (EPC)</a></p>
  <h2>About this home</h2>
  <p>A bay-fronted Victorian mid-terrace on a quiet tree-lined road, two minutes from Chorlton Metrolink.</p>
</div>
<aside class="ds-listing__side" aria-labelledby="h-viewing">
  <h2 id="h-viewing">Request a viewing</h2>
  <form class="ds-form">
    <input class="ds-input" placeholder="Preferred date (DD/MM/YYYY)"{M("v-date")}>
    <select class="ds-input" aria-label="Time slot"{M("v-time")}>{options(["Any time", "9:00 - 12:00", "12:00 - 17:00", "17:00 - 19:00"])}</select>
    <input class="ds-input" placeholder="Full name" autocomplete="name"{M("v-name")}>
    <input class="ds-input" type="email" placeholder="Email"{M("v-email")}>
    <input class="ds-input" type="tel" placeholder="Phone number"{M("v-phone")}>
    <textarea class="ds-input" rows="3" placeholder="Tell the agent a little about yourself (optional)"{M("v-message")}></textarea>
    <label class="ds-switch"><input type="checkbox" role="switch"{M("v-pets")}> Bringing a pet</label>
    <button type="submit" class="ds-btn ds-btn--primary"{M("v-submit")}>Send viewing request</button>
  </form>
  <p><a href="tel:01614960182"{M("call")}>Call the branch</a></p>
</aside>
</div>
<section aria-labelledby="h-similar">
  <h2 id="h-similar">Similar homes</h2>
  <ul class="ds-list ds-list--row">{sims}
  </ul>
</section>
<p><a href="report.html" class="ds-muted"{M("report")}>Report a problem with this listing</a></p>"""
    return page("Victorian terrace, Elm Grove — Keystone Lettings", shell_v3("nav-rent", main), css="ds.css")


def tenant_v3(n, title):
    k = f"a{n}"
    extra = f'<button type="button" class="ds-btn ds-btn--quiet"{M("a2-remove")}>Remove joint tenant</button>' if n == 2 else ""
    return f"""
  <fieldset class="ds-fieldset">
    <legend>{title}</legend>{extra}
    <div class="ds-grid2">
      <input class="ds-input" placeholder="First name"{M(f"{k}-first")}>
      <input class="ds-input" placeholder="Last name"{M(f"{k}-last")}>
      <input class="ds-input" placeholder="Date of birth (DD/MM/YYYY)"{M(f"{k}-dob")}>
      <input class="ds-input" type="email" placeholder="Email"{M(f"{k}-email")}>
      <input class="ds-input" type="tel" placeholder="Phone"{M(f"{k}-phone")}>
    </div>
  </fieldset>"""


def reference_v3(n, title):
    p = f"ref{n}"
    return f"""
    <fieldset class="ds-fieldset">
      <legend>{title}</legend>
      <input class="ds-input" placeholder="Name"{M(f"{p}-name")}>
      <input class="ds-input" type="email" placeholder="Email address"{M(f"{p}-email")}>
      <input class="ds-input" type="tel" placeholder="Phone"{M(f"{p}-phone")}>
    </fieldset>"""


def apply_v3():
    main = f"""<nav aria-label="Breadcrumb" class="ds-crumbs"><ol><li><a href="property.html"{M("property-link")}>Victorian terrace, Elm Grove</a></li><li aria-current="page">Application</li></ol></nav>
<div class="ds-head">
  <h1>Tenancy application</h1>
  <button type="button" class="ds-btn"{M("save-later")}>Save draft</button>
</div>
<nav aria-label="On this page" class="ds-jump">
  <a href="#s-tenancy"{M("jump-tenancy")}>Tenancy</a> <a href="#s-tenants"{M("jump-tenants")}>Tenants</a> <a href="#s-work"{M("jump-work")}>Employment</a>
  <a href="#s-refs"{M("jump-refs")}>References</a> <a href="#s-docs"{M("jump-docs")}>Documents</a>
</nav>
<form class="ds-form ds-form--wide">
  <section id="s-tenancy" aria-labelledby="h-tenancy"><h2 id="h-tenancy">Tenancy</h2>
    <div class="ds-row">
      <input class="ds-input" placeholder="Move-in date (DD/MM/YYYY)"{M("movein")}>
      <select class="ds-input" aria-label="Tenancy length"{M("term")}>{options(["6 months", "12 months", "18 months", "24 months"], "12 months")}</select>
      <input type="number" class="ds-input ds-input--num" aria-label="People moving in" value="2"{M("occupants")}>
    </div>
  </section>
  <section id="s-tenants" aria-labelledby="h-tenants"><h2 id="h-tenants">Tenants</h2>
  {tenant_v3(1, "Lead tenant")}
  {tenant_v3(2, "Joint tenant")}
  </section>
  <section id="s-work" aria-labelledby="h-work"><h2 id="h-work">Employment</h2>
    <div class="ds-grid2">
      <select class="ds-input" aria-label="Employment status"{M("emp-status")}>{options(["Employment status", "Employed", "Self-employed", "Student", "Retired", "Not working"])}</select>
      <input class="ds-input" placeholder="Employer"{M("emp-employer")}>
      <input class="ds-input" placeholder="Job title"{M("emp-title")}>
      <input class="ds-input" inputmode="numeric" placeholder="Annual income before tax (&pound;)"{M("emp-salary")}>
    </div>
  </section>
  <section id="s-refs" aria-labelledby="h-refs"><h2 id="h-refs">References</h2>
    <div class="ds-grid2">{reference_v3(1, "Landlord reference")}{reference_v3(2, "Second reference")}
    </div>
  </section>
  <section aria-labelledby="h-you"><h2 id="h-you">About you</h2>
    <label class="ds-switch"><input type="checkbox" role="switch"{M("smoker")}> I smoke</label>
    <div class="ds-row"><span id="lbl-pets3">Pets</span>
      <button type="button" class="ds-iconbtn" aria-label="Decrease number of pets"{M("pets-minus")}><span class="ico"></span></button>
      <input type="number" class="ds-input ds-input--num" aria-label="Number of pets" value="0"{M("pets-count")}>
      <button type="button" class="ds-iconbtn" aria-label="Increase number of pets"{M("pets-plus")}><span class="ico"></span></button>
    </div>
  </section>
  <section id="s-docs" aria-labelledby="h-docs"><h2 id="h-docs">Documents</h2>
    <div class="ds-row">
      <button type="button" class="ds-btn"{M("doc-id-upload")}>Upload proof of identity</button>
      <button type="button" class="ds-btn"{M("doc-income-upload")}>Upload proof of income</button>
    </div>
  </section>
  <section aria-labelledby="h-decl"><h2 id="h-decl">Before you submit</h2>
    <label class="ds-check"><input type="checkbox"{M("decl-true")}> I confirm these details are correct</label>
    <label class="ds-check"><input type="checkbox"{M("decl-credit")}> Keystone may run credit and referencing checks</label>
    <label class="ds-check"><input type="checkbox"{M("decl-terms")}> I agree to the <a href="terms.html"{M("terms-link")}>tenancy terms</a></label>
  </section>
  <div class="ds-row">
    <button type="submit" class="ds-btn ds-btn--primary"{M("submit")}>Submit application</button>
  </div>
</form>"""
    return page("Tenancy application — Keystone Lettings", shell_v3("nav-rent", main), css="ds.css")


def landlord_v3():
    props = sorted([p for p in LL_PROPS if p[0] not in (304, 305)] + [LL_NEW_V2, LL_NEW_V3], key=lambda p: p[1])
    rows = ""
    for pid, addr, price, status, enq in props:
        short = addr
        acts = f'<button class="ds-iconbtn" aria-label="Edit {e(short)}"{M(f"edit-{pid}")}><span class="ico"></span></button>'
        if status == "Listed":
            acts += f'<button class="ds-iconbtn" aria-label="Pause {e(short)}"{M(f"pause-{pid}")}><span class="ico"></span></button>'
        if status == "Let agreed":
            acts += f'<button class="ds-btn ds-btn--quiet" aria-label="Relist {e(short)}"{M(f"relist-{pid}")}>Relist</button>'
        acts += f'<button class="ds-iconbtn" aria-haspopup="menu" aria-expanded="{"true" if pid == 301 else "false"}" aria-label="Actions for {e(short)}"{M(f"more-{pid}")}><span class="ico"></span></button>'
        if pid == 301:
            acts += f"""
          <div class="ds-menu" role="menu" aria-label="Actions for {e(short)}">
            <button role="menuitem"{M("let-301")}>Mark as let</button>
            <button role="menuitem"{M("dup-301")}>Duplicate listing</button>
            <button role="menuitem"{M("del-301")}>Delete listing</button>
          </div>"""
        rows += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell" class="ds-cell"><b>{e(addr)}</b></div>
      <div role="gridcell" class="ds-cell">{rent(price)}</div>
      <div role="gridcell" class="ds-cell">{status}</div>
      <div role="gridcell" class="ds-cell"><a href="#enquiries" aria-label="Enquiries for {e(short)}"{M(f"enq-{pid}")}>{enq}</a></div>
      <div role="gridcell" class="ds-cell ds-cell--actions">{acts}</div>
    </div>"""
    enqs = [ENQ_NEW_V2] + [x for x in ENQUIRIES if x[0] not in ("e2", "e1")][::-1]
    items = ""
    for eid, who, pid, when, msg in enqs:
        items += f"""
      <li class="ds-enquiry">
        <p><b>{e(who)}</b> <span class="ds-muted">{e(LL_ADDR[pid])} &middot; {when}</span></p>
        <p>{e(msg)}</p>
        <div class="ds-row"><button class="ds-btn" aria-label="Reply to {e(who)}"{M(f"reply-{eid}")}>Reply</button>
          <button class="ds-iconbtn" aria-label="Archive enquiry from {e(who)}"{M(f"archive-{eid}")}><span class="ico"></span></button></div>
      </li>"""
    reps = ""
    for rid, pid, issue, when, status in REPAIRS + [REPAIR_NEW_V2]:
        if rid == "m4":
            continue
        reps += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell" class="ds-cell">{e(issue)}<br><span class="ds-muted">{e(LL_ADDR[pid])}</span></div>
      <div role="gridcell" class="ds-cell">{when}</div>
      <div role="gridcell" class="ds-cell"><select class="ds-input" aria-label="Status for {e(issue)}"{M(f"status-{rid}")}>{options(["Open", "In progress", "Waiting for parts", "Resolved"], status)}</select></div>
      <div role="gridcell" class="ds-cell"><button class="ds-btn ds-btn--quiet" aria-label="Assign contractor to {e(issue)}"{M(f"assign-{rid}")}>Assign</button></div>
    </div>"""
    main = f"""<div class="ds-head">
  <h1>Landlord dashboard</h1>
  <button class="ds-btn ds-btn--primary"{M("add-prop")}>List a property</button>
</div>
<section aria-labelledby="h-props">
  <div class="ds-head"><h2 id="h-props">Properties</h2>
    <select class="ds-input" aria-label="Filter by status"{M("prop-filter")}>{options(["All", "Listed", "Paused", "Let agreed"])}</select></div>
  <div role="grid" aria-labelledby="h-props" class="ds-grid">
    <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Address</div><div role="columnheader" class="ds-cell">Rent</div><div role="columnheader" class="ds-cell">Status</div><div role="columnheader" class="ds-cell">Enquiries</div><div role="columnheader" class="ds-cell"><span class="sr-only">Actions</span></div></div>{rows}
  </div>
</section>
<div class="ds-cols">
<section id="enquiries" aria-labelledby="h-enq" class="ds-panel">
  <h2 id="h-enq">Enquiries</h2>
  <div role="tablist" aria-label="Enquiry folders" class="ds-tabs">
    <button role="tab" aria-selected="true"{M("tab-inbox")}>Inbox</button>
    <button role="tab" aria-selected="false"{M("tab-archived")}>Archived</button>
  </div>
  <ul class="ds-enquiries" role="tabpanel">{items}
  </ul>
</section>
<section aria-labelledby="h-maint" class="ds-panel">
  <div class="ds-head"><h2 id="h-maint">Maintenance</h2><button class="ds-btn"{M("maint-new")}>Report an issue</button></div>
  <div role="grid" aria-labelledby="h-maint" class="ds-grid">
    <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Issue</div><div role="columnheader" class="ds-cell">Reported</div><div role="columnheader" class="ds-cell">Status</div><div role="columnheader" class="ds-cell"><span class="sr-only">Contractor</span></div></div>{reps}
  </div>
</section>
</div>"""
    overlay = f"""
<div role="dialog" aria-modal="true" aria-labelledby="dlg-reply" class="ds-dialog">
  <header class="ds-dialog__head"><h2 id="dlg-reply">Reply to Hannah Price</h2>
    <button class="ds-iconbtn" aria-label="Close"{M("dlg-close")}><span class="ico"></span></button></header>
  <p class="ds-muted">Could I view on Saturday morning?</p>
  <textarea class="ds-input" rows="4" placeholder="Write your reply"{M("dlg-text")}></textarea>
  <label class="ds-check"><input type="checkbox"{M("dlg-template")}> Save as a template</label>
  <footer class="ds-dialog__foot"><button class="ds-btn"{M("dlg-cancel")}>Cancel</button>
    <button class="ds-btn ds-btn--primary"{M("dlg-send")}>Send reply</button></footer>
</div>"""
    return page("Landlord dashboard — Keystone Lettings", shell_v3("nav-landlords", main, overlay), css="ds.css")


def account_v3():
    rows = ""
    for sid, name, crit, freq in [x for x in SAVED if x[0] != "s3"] + [SAVED_NEW_V2]:
        rows += f"""
    <div role="row" class="ds-grid__row">
      <div role="gridcell" class="ds-cell"><a href="search.html"{M(f"run-{sid}")}>{e(name)}</a><br><span class="ds-muted">{crit}</span></div>
      <div role="gridcell" class="ds-cell"><select class="ds-input" aria-label="Alerts for {e(name)}"{M(f"freq-{sid}")}>{options(["Instantly", "Daily", "Weekly", "Off"], freq)}</select></div>
      <div role="gridcell" class="ds-cell">
        <button class="ds-iconbtn" aria-label="Edit {e(name)}"{M(f"edit-{sid}")}><span class="ico"></span></button>
        <button class="ds-iconbtn" aria-label="Delete {e(name)}"{M(f"delete-{sid}")}><span class="ico"></span></button></div>
    </div>"""

    def pw(k, ph, mk):
        return f"""
      <div class="ds-row"><input type="password" class="ds-input" placeholder="{ph}"{M(mk)}>
        <button type="button" class="ds-btn ds-btn--quiet" aria-label="Show {ph.lower()}"{M(mk + "-show")}>Show</button></div>"""
    main = f"""<h1>My account</h1>
<div role="tablist" aria-label="Account sections" class="ds-tabs">
  <button role="tab" aria-selected="true"{M("sub-details")}>Profile</button>
  <button role="tab" aria-selected="false"{M("sub-prefs")}>Notifications</button>
  <button role="tab" aria-selected="false"{M("sub-searches")}>Saved searches</button>
  <button role="tab" aria-selected="false"{M("sub-password")}>Security</button>
</div>
<section aria-labelledby="h-profile" class="ds-panel">
  <h2 id="h-profile">Profile</h2>
  <form class="ds-form">
    <div class="ds-grid2">
      <input class="ds-input" placeholder="First name" value="Amira"{M("p-first")}>
      <input class="ds-input" placeholder="Last name" value="Hussain"{M("p-last")}>
      <input class="ds-input" type="email" placeholder="Email address" value="amira.hussain@example.com"{M("p-email")}>
      <input class="ds-input" type="tel" placeholder="Phone" value="07700 900418"{M("p-phone")}>
    </div>
    <select class="ds-input" aria-label="Contact me by"{M("cm-select")}>{options(["Email", "Phone call", "Text message"])}</select>
    <button type="submit" class="ds-btn ds-btn--primary"{M("p-save")}>Save profile</button>
  </form>
</section>
<section aria-labelledby="h-notify" class="ds-panel">
  <h2 id="h-notify">Notifications</h2>
  <label class="ds-switch"><input type="checkbox" role="switch" checked{M("n-matches")}> New matches for my saved searches</label>
  <label class="ds-switch"><input type="checkbox" role="switch" checked{M("n-price")}> Price drops</label>
  <label class="ds-switch"><input type="checkbox" role="switch"{M("n-reminders")}> Viewing reminders</label>
  <label class="ds-switch"><input type="checkbox" role="switch" checked{M("n-messages")}> Messages from your agent</label>
  <label class="ds-switch"><input type="checkbox" role="switch" checked{M("pref-newsletter")}> Monthly newsletter</label>
</section>
<section aria-labelledby="h-saved" class="ds-panel" id="saved">
  <h2 id="h-saved">Saved searches</h2>
  <div role="grid" aria-labelledby="h-saved" class="ds-grid">
    <div role="row" class="ds-grid__row ds-grid__head"><div role="columnheader" class="ds-cell">Search</div><div role="columnheader" class="ds-cell">Alerts</div><div role="columnheader" class="ds-cell"><span class="sr-only">Actions</span></div></div>{rows}
  </div>
</section>
<section aria-labelledby="h-security" class="ds-panel">
  <h2 id="h-security">Security</h2>
  <form class="ds-form">{pw("current", "Current password", "pw-current")}{pw("new", "New password", "pw-new")}{pw("confirm", "Repeat new password", "pw-confirm")}
    <button type="submit" class="ds-btn ds-btn--primary"{M("pw-save")}>Change password</button>
  </form>
</section>
<div class="ds-footnote"><button class="ds-btn ds-btn--danger"{M("delete-account")}>Close account</button></div>"""
    overlay = f"""
<div role="dialog" aria-modal="true" aria-labelledby="dlg-close-acc" class="ds-dialog">
  <header class="ds-dialog__head"><h2 id="dlg-close-acc">Close your account?</h2>
    <button class="ds-iconbtn" aria-label="Close dialog"{M("dlg-x")}><span class="ico"></span></button></header>
  <p>Your saved searches and applications will be deleted. This can't be undone.</p>
  <label class="ds-check"><input type="checkbox"{M("dlg-understand")}> I understand</label>
  <footer class="ds-dialog__foot"><button class="ds-btn"{M("dlg-keep")}>Keep my account</button>
    <button class="ds-btn ds-btn--danger"{M("dlg-confirm")}>Close account</button></footer>
</div>"""
    return page("My account — Keystone Lettings", shell_v3(None, main, overlay), css="ds.css")


STYLE1 = """body { font-family: Georgia, 'Times New Roman', serif; font-size: 13px; margin: 0; background: #fff; color: #222; }
#kl_header { background: #1d3b2a; color: #fff; padding: 6px 10px; } #kl_header a { color: #e6f2c2; } .kl_menu { text-align: center; }
.kl_user { text-align: right; font-size: 12px; } #kl_layout td { padding: 8px; } #kl_sidebar { background: #f2f0e6; border-right: 1px solid #ccc; }
#kl_content { padding: 10px 14px; } .wpl_form td { padding: 3px 6px; vertical-align: top; } .wpl_alert { margin-top: 16px; border-top: 1px dashed #aaa; padding-top: 8px; }
.wpl_listing { border: 1px solid #ccc; margin: 8px 0; background: #fcfcf8; } .wpl_listing td { padding: 6px; vertical-align: top; }
.photo { background: #d8d8d0; width: 150px; height: 100px; text-align: center; line-height: 100px; color: #666; } .photo.small { width: 120px; height: 70px; line-height: 70px; }
.photo.big { width: 520px; height: 300px; line-height: 300px; } .wpl_title { font-size: 15px; font-weight: bold; } .wpl_price { color: #1d3b2a; }
.wpl_pagination { margin: 10px 0; } .wpl_pagination a { margin: 0 3px; } .thumbs { margin: 6px 0; } .thumb img { background: #ccc; }
.similar_table td { padding: 6px 14px 6px 0; } .grid { border-collapse: collapse; } .grid td, .grid th { padding: 4px 8px; }
.refs td { padding-right: 40px; } #kl_footer { border-top: 1px solid #ccc; padding: 10px 14px; font-size: 12px; color: #555; } .danger { color: #b00; }
"""

STYLE2 = """* { box-sizing: border-box; } body { font-family: 'Helvetica Neue', Arial, sans-serif; font-size: 14px; margin: 0; color: #1e293b; background: #f8fafc; }
.topbar { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #fff; border-bottom: 1px solid #e2e8f0; }
.brand { font-weight: 700; color: #0f5132; text-decoration: none; font-size: 18px; } .brand span { font-weight: 400; margin-left: 4px; }
.topnav { display: flex; gap: 16px; } .topnav__link { color: #334155; text-decoration: none; } .topnav__link.is-active { color: #0f5132; font-weight: 600; }
.topbar__right { margin-left: auto; display: flex; gap: 16px; align-items: center; }
.avatar { display: inline-block; width: 32px; height: 32px; border-radius: 50%; background: #bbf7d0; text-align: center; line-height: 32px; text-decoration: none; color: #14532d; font-size: 12px; }
.page { padding: 16px 24px; max-width: 1200px; } .footer { display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #e2e8f0; color: #64748b; }
.btn { display: inline-block; border: 1px solid #cbd5e1; border-radius: 8px; background: #fff; padding: 6px 14px; cursor: pointer; text-decoration: none; color: inherit; font: inherit; }
.btn--primary { background: #0f5132; border-color: #0f5132; color: #fff; } .btn--secondary { background: #f1f5f9; } .btn--ghost { border-color: transparent; background: none; }
.btn--link { border: none; background: none; color: #0f5132; padding: 0; text-decoration: underline; } .btn--danger { background: #b91c1c; border-color: #b91c1c; color: #fff; }
.btn--sm { font-size: 12px; padding: 3px 10px; } .btn--block { display: block; width: 100%; text-align: center; margin-top: 8px; }
.icon-btn { border: none; background: none; cursor: pointer; font-size: 18px; padding: 2px 6px; } .icon-btn--lg { font-size: 22px; }
.input { border: 1px solid #cbd5e1; border-radius: 8px; padding: 6px 10px; font: inherit; } .input--lg { width: 360px; padding: 8px 12px; } .input--num { width: 80px; }
.input--sm { padding: 3px 6px; } .input--wide { width: 100%; } .combo { border: 1px solid #cbd5e1; border-radius: 8px; background: #fff; padding: 6px 10px; min-width: 120px; text-align: left; font: inherit; }
.combo--sm { min-width: 100px; padding: 3px 8px; } .chip { display: inline-block; border-radius: 999px; background: #ecfdf5; border: 1px solid #a7f3d0; padding: 1px 8px; font-size: 12px; margin-right: 4px; }
.chip--toggle { cursor: pointer; padding: 5px 12px; font-size: 13px; } .chips { display: inline-flex; gap: 4px; flex-wrap: wrap; }
.searchbar, .filters, .results-head, .row, .pcard__actions, .stepper, .form-actions, .page-head, .row-actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.searchbar, .filters { margin-bottom: 12px; } .results-head { justify-content: flex-start; } .results-head h1 { font-size: 20px; margin: 8px 16px 8px 0; }
.segmented { display: inline-flex; border: 1px solid #cbd5e1; border-radius: 8px; overflow: hidden; } .segmented__btn { border: none; background: #fff; padding: 5px 12px; }
.segmented__btn.is-on { background: #dcfce7; } .muted { color: #64748b; } .check { display: inline-flex; gap: 6px; align-items: center; margin: 4px 12px 4px 0; }
.results { display: grid; grid-template-columns: repeat(2, 1fr); gap: 16px; } .pcard { display: flex; gap: 12px; background: #fff; border: 1px solid #e2e8f0; border-radius: 12px; padding: 12px; }
.pcard--sm { display: block; width: 260px; } .pcard__img { width: 160px; height: 120px; background: #e2e8f0; border-radius: 8px; flex: none; } .pcard__body { flex: 1; }
.pcard__top { display: flex; justify-content: space-between; align-items: center; } .pcard__price { font-size: 18px; font-weight: 700; margin: 0; }
.pcard__title { display: block; color: #0f172a; font-weight: 600; margin: 4px 0; } .pcard__actions { margin-top: 8px; }
.comparebar { margin: 12px 0; } .pager { display: flex; gap: 4px; margin: 12px 0; } .pager__btn { border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; padding: 4px 10px; }
.pager__btn.is-current { background: #0f5132; color: #fff; } .card { background: #fff; border: 1px solid #e2e8f0; border-radius: 12px; padding: 14px 18px; margin: 12px 0; }
fieldset.card .check { display: flex; } .card--danger { border-color: #fecaca; } fieldset { border: none; padding: 0; margin: 0; } fieldset.card { border: 1px solid #e2e8f0; padding: 14px 18px; } legend { font-weight: 600; }
.crumbs { margin-bottom: 8px; color: #64748b; } .listing { display: flex; gap: 24px; } .listing__main { flex: 1; } .listing__side { width: 340px; }
.listing__head { display: flex; gap: 8px; align-items: center; } .listing__head h1 { margin: 8px 8px 8px 0; }
.gallery { position: relative; } .gallery__img { height: 320px; background: #e2e8f0; border-radius: 12px; } .thumbs { display: flex; gap: 6px; margin: 8px 0; }
.thumb { width: 70px; height: 48px; border: 1px solid #cbd5e1; border-radius: 6px; background: #f1f5f9; }
.facts { display: grid; grid-template-columns: 120px 1fr 120px 1fr; } .facts dd { margin: 0 0 6px; }
.field { margin: 8px 0; } .field label, .field__label { display: block; font-size: 12px; color: #475569; margin-bottom: 3px; } .field .input { width: 100%; }
.field .input--num { width: 80px; } .similar { display: flex; gap: 16px; flex-wrap: wrap; } .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.radio, .radio-card { display: inline-flex; gap: 6px; align-items: center; margin-right: 12px; } .radio-card { border: 1px solid #cbd5e1; border-radius: 8px; padding: 8px 12px; }
.uploads { display: flex; gap: 12px; } .upload { border: 1px dashed #94a3b8; border-radius: 10px; padding: 10px; width: 240px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.table { width: 100%; border-collapse: collapse; background: #fff; } .table th, .table td { text-align: left; padding: 8px; border-bottom: 1px solid #e2e8f0; vertical-align: top; }
.row-actions { position: relative; } .pill { border-radius: 999px; background: #f1f5f9; padding: 1px 8px; font-size: 12px; }
.menu { position: absolute; right: 0; top: 32px; background: #fff; border: 1px solid #cbd5e1; border-radius: 8px; box-shadow: 0 6px 16px #0002; padding: 4px; z-index: 3; width: 180px; }
.menu__item { display: block; width: 100%; text-align: left; border: none; background: none; padding: 6px 8px; } .menu__item--danger { color: #b91c1c; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; } .enquiry { border-top: 1px solid #f1f5f9; padding: 8px 0; }
.account { display: flex; gap: 24px; } .sidenav { display: flex; flex-direction: column; width: 160px; gap: 6px; padding-top: 16px; }
.sidenav__item { color: #334155; text-decoration: none; padding: 6px 10px; border-radius: 8px; } .sidenav__item.is-active { background: #dcfce7; } .account__main { flex: 1; }
.saved { display: flex; gap: 12px; align-items: center; padding: 8px 0; border-top: 1px solid #f1f5f9; } .saved > div { flex: 1; }
"""

STYLE3 = """* { box-sizing: border-box; } body { font-family: system-ui, sans-serif; font-size: 15px; margin: 0; color: #111827; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; }
.ds-header { display: flex; align-items: center; gap: 20px; padding: 10px 24px; border-bottom: 1px solid #e5e7eb; }
.ds-brand { font-weight: 700; color: #065f46; text-decoration: none; margin-right: 16px; } .ds-nav { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; flex: 1; }
.ds-nav__link { color: #111827; } .ds-nav__link[aria-current=page] { font-weight: 700; }
.ico { display: inline-block; width: 18px; height: 18px; background: #9ca3af; border-radius: 4px; vertical-align: middle; }
.ds-avatar { display: inline-block; width: 32px; height: 32px; border-radius: 50%; background: #a7f3d0; text-align: center; line-height: 32px; font-size: 12px; color: #064e3b; text-decoration: none; }
.ds-main { padding: 16px 24px; } .ds-footer { display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #e5e7eb; }
.ds-btn { display: inline-block; border: 1px solid #d1d5db; border-radius: 10px; background: #fff; padding: 6px 14px; cursor: pointer; font: inherit; color: inherit; text-decoration: none; }
.ds-btn--primary { background: #065f46; border-color: #065f46; color: #fff; } .ds-btn--quiet { border-color: transparent; background: none; color: #065f46; }
.ds-btn--danger { background: #991b1b; border-color: #991b1b; color: #fff; } .ds-iconbtn { border: none; background: none; padding: 6px; cursor: pointer; display: inline-block; }
.ds-input { border: 1px solid #d1d5db; border-radius: 10px; padding: 6px 10px; font: inherit; margin: 4px 0; } .ds-input--lg { width: 380px; } .ds-input--num { width: 90px; }
.ds-search, .ds-row, .ds-head, .ds-card__foot, .ds-dialog__head, .ds-dialog__foot { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ds-head h1 { font-size: 22px; margin: 8px 12px 8px 0; } .ds-layout { display: flex; gap: 24px; margin-top: 12px; }
.ds-filters { width: 240px; display: flex; flex-direction: column; gap: 8px; } .ds-filters h2 { font-size: 16px; margin: 0; }
.ds-fieldset { border: 1px solid #e5e7eb; border-radius: 10px; padding: 8px 12px; margin: 8px 0; display: flex; flex-direction: column; gap: 4px; }
.ds-check, .ds-switch { display: inline-flex; gap: 6px; align-items: center; margin: 4px 12px 4px 0; } .ds-results { flex: 1; }
.ds-tabs { display: flex; gap: 4px; border-bottom: 1px solid #e5e7eb; margin: 8px 0; } .ds-tabs [role=tab] { border: none; background: none; padding: 6px 12px; border-bottom: 2px solid transparent; font: inherit; }
.ds-tabs [aria-selected=true] { border-bottom-color: #065f46; } .ds-list { list-style: none; padding: 0; margin: 0; } .ds-list--row { display: flex; gap: 16px; }
.ds-card { display: flex; gap: 12px; border: 1px solid #e5e7eb; border-radius: 14px; padding: 12px; margin: 10px 0; } .ds-card--sm { display: block; width: 260px; }
.ds-card__img { width: 180px; height: 120px; background: #e5e7eb; border-radius: 10px; flex: none; } .ds-card__title { font-weight: 600; color: #111827; }
.ds-card__price { font-weight: 700; margin: 4px 0; } .ds-muted { color: #6b7280; } .ds-crumbs ol { display: flex; gap: 8px; list-style: none; padding: 0; }
.ds-listing { display: flex; gap: 24px; } .ds-listing__main { flex: 1; } .ds-listing__side { width: 340px; border: 1px solid #e5e7eb; border-radius: 14px; padding: 12px 16px; }
.ds-gallery__img { height: 300px; background: #e5e7eb; border-radius: 14px; } .ds-form { display: flex; flex-direction: column; gap: 4px; align-items: flex-start; } .ds-form > .ds-grid2, .ds-form > section { align-self: stretch; }
.ds-form--wide { max-width: 760px; } .ds-grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; } .ds-jump { display: flex; gap: 14px; margin: 8px 0; }
.ds-grid { display: table; width: 100%; } .ds-grid__row { display: table-row; } .ds-cell { display: table-cell; padding: 6px 8px; border-bottom: 1px solid #f3f4f6; vertical-align: middle; }
.ds-grid__head .ds-cell { font-weight: 600; color: #4b5563; } .ds-cell--actions { position: relative; white-space: nowrap; }
.ds-menu { position: absolute; right: 0; top: 36px; background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 8px 24px #0003; padding: 4px; z-index: 3; display: flex; flex-direction: column; width: 180px; }
.ds-menu [role=menuitem] { border: none; background: none; text-align: left; padding: 6px 8px; font: inherit; }
.ds-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; } .ds-panel { margin: 16px 0; } .ds-enquiries { list-style: none; padding: 0; }
.ds-enquiry { border-top: 1px solid #f3f4f6; padding: 6px 0; } .ds-enquiry p { margin: 4px 0; } .ds-footnote { margin-top: 24px; }
.ds-dialog { position: absolute; top: 800px; right: 32px; width: 420px; background: #fff; border-radius: 16px; padding: 16px; box-shadow: 0 12px 40px #0005; display: flex; flex-direction: column; gap: 6px; }
.ds-dialog__head { justify-content: space-between; } .ds-dialog__foot { justify-content: flex-end; } .ds-dialog h2 { margin: 0; font-size: 18px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
"""


def render():
    return {
        "v1": {"search.html": search_v1(), "property.html": property_v1(), "apply.html": apply_v1(),
               "landlord.html": landlord_v1(), "account.html": account_v1(), "style.css": STYLE1},
        "v2": {"search.html": search_v2(), "property.html": property_v2(), "apply.html": apply_v2(),
               "landlord.html": landlord_v2(), "account.html": account_v2(), "app.css": STYLE2},
        "v3": {"search.html": search_v3(), "property.html": property_v3(), "apply.html": apply_v3(),
               "landlord.html": landlord_v3(), "account.html": account_v3(), "ds.css": STYLE3},
    }
