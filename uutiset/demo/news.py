"""The demo news, from the Hyvä kiertämään campaign (autumn 2022) to 2026.

Every item is in Finnish; some also in Swedish and English. The Finnish slug is
an item's lasting key: the loader finds the Finnish page by it under the news
index, and the translations through the Finnish page's translation key.
``body`` takes the page-building context (``home.demo.builders.Context``) for
figures and links. Workplace stories retell demo deeds (``deeds`` are their
external ids); the people quoted are described by their role, as in the deeds.
"""

from home.demo.builders import heading, p, paragraph, quote, table, text, ul
from teot.demo.taxonomy import (
    DIGI,
    ETATYO,
    JOHTAMINEN,
    JOHTO,
    KOKO,
    KUORMITUS,
    OPETUS,
    PROSESSIT,
    SOTE,
    TYOYHTEISO,
    YHDESSA,
)

from .pages import KEKSELIAAT, TEKOJEN_TAKANA

# Authors: (name, role by language).
TOIMITUS = (
    "Tekojen torin toimitus",
    {"fi": "", "sv": "", "en": ""},
)
NIEMI = (
    "Laura Niemi",
    {
        "fi": "viestinnän asiantuntija, Tekojen tori",
        "sv": "kommunikationsexpert, Tekojen tori",
        "en": "communications specialist, Tekojen tori",
    },
)
HEIKKINEN = (
    "Jussi Heikkinen",
    {
        "fi": "työelämän kehittämisen asiantuntija, Tekojen tori",
        "sv": "sakkunnig i arbetslivsutveckling, Tekojen tori",
        "en": "work-life development specialist, Tekojen tori",
    },
)

NEWS = [
    {
        "date": "2022-09-01",
        "series": None,
        "sectors": (KOKO,),
        "themes": (YHDESSA,),
        "authors": (TOIMITUS,),
        "deeds": (),
        "image": "network",
        "fi": {
            "title": "Hyvä kiertämään -kampanja etsii sataa uutta kehittämistekoa",
            "slug": "hyva-kiertamaan-kampanja-alkaa",
            "lead": text(
                "Syyskuussa alkava kampanja kutsuu kuntatyöpaikat kertomaan Tekojen torilla, miten ne ovat",
                "parantaneet työtään. Tavoitteena on sata uutta tekoa eri ammattiryhmistä ja eri teemoista.",
            ),
            "image_alt": "Kuvitus: keltaisia ja vaaleita pisteitä, jotka viivat yhdistävät verkostoksi.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Kunnissa kehitetään työtä joka päivä, mutta harva onnistuminen päätyy muiden tietoon.",
                        "Hyvä kiertämään -kampanja haluaa muuttaa tämän. Kun yksi työyhteisö kertoo, miten se ratkaisi",
                        "arjen pulman, toinen voi kokeilla samaa, eikä kaikkea tarvitse keksiä alusta.",
                    )
                ),
                heading("Näin osallistut"),
                paragraph(
                    ul(
                        "Kirjoita teko Tekojen torin lomakkeella: mitä tavoittelitte, mitä teitte"
                        " ja mitä siitä seurasi.",
                        "Teko voi olla pieni arjen parannus tai koko organisaatiota koskeva uudistus.",
                        "Moderaattori lukee teon ja julkaisee sen yleensä muutaman arkipäivän kuluessa.",
                    )
                ),
                paragraph(
                    p(
                        "Kampanja jatkuu marraskuun loppuun. Parhaat teot palkitaan kampanjan jälkeen",
                        "Kuntatyö2030-gaalassa.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2022-09-29",
        "series": KEKSELIAAT,
        "sectors": (KOKO,),
        "themes": (TYOYHTEISO, YHDESSA),
        "authors": (NIEMI,),
        "deeds": ("demo-014", "demo-001"),
        "image": None,
        "fi": {
            "title": "Limingassa kehittäminen mahtuu vartin mittaiseen hetkeen",
            "slug": "limingan-kehittamisvartti",
            "lead": text(
                "Limingan kunnan jokainen tiimi pysähtyy kerran viikossa vartiksi miettimään, mikä arjessa hiertää",
                "ja mitä voisi kokeilla. Ensimmäisenä vuonna ideoita kirjattiin yli 400.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Kehittämisvartti syntyi havainnosta, että henkilöstöllä oli ideoita mutta niille ei löytynyt",
                        "aikaa eikä reittiä eteenpäin. Johtoryhmä ja henkilöstön edustajat sopivat yhdessä",
                        "yksinkertaisesta rungosta: viisitoista minuuttia, yksi taulu ja kolme kysymystä.",
                    )
                ),
                heading("Kolme kysymystä joka viikko"),
                paragraph(
                    ul(
                        "Mikä hankaloittaa työtämme juuri nyt?",
                        "Mitä voisimme kokeilla jo ensi viikolla?",
                        "Kuka vie asiaa eteenpäin?",
                    ),
                    p(
                        "Esihenkilöt saivat lyhyen valmennuksen vartin vetämiseen. Onnistuneista kokeiluista kerrotaan",
                        "henkilöstötiedotteessa, jotta hyvä idea ei jää yhden tiimin tiedoksi.",
                    ),
                ),
                c.figure(
                    "chart",
                    "Kuvitus: vasemmalta oikealle kasvavia sinisiä ja keltaisia pylväitä ja nouseva keltainen viiva.",
                    "Suurin osa vartin ideoista toteutettiin tiimin omin päätöksin.",
                ),
                heading("Pienistä parannuksista isompiin muutoksiin"),
                paragraph(
                    p(
                        "Useimmat ideat olivat sellaisia, jotka tiimi pystyi toteuttamaan itse: selkeämpi lomake,",
                        "tarvikkeille uusi paikka tai toisenlainen tapa pitää palaveri. Esihenkilöiden mukaan pienet",
                        "onnistumiset ovat helpottaneet myös isompia muutoksia, koska henkilöstö on tottunut siihen,",
                        "että omaan työhön voi vaikuttaa.",
                    )
                ),
            ],
        },
        "sv": {
            "title": "I Limingo ryms utvecklingen i en kvart i veckan",
            "slug": "utvecklingskvarten-i-limingo",
            "lead": text(
                "Varje team i Limingo kommun stannar upp en kvart i veckan för att fundera på vad som skaver i",
                "vardagen och vad man kunde pröva. Under det första året antecknades över 400 idéer.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Utvecklingskvarten föddes ur en iakttagelse: personalen hade gott om idéer, men det fanns",
                        "varken tid för dem eller något sätt att föra dem vidare. Ledningsgruppen och personalens",
                        "företrädare kom tillsammans överens om en enkel modell: femton minuter, en tavla",
                        "och tre frågor.",
                    )
                ),
                heading("Tre frågor varje vecka"),
                paragraph(
                    ul(
                        "Vad gör vårt arbete svårare just nu?",
                        "Vad kunde vi pröva redan nästa vecka?",
                        "Vem för saken vidare?",
                    ),
                    p(
                        "Cheferna fick en kort utbildning i att leda kvarten. De försök som lyckas berättar man om",
                        "i personalbladet, så att en bra idé inte stannar hos ett enda team.",
                    ),
                ),
                c.figure(
                    "chart",
                    "Illustration: blå och gula staplar som växer från vänster till höger och en stigande gul linje.",
                    "De flesta idéerna från kvarten genomfördes genom teamets egna beslut.",
                ),
                heading("Från små förbättringar till större förändringar"),
                paragraph(
                    p(
                        "De flesta idéerna kunde teamen genomföra själva: en tydligare blankett, en ny plats för",
                        "förnödenheterna eller ett annat sätt att hålla möten. Enligt cheferna har de små framgångarna",
                        "också gjort större förändringar lättare, eftersom personalen har vant sig vid att man kan",
                        "påverka sitt eget arbete.",
                    )
                ),
            ],
        },
        "en": {
            "title": "In Liminka, development fits into fifteen minutes a week",
            "slug": "liminka-development-slot",
            "lead": text(
                "Once a week, every team in the municipality of Liminka stops for fifteen minutes to ask what is",
                "getting in the way and what they could try. In the first year, staff noted down more than 400 ideas.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "The weekly development slot grew out of a simple observation: staff had plenty of ideas",
                        "but neither the time for them nor a way to take them forward. Management and staff",
                        "representatives agreed together on a simple format: fifteen minutes, one board and",
                        "three questions.",
                    )
                ),
                heading("Three questions every week"),
                paragraph(
                    ul(
                        "What is making our work harder right now?",
                        "What could we try as soon as next week?",
                        "Who will take it forward?",
                    ),
                    p(
                        "Supervisors had a short training in running the session. Successful experiments are shared",
                        "in the staff newsletter, so that a good idea does not stay with a single team.",
                    ),
                ),
                c.figure(
                    "chart",
                    "Illustration: blue and yellow bars growing from left to right and a rising yellow line.",
                    "Most of the ideas were put into practice by the teams' own decision.",
                ),
                heading("From small improvements to bigger changes"),
                paragraph(
                    p(
                        "Most ideas were ones a team could carry out on its own: a clearer form, a new place for",
                        "supplies or a different way of running meetings. Supervisors say these small wins have made",
                        "bigger changes easier too, because staff have grown used to having a say in their own work.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2022-10-20",
        "series": KEKSELIAAT,
        "sectors": (SOTE,),
        "themes": (KUORMITUS, PROSESSIT),
        "authors": (HEIKKINEN,),
        "deeds": ("demo-009",),
        "image": None,
        "fi": {
            "title": "Kuopion kotihoidossa hoitajat piirsivät ajoreitit uusiksi",
            "slug": "kuopion-kotihoidon-reitit",
            "lead": text(
                "Kun reitit suunnittelivat ne, jotka ajavat ne joka päivä, ajoaika lyheni noin 15 prosenttia",
                "ja asiakkaiden luona jäi enemmän aikaa.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Kuopion kotihoidon itäisellä alueella työpäivät kuluivat liian usein autossa.",
                        "Toiminnanohjausjärjestelmä laati reitit, mutta se ei tiennyt, minkä kerrostalon pihaan on",
                        "vaikea pysäköidä tai kuka asiakas toivoo aamukäyntiä ennen kahdeksaa.",
                    )
                ),
                heading("Kaksi viikkoa reittejä kartalla"),
                paragraph(
                    p(
                        "Esihenkilö kokosi työryhmän, johon tuli hoitaja jokaisesta tiimistä sekä toiminnanohjaaja.",
                        "Ryhmä kävi kahden viikon ajoreitit läpi kartalla ja merkitsi kohdat, joissa aikaa hukkui.",
                        "Sen jälkeen alueet jaettiin uudelleen, ja hoitajien paikallistuntemus kirjattiin",
                        "järjestelmään käyntien lisätietoihin.",
                    )
                ),
                quote(
                    "Kukaan ei tunne reittejä yhtä hyvin kuin me, jotka ne ajamme. Nyt se tieto on kaikkien käytössä.",
                    "Lähihoitaja",
                    "Kuopion kotihoito",
                ),
                heading("Vähemmän kiirettä, täsmällisemmät käynnit"),
                paragraph(
                    p(
                        "Kolmessa kuukaudessa ajoon kuluva aika väheni noin 15 prosenttia. Välittömän",
                        "asiakastyön osuus kasvoi, ja asiakkaat ovat huomanneet, että käynnit toteutuvat aiempaa",
                        "useammin sovittuun aikaan. Hoitajien mukaan omaan työhön voi nyt myös vaikuttaa enemmän.",
                    )
                ),
            ],
        },
        "sv": {
            "title": "I Kuopio ritade hemvårdarna om sina körrutter",
            "slug": "hemvardens-rutter-i-kuopio",
            "lead": text(
                "När rutterna planerades av dem som kör dem varje dag minskade körtiden med omkring 15 procent,",
                "och det blev mer tid hos klienterna.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "I hemvårdens östra område i Kuopio gick arbetsdagarna alltför ofta åt till bilkörning.",
                        "Styrsystemet gjorde upp rutterna, men det visste inte vid vilket höghus det är svårt att",
                        "parkera eller vilken klient som vill ha morgonbesöket före klockan åtta.",
                    )
                ),
                heading("Två veckors rutter på kartan"),
                paragraph(
                    p(
                        "Chefen samlade en arbetsgrupp med en vårdare från varje team och den som planerar besöken.",
                        "Gruppen gick igenom två veckors körrutter på kartan och märkte ut var tiden gick förlorad.",
                        "Sedan delades områdena in på nytt, och vårdarnas lokalkännedom fördes in i systemet som",
                        "tilläggsuppgifter för besöken.",
                    )
                ),
                quote(
                    "Ingen känner rutterna lika väl som vi som kör dem. Nu kan alla ta del av den kunskapen.",
                    "Närvårdare",
                    "Hemvården i Kuopio",
                ),
                heading("Mindre brådska, punktligare besök"),
                paragraph(
                    p(
                        "På tre månader minskade tiden för körning med omkring 15 procent. Andelen direkt klientarbete",
                        "ökade, och klienterna har märkt att besöken oftare blir av vid den överenskomna tiden.",
                        "Vårdarna säger också att de nu kan påverka sitt arbete mer.",
                    )
                ),
            ],
        },
        "en": {
            "title": "Kuopio's home care nurses redrew their driving routes",
            "slug": "kuopio-home-care-routes",
            "lead": text(
                "When the routes were planned by the people who drive them every day, driving time fell by about",
                "15 per cent and there was more time to spend with clients.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "In the eastern area of Kuopio's home care, working days were too often spent in the car.",
                        "The scheduling system drew up the routes, but it did not know which block of flats is hard",
                        "to park at or which client wants the morning visit before eight.",
                    )
                ),
                heading("Two weeks of routes on a map"),
                paragraph(
                    p(
                        "The supervisor set up a working group with a nurse from every team and the scheduler.",
                        "The group went through two weeks of routes on a map and marked the places where time was",
                        "lost. The areas were then divided up again, and the nurses' local knowledge was added to the",
                        "system as notes on each visit.",
                    )
                ),
                quote(
                    text(
                        "Nobody knows the routes as well as we do, because we drive them.",
                        "Now everyone can use what we know.",
                    ),
                    "Practical nurse",
                    "Kuopio home care",
                ),
                heading("Less rush, more punctual visits"),
                paragraph(
                    p(
                        "Within three months, time spent driving fell by about 15 per cent. The share of direct",
                        "client work grew, and clients have noticed that visits happen at the agreed time more often.",
                        "The nurses also say they now have more say in their own work.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2022-12-01",
        "series": None,
        "sectors": (KOKO,),
        "themes": (YHDESSA,),
        "authors": (TOIMITUS,),
        "deeds": (),
        "image": "chart",
        "fi": {
            "title": "Hyvä kiertämään ylitti tavoitteensa: torille kertyi 183 kehittämistekoa",
            "slug": "hyva-kiertamaan-183-tekoa",
            "lead": text(
                "Syksyn kampanja tavoitteli sataa uutta tekoa, ja niitä kertyi lähes kaksinkertainen määrä.",
                "Tekoja lähetti 34 kunta-alan organisaatiota.",
            ),
            "image_alt": "Kuvitus: vasemmalta oikealle kasvavia pylväitä ja nouseva keltainen viiva.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Hyvä kiertämään -kampanja halusi Tekojen torille sata uutta kehittämistekoa eri",
                        "ammattiryhmistä ja teemoista. Kolmessa kuukaudessa tekoja julkaistiin 183, ja ne tulivat",
                        "34 organisaatiolta eri puolilta Suomea.",
                    )
                ),
                heading("Eniten tekoja opetuksesta ja kasvatuksesta"),
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
                ),
                heading("Mitä seuraavaksi?"),
                paragraph(
                    p(
                        "Raati käy teot läpi, ja parhaat palkitaan joulukuussa Kuntatyö2030-gaalassa. Kaikki teot",
                        "jäävät Tekojen torille, ja kuka tahansa voi poimia niistä ideoita oman työyhteisönsä",
                        "kehittämiseen.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2022-12-09",
        "series": None,
        "sectors": (KOKO,),
        "themes": (TYOYHTEISO, YHDESSA),
        "authors": (NIEMI,),
        "deeds": ("demo-001", "demo-014"),
        "image": "hero",
        "fi": {
            "title": "Kuntatyö2030-gaalassa palkittiin 49 kehittämistekoa – Liminka on Suomen kekseliäin kunta",
            "slug": "kuntatyo2030-gaalan-palkitut",
            "lead": text(
                "Gaalassa juhlittiin syksyn aikana Tekojen torille koottuja tekoja.",
                "Limingan kunta palkittiin Suomen kekseliäimpänä kuntana.",
            ),
            "image_alt": "Kuvitus: suuri keltainen ympyrä ja vaaleita kaaria tummansinisellä pohjalla.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Kuntatyö2030-gaala kokosi yhteen työpaikkojen kehittäjät, joiden teot olivat kiertäneet",
                        "syksyn ajan Tekojen torilla. Hyvä kiertämään -kampanjan 183 teosta palkittiin 49.",
                        "Joukossa oli sekä yhden tiimin arkisia parannuksia että koko organisaation läpäiseviä",
                        "uudistuksia.",
                    )
                ),
                heading("Liminka teki kehittämisestä kaikkien asian"),
                paragraph(
                    p(
                        "Limingan kunta erottui sekä tekojen määrällä että niiden kirjolla. Kunnan työyhteisöt",
                        "kertoivat muun muassa pedagogisesta kahvilasta, jossa varhaiskasvatuksen tiimit oppivat",
                        "toisiltaan, ja viikoittaisesta kehittämisvartista, joka antaa jokaiselle tiimille hetken",
                        "oman työn parantamiseen.",
                    )
                ),
                quote(
                    text(
                        "Kekseliäisyys ei ole muutaman ihmisen ominaisuus vaan koko työyhteisön tapa toimia.",
                        "Liminka on näyttänyt, miltä se näyttää käytännössä.",
                    ),
                    "Gaalan raati",
                ),
                heading("Palkitut teot ovat kaikkien käytössä"),
                paragraph(
                    p(
                        "Kaikki palkitut teot löytyvät Tekojen torilta. Niitä voi selata toimialan ja teeman mukaan,",
                        "ja tekijöihin voi ottaa yhteyttä, jos haluaa kokeilla samaa omassa työyhteisössään.",
                    )
                ),
            ],
        },
        "sv": {
            "title": (
                "Kuntatyö2030-galan belönade 49 utvecklingsgärningar – Limingo är Finlands mest uppfinningsrika kommun"
            ),
            "slug": "kuntatyo2030-galans-pristagare",
            "lead": text(
                "Galan firade de gärningar som samlats på Tekojen tori under hösten.",
                "Limingo kommun belönades som Finlands mest uppfinningsrika kommun.",
            ),
            "image_alt": "Illustration: en stor gul cirkel och ljusa bågar mot mörkblå bakgrund.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Kuntatyö2030-galan samlade de utvecklare vars gärningar hade cirkulerat på Tekojen tori",
                        "under hösten. Av de 183 gärningarna i kampanjen Hyvä kiertämään belönades 49. Bland dem",
                        "fanns både vardagliga förbättringar i ett enskilt team och reformer som berörde hela",
                        "organisationen.",
                    )
                ),
                heading("Limingo gjorde utvecklingen till allas sak"),
                paragraph(
                    p(
                        "Limingo kommun stack ut både med antalet gärningar och med deras bredd. Kommunens",
                        "arbetsgemenskaper berättade bland annat om ett pedagogiskt kafé där teamen inom",
                        "småbarnspedagogiken lär sig av varandra, och om en utvecklingskvart varje vecka som ger",
                        "varje team tid att förbättra sitt eget arbete.",
                    )
                ),
                quote(
                    text(
                        "Uppfinningsrikedom är inte en egenskap hos några få personer utan hela arbetsgemenskapens",
                        "sätt att arbeta. Limingo har visat hur det ser ut i praktiken.",
                    ),
                    "Galans jury",
                ),
                heading("De belönade gärningarna är till för alla"),
                paragraph(
                    p(
                        "Alla belönade gärningar finns på Tekojen tori. Du kan bläddra bland dem efter sektor och tema",
                        "och kontakta dem som ligger bakom, om du vill pröva samma sak på din egen arbetsplats.",
                    )
                ),
            ],
        },
        "en": {
            "title": (
                "Kuntatyö2030 gala honours 49 development deeds – Liminka named Finland's most inventive municipality"
            ),
            "slug": "kuntatyo2030-gala-winners",
            "lead": text(
                "The gala celebrated the deeds gathered on Tekojen tori during the autumn.",
                "The municipality of Liminka was named Finland's most inventive municipality.",
            ),
            "image_alt": "Illustration: a large yellow circle and light arcs on a dark blue background.",
            "body": lambda c: [
                paragraph(
                    p(
                        "The Kuntatyö2030 gala brought together the workplace developers whose deeds had been making",
                        "the rounds on Tekojen tori all autumn. Of the 183 deeds in the Hyvä kiertämään campaign,",
                        "49 received an award. They ranged from everyday improvements within a single team to reforms",
                        "that reached across a whole organisation.",
                    )
                ),
                heading("Liminka made development everyone's business"),
                paragraph(
                    p(
                        "Liminka stood out both for the number of its deeds and for their variety. Its work",
                        "communities told, among other things, about a pedagogical café where early childhood",
                        "education teams learn from each other, and about a weekly fifteen-minute slot that gives",
                        "every team time to improve its own work.",
                    )
                ),
                quote(
                    text(
                        "Inventiveness is not a trait of a few individuals but the way a whole work community",
                        "operates. Liminka has shown what that looks like in practice.",
                    ),
                    "The gala jury",
                ),
                heading("The awarded deeds are there for everyone"),
                paragraph(
                    p(
                        "All the awarded deeds are on Tekojen tori. You can browse them by sector and theme and",
                        "contact the people behind them if you want to try the same thing in your own workplace.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2023-01-16",
        "series": None,
        "sectors": (KOKO, JOHTO),
        "themes": (YHDESSA,),
        "authors": (TOIMITUS,),
        "deeds": (),
        "image": "network",
        "fi": {
            "title": "Kuntatyö2030 päättyi – työelämän kehittäminen jatkuu Tekojen torilla",
            "slug": "kehittaminen-jatkuu-tekojen-torilla",
            "lead": text(
                "Vuoden 2023 alusta kuntien ja hyvinvointialueiden työelämän kehittäminen jatkuu",
                "työmarkkinaosapuolten yhteisen sopimuksen pohjalta. Ohjelman verkkosivut löytyvät nyt",
                "osoitteesta tekojentori.fi.",
            ),
            "image_alt": "Kuvitus: pisteitä, jotka viivat yhdistävät toisiinsa verkostoksi.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Kuntatyö2030-ohjelmakokonaisuus päättyi vuoden 2022 lopussa, mutta työ jatkuu. KT, JUKO ja",
                        "JAU sopivat kesäkuussa 2022 työelämän kehittämisen yhteistyöstä kunta- ja",
                        "hyvinvointialoilla, ja Sote ry liittyi sopimukseen lokakuussa.",
                    )
                ),
                heading("Mukana nyt myös hyvinvointialueet"),
                paragraph(
                    p(
                        "Sopimuksen osapuolet rahoittavat yhdessä työelämän kehittämisen perustoimintaa. Vuoden alussa",
                        "aloitti työelämän kehittämisen palvelutiimi, ja Tekryn tueksi perustettiin kunta-alan ja",
                        "hyvinvointialueiden omat kehittämisjaokset. Jaokset nostavat esiin työpaikoilla havaittuja",
                        "kehittämistarpeita ja tekevät niistä aloitteita.",
                    ),
                    p(f"Lue lisää {c.link('tekry', 'työelämän kehittämisryhmä Tekrystä')}."),
                ),
                heading("Sama tori, uusi osoite"),
                paragraph(
                    p(
                        "Kehittämisteot, sparraus ja ajankohtaiset uutiset ovat nyt osoitteessa tekojentori.fi.",
                        "Kaikki aiemmin julkaistut teot ovat tallessa, ja uusista teoista voi kertoa samaan tapaan",
                        "kuin ennenkin.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2023-02-08",
        "series": None,
        "sectors": (KOKO,),
        "themes": (TYOYHTEISO, KUORMITUS, YHDESSA),
        "authors": (TOIMITUS,),
        "deeds": (),
        "image": "coaching",
        "fi": {
            "title": "Sparraus antoi työpaikoille yhteisen suunnan ja konkreettisia työkaluja",
            "slug": "sparrausten-satoa",
            "lead": text(
                "Kuntatyö2030-hankkeen maksuttomaan sparraukseen osallistui 1 690 ihmistä 49 kuntaorganisaatiosta.",
                "Osallistujat antoivat sparraukselle kokonaisarvosanan 4,7 asteikolla yhdestä viiteen.",
            ),
            "image_alt": "Kuvitus: yhdeksän pyöreää hahmoa istuu sinisen pöydän ympärillä keltaisella pohjalla.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Vuosina 2021–2022 kuntatyöpaikat saattoivat hakea päivän tai kahden mittaista maksutonta",
                        "sparrausta. Siinä ulkopuolinen kehittäjä auttoi työyhteisöä jäsentämään kehittämistarpeensa",
                        "ja suunnittelemaan seuraavat askeleet. Hyväksyttyjä hakemuksia oli 72, ja sparrauspäiviä",
                        "kertyi 127. Sparrausta tarjosi kahdeksan organisaatiota ja 11 konsulttia.",
                    )
                ),
                heading("Työyhteisö ja kuormitus nousivat kärkeen"),
                paragraph(
                    p(
                        "Yleisin teema oli työyhteisön ja toimintakulttuurin kehittäminen, jota käsiteltiin",
                        "26 sparrauksessa. Seuraavina tulivat",
                    ),
                    ul(
                        "työn kuormitus ja työhyvinvointi (17 sparrausta)",
                        "yhdessä kehittäminen ja osallisuus (16)",
                        "prosessit, palvelut ja asiakaslähtöisyys (11).",
                    ),
                    p(
                        "Toimialoista eniten sparrauksia järjestettiin sosiaali- ja terveysalalla (14)",
                        "sekä opetuksessa ja kasvatuksessa (12).",
                    ),
                ),
                heading("Mitä sparrauksesta jäi käteen?"),
                paragraph(
                    p(
                        "Sparraajien raporteissa toistuvat samat asiat: yhteinen käsitys nykytilasta, selkeät",
                        "jatkoaskeleet ja pelisäännöt, joihin koko työyhteisö on sitoutunut. Moni kertoi myös",
                        "innostuneensa muutoksesta, kun johto, esihenkilöt ja henkilöstön edustajat istuivat saman",
                        "pöydän ääressä.",
                    ),
                    p(f"Sparraus jatkuu: {c.link('sparraus', 'lue, miten työyhteisönne voi hakea sparrausta')}."),
                ),
            ],
        },
    },
    {
        "date": "2023-03-14",
        "series": TEKOJEN_TAKANA,
        "sectors": (KOKO,),
        "themes": (ETATYO, TYOYHTEISO),
        "authors": (HEIKKINEN,),
        "deeds": ("demo-015",),
        "image": None,
        "fi": {
            "title": "Porvoossa jokainen tiimi sopi omat monipaikkaisen työn pelisääntönsä",
            "slug": "porvoon-monipaikkaisen-tyon-pelisaannot",
            "lead": text(
                "Kaupunki laati etä- ja lähityölle yhteisen kehyksen, ja tiimit sopivat yksityiskohdista itse.",
                "Keskustelupohja tehtiin alusta asti sekä suomeksi että ruotsiksi.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Koronavuosien jälkeen Porvoon kaupungilla tehtiin töitä kotona, työpaikalla ja näiden",
                        "yhdistelmänä, mutta yhteisiä sääntöjä ei ollut. Kokouksia järjestettiin kirjavasti, eikä",
                        "kukaan ollut varma, milloin kollegan pitäisi olla tavoitettavissa.",
                    )
                ),
                heading("Kaupunki antoi kehyksen, tiimit täyttivät sen"),
                paragraph(
                    p(
                        "Henkilöstöpalvelut valmisteli yhdessä henkilöstön edustajien kanssa kehyksen, jossa",
                        "linjattiin tavoitettavuus, työvälineet ja työturvallisuus. Kaikkea ei haluttu päättää",
                        "ylhäältä, sillä kirjaston, rakennusvalvonnan ja palkanlaskennan arjessa on vähän yhteistä.",
                    )
                ),
                quote(
                    "Kun pelisäännöistä sovitaan omassa tiimissä, niihin myös sitoudutaan. Siinä oli koko jutun ydin.",
                    "Henkilöstön kehittämispäällikkö",
                    "Porvoon kaupunki",
                ),
                heading("Kaksikielisyys mukana alusta asti"),
                paragraph(
                    p(
                        "Keskustelupohja tehtiin heti molemmilla kotimaisilla kielillä, jotta jokainen tiimi saattoi",
                        "käydä keskustelun omalla kielellään. Tiimien sopimukset on tallennettu yhteiseen paikkaan,",
                        "ja niihin palataan kerran vuodessa.",
                    ),
                    p(
                        "Ensimmäisen puolen vuoden aikana lähes kaikki tiimit kävivät keskustelun. Henkilöstökyselyssä",
                        "aiempaa useampi kertoi tietävänsä, mitä häneltä odotetaan etäpäivinä.",
                    ),
                ),
            ],
        },
        "sv": {
            "title": "I Borgå kom varje team överens om sina egna spelregler för flerplatsarbete",
            "slug": "spelregler-for-flerplatsarbete-i-borga",
            "lead": text(
                "Staden tog fram en gemensam ram för distans- och närarbete, och teamen bestämde detaljerna själva.",
                "Diskussionsunderlaget fanns på både finska och svenska från första början.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Efter coronaåren arbetade Borgå stads anställda hemma, på arbetsplatsen och växelvis på",
                        "båda ställena, men det fanns inga gemensamma regler. Möten ordnades på vitt skilda sätt, och",
                        "ingen visste riktigt när en kollega borde gå att nå.",
                    )
                ),
                heading("Staden gav ramen, teamen fyllde i den"),
                paragraph(
                    p(
                        "Personaltjänsterna tog tillsammans med personalens företrädare fram en ram med riktlinjer",
                        "för anträffbarhet, arbetsredskap och arbetarskydd. Allt ville man inte bestämma uppifrån,",
                        "eftersom vardagen på biblioteket, i byggnadstillsynen och på löneräkningen har rätt lite",
                        "gemensamt.",
                    )
                ),
                quote(
                    text(
                        "När spelreglerna bestäms i det egna teamet håller man sig också till dem.",
                        "Det var hela poängen.",
                    ),
                    "Personalutvecklingschef",
                    "Borgå stad",
                ),
                heading("Tvåspråkigt från början"),
                paragraph(
                    p(
                        "Diskussionsunderlaget gjordes genast på båda inhemska språken, så att varje team kunde föra",
                        "diskussionen på sitt eget språk. Teamens överenskommelser finns på ett gemensamt ställe, och",
                        "man går igenom dem en gång om året.",
                    ),
                    p(
                        "Under det första halvåret hade nästan alla team fört diskussionen. I personalenkäten uppgav",
                        "fler än tidigare att de vet vad som förväntas av dem på distansdagar.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "In Porvoo, every team agreed its own rules for hybrid work",
            "slug": "porvoo-hybrid-work-rules",
            "lead": text(
                "The city set a shared framework for remote and on-site work, and the teams settled the details",
                "themselves. The discussion guide was written in both Finnish and Swedish from the start.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "After the pandemic years, Porvoo's staff worked at home, at the workplace and in a mix of",
                        "the two, but there were no shared rules. Meetings were organised in all sorts of ways, and",
                        "nobody was quite sure when a colleague ought to be reachable.",
                    )
                ),
                heading("The city set the frame, the teams filled it in"),
                paragraph(
                    p(
                        "HR services and staff representatives drew up a framework setting out the principles for",
                        "availability, work tools and occupational safety. Not everything was to be decided from",
                        "above, because a library, building control and payroll have little in common day to day.",
                    )
                ),
                quote(
                    "When a team agrees its rules itself, people stick to them. That was the whole point.",
                    "Head of staff development",
                    "City of Porvoo",
                ),
                heading("Bilingual from day one"),
                paragraph(
                    p(
                        "The discussion guide was produced in both national languages straight away, so that every",
                        "team could hold the discussion in its own language. The teams' agreements are kept in one",
                        "shared place and reviewed once a year.",
                    ),
                    p(
                        "Within the first six months, almost every team had held the discussion. In the staff survey,",
                        "more people than before said they knew what was expected of them on remote days.",
                    ),
                ),
            ],
        },
    },
    {
        "date": "2023-06-06",
        "series": KEKSELIAAT,
        "sectors": (SOTE,),
        "themes": (KUORMITUS, TYOYHTEISO),
        "authors": (NIEMI,),
        "deeds": ("demo-055",),
        "image": "coaching",
        "fi": {
            "title": "Työnohjaus siirtyi vuoronvaihtoon – nyt kaikki pääsevät mukaan",
            "slug": "tyonohjaus-vuoronvaihdossa",
            "lead": text(
                "Pirkanmaan hyvinvointialueen sosiaalipäivystyksessä työnohjaus pidetään vuorojen vaihteessa",
                "lyhyinä ryhmätapaamisina. Ennen moni vuorotyöntekijä jäi kokonaan ilman.",
            ),
            "image_alt": "Kuvitus: pyöreitä hahmoja istuu yhteisen pöydän ympärillä keltaisella pohjalla.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Sosiaalipäivystyksessä kohdataan ihmisiä heidän vaikeimmilla hetkillään. Työ kuormittaa,",
                        "ja työnohjaus on tärkeä tuki jaksamiselle. Vuorotyössä virka-aikaan pidettäviin",
                        "tapaamisiin oli kuitenkin vaikea päästä.",
                    )
                ),
                heading("Tunti joka toinen viikko vuoronvaihdossa"),
                paragraph(
                    p(
                        "Työntekijät suunnittelivat esihenkilön kanssa mallin, jossa ryhmä kokoontuu kerran kahdessa",
                        "viikossa tunniksi vuoronvaihdon yhteydessä, kun paikalla ovat sekä lähtevä että tuleva",
                        "vuoro. Ne, jotka eivät pääse paikalle, osallistuvat etäyhteydellä. Ulkopuolinen työnohjaaja",
                        "ja ryhmä sopivat yhdessä pelisäännöistä.",
                    )
                ),
                heading("Yhteishenki vahvistui"),
                paragraph(
                    p(
                        "Nyt lähes koko henkilöstö osallistuu työnohjaukseen säännöllisesti. Työhyvinvointikyselyssä",
                        "kokemus kuormituksen hallinnasta parani, ja työntekijöiden mukaan vaikeiden tilanteiden",
                        "jakaminen on lähentänyt työyhteisöä.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2024-03-05",
        "series": KEKSELIAAT,
        "sectors": (JOHTO,),
        "themes": (DIGI, PROSESSIT),
        "authors": (HEIKKINEN,),
        "deeds": ("demo-057",),
        "image": None,
        "fi": {
            "title": "Seinäjoella tekoäly luonnostelee vastauksen, mutta ihminen päättää",
            "slug": "seinajoen-tekoalykokeilu",
            "lead": text(
                "Kaupungin palvelupisteessä kokeiltu työkalu ehdottaa vastauksia kaupunkilaisten sähköposteihin.",
                "Asiakaspalvelija tarkistaa jokaisen ennen lähettämistä, ja vastaus lähtee nyt yleensä",
                "saman päivän aikana.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Seinäjoen palvelupisteeseen tulee päivittäin satoja sähköposteja. Moni niistä kysyy samaa:",
                        "milloin jäteasema on auki, miten pysäköintitunnusta haetaan tai mistä löytyy",
                        "kuntalaisaloitteen lomake. Vastaaminen vei aikaa puhelin- ja tiskipalvelulta.",
                    )
                ),
                heading("Työkalu ehdottaa, asiakaspalvelija päättää"),
                paragraph(
                    p(
                        "Asiakaspalvelijat valitsivat yhdessä tietohallinnon kanssa kokeiluun aiheet, joissa vastaus",
                        "perustuu julkiseen tietoon. Työkalu laatii luonnoksen kaupungin omien ohjeiden pohjalta, ja",
                        "asiakaspalvelija hyväksyy, muokkaa tai hylkää sen. Henkilötietoja sisältävät viestit",
                        "rajattiin kokeilun ulkopuolelle, ja tietosuojan vaikutukset arvioitiin ennen aloittamista.",
                    )
                ),
                heading("Sivutuotteena paremmat ohjeet"),
                paragraph(
                    p(
                        "Noin puolet luonnoksista kelpasi pienin muutoksin. Kun luonnos oli huono, syy löytyi usein",
                        "kaupungin omista ohjeista: tieto oli vanhentunutta tai hajallaan. Puutteet korjattiin",
                        "verkkosivuille, mikä auttaa myös niitä, jotka etsivät tietoa itse.",
                    ),
                    p(
                        "Kokeilun vetäjät muistuttavat, että asiakkaalle kerrotaan, miten vastaus on syntynyt.",
                        "Vastauksen lähettää aina ihminen.",
                    ),
                ),
            ],
        },
        "sv": {
            "title": "I Seinäjoki skriver AI ett utkast till svaret, men människan bestämmer",
            "slug": "ai-forsoket-i-seinajoki",
            "lead": text(
                "Ett verktyg som prövats vid stadens servicepunkt föreslår svar på invånarnas e-post.",
                "En kundtjänstmedarbetare granskar varje svar innan det skickas, och nu går svaret oftast i väg",
                "samma dag.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Servicepunkten i Seinäjoki får hundratals e-postmeddelanden om dagen. Många frågar samma sak:",
                        "när avfallsstationen har öppet, hur man ansöker om parkeringstillstånd eller var blanketten",
                        "för ett invånarinitiativ finns. Att svara tog tid från telefonen och disken.",
                    )
                ),
                heading("Verktyget föreslår, kundtjänsten bestämmer"),
                paragraph(
                    p(
                        "Kundtjänstmedarbetarna valde tillsammans med it-förvaltningen ut ämnen där svaret bygger på",
                        "offentlig information. Verktyget skriver ett utkast utifrån stadens egna anvisningar, och",
                        "medarbetaren godkänner, redigerar eller förkastar det. Meddelanden med personuppgifter hölls",
                        "utanför försöket, och konsekvenserna för dataskyddet bedömdes innan man började.",
                    )
                ),
                heading("Bättre anvisningar på köpet"),
                paragraph(
                    p(
                        "Ungefär hälften av utkasten dög med små ändringar. När ett utkast var dåligt låg orsaken ofta",
                        "i stadens egna anvisningar: uppgifterna var föråldrade eller utspridda. Bristerna rättades på",
                        "webbplatsen, vilket också hjälper dem som själva letar efter information.",
                    ),
                    p(
                        "De som ledde försöket påminner om att kunden får veta hur svaret har kommit till.",
                        "Det är alltid en människa som skickar det.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "In Seinäjoki, AI drafts the reply – but a person decides",
            "slug": "seinajoki-ai-pilot",
            "lead": text(
                "A tool piloted at the city's customer service point suggests replies to residents' emails.",
                "An adviser checks every reply before it goes out, and most answers now leave the same day.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Seinäjoki's customer service point receives hundreds of emails a day. Many ask the same",
                        "things: when the waste station is open, how to apply for a parking permit or where to find",
                        "the form for a residents' initiative. Answering them took time away from the phone line and",
                        "the front desk.",
                    )
                ),
                heading("The tool suggests, the adviser decides"),
                paragraph(
                    p(
                        "Together with the city's IT services, the advisers chose topics for the pilot where the",
                        "answer rests on public information. The tool drafts a reply from the city's own guidance,",
                        "and the adviser approves, edits or discards it. Messages containing personal data were left",
                        "out of the pilot, and a data protection impact assessment was done before it began.",
                    )
                ),
                heading("Better guidance as a by-product"),
                paragraph(
                    p(
                        "About half of the drafts could be used with minor edits. When a draft was poor, the cause",
                        "often lay in the city's own guidance: the information was out of date or scattered. These",
                        "gaps were fixed on the city's website, which also helps people who look things up themselves.",
                    ),
                    p(
                        "Those who led the pilot stress that customers are told how their reply was produced.",
                        "It is always a person who sends it.",
                    ),
                ),
            ],
        },
    },
    {
        "date": "2024-06-11",
        "series": TEKOJEN_TAKANA,
        "sectors": (OPETUS,),
        "themes": (KUORMITUS, PROSESSIT),
        "authors": (HEIKKINEN,),
        "deeds": ("demo-060",),
        "image": None,
        "fi": {
            "title": "Espoon opettajat listasivat hallintotyönsä – kymmeniä tehtäviä karsittiin",
            "slug": "espoon-opettajien-hallintotyo",
            "lead": text(
                "Kun opettajat kirjasivat kuukauden ajan kaiken hallinnollisen työnsä, selvisi, että moni tehtävä",
                "oli syntynyt vuosien mittaan ilman, että kukaan oli arvioinut sen tarvetta.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Espoon suomenkielisessä perusopetuksessa opettajat olivat pitkään kokeneet, että",
                        "hallinnollinen työ vie yhä enemmän aikaa opetuksen suunnittelulta. Tunteen sijaan haluttiin",
                        "kuitenkin tietoa, joten opettajat kirjasivat kuukauden ajan hallinnolliset tehtävänsä ja",
                        "niihin kuluneen ajan.",
                    )
                ),
                heading("Lopetetaan, kevennetään vai siirretään?"),
                paragraph(
                    p(
                        "Opettajista, rehtoreista ja henkilöstön edustajista koottu työryhmä kävi jokaisen tehtävän",
                        "läpi ja kysyi kolme kysymystä: voiko tehtävästä luopua, voiko sitä keventää ja kuuluisiko se",
                        "jollekulle muulle. Osa tehtävistä siirrettiin koulusihteereille, ja päällekkäisiä raportteja",
                        "ja kyselyjä karsittiin.",
                    )
                ),
                quote(
                    text(
                        "Moni tehtävä oli jäänne jostain yksittäisestä ohjeesta, jota kukaan ei enää muistanut.",
                        "Kun ne kirjattiin ylös, niistä oli helppo luopua.",
                    ),
                    "Rehtori",
                    "Espoon perusopetus",
                ),
                heading("Uusi sääntö: mistä luovutaan?"),
                paragraph(
                    p(
                        "Seurantakyselyssä opettajat arvioivat hallinnollisen kuormansa keventyneen. Työryhmä jatkaa",
                        "työtään, ja kouluilla on nyt yhteinen sopimus: kun joku ehdottaa uutta tehtävää, samalla",
                        "kysytään, mistä vastaavasti luovutaan.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2025-04-08",
        "series": KEKSELIAAT,
        "sectors": (SOTE,),
        "themes": (ETATYO, DIGI),
        "authors": (HEIKKINEN,),
        "deeds": ("demo-061",),
        "image": None,
        "fi": {
            "title": "Iltakäynti kuvapuhelulla vapautti hoitajat sinne, missä heitä tarvitaan",
            "slug": "etakotihoidon-iltakaynnit",
            "lead": text(
                "Pirkanmaan hyvinvointialueen kotihoito korvasi osan iltakäynneistä kuvapuheluilla.",
                "Ajokilometrit vähenivät, ja kiireellisiin tilanteisiin ehditään nopeammin.",
            ),
            "body": lambda c: [
                paragraph(
                    p(
                        "Iltavuorossa kotihoidon hoitaja saattoi ajaa kymmeniä kilometrejä muistuttaakseen asiakasta",
                        "iltalääkkeestä, kun samaan aikaan toisaalla joku tarvitsi apua heti. Pirkanmaan",
                        "hyvinvointialueella kysyttiin, voisiko osan käynneistä hoitaa toisin.",
                    )
                ),
                heading("Arvio tehdään aina yhdessä asiakkaan kanssa"),
                paragraph(
                    p(
                        "Hoitajat ja asiakkaat arvioivat yhdessä, mitkä käynnit voi korvata kuvapuhelulla.",
                        "Etäkotihoidon hoitajat työskentelevät keskitetysti, ja asiakkaat saivat helppokäyttöiset",
                        "laitteet ja opastuksen niiden käyttöön. Kokemuksia käydään säännöllisesti läpi asiakkaan",
                        "ja omaisten kanssa.",
                    )
                ),
                heading("Tuttu hoitaja ruudulla tuo turvaa"),
                paragraph(
                    p(
                        "Etäkäyntejä tehdään nyt päivittäin satoja. Asiakkaiden mukaan tutun hoitajan kasvot ruudulla",
                        "rauhoittavat iltaa. Hoitajat taas kokevat, että heillä on enemmän aikaa niille, jotka",
                        "tarvitsevat käynnin paikan päällä.",
                    )
                ),
            ],
        },
    },
    {
        "date": "2025-08-18",
        "series": None,
        "sectors": (KOKO,),
        "themes": (TYOYHTEISO, JOHTAMINEN),
        "authors": (NIEMI,),
        "deeds": (),
        "image": "chart",
        "fi": {
            "title": "Kymmenen vuotta kehittämistekoja: pienistä parannuksista syntyi yhteinen tarina",
            "slug": "kymmenen-vuotta-kehittamistekoja",
            "lead": text(
                "Kunteko 2020 -ohjelma käynnistyi elokuussa 2015 ja toi kuntatyöpaikoille paikan, jossa kertoa",
                "kehittämistyöstä. Kymmenessä vuodessa tekoja on kertynyt satoja, ja ne kertovat paljon siitä,",
                "miten julkinen työ on muuttunut.",
            ),
            "image_alt": "Kuvitus: vasemmalta oikealle kasvavia pylväitä ja nouseva keltainen viiva.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Kun KT ja kunta-alan pääsopijajärjestöt käynnistivät Kunteko 2020 -ohjelman, tavoite oli",
                        "kunnianhimoinen: Euroopan parhaat kuntatyöpaikat vuoteen 2020 mennessä. Yksi ohjelman",
                        "kulmakivistä oli verkkosivusto, jolla työpaikat saattoivat esitellä kehittämistekojaan",
                        "muille.",
                    )
                ),
                heading("Luvut kertovat laajuudesta"),
                paragraph(
                    ul(
                        "Lokakuussa 2020 tekoja oli kirjattu yli 660.",
                        "Kunteko 2020 -ohjelmassa oli mukana yli 230 kuntaorganisaatiota ja noin 5 000 osallistujaa.",
                        "Syksyn 2022 Hyvä kiertämään -kampanja toi 183 tekoa 34 organisaatiolta.",
                    )
                ),
                heading("Teemat ovat vaihtuneet, ajatus ei"),
                paragraph(
                    p(
                        "Ensimmäisinä vuosina teoissa puhuttiin tiimityöstä ja sujuvammista prosesseista.",
                        "Koronavuosina etätyö ja etäpalvelut nousivat hetkessä keskiöön, ja viime vuosina tekoäly ja",
                        "hyvinvointialueiden yhteiset toimintamallit ovat tuoneet uusia aiheita.",
                    ),
                    p(
                        "Perusajatus on silti sama kuin vuonna 2015: kun hyvä idea kerrotaan muille, sitä ei tarvitse",
                        "keksiä jokaisessa työyhteisössä uudelleen.",
                    ),
                ),
            ],
        },
    },
    {
        "date": "2025-10-07",
        "series": None,
        "sectors": (KOKO,),
        "themes": (YHDESSA,),
        "authors": (NIEMI,),
        "deeds": (),
        "image": "network",
        "fi": {
            "title": "Tekojen tori -podcast alkaa: kehittäjät kertovat, miten teot syntyvät",
            "slug": "tekojen-tori-podcast-alkaa",
            "lead": text(
                "Uudessa podcastissa kuntien ja hyvinvointialueiden kehittäjät kertovat, mitä he kokeilivat,",
                "mikä onnistui ja mitä he tekisivät toisin. Ensimmäinen jakso on nyt kuunneltavissa.",
            ),
            "image_alt": "Kuvitus: keltaisia ja vaaleita pisteitä, jotka viivat yhdistävät verkostoksi.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Tekojen torille on vuosien mittaan koottu satoja kehittämistekoja. Kirjoitettu kuvaus",
                        "kertoo, mitä tehtiin, mutta harvoin sitä, miltä muutos tuntui tai mikä oli vähällä kaataa",
                        "koko kokeilun. Podcastissa tekojen takana olevat ihmiset pääsevät kertomaan juuri siitä.",
                    )
                ),
                heading("Avausjaksossa Liminka"),
                paragraph(
                    p(
                        "Ensimmäisessä jaksossa Limingan kunnan kehittäjät kertovat, miten viikoittaisesta",
                        "kehittämisvartista tuli osa koko kunnan arkea. Seuraavissa jaksoissa puhutaan kotihoidon",
                        "reiteistä ja tekoälystä asiakaspalvelussa.",
                    ),
                    p(
                        "Jokaisesta jaksosta julkaistaan tekstiversio.",
                        f"{c.link('podcast', 'Kuuntele jaksot Tekojen tori -podcastin sivulla')}.",
                    ),
                ),
            ],
        },
    },
    {
        "date": "2026-10-27",
        "series": None,
        "sectors": (KOKO,),
        "themes": (DIGI,),
        "authors": (TOIMITUS,),
        "deeds": (),
        "image": "hero",
        "fi": {
            "title": "Tekojen tori uudistui: uutiset, podcast ja webinaarit nyt samassa paikassa",
            "slug": "tekojen-tori-uudistui",
            "lead": text(
                "Kehittämistekojen rinnalla uudistetulla sivustolla ovat nyt uutiset, podcastin jaksot",
                "tekstiversioineen ja webinaarit tallenteineen. Sisältöä on suomeksi, ruotsiksi ja englanniksi.",
            ),
            "image_alt": "Kuvitus: suuri keltainen ympyrä ja vaaleita kaaria tummansinisellä pohjalla.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Tekojen toria on kehitetty yhdessä käyttäjien kanssa. Toive oli selvä: kaikki työelämän",
                        "kehittämisestä kertova sisältö haluttiin löytää yhdestä paikasta, ja tekoja piti voida",
                        "selata vaivatta myös puhelimella.",
                    )
                ),
                heading("Mitä uutta?"),
                paragraph(
                    ul(
                        "Uutisia voi rajata toimialan, teeman ja juttusarjan mukaan, ja niitä voi seurata"
                        " syötteen avulla.",
                        "Podcastin jokaisella jaksolla on tekstiversio.",
                        "Tulevat webinaarit voi lisätä omaan kalenteriin, ja menneiden webinaarien tallenteet"
                        " on tekstitetty.",
                    ),
                    p(
                        "Sivusto on tehty saavutettavaksi. Jos huomaat puutteen,",
                        f"{c.link('palaute', 'kerro siitä palautelomakkeella')}.",
                    ),
                ),
            ],
        },
        "sv": {
            "title": "Tekojen tori har förnyats: nyheter, podd och webbinarier på ett och samma ställe",
            "slug": "tekojen-tori-har-fornyats",
            "lead": text(
                "Vid sidan av utvecklingsgärningarna finns nu nyheter, poddavsnitt med textversioner och webbinarier",
                "med inspelningar på den förnyade webbplatsen. Innehållet finns på finska, svenska och engelska.",
            ),
            "image_alt": "Illustration: en stor gul cirkel och ljusa bågar mot mörkblå bakgrund.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Tekojen tori har utvecklats tillsammans med dem som använder webbplatsen. Önskemålet var",
                        "tydligt: allt innehåll om arbetslivsutveckling skulle finnas på ett ställe, och gärningarna",
                        "skulle vara lätta att bläddra bland också i mobilen.",
                    )
                ),
                heading("Vad är nytt?"),
                paragraph(
                    ul(
                        "Nyheterna kan avgränsas efter sektor, tema och artikelserie, och du kan följa dem"
                        " via ett flöde.",
                        "Varje poddavsnitt har en textversion.",
                        "Kommande webbinarier kan du lägga till i din egen kalender, och inspelningarna av tidigare"
                        " webbinarier är textade.",
                    ),
                    p(
                        "Webbplatsen är gjord för att vara tillgänglig. Om du hittar en brist,",
                        f"{c.link('palaute', 'berätta om den i responsformuläret')}.",
                    ),
                ),
            ],
        },
        "en": {
            "title": "Tekojen tori renewed: news, podcast and webinars now in one place",
            "slug": "tekojen-tori-renewed",
            "lead": text(
                "Alongside the development deeds, the renewed site now brings together news, podcast episodes with",
                "transcripts and webinars with their recordings. Content is available in Finnish, Swedish and English.",
            ),
            "image_alt": "Illustration: a large yellow circle and light arcs on a dark blue background.",
            "body": lambda c: [
                paragraph(
                    p(
                        "Tekojen tori has been developed together with the people who use it. Their wish was clear:",
                        "everything about developing working life should be in one place, and deeds should be easy",
                        "to browse on a phone as well.",
                    )
                ),
                heading("What's new?"),
                paragraph(
                    ul(
                        "You can filter the news by sector, theme and story series, and follow them through a feed.",
                        "Every podcast episode has a transcript.",
                        "You can add upcoming webinars to your own calendar, and the recordings of past webinars"
                        " have captions.",
                    ),
                    p(
                        "The site has been built to be accessible. If you notice a problem,",
                        f"{c.link('palaute', 'tell us through the feedback form')}.",
                    ),
                ),
            ],
        },
    },
]
