from django.urls import path

from . import views

app_name = "questions"

urlpatterns = [
    path("dat-cau-hoi/", views.ask, name="ask"),
    path("dat-cau-hoi/da-nhan/", views.received, name="received"),
    path("tra-cuu/", views.track, name="track"),
]
