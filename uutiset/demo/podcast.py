"""The demo podcast's episodes: recorded in Finnish, the first two also with Swedish and English text.

An episode's Finnish slug is its lasting key. The audio is a short MP3 of tones
made by the loader (``notes``, one a second), the same file in every language;
``cues`` make the first episode's timed transcript (WebVTT), a cue a note.
The guests are fictional people at the organisations whose deeds they tell about.
"""

from home.demo.builders import p, text, ul


def turn(speaker, *sentences):
    """One speaker's turn in a transcript."""
    return p(f"<b>{speaker}:</b>", *sentences)


# Opens a translated transcript: what is heard stays Finnish.
TRANSCRIPT_NOTE = {
    "sv": p("<i>Avsnittet är inspelat på finska. Här är textversionen översatt till svenska.</i>"),
    "en": p("<i>The episode is recorded in Finnish. This is a translation of its transcript.</i>"),
}

EPISODES = [
    {
        "date": "2025-10-07",
        "number": 1,
        "notes": (392, 494, 587, 494),  # G4 B4 D5 B4: four seconds
        # The timed transcript (WebVTT) podcast apps show as it plays: one cue a note.
        "cues": (
            ("Laura Niemi", "Tervetuloa Tekojen tori -podcastiin! Olen Laura Niemi."),
            ("Laura Niemi", "Vieraina ovat Anu Rantala ja Riikka Kemppainen Limingasta."),
            ("Anu Rantala", "Kiitos, mukava olla täällä."),
            ("Riikka Kemppainen", "Kiitos kutsusta."),
        ),
        "guests": (
            (
                "Anu Rantala",
                {
                    "fi": "kehittämiskoordinaattori, Limingan kunta",
                    "sv": "utvecklingskoordinator, Limingo kommun",
                    "en": "development coordinator, Municipality of Liminka",
                },
            ),
            (
                "Riikka Kemppainen",
                {
                    "fi": "varhaiskasvatuksen opettaja, Limingan kunta",
                    "sv": "lärare inom småbarnspedagogik, Limingo kommun",
                    "en": "early childhood education teacher, Municipality of Liminka",
                },
            ),
        ),
        "fi": {
            "title": "Vartti viikossa – miten Limingasta tuli Suomen kekseliäin kunta",
            "slug": "jakso-1-vartti-viikossa",
            "summary": text(
                "Limingassa jokainen tiimi varaa viikoittain vartin oman työnsä parantamiseen.",
                "Kehittämiskoordinaattori ja varhaiskasvatuksen opettaja kertovat, miten tapa syntyi",
                "ja miksi se on kestänyt.",
            ),
            "show_notes": p(
                "Avausjaksossa puhutaan siitä, miten kehittämisestä tehdään osa tavallista työviikkoa.",
                "Limingan kunta palkittiin vuonna 2022 Suomen kekseliäimpänä kuntana.",
            )
            + ul(
                "Kehittämisvartti: 15 minuuttia, yksi taulu ja kolme kysymystä",
                "Pedagoginen kahvila varhaiskasvatuksen tiimien yhteisenä oppimispaikkana",
                "Miten pienistä kokeiluista kerrotaan muille",
            ),
            "transcript": turn(
                "Laura Niemi",
                "Tervetuloa Tekojen tori -podcastiin! Olen Laura Niemi, ja tässä ensimmäisessä jaksossa",
                "vieraina ovat Anu Rantala ja Riikka Kemppainen Limingasta. Tervetuloa!",
            )
            + turn("Anu Rantala", "Kiitos, mukava olla täällä.")
            + turn("Riikka Kemppainen", "Kiitos kutsusta.")
            + turn(
                "Laura Niemi",
                "Anu, Limingassa jokainen tiimi pitää viikoittain kehittämisvartin. Mistä ajatus lähti?",
            )
            + turn(
                "Anu Rantala",
                "Se lähti oikeastaan turhautumisesta. Henkilöstökyselyissä toistui, että ideoita on,",
                "mutta niille ei ole aikaa. Johtoryhmä ja henkilöstön edustajat pohtivat yhdessä,",
                "mikä on pienin mahdollinen aika, jonka jokainen tiimi pystyy antamaan. Vartti tuntui",
                "sellaiselta, josta kukaan ei voi sanoa, ettei siihen ole aikaa.",
            )
            + turn("Laura Niemi", "Riikka, miltä vartti näyttää päiväkodin arjessa?")
            + turn(
                "Riikka Kemppainen",
                "Meillä se on tiistaisin päiväunien aikaan. Taululla on kolme kysymystä: mikä hankaloittaa",
                "työtä, mitä voisimme kokeilla ja kuka vie asiaa eteenpäin. Viimeksi kokeilimme uutta",
                "tapaa hoitaa eteisen pukemistilanteet, ja se toimi niin hyvin, että naapuriryhmä otti",
                "sen heti käyttöön.",
            )
            + turn("Laura Niemi", "Entä pedagoginen kahvila, josta olen kuullut?")
            + turn(
                "Riikka Kemppainen",
                "Se on kerran kuussa, ja sinne tulee väkeä kaikista kunnan päiväkodeista. Joku kertoo",
                "lyhyesti, mikä heillä on toiminut, ja sitten keskustellaan pienissä porukoissa. Jokainen",
                "vie mukanaan yhden asian kokeiltavaksi omaan ryhmään.",
            )
            + turn("Laura Niemi", "Anu, mikä on ollut vaikeinta?")
            + turn(
                "Anu Rantala",
                "Säännöllisyys. Kiireisinä viikkoina vartti jää helposti väliin, ja sitten se unohtuu.",
                "Esihenkilöt ovat olleet tässä avainasemassa. Toinen asia on se, että toteutetuista",
                "ideoista pitää kertoa ääneen. Kun näkee, että oma idea on muuttanut jotain, tekee",
                "mieli keksiä lisää.",
            )
            + turn("Laura Niemi", "Mitä neuvoisitte kunnalle, joka haluaa aloittaa huomenna?")
            + turn(
                "Anu Rantala",
                "Pitäkää se pienenä ja tylsän säännöllisenä. Älkää tehkö siitä projektia.",
            )
            + turn("Riikka Kemppainen", "Ja aloittakaa jostain, mikä ärsyttää kaikkia. Siitä saa heti onnistumisen.")
            + turn(
                "Laura Niemi",
                "Kiitos Anu ja Riikka! Limingan teot löytyvät Tekojen torilta. Seuraavassa jaksossa",
                "lähdemme kotihoidon reiteille Kuopioon.",
            ),
        },
        "sv": {
            "title": "En kvart i veckan – hur Limingo blev Finlands mest uppfinningsrika kommun",
            "slug": "avsnitt-1-en-kvart-i-veckan",
            "summary": text(
                "I Limingo reserverar varje team en kvart i veckan för att förbättra sitt eget arbete.",
                "En utvecklingskoordinator och en lärare inom småbarnspedagogiken berättar hur vanan",
                "uppstod och varför den har hållit i sig.",
            ),
            "show_notes": p(
                "I det första avsnittet talar vi om hur utveckling blir en del av en vanlig arbetsvecka.",
                "Limingo kommun utsågs 2022 till Finlands mest uppfinningsrika kommun.",
            )
            + ul(
                "Utvecklingskvarten: 15 minuter, en tavla och tre frågor",
                "Ett pedagogiskt kafé där teamen inom småbarnspedagogiken lär sig av varandra",
                "Hur man berättar för andra om små försök",
            ),
            "transcript": TRANSCRIPT_NOTE["sv"]
            + turn(
                "Laura Niemi",
                "Välkommen till Tekojen tori-podden! Jag heter Laura Niemi, och i det här första avsnittet",
                "har jag Anu Rantala och Riikka Kemppainen från Limingo som gäster. Välkomna!",
            )
            + turn("Anu Rantala", "Tack, roligt att vara här.")
            + turn("Riikka Kemppainen", "Tack för inbjudan.")
            + turn(
                "Laura Niemi",
                "Anu, i Limingo håller varje team en utvecklingskvart varje vecka. Var kom idén ifrån?",
            )
            + turn(
                "Anu Rantala",
                "Egentligen ur frustration. I personalenkäterna kom det gång på gång fram att det finns idéer",
                "men ingen tid för dem. Ledningsgruppen och personalens företrädare funderade tillsammans på",
                "vilken som är den minsta tid som varje team kan avvara. En kvart kändes som något som ingen",
                "kan säga att man inte har tid med.",
            )
            + turn("Laura Niemi", "Riikka, hur ser kvarten ut i vardagen på daghemmet?")
            + turn(
                "Riikka Kemppainen",
                "Hos oss är den på tisdagar medan barnen sover middag. På tavlan finns tre frågor: vad gör",
                "arbetet svårare, vad kunde vi pröva och vem för saken vidare. Senast prövade vi ett nytt sätt",
                "att sköta påklädningen i tamburen, och det fungerade så bra att grannavdelningen genast",
                "tog det i bruk.",
            )
            + turn("Laura Niemi", "Och det pedagogiska kaféet som jag har hört om?")
            + turn(
                "Riikka Kemppainen",
                "Det ordnas en gång i månaden, och dit kommer folk från alla kommunens daghem. Någon berättar",
                "kort om vad som har fungerat hos dem, och sedan diskuterar vi i små grupper. Var och en tar",
                "med sig en sak att pröva i sin egen grupp.",
            )
            + turn("Laura Niemi", "Anu, vad har varit svårast?")
            + turn(
                "Anu Rantala",
                "Regelbundenheten. Under stressiga veckor faller kvarten lätt bort, och sedan glöms den.",
                "Cheferna har haft en nyckelroll här. En annan sak är att man måste berätta högt om de idéer",
                "som har genomförts. När man ser att ens egen idé har förändrat något vill man komma på fler.",
            )
            + turn("Laura Niemi", "Vad skulle ni råda en kommun som vill börja i morgon?")
            + turn("Anu Rantala", "Håll det litet och tråkigt regelbundet. Gör inte ett projekt av det.")
            + turn(
                "Riikka Kemppainen",
                "Och börja med något som irriterar alla. Då får man en framgång direkt.",
            )
            + turn(
                "Laura Niemi",
                "Tack Anu och Riikka! Gärningarna från Limingo finns på Tekojen tori. I nästa avsnitt följer",
                "vi med hemvården på dess rutter i Kuopio.",
            ),
        },
        "en": {
            "title": "Fifteen minutes a week – how Liminka became Finland's most inventive municipality",
            "slug": "episode-1-fifteen-minutes-a-week",
            "summary": text(
                "In Liminka, every team sets aside fifteen minutes a week to improve its own work.",
                "A development coordinator and an early childhood education teacher tell how the habit",
                "began and why it has lasted.",
            ),
            "show_notes": p(
                "In our first episode, we talk about making development part of an ordinary working week.",
                "The municipality of Liminka was named Finland's most inventive municipality in 2022.",
            )
            + ul(
                "The development slot: 15 minutes, one board and three questions",
                "A pedagogical café where early childhood education teams learn from each other",
                "How to tell others about small experiments",
            ),
            "transcript": TRANSCRIPT_NOTE["en"]
            + turn(
                "Laura Niemi",
                "Welcome to the Tekojen tori podcast! I'm Laura Niemi, and my guests in this first episode",
                "are Anu Rantala and Riikka Kemppainen from Liminka. Welcome!",
            )
            + turn("Anu Rantala", "Thank you, it's good to be here.")
            + turn("Riikka Kemppainen", "Thanks for having us.")
            + turn(
                "Laura Niemi",
                "Anu, in Liminka every team holds a fifteen-minute development slot each week.",
                "Where did the idea come from?",
            )
            + turn(
                "Anu Rantala",
                "Frustration, really. Our staff surveys kept saying that there are ideas but no time for them.",
                "Management and staff representatives sat down together and asked what the smallest amount of",
                "time is that every team can give. Fifteen minutes felt like something nobody could say they",
                "didn't have time for.",
            )
            + turn("Laura Niemi", "Riikka, what does the slot look like in a day care centre?")
            + turn(
                "Riikka Kemppainen",
                "We hold it on Tuesdays while the children nap. There are three questions on the board: what",
                "makes our work harder, what could we try and who will take it forward. Last time we tried a",
                "new way of handling getting dressed in the hall, and it worked so well that the group next",
                "door took it up straight away.",
            )
            + turn("Laura Niemi", "And the pedagogical café I've heard about?")
            + turn(
                "Riikka Kemppainen",
                "It's once a month, and people come from every day care centre in the municipality. Someone",
                "gives a short talk on what has worked for them, and then we talk in small groups. Everyone",
                "takes one thing back to try with their own group.",
            )
            + turn("Laura Niemi", "Anu, what has been the hardest part?")
            + turn(
                "Anu Rantala",
                "Keeping it regular. In busy weeks the slot is easily skipped, and then it's forgotten.",
                "Supervisors have been key here. The other thing is that you have to talk about the ideas that",
                "were carried out. When people see that their idea changed something, they want to come up",
                "with more.",
            )
            + turn("Laura Niemi", "What would you tell a municipality that wants to start tomorrow?")
            + turn("Anu Rantala", "Keep it small and boringly regular. Don't turn it into a project.")
            + turn(
                "Riikka Kemppainen",
                "And start with something that annoys everyone. That gives you a success right away.",
            )
            + turn(
                "Laura Niemi",
                "Thank you, Anu and Riikka! Liminka's deeds are on Tekojen tori. In the next episode, we join",
                "home care on its rounds in Kuopio.",
            ),
        },
    },
    {
        "date": "2025-12-02",
        "number": 2,
        "notes": (330, 392, 440, 494, 440),  # E4 G4 A4 B4 A4: five seconds
        "guests": (
            (
                "Minna Karjalainen",
                {
                    "fi": "lähihoitaja, Kuopion kaupungin kotihoito",
                    "sv": "närvårdare, hemvården i Kuopio stad",
                    "en": "practical nurse, City of Kuopio home care",
                },
            ),
            (
                "Timo Hyvönen",
                {
                    "fi": "kotihoidon esihenkilö, Kuopion kaupunki",
                    "sv": "chef inom hemvården, Kuopio stad",
                    "en": "home care supervisor, City of Kuopio",
                },
            ),
        ),
        "fi": {
            "title": "Reitit uusiksi – kotihoidon hoitajat kartan ääressä",
            "slug": "jakso-2-reitit-uusiksi",
            "summary": text(
                "Kuopion kotihoidossa hoitajat suunnittelivat ajoreitit itse, ja ajoaika lyheni noin",
                "15 prosenttia. Lähihoitaja ja esihenkilö kertovat, mitä kartalta löytyi.",
            ),
            "show_notes": p(
                "Jaksossa puhutaan siitä, mitä tapahtuu, kun työn suunnitteluun otetaan mukaan ne, jotka",
                "työn tekevät.",
            )
            + ul(
                "Kahden viikon ajoreitit kartalla: mihin aika katosi?",
                "Hoitajien paikallistieto toiminnanohjausjärjestelmään",
                "Miten kiire ja vaikutusmahdollisuudet liittyvät toisiinsa",
            ),
            "transcript": turn(
                "Laura Niemi",
                "Tervetuloa Tekojen tori -podcastiin! Tänään puhumme kotihoidosta, ja vieraina ovat",
                "lähihoitaja Minna Karjalainen ja esihenkilö Timo Hyvönen Kuopiosta.",
            )
            + turn("Minna Karjalainen", "Hei vaan!")
            + turn("Timo Hyvönen", "Hei, kiva olla mukana.")
            + turn("Laura Niemi", "Minna, millainen tavallinen työpäivä oli ennen uudistusta?")
            + turn(
                "Minna Karjalainen",
                "Aika paljon autossa istumista. Saatoin ajaa kaupungin toiselle laidalle ja takaisin,",
                "vaikka samalla kadulla olisi ollut toinen asiakas, jolle kollega ajoi eri suunnasta.",
                "Ja kun aika loppui, se oli aina pois asiakkaalta.",
            )
            + turn("Laura Niemi", "Timo, miten tähän tartuttiin?")
            + turn(
                "Timo Hyvönen",
                "Kokosimme työryhmän, jossa oli hoitaja jokaisesta tiimistä ja toiminnanohjaaja. Otimme",
                "kahden viikon reitit, levitimme ne kartalle ja merkitsimme kohdat, joissa aikaa hukkui.",
                "Se oli aika pysäyttävä hetki, kun koko kuva oli edessä.",
            )
            + turn("Laura Niemi", "Mitä kartalta löytyi?")
            + turn(
                "Minna Karjalainen",
                "Paljon sellaista, mitä järjestelmä ei voi tietää. Esimerkiksi sen, että yhden talon",
                "pihaan ei pääse autolla aamulla, tai että joku asiakas haluaa käynnin ennen kahdeksaa,",
                "koska hänen tyttärensä soittaa silloin. Nyt ne tiedot ovat järjestelmässä käynnin",
                "lisätietona.",
            )
            + turn("Laura Niemi", "Ja tulokset?")
            + turn(
                "Timo Hyvönen",
                "Ajoaika lyheni kolmessa kuukaudessa noin 15 prosenttia. Mutta minulle tärkeintä on, että",
                "hoitajat kokevat voivansa vaikuttaa omaan työhönsä. Se näkyy jaksamisessa.",
            )
            + turn("Laura Niemi", "Minna, mitä sanoisit hoitajalle toisessa kaupungissa?")
            + turn(
                "Minna Karjalainen",
                "Että teidän tietonne on arvokasta. Kertokaa se ääneen, ja pyytäkää päästä mukaan",
                "suunnitteluun.",
            )
            + turn(
                "Laura Niemi",
                "Kiitos Minna ja Timo! Seuraavassa jaksossa puhumme tekoälystä kaupungin asiakaspalvelussa.",
            ),
        },
        "sv": {
            "title": "Nya rutter – hemvårdarna vid kartan",
            "slug": "avsnitt-2-nya-rutter",
            "summary": text(
                "I hemvården i Kuopio planerade vårdarna själva sina körrutter, och körtiden minskade med",
                "omkring 15 procent. En närvårdare och en chef berättar vad de hittade på kartan.",
            ),
            "show_notes": p(
                "I avsnittet talar vi om vad som händer när de som gör arbetet får vara med och planera det.",
            )
            + ul(
                "Två veckors körrutter på kartan: vart tog tiden vägen?",
                "Vårdarnas lokalkännedom in i styrsystemet",
                "Hur brådska och möjligheten att påverka hänger ihop",
            ),
            "transcript": TRANSCRIPT_NOTE["sv"]
            + turn(
                "Laura Niemi",
                "Välkommen till Tekojen tori-podden! I dag talar vi om hemvård, och mina gäster är",
                "närvårdaren Minna Karjalainen och chefen Timo Hyvönen från Kuopio.",
            )
            + turn("Minna Karjalainen", "Hej!")
            + turn("Timo Hyvönen", "Hej, roligt att vara med.")
            + turn("Laura Niemi", "Minna, hur såg en vanlig arbetsdag ut före förändringen?")
            + turn(
                "Minna Karjalainen",
                "Man satt rätt mycket i bilen. Jag kunde köra till andra sidan stan och tillbaka, fast det",
                "fanns en annan klient på samma gata som en kollega körde till från ett annat håll. Och när",
                "tiden tog slut var det alltid klienten som fick mindre.",
            )
            + turn("Laura Niemi", "Timo, hur tog ni itu med det?")
            + turn(
                "Timo Hyvönen",
                "Vi satte ihop en arbetsgrupp med en vårdare från varje team och den som planerar besöken.",
                "Vi tog två veckors rutter, bredde ut dem på en karta och märkte ut var tiden gick förlorad.",
                "Det var en ganska omskakande stund när hela bilden låg framför oss.",
            )
            + turn("Laura Niemi", "Vad hittade ni på kartan?")
            + turn(
                "Minna Karjalainen",
                "Mycket som systemet inte kan veta. Till exempel att man inte kommer in på en viss gård med",
                "bil på morgonen, eller att en klient vill ha besöket före åtta, eftersom dottern ringer då.",
                "Nu finns de uppgifterna i systemet som tilläggsinformation om besöket.",
            )
            + turn("Laura Niemi", "Och resultaten?")
            + turn(
                "Timo Hyvönen",
                "På tre månader minskade körtiden med omkring 15 procent. Men för mig är det viktigaste att",
                "vårdarna känner att de kan påverka sitt eget arbete. Det syns i hur de orkar.",
            )
            + turn("Laura Niemi", "Minna, vad skulle du säga till en vårdare i en annan stad?")
            + turn(
                "Minna Karjalainen",
                "Att er kunskap är värdefull. Säg det högt och be att få vara med i planeringen.",
            )
            + turn(
                "Laura Niemi",
                "Tack Minna och Timo! I nästa avsnitt talar vi om artificiell intelligens i stadens kundtjänst.",
            ),
        },
        "en": {
            "title": "Redrawing the routes – home care nurses at the map",
            "slug": "episode-2-redrawing-the-routes",
            "summary": text(
                "In Kuopio's home care, the nurses planned their driving routes themselves, and driving time",
                "fell by about 15 per cent. A practical nurse and a supervisor tell what they found on the map.",
            ),
            "show_notes": p(
                "In this episode, we talk about what happens when the people who do the work help to plan it."
            )
            + ul(
                "Two weeks of routes on a map: where did the time go?",
                "Getting the nurses' local knowledge into the scheduling system",
                "How time pressure and having a say in your work are connected",
            ),
            "transcript": TRANSCRIPT_NOTE["en"]
            + turn(
                "Laura Niemi",
                "Welcome to the Tekojen tori podcast! Today we're talking about home care, and my guests are",
                "practical nurse Minna Karjalainen and supervisor Timo Hyvönen from Kuopio.",
            )
            + turn("Minna Karjalainen", "Hi!")
            + turn("Timo Hyvönen", "Hello, glad to be here.")
            + turn("Laura Niemi", "Minna, what was an ordinary working day like before the change?")
            + turn(
                "Minna Karjalainen",
                "A lot of sitting in the car. I might drive to the other side of town and back, even though",
                "a colleague was driving to another client on the same street from a different direction.",
                "And when time ran out, it was always the client who lost out.",
            )
            + turn("Laura Niemi", "Timo, how did you tackle it?")
            + turn(
                "Timo Hyvönen",
                "We set up a working group with a nurse from every team and our scheduler. We took two weeks",
                "of routes, spread them out on a map and marked the places where time was lost. It was quite a",
                "moment when we saw the whole picture in front of us.",
            )
            + turn("Laura Niemi", "What did you find on the map?")
            + turn(
                "Minna Karjalainen",
                "Lots of things the system can't know. For example, that you can't drive into one yard in the",
                "morning, or that a client wants the visit before eight because that's when her daughter calls.",
                "Now that information is in the system as a note on the visit.",
            )
            + turn("Laura Niemi", "And the results?")
            + turn(
                "Timo Hyvönen",
                "Within three months, driving time fell by about 15 per cent. But for me the most important",
                "thing is that the nurses feel they can influence their own work. You can see it in how they cope.",
            )
            + turn("Laura Niemi", "Minna, what would you say to a nurse in another city?")
            + turn(
                "Minna Karjalainen",
                "That what you know is valuable. Say it out loud, and ask to be part of the planning.",
            )
            + turn(
                "Laura Niemi",
                "Thank you, Minna and Timo! In the next episode, we talk about artificial intelligence in a",
                "city's customer service.",
            ),
        },
    },
    {
        "date": "2026-02-10",
        "number": 3,
        "notes": (440, 523, 587, 659, 587, 523),  # A4 C5 D5 E5 D5 C5: six seconds
        "guests": (
            (
                "Sari Mäkinen",
                {"fi": "asiakaspalvelupäällikkö, Seinäjoen kaupunki"},
            ),
            (
                "Petri Aalto",
                {"fi": "tietohallinnon asiantuntija, Seinäjoen kaupunki"},
            ),
        ),
        "fi": {
            "title": "Tekoäly asiakaspalvelussa – luonnos ei ole vastaus",
            "slug": "jakso-3-tekoaly-asiakaspalvelussa",
            "summary": text(
                "Seinäjoen palvelupisteessä tekoäly ehdottaa vastauksia kaupunkilaisten sähköposteihin,",
                "mutta lähettäjä on aina ihminen. Millaisiin kysymyksiin työkalu sopii, ja mitä kokeilusta opittiin?",
            ),
            "show_notes": p(
                "Jaksossa puretaan kokeilu, jossa tekoäly kirjoittaa vastausluonnoksen ja asiakaspalvelija päättää,",
                "mitä lähetetään.",
            )
            + ul(
                "Miksi kokeilu rajattiin julkiseen tietoon perustuviin kysymyksiin",
                "Tietosuojan vaikutustenarviointi ennen aloittamista",
                "Huono luonnos paljasti vanhentuneet ohjeet",
            ),
            "transcript": turn(
                "Laura Niemi",
                "Tervetuloa Tekojen tori -podcastiin! Tämän jakson aiheena on tekoäly, ja vieraina ovat",
                "asiakaspalvelupäällikkö Sari Mäkinen ja tietohallinnon asiantuntija Petri Aalto",
                "Seinäjoen kaupungilta.",
            )
            + turn("Sari Mäkinen", "Kiitos kutsusta.")
            + turn("Petri Aalto", "Hei!")
            + turn("Laura Niemi", "Sari, miksi palvelupisteessä ylipäätään alettiin kokeilla tekoälyä?")
            + turn(
                "Sari Mäkinen",
                "Sähköposteja tulee satoja päivässä, ja moni kysyy samaa: aukioloaikoja, lomakkeita,",
                "maksuja. Vastaaminen vei aikaa asiakkailta, jotka soittavat tai tulevat tiskille.",
                "Halusimme nopeuttaa vastaamista niin, ettei laatu kärsi.",
            )
            + turn("Laura Niemi", "Petri, miten kokeilu rajattiin?")
            + turn(
                "Petri Aalto",
                "Valitsimme yhdessä asiakaspalvelijoiden kanssa aiheet, joissa vastaus perustuu julkiseen",
                "tietoon. Henkilötietoja sisältävät viestit jätettiin kokonaan pois, ja teimme tietosuojan",
                "vaikutustenarvioinnin ennen kuin mitään otettiin käyttöön.",
            )
            + turn("Laura Niemi", "Kuinka hyviä luonnokset olivat?")
            + turn(
                "Sari Mäkinen",
                "Noin puolet kelpasi pienin muutoksin. Yllättävintä oli se, että kun luonnos oli huono, vika",
                "oli usein meidän omissa ohjeissamme. Tieto oli vanhaa tai kolmessa eri paikassa.",
            )
            + turn(
                "Petri Aalto",
                "Eli tekoäly toimi vähän kuin peili. Korjasimme ohjeet verkkosivuille, ja siitä hyötyvät",
                "kaikki.",
            )
            + turn("Laura Niemi", "Miten asiakkaille kerrotaan tekoälyn käytöstä?")
            + turn(
                "Sari Mäkinen",
                "Vastauksessa kerrotaan, että luonnoksen laatimisessa on käytetty apuna tekoälyä ja että",
                "asiakaspalvelija on tarkistanut sen. Lähettäjä on aina ihminen, ja se on meille tärkeää.",
            )
            + turn(
                "Laura Niemi",
                "Kiitos Sari ja Petri! Seinäjoen kokeilu löytyy Tekojen torilta, ja uusia jaksoja on tulossa.",
            ),
        },
    },
]
