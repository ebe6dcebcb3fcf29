"""A change of the rate per point is written to the audit log with the old and the new rate."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.log_actions import log

from . import log_actions
from .models import RoyaltySettings


@receiver(pre_save, sender=RoyaltySettings)
def remember_previous_rate(sender, instance, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).values_list("rate_per_point", flat=True).first()
    instance._previous_rate = previous


@receiver(post_save, sender=RoyaltySettings)
def log_rate_change(sender, instance, created, raw=False, **kwargs):
    previous = getattr(instance, "_previous_rate", None)
    if raw or (not created and previous == instance.rate_per_point):
        return
    log(
        instance=instance,
        action=log_actions.RATE_CHANGE,
        data={"old": {"rate_per_point": previous}, "new": {"rate_per_point": instance.rate_per_point}},
    )
