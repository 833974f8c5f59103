"""An index on the page title: every listing, the API and the shortlists sort by it.

Wagtail's page table has none, so "the first 12 by title" sorted every page of
a type. The table is Wagtail's; the index is ours, hence plain SQL (the same on
PostgreSQL and SQLite) with its way back.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS schule_page_title_idx ON wagtailcore_page (title)",
            "DROP INDEX IF EXISTS schule_page_title_idx",
        )
    ]
