"""Generated deed- and news-like Finnish text, for the search benchmark and the ``seed_deeds`` command.

Repeatable for a seed; varied enough (places, units, topics and compound keywords) that the
Finnish analyser's cache does not hold every word.
"""

import random

PLACES = [
    ("Limingan", "Limingassa"),
    ("Oulun", "Oulussa"),
    ("Tampereen", "Tampereella"),
    ("Jyväskylän", "Jyväskylässä"),
    ("Kuopion", "Kuopiossa"),
    ("Lahden", "Lahdessa"),
    ("Porin", "Porissa"),
    ("Vaasan", "Vaasassa"),
    ("Joensuun", "Joensuussa"),
    ("Rovaniemen", "Rovaniemellä"),
    ("Seinäjoen", "Seinäjoella"),
    ("Hämeenlinnan", "Hämeenlinnassa"),
    ("Kajaanin", "Kajaanissa"),
    ("Mikkelin", "Mikkelissä"),
    ("Kotkan", "Kotkassa"),
    ("Salon", "Salossa"),
    ("Raahen", "Raahessa"),
    ("Iisalmen", "Iisalmessa"),
    ("Hailuodon", "Hailuodossa"),
    ("Pirkkalan", "Pirkkalassa"),
]
UNITS = [
    "varhaiskasvatuksen",
    "kotihoidon",
    "ruokapalveluiden",
    "kirjaston",
    "nuorisopalveluiden",
    "sosiaalityön",
    "terveyskeskuksen",
    "vuodeosaston",
    "tilapalveluiden",
    "siivouspalveluiden",
    "henkilöstöhallinnon",
    "talouspalveluiden",
    "ympäristöpalveluiden",
    "liikuntapalveluiden",
    "perusopetuksen",
    "lukion",
    "päivystyksen",
    "vammaispalveluiden",
]
PEOPLE = [
    "työntekijät",
    "esihenkilöt",
    "tiimit",
    "sairaanhoitajat",
    "lähihoitajat",
    "opettajat",
    "kasvattajat",
    "laitoshuoltajat",
    "kokit",
    "kirjastovirkailijat",
    "sosiaaliohjaajat",
    "palveluohjaajat",
]
# (partitive, genitive) of what was developed
TOPICS = [
    ("työhyvinvointia", "työhyvinvoinnin"),
    ("perehdytystä", "perehdytyksen"),
    ("työvuorosuunnittelua", "työvuorosuunnittelun"),
    ("asiakaspalvelua", "asiakaspalvelun"),
    ("johtamista", "johtamisen"),
    ("työturvallisuutta", "työturvallisuuden"),
    ("vuorovaikutusta", "vuorovaikutuksen"),
    ("palautekäytäntöjä", "palautekäytäntöjen"),
    ("etätyön pelisääntöjä", "etätyön pelisääntöjen"),
    ("kokouskäytäntöjä", "kokouskäytäntöjen"),
    ("osaamisen jakamista", "osaamisen jakamisen"),
    ("tiedonkulkua", "tiedonkulun"),
    ("rekrytointia", "rekrytoinnin"),
    ("digitaalisia palveluja", "digitaalisten palvelujen"),
    ("varhaista tukea", "varhaisen tuen"),
]
SUMMARY = [
    "{Place} {unit} {people} kehittivät {topic}.",
    "{Place} kunnan {unit} työyhteisö uudisti {topic} yhdessä henkilöstön kanssa.",
    "Hyvinvointialueen {unit} {people} kokeilivat uutta tapaa parantaa {topic_gen} käytäntöjä.",
]
GOAL = [
    "Tavoitteena oli vähentää kiirettä ja parantaa {topic_gen} laatua.",
    "Työpaikalla haluttiin, että {people} voisivat vaikuttaa omaan työhönsä nykyistä enemmän.",
    "Sairauspoissaolot olivat lisääntyneet, ja työhyvinvointikyselyn tulokset olivat heikentyneet.",
    "Uusien työntekijöiden perehdytys vei paljon aikaa, eikä tieto kulkenut vuorojen välillä.",
    "Asiakkaat toivoivat joustavampia aukioloaikoja ja selkeämpää viestintää.",
    "Kuntatyönantajien suositusten mukaisesti haluttiin kokeilla lyhyempää työaikaa.",
]
ACTIONS = [
    "Kokeilun aikana pidettiin {n} työpajaa, joissa {people} sopivat yhteisistä pelisäännöistä.",
    "Työyhteisö kokeili {n} kuukauden ajan uutta tapaa jakaa työt.",
    "Esihenkilöille järjestettiin sparrausta ja valmennusta valmentavasta johtamisesta.",
    "Työvuorosuunnittelussa otettiin käyttöön toiveiden kirjaaminen ja yhteisöllinen suunnittelu.",
    "Perehdytyksen tueksi tehtiin videoita ja tarkistuslista, jota päivitetään yhdessä.",
    "{Place} {unit} tiimit tapasivat kerran kuukaudessa pedagogisessa kahvilassa.",
    "Kehittämistyöhön osallistui myös luottamusmiehiä ja työsuojeluvaltuutettuja.",
    "Palaverikäytäntöjä tiivistettiin, ja osa kokouksista korvattiin etäyhteyksillä.",
]
RESULTS = [
    "Sairauspoissaolot vähenivät {n} prosenttia ensimmäisen vuoden aikana.",
    "Työhyvinvointikyselyn tulokset paranivat kaikilla osa-alueilla.",
    "Kiire väheni, ja asiakkailta saatu palaute parani selvästi.",
    "Uudet työntekijät pääsivät työhön kiinni aiempaa nopeammin.",
    "Toimintamalli levisi {place_iness} myös muihin yksiköihin.",
    "Henkilöstön vaihtuvuus pieneni, ja rekrytoinnit onnistuivat paremmin.",
]
TIPS = [
    "Aloittakaa pienestä ja ottakaa koko henkilöstö mukaan suunnitteluun.",
    "Sopikaa yhdessä, miten kokeilun onnistumista mitataan.",
    "Varatkaa kehittämiselle aikaa työajalla, muuten se jää muun työn jalkoihin.",
    "Pyytäkää sparrausta Tekojen torilta: se on maksutonta.",
]
NEWS = [
    "{Place} {unit} kehittämisteko palkittiin gaalassa.",
    "Kuntatyö2030-ohjelma kokosi {n} kehittämistekoa hyvinvointialueilta ja kunnista.",
    "Keva ja KT Kuntatyönantajat julkaisivat uuden oppaan työhyvinvoinnin johtamisesta.",
    "Webinaarissa kuultiin, miten {people} ovat kehittäneet {topic}.",
    "Podcastin uudessa jaksossa puhutaan {topic_gen} merkityksestä arjessa.",
]
# Compound keywords (first parts × heads in one of their forms) widen the vocabulary.
FIRST_PARTS = [
    "työ",
    "asiakas",
    "palvelu",
    "henkilöstö",
    "hyvinvointi",
    "perhe",
    "koti",
    "koulu",
    "kunta",
    "talous",
    "ympäristö",
    "liikunta",
    "kulttuuri",
    "nuoriso",
    "vanhus",
    "terveys",
    "sosiaali",
    "kehittämis",
    "johtamis",
    "osaamis",
]
HEADS = [
    "kehittämisen",
    "kokeilussa",
    "mallia",
    "kyselyn",
    "palvelut",
    "ohjelmassa",
    "prosessin",
    "suunnittelua",
    "ryhmä",
    "hankkeen",
    "koulutuksessa",
    "tiimit",
    "verkostossa",
    "strategian",
    "ohjeistusta",
    "päivät",
    "kokous",
    "yhteistyötä",
    "arvioinnin",
    "tavoitteet",
]


class FinnishText:
    """Deed- and news-like Finnish, varied enough that the analyser cache does not hold everything."""

    def __init__(self, seed):
        self.random = random.Random(seed)  # noqa: S311 - repeatable test text, not secrets

    def sentences(self, templates, count):
        place, place_iness = self.random.choice(PLACES)
        topic, topic_gen = self.random.choice(TOPICS)
        values = {
            "place": place,
            "Place": place,
            "place_iness": place_iness,
            "unit": self.random.choice(UNITS),
            "people": self.random.choice(PEOPLE),
            "topic": topic,
            "topic_gen": topic_gen,
        }
        chosen = self.random.sample(templates, min(count, len(templates)))
        return " ".join(t.format(n=self.random.randint(2, 40), **values) for t in chosen)

    def deed(self):
        return {
            "title": self.sentences(SUMMARY, 1).rstrip(".")[:200],
            "summary": self.sentences(SUMMARY, 2),
            "goal": self.sentences(GOAL, 3),
            "actions": self.sentences(ACTIONS, 5),
            "results": self.sentences(RESULTS, 3),
            "tips": f"{self.sentences(TIPS, 2)} Asiasanat: {self.keywords(8)}.",
        }

    def keywords(self, count):
        choice = self.random.choice
        return ", ".join(
            choice(FIRST_PARTS) + (choice(FIRST_PARTS) if self.random.random() < 0.5 else "") + choice(HEADS)
            for _ in range(count)
        )

    def news(self):
        return {"title": self.sentences(NEWS, 1).rstrip(".")[:250], "lead": self.sentences(NEWS, 2)}
