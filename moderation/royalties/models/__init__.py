"""Royalty records, their lines and rate (records.py), and the workflow step that sets them (approval_task).

The approval task imports the forms and services that store records; those import `.models.records`
directly, so loading this package never goes round in a circle."""

from .approval_task import RoyaltyApprovalTask
from .records import (
    DEFAULT_RATE_PER_POINT,
    MAX_COEFFICIENT,
    Kind,
    RoyaltyLine,
    RoyaltyRecord,
    RoyaltySettings,
    amount_for,
    split_amount,
)

__all__ = [
    "DEFAULT_RATE_PER_POINT",
    "MAX_COEFFICIENT",
    "Kind",
    "RoyaltyApprovalTask",
    "RoyaltyLine",
    "RoyaltyRecord",
    "RoyaltySettings",
    "amount_for",
    "split_amount",
]
