"""The Django project: settings (base, dev, test, production; every environment read in base.py), root URLs,
WSGI/ASGI: the one place where services are wired. May import any app."""
