from django.apps import AppConfig


class LeitprojekteConfig(AppConfig):
    name = "leitprojekte"
    verbose_name = "Leitprojekte"
