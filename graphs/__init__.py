"""Build rdflib graphs from extractions; validate, export, query and render them."""
