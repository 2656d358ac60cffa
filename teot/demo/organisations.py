"""The demo organisations and the Hyvä kiertämään campaign.

Real municipalities, wellbeing services counties, a joint municipal authority and
a municipal company; the deeds told about them are fictional. The Swedish name is
given where the organisation has an established Swedish name (all bilingual
municipalities, the wellbeing services counties' statutory names and the
unilingual cities whose Swedish name differs); the three-digit municipality code
(Statistics Finland) only for municipalities.
"""

import datetime

from teot.models import Organisation
from teot.regions import Region

MUNICIPALITY = Organisation.Type.MUNICIPALITY
COUNTY = Organisation.Type.WELLBEING_COUNTY
JOINT = Organisation.Type.JOINT_AUTHORITY
COMPANY = Organisation.Type.MUNICIPAL_COMPANY

# (name, Swedish name, type, region, municipality code)
ORGANISATIONS = [
    ("Limingan kunta", "Limingo kommun", MUNICIPALITY, Region.POHJOIS_POHJANMAA, "425"),
    ("Oulun kaupunki", "Uleåborgs stad", MUNICIPALITY, Region.POHJOIS_POHJANMAA, "564"),
    ("Tampereen kaupunki", "Tammerfors stad", MUNICIPALITY, Region.PIRKANMAA, "837"),
    ("Espoon kaupunki", "Esbo stad", MUNICIPALITY, Region.UUSIMAA, "049"),
    ("Porvoon kaupunki", "Borgå stad", MUNICIPALITY, Region.UUSIMAA, "638"),
    ("Turun kaupunki", "Åbo stad", MUNICIPALITY, Region.VARSINAIS_SUOMI, "853"),
    ("Porin kaupunki", "Björneborgs stad", MUNICIPALITY, Region.SATAKUNTA, "609"),
    ("Hämeenlinnan kaupunki", "Tavastehus stad", MUNICIPALITY, Region.KANTA_HAME, "109"),
    ("Lahden kaupunki", "Lahtis stad", MUNICIPALITY, Region.PAIJAT_HAME, "398"),
    ("Kotkan kaupunki", "", MUNICIPALITY, Region.KYMENLAAKSO, "285"),
    ("Lappeenrannan kaupunki", "Villmanstrands stad", MUNICIPALITY, Region.ETELA_KARJALA, "405"),
    ("Mikkelin kaupunki", "S:t Michels stad", MUNICIPALITY, Region.ETELA_SAVO, "491"),
    ("Kuopion kaupunki", "", MUNICIPALITY, Region.POHJOIS_SAVO, "297"),
    ("Joensuun kaupunki", "", MUNICIPALITY, Region.POHJOIS_KARJALA, "167"),
    ("Jyväskylän kaupunki", "", MUNICIPALITY, Region.KESKI_SUOMI, "179"),
    ("Seinäjoen kaupunki", "", MUNICIPALITY, Region.ETELA_POHJANMAA, "743"),
    ("Vaasan kaupunki", "Vasa stad", MUNICIPALITY, Region.POHJANMAA, "905"),
    ("Kokkolan kaupunki", "Karleby stad", MUNICIPALITY, Region.KESKI_POHJANMAA, "272"),
    ("Kajaanin kaupunki", "Kajana stad", MUNICIPALITY, Region.KAINUU, "205"),
    ("Rovaniemen kaupunki", "", MUNICIPALITY, Region.LAPPI, "698"),
    ("Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde", COUNTY, Region.KESKI_SUOMI, ""),
    ("Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", COUNTY, Region.PIRKANMAA, ""),
    ("Savon koulutuskuntayhtymä", "", JOINT, Region.POHJOIS_SAVO, ""),
    ("Pirkanmaan Voimia Oy", "", COMPANY, Region.PIRKANMAA, ""),
]

CAMPAIGN = {
    "slug": "hyva-kiertamaan-2022",
    "name": "Hyvä kiertämään",
    "year": 2022,
    "starts_on": datetime.date(2022, 9, 1),
    "ends_on": datetime.date(2022, 11, 30),
    "description": (
        "Syksyn 2022 Hyvä kiertämään -kampanja kutsui kuntatyöpaikat kertomaan kehittämisteoistaan"
        " Tekojen torilla, jotta hyvät ideat pääsisivät kiertämään työpaikalta toiselle. Tavoitteena oli"
        " 100 uutta tekoa eri ammattiryhmistä ja eri teemoista, ja tekoja kertyi 183 yhteensä"
        " 34 organisaatiolta. Eniten tekoja tuli opetuksesta ja kasvatuksesta sekä sosiaali- ja"
        " terveyspalveluista. Kuntatyö2030-gaalassa palkittiin 49 kehittämistekoa, ja Limingan kunta"
        " palkittiin Suomen kekseliäimpänä kuntana."
    ),
}
