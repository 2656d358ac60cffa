"""The sectors and themes of the demo, in Finnish, Swedish and English.

The sectors are the ones the Hyvä kiertämään campaign (autumn 2022) sorted its
deeds by, in the same order; the first six themes are the coaching themes of
Kuntatyö2030, and leadership was added because so many deeds are about it.
The Finnish slug is each term's lasting key: the loader finds the Finnish term
by it and the translations through the Finnish term's translation key.
"""

# Sectors
OPETUS = "opetus-ja-kasvatus"
SOTE = "sosiaali-ja-terveyspalvelut"
KOKO = "koskee-useita-toimialoja-koko-organisaatiota"
JOHTO = "johto-hallinto-ja-talous"
KULTTUURI = "kulttuuri-ja-vapaa-aika"
ASUMINEN = "asuminen-kiinteisto-ja-ymparisto"
ELINKEINO = "elinkeino-ja-yrityspalvelut"
PUHTAUS = "puhtaus-ja-ravitsemuspalvelut"
TYOLLISYYS = "tyollisyyspalvelut"

# Themes
TYOYHTEISO = "tyoyhteison-ja-toimintakulttuurin-kehittaminen"
KUORMITUS = "tyon-kuormitus-ja-tyohyvinvointi"
YHDESSA = "yhdessa-kehittaminen-ja-osallisuus"
PROSESSIT = "prosessit-palvelut-ja-asiakaslahtoisyys"
ETATYO = "etatyon-ja-palvelujen-kehittaminen"
DIGI = "digitalisaatio-ja-uudet-toimintatavat"
JOHTAMINEN = "johtaminen-ja-esihenkilotyo"

# key -> language -> (name, description); the order is the sort order.
SECTORS = {
    OPETUS: {
        "fi": (
            "Opetus ja kasvatus",
            "Varhaiskasvatuksen, perusopetuksen, lukioiden ja ammatillisen koulutuksen kehittämisteot.",
        ),
        "sv": (
            "Undervisning och fostran",
            "Utvecklingsgärningar inom småbarnspedagogik, grundläggande utbildning, gymnasier och yrkesutbildning.",
        ),
        "en": (
            "Education and early childhood education",
            "Deeds from early childhood education, basic education, upper secondary schools and vocational education.",
        ),
    },
    SOTE: {
        "fi": (
            "Sosiaali- ja terveyspalvelut",
            "Sosiaalityön, terveydenhuollon, kotihoidon ja vanhuspalvelujen kehittämisteot.",
        ),
        "sv": (
            "Social- och hälsovårdstjänster",
            "Utvecklingsgärningar inom socialt arbete, hälso- och sjukvård, hemvård och äldreomsorg.",
        ),
        "en": (
            "Social and health services",
            "Deeds from social work, health care, home care and services for older people.",
        ),
    },
    KOKO: {
        "fi": (
            "Koskee useita toimialoja / koko organisaatiota",
            "Teot, jotka koskevat useaa toimialaa tai koko organisaation henkilöstöä.",
        ),
        "sv": (
            "Flera sektorer / hela organisationen",
            "Gärningar som gäller flera sektorer eller hela organisationens personal.",
        ),
        "en": (
            "Several sectors / the whole organisation",
            "Deeds that concern several sectors or the staff of the whole organisation.",
        ),
    },
    JOHTO: {
        "fi": (
            "Johto, hallinto ja talous",
            "Johtamisen, hallinnon, talouden ja henkilöstöpalvelujen kehittämisteot.",
        ),
        "sv": (
            "Ledning, förvaltning och ekonomi",
            "Utvecklingsgärningar inom ledning, förvaltning, ekonomi och personaltjänster.",
        ),
        "en": (
            "Management, administration and finance",
            "Deeds from management, administration, finance and HR services.",
        ),
    },
    KULTTUURI: {
        "fi": (
            "Kulttuuri ja vapaa-aika",
            "Kirjastojen, kulttuurin, liikunnan ja nuorisotyön kehittämisteot.",
        ),
        "sv": (
            "Kultur och fritid",
            "Utvecklingsgärningar inom bibliotek, kultur, idrott och ungdomsarbete.",
        ),
        "en": (
            "Culture and leisure",
            "Deeds from libraries, culture, sport and youth work.",
        ),
    },
    ASUMINEN: {
        "fi": (
            "Asuminen, kiinteistö ja ympäristö",
            "Rakentamisen, kiinteistöjen, kunnallistekniikan ja ympäristöpalvelujen kehittämisteot.",
        ),
        "sv": (
            "Boende, fastigheter och miljö",
            "Utvecklingsgärningar inom byggande, fastigheter, kommunalteknik och miljötjänster.",
        ),
        "en": (
            "Housing, property and environment",
            "Deeds from building control, property, municipal engineering and environmental services.",
        ),
    },
    ELINKEINO: {
        "fi": (
            "Elinkeino- ja yrityspalvelut",
            "Yritysneuvonnan, elinvoiman ja elinkeinopalvelujen kehittämisteot.",
        ),
        "sv": (
            "Näringslivs- och företagstjänster",
            "Utvecklingsgärningar inom företagsrådgivning, livskraft och näringslivstjänster.",
        ),
        "en": (
            "Business and enterprise services",
            "Deeds from business advice, local economic development and enterprise services.",
        ),
    },
    PUHTAUS: {
        "fi": (
            "Puhtaus- ja ravitsemuspalvelut",
            "Siivouksen, laitoshuollon ja ruokapalvelujen kehittämisteot.",
        ),
        "sv": (
            "Städ- och måltidstjänster",
            "Utvecklingsgärningar inom städning, lokalvård och måltidstjänster.",
        ),
        "en": (
            "Cleaning and catering services",
            "Deeds from cleaning, facility care and catering services.",
        ),
    },
    TYOLLISYYS: {
        "fi": (
            "Työllisyyspalvelut",
            "Työllisyyspalvelujen, työkokeilujen ja työnhaun tuen kehittämisteot.",
        ),
        "sv": (
            "Sysselsättningstjänster",
            "Utvecklingsgärningar inom sysselsättningstjänster, arbetsprövning och stöd för arbetssökande.",
        ),
        "en": (
            "Employment services",
            "Deeds from employment services, work trials and support for jobseekers.",
        ),
    },
}

THEMES = {
    TYOYHTEISO: {
        "fi": (
            "Työyhteisön ja toimintakulttuurin kehittäminen",
            "Yhteistyön, vuorovaikutuksen ja yhteisten pelisääntöjen vahvistaminen työyhteisössä.",
        ),
        "sv": (
            "Utveckling av arbetsgemenskapen och verksamhetskulturen",
            "Att stärka samarbetet, växelverkan och de gemensamma spelreglerna i arbetsgemenskapen.",
        ),
        "en": (
            "Developing the work community and its culture",
            "Strengthening cooperation, interaction and shared ground rules in the work community.",
        ),
    },
    KUORMITUS: {
        "fi": (
            "Työn kuormitus ja työhyvinvointi",
            "Työn kuormituksen hallinta ja työhyvinvoinnin edistäminen lähi- ja etätyössä.",
        ),
        "sv": (
            "Arbetsbelastning och välbefinnande i arbetet",
            "Att hantera arbetsbelastningen och främja välbefinnandet i arbetet, på plats och på distans.",
        ),
        "en": (
            "Workload and wellbeing at work",
            "Managing workload and promoting wellbeing at work, on site and remotely.",
        ),
    },
    YHDESSA: {
        "fi": (
            "Yhdessä kehittäminen ja osallisuus",
            "Henkilöstön, asiakkaiden ja asukkaiden ottaminen mukaan kehittämiseen.",
        ),
        "sv": (
            "Gemensam utveckling och delaktighet",
            "Att ta med personal, kunder och invånare i utvecklingsarbetet.",
        ),
        "en": (
            "Co-development and participation",
            "Involving staff, clients and residents in development work.",
        ),
    },
    PROSESSIT: {
        "fi": (
            "Prosessit, palvelut ja asiakaslähtöisyys",
            "Toimintatapojen, prosessien ja palvelujen uudistaminen asiakkaan näkökulmasta.",
        ),
        "sv": (
            "Processer, tjänster och kundorientering",
            "Att förnya arbetssätt, processer och tjänster ur kundens synvinkel.",
        ),
        "en": (
            "Processes, services and customer orientation",
            "Renewing practices, processes and services from the client's point of view.",
        ),
    },
    ETATYO: {
        "fi": (
            "Etätyön ja -palvelujen kehittäminen",
            "Etätyön, hybridityön ja etäpalvelujen toimintatapojen ja pelisääntöjen kehittäminen.",
        ),
        "sv": (
            "Utveckling av distansarbete och distanstjänster",
            "Att utveckla arbetssätt och spelregler för distansarbete, hybridarbete och distanstjänster.",
        ),
        "en": (
            "Developing remote work and remote services",
            "Developing practices and ground rules for remote work, hybrid work and remote services.",
        ),
    },
    DIGI: {
        "fi": (
            "Digitalisaatio ja uudet toimintatavat",
            "Digitaalisten välineiden ja uusien toimintatapojen hyödyntäminen työssä ja palveluissa.",
        ),
        "sv": (
            "Digitalisering och nya arbetssätt",
            "Att utnyttja digitala verktyg och nya arbetssätt i arbetet och i tjänsterna.",
        ),
        "en": (
            "Digitalisation and new ways of working",
            "Making use of digital tools and new ways of working in everyday work and services.",
        ),
    },
    JOHTAMINEN: {
        "fi": (
            "Johtaminen ja esihenkilötyö",
            "Lähijohtamisen, esihenkilöiden tuen ja etäjohtamisen kehittäminen.",
        ),
        "sv": (
            "Ledarskap och förmansarbete",
            "Att utveckla närledarskapet, stödet för förmän och distansledarskapet.",
        ),
        "en": (
            "Leadership and supervisory work",
            "Developing line management, support for supervisors and remote leadership.",
        ),
    },
}
