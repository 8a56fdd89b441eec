"""The web side: the SPARQL endpoint, the explorer's views and the pages' assets (``diseasekg serve``)."""
