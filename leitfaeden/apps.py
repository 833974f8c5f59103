from django.apps import AppConfig


class LeitfaedenConfig(AppConfig):
    name = "leitfaeden"
    verbose_name = "Leitfäden"
