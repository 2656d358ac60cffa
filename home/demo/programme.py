"""The home page and the programme pages (Tekojen tori, Kunteko 2020, Kuntatyö2030, Tekry).

One function per page and language; each returns the page's field values.
"""

from .builders import (
    accordion,
    heading,
    ol,
    p,
    paragraph,
    quote,
    table,
    text,
    ul,
)

# --------------------------------------------------------------------------


def home_fi(c):
    return {
        "search_description": text(
            "Tekojen tori kokoaa kuntien ja hyvinvointialueiden työpaikkojen kehittämisteot yhteen.",
            "Lue, miten muut ovat uudistaneet työtään, ja hae maksutonta sparrausta.",
        ),
        "hero_lead": text(
            "Kunnissa ja hyvinvointialueilla työtä kehitetään joka päivä.",
            "Tekojen torilla nuo teot tulevat näkyviin, jotta muut voivat oppia niistä",
            "ja rohkaistua kokeilemaan samaa omassa työyhteisössään.",
        ),
        "hero_image": c.images["hero"],
        "hero_image_alt": "Abstrakti kuvitus: suuri keltainen ympyrä ja vaaleita kaaria tummansinisellä pohjalla.",
        "hero_cta_text": "Tutustu sparraukseen",
        "hero_cta_page": c.page("sparraus"),
        "social_image": c.images["hero"],
        "body": [
            heading("Hyvä julkinen työ näkyväksi"),
            paragraph(
                p(
                    "Tekojen tori on kunta- ja hyvinvointialan työpaikkojen yhteinen näyteikkuna.",
                    "Tänne kootaan kehittämistekoja eli lyhyitä kuvauksia siitä, mitä työpaikalla haluttiin muuttaa,",
                    "miten asiaan tartuttiin ja mitä siitä seurasi.",
                    "Teko voi olla pieni arjen parannus tai koko organisaation läpäisevä uudistus.",
                ),
                p(
                    "Sivustoa ylläpitävät yhdessä Kunta- ja hyvinvointialuetyönantajat KT ja pääsopijajärjestöt.",
                    f"Lue lisää {c.link('tekojen_tori', 'Tekojen torin toiminnasta')}",
                    f"ja {c.link('tekry', 'työelämän kehittämisryhmä Tekrystä')}.",
                ),
            ),
            heading("Kehittämistä vuodesta 2015", 3),
            paragraph(
                ul(
                    "Kunteko 2020 -ohjelmassa oli vuosina 2015–2020 mukana yli 230 kuntaorganisaatiota"
                    " ja noin 5 000 osallistujaa.",
                    "Lokakuussa 2020 Tekojen torille oli kirjattu jo yli 660 kehittämistekoa.",
                    "Kuntatyö2030-hankkeen sparrauksiin osallistui vuosina 2021–2022 yhteensä 1 690 henkilöä.",
                    "Syksyn 2022 Hyvä kiertämään -kampanja toi torille 183 uutta tekoa 34 organisaatiosta.",
                )
            ),
            c.cta(
                "Tarvitseeko työyhteisönne apua kehittämiseen?",
                text(
                    "Sparraus on päivän tai kahden mittainen maksuton tukijakso,",
                    "jonka vetää ulkopuolinen asiantuntija.",
                    "Siihen osallistuvat yhdessä johto, esihenkilöt ja henkilöstön edustajat.",
                ),
                "Lue lisää sparrauksesta",
                "sparraus",
            ),
            accordion(
                "Usein kysyttyä",
                (
                    "Mikä on kehittämisteko?",
                    p(
                        "Kehittämisteko on lyhyt kertomus työpaikan kehittämistyöstä:",
                        "mihin pyrittiin, mitä käytännössä tehtiin ja millaisia tuloksia syntyi.",
                        "Hyvä kuvaus antaa myös vinkkejä niille, jotka haluavat kokeilla samaa.",
                    ),
                ),
                (
                    "Kuka voi kertoa teosta?",
                    p(
                        "Kuka tahansa, joka työskentelee kunnassa, kuntayhtymässä, kunnan yhtiössä tai",
                        "hyvinvointialueella. Moderaattori lukee jokaisen teon ennen kuin se julkaistaan.",
                    ),
                ),
                ("Maksaako sparraus jotain?", p("Ei maksa. Sparraus on työpaikalle maksutonta.")),
                (
                    "Kuka sivustoa ylläpitää?",
                    p(
                        "Sivuston takana ovat KT ja pääsopijajärjestöt.",
                        "Niiden yhteinen työelämän kehittämisryhmä Tekry ohjaa toimintaa.",
                    ),
                ),
            ),
        ],
    }


def home_sv(c):
    return {
        "search_description": text(
            "Tekojen tori samlar utvecklingsgärningar från arbetsplatser i kommuner och välfärdsområden.",
            "Läs hur andra har förnyat sitt arbete och ansök om kostnadsfri sparrning.",
        ),
        "hero_lead": text(
            "I kommunerna och välfärdsområdena utvecklas arbetet varje dag.",
            "På Tekojen tori blir det arbetet synligt, så att andra kan lära sig av det",
            "och våga pröva samma sak på sin egen arbetsplats.",
        ),
        "hero_image": c.images["hero"],
        "hero_image_alt": "Abstrakt illustration: en stor gul cirkel och ljusa bågar mot mörkblå bakgrund.",
        "hero_cta_text": "Läs om sparrning",
        "hero_cta_page": c.page("sparraus"),
        "social_image": c.images["hero"],
        "body": [
            heading("Gott offentligt arbete ska synas"),
            paragraph(
                p(
                    "Tekojen tori, ungefär ”gärningarnas torg”, är ett gemensamt skyltfönster",
                    "för arbetsplatserna inom kommun- och välfärdsbranschen.",
                    "Här samlas utvecklingsgärningar: korta beskrivningar av vad en arbetsplats ville förändra,",
                    "hur den gick till väga och vad det ledde till.",
                ),
                p(
                    "Webbplatsen upprätthålls av Kommun- och välfärdsområdesarbetsgivarna KT",
                    "och huvudavtalsorganisationerna.",
                    f"Läs mer {c.link('tekojen_tori', 'om Tekojen tori')}",
                    f"och {c.link('tekry', 'om arbetsgruppen Tekry')}.",
                ),
            ),
            heading("Utveckling sedan 2015", 3),
            paragraph(
                ul(
                    "Över 230 kommunala organisationer och omkring 5 000 deltagare var med i programmet"
                    " Kunteko 2020 åren 2015–2020.",
                    "I oktober 2020 fanns det redan över 660 utvecklingsgärningar på Tekojen tori.",
                    "I sparrningarna inom Kuntatyö2030 deltog sammanlagt 1 690 personer åren 2021–2022.",
                    "Kampanjen Hyvä kiertämään hösten 2022 gav 183 nya gärningar från 34 organisationer.",
                )
            ),
            c.cta(
                "Behöver er arbetsgemenskap stöd i utvecklingsarbetet?",
                text(
                    "Sparrning är kostnadsfritt stöd av en extern expert under en eller två dagar.",
                    "Ledningen, cheferna och personalens företrädare deltar tillsammans.",
                ),
                "Läs mer om sparrning",
                "sparraus",
            ),
            accordion(
                "Vanliga frågor",
                (
                    "Vad är en utvecklingsgärning?",
                    p(
                        "En kort berättelse om utvecklingsarbete på en arbetsplats: vad man ville uppnå,",
                        "vad man gjorde och vad det ledde till. En bra beskrivning ger också tips till andra.",
                    ),
                ),
                (
                    "Vem kan berätta om en gärning?",
                    p(
                        "Alla som arbetar i en kommun, en samkommun, ett kommunalt bolag eller ett välfärdsområde.",
                        "En moderator läser varje gärning innan den publiceras.",
                    ),
                ),
                ("Kostar sparrningen något?", p("Nej. Sparrningen är kostnadsfri för arbetsplatsen.")),
                (
                    "Vem står bakom webbplatsen?",
                    p(
                        "KT och huvudavtalsorganisationerna.",
                        "Deras gemensamma arbetsgrupp för arbetslivsutveckling, Tekry, styr verksamheten.",
                    ),
                ),
            ),
        ],
    }


def home_en(c):
    return {
        "search_description": text(
            "Tekojen tori gathers development deeds from workplaces in municipalities and wellbeing services",
            "counties. See how others have renewed their work and apply for free coaching.",
        ),
        "hero_lead": text(
            "Municipalities and wellbeing services counties improve their work every day.",
            "Tekojen tori makes that work visible, so that others can learn from it",
            "and find the courage to try the same in their own workplace.",
        ),
        "hero_image": c.images["hero"],
        "hero_image_alt": "Abstract illustration: a large yellow circle and light arcs on a dark blue background.",
        "hero_cta_text": "Read about coaching",
        "hero_cta_page": c.page("sparraus"),
        "social_image": c.images["hero"],
        "body": [
            heading("Making good public work visible"),
            paragraph(
                p(
                    "Tekojen tori, roughly “the deed marketplace”, is a shared shop window for workplaces",
                    "in municipalities and wellbeing services counties.",
                    "It collects development deeds: short accounts of what a workplace wanted to change,",
                    "how it went about it and what came of it.",
                ),
                p(
                    "The site is run jointly by Local Government and County Employers KT and the main negotiating",
                    f"organisations. Read more {c.link('tekojen_tori', 'about Tekojen tori')}",
                    f"and {c.link('tekry', 'about the Tekry development group')}.",
                ),
            ),
            heading("Developing work since 2015", 3),
            paragraph(
                ul(
                    "Over 230 municipal organisations and about 5,000 participants took part in the Kunteko 2020"
                    " programme between 2015 and 2020.",
                    "By October 2020, more than 660 development deeds had been published on Tekojen tori.",
                    "In 2021–2022, a total of 1,690 people took part in coaching sessions run by Kuntatyö2030.",
                    "The Hyvä kiertämään campaign in autumn 2022 brought in 183 new deeds from 34 organisations.",
                )
            ),
            c.cta(
                "Could your team use help with development?",
                text(
                    "Coaching is free support from an external expert for one or two days.",
                    "Management, supervisors and staff representatives take part together.",
                ),
                "Read more about coaching",
                "sparraus",
            ),
            accordion(
                "Frequently asked questions",
                (
                    "What is a development deed?",
                    p(
                        "A short story of development work in a workplace: what the aim was, what was done",
                        "and what it achieved. A good account also gives tips to others who want to try it.",
                    ),
                ),
                (
                    "Who can share a deed?",
                    p(
                        "Anyone who works for a municipality, a joint municipal authority, a municipal company",
                        "or a wellbeing services county. A moderator reads every deed before it is published.",
                    ),
                ),
                ("Does coaching cost anything?", p("No. Coaching is free of charge for the workplace.")),
                (
                    "Who runs this site?",
                    p(
                        "KT and the main negotiating organisations.",
                        "Their joint work-life development group, Tekry, steers the work.",
                    ),
                ),
            ),
        ],
    }


def tekojen_tori_fi(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "Mikä on Tekojen tori ja mikä on kehittämisteko?",
            "Lue, miten oman työpaikan kehittämistyöstä kerrotaan ja miksi se kannattaa.",
        ),
        "intro": text(
            "Tekojen torilla kunta- ja hyvinvointialan työpaikat jakavat kehittämistyönsä tuloksia.",
            "Jokainen teko on esimerkki, josta joku toinen voi ottaa mallia.",
        ),
        "body": [
            heading("Mikä on kehittämisteko?"),
            paragraph(
                p(
                    "Kehittämisteko kertoo, miten työpaikalla on ratkaistu jokin arjen pulma tai uudistettu",
                    "toimintatapoja. Koolla ei ole väliä: yhden tiimin uusi tapa suunnitella työvuoroja",
                    "on yhtä arvokas kuin koko kunnan palveluja koskeva muutos.",
                ),
                p(
                    "Tekoja alettiin kerätä jo Kunteko 2020 -ohjelmassa, ja lokakuussa 2020 niitä oli yli 660.",
                    "Ahkerimmin kuvauksia ovat lähettäneet sosiaali- ja terveyspalvelut,",
                    "seuraavaksi eniten opetus ja kasvatus.",
                ),
            ),
            c.figure(
                "network",
                "Kuvitus: keltaisia ja vaaleita pisteitä, jotka viivat yhdistävät verkostoksi sinisellä pohjalla.",
                "Jokainen teko on solmukohta verkostossa, jossa työpaikat oppivat toisiltaan.",
            ),
            heading("Näin kerrot teosta"),
            paragraph(
                p("Kuvaus kannattaa pitää lyhyenä ja selkeänä. Lomake pyytää vastaamaan neljään kysymykseen:"),
                ol(
                    "Mitä tavoittelitte?",
                    "Mitä teitte käytännössä?",
                    "Mitä saitte aikaan?",
                    "Mitä vinkkejä antaisitte muille?",
                ),
                p(
                    "Moderaattori käy jokaisen teon läpi ennen julkaisua.",
                    "Yhteystietosi näkyvät muille vain, jos annat siihen luvan.",
                ),
            ),
            heading("Miksi teoista kannattaa kertoa?"),
            paragraph(
                ul(
                    "Oma kehittämistyö saa näkyvyyttä ja arvostusta.",
                    "Muut työpaikat saavat ideoita, eikä kaikkea tarvitse keksiä itse.",
                    "Tekoja voi selata toimialan ja teeman mukaan, joten saman haasteen parissa"
                    " työskentelevät löytävät toisensa.",
                    "Parhaita tekoja on palkittu, esimerkiksi Kuntatyö2030-gaalassa syksyllä 2022.",
                )
            ),
            c.cta(
                "Kehittäminen alkuun sparrauksella",
                "Jos teko on vasta ajatuksen asteella, maksuton sparraus voi auttaa pääsemään liikkeelle.",
                "Lue sparrauksesta",
                "sparraus",
            ),
        ],
    }


def tekojen_tori_sv(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "Vad är Tekojen tori och vad är en utvecklingsgärning?",
            "Läs hur du berättar om utvecklingsarbetet på din arbetsplats och varför det lönar sig.",
        ),
        "intro": text(
            "På Tekojen tori delar arbetsplatser inom kommun- och välfärdsbranschen med sig av sitt",
            "utvecklingsarbete. Varje gärning är ett exempel som någon annan kan ta efter.",
        ),
        "body": [
            heading("Vad är en utvecklingsgärning?"),
            paragraph(
                p(
                    "En utvecklingsgärning berättar hur en arbetsplats har löst ett vardagligt problem",
                    "eller förnyat sitt sätt att arbeta. Storleken spelar ingen roll: ett teams nya sätt",
                    "att planera arbetsturer är lika värdefullt som en förändring av hela kommunens tjänster.",
                ),
                p(
                    "Gärningarna började samlas redan i programmet Kunteko 2020, och i oktober 2020 var de",
                    "över 660. Flest beskrivningar har kommit från social- och hälsovården,",
                    "näst flest från undervisning och fostran.",
                ),
            ),
            c.figure(
                "network",
                "Illustration: gula och ljusa punkter som linjer förenar till ett nätverk mot blå bakgrund.",
                "Varje gärning är en knutpunkt i ett nätverk där arbetsplatser lär sig av varandra.",
            ),
            heading("Så berättar du om en gärning"),
            paragraph(
                p("Håll beskrivningen kort och tydlig. Formuläret ber dig svara på fyra frågor:"),
                ol(
                    "Vad ville ni uppnå?",
                    "Vad gjorde ni i praktiken?",
                    "Vad blev resultatet?",
                    "Vilka tips vill ni ge andra?",
                ),
                p(
                    "En moderator går igenom varje gärning innan den publiceras.",
                    "Dina kontaktuppgifter visas bara om du ger ditt samtycke.",
                ),
            ),
            heading("Varför lönar det sig att berätta?"),
            paragraph(
                ul(
                    "Ert utvecklingsarbete blir synligt och uppskattat.",
                    "Andra arbetsplatser får idéer och behöver inte uppfinna allt själva.",
                    "Gärningarna kan sökas efter bransch och tema, så den som brottas med samma problem hittar rätt.",
                    "De bästa gärningarna har belönats, till exempel på Kuntatyö2030-galan hösten 2022.",
                )
            ),
            c.cta(
                "Kom i gång med sparrning",
                "Om er gärning ännu bara är en idé kan kostnadsfri sparrning hjälpa er att komma vidare.",
                "Läs om sparrning",
                "sparraus",
            ),
        ],
    }


def tekojen_tori_en(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "What is Tekojen tori and what is a development deed?",
            "Learn how to share your workplace's development work and why it is worth doing.",
        ),
        "intro": text(
            "On Tekojen tori, workplaces in municipalities and wellbeing services counties share what their",
            "development work has achieved. Every deed is an example that someone else can follow.",
        ),
        "body": [
            heading("What is a development deed?"),
            paragraph(
                p(
                    "A development deed tells how a workplace solved an everyday problem or changed the way it works.",
                    "Size does not matter: one team's new way of planning shifts is as valuable as a change",
                    "to the services of a whole municipality.",
                ),
                p(
                    "Deeds were first collected during the Kunteko 2020 programme, and by October 2020 there were",
                    "more than 660 of them. Social and health services have sent the most accounts,",
                    "followed by education and early childhood education.",
                ),
            ),
            c.figure(
                "network",
                "Illustration: yellow and light dots joined by lines into a network on a blue background.",
                "Every deed is a node in a network where workplaces learn from each other.",
            ),
            heading("How to share a deed"),
            paragraph(
                p("Keep your account short and clear. The form asks you four questions:"),
                ol(
                    "What did you aim for?",
                    "What did you do in practice?",
                    "What did you achieve?",
                    "What tips would you give others?",
                ),
                p(
                    "A moderator reviews every deed before it is published.",
                    "Your contact details are shown only if you agree to it.",
                ),
            ),
            heading("Why share your deeds?"),
            paragraph(
                ul(
                    "Your development work gets visibility and recognition.",
                    "Other workplaces get ideas and do not have to invent everything themselves.",
                    "Deeds can be browsed by sector and theme, so people facing the same challenge find each other.",
                    "The best deeds have won awards, for example at the Kuntatyö2030 gala in autumn 2022.",
                )
            ),
            c.cta(
                "Get started with coaching",
                "If your deed is still just an idea, free coaching can help you get moving.",
                "Read about coaching",
                "sparraus",
            ),
        ],
    }


def kunteko_fi(c):
    return {
        "search_description": text(
            "Kunteko 2020 -ohjelma kehitti kunta-alan työelämän laatua ja tuloksellisuutta vuosina 2015–2020:",
            "sparrausta, valmennuksia ja yli 660 kehittämistekoa.",
        ),
        "intro": text(
            "Kunteko 2020 oli KT:n ja kunta-alan pääsopijajärjestöjen yhteinen työelämän kehittämisohjelma",
            "vuosina 2015–2020. Sen aikana syntyi myös Tekojen tori.",
        ),
        "body": [
            heading("Tavoitteena Euroopan parhaat kuntatyöpaikat"),
            paragraph(
                p(
                    "Ohjelma sai ensimmäisen rahoituksensa vuosiksi 2015–2017, ja työ alkoi elokuussa 2015.",
                    "Tavoite oli kunnianhimoinen: Suomen kuntatyöpaikkojen piti olla vuoteen 2020 mennessä",
                    "Euroopan parhaita. Siihen pyrittiin parantamalla työelämän laatua ja tuloksellisuutta",
                    "sekä tuomalla kuntatyöpaikkojen kehittämistyö näkyville.",
                ),
                p(
                    "Kehittäminen lähti aina työpaikkojen omista tarpeista.",
                    "Ohjelmasta ei tuettu hankkeita, joiden tarkoitus oli lomauttaa tai irtisanoa henkilöstöä.",
                ),
            ),
            heading("Mitä ohjelma tarjosi?"),
            paragraph(
                ul(
                    "<b>Sparrausta</b>: kilpailutetun ulkopuolisen asiantuntijan maksutonta tukea yhdestä kahteen"
                    " päivään. Vuosina 2018–2020 sparrausta sai noin sata kuntaorganisaatiota.",
                    "<b>Valmennuksia</b> organisaatioiden sisäisille kehittäjille sekä työpajoja ja oppimisverkostoja.",
                    "<b>Tekojen torin</b>, jonne työpaikat saattoivat tallentaa kehittämistekonsa muiden luettaviksi.",
                )
            ),
            heading("Ohjelman tulokset"),
            table(
                "Kunteko 2020 lukuina",
                ("Mittari", "Määrä"),
                ("Mukana olleet kuntaorganisaatiot 2015–2020", "yli 230"),
                ("Osallistujat ohjelman palveluissa", "noin 5 000"),
                ("Osallistujat, kun tilaisuudet ja webinaarit lasketaan mukaan", "noin 10 000"),
                ("Kehittämisteot Tekojen torilla lokakuussa 2020", "yli 660"),
                ("Sparrausta saaneet kuntaorganisaatiot 2018–2020", "noin 100"),
            ),
            paragraph(
                p(
                    "Ulkoinen arviointi totesi ohjelman tarttuneen ajankohtaisiin kehittämisen teemoihin.",
                    "Sen palvelut auttoivat työpaikkoja ottamaan käyttöön uusia toimintatapoja, lisäsivät",
                    "yhteistyötä ja innostivat henkilöstöä. Arvioijat pitivät tärkeänä myös sitä,",
                    "että hyvä kuntatyö pääsi esille Tekojen torilla, uutiskirjeissä, webinaareissa ja podcasteissa.",
                )
            ),
            accordion(
                "Ohjelman taustatiedot",
                (
                    "Kuka ohjelman toteutti?",
                    p(
                        "Ohjelman valmistelivat yhdessä KT Kuntatyönantajat ja kunta-alan pääsopijajärjestöt",
                        "JUKO, KoHo ja Kunta-alan unioni. Vuosien 2018–2020 hankkeen toteuttajana oli",
                        "Suomen Kuntaliitto.",
                    ),
                ),
                (
                    "Miten ohjelma rahoitettiin?",
                    p(
                        "Valtaosa rahoituksesta tuli Euroopan sosiaalirahastosta Hämeen ELY-keskuksen kautta,",
                        "ja loput maksoivat KT ja pääsopijajärjestöt. Vuosien 2018–2020 kustannusarvio oli",
                        "1 562 748 euroa, josta ESR-tuen osuus oli 75 prosenttia.",
                    ),
                ),
            ),
            c.cta(
                "Työ jatkui Kuntatyö2030-ohjelmassa",
                "Kunteko 2020:n jälkeen kunta-alan työmarkkinaosapuolet jatkoivat kehittämistä uudella ohjelmalla.",
                "Lue Kuntatyö2030-ohjelmasta",
                "kuntatyo",
            ),
        ],
    }


def kunteko_sv(c):
    return {
        "search_description": text(
            "Programmet Kunteko 2020 utvecklade kvaliteten och resultaten i kommunernas arbetsliv 2015–2020:",
            "sparrning, utbildningar och över 660 utvecklingsgärningar.",
        ),
        "intro": text(
            "Kunteko 2020 var KT:s och huvudavtalsorganisationernas gemensamma program för utveckling av",
            "arbetslivet inom kommunsektorn åren 2015–2020. Det var då Tekojen tori kom till.",
        ),
        "body": [
            heading("Målet: Europas bästa kommunala arbetsplatser"),
            paragraph(
                p(
                    "Programmet fick sin första finansiering för åren 2015–2017 och startade i augusti 2015.",
                    "Målet var att de finländska kommunala arbetsplatserna skulle vara bäst i Europa år 2020.",
                    "Vägen dit gick via bättre kvalitet och resultat i arbetslivet och genom att göra",
                    "utvecklingsarbetet på arbetsplatserna synligt.",
                ),
                p(
                    "Utvecklingen utgick alltid från arbetsplatsernas egna behov. Programmet stödde inga projekt",
                    "som syftade till permitteringar eller uppsägningar.",
                ),
            ),
            heading("Programmet i siffror"),
            table(
                "Kunteko 2020 i siffror",
                ("Mätare", "Antal"),
                ("Kommunala organisationer som deltog 2015–2020", "över 230"),
                ("Deltagare i programmets tjänster", "omkring 5 000"),
                ("Deltagare inklusive evenemang och webbinarier", "omkring 10 000"),
                ("Utvecklingsgärningar på Tekojen tori i oktober 2020", "över 660"),
                ("Organisationer som fick sparrning 2018–2020", "omkring 100"),
            ),
            paragraph(
                p(
                    "Enligt den externa utvärderingen träffade programmet de aktuella utvecklingsfrågorna.",
                    "Tjänsterna hjälpte arbetsplatserna att ta i bruk nya arbetssätt, ökade samarbetet",
                    "och väckte entusiasm hos personalen.",
                )
            ),
            c.cta(
                "Arbetet fortsatte i Kuntatyö2030",
                "Efter Kunteko 2020 fortsatte arbetsmarknadsparterna i kommunsektorn med ett nytt program.",
                "Läs om Kuntatyö2030",
                "kuntatyo",
            ),
        ],
    }


def kunteko_en(c):
    return {
        "search_description": text(
            "The Kunteko 2020 programme improved the quality and productivity of municipal working life",
            "in 2015–2020 with coaching, training and more than 660 development deeds.",
        ),
        "intro": text(
            "Kunteko 2020 was the joint work-life development programme of KT and the main negotiating",
            "organisations in the municipal sector from 2015 to 2020. Tekojen tori was born during it.",
        ),
        "body": [
            heading("Aiming for Europe's best municipal workplaces"),
            paragraph(
                p(
                    "The programme received its first funding for 2015–2017 and started in August 2015.",
                    "Its goal was ambitious: by 2020, Finland's municipal workplaces should be the best in Europe.",
                    "The means were better quality and productivity in working life and making the development",
                    "work done in municipal workplaces visible.",
                ),
                p(
                    "Development always started from the workplaces' own needs. The programme did not support",
                    "projects aimed at temporary lay-offs or dismissals.",
                ),
            ),
            heading("The programme in figures"),
            table(
                "Kunteko 2020 in figures",
                ("Measure", "Number"),
                ("Municipal organisations involved 2015–2020", "over 230"),
                ("Participants in the programme's services", "about 5,000"),
                ("Participants including events and webinars", "about 10,000"),
                ("Development deeds on Tekojen tori in October 2020", "over 660"),
                ("Municipal organisations coached 2018–2020", "about 100"),
            ),
            paragraph(
                p(
                    "An external evaluation found that the programme addressed the development questions",
                    "of the day. Its services helped workplaces adopt new ways of working, increased",
                    "cooperation and inspired staff.",
                )
            ),
            c.cta(
                "The work continued in Kuntatyö2030",
                "After Kunteko 2020, the municipal sector's labour market parties carried on with a new programme.",
                "Read about Kuntatyö2030",
                "kuntatyo",
            ),
        ],
    }


def kuntatyo_fi(c):
    return {
        "search_description": text(
            "Kuntatyö2030-ohjelma 2021–2022: TYÖ2030-rahoitus, 127 sparrauspäivää, 1 690 osallistujaa,",
            "Hyvä kiertämään -kampanja ja Kuntatyö2030-gaala.",
        ),
        "intro": text(
            "Kuntatyö2030 oli kunta-alan työmarkkinaosapuolten työelämän kehittämisen toimialaohjelma",
            "vuosina 2021–2022. Se tarjosi työpaikoille maksutonta sparrausta ja nosti esiin kekseliäitä ratkaisuja.",
        ),
        "social_image": c.images["chart"],
        "body": [
            heading("Ohjelma lyhyesti"),
            paragraph(
                p(
                    "Kuntatyö2030-hanke toteutettiin 1.5.2021–31.12.2022 hallituksen TYÖ2030-ohjelman",
                    "rahoituksella. Hankkeen budjetti oli 381 137 euroa, ja TYÖ2030-ohjelma rahoitti siitä",
                    "300 000 euroa. Itse TYÖ2030-ohjelma kesti vuodet 2019–2023, ja sitä hallinnoi Työterveyslaitos.",
                ),
                p("Hankkeella oli kolme tehtävää:"),
                ol(
                    "rakentaa Kuntatyö2030-ohjelmakokonaisuus ja saada se käyntiin",
                    "tukea kuntatyöpaikkojen kehittämistä sparrauksella",
                    "luoda ohjelmalle monikanavainen viestintä, joka tavoittaa työpaikat.",
                ),
            ),
            c.figure(
                "chart",
                "Kuvitus: vasemmalta oikealle kasvavia sinisiä ja keltaisia pylväitä ja nouseva keltainen viiva.",
                "Kahdessa vuodessa sparrauksiin osallistui 1 690 kunta-alan työntekijää, esihenkilöä ja johtajaa.",
            ),
            heading("Sparraus tuki työpaikkoja"),
            paragraph(
                p(
                    "Sparraajat valittiin kilpailutuksella puitejärjestelyyn, johon tuli mukaan kahdeksan",
                    "palveluntuottajaa ja 11 konsulttia. Hyväksyttyjä hakemuksia kertyi 72, ja ne tulivat",
                    "49 eri kuntaorganisaatiosta. Sparrauspäiviä pidettiin 127, ja niihin osallistui",
                    "1 690 ihmistä. Palautekyselyissä sparraus sai kokonaisarvosanan 4,7 asteikolla yhdestä viiteen.",
                )
            ),
            heading("Sparrausten teemat", 3),
            table(
                "Toteutetut sparraukset teemoittain 2021–2022",
                ("Teema", "Sparrauksia"),
                ("Työyhteisön ja toimintakulttuurin kehittäminen", "26"),
                ("Työn kuormitus ja työhyvinvointi", "17"),
                ("Yhdessä kehittäminen ja osallisuus", "16"),
                ("Prosessit, palvelut ja asiakaslähtöisyys", "11"),
                ("Etätyön ja etäpalvelujen kehittäminen", "1"),
                ("Digitalisaatio ja uudet toimintatavat", "1"),
            ),
            heading("Mitä sparrauksesta jäi käteen?", 3),
            paragraph(
                p(
                    "Sparraajat kirjoittivat jokaisesta sparrauksesta raportin.",
                    "Niiden mukaan työpaikat saivat muun muassa",
                ),
                ul(
                    "selkeämmän kuvan nykytilasta ja yhteisen näkemyksen tavoitteesta",
                    "konkreettisia jatkosuunnitelmia, työkaluja ja pelisääntöjä",
                    "uusia ideoita sekä intoa ja yhteishenkeä muutokseen",
                    "vahvemman yhdessä tekemisen kulttuurin ja kokemuksen osallisuudesta.",
                ),
            ),
            quote(
                "Hyvä ratkaisu ei saa jäädä yhden työpaikan omaksi – sen pitää päästä kiertämään.",
                "Hyvä kiertämään -kampanjan ajatus",
                "Kuntatyö2030",
            ),
            heading("Hyvä kiertämään -kampanja ja gaala"),
            paragraph(
                p(
                    "Syksyllä 2022 hanke haastoi kunta-alan työpaikat kertomaan kehittämistyöstään",
                    "Hyvä kiertämään -kampanjassa. Toiveena oli sata uutta tekoa mahdollisimman monesta",
                    "ammattiryhmästä ja aiheesta, mutta niitä tuli lähes kaksinkertainen määrä:",
                    "34 organisaatiota lähetti yhteensä 183 kehittämistekoa.",
                ),
                p(
                    "Tekoja juhlittiin Kuntatyö2030-gaalassa, jossa palkittiin 49 kehittämistekoa.",
                    "Lisäksi Liminka valittiin gaalassa Suomen kekseliäimmäksi kunnaksi.",
                ),
            ),
            table(
                "Hyvä kiertämään -kampanjan teot toimialoittain",
                ("Toimiala", "Tekoja"),
                ("Opetus ja kasvatus", "55"),
                ("Sosiaali- ja terveyspalvelut", "36"),
                ("Useita toimialoja tai koko organisaatio", "30"),
                ("Johto, hallinto ja talous", "18"),
                ("Kulttuuri ja vapaa-aika", "18"),
                ("Asuminen, kiinteistö ja ympäristö", "11"),
                ("Elinkeino- ja yrityspalvelut", "8"),
                ("Puhtaus- ja ravitsemuspalvelut", "4"),
                ("Työllisyyspalvelut", "3"),
                ("Yhteensä", "183"),
            ),
            accordion(
                "Muut TYÖ2030-rahoitteiset hankkeet",
                (
                    "Kekseliäät kehittäjät 2020–2021",
                    p(
                        "Hanke auttoi kuntaorganisaatioita uudistamaan toimintatapojaan koronakriisin eri",
                        "vaiheissa. Sen aikana tehtiin 30 haastattelua ja kehittämistyöpajaa, kekseliäitä ratkaisuja",
                        "koottiin Tekojen torille ja havainnoista julkaistiin yhteenveto",
                        "<i>Näkymiä kunta-alan työelämän kehittämiseen koronavuonna 2021</i>.",
                    ),
                ),
                (
                    "Viestinnällä vaikuttavuutta 2022",
                    p(
                        "Hankkeessa Tekojen toria kehitettiin käyttäjiä kuunnellen. Tekojen lähettäminen helpottui,",
                        "tilastot paranivat ja etusivu sai uuden ulkoasun. Lisäksi verkkosivujen saavutettavuus",
                        "tarkistettiin.",
                    ),
                ),
                (
                    "Fast Expert Teams -kokeilu",
                    p(
                        "Hankkeessa kokeiltiin ja muotoiltiin kunta- ja hyvinvointialalle toimintamallia, jossa",
                        "asiantuntijatiimi kootaan nopeasti työpaikan avuksi. Budjetti oli 125 000 euroa,",
                        "josta TYÖ2030-ohjelma rahoitti 100 000 euroa ja KT sekä pääsopijajärjestöt 25 000 euroa.",
                    ),
                ),
            ),
            c.cta(
                "Miten työ jatkuu?",
                text(
                    "Vuoden 2023 alusta kehittämistä on ohjannut KT:n ja pääsopijajärjestöjen yhteinen",
                    "työelämän kehittämisryhmä Tekry, ja työ kattaa nyt myös hyvinvointialueet.",
                ),
                "Lue Tekryn työstä",
                "tekry",
            ),
        ],
    }


def kuntatyo_sv(c):
    return {
        "search_description": text(
            "Programmet Kuntatyö2030 åren 2021–2022: finansiering från TYÖ2030, 127 sparrningsdagar,",
            "1 690 deltagare, kampanjen Hyvä kiertämään och Kuntatyö2030-galan.",
        ),
        "intro": text(
            "Kuntatyö2030 var arbetsmarknadsparternas branschprogram för arbetslivsutveckling i kommunsektorn",
            "2021–2022. Det erbjöd arbetsplatserna kostnadsfri sparrning och lyfte fram uppfinningsrika lösningar.",
        ),
        "social_image": c.images["chart"],
        "body": [
            heading("Programmet i korthet"),
            paragraph(
                p(
                    "Projektet Kuntatyö2030 genomfördes 1.5.2021–31.12.2022 med finansiering från regeringens",
                    "program TYÖ2030 (Arbete2030), som administrerades av Arbetshälsoinstitutet.",
                    "Projektets budget var 381 137 euro, varav TYÖ2030 finansierade 300 000 euro.",
                )
            ),
            heading("Sparrning för arbetsplatserna"),
            paragraph(
                p(
                    "Sparrarna valdes genom konkurrensutsättning: åtta tjänsteleverantörer och 11 konsulter",
                    "ingick i ramavtalet. Sammanlagt 72 ansökningar från 49 kommunala organisationer godkändes.",
                    "Det blev 127 sparrningsdagar med 1 690 deltagare, och helhetsbetyget blev 4,7 av 5.",
                )
            ),
            table(
                "Genomförda sparrningar efter tema 2021–2022",
                ("Tema", "Sparrningar"),
                ("Utveckling av arbetsgemenskapen och verksamhetskulturen", "26"),
                ("Arbetsbelastning och välbefinnande i arbetet", "17"),
                ("Gemensam utveckling och delaktighet", "16"),
                ("Processer, tjänster och kundorientering", "11"),
                ("Distansarbete och distanstjänster", "1"),
                ("Digitalisering och nya arbetssätt", "1"),
            ),
            heading("Kampanjen Hyvä kiertämään och galan"),
            paragraph(
                p(
                    "Hösten 2022 utmanade kampanjen Hyvä kiertämään (”Låt det goda gå vidare”) arbetsplatserna",
                    "att berätta om sitt utvecklingsarbete. Målet var hundra nya gärningar, men det kom nästan",
                    "dubbelt så många: 34 organisationer skickade in 183 gärningar.",
                ),
                p(
                    "På Kuntatyö2030-galan belönades 49 utvecklingsgärningar,",
                    "och Limingo utsågs till Finlands mest uppfinningsrika kommun.",
                ),
            ),
            c.cta(
                "Hur fortsätter arbetet?",
                text(
                    "Sedan början av 2023 styrs utvecklingen av KT:s och huvudavtalsorganisationernas gemensamma",
                    "arbetsgrupp Tekry, och arbetet omfattar nu också välfärdsområdena.",
                ),
                "Läs om Tekry",
                "tekry",
            ),
        ],
    }


def kuntatyo_en(c):
    return {
        "search_description": text(
            "The Kuntatyö2030 programme in 2021–2022: TYÖ2030 funding, 127 coaching days, 1,690 participants,",
            "the Hyvä kiertämään campaign and the Kuntatyö2030 gala.",
        ),
        "intro": text(
            "Kuntatyö2030 was the work-life development programme of the municipal sector's labour market",
            "parties in 2021–2022. It offered workplaces free coaching and highlighted inventive solutions.",
        ),
        "social_image": c.images["chart"],
        "body": [
            heading("The programme in brief"),
            paragraph(
                p(
                    "The Kuntatyö2030 project ran from 1 May 2021 to 31 December 2022, funded by the government's",
                    "TYÖ2030 (Work2030) programme, which was administered by the Finnish Institute of Occupational",
                    "Health. The project's budget was €381,137, of which TYÖ2030 funded €300,000.",
                )
            ),
            heading("Coaching for workplaces"),
            paragraph(
                p(
                    "The coaches were selected through competitive tendering: eight service providers and",
                    "11 consultants joined the framework agreement. In all, 72 applications from 49 municipal",
                    "organisations were approved. There were 127 coaching days with 1,690 participants,",
                    "and the overall rating was 4.7 out of 5.",
                )
            ),
            table(
                "Coaching delivered by theme, 2021–2022",
                ("Theme", "Coaching sessions"),
                ("Developing the work community and its culture", "26"),
                ("Workload and wellbeing at work", "17"),
                ("Co-development and participation", "16"),
                ("Processes, services and customer focus", "11"),
                ("Remote work and remote services", "1"),
                ("Digitalisation and new ways of working", "1"),
            ),
            heading("The Hyvä kiertämään campaign and the gala"),
            paragraph(
                p(
                    "In autumn 2022, the Hyvä kiertämään (“Pass the good on”) campaign challenged workplaces",
                    "to share their development work. The target was a hundred new deeds, but almost twice",
                    "as many arrived: 34 organisations sent in 183 deeds.",
                ),
                p(
                    "The Kuntatyö2030 gala honoured 49 development deeds,",
                    "and Liminka was named Finland's most inventive municipality.",
                ),
            ),
            c.cta(
                "How does the work continue?",
                text(
                    "Since the start of 2023, development has been steered by Tekry, the joint group of KT and the",
                    "main negotiating organisations, and the work now covers wellbeing services counties too.",
                ),
                "Read about Tekry",
                "tekry",
            ),
        ],
    }


def tekry_fi(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "Työelämän kehittämisryhmä Tekry ohjaa KT:n ja pääsopijajärjestöjen yhteistä työelämän",
            "kehittämistä kunnissa ja hyvinvointialueilla vuodesta 2023 alkaen.",
        ),
        "intro": text(
            "Tekry on Kunta- ja hyvinvointialuetyönantajat KT:n ja pääsopijajärjestöjen yhteinen työelämän",
            "kehittämisryhmä. Se koordinoi kuntien ja hyvinvointialueiden työelämän kehittämistä koko maassa.",
        ),
        "body": [
            heading("Kunnat ja hyvinvointialueet samassa työssä"),
            paragraph(
                p(
                    "Kuntatyö2030-ohjelmasta luovuttiin vuoden 2022 lopussa. Vuoden 2023 alusta KT:n ja",
                    "pääsopijajärjestöjen valtakunnallinen työelämän kehittäminen on koskenut kuntien lisäksi",
                    "hyvinvointialueita. Samalla sivuston osoitteeksi vaihtui tekojentori.fi.",
                ),
                p(
                    "Kehittämisellä haetaan sekä parempia tuloksia että parempaa työelämää, ja molempiin",
                    "pyritään yhdessä henkilöstön kanssa. Työ rakentuu sen varaan, mitä työpaikat itse haluavat",
                    "kehittää. Apuna käytetään kuntien tilannekuvaa sekä seurantatietoa työoloista",
                    "ja työn muutoksesta.",
                ),
            ),
            heading("Mitä Tekry tekee?"),
            paragraph(
                p(
                    "Tekry toimii pääneuvotteluryhmän alaisuudessa. Ryhmään kuuluu edustajia sekä KT:sta että",
                    "jokaisesta pääsopijajärjestöstä, ja se kokoontuu joka kuukausi. Tekry tekee työtä sen eteen, että",
                ),
                ul(
                    "työelämän kehittämiseen on riittävästi voimavaroja ja se on suunnitelmallista ja pitkäjänteistä",
                    "työmarkkinaosapuolet osaavat tehdä yhteistyötä sidosryhmien kanssa ja koordinoida yhteisiä"
                    " hankkeita",
                    "kunta- ja hyvinvointialueiden työpaikat saavat tukea toimintatapojen uudistamiseen ja yhdessä"
                    " kehittämiseen",
                    "hyvä julkinen työ tulee näkyviin, mikä lisää alojen vetovoimaa ja parantaa työntekijäkokemusta.",
                ),
            ),
            heading("Kaksi kehittämisjaosta", 3),
            paragraph(
                p(
                    "Tekryn apuna toimivat vuonna 2022 perustetut kunta-alan kehittämisjaos ja hyvinvointialueiden",
                    "kehittämisjaos. Jaokset tuovat oman alansa asiantuntemuksen hankkeiden valmisteluun,",
                    "välittävät Tekrylle tietoa siitä, mitä työpaikoilla kaivataan, ja ehdottavat uusia",
                    "kehittämishankkeita.",
                )
            ),
            heading("Sopimus yhteisestä kehittämisestä", 3),
            paragraph(
                p(
                    "KT, JUKO ja JAU sopivat kesäkuussa 2022 työelämän kehittämisen yhteistyöstä kunta- ja",
                    "hyvinvointialoilla, ja Sote ry tuli sopimukseen mukaan saman vuoden lokakuussa.",
                    "Osapuolet rahoittavat yhdessä kehittämisen perustoimintaa, johon kuuluu vuoden 2023 alussa",
                    "perustettu työelämän kehittämisen palvelutiimi. Lisäksi ne kertovat hankkeiden tuloksista",
                    "omassa viestinnässään ja koulutuksissaan.",
                )
            ),
            quote(
                "Kehittäminen kantaa, kun työpaikalla luotetaan toisiin ja johto, esihenkilöt ja henkilöstö"
                " tekevät muutosta yhdessä.",
                "Yhteistoiminnallisen kehittämisen periaate",
                "KT ja pääsopijajärjestöt",
            ),
            c.cta(
                "Kertokaa oma kehittämistekonne",
                "Tekojen torilla työpaikkanne kehittämistyö pääsee muiden nähtäville ja innoittajaksi.",
                "Lue, miten teosta kerrotaan",
                "tekojen_tori",
            ),
        ],
    }


def tekry_sv(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "Arbetsgruppen Tekry styr KT:s och huvudavtalsorganisationernas gemensamma arbetslivsutveckling",
            "i kommuner och välfärdsområden sedan 2023.",
        ),
        "intro": text(
            "Tekry är den gemensamma arbetsgruppen för arbetslivsutveckling hos Kommun- och",
            "välfärdsområdesarbetsgivarna KT och huvudavtalsorganisationerna. Gruppen samordnar",
            "utvecklingen av arbetslivet i kommuner och välfärdsområden i hela landet.",
        ),
        "body": [
            heading("Kommuner och välfärdsområden i samma arbete"),
            paragraph(
                p(
                    "Programmet Kuntatyö2030 avslutades i slutet av 2022. Sedan början av 2023 omfattar",
                    "den nationella arbetslivsutvecklingen också välfärdsområdena, och webbplatsens adress",
                    "blev tekojentori.fi.",
                )
            ),
            heading("Vad gör Tekry?"),
            paragraph(
                p(
                    "Tekry arbetar under huvudförhandlingsgruppen. Medlemmarna kommer från KT och från alla",
                    "huvudavtalsorganisationer, och gruppen möts varje månad. Tekry vill att",
                ),
                ul(
                    "arbetslivsutvecklingen har tillräckliga resurser och är planmässig och långsiktig",
                    "arbetsplatserna får stöd för att förnya sina arbetssätt och utveckla dem tillsammans",
                    "gott offentligt arbete syns, vilket gör branscherna mer attraktiva.",
                ),
            ),
            heading("Två utvecklingssektioner", 3),
            paragraph(
                p(
                    "Tekry får hjälp av två sektioner som grundades 2022, en för kommunsektorn och en för",
                    "välfärdsområdena. De bidrar med sakkunskap, förmedlar vad arbetsplatserna behöver",
                    "och föreslår nya utvecklingsprojekt.",
                )
            ),
            quote(
                "Utveckling bär när man litar på varandra och ledningen, cheferna och personalen"
                " förändrar arbetet tillsammans.",
                "Principen om samverkan i utvecklingsarbetet",
                "KT och huvudavtalsorganisationerna",
            ),
            c.cta(
                "Berätta om er egen utvecklingsgärning",
                "På Tekojen tori blir er arbetsplats utvecklingsarbete synligt och kan inspirera andra.",
                "Så berättar du om en gärning",
                "tekojen_tori",
            ),
        ],
    }


def tekry_en(c):
    return {
        "social_image": c.images["network"],
        "search_description": text(
            "Tekry, the work-life development group, has steered the joint development work of KT and the",
            "main negotiating organisations in municipalities and wellbeing services counties since 2023.",
        ),
        "intro": text(
            "Tekry is the joint work-life development group of Local Government and County Employers KT",
            "and the main negotiating organisations. It coordinates work-life development in municipalities",
            "and wellbeing services counties across Finland.",
        ),
        "body": [
            heading("Municipalities and counties working together"),
            paragraph(
                p(
                    "The Kuntatyö2030 programme came to an end in late 2022. Since the start of 2023, the national",
                    "work-life development of KT and the main negotiating organisations has also covered the",
                    "wellbeing services counties, and the site moved to tekojentori.fi.",
                )
            ),
            heading("What does Tekry do?"),
            paragraph(
                p(
                    "Tekry works under the main negotiation group. Its members come from KT and from every main",
                    "negotiating organisation, and it meets monthly. Tekry works so that",
                ),
                ul(
                    "work-life development has enough resources and is planned for the long term",
                    "workplaces get support in renewing and jointly developing the way they work",
                    "good public work is visible, making the sectors more attractive places to work.",
                ),
            ),
            heading("Two development sections", 3),
            paragraph(
                p(
                    "Tekry is supported by two sections set up in 2022, one for the municipal sector and one for",
                    "the wellbeing services counties. They bring expertise to new projects, pass on what",
                    "workplaces need and propose new development projects.",
                )
            ),
            quote(
                "Development lasts when people trust each other and management, supervisors and staff"
                " change things together.",
                "The principle of co-operative development",
                "KT and the main negotiating organisations",
            ),
            c.cta(
                "Share your own development deed",
                "On Tekojen tori, your workplace's development work becomes visible and can inspire others.",
                "How to share a deed",
                "tekojen_tori",
            ),
        ],
    }
