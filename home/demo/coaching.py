"""The coaching (sparraus) page and its application form, in three languages."""

from .builders import (
    CONTACT_EMAIL,
    FROM_EMAIL,
    accordion,
    field,
    heading,
    ol,
    p,
    paragraph,
    text,
    ul,
)


def sparraus_fi(c):
    return {
        "search_description": text(
            "Hae maksutonta sparrausta: päivä tai kaksi ulkopuolisen asiantuntijan tukea kunnan tai",
            "hyvinvointialueen työyhteisön kehittämiseen. Lue, miten sparraus toimii.",
        ),
        "intro": text(
            "Sparrauksessa kokenut ulkopuolinen kehittäjä auttaa työyhteisöä viemään eteenpäin asiaa,",
            "jota se haluaa muuttaa. Tuki on työpaikalle maksutonta ja kestää päivän tai kaksi.",
        ),
        "social_image": c.images["coaching"],
        "body": [
            heading("Mitä sparraus on?"),
            paragraph(
                p(
                    "Sparraaja ohjaa, fasilitoi ja neuvoo työyhteisöä sen omassa kehittämiskysymyksessä.",
                    "Yhdessä täsmennetään, mitä halutaan muuttaa, kuvataan nykytila, hahmotellaan tavoitteet",
                    "ja etenemisen vaihtoehdot sekä sovitaan jatkotoimista ja niiden aikataulusta.",
                ),
                p(
                    "Sparraus voidaan pitää paikan päällä tai verkossa, ja päivät voi jakaa lyhyempiin osiin.",
                    "Useampi organisaatio voi myös hakea yhteistä sparrausta, jos niillä on sama kehittämistarve.",
                ),
            ),
            c.figure(
                "coaching",
                "Kuvitus: yhdeksän pyöreää hahmoa istuu sinisen pöydän ympärillä keltaisella pohjalla.",
                "Sparraukseen osallistuvat aina yhdessä johto, esihenkilöt ja henkilöstön edustajat.",
            ),
            heading("Kenelle sparraus sopii?"),
            paragraph(
                p(
                    "Sparrausta voivat hakea kunnat, kuntayhtymät, kuntien yhtiöt ja hyvinvointialueet",
                    "sekä niiden yksiköt ja työyhteisöt. Se sopii lähes mihin tahansa muutostilanteeseen.",
                    "Usein toistuvia teemoja ovat olleet",
                ),
                ul(
                    "työyhteisön ja toimintakulttuurin kehittäminen",
                    "työn kuormituksen hallinta ja työhyvinvointi",
                    "yhdessä kehittäminen ja osallisuus",
                    "prosessien, palvelujen ja asiakaslähtöisyyden kehittäminen",
                    "etätyön ja etäpalvelujen pelisäännöt",
                    "digitalisaatio ja uudet toimintatavat.",
                ),
            ),
            heading("Näin haette"),
            paragraph(
                ol(
                    "Keskustelkaa työpaikalla johdon, esihenkilöiden ja henkilöstön edustajien kesken,"
                    " mihin tarvitsette tukea.",
                    "Täyttäkää hakulomake ja kertokaa siinä, miksi sparrausta tarvitaan ja mitä sillä tavoitellaan.",
                    "Kun hakemus on hyväksytty, valitsette kilpailutetuista sparraajista teille sopivan.",
                    "Sopikaa sparraajan kanssa sisällöstä, aikataulusta ja toteutustavasta.",
                )
            ),
            c.cta(
                "Hae sparrausta työyhteisöllenne",
                text(
                    "Hakeminen vie noin vartin.",
                    "Kertokaa lomakkeella, keitä sparraus koskee ja mitä haluatte saada aikaan.",
                ),
                "Siirry hakulomakkeeseen",
                "hae_sparrausta",
            ),
            accordion(
                "Kysymyksiä sparrauksesta",
                (
                    "Mitä sparraus maksaa?",
                    p("Sparraus on työpaikalle maksutonta. Työyhteisö käyttää siihen omaa työaikaansa."),
                ),
                (
                    "Kuinka pitkä sparraus on?",
                    p(
                        "Yhdestä kahteen päivää. Päivät voi pilkkoa lyhyemmiksi tapaamisiksi,",
                        "jotka pidetään paikan päällä tai verkossa.",
                    ),
                ),
                (
                    "Keiden pitää osallistua?",
                    p(
                        "Sparraus tehdään yhteistoiminnallisesti: mukana ovat aina johto, esihenkilöt ja",
                        "henkilöstön edustajat. Näin muutoksella on koko työyhteisön tuki.",
                    ),
                ),
                (
                    "Kuinka hyvin sparraus on toiminut?",
                    p(
                        "Vuosina 2021–2022 osallistujat antoivat sparraukselle kokonaisarvosanan 4,7/5.",
                        "Työpaikat kertoivat saaneensa muun muassa selkeyttä nykytilaan, konkreettisia",
                        "jatkosuunnitelmia ja uutta intoa kehittämiseen.",
                    ),
                ),
            ),
        ],
    }


def sparraus_sv(c):
    return {
        "search_description": text(
            "Ansök om kostnadsfri sparrning: en eller två dagars stöd av en extern expert för att utveckla",
            "en arbetsgemenskap i en kommun eller ett välfärdsområde. Läs hur sparrningen går till.",
        ),
        "intro": text(
            "I sparrningen hjälper en erfaren extern utvecklare arbetsgemenskapen att driva en fråga",
            "den vill förändra. Stödet är kostnadsfritt för arbetsplatsen och pågår en eller två dagar.",
        ),
        "social_image": c.images["coaching"],
        "body": [
            heading("Vad är sparrning?"),
            paragraph(
                p(
                    "Sparraren leder, faciliterar och ger råd i arbetsgemenskapens egen utvecklingsfråga.",
                    "Tillsammans preciserar man vad som ska förändras, beskriver nuläget, skissar mål och",
                    "alternativa vägar framåt och kommer överens om nästa steg och tidtabell.",
                ),
                p(
                    "Sparrningen kan ske på plats eller på nätet, och dagarna kan delas upp i kortare pass.",
                    "Flera organisationer med samma utvecklingsbehov kan också ansöka om gemensam sparrning.",
                ),
            ),
            c.figure(
                "coaching",
                "Illustration: nio runda figurer sitter runt ett blått bord mot gul bakgrund.",
                "Ledningen, cheferna och personalens företrädare deltar alltid i sparrningen tillsammans.",
            ),
            heading("Vem passar sparrningen för?"),
            paragraph(
                p(
                    "Kommuner, samkommuner, kommunala bolag och välfärdsområden samt deras enheter och",
                    "arbetsgemenskaper kan ansöka. Sparrning passar nästan alla förändringssituationer,",
                    "till exempel",
                ),
                ul(
                    "utveckling av arbetsgemenskapen och verksamhetskulturen",
                    "arbetsbelastning och välbefinnande i arbetet",
                    "gemensam utveckling och delaktighet",
                    "processer, tjänster och kundorientering.",
                ),
            ),
            c.cta(
                "Ansök om sparrning för er arbetsgemenskap",
                "Det tar ungefär en kvart att fylla i ansökan.",
                "Till ansökningsformuläret",
                "hae_sparrausta",
            ),
            accordion(
                "Frågor om sparrning",
                ("Vad kostar sparrningen?", p("Sparrningen är kostnadsfri. Arbetsgemenskapen använder sin arbetstid.")),
                (
                    "Vem ska delta?",
                    p(
                        "Sparrningen görs i samverkan: ledningen, cheferna och personalens företrädare",
                        "är alltid med. Då har förändringen hela arbetsgemenskapens stöd.",
                    ),
                ),
                (
                    "Hur har sparrningen fungerat?",
                    p(
                        "Åren 2021–2022 gav deltagarna sparrningen helhetsbetyget 4,7 av 5.",
                        "Arbetsplatserna fick bland annat en klarare bild av nuläget och konkreta planer.",
                    ),
                ),
            ),
        ],
    }


def sparraus_en(c):
    return {
        "search_description": text(
            "Apply for free coaching: one or two days of support from an external expert to develop a work",
            "community in a municipality or a wellbeing services county. See how coaching works.",
        ),
        "intro": text(
            "In coaching, an experienced external developer helps a work community move forward with",
            "something it wants to change. The support is free for the workplace and lasts one or two days.",
        ),
        "social_image": c.images["coaching"],
        "body": [
            heading("What is coaching?"),
            paragraph(
                p(
                    "The coach guides, facilitates and advises the work community on its own development",
                    "question. Together you define what should change, describe the current situation,",
                    "outline goals and ways forward, and agree on next steps and a timetable.",
                ),
                p(
                    "Coaching can take place on site or online, and the days can be split into shorter sessions.",
                    "Several organisations with the same development need can also apply together.",
                ),
            ),
            c.figure(
                "coaching",
                "Illustration: nine round figures sitting around a blue table on a yellow background.",
                "Management, supervisors and staff representatives always take part in coaching together.",
            ),
            heading("Who is coaching for?"),
            paragraph(
                p(
                    "Municipalities, joint municipal authorities, municipal companies and wellbeing services",
                    "counties can apply, as can their units and teams. Coaching suits almost any situation of",
                    "change, for example",
                ),
                ul(
                    "developing the work community and its culture",
                    "workload and wellbeing at work",
                    "co-development and participation",
                    "processes, services and customer focus.",
                ),
            ),
            c.cta(
                "Apply for coaching for your team",
                "Filling in the application takes about fifteen minutes.",
                "Go to the application form",
                "hae_sparrausta",
            ),
            accordion(
                "Questions about coaching",
                ("What does coaching cost?", p("Coaching is free. Your team only spends its own working time.")),
                (
                    "Who needs to take part?",
                    p(
                        "Coaching is done co-operatively: management, supervisors and staff representatives",
                        "always take part. That way the change has the support of the whole work community.",
                    ),
                ),
                (
                    "How well has coaching worked?",
                    p(
                        "In 2021–2022, participants gave coaching an overall rating of 4.7 out of 5.",
                        "Workplaces gained, among other things, a clearer view of where they stand and concrete plans.",
                    ),
                ),
            ),
        ],
    }


THEMES = {
    "fi": (
        "Työyhteisön ja toimintakulttuurin kehittäminen",
        "Työn kuormitus ja työhyvinvointi",
        "Yhdessä kehittäminen ja osallisuus",
        "Prosessit, palvelut ja asiakaslähtöisyys",
        "Etätyö ja etäpalvelut",
        "Digitalisaatio ja uudet toimintatavat",
        "Muu teema",
    ),
    "sv": (
        "Utveckling av arbetsgemenskapen och verksamhetskulturen",
        "Arbetsbelastning och välbefinnande i arbetet",
        "Gemensam utveckling och delaktighet",
        "Processer, tjänster och kundorientering",
        "Distansarbete och distanstjänster",
        "Digitalisering och nya arbetssätt",
        "Annat tema",
    ),
    "en": (
        "Developing the work community and its culture",
        "Workload and wellbeing at work",
        "Co-development and participation",
        "Processes, services and customer focus",
        "Remote work and remote services",
        "Digitalisation and new ways of working",
        "Other theme",
    ),
}


def hae_sparrausta_fi(c):
    return {
        "search_description": text(
            "Hae maksutonta sparrausta kunnan, kuntayhtymän tai hyvinvointialueen työyhteisölle.",
            "Täytä hakulomake ja kerro kehittämistarpeestanne.",
        ),
        "intro": p(
            "Täyttäkää lomake yhdessä työyhteisönne kanssa ja kertokaa, mitä haluatte kehittää ja keitä",
            "sparraus koskee. Vastaamme hakemukseen sähköpostilla.",
        )
        + p(f"Hakemuksen tietoja käsitellään {c.link('tietosuoja', 'tietosuojaselosteen')} mukaisesti."),
        "thank_you_text": p(
            "Kiitos hakemuksestanne! Olemme vastaanottaneet sen ja otamme yhteyttä sähköpostitse,",
            "kun hakemus on käsitelty.",
        ),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "Uusi sparraushakemus",
        "form_fields": [
            field("Organisaation nimi", help_text="Esimerkiksi kunta, kuntayhtymä, kunnan yhtiö tai hyvinvointialue."),
            field(
                "Yksikkö tai työyhteisö",
                required=False,
                help_text="Jos sparraus koskee vain osaa organisaatiosta, kertokaa mitä.",
            ),
            field("Yhteyshenkilö", help_text="Etu- ja sukunimi."),
            field("Sähköposti", "email"),
            field("Puhelinnumero", required=False),
            field("Osallistujien arvioitu määrä", "number"),
            field("Sparrauksen teema", "radio", choices=THEMES["fi"]),
            field(
                "Kehittämistarve ja tavoite",
                "multiline",
                help_text="Kuvatkaa lyhyesti nykytila, mitä haluatte muuttaa ja mitä toivotte sparraukselta.",
            ),
            field("Sparraukseen osallistuvat johto, esihenkilöt ja henkilöstön edustajat", "checkbox"),
            field("Hyväksyn, että hakemuksen tietoja käsitellään tietosuojaselosteen mukaisesti", "checkbox"),
        ],
    }


def hae_sparrausta_sv(c):
    return {
        "search_description": text(
            "Ansök om kostnadsfri sparrning för en arbetsgemenskap i en kommun, en samkommun eller ett",
            "välfärdsområde. Fyll i formuläret och berätta om ert utvecklingsbehov.",
        ),
        "intro": p(
            "Fyll i formuläret tillsammans med er arbetsgemenskap och berätta vad ni vill utveckla och vilka",
            "sparrningen gäller. Vi svarar på ansökan per e-post.",
        )
        + p(f"Uppgifterna i ansökan behandlas enligt {c.link('tietosuoja', 'dataskyddsbeskrivningen')}."),
        "thank_you_text": p(
            "Tack för er ansökan! Vi har tagit emot den och hör av oss per e-post när den har behandlats.",
        ),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "Ny ansökan om sparrning",
        "form_fields": [
            field(
                "Organisationens namn",
                help_text="Till exempel en kommun, en samkommun, ett kommunalt bolag eller ett välfärdsområde.",
            ),
            field(
                "Enhet eller arbetsgemenskap",
                required=False,
                help_text="Om sparrningen bara gäller en del av organisationen, berätta vilken.",
            ),
            field("Kontaktperson", help_text="För- och efternamn."),
            field("E-post", "email"),
            field("Telefonnummer", required=False),
            field("Uppskattat antal deltagare", "number"),
            field("Tema för sparrningen", "radio", choices=THEMES["sv"]),
            field(
                "Utvecklingsbehov och mål",
                "multiline",
                help_text="Beskriv kort nuläget, vad ni vill förändra och vad ni hoppas få ut av sparrningen.",
            ),
            field("Ledningen, cheferna och personalens företrädare deltar i sparrningen", "checkbox"),
            field("Jag godkänner att uppgifterna i ansökan behandlas enligt dataskyddsbeskrivningen", "checkbox"),
        ],
    }


def hae_sparrausta_en(c):
    return {
        "search_description": text(
            "Apply for free coaching for a team in a municipality, a joint municipal authority or a wellbeing",
            "services county. Fill in the form and tell us about your development need.",
        ),
        "intro": p(
            "Fill in the form together with your work community and tell us what you want to develop and",
            "who the coaching is for. We will reply to your application by email.",
        )
        + p(f"The information is processed as described in our {c.link('tietosuoja', 'privacy notice')}."),
        "thank_you_text": p(
            "Thank you for your application! We have received it and will contact you by email once it has",
            "been processed.",
        ),
        "to_address": CONTACT_EMAIL,
        "from_address": FROM_EMAIL,
        "subject": "New coaching application",
        "form_fields": [
            field(
                "Organisation name",
                help_text="For example a municipality, a joint municipal authority, a municipal company"
                " or a wellbeing services county.",
            ),
            field(
                "Unit or work community",
                required=False,
                help_text="If the coaching concerns only part of the organisation, tell us which part.",
            ),
            field("Contact person", help_text="First name and surname."),
            field("Email", "email"),
            field("Phone number", required=False),
            field("Estimated number of participants", "number"),
            field("Coaching theme", "radio", choices=THEMES["en"]),
            field(
                "Development need and goal",
                "multiline",
                help_text="Briefly describe the current situation, what you want to change and what you"
                " hope to gain from coaching.",
            ),
            field("Management, supervisors and staff representatives will take part in the coaching", "checkbox"),
            field(
                "I agree that the information in this application is processed as described in the privacy notice",
                "checkbox",
            ),
        ],
    }
