"""The top floor: the home page and what only the front page does (its listings), sitemaps, robots.txt and the
public read API. May import core, the content apps and the feature apps; nothing imports it."""
