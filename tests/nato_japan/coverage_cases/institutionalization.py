"""institutionalization (NJ109): the standing forms of the partnership — the ITPP, summits attended, a mission to NATO, a liaison office, regular consultations."""

# Meetings of other fora, or dialogues with Washington alone, do not count.


CRITERION = "institutionalization"

ADDRESSED = [
    ("en", "Japan’s prime minister has now been a guest at three consecutive gatherings of allied leaders, from Madrid to Washington."),
    ("en", "Opening a small alliance contact office in Tokyo would give the relationship a permanent address."),
    ("en", "Tokyo should upgrade the NATO desk of its Brussels embassy into a full-fledged mission accredited to the alliance."),
    ("fr", "Le chef du gouvernement japonais a été convié aux trois derniers sommets de l’Alliance."),
    ("fr", "L’ouverture d’une antenne de l’OTAN à Tokyo donnerait à la relation une adresse permanente."),
    ("fr", "Un programme de coopération taillé sur mesure, signé en 2023, encadre désormais les travaux communs de l’OTAN et du Japon."),
    ("en", "Since 2022 the Japanese premier has had a standing invitation to the alliance’s annual leaders’ meeting."),
    ("fr", "Un accord-cadre signé à Vilnius fixe désormais pour quatre ans le programme de travail commun de l’OTAN et du Japon."),
    ("en", "Japan wants a standing channel of consultation with the North Atlantic Council."),
    ("fr", "Tokyo souhaite un mécanisme de consultation régulier avec le Conseil de l’Atlantique Nord."),
    ("fr", "Il faudrait instituer des consultations structurées entre l’Alliance et le Japon."),
    ("en", "The allies should set up structured consultations with Japan’s government."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Japan's prime minister attended the NATO summit in Vilnius."),
    ("en", "The ITPP, agreed in July 2023, sets out areas of cooperation."),
    ("fr", "Le Premier ministre japonais a participé au sommet de l’OTAN à Madrid."),
    ("fr", "L’ouverture d’un bureau de liaison de l’OTAN à Tokyo a été envisagée."),
]

POSITIVES = [
    ('en', 'Japan and NATO agreed an Individually Tailored Partnership Programme in July 2023.', set()),
    ('fr', 'Le Premier ministre japonais a participé au sommet de l’OTAN à Vilnius.', set()),
    ('en', 'Japan’s prime minister took part in the NATO summit in Madrid, a first.', set()),
    ('en', 'Kishida attended the NATO summit in Vilnius, where the ITPP was adopted.', set()),
    ('fr', 'Le Japon a ouvert une mission auprès de l’OTAN à Bruxelles.', set()),
    ('en', 'The ITPP signed in 2023 sets out sixteen areas of NATO–Japan cooperation.', set()),
    ('fr', 'Le Premier ministre japonais a assisté aux sommets de l’OTAN de Madrid, Vilnius et Washington.', set()),
    ('en', 'Japan’s ambassador to NATO attends meetings of the North Atlantic Council with partners.', set()),
]

NOT_ADDRESSED = [
    ("en", "Ties between NATO and Japan have never been stronger."),
    ("fr", "Les liens entre l’OTAN et le Japon se resserrent."),
    ("en", "NATO’s representation office in Kyiv was reinforced this year."),
    ("en", "NATO’s Secretary General praised Japan’s support for Ukraine."),
    ("en", "The EU and Japan signed a framework agreement on trade."),
    ("fr", "Le Japon entretient des consultations régulières avec Washington sur la dissuasion, loin des dispositifs de l’Alliance."),
    ("en", "NATO’s standing naval groups visited Tokyo last spring."),
]

TRAPS = [
    ('en', 'Japan’s foreign and defence ministers took part in the 2+2 meeting with their French counterparts in Paris.', set()),
    ('fr', 'Les ministres japonais des Affaires étrangères et de la Défense ont participé à la réunion 2+2 avec leurs homologues américains à Washington.', set()),
    ('en', 'Japan’s regular dialogue with the United States runs through the 2+2 Security Consultative Committee, a format NATO officials know well.', set()),
    ('en', 'Secretary General Stoltenberg visited Tokyo in January 2023 and met Prime Minister Kishida; both called for closer ties.', set()),
    ('fr', 'Le ministre japonais de la Défense s’est rendu au siège de l’OTAN à Bruxelles pour y rencontrer le Secrétaire général.', set()),
    ('en', 'Japan’s foreign minister attended the G7 meeting in Capri, where NATO’s enlargement was discussed.', set()),
    ('fr', 'Le Japon a participé au sommet de l’ASEAN à Jakarta, où la mer de Chine méridionale a dominé les débats.', set()),
    ('en', 'Japan and the EU signed a Strategic Partnership Agreement in 2018.', set()),
    ('fr', 'L’accord de partenariat stratégique entre le Japon et l’Union européenne est entré en vigueur en 2019.', set()),
    ('en', 'Japan’s prime minister took part in the G20 summit in New Delhi, where NATO was barely mentioned.', set()),
    ('fr', 'Le ministre japonais des Affaires étrangères a participé à la réunion du Quad à Tokyo.', set()),
    ('en', 'Japan and the United States hold a regular dialogue on extended deterrence, separate from NATO.', {'nuclear-sharing'}),
    ('en', 'The EU and Japan signed an Economic Partnership Agreement that entered into force in 2019.', set()),
    ('en', 'Japan’s defence minister took part in the Shangri-La Dialogue, where he met NATO’s deputy secretary general.', set()),
    ('fr', 'Le Japon et la France tiennent un dialogue régulier 2+2, distinct de leurs échanges avec l’OTAN.', set()),
]

FRAMEWORK_TRAPS = [
    "Both sides want stronger ties.",
]
