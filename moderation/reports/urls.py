from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("lien-he/gop-y/", views.feedback, name="feedback"),
    path("lien-he/gop-y/da-nhan/", views.feedback_received, name="feedback_received"),
    path("tiep-can-thong-tin/yeu-cau/", views.information_request, name="request"),
    path("tiep-can-thong-tin/yeu-cau/da-nhan/", views.request_received, name="request_received"),
]
