from django.urls import path

from . import views

app_name = "consultations"

urlpatterns = [
    path("<int:page_id>/", views.comment, name="comment"),
    path("da-nhan/", views.received, name="received"),
]
