"""The news index, the podcast show and the webinar index in Finnish, Swedish and English, and the story series."""

from home.demo.builders import CONTACT_EMAIL, text
from uutiset.models import PodcastPage

NEWS_INDEX = {
    "fi": {
        "title": "Uutiset",
        "slug": "uutiset",
        "intro": text(
            "Ajankohtaista kuntien ja hyvinvointialueiden työelämän kehittämisestä: tarinoita työpaikoilta,",
            "kampanjoiden tuloksia ja kuulumisia Tekojen torilta.",
        ),
        "search_description": text(
            "Uutisia ja tarinoita kuntien ja hyvinvointialueiden työpaikkojen kehittämistyöstä.",
            "Rajaa uutisia toimialan, teeman ja juttusarjan mukaan.",
        ),
    },
    "sv": {
        "title": "Nyheter",
        "slug": "nyheter",
        "intro": text(
            "Aktuellt om arbetslivsutveckling i kommuner och välfärdsområden: berättelser från arbetsplatserna,",
            "resultat från kampanjerna och nytt från Tekojen tori.",
        ),
        "search_description": text(
            "Nyheter och berättelser om utvecklingsarbetet på arbetsplatser i kommuner och välfärdsområden.",
            "Avgränsa nyheterna efter sektor, tema och artikelserie.",
        ),
    },
    "en": {
        "title": "News",
        "slug": "news",
        "intro": text(
            "What's happening in work-life development in Finnish municipalities and wellbeing services counties:",
            "stories from workplaces, campaign results and news from Tekojen tori.",
        ),
        "search_description": text(
            "News and stories about how workplaces in Finnish municipalities and wellbeing services counties",
            "develop their work. Filter the news by sector, theme and story series.",
        ),
    },
}

WEBINAR_INDEX = {
    "fi": {
        "title": "Webinaarit",
        "slug": "webinaarit",
        "intro": text(
            "Maksuttomissa webinaareissa työpaikkojen kehittäjät kertovat kokemuksistaan, ja keskustelemme",
            "ajankohtaisista työelämän kysymyksistä. Tulevat webinaarit voit lisätä omaan kalenteriisi,",
            "ja menneiden webinaarien tallenteet ja diat löydät täältä.",
        ),
        "search_description": text(
            "Tekojen torin maksuttomat webinaarit työelämän kehittämisestä:",
            "tulevat tilaisuudet ja menneiden webinaarien tekstitetyt tallenteet.",
        ),
    },
    "sv": {
        "title": "Webbinarier",
        "slug": "webbinarier",
        "intro": text(
            "I de kostnadsfria webbinarierna berättar utvecklare från arbetsplatserna om sina erfarenheter,",
            "och vi diskuterar aktuella frågor i arbetslivet. Kommande webbinarier kan du lägga till i din",
            "kalender, och inspelningar och bilder från tidigare webbinarier hittar du här.",
            "Webbinarierna hålls på finska.",
        ),
        "search_description": text(
            "Tekojen toris kostnadsfria webbinarier om arbetslivsutveckling:",
            "kommande evenemang och textade inspelningar av tidigare webbinarier.",
        ),
    },
    "en": {
        "title": "Webinars",
        "slug": "webinars",
        "intro": text(
            "In our free webinars, people who develop their workplaces share what they have learned, and we",
            "talk about current questions of working life. Add upcoming webinars to your calendar, and find",
            "the recordings and slides of past ones here. The webinars are held in Finnish.",
        ),
        "search_description": text(
            "Free Tekojen tori webinars on developing working life:",
            "upcoming events and captioned recordings of past webinars.",
        ),
    },
}

# What the show tells podcast apps; the same in every language.
PODCAST_SHARED = {
    "author": "Tekojen tori",
    "owner_name": "Tekojen tori",
    "owner_email": CONTACT_EMAIL,
    "category": PodcastPage.Category.GOVERNMENT,
    "explicit": False,
    # Example listings: the demo show is in no directory.
    "apple_podcasts_url": "https://podcasts.apple.com/fi/podcast/tekojen-tori-podcast/id1790000001",
    "spotify_url": "https://open.spotify.com/show/5TekojenToriDemoShow01",
}

PODCAST = {
    "fi": {
        "title": "Tekojen tori -podcast",
        "slug": "podcast",
        "description": text(
            "Podcast kunta- ja hyvinvointialan työpaikkojen kehittämisestä. Jokaisessa jaksossa kehittämisteon",
            "tekijät kertovat, mitä he kokeilivat, mikä onnistui ja mitä he tekisivät nyt toisin.",
            "Jokaisesta jaksosta on myös tekstiversio.",
        ),
        "artwork_alt": text(
            "Tekojen tori -podcastin kansikuva: tummansininen mikrofoni keltaisen ympyrän keskellä",
            "ja sen ympärillä vaaleita ääniaaltoja.",
        ),
        "search_description": text(
            "Kuuntele, miten kuntien ja hyvinvointialueiden työpaikoilla kehitetään työtä.",
            "Jaksoissa kehittämistekojen tekijät kertovat kokemuksistaan.",
        ),
    },
    "sv": {
        "title": "Tekojen tori-podden",
        "slug": "podcast",
        "description": text(
            "En podd om hur arbetsplatser i kommuner och välfärdsområden utvecklar sitt arbete. I varje avsnitt",
            "berättar människorna bakom en utvecklingsgärning vad de prövade, vad som lyckades och vad de skulle",
            "göra annorlunda i dag. Avsnitten spelas in på finska, och en del av dem har en textversion på svenska.",
        ),
        "artwork_alt": text(
            "Omslagsbild för Tekojen tori-podden: en mörkblå mikrofon mitt i en gul cirkel",
            "med ljusa ljudvågor runt omkring.",
        ),
        "search_description": text(
            "Lyssna på hur arbetet utvecklas på arbetsplatser i kommuner och välfärdsområden.",
            "Avsnitten är på finska, och en del av dem har en textversion på svenska.",
        ),
    },
    "en": {
        "title": "The Tekojen tori podcast",
        "slug": "podcast",
        "description": text(
            "A podcast about how workplaces in Finnish municipalities and wellbeing services counties develop",
            "their work. In each episode, the people behind a development deed tell what they tried, what worked",
            "and what they would do differently today. The episodes are recorded in Finnish; some of them have",
            "an English transcript.",
        ),
        "artwork_alt": text(
            "Cover of the Tekojen tori podcast: a dark blue microphone in the middle of a yellow circle,",
            "surrounded by light sound waves.",
        ),
        "search_description": text(
            "Listen to how workplaces in Finnish municipalities and wellbeing services counties develop their work.",
            "The episodes are in Finnish, and some have an English transcript.",
        ),
    },
}

# The story series: the Finnish slug is each series' lasting key; language -> (name, slug, description).
KEKSELIAAT = "kekseliaat-kehittajat"
TEKOJEN_TAKANA = "tekojen-takana"

SERIES = {
    KEKSELIAAT: {
        "fi": (
            "Kekseliäät kehittäjät",
            KEKSELIAAT,
            text(
                "Juttusarja kuntien ja hyvinvointialueiden työpaikoista, jotka ovat ratkaisseet arjen ongelman",
                "uudella tavalla. Sarja alkoi koronavuosina, kun työpaikkojen piti keksiä toimintatapansa",
                "uudelleen lähes yhdessä yössä.",
            ),
        ),
        "sv": (
            "Uppfinningsrika utvecklare",
            "uppfinningsrika-utvecklare",
            text(
                "En artikelserie om arbetsplatser i kommuner och välfärdsområden som har löst ett vardagsproblem",
                "på ett nytt sätt. Serien började under coronaåren, när arbetsplatserna nästan över en natt",
                "måste tänka om hur de arbetar.",
            ),
        ),
        "en": (
            "Inventive developers",
            "inventive-developers",
            text(
                "A story series about workplaces in municipalities and wellbeing services counties that have",
                "solved an everyday problem in a new way. It began during the pandemic, when workplaces had to",
                "rethink how they worked almost overnight.",
            ),
        ),
    },
    TEKOJEN_TAKANA: {
        "fi": (
            "Tekojen takana",
            TEKOJEN_TAKANA,
            text(
                "Haastatteluja ihmisistä, jotka ovat vieneet kehittämisteon ideasta arkeen:",
                "mikä sai liikkeelle, mikä oli vaikeinta ja mitä he neuvoisivat muille.",
            ),
        ),
        "sv": (
            "Bakom gärningarna",
            "bakom-garningarna",
            text(
                "Intervjuer med människor som har fört en utvecklingsgärning från idé till vardag:",
                "vad som fick dem att börja, vad som var svårast och vad de skulle råda andra till.",
            ),
        ),
        "en": (
            "Behind the deeds",
            "behind-the-deeds",
            text(
                "Interviews with the people who took a development deed from an idea to everyday practice:",
                "what got them started, what was hardest and what they would tell others.",
            ),
        ),
    },
}
