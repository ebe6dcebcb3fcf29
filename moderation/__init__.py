"""A feature: the editorial office (roles and groups, the review workflow, section assignments, emergency
publishing), with the intake register and royalties. May import core and the content apps, never search."""
