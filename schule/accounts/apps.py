from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "schule.accounts"
    label = "accounts"
    verbose_name = "Konten"
