"""The deed marketplace page (DeedIndexPage) in Finnish, Swedish and English."""

from home.demo.builders import p, text, ul

INDEX_PAGE = {
    "fi": {
        "title": "Kehittämisteot",
        "slug": "teot",
        "search_description": text(
            "Selaa ja hae kuntien ja hyvinvointialueiden työpaikkojen kehittämistekoja",
            "toimialan, teeman, maakunnan ja vuoden mukaan, ja ilmoita oma tekosi.",
        ),
        "intro": text(
            "Kehittämisteko kertoo, mitä työpaikalla tavoiteltiin, mitä tehtiin ja mitä siitä seurasi.",
            "Selaa kuntien ja hyvinvointialueiden tekoja, rajaa niitä toimialan, teeman tai maakunnan mukaan",
            "ja poimi ideoita oman työyhteisösi kehittämiseen.",
        ),
        "submit_intro": p(
            "Kerro, mitä teidän työpaikallanne on kehitetty: mitä tavoittelitte, mitä teitte ja mitä siitä",
            "seurasi. Pienikin arjen parannus on teko, josta muut voivat oppia.",
        )
        + ul(
            "Moderaattori lukee jokaisen teon ennen julkaisua ja voi pyytää sinulta lisätietoja.",
            "Nimeäsi ja sähköpostiosoitettasi ei julkaista.",
            "Teon yhteyshenkilö näytetään sivulla vain, jos annat siihen luvan.",
        ),
        "submit_thanks": p(
            "Kiitos, tekosi on nyt moderaattorin tarkistettavana!",
            "Lähetimme vahvistuksen antamaasi sähköpostiosoitteeseen.",
        )
        + p(
            "Teko julkaistaan Tekojen torilla, kun moderaattori on käynyt sen läpi.",
            "Jos tarvitsemme lisätietoja, otamme sinuun yhteyttä sähköpostitse.",
        ),
        "statistics_intro": text(
            "Tilastot kertovat, millaisia kehittämistekoja Tekojen torille on koottu:",
            "kuinka paljon tekoja on toimialoittain, teemoittain, maakunnittain ja vuosittain",
            "ja mitkä organisaatiot ovat kampanjoissa kertoneet teoistaan eniten.",
            "Luvut päivittyvät aina, kun uusi teko julkaistaan.",
        ),
    },
    "sv": {
        "title": "Utvecklingsgärningar",
        "slug": "utvecklingsgarningar",
        "search_description": text(
            "Bläddra bland och sök utvecklingsgärningar från arbetsplatser i kommuner och välfärdsområden",
            "efter sektor, tema, landskap och år, och berätta om er egen gärning.",
        ),
        "intro": text(
            "En utvecklingsgärning berättar vad en arbetsplats ville uppnå, vad den gjorde och vad det ledde till.",
            "Bläddra bland gärningar från kommuner och välfärdsområden, avgränsa dem efter sektor, tema",
            "eller landskap och hämta idéer för att utveckla din egen arbetsgemenskap.",
        ),
        "submit_intro": p(
            "Berätta vad ni har utvecklat på er arbetsplats: vad ni ville uppnå, vad ni gjorde och vad",
            "det ledde till. Också en liten förbättring i vardagen är en gärning som andra kan lära sig av.",
        )
        + ul(
            "En moderator läser varje gärning före publiceringen och kan be dig om mer information.",
            "Ditt namn och din e-postadress publiceras inte.",
            "Gärningens kontaktperson visas på sidan bara om du ger lov till det.",
        ),
        "submit_thanks": p(
            "Tack, din gärning granskas nu av en moderator!",
            "Vi har skickat en bekräftelse till e-postadressen du angav.",
        )
        + p(
            "Gärningen publiceras på Tekojen tori när moderatorn har gått igenom den.",
            "Om vi behöver mer information kontaktar vi dig per e-post.",
        ),
        "statistics_intro": text(
            "Statistiken visar vilka utvecklingsgärningar som har samlats på Tekojen tori:",
            "hur många gärningar det finns per sektor, tema, landskap och år",
            "och vilka organisationer som har berättat om flest gärningar i kampanjerna.",
            "Siffrorna uppdateras varje gång en ny gärning publiceras.",
        ),
    },
    "en": {
        "title": "Development deeds",
        "slug": "deeds",
        "search_description": text(
            "Browse and search development deeds from workplaces in Finnish municipalities and wellbeing",
            "services counties by sector, theme, region and year, and tell us about your own.",
        ),
        "intro": text(
            "A development deed tells what a workplace set out to change, what it did and what came of it.",
            "Browse deeds from municipalities and wellbeing services counties, filter them by sector, theme",
            "or region, and pick up ideas for developing your own work community.",
        ),
        "submit_intro": p(
            "Tell us what your workplace has developed: what you aimed at, what you did and what came of it.",
            "Even a small everyday improvement is a deed that others can learn from.",
        )
        + ul(
            "A moderator reads every deed before it is published and may ask you for more details.",
            "Your name and email address are never published.",
            "The deed's contact person is shown on the page only with your permission.",
        ),
        "submit_thanks": p(
            "Thank you, your deed is now waiting for a moderator!",
            "We have sent a confirmation to the email address you gave.",
        )
        + p(
            "The deed will be published on Tekojen tori once the moderator has reviewed it.",
            "If we need more details, we will contact you by email.",
        ),
        "statistics_intro": text(
            "The statistics show what kind of development deeds have been gathered on Tekojen tori:",
            "how many deeds there are by sector, theme, region and year,",
            "and which organisations told about the most deeds in each campaign.",
            "The figures are updated whenever a new deed is published.",
        ),
    },
}
