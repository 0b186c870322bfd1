"""Activation Explorer widgets in Sphinx: the ``.. activation-explorer::`` directive.

Add the folder of this file to ``sys.path`` in ``conf.py``, then::

    extensions = ["activation_explorer"]
    # Where the explorer's files are hosted (the release dist/): relative to _static/
    # (copy dist/ to _static/explorer/), or a full URL served with Access-Control-Allow-Origin.
    activation_explorer_js = "explorer/activation-explorer.js"

and in a page::

    .. activation-explorer:: overlay
       :fn: relu,gelu,silu
       :deriv: 1

The argument is the view; the options are the explorer's URL keys (see its README) plus
``id`` and ``class``. The directive emits ``<activation-explorer view="overlay" fn="relu,gelu,silu"
deriv="1"></activation-explorer>`` and every page gets the loader as a module script. Other
builders than HTML get nothing.
"""

from html import escape

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

__version__ = "0.1.0"

# The explorer's configuration keys (state::Key::all() in src/state/schema.rs without "view", given as the argument,
# and "embed", which widgets set themselves); tests/sphinx_integration.rs checks the two agree.
KEYS = [
    "lang",
    "fn",
    "set",
    "x",
    "deriv",
    "answers",
    "sections",
    "negative_slope",
    "weight",
    "alpha",
    "min_val",
    "max_val",
    "beta",
    "softplus_threshold",
    "lambd",
    "lower",
    "upper",
    "threshold",
    "value",
    "snake_alpha",
    "approximate",
    "theme",
]
VIEWS = ["guide", "gallery", "groups", "overlay", "table", "detail", "gated"]


class ActivationExplorerDirective(SphinxDirective):
    """``.. activation-explorer:: VIEW`` with the explorer's keys as options."""

    optional_arguments = 1
    has_content = False
    option_spec = {key: directives.unchanged_required for key in KEYS}
    option_spec["id"] = directives.unchanged_required
    option_spec["class"] = directives.class_option

    def run(self):
        attrs = []
        if "id" in self.options:
            attrs.append(("id", self.options["id"]))
        if "class" in self.options:
            attrs.append(("class", " ".join(self.options["class"])))
        if self.arguments:
            view = self.arguments[0]
            if view not in VIEWS:
                # Shown by the widget too; a warning at build time finds it sooner.
                self.state.document.reporter.warning(
                    f"activation-explorer: unknown view {view!r} (views: {', '.join(VIEWS)})",
                    line=self.lineno,
                )
            attrs.append(("view", view))
        attrs += [(key, self.options[key]) for key in KEYS if key in self.options]
        html = "<activation-explorer{}></activation-explorer>".format(
            "".join(f' {name}="{escape(value, quote=True)}"' for name, value in attrs)
        )
        return [nodes.raw("", html, format="html")]


def _add_loader(app):
    app.add_js_file(app.config.activation_explorer_js, type="module")


def setup(app):
    app.add_config_value("activation_explorer_js", "explorer/activation-explorer.js", "html")
    app.add_directive("activation-explorer", ActivationExplorerDirective)
    app.connect("builder-inited", _add_loader)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
