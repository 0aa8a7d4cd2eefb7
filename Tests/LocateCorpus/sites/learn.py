"""Learn: "Brightpath Academy", an online-courses platform (learning management system) — HELD OUT.
Three versions of five pages: catalog (course catalogue), course (syllabus, reviews, instructor),
lesson (video, quiz, notes), dashboard (my courses and gradebook) and profile (settings).

v1  older server-rendered PHP stack (Moodle-like): `id_…` ids and `yui_…` ids, layout tables,
    courses as table rows with text links "Enrol" / "Add to wishlist" / "Preview" per row (the
    course the learner is already enrolled on shows "Go to course"), category select and level
    radios, numbered pagination links; the syllabus as one table per module with "Watch" /
    "Preview" and "Slides (PDF)" per lesson, reviews with "Helpful" / "Report" links on every
    review, a review form with a rating select; the quiz as a table with two True/False
    questions with the same option labels, "Submit answers" / "Clear answers", "Mark as
    complete", notes and a question box; the gradebook as a table with text "Submit" / "View
    feedback" / "Download" per row and "Continue" per course; the profile as one long form with
    a billing and a certificate delivery address that share labels, "New password" twice,
    notification checkboxes, "Link account" on two provider rows, "Update profile" and a "Delete
    my account" link.
v2  React rewrite: `data-testid`, the same test id on every card / row; courses re-sorted by
    popularity, "Spanish for Travellers" gone, "Python for Data Science" new (a look-alike of
    "Intro to Python Programming"), "Enroll now" buttons, heart icon buttons all named "Add to
    wishlist", "Preview" links styled as buttons, a "Compare" checkbox on every card, a header
    search next to the catalogue search, a custom Category combobox, level chips (aria-pressed),
    icon pagination. Syllabus: accordion modules, lessons re-ordered ("Gradient descent" before
    "Linear regression"), "Setting up your environment" replaced by "Installing Jupyter",
    "Feature scaling" new, module 4 locked (no actions), icon buttons "Play lesson" / "Download
    slides" on every lesson, two "Preview" buttons; reviews re-sorted with one gone and one new,
    "Mark as helpful" / "Report review" icons per review, star radios, "Post review". Lesson: icon
    video controls, quiz in fieldsets with the True/False questions swapped, question 6 gone and a
    new R² question, "Check answers", "Complete lesson", "Previous"/"Next" links as buttons, notes
    with "Save" and a question box with "Post". Dashboard: progress cards with "Resume" (same test
    id), gradebook sorted by due date, "Exercise set 3" gone and a risk-register case study new,
    icon buttons "Submit assignment" / "View feedback" / "Download" on every row, an open "More
    actions" menu on the Regression lab row, status chips, custom course combobox. Profile:
    fieldsets, reworded labels, "Same as billing address", a "Save" per section, "Update password",
    email and push notification groups with the same labels, provider cards with "Connect".
v3  design-system / accessibility pass: placeholders instead of labels, icon buttons named after
    their card / row ("Save Advanced SQL to wishlist", "Play Linear regression", "Submit
    Regression lab"), filters in a sidebar (category checkboxes, a "Free courses only" switch),
    "Load more courses" instead of pages, "Web Design Basics" and "Data Analysis with Excel" gone,
    "UX Research Methods" new; the course page in tabs (Syllabus shown; reviews behind the Reviews
    tab), instructor in a sidebar with "Follow", "Share" removed; the lesson with "Transcript" /
    "Notes" tabs (Notes shown), "Lesson complete" switch, discussion removed; the dashboard as
    role=grid with "Quiz 1: Regression" gone (its look-alike "Quiz 2: Classification" stays),
    "In progress" / "Completed" tabs (the completed course and its certificate behind the second
    tab), an open "Submit assignment" dialog with its own "Submit" over the grid; the lesson quiz
    loses "A cluster" and the R² question, question 6 returns with the same "Your answer"
    placeholder as question 5; the syllabus loses "Final project brief", "Decision trees" becomes
    "Decision trees and forests"; the profile with a section menu, three "Show password" buttons,
    switches in "By email" / "On your phone" groups with the same labels, display name and offers
    gone, LinkedIn gone and Apple new, section save buttons reworded, delete account in a danger
    zone with a confirmation box.
"""
from common import attrs, e, page


def x(marker):
    return attrs(data__expect=marker)


# slug, title, instructor, category, level, hours, price, rating, learners
COURSES = {
    "py": ("Intro to Python Programming", "Dr. Amara Okafor", "Programming", "Beginner", 12, 49, 4.7, 18250),
    "excel": ("Data Analysis with Excel", "Tom Lindqvist", "Data science", "Beginner", 8, 29, 4.4, 9310),
    "ml": ("Machine Learning Foundations", "Dr. Priya Raman", "Data science", "Intermediate", 20, 89, 4.8, 22400),
    "web": ("Web Design Basics", "Lucia Ferreira", "Design", "Beginner", 10, 39, 4.3, 7020),
    "speak": ("Public Speaking Essentials", "Marcus Bell", "Personal development", "All levels", 6, 0, 4.6, 12900),
    "pm": ("Project Management Fundamentals", "Hannah Cho", "Business", "Intermediate", 14, 59, 4.5, 10450),
    "spanish": ("Spanish for Travellers", "Diego Martín", "Languages", "Beginner", 9, 19, 4.2, 5100),
    "sql": ("Advanced SQL", "Tom Lindqvist", "Data science", "Advanced", 11, 69, 4.6, 6780),
    "pyds": ("Python for Data Science", "Dr. Amara Okafor", "Data science", "Intermediate", 16, 79, 4.7, 15300),
    "ux": ("UX Research Methods", "Lucia Ferreira", "Design", "Intermediate", 9, 49, 4.4, 3900),
}
V1_ORDER = ["py", "excel", "ml", "web", "speak", "pm", "spanish", "sql"]            # alphabetical-ish as the old site listed
V2_ORDER = ["ml", "py", "pyds", "speak", "pm", "excel", "sql", "web"]                # most popular
V3_ORDER = ["pyds", "py", "ml", "sql", "pm", "ux", "speak"]                           # relevance
ENROLLED = {"py"}


def price_text(p):
    return "Free" if p == 0 else f"${p}"


# -- v1: PHP / Moodle-like -------------------------------------------------------------------------

def top_v1():
    return f"""<div id="page-header"><table class="hdr" width="100%"><tr>
  <td><a href="index.php" id="logo"{x("logo")}><img src="pix/logo.gif" alt="Brightpath Academy" width="140" height="28"></a></td>
  <td class="navbar"><a href="catalog.php" id="nav_catalog"{x("nav-catalog")}>Course catalogue</a> |
    <a href="my/index.php" id="nav_my"{x("nav-learning")}>My courses</a> |
    <a href="user/profile.php" id="nav_profile"{x("nav-profile")}>Profile</a> |
    <a href="help.php" id="nav_help"{x("nav-help")}>Help</a></td>
  <td class="logininfo" align="right">You are logged in as Jordan Avery (<a href="login/logout.php?sesskey=7fa2c" id="nav_logout"{x("logout")}>Log out</a>)</td>
</tr></table></div>"""


def bottom_v1():
    return f"""<div id="page-footer"><hr>
  <a href="about.php"{x("footer-about")}>About Brightpath</a> -
  <a href="help.php"{x("footer-help")}>Help</a> -
  <a href="privacy.php"{x("footer-privacy")}>Privacy policy</a> -
  <a href="terms.php"{x("footer-terms")}>Terms of use</a>
  <p class="copy">&copy; 2014&ndash;2019 Brightpath Academy. Powered by BrightLMS 2.7</p></div>"""


def catalog_v1():
    rows = ""
    for n, slug in enumerate(V1_ORDER):
        title, teacher, cat, level, hours, price, rating, learners = COURSES[slug]
        if slug in ENROLLED:
            act = f'<a href="course/view.php?id={101 + n}" class="enrolled"{x("goto-" + slug)}>Go to course</a>'
        else:
            act = f'<a href="enrol/index.php?id={101 + n}"{x("enrol-" + slug)}>Enrol</a>'
        rows += f"""
  <tr class="r{n % 2}" id="course_{101 + n}">
    <td class="c0"><img src="pix/c{101 + n}.jpg" alt="" width="60" height="40"></td>
    <td class="c1"><a href="course/view.php?id={101 + n}" class="coursename"{x("title-" + slug)}>{e(title)}</a><br><span class="teacher">Teacher: {e(teacher)}</span></td>
    <td class="c2">{e(cat)}</td><td class="c3">{level}</td><td class="c4">{hours} hours</td><td class="c5">{price_text(price)}</td>
    <td class="c6">{act} | <a href="wishlist.php?add={101 + n}&amp;sesskey=7fa2c"{x("wish-" + slug)}>Add to wishlist</a> |
      <a href="course/preview.php?id={101 + n}"{x("preview-" + slug)}>Preview</a></td>
  </tr>"""
    body = f"""{top_v1()}
<div id="page-content"><table width="100%"><tr>
<td id="region-pre" width="220" valign="top">
  <div class="block"><div class="header"><h2>Filter courses</h2></div>
  <form id="filterform" action="catalog.php" method="get">
    <table>
      <tr><td><label for="id_category">Category</label></td></tr>
      <tr><td><select id="id_category" name="category"{x("category")}><option>All categories</option><option>Programming</option><option>Data science</option><option>Design</option><option>Business</option><option>Languages</option><option>Personal development</option></select></td></tr>
      <tr><td>Level</td></tr>
      <tr><td><input type="radio" name="level" id="id_level_0" value="0" checked{x("level-any")}><label for="id_level_0">Any level</label><br>
        <input type="radio" name="level" id="id_level_1" value="1"{x("level-beginner")}><label for="id_level_1">Beginner</label><br>
        <input type="radio" name="level" id="id_level_2" value="2"{x("level-intermediate")}><label for="id_level_2">Intermediate</label><br>
        <input type="radio" name="level" id="id_level_3" value="3"{x("level-advanced")}><label for="id_level_3">Advanced</label></td></tr>
      <tr><td><input type="checkbox" name="free" id="id_free" value="1"{x("free-only")}><label for="id_free">Free courses only</label></td></tr>
      <tr><td><input type="checkbox" name="cert" id="id_cert" value="1"{x("with-certificate")}><label for="id_cert">With certificate</label></td></tr>
      <tr><td><input type="submit" id="id_applyfilters" value="Apply filters"{x("apply-filters")}> <a href="catalog.php" id="id_clearfilters"{x("clear-filters")}>Clear</a></td></tr>
    </table>
  </form></div>
</td>
<td id="region-main" valign="top">
  <h1{x("heading")}>Course catalogue</h1>
  <form id="coursesearch" action="search.php" method="get">
    <label for="id_search">Search courses:</label> <input type="text" id="id_search" name="search" size="30"{x("search")}>
    <input type="submit" id="id_searchbtn" value="Go"{x("search-go")}>
  </form>
  <p class="sortbar"><label for="id_sort">Sort by</label> <select id="id_sort" name="sort"{x("sort")}><option>Course name (A-Z)</option><option>Newest first</option><option>Price (low to high)</option><option>Highest rated</option></select>
    <label for="id_perpage">Courses per page</label> <select id="id_perpage" name="perpage"{x("per-page")}><option>8</option><option>20</option><option>50</option></select></p>
  <table class="generaltable" id="courselist" width="100%">
    <tr><th></th><th>Course</th><th>Category</th><th>Level</th><th>Length</th><th>Price</th><th>Actions</th></tr>{rows}
  </table>
  <div class="paging">Page: <strong>1</strong>
    <a href="catalog.php?page=1"{x("page-2")}>2</a>
    <a href="catalog.php?page=2"{x("page-3")}>3</a>
    <a href="catalog.php?page=1" class="next"{x("next-page")}>Next &raquo;</a></div>
</td></tr></table></div>
{bottom_v1()}"""
    return page("Brightpath Academy: Course catalogue", body)


MODULES_V1 = [
    ("Module 1: Getting started", [
        ("welcome", "Welcome to the course", "video", "4 min", True),
        ("whatis", "What is machine learning?", "video", "12 min", True),
        ("setup", "Setting up your environment", "reading", "10 min", False),
    ]),
    ("Module 2: Regression", [
        ("linreg", "Linear regression", "video", "18 min", False),
        ("graddesc", "Gradient descent", "video", "22 min", False),
        ("reglab", "Regression lab", "assignment", "", False),
    ]),
    ("Module 3: Classification", [
        ("logreg", "Logistic regression", "video", "20 min", False),
        ("trees", "Decision trees", "video", "16 min", False),
        ("quiz2", "Quiz 2: Classification", "quiz", "10 questions", False),
    ]),
    ("Module 4: Neural networks", [
        ("percep", "Perceptrons", "video", "15 min", False),
        ("backprop", "Backpropagation", "video", "25 min", False),
        ("brief", "Final project brief", "reading", "6 min", False),
    ]),
]

REVIEWS_V1 = [  # key, who, stars, title, text, helpful
    ("jonas", "Jonas K.", 5, "Best intro I have taken", "Clear explanations and the labs are genuinely useful.", 12),
    ("mei", "Mei Ling", 4, "Great, a bit fast in module 3", "Loved the regression part; classification moved quickly.", 7),
    ("sam", "Sam O'Neil", 3, "Good but dated tools", "The content is solid but some notebooks need updating.", 3),
]


def course_v1():
    syl = ""
    for mi, (mtitle, lessons) in enumerate(MODULES_V1):
        rows = ""
        for key, title, kind, length, free in lessons:
            if kind == "video":
                act = (f'<a href="mod/video/view.php?l={key}"{x("play-" + key)}>{"Preview" if free else "Watch"}</a> | '
                       f'<a href="pluginfile.php/slides/{key}.pdf"{x("slides-" + key)}>Slides (PDF)</a>')
            elif kind == "assignment":
                act = f'<a href="mod/assign/view.php?l={key}"{x("play-" + key)}>View assignment</a>'
            elif kind == "quiz":
                act = f'<a href="mod/quiz/attempt.php?l={key}"{x("play-" + key)}>Attempt quiz</a>'
            else:
                act = f'<a href="mod/page/view.php?l={key}"{x("play-" + key)}>Read</a>'
            rows += f"""
      <tr><td class="icon">{kind}</td><td><a href="mod/{kind}/view.php?l={key}"{x("lesson-" + key)}>{e(title)}</a></td><td>{length}</td><td>{act}</td></tr>"""
        syl += f"""
  <h3 class="sectionname" id="section-{mi + 1}">{e(mtitle)}</h3>
  <table class="generaltable syllabus" width="100%">{rows}
  </table>"""
    revs = ""
    for key, who, stars, title, text, helpful in REVIEWS_V1:
        revs += f"""
  <div class="review" id="review_{key}"><b>{e(title)}</b> &mdash; {"&#9733;" * stars}{"&#9734;" * (5 - stars)}<br>
    <span class="by">by {e(who)}</span><p>{e(text)}</p>
    <a href="review.php?helpful={key}"{x("helpful-" + key)}>Helpful ({helpful})</a> &middot; <a href="review.php?report={key}"{x("report-" + key)}>Report</a></div>"""
    body = f"""{top_v1()}
<div id="page-content">
  <div class="breadcrumb"><a href="index.php"{x("crumb-home")}>Home</a> &raquo; <a href="catalog.php?category=2"{x("crumb-category")}>Data science</a> &raquo; Machine Learning Foundations</div>
  <table width="100%"><tr><td valign="top">
  <h1{x("heading")}>Machine Learning Foundations</h1>
  <p class="summary">Learn regression, classification and neural networks from first principles. 20 hours &middot; Intermediate &middot; 4.8 (1,204 ratings)</p>
  <form action="enrol/index.php" method="post" id="enrolform">
    <input type="hidden" name="id" value="103"><input type="submit" id="id_enrolbtn" value="Enrol me in this course ($89)"{x("enrol")}>
  </form>
  <p><a href="wishlist.php?add=103&amp;sesskey=7fa2c" id="wishlistlink"{x("wishlist")}>Add to wishlist</a> |
     <a href="share.php?id=103" id="sharelink"{x("share")}>Share this course</a> |
     <a href="gift.php?id=103" id="giftlink"{x("gift")}>Give as a gift</a></p>
  <h2>Syllabus</h2>
  <p><a href="#" id="expandall"{x("expand-all")}>Expand all</a> | <a href="#" id="collapseall"{x("collapse-all")}>Collapse all</a></p>{syl}
  <h2>Student reviews</h2>{revs}
  <a href="reviews.php?id=103" id="allreviews"{x("all-reviews")}>Show all 1,204 reviews</a>
  <h3>Write a review</h3>
  <form id="reviewform" action="review.php" method="post"><table>
    <tr><td><label for="id_rating">Your rating</label></td><td><select id="id_rating" name="rating"{x("review-rating")}><option>Choose...</option><option>5 - Excellent</option><option>4 - Very good</option><option>3 - Average</option><option>2 - Poor</option><option>1 - Terrible</option></select></td></tr>
    <tr><td><label for="id_reviewtitle">Title</label></td><td><input type="text" id="id_reviewtitle" name="title" size="40"{x("review-title")}></td></tr>
    <tr><td><label for="id_reviewtext">Your review</label></td><td><textarea id="id_reviewtext" name="text" rows="4" cols="50"{x("review-text")}></textarea></td></tr>
    <tr><td></td><td><input type="submit" id="id_submitreview" value="Submit review"{x("review-submit")}></td></tr>
  </table></form>
  </td>
  <td valign="top" width="240" id="region-post">
    <div class="block"><div class="header"><h2>Teacher</h2></div>
      <p><a href="user/view.php?id=88" id="teacherlink"{x("instructor-name")}>Dr. Priya Raman</a><br>Senior data scientist, 11 courses</p>
      <p><a href="user/view.php?id=88" id="teacherprofile"{x("instructor-profile")}>View profile</a><br>
         <a href="message/index.php?id=88" id="teachermsg"{x("instructor-message")}>Send a message</a></p></div>
  </td></tr></table>
</div>
{bottom_v1()}"""
    return page("Course: Machine Learning Foundations", body)


def lesson_v1():
    body = f"""{top_v1()}
<div id="page-content">
  <div class="breadcrumb"><a href="index.php"{x("crumb-home")}>Home</a> &raquo; <a href="course/view.php?id=103"{x("crumb-course")}>Machine Learning Foundations</a> &raquo; Module 2: Regression &raquo; Linear regression</div>
  <table width="100%"><tr>
  <td valign="top" width="200" id="region-pre">
    <div class="block"><div class="header"><h2>Module 2: Regression</h2></div>
      <ul class="outline"><li><a href="lesson.php?l=linreg"{x("outline-linreg")}>Linear regression</a></li>
        <li><a href="lesson.php?l=graddesc"{x("outline-graddesc")}>Gradient descent</a></li>
        <li><a href="lesson.php?l=reglab"{x("outline-reglab")}>Regression lab</a></li></ul></div>
  </td>
  <td valign="top" id="region-main">
  <h1{x("heading")}>Linear regression</h1>
  <div id="player"><div class="screen">[video 18:04]</div>
    <input type="button" id="yui_3_17_2_1_play" value="Play"{x("video-play")}>
    <label for="yui_3_17_2_1_speed">Speed</label> <select id="yui_3_17_2_1_speed"{x("video-speed")}><option>0.75x</option><option selected>1x</option><option>1.25x</option><option>1.5x</option><option>2x</option></select>
    <input type="checkbox" id="yui_3_17_2_1_cc"{x("captions")}><label for="yui_3_17_2_1_cc">Show captions</label>
    <a href="pluginfile.php/transcripts/linreg.txt" id="transcriptlink"{x("transcript")}>Download transcript</a></div>
  <h2>Check your understanding</h2>
  <form id="quizform" action="mod/quiz/processattempt.php" method="post">
  <table class="quiz" width="100%">
    <tr><td class="qno">1.</td><td>What does a linear regression model predict?<br>
      <input type="radio" name="q1" id="q1_a" value="a"{x("q1-category")}><label for="q1_a">A category</label><br>
      <input type="radio" name="q1" id="q1_b" value="b"{x("q1-continuous")}><label for="q1_b">A continuous value</label><br>
      <input type="radio" name="q1" id="q1_c" value="c"{x("q1-cluster")}><label for="q1_c">A cluster</label></td></tr>
    <tr><td class="qno">2.</td><td>Which of these are loss functions? (tick all that apply)<br>
      <input type="checkbox" name="q2[]" id="q2_a" value="a"{x("q2-mse")}><label for="q2_a">Mean squared error</label><br>
      <input type="checkbox" name="q2[]" id="q2_b" value="b"{x("q2-mae")}><label for="q2_b">Mean absolute error</label><br>
      <input type="checkbox" name="q2[]" id="q2_c" value="c"{x("q2-accuracy")}><label for="q2_c">Accuracy</label><br>
      <input type="checkbox" name="q2[]" id="q2_d" value="d"{x("q2-huber")}><label for="q2_d">Huber loss</label></td></tr>
    <tr><td class="qno">3.</td><td>Adding more features always reduces test error.<br>
      <input type="radio" name="q3" id="q3_t" value="1"{x("q3-true")}><label for="q3_t">True</label>
      <input type="radio" name="q3" id="q3_f" value="0"{x("q3-false")}><label for="q3_f">False</label></td></tr>
    <tr><td class="qno">4.</td><td>The intercept is the predicted value when all features are zero.<br>
      <input type="radio" name="q4" id="q4_t" value="1"{x("q4-true")}><label for="q4_t">True</label>
      <input type="radio" name="q4" id="q4_f" value="0"{x("q4-false")}><label for="q4_f">False</label></td></tr>
    <tr><td class="qno">5.</td><td><label for="q5_text">In one sentence, explain what overfitting means.</label><br>
      <textarea id="q5_text" name="q5" rows="3" cols="60"{x("q5-answer")}></textarea></td></tr>
    <tr><td class="qno">6.</td><td><label for="q6_num">If y = 2x + 3, what is y when x = 4?</label>
      <input type="text" id="q6_num" name="q6" size="6"{x("q6-answer")}></td></tr>
  </table>
  <input type="submit" id="id_submitquiz" value="Submit answers"{x("quiz-submit")}> <input type="reset" id="id_clearquiz" value="Clear answers"{x("quiz-reset")}>
  </form>
  <h2>My notes</h2>
  <form id="notesform"><textarea id="id_notes" name="notes" rows="4" cols="60" aria-label="My notes"{x("notes")}></textarea><br>
    <input type="button" id="id_savenotes" value="Save notes"{x("notes-save")}></form>
  <h2>Discussion</h2>
  <form id="askform"><label for="id_question">Ask a question about this lesson</label><br>
    <textarea id="id_question" name="question" rows="3" cols="60"{x("question")}></textarea><br>
    <input type="submit" id="id_postquestion" value="Post question"{x("question-post")}></form>
  <table width="100%" class="lessonnav"><tr>
    <td><a href="lesson.php?l=setup" id="prevlesson"{x("prev")}>&laquo; Previous lesson</a></td>
    <td align="center"><input type="button" id="id_markcomplete" value="Mark as complete"{x("complete")}></td>
    <td align="right"><a href="lesson.php?l=graddesc" id="nextlesson"{x("next")}>Next lesson &raquo;</a></td></tr></table>
  </td></tr></table>
</div>
{bottom_v1()}"""
    return page("Linear regression - Machine Learning Foundations", body)


PROGRESS_V1 = [("py", 80), ("ml", 35), ("pm", 60), ("speak", 100)]

GRADES_V1 = [  # key, course, title, due, status, grade, actions
    ("quiz1", "ml", "Quiz 1: Regression", "20 Feb", "Graded", "88%", ("feedback", "download")),
    ("quiz2", "ml", "Quiz 2: Classification", "5 Mar", "Graded", "74%", ("feedback", "download")),
    ("reglab", "ml", "Regression lab", "12 Mar", "Not submitted", "-", ("submit",)),
    ("ex3", "py", "Exercise set 3", "28 Feb", "Graded", "92%", ("feedback", "download")),
    ("final", "py", "Final project", "30 Mar", "Not submitted", "-", ("submit",)),
    ("talk", "speak", "Recorded talk", "15 Feb", "Submitted", "Awaiting grade", ("download",)),
    ("gantt", "pm", "Gantt chart exercise", "1 Mar", "Graded", "78%", ("feedback", "download")),
]
ACTION_TEXT_V1 = {"submit": "Submit", "feedback": "View feedback", "download": "Download"}


def dashboard_v1():
    prog = ""
    for slug, pct in PROGRESS_V1:
        title = COURSES[slug][0]
        if pct == 100:
            act = f'<a href="certificate.php?c={slug}"{x("certificate-" + slug)}>Get certificate</a>'
        else:
            act = f'<a href="course/view.php?c={slug}&amp;resume=1"{x("continue-" + slug)}>Continue</a>'
        prog += f"""
    <tr><td><a href="course/view.php?c={slug}"{x("mycourse-" + slug)}>{e(title)}</a></td><td>{pct}% complete</td><td>{act}</td></tr>"""
    rows = ""
    for key, slug, title, due, status, grade, actions in GRADES_V1:
        acts = " | ".join(f'<a href="mod/assign/{a}.php?id={key}"{x(a + "-" + key)}>{ACTION_TEXT_V1[a]}</a>' for a in actions)
        rows += f"""
    <tr id="grade_{key}"><td>{e(COURSES[slug][0])}</td><td><a href="mod/assign/view.php?id={key}"{x("assignment-" + key)}>{e(title)}</a></td><td>{due}</td><td>{status}</td><td>{grade}</td><td>{acts}</td></tr>"""
    body = f"""{top_v1()}
<div id="page-content">
  <h1{x("heading")}>My courses</h1>
  <table class="generaltable" id="mycourses" width="70%">
    <tr><th>Course</th><th>Progress</th><th></th></tr>{prog}
  </table>
  <h2>Grades</h2>
  <form id="gradefilter" action="my/index.php" method="get">
    <label for="id_gradecourse">Course</label> <select id="id_gradecourse" name="course"{x("grade-course")}><option>All courses</option><option>Intro to Python Programming</option><option>Machine Learning Foundations</option><option>Project Management Fundamentals</option><option>Public Speaking Essentials</option></select>
    <input type="checkbox" id="id_hidegraded" name="hidegraded"{x("hide-graded")}><label for="id_hidegraded">Hide graded items</label>
    <input type="submit" id="id_gradefilter" value="Filter"{x("grade-filter")}>
  </form>
  <table class="generaltable" id="gradebook" width="100%">
    <tr><th>Course</th><th>Assignment</th><th>Due</th><th>Status</th><th>Grade</th><th>Actions</th></tr>{rows}
  </table>
  <p><a href="grade/export/csv.php" id="exportcsv"{x("export")}>Export grades (CSV)</a> | <a href="#" onclick="window.print()" id="printgrades"{x("print")}>Printable version</a></p>
</div>
{bottom_v1()}"""
    return page("Dashboard: My courses", body)


def address_v1(prefix, heading, section):
    return f"""
    <tr><th colspan="2" class="sectionhead">{heading}</th></tr>
    <tr><td><label for="id_{prefix}_address1">Address line 1</label></td><td><input type="text" id="id_{prefix}_address1" name="{prefix}_address1" size="40"{x(section + "-line1")}></td></tr>
    <tr><td><label for="id_{prefix}_address2">Address line 2</label></td><td><input type="text" id="id_{prefix}_address2" name="{prefix}_address2" size="40"{x(section + "-line2")}></td></tr>
    <tr><td><label for="id_{prefix}_city">City/town</label></td><td><input type="text" id="id_{prefix}_city" name="{prefix}_city"{x(section + "-city")}></td></tr>
    <tr><td><label for="id_{prefix}_postcode">Postcode</label></td><td><input type="text" id="id_{prefix}_postcode" name="{prefix}_postcode" size="10"{x(section + "-postcode")}></td></tr>
    <tr><td><label for="id_{prefix}_country">Country</label></td><td><select id="id_{prefix}_country" name="{prefix}_country"{x(section + "-country")}><option>Select a country...</option><option>United Kingdom</option><option>Ireland</option><option>United States</option><option>Canada</option><option>Australia</option></select></td></tr>"""


def profile_v1():
    body = f"""{top_v1()}
<div id="page-content">
  <h1{x("heading")}>Edit profile</h1>
  <form id="mform1" action="user/edit.php" method="post" enctype="multipart/form-data">
  <table class="mform" width="100%">
    <tr><th colspan="2" class="sectionhead">General</th></tr>
    <tr><td><label for="id_firstname">First name</label></td><td><input type="text" id="id_firstname" name="firstname" value="Jordan"{x("first-name")}></td></tr>
    <tr><td><label for="id_lastname">Surname</label></td><td><input type="text" id="id_lastname" name="lastname" value="Avery"{x("last-name")}></td></tr>
    <tr><td><label for="id_email">Email address</label></td><td><input type="text" id="id_email" name="email" value="jordan.avery@example.com" size="30"{x("email")}></td></tr>
    <tr><td><label for="id_displayname">Display name</label></td><td><input type="text" id="id_displayname" name="displayname" value="Jordan A."{x("display-name")}></td></tr>
    <tr><td><label for="id_timezone">Timezone</label></td><td><select id="id_timezone" name="timezone"{x("timezone")}><option>Server timezone (Europe/London)</option><option>Europe/Dublin</option><option>America/New_York</option><option>America/Toronto</option><option>Australia/Sydney</option></select></td></tr>
    <tr><td><label for="id_description">Description</label></td><td><textarea id="id_description" name="description" rows="4" cols="50"{x("bio")}></textarea></td></tr>
    <tr><td><label for="id_imagefile">New picture</label></td><td><input type="file" id="id_imagefile" name="imagefile"{x("photo")}></td></tr>
    {address_v1("billing", "Billing address", "billing")}
    {address_v1("cert", "Certificate delivery address", "cert")}
    <tr><th colspan="2" class="sectionhead">Email notifications</th></tr>
    <tr><td></td><td><input type="checkbox" id="id_notify_lessons" name="notify_lessons" checked{x("email-updates")}><label for="id_notify_lessons">Email me when new lessons are added to my courses</label></td></tr>
    <tr><td></td><td><input type="checkbox" id="id_notify_deadlines" name="notify_deadlines" checked{x("email-deadlines")}><label for="id_notify_deadlines">Email me before assignment deadlines</label></td></tr>
    <tr><td></td><td><input type="checkbox" id="id_notify_digest" name="notify_digest"{x("email-summary")}><label for="id_notify_digest">Send me a weekly progress summary</label></td></tr>
    <tr><td></td><td><input type="checkbox" id="id_notify_promo" name="notify_promo"{x("email-offers")}><label for="id_notify_promo">Send me offers and course recommendations</label></td></tr>
    <tr><td></td><td><input type="submit" id="id_submitbutton" name="submitbutton" value="Update profile"{x("save-profile")}> <a href="user/profile.php" id="id_cancel"{x("cancel")}>Cancel</a></td></tr>
  </table>
  </form>
  <h2>Change password</h2>
  <form id="mform2" action="login/change_password.php" method="post"><table class="mform">
    <tr><td><label for="id_password">Current password</label></td><td><input type="password" id="id_password" name="password"{x("current-password")}></td></tr>
    <tr><td><label for="id_newpassword1">New password</label></td><td><input type="password" id="id_newpassword1" name="newpassword1"{x("new-password")}></td></tr>
    <tr><td><label for="id_newpassword2">New password (again)</label></td><td><input type="password" id="id_newpassword2" name="newpassword2"{x("confirm-password")}></td></tr>
    <tr><td></td><td><input type="submit" id="id_changepassword" value="Change password"{x("change-password")}></td></tr>
  </table></form>
  <h2>Linked accounts</h2>
  <table class="generaltable" id="linkedlogins">
    <tr><th>Provider</th><th>Status</th><th></th></tr>
    <tr><td>Google</td><td>Linked as jordan.avery@gmail.com</td><td><a href="auth/oauth2/unlink.php?p=google"{x("google")}>Unlink</a></td></tr>
    <tr><td>LinkedIn</td><td>Not linked</td><td><a href="auth/oauth2/link.php?p=linkedin"{x("linkedin")}>Link account</a></td></tr>
    <tr><td>GitHub</td><td>Not linked</td><td><a href="auth/oauth2/link.php?p=github"{x("github")}>Link account</a></td></tr>
  </table>
  <p class="dangerlink"><a href="user/delete.php?sesskey=7fa2c" id="deleteaccount"{x("delete-account")}>Delete my account</a></p>
</div>
{bottom_v1()}"""
    return page("Brightpath Academy: Edit profile", body)


# -- v2: React rewrite ------------------------------------------------------------------------------

def top_v2():
    return f"""<header class="AppHeader_root__Zq1" data-testid="app-header">
  <a href="/" class="AppHeader_logo__Zq2" aria-label="Brightpath Academy home"{x("logo")}><svg width="120" height="26"><rect width="120" height="26"/></svg></a>
  <nav class="AppHeader_nav__Zq3" aria-label="Primary">
    <a href="/courses" data-testid="nav-link"{x("nav-catalog")}>Explore</a>
    <a href="/my-learning" data-testid="nav-link"{x("nav-learning")}>My learning</a>
    <a href="/help" data-testid="nav-link"{x("nav-help")}>Help centre</a></nav>
  <form role="search" class="AppHeader_search__Zq4"><input type="search" aria-label="Search" placeholder="Search" data-testid="global-search"{x("header-search")}></form>
  <button class="AppHeader_icon__Zq5" aria-label="Notifications" data-testid="notifications-btn"{x("notifications")}><svg width="18" height="18"><circle cx="9" cy="9" r="8"/></svg></button>
  <a href="/settings/profile" class="AppHeader_avatar__Zq6" aria-label="Account settings" data-testid="avatar-link"{x("nav-profile")}>JA</a>
  <button class="Button_root__b1 Button_ghost__b4" data-testid="logout-btn"{x("logout")}>Sign out</button>
</header>"""


def bottom_v2():
    links = [("About us", "footer-about"), ("Help centre", "footer-help"), ("Privacy", "footer-privacy"), ("Terms", "footer-terms"), ("Accessibility", "footer-accessibility")]
    return ('<footer class="AppFooter_root__F1"><nav aria-label="Footer">'
            + "".join(f'<a href="/{k[7:]}" class="AppFooter_link__F2" data-testid="footer-link"{x(k)}>{t}</a>' for t, k in links)
            + "</nav><p>&copy; 2023 Brightpath Academy</p></footer>")


ICON = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def catalog_v2():
    cards = ""
    for slug in V2_ORDER:
        title, teacher, cat, level, hours, price, rating, learners = COURSES[slug]
        if slug in ENROLLED:
            primary = f'<a href="/learn/{slug}" class="Button_root__b1 Button_secondary__b3" data-testid="course-card-cta"{x("goto-" + slug)}>Continue learning</a>'
        else:
            primary = (f'<button class="Button_root__b1 Button_primary__b2" data-testid="course-card-cta"{x("enrol-" + slug)}>'
                       f'{"Enroll for free" if price == 0 else "Enroll now"}</button>')
        cards += f"""
    <li class="CourseCard_root__k1" data-testid="course-card">
      <img src="/img/{slug}.jpg" alt="" width="260" height="120" class="CourseCard_img__k2">
      <span class="Badge_root__d1">{e(cat)}</span>
      <h3 class="CourseCard_title__k3"><a href="/courses/{slug}" data-testid="course-card-title"{x("title-" + slug)}>{e(title)}</a></h3>
      <p class="CourseCard_meta__k4">{e(teacher)} &middot; {level} &middot; {hours}h</p>
      <p class="CourseCard_rating__k5">&#9733; {rating} ({learners:,} learners)</p>
      <p class="CourseCard_price__k6">{price_text(price)}</p>
      <div class="CourseCard_actions__k7">
        {primary}
        <a href="/courses/{slug}/preview" class="Button_root__b1 Button_ghost__b4" data-testid="course-card-preview"{x("preview-" + slug)}>Preview</a>
        <button class="IconButton_root__i1" aria-label="Add to wishlist" data-testid="wishlist-toggle"{x("wish-" + slug)}>{ICON}</button>
        <label class="CourseCard_compare__k8"><input type="checkbox" data-testid="compare-checkbox"{x("compare-" + slug)}> Compare</label>
      </div>
    </li>"""
    body = f"""{top_v2()}
<main class="Catalog_page__c1">
  <div class="Catalog_hero__c2">
    <h1{x("heading")}>Explore courses</h1>
    <form role="search" class="Catalog_search__c3" aria-label="Course search">
      <input type="search" placeholder="What do you want to learn?" aria-label="Search courses" data-testid="catalog-search-input"{x("search")}>
      <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="catalog-search-submit"{x("search-go")}>Search</button>
    </form>
  </div>
  <div class="Catalog_toolbar__c4">
    <div class="Field_root__f1"><span id="cat-label">Category</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="cat-label" class="Select_trigger__s1" data-testid="category-select"{x("category")}>All categories</button></div>
    <div role="group" aria-label="Level" class="ChipGroup_root__g1">
      <button class="Chip_root__h1" aria-pressed="false" data-testid="level-chip"{x("level-beginner")}>Beginner</button>
      <button class="Chip_root__h1" aria-pressed="false" data-testid="level-chip"{x("level-intermediate")}>Intermediate</button>
      <button class="Chip_root__h1" aria-pressed="false" data-testid="level-chip"{x("level-advanced")}>Advanced</button>
    </div>
    <label class="Check_root__q1"><input type="checkbox" data-testid="free-filter"{x("free-only")}> Free only</label>
    <label class="Check_root__q1"><input type="checkbox" data-testid="certificate-filter"{x("with-certificate")}> Includes certificate</label>
    <button class="Button_root__b1 Button_link__b5" data-testid="clear-filters"{x("clear-filters")}>Reset filters</button>
    <label class="Field_root__f1 Catalog_sort__c5">Sort by <select data-testid="sort-select"{x("sort")}><option>Most popular</option><option>Newest</option><option>Price: low to high</option><option>Price: high to low</option><option>Highest rated</option></select></label>
  </div>
  <p class="Catalog_count__c6">Showing 1&ndash;8 of 23 courses</p>
  <ul class="Catalog_grid__c7">{cards}
  </ul>
  <nav class="Pagination_root__p1" aria-label="Pagination">
    <button class="IconButton_root__i1" aria-label="Previous page" disabled data-testid="pagination-prev">{ICON}</button>
    <button class="Pagination_page__p2" aria-current="page" data-testid="pagination-page"{x("page-1")}>1</button>
    <button class="Pagination_page__p2" data-testid="pagination-page"{x("page-2")}>2</button>
    <button class="Pagination_page__p2" data-testid="pagination-page"{x("page-3")}>3</button>
    <button class="IconButton_root__i1" aria-label="Next page" data-testid="pagination-next"{x("next-page")}>{ICON}</button>
  </nav>
</main>
{bottom_v2()}"""
    return page("Explore courses | Brightpath Academy", body, css="style2.css")


MODULES_V2 = [
    ("Getting started", True, [
        ("welcome", "Welcome to the course", "video", "4 min", True),
        ("whatis", "What is machine learning?", "video", "12 min", True),
        ("jupyter", "Installing Jupyter", "reading", "8 min", False),
    ]),
    ("Regression", True, [
        ("graddesc", "Gradient descent", "video", "22 min", False),
        ("linreg", "Linear regression", "video", "18 min", False),
        ("scaling", "Feature scaling", "video", "9 min", False),
        ("reglab", "Regression lab", "assignment", "", False),
    ]),
    ("Classification", True, [
        ("logreg", "Logistic regression", "video", "20 min", False),
        ("trees", "Decision trees", "video", "16 min", False),
        ("quiz2", "Quiz 2: Classification", "quiz", "10 questions", False),
    ]),
    ("Neural networks", False, [
        ("percep", "Perceptrons", "video", "15 min", False),
        ("backprop", "Backpropagation", "video", "25 min", False),
        ("brief", "Final project brief", "reading", "6 min", False),
    ]),
]

REVIEWS_V2 = [  # most helpful first; Mei Ling's review gone, Ravi's new
    ("jonas", "Jonas K.", 5, "Best intro I have taken", "Clear explanations and the labs are genuinely useful.", 15),
    ("ravi", "Ravi P.", 5, "Finally understood gradient descent", "The visual explanations made it click.", 9),
    ("sam", "Sam O'Neil", 3, "Good but dated tools", "The content is solid but some notebooks need updating.", 4),
]


def course_v2():
    syl = ""
    for mi, (mtitle, unlocked, lessons) in enumerate(MODULES_V2):
        items = ""
        for key, title, kind, length, free in lessons:
            if not unlocked:
                items += f"""
          <li class="Lesson_root__l1 Lesson_locked__l5" data-testid="lesson-row"><span class="Lesson_kind__l2">{kind}</span><span class="Lesson_title__l3">{e(title)}</span><span class="Lesson_len__l4">{length}</span><span class="Lesson_lock__l6" aria-label="Locked">&#128274;</span></li>"""
                continue
            if kind == "video":
                if free:
                    acts = f'<button class="Button_root__b1 Button_ghost__b4" data-testid="lesson-preview"{x("play-" + key)}>Preview</button>'
                else:
                    acts = f'<button class="IconButton_root__i1" aria-label="Play lesson" data-testid="lesson-play"{x("play-" + key)}>{ICON}</button>'
                acts += f'<button class="IconButton_root__i1" aria-label="Download slides" data-testid="lesson-download"{x("slides-" + key)}>{ICON}</button>'
            elif kind == "assignment":
                acts = f'<a href="/learn/ml/{key}" class="Button_root__b1 Button_ghost__b4" data-testid="lesson-open"{x("play-" + key)}>Open</a>'
            elif kind == "quiz":
                acts = f'<a href="/learn/ml/{key}" class="Button_root__b1 Button_ghost__b4" data-testid="lesson-open"{x("play-" + key)}>Start quiz</a>'
            else:
                acts = f'<a href="/learn/ml/{key}" class="Button_root__b1 Button_ghost__b4" data-testid="lesson-open"{x("play-" + key)}>Open</a>'
            items += f"""
          <li class="Lesson_root__l1" data-testid="lesson-row"><span class="Lesson_kind__l2">{kind}</span><a href="/learn/ml/{key}" class="Lesson_title__l3"{x("lesson-" + key)}>{e(title)}</a><span class="Lesson_len__l4">{length}</span><span class="Lesson_actions__l7">{acts}</span></li>"""
        syl += f"""
      <section class="Module_root__m1" data-testid="module">
        <h3><button class="Module_toggle__m2" aria-expanded="{"true" if unlocked else "false"}" data-testid="module-toggle"{x("module-" + str(mi + 1))}>Module {mi + 1}: {e(mtitle)}</button></h3>
        {"<p class='Module_note__m3'>Unlocks when you enroll</p>" if not unlocked else ""}
        <ul class="Module_lessons__m4">{items}
        </ul>
      </section>"""
    revs = ""
    for key, who, stars, title, text, helpful in REVIEWS_V2:
        revs += f"""
      <article class="Review_root__r1" data-testid="review">
        <header><strong>{e(who)}</strong> <span aria-label="{stars} out of 5 stars">{"&#9733;" * stars}</span></header>
        <h4>{e(title)}</h4><p>{e(text)}</p>
        <footer><button class="Button_root__b1 Button_ghost__b4" aria-label="Mark as helpful" data-testid="review-helpful"{x("helpful-" + key)}>&#128077; {helpful}</button>
          <button class="IconButton_root__i1" aria-label="Report review" data-testid="review-report"{x("report-" + key)}>{ICON}</button></footer>
      </article>"""
    stars = "".join(f'<label class="Star_root__t1"><input type="radio" name="rating" value="{n}"{x("star-" + str(n))}> {n} star{"s" if n > 1 else ""}</label>' for n in range(1, 6))
    body = f"""{top_v2()}
<main class="Course_page__p1">
  <nav aria-label="Breadcrumb" class="Breadcrumb_root__bc1"><a href="/"{x("crumb-home")}>Home</a> / <a href="/courses?category=data-science"{x("crumb-category")}>Data science</a> / <span>Machine Learning Foundations</span></nav>
  <div class="Course_hero__p2">
    <h1{x("heading")}>Machine Learning Foundations</h1>
    <p>Learn regression, classification and neural networks from first principles.</p>
    <p class="Course_meta__p3">&#9733; 4.8 (1,311 ratings) &middot; 22,400 learners &middot; 21 hours &middot; Intermediate</p>
    <div class="Course_cta__p4">
      <button class="Button_root__b1 Button_primary__b2 Button_large__b6" data-testid="enroll-button"{x("enrol")}>Enroll now &middot; $89</button>
      <button class="IconButton_root__i1" aria-label="Add to wishlist" data-testid="wishlist-toggle"{x("wishlist")}>{ICON}</button>
      <button class="IconButton_root__i1" aria-label="Share" data-testid="share-button"{x("share")}>{ICON}</button>
      <a href="/gift/ml" class="Button_root__b1 Button_secondary__b3" data-testid="gift-link"{x("gift")}>Gift this course</a>
    </div>
  </div>
  <div class="Course_body__p5">
    <section class="Course_syllabus__p6" aria-labelledby="syl-h">
      <div class="Course_sylhead__p7"><h2 id="syl-h">Course content</h2>
        <button class="Button_root__b1 Button_link__b5" data-testid="expand-all"{x("expand-all")}>Expand all sections</button></div>{syl}
    </section>
    <aside class="Course_side__p8">
      <section class="Instructor_root__n1" data-testid="instructor-card">
        <h2>Your instructor</h2>
        <p><a href="/instructors/priya-raman"{x("instructor-name")}>Dr. Priya Raman</a><br>Senior data scientist</p>
        <a href="/instructors/priya-raman" class="Button_root__b1 Button_secondary__b3" data-testid="instructor-profile"{x("instructor-profile")}>View profile</a>
        <button class="Button_root__b1 Button_primary__b2" data-testid="follow-button"{x("instructor-follow")}>Follow</button>
        <button class="IconButton_root__i1" aria-label="Message instructor" data-testid="message-button"{x("instructor-message")}>{ICON}</button>
      </section>
    </aside>
  </div>
  <section class="Reviews_root__r0" aria-labelledby="rev-h">
    <h2 id="rev-h">Reviews</h2>
    <label class="Field_root__f1">Sort reviews <select data-testid="review-sort"{x("review-sort")}><option>Most helpful</option><option>Newest</option><option>Highest rating</option><option>Lowest rating</option></select></label>{revs}
    <a href="/courses/ml/reviews" class="Button_root__b1 Button_link__b5"{x("all-reviews")}>See all reviews</a>
    <form class="ReviewForm_root__w1" aria-labelledby="write-h">
      <h3 id="write-h">Leave a review</h3>
      <fieldset><legend>Your rating</legend>{stars}</fieldset>
      <label class="Field_root__f1">Headline<input name="headline" data-testid="review-headline"{x("review-title")}></label>
      <label class="Field_root__f1">Tell others about this course<textarea name="body" rows="4" data-testid="review-body"{x("review-text")}></textarea></label>
      <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="review-submit"{x("review-submit")}>Post review</button>
    </form>
  </section>
</main>
{bottom_v2()}"""
    return page("Machine Learning Foundations | Brightpath Academy", body, css="style2.css")


def tf_v2(q, text, prefix):
    return f"""
    <fieldset class="Question_root__q1" data-testid="question">
      <legend>Question {q}. {text}</legend>
      <label><input type="radio" name="{prefix}" value="true"{x(prefix + "-true")}> True</label>
      <label><input type="radio" name="{prefix}" value="false"{x(prefix + "-false")}> False</label>
    </fieldset>"""


def lesson_v2():
    body = f"""{top_v2()}
<div class="Lesson_layout__y1">
  <aside class="Outline_root__o1" aria-label="Course outline">
    <a href="/courses/ml" class="Outline_back__o2"{x("crumb-course")}>&larr; Machine Learning Foundations</a>
    <h2>Regression</h2>
    <ol><li><a href="/learn/ml/graddesc" data-testid="outline-item"{x("outline-graddesc")}>Gradient descent &#10003;</a></li>
      <li><a href="/learn/ml/linreg" data-testid="outline-item" aria-current="page"{x("outline-linreg")}>Linear regression</a></li>
      <li><a href="/learn/ml/scaling" data-testid="outline-item"{x("outline-scaling")}>Feature scaling</a></li>
      <li><a href="/learn/ml/reglab" data-testid="outline-item"{x("outline-reglab")}>Regression lab</a></li></ol>
  </aside>
  <main class="Lesson_main__y2">
    <h1{x("heading")}>Linear regression</h1>
    <div class="Player_root__v1" data-testid="video-player"><div class="Player_screen__v2">18:04</div>
      <div class="Player_controls__v3">
        <button class="IconButton_root__i1" aria-label="Play video" data-testid="player-play"{x("video-play")}>{ICON}</button>
        <label class="Player_speed__v4">Playback speed <select data-testid="player-speed"{x("video-speed")}><option>0.5&times;</option><option>0.75&times;</option><option selected>1&times;</option><option>1.25&times;</option><option>1.5&times;</option><option>2&times;</option></select></label>
        <button class="IconButton_root__i1" aria-label="Captions" aria-pressed="false" data-testid="player-captions"{x("captions")}>CC</button>
        <button class="IconButton_root__i1" aria-label="Full screen" data-testid="player-fullscreen"{x("fullscreen")}>{ICON}</button>
      </div>
      <a href="/learn/ml/linreg/transcript.txt" class="Button_root__b1 Button_ghost__b4" data-testid="transcript-link"{x("transcript")}>Transcript</a>
    </div>
    <form class="Quiz_root__z1" aria-labelledby="quiz-h" data-testid="quiz">
      <h2 id="quiz-h">Knowledge check</h2>
      <fieldset class="Question_root__q1" data-testid="question">
        <legend>Question 1. What does a linear regression model predict?</legend>
        <label><input type="radio" name="q1" value="b"{x("q1-continuous")}> A continuous value</label>
        <label><input type="radio" name="q1" value="a"{x("q1-category")}> A category</label>
        <label><input type="radio" name="q1" value="c"{x("q1-cluster")}> A cluster</label>
        <label><input type="radio" name="q1" value="d"> A probability for each class</label>
      </fieldset>
      <fieldset class="Question_root__q1" data-testid="question">
        <legend>Question 2. Select every loss function</legend>
        <label><input type="checkbox" name="q2" value="a"{x("q2-mse")}> Mean squared error (MSE)</label>
        <label><input type="checkbox" name="q2" value="b"{x("q2-mae")}> Mean absolute error (MAE)</label>
        <label><input type="checkbox" name="q2" value="c"{x("q2-accuracy")}> Accuracy</label>
        <label><input type="checkbox" name="q2" value="d"{x("q2-huber")}> Huber loss</label>
      </fieldset>
      {tf_v2(3, "The intercept is the predicted value when all features are zero.", "q4")}
      {tf_v2(4, "Adding more features always reduces test error.", "q3")}
      <fieldset class="Question_root__q1" data-testid="question">
        <legend>Question 5. Which R&sup2; value means a perfect fit?</legend>
        <label><input type="radio" name="q7" value="0"{x("q7-zero")}> 0</label>
        <label><input type="radio" name="q7" value="0.5"{x("q7-half")}> 0.5</label>
        <label><input type="radio" name="q7" value="1"{x("q7-one")}> 1</label>
      </fieldset>
      <div class="Question_root__q1" data-testid="question">
        <label for="q5-input">Question 6. Explain overfitting in one sentence.</label>
        <textarea id="q5-input" rows="3" data-testid="free-text-answer"{x("q5-answer")}></textarea>
      </div>
      <div class="Quiz_actions__z2">
        <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="quiz-submit"{x("quiz-submit")}>Check answers</button>
        <button type="reset" class="Button_root__b1 Button_link__b5" data-testid="quiz-reset"{x("quiz-reset")}>Reset</button>
      </div>
    </form>
    <section class="Notes_root__n1" aria-labelledby="notes-h">
      <h2 id="notes-h">Notes</h2>
      <textarea aria-label="Notes" placeholder="Write a note&hellip;" rows="3" data-testid="notes-input"{x("notes")}></textarea>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="notes-save"{x("notes-save")}>Save</button>
    </section>
    <section class="Discussion_root__d1" aria-labelledby="disc-h">
      <h2 id="disc-h">Questions &amp; answers</h2>
      <textarea aria-label="Ask a question" placeholder="Ask the instructor or other learners" rows="2" data-testid="question-input"{x("question")}></textarea>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="question-post"{x("question-post")}>Post</button>
    </section>
    <div class="Lesson_footer__y3">
      <a href="/learn/ml/graddesc" class="Button_root__b1 Button_ghost__b4" data-testid="lesson-prev"{x("prev")}>Previous</a>
      <button class="Button_root__b1 Button_secondary__b3" data-testid="lesson-complete"{x("complete")}>Complete lesson</button>
      <a href="/learn/ml/scaling" class="Button_root__b1 Button_primary__b2" data-testid="lesson-next"{x("next")}>Next</a>
    </div>
  </main>
</div>
{bottom_v2()}"""
    return page("Linear regression · Machine Learning Foundations", body, css="style2.css")


PROGRESS_V2 = [("ml", 42), ("py", 85), ("pm", 60), ("speak", 100)]

GRADES_V2 = [  # sorted by due date, soonest first; ex3 gone, riskreg new
    ("reglab", "ml", "Regression lab", "Mar 12", "To do", "—", ("submit",)),
    ("riskreg", "pm", "Case study: risk register", "Mar 20", "To do", "—", ("submit",)),
    ("final", "py", "Final project", "Mar 30", "To do", "—", ("submit",)),
    ("quiz2", "ml", "Quiz 2: Classification", "Mar 5", "Graded", "74%", ("feedback", "download")),
    ("gantt", "pm", "Gantt chart exercise", "Mar 1", "Graded", "78%", ("feedback", "download")),
    ("quiz1", "ml", "Quiz 1: Regression", "Feb 20", "Graded", "88%", ("feedback", "download")),
    ("talk", "speak", "Recorded talk", "Feb 15", "Submitted", "Pending", ("download",)),
]
ACTION_V2 = {"submit": ("Submit assignment", "row-submit"), "feedback": ("View feedback", "row-feedback"), "download": ("Download", "row-download")}


def dashboard_v2():
    cards = ""
    for slug, pct in PROGRESS_V2:
        title = COURSES[slug][0]
        if pct == 100:
            act = f'<a href="/certificates/{slug}" class="Button_root__b1 Button_secondary__b3" data-testid="progress-card-cta"{x("certificate-" + slug)}>View certificate</a>'
        else:
            act = f'<a href="/learn/{slug}" class="Button_root__b1 Button_primary__b2" data-testid="progress-card-cta"{x("continue-" + slug)}>Resume</a>'
        cards += f"""
      <li class="ProgressCard_root__e1" data-testid="progress-card">
        <h3><a href="/courses/{slug}"{x("mycourse-" + slug)}>{e(title)}</a></h3>
        <div role="progressbar" aria-valuenow="{pct}" aria-valuemin="0" aria-valuemax="100" aria-label="{e(title)} progress" class="ProgressBar_root__e2"><span style="width:{pct}%"></span></div>
        <p>{pct}% complete</p>{act}
      </li>"""
    rows = ""
    for key, slug, title, due, status, grade, actions in GRADES_V2:
        acts = "".join(f'<button class="IconButton_root__i1" aria-label="{ACTION_V2[a][0]}" data-testid="{ACTION_V2[a][1]}"{x(a + "-" + key)}>{ICON}</button>' for a in actions)
        more = f'<button class="IconButton_root__i1" aria-label="More actions" aria-haspopup="menu" aria-expanded="{"true" if key == "reglab" else "false"}" data-testid="row-more"{x("more-" + key)}>&hellip;</button>'
        if key == "reglab":
            more += f"""<ul role="menu" class="Menu_root__u1" aria-label="More actions">
              <li role="menuitem" tabindex="-1"{x("menu-extension")}>Request an extension</li>
              <li role="menuitem" tabindex="-1"{x("menu-tutor")}>Message your tutor</li>
              <li role="menuitem" tabindex="-1"{x("menu-brief")}>View brief</li></ul>"""
        rows += f"""
        <tr data-testid="gradebook-row"><td>{e(COURSES[slug][0])}</td><td><a href="/assignments/{key}"{x("assignment-" + key)}>{e(title)}</a></td><td>{due}</td>
          <td><span class="StatusPill_root__s1">{status}</span></td><td>{grade}</td><td class="Gradebook_actions__g3">{acts}{more}</td></tr>"""
    body = f"""{top_v2()}
<main class="Dashboard_page__a1">
  <h1{x("heading")}>My learning</h1>
  <section aria-labelledby="prog-h"><h2 id="prog-h">Continue where you left off</h2>
    <ul class="Dashboard_cards__a2">{cards}
    </ul></section>
  <section aria-labelledby="grades-h" class="Gradebook_root__g1">
    <div class="Gradebook_head__g2"><h2 id="grades-h">Assignments &amp; grades</h2>
      <button class="IconButton_root__i1" aria-label="Export as CSV" data-testid="export-csv"{x("export")}>{ICON}</button></div>
    <div class="Gradebook_filters__g4">
      <div class="Field_root__f1"><span id="gc-label">Course</span>
        <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="gc-label" class="Select_trigger__s1" data-testid="course-filter"{x("grade-course")}>All courses</button></div>
      <div role="group" aria-label="Status" class="ChipGroup_root__g1">
        <button class="Chip_root__h1" aria-pressed="true" data-testid="status-chip"{x("status-all")}>All</button>
        <button class="Chip_root__h1" aria-pressed="false" data-testid="status-chip"{x("status-todo")}>To do</button>
        <button class="Chip_root__h1" aria-pressed="false" data-testid="status-chip"{x("status-graded")}>Graded</button>
      </div>
    </div>
    <table class="Gradebook_table__g5">
      <thead><tr><th>Course</th><th>Assignment</th><th>Due</th><th>Status</th><th>Grade</th><th><span class="sr-only">Actions</span></th></tr></thead>
      <tbody>{rows}
      </tbody></table>
  </section>
</main>
{bottom_v2()}"""
    return page("My learning | Brightpath Academy", body, css="style2.css")


COUNTRIES = '<option>United Kingdom</option><option>Ireland</option><option>United States</option><option>Canada</option><option>Australia</option>'


def address_v2(section, legend, extra=""):
    return f"""
    <fieldset class="Fieldset_root__fs1" data-testid="address-fieldset"><legend>{legend}</legend>{extra}
      <label class="Field_root__f1">Street address<input name="{section}.street" autocomplete="address-line1" data-testid="address-street"{x(section + "-line1")}></label>
      <label class="Field_root__f1">Apartment, suite, etc. (optional)<input name="{section}.line2" autocomplete="address-line2" data-testid="address-line2"{x(section + "-line2")}></label>
      <div class="Form_row__fr1">
        <label class="Field_root__f1">City<input name="{section}.city" data-testid="address-city"{x(section + "-city")}></label>
        <label class="Field_root__f1">Postal code<input name="{section}.postal" data-testid="address-postal"{x(section + "-postcode")}></label>
      </div>
      <label class="Field_root__f1">Country<select name="{section}.country" data-testid="address-country"{x(section + "-country")}>{COUNTRIES}</select></label>
    </fieldset>"""


def profile_v2():
    same = f'\n      <label class="Check_root__q1"><input type="checkbox" data-testid="same-as-billing"{x("cert-same")}> Same as billing address</label>'
    body = f"""{top_v2()}
<main class="Settings_page__x1">
  <h1{x("heading")}>Account settings</h1>
  <form class="Settings_section__x2" aria-labelledby="pd-h" data-testid="settings-section">
    <h2 id="pd-h">Personal details</h2>
    <div class="Avatar_root__av1"><span class="Avatar_img__av2">JA</span>
      <button type="button" class="Button_root__b1 Button_secondary__b3" data-testid="avatar-upload"{x("photo")}>Upload photo</button>
      <button type="button" class="Button_root__b1 Button_link__b5" data-testid="avatar-remove"{x("photo-remove")}>Remove</button></div>
    <div class="Form_row__fr1">
      <label class="Field_root__f1">First name<input name="firstName" value="Jordan" data-testid="first-name"{x("first-name")}></label>
      <label class="Field_root__f1">Last name<input name="lastName" value="Avery" data-testid="last-name"{x("last-name")}></label></div>
    <label class="Field_root__f1">Email<input type="email" name="email" value="jordan.avery@example.com" data-testid="email"{x("email")}></label>
    <label class="Field_root__f1">Public display name<input name="displayName" value="Jordan A." data-testid="display-name"{x("display-name")}></label>
    <div class="Field_root__f1"><span id="tz-label">Time zone</span>
      <button type="button" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="tz-label" class="Select_trigger__s1" data-testid="timezone-select"{x("timezone")}>(GMT+00:00) London</button></div>
    <label class="Field_root__f1">About me<textarea name="bio" rows="3" data-testid="bio"{x("bio")}></textarea></label>
    <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-profile")}>Save</button>
  </form>
  <form class="Settings_section__x2" aria-labelledby="addr-h" data-testid="settings-section">
    <h2 id="addr-h">Addresses</h2>
    <div class="Settings_cols__x3">{address_v2("billing", "Billing address")}{address_v2("cert", "Certificate delivery", same)}
    </div>
    <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-addresses")}>Save</button>
  </form>
  <form class="Settings_section__x2" aria-labelledby="pw-h" data-testid="settings-section">
    <h2 id="pw-h">Password</h2>
    <label class="Field_root__f1">Current password<input type="password" name="current" data-testid="password-current"{x("current-password")}></label>
    <label class="Field_root__f1">New password<input type="password" name="new" data-testid="password-new"{x("new-password")}></label>
    <label class="Field_root__f1">Confirm new password<input type="password" name="confirm" data-testid="password-confirm"{x("confirm-password")}></label>
    <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="password-submit"{x("change-password")}>Update password</button>
  </form>
  <form class="Settings_section__x2" aria-labelledby="nt-h" data-testid="settings-section">
    <h2 id="nt-h">Notifications</h2>
    <div class="Settings_cols__x3">
      <fieldset class="Fieldset_root__fs1"><legend>Email</legend>
        <label class="Check_root__q1"><input type="checkbox" checked data-testid="notify-updates"{x("email-updates")}> Course updates</label>
        <label class="Check_root__q1"><input type="checkbox" checked data-testid="notify-deadlines"{x("email-deadlines")}> Deadline reminders</label>
        <label class="Check_root__q1"><input type="checkbox" data-testid="notify-summary"{x("email-summary")}> Weekly progress summary</label>
        <label class="Check_root__q1"><input type="checkbox" data-testid="notify-offers"{x("email-offers")}> Offers and recommendations</label>
      </fieldset>
      <fieldset class="Fieldset_root__fs1"><legend>Push notifications</legend>
        <label class="Check_root__q1"><input type="checkbox" data-testid="notify-updates"{x("push-updates")}> Course updates</label>
        <label class="Check_root__q1"><input type="checkbox" checked data-testid="notify-deadlines"{x("push-deadlines")}> Deadline reminders</label>
        <label class="Check_root__q1"><input type="checkbox" data-testid="notify-replies"{x("push-replies")}> Replies to my questions</label>
      </fieldset>
    </div>
    <button type="submit" class="Button_root__b1 Button_primary__b2" data-testid="section-save"{x("save-notifications")}>Save</button>
  </form>
  <section class="Settings_section__x2" aria-labelledby="ca-h">
    <h2 id="ca-h">Connected accounts</h2>
    <ul class="Providers_root__pr1">
      <li class="ProviderCard_root__pc1" data-testid="provider-card"><strong>Google</strong><span>jordan.avery@gmail.com</span>
        <button class="Button_root__b1 Button_secondary__b3" data-testid="provider-action"{x("google")}>Disconnect</button></li>
      <li class="ProviderCard_root__pc1" data-testid="provider-card"><strong>GitHub</strong><span>Not connected</span>
        <button class="Button_root__b1 Button_primary__b2" data-testid="provider-action"{x("github")}>Connect</button></li>
      <li class="ProviderCard_root__pc1" data-testid="provider-card"><strong>LinkedIn</strong><span>Not connected</span>
        <button class="Button_root__b1 Button_primary__b2" data-testid="provider-action"{x("linkedin")}>Connect</button></li>
    </ul>
  </section>
  <section class="Settings_section__x2 Settings_danger__x4" aria-labelledby="dz-h">
    <h2 id="dz-h">Danger zone</h2>
    <p>Deleting your account removes your progress, certificates and grades.</p>
    <button class="Button_root__b1 Button_danger__b7" data-testid="delete-account"{x("delete-account")}>Delete account</button>
  </section>
</main>
{bottom_v2()}"""
    return page("Account settings | Brightpath Academy", body, css="style2.css")


# -- v3: design system / accessibility pass -----------------------------------------------------

def top_v3():
    return f"""<a href="#main" class="bp-skip">Skip to main content</a>
<header class="bp-header">
  <a href="/" class="bp-logo"{x("logo")}><img src="/img/brightpath.svg" alt="Brightpath" width="110" height="24"></a>
  <nav aria-label="Main" class="bp-nav">
    <a href="/courses"{x("nav-catalog")}>Courses</a>
    <a href="/my-learning"{x("nav-learning")}>My learning</a>
    <a href="/help"{x("nav-help")}>Help</a></nav>
  <a href="/settings" class="bp-icon-btn" aria-label="Your account"{x("nav-profile")}><svg width="18" height="18" aria-hidden="true"><circle cx="9" cy="9" r="8"/></svg></a>
  <button class="bp-btn bp-btn--quiet"{x("logout")}>Log out</button>
</header>"""


def bottom_v3():
    links = [("About", "footer-about"), ("Help", "footer-help"), ("Privacy", "footer-privacy"), ("Accessibility statement", "footer-accessibility")]
    return ('<footer class="bp-footer"><ul>' + "".join(f'<li><a href="/{k[7:]}"{x(k)}>{t}</a></li>' for t, k in links)
            + "</ul></footer>")


SVG = '<svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"/></svg>'


def catalog_v3():
    cards = ""
    for slug in V3_ORDER:
        title, teacher, cat, level, hours, price, rating, learners = COURSES[slug]
        if slug in ENROLLED:
            primary = f'<a href="/learn/{slug}" class="bp-btn bp-btn--secondary" aria-label="Continue {e(title)}"{x("goto-" + slug)}>Continue</a>'
        elif price == 0:
            primary = f'<button class="bp-btn" aria-label="Start {e(title)} for free"{x("enrol-" + slug)}>Start free</button>'
        else:
            primary = f'<button class="bp-btn" aria-label="Enroll in {e(title)}"{x("enrol-" + slug)}>Enroll</button>'
        cards += f"""
      <article class="bp-card" aria-labelledby="c-{slug}">
        <img src="/img/{slug}.jpg" alt="" width="240" height="110">
        <h3 id="c-{slug}"><a href="/courses/{slug}"{x("title-" + slug)}>{e(title)}</a></h3>
        <p class="bp-card__meta">{e(teacher)} &middot; {level} &middot; {hours} h &middot; &#9733; {rating}</p>
        <p class="bp-card__price">{price_text(price)}</p>
        <div class="bp-card__actions">{primary}
          <button class="bp-icon-btn" aria-label="Preview {e(title)}"{x("preview-" + slug)}>{SVG}</button>
          <button class="bp-icon-btn" aria-pressed="false" aria-label="Save {e(title)} to wishlist"{x("wish-" + slug)}>{SVG}</button>
        </div>
      </article>"""
    cats = [("Programming", "programming"), ("Data science", "data"), ("Design", "design"), ("Business", "business"), ("Personal development", "personal")]
    catboxes = "".join(f'<label class="bp-check"><input type="checkbox" name="cat" value="{v}"{x("cat-" + v)}> {t}</label>' for t, v in cats)
    body = f"""{top_v3()}
<main id="main" class="bp-main bp-main--sidebar">
  <aside class="bp-filters" aria-labelledby="f-h">
    <h2 id="f-h">Filter</h2>
    <fieldset><legend>Category</legend>{catboxes}</fieldset>
    <fieldset><legend>Level</legend>
      <label class="bp-radio"><input type="radio" name="lvl" checked{x("level-any")}> All levels</label>
      <label class="bp-radio"><input type="radio" name="lvl"{x("level-beginner")}> Beginner</label>
      <label class="bp-radio"><input type="radio" name="lvl"{x("level-intermediate")}> Intermediate</label>
      <label class="bp-radio"><input type="radio" name="lvl"{x("level-advanced")}> Advanced</label></fieldset>
    <label class="bp-switch"><input type="checkbox" role="switch"{x("free-only")}> Free courses only</label>
    <label class="bp-switch"><input type="checkbox" role="switch"{x("with-certificate")}> Certificate included</label>
    <button class="bp-btn bp-btn--quiet"{x("clear-filters")}>Clear all filters</button>
  </aside>
  <section class="bp-results" aria-labelledby="h1">
    <h1 id="h1"{x("heading")}>Courses</h1>
    <div class="bp-toolbar">
      <input type="search" name="q" placeholder="Search 300+ courses"{x("search")}>
      <button class="bp-icon-btn" aria-label="Search"{x("search-go")}>{SVG}</button>
      <select aria-label="Sort courses"{x("sort")}><option>Relevance</option><option>Most popular</option><option>Newest</option><option>Price: low to high</option><option>Rating</option></select>
    </div>
    <p class="bp-count" role="status">7 of 23 courses</p>
    <div class="bp-grid">{cards}
    </div>
    <button class="bp-btn bp-btn--secondary bp-more"{x("load-more")}>Load more courses</button>
  </section>
</main>
{bottom_v3()}"""
    return page("Courses – Brightpath", body, css="style3.css")


MODULES_V3 = [
    ("Getting started", [
        ("welcome", "Welcome to the course", "video", "4 min", True),
        ("whatis", "What is machine learning?", "video", "12 min", True),
        ("jupyter", "Installing Jupyter", "reading", "8 min", False),
    ]),
    ("Regression", [
        ("graddesc", "Gradient descent", "video", "22 min", False),
        ("linreg", "Linear regression", "video", "18 min", False),
        ("scaling", "Feature scaling", "video", "9 min", False),
        ("reglab", "Regression lab", "assignment", "", False),
    ]),
    ("Classification", [
        ("logreg", "Logistic regression", "video", "20 min", False),
        ("trees", "Decision trees and forests", "video", "19 min", False),
        ("quiz2", "Quiz 2: Classification", "quiz", "10 questions", False),
    ]),
    ("Neural networks", [
        ("percep", "Perceptrons", "video", "15 min", False),
        ("backprop", "Backpropagation", "video", "25 min", False),
    ]),
]


def course_v3():
    syl = ""
    for mi, (mtitle, lessons) in enumerate(MODULES_V3):
        rows = ""
        for key, title, kind, length, free in lessons:
            if kind == "video":
                verb = "Preview" if free else "Play"
                acts = (f'<button class="bp-icon-btn" aria-label="{verb} {e(title)}"{x("play-" + key)}>{SVG}</button>'
                        f'<a href="/slides/{key}.pdf" class="bp-icon-btn" aria-label="Download slides for {e(title)}"{x("slides-" + key)}>{SVG}</a>')
            else:
                acts = f'<a href="/learn/ml/{key}" class="bp-btn bp-btn--small bp-btn--secondary" aria-label="Open {e(title)}"{x("play-" + key)}>Open</a>'
            rows += f"""
          <li class="bp-lesson"><span class="bp-lesson__kind">{kind}</span><a href="/learn/ml/{key}"{x("lesson-" + key)}>{e(title)}</a><span>{length}</span><span class="bp-lesson__acts">{acts}</span></li>"""
        syl += f"""
        <section class="bp-module"><h3>{mi + 1}. {e(mtitle)}</h3><ul>{rows}
        </ul></section>"""
    body = f"""{top_v3()}
<main id="main" class="bp-main">
  <nav aria-label="Breadcrumb" class="bp-crumbs"><ol><li><a href="/courses"{x("crumb-home")}>Courses</a></li><li><a href="/courses?cat=data"{x("crumb-category")}>Data science</a></li><li aria-current="page">Machine Learning Foundations</li></ol></nav>
  <div class="bp-course">
    <div class="bp-course__main">
      <h1{x("heading")}>Machine Learning Foundations</h1>
      <p>Regression, classification and neural networks from first principles &middot; &#9733; 4.8 &middot; 21 h</p>
      <div class="bp-row">
        <button class="bp-btn bp-btn--large"{x("enrol")}>Enroll &mdash; $89</button>
        <button class="bp-btn bp-btn--secondary" aria-pressed="false"{x("wishlist")}>Save to wishlist</button>
      </div>
      <div role="tablist" aria-label="Course sections" class="bp-tabs">
        <button role="tab" id="t-syl" aria-selected="true" aria-controls="p-syl"{x("tab-syllabus")}>Syllabus</button>
        <button role="tab" id="t-rev" aria-selected="false" aria-controls="p-rev" tabindex="-1"{x("tab-reviews")}>Reviews (1,311)</button>
        <button role="tab" id="t-faq" aria-selected="false" aria-controls="p-faq" tabindex="-1"{x("tab-faq")}>FAQ</button>
      </div>
      <div role="tabpanel" id="p-syl" aria-labelledby="t-syl">
        <button class="bp-btn bp-btn--quiet"{x("expand-all")}>Show all lessons</button>{syl}
      </div>
      <div role="tabpanel" id="p-rev" aria-labelledby="t-rev" hidden>
        <article><p>Best intro I have taken</p><button>Helpful</button><button>Report</button></article>
        <form><textarea placeholder="Share your experience"></textarea><button>Publish review</button></form>
      </div>
      <div role="tabpanel" id="p-faq" aria-labelledby="t-faq" hidden><p>Do I get a certificate? Yes.</p></div>
    </div>
    <aside class="bp-course__side" aria-labelledby="ins-h">
      <h2 id="ins-h">Instructor</h2>
      <p><a href="/instructors/priya-raman"{x("instructor-name")}>Dr. Priya Raman</a><br>Senior data scientist</p>
      <button class="bp-btn bp-btn--small" aria-pressed="false" aria-label="Follow Dr. Priya Raman"{x("instructor-follow")}>Follow</button>
      <a href="/instructors/priya-raman" class="bp-btn bp-btn--small bp-btn--secondary"{x("instructor-profile")}>More about Priya</a>
      <h2>Give this course</h2>
      <a href="/gift/ml" class="bp-link"{x("gift")}>Buy as a gift</a>
    </aside>
  </div>
</main>
{bottom_v3()}"""
    return page("Machine Learning Foundations – Brightpath", body, css="style3.css")


def tf_v3(q, text, prefix):
    return f"""
      <fieldset class="bp-q"><legend><span class="bp-q__no">{q}</span> {text}</legend>
        <div role="radiogroup" class="bp-seg">
          <label><input type="radio" name="{prefix}"{x(prefix + "-true")}> True</label>
          <label><input type="radio" name="{prefix}"{x(prefix + "-false")}> False</label></div>
      </fieldset>"""


def lesson_v3():
    body = f"""{top_v3()}
<main id="main" class="bp-main bp-main--sidebar">
  <nav class="bp-outline" aria-label="Lessons in Regression">
    <a href="/courses/ml" class="bp-link"{x("crumb-course")}>Back to course</a>
    <ol><li><a href="/learn/ml/graddesc"{x("outline-graddesc")}>Gradient descent</a></li>
      <li><a href="/learn/ml/linreg" aria-current="page"{x("outline-linreg")}>Linear regression</a></li>
      <li><a href="/learn/ml/scaling"{x("outline-scaling")}>Feature scaling</a></li>
      <li><a href="/learn/ml/reglab"{x("outline-reglab")}>Regression lab</a></li></ol>
  </nav>
  <div class="bp-lessonmain">
    <h1{x("heading")}>Linear regression</h1>
    <div class="bp-player">
      <div class="bp-player__screen">18:04</div>
      <button class="bp-icon-btn" aria-label="Play"{x("video-play")}>{SVG}</button>
      <select aria-label="Playback speed"{x("video-speed")}><option>0.75&times;</option><option selected>Normal</option><option>1.25&times;</option><option>1.5&times;</option><option>2&times;</option></select>
      <label class="bp-switch"><input type="checkbox" role="switch"{x("captions")}> Subtitles</label>
      <button class="bp-icon-btn" aria-label="Enter full screen"{x("fullscreen")}>{SVG}</button>
    </div>
    <label class="bp-switch bp-complete"><input type="checkbox" role="switch"{x("complete")}> Lesson complete</label>
    <form class="bp-quiz" aria-labelledby="qz-h">
      <h2 id="qz-h">Quiz: Linear regression</h2>
      <fieldset class="bp-q"><legend><span class="bp-q__no">1</span> What does a linear regression model predict?</legend>
        <label><input type="radio" name="q1"{x("q1-continuous")}> A continuous value</label>
        <label><input type="radio" name="q1"{x("q1-category")}> A category</label>
        <label><input type="radio" name="q1"> A probability for each class</label></fieldset>
      <fieldset class="bp-q"><legend><span class="bp-q__no">2</span> Which are loss functions? Choose all that apply.</legend>
        <label><input type="checkbox" name="q2"{x("q2-mse")}> Mean squared error</label>
        <label><input type="checkbox" name="q2"{x("q2-huber")}> Huber loss</label>
        <label><input type="checkbox" name="q2"{x("q2-accuracy")}> Accuracy</label>
        <label><input type="checkbox" name="q2"{x("q2-mae")}> Mean absolute error</label></fieldset>
      {tf_v3(3, "Adding more features always reduces test error.", "q3")}
      {tf_v3(4, "The intercept is the predicted value when all features are zero.", "q4")}
      <fieldset class="bp-q"><legend><span class="bp-q__no">5</span> In your own words, what is overfitting?</legend>
        <textarea rows="3" placeholder="Your answer"{x("q5-answer")}></textarea></fieldset>
      <fieldset class="bp-q"><legend><span class="bp-q__no">6</span> If y = 2x + 3, what is y when x = 4?</legend>
        <input type="text" inputmode="numeric" placeholder="Your answer"{x("q6-answer")}></fieldset>
      <div class="bp-row">
        <button type="submit" class="bp-btn"{x("quiz-submit")}>Submit quiz</button>
        <button type="reset" class="bp-btn bp-btn--quiet"{x("quiz-reset")}>Start over</button></div>
    </form>
    <div role="tablist" aria-label="Lesson tools" class="bp-tabs">
      <button role="tab" id="t-tr" aria-selected="false" aria-controls="p-tr" tabindex="-1"{x("tab-transcript")}>Transcript</button>
      <button role="tab" id="t-no" aria-selected="true" aria-controls="p-no"{x("tab-notes")}>Notes</button>
    </div>
    <div role="tabpanel" id="p-tr" aria-labelledby="t-tr" hidden><p>In this lesson we fit a straight line&hellip;</p><a href="/t/linreg.txt">Download transcript</a></div>
    <div role="tabpanel" id="p-no" aria-labelledby="t-no">
      <textarea rows="3" placeholder="Add a note for this lesson"{x("notes")}></textarea>
      <button class="bp-btn bp-btn--secondary"{x("notes-save")}>Save note</button>
    </div>
    <nav class="bp-lessonnav" aria-label="Lesson navigation">
      <a href="/learn/ml/graddesc" class="bp-btn bp-btn--secondary" aria-label="Previous lesson: Gradient descent"{x("prev")}>&larr; Previous</a>
      <a href="/learn/ml/scaling" class="bp-btn" aria-label="Next lesson: Feature scaling"{x("next")}>Next &rarr;</a>
    </nav>
  </div>
</main>
{bottom_v3()}"""
    return page("Linear regression – Brightpath", body, css="style3.css")


PROGRESS_V3 = [("py", 85), ("ml", 42), ("pm", 64)]  # completed courses behind the "Completed" tab

GRADES_V3 = [  # quiz1 gone; newest due first
    ("final", "py", "Final project", "30 Mar", "Not started", "", ("submit",)),
    ("riskreg", "pm", "Case study: risk register", "20 Mar", "Not started", "", ("submit",)),
    ("reglab", "ml", "Regression lab", "12 Mar", "Draft saved", "", ("submit",)),
    ("quiz2", "ml", "Quiz 2: Classification", "5 Mar", "Graded", "74 / 100", ("feedback", "download")),
    ("gantt", "pm", "Gantt chart exercise", "1 Mar", "Graded", "78 / 100", ("feedback", "download")),
    ("talk", "speak", "Recorded talk", "15 Feb", "Awaiting grade", "", ("download",)),
]


def dashboard_v3():
    cards = ""
    for slug, pct in PROGRESS_V3:
        title = COURSES[slug][0]
        cards += f"""
        <li class="bp-progress"><a href="/courses/{slug}"{x("mycourse-" + slug)}>{e(title)}</a>
          <progress max="100" value="{pct}" aria-label="{e(title)}: {pct}% complete"></progress><span>{pct}%</span>
          <a href="/learn/{slug}" class="bp-btn bp-btn--small" aria-label="Continue {e(title)}"{x("continue-" + slug)}>Continue</a></li>"""
    verbs = {"submit": ("Submit {}", "Submit"), "feedback": ("Feedback on {}", None), "download": ("Download {}", None)}
    rows = ""
    for key, slug, title, due, status, grade, actions in GRADES_V3:
        acts = ""
        for a in actions:
            label, text = verbs[a]
            inner = text if text else SVG
            cls = "bp-btn bp-btn--small" if text else "bp-icon-btn"
            acts += f'<button class="{cls}" aria-label="{e(label.format(title))}"{x(a + "-" + key)}>{inner}</button>'
        rows += f"""
        <div role="row" class="bp-grid__row"><div role="gridcell">{e(title)}<br><small>{e(COURSES[slug][0])}</small></div><div role="gridcell">{due}</div>
          <div role="gridcell">{status}</div><div role="gridcell">{grade}</div><div role="gridcell" class="bp-grid__acts">{acts}</div></div>"""
    body = f"""{top_v3()}
<main id="main" class="bp-main">
  <h1{x("heading")}>My learning</h1>
  <div role="tablist" aria-label="Courses" class="bp-tabs">
    <button role="tab" aria-selected="true" id="t-ip" aria-controls="p-ip"{x("tab-in-progress")}>In progress (3)</button>
    <button role="tab" aria-selected="false" id="t-done" aria-controls="p-done" tabindex="-1"{x("tab-completed")}>Completed (1)</button>
  </div>
  <div role="tabpanel" id="p-ip" aria-labelledby="t-ip"><ul class="bp-progresslist">{cards}
  </ul></div>
  <div role="tabpanel" id="p-done" aria-labelledby="t-done" hidden><p>Public Speaking Essentials</p><a href="/certificates/speak">View certificate</a></div>
  <section aria-labelledby="as-h">
    <h2 id="as-h">Assignments</h2>
    <div class="bp-toolbar">
      <select aria-label="Filter by course"{x("grade-course")}><option>All courses</option><option>Intro to Python Programming</option><option>Machine Learning Foundations</option><option>Project Management Fundamentals</option><option>Public Speaking Essentials</option></select>
      <label class="bp-switch"><input type="checkbox" role="switch"{x("status-todo")}> Only show to-do</label>
    </div>
    <div role="grid" aria-label="Assignments" class="bp-grid">
      <div role="row" class="bp-grid__row bp-grid__head"><div role="columnheader">Assignment</div><div role="columnheader">Due</div><div role="columnheader">Status</div><div role="columnheader">Grade</div><div role="columnheader">Actions</div></div>{rows}
    </div>
    <a href="/grades.csv" class="bp-link"{x("export")}>Download all grades (CSV)</a>
  </section>
</main>
<div class="bp-backdrop"></div>
<div role="dialog" aria-modal="true" aria-labelledby="dlg-h" class="bp-dialog">
  <h2 id="dlg-h">Submit: Case study: risk register</h2>
  <button class="bp-icon-btn bp-dialog__close" aria-label="Close"{x("dialog-close")}>{SVG}</button>
  <label class="bp-file">Attach your work <input type="file"{x("dialog-file")}></label>
  <textarea rows="3" placeholder="Comments for your tutor (optional)"{x("dialog-comment")}></textarea>
  <label class="bp-check"><input type="checkbox"{x("dialog-confirm")}> I confirm this is my own work</label>
  <div class="bp-row"><button class="bp-btn bp-btn--quiet"{x("dialog-cancel")}>Cancel</button><button class="bp-btn"{x("dialog-submit")}>Submit</button></div>
</div>
{bottom_v3()}"""
    return page("My learning – Brightpath", body, css="style3.css")


def address_v3(section, heading, extra=""):
    return f"""
      <fieldset class="bp-fieldset"><legend>{heading}</legend>{extra}
        <input name="{section}-street" placeholder="Street address" autocomplete="address-line1"{x(section + "-line1")}>
        <input name="{section}-line2" placeholder="Flat, suite or unit (optional)"{x(section + "-line2")}>
        <div class="bp-row"><input name="{section}-city" placeholder="Town or city"{x(section + "-city")}>
          <input name="{section}-postcode" placeholder="Postcode"{x(section + "-postcode")}></div>
        <select name="{section}-country" aria-label="Country"{x(section + "-country")}>{COUNTRIES}</select>
      </fieldset>"""


def pw_v3(name, ph, marker, show_marker):
    return f"""
      <div class="bp-pw"><input type="password" name="{name}" placeholder="{ph}"{x(marker)}>
        <button type="button" class="bp-icon-btn" aria-label="Show password"{x(show_marker)}>{SVG}</button></div>"""


def profile_v3():
    same = f'\n        <label class="bp-switch"><input type="checkbox" role="switch"{x("cert-same")}> Use my billing address</label>'
    body = f"""{top_v3()}
<main id="main" class="bp-main bp-main--sidebar">
  <nav class="bp-sectionnav" aria-label="Settings sections"><ul>
    <li><a href="#details"{x("jump-details")}>Your details</a></li>
    <li><a href="#addresses"{x("jump-addresses")}>Addresses</a></li>
    <li><a href="#security"{x("jump-security")}>Sign-in &amp; security</a></li>
    <li><a href="#notifications"{x("jump-notifications")}>Notifications</a></li></ul></nav>
  <div class="bp-settings">
    <h1{x("heading")}>Settings</h1>
    <section id="details" aria-labelledby="d-h"><h2 id="d-h">Your details</h2>
      <div class="bp-row"><span class="bp-avatar">JA</span>
        <button class="bp-btn bp-btn--secondary bp-btn--small"{x("photo")}>Change photo</button></div>
      <div class="bp-row"><input name="given" placeholder="First name" value="Jordan"{x("first-name")}>
        <input name="family" placeholder="Last name" value="Avery"{x("last-name")}></div>
      <input type="email" name="email" placeholder="Email address" value="jordan.avery@example.com"{x("email")}>
      <select aria-label="Time zone"{x("timezone")}><option>London (GMT+00:00)</option><option>Dublin (GMT+00:00)</option><option>New York (GMT-05:00)</option><option>Toronto (GMT-05:00)</option><option>Sydney (GMT+10:00)</option></select>
      <textarea rows="3" placeholder="Tell other learners about yourself"{x("bio")}></textarea>
      <button class="bp-btn"{x("save-profile")}>Save details</button>
    </section>
    <section id="addresses" aria-labelledby="a-h"><h2 id="a-h">Addresses</h2>
      <div class="bp-cols">{address_v3("billing", "Billing")}{address_v3("cert", "Where should we post your certificates?", same)}
      </div>
      <button class="bp-btn"{x("save-addresses")}>Save addresses</button>
    </section>
    <section id="security" aria-labelledby="s-h"><h2 id="s-h">Sign-in &amp; security</h2>
      {pw_v3("current", "Current password", "current-password", "show-current")}
      {pw_v3("new", "New password", "new-password", "show-new")}
      {pw_v3("confirm", "Repeat new password", "confirm-password", "show-confirm")}
      <button class="bp-btn"{x("change-password")}>Change password</button>
      <h3>Connected accounts</h3>
      <ul class="bp-providers">
        <li>Google &middot; jordan.avery@gmail.com <button class="bp-btn bp-btn--quiet bp-btn--small" aria-label="Disconnect Google"{x("google")}>Disconnect</button></li>
        <li>GitHub <button class="bp-btn bp-btn--small" aria-label="Connect GitHub"{x("github")}>Connect</button></li>
        <li>Apple <button class="bp-btn bp-btn--small" aria-label="Connect Apple"{x("apple")}>Connect</button></li>
      </ul>
    </section>
    <section id="notifications" aria-labelledby="n-h"><h2 id="n-h">Notifications</h2>
      <div class="bp-cols">
        <div role="group" aria-labelledby="ne-h"><h3 id="ne-h">By email</h3>
          <label class="bp-switch"><input type="checkbox" role="switch" checked{x("email-updates")}> New lessons</label>
          <label class="bp-switch"><input type="checkbox" role="switch" checked{x("email-deadlines")}> Deadline reminders</label>
          <label class="bp-switch"><input type="checkbox" role="switch"{x("email-summary")}> Weekly summary</label></div>
        <div role="group" aria-labelledby="np-h"><h3 id="np-h">On your phone</h3>
          <label class="bp-switch"><input type="checkbox" role="switch"{x("push-updates")}> New lessons</label>
          <label class="bp-switch"><input type="checkbox" role="switch" checked{x("push-deadlines")}> Deadline reminders</label>
          <label class="bp-switch"><input type="checkbox" role="switch"{x("push-replies")}> Replies and mentions</label></div>
      </div>
      <button class="bp-btn"{x("save-notifications")}>Save preferences</button>
    </section>
    <section class="bp-danger" aria-labelledby="x-h"><h2 id="x-h">Delete account</h2>
      <p>This permanently removes your courses, grades and certificates. Type DELETE to confirm.</p>
      <input name="confirm-delete" placeholder="Type DELETE"{x("delete-confirm")}>
      <button class="bp-btn bp-btn--danger"{x("delete-account")}>Delete my account</button>
    </section>
  </div>
</main>
{bottom_v3()}"""
    return page("Settings – Brightpath", body, css="style3.css")


STYLE = """body { font-family: Arial, Helvetica, sans-serif; font-size: 13px; margin: 0; background: #fff; }
#page-header { background: #2a4b7c; color: #fff; padding: 4px 10px; } #page-header a { color: #fff; } .navbar a { margin: 0 4px; }
#page-content { padding: 10px; } .block { border: 1px solid #ccc; margin-bottom: 10px; padding: 4px; } .block .header h2 { font-size: 14px; margin: 2px 0; background: #eee; }
.generaltable { border-collapse: collapse; } .generaltable th, .generaltable td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; } .r1 { background: #f5f5f5; }
.mform td { padding: 3px 6px; } .sectionhead { text-align: left; background: #e4e4e4; padding: 4px; } .review { border-bottom: 1px dotted #aaa; padding: 6px 0; }
.quiz td { padding: 6px; vertical-align: top; border-bottom: 1px solid #eee; } .qno { width: 24px; font-weight: bold; } .screen { width: 480px; height: 200px; background: #222; color: #fff; }
.paging a { margin: 0 4px; } #page-footer { padding: 10px; color: #666; } .copy { font-size: 11px; } .breadcrumb { margin-bottom: 8px; }
"""
STYLE2 = """body { font-family: Inter, system-ui, sans-serif; margin: 0; color: #1c1c28; }
.AppHeader_root__Zq1 { display: flex; align-items: center; gap: 18px; padding: 10px 24px; border-bottom: 1px solid #e6e6ef; }
.AppHeader_nav__Zq3 { display: flex; gap: 14px; } .AppHeader_search__Zq4 input { width: 200px; padding: 6px 10px; border-radius: 16px; border: 1px solid #ccd; }
.Button_root__b1 { display: inline-block; padding: 7px 14px; border-radius: 6px; border: 1px solid #4b3fd6; background: #fff; color: #4b3fd6; cursor: pointer; text-decoration: none; font-size: 14px; }
.Button_primary__b2 { background: #4b3fd6; color: #fff; } .Button_ghost__b4 { border-color: transparent; } .Button_link__b5 { border: none; background: none; text-decoration: underline; }
.Button_danger__b7 { border-color: #c22; color: #c22; } .Button_large__b6 { font-size: 17px; padding: 10px 22px; }
.IconButton_root__i1 { width: 32px; height: 32px; border-radius: 50%; border: 1px solid #ccd; background: #fff; cursor: pointer; vertical-align: middle; }
.Catalog_page__c1, .Course_page__p1, .Dashboard_page__a1, .Settings_page__x1 { padding: 16px 24px; max-width: 1180px; }
.Catalog_toolbar__c4 { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; } .Chip_root__h1 { border: 1px solid #ccd; border-radius: 14px; padding: 4px 12px; background: #fff; cursor: pointer; }
.Select_trigger__s1 { min-width: 160px; text-align: left; padding: 6px 10px; border: 1px solid #ccd; background: #fff; border-radius: 6px; cursor: pointer; }
.Catalog_grid__c7 { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }
.CourseCard_root__k1 { border: 1px solid #e6e6ef; border-radius: 10px; padding: 10px; } .CourseCard_img__k2 { width: 100%; height: 90px; background: #ddd; display: block; }
.CourseCard_actions__k7 { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; } .CourseCard_title__k3 { font-size: 15px; margin: 6px 0; }
.Pagination_root__p1 { display: flex; gap: 6px; margin: 16px 0; } .Pagination_page__p2 { width: 32px; height: 32px; border: 1px solid #ccd; background: #fff; cursor: pointer; }
.Course_body__p5 { display: grid; grid-template-columns: 1fr 280px; gap: 24px; } .Module_root__m1 { border: 1px solid #e6e6ef; border-radius: 8px; margin: 8px 0; padding: 6px 12px; }
.Module_toggle__m2 { background: none; border: none; font-size: 16px; font-weight: 600; cursor: pointer; } .Module_lessons__m4 { list-style: none; padding: 0; }
.Lesson_root__l1 { display: grid; grid-template-columns: 80px 1fr 70px 170px; gap: 8px; align-items: center; padding: 4px 0; border-top: 1px solid #f0f0f4; }
.Review_root__r1 { border-bottom: 1px solid #eee; padding: 8px 0; } .ReviewForm_root__w1 fieldset { border: none; padding: 0; } .Star_root__t1 { margin-right: 8px; }
.Field_root__f1 { display: block; margin: 8px 0; } .Field_root__f1 input, .Field_root__f1 textarea, .Field_root__f1 select { display: block; margin-top: 3px; padding: 6px; min-width: 260px; }
.Lesson_layout__y1 { display: grid; grid-template-columns: 250px 1fr; gap: 24px; padding: 16px 24px; } .Outline_root__o1 ol { padding-left: 18px; } .Outline_root__o1 li { margin: 6px 0; }
.Player_screen__v2 { width: 560px; height: 200px; background: #111; color: #fff; } .Player_controls__v3 { display: flex; gap: 10px; align-items: center; margin: 6px 0; }
.Question_root__q1 { border: 1px solid #e6e6ef; border-radius: 8px; margin: 10px 0; padding: 8px 12px; } .Question_root__q1 label { display: block; margin: 4px 0; }
.Notes_root__n1 textarea, .Discussion_root__d1 textarea { width: 520px; display: block; margin-bottom: 6px; } .Lesson_footer__y3 { display: flex; justify-content: space-between; margin: 16px 0; }
.Dashboard_cards__a2 { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; } .ProgressCard_root__e1 { border: 1px solid #e6e6ef; border-radius: 10px; padding: 10px; }
.ProgressBar_root__e2 { height: 6px; background: #eee; } .ProgressBar_root__e2 span { display: block; height: 6px; background: #4b3fd6; }
.Gradebook_head__g2, .Gradebook_filters__g4 { display: flex; gap: 16px; align-items: center; } .Gradebook_table__g5 { width: 100%; border-collapse: collapse; } .Gradebook_table__g5 td, .Gradebook_table__g5 th { padding: 6px; border-bottom: 1px solid #eee; text-align: left; }
.Gradebook_actions__g3 { position: relative; white-space: nowrap; } .Menu_root__u1 { position: absolute; right: 0; top: 34px; z-index: 5; list-style: none; margin: 0; padding: 4px 0; background: #fff; border: 1px solid #ccd; box-shadow: 0 4px 10px rgba(0,0,0,.15); width: 190px; }
.Menu_root__u1 li { padding: 6px 12px; cursor: pointer; } .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.Settings_section__x2 { border: 1px solid #e6e6ef; border-radius: 10px; padding: 12px 16px; margin: 14px 0; } .Settings_cols__x3 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.Fieldset_root__fs1 { border: 1px solid #e6e6ef; border-radius: 8px; } .Form_row__fr1 { display: flex; gap: 12px; } .Check_root__q1 { display: block; margin: 4px 0; }
.ProviderCard_root__pc1 { display: flex; gap: 14px; align-items: center; padding: 6px 0; } .Providers_root__pr1 { list-style: none; padding: 0; }
.AppFooter_root__F1 { padding: 16px 24px; border-top: 1px solid #e6e6ef; } .AppFooter_link__F2 { margin-right: 14px; }
"""
STYLE3 = """body { font-family: "Source Sans 3", system-ui, sans-serif; margin: 0; font-size: 16px; color: #0b0c0c; }
.bp-skip { position: absolute; left: -9999px; } .bp-skip:focus { left: 8px; top: 8px; }
.bp-header { display: flex; align-items: center; gap: 20px; padding: 10px 24px; background: #0b2a4a; } .bp-header a, .bp-header button { color: #fff; }
.bp-nav { display: flex; gap: 16px; flex: 1; } .bp-main { padding: 16px 24px; max-width: 1200px; } .bp-main--sidebar { display: grid; grid-template-columns: 230px 1fr; gap: 28px; }
.bp-btn { display: inline-block; padding: 8px 16px; border-radius: 999px; border: 2px solid #f4b400; background: #f4b400; color: #0b0c0c; font-weight: 600; cursor: pointer; text-decoration: none; font-size: 15px; }
.bp-btn--secondary { background: #fff; } .bp-btn--quiet { background: transparent; border-color: transparent; text-decoration: underline; } .bp-btn--small { padding: 4px 10px; font-size: 14px; }
.bp-btn--large { font-size: 18px; padding: 10px 24px; } .bp-btn--danger { background: #d4351c; border-color: #d4351c; color: #fff; }
.bp-icon-btn { display: inline-flex; align-items: center; justify-content: center; width: 34px; height: 34px; border-radius: 50%; border: 1px solid #b1b4b6; background: #fff; cursor: pointer; vertical-align: middle; }
.bp-filters fieldset { border: none; padding: 0; margin: 0 0 12px; } .bp-check, .bp-radio, .bp-switch { display: block; margin: 5px 0; }
.bp-toolbar { display: flex; gap: 10px; align-items: center; margin: 8px 0; } .bp-toolbar input[type=search] { width: 340px; padding: 8px; }
.bp-grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; } .bp-card { border: 1px solid #dcdcdc; border-radius: 12px; padding: 12px; }
.bp-card img { width: 100%; height: 90px; background: #ddd; display: block; } .bp-card__actions { display: flex; gap: 8px; align-items: center; } .bp-more { margin: 18px 0; }
.bp-crumbs ol { list-style: none; display: flex; gap: 10px; padding: 0; } .bp-course { display: grid; grid-template-columns: 1fr 280px; gap: 28px; } .bp-row { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.bp-tabs { display: flex; gap: 4px; border-bottom: 2px solid #dcdcdc; margin: 14px 0 8px; } .bp-tabs [role=tab] { border: none; background: none; padding: 8px 14px; font-size: 15px; cursor: pointer; } .bp-tabs [aria-selected=true] { border-bottom: 3px solid #0b2a4a; font-weight: 700; }
.bp-module ul { list-style: none; padding: 0; } .bp-lesson { display: grid; grid-template-columns: 90px 1fr 70px 100px; gap: 8px; align-items: center; padding: 5px 0; border-top: 1px solid #eee; }
.bp-outline ol { padding-left: 18px; } .bp-outline li { margin: 6px 0; } .bp-player__screen { width: 560px; height: 200px; background: #000; color: #fff; } .bp-player { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
.bp-q { border: none; border-left: 4px solid #dcdcdc; margin: 10px 0; padding: 4px 12px; } .bp-q label { display: block; } .bp-seg label { display: inline-block; margin-right: 14px; } .bp-q textarea { width: 480px; }
.bp-lessonnav { display: flex; justify-content: space-between; margin: 18px 0; } [role=tabpanel] textarea { width: 480px; display: block; margin-bottom: 6px; }
.bp-progresslist { list-style: none; padding: 0; } .bp-progress { display: flex; gap: 14px; align-items: center; padding: 6px 0; }
.bp-grid[role=grid] { display: block; } .bp-grid__row { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr 160px; gap: 8px; padding: 6px 0; border-bottom: 1px solid #eee; align-items: center; } .bp-grid__head { font-weight: 700; }
.bp-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); z-index: 9; }
.bp-dialog { position: fixed; top: 120px; left: 50%; margin-left: -230px; width: 460px; background: #fff; padding: 18px; border-radius: 12px; z-index: 10; }
.bp-dialog textarea { width: 100%; display: block; margin: 8px 0; } .bp-dialog__close { position: absolute; right: 12px; top: 12px; }
.bp-settings section { border-bottom: 1px solid #dcdcdc; padding: 10px 0 16px; } .bp-settings input, .bp-settings select, .bp-settings textarea { display: block; margin: 6px 0; padding: 7px; min-width: 260px; }
.bp-settings .bp-row input { display: inline-block; } .bp-cols { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; } .bp-fieldset { border: 1px solid #dcdcdc; border-radius: 8px; }
.bp-settings .bp-switch input, .bp-settings .bp-check input { display: inline-block; min-width: 0; } .bp-pw { display: flex; gap: 6px; align-items: center; } .bp-pw input { display: inline-block; }
.bp-providers { list-style: none; padding: 0; } .bp-providers li { padding: 5px 0; } .bp-sectionnav ul { list-style: none; padding: 0; } .bp-sectionnav li { margin: 8px 0; }
.bp-footer ul { list-style: none; display: flex; gap: 16px; padding: 16px 24px; border-top: 1px solid #dcdcdc; margin: 0; }
"""


def render():
    return {
        "v1": {"catalog.html": catalog_v1(), "course.html": course_v1(), "lesson.html": lesson_v1(),
               "dashboard.html": dashboard_v1(), "profile.html": profile_v1(), "style.css": STYLE},
        "v2": {"catalog.html": catalog_v2(), "course.html": course_v2(), "lesson.html": lesson_v2(),
               "dashboard.html": dashboard_v2(), "profile.html": profile_v2(), "style2.css": STYLE2},
        "v3": {"catalog.html": catalog_v3(), "course.html": course_v3(), "lesson.html": lesson_v3(),
               "dashboard.html": dashboard_v3(), "profile.html": profile_v3(), "style3.css": STYLE3},
    }
