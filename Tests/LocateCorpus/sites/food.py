"""Food: "Forkful", a restaurant ordering and food-delivery marketplace. Five pages (restaurant
listing, a restaurant's menu, basket/checkout, orders, account), three releases.

v1  an old server-rendered stack: camelCase ids (txtPostcode, btnSearch, selSort), `name`
    attributes with brackets, layout tables, restaurant results and past orders as table rows
    with text links ("View menu", "Add to favourites", "Reorder", "Receipt", "Help", "Rate"),
    filters as checkboxes and selects with an "Apply filters" button, a menu as tables with an
    unlabelled quantity box and an "Add" button per dish, a "Build your pizza" form, checkout
    with delivery AND billing address (the same labels twice), percentage tips, cash on
    delivery, account page with two "Save changes" buttons, addresses and cards as tables.
    A hidden mobile navigation repeats the header links; a "Claim offer" promo link; social and
    app-store text links in the footer; linked accounts (Unlink / Link account) on the account page.
v2  a React rewrite: ids gone, data-testid added (the same test id on every card / line),
    results re-sorted by rating, Luigi's Pizzeria gone and Pho Saigon new, cuisine checkboxes
    become toggle chips ("Pizza & pasta", "Curry", "Sushi"), the sort select a custom combobox,
    "Apply filters" and pagination gone ("Show more restaurants"), the postcode box replaced by a
    "Deliver to" button, favourites as heart icon buttons all named "Save to favourites"; menu:
    section links become tabs, the per-dish quantity boxes gone, "Add" becomes a "+" icon button
    named "Add" on every dish, Bruschetta gone and Burrata new, pizza options in a side panel
    with price-suffixed labels, Rocket gone and 'Nduja new, a quantity stepper; checkout:
    fieldsets in two columns, saved addresses as radios, billing fields hidden behind "Use
    delivery address for billing", tips as £ amount toggles, Apple Pay instead of cash, quantity
    steppers per line (Decrease / Increase on every line), "Remove item" icon buttons, "Pay
    £31.40"; orders: cards, "Order again", receipt icon links, a "More actions" menu per card
    (the first one open with "Get help"), status tabs instead of a select, bulk selection and
    CSV export gone; account: in-page section nav, "Surname", address cards with "Edit address"
    / "Delete" icons, Mum's address new, notifications split into fieldsets with "Email" twice,
    newsletter gone, language as a custom combobox, diet chips, Halal gone and Dairy free new;
    connected accounts with "Disconnect" / "Connect" / "Connect" (Apple new). A dismissible
    offer banner. Footer: social icon links named "Forkful on …" (Twitter now "X", YouTube gone,
    TikTok new), app-store badges as images named by their alt text.
v3  a design-system / accessibility pass: skip link, placeholders instead of labels, icon
    buttons named after their card or row ("Save Casa Verde", "Add Margherita to order",
    "Remove Garlic bread", "Reorder from Golden Wok, 3 May"), filters in a sidebar with switches
    and role=checkbox chips, rating as radios, Dough & Co new; menu: Diavola gone and Vegan
    margherita new, options in an open modal dialog with a custom "Base" combobox, allergen link
    moved to the footer, "Clear basket" gone; checkout: billing section removed, Work address
    gone and Mum's new, a gift card "Apply" next to the promo code "Apply", Google Pay new,
    switches for saving the card and cutlery, summary in a sidebar, tiramisu line gone; orders:
    a role=grid table, select checkboxes back, More actions menu gone, "Cancel order" gone;
    account: Work address gone, notifications as switches saved automatically, password
    change in an open dialog, account deletion moved to the footer, sign-in methods named after
    the provider (Facebook gone). Offer banner gone; footer social links named by title and
    visually-hidden text (X gone), app links reworded "iPhone" / "Android".
"""
from common import attrs, e, page


def x(marker, **kw):
    return attrs(data__expect=marker, **kw)


RESTAURANTS = [  # slug, name, cuisine, rating, eta, fee, blurb
    ("casa-verde", "Casa Verde", "Mexican", "4.6", "25–35 min", "£1.49", "Tacos, burritos and rice bowls"),
    ("golden-wok", "Golden Wok", "Chinese", "4.3", "30–40 min", "£0.99", "Cantonese classics and dim sum"),
    ("luigis-trattoria", "Luigi's Trattoria", "Italian", "4.7", "20–30 min", "£1.99", "Wood-fired pizza and fresh pasta"),
    ("luigis-pizzeria", "Luigi's Pizzeria", "Italian", "4.1", "35–45 min", "Free", "New York slices and calzones"),
    ("saffron-house", "Saffron House", "Indian", "4.5", "30–45 min", "£2.49", "North Indian curries and tandoor"),
    ("sakura-sushi", "Sakura Sushi", "Japanese", "4.8", "40–50 min", "£2.99", "Sushi, sashimi and bento boxes"),
    ("burger-yard", "The Burger Yard", "Burgers", "4.2", "15–25 min", "Free", "Smash burgers and loaded fries"),
    ("green-bowl", "Green Bowl", "Healthy", "4.4", "20–30 min", "£1.49", "Salads, poke and smoothies"),
    ("thai-orchid", "Thai Orchid", "Thai", "4.3", "30–40 min", "£1.99", "Curries, noodles and street food"),
    ("golden-dragon", "Golden Dragon", "Chinese", "4.0", "35–50 min", "£2.49", "Sichuan dishes and hot pots"),
    ("istanbul-grill", "Istanbul Grill", "Turkish", "4.4", "25–35 min", "£1.49", "Charcoal kebabs, mezze and pide"),
]
PHO = ("pho-saigon", "Pho Saigon", "Vietnamese", "4.6", "25–35 min", "£1.29", "Pho, banh mi and summer rolls")
DOUGH = ("dough-and-co", "Dough & Co", "Bakery", "4.5", "15–20 min", "£0.99", "Bagels, pastries and coffee")


def rest(slug):
    return next(r for r in RESTAURANTS + [PHO, DOUGH] if r[0] == slug)


# -- shared chrome -------------------------------------------------------------------------------

def header_v1(active):
    links = [("restaurants.html", "Restaurants", "nav-restaurants"), ("offers.html", "Offers", "nav-offers"),
             ("orders.html", "My orders", "nav-orders"), ("account.html", "My account", "nav-account")]
    items = "".join(f'<li{attrs(class_="selected" if k == active else None)}><a href="{h}"{x(k)}>{t}</a></li>' for h, t, k in links)
    mobile = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t, _ in links)
    return f"""<div id="header">
  <a href="index.html" id="logo"{x("logo")}>Forkful</a>
  <ul id="nav">{items}<li><a href="logout.php" id="lnkLogout"{x("logout")}>Log out</a></li></ul>
  <div id="basketLink"><a href="checkout.html"{x("nav-basket")}>Basket (3)</a></div>
  <div id="mobileNav" style="display:none"><ul>{mobile}<li><a href="logout.php">Log out</a></li></ul></div>
</div>"""


def footer_v1():
    links = [("About Forkful", "footer-about"), ("Help centre", "footer-help"), ("Become a partner", "footer-partner"),
             ("Ride with us", "footer-riders"), ("Terms &amp; conditions", "footer-terms"), ("Privacy policy", "footer-privacy")]
    items = " | ".join(f'<a href="page{i}.html"{x(k)}>{t}</a>' for i, (t, k) in enumerate(links))
    social = " ".join(f'<a href="https://{s.lower()}.example/forkful" target="_blank"{x("social-" + s.lower())}>{s}</a>' for s in ["Facebook", "Instagram", "Twitter", "YouTube"])
    return (f'<div id="footer"><p>{items}</p><p>Follow us: {social}</p>'
            f'<p><a href="https://apps.example/ios"{x("app-ios")}>Download on the App Store</a> | <a href="https://apps.example/android"{x("app-android")}>Get it on Google Play</a></p>'
            '<p>&copy; 2019 Forkful Ltd. All rights reserved.</p></div>')


def header_v2(active):
    links = [("restaurants.html", "Restaurants", "nav-restaurants"), ("offers.html", "Deals", "nav-offers"), ("orders.html", "Orders", "nav-orders")]
    items = "".join(f'<a href="{h}" class="AppNav__link"{attrs(aria__current="page" if k == active else None)}{x(k)}>{t}</a>' for h, t, k in links)
    return f"""<header class="AppHeader" data-testid="app-header">
  <a href="index.html" class="AppHeader__logo" aria-label="Forkful home"{x("logo")}><svg width="90" height="20"><rect width="90" height="20"/></svg></a>
  <nav class="AppNav" aria-label="Main">{items}</nav>
  <a href="account.html" class="IconButton" aria-label="Your account" data-testid="account-link"{x("nav-account")}><svg width="18" height="18"><circle cx="9" cy="9" r="8"/></svg></a>
  <a href="checkout.html" class="IconButton BasketButton" aria-label="Basket, 3 items" data-testid="basket-button"{x("nav-basket")}><svg width="18" height="18"><rect width="18" height="18"/></svg><span class="Badge">3</span></a>
</header>"""


def footer_v2():
    links = [("About us", "footer-about"), ("Help", "footer-help"), ("Partner with Forkful", "footer-partner"),
             ("Become a rider", "footer-riders"), ("Terms", "footer-terms"), ("Privacy", "footer-privacy")]
    items = "".join(f'<a href="p{i}.html" class="Footer__link"{x(k)}>{t}</a>' for i, (t, k) in enumerate(links))
    social = "".join(f'<a href="https://{k}.example/forkful" class="IconButton" aria-label="Forkful on {t}"{x("social-" + k)}><svg width="14" height="14"><circle cx="7" cy="7" r="6"/></svg></a>'
                     for k, t in [("facebook", "Facebook"), ("instagram", "Instagram"), ("twitter", "X"), ("tiktok", "TikTok")])
    apps = (f'<a href="https://apps.example/ios"{x("app-ios")}><img src="img/app-store.svg" alt="Download on the App Store" width="100" height="30"></a>'
            f'<a href="https://apps.example/android"{x("app-android")}><img src="img/google-play.svg" alt="Get it on Google Play" width="100" height="30"></a>')
    return f'<footer class="Footer"><nav aria-label="Footer">{items}</nav><div class="Footer__social">{social}</div><div class="Footer__apps">{apps}</div><p>&copy; 2023 Forkful</p></footer>'


def header_v3(active):
    links = [("restaurants.html", "Restaurants", "nav-restaurants"), ("offers.html", "Offers", "nav-offers"), ("orders.html", "Your orders", "nav-orders")]
    items = "".join(f'<li><a href="{h}" class="fk-nav__link"{attrs(aria__current="page" if k == active else None)}{x(k)}>{t}</a></li>' for h, t, k in links)
    return f"""<a href="#main" class="fk-skip"{x("skip-link")}>Skip to main content</a>
<header class="fk-header">
  <a href="index.html" class="fk-logo"{x("logo")}>Forkful</a>
  <nav aria-label="Primary"><ul class="fk-nav">{items}</ul></nav>
  <a href="account.html" class="fk-icon-btn" aria-label="Account"{x("nav-account")}><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="8"/></svg></a>
  <a href="checkout.html" class="fk-btn fk-btn--primary" data-testid="basket-button"{x("nav-basket")}>View basket <span class="fk-visually-hidden">(3 items)</span></a>
</header>"""


def footer_v3(extra=""):
    links = [("About", "footer-about"), ("Help and support", "footer-help"), ("For restaurants", "footer-partner"),
             ("For riders", "footer-riders"), ("Terms of use", "footer-terms"), ("Privacy notice", "footer-privacy")]
    items = "".join(f'<li><a href="f{i}.html"{x(k)}>{t}</a></li>' for i, (t, k) in enumerate(links))
    social = "".join(f'<li><a href="https://{k}.example/forkful" class="fk-icon-btn" title="{t}"{x("social-" + k)}><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6"/></svg><span class="fk-visually-hidden">Forkful on {t}</span></a></li>'
                     for k, t in [("instagram", "Instagram"), ("tiktok", "TikTok"), ("facebook", "Facebook")])
    apps = (f'<p>Get the app: <a href="https://apps.example/ios"{x("app-ios")}>iPhone</a> &middot; <a href="https://apps.example/android"{x("app-android")}>Android</a></p>')
    return f'<footer class="fk-footer">{extra}<ul class="fk-footer__links">{items}</ul><ul class="fk-footer__links" aria-label="Social media">{social}</ul>{apps}<p>&copy; 2026 Forkful</p></footer>'


# -- restaurants.html ----------------------------------------------------------------------------

CUISINES_V1 = [("italian", "Italian"), ("indian", "Indian"), ("chinese", "Chinese"), ("japanese", "Japanese"), ("mexican", "Mexican"), ("thai", "Thai"), ("burgers", "Burgers")]


def restaurants_v1():
    cuisines = "".join(f'<li><input type="checkbox" id="chkCuisine_{c}" name="cuisine[]" value="{c}"{x("cuisine-" + c)}> <label for="chkCuisine_{c}">{t}</label></li>' for c, t in CUISINES_V1)
    rows = ""
    for slug, name, cuisine, rating, eta, fee, blurb in RESTAURANTS:
        rows += f"""
    <tr class="restRow">
      <td><a href="menu.html?r={slug}" class="restName"{x("name-" + slug)}>{e(name)}</a><br><small>{e(blurb)}</small></td>
      <td>{cuisine}</td><td>{rating}</td><td>{eta}</td><td>{fee}</td>
      <td class="actions"><a href="menu.html?r={slug}" class="button"{x("menu-" + slug)}>View menu</a><br>
        <a href="restaurants.html?fav={slug}" class="favLink"{x("fav-" + slug)}>Add to favourites</a></td>
    </tr>"""
    body = f"""{header_v1("nav-restaurants")}
<div id="content">
<div class="box promo"><b>New here?</b> Get 20% off your first order with code HELLO20. <a href="offers.html#hello20"{x("promo-claim")}>Claim offer</a></div>
<form id="searchForm" action="restaurants.html" method="get">
  <label for="txtPostcode">Postcode</label> <input type="text" id="txtPostcode" name="postcode" value="E8 3PN" size="8"{x("postcode")}>
  <label for="txtSearch">Search restaurants or dishes</label> <input type="text" id="txtSearch" name="q" size="30"{x("search")}>
  <input type="submit" id="btnSearch" value="Find food"{x("search-submit")}>
</form>
<table id="layout" width="100%"><tr>
<td id="sidebar" valign="top">
  <form id="filterForm" action="restaurants.html" method="get">
    <h3>Cuisine</h3><ul class="plain">{cuisines}</ul>
    <h3>Options</h3>
    <ul class="plain">
      <li><input type="checkbox" id="chkFreeDelivery" name="free_delivery"{x("filter-free-delivery")}> <label for="chkFreeDelivery">Free delivery</label></li>
      <li><input type="checkbox" id="chkOpenNow" name="open_now" checked{x("filter-open-now")}> <label for="chkOpenNow">Open now</label></li>
      <li><input type="checkbox" id="chkOffers" name="offers"{x("filter-offers")}> <label for="chkOffers">Special offers only</label></li>
    </ul>
    <p><label for="selMaxFee">Maximum delivery fee</label><br><select id="selMaxFee" name="max_fee"{x("max-fee")}>
      <option>Any</option><option>Up to £1.00</option><option>Up to £2.00</option><option>Up to £3.00</option></select></p>
    <p><label for="selRating">Minimum rating</label><br><select id="selRating" name="min_rating"{x("min-rating")}>
      <option>Any</option><option>3.5 stars</option><option>4 stars</option><option>4.5 stars</option></select></p>
    <p><input type="submit" id="btnApplyFilters" value="Apply filters"{x("apply-filters")}> <a href="restaurants.html" id="lnkClearFilters"{x("clear-filters")}>Clear all</a></p>
  </form>
</td>
<td id="results" valign="top">
  <p class="count"><b>11 restaurants</b> deliver to E8 3PN</p>
  <p><label for="selSort">Sort by:</label> <select id="selSort" name="sort"{x("sort")}>
    <option>Recommended</option><option>Rating</option><option>Delivery time</option><option>Delivery fee</option><option>Distance</option></select></p>
  <table class="restaurants" cellspacing="0">
    <tr><th>Restaurant</th><th>Cuisine</th><th>Rating</th><th>Delivery time</th><th>Delivery fee</th><th></th></tr>{rows}
  </table>
  <p class="pager"><a href="?page=0"{x("page-prev")}>&laquo; Previous</a> <b>1</b> <a href="?page=2"{x("page-2")}>2</a> <a href="?page=3"{x("page-3")}>3</a> <a href="?page=2"{x("page-next")}>Next &raquo;</a></p>
</td></tr></table>
</div>
{footer_v1()}"""
    return page("Forkful - Restaurants delivering to E8 3PN", body)


V2_ORDER = ["sakura-sushi", "luigis-trattoria", "casa-verde", "pho-saigon", "saffron-house", "green-bowl", "istanbul-grill", "golden-wok", "thai-orchid", "golden-dragon", "burger-yard"]


def restaurants_v2():
    chips = [("italian", "Pizza & pasta"), ("indian", "Curry"), ("chinese", "Chinese"), ("japanese", "Sushi"), ("mexican", "Mexican"),
             ("thai", "Thai"), ("burgers", "Burgers"), ("vietnamese", "Vietnamese"), ("healthy", "Healthy")]
    chip_html = "".join(f'<button type="button" class="Chip" aria-pressed="false"{x("cuisine-" + c)}>{t}</button>' for c, t in chips)
    cards = ""
    for slug in V2_ORDER:
        _, name, cuisine, rating, eta, fee, blurb = rest(slug)
        fee_text = "Free delivery" if fee == "Free" else f"{fee} delivery"
        cards += f"""
    <li class="RestaurantCard" data-testid="restaurant-card">
      <a href="menu.html?r={slug}" class="RestaurantCard__title"{x("name-" + slug)}><h3>{e(name)}</h3></a>
      <p class="RestaurantCard__meta">{cuisine} &middot; &#9733; {rating} &middot; {eta} &middot; {fee_text}</p>
      <p class="RestaurantCard__blurb">{e(blurb)}</p>
      <div class="RestaurantCard__actions">
        <button type="button" class="IconButton" aria-label="Save to favourites" data-testid="favourite-button"{x("fav-" + slug)}><svg width="16" height="16"><path d="M8 14 1 7a4 4 0 0 1 7-4 4 4 0 0 1 7 4z"/></svg></button>
        <a href="menu.html?r={slug}" class="Button Button--primary" data-testid="order-now"{x("menu-" + slug)}>Order now</a>
      </div>
    </li>"""
    fees = [("any", "Any"), ("1", "Under £1"), ("2", "Under £2"), ("3", "Under £3")]
    fee_html = "".join(f'<label class="Radio"><input type="radio" name="deliveryFee" value="{v}"{attrs(checked=v == "any")}{x("fee-" + v)}> {t}</label>' for v, t in fees)
    body = f"""{header_v2("nav-restaurants")}
<main class="Page">
  <div class="Banner" role="region" aria-label="Offer"><p>20% off your first order</p>
    <a href="offers.html" class="Button Button--primary"{x("promo-claim")}>Claim offer</a>
    <button type="button" class="IconButton" aria-label="Dismiss"{x("promo-dismiss")}>&times;</button></div>
  <div class="SearchBar">
    <button type="button" class="Button Button--ghost" data-testid="address-button"{x("change-address")}>Deliver to E8 3PN</button>
    <input type="search" name="query" placeholder="Search Forkful" aria-label="Search restaurants and dishes"{x("search")}>
    <button type="submit" class="IconButton" aria-label="Search"{x("search-submit")}><svg width="16" height="16"><circle cx="7" cy="7" r="6"/></svg></button>
  </div>
  <div class="Chips" role="group" aria-label="Cuisines">{chip_html}</div>
  <div class="Layout">
    <aside class="Filters">
      <h2>Filters</h2>
      <label class="Check"><input type="checkbox" name="freeDelivery"{x("filter-free-delivery")}> £0 delivery fee</label>
      <label class="Check"><input type="checkbox" name="openNow" checked{x("filter-open-now")}> Open now</label>
      <label class="Check"><input type="checkbox" name="deals"{x("filter-offers")}> Deals</label>
      <fieldset><legend>Delivery fee</legend>{fee_html}</fieldset>
      <label class="Field">Rating<select name="rating"{x("min-rating")}><option>Any rating</option><option>3.5 and up</option><option>4.0 and up</option><option>4.5 and up</option></select></label>
      <button type="reset" class="Button Button--link"{x("clear-filters")}>Reset filters</button>
    </aside>
    <section class="Results" aria-label="Restaurants">
      <div class="Results__bar"><p>11 places near you</p>
        <div class="Combo"><span id="sort-label">Sort</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="sort-label" class="Combo__button" data-testid="sort-select"{x("sort")}>Top rated</button></div></div>
      <ul class="RestaurantGrid">{cards}
      </ul>
      <button type="button" class="Button Button--wide"{x("page-next")}>Show more restaurants</button>
    </section>
  </div>
</main>
{footer_v2()}"""
    return page("Restaurants near E8 3PN | Forkful", body, css="style2.css")


V3_ORDER = ["sakura-sushi", "luigis-trattoria", "pho-saigon", "casa-verde", "saffron-house", "dough-and-co", "istanbul-grill", "green-bowl", "thai-orchid", "golden-wok", "golden-dragon", "burger-yard"]


def restaurants_v3():
    cuis = [("italian", "Italian"), ("indian", "Indian"), ("chinese", "Chinese"), ("japanese", "Japanese"), ("mexican", "Mexican"),
            ("thai", "Thai"), ("burgers", "Burgers"), ("vietnamese", "Vietnamese"), ("healthy", "Healthy"), ("bakery", "Bakery")]
    chip_html = "".join(f'<span role="checkbox" aria-checked="false" tabindex="0" class="fk-chip"{x("cuisine-" + c)}>{t}</span>' for c, t in cuis)
    cards = ""
    for slug in V3_ORDER:
        _, name, cuisine, rating, eta, fee, blurb = rest(slug)
        cards += f"""
      <li><article class="fk-card" aria-labelledby="h-{slug}">
        <h3 id="h-{slug}"><a href="menu.html?r={slug}"{x("name-" + slug)}>{e(name)}</a></h3>
        <p class="fk-card__meta"><span class="fk-visually-hidden">Rating </span>&#9733; {rating} <span aria-hidden="true">&middot;</span> {cuisine} <span aria-hidden="true">&middot;</span> {eta}</p>
        <p>{e(blurb)}</p>
        <button type="button" class="fk-icon-btn" aria-pressed="false" aria-label="Save {e(name)}"{x("fav-" + slug)}><svg width="16" height="16" aria-hidden="true"><path d="M8 14 1 7a4 4 0 0 1 7-4 4 4 0 0 1 7 4z"/></svg></button>
        <a href="menu.html?r={slug}" class="fk-btn" aria-label="Order from {e(name)}"{x("menu-" + slug)}>Order</a>
      </article></li>"""
    fees = [("any", "Any"), ("1", "£1"), ("2", "£2"), ("3", "£3")]
    fee_html = "".join(f'<label class="fk-seg"><input type="radio" name="fee"{attrs(checked=v == "any")}{x("fee-" + v)}> {t}</label>' for v, t in fees)
    ratings = [("any", "Any"), ("4", "4+"), ("45", "4.5+")]
    rating_html = "".join(f'<label class="fk-seg"><input type="radio" name="rating"{attrs(checked=v == "any")}{x("rating-" + v)}> {t}</label>' for v, t in ratings)
    sw = lambda k, t, on: f'<div class="fk-switch-row"><span id="l-{k}">{t}</span><button type="button" role="switch" aria-checked="{on}" aria-labelledby="l-{k}" class="fk-switch"{x(k)}></button></div>'
    body = f"""{header_v3("nav-restaurants")}
<div class="fk-layout">
  <aside class="fk-sidebar" aria-label="Filters">
    <h2>Filter</h2>
    {sw("filter-free-delivery", "Free delivery", "false")}
    {sw("filter-open-now", "Open now", "true")}
    {sw("filter-offers", "Offers", "false")}
    <h3>Cuisine</h3><div class="fk-chips">{chip_html}</div>
    <fieldset class="fk-fieldset"><legend>Max. delivery fee</legend>{fee_html}</fieldset>
    <fieldset class="fk-fieldset"><legend>Rating</legend>{rating_html}</fieldset>
    <button type="button" class="fk-btn fk-btn--text"{x("clear-filters")}>Clear filters</button>
  </aside>
  <main id="main" class="fk-main">
    <h1>Restaurants</h1>
    <div class="fk-searchrow" role="search">
      <button type="button" class="fk-btn fk-btn--text"{x("change-address")}>Delivering to E8 3PN <span aria-hidden="true">&middot;</span> Change</button>
      <input type="search" placeholder="Restaurants, dishes or cuisines" class="fk-input"{x("search")}>
      <button type="submit" class="fk-btn"{x("search-submit")}>Search</button>
      <select aria-label="Sort restaurants" class="fk-select"{x("sort")}><option>Recommended</option><option>Highest rated</option><option>Fastest</option><option>Lowest delivery fee</option><option>Nearest</option></select>
    </div>
    <ul class="fk-cards">{cards}
    </ul>
    <button type="button" class="fk-btn fk-btn--wide"{x("page-next")}>Load more</button>
  </main>
</div>
{footer_v3()}"""
    return page("Restaurants · Forkful", body, css="style3.css")


# -- menu.html -----------------------------------------------------------------------------------

DISHES = [  # slug, name, section, price, description
    ("garlic-bread", "Garlic bread", "starters", "4.50", "Stone-baked, garlic butter, parsley"),
    ("garlic-bread-mozzarella", "Garlic bread with mozzarella", "starters", "5.50", "Our garlic bread, topped with melted mozzarella"),
    ("bruschetta", "Bruschetta", "starters", "5.95", "Tomato, basil, red onion on toasted sourdough"),
    ("arancini", "Arancini", "starters", "6.50", "Three fried risotto balls, tomato dip"),
    ("calamari", "Calamari fritti", "starters", "7.25", "Fried squid, lemon, aioli"),
    ("margherita", "Margherita", "pizza", "9.50", "Tomato, fior di latte, basil"),
    ("pepperoni", "Pepperoni", "pizza", "11.50", "Tomato, mozzarella, spicy pepperoni"),
    ("quattro-formaggi", "Quattro formaggi", "pizza", "12.50", "Mozzarella, gorgonzola, parmesan, fontina"),
    ("diavola", "Diavola", "pizza", "12.00", "Spicy salami, chilli, mozzarella"),
    ("vegetariana", "Vegetariana", "pizza", "11.00", "Peppers, courgette, mushrooms, olives"),
    ("carbonara", "Spaghetti carbonara", "pasta", "11.95", "Guanciale, egg yolk, pecorino"),
    ("arrabbiata", "Penne arrabbiata", "pasta", "10.50", "Tomato, garlic, chilli"),
    ("lasagne", "Lasagne al forno", "pasta", "12.95", "Beef ragù, béchamel"),
    ("tagliatelle", "Tagliatelle al ragù", "pasta", "12.50", "Slow-cooked beef and pork ragù"),
    ("aglio-olio", "Spaghetti aglio e olio", "pasta", "9.50", "Garlic, olive oil, chilli, parsley"),
    ("tiramisu", "Tiramisu", "desserts", "5.95", "Mascarpone, espresso, cocoa"),
    ("panna-cotta", "Panna cotta", "desserts", "5.50", "Vanilla, berry compote"),
    ("affogato", "Affogato", "desserts", "4.50", "Vanilla gelato, hot espresso"),
    ("coke", "Coca-Cola 330ml", "drinks", "1.80", "Can"),
    ("limonata", "San Pellegrino Limonata", "drinks", "2.20", "Can"),
    ("water", "Still water 500ml", "drinks", "1.50", "Bottle"),
    ("peroni", "Peroni 330ml", "drinks", "3.20", "Bottle, 5.1% ABV"),
]
BURRATA = ("burrata", "Burrata", "starters", "7.50", "Creamy burrata, heritage tomatoes, basil oil")
VEGAN_MARG = ("vegan-margherita", "Vegan margherita", "pizza", "10.50", "Tomato, plant-based mozzarella, basil")
SECTIONS_V1 = [("starters", "Starters"), ("pizza", "Pizzas"), ("pasta", "Pasta"), ("desserts", "Desserts"), ("drinks", "Drinks")]


def menu_v1():
    jump = " | ".join(f'<a href="#sec-{s}"{x("jump-" + s)}>{t}</a>' for s, t in SECTIONS_V1)
    tables = ""
    n = 100
    for s, t in SECTIONS_V1:
        rows = ""
        for slug, name, sec, price, desc in DISHES:
            if sec != s:
                continue
            n += 1
            rows += f"""
      <tr><td class="dish"><b>{e(name)}</b><br><small>{e(desc)}</small></td><td class="price">£{price}</td>
        <td><input type="text" name="qty_{n}" value="1" size="2" maxlength="2"{x("qty-" + slug)}></td>
        <td><input type="submit" name="add_{n}" value="Add" class="btnAdd"{x("add-" + slug)}></td></tr>"""
        tables += f"""
  <h2 id="sec-{s}">{t}</h2>
  <form action="basket.php" method="post"><table class="menuTable" cellspacing="0">{rows}
  </table></form>"""
    extras = [("extra-mozzarella", "Extra mozzarella (+£1.00)"), ("extra-olives", "Olives (+£0.80)"), ("extra-mushrooms", "Mushrooms (+£0.80)"),
              ("extra-jalapenos", "Jalapeños (+£0.60)"), ("extra-rocket", "Rocket (+£0.50)")]
    extra_html = "".join(f'<input type="checkbox" id="chk_{k}" name="extras[]" value="{k[6:]}"{x(k)}> <label for="chk_{k}">{t}</label><br>' for k, t in extras)
    body = f"""{header_v1("nav-restaurants")}
<div id="content">
<table width="100%"><tr><td valign="top">
  <h1>Luigi's Trattoria</h1>
  <p>Italian &middot; 4.7 (312 ratings) &middot; 20&ndash;30 min &middot; Delivery £1.99 &middot; Minimum order £12.00</p>
  <p><a href="info.php?r=luigis-trattoria"{x("info")}>Restaurant info</a> | <a href="allergens.php?r=luigis-trattoria"{x("allergens")}>Allergen information</a> |
     <input type="button" id="btnFav" value="Add to favourites"{x("fav-restaurant")}></p>
  <p><input type="radio" id="radDelivery" name="mode" value="delivery" checked{x("mode-delivery")}> <label for="radDelivery">Delivery</label>
     <input type="radio" id="radCollection" name="mode" value="collection"{x("mode-collection")}> <label for="radCollection">Collection</label></p>
  <p><label for="txtMenuSearch">Search menu</label> <input type="text" id="txtMenuSearch" name="menu_q"{x("menu-search")}></p>
  <p class="jump">Jump to: {jump}</p>{tables}
  <h2>Build your pizza: Margherita</h2>
  <form id="frmCustomise" action="basket.php" method="post" class="box">
    <p><b>Size</b><br>
      <input type="radio" id="radSizeS" name="size" value="S"{x("size-small")}> <label for="radSizeS">Small 10"</label>
      <input type="radio" id="radSizeM" name="size" value="M" checked{x("size-medium")}> <label for="radSizeM">Medium 12" (+£2.00)</label>
      <input type="radio" id="radSizeL" name="size" value="L"{x("size-large")}> <label for="radSizeL">Large 14" (+£4.00)</label></p>
    <p><label for="selBase">Base</label> <select id="selBase" name="base"{x("base")}><option>Classic</option><option>Thin &amp; crispy</option><option>Gluten free (+£2.00)</option></select></p>
    <p><b>Extra toppings</b><br>{extra_html}</p>
    <p><label for="txtInstructions">Special instructions</label><br><textarea id="txtInstructions" name="instructions" rows="3" cols="40"{x("instructions")}></textarea></p>
    <p><label for="txtCustomQty">Quantity</label> <input type="text" id="txtCustomQty" name="qty" value="1" size="2"{x("custom-qty")}>
       <input type="submit" id="btnCustomAdd" value="Add to basket"{x("custom-add")}></p>
  </form>
</td>
<td id="basket" valign="top" width="240">
  <div class="box"><h3>Your basket</h3>
    <p>1 &times; Margherita (Medium) £11.50<br>2 &times; Garlic bread £9.00</p>
    <p><b>Subtotal: £20.50</b></p>
    <p><input type="button" id="btnCheckout" value="Go to checkout" onclick="location='checkout.html'"{x("checkout")}></p>
    <p><a href="basket.php?empty=1"{x("empty-basket")}>Empty basket</a></p></div>
</td></tr></table>
</div>
{footer_v1()}"""
    return page("Luigi's Trattoria - Order online - Forkful", body)


def dish_card_v2(d):
    slug, name, sec, price, desc = d
    return f"""
        <li class="DishCard" data-testid="dish-card">
          <div><h3 class="DishCard__name">{e(name)}</h3><p class="DishCard__desc">{e(desc)}</p><p class="DishCard__price">£{price}</p></div>
          <button type="button" class="IconButton IconButton--add" aria-label="Add" data-testid="add-to-basket"{x("add-" + slug)}>+</button>
        </li>"""


def menu_v2():
    sections = [("pizza", "Pizza"), ("starters", "Starters"), ("pasta", "Pasta"), ("desserts", "Desserts"), ("drinks", "Drinks")]
    tabs = "".join(f'<button type="button" role="tab" aria-selected="{str(i == 0).lower()}" class="Tab"{x("jump-" + s)}>{t}</button>' for i, (s, t) in enumerate(sections))
    dishes = [d for d in DISHES if d[0] != "bruschetta"]
    dishes.insert(3, BURRATA)
    html = ""
    for s, t in sections:
        items = [d for d in dishes if d[2] == s]
        if s == "pizza":
            items.sort(key=lambda d: float(d[3]))
        html += f'\n    <section class="MenuSection" aria-labelledby="s-{s}"><h2 id="s-{s}">{t}</h2><ul class="DishGrid">{"".join(dish_card_v2(d) for d in items)}\n    </ul></section>'
    extras = [("extra-mozzarella", "Extra mozzarella +£1.00"), ("extra-olives", "Olives +£0.80"), ("extra-mushrooms", "Mushrooms +£0.80"),
              ("extra-jalapenos", "Jalapeños +£0.60"), ("extra-nduja", "'Nduja +£1.50")]
    extra_html = "".join(f'<label class="Check"><input type="checkbox" name="extras"{x(k)}> {e(t)}</label>' for k, t in extras)
    body = f"""{header_v2("nav-restaurants")}
<main class="Page">
  <div class="Hero"><h1>Luigi's Trattoria</h1><p>Italian &middot; &#9733; 4.7 &middot; 20–30 min &middot; £1.99 delivery</p>
    <div class="Hero__actions">
      <button type="button" class="IconButton" aria-label="Restaurant info"{x("info")}><svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg></button>
      <a href="allergens.html" class="Button Button--ghost"{x("allergens")}>Allergens &amp; nutrition</a>
      <button type="button" class="IconButton" aria-label="Add to favourites"{x("fav-restaurant")}><svg width="16" height="16"><path d="M8 14 1 7a4 4 0 0 1 7-4 4 4 0 0 1 7 4z"/></svg></button>
    </div>
    <div class="Toggle" role="group" aria-label="Order type">
      <button type="button" aria-pressed="true" class="Toggle__btn"{x("mode-delivery")}>Delivery</button>
      <button type="button" aria-pressed="false" class="Toggle__btn"{x("mode-collection")}>Pickup</button></div>
  </div>
  <div class="MenuBar"><div role="tablist" aria-label="Menu sections" class="Tabs">{tabs}</div>
    <input type="search" placeholder="Search the menu" aria-label="Search menu" class="Input"{x("menu-search")}></div>
  <div class="Layout">
    <div class="MenuSections">{html}
    </div>
    <aside class="SidePanel">
      <div class="OptionsPanel" role="dialog" aria-labelledby="opt-title" data-testid="item-options">
        <h2 id="opt-title">Margherita</h2><p>Tomato, fior di latte, basil</p>
        <fieldset><legend>Choose a size <span class="Req">Required</span></legend>
          <label class="Radio"><input type="radio" name="size"{x("size-small")}> Small (10")</label>
          <label class="Radio"><input type="radio" name="size" checked{x("size-medium")}> Medium (12") +£2.00</label>
          <label class="Radio"><input type="radio" name="size"{x("size-large")}> Large (14") +£4.00</label></fieldset>
        <label class="Field">Crust<select name="crust"{x("base")}><option>Classic</option><option>Thin</option><option>Gluten-free +£2.00</option></select></label>
        <fieldset><legend>Add toppings <span class="Opt">Optional</span></legend>{extra_html}</fieldset>
        <label class="Field">Anything else?<textarea name="note" rows="2" placeholder="e.g. well done, no basil"{x("instructions")}></textarea></label>
        <div class="Stepper">
          <button type="button" class="IconButton" aria-label="Decrease quantity"{x("qty-dec")}>&minus;</button>
          <input type="number" value="1" min="1" aria-label="Quantity" class="Stepper__value"{x("custom-qty")}>
          <button type="button" class="IconButton" aria-label="Increase quantity"{x("qty-inc")}>+</button></div>
        <div class="OptionsPanel__actions">
          <button type="button" class="Button Button--ghost"{x("custom-cancel")}>Cancel</button>
          <button type="button" class="Button Button--primary" data-testid="add-item"{x("custom-add")}>Add 1 to order &middot; £11.50</button></div>
      </div>
      <div class="BasketCard"><h2>Your order</h2><p>1&times; Margherita, 2&times; Garlic bread</p>
        <a href="checkout.html" class="Button Button--primary Button--wide" data-testid="checkout-button"{x("checkout")}>Checkout &middot; £20.50</a>
        <button type="button" class="IconButton" title="Clear basket"{x("empty-basket")}><svg width="16" height="16"><rect width="16" height="16"/></svg></button></div>
    </aside>
  </div>
</main>
{footer_v2()}"""
    return page("Luigi's Trattoria | Forkful", body, css="style2.css")


def menu_v3():
    sections = [("starters", "Starters"), ("pizza", "Pizza"), ("pasta", "Pasta"), ("desserts", "Desserts"), ("drinks", "Drinks")]
    jump = "".join(f'<li><a href="#m-{s}"{x("jump-" + s)}>{t}</a></li>' for s, t in sections)
    dishes = [d for d in DISHES if d[0] not in ("bruschetta", "diavola")]
    dishes.insert(3, BURRATA)
    dishes.insert(6, VEGAN_MARG)
    html = ""
    for s, t in sections:
        items = ""
        for slug, name, sec, price, desc in dishes:
            if sec != s:
                continue
            items += f"""
        <li class="fk-dish"><div><h3>{e(name)}</h3><p>{e(desc)}</p><p class="fk-price">£{price}</p></div>
          <button type="button" class="fk-icon-btn fk-icon-btn--add" aria-label="Add {e(name)} to order"{x("add-" + slug)}><svg width="14" height="14" aria-hidden="true"><path d="M7 0v14M0 7h14" stroke="#000"/></svg></button></li>"""
        html += f'\n    <section id="m-{s}" aria-labelledby="mh-{s}"><h2 id="mh-{s}">{t}</h2><ul class="fk-dishes">{items}\n    </ul></section>'
    extras = [("extra-mozzarella", "Extra mozzarella", "1.00"), ("extra-buffalo", "Buffalo mozzarella", "2.50"), ("extra-olives", "Olives", "0.80"),
              ("extra-mushrooms", "Mushrooms", "0.80"), ("extra-jalapenos", "Jalapeños", "0.60"), ("extra-nduja", "'Nduja", "1.50")]
    extra_html = "".join(f'<li><label><input type="checkbox"{x(k)}> {e(t)}</label> <span class="fk-price">+£{p}</span></li>' for k, t, p in extras)
    body = f"""{header_v3("nav-restaurants")}
<div class="fk-layout">
  <aside class="fk-sidebar" aria-label="On this menu">
    <h2>On this menu</h2><ul class="fk-plain">{jump}</ul>
    <div class="fk-basket"><h2>Basket</h2><p>1 &times; Margherita &middot; 2 &times; Garlic bread</p>
      <a href="checkout.html" class="fk-btn fk-btn--primary"{x("checkout")}>Go to checkout</a></div>
  </aside>
  <main id="main" class="fk-main">
    <h1>Luigi's Trattoria</h1>
    <p>Italian &middot; &#9733; 4.7 &middot; 20–30 min</p>
    <p><a href="info.html"{x("info")}>About Luigi's Trattoria</a>
      <button type="button" class="fk-icon-btn" aria-pressed="false" aria-label="Save Luigi's Trattoria"{x("fav-restaurant")}><svg width="16" height="16" aria-hidden="true"><path d="M8 14 1 7a4 4 0 0 1 7-4 4 4 0 0 1 7 4z"/></svg></button></p>
    <fieldset class="fk-fieldset fk-inline"><legend class="fk-visually-hidden">How do you want your order?</legend>
      <label><input type="radio" name="mode" checked{x("mode-delivery")}> Delivery</label>
      <label><input type="radio" name="mode"{x("mode-collection")}> Collection</label></fieldset>
    <input type="search" placeholder="Search dishes" class="fk-input"{x("menu-search")}>{html}
  </main>
  <div class="fk-dialog" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
    <button type="button" class="fk-icon-btn fk-dialog__close" aria-label="Close"{x("custom-cancel")}>&times;</button>
    <h2 id="dlg-title">Margherita</h2>
    <fieldset class="fk-fieldset"><legend>Size</legend>
      <label><input type="radio" name="size"{x("size-small")}> Small</label> <span class="fk-price">£9.50</span>
      <label><input type="radio" name="size" checked{x("size-medium")}> Medium</label> <span class="fk-price">£11.50</span>
      <label><input type="radio" name="size"{x("size-large")}> Large</label> <span class="fk-price">£13.50</span></fieldset>
    <div class="fk-field"><span id="base-label">Base</span>
      <button type="button" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="base-label" class="fk-combo"{x("base")}>Classic</button></div>
    <fieldset class="fk-fieldset"><legend>Extras</legend><ul class="fk-plain">{extra_html}</ul></fieldset>
    <textarea rows="2" placeholder="Add a note for the kitchen" class="fk-input"{x("instructions")}></textarea>
    <div class="fk-stepper">
      <button type="button" class="fk-icon-btn" aria-label="Remove one"{x("qty-dec")}>&minus;</button>
      <input type="number" value="1" aria-label="Quantity" class="fk-input fk-input--num"{x("custom-qty")}>
      <button type="button" class="fk-icon-btn" aria-label="Add one"{x("qty-inc")}>+</button></div>
    <button type="button" class="fk-btn fk-btn--primary"{x("custom-add")}>Add to order &mdash; £11.50</button>
  </div>
</div>
{footer_v3('<p><a href="allergens.html"' + x("allergens") + '>Allergens and nutrition for Luigi&#39;s Trattoria</a></p>')}"""
    return page("Luigi's Trattoria · Forkful", body, css="style3.css")


# -- checkout.html -------------------------------------------------------------------------------

LINES = [  # slug, name, detail, qty, price
    ("margherita", "Margherita", "Medium, extra olives", 1, "12.30"),
    ("garlic-bread", "Garlic bread", "", 2, "9.00"),
    ("tiramisu", "Tiramisu", "", 1, "5.95"),
    ("coke", "Coca-Cola 330ml", "", 2, "3.60"),
]
LINE_GBM = ("garlic-bread-mozzarella", "Garlic bread with mozzarella", "", 1, "5.50")


def checkout_v1():
    rows = ""
    for i, (slug, name, detail, qty, price) in enumerate(LINES):
        opts = "".join(f'<option{attrs(selected=n == qty)}>{n}</option>' for n in range(1, 11))
        rows += f"""
    <tr><td>{e(name)}{"<br><small>" + e(detail) + "</small>" if detail else ""}</td>
      <td><select name="qty[{i}]"{x("line-qty-" + slug)}>{opts}</select></td><td>£{price}</td>
      <td><a href="basket.php?remove={i}"{x("line-remove-" + slug)}>Remove</a></td></tr>"""
    addr = lambda p, key, label, name, extra="": f'<tr><td><label for="{p}{name}">{label}</label></td><td><input type="text" id="{p}{name}" name="{p[:-1]}[{name}]"{extra}{x(key)}></td></tr>'
    body = f"""{header_v1("nav-basket")}
<div id="content">
<h1>Checkout</h1>
<form id="frmCheckout" action="order.php" method="post">
<h2>1. Your basket</h2>
<table class="grid" cellspacing="0"><tr><th>Item</th><th>Qty</th><th>Price</th><th></th></tr>{rows}
  <tr><td colspan="2"><b>Subtotal</b></td><td><b>£30.85</b></td><td></td></tr></table>
<p><input type="submit" name="update" value="Update basket"{x("update-basket")}> <a href="menu.html"{x("continue-shopping")}>Continue shopping</a></p>

<h2>2. Delivery address</h2>
<p><label for="selSavedAddress">Use a saved address</label> <select id="selSavedAddress" name="saved_address"{x("saved-address")}>
  <option>-- Select --</option><option>Home - 12 Elm Street</option><option>Work - Unit 4, Harbour Park</option></select></p>
<table class="form">
  <tr><td><label for="delivery_fullname">Full name</label></td><td><input type="text" id="delivery_fullname" name="delivery[fullname]"{x("del-name")}></td></tr>
  {addr("delivery_", "del-line1", "Address line 1", "line1")}
  {addr("delivery_", "del-line2", "Address line 2", "line2")}
  {addr("delivery_", "del-city", "Town/City", "city")}
  {addr("delivery_", "del-postcode", "Postcode", "postcode", ' size="8"')}
  <tr><td><label for="delivery_phone">Phone number</label></td><td><input type="text" id="delivery_phone" name="delivery[phone]"{x("del-phone")}></td></tr>
  <tr><td><label for="delivery_notes">Delivery instructions</label></td><td><textarea id="delivery_notes" name="delivery[notes]" rows="2" cols="40"{x("del-instructions")}></textarea></td></tr>
</table>

<h2>3. Billing address</h2>
<p><input type="checkbox" id="chkBillingSame" name="billing_same"{x("billing-same")}> <label for="chkBillingSame">Billing address is the same as delivery address</label></p>
<table class="form">
  {addr("billing_", "bill-line1", "Address line 1", "line1")}
  {addr("billing_", "bill-line2", "Address line 2", "line2")}
  {addr("billing_", "bill-city", "Town/City", "city")}
  {addr("billing_", "bill-postcode", "Postcode", "postcode", ' size="8"')}
</table>

<h2>4. Delivery time</h2>
<p><input type="radio" id="radAsap" name="when" value="asap" checked{x("time-asap")}> <label for="radAsap">As soon as possible</label>
   <input type="radio" id="radLater" name="when" value="later"{x("time-later")}> <label for="radLater">Schedule for later</label></p>
<p><label for="selTimeSlot">Delivery time</label> <select id="selTimeSlot" name="slot"{x("time-slot")}>
  <option>19:30 - 19:45</option><option>19:45 - 20:00</option><option>20:00 - 20:15</option><option>20:15 - 20:30</option></select></p>

<h2>5. Tip your rider</h2>
<p><input type="radio" id="radTip0" name="tip" value="0" checked{x("tip-0")}> <label for="radTip0">No tip</label>
   <input type="radio" id="radTip10" name="tip" value="10"{x("tip-10")}> <label for="radTip10">10%</label>
   <input type="radio" id="radTip15" name="tip" value="15"{x("tip-15")}> <label for="radTip15">15%</label>
   <input type="radio" id="radTip20" name="tip" value="20"{x("tip-20")}> <label for="radTip20">20%</label>
   &nbsp; <label for="txtTipOther">Other amount (£)</label> <input type="text" id="txtTipOther" name="tip_other" size="5"{x("tip-custom")}></p>

<h2>6. Payment</h2>
<p><input type="radio" id="radPayCard" name="payment" value="card" checked{x("pay-card")}> <label for="radPayCard">Credit/debit card</label>
   <input type="radio" id="radPayPaypal" name="payment" value="paypal"{x("pay-paypal")}> <label for="radPayPaypal">PayPal</label>
   <input type="radio" id="radPayCash" name="payment" value="cash"{x("pay-cash")}> <label for="radPayCash">Cash on delivery</label></p>
<table class="form">
  <tr><td><label for="txtCardNumber">Card number</label></td><td><input type="text" id="txtCardNumber" name="card_number" size="20"{x("card-number")}></td></tr>
  <tr><td><label for="txtCardExpiry">Expiry date (MM/YY)</label></td><td><input type="text" id="txtCardExpiry" name="card_expiry" size="5"{x("card-expiry")}></td></tr>
  <tr><td><label for="txtCardCvc">Security code</label></td><td><input type="text" id="txtCardCvc" name="card_cvc" size="4"{x("card-cvc")}></td></tr>
  <tr><td><label for="txtCardName">Name on card</label></td><td><input type="text" id="txtCardName" name="card_name"{x("card-name")}></td></tr>
</table>
<p><input type="checkbox" id="chkSaveCard" name="save_card"{x("save-card")}> <label for="chkSaveCard">Save this card for future orders</label></p>

<h2>7. Promo code</h2>
<p><label for="txtPromo">Promo code</label> <input type="text" id="txtPromo" name="promo" size="12"{x("promo")}> <input type="submit" name="apply_promo" value="Apply"{x("promo-apply")}></p>

<p><input type="checkbox" id="chkCutlery" name="cutlery"{x("cutlery")}> <label for="chkCutlery">Send me cutlery</label></p>
<p><input type="checkbox" id="chkTerms" name="terms"{x("terms")}> <label for="chkTerms">I accept the</label> <a href="terms.php" target="_blank"{x("terms-link")}>terms and conditions</a></p>
<p><a href="menu.html"{x("back-menu")}>&laquo; Back to menu</a> &nbsp; <input type="submit" id="btnPlaceOrder" value="Place order"{x("place-order")}></p>
</form>
</div>
{footer_v1()}"""
    return page("Forkful - Checkout", body)


def checkout_v2():
    lines = [LINE_GBM] + LINES
    items = ""
    for slug, name, detail, qty, price in lines:
        items += f"""
        <li class="BasketLine" data-testid="basket-line">
          <div class="BasketLine__name">{e(name)}{'<small>' + e(detail) + '</small>' if detail else ''}</div>
          <div class="Stepper"><button type="button" class="IconButton" aria-label="Decrease"{x("line-dec-" + slug)}>&minus;</button><span class="Stepper__value">{qty}</span><button type="button" class="IconButton" aria-label="Increase"{x("line-inc-" + slug)}>+</button></div>
          <span class="BasketLine__price">£{price}</span>
          <button type="button" class="IconButton" title="Remove item"{x("line-remove-" + slug)}><svg width="14" height="14"><rect width="14" height="14"/></svg></button>
        </li>"""
    field = lambda label, name, key, extra="": f'<label class="Field">{label}<input name="{name}"{extra}{x(key)}></label>'
    hidden_billing = "".join(f'<label class="Field">{t}<input name="billing.{n}"></label>' for t, n in [("Street address", "line1"), ("City", "city"), ("Postcode", "postcode")])
    tips = [("0", "No tip"), ("1", "£1"), ("2", "£2"), ("3", "£3")]
    tip_html = "".join(f'<button type="button" class="Chip" aria-pressed="{str(v == "0").lower()}"{x("tip-" + v)}>{t}</button>' for v, t in tips)
    body = f"""{header_v2(None)}
<main class="Page">
  <a href="menu.html" class="BackLink"{x("back-menu")}>&larr; Luigi's Trattoria</a>
  <h1>Checkout</h1>
  <div class="Layout Layout--checkout">
    <form class="CheckoutForm" aria-label="Checkout">
      <fieldset><legend>Where should we deliver?</legend>
        <div class="RadioCards">
          <label class="RadioCard"><input type="radio" name="savedAddress" checked{x("addr-home")}> Home<small>12 Elm Street, E8 3PN</small></label>
          <label class="RadioCard"><input type="radio" name="savedAddress"{x("addr-work")}> Work<small>Unit 4, Harbour Park, E14 9TS</small></label>
          <label class="RadioCard"><input type="radio" name="savedAddress"{x("addr-new")}> New address</label></div>
        <div class="TwoCol">
          {field("Name", "delivery.name", "del-name", ' autocomplete="name"')}
          {field("Mobile number", "delivery.phone", "del-phone", ' type="tel"')}
          {field("Street address", "delivery.line1", "del-line1")}
          {field("Flat, floor, etc. (optional)", "delivery.line2", "del-line2")}
          {field("City", "delivery.city", "del-city")}
          {field("Postcode", "delivery.postcode", "del-postcode")}
        </div>
        <label class="Field">Note for the rider<textarea name="delivery.note" rows="2" placeholder="e.g. ring the bell twice"{x("del-instructions")}></textarea></label>
        <label class="Check"><input type="checkbox" name="billingSame" checked{x("billing-same")}> Use delivery address for billing</label>
        <div class="Billing" hidden>{hidden_billing}</div>
      </fieldset>
      <fieldset><legend>When?</legend>
        <div class="Toggle" role="group" aria-label="Delivery timing">
          <button type="button" aria-pressed="true" class="Toggle__btn"{x("time-asap")}>Deliver now</button>
          <button type="button" aria-pressed="false" class="Toggle__btn"{x("time-later")}>Schedule</button></div>
        <div class="Combo"><span id="slot-label">Delivery time</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="slot-label" class="Combo__button"{x("time-slot")}>ASAP (25–35 min)</button></div>
      </fieldset>
      <fieldset><legend>Tip your rider</legend><p class="Hint">100% of tips go to your rider.</p>
        <div class="Chips">{tip_html}</div>
        <label class="Field Field--short">Custom tip<input name="tipCustom" inputmode="decimal" placeholder="£0.00"{x("tip-custom")}></label>
      </fieldset>
      <fieldset><legend>Payment</legend>
        <label class="Radio"><input type="radio" name="payment" checked{x("pay-card")}> Card</label>
        <label class="Radio"><input type="radio" name="payment"{x("pay-paypal")}> PayPal</label>
        <label class="Radio"><input type="radio" name="payment"{x("pay-apple")}> Apple Pay</label>
        <div class="TwoCol">
          {field("Card number", "card.number", "card-number", ' placeholder="1234 1234 1234 1234" inputmode="numeric"')}
          {field("Cardholder name", "card.name", "card-name")}
          {field("Expiry", "card.expiry", "card-expiry", ' placeholder="MM / YY"')}
          {field("CVC", "card.cvc", "card-cvc", ' placeholder="123"')}
        </div>
        <label class="Check"><input type="checkbox" name="rememberCard"{x("save-card")}> Remember this card</label>
      </fieldset>
      <label class="Check"><input type="checkbox" name="cutlery"{x("cutlery")}> Include cutlery and napkins</label>
      <p class="Legal">By placing your order you agree to our <a href="terms.html"{x("terms-link")}>Terms</a>.</p>
      <button type="submit" class="Button Button--primary Button--wide" data-testid="place-order"{x("place-order")}>Pay £31.40</button>
    </form>
    <aside class="OrderSummary">
      <h2>Your order</h2>
      <ul class="BasketLines">{items}
      </ul>
      <a href="menu.html" class="Button Button--ghost"{x("continue-shopping")}>Add more items</a>
      <div class="Promo"><p>Have a promo code?</p><input name="promo" placeholder="Enter code" aria-label="Promo code"{x("promo")}>
        <button type="button" class="Button"{x("promo-apply")}>Apply</button></div>
      <p class="Total">Total <b>£31.40</b></p>
    </aside>
  </div>
</main>
{footer_v2()}"""
    return page("Checkout | Forkful", body, css="style2.css")


def checkout_v3():
    lines = [LINE_GBM] + [l for l in LINES if l[0] != "tiramisu"]
    items = ""
    for slug, name, detail, qty, price in lines:
        items += f"""
        <li class="fk-line"><span class="fk-line__name">{e(name)}</span>{'<span class="fk-line__detail">' + e(detail) + '</span>' if detail else ''}
          <span class="fk-stepper"><button type="button" class="fk-icon-btn" aria-label="Decrease quantity of {e(name)}"{x("line-dec-" + slug)}>&minus;</button>
          <span aria-live="polite">{qty}</span>
          <button type="button" class="fk-icon-btn" aria-label="Increase quantity of {e(name)}"{x("line-inc-" + slug)}>+</button></span>
          <span>£{price}</span>
          <button type="button" class="fk-icon-btn" aria-label="Remove {e(name)}"{x("line-remove-" + slug)}><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14"/></svg></button></li>"""
    inp = lambda ph, key, extra="": f'<input class="fk-input" placeholder="{ph}"{extra}{x(key)}>'
    sw = lambda k, t: f'<div class="fk-switch-row"><span id="l-{k}">{t}</span><button type="button" role="switch" aria-checked="false" aria-labelledby="l-{k}" class="fk-switch"{x(k)}></button></div>'
    tips = [("0", "No tip"), ("1", "£1"), ("2", "£2"), ("3", "£3")]
    tip_html = "".join(f'<label class="fk-seg"><input type="radio" name="tip"{attrs(checked=v == "2")}{x("tip-" + v)}> {t}</label>' for v, t in tips)
    body = f"""{header_v3(None)}
<div class="fk-layout fk-layout--checkout">
  <main id="main" class="fk-main">
    <h1>Checkout</h1>
    <section aria-labelledby="h-deliver"><h2 id="h-deliver">Delivery details</h2>
      <div role="radiogroup" aria-label="Saved addresses" class="fk-radiocards">
        <label><input type="radio" name="addr" checked{x("addr-home")}> Home <small>12 Elm Street</small></label>
        <label><input type="radio" name="addr"{x("addr-mum")}> Mum's <small>8 Orchard Close</small></label>
        <label><input type="radio" name="addr"{x("addr-new")}> Use a different address</label></div>
      <div class="fk-grid2">
        {inp("Full name", "del-name", ' autocomplete="name"')}
        {inp("Phone", "del-phone", ' type="tel"')}
        {inp("Street and house number", "del-line1")}
        {inp("Apartment, suite (optional)", "del-line2")}
        {inp("City", "del-city")}
        {inp("Postcode", "del-postcode")}
      </div>
      <textarea class="fk-input" rows="2" placeholder="Instructions for the rider"{x("del-instructions")}></textarea>
    </section>
    <section aria-labelledby="h-when"><h2 id="h-when">Delivery time</h2>
      <label class="fk-radio"><input type="radio" name="when" checked{x("time-asap")}> Standard (25–35 min)</label>
      <label class="fk-radio"><input type="radio" name="when"{x("time-later")}> Scheduled</label>
      <select class="fk-select" aria-label="Pick a time slot"{x("time-slot")}><option>Today 19:30–19:45</option><option>Today 19:45–20:00</option><option>Today 20:00–20:15</option></select>
    </section>
    <section aria-labelledby="h-tip"><h2 id="h-tip">Rider tip</h2>
      <div role="radiogroup" aria-label="Tip amount">{tip_html}</div>
      {inp("Other amount", "tip-custom", ' inputmode="decimal"')}
    </section>
    <section aria-labelledby="h-pay"><h2 id="h-pay">Payment method</h2>
      <label class="fk-radio"><input type="radio" name="pay" checked{x("pay-card")}> Debit or credit card</label>
      <label class="fk-radio"><input type="radio" name="pay"{x("pay-paypal")}> PayPal</label>
      <label class="fk-radio"><input type="radio" name="pay"{x("pay-apple")}> Apple Pay</label>
      <label class="fk-radio"><input type="radio" name="pay"{x("pay-google")}> Google Pay</label>
      <div class="fk-grid2">
        {inp("Card number", "card-number", ' inputmode="numeric" autocomplete="cc-number"')}
        {inp("Name on card", "card-name", ' autocomplete="cc-name"')}
        {inp("MM/YY", "card-expiry", ' autocomplete="cc-exp"')}
        {inp("CVC", "card-cvc", ' autocomplete="cc-csc"')}
      </div>
      {sw("save-card", "Save card for next time")}
    </section>
    {sw("cutlery", "Cutlery")}
    <p class="fk-legal">By placing your order you agree to our <a href="terms.html"{x("terms-link")}>terms of use</a>.</p>
    <button type="submit" class="fk-btn fk-btn--primary fk-btn--wide"{x("place-order")}>Place order &middot; £27.45</button>
  </main>
  <aside class="fk-sidebar fk-sidebar--right" aria-label="Order summary">
    <h2>Your order from Luigi's Trattoria</h2>
    <ul class="fk-plain">{items}
    </ul>
    <a href="menu.html" class="fk-btn fk-btn--text"{x("continue-shopping")}>Add more from Luigi's Trattoria</a>
    <div class="fk-inline">{inp("Promo code", "promo")} <button type="button" class="fk-btn"{x("promo-apply")}>Apply</button></div>
    <div class="fk-inline">{inp("Gift card number", "gift-card")} <button type="button" class="fk-btn"{x("gift-apply")}>Apply</button></div>
    <p>Total <b>£27.45</b></p>
    <a href="menu.html" class="fk-btn fk-btn--text"{x("back-menu")}>Back to Luigi's Trattoria</a>
  </aside>
</div>
{footer_v3()}"""
    return page("Checkout · Forkful", body, css="style3.css")


# -- orders.html ---------------------------------------------------------------------------------

ACTIVE = ("10481", "Luigi's Trattoria", "Today, 19:12", "£31.40", "On its way")
ORDERS = [  # id, restaurant, date, items, total, status, rated
    ("10488", "The Burger Yard", "Yesterday", "Double smash, Loaded fries", "£18.20", "Delivered", False),
    ("10452", "Golden Wok", "3 May", "Crispy beef, Egg fried rice ×2", "£24.10", "Delivered", False),
    ("10433", "Sakura Sushi", "28 Apr", "Salmon bento, Miso soup", "£38.60", "Delivered", False),
    ("10419", "Golden Wok", "21 Apr", "Sweet and sour chicken", "£19.80", "Cancelled", False),
    ("10398", "Pho Saigon", "16 Apr", "Beef pho, Summer rolls", "£21.40", "Delivered", False),
    ("10391", "Green Bowl", "14 Apr", "Poke bowl, Green smoothie", "£16.50", "Delivered", True),
    ("10377", "Casa Verde", "12 Apr", "Chicken burrito, Nachos", "£22.35", "Delivered", True),
    ("10350", "Saffron House", "2 Apr", "Lamb rogan josh, Garlic naan", "£27.90", "Delivered", False),
]


def orders_v1():
    rows = ""
    for oid, r, date, items, total, status, rated in ORDERS[1:]:
        rate = '<span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734;</span>' if rated else \
            ("" if status == "Cancelled" else f'<a href="rate.php?o={oid}"{x("rate-" + oid)}>Rate</a>')
        rows += f"""
  <tr><td><input type="checkbox" name="sel[]" value="{oid}"{x("select-" + oid)}></td>
    <td><a href="order.php?id={oid}"{x("view-" + oid)}>#{oid}</a></td><td>{e(r)}</td><td>{date}</td><td>{e(items)}</td><td>{total}</td><td>{status}</td>
    <td class="actions"><a href="reorder.php?o={oid}"{x("reorder-" + oid)}>Reorder</a> | <a href="receipt.php?o={oid}" target="_blank"{x("receipt-" + oid)}>Receipt</a> |
      <a href="help.php?o={oid}"{x("help-" + oid)}>Help<span class="sr-only"> with order {oid}</span></a> {"| " + rate if rate else ""}</td></tr>"""
    body = f"""{header_v1("nav-orders")}
<div id="content">
<h1>My orders</h1>
<div class="box current">
  <h2>Current order</h2>
  <p><b>#{ACTIVE[0]}</b> from {ACTIVE[1]} &middot; {ACTIVE[2]} &middot; {ACTIVE[3]} &middot; Status: <b>{ACTIVE[4]}</b> &middot; Estimated arrival 19:52</p>
  <p><a href="track.php?o={ACTIVE[0]}"{x("track")}>Track order</a> |
     <input type="button" id="btnContactRider" value="Contact rider"{x("contact-rider")}>
     <input type="button" id="btnCallRestaurant" value="Call restaurant"{x("call-restaurant")}>
     <input type="button" id="btnCancelOrder" value="Cancel order"{x("cancel-order")}></p>
</div>
<h2>Past orders</h2>
<form id="frmOrderFilter" action="orders.html" method="get">
  <label for="selPeriod">Show</label> <select id="selPeriod" name="period"{x("period")}><option>Last 30 days</option><option>Last 3 months</option><option>Last 12 months</option><option>All orders</option></select>
  <label for="selStatus">Status</label> <select id="selStatus" name="status"{x("status")}><option>All</option><option>Delivered</option><option>Cancelled</option></select>
  <label for="txtOrderSearch">Search orders</label> <input type="text" id="txtOrderSearch" name="q"{x("order-search")}>
  <input type="submit" value="Go"{x("order-search-go")}>
</form>
<form id="frmOrders" action="receipts.php" method="post">
<table class="grid" cellspacing="0">
  <tr><th></th><th>Order</th><th>Restaurant</th><th>Date</th><th>Items</th><th>Total</th><th>Status</th><th>Actions</th></tr>{rows}
</table>
<p><input type="submit" value="Download selected receipts"{x("bulk-receipts")}> <a href="orders.csv"{x("export")}>Export to CSV</a></p>
</form>
<p class="pager"><a href="?page=2"{x("older")}>Older orders &raquo;</a></p>
</div>
{footer_v1()}"""
    return page("Forkful - My orders", body)


def orders_v2():
    cards = ""
    for i, (oid, r, date, items, total, status, rated) in enumerate(o for o in ORDERS if o[0] != "10350"):
        menu = ""
        if i == 1:
            menu = f"""
          <ul role="menu" class="Menu" aria-label="Order {oid} actions">
            <li role="menuitem" tabindex="-1"{x("help-" + oid)}>Get help</li>
            <li role="menuitem" tabindex="-1"{x("hide-" + oid)}>Hide order</li></ul>"""
        rate = "" if rated or status == "Cancelled" else f'<button type="button" class="Button Button--ghost"{x("rate-" + oid)}>Rate order</button>'
        cards += f"""
      <li class="OrderCard" data-testid="order-card">
        <div class="OrderCard__head"><a href="order.html?id={oid}" class="OrderCard__title"{x("view-" + oid)}>Order #{oid}</a><span class="Status Status--{status.lower()}">{status}</span></div>
        <p class="OrderCard__rest">{e(r)} &middot; {date} &middot; {total}</p><p class="OrderCard__items">{e(items)}</p>
        <div class="OrderCard__actions">
          <button type="button" class="Button Button--primary" data-testid="reorder"{x("reorder-" + oid)}>Order again</button>
          {rate}
          <a href="receipt.html?id={oid}" class="IconButton" title="Receipt"{x("receipt-" + oid)}><svg width="16" height="16"><rect width="12" height="16"/></svg></a>
          <div class="MenuWrap"><button type="button" class="IconButton" aria-label="More actions" aria-haspopup="menu" aria-expanded="{str(i == 1).lower()}"{x("more-" + oid)}>&#8942;</button>{menu}</div>
        </div>
      </li>"""
    body = f"""{header_v2("nav-orders")}
<main class="Page">
  <h1>Orders</h1>
  <section class="ActiveOrder" aria-label="In progress" data-testid="active-order">
    <h2>In progress</h2>
    <p><b>{ACTIVE[1]}</b> &middot; Order #{ACTIVE[0]} &middot; {ACTIVE[4]} &middot; Arriving 19:52</p>
    <div class="ActiveOrder__actions">
      <a href="track.html" class="Button Button--primary"{x("track")}>Track</a>
      <button type="button" class="IconButton" aria-label="Message rider"{x("contact-rider")}><svg width="16" height="16"><rect width="16" height="12"/></svg></button>
      <a href="tel:02079460000" class="IconButton" title="Call Luigi's Trattoria"{x("call-restaurant")}><svg width="16" height="16"><circle cx="8" cy="8" r="7"/></svg></a>
      <button type="button" class="Button Button--link"{x("cancel-order")}>Cancel order</button>
    </div>
  </section>
  <section aria-labelledby="past-h"><h2 id="past-h">Past orders</h2>
    <div class="Toolbar">
      <div role="tablist" aria-label="Filter orders" class="Tabs">
        <button role="tab" aria-selected="true" class="Tab"{x("tab-all")}>All</button>
        <button role="tab" aria-selected="false" class="Tab"{x("tab-delivered")}>Delivered</button>
        <button role="tab" aria-selected="false" class="Tab"{x("tab-cancelled")}>Cancelled</button></div>
      <div class="Combo"><span id="period-label" class="sr-only">Time period</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="period-label" class="Combo__button"{x("period")}>Last 30 days</button></div>
      <input type="search" placeholder="Search by restaurant or dish" aria-label="Search orders" class="Input"{x("order-search")}>
    </div>
    <ul class="OrderList">{cards}
    </ul>
    <button type="button" class="Button Button--wide"{x("older")}>Load more orders</button>
  </section>
</main>
{footer_v2()}"""
    return page("Orders | Forkful", body, css="style2.css")


def orders_v3():
    rows = ""
    for oid, r, date, items, total, status, rated in [o for o in ORDERS if o[0] != "10350"]:
        rate = "" if rated or status == "Cancelled" else f'<button type="button" class="fk-icon-btn" aria-label="Rate your {e(r)} order from {date}"{x("rate-" + oid)}>&#9734;</button>'
        rows += f"""
      <div role="row" class="fk-grid__row">
        <span role="gridcell"><input type="checkbox" aria-label="Select order {oid}"{x("select-" + oid)}></span>
        <span role="gridcell"><a href="order.html?id={oid}"{x("view-" + oid)}>{oid}</a></span>
        <span role="gridcell">{e(r)}</span><span role="gridcell">{date}</span><span role="gridcell">{total}</span>
        <span role="gridcell"><span class="fk-badge">{status}</span></span>
        <span role="gridcell" class="fk-grid__actions">
          <button type="button" class="fk-icon-btn" aria-label="Reorder from {e(r)}, {date}"{x("reorder-" + oid)}>&#8635;</button>
          <a href="receipt.html?id={oid}" class="fk-icon-btn" aria-label="Receipt for order {oid}"{x("receipt-" + oid)}>&#128196;</a>
          <button type="button" class="fk-icon-btn" aria-label="Get help with order {oid}"{x("help-" + oid)}>?</button>
          {rate}</span>
      </div>"""
    body = f"""{header_v3("nav-orders")}
<div class="fk-layout">
  <aside class="fk-sidebar" aria-label="Live order">
    <h2>Live order</h2>
    <p>{ACTIVE[1]} &middot; #{ACTIVE[0]}</p><p><b>{ACTIVE[4]}</b>, arriving about 19:52</p>
    <a href="track.html" class="fk-btn fk-btn--primary"{x("track")}>Track live</a>
    <button type="button" class="fk-btn"{x("contact-rider")}>Message rider</button>
    <a href="tel:02079460000" class="fk-btn fk-btn--text"{x("call-restaurant")}>Call restaurant</a>
  </aside>
  <main id="main" class="fk-main">
    <h1>Your orders</h1>
    <div class="fk-toolbar">
      <div role="tablist" aria-label="Order status" class="fk-tabs">
        <button role="tab" aria-selected="true"{x("tab-all")}>All orders</button>
        <button role="tab" aria-selected="false"{x("tab-delivered")}>Delivered</button>
        <button role="tab" aria-selected="false"{x("tab-cancelled")}>Cancelled</button></div>
      <select class="fk-select" aria-label="Time period"{x("period")}><option>Past 30 days</option><option>Past 3 months</option><option>Past year</option><option>All time</option></select>
      <input type="search" class="fk-input" placeholder="Search orders"{x("order-search")}>
      <button type="button" class="fk-btn"{x("bulk-receipts")}>Download receipts</button>
    </div>
    <div role="grid" aria-label="Past orders" class="fk-grid">
      <div role="row" class="fk-grid__row fk-grid__head"><span role="columnheader"><span class="fk-visually-hidden">Select</span></span><span role="columnheader">Order</span><span role="columnheader">Restaurant</span>
        <span role="columnheader">Date</span><span role="columnheader">Total</span><span role="columnheader">Status</span><span role="columnheader">Actions</span></div>{rows}
    </div>
    <nav class="fk-pager" aria-label="Pagination"><button type="button" class="fk-btn" disabled>Previous page</button> <span>Page 1 of 4</span> <button type="button" class="fk-btn"{x("older")}>Next page</button></nav>
  </main>
</div>
{footer_v3()}"""
    return page("Your orders · Forkful", body, css="style3.css")


# -- account.html --------------------------------------------------------------------------------

ADDRESSES = [("home", "Home", "12 Elm Street, London E8 3PN", True), ("work", "Work", "Unit 4, Harbour Park, London E14 9TS", False)]
MUM = ("mum", "Mum's", "8 Orchard Close, Croydon CR0 2LP", False)


def account_v1():
    nav = [("#details", "My details", "acc-nav-details"), ("#addresses", "Addresses", "acc-nav-addresses"), ("#cards", "Payment cards", "acc-nav-cards"),
           ("#notifications", "Notifications", "acc-nav-notifications"), ("#password", "Password", "acc-nav-password")]
    nav_html = "".join(f'<li><a href="{h}"{x(k)}>{t}</a></li>' for h, t, k in nav)
    addr_rows = ""
    for k, label, text, default in ADDRESSES:
        default_cell = "<b>Default</b>" if default else f'<a href="?default={k}"{x("addr-default-" + k)}>Make default</a>'
        addr_rows += f"""
      <tr><td>{label}</td><td>{e(text)}</td><td>{default_cell}</td>
        <td><a href="address.php?edit={k}"{x("addr-edit-" + k)}>Edit</a> | <a href="address.php?delete={k}" onclick="return confirm('Delete?')"{x("addr-delete-" + k)}>Delete</a></td></tr>"""
    notif = [("notif-sms", "chkSms", "Order updates by SMS", True), ("notif-email-orders", "chkEmailOrders", "Order updates by email", True),
             ("notif-offers", "chkOffers", "Offers and promotions by email", False), ("notif-push", "chkPush", "Push notifications", True),
             ("notif-newsletter", "chkNewsletter", "Weekly newsletter", False)]
    notif_html = "".join(f'<p><input type="checkbox" id="{i}" name="{i[3:].lower()}"{attrs(checked=c)}{x(k)}> <label for="{i}">{t}</label></p>' for k, i, t, c in notif)
    diet = [("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten", "Gluten free"), ("halal", "Halal")]
    diet_html = " ".join(f'<input type="checkbox" id="chkDiet_{k}" name="diet[]"{x("diet-" + k)}> <label for="chkDiet_{k}">{t}</label>' for k, t in diet)
    body = f"""{header_v1("nav-account")}
<div id="content">
<table width="100%"><tr>
<td id="sidebar" valign="top" width="180"><ul class="plain">{nav_html}</ul></td>
<td valign="top">
<h1>My account</h1>
<h2 id="details">My details</h2>
<form id="frmDetails" action="account.php" method="post"><table class="form">
  <tr><td><label for="txtFirstName">First name</label></td><td><input type="text" id="txtFirstName" name="first_name" value="Sam"{x("first-name")}></td></tr>
  <tr><td><label for="txtLastName">Last name</label></td><td><input type="text" id="txtLastName" name="last_name" value="Okafor"{x("last-name")}></td></tr>
  <tr><td><label for="txtEmail">Email address</label></td><td><input type="text" id="txtEmail" name="email" value="sam.okafor@example.com"{x("email")}></td></tr>
  <tr><td><label for="txtMobile">Mobile number</label></td><td><input type="text" id="txtMobile" name="mobile"{x("phone")}></td></tr>
  <tr><td><label for="txtDob">Date of birth (DD/MM/YYYY)</label></td><td><input type="text" id="txtDob" name="dob" size="10"{x("dob")}></td></tr>
  <tr><td><label for="selLanguage">Language</label></td><td><select id="selLanguage" name="language"{x("language")}><option>English (UK)</option><option>Español</option><option>Français</option><option>Polski</option></select></td></tr>
  <tr><td>Dietary requirements</td><td>{diet_html}</td></tr>
  <tr><td></td><td><input type="submit" name="save_details" value="Save changes"{x("save-details")}></td></tr>
</table></form>

<h2 id="addresses">Delivery addresses</h2>
<table class="grid" cellspacing="0"><tr><th>Name</th><th>Address</th><th>Default</th><th></th></tr>{addr_rows}
</table>
<p><a href="address.php?new=1"{x("addr-add")}>Add a new address</a></p>

<h2 id="cards">Payment cards</h2>
<table class="grid" cellspacing="0"><tr><th>Card</th><th>Expires</th><th></th></tr>
  <tr><td>Visa ending 4242 <b>(default)</b></td><td>08/27</td><td><a href="cards.php?remove=1"{x("card-remove-visa")}>Remove</a></td></tr>
  <tr><td>Mastercard ending 5454</td><td>11/26</td><td><a href="cards.php?remove=2"{x("card-remove-mc")}>Remove</a> | <a href="cards.php?default=2"{x("card-default-mc")}>Make default</a></td></tr>
</table>
<p><a href="cards.php?new=1"{x("card-add")}>Add a card</a></p>

<h2 id="notifications">Notifications</h2>
<form id="frmNotifications" action="account.php" method="post">{notif_html}
  <p><input type="submit" name="save_notifications" value="Save changes"{x("save-notifs")}></p></form>

<h2 id="password">Change password</h2>
<form id="frmPassword" action="password.php" method="post"><table class="form">
  <tr><td><label for="txtPwCurrent">Current password</label></td><td><input type="password" id="txtPwCurrent" name="pw_current"{x("pw-current")}></td></tr>
  <tr><td><label for="txtPwNew">New password</label></td><td><input type="password" id="txtPwNew" name="pw_new"{x("pw-new")}></td></tr>
  <tr><td><label for="txtPwConfirm">Confirm new password</label></td><td><input type="password" id="txtPwConfirm" name="pw_confirm"{x("pw-confirm")}></td></tr>
  <tr><td></td><td><input type="submit" value="Change password"{x("pw-submit")}> <a href="forgot.php"{x("pw-forgot")}>Forgotten your password?</a></td></tr>
</table></form>
<h2 id="social">Linked accounts</h2>
<table class="grid" cellspacing="0">
  <tr><td>Google</td><td>Linked as sam.okafor@gmail.example</td><td><a href="link.php?unlink=google"{x("link-google")}>Unlink</a></td></tr>
  <tr><td>Facebook</td><td>Not linked</td><td><a href="link.php?link=facebook"{x("link-facebook")}>Link account</a></td></tr>
</table>
<p class="danger"><a href="close.php"{x("close-account")}>Close my account</a></p>
</td></tr></table>
</div>
{footer_v1()}"""
    return page("Forkful - My account", body)


def account_v2():
    nav = [("#profile", "Profile", "acc-nav-details"), ("#addresses", "Addresses", "acc-nav-addresses"), ("#payment", "Payment methods", "acc-nav-cards"),
           ("#notifications", "Notifications", "acc-nav-notifications"), ("#security", "Security", "acc-nav-password")]
    nav_html = "".join(f'<a href="{h}" class="SectionNav__link"{x(k)}>{t}</a>' for h, t, k in nav)
    cards = ""
    for k, label, text, default in [ADDRESSES[0], MUM, ADDRESSES[1]]:
        cards += f"""
        <li class="AddressCard" data-testid="address-card"><p class="AddressCard__label">{label}{' <span class="Badge">Default</span>' if default else ''}</p><p>{e(text)}</p>
          <div class="AddressCard__actions">
            <button type="button" class="IconButton" aria-label="Edit address"{x("addr-edit-" + k)}>&#9998;</button>
            <button type="button" class="IconButton" title="Delete"{x("addr-delete-" + k)}>&#128465;</button>
            {'' if default else f'<button type="button" class="Button Button--link"{x("addr-default-" + k)}>Set as default</button>'}</div></li>"""
    diet = [("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten", "Gluten-free"), ("dairy", "Dairy-free")]
    diet_html = "".join(f'<button type="button" class="Chip" aria-pressed="false"{x("diet-" + k)}>{t}</button>' for k, t in diet)
    chk = lambda k, t, on: f'<label class="Check"><input type="checkbox"{attrs(checked=on)}{x(k)}> {t}</label>'
    body = f"""{header_v2("nav-account")}
<main class="Page">
  <div class="PageHead"><h1>Account</h1><button type="button" class="Button Button--ghost"{x("logout")}>Sign out</button></div>
  <nav class="SectionNav" aria-label="Account sections">{nav_html}</nav>
  <section id="profile" class="Card"><h2>Profile</h2>
    <form class="TwoCol">
      <label class="Field">First name<input name="firstName" value="Sam"{x("first-name")}></label>
      <label class="Field">Surname<input name="lastName" value="Okafor"{x("last-name")}></label>
      <label class="Field">Email<input name="email" type="email" value="sam.okafor@example.com"{x("email")}></label>
      <label class="Field">Phone<input name="phone" type="tel"{x("phone")}></label>
      <div class="Combo"><span id="lang-label">Language</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="lang-label" class="Combo__button"{x("language")}>English (UK)</button></div>
      <div><p>Dietary preferences</p><div class="Chips" role="group" aria-label="Dietary preferences">{diet_html}</div></div>
      <button type="submit" class="Button Button--primary"{x("save-details")}>Save</button>
    </form></section>
  <section id="addresses" class="Card"><h2>Addresses</h2>
    <ul class="AddressList">{cards}
    </ul>
    <button type="button" class="Button"{x("addr-add")}>+ Add address</button></section>
  <section id="payment" class="Card"><h2>Payment methods</h2>
    <ul class="CardList">
      <li data-testid="saved-card">Visa &bull;&bull;&bull;&bull; 4242 <span class="Badge">Default</span> <button type="button" class="Button Button--link"{x("card-remove-visa")}>Remove</button></li>
      <li data-testid="saved-card">Mastercard &bull;&bull;&bull;&bull; 5454 <button type="button" class="Button Button--link"{x("card-default-mc")}>Set as default</button> <button type="button" class="Button Button--link"{x("card-remove-mc")}>Remove</button></li></ul>
    <button type="button" class="Button"{x("card-add")}>Add payment method</button></section>
  <section id="notifications" class="Card"><h2>Notifications</h2>
    <div class="TwoCol">
      <fieldset><legend>Order updates</legend>{chk("notif-sms", "SMS", True)}{chk("notif-email-orders", "Email", True)}{chk("notif-push", "Push", True)}</fieldset>
      <fieldset><legend>Marketing</legend>{chk("notif-offers", "Email", False)}</fieldset></div>
    <button type="button" class="Button Button--primary"{x("save-notifs")}>Save preferences</button></section>
  <section id="security" class="Card"><h2>Security</h2>
    <form class="ThreeCol">
      <label class="Field">Current password<input type="password" name="currentPassword"{x("pw-current")}></label>
      <label class="Field">New password<input type="password" name="newPassword"{x("pw-new")}></label>
      <label class="Field">Repeat new password<input type="password" name="repeatPassword"{x("pw-confirm")}></label>
      <button type="submit" class="Button Button--primary"{x("pw-submit")}>Update password</button>
      <a href="forgot.html" class="Button Button--link"{x("pw-forgot")}>Forgot password?</a>
    </form></section>
  <section class="Card"><h2>Connected accounts</h2>
    <ul class="CardList">
      <li data-testid="connected-account">Google &middot; sam.okafor@gmail.example <button type="button" class="Button Button--link"{x("link-google")}>Disconnect</button></li>
      <li data-testid="connected-account">Facebook <button type="button" class="Button Button--link"{x("link-facebook")}>Connect</button></li>
      <li data-testid="connected-account">Apple <button type="button" class="Button Button--link"{x("link-apple")}>Connect</button></li></ul></section>
  <section class="Card Card--danger"><h2>Delete account</h2><p>This removes your order history and saved details.</p>
    <button type="button" class="Button Button--danger"{x("close-account")}>Delete account</button></section>
</main>
{footer_v2()}"""
    return page("Account | Forkful", body, css="style2.css")


def account_v3():
    nav = [("#profile", "Personal details", "acc-nav-details"), ("#addresses", "Saved addresses", "acc-nav-addresses"), ("#payment", "Payment", "acc-nav-cards"),
           ("#notifications", "Notifications", "acc-nav-notifications")]
    nav_html = "".join(f'<li><a href="{h}"{x(k)}>{t}</a></li>' for h, t, k in nav)
    addr = ""
    for k, label, text, default in [ADDRESSES[0], MUM]:
        addr += f"""
        <div role="row" class="fk-grid__row"><span role="gridcell">{label}{' <span class="fk-badge">Default</span>' if default else ''}</span><span role="gridcell">{e(text)}</span>
          <span role="gridcell" class="fk-grid__actions">
            <button type="button" class="fk-icon-btn" aria-label="Edit {e(label)}"{x("addr-edit-" + k)}>&#9998;</button>
            <button type="button" class="fk-icon-btn" aria-label="Delete {e(label)}"{x("addr-delete-" + k)}>&#128465;</button>
            {'' if default else f'<button type="button" class="fk-btn fk-btn--text" aria-label="Make {e(label)} the default address"{x("addr-default-" + k)}>Make default</button>'}</span></div>"""
    sw = lambda k, t, on: f'<div class="fk-switch-row"><span id="l-{k}">{t}</span><button type="button" role="switch" aria-checked="{on}" aria-labelledby="l-{k}" class="fk-switch"{x(k)}></button></div>'
    diet = [("vegetarian", "Vegetarian"), ("vegan", "Vegan"), ("gluten", "Gluten free"), ("dairy", "Dairy free")]
    diet_html = "".join(f'<label class="fk-check"><input type="checkbox"{x("diet-" + k)}> {t}</label>' for k, t in diet)
    body = f"""{header_v3("nav-account")}
<div class="fk-layout">
  <aside class="fk-sidebar" aria-label="Account">
    <nav aria-label="Account sections"><ul class="fk-plain">{nav_html}</ul></nav>
    <button type="button" class="fk-btn fk-btn--text"{x("logout")}>Sign out</button>
  </aside>
  <main id="main" class="fk-main">
    <h1>Your account</h1>
    <section id="profile" aria-labelledby="h-profile"><h2 id="h-profile">Personal details</h2>
      <div class="fk-grid2">
        <input class="fk-input" placeholder="First name" value="Sam" autocomplete="given-name"{x("first-name")}>
        <input class="fk-input" placeholder="Last name" value="Okafor" autocomplete="family-name"{x("last-name")}>
        <input class="fk-input" type="email" placeholder="Email" value="sam.okafor@example.com"{x("email")}>
        <input class="fk-input" type="tel" placeholder="Phone"{x("phone")}>
      </div>
      <label class="fk-field">Language <select class="fk-select"{x("language")}><option>English (UK)</option><option>Español</option><option>Français</option><option>Polski</option><option>Türkçe</option></select></label>
      <fieldset class="fk-fieldset"><legend>Dietary needs</legend>{diet_html}</fieldset>
      <button type="button" class="fk-btn fk-btn--primary"{x("save-details")}>Save details</button>
      <button type="button" class="fk-btn"{x("pw-open")}>Change password</button>
    </section>
    <section id="addresses" aria-labelledby="h-addr"><h2 id="h-addr">Saved addresses</h2>
      <div role="grid" aria-label="Saved addresses" class="fk-grid">{addr}
      </div>
      <button type="button" class="fk-btn"{x("addr-add")}>Add address</button></section>
    <section id="payment" aria-labelledby="h-pay"><h2 id="h-pay">Payment</h2>
      <ul class="fk-plain">
        <li>Visa ending 4242 <span class="fk-badge">Default</span> <button type="button" class="fk-icon-btn" aria-label="Remove Visa ending 4242"{x("card-remove-visa")}>&times;</button></li>
        <li>Mastercard ending 5454 <button type="button" class="fk-btn fk-btn--text" aria-label="Make Mastercard ending 5454 your default card"{x("card-default-mc")}>Make default</button>
          <button type="button" class="fk-icon-btn" aria-label="Remove Mastercard ending 5454"{x("card-remove-mc")}>&times;</button></li></ul>
      <button type="button" class="fk-btn"{x("card-add")}>Add card</button></section>
    <section aria-labelledby="h-linked"><h2 id="h-linked">Sign-in methods</h2>
      <div class="fk-switch-row"><span>Google (sam.okafor@gmail.example)</span><button type="button" class="fk-btn fk-btn--text" aria-label="Disconnect Google"{x("link-google")}>Disconnect</button></div>
      <div class="fk-switch-row"><span>Apple</span><button type="button" class="fk-btn fk-btn--text" aria-label="Connect Apple"{x("link-apple")}>Connect</button></div></section>
    <section id="notifications" aria-labelledby="h-notif"><h2 id="h-notif">Notifications</h2><p class="fk-hint">Changes are saved automatically.</p>
      {sw("notif-sms", "Order updates by text message", "true")}
      {sw("notif-email-orders", "Order updates by email", "true")}
      {sw("notif-push", "Push notifications", "true")}
      {sw("notif-offers", "Offers and news by email", "false")}
    </section>
  </main>
  <div class="fk-dialog fk-dialog--small" role="dialog" aria-modal="true" aria-labelledby="pw-title">
    <h2 id="pw-title">Change password</h2>
    <input class="fk-input" type="password" placeholder="Current password" autocomplete="current-password"{x("pw-current")}>
    <input class="fk-input" type="password" placeholder="New password" autocomplete="new-password"{x("pw-new")}>
    <input class="fk-input" type="password" placeholder="Confirm password" autocomplete="new-password"{x("pw-confirm")}>
    <a href="forgot.html"{x("pw-forgot")}>Forgot your password?</a>
    <div class="fk-inline"><button type="button" class="fk-btn"{x("pw-cancel")}>Cancel</button> <button type="button" class="fk-btn fk-btn--primary"{x("pw-submit")}>Save password</button></div>
  </div>
</div>
{footer_v3('<p><a href="delete.html"' + x("close-account") + '>Delete my account</a></p>')}"""
    return page("Your account · Forkful", body, css="style3.css")


# -- styles --------------------------------------------------------------------------------------

STYLE = """body { font-family: Verdana, Arial, sans-serif; font-size: 13px; margin: 0; background: #fff; }
#header { background: #c8102e; color: #fff; padding: 8px 16px; display: flex; align-items: center; gap: 20px; }
#header a { color: #fff; } #logo { font-size: 22px; font-weight: bold; text-decoration: none; }
#nav { list-style: none; display: flex; gap: 14px; margin: 0; padding: 0; } #nav li.selected a { text-decoration: underline; font-weight: bold; }
#content { padding: 12px 16px; } #sidebar { width: 200px; padding-right: 16px; border-right: 1px solid #ddd; } #results { padding-left: 16px; }
ul.plain { list-style: none; padding: 0; margin: 0; } table.restaurants, table.grid, table.menuTable { width: 100%; border-collapse: collapse; }
table.restaurants td, table.restaurants th, table.grid td, table.grid th, table.menuTable td { border-bottom: 1px solid #ddd; padding: 6px; text-align: left; vertical-align: top; }
a.button { background: #c8102e; color: #fff; padding: 2px 8px; text-decoration: none; } .box { border: 1px solid #ccc; padding: 8px 12px; margin: 8px 0; background: #fafafa; }
table.form td { padding: 3px 6px; } .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
#footer { border-top: 1px solid #ccc; padding: 12px 16px; color: #666; } .pager a { margin: 0 4px; } .danger a { color: #c00; }
"""

STYLE2 = """body { font-family: system-ui, sans-serif; margin: 0; color: #1c1c1c; } .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.AppHeader { display: flex; align-items: center; gap: 24px; padding: 12px 24px; border-bottom: 1px solid #eee; } .AppNav { display: flex; gap: 16px; flex: 1; }
.AppNav__link { color: #1c1c1c; text-decoration: none; } .AppNav__link[aria-current] { font-weight: 700; }
.IconButton { display: inline-flex; align-items: center; justify-content: center; min-width: 32px; height: 32px; border: 1px solid #ddd; border-radius: 16px; background: #fff; cursor: pointer; color: #1c1c1c; text-decoration: none; }
.Badge { background: #ff5a1f; color: #fff; border-radius: 8px; padding: 0 5px; font-size: 11px; }
.Page { max-width: 1180px; margin: 0 auto; padding: 20px 24px; } .Layout { display: flex; gap: 24px; } .Layout > :first-child { flex: 1; }
.Button { display: inline-block; padding: 7px 14px; border-radius: 8px; border: 1px solid #ff5a1f; background: #fff; color: #ff5a1f; cursor: pointer; text-decoration: none; font-size: 14px; }
.Button--primary { background: #ff5a1f; color: #fff; } .Button--ghost { border-color: #ccc; color: #1c1c1c; } .Button--link { border: none; text-decoration: underline; padding: 4px; }
.Button--wide { display: block; width: 100%; box-sizing: border-box; margin: 12px 0; text-align: center; } .Button--danger { border-color: #c00; color: #c00; }
.SearchBar { display: flex; gap: 8px; margin-bottom: 12px; } .SearchBar input { flex: 1; padding: 8px; }
.Chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; } .Chip { border: 1px solid #ccc; border-radius: 16px; background: #f6f6f6; padding: 5px 12px; cursor: pointer; }
.Filters { width: 220px; flex: none !important; } .Filters fieldset { border: none; padding: 0; margin: 8px 0; }
.Check, .Radio { display: block; margin: 6px 0; } .Field { display: block; margin: 8px 0; } .Field input, .Field select, .Field textarea { display: block; width: 100%; padding: 6px; box-sizing: border-box; }
.Results__bar { display: flex; justify-content: space-between; align-items: center; } .Combo { display: inline-flex; gap: 8px; align-items: center; }
.Combo__button { border: 1px solid #ccc; border-radius: 6px; padding: 6px 10px; background: #fff; min-width: 140px; text-align: left; cursor: pointer; }
.RestaurantGrid, .DishGrid, .OrderList, .AddressList, .CardList, .BasketLines { list-style: none; padding: 0; margin: 0; }
.RestaurantGrid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; } .RestaurantCard { border: 1px solid #eee; border-radius: 12px; padding: 12px; }
.RestaurantCard__title { color: #1c1c1c; text-decoration: none; } .RestaurantCard__title h3 { margin: 0 0 4px; } .RestaurantCard__actions { display: flex; gap: 8px; align-items: center; }
.Hero { padding: 12px 0; } .Hero__actions, .Toggle { display: flex; gap: 8px; margin: 8px 0; } .Toggle__btn { padding: 6px 14px; border: 1px solid #ccc; background: #fff; border-radius: 16px; cursor: pointer; }
.MenuBar { display: flex; gap: 16px; align-items: center; border-bottom: 1px solid #eee; padding: 8px 0; } .Tabs { display: flex; gap: 4px; }
.Tab { border: none; background: none; padding: 8px 12px; cursor: pointer; font-size: 14px; } .Tab[aria-selected=true] { border-bottom: 2px solid #ff5a1f; }
.DishGrid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .DishCard { display: flex; justify-content: space-between; border: 1px solid #eee; border-radius: 10px; padding: 10px; }
.DishCard h3 { margin: 0; font-size: 15px; } .DishCard p { margin: 4px 0; font-size: 13px; } .IconButton--add { font-size: 18px; }
.SidePanel { width: 320px; flex: none !important; } .OptionsPanel, .BasketCard { border: 1px solid #ddd; border-radius: 12px; padding: 12px; margin-bottom: 12px; }
.OptionsPanel fieldset { border: none; padding: 0; margin: 8px 0; } .Stepper { display: inline-flex; gap: 6px; align-items: center; } .Stepper__value { width: 40px; text-align: center; }
.CheckoutForm fieldset { border: 1px solid #eee; border-radius: 10px; margin: 0 0 16px; padding: 12px; } .TwoCol { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.ThreeCol { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0 16px; align-items: end; }
.RadioCards { display: flex; gap: 8px; } .RadioCard { border: 1px solid #ddd; border-radius: 8px; padding: 8px; } .RadioCard small { display: block; color: #666; }
.OrderSummary { width: 380px; flex: none !important; } .BasketLine { display: flex; gap: 8px; align-items: center; justify-content: space-between; padding: 6px 0; border-bottom: 1px solid #eee; }
.BasketLine__name { flex: 1; } .BasketLine__name small { display: block; color: #666; } .Promo { margin: 12px 0; } .Field--short input { width: 120px; }
.ActiveOrder { border: 1px solid #ff5a1f; border-radius: 12px; padding: 12px; margin-bottom: 16px; } .ActiveOrder__actions { display: flex; gap: 8px; align-items: center; }
.Toolbar { display: flex; gap: 16px; align-items: center; margin-bottom: 12px; } .Input { padding: 7px; min-width: 240px; }
.OrderList { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .OrderCard { border: 1px solid #eee; border-radius: 12px; padding: 12px; }
.OrderCard__head { display: flex; justify-content: space-between; } .OrderCard__actions { display: flex; gap: 8px; align-items: center; } .MenuWrap { position: relative; }
.Menu { list-style: none; margin: 0; padding: 4px 0; position: absolute; right: 0; top: 34px; background: #fff; border: 1px solid #ddd; border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); z-index: 5; min-width: 140px; }
.Menu li { padding: 6px 12px; cursor: pointer; } .PageHead { display: flex; justify-content: space-between; align-items: center; }
.SectionNav { display: flex; gap: 16px; border-bottom: 1px solid #eee; padding-bottom: 8px; } .Card { border: 1px solid #eee; border-radius: 12px; padding: 12px 16px; margin: 16px 0; }
.AddressList { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; } .AddressCard { border: 1px solid #ddd; border-radius: 8px; padding: 8px; } .AddressCard__actions { display: flex; gap: 6px; }
.CardList li { padding: 6px 0; } .Card fieldset { border: none; padding: 0; } .Footer { display: flex; justify-content: space-between; padding: 20px 24px; background: #f6f6f6; margin-top: 24px; }
.Footer nav, .Footer__social, .Footer__apps { display: flex; gap: 14px; } .Banner { display: flex; gap: 12px; align-items: center; background: #fff3ec; border-radius: 10px; padding: 8px 12px; margin-bottom: 12px; } .BackLink { display: inline-block; margin-bottom: 4px; }
"""

STYLE3 = """:root { --fk-brand: #00754a; } body { font-family: "Source Sans 3", system-ui, sans-serif; margin: 0; color: #14171a; font-size: 15px; }
.fk-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.fk-skip { position: absolute; left: 8px; top: -40px; background: #fff; padding: 4px 8px; } .fk-skip:focus { top: 8px; }
.fk-header { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: var(--fk-brand); } .fk-header a { color: #fff; }
.fk-logo { font-weight: 800; font-size: 20px; text-decoration: none; } .fk-header nav { flex: 1; } .fk-nav { display: flex; gap: 18px; list-style: none; margin: 0; padding: 0; }
.fk-nav__link[aria-current] { text-decoration: underline; } .fk-layout { display: flex; gap: 24px; padding: 20px 24px; } .fk-main { flex: 1; min-width: 0; }
.fk-sidebar { width: 250px; flex: none; } .fk-sidebar--right { width: 360px; }
.fk-btn { display: inline-block; padding: 8px 14px; border-radius: 6px; border: 1px solid var(--fk-brand); background: #fff; color: var(--fk-brand); cursor: pointer; text-decoration: none; font-size: 14px; }
.fk-btn--primary { background: var(--fk-brand); color: #fff; } .fk-header .fk-btn--primary { border-color: #fff; } .fk-btn--text { border: none; text-decoration: underline; padding: 4px; }
.fk-btn--wide { display: block; width: 100%; box-sizing: border-box; margin: 12px 0; text-align: center; }
.fk-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; border: 1px solid #ccd; border-radius: 50%; background: #fff; cursor: pointer; color: #14171a; text-decoration: none; }
.fk-input, .fk-select { padding: 8px; border: 1px solid #99a; border-radius: 6px; font-size: 14px; box-sizing: border-box; } .fk-grid2 .fk-input { width: 100%; }
.fk-grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 16px; margin: 10px 0; } .fk-inline { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.fk-switch-row { display: flex; justify-content: space-between; align-items: center; margin: 8px 0; gap: 8px; }
.fk-switch { width: 40px; height: 22px; border-radius: 11px; border: 1px solid #99a; background: #ddd; cursor: pointer; } .fk-switch[aria-checked=true] { background: var(--fk-brand); }
.fk-chips { display: flex; flex-wrap: wrap; gap: 6px; } .fk-chip { border: 1px solid #99a; border-radius: 14px; padding: 4px 10px; cursor: pointer; }
.fk-fieldset { border: none; padding: 0; margin: 10px 0; } .fk-seg { display: inline-block; margin-right: 10px; } .fk-plain { list-style: none; margin: 0; padding: 0; } .fk-plain li { margin: 6px 0; }
.fk-searchrow { display: flex; gap: 8px; align-items: center; margin: 12px 0; } .fk-searchrow .fk-input { flex: 1; }
.fk-cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; } .fk-card { border: 1px solid #dde; border-radius: 10px; padding: 12px; }
.fk-card h3 { margin: 0 0 6px; } .fk-card__meta { color: #555; margin: 0; } .fk-dishes { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
.fk-dish { display: flex; justify-content: space-between; border: 1px solid #dde; border-radius: 8px; padding: 10px; } .fk-dish h3 { margin: 0; font-size: 16px; } .fk-dish p { margin: 3px 0; }
.fk-price { color: #555; } .fk-basket { margin-top: 20px; border-top: 1px solid #dde; padding-top: 10px; }
.fk-dialog { width: 340px; flex: none; border: 1px solid #99a; border-radius: 12px; padding: 16px; box-shadow: 0 8px 24px rgba(0,0,0,.2); background: #fff; align-self: flex-start; position: relative; }
.fk-dialog__close { position: absolute; right: 10px; top: 10px; } .fk-dialog .fk-input { display: block; width: 100%; margin: 8px 0; } .fk-stepper { display: flex; gap: 6px; align-items: center; margin: 8px 0; }
.fk-input--num { width: 60px !important; display: inline-block !important; margin: 0 !important; } .fk-combo { border: 1px solid #99a; border-radius: 6px; padding: 6px 10px; background: #fff; min-width: 160px; text-align: left; }
.fk-field { display: flex; gap: 8px; align-items: center; margin: 8px 0; } .fk-radiocards label, .fk-radio { display: block; margin: 6px 0; } .fk-radiocards small { color: #666; }
.fk-line { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 8px 0; border-bottom: 1px solid #dde; } .fk-line__name { flex: 1 1 100%; font-weight: 600; }
.fk-line__detail { flex: 1 1 100%; color: #666; font-size: 13px; } .fk-stepper { display: inline-flex; gap: 4px; align-items: center; }
.fk-toolbar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; } .fk-tabs { display: flex; gap: 4px; } .fk-tabs button { border: none; background: none; padding: 8px; cursor: pointer; }
.fk-tabs button[aria-selected=true] { border-bottom: 2px solid var(--fk-brand); } .fk-grid { display: table; width: 100%; margin: 12px 0; border-collapse: collapse; }
.fk-grid__row { display: table-row; } .fk-grid__row > span { display: table-cell; padding: 6px; border-bottom: 1px solid #dde; vertical-align: middle; } .fk-grid__head span { font-weight: 600; }
.fk-grid__actions { white-space: nowrap; } .fk-badge { background: #e6f2ed; border-radius: 8px; padding: 1px 6px; font-size: 12px; } .fk-pager { display: flex; gap: 12px; align-items: center; }
.fk-check { display: inline-block; margin-right: 12px; } .fk-hint, .fk-legal { color: #555; font-size: 13px; }
.fk-footer { padding: 16px 24px; background: #f3f5f4; } .fk-footer__links { display: flex; gap: 16px; list-style: none; padding: 0; }
"""


def render():
    return {
        "v1": {"restaurants.html": restaurants_v1(), "menu.html": menu_v1(), "checkout.html": checkout_v1(), "orders.html": orders_v1(),
               "account.html": account_v1(), "style.css": STYLE},
        "v2": {"restaurants.html": restaurants_v2(), "menu.html": menu_v2(), "checkout.html": checkout_v2(), "orders.html": orders_v2(),
               "account.html": account_v2(), "style2.css": STYLE2},
        "v3": {"restaurants.html": restaurants_v3(), "menu.html": menu_v3(), "checkout.html": checkout_v3(), "orders.html": orders_v3(),
               "account.html": account_v3(), "style3.css": STYLE3},
    }
