"""cooperation-areas (NJ108): the fields of NATO–Japan cooperation in their security sense — maritime security, cyber defence, interoperability, information sharing, disinformation, emerging technologies."""

# A wish for closer cooperation with no field, or the same words in a civilian sense, does not count.


CRITERION = "cooperation-areas"

ADDRESSED = [
    ("en", "The two sides could pool their surveillance of the sea lanes that link the Gulf to East Asia."),
    ("en", "Joint work on making their forces’ communications and logistics systems work together would pay off quickly."),
    ("en", "Exchanging threat assessments on Chinese and Russian activity would benefit both."),
    ("fr", "Les deux partenaires gagneraient à mutualiser leur surveillance des routes maritimes."),
    ("fr", "Les pistes les plus prometteuses concernent la protection des réseaux informatiques et la recherche sur les technologies militaires de pointe."),
    ("fr", "Un échange régulier d’analyses sur les menaces, et la lutte commune contre les campagnes de propagande étrangères, seraient utiles."),
    ("en", "The two should start with the practical: joint patrols against piracy, shared early warning of missile launches, and common work on space situational awareness."),
    ("fr", "La coopération la plus utile porterait sur la surveillance des espaces maritimes et la résilience face aux attaques informatiques."),
    ("en", "The Allies and Tokyo agreed to hold a joint cyber defence exercise every spring."),
    ("fr", "Parmi les priorités du programme figurent la cyberdéfense et l’espace."),
    ("en", "Japan wants NATO’s help to secure its government networks against intrusions."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "NATO and Japan should expand cooperation on maritime security and cyber defence."),
    ("en", "Interoperability and information sharing are the priorities for NATO and Japan."),
    ("fr", "L’OTAN et le Japon doivent renforcer leur coopération en matière de sécurité maritime."),
    ("fr", "L’interopérabilité et le partage de renseignements sont les priorités."),
]

POSITIVES = [
    ('en', 'NATO and Japan should deepen cooperation on maritime security and the protection of undersea cables.', set()),
    ('fr', 'L’OTAN et le Japon devraient approfondir leur coopération dans la lutte contre la désinformation.', set()),
    ('en', 'Japanese and NATO forces should improve their interoperability.', set()),
    ('en', 'NATO and Japan should protect sea lanes together and counter Chinese disinformation campaigns.', set()),
    ('fr', 'Le Japon et l’OTAN veulent renforcer l’interopérabilité de leurs forces navales.', set()),
    ('en', 'Emerging and disruptive technologies are a natural field for NATO–Japan research cooperation.', set()),
    ('en', 'NATO and Japan could pool maritime domain awareness in the Indo-Pacific.', set()),
    ('fr', 'Le partage de renseignements entre l’OTAN et le Japon progresse.', set()),
    ('en', 'Both sides want to share information on hybrid threats and disinformation campaigns.', set()),
]

NOT_ADDRESSED = [
    ("en", "The two sides agreed to deepen cooperation in all areas."),
    ("fr", "Les deux parties ont convenu de renforcer leur coopération."),
    ("en", "Japan’s computer networks were hit by hackers last year."),
    ("en", "Japan’s annual threat assessment names China first."),
    ("fr", "Les deux parties ont salué la qualité de leur dialogue."),
    ("en", "Crews from twenty countries have been taken hostage in acts of piracy."),

    # cyber defence that is Japan's own, or networks that were attacked
    ("en", "Separately, Tokyo will send an active cyber defense bill to the Diet."),
    ("fr", "Le gouvernement japonais prépare une loi de cyberdéfense active."),
    ("en", "Chinese intruders spent months inside Japan’s classified defence networks."),
    ("fr", "Des pirates ont pénétré les réseaux de défense japonais en 2020."),
]

TRAPS = [
    ('en', 'The two sides pledged to deepen cooperation across the board and to translate shared values into concrete action.', set()),
    ('fr', 'Les deux partenaires se sont engagés à approfondir leur coopération dans tous les domaines d’intérêt commun.', set()),
    ('en', 'Japan and the EU agreed on the interoperability of their digital identity wallets.', set()),
    ('en', 'Container shipping through the Red Sea lanes fell by half, raising costs for Japanese exporters.', set()),
    ('fr', 'Sur les routes maritimes de la mer Rouge, le trafic de conteneurs a chuté de moitié, renchérissant les exportations japonaises.', set()),
    ('en', 'Disinformation about the release of treated water from Fukushima spread quickly on Chinese social media.', set()),
    ('fr', 'La désinformation sur le rejet des eaux traitées de Fukushima s’est propagée sur les réseaux sociaux chinois.', set()),
    ('en', 'Emerging technologies such as generative AI will reshape Japan’s labour market.', set()),
    ('en', 'The EU–Japan adequacy decision allows the free exchange of personal data between companies.', set()),
    ('en', 'Japan and NATO agreed to strengthen their partnership and to work more closely together in the years ahead.', set()),
    ('fr', 'Les routes maritimes arctiques pourraient réduire de moitié le temps de transport des marchandises japonaises vers l’Europe.', set()),
    ('en', 'Emerging technologies are changing how Japanese banks serve customers.', set()),
]

FRAMEWORK_TRAPS = [
    "Both sides should deepen their cooperation.",
]
