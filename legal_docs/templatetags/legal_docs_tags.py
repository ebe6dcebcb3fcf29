from django import template

from ..listings import HOME_COUNT, latest_documents

register = template.Library()


@register.inclusion_tag("legal_docs/includes/latest_documents.html", takes_context=True)
def latest_legal_documents(context, index_page=None, count=HOME_COUNT):
    """The newest published documents (number, date, summary) with a link to the database.

    `index_page`: the /van-ban/ page when the caller has it already (saves a query)."""
    documents = latest_documents(count, index_page)
    index_page = index_page or (documents[0].index_page if documents else None)
    return {"documents": documents, "index_page": index_page, "request": context.get("request")}
