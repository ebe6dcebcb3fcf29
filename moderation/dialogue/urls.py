from django.urls import path

from . import views

app_name = "dialogue"

urlpatterns = [
    path("<int:page_id>/dat-cau-hoi/", views.ask, name="ask"),
    path("<int:page_id>/da-nhan/", views.received, name="received"),
    path("<int:page_id>/tra-loi/", views.answers, name="answers"),
]
