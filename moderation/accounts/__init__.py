"""Staff accounts: who may grant what (grants.py), the admin's user and group views under that rule with
every change logged (views.py, forms.py), and Wagtail's users app configured to use them (apps.py)."""
