from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("gui-thong-tin/", views.submit, name="submit"),
    path("gui-thong-tin/da-nhan/", views.received, name="received"),
    path("tra-cuu/", views.track, name="track"),
]
