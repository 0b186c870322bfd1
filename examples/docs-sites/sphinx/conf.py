# A small Sphinx + Furo site with Activation Explorer widgets (built by scripts/build-docs-sites.sh).
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "integrations", "sphinx")))

project = "Activations, explained (Sphinx + Furo)"
extensions = ["activation_explorer"]
html_theme = "furo"
# The explorer's files (the release dist/) are hosted with the site, in _static/explorer/
# (scripts/build-docs-sites.sh copies them there, as an author would); this is the default.
activation_explorer_js = "explorer/activation-explorer.js"
exclude_patterns = ["_build"]
# (Without one, browsers ask for /favicon.ico: a 404 on the console.)
html_favicon = "favicon.svg"
