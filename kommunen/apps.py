from django.apps import AppConfig


class KommunenConfig(AppConfig):
    name = "kommunen"
    verbose_name = "Kommunen"
