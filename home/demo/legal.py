"""The privacy notice, the accessibility feedback form and the accessibility statement."""

import datetime

from home.models import AccessibilityStatementPage

from .builders import (
    CONTACT_EMAIL,
    FROM_EMAIL,
    accordion,
    field,
    heading,
    mailto,
    p,
    paragraph,
    text,
    ul,
)

AUTHORITY_URL = {
    "fi": "https://www.saavutettavuusvaatimukset.fi",
    "sv": "https://www.tillganglighetskrav.fi",
    "en": "https://www.webaccessibility.fi",
}
AUTHORITY_NAME = {
    "fi": "Lupa- ja valvontavirasto, saavutettavuuden valvonta",
    "sv": "Tillstånds- och tillsynsverket, tillsynen över tillgänglighet",
    "en": "Finnish Permit and Supervision Agency, accessibility supervision",
}
AUTHORITY_DETAILS = {
    "fi": "Tietoa vaatimuksista ja ilmoituslomake: saavutettavuusvaatimukset.fi",
    "sv": "Information om kraven och anmälningsblankett: tillganglighetskrav.fi",
    "en": "Information on the requirements and a complaint form: webaccessibility.fi",
}


def tietosuoja_fi(c):
    return {
        "search_description": text(
            "Tekojen tori -sivuston tietosuojaseloste: mitä henkilötietoja käsittelemme, miksi ja kuinka kauan,",
            "sekä miten voit käyttää oikeuksiasi.",
        ),
        "intro": text(
            "Tässä selosteessa kerromme, mitä henkilötietoja Tekojen tori -sivustolla käsitellään,",
            "mihin niitä käytetään ja miten voit käyttää oikeuksiasi.",
        ),
        "body": [
            heading("Rekisterinpitäjä"),
            paragraph(
                p("Kunta- ja hyvinvointialuetyönantajat KT<br/>Toinen linja 14, 00530 Helsinki"),
                p(f"Tietosuojaa koskevat kysymykset: {mailto(CONTACT_EMAIL)}"),
            ),
            heading("Mitä tietoja käsittelemme ja miksi?"),
            paragraph(
                ul(
                    "<b>Kehittämistekojen lähettäjät:</b> nimi, sähköpostiosoite, organisaatio ja teon kuvaus."
                    " Tietoja tarvitaan teon tarkistamiseen ja tarvittaessa yhteydenottoon. Yhteystiedot"
                    " julkaistaan teon yhteydessä vain lähettäjän luvalla.",
                    "<b>Sparrauksen hakijat:</b> organisaatio, yhteyshenkilön nimi ja yhteystiedot sekä hakemuksen"
                    " sisältö. Tietoja käytetään hakemuksen käsittelyyn, sparrauksen järjestämiseen ja tilastointiin.",
                    "<b>Palautteen antajat:</b> palautteen sisältö sekä nimi ja sähköpostiosoite, jos ne annetaan."
                    " Tietoja käytetään palautteeseen vastaamiseen ja palvelun korjaamiseen.",
                    "<b>Webinaareihin ilmoittautuneet:</b> nimi, sähköpostiosoite ja organisaatio tilaisuuden"
                    " järjestämistä varten.",
                )
            ),
            heading("Käsittelyn oikeusperuste", 3),
            paragraph(
                p(
                    "Käsittely perustuu rekisterinpitäjän oikeutettuun etuun tarjota työelämän kehittämisen",
                    "palveluja ja viestiä niistä (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta).",
                    "Yhteystietojen julkaiseminen teon yhteydessä perustuu suostumukseen, jonka voit perua",
                    "milloin tahansa.",
                )
            ),
            heading("Säilytysajat", 3),
            paragraph(
                p(
                    "Sparraushakemukset ja palautteet säilytetään enintään kaksi vuotta käsittelyn päättymisestä.",
                    "Julkaistun teon tiedot säilyvät niin kauan kuin teko on sivustolla.",
                    "Webinaarien ilmoittautumistiedot poistetaan kolmen kuukauden kuluttua tilaisuudesta.",
                )
            ),
            heading("Tietojen luovutukset ja siirrot"),
            paragraph(
                p(
                    "Tietoja ei myydä eikä luovuteta markkinointiin. Sparraushakemuksen tiedot annetaan sille",
                    "sparraajalle, joka sparrauksen toteuttaa. Sivuston teknisiä palveluntarjoajia sitovat",
                    "tietojenkäsittelysopimukset. Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle.",
                )
            ),
            heading("Evästeet"),
            paragraph(
                p(
                    "Sivusto käyttää vain sen toiminnalle välttämättömiä evästeitä, kuten lomakkeiden suojaukseen",
                    "tarvittavaa evästettä. Emme käytä seuranta- tai mainosevästeitä.",
                )
            ),
            accordion(
                "Sinun oikeutesi",
                ("Oikeus saada tietää", p("Voit pyytää nähtäväksesi tiedot, jotka sinusta on tallennettu.")),
                (
                    "Oikeus korjata ja poistaa tietoja",
                    p("Voit pyytää korjaamaan virheelliset tiedot ja poistamaan tiedot, joita ei enää tarvita."),
                ),
                (
                    "Oikeus vastustaa käsittelyä ja perua suostumus",
                    p(
                        "Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä",
                        "ja perua antamasi suostumuksen milloin tahansa.",
                    ),
                ),
                (
                    "Oikeus tehdä valitus",
                    p(
                        "Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen",
                        'tietosuojavaltuutetun toimistolle: <a href="https://tietosuoja.fi">tietosuoja.fi</a>.',
                    ),
                ),
            ),
            paragraph(
                p(
                    f"Lähetä oikeuksiasi koskevat pyynnöt sähköpostitse osoitteeseen {mailto(CONTACT_EMAIL)}.",
                    "Vastaamme kuukauden kuluessa.",
                )
            ),
        ],
    }


def tietosuoja_sv(c):
    return {
        "search_description": text(
            "Dataskyddsbeskrivning för Tekojen tori: vilka personuppgifter vi behandlar, varför och hur länge,",
            "och hur du kan använda dina rättigheter.",
        ),
        "intro": text(
            "I den här beskrivningen berättar vi vilka personuppgifter som behandlas på Tekojen tori,",
            "vad de används till och hur du kan använda dina rättigheter.",
        ),
        "body": [
            heading("Personuppgiftsansvarig"),
            paragraph(
                p("Kommun- och välfärdsområdesarbetsgivarna KT<br/>Andra linjen 14, 00530 Helsingfors"),
                p(f"Frågor om dataskydd: {mailto(CONTACT_EMAIL)}"),
            ),
            heading("Vilka uppgifter behandlar vi och varför?"),
            paragraph(
                ul(
                    "<b>De som skickar in utvecklingsgärningar:</b> namn, e-postadress, organisation och"
                    " beskrivning av gärningen. Kontaktuppgifterna publiceras bara med samtycke.",
                    "<b>De som ansöker om sparrning:</b> organisation, kontaktpersonens namn och kontaktuppgifter"
                    " samt ansökans innehåll, för att behandla ansökan och ordna sparrningen.",
                    "<b>De som ger respons:</b> responsens innehåll samt namn och e-postadress om de anges,"
                    " för att kunna svara och rätta till problem.",
                    "<b>De som anmäler sig till webbinarier:</b> namn, e-postadress och organisation.",
                )
            ),
            heading("Rättslig grund och lagringstid", 3),
            paragraph(
                p(
                    "Behandlingen grundar sig på den personuppgiftsansvariges berättigade intresse att erbjuda",
                    "och informera om tjänster för arbetslivsutveckling (artikel 6.1 f i EU:s allmänna",
                    "dataskyddsförordning). Publicering av kontaktuppgifter grundar sig på samtycke.",
                ),
                p(
                    "Ansökningar och respons sparas i högst två år efter att ärendet avslutats.",
                    "Anmälningar till webbinarier raderas tre månader efter evenemanget.",
                ),
            ),
            heading("Utlämnande, överföringar och kakor"),
            paragraph(
                p(
                    "Uppgifterna säljs inte och lämnas inte ut för marknadsföring. De överförs inte utanför EU",
                    "eller EES. Webbplatsen använder bara kakor som är nödvändiga för att den ska fungera.",
                )
            ),
            accordion(
                "Dina rättigheter",
                ("Rätt till insyn", p("Du kan be att få se de uppgifter som har sparats om dig.")),
                (
                    "Rätt till rättelse och radering",
                    p("Du kan be oss rätta felaktiga uppgifter och radera uppgifter som inte längre behövs."),
                ),
                (
                    "Rätt att göra invändningar och återkalla samtycke",
                    p("Du kan invända mot behandlingen och när som helst återkalla ditt samtycke."),
                ),
                (
                    "Rätt att klaga",
                    p(
                        "Om du anser att dina uppgifter behandlas i strid med lagen kan du klaga hos",
                        'dataombudsmannens byrå: <a href="https://tietosuoja.fi/sv">tietosuoja.fi</a>.',
                    ),
                ),
            ),
            paragraph(p(f"Skicka begäranden om dina rättigheter per e-post till {mailto(CONTACT_EMAIL)}.")),
        ],
    }


def tietosuoja_en(c):
    return {
        "search_description": text(
            "Privacy notice for Tekojen tori: what personal data we process, why and for how long,",
            "and how you can exercise your rights.",
        ),
        "intro": text(
            "This notice explains what personal data is processed on Tekojen tori,",
            "what it is used for and how you can exercise your rights.",
        ),
        "body": [
            heading("Controller"),
            paragraph(
                p("Local Government and County Employers KT<br/>Toinen linja 14, 00530 Helsinki, Finland"),
                p(f"Questions about data protection: {mailto(CONTACT_EMAIL)}"),
            ),
            heading("What data we process and why"),
            paragraph(
                ul(
                    "<b>People who submit development deeds:</b> name, email address, organisation and the"
                    " description of the deed. Contact details are published only with consent.",
                    "<b>Coaching applicants:</b> organisation, the contact person's name and contact details and"
                    " the content of the application, to process it and arrange the coaching.",
                    "<b>People giving feedback:</b> the feedback and, if given, name and email address,"
                    " so that we can reply and fix problems.",
                    "<b>Webinar registrants:</b> name, email address and organisation.",
                )
            ),
            heading("Legal basis and retention", 3),
            paragraph(
                p(
                    "Processing is based on the controller's legitimate interest in offering and communicating",
                    "work-life development services (Article 6(1)(f) of the EU General Data Protection",
                    "Regulation). Publishing contact details with a deed is based on consent.",
                ),
                p(
                    "Applications and feedback are kept for at most two years after the matter is closed.",
                    "Webinar registrations are deleted three months after the event.",
                ),
            ),
            heading("Disclosures, transfers and cookies"),
            paragraph(
                p(
                    "The data is not sold or disclosed for marketing. It is not transferred outside the EU or",
                    "the EEA. The site only uses cookies that are necessary for it to work.",
                )
            ),
            accordion(
                "Your rights",
                ("Right of access", p("You can ask to see the data stored about you.")),
                (
                    "Right to rectification and erasure",
                    p("You can ask us to correct inaccurate data and erase data that is no longer needed."),
                ),
                (
                    "Right to object and to withdraw consent",
                    p("You can object to the processing and withdraw your consent at any time."),
                ),
                (
                    "Right to lodge a complaint",
                    p(
                        "If you think your data is processed unlawfully, you can complain to the Office of the",
                        'Data Protection Ombudsman: <a href="https://tietosuoja.fi/en">tietosuoja.fi</a>.',
                    ),
                ),
            ),
            paragraph(p(f"Send requests concerning your rights by email to {mailto(CONTACT_EMAIL)}.")),
        ],
    }


def palaute_fi(c):
    return {
        "search_description": text(
            "Anna palautetta Tekojen tori -sivuston saavutettavuudesta.",
            "Kerro, missä huomasit ongelman, niin korjaamme sen.",
        ),
        "intro": p(
            "Huomasitko sivustolla saavutettavuusongelman? Kerro siitä meille.",
            "Vastaamme 14 päivän kuluessa, jos jätät yhteystietosi.",
        )
        + p(f"Lisätietoja saat {c.link('seloste', 'saavutettavuusselosteesta')}."),
        "thank_you_text": p(
            "Kiitos palautteestasi! Jos annoit sähköpostiosoitteesi, vastaamme 14 päivän kuluessa.",
        ),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "Saavutettavuuspalaute",
        "form_fields": [
            field("Sivu, jolla ongelma on", required=False, help_text="Sivun nimi tai osoite."),
            field("Kuvaile ongelma", "multiline", help_text="Mitä yritit tehdä ja mikä ei toiminut?"),
            field(
                "Käyttämäsi apuväline tai selain",
                required=False,
                help_text="Esimerkiksi ruudunlukuohjelma, näytön suurennus tai puheohjaus.",
            ),
            field("Nimi", required=False),
            field(
                "Sähköposti",
                "email",
                required=False,
                help_text="Tarvitsemme sähköpostiosoitteesi, jos haluat vastauksen.",
            ),
        ],
    }


def palaute_sv(c):
    return {
        "search_description": text(
            "Ge respons om tillgängligheten på Tekojen tori.",
            "Berätta var du stötte på problemet, så rättar vi till det.",
        ),
        "intro": p(
            "Har du stött på ett tillgänglighetsproblem på webbplatsen? Berätta för oss.",
            "Vi svarar inom 14 dagar om du lämnar dina kontaktuppgifter.",
        )
        + p(f"Läs mer i {c.link('seloste', 'tillgänglighetsutlåtandet')}."),
        "thank_you_text": p("Tack för din respons! Om du gav din e-postadress svarar vi inom 14 dagar."),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "Respons om tillgänglighet",
        "form_fields": [
            field("Sida där problemet finns", required=False, help_text="Sidans namn eller adress."),
            field("Beskriv problemet", "multiline", help_text="Vad försökte du göra och vad fungerade inte?"),
            field(
                "Hjälpmedel eller webbläsare du använder",
                required=False,
                help_text="Till exempel skärmläsare, förstoring eller röststyrning.",
            ),
            field("Namn", required=False),
            field("E-post", "email", required=False, help_text="Vi behöver din e-postadress om du vill ha svar."),
        ],
    }


def palaute_en(c):
    return {
        "search_description": text(
            "Give feedback on the accessibility of Tekojen tori.",
            "Tell us where you ran into a problem and we will fix it.",
        ),
        "intro": p(
            "Did you run into an accessibility problem on the site? Please tell us.",
            "We will reply within 14 days if you leave your contact details.",
        )
        + p(f"Read more in our {c.link('seloste', 'accessibility statement')}."),
        "thank_you_text": p(
            "Thank you for your feedback!",
            "If you gave your email address, we will reply within 14 days.",
        ),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "Accessibility feedback",
        "form_fields": [
            field("Page where the problem is", required=False, help_text="The page's name or address."),
            field("Describe the problem", "multiline", help_text="What were you trying to do and what did not work?"),
            field(
                "Assistive technology or browser you use",
                required=False,
                help_text="For example a screen reader, screen magnification or voice control.",
            ),
            field("Name", required=False),
            field("Email", "email", required=False, help_text="We need your email address if you would like a reply."),
        ],
    }


def issue(title, description, criteria, fix, reason="non_compliance"):
    return {
        "type": "issue",
        "value": {"title": title, "description": description, "criteria": criteria, "reason": reason, "fix": fix},
    }


STATEMENT_COMMON = {
    "compliance_status": AccessibilityStatementPage.Compliance.PARTIAL,
    "standard": "WCAG 2.1 AA",
    "prepared_on": datetime.date(2023, 3, 15),
    "reviewed_on": datetime.date(2026, 9, 30),
    "assessment_method": AccessibilityStatementPage.Assessment.SELF,
    "feedback_email": CONTACT_EMAIL,
    "response_days": 14,
}


def seloste_fi(c):
    return {
        **STATEMENT_COMMON,
        "search_description": text(
            "Tekojen tori -sivuston saavutettavuusseloste: vaatimustenmukaisuus, tunnetut puutteet,",
            "palautteen antaminen ja valvova viranomainen.",
        ),
        "intro": text(
            "Tämä seloste koskee tekojentori.fi-sivustoa. Sivustosta vastaavat Kunta- ja",
            "hyvinvointialuetyönantajat KT ja pääsopijajärjestöt. Haluamme, että kuka tahansa voi käyttää",
            "sivustoa vaivatta, myös ruudunlukijan, näppäimistön, suurennuksen tai puheohjauksen avulla.",
        ),
        "non_accessible_content": [
            issue(
                "Osa vanhoista PDF-liitteistä",
                text(
                    "Osa ennen vuotta 2023 julkaistuista PDF-tiedostoista, kuten ohjelmien raporteista, ei ole",
                    "saavutettavia. Niistä puuttuu otsikkorakenne ja kuvien tekstivastineet, eikä ruudunlukija",
                    "aina lue niitä oikeassa järjestyksessä.",
                ),
                "1.1.1 Ei-tekstuaalinen sisältö; 1.3.1 Informaatio ja suhteet; 1.3.2 Merkityksellinen järjestys",
                text(
                    "Korvaamme tiedostot verkkosivuilla tai korjatuilla PDF-versioilla vuoden 2027 loppuun mennessä.",
                    "Saat tiedoston sisällön pyynnöstä saavutettavassa muodossa.",
                ),
            ),
            issue(
                "Tekstitykset puuttuvat osasta vanhoja videoita",
                text(
                    "Osasta vuosina 2020–2022 julkaistuja webinaaritallenteita ja videoita puuttuvat tekstitykset",
                    "ja tekstivastineet.",
                ),
                "1.2.2 Tekstitys (tallennettu)",
                text(
                    "Tekstitämme edelleen katsotut tallenteet kesäkuuhun 2027 mennessä.",
                    "Uudet videot tekstitetään aina ennen julkaisua.",
                ),
            ),
        ],
        "assessment_details": text(
            "Arvioimme sivuston itse syyskuussa 2026. Tarkistimme sivupohjat ja sisällöt automaattisella",
            "axe-työkalulla sekä käsin näppäimistöllä, NVDA- ja VoiceOver-ruudunlukijoilla",
            "ja 400 prosentin suurennuksella.",
        ),
        "feedback_page": c.page("palaute"),
        "authority_name": AUTHORITY_NAME["fi"],
        "authority_details": AUTHORITY_DETAILS["fi"],
        "authority_url": AUTHORITY_URL["fi"],
    }


def seloste_sv(c):
    return {
        **STATEMENT_COMMON,
        "search_description": text(
            "Tillgänglighetsutlåtande för Tekojen tori: hur kraven uppfylls, kända brister,",
            "hur du ger respons och vilken myndighet som övervakar.",
        ),
        "intro": text(
            "Det här utlåtandet gäller webbplatsen tekojentori.fi. Webbplatsen ansvaras för av Kommun- och",
            "välfärdsområdesarbetsgivarna KT och huvudavtalsorganisationerna. Vi vill att alla ska kunna",
            "använda webbplatsen utan hinder, också med skärmläsare, tangentbord, förstoring eller röststyrning.",
        ),
        "non_accessible_content": [
            issue(
                "En del äldre pdf-bilagor",
                text(
                    "En del pdf-filer som publicerats före 2023, till exempel programrapporter, är inte",
                    "tillgängliga. De saknar rubrikstruktur och textalternativ till bilder, och skärmläsare",
                    "läser dem inte alltid i rätt ordning.",
                ),
                "1.1.1 Icke-textbaserat innehåll; 1.3.1 Information och relationer; 1.3.2 Meningsfull ordningsföljd",
                text(
                    "Vi ersätter filerna med webbsidor eller rättade pdf-versioner före utgången av 2027.",
                    "På begäran får du innehållet i tillgängligt format.",
                ),
            ),
            issue(
                "Textning saknas i en del äldre videor",
                "En del webbinarieinspelningar och videor från 2020–2022 saknar textning och textalternativ.",
                "1.2.2 Undertexter (förinspelat)",
                text(
                    "Vi textar de inspelningar som fortfarande ses före juni 2027.",
                    "Nya videor textas alltid innan de publiceras.",
                ),
            ),
        ],
        "assessment_details": text(
            "Vi bedömde webbplatsen själva i september 2026. Vi granskade sidmallar och innehåll med",
            "verktyget axe och manuellt med tangentbord, skärmläsarna NVDA och VoiceOver",
            "samt med 400 procents förstoring.",
        ),
        "feedback_page": c.page("palaute"),
        "authority_name": AUTHORITY_NAME["sv"],
        "authority_details": AUTHORITY_DETAILS["sv"],
        "authority_url": AUTHORITY_URL["sv"],
    }


def seloste_en(c):
    return {
        **STATEMENT_COMMON,
        "search_description": text(
            "Accessibility statement for Tekojen tori: compliance, known problems,",
            "how to give feedback and the supervisory authority.",
        ),
        "intro": text(
            "This statement applies to the tekojentori.fi website, which is run by Local Government and",
            "County Employers KT and the main negotiating organisations. We want everyone to be able to use",
            "the site with ease, including with a screen reader, keyboard, magnification or voice control.",
        ),
        "non_accessible_content": [
            issue(
                "Some older PDF attachments",
                text(
                    "Some PDF files published before 2023, such as programme reports, are not accessible.",
                    "They lack a heading structure and text alternatives for images, and screen readers",
                    "do not always read them in the right order.",
                ),
                "1.1.1 Non-text Content; 1.3.1 Info and Relationships; 1.3.2 Meaningful Sequence",
                text(
                    "We will replace the files with web pages or corrected PDF versions by the end of 2027.",
                    "On request, you can get the content in an accessible format.",
                ),
            ),
            issue(
                "Some older videos lack captions",
                "Some webinar recordings and videos published in 2020–2022 have no captions or text alternatives.",
                "1.2.2 Captions (Prerecorded)",
                text(
                    "We will caption the recordings that are still being watched by June 2027.",
                    "New videos are always captioned before they are published.",
                ),
            ),
        ],
        "assessment_details": text(
            "We assessed the site ourselves in September 2026. We checked the page templates and content with",
            "the automated axe tool and by hand with a keyboard, the NVDA and VoiceOver screen readers",
            "and 400 per cent magnification.",
        ),
        "feedback_page": c.page("palaute"),
        "authority_name": AUTHORITY_NAME["en"],
        "authority_details": AUTHORITY_DETAILS["en"],
        "authority_url": AUTHORITY_URL["en"],
    }
