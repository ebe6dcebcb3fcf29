"""Góp ý về Cổng (reports of problems with the portal) and requests for information under the Access to
Information law: what the public sends, and the registers the editorial board keeps of them."""
