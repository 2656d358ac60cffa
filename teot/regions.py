"""Finland's 19 regions (maakunnat), in Statistics Finland's order."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    UUSIMAA = "uusimaa", _("Uusimaa")
    VARSINAIS_SUOMI = "varsinais-suomi", _("Southwest Finland")
    SATAKUNTA = "satakunta", _("Satakunta")
    KANTA_HAME = "kanta-hame", _("Kanta-Häme")
    PIRKANMAA = "pirkanmaa", _("Pirkanmaa")
    PAIJAT_HAME = "paijat-hame", _("Päijät-Häme")
    KYMENLAAKSO = "kymenlaakso", _("Kymenlaakso")
    ETELA_KARJALA = "etela-karjala", _("South Karelia")
    ETELA_SAVO = "etela-savo", _("South Savo")
    POHJOIS_SAVO = "pohjois-savo", _("North Savo")
    POHJOIS_KARJALA = "pohjois-karjala", _("North Karelia")
    KESKI_SUOMI = "keski-suomi", _("Central Finland")
    ETELA_POHJANMAA = "etela-pohjanmaa", _("South Ostrobothnia")
    POHJANMAA = "pohjanmaa", _("Ostrobothnia")
    KESKI_POHJANMAA = "keski-pohjanmaa", _("Central Ostrobothnia")
    POHJOIS_POHJANMAA = "pohjois-pohjanmaa", _("North Ostrobothnia")
    KAINUU = "kainuu", _("Kainuu")
    LAPPI = "lappi", _("Lapland")
    AHVENANMAA = "ahvenanmaa", _("Åland")
