"""Small helpers shared by the corpus site generators (sites/*.py)."""
from html import escape


def e(text):
    """HTML-escaped text (attribute-safe)."""
    return escape(str(text), quote=True)


def attrs(**kw):
    """` name="value"` pairs; None values are left out, trailing '_' stripped, '__' becomes '-'."""
    out = []
    for key, value in kw.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("__", "-")
        out.append(f" {name}" if value is True else f' {name}="{e(value)}"')
    return "".join(out)


def page(title, body, css="style.css", head=""):
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>'
            f'<link rel="stylesheet" href="{css}">{head}</head>\n<body>\n{body}\n</body></html>\n')
