"""The explorer's page and the files it loads, all from the package: the page needs no network."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib.resources import files

from jinja2 import Environment, Template, select_autoescape

from graphs.render import _vis_network

#: As strict as the parts allow: scripts and styles from this server only, requests to it only.
EXPLORER_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@cache
def explorer_page() -> bytes:
    """The served explorer: the page's template, its scripts and styles loaded from /assets/."""
    return explorer_template().render(title="diseasekg explorer", offline=False).encode("utf-8")


def explorer_template() -> Template:
    """The explorer's page, served or offline (``graphs.web.offline``), as one template."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    return env.from_string(_own("explorer.html").decode("utf-8"))


@cache
def sparql_page() -> bytes:
    return files("graphs.web").joinpath("assets", "sparql.html").read_bytes()


#: YASGUI's column resizer sets one style inline; its hash is the only inline style the page allows.
SPARQL_CSP = EXPLORER_CSP.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-hashes' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='"
)


@cache
def _yasgui(name: str) -> bytes:
    data = files("graphs.web").joinpath("assets", "yasgui", name).read_bytes()
    return data.replace(b"//# sourceMappingURL=yasgui.min.js.map", b"")


@cache
def _own(name: str) -> bytes:
    return files("graphs.web").joinpath("assets", name).read_bytes()


#: Path under /assets/ -> (media type, bytes).
ASSETS: dict[str, Callable[[], tuple[str, bytes]]] = {
    "explorer.js": lambda: ("text/javascript; charset=utf-8", _own("explorer.js")),
    "explorer.css": lambda: ("text/css; charset=utf-8", _own("explorer.css")),
    "vis-network.min.js": lambda: ("text/javascript; charset=utf-8", _vis_network()[0].encode()),
    "vis-network.css": lambda: ("text/css; charset=utf-8", _vis_network()[1].encode()),
    "sparql.js": lambda: ("text/javascript; charset=utf-8", _own("sparql.js")),
    "yasgui/yasgui.min.js": lambda: ("text/javascript; charset=utf-8", _yasgui("yasgui.min.js")),
    "yasgui/yasgui.min.css": lambda: ("text/css; charset=utf-8", _yasgui("yasgui.min.css")),
}


@cache
def styles() -> dict[str, dict[str, dict[str, str]]]:
    """The legend's colours and shapes, the same as the graph page's."""
    from graphs.render import KIND_STYLES, RELATION_STYLES

    return {
        "kinds": {k: {"label": v[0], "color": v[1], "shape": v[2]} for k, v in KIND_STYLES.items()},
        "relations": {k: {"label": v[0], "color": v[1]} for k, v in RELATION_STYLES.items()},
    }
