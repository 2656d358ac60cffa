"""The demo webinars: two upcoming and two past, dated from the day the loader runs.

``weeks`` counts from today (negative: in the past); the webinar falls on the
given ``weekday`` (0 = Monday) of that week or the next, at 13.00 Finnish time.
A past webinar has a captioned recording (a YouTube address whose player the
loader stores, so pages never fetch it) and slides the loader writes as a PDF.
The Finnish slug is each webinar's lasting key. The webinars are held in Finnish.
"""

from home.demo.builders import heading, p, paragraph, text, ul

KUNTATALO = "Kuntatalo, Kuntasali, Toinen linja 14, 00530 Helsinki"
TAMPERE_TALO = "Tampere-talo, Pieni sali, Yliopistonkatu 55, 33100 Tampere"

# Speakers: (name, role by language).
HEIKKINEN = (
    "Jussi Heikkinen",
    {
        "fi": "työelämän kehittämisen asiantuntija, Tekojen tori (juontaja)",
        "sv": "sakkunnig i arbetslivsutveckling, Tekojen tori (moderator)",
        "en": "work-life development specialist, Tekojen tori (moderator)",
    },
)
LEHTONEN = (
    "Hanna Lehtonen",
    {
        "fi": "sosiaalipäivystyksen esihenkilö, Pirkanmaan hyvinvointialue",
        "sv": "chef för socialjouren, Birkalands välfärdsområde",
        "en": "supervisor, social emergency services, Pirkanmaa wellbeing services county",
    },
)
HYVONEN = (
    "Timo Hyvönen",
    {
        "fi": "kotihoidon esihenkilö, Kuopion kaupunki",
        "sv": "chef inom hemvården, Kuopio stad",
        "en": "home care supervisor, City of Kuopio",
    },
)
MAKINEN = (
    "Sari Mäkinen",
    {
        "fi": "asiakaspalvelupäällikkö, Seinäjoen kaupunki",
        "sv": "kundtjänstchef, Seinäjoki stad",
        "en": "customer service manager, City of Seinäjoki",
    },
)
AALTO = (
    "Petri Aalto",
    {
        "fi": "tietohallinnon asiantuntija, Seinäjoen kaupunki",
        "sv": "it-specialist, Seinäjoki stad",
        "en": "IT specialist, City of Seinäjoki",
    },
)
NIEMI = ("Laura Niemi", {"fi": "viestinnän asiantuntija, Tekojen tori"})
RANTALA = ("Anu Rantala", {"fi": "kehittämiskoordinaattori, Limingan kunta"})
HAMALAINEN = ("Kaisa Hämäläinen", {"fi": "sparraaja, työyhteisökonsultti"})

WEBINARS = [
    {
        "weeks": 2,
        "weekday": 1,
        "minutes": 90,
        "format": "online",
        "place": "",
        "deadline_days": None,
        "recording": None,
        "slides": None,
        "speakers": (LEHTONEN, HYVONEN, HEIKKINEN),
        "fi": {
            "title": "Kuormitus hallintaan yhdessä – keinoja vuorotyön arkeen",
            "slug": "kuormitus-hallintaan-yhdessa",
            "summary": text(
                "Miten työn kuormitusta voi keventää, kun työtä tehdään vuoroissa ja kiire kuuluu arkeen?",
                "Webinaarissa kuullaan kokemuksia sosiaalipäivystyksestä ja kotihoidosta.",
            ),
            "body": [
                heading("Mitä webinaarissa käsitellään?"),
                paragraph(
                    ul(
                        "Työnohjaus osaksi vuorojen rytmiä: kokemuksia Pirkanmaan sosiaalipäivystyksestä",
                        "Kun hoitajat suunnittelevat reitit itse: mitä Kuopion kotihoidossa opittiin",
                        "Keskustelu: mistä kuormituksen keventäminen kannattaa aloittaa omassa työyhteisössä?",
                    )
                ),
                heading("Kenelle?"),
                paragraph(
                    p(
                        "Webinaari sopii esihenkilöille, työsuojelun ja henkilöstön edustajille sekä kaikille, jotka",
                        "kehittävät vuorotyötä tekevien työyhteisöjen arkea. Osallistuminen on maksutonta.",
                    ),
                    p(
                        "Osallistumislinkki lähetetään ilmoittautuneille edellisenä päivänä.",
                        "Tallenne julkaistaan tekstitettynä tällä sivulla.",
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Tillsammans mot arbetsbelastningen – sätt att underlätta vardagen i skiftarbete",
            "slug": "tillsammans-mot-arbetsbelastningen",
            "summary": text(
                "Hur kan man minska belastningen när arbetet görs i skift och brådskan hör till vardagen?",
                "I webbinariet berättar socialjouren och hemvården om sina erfarenheter.",
                "Webbinariet hålls på finska.",
            ),
            "body": [
                heading("Vad handlar webbinariet om?"),
                paragraph(
                    ul(
                        "Arbetshandledning som en del av skiftrytmen: erfarenheter från socialjouren i Birkaland",
                        "När vårdarna själva planerar rutterna: vad hemvården i Kuopio lärde sig",
                        "Diskussion: var lönar det sig att börja när man vill minska belastningen på"
                        " den egna arbetsplatsen?",
                    )
                ),
                heading("För vem?"),
                paragraph(
                    p(
                        "Webbinariet passar chefer, arbetarskyddets och personalens företrädare och alla som",
                        "utvecklar vardagen i arbetsgemenskaper med skiftarbete. Det är kostnadsfritt att delta.",
                    ),
                    p(
                        "Länken skickas till dem som har anmält sig dagen före.",
                        "Inspelningen publiceras med textning på den här sidan.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Tackling workload together – ways to ease everyday shift work",
            "slug": "tackling-workload-together",
            "summary": text(
                "How can you ease the workload when work is done in shifts and rush is part of every day?",
                "Hear what social emergency services and home care have learned. The webinar is held in Finnish.",
            ),
            "body": [
                heading("What will the webinar cover?"),
                paragraph(
                    ul(
                        "Work supervision built into the shift rhythm: experiences from Pirkanmaa's social"
                        " emergency services",
                        "When nurses plan their own routes: what home care in Kuopio learned",
                        "Discussion: where should you start easing the workload in your own work community?",
                    )
                ),
                heading("Who is it for?"),
                paragraph(
                    p(
                        "The webinar is for supervisors, occupational safety and staff representatives, and anyone",
                        "developing everyday work in communities that work in shifts. Taking part is free.",
                    ),
                    p(
                        "The link is sent to everyone who has registered the day before.",
                        "The recording will be published on this page with captions.",
                    ),
                ),
            ],
        },
    },
    {
        "weeks": 6,
        "weekday": 3,
        "minutes": 90,
        "format": "on_site",
        "place": TAMPERE_TALO,
        "deadline_days": 7,  # 40 seats: registration closes a week before
        "recording": None,
        "slides": None,
        "speakers": (NIEMI, RANTALA),
        "fi": {
            "title": "Kerro teosta niin, että muut innostuvat – työpaja Tampereella",
            "slug": "kerro-teosta-tyopaja-tampereella",
            "summary": text(
                "Työpajassa harjoitellaan kertomaan oman työpaikan kehittämistyöstä lyhyesti ja kiinnostavasti.",
                "Paikkoja on 40, ja ilmoittautuminen päättyy viikkoa ennen tilaisuutta.",
            ),
            "body": [
                heading("Mitä työpajassa tehdään?"),
                paragraph(
                    p(
                        "Jokainen tuo mukanaan yhden kehittämisteon omalta työpaikaltaan. Työpajassa muotoillaan",
                        "teosta lyhyt kuvaus: mitä tavoittelitte, mitä teitte ja mitä siitä seurasi. Valmiin",
                        "kuvauksen voi lähettää Tekojen torille saman tien.",
                    )
                ),
                heading("Ohjelma"),
                paragraph(
                    ul(
                        "13.00 Miksi teoista kannattaa kertoa?",
                        "13.15 Hyvän kuvauksen ainekset ja esimerkkejä Tekojen torilta",
                        "13.45 Kirjoitetaan pareittain",
                        "14.15 Yhteenveto ja seuraavat askeleet",
                    )
                ),
                heading("Käytännön tietoa"),
                paragraph(
                    p(
                        "Työpaja on maksuton. Tampere-talo on esteetön, ja sinne on lyhyt kävelymatka",
                        "rautatieasemalta. Kerro ilmoittautuessasi, jos tarvitset erityisjärjestelyjä.",
                    )
                ),
            ],
        },
    },
    {
        "weeks": -5,
        "weekday": 2,
        "minutes": 90,
        "format": "hybrid",
        "place": KUNTATALO,
        "deadline_days": None,
        "recording": "tekoaly-web",
        "slides": [
            ("Tekoäly kuntatyössä", ["Tekojen torin webinaari", "Sari Mäkinen ja Petri Aalto, Seinäjoen kaupunki"]),
            (
                "Lähtötilanne",
                [
                    "Palvelupisteeseen tulee satoja sähköposteja päivässä.",
                    "Moni kysymys toistuu: aukioloajat, lomakkeet ja maksut.",
                    "Tavoite: nopeampi vastaus ilman, että laatu tai tietosuoja kärsii.",
                ],
            ),
            (
                "Näin kokeilu rajattiin",
                [
                    "Vain julkiseen tietoon perustuvat aiheet.",
                    "Henkilötietoja sisältävät viestit jätettiin pois.",
                    "Tietosuojan vaikutukset arvioitiin ennen aloitusta.",
                    "Asiakaspalvelija hyväksyy, muokkaa tai hylkää jokaisen luonnoksen.",
                ],
            ),
            (
                "Mitä opimme?",
                [
                    "Noin puolet luonnoksista kelpasi pienin muutoksin.",
                    "Huono luonnos paljasti usein vanhentuneen ohjeen.",
                    "Asiakkaalle kerrotaan, miten vastaus syntyi.",
                ],
            ),
            ("Kiitos!", ["Kysymykset ja palaute: tekojentori@example.fi", "Kokeilun kuvaus löytyy Tekojen torilta."]),
        ],
        "speakers": (MAKINEN, AALTO, HEIKKINEN),
        "fi": {
            "title": "Tekoäly kuntatyössä – mitä kokeiluista on opittu?",
            "slug": "tekoaly-kuntatyossa",
            "summary": text(
                "Webinaarissa kuultiin, miten Seinäjoen palvelupisteessä kokeiltiin tekoälyn laatimia",
                "vastausluonnoksia ja mitä kokeilu opetti tietosuojasta, ohjeista ja työnjaosta.",
            ),
            "body": [
                heading("Webinaarin sisältö"),
                paragraph(
                    ul(
                        "Tekoäly asiakaspalvelussa: Seinäjoen kokeilu alusta loppuun",
                        "Tietosuoja ja vastuut: mitä pitää selvittää ennen kokeilua?",
                        "Paneelikeskustelu: miten henkilöstö otetaan mukaan tekoälyn käyttöönottoon?",
                    ),
                    p("Tallenne on tekstitetty suomeksi, ja esityksen diat voi ladata PDF-tiedostona."),
                ),
            ],
        },
        "sv": {
            "title": "Artificiell intelligens i kommunalt arbete – vad har försöken lärt oss?",
            "slug": "artificiell-intelligens-i-kommunalt-arbete",
            "summary": text(
                "I webbinariet fick vi höra hur servicepunkten i Seinäjoki prövade svarsutkast skrivna av AI",
                "och vad försöket lärde om dataskydd, anvisningar och arbetsfördelning.",
                "Webbinariet hölls på finska.",
            ),
            "body": [
                heading("Webbinariets innehåll"),
                paragraph(
                    ul(
                        "AI i kundtjänsten: försöket i Seinäjoki från början till slut",
                        "Dataskydd och ansvar: vad ska man reda ut före ett försök?",
                        "Paneldiskussion: hur får man med personalen när AI tas i bruk?",
                    ),
                    p("Inspelningen är textad på finska, och presentationsbilderna kan laddas ner som en PDF-fil."),
                ),
            ],
        },
        "en": {
            "title": "Artificial intelligence in local government work – what have the pilots taught us?",
            "slug": "artificial-intelligence-in-local-government-work",
            "summary": text(
                "The webinar heard how Seinäjoki's customer service point piloted AI-drafted replies and what",
                "the pilot taught about data protection, guidance and the division of work.",
                "The webinar was held in Finnish.",
            ),
            "body": [
                heading("What the webinar covered"),
                paragraph(
                    ul(
                        "AI in customer service: the Seinäjoki pilot from start to finish",
                        "Data protection and responsibilities: what to find out before a pilot",
                        "Panel discussion: how to involve staff when AI is introduced",
                    ),
                    p("The recording has Finnish captions, and the slides can be downloaded as a PDF file."),
                ),
            ],
        },
    },
    {
        "weeks": -12,
        "weekday": 1,
        "minutes": 90,
        "format": "online",
        "place": "",
        "deadline_days": None,
        "recording": "sparraus-wb",
        "slides": [
            ("Sparraus käytännössä", ["Tekojen torin webinaari", "Kaisa Hämäläinen ja Hanna Lehtonen"]),
            (
                "Mitä sparraus on?",
                [
                    "Ulkopuolisen kehittäjän ohjausta työyhteisön omaan kehittämistarpeeseen.",
                    "Kestää päivän tai kaksi, ja se on työpaikalle maksutonta.",
                    "Mukana ovat aina johto, esihenkilöt ja henkilöstön edustajat.",
                ],
            ),
            (
                "Sparrauksen kulku",
                [
                    "1. Hakemus: kuvatkaa kehittämistarve ja tavoite.",
                    "2. Nykytila ja tavoitteet täsmennetään yhdessä.",
                    "3. Vaihtoehdot ja kokeneen kehittäjän vinkit.",
                    "4. Jatkosuunnitelma ja aikataulu.",
                ],
            ),
            (
                "Lukuja vuosilta 2021–2022",
                [
                    "72 hyväksyttyä hakemusta 49 kuntaorganisaatiosta",
                    "127 sparrauspäivää ja 1 690 osallistujaa",
                    "Kokonaisarvosana 4,7 / 5",
                ],
            ),
            ("Kiitos!", ["Lue lisää ja hae sparrausta Tekojen torilla.", "Kysymykset: tekojentori@example.fi"]),
        ],
        "speakers": (HAMALAINEN, LEHTONEN, HEIKKINEN),
        "fi": {
            "title": "Sparraus käytännössä – näin työyhteisö pääsee liikkeelle",
            "slug": "sparraus-kaytannossa",
            "summary": text(
                "Mitä sparrauksessa tapahtuu, kuka siihen osallistuu ja mitä siitä jää käteen?",
                "Sparraaja ja sparrauksen käyneen työyhteisön esihenkilö kertoivat kokemuksistaan.",
            ),
            "body": [
                heading("Webinaarin sisältö"),
                paragraph(
                    ul(
                        "Sparrauksen kulku hakemuksesta jatkosuunnitelmaan",
                        "Kokemuksia työyhteisöltä, joka kävi sparrauksen",
                        "Vinkkejä hakemukseen: miten kehittämistarve kannattaa kuvata?",
                    ),
                    p(
                        "Kuntatyö2030-hankkeen sparrauksiin osallistui vuosina 2021–2022 yhteensä 1 690 ihmistä,",
                        "ja osallistujat antoivat sparraukselle kokonaisarvosanan 4,7 asteikolla yhdestä viiteen.",
                    ),
                    p("Tallenne on tekstitetty suomeksi, ja esityksen diat voi ladata PDF-tiedostona."),
                ),
            ],
        },
    },
]
