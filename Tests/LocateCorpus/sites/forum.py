"""Forum: "Hearthside", a home-baking community discussion forum and Q&A site — HELD OUT.
Three versions of five pages: topics (categories and the topic list), thread (one discussion with
its replies and the reply editor), compose (new topic form with a poll), moderation (moderator
queue of flagged posts and the members table) and profile (user control panel / settings).
The signed-in member is Jo Harlow ("breadnerd"), a moderator, who started the sourdough thread.

v1  older server-rendered board (phpBB / vBulletin era): `hs_…` / `pf_…` / `mcp_…` prefixed ids,
    layout tables, a category table with "Subscribe" per forum, the topic list as table rows with
    "Sticky:" / "Announcement:" prefixes, page links ("1", "2", "3") in long topics and text links
    "Follow" / "Mute" per row plus "Mark read" on unread rows only, an unlabelled search box with
    "Search", "Sort by" / order / "Display topics from previous" selects with "Go", an image link
    "Post a new topic", "Mark all topics read". Thread: posts as tables with text "Quote" /
    "Reply" / "Report" / "Like (n)" and a "#n" permalink on every post, "Edit" / "Delete" on the
    member's own first post, "Accept as answer" on the other replies, "Unaccept" on the accepted
    one, "Post reply" both at the top (a link to the full editor) and under the quick reply box,
    BBCode input buttons (B, i, u, Quote, Code, URL, Img), an unlabelled message textarea, "Notify
    me when a reply is posted", "Preview", "Go advanced", thread tools (Subscribe, Print view, Email
    to a friend), "Similar topics". Compose: one table form (Subject, Forum select, topic icon radios,
    tags box with a hint, message, BBCode buttons, poll with four options each with a "Remove" link,
    "Add option", "Allow multiple votes", "Run poll for" days, file upload with "Add the file",
    options checkboxes incl. "Lock topic after posting" and "Disable BBCode", Preview / Save draft
    / Submit topic / Cancel). Moderation: flagged posts table with unlabelled checkboxes and text
    "Approve" / "Remove" / "Ban user" / "Dismiss" per row (bakeshop_deals and crustlord flagged
    twice each), "Mark all" / "Unmark all", a "With selected:" select and "Go", a members table with
    a role select and "Warn" per row and one "Update roles", a "Find a member" box and a "Ban a user"
    form. Profile: one long form (Display name, Location, Website, About me, Signature, avatar
    upload or off-site URL, "Delete avatar"), an email-notification table with an unlabelled
    frequency select per category, reply / mention / private-message checkboxes, two "Submit"
    buttons, the foe list with "Unblock" per row and an "Add foe" box, privacy checkboxes and a
    "Who may send me private messages" select, change password, "Delete my account" link.
v2  JS-framework rewrite: `data-testid`, often the same test id on every row ("topic-row",
    "follow-btn", "post-like", "flag-approve", "unblock-btn"); the topic list re-sorted (pinned on
    top, then latest activity), "Best kitchen scale under $50?" gone, "Sourdough starter smells like
    vinegar – is it dead?" new (a look-alike of the acetone topic) and "Gluten-free focaccia that
    actually rises" new; icon buttons all named "Follow topic" / "Mark as read" / "More actions", an
    open "More actions" menu on the pizza row with "Mute topic" (the other rows' Mute gone from
    view), categories as a sidebar nav, filter chips (aria-pressed), a custom "Sort by" combobox,
    a header search and a "New topic" button in the header beside the page's "New topic" link
    styled as a button, numbered page buttons. Thread: posts as articles sorted by "Top" (likes),
    oskar_bakes's reply removed, martag's reply new, icon buttons named only "Like" / "Reply" /
    "Quote" / "Share" / "More post actions" on every post, Report in the menu (open on crustlord's
    post only), "Mark as solution" on every other reply, "Unmark solution", a "Jump to solution" link,
    a formatting toolbar of icon buttons (underline gone, "Bulleted list" new), "Your reply" label,
    "Email me when someone replies", "Attach files", the top "Post reply" now "Reply to topic", a
    "Sort replies" select; print view, e-mail friend, topic search, "Disable smilies" and "Go
    advanced" gone, "Suggested topics" (the croissant topic gone, the vinegar look-alike new)
    instead of "Similar topics". Compose: fieldsets with reworded labels (Title,
    Category combobox, tag chips with "Remove tag …" buttons, "Poll" fieldset with "Choice n" and
    icon buttons all named "Remove choice", "Add choice"), topic icons, BBCode and lock gone,
    "Upload files" button instead of the file input, "Watch this topic", "Publish", Cancel a link
    styled as a button. Moderation: tabs as links, table rows re-sorted
    by reports, a dismissed flag gone and a new one, icon buttons "Approve" / "Remove post" and a
    text "Dismiss" per row and a "More actions" menu (open on the first row only) with "Ban user",
    row checkboxes all named "Select row", a bulk toolbar ("Approve selected", …) instead of "Mark
    all" / "With selected:" / "Go", the "Main" tab gone, members re-sorted with priyak gone and
    "crust_lord" new (a look-alike of crustlord), role comboboxes all named "Role", "Warn member"
    icons, a "Filter members" box, "Save roles", the ban form gone. Profile: section cards with three "Save" buttons, reworded labels
    ("Bio", "Forum signature"), "Upload photo" / "Remove photo", per-category comboboxes, blocked
    users as a list with "Unblock" buttons only (no profile links), loud_larry gone and crust_lord
    new, the off-site avatar URL and "Reset" gone, privacy radios instead of the select, "Update
    password", "Delete account" a link styled as a button.
v3  design-system / accessibility pass: skip link, placeholders instead of labels, icon buttons
    named after their row or post ("Follow Dutch oven vs. baking steel for boules", "Like Priya
    K's post", "Approve Buy cheap bannetons here!!!", "Unblock crustlord"), role=grid tables,
    pinned topics in their own section, "Latest / Top / Unanswered / Following" tabs, Mute only in
    closed "More actions for …" menus, "Laminating croissant dough…" and the dark-mode request gone,
    "Mould on my banneton liner" new, Feature requests gone from the categories and Off-topic renamed
    "The Lounge", "Start a discussion" in the sidebar, "Load more topics" instead of pages; the
    thread in chronological order with "Write" / "Preview" tabs in the editor, "Send reply", a
    "Follow topic" switch, "Solution" buttons named "Mark …'s reply as the solution", Report only in
    closed menus, crustlord's reply gone, suggested topics and the back link gone; compose with
    "Write" / "Preview" tabs, placeholders ("Option 1" …) and "Remove option n" buttons, the fourth
    option and "Email me a copy" gone, switches, "Publish topic", "Save draft" moved beside Cancel
    at the foot; moderation as role=grid with the rye report gone, "Ban <author>" icon buttons back
    on every row (twice "Ban crustlord" …), an open "Ban bakeshop_deals" dialog (ban length,
    reason, "Also remove all of their posts", "Ban user") over the queue, the members grid with
    role selects and "Warn …" buttons named after the member, "Find a member" gone; profile with
    a section menu, switches, per-category selects named after the category, three "Show password"
    buttons, "Hide my profile from search engines", "Remove photo" and avatar URL gone, delete
    account a button in a danger zone.
"""
from common import attrs, e, page


def x(marker):
    return attrs(data__expect=marker)


VIEWER = "breadnerd"

# key: title, category, author, replies, views, last poster, last time, pinned, unread, solved, pages
TOPICS = {
    "welcome": ("Welcome to Hearthside – please read before posting", "Announcements", "elena_moss", 0, 4120, "elena_moss", "3 Jan", True, False, False, 1),
    "guidelines": ("Community guidelines (updated March)", "Announcements", "elena_moss", 12, 2310, "priyak", "14 Mar", True, False, False, 1),
    "pizza": ("Show us your Friday pizza night", "Show and tell", "crustlord", 61, 3870, "martag", "Today 09:12", False, True, False, 3),
    "starter": ("Sourdough starter smells like acetone – is it dead?", "Help & support", "breadnerd", 5, 412, "elena_moss", "Today 08:40", False, True, True, 1),
    "dutch": ("Dutch oven vs. baking steel for boules", "General baking", "priyak", 23, 1288, "oskar_bakes", "Yesterday 21:05", False, False, False, 2),
    "rye": ("Rye bread that doesn't come out like a brick", "Help & support", "oskar_bakes", 8, 530, "priyak", "Yesterday 17:30", False, True, False, 1),
    "hydration": ("Shaping high-hydration dough without tearing it", "Help & support", "martag", 11, 744, "breadnerd", "Yesterday 11:02", False, False, True, 1),
    "croissant": ("Laminating croissant dough in a warm kitchen", "Help & support", "martag", 14, 902, "dough_daddy", "2 days ago", False, True, False, 1),
    "scale": ("Best kitchen scale under $50?", "General baking", "dough_daddy", 9, 610, "crustlord", "3 days ago", False, False, False, 1),
    "darkmode": ("Dark mode for the mobile app", "Feature requests", "priyak", 17, 1033, "elena_moss", "5 days ago", False, False, False, 1),
    "vinegar": ("Sourdough starter smells like vinegar – is it dead?", "Help & support", "ana_ruiz", 2, 48, "priyak", "Today 10:15", False, True, False, 1),
    "focaccia": ("Gluten-free focaccia that actually rises", "General baking", "martag", 4, 133, "ana_ruiz", "Today 07:55", False, False, False, 1),
    "banneton": ("Mould on my banneton liner", "Help & support", "oskar_bakes", 3, 61, "oskar_bakes", "Today 11:20", False, True, False, 1),
}
V1_TOPICS = ["welcome", "guidelines", "pizza", "starter", "dutch", "rye", "hydration", "croissant", "scale", "darkmode"]
V2_TOPICS = ["welcome", "guidelines", "vinegar", "starter", "pizza", "focaccia", "hydration", "dutch", "darkmode", "rye", "croissant"]
V3_PINNED = ["guidelines", "welcome"]
V3_TOPICS = ["banneton", "vinegar", "starter", "dutch", "pizza", "focaccia", "rye", "hydration"]

CATEGORIES = [  # key, name, description, topics, posts
    ("announcements", "Announcements", "News from the Hearthside team.", 14, 96),
    ("general", "General baking", "Bread, cakes, pastry and everything in between.", 1204, 15830),
    ("help", "Help & support", "Ask the community: troubleshooting bakes and equipment.", 2311, 19402),
    ("showtell", "Show and tell", "Share photos of what came out of your oven.", 876, 12055),
    ("requests", "Feature requests", "Ideas for the forum and the mobile app.", 133, 1210),
    ("offtopic", "Off-topic", "Anything that is not about baking.", 402, 6120),
]

# thread posts: key, author, display, date, likes, text
POSTS = {
    "p1": ("breadnerd", "Jo Harlow", "Today 06:12", 2, "My starter is three weeks old and this morning it smelled like nail polish remover. There is a grey liquid on top. Is it dead, or can I save it?"),
    "p2": ("priyak", "Priya K", "Today 06:40", 14, "Not dead, just hungry. The acetone smell means it ran out of food. Pour off the liquid, discard all but 50 g and feed it 1:1:1 twice a day for a couple of days."),
    "p3": ("oskar_bakes", "Oskar B", "Today 07:02", 3, "Same happened to mine. A spoon of rye flour in the feed perked it right up."),
    "p4": ("elena_moss", "Elena Moss", "Today 07:31", 6, "Moved this to Help & support. Also see the starter FAQ pinned in the guidelines topic."),
    "p5": ("crustlord", "crustlord", "Today 08:05", 0, "Just buy commercial yeast like a normal person."),
    "p6": ("martag", "Marta G", "Today 08:40", 5, "Keep it somewhere warmer, around 24 °C. Mine smells like yogurt again after two days of regular feeds."),
}
V1_POSTS = ["p1", "p2", "p3", "p4", "p5"]
V2_POSTS = ["p1", "p2", "p4", "p6", "p5"]
V3_POSTS = ["p1", "p2", "p4", "p6"]
ACCEPTED = "p2"

# flagged posts: key, excerpt, author, thread, reason, reports
FLAGS = {
    "f1": ("Buy cheap bannetons here!!!", "bakeshop_deals", "General baking", "Spam", 5),
    "f2": ("Re: Dutch oven vs. baking steel for boules", "crustlord", "General baking", "Rude or abusive", 2),
    "f3": ("Re: Show us your Friday pizza night", "dough_daddy", "Show and tell", "Off-topic", 1),
    "f4": ("Re: Rye bread that doesn't come out like a brick", "oskar_bakes", "Help & support", "Inaccurate information", 1),
    "f5": ("Free sourdough ebook – download now", "bakeshop_deals", "Help & support", "Spam", 3),
    "f6": ("Re: Community guidelines (updated March)", "crustlord", "Announcements", "Harassment", 4),
    "f7": ("Re: Sourdough starter smells like acetone – is it dead?", "crustlord", "Help & support", "Rude or abusive", 1),
}
V1_FLAGS = ["f1", "f2", "f3", "f4", "f5", "f6"]
V2_FLAGS = ["f1", "f6", "f5", "f2", "f7", "f4"]
V3_FLAGS = ["f1", "f6", "f5", "f2", "f7"]

# members: key, username, joined, posts, role
MEMBERS = {
    "elena": ("elena_moss", "12 Mar 2016", 5230, "Moderator"),
    "priya": ("priyak", "2 Jun 2017", 2911, "Trusted member"),
    "oskar": ("oskar_bakes", "19 Aug 2019", 804, "Member"),
    "marta": ("martag", "7 Jan 2020", 1190, "Trusted member"),
    "crust": ("crustlord", "30 Nov 2021", 377, "Member"),
    "bakeshop": ("bakeshop_deals", "Yesterday", 2, "Member"),
    "crust2": ("crust_lord", "Today", 1, "Member"),
    "ana": ("ana_ruiz", "2 days ago", 3, "New member"),
}
V1_MEMBERS = ["elena", "priya", "oskar", "marta", "crust", "bakeshop"]
V2_MEMBERS = ["crust2", "ana", "bakeshop", "crust", "marta", "oskar", "elena"]
V3_MEMBERS = ["ana", "crust2", "bakeshop", "crust", "marta", "oskar", "elena"]
ROLES = ["New member", "Member", "Trusted member", "Moderator", "Administrator"]

BLOCKED = {"crust": ("crustlord", "4 Feb"), "bakeshop": ("bakeshop_deals", "Yesterday"), "larry": ("loud_larry", "11 Nov 2022"), "crust2": ("crust_lord", "Today")}
V1_BLOCKED = ["crust", "bakeshop", "larry"]
V2_BLOCKED = ["crust2", "bakeshop", "crust"]
V3_BLOCKED = ["crust2", "bakeshop", "crust"]

NOTIFY_CATS = [("announcements", "Announcements"), ("general", "General baking"), ("help", "Help & support"), ("showtell", "Show and tell"), ("offtopic", "Off-topic")]
FREQS = ["Every new post", "Daily digest", "Weekly digest", "Never"]
FREQ_DEFAULT = {"announcements": "Every new post", "general": "Weekly digest", "help": "Daily digest", "showtell": "Never", "offtopic": "Never"}


def options(items, selected=None):
    return "".join(f"<option{' selected' if o == selected else ''}>{e(o)}</option>" for o in items)


# -- v1: phpBB / vBulletin era ---------------------------------------------------------------------

def top_v1():
    return f"""<div id="wrap"><table class="headerbar" width="100%" cellspacing="0"><tr>
  <td><a href="index.php" id="logo"{x("logo")}><img src="images/site_logo.gif" alt="Hearthside Forums" width="170" height="40"></a></td>
  <td class="site-desc">A friendly community for home bakers</td></tr></table>
<div class="navbar"><table width="100%"><tr>
  <td class="linklist"><a href="faq.php" id="hs_faq"{x("nav-faq")}>FAQ</a> &bull;
    <a href="memberlist.php" id="hs_members"{x("nav-members")}>Members</a> &bull;
    <a href="ucp.php" id="hs_ucp"{x("nav-profile")}>User Control Panel</a> &bull;
    <a href="mcp.php" id="hs_mcp"{x("nav-moderation")}>Moderator Control Panel</a> &bull;
    <a href="ucp.php?i=pm" id="hs_pm"{x("nav-messages")}>2 new messages</a></td>
  <td align="right"><a href="ucp.php?mode=logout&amp;sid=9c1e" id="hs_logout"{x("logout")}>Logout [ breadnerd ]</a></td></tr></table>
<div class="breadcrumbs"><a href="index.php" id="hs_boardindex"{x("crumb-home")}>Board index</a></div></div>"""


def bottom_v1():
    return f"""<div class="footer"><hr>
  <a href="memberlist.php?mode=contactadmin"{x("footer-contact")}>Contact us</a> &bull;
  <a href="ucp.php?mode=terms"{x("footer-terms")}>Terms</a> &bull;
  <a href="ucp.php?mode=privacy"{x("footer-privacy")}>Privacy</a> &bull;
  <a href="memberlist.php?mode=team"{x("footer-team")}>The team</a> &bull;
  <a href="ucp.php?mode=delete_cookies"{x("footer-cookies")}>Delete all board cookies</a>
  <p class="copyright">Powered by phpBB&reg; Forum Software &copy; phpBB Limited. All times are UTC.</p></div></div>"""


def topics_v1():
    cats = ""
    for key, name, desc, nt, np_ in CATEGORIES:
        cats += f"""
    <tr class="row"><td class="forumicon"><img src="images/forum_read.gif" alt="No unread posts" width="27" height="27"></td>
      <td><a href="viewforum.php?f={key}" class="forumtitle" id="hs_forum_{key}"{x("cat-" + key)}>{e(name)}</a><br><span class="desc">{e(desc)}</span></td>
      <td class="num">{nt:,}</td><td class="num">{np_:,}</td>
      <td><a href="viewforum.php?f={key}&amp;watch=forum"{x("subscribe-" + key)}>Subscribe</a></td></tr>"""
    rows = ""
    for n, key in enumerate(V1_TOPICS):
        title, cat, author, replies, views, last, when, pinned, unread, solved, pages = TOPICS[key]
        tid = 4400 + n * 7
        prefix = ""
        if pinned:
            prefix = "<b>Announcement:</b> " if key == "welcome" else "<b>Sticky:</b> "
        pagelinks = ""
        if pages > 1:
            pagelinks = " <span class='pagination'>[ Goto page: " + ", ".join(
                f'<a href="viewtopic.php?t={tid}&amp;start={(p - 1) * 25}"{x("page" + str(p) + "-" + key)}>{p}</a>' for p in range(1, pages + 1)) + " ]</span>"
        solved_txt = ' <span class="solved">[SOLVED]</span>' if solved else ""
        acts = (f'<a href="viewtopic.php?t={tid}&amp;watch=topic"{x("follow-" + key)}>Follow</a> | '
                f'<a href="viewtopic.php?t={tid}&amp;mute=1"{x("mute-" + key)}>Mute</a>')
        if unread:
            acts += f' | <a href="viewtopic.php?t={tid}&amp;markread=1"{x("read-" + key)}>Mark read</a>'
        rows += f"""
    <tr class="bg{n % 2 + 1}" id="hs_topic_{tid}"><td class="topicicon"><img src="images/topic_{'unread' if unread else 'read'}.gif" alt="{'New posts' if unread else 'No new posts'}" width="19" height="18"></td>
      <td>{prefix}<a href="viewtopic.php?t={tid}" class="topictitle"{x("title-" + key)}>{e(title)}</a>{solved_txt}{pagelinks}<br>
        <span class="small">by <a href="memberlist.php?un={author}" class="username"{x("author-" + key)}>{author}</a> &raquo; in {e(cat)}</span></td>
      <td class="num">{replies}</td><td class="num">{views:,}</td>
      <td class="small">by {last}<br>{when} <a href="viewtopic.php?t={tid}&amp;view=unread#unread"{x("last-" + key)}>&raquo;</a></td>
      <td class="small">{acts}</td></tr>"""
    body = f"""{top_v1()}
<div id="page-body">
  <h2{x("heading")}>Hearthside Forums</h2>
  <p class="small"><a href="search.php?search_id=unanswered" id="hs_unanswered"{x("unanswered")}>View unanswered posts</a> &bull;
    <a href="search.php?search_id=active_topics" id="hs_active"{x("active")}>View active topics</a> &bull;
    <a href="index.php?hash=7fa21&amp;mark=forums" id="hs_markread"{x("mark-all-read")}>Mark all topics read</a></p>
  <table class="forumlist" width="100%" cellspacing="1">
    <tr><th colspan="2">Forum</th><th>Topics</th><th>Posts</th><th></th></tr>{cats}
  </table>
  <br>
  <table width="100%"><tr>
    <td><a href="posting.php?mode=post" id="hs_newtopic"{x("new-topic")}><img src="images/button_topic_new.gif" alt="Post a new topic" width="96" height="25"></a></td>
    <td align="right"><form action="search.php" method="get" id="forum-search">
      Search this forum: <input type="text" name="keywords" id="hs_keywords" size="20"{x("search")}>
      <input type="submit" value="Search" class="button2" id="hs_searchbtn"{x("search-go")}></form></td></tr></table>
  <table class="topiclist" width="100%" cellspacing="1">
    <tr><th colspan="2">Topics</th><th>Replies</th><th>Views</th><th>Last post</th><th>Options</th></tr>{rows}
  </table>
  <form action="viewforum.php" method="get" id="hs_sortform"><table><tr>
    <td>Display topics from previous:</td><td><select name="st" id="hs_st"{x("timeframe")}><option>All topics</option><option>1 day</option><option>7 days</option><option>2 weeks</option><option>1 month</option><option>1 year</option></select></td>
    <td><label for="hs_sk">Sort by</label></td><td><select name="sk" id="hs_sk"{x("sort")}><option>Post time</option><option>Author</option><option>Replies</option><option>Subject</option><option>Views</option></select></td>
    <td><select name="sd" id="hs_sd"{x("sort-dir")}><option>Ascending</option><option selected>Descending</option></select></td>
    <td><input type="submit" value="Go" class="button2" id="hs_sortgo"{x("sort-go")}></td></tr></table></form>
  <div class="pagination">Page <strong>1</strong> of 48 &bull; <a href="viewforum.php?start=25"{x("page-2")}>2</a> <a href="viewforum.php?start=50"{x("page-3")}>3</a> &hellip; <a href="viewforum.php?start=1175">48</a> <a href="viewforum.php?start=25" id="hs_next"{x("next-page")}>Next</a></div>
  <p class="small">Jump to: <select id="hs_jumpbox" name="f"{x("jump")}>{options([c[1] for c in CATEGORIES])}</select> <input type="submit" value="Go" class="button2" id="hs_jumpgo"{x("jump-go")}></p>
</div>
{bottom_v1()}"""
    return page("Hearthside Forums - Index page", body)


BBCODE_V1 = [("b", "B", "fmt-bold"), ("i", "i", "fmt-italic"), ("u", "u", "fmt-underline"), ("quote", "Quote", "fmt-quote"),
             ("code", "Code", "fmt-code"), ("url", "URL", "fmt-link"), ("img", "Img", "fmt-image")]


def bbcode_v1():
    return " ".join(f'<input type="button" class="button2" accesskey="{k}" name="addbbcode_{k}" value="{t}"{x(m)}>' for k, t, m in BBCODE_V1)


def thread_v1():
    posts = ""
    for n, key in enumerate(V1_POSTS):
        user, display, date, likes, text = POSTS[key]
        pid = 88120 + n * 3
        own = user == VIEWER
        acts = []
        if own:
            acts.append(f'<a href="posting.php?mode=edit&amp;p={pid}"{x("edit-" + key)}>Edit</a>')
            acts.append(f'<a href="posting.php?mode=delete&amp;p={pid}"{x("delete-" + key)}>Delete</a>')
        acts.append(f'<a href="posting.php?mode=quote&amp;p={pid}"{x("quote-" + key)}>Quote</a>')
        acts.append(f'<a href="posting.php?mode=reply&amp;p={pid}"{x("reply-" + key)}>Reply</a>')
        acts.append(f'<a href="report.php?p={pid}"{x("report-" + key)}>Report</a>')
        accept = ""
        if key == ACCEPTED:
            accept = f'<div class="accepted">&#10004; Accepted answer &mdash; <a href="viewtopic.php?p={pid}&amp;unaccept=1"{x("unaccept-" + key)}>Unaccept</a></div>'
        elif not own:
            accept = f'<div class="accept"><a href="viewtopic.php?p={pid}&amp;accept=1"{x("accept-" + key)}>Accept as answer</a></div>'
        posts += f"""
  <table class="post bg{n % 2 + 1}" id="p{pid}" width="100%" cellspacing="0"><tr>
    <td class="postprofile" width="160" valign="top"><a href="memberlist.php?un={user}" class="username"{x("author-" + key)}>{user}</a><br><span class="small">{'Moderator' if user == 'elena_moss' else 'Member'}</span></td>
    <td valign="top"><div class="posthead"><a href="#p{pid}" class="permalink"{x("share-" + key)}>#{n + 1}</a> <span class="small">{date}</span>
      <span class="postbuttons">{" | ".join(acts)}</span></div>
      {accept}
      <div class="content">{e(text)}</div>
      <div class="postfoot"><a href="like.php?p={pid}"{x("like-" + key)}>Like ({likes})</a></div></td></tr></table>"""
    similar = "".join(f'<tr><td><a href="viewtopic.php?t={4400 + i}"{x("similar-" + k)}>{e(TOPICS[k][0])}</a></td><td>{TOPICS[k][1]}</td></tr>'
                      for i, k in enumerate(["rye", "hydration", "croissant"]))
    body = f"""{top_v1()}
<div id="page-body">
  <div class="breadcrumbs"><a href="index.php"{x("crumb-forum")}>Board index</a> &raquo; <a href="viewforum.php?f=help"{x("crumb-category")}>Help &amp; support</a></div>
  <h2{x("heading")}><a href="viewtopic.php?t=4421">Sourdough starter smells like acetone – is it dead?</a> <span class="solved">[SOLVED]</span></h2>
  <table width="100%"><tr>
    <td><a href="posting.php?mode=reply&amp;t=4421" id="hs_replytop"{x("top-reply")}><img src="images/button_topic_reply.gif" alt="Post reply" width="96" height="25"></a></td>
    <td class="small">Thread tools: <a href="viewtopic.php?t=4421&amp;watch=topic" id="hs_watch"{x("subscribe")}>Subscribe topic</a> |
      <a href="viewtopic.php?t=4421&amp;view=print" id="hs_print"{x("print")}>Print view</a> |
      <a href="memberlist.php?mode=email&amp;t=4421" id="hs_emailtopic"{x("email-friend")}>E-mail friend</a></td>
    <td align="right" class="small">Search this topic: <input type="text" name="keywords" id="hs_topicsearch" size="14"{x("topic-search")}> <input type="submit" value="Search" class="button2"{x("topic-search-go")}></td></tr></table>
  {posts}
  <div class="pagination">Page <strong>1</strong> of 1</div>
  <h3>Quick reply</h3>
  <form action="posting.php?mode=reply&amp;t=4421" method="post" id="qr_postform">
  <table class="quickreply" width="100%"><tr><td>
    <div id="format-buttons">{bbcode_v1()}</div>
    <textarea name="message" id="message" rows="7" cols="76"{x("reply-text")}></textarea><br>
    <input type="checkbox" name="notify" id="hs_notify" checked{x("notify")}><label for="hs_notify">Notify me when a reply is posted</label>
    <input type="checkbox" name="disable_smilies" id="hs_nosmilies"{x("no-smilies")}><label for="hs_nosmilies">Disable smilies</label><br>
    <input type="submit" name="preview" value="Preview" class="button2" id="hs_preview"{x("preview")}>
    <input type="submit" name="post" value="Post reply" class="button1" id="hs_post"{x("post-reply")}>
    <input type="submit" name="full_editor" value="Go advanced" class="button2" id="hs_advanced"{x("advanced")}>
  </td></tr></table></form>
  <h3>Similar topics</h3>
  <table class="topiclist" width="60%">{similar}</table>
  <p><a href="viewforum.php?f=help" id="hs_return"{x("back")}>Return to &ldquo;Help &amp; support&rdquo;</a></p>
</div>
{bottom_v1()}"""
    return page("Sourdough starter smells like acetone – is it dead? - Hearthside Forums", body)


POLL_V1 = ["Every day", "Twice a day", "Once a week", "Only when I bake"]


def compose_v1():
    icons = [("none", "No icon"), ("question", "Question"), ("idea", "Idea"), ("photo", "Photo")]
    iconradios = " ".join(f'<input type="radio" name="icon" id="hs_icon_{k}" value="{k}"{" checked" if k == "none" else ""}{x("icon-" + k)}><label for="hs_icon_{k}">{t}</label>' for k, t in icons)
    polls = ""
    for i, opt in enumerate(POLL_V1, 1):
        polls += f"""
    <tr><td>Option {i}:</td><td><input type="text" name="poll_option[{i}]" id="hs_poll_opt{i}" value="{e(opt)}" size="40"{x("poll-opt-" + str(i))}> <a href="#" onclick="return false" id="hs_poll_rm{i}"{x("poll-remove-" + str(i))}>Remove</a></td></tr>"""
    body = f"""{top_v1()}
<div id="page-body">
  <h2{x("heading")}>Post a new topic</h2>
  <form action="posting.php?mode=post" method="post" id="postform" enctype="multipart/form-data">
  <table class="postform" width="100%" cellspacing="1">
    <tr><th colspan="2">Post a new topic</th></tr>
    <tr><td width="200"><label for="subject">Subject:</label></td><td><input type="text" name="subject" id="subject" size="60" maxlength="120"{x("title")}></td></tr>
    <tr><td><label for="hs_forum">Forum:</label></td><td><select name="f" id="hs_forum"{x("category")}><option>-- Select a forum --</option>{options([c[1] for c in CATEGORIES])}</select></td></tr>
    <tr><td>Topic icon:</td><td>{iconradios}</td></tr>
    <tr><td>Tags:</td><td><input type="text" name="tags" id="hs_tags" size="40"{x("tags")}> <span class="small">Separate tags with commas</span></td></tr>
    <tr><td valign="top">Message body:<br><span class="small">Enter your message here, it may contain no more than 60000 characters.</span></td>
      <td><div id="format-buttons">{bbcode_v1()}</div>
      <textarea name="message" id="message" rows="12" cols="76"{x("body")}></textarea></td></tr>
    <tr><th colspan="2">Poll creation</th></tr>
    <tr><td><label for="hs_poll_title">Poll question:</label></td><td><input type="text" name="poll_title" id="hs_poll_title" size="50" value="How often do you feed your starter?"{x("poll-question")}></td></tr>{polls}
    <tr><td></td><td><a href="#" onclick="return false" id="hs_poll_add"{x("poll-add")}>Add option</a></td></tr>
    <tr><td><label for="hs_poll_length">Run poll for:</label></td><td><input type="text" name="poll_length" id="hs_poll_length" size="3" value="0"{x("poll-length")}> Days <span class="small">Enter 0 for a never ending poll</span></td></tr>
    <tr><td></td><td><input type="checkbox" name="poll_multi" id="hs_poll_multi"{x("poll-multiple")}><label for="hs_poll_multi">Allow multiple votes</label></td></tr>
    <tr><th colspan="2">Upload attachment</th></tr>
    <tr><td><label for="hs_fileupload">Filename:</label></td><td><input type="file" name="fileupload" id="hs_fileupload"{x("attach")}> <input type="submit" name="add_file" value="Add the file" class="button2" id="hs_addfile"{x("attach-add")}></td></tr>
    <tr><th colspan="2">Options</th></tr>
    <tr><td></td><td><input type="checkbox" name="disable_bbcode" id="hs_disable_bbcode"{x("disable-bbcode")}><label for="hs_disable_bbcode">Disable BBCode</label><br>
      <input type="checkbox" name="notify" id="hs_notify" checked{x("notify-replies")}><label for="hs_notify">Notify me when a reply is posted</label><br>
      <input type="checkbox" name="notify_email" id="hs_notify_email"{x("notify-email")}><label for="hs_notify_email">Send me an email copy of this topic</label><br>
      <input type="checkbox" name="lock_topic" id="hs_lock_topic"{x("lock")}><label for="hs_lock_topic">Lock topic after posting</label></td></tr>
    <tr><td></td><td class="buttons">
      <input type="submit" name="preview" value="Preview" class="button2" id="hs_preview"{x("preview")}>
      <input type="submit" name="save" value="Save draft" class="button2" id="hs_save"{x("save-draft")}>
      <input type="submit" name="post" value="Submit topic" class="button1" id="hs_submit"{x("publish")}>
      <input type="button" value="Cancel" class="button2" id="hs_cancel" onclick="history.back()"{x("cancel")}></td></tr>
  </table></form>
</div>
{bottom_v1()}"""
    return page("Hearthside Forums - Post a new topic", body)


def moderation_v1():
    rows = ""
    for n, key in enumerate(V1_FLAGS):
        excerpt, author, where, reason, reports = FLAGS[key]
        pid = 91000 + n * 11
        rows += f"""
    <tr class="bg{n % 2 + 1}"><td><input type="checkbox" name="post_id_list[]" value="{pid}" id="mcp_chk_{pid}"{x("sel-" + key)}></td>
      <td><a href="mcp.php?i=reports&amp;mode=report_details&amp;p={pid}"{x("post-" + key)}>{e(excerpt)}</a><br><span class="small">in {e(where)}</span></td>
      <td><a href="memberlist.php?un={author}"{x("author-" + key)}>{author}</a></td><td>{reason}</td><td class="num">{reports}</td>
      <td class="small"><a href="mcp.php?action=approve&amp;p={pid}"{x("approve-" + key)}>Approve</a> |
        <a href="mcp.php?action=delete&amp;p={pid}"{x("remove-" + key)}>Remove</a> |
        <a href="mcp.php?action=ban&amp;u={author}"{x("ban-" + key)}>Ban user</a> |
        <a href="mcp.php?action=close&amp;p={pid}"{x("dismiss-" + key)}>Dismiss</a></td></tr>"""
    members = ""
    for n, key in enumerate(V1_MEMBERS):
        user, joined, posts, role = MEMBERS[key]
        members += f"""
    <tr class="bg{n % 2 + 1}"><td><a href="memberlist.php?un={user}"{x("user-" + key)}>{user}</a></td><td>{joined}</td><td class="num">{posts:,}</td>
      <td><select name="role[{user}]" id="mcp_role_{user}"{x("role-" + key)}>{options(ROLES, role)}</select></td>
      <td><a href="mcp.php?i=warn&amp;u={user}"{x("warn-" + key)}>Warn</a></td></tr>"""
    body = f"""{top_v1()}
<div id="page-body">
  <h2{x("heading")}>Moderator Control Panel</h2>
  <div class="tabs"><a href="mcp.php?i=main" id="mcp_tab_main"{x("tab-main")}>Main</a> | <a href="mcp.php?i=queue" id="mcp_tab_queue"{x("tab-queue")}><b>Reported posts</b></a> |
    <a href="mcp.php?i=members" id="mcp_tab_members"{x("tab-members")}>Members</a> | <a href="mcp.php?i=logs" id="mcp_tab_logs"{x("tab-logs")}>Moderator logs</a> |
    <a href="mcp.php?i=ban" id="mcp_tab_ban"{x("tab-bans")}>Banning</a></div>
  <h3>Reported posts</h3>
  <form action="mcp.php?i=reports" method="post" id="mcp">
  <table class="mcp" width="100%" cellspacing="1">
    <tr><th><input type="checkbox" id="mcp_markall" title="Mark all"{x("select-all")}></th><th>Post</th><th>Author</th><th>Reason</th><th>Reports</th><th>Actions</th></tr>{rows}
  </table>
  <p class="small"><a href="#" onclick="return false" id="mcp_mark"{x("mark-all")}>Mark all</a> &bull; <a href="#" onclick="return false" id="mcp_unmark"{x("unmark-all")}>Unmark all</a></p>
  <p>With selected: <select name="action" id="mcp_action"{x("bulk-action")}><option>Approve</option><option>Delete</option><option>Close report</option><option>Move to another forum</option></select>
    <input type="submit" value="Go" class="button2" id="mcp_go"{x("bulk-go")}></p>
  </form>
  <h3>Members</h3>
  <form action="mcp.php?i=members" method="post" id="mcp_members">
  <p>Find a member: <input type="text" name="username" id="mcp_find" size="20"{x("find-member")}> <input type="submit" name="find" value="Search" class="button2" id="mcp_findgo"{x("find-go")}></p>
  <table class="mcp" width="100%" cellspacing="1">
    <tr><th>Username</th><th>Joined</th><th>Posts</th><th>Rank</th><th></th></tr>{members}
  </table>
  <input type="submit" name="update" value="Update roles" class="button1" id="mcp_update"{x("save-roles")}>
  </form>
  <h3>Ban a user</h3>
  <form action="mcp.php?i=ban" method="post" id="mcp_banform"><table>
    <tr><td><label for="mcp_ban_user">Username:</label></td><td><input type="text" name="ban" id="mcp_ban_user" value="bakeshop_deals"{x("ban-username")}></td></tr>
    <tr><td><label for="mcp_ban_len">Length of ban:</label></td><td><select name="banlength" id="mcp_ban_len"{x("ban-length")}><option>Permanent</option><option>1 day</option><option>7 days</option><option>30 days</option><option>Until</option></select></td></tr>
    <tr><td><label for="mcp_ban_reason">Reason for ban:</label></td><td><textarea name="banreason" id="mcp_ban_reason" rows="3" cols="40"{x("ban-reason")}></textarea></td></tr>
    <tr><td></td><td><input type="submit" name="bansubmit" value="Submit" class="button1" id="mcp_ban_submit"{x("ban-confirm")}> <input type="reset" value="Reset" class="button2" id="mcp_ban_reset"{x("ban-cancel")}></td></tr>
  </table></form>
</div>
{bottom_v1()}"""
    return page("Hearthside Forums - Moderator Control Panel", body)


def profile_v1():
    notif = ""
    for key, name in NOTIFY_CATS:
        notif += f"""
      <tr><td>{e(name)}</td><td><select name="notify[{key}]" id="pf_notify_{key}"{x("freq-" + key)}>{options(FREQS, FREQ_DEFAULT[key])}</select></td></tr>"""
    foes = ""
    for key in V1_BLOCKED:
        user, since = BLOCKED[key]
        foes += f"""
      <tr><td><a href="memberlist.php?un={user}"{x("blocked-" + key)}>{user}</a></td><td>{since}</td><td><a href="ucp.php?i=zebra&amp;remove={user}"{x("unblock-" + key)}>Unblock</a></td></tr>"""
    body = f"""{top_v1()}
<div id="page-body">
  <h2{x("heading")}>User Control Panel</h2>
  <form action="ucp.php?i=profile" method="post" id="ucp" enctype="multipart/form-data">
  <table class="ucp" width="100%" cellspacing="1">
    <tr><th colspan="2">Edit profile</th></tr>
    <tr><td width="220"><label for="pf_displayname">Display name:</label></td><td><input type="text" name="displayname" id="pf_displayname" value="Jo Harlow" size="30"{x("display-name")}></td></tr>
    <tr><td><label for="pf_location">Location:</label></td><td><input type="text" name="location" id="pf_location" value="Leeds, UK" size="30"{x("location")}></td></tr>
    <tr><td><label for="pf_website">Website:</label></td><td><input type="text" name="website" id="pf_website" size="40"{x("website")}></td></tr>
    <tr><td><label for="pf_about">About me:</label></td><td><textarea name="about" id="pf_about" rows="4" cols="50"{x("bio")}>Weekend baker, mostly rye and sourdough.</textarea></td></tr>
    <tr><td><label for="pf_signature">Signature:</label></td><td><textarea name="signature" id="pf_signature" rows="2" cols="50"{x("signature")}></textarea></td></tr>
    <tr><th colspan="2">Avatar</th></tr>
    <tr><td><label for="pf_avatar_upload">Upload from your machine:</label></td><td><input type="file" name="avatar_upload" id="pf_avatar_upload"{x("avatar-upload")}></td></tr>
    <tr><td><label for="pf_avatar_url">Link to off-site avatar:</label></td><td><input type="text" name="avatar_url" id="pf_avatar_url" size="40"{x("avatar-url")}></td></tr>
    <tr><td></td><td><input type="checkbox" name="avatar_delete" id="pf_avatar_delete"{x("avatar-remove")}><label for="pf_avatar_delete">Delete avatar</label></td></tr>
    <tr><td></td><td><input type="submit" name="submit" value="Submit" class="button1" id="pf_submit_profile"{x("save-profile")}> <input type="reset" value="Reset" class="button2" id="pf_reset"{x("reset-profile")}></td></tr>
  </table>
  <table class="ucp" width="100%" cellspacing="1">
    <tr><th colspan="2">Email notifications</th></tr>
    <tr><td colspan="2" class="small">How often should we email you about new posts in each forum?</td></tr>{notif}
    <tr><td></td><td><input type="checkbox" name="notify_reply" id="pf_notify_reply" checked{x("email-replies")}><label for="pf_notify_reply">Email me when someone replies to my posts</label><br>
      <input type="checkbox" name="notify_mention" id="pf_notify_mention" checked{x("email-mentions")}><label for="pf_notify_mention">Email me when someone mentions me</label><br>
      <input type="checkbox" name="notify_pm" id="pf_notify_pm"{x("email-pm")}><label for="pf_notify_pm">Email me when I receive a private message</label></td></tr>
    <tr><td></td><td><input type="submit" name="submit" value="Submit" class="button1" id="pf_submit_notify"{x("save-notifications")}></td></tr>
  </table>
  <table class="ucp" width="100%" cellspacing="1">
    <tr><th colspan="2">Privacy</th></tr>
    <tr><td></td><td><input type="checkbox" name="viewonline" id="pf_viewonline" checked{x("online-status")}><label for="pf_viewonline">Show my online status</label><br>
      <input type="checkbox" name="noindex" id="pf_noindex"{x("search-engines")}><label for="pf_noindex">Hide my profile from search engines</label><br>
      <input type="checkbox" name="allow_email" id="pf_allow_email" checked{x("allow-email")}><label for="pf_allow_email">Allow members to email me</label></td></tr>
    <tr><td><label for="pf_allow_pm">Who may send me private messages:</label></td><td><select name="allow_pm" id="pf_allow_pm"{x("pm-who")}><option>Everyone</option><option>Friends only</option><option>Nobody</option></select></td></tr>
    <tr><td></td><td><input type="submit" name="submit" value="Save privacy settings" class="button1" id="pf_submit_privacy"{x("save-privacy")}></td></tr>
  </table>
  </form>
  <table class="ucp" width="100%" cellspacing="1">
    <tr><th colspan="3">Foes (blocked members)</th></tr>
    <tr><td class="small" colspan="3">Posts by these members are hidden from you.</td></tr>{foes}
    <tr><td colspan="3">Add foes: <input type="text" name="add" id="pf_foe_add" size="20"{x("block-add")}> <input type="submit" value="Add" class="button2" id="pf_foe_submit"{x("block-add-go")}></td></tr>
  </table>
  <form action="ucp.php?i=reg_details" method="post" id="pf_password"><table class="ucp" width="100%" cellspacing="1">
    <tr><th colspan="2">Change password</th></tr>
    <tr><td width="220"><label for="pf_cur_password">Current password:</label></td><td><input type="password" name="cur_password" id="pf_cur_password"{x("current-password")}></td></tr>
    <tr><td><label for="pf_new_password">New password:</label></td><td><input type="password" name="new_password" id="pf_new_password"{x("new-password")}></td></tr>
    <tr><td><label for="pf_password_confirm">Confirm password:</label></td><td><input type="password" name="password_confirm" id="pf_password_confirm"{x("confirm-password")}></td></tr>
    <tr><td></td><td><input type="submit" name="submit" value="Change password" class="button1" id="pf_submit_password"{x("change-password")}></td></tr>
  </table></form>
  <p><a href="ucp.php?mode=delete" id="pf_delete"{x("delete-account")}>Delete my account</a></p>
</div>
{bottom_v1()}"""
    return page("Hearthside Forums - User Control Panel", body)


# -- v2: JS-framework rewrite ------------------------------------------------------------------------

ICON = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def top_v2():
    return f"""<header class="Header_root__h7a" data-testid="site-header">
  <a href="/" class="Header_logo__h7b" aria-label="Hearthside home"{x("logo")}><svg width="120" height="28" aria-hidden="true"><rect width="120" height="28"/></svg></a>
  <nav class="Header_nav__h7c" aria-label="Main">
    <a href="/latest" data-testid="nav-link"{x("nav-topics")}>Latest</a>
    <a href="/categories" data-testid="nav-link"{x("nav-categories")}>Categories</a>
    <a href="/u" data-testid="nav-link"{x("nav-members")}>Members</a>
    <a href="/mod/queue" data-testid="nav-link"{x("nav-moderation")}>Moderation</a></nav>
  <input type="search" class="Header_search__h7d" placeholder="Search Hearthside" aria-label="Search Hearthside" data-testid="header-search"{x("header-search")}>
  <a href="/new-topic" class="Btn_root__q1 Btn_primary__q2" data-testid="header-new-topic"{x("header-new-topic")}>New topic</a>
  <button class="IconBtn_root__w1" aria-label="Notifications" data-testid="notifications-btn"{x("notifications")}>{ICON}</button>
  <a href="/messages" class="IconBtn_root__w1" aria-label="Messages" data-testid="messages-link"{x("nav-messages")}>{ICON}<span class="Badge_dot__w2">2</span></a>
  <a href="/u/breadnerd/preferences" class="Header_avatar__h7e" aria-label="Jo Harlow" data-testid="avatar-link"{x("nav-profile")}>JH</a>
  <button class="Btn_root__q1 Btn_ghost__q3" data-testid="logout-btn"{x("logout")}>Log out</button>
</header>"""


def bottom_v2():
    links = [("Contact", "footer-contact"), ("FAQ", "nav-faq"), ("Terms of service", "footer-terms"), ("Privacy policy", "footer-privacy"), ("Our team", "footer-team")]
    return ('<footer class="Footer_root__f3"><nav aria-label="Footer">'
            + "".join(f'<a href="/{k}" class="Footer_link__f4" data-testid="footer-link"{x(k)}>{t}</a>' for t, k in links)
            + "</nav><p>&copy; 2024 Hearthside</p></footer>")


def topics_v2():
    cats = "".join(f'<li><a href="/c/{key}" class="CatNav_link__c2" data-testid="category-link"{x("cat-" + key)}>{e(name)} <span class="CatNav_count__c3">{nt:,}</span></a></li>'
                   for key, name, desc, nt, np_ in CATEGORIES)
    rows = ""
    for key in V2_TOPICS:
        title, cat, author, replies, views, last, when, pinned, unread, solved, pages = TOPICS[key]
        chips = ""
        if pinned:
            chips += '<span class="Chip_root__k1 Chip_pinned__k2">Pinned</span>'
        if solved:
            chips += '<span class="Chip_root__k1 Chip_solved__k3">Solved</span>'
        acts = f'<button class="IconBtn_root__w1" aria-label="Follow topic" aria-pressed="false" data-testid="follow-btn"{x("follow-" + key)}>{ICON}</button>'
        if unread:
            acts += f'<button class="IconBtn_root__w1" aria-label="Mark as read" data-testid="mark-read-btn"{x("read-" + key)}>{ICON}</button>'
        acts += f'<button class="IconBtn_root__w1" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if key == "pizza" else "false"}" data-testid="row-menu-btn"{x("more-" + key)}>{ICON}</button>'
        if key == "pizza":
            acts += f"""<ul role="menu" class="Menu_root__m1" aria-label="More actions">
            <li role="menuitem" tabindex="-1" data-testid="menu-mute"{x("mute-" + key)}>Mute topic</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-copy"{x("copylink-" + key)}>Copy link</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-report"{x("report-" + key)}>Report topic</li></ul>"""
        rows += f"""
      <li class="TopicRow_root__t1{' TopicRow_unread__t2' if unread else ''}" data-testid="topic-row">
        <div class="TopicRow_main__t3">{chips}<a href="/t/{key}" class="TopicRow_title__t4" data-testid="topic-title"{x("title-" + key)}>{e(title)}</a>
          <div class="TopicRow_meta__t5"><a href="/u/{author}" data-testid="topic-author"{x("author-" + key)}>{author}</a> &middot; {e(cat)}</div></div>
        <span class="TopicRow_stat__t6">{replies} replies</span><span class="TopicRow_stat__t6">{views:,} views</span>
        <a href="/t/{key}/last" class="TopicRow_last__t7" data-testid="topic-last"{x("last-" + key)}>{when}</a>
        <div class="TopicRow_actions__t8">{acts}</div>
      </li>"""
    body = f"""{top_v2()}
<div class="Layout_root__l1">
  <aside class="Layout_side__l2"><h2 class="CatNav_head__c1">Categories</h2><ul class="CatNav_list__c4">{cats}</ul></aside>
  <main class="Layout_main__l3">
    <div class="PageHead_root__p1"><h1{x("heading")}>Latest topics</h1>
      <a href="/new-topic" class="Btn_root__q1 Btn_primary__q2" data-testid="new-topic-link"{x("new-topic")}>New topic</a></div>
    <div class="Toolbar_root__b1">
      <div class="Search_root__s1"><input type="search" placeholder="Search topics" aria-label="Search topics" data-testid="topic-search"{x("search")}>
        <button class="IconBtn_root__w1" aria-label="Search" data-testid="topic-search-btn"{x("search-go")}>{ICON}</button></div>
      <div role="group" aria-label="Filter topics" class="ChipGroup_root__g1">
        <button class="FilterChip_root__fc1" aria-pressed="true" data-testid="filter-chip"{x("filter-all")}>All</button>
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("active")}>Unread</button>
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("unanswered")}>Unanswered</button>
        <button class="FilterChip_root__fc1" aria-pressed="false" data-testid="filter-chip"{x("filter-solved")}>Solved</button></div>
      <div class="Field_inline__f2"><span id="sort-lbl">Sort by</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="sort-lbl" class="Select_trigger__x1" data-testid="sort-select"{x("sort")}>Latest activity</button></div>
      <button class="Btn_root__q1 Btn_ghost__q3" data-testid="mark-all-read"{x("mark-all-read")}>Mark all as read</button>
    </div>
    <ul class="TopicList_root__tl1">{rows}
    </ul>
    <nav class="Pager_root__pg1" aria-label="Pagination">
      <button class="Pager_page__pg2" aria-current="page" data-testid="page-btn">1</button>
      <button class="Pager_page__pg2" data-testid="page-btn"{x("page-2")}>2</button>
      <button class="Pager_page__pg2" data-testid="page-btn"{x("page-3")}>3</button>
      <button class="IconBtn_root__w1" aria-label="Next page" data-testid="page-next"{x("next-page")}>{ICON}</button></nav>
  </main>
</div>
{bottom_v2()}"""
    return page("Latest topics - Hearthside", body, css="style2.css")


FMT_V2 = [("Bold", "fmt-bold"), ("Italic", "fmt-italic"), ("Insert link", "fmt-link"), ("Quote", "fmt-quote"),
          ("Code block", "fmt-code"), ("Bulleted list", "fmt-list"), ("Insert image", "fmt-image")]


def toolbar_v2():
    return ('<div role="toolbar" aria-label="Formatting" class="Editor_toolbar__e2">'
            + "".join(f'<button type="button" class="IconBtn_root__w1 IconBtn_sq__w3" aria-label="{t}" data-testid="fmt-btn"{x(m)}>{ICON}</button>' for t, m in FMT_V2)
            + "</div>")


def thread_v2():
    posts = ""
    for key in V2_POSTS:
        user, display, date, likes, text = POSTS[key]
        own = user == VIEWER
        badge = '<span class="Chip_root__k1 Chip_solved__k3">Accepted answer</span>' if key == ACCEPTED else ""
        acts = f'<button class="Btn_root__q1 Btn_ghost__q3" aria-label="Like" data-testid="post-like"{x("like-" + key)}>{ICON} {likes}</button>'
        acts += f'<button class="IconBtn_root__w1" aria-label="Reply" data-testid="post-reply"{x("reply-" + key)}>{ICON}</button>'
        acts += f'<button class="IconBtn_root__w1" aria-label="Quote" data-testid="post-quote"{x("quote-" + key)}>{ICON}</button>'
        acts += f'<button class="IconBtn_root__w1" aria-label="Share" data-testid="post-share"{x("share-" + key)}>{ICON}</button>'
        if own:
            acts += f'<button class="IconBtn_root__w1" aria-label="Edit post" data-testid="post-edit"{x("edit-" + key)}>{ICON}</button>'
        if key == ACCEPTED:
            acts += f'<button class="Btn_root__q1 Btn_ghost__q3" data-testid="unaccept-btn"{x("unaccept-" + key)}>Unmark solution</button>'
        elif not own:
            acts += f'<button class="Btn_root__q1 Btn_ghost__q3" data-testid="accept-btn"{x("accept-" + key)}>Mark as solution</button>'
        is_open = key == "p5"
        acts += f'<button class="IconBtn_root__w1" aria-label="More post actions" aria-haspopup="menu" aria-expanded="{"true" if is_open else "false"}" data-testid="post-menu-btn"{x("more-" + key)}>{ICON}</button>'
        if is_open:
            acts += f"""<ul role="menu" class="Menu_root__m1" aria-label="More post actions">
            <li role="menuitem" tabindex="-1" data-testid="menu-report"{x("report-" + key)}>Report</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-copy"{x("copylink-" + key)}>Copy link</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-ignore"{x("ignore-" + key)}>Ignore user</li></ul>"""
        posts += f"""
    <article class="Post_root__r1" data-testid="post" id="post-{key}">
      <header class="Post_head__r2"><span class="Avatar_root__a1">{display[0]}</span><a href="/u/{user}" data-testid="post-author"{x("author-" + key)}>{user}</a>
        <span class="Post_date__r3">{date}</span>{badge}</header>
      <div class="Post_body__r4"><p>{e(text)}</p></div>
      <footer class="Post_actions__r5">{acts}</footer>
    </article>"""
    suggested = "".join(f'<li><a href="/t/{k}" data-testid="suggested-link"{x("similar-" + k)}>{e(TOPICS[k][0])}</a></li>' for k in ["vinegar", "rye", "hydration"])
    body = f"""{top_v2()}
<main class="Thread_page__y1">
  <nav aria-label="Breadcrumb" class="Crumbs_root__cr1"><a href="/"{x("crumb-forum")}>Home</a> / <a href="/c/help"{x("crumb-category")}>Help &amp; support</a></nav>
  <div class="Thread_head__y2">
    <h1{x("heading")}>Sourdough starter smells like acetone – is it dead?</h1>
    <span class="Chip_root__k1 Chip_solved__k3">Solved</span>
    <div class="Thread_actions__y3">
      <a href="#reply" class="Btn_root__q1 Btn_primary__q2" data-testid="reply-topic"{x("top-reply")}>Reply to topic</a>
      <button class="Btn_root__q1" aria-pressed="false" data-testid="follow-topic"{x("subscribe")}>{ICON} Follow</button>
      <button class="IconBtn_root__w1" aria-label="Share topic" data-testid="share-topic"{x("share-topic")}>{ICON}</button>
    </div>
  </div>
  <div class="Thread_bar__y4"><a href="#post-p2" class="Thread_solution__y5" data-testid="jump-solution"{x("jump-solution")}>Jump to solution</a>
    <label class="Field_inline__f2">Sort replies <select data-testid="post-sort"{x("sort-posts")}><option>Top</option><option>Oldest first</option><option>Newest first</option></select></label></div>
  {posts}
  <p class="Thread_deleted__y6">1 post was removed by a moderator.</p>
  <section class="Composer_root__e1" id="reply" aria-labelledby="composer-h">
    <h2 id="composer-h">Reply</h2>
    {toolbar_v2()}
    <label class="Field_root__f1" for="reply-body">Your reply</label>
    <textarea id="reply-body" rows="6" data-testid="reply-textarea"{x("reply-text")}></textarea>
    <div class="Composer_foot__e3">
      <button type="button" class="Btn_root__q1 Btn_ghost__q3" data-testid="attach-btn"{x("attach")}>Attach files</button>
      <label class="Check_root__c1"><input type="checkbox" checked data-testid="notify-checkbox"{x("notify")}> Email me when someone replies</label>
      <button type="button" class="Btn_root__q1" data-testid="preview-btn"{x("preview")}>Preview</button>
      <button type="submit" class="Btn_root__q1 Btn_primary__q2" data-testid="submit-reply"{x("post-reply")}>Post reply</button>
    </div>
  </section>
  <section class="Suggested_root__sg1" aria-labelledby="sugg-h"><h2 id="sugg-h">Suggested topics</h2><ul>{suggested}</ul></section>
  <a href="/c/help" class="Btn_root__q1 Btn_ghost__q3"{x("back")}>Back to Help &amp; support</a>
</main>
{bottom_v2()}"""
    return page("Sourdough starter smells like acetone – is it dead? - Hearthside", body, css="style2.css")


TAGS = ["sourdough", "starter"]


def compose_v2():
    tagchips = "".join(f'<span class="Chip_root__k1">{t}<button type="button" class="Chip_remove__k4" aria-label="Remove tag {t}" data-testid="tag-remove"{x("tag-remove-" + t)}>&times;</button></span>' for t in TAGS)
    polls = ""
    for i, opt in enumerate(POLL_V1, 1):
        polls += f"""
        <div class="Poll_choice__pc1"><label class="Field_root__f1">Choice {i}<input type="text" value="{e(opt)}" data-testid="poll-choice"{x("poll-opt-" + str(i))}></label>
          <button type="button" class="IconBtn_root__w1" aria-label="Remove choice" data-testid="poll-remove"{x("poll-remove-" + str(i))}>{ICON}</button></div>"""
    body = f"""{top_v2()}
<main class="Compose_page__z1">
  <h1{x("heading")}>Start a new topic</h1>
  <form class="Compose_form__z2">
    <fieldset class="Fieldset_root__fs1"><legend>Topic details</legend>
      <label class="Field_root__f1">Title<input type="text" name="title" data-testid="title-input"{x("title")}></label>
      <div class="Field_root__f1"><span id="cat-lbl">Category</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cat-lbl" class="Select_trigger__x1" data-testid="category-select"{x("category")}>Choose a category</button></div>
      <div class="Field_root__f1"><label for="tag-input">Tags</label>
        <div class="TagInput_root__ti1">{tagchips}<input id="tag-input" type="text" data-testid="tag-input"{x("tags")}></div></div>
    </fieldset>
    <fieldset class="Fieldset_root__fs1"><legend>Post</legend>
      {toolbar_v2()}
      <label class="Field_root__f1" for="topic-body">Write your post</label>
      <textarea id="topic-body" rows="10" data-testid="body-textarea"{x("body")}></textarea>
      <button type="button" class="Btn_root__q1 Btn_ghost__q3" data-testid="upload-btn"{x("attach-add")}>Upload files</button>
    </fieldset>
    <fieldset class="Fieldset_root__fs1"><legend>Poll</legend>
      <label class="Check_root__c1"><input type="checkbox" checked data-testid="poll-toggle"{x("poll-enable")}> Include a poll</label>
      <label class="Field_root__f1">Question<input type="text" value="How often do you feed your starter?" data-testid="poll-question"{x("poll-question")}></label>{polls}
      <button type="button" class="Btn_root__q1 Btn_ghost__q3" data-testid="poll-add"{x("poll-add")}>+ Add choice</button>
      <label class="Check_root__c1"><input type="checkbox" data-testid="poll-multi"{x("poll-multiple")}> Let people pick more than one</label>
      <label class="Field_root__f1">Close poll after<select data-testid="poll-close"{x("poll-length")}><option>Never</option><option>1 day</option><option>3 days</option><option>1 week</option><option>1 month</option></select></label>
    </fieldset>
    <fieldset class="Fieldset_root__fs1"><legend>Notifications</legend>
      <label class="Check_root__c1"><input type="checkbox" checked data-testid="watch-checkbox"{x("notify-replies")}> Watch this topic</label>
      <label class="Check_root__c1"><input type="checkbox" data-testid="email-copy-checkbox"{x("notify-email")}> Email me a copy</label>
    </fieldset>
    <div class="Compose_actions__z3">
      <a href="/latest" class="Btn_root__q1 Btn_ghost__q3" data-testid="cancel-link"{x("cancel")}>Cancel</a>
      <button type="button" class="Btn_root__q1" data-testid="preview-btn"{x("preview")}>Preview</button>
      <button type="button" class="Btn_root__q1" data-testid="draft-btn"{x("save-draft")}>Save draft</button>
      <button type="submit" class="Btn_root__q1 Btn_primary__q2" data-testid="publish-btn"{x("publish")}>Publish</button>
    </div>
  </form>
</main>
{bottom_v2()}"""
    return page("New topic - Hearthside", body, css="style2.css")


def moderation_v2():
    rows = ""
    for n, key in enumerate(V2_FLAGS):
        excerpt, author, where, reason, reports = FLAGS[key]
        is_open = n == 0
        menu = ""
        if is_open:
            menu = f"""<ul role="menu" class="Menu_root__m1" aria-label="More actions">
            <li role="menuitem" tabindex="-1" data-testid="menu-ban"{x("ban-" + key)}>Ban user</li>
            <li role="menuitem" tabindex="-1" data-testid="menu-history"{x("history-" + key)}>View post history</li></ul>"""
        rows += f"""
      <tr data-testid="flag-row"><td><input type="checkbox" aria-label="Select row" data-testid="row-checkbox"{x("sel-" + key)}></td>
        <td><a href="/mod/flag/{key}" data-testid="flag-post"{x("post-" + key)}>{e(excerpt)}</a><div class="Muted_root__mu1">{e(where)}</div></td>
        <td><a href="/u/{author}" data-testid="flag-author"{x("author-" + key)}>{author}</a></td>
        <td><span class="Chip_root__k1">{reason}</span></td><td>{reports}</td>
        <td class="Table_actions__ta1"><button class="IconBtn_root__w1" aria-label="Approve" data-testid="flag-approve"{x("approve-" + key)}>{ICON}</button>
          <button class="IconBtn_root__w1" aria-label="Remove post" data-testid="flag-remove"{x("remove-" + key)}>{ICON}</button>
          <button class="Btn_root__q1 Btn_ghost__q3" data-testid="flag-dismiss"{x("dismiss-" + key)}>Dismiss</button>
          <button class="IconBtn_root__w1" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if is_open else "false"}" data-testid="flag-menu-btn"{x("more-" + key)}>{ICON}</button>{menu}</td></tr>"""
    members = ""
    for key in V2_MEMBERS:
        user, joined, posts, role = MEMBERS[key]
        members += f"""
      <tr data-testid="member-row"><td><a href="/u/{user}" data-testid="member-link"{x("user-" + key)}>{user}</a></td><td>{joined}</td><td>{posts:,}</td>
        <td><button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Role" class="Select_trigger__x1" data-testid="role-select"{x("role-" + key)}>{role}</button></td>
        <td><button class="IconBtn_root__w1" aria-label="Warn member" data-testid="warn-btn"{x("warn-" + key)}>{ICON}</button></td></tr>"""
    body = f"""{top_v2()}
<main class="Mod_page__mo1">
  <nav class="Tabs_root__tb1" aria-label="Moderation">
    <a href="/mod/queue" aria-current="page" data-testid="mod-tab"{x("tab-queue")}>Queue</a>
    <a href="/mod/members" data-testid="mod-tab"{x("tab-members")}>Members</a>
    <a href="/mod/logs" data-testid="mod-tab"{x("tab-logs")}>Logs</a>
    <a href="/mod/bans" data-testid="mod-tab"{x("tab-bans")}>Bans</a></nav>
  <h1{x("heading")}>Review queue</h1>
  <div class="Bulk_root__bk1">
    <label class="Check_root__c1"><input type="checkbox" data-testid="select-all"{x("select-all")}> Select all</label>
    <button class="Btn_root__q1" data-testid="bulk-approve"{x("bulk-approve")}>Approve selected</button>
    <button class="Btn_root__q1" data-testid="bulk-remove"{x("bulk-remove")}>Remove selected</button>
    <button class="Btn_root__q1 Btn_ghost__q3" data-testid="bulk-dismiss"{x("bulk-dismiss")}>Dismiss selected</button></div>
  <table class="Table_root__tt1">
    <thead><tr><th></th><th>Post</th><th>Author</th><th>Reason</th><th>Reports</th><th>Actions</th></tr></thead>
    <tbody>{rows}
    </tbody></table>
  <section class="Mod_members__mo2" aria-labelledby="members-h">
    <h2 id="members-h">Members</h2>
    <input type="search" placeholder="Filter members" aria-label="Filter members" data-testid="member-filter"{x("find-member")}>
    <table class="Table_root__tt1">
      <thead><tr><th>Username</th><th>Joined</th><th>Posts</th><th>Role</th><th></th></tr></thead>
      <tbody>{members}
      </tbody></table>
    <button class="Btn_root__q1 Btn_primary__q2" data-testid="save-roles"{x("save-roles")}>Save roles</button>
  </section>
</main>
{bottom_v2()}"""
    return page("Review queue - Hearthside", body, css="style2.css")


def profile_v2():
    notif = ""
    for key, name in NOTIFY_CATS:
        notif += f"""
        <div class="Pref_row__pr1"><span id="freq-{key}">{e(name)}</span>
          <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="freq-{key}" class="Select_trigger__x1" data-testid="frequency-select"{x("freq-" + key)}>{FREQ_DEFAULT[key]}</button></div>"""
    blocked = ""
    for key in V2_BLOCKED:
        user, since = BLOCKED[key]
        blocked += f"""
        <li class="Blocked_row__bl1"><span class="Avatar_root__a1">{user[0].upper()}</span><span>{user}</span><span class="Muted_root__mu1">since {since}</span>
          <button class="Btn_root__q1 Btn_ghost__q3" data-testid="unblock-btn"{x("unblock-" + key)}>Unblock</button></li>"""
    body = f"""{top_v2()}
<main class="Settings_page__st1">
  <h1{x("heading")}>Account settings</h1>
  <section class="Card_root__cd1" aria-labelledby="prof-h"><h2 id="prof-h">Profile</h2>
    <div class="Avatar_edit__a2"><span class="Avatar_root__a1 Avatar_lg__a3">JH</span>
      <button type="button" class="Btn_root__q1" data-testid="avatar-upload"{x("avatar-upload")}>Upload photo</button>
      <button type="button" class="Btn_root__q1 Btn_ghost__q3" data-testid="avatar-remove"{x("avatar-remove")}>Remove photo</button></div>
    <label class="Field_root__f1">Display name<input type="text" value="Jo Harlow" data-testid="display-name"{x("display-name")}></label>
    <label class="Field_root__f1">Location<input type="text" value="Leeds, UK" data-testid="location"{x("location")}></label>
    <label class="Field_root__f1">Website<input type="url" placeholder="https://" data-testid="website"{x("website")}></label>
    <label class="Field_root__f1">Bio<textarea rows="3" data-testid="bio"{x("bio")}>Weekend baker, mostly rye and sourdough.</textarea></label>
    <label class="Field_root__f1">Forum signature<textarea rows="2" data-testid="signature"{x("signature")}></textarea></label>
    <button class="Btn_root__q1 Btn_primary__q2" data-testid="save-section"{x("save-profile")}>Save</button>
  </section>
  <section class="Card_root__cd1" aria-labelledby="notif-h"><h2 id="notif-h">Email notifications</h2>
    <p class="Muted_root__mu1">New posts in each category</p>{notif}
    <label class="Check_root__c1"><input type="checkbox" checked data-testid="notify-replies"{x("email-replies")}> Replies to my posts</label>
    <label class="Check_root__c1"><input type="checkbox" checked data-testid="notify-mentions"{x("email-mentions")}> Mentions</label>
    <label class="Check_root__c1"><input type="checkbox" data-testid="notify-pm"{x("email-pm")}> Private messages</label>
    <button class="Btn_root__q1 Btn_primary__q2" data-testid="save-section"{x("save-notifications")}>Save</button>
  </section>
  <section class="Card_root__cd1" aria-labelledby="priv-h"><h2 id="priv-h">Privacy</h2>
    <label class="Check_root__c1"><input type="checkbox" checked data-testid="privacy-online"{x("online-status")}> Show when I'm online</label>
    <label class="Check_root__c1"><input type="checkbox" data-testid="privacy-noindex"{x("search-engines")}> Hide my profile from search engines</label>
    <label class="Check_root__c1"><input type="checkbox" checked data-testid="privacy-email"{x("allow-email")}> Let members email me</label>
    <fieldset class="Fieldset_root__fs1"><legend>Who can message me</legend>
      <label class="Radio_root__ra1"><input type="radio" name="pm" checked{x("pm-everyone")}> Everyone</label>
      <label class="Radio_root__ra1"><input type="radio" name="pm"{x("pm-friends")}> Friends only</label>
      <label class="Radio_root__ra1"><input type="radio" name="pm"{x("pm-nobody")}> Nobody</label></fieldset>
    <button class="Btn_root__q1 Btn_primary__q2" data-testid="save-section"{x("save-privacy")}>Save</button>
  </section>
  <section class="Card_root__cd1" aria-labelledby="blk-h"><h2 id="blk-h">Blocked users</h2>
    <ul class="Blocked_list__bl2">{blocked}
    </ul>
    <div class="Form_row__fr1"><label class="Field_root__f1">Block someone<input type="text" placeholder="Username" data-testid="block-input"{x("block-add")}></label>
      <button class="Btn_root__q1" data-testid="block-btn"{x("block-add-go")}>Block</button></div>
  </section>
  <section class="Card_root__cd1" aria-labelledby="pw-h"><h2 id="pw-h">Password</h2>
    <label class="Field_root__f1">Current password<input type="password" data-testid="current-password"{x("current-password")}></label>
    <label class="Field_root__f1">New password<input type="password" data-testid="new-password"{x("new-password")}></label>
    <label class="Field_root__f1">Confirm new password<input type="password" data-testid="confirm-password"{x("confirm-password")}></label>
    <button class="Btn_root__q1 Btn_primary__q2" data-testid="update-password"{x("change-password")}>Update password</button>
  </section>
  <section class="Card_root__cd1 Card_danger__cd2" aria-labelledby="danger-h"><h2 id="danger-h">Danger zone</h2>
    <p>Deleting your account removes your profile. Your posts stay, credited to a guest.</p>
    <a href="/u/breadnerd/delete" class="Btn_root__q1 Btn_danger__q4" data-testid="delete-account"{x("delete-account")}>Delete account</a>
  </section>
</main>
{bottom_v2()}"""
    return page("Account settings - Hearthside", body, css="style2.css")


# -- v3: design-system / accessibility pass -----------------------------------------------------------

SVG = '<svg width="16" height="16" aria-hidden="true"><path d="M2 2h12v12H2z"/></svg>'


def top_v3():
    return f"""<a href="#main" class="hs-skip"{x("skip")}>Skip to content</a>
<header class="hs-header">
  <a href="/" class="hs-logo"{x("logo")}><img src="/img/hearthside.svg" alt="Hearthside" width="120" height="28"></a>
  <nav aria-label="Main" class="hs-nav">
    <a href="/discussions"{x("nav-topics")}>Discussions</a>
    <a href="/categories"{x("nav-categories")}>Categories</a>
    <a href="/people"{x("nav-members")}>People</a>
    <a href="/mod"{x("nav-moderation")}>Moderation</a></nav>
  <input type="search" class="hs-header__search" placeholder="Search topics, posts and people"{x("header-search")}>
  <button class="hs-icon-btn" aria-label="Notifications (3 new)"{x("notifications")}>{SVG}</button>
  <a href="/messages" class="hs-icon-btn" aria-label="Messages (2 unread)"{x("nav-messages")}>{SVG}</a>
  <a href="/settings" class="hs-icon-btn" aria-label="Your profile and settings"{x("nav-profile")}>{SVG}</a>
  <button class="hs-btn hs-btn--quiet"{x("logout")}>Sign out</button>
</header>"""


def bottom_v3():
    links = [("Contact us", "footer-contact"), ("Help & FAQ", "nav-faq"), ("Terms", "footer-terms"), ("Privacy", "footer-privacy"), ("Accessibility", "footer-accessibility")]
    return ('<footer class="hs-footer"><ul>' + "".join(f'<li><a href="/{k}"{x(k)}>{e(t)}</a></li>' for t, k in links) + "</ul></footer>")


def topics_v3():
    names = {"offtopic": "The Lounge"}
    cats = "".join(f'<li><a href="/c/{key}"{x("cat-" + key)}>{e(names.get(key, name))}</a></li>'
                   for key, name, desc, nt, np_ in CATEGORIES if key != "requests")
    pinned = ""
    for key in V3_PINNED:
        title, cat, author, *_ = TOPICS[key]
        pinned += f"""
        <li><a href="/t/{key}"{x("title-" + key)}>{e(title)}</a> <span class="hs-muted">by <a href="/u/{author}"{x("author-" + key)}>{author}</a></span>
          <button class="hs-icon-btn" aria-pressed="false" aria-label="Follow {e(title)}"{x("follow-" + key)}>{SVG}</button></li>"""
    rows = ""
    for key in V3_TOPICS:
        title, cat, author, replies, views, last, when, pinned_, unread, solved, pages = TOPICS[key]
        acts = f'<button class="hs-icon-btn" aria-pressed="false" aria-label="Follow {e(title)}"{x("follow-" + key)}>{SVG}</button>'
        if unread:
            acts += f'<button class="hs-icon-btn" aria-label="Mark {e(title)} as read"{x("read-" + key)}>{SVG}</button>'
        acts += f'<button class="hs-icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="More actions for {e(title)}"{x("more-" + key)}>{SVG}</button>'
        rows += f"""
      <div role="row" class="hs-grid__row{' hs-unread' if unread else ''}">
        <div role="gridcell"><a href="/t/{key}"{x("title-" + key)}>{e(title)}</a>{' <span class="hs-badge">Solved</span>' if solved else ''}
          <div class="hs-muted"><a href="/u/{author}"{x("author-" + key)}>{author}</a> in {e(cat)}</div></div>
        <div role="gridcell">{replies}</div><div role="gridcell">{views:,}</div>
        <div role="gridcell"><a href="/t/{key}/last"{x("last-" + key)}>{when}</a></div>
        <div role="gridcell" class="hs-actions">{acts}</div></div>"""
    body = f"""{top_v3()}
<div id="main" class="hs-main hs-main--sidebar">
  <aside class="hs-side">
    <a href="/new-topic" class="hs-btn hs-btn--block"{x("new-topic")}>Start a discussion</a>
    <nav aria-labelledby="cats-h"><h2 id="cats-h">Categories</h2><ul class="hs-list">{cats}</ul></nav>
  </aside>
  <main class="hs-content">
    <h1{x("heading")}>Discussions</h1>
    <div class="hs-toolbar">
      <input type="search" placeholder="Search discussions"{x("search")}>
      <button class="hs-icon-btn" aria-label="Search"{x("search-go")}>{SVG}</button>
      <select aria-label="Sort topics"{x("sort")}><option>Latest activity</option><option>Newest</option><option>Most replies</option><option>Most views</option></select>
      <button class="hs-btn hs-btn--quiet"{x("mark-all-read")}>Mark everything as read</button>
    </div>
    <section class="hs-pinned" aria-labelledby="pin-h"><h2 id="pin-h">Pinned</h2><ul class="hs-list">{pinned}</ul></section>
    <div role="tablist" aria-label="Topic lists" class="hs-tabs">
      <button role="tab" aria-selected="true"{x("filter-all")}>Latest</button>
      <button role="tab" aria-selected="false" tabindex="-1"{x("tab-top")}>Top</button>
      <button role="tab" aria-selected="false" tabindex="-1"{x("unanswered")}>Unanswered</button>
      <button role="tab" aria-selected="false" tabindex="-1"{x("tab-following")}>Following</button></div>
    <div role="grid" aria-label="Topics" class="hs-grid">
      <div role="row" class="hs-grid__row hs-grid__head"><div role="columnheader">Topic</div><div role="columnheader">Replies</div><div role="columnheader">Views</div><div role="columnheader">Activity</div><div role="columnheader"><span class="hs-sr">Actions</span></div></div>{rows}
    </div>
    <button class="hs-btn hs-btn--secondary hs-more"{x("next-page")}>Load more topics</button>
  </main>
</div>
{bottom_v3()}"""
    return page("Discussions · Hearthside", body, css="style3.css")


FMT_V3 = [("Bold", "fmt-bold"), ("Italic", "fmt-italic"), ("Insert link", "fmt-link"), ("Quote", "fmt-quote"),
          ("Code", "fmt-code"), ("Bulleted list", "fmt-list"), ("Add image", "fmt-image")]


def toolbar_v3():
    return ('<div role="toolbar" aria-label="Text formatting" class="hs-toolbar">'
            + "".join(f'<button type="button" class="hs-icon-btn hs-icon-btn--sq" aria-label="{t}"{x(m)}>{SVG}</button>' for t, m in FMT_V3)
            + "</div>")


def editor_tabs_v3(prefix):
    return f"""<div role="tablist" aria-label="Editor" class="hs-tabs hs-tabs--small">
      <button role="tab" aria-selected="true" id="{prefix}-write"{x("tab-write")}>Write</button>
      <button role="tab" aria-selected="false" tabindex="-1" id="{prefix}-preview"{x("preview")}>Preview</button></div>"""


def thread_v3():
    posts = ""
    for key in V3_POSTS:
        user, display, date, likes, text = POSTS[key]
        own = user == VIEWER
        whose = "your" if own else f"{display}'s"
        acts = f'<button class="hs-btn hs-btn--quiet hs-btn--small" aria-pressed="false" aria-label="Like {whose} post"{x("like-" + key)}>{SVG} {likes}</button>'
        if not own:
            acts += f'<button class="hs-icon-btn" aria-label="Reply to {e(display)}"{x("reply-" + key)}>{SVG}</button>'
            acts += f'<button class="hs-icon-btn" aria-label="Quote {e(display)}"{x("quote-" + key)}>{SVG}</button>'
        else:
            acts += f'<button class="hs-icon-btn" aria-label="Reply to your post"{x("reply-" + key)}>{SVG}</button>'
            acts += f'<button class="hs-icon-btn" aria-label="Quote your post"{x("quote-" + key)}>{SVG}</button>'
            acts += f'<button class="hs-icon-btn" aria-label="Edit your post"{x("edit-" + key)}>{SVG}</button>'
        acts += f'<button class="hs-icon-btn" aria-label="Share {whose} post"{x("share-" + key)}>{SVG}</button>'
        if key == ACCEPTED:
            acts += f'<button class="hs-btn hs-btn--quiet hs-btn--small"{x("unaccept-" + key)}>Unmark as solution</button>'
        elif not own:
            acts += f'<button class="hs-btn hs-btn--secondary hs-btn--small" aria-label="Mark {e(display)}\'s reply as the solution"{x("accept-" + key)}>Solution</button>'
        acts += f'<button class="hs-icon-btn" aria-haspopup="menu" aria-expanded="false" aria-label="More actions for {whose} post"{x("more-" + key)}>{SVG}</button>'
        badge = '<span class="hs-badge hs-badge--success">Solution</span>' if key == ACCEPTED else ""
        posts += f"""
    <article class="hs-post" id="post-{key}" aria-labelledby="by-{key}">
      <header><a href="/u/{user}" id="by-{key}"{x("author-" + key)}>{e(display)}</a> <span class="hs-muted">@{user} &middot; {date}</span> {badge}</header>
      <p>{e(text)}</p>
      <footer class="hs-post__actions">{acts}</footer>
    </article>"""
    body = f"""{top_v3()}
<main id="main" class="hs-main">
  <nav aria-label="Breadcrumb" class="hs-crumbs"><ol><li><a href="/discussions"{x("crumb-forum")}>Discussions</a></li><li><a href="/c/help"{x("crumb-category")}>Help &amp; support</a></li></ol></nav>
  <h1{x("heading")}>Sourdough starter smells like acetone – is it dead?</h1>
  <div class="hs-row"><span class="hs-badge hs-badge--success">Solved</span>
    <a href="#post-p2"{x("jump-solution")}>Go to the solution</a>
    <label class="hs-switch"><input type="checkbox" role="switch"{x("subscribe")}> Follow topic</label>
    <button class="hs-icon-btn" aria-label="Share this topic"{x("share-topic")}>{SVG}</button>
    <select aria-label="Sort replies"{x("sort-posts")}><option>Oldest first</option><option>Top</option><option>Newest first</option></select>
    <a href="#reply" class="hs-btn"{x("top-reply")}>Reply</a></div>
  {posts}
  <section class="hs-composer" id="reply" aria-labelledby="composer-h">
    <h2 id="composer-h">Your reply</h2>
    {editor_tabs_v3("reply")}
    {toolbar_v3()}
    <textarea rows="6" placeholder="Write your reply…"{x("reply-text")}></textarea>
    <div class="hs-row">
      <button type="button" class="hs-btn hs-btn--quiet"{x("attach")}>Attach files</button>
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("notify")}> Email me when someone replies</label>
      <button type="submit" class="hs-btn"{x("post-reply")}>Send reply</button></div>
  </section>
</main>
{bottom_v3()}"""
    return page("Sourdough starter smells like acetone – is it dead? · Hearthside", body, css="style3.css")


def compose_v3():
    tagchips = "".join(f'<span class="hs-chip">{t}<button type="button" class="hs-chip__x" aria-label="Remove {t}"{x("tag-remove-" + t)}>&times;</button></span>' for t in TAGS)
    polls = ""
    for i, opt in enumerate(POLL_V1[:3], 1):
        polls += f"""
      <div class="hs-row"><input type="text" placeholder="Option {i}" value="{e(opt)}"{x("poll-opt-" + str(i))}>
        <button type="button" class="hs-icon-btn" aria-label="Remove option {i}"{x("poll-remove-" + str(i))}>{SVG}</button></div>"""
    cats = options(["Choose a category"] + [c[1] for c in CATEGORIES if c[0] != "requests"])
    body = f"""{top_v3()}
<main id="main" class="hs-main hs-narrow">
  <h1{x("heading")}>New discussion</h1>
  <form class="hs-form">
    <input type="text" name="title" placeholder="Give your topic a title"{x("title")}>
    <div class="hs-row"><select aria-label="Category"{x("category")}>{cats}</select>
      <div class="hs-tags">{tagchips}<input type="text" placeholder="Add up to 5 tags"{x("tags")}></div></div>
    {editor_tabs_v3("topic")}
    {toolbar_v3()}
    <textarea rows="10" placeholder="What would you like to discuss?"{x("body")}></textarea>
    <button type="button" class="hs-btn hs-btn--quiet"{x("attach-add")}>Attach files</button>
    <section class="hs-poll" aria-labelledby="poll-h"><h2 id="poll-h">Poll</h2>
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("poll-enable")}> Add a poll</label>
      <input type="text" placeholder="Ask a question" value="How often do you feed your starter?"{x("poll-question")}>{polls}
      <button type="button" class="hs-btn hs-btn--quiet"{x("poll-add")}>Add option</button>
      <label class="hs-switch"><input type="checkbox" role="switch"{x("poll-multiple")}> Allow multiple answers</label>
      <select aria-label="Poll closes"{x("poll-length")}><option>Never closes</option><option>After 1 day</option><option>After 3 days</option><option>After 1 week</option></select>
    </section>
    <label class="hs-switch"><input type="checkbox" role="switch" checked{x("notify-replies")}> Follow this topic</label>
    <div class="hs-formfoot">
      <button type="submit" class="hs-btn"{x("publish")}>Publish topic</button>
      <button type="button" class="hs-btn hs-btn--secondary"{x("save-draft")}>Save draft</button>
      <a href="/discussions" class="hs-btn hs-btn--quiet"{x("cancel")}>Cancel</a></div>
  </form>
</main>
{bottom_v3()}"""
    return page("New discussion · Hearthside", body, css="style3.css")


def moderation_v3():
    rows = ""
    for key in V3_FLAGS:
        excerpt, author, where, reason, reports = FLAGS[key]
        rows += f"""
      <div role="row" class="hs-grid__row hs-grid__row--mod">
        <div role="gridcell"><input type="checkbox" aria-label="Select {e(excerpt)}"{x("sel-" + key)}></div>
        <div role="gridcell"><a href="/mod/flag/{key}"{x("post-" + key)}>{e(excerpt)}</a><div class="hs-muted">{e(where)}</div></div>
        <div role="gridcell"><a href="/u/{author}"{x("author-" + key)}>{author}</a></div>
        <div role="gridcell">{reason}</div><div role="gridcell">{reports}</div>
        <div role="gridcell" class="hs-actions">
          <button class="hs-icon-btn" aria-label="Approve {e(excerpt)}"{x("approve-" + key)}>{SVG}</button>
          <button class="hs-icon-btn" aria-label="Remove {e(excerpt)}"{x("remove-" + key)}>{SVG}</button>
          <button class="hs-icon-btn" aria-label="Dismiss report on {e(excerpt)}"{x("dismiss-" + key)}>{SVG}</button>
          <button class="hs-icon-btn" aria-label="Ban {author}"{x("ban-" + key)}>{SVG}</button></div></div>"""
    members = ""
    for key in V3_MEMBERS:
        user, joined, posts, role = MEMBERS[key]
        members += f"""
      <div role="row" class="hs-grid__row hs-grid__row--members">
        <div role="gridcell"><a href="/u/{user}"{x("user-" + key)}>{user}</a></div><div role="gridcell">{joined}</div><div role="gridcell">{posts:,}</div>
        <div role="gridcell"><select aria-label="Role for {user}"{x("role-" + key)}>{options(ROLES, role)}</select></div>
        <div role="gridcell"><button class="hs-icon-btn" aria-label="Warn {user}"{x("warn-" + key)}>{SVG}</button></div></div>"""
    body = f"""{top_v3()}
<div id="main" class="hs-main hs-main--sidebar">
  <nav class="hs-side" aria-label="Moderation"><ul class="hs-list">
    <li><a href="/mod/queue" aria-current="page"{x("tab-queue")}>Review queue</a></li>
    <li><a href="/mod/members"{x("tab-members")}>Members</a></li>
    <li><a href="/mod/audit"{x("tab-logs")}>Audit log</a></li>
    <li><a href="/mod/bans"{x("tab-bans")}>Bans</a></li></ul></nav>
  <main class="hs-content">
    <h1{x("heading")}>Moderation queue</h1>
    <div class="hs-row">
      <label class="hs-check"><input type="checkbox"{x("select-all")}> Select all reports</label>
      <button class="hs-btn hs-btn--secondary hs-btn--small"{x("bulk-approve")}>Approve selected</button>
      <button class="hs-btn hs-btn--secondary hs-btn--small"{x("bulk-remove")}>Remove selected</button>
      <button class="hs-btn hs-btn--quiet hs-btn--small"{x("bulk-dismiss")}>Dismiss selected</button></div>
    <div role="grid" aria-label="Reported posts" class="hs-grid">
      <div role="row" class="hs-grid__row hs-grid__row--mod hs-grid__head"><div role="columnheader"><span class="hs-sr">Select</span></div><div role="columnheader">Post</div><div role="columnheader">Author</div><div role="columnheader">Reason</div><div role="columnheader">Reports</div><div role="columnheader">Actions</div></div>{rows}
    </div>
    <section aria-labelledby="members-h"><h2 id="members-h">Members and roles</h2>
      <div role="grid" aria-label="Members" class="hs-grid">
        <div role="row" class="hs-grid__row hs-grid__row--members hs-grid__head"><div role="columnheader">Member</div><div role="columnheader">Joined</div><div role="columnheader">Posts</div><div role="columnheader">Role</div><div role="columnheader"><span class="hs-sr">Warn</span></div></div>{members}
      </div>
      <button class="hs-btn"{x("save-roles")}>Save role changes</button>
    </section>
  </main>
</div>
<div class="hs-backdrop"></div>
<div role="dialog" aria-modal="true" aria-labelledby="ban-h" class="hs-dialog">
  <h2 id="ban-h">Ban bakeshop_deals</h2>
  <button class="hs-icon-btn hs-dialog__close" aria-label="Close"{x("dialog-close")}>{SVG}</button>
  <p>They will not be able to sign in or post until the ban ends.</p>
  <label class="hs-field">Ban length<select{x("ban-length")}><option>7 days</option><option>30 days</option><option>1 year</option><option>Permanent</option></select></label>
  <textarea rows="3" placeholder="Reason shown to the member"{x("ban-reason")}></textarea>
  <label class="hs-check"><input type="checkbox"{x("ban-purge")}> Also remove all of their posts</label>
  <div class="hs-row hs-row--end"><button class="hs-btn hs-btn--quiet"{x("ban-cancel")}>Cancel</button>
    <button class="hs-btn hs-btn--danger"{x("ban-confirm")}>Ban user</button></div>
</div>
{bottom_v3()}"""
    return page("Moderation queue · Hearthside", body, css="style3.css")


def profile_v3():
    notif = ""
    for key, name in NOTIFY_CATS:
        notif += f"""
        <div class="hs-row"><span class="hs-w200">{e(name)}</span><select aria-label="Emails for {e(name)}"{x("freq-" + key)}>{options(FREQS, FREQ_DEFAULT[key])}</select></div>"""
    blocked = ""
    for key in V3_BLOCKED:
        user, since = BLOCKED[key]
        blocked += f"""
        <li class="hs-row"><span>{user}</span><span class="hs-muted">blocked {since}</span><button class="hs-btn hs-btn--secondary hs-btn--small" aria-label="Unblock {user}"{x("unblock-" + key)}>Unblock</button></li>"""

    def pw(placeholder, marker, show):
        return (f'<div class="hs-pw"><input type="password" placeholder="{placeholder}"{x(marker)}>'
                f'<button type="button" class="hs-btn hs-btn--quiet hs-btn--small"{x(show)}>Show password</button></div>')
    body = f"""{top_v3()}
<div id="main" class="hs-main hs-main--sidebar">
  <nav class="hs-side" aria-label="Settings"><ul class="hs-list">
    <li><a href="#profile"{x("sec-profile")}>Profile</a></li><li><a href="#notifications"{x("sec-notifications")}>Notifications</a></li>
    <li><a href="#privacy"{x("sec-privacy")}>Privacy</a></li><li><a href="#blocked"{x("sec-blocked")}>Blocked users</a></li>
    <li><a href="#security"{x("sec-security")}>Security</a></li></ul></nav>
  <main class="hs-content hs-settings">
    <h1{x("heading")}>Settings</h1>
    <section id="profile" aria-labelledby="s1"><h2 id="s1">Profile</h2>
      <div class="hs-row"><span class="hs-avatar">JH</span><button type="button" class="hs-btn hs-btn--secondary"{x("avatar-upload")}>Change avatar</button></div>
      <input type="text" placeholder="Display name" value="Jo Harlow"{x("display-name")}>
      <input type="text" placeholder="City, country" value="Leeds, UK"{x("location")}>
      <input type="url" placeholder="https://your-site.example"{x("website")}>
      <textarea rows="3" placeholder="Tell other bakers about yourself"{x("bio")}>Weekend baker, mostly rye and sourdough.</textarea>
      <textarea rows="2" placeholder="Signature shown under your posts"{x("signature")}></textarea>
      <button class="hs-btn"{x("save-profile")}>Save profile</button>
    </section>
    <section id="notifications" aria-labelledby="s2"><h2 id="s2">Notifications</h2>
      <h3>Email me about new posts in</h3>{notif}
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("email-replies")}> Replies to my posts</label>
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("email-mentions")}> Mentions</label>
      <label class="hs-switch"><input type="checkbox" role="switch"{x("email-pm")}> Private messages</label>
      <button class="hs-btn"{x("save-notifications")}>Save notification settings</button>
    </section>
    <section id="privacy" aria-labelledby="s3"><h2 id="s3">Privacy</h2>
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("online-status")}> Show when I'm online</label>
      <label class="hs-switch"><input type="checkbox" role="switch" checked{x("allow-email")}> Let members email me</label>
      <fieldset class="hs-fieldset"><legend>Who can send me messages</legend>
        <label class="hs-radio"><input type="radio" name="pm" checked{x("pm-everyone")}> Everyone</label>
        <label class="hs-radio"><input type="radio" name="pm"{x("pm-friends")}> People I follow</label>
        <label class="hs-radio"><input type="radio" name="pm"{x("pm-nobody")}> No one</label></fieldset>
      <button class="hs-btn"{x("save-privacy")}>Save privacy settings</button>
    </section>
    <section id="blocked" aria-labelledby="s4"><h2 id="s4">Blocked users</h2>
      <ul class="hs-list">{blocked}
      </ul>
      <div class="hs-row"><input type="text" placeholder="Username to block"{x("block-add")}><button class="hs-btn hs-btn--secondary"{x("block-add-go")}>Block</button></div>
    </section>
    <section id="security" aria-labelledby="s5"><h2 id="s5">Change password</h2>
      {pw("Current password", "current-password", "show-current")}
      {pw("New password", "new-password", "show-new")}
      {pw("Repeat new password", "confirm-password", "show-confirm")}
      <button class="hs-btn"{x("change-password")}>Change password</button>
    </section>
    <section class="hs-danger" aria-labelledby="s6"><h2 id="s6">Danger zone</h2>
      <p>Deleting your account cannot be undone.</p>
      <button class="hs-btn hs-btn--danger"{x("delete-account")}>Delete account</button>
    </section>
  </main>
</div>
{bottom_v3()}"""
    return page("Settings · Hearthside", body, css="style3.css")


STYLE = """body { font-family: Verdana, Arial, sans-serif; font-size: 11px; margin: 0; background: #f5f7fa; color: #333; }
#wrap { margin: 0 auto; padding: 8px 12px; background: #fff; } .headerbar { background: #7a4a21; color: #fff; } .site-desc { font-style: italic; }
.navbar { background: #e9dcc9; padding: 4px; margin: 4px 0; } .navbar a { color: #6b3b12; } .breadcrumbs { margin: 4px 0; }
.forumlist, .topiclist, .mcp, .ucp, .postform, .quickreply { background: #d9c7ad; margin-bottom: 10px; } .forumlist th, .topiclist th, .mcp th, .ucp th, .postform th { background: #7a4a21; color: #fff; text-align: left; padding: 4px; }
.forumlist td, .topiclist td, .mcp td, .ucp td, .postform td { background: #fbf6ee; padding: 4px; } .bg2 td { background: #f3ebdf; } .num { text-align: center; }
.small { font-size: 10px; } .solved { color: #2a7a2a; font-weight: bold; } .topictitle { font-weight: bold; } .post { background: #fbf6ee; margin-bottom: 6px; border: 1px solid #d9c7ad; }
.post td { padding: 6px; } .posthead { border-bottom: 1px solid #ddd; padding-bottom: 3px; } .postbuttons { float: right; } .accepted { background: #dff0d8; padding: 3px; } .content { padding: 8px 0; font-size: 13px; }
.button1, .button2 { font-size: 11px; padding: 2px 6px; } .button1 { font-weight: bold; } .pagination { margin: 6px 0; } .tabs { margin: 6px 0; } .footer { color: #777; margin-top: 12px; } .copyright { font-size: 10px; }
"""
STYLE2 = """body { font-family: Inter, system-ui, sans-serif; margin: 0; color: #222; font-size: 14px; }
.Header_root__h7a { display: flex; align-items: center; gap: 16px; padding: 10px 24px; border-bottom: 1px solid #eee; } .Header_nav__h7c { display: flex; gap: 14px; }
.Header_search__h7d { width: 220px; padding: 6px 10px; border: 1px solid #ccc; border-radius: 16px; } .Header_avatar__h7e { display: inline-block; width: 32px; height: 32px; line-height: 32px; text-align: center; border-radius: 50%; background: #c86b2a; color: #fff; text-decoration: none; }
.Btn_root__q1 { display: inline-block; padding: 6px 12px; border: 1px solid #c86b2a; border-radius: 6px; background: #fff; color: #c86b2a; cursor: pointer; text-decoration: none; font-size: 14px; }
.Btn_primary__q2 { background: #c86b2a; color: #fff; } .Btn_ghost__q3 { border-color: transparent; } .Btn_danger__q4 { border-color: #c22; color: #c22; }
.IconBtn_root__w1 { display: inline-flex; align-items: center; justify-content: center; width: 30px; height: 30px; border-radius: 50%; border: 1px solid #ddd; background: #fff; cursor: pointer; vertical-align: middle; position: relative; }
.Badge_dot__w2 { position: absolute; top: -4px; right: -4px; font-size: 10px; background: #c22; color: #fff; border-radius: 8px; padding: 0 4px; }
.Layout_root__l1 { display: grid; grid-template-columns: 220px 1fr; gap: 24px; padding: 16px 24px; } .CatNav_list__c4 { list-style: none; padding: 0; } .CatNav_list__c4 li { margin: 6px 0; } .CatNav_count__c3 { color: #888; font-size: 12px; }
.PageHead_root__p1 { display: flex; justify-content: space-between; align-items: center; } .Toolbar_root__b1 { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; }
.Search_root__s1 input { padding: 6px; width: 220px; } .FilterChip_root__fc1 { border: 1px solid #ccc; border-radius: 14px; padding: 4px 12px; background: #fff; cursor: pointer; } .FilterChip_root__fc1[aria-pressed=true] { background: #222; color: #fff; }
.Select_trigger__x1 { min-width: 150px; text-align: left; padding: 6px 10px; border: 1px solid #ccc; background: #fff; border-radius: 6px; cursor: pointer; }
.TopicList_root__tl1 { list-style: none; padding: 0; margin: 0; } .TopicRow_root__t1 { display: grid; grid-template-columns: 1fr 80px 90px 110px 130px; gap: 8px; align-items: center; padding: 8px 0; border-bottom: 1px solid #eee; }
.TopicRow_unread__t2 .TopicRow_title__t4 { font-weight: 700; } .TopicRow_meta__t5 { font-size: 12px; color: #777; } .TopicRow_actions__t8 { position: relative; display: flex; gap: 4px; }
.Chip_root__k1 { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; background: #f1e6da; margin-right: 6px; } .Chip_solved__k3 { background: #dff0d8; } .Chip_remove__k4 { border: none; background: none; cursor: pointer; }
.Menu_root__m1 { position: absolute; right: 0; top: 34px; z-index: 5; list-style: none; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 12px rgba(0,0,0,.15); width: 180px; } .Menu_root__m1 li { padding: 6px 12px; cursor: pointer; }
.Pager_root__pg1 { display: flex; gap: 6px; margin: 14px 0; } .Pager_page__pg2 { width: 32px; height: 32px; border: 1px solid #ccc; background: #fff; cursor: pointer; }
.Thread_page__y1, .Compose_page__z1, .Mod_page__mo1, .Settings_page__st1 { padding: 16px 24px; max-width: 1000px; } .Thread_actions__y3, .Thread_bar__y4 { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.Post_root__r1 { border: 1px solid #eee; border-radius: 8px; padding: 10px 14px; margin: 10px 0; } .Post_head__r2 { display: flex; gap: 8px; align-items: center; } .Post_date__r3 { color: #888; font-size: 12px; }
.Post_actions__r5 { display: flex; gap: 6px; align-items: center; position: relative; } .Avatar_root__a1 { display: inline-block; width: 28px; height: 28px; line-height: 28px; text-align: center; border-radius: 50%; background: #eadbc8; }
.Avatar_lg__a3 { width: 56px; height: 56px; line-height: 56px; } .Editor_toolbar__e2 { display: flex; gap: 4px; margin: 6px 0; } .IconBtn_sq__w3 { border-radius: 4px; }
.Composer_root__e1 textarea, .Compose_form__z2 textarea { width: 100%; box-sizing: border-box; } .Composer_foot__e3, .Compose_actions__z3 { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.Field_root__f1 { display: block; margin: 8px 0; } .Field_root__f1 input, .Field_root__f1 select, .Field_root__f1 textarea { display: block; margin-top: 3px; padding: 6px; min-width: 280px; } .Field_inline__f2 { display: inline-flex; gap: 6px; align-items: center; }
.Check_root__c1, .Radio_root__ra1 { display: block; margin: 4px 0; } .Fieldset_root__fs1 { border: 1px solid #eee; border-radius: 8px; margin: 10px 0; } .Poll_choice__pc1 { display: flex; gap: 8px; align-items: flex-end; }
.TagInput_root__ti1 { display: flex; gap: 4px; align-items: center; border: 1px solid #ccc; padding: 4px; border-radius: 6px; width: 420px; } .TagInput_root__ti1 input { border: none; flex: 1; }
.Tabs_root__tb1 { display: flex; gap: 16px; border-bottom: 1px solid #eee; padding-bottom: 6px; } .Bulk_root__bk1 { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.Table_root__tt1 { width: 100%; border-collapse: collapse; } .Table_root__tt1 td, .Table_root__tt1 th { padding: 6px; border-bottom: 1px solid #eee; text-align: left; } .Table_actions__ta1 { position: relative; white-space: nowrap; }
.Muted_root__mu1 { color: #888; font-size: 12px; } .Card_root__cd1 { border: 1px solid #eee; border-radius: 10px; padding: 12px 16px; margin: 14px 0; } .Card_danger__cd2 { border-color: #f2b8b8; }
.Avatar_edit__a2 { display: flex; gap: 10px; align-items: center; } .Pref_row__pr1 { display: flex; gap: 12px; align-items: center; margin: 6px 0; } .Pref_row__pr1 span { width: 160px; }
.Blocked_list__bl2 { list-style: none; padding: 0; } .Blocked_row__bl1 { display: flex; gap: 10px; align-items: center; padding: 4px 0; } .Form_row__fr1 { display: flex; gap: 10px; align-items: flex-end; }
.Footer_root__f3 { padding: 16px 24px; border-top: 1px solid #eee; } .Footer_link__f4 { margin-right: 14px; } .Crumbs_root__cr1 { margin-bottom: 6px; }
"""
STYLE3 = """body { font-family: "Atkinson Hyperlegible", system-ui, sans-serif; margin: 0; font-size: 16px; color: #1d1d1f; }
.hs-skip { position: absolute; left: 8px; top: -40px; } .hs-skip:focus { top: 8px; }
.hs-header { display: flex; align-items: center; gap: 18px; padding: 10px 24px; background: #3b2314; } .hs-header a, .hs-header button { color: #fff; } .hs-nav { display: flex; gap: 16px; }
.hs-header__search { width: 260px; padding: 7px 10px; border-radius: 8px; border: none; }
.hs-main { padding: 16px 24px; max-width: 1180px; } .hs-main--sidebar { display: grid; grid-template-columns: 220px 1fr; gap: 28px; } .hs-narrow { max-width: 760px; }
.hs-btn { display: inline-block; padding: 8px 16px; border-radius: 8px; border: 2px solid #a0522d; background: #a0522d; color: #fff; font-weight: 600; cursor: pointer; text-decoration: none; font-size: 15px; }
.hs-btn--secondary { background: #fff; color: #a0522d; } .hs-btn--quiet { background: transparent; border-color: transparent; color: #a0522d; text-decoration: underline; } .hs-btn--small { padding: 4px 10px; font-size: 14px; }
.hs-btn--block { display: block; text-align: center; margin-bottom: 16px; } .hs-btn--danger { background: #b3261e; border-color: #b3261e; color: #fff; }
.hs-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 34px; height: 34px; border-radius: 50%; border: 1px solid #b9b1a8; background: #fff; cursor: pointer; vertical-align: middle; }
.hs-icon-btn--sq { border-radius: 6px; } .hs-list { list-style: none; padding: 0; } .hs-list li { margin: 8px 0; } .hs-muted { color: #6b6b6b; font-size: 14px; }
.hs-toolbar, .hs-row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 8px 0; } .hs-toolbar input[type=search] { width: 320px; padding: 8px; } .hs-row--end { justify-content: flex-end; }
.hs-tabs { display: flex; gap: 4px; border-bottom: 2px solid #e2dcd5; margin: 12px 0 8px; } .hs-tabs [role=tab] { border: none; background: none; padding: 8px 14px; font-size: 15px; cursor: pointer; } .hs-tabs [aria-selected=true] { border-bottom: 3px solid #a0522d; font-weight: 700; }
.hs-grid { display: block; } .hs-grid__row { display: grid; grid-template-columns: 1fr 70px 70px 120px 130px; gap: 8px; padding: 8px 0; border-bottom: 1px solid #eee; align-items: center; } .hs-grid__head { font-weight: 700; }
.hs-grid__row--mod { grid-template-columns: 40px 1fr 130px 130px 70px 170px; } .hs-grid__row--members { grid-template-columns: 1fr 120px 80px 200px 60px; }
.hs-actions { display: flex; gap: 4px; } .hs-badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 13px; background: #eee; } .hs-badge--success { background: #d6f0d6; }
.hs-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); } .hs-more { margin: 16px 0; } .hs-pinned { background: #faf5ef; padding: 4px 12px; border-radius: 8px; }
.hs-post { border-bottom: 1px solid #e2dcd5; padding: 10px 0; } .hs-post__actions { display: flex; gap: 6px; align-items: center; } .hs-crumbs ol { list-style: none; display: flex; gap: 10px; padding: 0; }
.hs-composer textarea, .hs-form textarea { width: 100%; box-sizing: border-box; padding: 8px; } .hs-form input[type=text] { padding: 8px; min-width: 300px; } .hs-form > input[type=text] { width: 100%; box-sizing: border-box; }
.hs-tags { display: flex; gap: 4px; align-items: center; } .hs-chip { border-radius: 12px; background: #f1e6da; padding: 2px 8px; } .hs-chip__x { border: none; background: none; cursor: pointer; }
.hs-switch, .hs-check, .hs-radio { display: block; margin: 6px 0; } .hs-poll { border: 1px solid #e2dcd5; border-radius: 8px; padding: 8px 14px; margin: 12px 0; } .hs-formfoot { display: flex; gap: 10px; margin: 16px 0; border-top: 1px solid #e2dcd5; padding-top: 12px; }
.hs-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 9; } .hs-dialog { position: fixed; top: 110px; left: 50%; margin-left: -240px; width: 480px; background: #fff; padding: 18px; border-radius: 12px; z-index: 10; }
.hs-dialog textarea { width: 100%; box-sizing: border-box; display: block; margin: 8px 0; } .hs-dialog__close { position: absolute; right: 12px; top: 12px; } .hs-field select { display: block; margin-top: 4px; padding: 6px; }
.hs-settings section { border-bottom: 1px solid #e2dcd5; padding: 8px 0 16px; } .hs-settings > section > input, .hs-settings > section > textarea { display: block; margin: 8px 0; padding: 8px; width: 420px; }
.hs-w200 { width: 200px; } .hs-avatar { display: inline-block; width: 56px; height: 56px; line-height: 56px; text-align: center; border-radius: 50%; background: #eadbc8; } .hs-pw { display: flex; gap: 6px; align-items: center; margin: 8px 0; } .hs-pw input { padding: 8px; width: 300px; }
.hs-fieldset { border: 1px solid #e2dcd5; border-radius: 8px; } .hs-danger { border: 1px solid #f0b4b0; border-radius: 8px; padding: 8px 14px; margin-top: 14px; }
.hs-footer ul { list-style: none; display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #e2dcd5; margin: 0; }
"""


def render():
    return {
        "v1": {"topics.html": topics_v1(), "thread.html": thread_v1(), "compose.html": compose_v1(),
               "moderation.html": moderation_v1(), "profile.html": profile_v1(), "style.css": STYLE},
        "v2": {"topics.html": topics_v2(), "thread.html": thread_v2(), "compose.html": compose_v2(),
               "moderation.html": moderation_v2(), "profile.html": profile_v2(), "style2.css": STYLE2},
        "v3": {"topics.html": topics_v3(), "thread.html": thread_v3(), "compose.html": compose_v3(),
               "moderation.html": moderation_v3(), "profile.html": profile_v3(), "style3.css": STYLE3},
    }
