"""Content: legal documents (văn bản) as records with Wagtail's draft, revision, workflow and locking mixins,
their taxonomies, attachments, relations, import and export, served at /van-ban/. May import only core."""
