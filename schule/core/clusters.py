"""modelcluster's child relations, kept per model class instead of listed per object.

``ClusterableModel.__init__`` (django-modelcluster 6.5) lists the model's child
relations and parental many-to-many fields for every object it creates, by
scanning all fields of the model (its reverse relations included): about 12 of
the 22 µs that ``Page.from_db`` takes. A Kommune's page creates ~50 page
objects, a dashboard ~90. The fields of a model are fixed once the app registry
is ready, so ``install()`` (from CoreConfig.ready) has modelcluster's own calls
read them once per model class. A fix upstream would make this module
unnecessary.
"""

import functools

from modelcluster import models as cluster_models

NAMES = ("get_all_child_relations", "get_all_child_m2m_relations")


def _per_class(function):
    cached = functools.cache(function)

    @functools.wraps(function)
    def per_class(model):
        # Called with a model class or, from __init__, with the object itself.
        return cached(model if isinstance(model, type) else type(model))

    return per_class


def install():
    for name in NAMES:
        function = getattr(cluster_models, name)
        if not hasattr(function, "__wrapped__"):
            setattr(cluster_models, name, _per_class(function))
