"""Settings shared by every environment.

The environment is read here, once; dev, test and production only override
what differs. Production (``production.py``) refuses to start without the
secrets that must never have a default.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "schule"


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


# --- Environment, read once -------------------------------------------------
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@suedwestfalen.example.org")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))

DEBUG = False

INSTALLED_APPS = [
    "schule.accounts",
    "schule.taxonomy",
    "schule.core",
    "schule.search",
    "kommunen",
    "leitprojekte",
    "leitfaeden",
    "schule.veranstaltungen",
    "schule.redaktion",
    "schule.api",
    "schule.beteiligung",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above WhiteNoise, so static files get the policies too (WhiteNoise answers those itself).
    "schule.core.middleware.PermissionsPolicyMiddleware",
    "schule.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "schule.core.middleware.DatabaseUnavailableMiddleware",
    # Before sessions and auth: a cached page needs neither (schule/core/page_cache.py).
    "schule.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "schule.core.middleware.CurrentSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "schule.urls"
WSGI_APPLICATION = "schule.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "schule.core.context_processors.site_shell",
            ],
        },
    },
]

# --- Database: SQLite embedded by default, PostgreSQL through DATABASE_URL ----
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if IS_POSTGRES:
    # PostgreSQL's default cost of a random page read (4.0) assumes spinning disks;
    # the portal's data fit in memory, where an index read costs about what a
    # sequential one does. With 1.1 (the usual setting for SSDs and memory) the
    # search uses its GIN index: ~25 -> ~12 ms of SQL per search at 5,000 Leitfäden
    # (README "Benchmark"). Set here so it holds whatever the server's defaults are.
    # Added to any options the DATABASE_URL gives (``?options=...``).
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = f"{_options.get('options', '')} -c random_page_cost=1.1".strip()
    # Statements prepared after three runs on a connection, their plans kept by
    # PostgreSQL (schule/postgresql/base.py); off for a pooler in transaction mode.
    DATABASES["default"]["ENGINE"] = "schule.postgresql"
    if env_bool("DATABASE_PREPARED_STATEMENTS", True):
        _options.update(server_side_binding=True, prepare_threshold=3)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Wagtail's database search backend; on PostgreSQL with German stemming.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on PostgreSQL its hits carry their total.
        "BACKEND": "schule.search.backend",
        **({"SEARCH_CONFIG": "german"} if IS_POSTGRES else {}),
    }
}

# --- Cache: Redis where REDIS_URL is set, local memory otherwise -------------
# Redis is an optimisation, never a dependency: when it goes away, reads miss,
# writes are dropped (logged at WARNING, see LOGGING below) and pages are still served.
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            # Fail fast: an unreachable Redis host must not hold every request for seconds.
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 1,
        },
    }
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "schule.cache"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time -------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch"))]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# --- Static and media --------------------------------------------------------
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The KERN UX design system, installed by npm from package.json.
    ("kern", BASE_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Smart Cities: Schule"
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch")]
TAGGIT_CASE_INSENSITIVE = True

# Listings show this many items per page.
PORTAL_PAGE_SIZE = 12
# Related pages shown on a Kommune's page and dashboard before "all N" links to the catalogue.
PORTAL_SHORTLIST_SIZE = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

# --- Page cache (schule/core/page_cache.py) ------------------------------------
# Off only to measure or debug rendering (the benchmark's uncached run): PAGE_CACHE=off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = 60 * 60 * 24  # a new content version makes pages fresh anyway
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))  # for proxies and browsers
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/dokumente/", "/django-admin/"]
# Functions returning the next moment the clock alone changes pages (events become past).
PAGE_CACHE_CLOCK = ["schule.veranstaltungen.queries.next_change"]
# Wagtail's front-end cache invalidation, for a CDN or proxy in front (e.g. Varnish).
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# --- Security headers and failure handling -----------------------------------
# Read here like the environment above, but only production.py applies it: dev and
# test serve plain HTTP. Off only where plain HTTP is served on purpose (the CI smoke
# run on 127.0.0.1); `check --deploy` then warns (security.W008), as it should.
SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)

# These hold in every environment, so tests and browser tests see them too.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview view allows SAMEORIGIN for itself
# No avatars from gravatar.com: the admin would send staff e-mail hashes to a third party;
# no update check either, so the admin makes no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Browser features the portal never uses, off for every page (schule.core.middleware).
# Only features browsers recognise: an unknown one is a console error in Chromium
# (so no "interest-cohort", FLoC's withdrawn name; "browsing-topics" replaced it).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
    "fullscreen": ["self"],
}

# Content-Security-Policy (django-csp 4 format). The policy is chosen by path in
# schule.core.middleware.ContentSecurityPolicyMiddleware: the public site gets this one,
# paths in ADMIN_PATH_PREFIXES the admin one. No script may run inline on the public site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # SDG badges carry their UN colours as inline custom properties
        # (style="--sdg-bg: ..."); attributes only, never <style> elements.
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],  # KERN UX draws its icons as data: SVGs
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Responses marked `embeddable` (charts Kommunen show on their own sites) may be framed
# anywhere: they set no cookie and offer no action, so there is nothing to clickjack.
EMBED_FRAME_ANCESTORS = ["*"]
ADMIN_PATH_PREFIXES = ["/admin/"]
# Wagtail's admin renders inline scripts and styles, compiles templates with
# new Function (doT in core.js), previews images as blob: URLs and shows the page
# preview in a same-origin iframe. Its update check (a request to wagtail.org) is off.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# django-redis reports an ignored Redis error as ERROR with a traceback on every
# cache call; the site keeps working, so it becomes one WARNING line.
LOGGING["filters"] = {"cache_outage": {"()": "schule.core.middleware.CacheOutageFilter"}}
LOGGING["loggers"]["schule.cache"] = {"level": "WARNING", "filters": ["cache_outage"]}

# --- Editorial roles ---
# Admin login with throttling: after 5 failures per (username, IP) a 15-minute wait.
WAGTAILADMIN_USER_LOGIN_FORM = "schule.redaktion.throttle.ThrottledLoginForm"
REDAKTION_LOGIN_MAX_FAILURES = 5
REDAKTION_LOGIN_LOCKOUT_MINUTES = 15
# The Agentur's approval publishes; moderators need no page permissions of their own.
WAGTAIL_FINISH_WORKFLOW_ACTION = "schule.redaktion.workflow.publish_approved"

# --- Open data API ---
# Per client IP: at most API_RATE_LIMIT requests to /api/ per window, then 429
# with Retry-After (counted in the cache; 0 or None switches the limit off).
API_RATE_LIMIT = int(os.environ.get("API_RATE_LIMIT", "120"))
API_RATE_WINDOW_SECONDS = 60
# How long clients and proxies may reuse an API answer (revalidated by ETag).
API_CACHE_SECONDS = 300
# Who publishes the data (DCAT catalogue, JSON-LD, downloads): configuration, not code.
OPENDATA_PUBLISHER_NAME = os.environ.get("OPENDATA_PUBLISHER_NAME", "Südwestfalen Agentur GmbH")
OPENDATA_PUBLISHER_URL = os.environ.get("OPENDATA_PUBLISHER_URL", "https://www.suedwestfalen.com/")
OPENDATA_CONTACT_URL = os.environ.get("OPENDATA_CONTACT_URL", "")  # default: the portal
OPENDATA_ATTRIBUTION = os.environ.get(
    "OPENDATA_ATTRIBUTION", "Südwestfalen Agentur GmbH, Smart Cities: Schule Südwestfalen"
)
# GovData's dcatde:contributorID (an IRI), once GovData has assigned one; empty: not sent.
OPENDATA_CONTRIBUTOR_ID = os.environ.get("OPENDATA_CONTRIBUTOR_ID", "")
# Licence of texts without a licence field of their own (schule.api.licences).
OPENDATA_TEXT_LICENCE = "cc-by-4.0"

# --- Beteiligung ---
# Personal data of rejected submissions is blanked this many days after the
# rejection (manage.py purge_personal_data, run daily by a scheduled task).
BETEILIGUNG_RETENTION_DAYS = int(os.environ.get("BETEILIGUNG_RETENTION_DAYS", "90"))
# Submissions (all public forms together) accepted per client IP and hour; then 429.
BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 10
# Further addresses told about new submissions, besides the Agentur Moderation's members.
BETEILIGUNG_NOTIFY_EMAILS = env_list("BETEILIGUNG_NOTIFY_EMAILS")
