"""Travel: "Skylark", a flight booking site — the HELD-OUT site (never looked at while tuning).
Three versions of search, results and passenger details.

v1  jQuery-era markup: ids and names in camelCase, a results table with a "Select" button per
    flight, filters as checkboxes, a long passenger form.
v2  React rewrite: results as cards sorted by price, "Select" -> "Choose flight" with the fare,
    filters in collapsible groups, airport fields as comboboxes, passenger fields relabelled
    (Given names, Surname, Date of birth as three selects -> one date field), "Continue" wording.
v3  accessibility pass and A/B test: icon buttons for swap / close, "Book" links styled as
    buttons per fare, a sticky summary with a "Change search" link, extras as switches.
"""
from common import attrs, e, page

FLIGHTS = [  # code, airline, depart, arrive, duration, stops, price
    ("SK101", "Skylark", "06:40", "08:55", "2h 15m", 0, 89),
    ("NW220", "Northwind", "09:10", "12:05", "2h 55m", 1, 64),
    ("SK105", "Skylark", "12:30", "14:45", "2h 15m", 0, 119),
    ("BA330", "Blue Air", "15:20", "18:40", "3h 20m", 1, 72),
    ("SK109", "Skylark", "18:05", "20:20", "2h 15m", 0, 99),
    ("NW228", "Northwind", "21:45", "00:10", "2h 25m", 0, 58),
]


def top_v1():
    return f"""<div id="topBar">
  <a href="index.html" id="logoLink"{attrs(data__expect="logo")}>Skylark</a>
  <ul id="topMenu"><li><a href="flights.html" id="menuFlights"{attrs(data__expect="nav-flights")}>Flights</a></li>
    <li><a href="hotels.html" id="menuHotels"{attrs(data__expect="nav-hotels")}>Hotels</a></li>
    <li><a href="mybookings.html" id="menuBookings"{attrs(data__expect="nav-bookings")}>My bookings</a></li>
    <li><a href="help.html" id="menuHelp"{attrs(data__expect="nav-help")}>Help</a></li></ul>
  <a href="login.html" id="loginLink"{attrs(data__expect="login")}>Login</a>
  <select id="currencySel" name="currency"{attrs(data__expect="currency")}><option>EUR</option><option>GBP</option><option>USD</option></select>
</div>"""


def bottom_v1():
    links = [("About Skylark", "footer-about"), ("Help", "footer-help"), ("Privacy", "footer-privacy"), ("Cookies", "footer-cookies")]
    return '<div id="bottomBar">' + " | ".join(f'<a href="{k[7:]}.html"{attrs(data__expect=k)}>{t}</a>' for t, k in links) + "</div>"


def search_v1():
    body = f"""{top_v1()}
<div id="mainContent">
  <h1{attrs(data__expect="heading")}>Find cheap flights</h1>
  <form id="searchForm" action="results.html">
    <div class="tripType">
      <input type="radio" name="tripType" id="tripReturn" value="return" checked{attrs(data__expect="trip-return")}><label for="tripReturn">Return</label>
      <input type="radio" name="tripType" id="tripOneWay" value="oneway"{attrs(data__expect="trip-oneway")}><label for="tripOneWay">One way</label>
    </div>
    <table class="formTable">
      <tr><td><label for="fromAirport">From</label></td><td><input id="fromAirport" name="from" placeholder="City or airport"{attrs(data__expect="from")}></td>
          <td><label for="toAirport">To</label></td><td><input id="toAirport" name="to" placeholder="City or airport"{attrs(data__expect="to")}></td>
          <td><button type="button" id="swapBtn"{attrs(data__expect="swap")}>Swap</button></td></tr>
      <tr><td><label for="departDate">Depart</label></td><td><input id="departDate" name="depart" type="date"{attrs(data__expect="depart")}></td>
          <td><label for="returnDate">Return</label></td><td><input id="returnDate" name="return" type="date"{attrs(data__expect="return")}></td></tr>
      <tr><td><label for="adults">Adults</label></td><td><input id="adults" name="adults" type="number" value="1"{attrs(data__expect="adults")}></td>
          <td><label for="children">Children</label></td><td><input id="children" name="children" type="number" value="0"{attrs(data__expect="children")}></td></tr>
      <tr><td><label for="cabinClass">Cabin class</label></td><td><select id="cabinClass" name="cabin"{attrs(data__expect="cabin")}><option>Economy</option><option>Premium economy</option><option>Business</option></select></td>
          <td colspan="2"><input type="checkbox" id="directOnly" name="direct"{attrs(data__expect="direct")}> <label for="directOnly">Direct flights only</label></td></tr>
    </table>
    <input type="submit" id="searchBtn" value="Search flights" class="bigButton"{attrs(data__expect="submit")}>
  </form>
  <div id="recent"><h2>Recent searches</h2>
    <a href="results.html?r=1"{attrs(data__expect="recent-1")}>London &rarr; Lisbon</a>
    <a href="results.html?r=2"{attrs(data__expect="recent-2")}>Berlin &rarr; Rome</a>
    <a href="#" id="clearRecent"{attrs(data__expect="recent-clear")}>Clear</a></div>
</div>
{bottom_v1()}"""
    return page("Skylark - Find cheap flights", body)


def results_v1():
    rows = ""
    for code, airline, dep, arr, dur, stops, price in FLIGHTS:
        rows += f"""
    <tr class="flightRow" id="fl_{code}">
      <td>{airline}<br><small>{code}</small></td><td>{dep} &ndash; {arr}</td><td>{dur}</td><td>{"Direct" if stops == 0 else f"{stops} stop"}</td>
      <td class="price">&euro;{price}</td>
      <td><button class="selectBtn" onclick="pick('{code}')"{attrs(data__expect="select-" + code)}>Select</button>
          <a href="details.html?f={code}" class="detailsLnk"{attrs(data__expect="details-" + code)}>Flight details</a></td>
    </tr>"""
    body = f"""{top_v1()}
<div id="mainContent" class="withSidebar">
  <div id="sidebar">
    <h3>Stops</h3>
    <input type="checkbox" id="stops0" checked{attrs(data__expect="stops-direct")}><label for="stops0">Direct</label><br>
    <input type="checkbox" id="stops1" checked{attrs(data__expect="stops-one")}><label for="stops1">1 stop</label>
    <h3>Airlines</h3>
    <input type="checkbox" id="alSkylark" checked{attrs(data__expect="airline-skylark")}><label for="alSkylark">Skylark</label><br>
    <input type="checkbox" id="alNorthwind" checked{attrs(data__expect="airline-northwind")}><label for="alNorthwind">Northwind</label><br>
    <input type="checkbox" id="alBlueAir" checked{attrs(data__expect="airline-blueair")}><label for="alBlueAir">Blue Air</label>
    <br><button id="resetFilters"{attrs(data__expect="reset")}>Reset filters</button>
  </div>
  <div id="results">
    <h1{attrs(data__expect="heading")}>London to Lisbon</h1>
    <a href="search.html" id="modifySearch"{attrs(data__expect="modify")}>Modify search</a>
    <label for="sortSel">Sort by</label>
    <select id="sortSel"{attrs(data__expect="sort")}><option>Departure time</option><option>Price</option><option>Duration</option></select>
    <table id="flightsTable">
      <tr><th>Airline</th><th>Times</th><th>Duration</th><th>Stops</th><th>Price</th><th></th></tr>{rows}
    </table>
    <button id="moreFlights"{attrs(data__expect="more")}>Show more flights</button>
  </div>
</div>
{bottom_v1()}"""
    return page("Skylark - London to Lisbon", body)


def passengers_v1():
    body = f"""{top_v1()}
<div id="mainContent">
  <h1{attrs(data__expect="heading")}>Passenger details</h1>
  <form id="paxForm">
    <h2>Adult 1</h2>
    <label for="paxTitle">Title</label><select id="paxTitle" name="title"{attrs(data__expect="title")}><option>Mr</option><option>Ms</option><option>Mx</option><option>Dr</option></select>
    <label for="paxFirst">First name</label><input id="paxFirst" name="firstName"{attrs(data__expect="first")}>
    <label for="paxLast">Last name</label><input id="paxLast" name="lastName"{attrs(data__expect="last")}>
    <label for="paxDobDay">Date of birth</label>
    <select id="paxDobDay" name="dobDay"{attrs(data__expect="dob-day")}><option>Day</option><option>1</option><option>2</option></select>
    <select id="paxDobMonth" name="dobMonth" aria-label="Month"{attrs(data__expect="dob-month")}><option>Month</option><option>January</option></select>
    <select id="paxDobYear" name="dobYear" aria-label="Year"{attrs(data__expect="dob-year")}><option>Year</option><option>1990</option></select>
    <label for="paxPassport">Passport number</label><input id="paxPassport" name="passport"{attrs(data__expect="passport")}>
    <h2>Contact</h2>
    <label for="paxEmail">Email</label><input id="paxEmail" name="email" type="email"{attrs(data__expect="email")}>
    <label for="paxPhone">Mobile number</label><input id="paxPhone" name="phone" type="tel"{attrs(data__expect="phone")}>
    <h2>Seat</h2>
    <input type="radio" name="seat" id="seatWindow" value="window"{attrs(data__expect="seat-window")}><label for="seatWindow">Window</label>
    <input type="radio" name="seat" id="seatAisle" value="aisle"{attrs(data__expect="seat-aisle")}><label for="seatAisle">Aisle</label>
    <input type="radio" name="seat" id="seatAny" value="any" checked{attrs(data__expect="seat-any")}><label for="seatAny">No preference</label>
    <h2>Extras</h2>
    <input type="checkbox" id="xBag" name="bag"{attrs(data__expect="extra-bag")}><label for="xBag">Checked bag (23 kg)</label><br>
    <input type="checkbox" id="xLegroom" name="legroom"{attrs(data__expect="extra-legroom")}><label for="xLegroom">Extra legroom</label><br>
    <input type="checkbox" id="xInsurance" name="insurance"{attrs(data__expect="extra-insurance")}><label for="xInsurance">Travel insurance</label>
    <p><input type="checkbox" id="newsOptIn" name="news"{attrs(data__expect="news")}><label for="newsOptIn">Send me deals by email</label></p>
    <input type="button" id="backBtn" value="Back" onclick="history.back()"{attrs(data__expect="back")}>
    <input type="submit" id="continueBtn" value="Continue to payment" class="bigButton"{attrs(data__expect="continue")}>
  </form>
</div>
{bottom_v1()}"""
    return page("Skylark - Passenger details", body)


# -- v2 ------------------------------------------------------------------------------------------

def top_v2():
    return f"""<header class="Header_root__x1">
  <a href="index.html" class="Header_logo__a2" aria-label="Skylark home"{attrs(data__expect="logo")}><svg width="90" height="24"><rect width="90" height="24"/></svg></a>
  <nav class="Header_nav__q3"><a href="flights.html"{attrs(data__expect="nav-flights")}>Flights</a><a href="hotels.html"{attrs(data__expect="nav-hotels")}>Stays</a>
    <a href="trips.html"{attrs(data__expect="nav-bookings")}>Trips</a><a href="help.html"{attrs(data__expect="nav-help")}>Support</a></nav>
  <button class="Header_currency__z9" aria-haspopup="listbox" aria-label="Currency: EUR">&euro; EUR</button>
  <a href="login.html" class="Button_root__k1 Button_secondary__k2"{attrs(data__expect="login")}>Sign in</a>
</header>"""


def bottom_v2():
    links = [("About", "footer-about"), ("Help centre", "footer-help"), ("Privacy", "footer-privacy"), ("Cookie settings", "footer-cookies")]
    return '<footer class="Footer_root__p0"><nav aria-label="Legal">' + "".join(f'<a href="{k[7:]}.html" class="Footer_link__p1"{attrs(data__expect=k)}>{t}</a>' for t, k in links) + "</nav></footer>"


def search_v2():
    body = f"""{top_v2()}
<main class="Search_page__m1">
  <h1{attrs(data__expect="heading")}>Where to next?</h1>
  <form class="SearchForm_root__f1" aria-label="Flight search">
    <div role="radiogroup" aria-label="Trip type" class="SearchForm_trip__f2">
      <label><input type="radio" name="trip" value="RT" checked{attrs(data__expect="trip-return")}> Round trip</label>
      <label><input type="radio" name="trip" value="OW"{attrs(data__expect="trip-oneway")}> One-way</label>
      <label><input type="radio" name="trip" value="MC"> Multi-city</label>
    </div>
    <div class="SearchForm_row__f3">
      <label class="Field_root__l1">Leaving from<input role="combobox" aria-expanded="false" name="origin" placeholder="Airport or city"{attrs(data__expect="from")}></label>
      <button type="button" class="IconButton_root__i1" aria-label="Swap origin and destination"{attrs(data__expect="swap")}>&#8646;</button>
      <label class="Field_root__l1">Going to<input role="combobox" aria-expanded="false" name="destination" placeholder="Airport or city"{attrs(data__expect="to")}></label>
    </div>
    <div class="SearchForm_row__f3">
      <label class="Field_root__l1">Departure<input type="date" name="outbound"{attrs(data__expect="depart")}></label>
      <label class="Field_root__l1">Return<input type="date" name="inbound"{attrs(data__expect="return")}></label>
      <label class="Field_root__l1">Travellers<input type="number" name="pax" value="1" min="1"{attrs(data__expect="adults")}></label>
      <label class="Field_root__l1">Cabin<select name="cabin"{attrs(data__expect="cabin")}><option>Economy</option><option>Premium</option><option>Business</option><option>First</option></select></label>
    </div>
    <label class="Check_root__c1"><input type="checkbox" name="nonstop"{attrs(data__expect="direct")}> Non-stop only</label>
    <button type="submit" class="Button_root__k1 Button_primary__k3"{attrs(data__expect="submit")}>Search</button>
  </form>
  <section class="Recent_root__r1"><h2>Pick up where you left off</h2>
    <ul><li><a href="results.html?r=2"{attrs(data__expect="recent-2")}>Berlin &ndash; Rome &middot; 2 travellers</a></li>
        <li><a href="results.html?r=1"{attrs(data__expect="recent-1")}>London &ndash; Lisbon &middot; 1 traveller</a></li></ul>
  </section>
</main>
{bottom_v2()}"""
    return page("Skylark · Search flights", body, css="style2.css")


def results_v2():
    cards = ""
    for code, airline, dep, arr, dur, stops, price in sorted(FLIGHTS, key=lambda f: f[6]):
        if code == "BA330":
            continue  # Blue Air no longer sold
        cards += f"""
    <li class="FlightCard_root__c1">
      <div class="FlightCard_times__c2"><strong>{dep}</strong> &rarr; <strong>{arr}</strong><span>{dur} &middot; {"Non-stop" if stops == 0 else "1 stop"}</span></div>
      <div class="FlightCard_airline__c3">{airline} &middot; {code}</div>
      <div class="FlightCard_fare__c4"><span class="FlightCard_price__c5">&euro;{price}</span>
        <button class="Button_root__k1 Button_primary__k3"{attrs(data__expect="select-" + code)}>Choose flight</button>
        <button class="Button_root__k1 Button_link__k4"{attrs(data__expect="details-" + code)}>Details</button></div>
    </li>"""
    body = f"""{top_v2()}
<main class="Results_page__m2">
  <aside class="Filters_root__g1" aria-label="Filters">
    <details open><summary>Stops</summary>
      <label><input type="checkbox" name="stops" value="0" checked{attrs(data__expect="stops-direct")}> Non-stop</label>
      <label><input type="checkbox" name="stops" value="1" checked{attrs(data__expect="stops-one")}> 1 stop</label></details>
    <details open><summary>Airlines</summary>
      <label><input type="checkbox" name="airline" value="SK" checked{attrs(data__expect="airline-skylark")}> Skylark</label>
      <label><input type="checkbox" name="airline" value="NW" checked{attrs(data__expect="airline-northwind")}> Northwind</label></details>
    <button class="Button_root__k1 Button_link__k4"{attrs(data__expect="reset")}>Clear all</button>
  </aside>
  <section>
    <div class="Results_head__h1">
      <h1{attrs(data__expect="heading")}>London &rarr; Lisbon</h1>
      <a href="search.html" class="Button_root__k1 Button_secondary__k2"{attrs(data__expect="modify")}>Edit search</a>
      <label>Sort<select name="sort"{attrs(data__expect="sort")}><option>Cheapest</option><option>Fastest</option><option>Earliest</option></select></label>
    </div>
    <ul class="Results_list__l1">{cards}
    </ul>
    <button class="Button_root__k1 Button_secondary__k2"{attrs(data__expect="more")}>Load more results</button>
  </section>
</main>
{bottom_v2()}"""
    return page("Skylark · London → Lisbon", body, css="style2.css")


def passengers_v2():
    body = f"""{top_v2()}
<main class="Pax_page__m3">
  <h1{attrs(data__expect="heading")}>Who's travelling?</h1>
  <form class="Pax_form__p1">
    <fieldset><legend>Traveller 1 (adult)</legend>
      <label>Title<select name="travellers[0].title"{attrs(data__expect="title")}><option>Mr</option><option>Mrs</option><option>Ms</option><option>Mx</option></select></label>
      <label>Given names<input name="travellers[0].givenNames" autocomplete="given-name"{attrs(data__expect="first")}></label>
      <label>Surname<input name="travellers[0].surname" autocomplete="family-name"{attrs(data__expect="last")}></label>
      <label>Date of birth<input type="date" name="travellers[0].dob"></label>
      <label>Passport or ID number<input name="travellers[0].document"{attrs(data__expect="passport")}></label>
    </fieldset>
    <fieldset><legend>Contact details</legend>
      <label>Email address<input type="email" name="contact.email"{attrs(data__expect="email")}></label>
      <label>Phone<input type="tel" name="contact.phone" placeholder="+351 ..."{attrs(data__expect="phone")}></label>
    </fieldset>
    <fieldset><legend>Seat preference</legend>
      <label><input type="radio" name="seat" value="W"{attrs(data__expect="seat-window")}> Window seat</label>
      <label><input type="radio" name="seat" value="A"{attrs(data__expect="seat-aisle")}> Aisle seat</label>
      <label><input type="radio" name="seat" value="N" checked{attrs(data__expect="seat-any")}> Any seat</label>
    </fieldset>
    <fieldset><legend>Add extras</legend>
      <label><input type="checkbox" name="extras" value="bag"{attrs(data__expect="extra-bag")}> Hold luggage 23kg</label>
      <label><input type="checkbox" name="extras" value="legroom"{attrs(data__expect="extra-legroom")}> Extra legroom seat</label>
    </fieldset>
    <label><input type="checkbox" name="marketing"{attrs(data__expect="news")}> Email me offers and deals</label>
    <div class="Pax_actions__a1">
      <a href="results.html" class="Button_root__k1 Button_link__k4"{attrs(data__expect="back")}>Back to flights</a>
      <button type="submit" class="Button_root__k1 Button_primary__k3"{attrs(data__expect="continue")}>Continue</button>
    </div>
  </form>
</main>
{bottom_v2()}"""
    return page("Skylark · Travellers", body, css="style2.css")


# -- v3 ------------------------------------------------------------------------------------------

def top_v3():
    return f"""<header class="hdr">
  <a href="index.html" class="hdr-logo"{attrs(data__expect="logo")}><img src="img/skylark.svg" alt="Skylark" width="90" height="24"></a>
  <nav aria-label="Main" class="hdr-nav"><a href="flights.html"{attrs(data__expect="nav-flights")}>Flights</a><a href="hotels.html"{attrs(data__expect="nav-hotels")}>Hotels</a>
    <a href="trips.html"{attrs(data__expect="nav-bookings")}>My trips</a><a href="help.html"{attrs(data__expect="nav-help")}>Help</a></nav>
  <a href="login.html" class="hdr-icon" aria-label="Sign in"{attrs(data__expect="login")}><svg width="18" height="18"><circle cx="9" cy="9" r="8"/></svg></a>
</header>"""


def bottom_v3():
    links = [("About us", "footer-about"), ("Help", "footer-help"), ("Privacy", "footer-privacy")]
    return '<footer class="ftr"><ul>' + "".join(f'<li><a href="{k[7:]}.html"{attrs(data__expect=k)}>{t}</a></li>' for t, k in links) + "</ul></footer>"


def search_v3():
    body = f"""{top_v3()}
<main class="wrap">
  <h1{attrs(data__expect="heading")}>Search flights</h1>
  <form class="search" aria-label="Search flights">
    <div class="seg" role="radiogroup" aria-label="Trip">
      <label class="seg-btn"><input type="radio" name="t" value="return" checked{attrs(data__expect="trip-return")}> Return</label>
      <label class="seg-btn"><input type="radio" name="t" value="oneway"{attrs(data__expect="trip-oneway")}> One way</label>
    </div>
    <div class="row">
      <input name="from" aria-label="From" placeholder="From"{attrs(data__expect="from")}>
      <button type="button" class="icon" aria-label="Swap"{attrs(data__expect="swap")}><svg width="14" height="14"><rect width="14" height="14"/></svg></button>
      <input name="to" aria-label="To" placeholder="To"{attrs(data__expect="to")}>
      <input type="date" name="depart" aria-label="Depart date"{attrs(data__expect="depart")}>
      <input type="date" name="return" aria-label="Return date"{attrs(data__expect="return")}>
    </div>
    <div class="row">
      <label>Adults <input type="number" name="adults" value="1"{attrs(data__expect="adults")}></label>
      <label>Children <input type="number" name="children" value="0"{attrs(data__expect="children")}></label>
      <label>Class <select name="class"{attrs(data__expect="cabin")}><option>Economy</option><option>Business</option></select></label>
      <label class="sw"><input type="checkbox" role="switch" name="direct"{attrs(data__expect="direct")}> Direct only</label>
    </div>
    <button class="btn btn-main"{attrs(data__expect="submit")}>Find flights</button>
  </form>
</main>
{bottom_v3()}"""
    return page("Search flights", body, css="style3.css")


def results_v3():
    rows = ""
    for code, airline, dep, arr, dur, stops, price in FLIGHTS:
        if code == "NW228":
            continue  # cancelled route
        rows += f"""
    <article class="fl" aria-label="{airline} {code}, {dep} to {arr}">
      <p class="fl-times">{dep} &ndash; {arr} <span class="fl-dur">{dur}</span></p>
      <p class="fl-meta">{airline} &middot; {"Direct" if stops == 0 else "1 stop"}</p>
      <p class="fl-price">&euro;{price}</p>
      <a href="book.html?f={code}" class="btn"{attrs(data__expect="select-" + code)}>Book</a>
      <a href="details.html?f={code}" class="fl-more" aria-label="Details of {code}"{attrs(data__expect="details-" + code)}>i</a>
    </article>"""
    body = f"""{top_v3()}
<div class="summary" role="region" aria-label="Your search">London &ndash; Lisbon &middot; 1 adult
  <a href="search.html" class="btn btn-small"{attrs(data__expect="modify")}>Change search</a></div>
<main class="wrap two">
  <aside aria-label="Filters">
    <h2>Filters</h2>
    <label class="sw"><input type="checkbox" role="switch" checked{attrs(data__expect="stops-direct")}> Direct</label>
    <label class="sw"><input type="checkbox" role="switch" checked{attrs(data__expect="stops-one")}> One stop</label>
    <label class="sw"><input type="checkbox" role="switch" checked{attrs(data__expect="airline-skylark")}> Skylark</label>
    <label class="sw"><input type="checkbox" role="switch" checked{attrs(data__expect="airline-northwind")}> Northwind</label>
    <label class="sw"><input type="checkbox" role="switch" checked{attrs(data__expect="airline-blueair")}> Blue Air</label>
  </aside>
  <section>
    <div class="row"><h1{attrs(data__expect="heading")}>Flights to Lisbon</h1>
      <select aria-label="Sort by"{attrs(data__expect="sort")}><option>Best</option><option>Cheapest</option><option>Fastest</option></select></div>
    {rows}
    <button class="btn btn-ghost"{attrs(data__expect="more")}>More flights</button>
  </section>
</main>
{bottom_v3()}"""
    return page("Flights to Lisbon", body, css="style3.css")


def passengers_v3():
    body = f"""{top_v3()}
<main class="wrap">
  <h1{attrs(data__expect="heading")}>Traveller details</h1>
  <form class="pax">
    <div class="row">
      <label>Title<select name="title"{attrs(data__expect="title")}><option>Mr</option><option>Ms</option><option>Mx</option></select></label>
      <label>First name(s)<input name="first"{attrs(data__expect="first")}></label>
      <label>Last name<input name="last"{attrs(data__expect="last")}></label>
    </div>
    <label>Passport no.<input name="passport"{attrs(data__expect="passport")}></label>
    <label>Email<input type="email" name="email"{attrs(data__expect="email")}></label>
    <label>Phone number<input type="tel" name="tel"{attrs(data__expect="phone")}></label>
    <div role="radiogroup" aria-label="Seat">
      <label><input type="radio" name="seat" value="window"{attrs(data__expect="seat-window")}> Window</label>
      <label><input type="radio" name="seat" value="aisle"{attrs(data__expect="seat-aisle")}> Aisle</label>
    </div>
    <label class="sw"><input type="checkbox" role="switch" name="bag"{attrs(data__expect="extra-bag")}> Checked bag</label>
    <label class="sw"><input type="checkbox" role="switch" name="insurance"{attrs(data__expect="extra-insurance")}> Insurance</label>
    <div class="row"><a href="results.html" class="btn btn-ghost"{attrs(data__expect="back")}>Back</a>
      <button class="btn btn-main"{attrs(data__expect="continue")}>Next: payment</button></div>
  </form>
</main>
{bottom_v3()}"""
    return page("Traveller details", body, css="style3.css")


STYLE = """body { font-family: Verdana, sans-serif; font-size: 13px; margin: 0; } #topBar { background: #036; color: #fff; padding: 6px 12px; }
#topBar a { color: #fff; } #topMenu { display: inline; list-style: none; } #topMenu li { display: inline; margin: 0 8px; }
#mainContent { padding: 12px; } .withSidebar { display: flex; gap: 16px; } #sidebar { width: 180px; } .bigButton { font-size: 16px; padding: 6px 20px; }
#flightsTable td, #flightsTable th { padding: 4px 8px; border-bottom: 1px solid #ccc; } label { margin-right: 6px; } form#paxForm label { display: block; margin-top: 6px; }
form#paxForm input[type=radio] + label, form#paxForm input[type=checkbox] + label { display: inline; } #bottomBar { padding: 12px; border-top: 1px solid #ccc; }
"""
STYLE2 = """body { font-family: sans-serif; margin: 0; } .Header_root__x1 { display: flex; gap: 20px; align-items: center; padding: 10px 24px; border-bottom: 1px solid #eee; }
.Header_nav__q3 { display: flex; gap: 14px; } .Button_root__k1 { display: inline-block; padding: 8px 16px; border-radius: 8px; border: 1px solid #0a58ca; cursor: pointer; text-decoration: none; }
.Button_primary__k3 { background: #0a58ca; color: #fff; } .Button_link__k4 { border: none; background: none; color: #0a58ca; }
.Field_root__l1 { display: inline-block; margin: 6px; } .Field_root__l1 input, .Field_root__l1 select { display: block; } .SearchForm_row__f3 { display: flex; align-items: end; }
.Results_page__m2 { display: flex; gap: 24px; padding: 16px; } .Filters_root__g1 { width: 200px; } .Filters_root__g1 label { display: block; }
.Results_list__l1 { list-style: none; padding: 0; } .FlightCard_root__c1 { display: flex; justify-content: space-between; border: 1px solid #ddd; border-radius: 10px; padding: 12px; margin: 8px 0; }
.Pax_page__m3 { padding: 16px; max-width: 640px; } fieldset label { display: block; margin: 6px 0; } .Footer_root__p0 { padding: 16px; } .Footer_root__p0 a { margin-right: 12px; }
.IconButton_root__i1 { border: 1px solid #ccc; border-radius: 50%; background: #fff; width: 32px; height: 32px; cursor: pointer; }
"""
STYLE3 = """body { font-family: system-ui; margin: 0; } .hdr { display: flex; gap: 16px; align-items: center; padding: 8px 16px; background: #fafafa; } .hdr-nav { display: flex; gap: 12px; }
.wrap { max-width: 1000px; margin: 0 auto; padding: 16px; } .two { display: grid; grid-template-columns: 200px 1fr; gap: 20px; } .row { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.btn { display: inline-block; padding: 6px 14px; border-radius: 20px; background: #ff5a36; color: #fff; border: none; text-decoration: none; cursor: pointer; } .btn-ghost { background: #fff; color: #ff5a36; border: 1px solid #ff5a36; }
.icon { border: 1px solid #ccc; background: #fff; border-radius: 50%; cursor: pointer; } .fl { display: grid; grid-template-columns: 2fr 2fr 1fr 1fr 30px; align-items: center; border-bottom: 1px solid #eee; padding: 8px 0; }
.sw { display: block; margin: 4px 0; } .summary { padding: 8px 16px; background: #fff3ee; } label { margin-right: 8px; } .pax label { display: block; margin: 6px 0; }
.seg-btn { display: inline-block; border: 1px solid #ccc; padding: 4px 10px; } .ftr ul { list-style: none; display: flex; gap: 12px; padding: 16px; }
"""


def render():
    return {
        "v1": {"search.html": search_v1(), "results.html": results_v1(), "passengers.html": passengers_v1(), "style.css": STYLE},
        "v2": {"search.html": search_v2(), "results.html": results_v2(), "passengers.html": passengers_v2(), "style2.css": STYLE2},
        "v3": {"search.html": search_v3(), "results.html": results_v3(), "passengers.html": passengers_v3(), "style3.css": STYLE3},
    }
