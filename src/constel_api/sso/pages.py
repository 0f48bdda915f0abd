"""The French page a browser sees when a single sign-on is refused (never a code)."""

from __future__ import annotations

from html import escape

from fastapi.responses import HTMLResponse

from constel_api.core.request_context import current_request_id

_PAGE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion impossible — Constel</title>
<style>
body {{ font-family: system-ui, sans-serif; color: #1e1e1e; background: #f6f6f6; margin: 0; }}
main {{ max-width: 34rem; margin: 4rem auto; padding: 2rem; background: #fff;
        border-left: 4px solid #ce0500; }}
h1 {{ font-size: 1.5rem; margin-top: 0; }}
p {{ line-height: 1.5; }}
a {{ color: #000091; font-weight: 600; }}
.support {{ color: #555; font-size: .875rem; }}
</style>
</head>
<body>
<main>
<h1>Connexion impossible</h1>
<p role="alert">{sentence}</p>
<p><a href="/sign-in">Revenir à la page de connexion</a></p>
<p class="support">Si vous contactez le support, indiquez la référence {reference}.</p>
</main>
</body>
</html>
"""


def refusal_page(sentence: str, status: int) -> HTMLResponse:
    reference = current_request_id() or "—"
    html = _PAGE.format(sentence=escape(sentence), reference=escape(reference))
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
