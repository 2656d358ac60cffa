"""The gala archive and two galas in Finnish, Swedish and English.

The Kuntatyö2030 gala of autumn 2022 awarded 49 of the 183 deeds of the Hyvä
kiertämään campaign and named Liminka Finland's most inventive municipality;
the demo shows a selection of those awards, given to demo deeds of the
campaign. The smaller 2021 event is the closing recognition of the Kekseliäät
kehittäjät project (2020–2021), given to demo deeds of 2021. The date, venue,
jury and citations are the demo's own. Each gala's Finnish slug is its lasting
key; an award is found again by its deed (or, for an organisation's award, by
the organisation) on the Finnish gala and by translation key on the others.
"""

import datetime
from zoneinfo import ZoneInfo

from gaala.models import Award
from home.demo.builders import p, paragraph, table, text, ul
from teot.demo.taxonomy import (
    ASUMINEN,
    DIGI,
    ELINKEINO,
    ETATYO,
    JOHTAMINEN,
    JOHTO,
    KOKO,
    KULTTUURI,
    KUORMITUS,
    OPETUS,
    PROSESSIT,
    PUHTAUS,
    SOTE,
    TYOLLISYYS,
    TYOYHTEISO,
    YHDESSA,
)

from .categories import SPECIAL

HELSINKI = ZoneInfo("Europe/Helsinki")
WINNER = Award.Rank.WINNER
MENTION = Award.Rank.HONOURABLE_MENTION

ARCHIVE = {
    "fi": {
        "title": "Gaala",
        "slug": "gaala",
        "intro": text(
            "Kuntatyö2030-gaalassa palkittiin syksyllä 2022 kunta-alan kiinnostavimmat kehittämisteot, ja jo",
            "vuotta aiemmin Kekseliäät kehittäjät -hanke nosti esiin korona-ajan kekseliäitä ratkaisuja. Täältä",
            "löydät palkitut teot, tuomariston perustelut ja tilaisuuksien ohjelmat.",
        ),
        "search_description": text(
            "Kuntatyö2030-gaalan ja Kekseliäät kehittäjät -tunnustusten palkitut kehittämisteot",
            "perusteluineen.",
        ),
    },
    "sv": {
        "title": "Gala",
        "slug": "gala",
        "intro": text(
            "På Kuntatyö2030-galan hösten 2022 belönades de mest intressanta utvecklingsgärningarna inom",
            "kommunsektorn, och redan året innan lyfte projektet Kekseliäät kehittäjät fram uppfinningsrika",
            "lösningar från coronatiden. Här hittar du de belönade gärningarna, juryns motiveringar och",
            "evenemangens program.",
        ),
        "search_description": text(
            "De belönade utvecklingsgärningarna på Kuntatyö2030-galan och i projektet Kekseliäät kehittäjät,",
            "med juryns motiveringar.",
        ),
    },
    "en": {
        "title": "Gala",
        "slug": "gala",
        "intro": text(
            "The Kuntatyö2030 gala in autumn 2022 honoured the most interesting development deeds in Finnish",
            "local government, and a year earlier the Kekseliäät kehittäjät (Inventive developers) project",
            "highlighted inventive solutions from the pandemic years. Here you will find the awarded deeds,",
            "the jury's citations and the programmes of the events.",
        ),
        "search_description": text(
            "The development deeds awarded at the Kuntatyö2030 gala and by the Kekseliäät kehittäjät project,",
            "with the jury's citations.",
        ),
    },
}


def programme_2022(code):
    opening, caption, header, rows, closing = {
        "fi": (
            text(
                "Gaala kokoaa yhteen syksyn Hyvä kiertämään -kampanjaan osallistuneet työpaikat, tuomariston ja",
                "kunta-alan työmarkkinaosapuolet. Palkinnot jaetaan toimialojen ja teemojen sarjoissa, ja illan",
                "päättää Suomen kekseliäimmän kunnan julkistus.",
            ),
            "Gaalan ohjelma keskiviikkona 30.11.2022",
            ("Aika", "Ohjelma"),
            (
                ("17.00", "Tervetuloa: gaalan avaus"),
                ("17.15", "Hyvä kiertämään -kampanjan satoa: mitä 183 teosta opittiin"),
                ("17.45", "Toimialapalkinnot"),
                ("18.30", "Tauko ja verkostoitumista"),
                ("19.00", "Teemapalkinnot"),
                ("19.40", "Suomen kekseliäin kunta"),
                ("20.00", "Gaala päättyy"),
            ),
            "Gaalaa voi seurata paikan päällä Helsingissä tai suorana lähetyksenä verkossa.",
        ),
        "sv": (
            text(
                "Galan samlar arbetsplatserna som deltog i höstens kampanj Hyvä kiertämään, juryn och",
                "arbetsmarknadsparterna inom kommunsektorn. Priserna delas ut i sektor- och temaserier, och",
                "kvällen avslutas med att Finlands mest uppfinningsrika kommun offentliggörs.",
            ),
            "Galans program onsdagen den 30 november 2022",
            ("Tid", "Program"),
            (
                ("17.00", "Välkommen: galan öppnas"),
                ("17.15", "Skörden från kampanjen Hyvä kiertämään: vad 183 gärningar lärde oss"),
                ("17.45", "Sektorpriserna"),
                ("18.30", "Paus och nätverkande"),
                ("19.00", "Temapriserna"),
                ("19.40", "Finlands mest uppfinningsrika kommun"),
                ("20.00", "Galan avslutas"),
            ),
            "Du kan följa galan på plats i Helsingfors eller som direktsändning på webben.",
        ),
        "en": (
            text(
                "The gala brings together the workplaces that took part in the autumn's Hyvä kiertämään campaign,",
                "the jury and the labour market organisations of local government. The awards are presented in",
                "sector and theme categories, and the evening ends with the announcement of Finland's most",
                "inventive municipality.",
            ),
            "Gala programme, Wednesday 30 November 2022",
            ("Time", "Programme"),
            (
                ("17:00", "Welcome: the gala opens"),
                ("17:15", "The harvest of the Hyvä kiertämään campaign: what 183 deeds taught us"),
                ("17:45", "Sector awards"),
                ("18:30", "Break and networking"),
                ("19:00", "Theme awards"),
                ("19:40", "Finland's most inventive municipality"),
                ("20:00", "The gala ends"),
            ),
            "You can follow the gala on site in Helsinki or live online.",
        ),
    }[code]
    return [paragraph(p(opening)), table(caption, header, *rows), paragraph(p(closing))]


def results_2022(code):
    campaign, awards = {
        "fi": (
            text(
                "Syksyllä 2022 Hyvä kiertämään -kampanjaan osallistui 34 kunta-alan organisaatiota yhteensä",
                "183 kehittämisteolla. Eniten tekoja tuli opetuksesta ja kasvatuksesta sekä sosiaali- ja",
                "terveyspalveluista.",
            ),
            text(
                "Tuomaristo palkitsi gaalassa 49 tekoa toimialojen ja teemojen sarjoissa, ja Limingan kunta",
                "nimettiin Suomen kekseliäimmäksi kunnaksi. Alla esittelemme joukon palkittuja tekoja ja",
                "tuomariston perustelut.",
            ),
        ),
        "sv": (
            text(
                "Hösten 2022 deltog 34 organisationer inom kommunsektorn i kampanjen Hyvä kiertämään med",
                "sammanlagt 183 utvecklingsgärningar. Flest gärningar kom från undervisning och fostran samt",
                "från social- och hälsovårdstjänster.",
            ),
            text(
                "På galan belönade juryn 49 gärningar i sektor- och temaserierna, och Limingo kommun utsågs",
                "till Finlands mest uppfinningsrika kommun. Nedan presenterar vi ett urval av de belönade",
                "gärningarna med juryns motiveringar.",
            ),
        ),
        "en": (
            text(
                "In autumn 2022, 34 local government organisations took part in the Hyvä kiertämään campaign",
                "with a total of 183 development deeds. Most of them came from education and from social and",
                "health services.",
            ),
            text(
                "At the gala, the jury awarded 49 deeds in the sector and theme categories, and the municipality",
                "of Liminka was named Finland's most inventive municipality. Below is a selection of the awarded",
                "deeds with the jury's citations.",
            ),
        ),
    }[code]
    return [paragraph(p(campaign), p(awards))]


def programme_2021(code):
    opening, items = {
        "fi": (
            text(
                "Verkkotilaisuudessa kuullaan, mitä Kekseliäät kehittäjät -hankkeen haastatteluissa ja",
                "työpajoissa opittiin kuntatyöpaikkojen kehittämisestä korona-aikana, ja julkistetaan",
                "tunnustuksen saavat teot.",
            ),
            (
                "14.00 Avaus ja katsaus hankkeen havaintoihin",
                "14.30 Tunnustusten julkistus ja palkittujen puheenvuorot",
                "15.15 Keskustelu: mitä korona-ajasta jää käteen?",
                "15.30 Tilaisuus päättyy",
            ),
        ),
        "sv": (
            text(
                "Under webbevenemanget får vi höra vad projektet Kekseliäät kehittäjät lärde sig i sina",
                "intervjuer och workshoppar om utvecklingsarbetet på kommunala arbetsplatser under coronatiden,",
                "och gärningarna som får erkännande offentliggörs.",
            ),
            (
                "14.00 Öppning och en översikt över projektets iakttagelser",
                "14.30 Erkännandena offentliggörs och de belönade berättar",
                "15.15 Samtal: vad tar vi med oss från coronatiden?",
                "15.30 Evenemanget avslutas",
            ),
        ),
        "en": (
            text(
                "At this online event, we hear what the Kekseliäät kehittäjät project learned in its interviews",
                "and workshops about how local government workplaces developed their work during the pandemic,",
                "and the deeds chosen for recognition are announced.",
            ),
            (
                "14:00 Opening and an overview of the project's findings",
                "14:30 The recognitions are announced and the recipients speak",
                "15:15 Discussion: what do we keep from the pandemic years?",
                "15:30 The event ends",
            ),
        ),
    }[code]
    return [paragraph(p(opening), ul(*items))]


def results_2021(code):
    body = {
        "fi": text(
            "Kekseliäät kehittäjät -hanke keräsi vuosina 2020–2021 kuntatyöpaikkojen kekseliäitä ratkaisuja",
            "Tekojen torille ja teki 30 haastattelua ja kehittämistyöpajaa kuntaorganisaatioiden kanssa.",
            "Hankkeen päätteeksi se antoi tunnustuksen teoille, jotka kertovat, miten työpaikat uudistivat",
            "toimintaansa poikkeusoloissa.",
        ),
        "sv": text(
            "Under 2020–2021 samlade projektet Kekseliäät kehittäjät uppfinningsrika lösningar från kommunala",
            "arbetsplatser på Tekojen tori och genomförde 30 intervjuer och utvecklingsworkshoppar med",
            "kommunala organisationer. Som avslutning gav projektet erkännanden till gärningar som visar hur",
            "arbetsplatserna förnyade sitt arbete under undantagsförhållandena.",
        ),
        "en": text(
            "In 2020–2021, the Kekseliäät kehittäjät project gathered inventive solutions from local government",
            "workplaces on Tekojen tori and held 30 interviews and development workshops with municipal",
            "organisations. To close the project, it recognised deeds that show how workplaces renewed their",
            "work under exceptional conditions.",
        ),
    }[code]
    return [paragraph(p(body))]


GALAS = [
    {
        "year": 2022,
        "starts_at": datetime.datetime(2022, 11, 30, 17, 0, tzinfo=HELSINKI),  # the campaign's last day
        "ends_at": datetime.datetime(2022, 11, 30, 20, 0, tzinfo=HELSINKI),
        "stream_url": "https://www.example.fi/tekojentori/kuntatyo2030-gaala-2022/suora-lahetys/",
        "image": "hero",
        "programme": programme_2022,
        "results_intro": results_2022,
        "fi": {
            "title": "Kuntatyö2030-gaala 2022",
            "slug": "kuntatyo2030-gaala-2022",
            "venue": "Helsinki ja verkossa",
            "intro": text(
                "Kuntatyö2030-gaala palkitsi Hyvä kiertämään -kampanjan kiinnostavimmat kehittämisteot",
                "ja nimesi Suomen kekseliäimmän kunnan.",
            ),
            "search_description": text(
                "Kuntatyö2030-gaalassa 30.11.2022 palkittiin 49 kehittämistekoa, ja Limingan kunta nimettiin",
                "Suomen kekseliäimmäksi kunnaksi.",
            ),
        },
        "sv": {
            "title": "Kuntatyö2030-galan 2022",
            "slug": "kuntatyo2030-galan-2022",
            "venue": "Helsingfors och på webben",
            "intro": text(
                "Kuntatyö2030-galan belönade de mest intressanta utvecklingsgärningarna i kampanjen",
                "Hyvä kiertämään och utsåg Finlands mest uppfinningsrika kommun.",
            ),
            "search_description": text(
                "På Kuntatyö2030-galan den 30 november 2022 belönades 49 utvecklingsgärningar, och Limingo",
                "kommun utsågs till Finlands mest uppfinningsrika kommun.",
            ),
        },
        "en": {
            "title": "Kuntatyö2030 gala 2022",
            "slug": "kuntatyo2030-gala-2022",
            "venue": "Helsinki and online",
            "intro": text(
                "The Kuntatyö2030 gala honoured the most interesting development deeds of the Hyvä kiertämään",
                "campaign and named Finland's most inventive municipality.",
            ),
            "search_description": text(
                "At the Kuntatyö2030 gala on 30 November 2022, 49 development deeds were awarded and Liminka",
                "was named Finland's most inventive municipality.",
            ),
        },
        "jury": (
            (
                "Marjatta Lehtoranta",
                {
                    "fi": "tuomariston puheenjohtaja, kehittämispäällikkö, Kunta- ja hyvinvointialuetyönantajat KT",
                    "sv": "juryns ordförande, utvecklingschef, Kommun- och välfärdsområdesarbetsgivarna KT",
                    "en": "chair of the jury, development manager, KT Local and Regional Government Employers",
                },
            ),
            (
                "Antti Salmenkivi",
                {
                    "fi": "työelämäasiantuntija, JUKO",
                    "sv": "arbetslivssakkunnig, JUKO",
                    "en": "working life expert, JUKO",
                },
            ),
            (
                "Riikka Haapamäki",
                {
                    "fi": "kehittämisasiantuntija, JAU",
                    "sv": "utvecklingssakkunnig, JAU",
                    "en": "development specialist, JAU",
                },
            ),
            (
                "Jussi Kettunen",
                {"fi": "asiantuntija, Sote ry", "sv": "sakkunnig, Sote rf", "en": "specialist, Sote ry"},
            ),
        ),
        "awards": [
            {
                "category": SPECIAL,
                "organisation": "Limingan kunta",
                "rank": WINNER,
                "fi": text(
                    "Limingassa kehittäminen ei ole erillinen hanke vaan tapa tehdä työtä, johon jokainen",
                    "työyhteisö palaa viikoittain. Kunta osallistui Hyvä kiertämään -kampanjaan teoilla",
                    "varhaiskasvatuksesta kirjastoon, ja niissä kuuluu henkilöstön, oppilaiden ja nuorten ääni.",
                    "Tuomaristo palkitsee Limingan siitä, että pienetkin ideat saavat kunnassa tilaa kasvaa ja levitä.",
                ),
                "sv": text(
                    "I Limingo är utveckling inte ett separat projekt utan ett sätt att arbeta som varje",
                    "arbetsgemenskap återkommer till varje vecka. Kommunen deltog i kampanjen Hyvä kiertämään med",
                    "gärningar från småbarnspedagogiken till biblioteket, och i dem hörs personalens, elevernas och",
                    "de ungas röst. Juryn belönar Limingo för att även små idéer får utrymme att växa och spridas.",
                ),
                "en": text(
                    "In Liminka, development is not a separate project but a way of working that every team",
                    "returns to each week. The municipality took part in the Hyvä kiertämään campaign with deeds",
                    "ranging from early childhood education to the library, and the voices of staff, pupils and",
                    "young people can be heard in all of them. The jury honours Liminka for giving even small ideas",
                    "room to grow and spread.",
                ),
            },
            # Sector awards
            {
                "category": OPETUS,
                "deed": "demo-006",
                "rank": WINNER,
                "fi": text(
                    "Vaasan naapuripäiväkodit osoittivat, että kaksikielisyys on voimavara, jonka voi jakaa arjessa",
                    "ilman suuria järjestelyjä. Lapset oppivat toista kotimaista kieltä leikkien, ja kasvattajat",
                    "oppivat toistensa tavoista. Malli on helppo viedä kuntiin, joissa suomen- ja ruotsinkieliset",
                    "yksiköt toimivat lähekkäin.",
                ),
                "sv": text(
                    "Granndaghemmen i Vasa visade att tvåspråkigheten är en resurs som kan delas i vardagen utan",
                    "stora arrangemang. Barnen lär sig det andra inhemska språket genom lek, och pedagogerna lär sig",
                    "av varandras sätt att arbeta. Modellen är lätt att föra vidare till kommuner där finsk- och",
                    "svenskspråkiga enheter finns nära varandra.",
                ),
                "en": text(
                    "Vaasa's neighbouring day-care centres showed that bilingualism is a resource that can be shared",
                    "in everyday life without elaborate arrangements. The children pick up the other national",
                    "language through play, and the educators learn from each other's ways of working. The model is",
                    "easy to take to municipalities where Finnish- and Swedish-language units work side by side.",
                ),
            },
            {
                "category": OPETUS,
                "deed": "demo-003",
                "rank": MENTION,
                "fi": text(
                    "Yhteinen varahenkilöpankki ratkaisi ongelman, joka kuormittaa päiväkoteja kaikkialla",
                    "Suomessa: äkilliset poissaolot. Aamujen soittorumban loppuminen näkyy sekä johtajien työssä",
                    "että lasten arjessa. Tuomaristo antaa kunniamaininnan käytännöllisestä ratkaisusta, jonka",
                    "hyödyt näkyivät heti.",
                ),
                "sv": text(
                    "Den gemensamma vikariebanken löste ett problem som belastar daghem i hela Finland: plötslig",
                    "frånvaro. När det ändlösa ringandet på morgnarna upphörde märktes det både i föreståndarnas",
                    "arbete och i barnens vardag. Juryn ger ett hedersomnämnande för en praktisk lösning vars nytta",
                    "syntes genast.",
                ),
                "en": text(
                    "The shared pool of substitute staff solved a problem that weighs on day-care centres all over",
                    "Finland: sudden absences. The end of the early-morning phone marathon shows both in the",
                    "directors' work and in the children's day. The jury gives an honourable mention to a practical",
                    "solution whose benefits were felt at once.",
                ),
            },
            {
                "category": SOTE,
                "deed": "demo-009",
                "rank": WINNER,
                "fi": text(
                    "Kuopion kotihoito luotti siihen, että reitit tuntevat parhaiten ne, jotka niitä ajavat. Kun",
                    "hoitajat suunnittelivat käynnit itse, ajaminen väheni ja asiakkaiden luona jäi enemmän aikaa.",
                    "Teko näyttää, miten työn sujuvuus ja asiakkaan hyvä palvelu kulkevat käsi kädessä.",
                ),
                "sv": text(
                    "Hemvården i Kuopio litade på att de som kör rutterna också känner dem bäst. När vårdarna själva",
                    "planerade besöken minskade körandet och det blev mer tid hos klienterna. Gärningen visar hur ett",
                    "smidigt arbete och god service till klienten går hand i hand.",
                ),
                "en": text(
                    "Kuopio's home care trusted that the people who drive the routes know them best. When the nurses",
                    "planned the visits themselves, driving decreased and more time was left for the clients. The",
                    "deed shows how smooth work and good client service go hand in hand.",
                ),
            },
            {
                "category": KOKO,
                "deed": "demo-015",
                "rank": WINNER,
                "fi": text(
                    "Porvoo ei antanut valmiita vastauksia vaan yhteisen kehyksen, jonka pohjalta jokainen tiimi",
                    "sopi omista käytännöistään. Näin monipaikkaisen työn pelisäännöt syntyivät siellä, missä työ",
                    "tehdään. Tuomaristo arvostaa tapaa, jolla koko kaupungin henkilöstö saatiin mukaan keskusteluun.",
                ),
                "sv": text(
                    "Borgå gav inga färdiga svar utan en gemensam ram, utifrån vilken varje team kom överens om sina",
                    "egna rutiner. På så sätt växte spelreglerna för flerplatsarbete fram där arbetet görs. Juryn",
                    "uppskattar hur hela stadens personal togs med i diskussionen.",
                ),
                "en": text(
                    "Porvoo did not hand out ready-made answers but a shared framework on which every team agreed its",
                    "own practices. That way the ground rules for hybrid work were made where the work is done. The",
                    "jury values the way the whole city's staff was brought into the conversation.",
                ),
            },
            {
                "category": JOHTO,
                "deed": "demo-018",
                "rank": WINNER,
                "fi": text(
                    "Lahden talouspalveluissa ohjelmistorobotin tehtävät suunnittelivat ne, joiden työtä se muuttaa.",
                    "Rutiinit siirtyivät koneelle, ylityöt loppuivat ja kirjanpitäjien osaaminen on nyt yksiköiden",
                    "tukena. Teko on hyvä esimerkki automaatiosta, joka tekee työstä mielekkäämpää.",
                ),
                "sv": text(
                    "I Lahtis ekonomitjänster planerades programvaruroboten av dem vars arbete den förändrar.",
                    "Rutinerna flyttades över till maskinen, övertiden upphörde och bokförarnas kunnande kommer nu",
                    "enheterna till nytta. Gärningen är ett gott exempel på automation som gör arbetet mer",
                    "meningsfullt.",
                ),
                "en": text(
                    "In Lahti's financial services, the software robot's tasks were designed by the people whose work",
                    "it changes. The routines moved to the machine, the overtime stopped, and the accountants'",
                    "expertise now goes to supporting the city's units. The deed is a fine example of automation that",
                    "makes work more meaningful.",
                ),
            },
            {
                "category": KULTTUURI,
                "deed": "demo-021",
                "rank": WINNER,
                "fi": text(
                    "Joensuun kirjastot tarttuivat ongelmaan, johon moni kaupunkilainen törmää: sähköinen asiointi",
                    "ei suju ilman apua. Henkilökunta valmistautui tehtävään yhdessä ja sopi roolit selkeästi, joten",
                    "apua saa ilman ajanvarausta. Kirjasto osoittaa olevansa kaikkien yhteinen olohuone myös",
                    "digitaalisessa maailmassa.",
                ),
                "sv": text(
                    "Biblioteken i Joensuu tog sig an ett problem som många invånare stöter på: e-tjänsterna",
                    "fungerar inte utan hjälp. Personalen förberedde sig tillsammans och kom överens om tydliga",
                    "roller, så hjälp finns att få utan tidsbokning. Biblioteket visar att det är allas gemensamma",
                    "vardagsrum också i den digitala världen.",
                ),
                "en": text(
                    "Joensuu's libraries took on a problem that many residents face: online services are hard to use",
                    "without help. The staff prepared for the task together and agreed clear roles, so help is",
                    "available without an appointment. The library shows that it is everyone's shared living room in",
                    "the digital world too.",
                ),
            },
            {
                "category": ASUMINEN,
                "deed": "demo-023",
                "rank": WINNER,
                "fi": text(
                    "Lappeenrannan rakennusvalvonta siirsi painopisteen puutteiden jälkikäteisestä selvittelystä",
                    "ennakoivaan neuvontaan. Täydennyspyynnöt vähenivät, lupien käsittely nopeutui ja tarkastajat",
                    "kokevat työnsä mielekkäämmäksi. Teko hyödyttää yhtä aikaa asiakasta, henkilöstöä ja koko",
                    "kaupunkia.",
                ),
                "sv": text(
                    "Byggnadstillsynen i Villmanstrand flyttade tyngdpunkten från att i efterhand reda ut brister",
                    "till att ge råd i förväg. Begäranden om komplettering minskade, tillstånden behandlas snabbare",
                    "och inspektörerna upplever sitt arbete som mer meningsfullt. Gärningen gagnar på en gång kunden,",
                    "personalen och hela staden.",
                ),
                "en": text(
                    "Lappeenranta's building control shifted its focus from sorting out shortcomings afterwards to",
                    "giving advice in advance. Requests for additional information decreased, permits are processed",
                    "faster and the inspectors find their work more meaningful. The deed benefits the customer, the",
                    "staff and the whole city at once.",
                ),
            },
            {
                "category": ELINKEINO,
                "deed": "demo-026",
                "rank": WINNER,
                "fi": text(
                    "Vaasan elinkeinopalvelut kokosi yhdessä kumppaniensa kanssa yrittäjän palvelut yhden oven",
                    "taakse. Yrittäjän ei enää tarvitse arvata, kenen puoleen kääntyä, ja neuvojien päällekkäinen",
                    "työ väheni. Tuomaristo palkitsee yhteistyön, joka ylittää organisaatioiden rajat asiakkaan",
                    "hyväksi.",
                ),
                "sv": text(
                    "Näringslivstjänsterna i Vasa samlade tillsammans med sina partner företagarens tjänster bakom",
                    "en och samma dörr. Företagaren behöver inte längre gissa vem hen ska vända sig till, och",
                    "rådgivarnas dubbelarbete minskade. Juryn belönar ett samarbete som går över",
                    "organisationsgränserna till kundens bästa.",
                ),
                "en": text(
                    "Vaasa's business services and their partners brought the services for entrepreneurs together",
                    "behind a single door. Entrepreneurs no longer have to guess whom to turn to, and the advisers do",
                    "less overlapping work. The jury honours cooperation that crosses organisational boundaries for",
                    "the customer's benefit.",
                ),
            },
            {
                "category": PUHTAUS,
                "deed": "demo-025",
                "rank": WINNER,
                "fi": text(
                    "Laitoshuoltajien omat havainnot nostettiin siivousmitoituksen perustaksi, ja työ jakautuu nyt",
                    "reilummin kohteiden kesken. Kiireisimmät koulut saivat lisää aikaa ilman lisäkustannuksia. Teko",
                    "osoittaa, että työn tekijöiden asiantuntemus on mitoituksen paras lähtökohta.",
                ),
                "sv": text(
                    "Lokalvårdarnas egna iakttagelser blev grunden för städdimensioneringen, och arbetet fördelas nu",
                    "rättvisare mellan objekten. De mest belastade skolorna fick mer tid utan extra kostnader.",
                    "Gärningen visar att de som gör arbetet är den bästa utgångspunkten för dimensioneringen.",
                ),
                "en": text(
                    "The cleaners' own observations became the basis for sizing the cleaning work, and the work is now",
                    "shared more fairly between the sites. The busiest schools got more time at no extra cost. The",
                    "deed shows that the people doing the work are the best starting point for deciding how much of",
                    "it there is.",
                ),
            },
            {
                "category": TYOLLISYYS,
                "deed": "demo-027",
                "rank": WINNER,
                "fi": text(
                    "Kotkan työllisyyspalvelut rakensi valmennuksen, johon työnhakija voi osallistua paikan päällä",
                    "tai etänä tilanteensa mukaan. Osallistujia oli lähes kaksi kertaa aiempaa enemmän, ja",
                    "keskeytykset vähenivät. Tuomaristo arvostaa ratkaisua, joka madaltaa kynnystä osallistua.",
                ),
                "sv": text(
                    "Sysselsättningstjänsterna i Kotka byggde upp en coachning som arbetssökande kan delta i på plats",
                    "eller på distans, beroende på sin situation. Deltagarna var nästan dubbelt så många som tidigare,",
                    "och avbrotten minskade. Juryn uppskattar en lösning som sänker tröskeln för att delta.",
                ),
                "en": text(
                    "Kotka's employment services built a coaching programme that jobseekers can join on site or",
                    "online, whichever suits their situation. Almost twice as many took part as before, and fewer",
                    "dropped out. The jury values a solution that makes it easier to take part.",
                ),
            },
            # Theme awards
            {
                "category": TYOYHTEISO,
                "deed": "demo-004",
                "rank": WINNER,
                "fi": text(
                    "Espoolaisessa yhtenäiskoulussa luokanopettajat ja erityisopettajat jakavat nyt vastuun",
                    "suunnittelusta ja opetuksesta. Kukaan ei jää yksin vaativan luokan kanssa, ja oppilaat saavat",
                    "tukea omassa luokassaan. Kokeilu levisi nopeasti, koska opettajat kokivat sen itse",
                    "kannattavaksi.",
                ),
                "sv": text(
                    "I en enhetsskola i Esbo delar klasslärare och speciallärare nu ansvaret för planeringen och",
                    "undervisningen. Ingen lämnas ensam med en krävande klass, och eleverna får stöd i sin egen",
                    "klass. Försöket spreds snabbt, eftersom lärarna själva upplevde att det lönade sig.",
                ),
                "en": text(
                    "In a comprehensive school in Espoo, class teachers and special needs teachers now share",
                    "responsibility for planning and teaching. No one is left alone with a demanding class, and",
                    "pupils get support in their own classroom. The trial spread quickly because the teachers",
                    "themselves found it worthwhile.",
                ),
            },
            {
                "category": KUORMITUS,
                "deed": "demo-011",
                "rank": WINNER,
                "fi": text(
                    "Oululaisen palvelukodin hoitajat ottivat työvuorosuunnittelun omiin käsiinsä yhdessä sovittujen",
                    "pelisääntöjen avulla. Vapaat osuvat useammin toiveiden mukaan, listaan voi luottaa ja lyhyet",
                    "sairauspoissaolot vähenivät. Tuomaristo palkitsee teon, joka antaa vuorotyötä tekeville",
                    "enemmän sananvaltaa omaan arkeensa.",
                ),
                "sv": text(
                    "Vårdarna på ett serviceboende i Uleåborg tog arbetsturplaneringen i egna händer med hjälp av",
                    "gemensamt överenskomna spelregler. De lediga dagarna infaller oftare enligt önskemål, man kan",
                    "lita på listan och de korta sjukfrånvarona minskade. Juryn belönar en gärning som ger",
                    "skiftarbetare mer att säga till om i sin vardag.",
                ),
                "en": text(
                    "The nurses at a care home in Oulu took rota planning into their own hands, guided by ground",
                    "rules they agreed together. Days off now fall more often when people ask for them, the rota can",
                    "be relied on and short sickness absences decreased. The jury honours a deed that gives shift",
                    "workers more say over their everyday lives.",
                ),
            },
            {
                "category": YHDESSA,
                "deed": "demo-001",
                "rank": WINNER,
                "fi": text(
                    "Pedagoginen kahvila on yksinkertainen idea: kasvattajat kokoontuvat säännöllisesti jakamaan",
                    "toimiviksi havaittuja käytäntöjä, ja jokainen vie yhden kokeilun omaan ryhmäänsä. Hyvät ideat",
                    "leviävät päiväkodista toiseen ilman erillisiä koulutuspäiviä. Tuomaristo palkitsee teon, joka",
                    "tekee toisilta oppimisesta osan työaikaa.",
                ),
                "sv": text(
                    "Det pedagogiska kaféet är en enkel idé: pedagogerna träffas regelbundet för att dela arbetssätt",
                    "som fungerar, och var och en tar med sig ett försök till sin egen grupp. Goda idéer sprids från",
                    "daghem till daghem utan separata utbildningsdagar. Juryn belönar en gärning som gör det till en",
                    "del av arbetstiden att lära av varandra.",
                ),
                "en": text(
                    "The pedagogical café is a simple idea: educators meet regularly to share practices that work,",
                    "and each of them takes one experiment back to their own group. Good ideas spread from one",
                    "day-care centre to the next without separate training days. The jury honours a deed that makes",
                    "learning from each other part of working hours.",
                ),
            },
            {
                "category": PROSESSIT,
                "deed": "demo-012",
                "rank": WINNER,
                "fi": text(
                    "Porin terveysasemien hoitajat kulkivat asiakkaan polun läpi ensimmäisestä yhteydenotosta",
                    "vastaanotolle ja karsivat turhat välivaiheet. Kiireettömän hoidon odotus lyheni, aamujen ruuhka",
                    "tasoittui ja malli levisi kaikille kaupungin terveysasemille. Teko osoittaa, miten",
                    "asiakaslähtöisyys keventää myös henkilöstön työtä.",
                ),
                "sv": text(
                    "Sjukskötarna vid hälsostationerna i Björneborg gick igenom kundens väg från den första kontakten",
                    "till mottagningen och rensade bort onödiga mellansteg. Väntetiden till icke-brådskande vård blev",
                    "kortare, morgonrusningen jämnades ut och modellen spreds till alla stadens hälsostationer.",
                    "Gärningen visar hur kundorientering också gör personalens arbete lättare.",
                ),
                "en": text(
                    "The nurses at Pori's health centres walked through the client's path from the first contact to",
                    "the appointment and cut out needless steps. Waiting times for non-urgent care shortened, the",
                    "morning rush evened out and the model spread to all the city's health centres. The deed shows",
                    "how a client-centred approach also lightens the staff's work.",
                ),
            },
            {
                "category": ETATYO,
                "deed": "demo-022",
                "rank": WINNER,
                "fi": text(
                    "Porin nuoriso-ohjaajat menivät sinne, missä nuoret jo ovat, ja tekivät verkosta säännöllisen",
                    "työympäristön. Yhteydenotot lisääntyivät, ja moni nuori on löytänyt verkon kautta tiensä myös",
                    "nuorisotaloille. Tuomaristo arvostaa rohkeutta kokeilla uutta ja oppia samalla uusia taitoja.",
                ),
                "sv": text(
                    "Ungdomsledarna i Björneborg gick dit de unga redan finns och gjorde nätet till en regelbunden",
                    "arbetsmiljö. Kontakterna ökade, och många unga har via nätet också hittat till ungdomsgårdarna.",
                    "Juryn uppskattar modet att pröva något nytt och samtidigt lära sig nya färdigheter.",
                ),
                "en": text(
                    "Pori's youth workers went where young people already are and made the internet a regular place",
                    "of work. Contacts increased, and many young people have found their way to the youth centres",
                    "through the online channel. The jury values the courage to try something new and learn new",
                    "skills along the way.",
                ),
            },
            {
                "category": ETATYO,
                "deed": "demo-010",
                "rank": MENTION,
                "fi": text(
                    "Tampereen aikuissosiaalityön chat tavoitti asiakkaita, jotka eivät olisi soittaneet tai tulleet",
                    "paikan päälle. Moni sai neuvoa ajoissa, ja puhelinjonot lyhenivät. Tuomaristo antaa",
                    "kunniamaininnan etäpalvelusta, joka madaltaa kynnystä pyytää apua.",
                ),
                "sv": text(
                    "Chatten inom vuxensocialarbetet i Tammerfors nådde klienter som inte skulle ha ringt eller kommit",
                    "på plats. Många fick råd i tid, och telefonköerna blev kortare. Juryn ger ett hedersomnämnande",
                    "för en distanstjänst som sänker tröskeln att be om hjälp.",
                ),
                "en": text(
                    "Tampere's adult social work chat reached clients who would not have called or come in person.",
                    "Many got advice in time, and the phone queues grew shorter. The jury gives an honourable mention",
                    "to a remote service that makes it easier to ask for help.",
                ),
            },
            {
                "category": DIGI,
                "deed": "demo-016",
                "rank": WINNER,
                "fi": text(
                    "Seinäjoen digitaalinen perehdytyspolku kokoaa uuden työntekijän tarvitseman tiedon yhteen",
                    "paikkaan ja kulkee hänen mukanaan ensimmäisestä päivästä lähtien. Esihenkilöiden aika vapautui",
                    "keskusteluihin itse työstä. Teko osoittaa, että digitaalinen ratkaisu toimii parhaiten, kun se",
                    "täydentää kohtaamisia eikä korvaa niitä.",
                ),
                "sv": text(
                    "Den digitala introduktionsvägen i Seinäjoki samlar allt en ny medarbetare behöver veta på ett",
                    "ställe och följer med hen från första dagen. Förmännens tid frigjordes för samtal om själva",
                    "arbetet. Gärningen visar att en digital lösning fungerar bäst när den kompletterar mötena i",
                    "stället för att ersätta dem.",
                ),
                "en": text(
                    "Seinäjoki's digital induction path gathers everything a new employee needs to know in one place",
                    "and goes with them from their first day. Supervisors' time was freed for conversations about the",
                    "work itself. The deed shows that a digital solution works best when it complements face-to-face",
                    "meetings rather than replacing them.",
                ),
            },
            {
                "category": JOHTAMINEN,
                "deed": "demo-017",
                "rank": WINNER,
                "fi": text(
                    "Hämeenlinnan vertaismentoriryhmissä esihenkilöt eri toimialoilta ratkovat yhdessä johtamisen",
                    "arjen pulmia. Uudet esihenkilöt saavat tukea ja kokeneet uusia näkökulmia, ja moni on saanut",
                    "rohkeutta ottaa vaikeita asioita puheeksi. Tuomaristo palkitsee teon, joka tekee",
                    "esihenkilötyöstä vähemmän yksinäistä.",
                ),
                "sv": text(
                    "I kamratmentorgrupperna i Tavastehus löser förmän från olika sektorer vardagens ledarskapsfrågor",
                    "tillsammans. Nya förmän får stöd och erfarna nya perspektiv, och många har fått mod att ta upp",
                    "svåra saker. Juryn belönar en gärning som gör förmansarbetet mindre ensamt.",
                ),
                "en": text(
                    "In Hämeenlinna's peer mentoring groups, supervisors from different sectors solve everyday",
                    "leadership puzzles together. New supervisors get support, experienced ones get fresh",
                    "perspectives, and many have found the courage to raise difficult issues. The jury honours a deed",
                    "that makes supervisory work less lonely.",
                ),
            },
            {
                "category": JOHTAMINEN,
                "deed": "demo-020",
                "rank": MENTION,
                "fi": text(
                    "Rovaniemi uudisti varhaisen tuen mallinsa yhdessä esihenkilöiden, työterveyshuollon ja",
                    "henkilöstön edustajien kanssa. Keskusteluja käydään nyt aiemmin ja useammin, ja ne koetaan",
                    "tukena eikä kontrollina. Tuomaristo antaa kunniamaininnan teosta, joka on tehnyt puheeksi",
                    "ottamisesta helpompaa.",
                ),
                "sv": text(
                    "Rovaniemi förnyade sin modell för tidigt stöd tillsammans med förmän, företagshälsovården och",
                    "personalens företrädare. Samtalen förs nu tidigare och oftare, och de upplevs som stöd och inte",
                    "som kontroll. Juryn ger ett hedersomnämnande för en gärning som har gjort det lättare att ta upp",
                    "svåra saker.",
                ),
                "en": text(
                    "Rovaniemi renewed its early support model together with supervisors, occupational health care",
                    "and staff representatives. The conversations now take place earlier and more often, and they are",
                    "seen as support rather than control. The jury gives an honourable mention to a deed that has made",
                    "it easier to raise concerns.",
                ),
            },
        ],
    },
    {
        "year": 2021,
        "starts_at": datetime.datetime(2021, 12, 9, 14, 0, tzinfo=HELSINKI),
        "ends_at": datetime.datetime(2021, 12, 9, 15, 30, tzinfo=HELSINKI),
        "stream_url": "https://www.example.fi/tekojentori/kekseliaat-kehittajat-2021/suora-lahetys/",
        "image": "coaching",
        "programme": programme_2021,
        "results_intro": results_2021,
        "fi": {
            "title": "Kekseliäät kehittäjät -tunnustukset 2021",
            "slug": "kekseliaat-kehittajat-2021",
            "venue": "Verkkotilaisuus",
            "intro": text(
                "Kekseliäät kehittäjät -hanke antoi vuoden 2021 lopulla tunnustuksen kuntatyöpaikkojen",
                "kekseliäille ratkaisuille, jotka syntyivät korona-ajan poikkeusoloissa.",
            ),
            "search_description": text(
                "Kekseliäät kehittäjät -hankkeen tunnustukset 2021: korona-ajan kekseliäitä ratkaisuja",
                "kuntatyöpaikoilta.",
            ),
        },
        "sv": {
            "title": "Erkännanden för uppfinningsrika utvecklare 2021",
            "slug": "uppfinningsrika-utvecklare-2021",
            "venue": "Webbevenemang",
            "intro": text(
                "I slutet av 2021 gav projektet Kekseliäät kehittäjät erkännanden för uppfinningsrika lösningar",
                "som kommunala arbetsplatser tog fram under coronatidens undantagsförhållanden.",
            ),
            "search_description": text(
                "Projektet Kekseliäät kehittäjät delade ut erkännanden 2021 för uppfinningsrika lösningar från",
                "kommunala arbetsplatser under coronatiden.",
            ),
        },
        "en": {
            "title": "Inventive developers recognitions 2021",
            "slug": "inventive-developers-2021",
            "venue": "Online event",
            "intro": text(
                "At the end of 2021, the Kekseliäät kehittäjät (Inventive developers) project recognised inventive",
                "solutions that local government workplaces developed under the exceptional conditions of the",
                "pandemic.",
            ),
            "search_description": text(
                "The 2021 recognitions of the Kekseliäät kehittäjät project: inventive solutions from local",
                "government workplaces during the pandemic.",
            ),
        },
        "jury": (
            (
                "Sari Mäntylä",
                {
                    "fi": "projektipäällikkö, Kekseliäät kehittäjät -hanke",
                    "sv": "projektledare, projektet Kekseliäät kehittäjät",
                    "en": "project manager, Kekseliäät kehittäjät project",
                },
            ),
            (
                "Olli Rautio",
                {
                    "fi": "työelämän kehittämisen asiantuntija, KT",
                    "sv": "sakkunnig i arbetslivsutveckling, KT",
                    "en": "work-life development specialist, KT",
                },
            ),
            (
                "Heli Koskimaa",
                {
                    "fi": "kehittämisasiantuntija, JUKO",
                    "sv": "utvecklingssakkunnig, JUKO",
                    "en": "development specialist, JUKO",
                },
            ),
        ),
        "awards": [
            {
                "category": ETATYO,
                "deed": "demo-048",
                "rank": WINNER,
                "fi": text(
                    "Lappeenrannan työyhteisöt sopivat yhteiset pelisäännöt kokouksiin, joissa osa on paikalla ja",
                    "osa etänä. Etäosallistujat pääsevät nyt ääneen tasavertaisina, ja pelisäännöt ovat levinneet",
                    "muihinkin kuntiin. Juuri tällaisia korona-ajan oppeja hanke halusi nostaa esiin.",
                ),
                "sv": text(
                    "Arbetsgemenskaperna i Villmanstrand kom överens om gemensamma spelregler för möten där en del",
                    "deltar på plats och en del på distans. De som deltar på distans kommer nu till tals på lika",
                    "villkor, och spelreglerna har spridits till andra kommuner. Det är just sådana lärdomar från",
                    "coronatiden som projektet ville lyfta fram.",
                ),
                "en": text(
                    "Lappeenranta's work communities agreed shared ground rules for meetings where some people are in",
                    "the room and others join remotely. Remote participants now have an equal voice, and the rules",
                    "have spread to other municipalities too. These are exactly the kind of lessons from the pandemic",
                    "that the project set out to highlight.",
                ),
            },
            {
                "category": YHDESSA,
                "deed": "demo-050",
                "rank": WINNER,
                "fi": text(
                    "Limingan tilapalvelut avasi koulujen ja muiden kunnan tilojen iltakäytön yhdistyksille",
                    "sähköisellä varauksella. Tilat ovat nyt enemmän käytössä, ja henkilöstön aika siirtyi",
                    "varausten käsittelystä kunnossapitoon. Teko vahvistaa kuntalaisten osallisuutta yksinkertaisella",
                    "ja toimivalla tavalla.",
                ),
                "sv": text(
                    "Lokaltjänsterna i Limingo öppnade skolornas och kommunens andra lokaler för föreningar på",
                    "kvällstid med elektronisk bokning. Lokalerna används nu mer, och personalens tid har flyttats",
                    "från att hantera bokningar till underhåll. Gärningen stärker invånarnas delaktighet på ett",
                    "enkelt sätt som fungerar.",
                ),
                "en": text(
                    "Liminka's facility services opened schools and other municipal premises to local associations in",
                    "the evenings through online booking. The premises are used more, and staff time has moved from",
                    "handling bookings to maintenance. The deed strengthens residents' participation in a simple way",
                    "that works.",
                ),
            },
            {
                "category": DIGI,
                "deed": "demo-051",
                "rank": WINNER,
                "fi": text(
                    "Porvoon kulttuuripalvelut kokosi kaupunkilaisten valokuvista ja muistoista kaksikielisen",
                    "verkkonäyttelyn, joka tavoitti yleisönsä myös poikkeusoloissa. Moni osallistui",
                    "kulttuuripalvelujen toimintaan ensimmäistä kertaa. Teko osoittaa, miten digitaalinen työtapa",
                    "voi tuoda kulttuurin lähemmäs kaupunkilaisia.",
                ),
                "sv": text(
                    "Kulturtjänsterna i Borgå samlade invånarnas fotografier och minnen i en tvåspråkig",
                    "nätutställning som nådde sin publik även under undantagsförhållandena. Många deltog i",
                    "kulturtjänsternas verksamhet för första gången. Gärningen visar hur ett digitalt arbetssätt kan",
                    "föra kulturen närmare invånarna.",
                ),
                "en": text(
                    "Porvoo's cultural services gathered residents' photographs and memories into a bilingual online",
                    "exhibition that reached its audience even under the pandemic restrictions. Many people took part",
                    "in the city's cultural services for the first time. The deed shows how a digital way of working",
                    "can bring culture closer to residents.",
                ),
            },
            {
                "category": JOHTAMINEN,
                "deed": "demo-049",
                "rank": WINNER,
                "fi": text(
                    "Oulun suurissa päiväkodeissa johtamisen kuormaa jakaa nyt varajohtaja, jolle on varattu aikaa",
                    "johtamistehtäviin. Henkilöstö saa tukea arjessa nopeammin, ja johtajille jää aikaa",
                    "pedagogiseen johtamiseen. Ratkaisu on kasvattanut myös uusia johtajia kaupungin tarpeisiin.",
                ),
                "sv": text(
                    "På de stora daghemmen i Uleåborg delas ledarskapets börda nu av en biträdande föreståndare som",
                    "har tid reserverad för ledningsuppgifter. Personalen får snabbare stöd i vardagen, och",
                    "föreståndarna får tid för pedagogiskt ledarskap. Lösningen har också fostrat nya ledare för",
                    "stadens behov.",
                ),
                "en": text(
                    "In Oulu's large day-care centres, a deputy director with time set aside for management now shares",
                    "the load of leadership. Staff get support faster in their daily work, and directors have time for",
                    "pedagogical leadership. The arrangement has also grown new leaders for the city's needs.",
                ),
            },
            {
                "category": PROSESSIT,
                "deed": "demo-052",
                "rank": MENTION,
                "fi": text(
                    "Kuopion elinkeinopalvelujen yhteinen asiakkuudenhallinta säästää yrittäjän kertomasta asiaansa",
                    "moneen kertaan. Asiantuntijat näkevät, mistä on jo sovittu, ja päällekkäiset yhteydenotot",
                    "vähenivät. Kunniamaininta annetaan sujuvamman yrityspalvelun rakentamisesta.",
                ),
                "sv": text(
                    "Tack vare den gemensamma kundrelationshanteringen inom näringslivstjänsterna i Kuopio behöver",
                    "företagare inte berätta sitt ärende flera gånger. Experterna ser vad som redan har avtalats, och",
                    "de överlappande kontakterna minskade. Hedersomnämnandet ges för arbetet med smidigare",
                    "företagstjänster.",
                ),
                "en": text(
                    "The shared customer relationship management of Kuopio's business services spares entrepreneurs",
                    "from telling their story several times over. The advisers can see what has already been agreed,",
                    "and overlapping contacts decreased. The honourable mention recognises the work of building",
                    "smoother business services.",
                ),
            },
        ],
    },
]
