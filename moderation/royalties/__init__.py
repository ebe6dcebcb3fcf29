"""Royalties (nhuận bút) of approved items, set at the review workflow's final step, reported and paid.
Part of the editorial office: may import core, the content apps and moderation."""
