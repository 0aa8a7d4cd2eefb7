"""Shop: "Kettle & Co", a small homewares shop. Three versions of catalog, cart and checkout.

v1  classic markup: ids everywhere, test ids on the buy buttons, text buttons, a cart table.
v2  design-system migration: BEM classes and new ids, test ids renamed, cards sorted by price,
    one product dropped (Black Pan) and one added (Copper Kettle), "Add to cart" -> "Add to
    basket", wishlist and remove buttons become icon buttons with aria-labels, quantity label
    "Qty", checkout fieldsets regrouped and relabelled (E-mail address, ZIP / Postal code, Full
    name instead of first + last), "Proceed to checkout" becomes a link styled as a button.
v3  component rewrite with utility classes: cards are list items, the title is the product link
    (no Details link), per-card icon buttons named after the product, cart as a list of rows
    (role=row), checkout in two columns with a custom country list and a promo code field.
"""
from common import attrs, e, page

PRODUCTS = [  # sku, name, price, category, rating
    ("sku01", "Red Kettle", 29, "Kettles", 4.5),
    ("sku02", "Blue Mug", 9, "Mugs", 4.0),
    ("sku03", "Green Teapot", 39, "Teapots", 4.8),
    ("sku04", "Black Pan", 49, "Pans", 3.9),
    ("sku05", "White Plate", 12, "Plates", 4.1),
    ("sku06", "Steel Pot", 59, "Pans", 4.4),
    ("sku07", "Oak Board", 25, "Boards", 4.7),
    ("sku08", "Glass Jar", 7, "Jars", 3.8),
]
NEW_PRODUCT = ("sku09", "Copper Kettle", 45, "Kettles", 4.6)
CATEGORIES = ["Kettles", "Mugs", "Teapots", "Pans", "Plates", "Boards", "Jars"]
CART = [("sku02", 2), ("sku03", 1), ("sku07", 1)]


def product(sku):
    return next(p for p in PRODUCTS + [NEW_PRODUCT] if p[0] == sku)


def x(key):
    """The corpus marker of the element a case means (never read by snapshot.js)."""
    return key


# -- v1 ------------------------------------------------------------------------------------------

def header_v1(active):
    links = [("index.html", "Home", "nav-home"), ("catalog.html", "Shop", "nav-shop"), ("sale.html", "Sale", "nav-sale"),
             ("about.html", "About", "nav-about"), ("contact.html", "Contact", "nav-contact")]
    items = "".join(f'<li><a{attrs(id=k, href=h, class_="active" if k == active else None, data__expect=x(k))}>{t}</a></li>'
                    for h, t, k in links)
    return f"""<header class="site-header">
  <a href="index.html" class="logo" id="logo"{attrs(data__expect="logo")}>Kettle &amp; Co</a>
  <nav id="main-nav"><ul class="nav">{items}</ul></nav>
  <form class="search-form" action="search.html" role="search">
    <input id="search" name="q" type="search" placeholder="Search products" aria-label="Search"{attrs(data__expect="search")}>
    <button type="submit" id="search-btn" class="btn"{attrs(data__expect="search-submit")}>Search</button>
  </form>
  <a id="account-link" href="login.html"{attrs(data__expect="account")}>Sign in</a>
  <a id="cart-link" href="cart.html" class="cart-link"{attrs(data__expect="cart-link")}>Cart (4)</a>
</header>"""


def footer_v1():
    cols = [("About", "footer-about"), ("Contact", "footer-contact"), ("Privacy", "footer-privacy"),
            ("Terms", "footer-terms"), ("Shipping", "footer-shipping"), ("Returns", "footer-returns")]
    links = "".join(f'<li><a{attrs(href=t.lower() + ".html", data__expect=k)}>{t}</a></li>' for t, k in cols)
    return f"""<footer class="site-footer">
  <ul class="footer-links">{links}</ul>
  <form class="newsletter" id="newsletter">
    <h4>Newsletter</h4>
    <input id="nl-email" type="email" name="email" placeholder="Your email"{attrs(data__expect="nl-email")}>
    <button id="nl-submit" class="btn"{attrs(data__expect="nl-submit")}>Subscribe</button>
  </form>
  <p class="copyright">&copy; 2026 Kettle &amp; Co</p>
</footer>"""


def cookie_v1():
    return f"""<div class="cookie-banner" role="dialog" aria-label="Cookie consent" id="cookie-banner">
  <p>We use cookies to improve your visit.</p>
  <button id="cookie-accept" class="btn btn-primary"{attrs(data__expect="cookie-accept")}>Accept all</button>
  <a href="cookies.html" id="cookie-settings"{attrs(data__expect="cookie-settings")}>Cookie settings</a>
  <button id="cookie-close" class="btn btn-link"{attrs(data__expect="cookie-close")}>Close</button>
</div>"""


def catalog_v1():
    filters = "".join(
        f'<li><input type="checkbox" id="cat-{c.lower()}" name="category" value="{c.lower()}"{attrs(data__expect="filter-" + c.lower())}>'
        f' <label for="cat-{c.lower()}">{c}</label></li>' for c in CATEGORIES)
    cards = ""
    for i, (sku, name, price, cat, rating) in enumerate(PRODUCTS, 1):
        cards += f"""
    <div class="card product" id="p{i}">
      <img src="img/{sku}.png" alt="{e(name)}" width="160" height="120">
      <h3 class="card-title"{attrs(data__expect="title-" + sku)}>{e(name)}</h3>
      <p class="price">${price}.00</p><p class="rating">Rated {rating} of 5</p>
      <button class="btn btn-primary add-to-cart" data-testid="add-{sku}"{attrs(data__expect="add-" + sku)}>Add to cart</button>
      <button class="btn btn-link wishlist"{attrs(data__expect="wish-" + sku)}>Add to wishlist</button>
      <a class="details" href="product/{sku}.html"{attrs(data__expect="details-" + sku)}>Details</a>
    </div>"""
    body = f"""{header_v1("nav-shop")}
{cookie_v1()}
<div class="layout">
<aside class="filters" id="filters">
  <h2>Filter</h2>
  <h3>Category</h3>
  <ul class="filter-list">{filters}</ul>
  <h3>Price</h3>
  <label for="price-min">Min price</label><input id="price-min" name="min" type="number"{attrs(data__expect="price-min")}>
  <label for="price-max">Max price</label><input id="price-max" name="max" type="number"{attrs(data__expect="price-max")}>
  <button id="apply-filters" class="btn"{attrs(data__expect="apply-filters")}>Apply filters</button>
  <a href="catalog.html" id="clear-filters"{attrs(data__expect="clear-filters")}>Clear all</a>
</aside>
<main id="content">
  <h1{attrs(data__expect="heading")}>All products</h1>
  <div class="toolbar">
    <label for="sort">Sort by</label>
    <select id="sort" name="sort"{attrs(data__expect="sort")}>
      <option>Featured</option><option>Price: low to high</option><option>Price: high to low</option><option>Top rated</option>
    </select>
    <span class="count">{len(PRODUCTS)} products</span>
  </div>
  <div class="grid" id="product-grid">{cards}
  </div>
  <div class="pagination">
    <a href="?page=0" id="prev-page" class="disabled"{attrs(data__expect="page-prev")}>Previous</a>
    <a href="?page=1" class="current"{attrs(data__expect="page-1")}>1</a>
    <a href="?page=2"{attrs(data__expect="page-2")}>2</a>
    <a href="?page=3"{attrs(data__expect="page-3")}>3</a>
    <a href="?page=2" id="next-page"{attrs(data__expect="page-next")}>Next</a>
  </div>
</main>
</div>
{footer_v1()}"""
    return page("All products - Kettle & Co", body)


def cart_v1():
    rows = ""
    for sku, qty in CART:
        _, name, price, _, _ = product(sku)
        rows += f"""
      <tr id="row-{sku}">
        <td><a href="product/{sku}.html"{attrs(data__expect="item-" + sku)}>{e(name)}</a></td>
        <td>${price}.00</td>
        <td><input type="number" class="qty" name="qty-{sku}" value="{qty}" min="0" aria-label="Quantity"{attrs(data__expect="qty-" + sku)}></td>
        <td>${price * qty}.00</td>
        <td><button class="btn btn-link remove" data-sku="{sku}"{attrs(data__expect="remove-" + sku)}>Remove</button></td>
      </tr>"""
    body = f"""{header_v1(None)}
<main id="content">
  <h1{attrs(data__expect="heading")}>Your cart</h1>
  <table class="cart-table" id="cart">
    <thead><tr><th>Product</th><th>Price</th><th>Quantity</th><th>Total</th><th></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <button id="update-cart" class="btn"{attrs(data__expect="update")}>Update cart</button>
  <section class="summary">
    <h2>Order summary</h2>
    <label for="promo">Promo code</label>
    <input id="promo" name="promo" type="text" placeholder="Enter code"{attrs(data__expect="promo")}>
    <button id="apply-promo" class="btn"{attrs(data__expect="promo-apply")}>Apply</button>
    <label for="shipping">Shipping</label>
    <select id="shipping" name="shipping"{attrs(data__expect="shipping")}><option>Standard</option><option>Express</option></select>
    <p class="subtotal">Subtotal: $82.00</p>
    <button id="checkout" class="btn btn-primary" data-testid="checkout"{attrs(data__expect="checkout")}>Proceed to checkout</button>
    <a href="catalog.html" id="continue"{attrs(data__expect="continue")}>Continue shopping</a>
  </section>
</main>
{footer_v1()}"""
    return page("Your cart - Kettle & Co", body)


def checkout_v1():
    body = f"""{header_v1(None)}
<main id="content">
  <h1{attrs(data__expect="heading")}>Checkout</h1>
  <form id="checkout-form" class="checkout">
    <h2>Contact</h2>
    <label for="email">Email</label><input id="email" name="email" type="email"{attrs(data__expect="email")}>
    <label for="phone">Phone</label><input id="phone" name="phone" type="tel"{attrs(data__expect="phone")}>
    <h2>Shipping address</h2>
    <label for="first-name">First name</label><input id="first-name" name="firstName"{attrs(data__expect="first-name")}>
    <label for="last-name">Last name</label><input id="last-name" name="lastName"{attrs(data__expect="last-name")}>
    <label for="address">Address</label><input id="address" name="address1"{attrs(data__expect="address")}>
    <label for="city">City</label><input id="city" name="city"{attrs(data__expect="city")}>
    <label for="postcode">Postcode</label><input id="postcode" name="postcode"{attrs(data__expect="postcode")}>
    <label for="country">Country</label>
    <select id="country" name="country"{attrs(data__expect="country")}><option>United Kingdom</option><option>Germany</option><option>France</option><option>Netherlands</option></select>
    <h2>Delivery</h2>
    <div class="radios">
      <input type="radio" id="ship-standard" name="delivery" value="standard" checked{attrs(data__expect="ship-standard")}><label for="ship-standard">Standard delivery</label>
      <input type="radio" id="ship-express" name="delivery" value="express"{attrs(data__expect="ship-express")}><label for="ship-express">Express delivery</label>
      <input type="radio" id="ship-pickup" name="delivery" value="pickup"{attrs(data__expect="ship-pickup")}><label for="ship-pickup">Pick up in store</label>
    </div>
    <h2>Payment</h2>
    <label for="card-number">Card number</label><input id="card-number" name="cardNumber" placeholder="1234 5678 9012 3456"{attrs(data__expect="card")}>
    <label for="expiry">Expiry date</label><input id="expiry" name="expiry" placeholder="MM/YY"{attrs(data__expect="expiry")}>
    <label for="cvc">CVC</label><input id="cvc" name="cvc"{attrs(data__expect="cvc")}>
    <p><input type="checkbox" id="same-billing" name="sameBilling" checked{attrs(data__expect="same-billing")}> <label for="same-billing">Billing address same as shipping</label></p>
    <p><input type="checkbox" id="terms" name="terms"{attrs(data__expect="terms")}> <label for="terms">I agree to the terms</label></p>
    <button type="submit" id="place-order" class="btn btn-primary"{attrs(data__expect="submit")}>Place order</button>
    <a href="cart.html" id="back-to-cart"{attrs(data__expect="back")}>Back to cart</a>
  </form>
</main>
{footer_v1()}"""
    return page("Checkout - Kettle & Co", body)


# -- v2 ------------------------------------------------------------------------------------------

def header_v2(active):
    links = [("index.html", "Home", "nav-home"), ("catalog.html", "Products", "nav-shop"), ("sale.html", "Sale", "nav-sale"),
             ("about.html", "Our story", "nav-about"), ("contact.html", "Contact", "nav-contact")]
    items = "".join(f'<a{attrs(class_="site-nav__link" + (" site-nav__link--active" if k == active else ""), href=h, data__expect=x(k))}>{t}</a>'
                    for h, t, k in links)
    return f"""<header class="site-header">
  <div class="site-header__brand"><a href="index.html" class="site-header__logo"{attrs(data__expect="logo")}><img src="img/logo.svg" alt="Kettle &amp; Co home" width="120" height="32"></a></div>
  <nav class="site-nav" aria-label="Main">{items}</nav>
  <form class="site-search" action="search.html" role="search">
    <input id="site-search" name="query" type="search" placeholder="What are you looking for?" aria-label="Search the shop"{attrs(data__expect="search")}>
    <button type="submit" class="site-search__button" aria-label="Search"{attrs(data__expect="search-submit")}>&#128269;</button>
  </form>
  <a href="login.html" class="site-header__account"{attrs(data__expect="account")}>Log in</a>
  <a href="cart.html" class="site-header__basket" aria-label="Basket, 4 items"{attrs(data__expect="cart-link")}>&#128722;<span class="badge">4</span></a>
</header>"""


def footer_v2():
    groups = [("Company", [("About", "footer-about"), ("Contact", "footer-contact")]),
              ("Legal", [("Privacy", "footer-privacy"), ("Terms", "footer-terms")]),
              ("Help", [("Delivery", "footer-shipping"), ("Returns", "footer-returns")])]
    cols = ""
    for title, links in groups:
        items = "".join(f'<li><a{attrs(href=t.lower() + ".html", class_="site-footer__link", data__expect=k)}>{t}</a></li>' for t, k in links)
        cols += f'<div class="site-footer__col"><h4>{title}</h4><ul>{items}</ul></div>'
    return f"""<footer class="site-footer">
  <div class="site-footer__cols">{cols}</div>
  <form class="site-footer__newsletter">
    <h4>Get 10% off your first order</h4>
    <label for="newsletter-email" class="visually-hidden">Email</label>
    <input id="newsletter-email" type="email" name="newsletter_email" placeholder="Email address"{attrs(data__expect="nl-email")}>
    <button class="button button--secondary"{attrs(data__expect="nl-submit")}>Sign up</button>
  </form>
  <p class="site-footer__legal">&copy; 2026 Kettle &amp; Co Ltd.</p>
</footer>"""


def cookie_v2():
    return f"""<div class="consent" role="dialog" aria-labelledby="consent-title">
  <h2 id="consent-title" class="consent__title">Cookies</h2>
  <p>We use cookies to improve your visit.</p>
  <button class="button button--primary consent__accept"{attrs(data__expect="cookie-accept")}>Accept cookies</button>
  <a href="cookies.html" class="consent__link"{attrs(data__expect="cookie-settings")}>Manage preferences</a>
  <button class="consent__close" aria-label="Dismiss"{attrs(data__expect="cookie-close")}>&times;</button>
</div>"""


def catalog_products_v2():
    return sorted([p for p in PRODUCTS if p[0] != "sku04"] + [NEW_PRODUCT], key=lambda p: p[2])


def catalog_v2():
    filters = "".join(
        f'<label class="checkbox"><input type="checkbox" name="cat" value="{c.lower()}"{attrs(data__expect="filter-" + c.lower())}> {c}</label>'
        for c in CATEGORIES if c != "Jars")
    cards = ""
    for sku, name, price, cat, rating in catalog_products_v2():
        cards += f"""
    <article class="product-card" id="product-{sku}">
      <img class="product-card__image" src="img/{sku}.webp" alt="" width="160" height="120">
      <h2 class="product-card__title"{attrs(data__expect="title-" + sku)}>{e(name)}</h2>
      <div class="product-card__meta"><span class="product-card__price">&pound;{price}</span> <span class="stars" title="{rating} out of 5">{rating}&#9733;</span></div>
      <div class="product-card__actions">
        <button class="button button--primary" data-testid="product-add-{sku}"{attrs(data__expect="add-" + sku)}>Add to basket</button>
        <button class="icon-button" aria-label="Add to wishlist"{attrs(data__expect="wish-" + sku)}>&#9825;</button>
      </div>
      <a class="product-card__link" href="product/{sku}.html"{attrs(data__expect="details-" + sku)}>View details</a>
    </article>"""
    body = f"""{cookie_v2()}
{header_v2("nav-shop")}
<div class="page page--catalog">
<main class="page__main">
  <h1 class="page__title"{attrs(data__expect="heading")}>Shop all</h1>
  <div class="toolbar">
    <span class="toolbar__count">{len(catalog_products_v2())} items</span>
    <label for="sort-order">Sort</label>
    <select id="sort-order" name="order"{attrs(data__expect="sort")}>
      <option>Recommended</option><option>Price: low to high</option><option>Price: high to low</option><option>Best rated</option>
    </select>
  </div>
  <section class="product-grid">{cards}
  </section>
  <nav class="pager" aria-label="Pagination">
    <a href="?page=1" class="pager__link" aria-label="Page 1" aria-current="page"{attrs(data__expect="page-1")}>1</a>
    <a href="?page=2" class="pager__link" aria-label="Page 2"{attrs(data__expect="page-2")}>2</a>
    <a href="?page=3" class="pager__link" aria-label="Page 3"{attrs(data__expect="page-3")}>3</a>
    <a href="?page=2" class="pager__link pager__next" aria-label="Next page"{attrs(data__expect="page-next")}>&rsaquo;</a>
  </nav>
</main>
<aside class="page__sidebar filters">
  <h2>Refine</h2>
  <fieldset><legend>Category</legend>{filters}</fieldset>
  <fieldset><legend>Price</legend>
    <label>From <input type="number" name="price_from" class="price-input"{attrs(data__expect="price-min")}></label>
    <label>To <input type="number" name="price_to" class="price-input"{attrs(data__expect="price-max")}></label>
  </fieldset>
  <button class="button"{attrs(data__expect="apply-filters")}>Apply</button>
  <button class="button button--link"{attrs(data__expect="clear-filters")}>Reset filters</button>
</aside>
</div>
{footer_v2()}"""
    return page("Shop all | Kettle & Co", body)


def cart_v2():
    items = [("sku07", 1), ("sku02", 2), ("sku03", 1), ("sku08", 3)]
    rows = ""
    for sku, qty in items:
        _, name, price, _, _ = product(sku)
        rows += f"""
      <tr class="basket__row">
        <td class="basket__product"><img src="img/{sku}.webp" alt="" width="40" height="30"> <a href="product/{sku}.html"{attrs(data__expect="item-" + sku)}>{e(name)}</a></td>
        <td><label class="visually-hidden" for="qty-{sku}">Qty</label><input id="qty-{sku}" type="number" class="basket__qty" name="items[{sku}][qty]" value="{qty}" min="0"{attrs(data__expect="qty-" + sku)}></td>
        <td class="basket__price">&pound;{price * qty}</td>
        <td><button class="icon-button" aria-label="Remove item"{attrs(data__expect="remove-" + sku)}>&#128465;</button></td>
      </tr>"""
    body = f"""{header_v2(None)}
<main class="page__main basket">
  <h1 class="page__title"{attrs(data__expect="heading")}>Basket</h1>
  <table class="basket__table">
    <thead><tr><th>Item</th><th>Qty</th><th>Total</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>{rows}
    </tbody>
  </table>
  <aside class="basket__summary">
    <h2>Summary</h2>
    <details open><summary>Have a discount code?</summary>
      <input name="discount" aria-label="Discount code" placeholder="Code"{attrs(data__expect="promo")}>
      <button class="button"{attrs(data__expect="promo-apply")}>Redeem</button>
    </details>
    <label for="delivery-method">Delivery</label>
    <select id="delivery-method" name="delivery"{attrs(data__expect="shipping")}><option>Standard</option><option>Next day</option></select>
    <p>Subtotal <strong>&pound;103</strong></p>
    <a href="checkout.html" class="button button--primary button--block" data-testid="basket-checkout"{attrs(data__expect="checkout")}>Checkout</a>
    <a href="catalog.html" class="basket__continue"{attrs(data__expect="continue")}>Continue shopping</a>
  </aside>
</main>
{footer_v2()}"""
    return page("Basket | Kettle & Co", body)


def checkout_v2():
    body = f"""{header_v2(None)}
<main class="page__main">
  <h1 class="page__title"{attrs(data__expect="heading")}>Secure checkout</h1>
  <form class="checkout-form" novalidate>
    <fieldset class="checkout-form__section"><legend>Your details</legend>
      <div class="field"><label for="customer-name">Full name</label><input id="customer-name" name="customer[name]" autocomplete="name"></div>
      <div class="field"><label for="customer-email">E-mail address</label><input id="customer-email" name="customer[email]" type="email"{attrs(data__expect="email")}></div>
      <div class="field"><label for="customer-phone">Phone number (optional)</label><input id="customer-phone" name="customer[phone]" type="tel"{attrs(data__expect="phone")}></div>
    </fieldset>
    <fieldset class="checkout-form__section"><legend>Delivery address</legend>
      <div class="field"><label for="addr-line1">Street and house number</label><input id="addr-line1" name="address[line1]"{attrs(data__expect="address")}></div>
      <div class="field field--half"><label for="addr-zip">ZIP / Postal code</label><input id="addr-zip" name="address[zip]"{attrs(data__expect="postcode")}></div>
      <div class="field field--half"><label for="addr-city">Town / City</label><input id="addr-city" name="address[city]"{attrs(data__expect="city")}></div>
      <div class="field"><label for="addr-country">Country</label>
        <select id="addr-country" name="address[country]"{attrs(data__expect="country")}><option>United Kingdom</option><option>Germany</option><option>France</option><option>Netherlands</option><option>Ireland</option></select></div>
    </fieldset>
    <fieldset class="checkout-form__section"><legend>Delivery method</legend>
      <label class="radio"><input type="radio" name="shipping_method" value="std" checked{attrs(data__expect="ship-standard")}> Standard (3&ndash;5 days)</label>
      <label class="radio"><input type="radio" name="shipping_method" value="exp"{attrs(data__expect="ship-express")}> Express (next day)</label>
    </fieldset>
    <fieldset class="checkout-form__section"><legend>Payment</legend>
      <div class="field"><label for="pay-card">Card number</label><input id="pay-card" name="payment[card]" inputmode="numeric" placeholder="0000 0000 0000 0000"{attrs(data__expect="card")}></div>
      <div class="field field--half"><label for="pay-exp">Expiry (MM/YY)</label><input id="pay-exp" name="payment[exp]"{attrs(data__expect="expiry")}></div>
      <div class="field field--half"><label for="pay-cvc">Security code</label><input id="pay-cvc" name="payment[cvc]"{attrs(data__expect="cvc")}></div>
      <label class="checkbox"><input type="checkbox" name="billing_same" checked{attrs(data__expect="same-billing")}> Use delivery address for billing</label>
    </fieldset>
    <label class="checkbox"><input type="checkbox" name="accept_terms"{attrs(data__expect="terms")}> I accept the terms and conditions</label>
    <div class="checkout-form__actions">
      <a href="cart.html" class="button button--link"{attrs(data__expect="back")}>Return to basket</a>
      <button type="submit" class="button button--primary"{attrs(data__expect="submit")}>Pay now</button>
    </div>
  </form>
</main>
{footer_v2()}"""
    return page("Checkout | Kettle & Co", body)


# -- v3 ------------------------------------------------------------------------------------------

def header_v3(active):
    links = [("index.html", "Home", "nav-home"), ("catalog.html", "Shop", "nav-shop"), ("sale.html", "Offers", "nav-sale"),
             ("about.html", "About us", "nav-about"), ("contact.html", "Help & contact", "nav-contact")]
    items = "".join(f'<li class="px-2"><a{attrs(class_="text-sm hover:underline", href=h, aria__current="page" if k == active else None, data__expect=x(k))}>{t}</a></li>'
                    for h, t, k in links)
    return f"""<header class="flex items-center gap-4 px-4 py-2 bg-slate-900">
  <a href="index.html" class="font-bold text-white" aria-label="Kettle &amp; Co"{attrs(data__expect="logo")}>K&amp;Co</a>
  <nav aria-label="Primary"><ul class="flex">{items}</ul></nav>
  <div class="ml-auto flex gap-2">
    <input type="search" name="q" class="rounded px-2" placeholder="Search" aria-label="Search products"{attrs(data__expect="search")}>
    <button class="btn-icon" aria-label="Submit search"{attrs(data__expect="search-submit")}><svg width="16" height="16"><circle cx="7" cy="7" r="5"/></svg></button>
    <a href="login.html" class="btn-icon" aria-label="Account"{attrs(data__expect="account")}><svg width="16" height="16"><rect width="16" height="16"/></svg></a>
    <a href="cart.html" class="btn-icon" aria-label="Cart"{attrs(data__expect="cart-link")}><svg width="16" height="16"><rect width="16" height="16"/></svg><span class="count">4</span></a>
  </div>
</header>"""


def footer_v3():
    links = [("About us", "footer-about"), ("Help & contact", "footer-contact"), ("Privacy policy", "footer-privacy"),
             ("Terms of sale", "footer-terms"), ("Returns", "footer-returns")]
    items = "".join(f'<li><a{attrs(href=k.replace("footer-", "") + ".html", class_="text-xs", data__expect=k)}>{t}</a></li>' for t, k in links)
    return f"""<footer class="mt-8 p-4 bg-slate-100">
  <nav aria-label="Footer"><ul class="grid grid-cols-3">{items}</ul></nav>
  <form class="flex gap-2" aria-label="Newsletter">
    <input type="email" name="email" class="rounded" placeholder="you@example.com" aria-label="Email for our newsletter"{attrs(data__expect="nl-email")}>
    <button class="btn"{attrs(data__expect="nl-submit")}>Join</button>
  </form>
</footer>"""


def catalog_v3():
    order = ["sku09", "sku03", "sku01", "sku06", "sku07", "sku02", "sku05", "sku08"]
    items = ""
    for sku in order:
        _, name, price, cat, rating = product(sku)
        items += f"""
    <li class="rounded border p-3 flex flex-col">
      <img src="img/{sku}.avif" alt="{e(name)}" class="w-full" width="160" height="100">
      <a href="product/{sku}.html" class="font-semibold"{attrs(data__expect="details-" + sku)}>{e(name)}</a>
      <span class="text-sm">&pound;{price}.00 &middot; {cat}</span>
      <div class="flex gap-1">
        <button class="btn-icon" aria-label="Add {e(name)} to cart"{attrs(data__expect="add-" + sku)}>+</button>
        <button class="btn-icon" aria-label="Save {e(name)}" title="Save for later"{attrs(data__expect="wish-" + sku)}>&#9825;</button>
      </div>
    </li>"""
    chips = "".join(f'<button role="checkbox" aria-checked="false" class="chip"{attrs(data__expect="filter-" + c.lower())}>{c}</button>'
                    for c in CATEGORIES if c != "Jars")
    body = f"""{header_v3("nav-shop")}
<main class="p-4">
  <div class="flex justify-between">
    <h1 class="text-2xl"{attrs(data__expect="heading")}>Shop</h1>
    <select aria-label="Sort products" class="rounded"{attrs(data__expect="sort")}>
      <option>Featured</option><option>Lowest price</option><option>Highest price</option><option>Top rated</option>
    </select>
  </div>
  <div class="flex gap-1 my-2" aria-label="Categories">{chips}</div>
  <div class="flex gap-2 my-2">
    <input type="number" aria-label="Minimum price" placeholder="Min" class="w-20"{attrs(data__expect="price-min")}>
    <input type="number" aria-label="Maximum price" placeholder="Max" class="w-20"{attrs(data__expect="price-max")}>
    <button class="btn"{attrs(data__expect="apply-filters")}>Filter</button>
  </div>
  <ul class="grid grid-cols-4 gap-4" aria-label="Products">{items}
  </ul>
  <div class="flex justify-center gap-2 my-4">
    <a href="?page=1" class="btn-page" aria-current="page"{attrs(data__expect="page-1")}>1</a>
    <a href="?page=2" class="btn-page"{attrs(data__expect="page-2")}>2</a>
    <a href="?page=2" class="btn"{attrs(data__expect="page-next")}>Next page</a>
  </div>
</main>
<div role="dialog" aria-modal="false" aria-label="Privacy" class="fixed bottom-0 p-3 bg-white shadow">
  <span>Cookies help us run the shop.</span>
  <button class="btn"{attrs(data__expect="cookie-accept")}>OK</button>
  <button class="btn-icon" aria-label="Close"{attrs(data__expect="cookie-close")}>&times;</button>
</div>
{footer_v3()}"""
    return page("Shop - K&Co", body, css="style3.css")


def cart_v3():
    items = [("sku02", 2), ("sku08", 3), ("sku03", 1)]
    rows = ""
    for sku, qty in items:
        _, name, price, _, _ = product(sku)
        rows += f"""
    <div role="row" class="flex items-center gap-3 border-b py-2">
      <span role="cell" class="w-48"><a href="product/{sku}.html"{attrs(data__expect="item-" + sku)}>{e(name)}</a></span>
      <span role="cell"><button class="btn-icon" aria-label="Decrease quantity">&minus;</button>
        <input type="number" value="{qty}" aria-label="Quantity of {e(name)}" class="w-12"{attrs(data__expect="qty-" + sku)}>
        <button class="btn-icon" aria-label="Increase quantity">+</button></span>
      <span role="cell" class="w-20">&pound;{price * qty}.00</span>
      <span role="cell"><button class="btn-icon" aria-label="Remove {e(name)}"{attrs(data__expect="remove-" + sku)}>&times;</button></span>
    </div>"""
    body = f"""{header_v3(None)}
<main class="p-4 grid grid-cols-3 gap-6">
  <section class="col-span-2">
    <h1 class="text-2xl"{attrs(data__expect="heading")}>Shopping cart</h1>
    <div role="table" aria-label="Cart items">
      <div role="row" class="flex gap-3 font-semibold"><span role="columnheader" class="w-48">Product</span><span role="columnheader">Quantity</span><span role="columnheader" class="w-20">Price</span><span role="columnheader"></span></div>{rows}
    </div>
    <a href="catalog.html" class="text-sm"{attrs(data__expect="continue")}>&larr; Keep shopping</a>
  </section>
  <aside class="rounded border p-3">
    <h2>Order total</h2>
    <div class="flex gap-1"><input placeholder="Promo code" class="rounded"{attrs(data__expect="promo")}><button class="btn"{attrs(data__expect="promo-apply")}>Apply</button></div>
    <p>Total &pound;87.00</p>
    <a href="checkout.html" class="btn btn-primary w-full" role="button"{attrs(data__expect="checkout")}>Go to checkout</a>
  </aside>
</main>
{footer_v3()}"""
    return page("Cart - K&Co", body, css="style3.css")


def checkout_v3():
    def field(label, name, key, kind="text", auto=None, ph=None):
        return (f'<label class="block text-sm">{label}<input type="{kind}" name="{name}" class="block w-full rounded"'
                f'{attrs(autocomplete=auto, placeholder=ph, data__expect=key)}></label>')
    body = f"""{header_v3(None)}
<main class="p-4">
  <h1 class="text-2xl"{attrs(data__expect="heading")}>Checkout</h1>
  <form class="grid grid-cols-2 gap-6">
    <section>
      <h2>Contact information</h2>
      {field("Email", "contact_email", "email", "email", "email")}
      {field("Mobile phone", "contact_phone", "phone", "tel", "tel")}
      <h2>Shipping</h2>
      <div class="grid grid-cols-2 gap-2">
        {field("First name", "ship_first", "first-name", auto="given-name")}
        {field("Last name", "ship_last", "last-name", auto="family-name")}
      </div>
      {field("Address", "ship_line1", "address", auto="address-line1")}
      <div class="grid grid-cols-3 gap-2">
        {field("Postcode", "ship_postcode", "postcode", auto="postal-code")}
        {field("City", "ship_city", "city", auto="address-level2")}
        <label class="block text-sm">Country<select name="ship_country" class="block w-full"{attrs(data__expect="country")}><option>United Kingdom</option><option>Germany</option><option>France</option></select></label>
      </div>
    </section>
    <section>
      <h2>Delivery options</h2>
      <div role="radiogroup" aria-label="Delivery options">
        <label class="block"><input type="radio" name="ship_speed" value="standard" checked{attrs(data__expect="ship-standard")}> Standard &mdash; free</label>
        <label class="block"><input type="radio" name="ship_speed" value="express"{attrs(data__expect="ship-express")}> Express &mdash; &pound;6.95</label>
        <label class="block"><input type="radio" name="ship_speed" value="store"{attrs(data__expect="ship-pickup")}> Collect in store</label>
      </div>
      <h2>Payment</h2>
      {field("Card number", "card_no", "card", ph="Card number", auto="cc-number")}
      <div class="grid grid-cols-2 gap-2">
        {field("Expires", "card_exp", "expiry", ph="MM / YY", auto="cc-exp")}
        {field("CVV", "card_cvv", "cvc", auto="cc-csc")}
      </div>
      <label class="block"><input type="checkbox" name="agree"{attrs(data__expect="terms")}> I have read and agree to the terms of sale</label>
      <button class="btn btn-primary w-full"{attrs(data__expect="submit")}>Place order &amp; pay</button>
      <a href="cart.html" class="text-sm"{attrs(data__expect="back")}>Back</a>
    </section>
  </form>
</main>
{footer_v3()}"""
    return page("Checkout - K&Co", body, css="style3.css")


STYLE = """body { font-family: sans-serif; margin: 0; color: #222; }
.site-header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: #f4f1ea; }
.nav { display: flex; gap: 12px; list-style: none; margin: 0; padding: 0; }
.layout { display: flex; gap: 24px; padding: 16px; }
.filters { width: 200px; } .filters ul { list-style: none; padding: 0; }
.grid { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #ccc; padding: 8px; width: 180px; }
.btn { padding: 4px 10px; border: 1px solid #888; background: #eee; cursor: pointer; }
.btn-primary { background: #135; color: #fff; }
.btn-link { background: none; border: none; color: #135; text-decoration: underline; }
label { display: block; margin-top: 6px; } .radios label, p label, li label { display: inline; }
.pagination a { margin: 0 4px; }
.cookie-banner { border: 1px solid #999; padding: 8px 16px; margin: 8px 16px; background: #ffd; }
.site-footer { margin-top: 24px; padding: 16px; background: #333; color: #eee; } .site-footer a { color: #fff; }
.footer-links { display: flex; gap: 16px; list-style: none; padding: 0; }
table { border-collapse: collapse; } td, th { padding: 6px 10px; border-bottom: 1px solid #ddd; }
/* v2 */
.site-nav { display: flex; gap: 14px; } .site-search { display: flex; }
.consent { position: relative; padding: 8px 40px 8px 16px; background: #222; color: #fff; }
.consent__close { position: absolute; right: 8px; top: 8px; background: none; color: #fff; border: none; font-size: 20px; cursor: pointer; }
.page { display: flex; flex-direction: row-reverse; gap: 24px; padding: 16px; } .page__main { flex: 1; }
.page__sidebar { width: 220px; } fieldset { border: 1px solid #ccc; margin-bottom: 8px; }
.product-grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
.product-card { border: 1px solid #ddd; border-radius: 6px; padding: 10px; }
.product-card__title { font-size: 16px; } .button { padding: 6px 12px; border-radius: 4px; border: 1px solid #135; background: #fff; cursor: pointer; display: inline-block; }
.button--primary { background: #135; color: #fff; } .button--link { border: none; text-decoration: underline; }
.icon-button { border: none; background: none; font-size: 18px; cursor: pointer; }
.pager { display: flex; gap: 6px; margin-top: 12px; } .checkbox, .radio { display: block; }
.site-footer__cols { display: flex; gap: 40px; } .site-footer__cols ul { list-style: none; padding: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.basket { display: block; } .basket__summary { margin-top: 16px; width: 320px; }
.field { margin-bottom: 8px; } .field--half { display: inline-block; width: 45%; }
.checkout-form__actions { display: flex; justify-content: space-between; max-width: 480px; margin-top: 12px; }
"""

STYLE3 = """body { font-family: system-ui, sans-serif; margin: 0; }
.flex { display: flex; } .grid { display: grid; } .grid-cols-2 { grid-template-columns: 1fr 1fr; }
.grid-cols-3 { grid-template-columns: 1fr 1fr 1fr; } .grid-cols-4 { grid-template-columns: repeat(4, 1fr); }
.col-span-2 { grid-column: span 2; } .gap-1 { gap: 4px; } .gap-2 { gap: 8px; } .gap-3 { gap: 12px; } .gap-4 { gap: 16px; } .gap-6 { gap: 24px; }
.items-center { align-items: center; } .justify-between { justify-content: space-between; } .justify-center { justify-content: center; }
.flex-col { flex-direction: column; } .ml-auto { margin-left: auto; } .p-3 { padding: 12px; } .p-4 { padding: 16px; }
.px-2 { padding: 0 8px; } .px-4 { padding-left: 16px; padding-right: 16px; } .py-2 { padding-top: 8px; padding-bottom: 8px; }
.my-2 { margin: 8px 0; } .my-4 { margin: 16px 0; } .mt-8 { margin-top: 32px; }
.bg-slate-900 { background: #0f172a; } .bg-slate-900 a { color: #fff; } .bg-slate-100 { background: #f1f5f9; } .bg-white { background: #fff; }
.text-white { color: #fff; } .text-sm { font-size: 14px; } .text-xs { font-size: 12px; } .text-2xl { font-size: 24px; }
.font-bold { font-weight: 700; } .font-semibold { font-weight: 600; } .rounded { border-radius: 6px; } .border { border: 1px solid #ddd; }
.border-b { border-bottom: 1px solid #eee; } ul { list-style: none; margin: 0; padding: 0; }
.btn, .btn-icon, .btn-page, .chip { display: inline-block; padding: 6px 10px; border: 1px solid #334; border-radius: 6px; background: #fff; cursor: pointer; }
.btn-primary { background: #2563eb; color: #fff; } .w-full { width: 100%; } .w-12 { width: 48px; } .w-20 { width: 80px; } .w-48 { width: 192px; }
.block { display: block; } .fixed { position: fixed; } .bottom-0 { bottom: 0; } .shadow { box-shadow: 0 0 6px #0003; }
"""


def render():
    return {
        "v1": {"catalog.html": catalog_v1(), "cart.html": cart_v1(), "checkout.html": checkout_v1(), "style.css": STYLE},
        "v2": {"catalog.html": catalog_v2(), "cart.html": cart_v2(), "checkout.html": checkout_v2(), "style.css": STYLE},
        "v3": {"catalog.html": catalog_v3(), "cart.html": cart_v3(), "checkout.html": checkout_v3(), "style3.css": STYLE3},
    }
