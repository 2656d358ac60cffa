"""Site search: Finnish morphology (Voikko) on top of Wagtail's PostgreSQL database search.

* ``finnish``: words to search terms (base forms and compound parts);
* ``backend``: the search backend that indexes and queries with them (the settings name it);
* ``kinds``: what apps register as kinds of results (Wagtail hook ``register_search_kind``);
* ``results``: the site search over pages and other content, merged by relevance;
* ``excerpts``: text excerpts with the matched words marked;
* ``views``: the search page.
"""
