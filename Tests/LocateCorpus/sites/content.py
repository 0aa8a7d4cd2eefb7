"""Content: "Field Notes", a magazine with forms. Two versions of the article list, an article
with comments, and the contact page.

v1  a WordPress-like theme: "Read more" links under every excerpt, a comment form with Name /
    Email / Website, Reply links per comment, a contact form with a topic select.
v2  a new theme: newest articles first, one article unpublished, "Read more" -> "Continue
    reading" with an aria-label naming the article, nav "Articles" -> "Stories", share links
    become icon buttons, comment form reworded (Your name, Publish), Website field dropped,
    contact form restructured (topic as radio buttons, phone placeholder, "Send"), FAQ
    accordion reordered, newsletter moved from the sidebar to the footer.
"""
from common import attrs, e, page

ARTICLES = [  # slug, title, author, date, excerpt
    ("river-birds", "Birds of the lower river", "Maya Lind", "12 May", "A morning walk along the estuary turns up eleven species."),
    ("moss-guide", "A field guide to urban moss", "Tom Berger", "9 May", "Between the paving stones grows a quiet forest."),
    ("night-sky", "Reading the night sky in June", "Ana Ruiz", "2 May", "Three constellations you can find without a map."),
    ("foraging-rules", "The unwritten rules of foraging", "Maya Lind", "28 Apr", "Take a third, leave two thirds, and ask first."),
    ("tide-pools", "Life in a tide pool", "Sam Osei", "21 Apr", "An hour at low tide on a rocky shore."),
    ("bee-hotels", "Do bee hotels work?", "Tom Berger", "15 Apr", "We built six and watched them for a year."),
]
COMMENTS = [("c1", "Priya", "Lovely piece, I saw the kingfisher too!"), ("c2", "Jonas", "Which path did you take from the bridge?"),
            ("c3", "Lea", "The photos are wonderful.")]


def nav_v1(active):
    links = [("index.html", "Home", "nav-home"), ("articles.html", "Articles", "nav-articles"), ("podcast.html", "Podcast", "nav-podcast"),
             ("about.html", "About", "nav-about"), ("contact.html", "Contact", "nav-contact")]
    items = "".join(f'<li class="menu-item{" current-menu-item" if k == active else ""}"><a href="{h}"{attrs(data__expect=k)}>{t}</a></li>' for h, t, k in links)
    return f"""<header id="masthead" class="site-header">
  <p class="site-title"><a href="index.html" rel="home"{attrs(data__expect="home-title")}>Field Notes</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{items}</ul></nav>
  <form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span>
    <input type="search" class="search-field" placeholder="Search &hellip;" name="s"{attrs(data__expect="search")}></label>
    <input type="submit" class="search-submit" value="Search"{attrs(data__expect="search-submit")}></form>
</header>"""


def footer_v1():
    links = [("About", "footer-about"), ("Contact", "footer-contact"), ("Privacy", "footer-privacy"), ("Careers", "footer-careers"), ("RSS", "footer-rss")]
    items = "".join(f'<li><a href="{t.lower()}.html"{attrs(data__expect=k)}>{t}</a></li>' for t, k in links)
    return f"""<footer id="colophon" class="site-footer"><ul class="footer-menu">{items}</ul><p>&copy; Field Notes 2026</p></footer>"""


def newsletter_v1():
    return f"""<section id="newsletter-widget" class="widget">
    <h2 class="widget-title">Newsletter</h2>
    <form class="newsletter-form"><label for="nl-email">Email address</label>
      <input id="nl-email" type="email" name="EMAIL"{attrs(data__expect="nl-email")}>
      <input type="submit" value="Subscribe" id="nl-subscribe"{attrs(data__expect="nl-submit")}></form>
  </section>"""


def articles_v1():
    posts = ""
    for slug, title, author, date, excerpt in ARTICLES:
        posts += f"""
  <article id="post-{slug}" class="post type-post">
    <h2 class="entry-title"><a href="{slug}.html" rel="bookmark"{attrs(data__expect="title-" + slug)}>{e(title)}</a></h2>
    <div class="entry-meta">By <a href="author/{author.split()[0].lower()}.html" class="author">{e(author)}</a> &middot; {date}</div>
    <div class="entry-summary"><p>{e(excerpt)}</p></div>
    <a href="{slug}.html" class="more-link"{attrs(data__expect="more-" + slug)}>Read more</a>
  </article>"""
    tags = "".join(f'<a href="tag/{t}.html" class="tag-cloud-link"{attrs(data__expect="tag-" + t)}>{t}</a> ' for t in ["birds", "plants", "sky", "coast", "insects"])
    body = f"""{nav_v1("nav-articles")}
<div id="content" class="site-content">
<main id="main" class="site-main">
  <h1 class="page-title"{attrs(data__expect="heading")}>Articles</h1>{posts}
  <nav class="navigation pagination"><div class="nav-links">
    <span aria-current="page" class="page-numbers current">1</span>
    <a class="page-numbers" href="page/2.html"{attrs(data__expect="page-2")}>2</a>
    <a class="next page-numbers" href="page/2.html"{attrs(data__expect="page-next")}>Next &raquo;</a></div></nav>
</main>
<aside id="secondary" class="widget-area">
  {newsletter_v1()}
  <section class="widget"><h2 class="widget-title">Tags</h2><div class="tagcloud">{tags}</div></section>
</aside>
</div>
{footer_v1()}"""
    return page("Articles – Field Notes", body)


def article_v1():
    comments = ""
    for cid, who, text in COMMENTS:
        comments += f"""
    <li id="comment-{cid}" class="comment"><article class="comment-body">
      <footer class="comment-meta"><b class="fn">{who}</b> says:</footer>
      <div class="comment-content"><p>{e(text)}</p></div>
      <div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond"{attrs(data__expect="reply-" + cid)}>Reply</a></div>
    </article></li>"""
    body = f"""{nav_v1("nav-articles")}
<div id="content" class="site-content">
<main id="main" class="site-main">
  <article class="post">
    <h1 class="entry-title"{attrs(data__expect="heading")}>Birds of the lower river</h1>
    <div class="entry-meta">By Maya Lind &middot; 12 May</div>
    <div class="share">
      <a href="https://twitter.example/share" class="share-twitter"{attrs(data__expect="share-twitter")}>Share on Twitter</a>
      <a href="https://facebook.example/share" class="share-facebook"{attrs(data__expect="share-facebook")}>Share on Facebook</a>
      <button id="copy-link" class="share-copy"{attrs(data__expect="share-copy")}>Copy link</button>
    </div>
    <div class="entry-content"><p>A morning walk along the estuary turns up eleven species, from the grey heron to a single kingfisher.</p>
      <p>Start at the old bridge and follow the towpath east.</p></div>
    <button id="like-button" class="like"{attrs(data__expect="like")}>Like</button>
  </article>
  <div id="comments" class="comments-area">
    <h2 class="comments-title">3 thoughts on &ldquo;Birds of the lower river&rdquo;</h2>
    <ol class="comment-list">{comments}</ol>
    <div id="respond" class="comment-respond">
      <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
      <form id="commentform" class="comment-form">
        <p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" rows="6"{attrs(data__expect="comment")}></textarea></p>
        <p class="comment-form-author"><label for="author">Name</label><input id="author" name="author" type="text"{attrs(data__expect="author")}></p>
        <p class="comment-form-email"><label for="email">Email</label><input id="email" name="email" type="email"{attrs(data__expect="email")}></p>
        <p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"{attrs(data__expect="website")}></p>
        <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox"{attrs(data__expect="save-details")}>
          <label for="wp-comment-cookies-consent">Save my name and email in this browser for the next time I comment.</label></p>
        <p><input id="subscribe-replies" name="subscribe" type="checkbox"{attrs(data__expect="notify")}> <label for="subscribe-replies">Notify me of follow-up comments by email</label></p>
        <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"{attrs(data__expect="post")}></p>
      </form>
    </div>
  </div>
  <section class="related"><h2>Related</h2>
    <a href="tide-pools.html"{attrs(data__expect="related-tide-pools")}>Life in a tide pool</a>
    <a href="foraging-rules.html"{attrs(data__expect="related-foraging-rules")}>The unwritten rules of foraging</a></section>
</main>
<aside id="secondary" class="widget-area">{newsletter_v1()}</aside>
</div>
{footer_v1()}"""
    return page("Birds of the lower river – Field Notes", body)


def contact_v1():
    faqs = [("How do I pitch a story?", "faq-pitch"), ("Can I reuse your photos?", "faq-photos"), ("Do you accept advertising?", "faq-ads")]
    faq = "".join(f'<div class="faq-item"><button class="faq-question" aria-expanded="false"{attrs(data__expect=k)}>{q}</button></div>' for q, k in faqs)
    body = f"""{nav_v1("nav-contact")}
<div id="content" class="site-content">
<main id="main" class="site-main">
  <h1 class="page-title"{attrs(data__expect="heading")}>Contact us</h1>
  <form id="contact-form" class="wpcf7-form">
    <p><label for="cf-name">Your name (required)</label><input id="cf-name" name="your-name" type="text"{attrs(data__expect="name")}></p>
    <p><label for="cf-email">Your email (required)</label><input id="cf-email" name="your-email" type="email"{attrs(data__expect="email")}></p>
    <p><label for="cf-phone">Phone</label><input id="cf-phone" name="your-phone" type="tel"{attrs(data__expect="phone")}></p>
    <p><label for="cf-topic">Topic</label><select id="cf-topic" name="topic"{attrs(data__expect="topic")}>
      <option>General question</option><option>Press</option><option>Advertising</option><option>Subscriptions</option></select></p>
    <p><label for="cf-subject">Subject</label><input id="cf-subject" name="your-subject" type="text"{attrs(data__expect="subject")}></p>
    <p><label for="cf-message">Your message</label><textarea id="cf-message" name="your-message" rows="8"{attrs(data__expect="message")}></textarea></p>
    <p>Preferred reply:
      <input type="radio" id="reply-email" name="reply" value="email" checked{attrs(data__expect="reply-email")}> <label for="reply-email">By email</label>
      <input type="radio" id="reply-phone" name="reply" value="phone"{attrs(data__expect="reply-phone")}> <label for="reply-phone">By phone</label></p>
    <p><label for="cf-file">Attachment</label><input id="cf-file" name="attachment" type="file"{attrs(data__expect="attachment")}></p>
    <p><input type="checkbox" id="cf-consent" name="consent"{attrs(data__expect="consent")}> <label for="cf-consent">I agree to the privacy policy</label></p>
    <p><input type="submit" value="Send message" id="cf-submit" class="wpcf7-submit"{attrs(data__expect="send")}></p>
  </form>
  <section class="faq"><h2>Frequently asked questions</h2>{faq}</section>
</main>
<aside id="secondary" class="widget-area">{newsletter_v1()}</aside>
</div>
{footer_v1()}"""
    return page("Contact – Field Notes", body)


# -- v2 ------------------------------------------------------------------------------------------

def nav_v2(active):
    links = [("index.html", "Home", "nav-home"), ("articles.html", "Stories", "nav-articles"), ("podcast.html", "Listen", "nav-podcast"),
             ("about.html", "About", "nav-about"), ("contact.html", "Contact", "nav-contact")]
    items = "".join(f'<a href="{h}" class="topnav__link"{attrs(aria__current="page" if k == active else None, data__expect=k)}>{t}</a>' for h, t, k in links)
    return f"""<header class="topbar">
  <a href="index.html" class="topbar__logo"{attrs(data__expect="home-title")}>Field&nbsp;Notes</a>
  <nav class="topnav" aria-label="Primary">{items}</nav>
  <form role="search" class="topbar__search"><input type="search" name="query" placeholder="Search stories" aria-label="Search"{attrs(data__expect="search")}>
    <button type="submit" aria-label="Go"{attrs(data__expect="search-submit")}>&#8594;</button></form>
  <a href="subscribe.html" class="btn btn--accent">Subscribe</a>
</header>"""


def footer_v2():
    links = [("About us", "footer-about"), ("Contact", "footer-contact"), ("Privacy policy", "footer-privacy"), ("Jobs", "footer-careers")]
    items = "".join(f'<a href="{k[7:]}.html" class="footer__link"{attrs(data__expect=k)}>{t}</a>' for t, k in links)
    return f"""<footer class="footer">
  <div class="footer__signup"><h2>The Sunday letter</h2>
    <form><input type="email" name="subscriber_email" placeholder="Email" aria-label="Your email address"{attrs(data__expect="nl-email")}>
    <button class="btn"{attrs(data__expect="nl-submit")}>Subscribe</button></form></div>
  <nav class="footer__links" aria-label="Footer">{items}</nav>
</footer>"""


def articles_v2():
    order = ["bee-hotels", "tide-pools", "foraging-rules", "night-sky", "river-birds"]  # moss-guide unpublished
    cards = ""
    for slug in order:
        _, title, author, date, excerpt = next(a for a in ARTICLES if a[0] == slug)
        cards += f"""
    <article class="story-card">
      <a href="{slug}.html" class="story-card__title"{attrs(data__expect="title-" + slug)}><h2>{e(title)}</h2></a>
      <p class="story-card__dek">{e(excerpt)}</p>
      <p class="story-card__byline">{e(author)} &middot; {date}</p>
      <a href="{slug}.html" class="story-card__cta" aria-label="Continue reading: {e(title)}"{attrs(data__expect="more-" + slug)}>Continue reading</a>
    </article>"""
    tags = "".join(f'<a href="topics/{t}.html" class="chip"{attrs(data__expect="tag-" + t)}>#{t}</a>' for t in ["birds", "plants", "coast", "insects"])
    body = f"""{nav_v2("nav-articles")}
<main class="page">
  <h1{attrs(data__expect="heading")}>Latest stories</h1>
  <div class="chips" aria-label="Topics">{tags}</div>
  <div class="story-list">{cards}
  </div>
  <nav class="pager" aria-label="More stories">
    <a href="page/2.html" class="btn" aria-label="Page 2"{attrs(data__expect="page-2")}>2</a>
    <a href="page/2.html" class="btn"{attrs(data__expect="page-next")}>Older stories</a></nav>
</main>
{footer_v2()}"""
    return page("Latest stories | Field Notes", body, css="style2.css")


def article_v2():
    comments = ""
    for cid, who, text in reversed(COMMENTS):
        comments += f"""
      <div class="comment" id="{cid}-thread">
        <p class="comment__author">{who}</p><p class="comment__text">{e(text)}</p>
        <button class="link-btn" aria-label="Reply to {who}"{attrs(data__expect="reply-" + cid)}>Reply</button>
      </div>"""
    body = f"""{nav_v2("nav-articles")}
<main class="page page--article">
  <article>
    <h1{attrs(data__expect="heading")}>Birds of the lower river</h1>
    <p class="byline">Maya Lind &middot; 12 May</p>
    <div class="share-bar" aria-label="Share">
      <a href="https://twitter.example/share" class="icon-link" aria-label="Share on X"{attrs(data__expect="share-twitter")}><svg width="16" height="16"><rect width="16" height="16"/></svg></a>
      <a href="https://facebook.example/share" class="icon-link" title="Share on Facebook"{attrs(data__expect="share-facebook")}><img src="img/fb.svg" alt="Facebook" width="16" height="16"></a>
      <button class="icon-link" aria-label="Copy link to this story"{attrs(data__expect="share-copy")}><svg width="16" height="16"><rect width="16" height="16"/></svg></button>
    </div>
    <p>A morning walk along the estuary turns up eleven species, from the grey heron to a single kingfisher.</p>
    <button class="btn btn--ghost" aria-pressed="false"{attrs(data__expect="like")}>&#9829; Like this story</button>
  </article>
  <section class="discussion">
    <h2>Discussion (3)</h2>
    <form class="discussion__form">
      <div class="two-col">
        <label>Your name<input name="comment_author" autocomplete="name"{attrs(data__expect="author")}></label>
        <label>Email (not published)<input name="comment_email" type="email"{attrs(data__expect="email")}></label>
      </div>
      <label>Your comment<textarea name="comment_body" rows="5" placeholder="Join the discussion"{attrs(data__expect="comment")}></textarea></label>
      <label class="inline"><input type="checkbox" name="notify_replies"{attrs(data__expect="notify")}> Email me when someone replies</label>
      <label class="inline"><input type="checkbox" name="remember_me"{attrs(data__expect="save-details")}> Remember me</label>
      <button type="submit" class="btn"{attrs(data__expect="post")}>Publish</button>
    </form>{comments}
  </section>
  <aside class="more"><h2>More from Field Notes</h2>
    <a href="foraging-rules.html"{attrs(data__expect="related-foraging-rules")}>The unwritten rules of foraging</a>
    <a href="bee-hotels.html">Do bee hotels work?</a>
    <a href="tide-pools.html"{attrs(data__expect="related-tide-pools")}>Life in a tide pool</a></aside>
</main>
{footer_v2()}"""
    return page("Birds of the lower river | Field Notes", body, css="style2.css")


def contact_v2():
    faqs = [("Can I reuse your photos?", "faq-photos"), ("How do I pitch a story?", "faq-pitch"), ("How do I cancel my subscription?", None)]
    faq = "".join(f'<details class="faq__item"><summary{attrs(data__expect=k)}>{q}</summary><p>Answer.</p></details>' for q, k in faqs)
    topics = [("General", "topic-general"), ("Press", "topic-press"), ("Advertising", "topic-ads")]
    radios = "".join(f'<label class="radio-card"><input type="radio" name="topic" value="{t.lower()}"> {t}</label>' for t, _ in topics)
    body = f"""{nav_v2("nav-contact")}
<main class="page page--contact">
  <h1{attrs(data__expect="heading")}>Get in touch</h1>
  <div class="two-col">
  <form class="contact" aria-label="Contact form">
    <fieldset><legend>What is it about?</legend>{radios}</fieldset>
    <label>Name<input name="contact[name]" autocomplete="name"{attrs(data__expect="name")}></label>
    <label>Email<input name="contact[email]" type="email" autocomplete="email"{attrs(data__expect="email")}></label>
    <label>Phone <small>(optional)</small><input name="contact[phone]" type="tel" placeholder="+44 20 7946 0000"{attrs(data__expect="phone")}></label>
    <label>Message<textarea name="contact[body]" rows="6" placeholder="How can we help?"{attrs(data__expect="message")}></textarea></label>
    <label class="inline"><input type="checkbox" name="contact[gdpr]"{attrs(data__expect="consent")}> I have read the privacy notice</label>
    <div class="actions"><button type="reset" class="btn btn--ghost">Clear</button><button type="submit" class="btn"{attrs(data__expect="send")}>Send</button></div>
  </form>
  <section class="faq"><h2>FAQ</h2>{faq}</section>
  </div>
</main>
{footer_v2()}"""
    return page("Get in touch | Field Notes", body, css="style2.css")


STYLE = """body { font-family: Georgia, serif; margin: 0; } .site-header { display: flex; gap: 20px; align-items: center; padding: 10px 20px; border-bottom: 1px solid #ddd; }
.menu { display: flex; gap: 14px; list-style: none; margin: 0; padding: 0; } .site-title { margin: 0; font-weight: bold; }
.site-content { display: flex; gap: 32px; padding: 20px; } .site-main { flex: 1; max-width: 680px; } .widget-area { width: 240px; }
.post { margin-bottom: 24px; } .more-link { font-size: 14px; } .screen-reader-text { position: absolute; clip: rect(1px,1px,1px,1px); width: 1px; height: 1px; overflow: hidden; }
label { display: block; } p label { display: inline-block; margin-right: 8px; } .comment-form p label { display: block; } .comment-form-cookies-consent label { display: inline; }
.comment-list { list-style: none; padding: 0; } .faq-question { display: block; width: 100%; text-align: left; margin: 4px 0; padding: 6px; }
.footer-menu { display: flex; gap: 14px; list-style: none; padding: 0; } .site-footer { padding: 20px; border-top: 1px solid #ddd; }
"""

STYLE2 = """body { font-family: Inter, sans-serif; margin: 0; } .topbar { display: flex; gap: 20px; align-items: center; padding: 12px 24px; background: #0b3d2e; color: #fff; }
.topbar a, .topbar button { color: #fff; } .topnav { display: flex; gap: 16px; } .page { max-width: 960px; margin: 0 auto; padding: 24px; }
.btn { display: inline-block; padding: 6px 14px; border-radius: 16px; border: 1px solid #0b3d2e; background: #e7f3ee; color: #0b3d2e; cursor: pointer; text-decoration: none; }
.btn--accent { background: #f5c542; } .btn--ghost { background: none; } .story-list { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.story-card { border: 1px solid #e5e5e5; border-radius: 8px; padding: 14px; } .chips { display: flex; gap: 6px; margin-bottom: 12px; } .chip { padding: 2px 8px; border-radius: 10px; background: #eee; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; } label { display: block; margin: 8px 0; } label input, label textarea { display: block; width: 100%; }
label.inline input { display: inline; width: auto; } .icon-link { display: inline-block; padding: 4px; border: none; background: none; cursor: pointer; }
.link-btn { border: none; background: none; color: #0b3d2e; text-decoration: underline; cursor: pointer; } .footer { padding: 24px; background: #f3f3f3; display: flex; justify-content: space-between; }
.footer__links { display: flex; gap: 12px; } .more a { display: block; } .faq__item { margin: 6px 0; } .radio-card { display: inline-block; border: 1px solid #ccc; padding: 6px; margin-right: 6px; }
"""


def render():
    return {
        "v1": {"articles.html": articles_v1(), "article.html": article_v1(), "contact.html": contact_v1(), "style.css": STYLE},
        "v2": {"articles.html": articles_v2(), "article.html": article_v2(), "contact.html": contact_v2(), "style2.css": STYLE2},
    }
