"""Swedish and English versions of some demo deeds.

Keyed by the Finnish deed's id, then language. ``links`` holds the link texts
in the order of the Finnish deed's links (the addresses stay the same);
``contact_name`` and ``image_alt`` translate the Finnish deed's values.
"""

from home.demo.builders import text

TRANSLATIONS = {
    "demo-001": {
        "sv": {
            "unit": "Småbarnspedagogiska tjänster",
            "contact_name": "Direktör för småbarnspedagogiken",
            "links": ("Det pedagogiska kaféets verksamhetsmodell",),
            "image_alt": "Illustration: nio runda figurer sitter runt ett blått bord mot gul bakgrund.",
            "title": "Pedagogiskt kafé samlar småbarnspedagogikens team för att lära av varandra",
            "summary": text(
                "Personalen på daghemmen i Limingo träffas en gång i månaden på ett pedagogiskt kafé för att",
                "dela arbetssätt som fungerar. Goda idéer sprids nu från daghem till daghem utan separata",
                "utbildningsdagar.",
            ),
            "goal": text(
                "Det fanns mycket kunnande på kommunens daghem, men det stannade ofta inom en grupp eller en",
                "enhet. Man ville hitta ett lätt sätt för pedagogerna att lära av varandra under arbetstid.",
                "Samtidigt eftersträvades en mer enhetlig pedagogik på alla kommunens daghem.",
            ),
            "actions": text(
                "Direktören för småbarnspedagogiken och personalens företrädare planerade en gemensam struktur",
                "för kaféet: en kort inledning, diskussion i smågrupper och en sak att pröva i den egna",
                "gruppen. Turerna fördelades så att minst två anställda från varje daghem kan delta varje gång.",
                "Ämnena samlas in från personalen på en gemensam idétavla.",
            ),
            "results": text(
                "Under den första hösten deltog över 80 anställda i kaféerna. En modell för lugna",
                "övergångssituationer som utvecklats på ett daghem används till exempel nu på sex enheter. I en",
                "enkät berättade de flesta deltagarna att de fått idéer som de kan använda i sitt eget arbete.",
            ),
            "tips": text(
                "Håll träffarna korta och regelbundna. När alla tar med sig ett konkret försök blir",
                "diskussionen till handling.",
            ),
        },
        "en": {
            "unit": "Early childhood education services",
            "contact_name": "Head of early childhood education",
            "links": ("The pedagogical café model",),
            "image_alt": "Illustration: nine round figures sitting around a blue table on a yellow background.",
            "title": "A pedagogical café brings early childhood education teams together to learn from each other",
            "summary": text(
                "Staff at the day care centres in Liminka meet once a month at a pedagogical café to share",
                "practices that work. Good ideas now spread from one centre to the next without separate",
                "training days.",
            ),
            "goal": text(
                "The municipality's day care centres had plenty of expertise, but it often stayed within a",
                "single group or unit. The aim was to find a light way for educators to learn from each other",
                "during working hours. A more consistent pedagogy across all of the municipality's centres was",
                "another goal.",
            ),
            "actions": text(
                "The head of early childhood education and staff representatives designed a common format for",
                "the café: a short introduction, discussion in small groups and one thing to try out in one's",
                "own group. Turns were arranged so that at least two employees from every centre can attend",
                "each time. Topics are collected from staff on a shared ideas board.",
            ),
            "results": text(
                "More than 80 employees attended the cafés during the first autumn. For example, a model for",
                "calm transitions developed at one centre is now used in six units. In a survey, most",
                "participants said they had picked up ideas they could use in their own work.",
            ),
            "tips": text(
                "Keep the meetings short and regular. When everyone leaves with one concrete experiment, talk",
                "turns into action.",
            ),
        },
    },
    "demo-006": {
        "sv": {
            "unit": "Småbarnspedagogik, finsk- och svenskspråkiga daghem",
            "links": ("Tips om språkbad för pedagoger",),
            "title": "Finsk- och svenskspråkiga daghem delar språkbad och kunnande",
            "summary": text(
                "I Vasa har ett finskspråkigt och ett svenskspråkigt daghem som ligger granne med varandra",
                "börjat ordna gemensamma språkbadsstunder. Barnen bekantar sig med det andra inhemska språket",
                "genom lek, och pedagogerna lär av varandra.",
            ),
            "goal": text(
                "I en tvåspråkig stad önskade många familjer att barnen skulle få naturlig kontakt med båda",
                "inhemska språken. Samtidigt arbetade daghemmen inom de två språkgrupperna åtskilda, fast",
                "arbetet var mycket likartat. Målet var ett samarbete som gagnar både barnen och personalen.",
            ),
            "actions": text(
                "Lärarna inom småbarnspedagogik på daghemmen planerade tillsammans veckovisa stunder med sång,",
                "rörelse och sagor, som var och en leds av en pedagog på sitt eget modersmål. Personalen",
                "besökte varandras enheter och delade material i en gemensam mapp. Föräldrarna informerades om",
                "försöket på båda språken.",
            ),
            "results": text(
                "Barnen lärde sig sånger och vardagsord på det andra inhemska språket, och föräldrarnas respons",
                "var mycket positiv. Pedagogerna berättade att de fått nya idéer bland annat för verksamheten i",
                "smågrupper och för utevistelsen. Samarbetet utvidgas nu till tre andra daghemspar.",
            ),
            "tips": text(
                "Börja med gemensamma sånger och lekar, eftersom alla kan delta i dem oavsett språkkunskaper.",
                "Utse en ansvarsperson på vardera enheten.",
            ),
        },
        "en": {
            "unit": "Early childhood education, Finnish- and Swedish-speaking day care centres",
            "links": ("Language shower tips for educators",),
            "title": "Finnish- and Swedish-speaking day care centres share language showers and know-how",
            "summary": text(
                "In Vaasa, a Finnish-speaking and a Swedish-speaking day care centre next door to each other",
                "started holding joint language shower sessions. The children get to know the other national",
                "language through play, and the educators learn from each other.",
            ),
            "goal": text(
                "In a bilingual city, many families hoped their children would have natural contact with both",
                "national languages. At the same time, the day care centres of the two language groups worked",
                "separately, although their work was very similar. The aim was to build cooperation that",
                "benefits both the children and the staff.",
            ),
            "actions": text(
                "Early childhood education teachers at the two centres jointly planned weekly singing, movement",
                "and story sessions, each led by an educator in their own mother tongue. Staff visited each",
                "other's units and shared their materials in a common folder. Parents were told about the pilot",
                "in both languages.",
            ),
            "results": text(
                "The children learned songs and everyday words in the other national language, and the feedback",
                "from parents was very positive. The educators said they had gained new ideas for small-group",
                "activities and outdoor play, among other things. The cooperation is now being extended to",
                "three more pairs of day care centres.",
            ),
            "tips": text(
                "Start with shared songs and games, as anyone can join in whatever their language skills. Name",
                "a contact person in each unit.",
            ),
        },
    },
    "demo-009": {
        "sv": {
            "unit": "Hemvården, östra området",
            "contact_name": "Förman inom hemvården",
            "links": ("Beskrivning av workshoppen om ruttplanering",),
            "title": "Hemvårdens rutter planerades om tillsammans med vårdarna",
            "summary": text(
                "Närvårdarna och sjukskötarna inom hemvården i Kuopios östra område deltog i planeringen av",
                "rutterna för klientbesöken. Onödig körning minskade, och det finns mer tid hos klienterna.",
            ),
            "goal": text(
                "Vårdarna upplevde att dagarna gick åt till att sitta i bilen och att det var ständig brådska",
                "mellan besöken. Rutterna som styrsystemet gjorde tog inte hänsyn till all lokalkännedom som",
                "vårdarna hade, till exempel om parkering på gårdarna eller klienternas önskemål om",
                "besökstider. Målet var att minska brådskan och öka tiden för direkt klientarbete.",
            ),
            "actions": text(
                "Förmannen inom hemvården samlade en arbetsgrupp med vårdare från varje team och en",
                "resursplanerare. Gruppen gick igenom två veckors körrutter på kartan och markerade ställen där",
                "tid gick förlorad. Ruttområdena delades in på nytt, och vårdarnas lokalkännedom fördes in i",
                "systemet som tilläggsuppgifter för besöken.",
            ),
            "results": text(
                "Tiden som gick åt till körning minskade med cirka 15 procent på tre månader. Andelen direkt",
                "klientarbete av arbetstiden ökade, och vårdarna upplever att de kan påverka sitt eget arbete.",
                "Klienterna har tackat för att besöken oftare än tidigare sker vid överenskommen tid.",
            ),
            "tips": text(
                "Ta med dem som kör rutterna varje dag i planeringen. Små lokala detaljer, som var man kan",
                "parkera, sparar förvånansvärt mycket tid.",
            ),
        },
        "en": {
            "unit": "Home care, eastern area",
            "contact_name": "Home care supervisor",
            "links": ("Description of the route planning workshop",),
            "title": "Home care routes were redesigned together with the nurses",
            "summary": text(
                "Practical nurses and registered nurses in Kuopio's eastern home care area took part in",
                "planning the routes for client visits. Unnecessary driving decreased, and there is more time",
                "to spend with clients.",
            ),
            "goal": text(
                "The nurses felt that their days were spent in the car and that they were constantly rushing",
                "between visits. The routes produced by the scheduling system did not take into account all the",
                "local knowledge the nurses had, such as where to park or clients' wishes about visiting times.",
                "The aim was to reduce the rush and increase the time spent directly with clients.",
            ),
            "actions": text(
                "The home care supervisor put together a working group with nurses from every team and a",
                "scheduler. The group went through two weeks of driving routes on a map and marked the places",
                "where time was lost. The route areas were redrawn, and the nurses' local knowledge was",
                "recorded in the system as additional information for each visit.",
            ),
            "results": text(
                "Time spent driving fell by about 15 per cent in three months. The share of working time spent",
                "directly with clients grew, and the nurses feel they can influence their own work. Clients",
                "have thanked the team because visits now happen at the agreed time more often than before.",
            ),
            "tips": text(
                "Involve the people who drive the routes every day in planning them. Small pieces of local",
                "knowledge, such as where to park, save a surprising amount of time.",
            ),
        },
    },
    "demo-015": {
        "sv": {
            "unit": "Hela staden, personaltjänster",
            "contact_name": "Personalutvecklingschef",
            "links": ("Ram och diskussionsunderlag för flerplatsarbete",),
            "title": "Varje team kom överens om spelregler för flerplatsarbete",
            "summary": text(
                "Borgå stad tog fram en gemensam ram för flerplatsarbete, och utgående från den kom varje team",
                "överens om sina egna rutiner. Det är nu tydligare för både anställda och förmän hur distans-",
                "och närarbete kombineras.",
            ),
            "goal": text(
                "Efter coronaåren arbetade en del av personalen hemifrån, en del på arbetsplatsen och en del på",
                "båda ställena, men det fanns inga gemensamma regler. Oklarheten orsakade friktion: möten",
                "ordnades på olika sätt, och uppfattningarna om nåbarhet gick isär. Målet var att skapa",
                "rättvisa och tydliga spelregler som kan anpassas efter olika uppgifter.",
            ),
            "actions": text(
                "Personaltjänsterna och personalens företrädare beredde en gemensam ram för hela staden med",
                "riktlinjer för bland annat nåbarhet, arbetsredskap och arbetarskydd. För teamen gjordes ett",
                "diskussionsunderlag på båda inhemska språken, och förmännen gick igenom det med sina team.",
                "Teamens överenskommelser sparades på ett gemensamt ställe och ses över en gång om året.",
            ),
            "results": text(
                "Nästan alla stadens team förde diskussionen under det första halvåret. I personalenkäten",
                "upplevde klart fler än tidigare att de vet vad som förväntas av dem på distansdagar. Förmännen",
                "berättar att det uppstår färre konflikter när man har kommit överens om rutinerna tillsammans.",
            ),
            "tips": text(
                "Gör bara en ram på stadsnivå och låt teamen komma överens om detaljerna. I en tvåspråkig",
                "organisation lönar det sig att göra materialet på båda språken från början.",
            ),
        },
        "en": {
            "unit": "Whole city, HR services",
            "contact_name": "Head of staff development",
            "links": ("Framework and discussion guide for hybrid work",),
            "title": "Every team agreed on its own ground rules for hybrid work",
            "summary": text(
                "The City of Porvoo drew up a common framework for working in more than one place, and each",
                "team used it to agree on its own practices. Combining remote and on-site work is now clearer",
                "for employees and supervisors alike.",
            ),
            "goal": text(
                "After the pandemic years, some staff worked from home, some at the workplace and some in both,",
                "but there were no shared rules. The uncertainty caused friction: meetings were arranged in",
                "different ways, and people had different ideas about being reachable. The aim was to create",
                "fair and clear ground rules that flex according to the task.",
            ),
            "actions": text(
                "HR services and staff representatives prepared a city-wide framework setting out policies on",
                "reachability, work tools and occupational safety, among other things. A discussion guide was",
                "produced for teams in both national languages, and supervisors went through it with their",
                "teams. The teams' agreements were stored in a shared place and are reviewed once a year.",
            ),
            "results": text(
                "Almost all of the city's teams held the discussion within the first six months. In the staff",
                "survey, clearly more people than before felt they knew what was expected of them on remote",
                "working days. Supervisors say there are fewer conflicts now that the practices have been",
                "agreed together.",
            ),
            "tips": text(
                "Set only the framework at city level and let teams agree on the details. In a bilingual",
                "organisation, produce the materials in both languages from the start.",
            ),
        },
    },
    "demo-044": {
        "sv": {
            "unit": "Personaltjänster, förmän",
            "contact_name": "Sakkunnig inom personalutveckling",
            "links": ("Material från kurserna i distansledarskap",),
            "image_alt": text(
                "Illustration: gula och ljusa punkter som förenas av linjer till ett nätverk mot blå bakgrund.",
            ),
            "title": "Snabbkurs i distansledarskap stödde förmännen under undantagsvåren",
            "summary": text(
                "När en stor del av personalen i Tammerfors stad övergick till distansarbete ordnade",
                "personaltjänsterna korta webbkurser i distansledarskap för förmännen. Förmännen fick praktiska",
                "sätt att hålla kontakten i teamet och stödja de anställdas ork.",
            ),
            "goal": text(
                "Övergången till distansarbete skedde på några dagar, och många förmän hade ingen erfarenhet av",
                "att leda ett team på distans. Förmännen var oroliga för hur de anställda skulle orka och hur",
                "gemenskapen skulle bevaras. Målet var att snabbt ge praktiskt stöd.",
            ),
            "actions": text(
                "Personaltjänsterna satte ihop webbkurser på en timme om bland annat distansmöten, nåbarhet och",
                "att känna igen ensamhet. Under kurserna delade förmännen med sig av rutiner som de märkt att",
                "fungerar. Materialet sparades på intranätet och uppdaterades under våren.",
            ),
            "results": text(
                "Under våren deltog hundratals förmän i kurserna. Deltagarna berättade att de fått konkreta",
                "verktyg, som korta dagliga teammöten och regelbundna samtal på tu man hand. Kurserna låg",
                "senare till grund för stadens anvisning om distansarbete.",
            ),
            "tips": text(
                "I ett undantagsläge är snabbt och tillräckligt bra stöd värdefullare än perfekt stöd. Låt",
                "förmännen lära av varandra, det är ofta den mest värdefulla delen av en kurs.",
            ),
        },
        "en": {
            "unit": "HR services, supervisors",
            "contact_name": "Staff development specialist",
            "links": ("Materials from the remote leadership sessions",),
            "image_alt": "Illustration: yellow and light dots joined by lines into a network on a blue background.",
            "title": "A crash course in remote leadership supported supervisors in the spring of the pandemic",
            "summary": text(
                "When a large part of the City of Tampere's staff moved to remote work, HR services organised",
                "short online sessions on remote leadership for supervisors. Supervisors gained practical ways",
                "to keep their teams connected and to support their wellbeing.",
            ),
            "goal": text(
                "The move to remote work happened within a few days, and many supervisors had no experience of",
                "leading a team remotely. Supervisors were worried about employees' wellbeing and about keeping",
                "a sense of community. The aim was to offer practical support quickly.",
            ),
            "actions": text(
                "HR services put together one-hour online sessions on topics such as remote meetings,",
                "reachability and recognising loneliness. During the sessions, supervisors shared practices",
                "they had found to work. The materials were saved on the intranet and updated during the",
                "spring.",
            ),
            "results": text(
                "Hundreds of supervisors attended the sessions during the spring. Participants said they had",
                "gained concrete tools, such as short daily team check-ins and regular one-to-one",
                "conversations. The sessions later formed the basis of the city's remote work guidelines.",
            ),
            "tips": text(
                "In an emergency, quick and good-enough support is worth more than perfect support. Let",
                "supervisors learn from each other, as that is often the most valuable part of any training.",
            ),
        },
    },
    "demo-055": {
        "sv": {
            "unit": "Socialjouren",
            "contact_name": "Förman vid socialjouren",
            "title": "Grupphandledning blev en del av vardagen för skiftarbetare",
            "summary": text(
                "Vid socialjouren i Birkalands välfärdsområde ordnas arbetshandledningen nu som korta",
                "gruppträffar vid skiftbytena. Alla kan delta trots skiftarbetet, och krävande situationer",
                "bearbetas tillsammans.",
            ),
            "goal": text(
                "Arbetet vid socialjouren är psykiskt belastande, men på grund av skiftarbetet var det svårt",
                "att delta i traditionell arbetshandledning. En del av de anställda fick ingen handledning",
                "alls. Målet var att ge alla en regelbunden möjlighet att hantera arbetsbelastningen.",
            ),
            "actions": text(
                "De anställda och förmannen planerade en modell där arbetshandledningen hålls varannan vecka",
                "som en grupp på en timme i samband med skiftbytet. Man kan också delta på distans. Den externa",
                "arbetshandledaren och de anställda kom tillsammans överens om gruppens spelregler.",
            ),
            "results": text(
                "Nästan alla anställda vid jouren deltar nu regelbundet i arbetshandledningen. I enkäten om",
                "arbetshälsa förbättrades upplevelsen av att kunna hantera arbetsbelastningen. De anställda",
                "berättar att det har stärkt sammanhållningen att dela svåra situationer med kolleger.",
            ),
            "tips": text(
                "För in arbetshandledningen där de anställda redan finns, alltså i skiftens rytm. Möjligheten",
                "att delta på distans gör det realistiskt att delta regelbundet.",
            ),
        },
        "en": {
            "unit": "Emergency social services",
            "contact_name": "Emergency social services supervisor",
            "title": "Group supervision became part of everyday life for shift workers",
            "summary": text(
                "At the emergency social services of Pirkanmaa wellbeing services county, work supervision is",
                "now organised as short group sessions at shift changes. Everyone can take part despite working",
                "shifts, and difficult situations are worked through together.",
            ),
            "goal": text(
                "Emergency social work is mentally demanding, but shift work made it hard to attend traditional",
                "work supervision. Some employees had no supervision at all. The aim was to give everyone a",
                "regular opportunity to deal with the strain of the work.",
            ),
            "actions": text(
                "The employees and their supervisor designed a model in which supervision is held every other",
                "week as a one-hour group session at the shift change. It is also possible to join remotely.",
                "The external supervisor and the employees agreed on the group's ground rules together.",
            ),
            "results": text(
                "Almost all of the unit's employees now take part in supervision regularly. In the workplace",
                "wellbeing survey, people's sense of being able to manage their workload improved. Employees",
                "say that sharing difficult situations with colleagues has strengthened team spirit.",
            ),
            "tips": text(
                "Bring supervision to where the employees already are, into the rhythm of the shifts. Being",
                "able to join remotely makes regular attendance realistic.",
            ),
        },
    },
    "demo-057": {
        "sv": {
            "unit": "Kundtjänst, servicepunkten",
            "title": "AI skissar svaret, kundbetjänaren bestämmer",
            "summary": text(
                "Vid Seinäjoki stads servicepunkt testades ett AI-stött verktyg som föreslår svar på invånarnas",
                "frågor per e-post. Kundbetjänarna granskar och redigerar varje svar innan det skickas.",
            ),
            "goal": text(
                "Servicepunkten fick hundratals e-postmeddelanden om dagen, och många gällde samma ämnen. Att",
                "svara på dem tog tid från telefon- och disktjänsten. Målet var att svara snabbare utan att",
                "tjänstens kvalitet eller dataskyddet blev sämre.",
            ),
            "actions": text(
                "Kundbetjänarna och dataförvaltningen valde ut ämnen för försöket där svaret bygger på",
                "offentlig information. Verktyget föreslår ett svarsutkast utgående från stadens egna",
                "anvisningar, och kundbetjänaren godkänner, redigerar eller förkastar det. Meddelanden med",
                "personuppgifter lämnades utanför försöket, och en konsekvensbedömning avseende dataskydd",
                "gjordes.",
            ),
            "results": text(
                "För försökets ämnen förkortades svarstiden i genomsnitt från några dagar till samma dag.",
                "Kundbetjänarna bedömde att ungefär hälften av utkasten kunde användas med små ändringar.",
                "Försöket visade också på brister i anvisningarna, som rättades på webbplatsen.",
            ),
            "tips": text(
                "Låt alltid en människa fatta besluten och berätta det också för kunderna. Börja med ämnen där",
                "svaret bygger på offentlig information.",
            ),
        },
        "en": {
            "unit": "Customer service, service point",
            "title": "AI drafts the reply, the customer service adviser decides",
            "summary": text(
                "The City of Seinäjoki's service point piloted an AI-assisted tool that suggests replies to",
                "residents' email enquiries. Customer service advisers check and edit every reply before it is",
                "sent.",
            ),
            "goal": text(
                "The service point received hundreds of emails a day, many of them on the same topics.",
                "Answering them took time away from telephone and counter service. The aim was to reply faster",
                "without compromising service quality or data protection.",
            ),
            "actions": text(
                "Customer service advisers and the IT department chose topics for the pilot where the answer is",
                "based on public information. The tool suggests a draft reply based on the city's own guidance,",
                "and the adviser approves, edits or rejects it. Messages containing personal data were left out",
                "of the pilot, and a data protection impact assessment was carried out.",
            ),
            "results": text(
                "For the topics in the pilot, the average response time fell from a few days to the same day.",
                "Advisers estimated that about half of the drafts were usable with minor changes. The pilot",
                "also revealed gaps in the guidance, which were corrected on the website.",
            ),
            "tips": text(
                "Always keep a human as the decision-maker, and tell customers so. Start with topics where the",
                "answer is based on public information.",
            ),
        },
    },
}
