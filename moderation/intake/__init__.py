"""The intake register (sổ tiếp nhận): information received from every channel, tracked and made into drafts.
Part of the editorial office: may import core, the content apps and moderation."""
