"""Publishing a Q&A page answers the questions it was drafted from (services.mark_answered). Connected in
QuestionsConfig.ready()."""

from wagtail.signals import page_published

from .services import mark_answered


def answer_published(sender, instance, revision=None, **kwargs):
    mark_answered(instance)


def connect_signals():
    page_published.connect(answer_published, dispatch_uid="questions_answer_published")
