"""Claims that Japan accepted nuclear sharing (fact `nuclear-sharing-rejected`: NJ227, NJ234)."""

# Japan rejected NATO-style nuclear sharing in February 2022: an acceptance, support or participation is
# flagged; Abe's proposal, rejections, rumours denied and hypotheses are not.


FLAGGED_ONCE = [
    'Japan agreed to NATO-style nuclear sharing in 2023.',
    'Le Japon a accepté le partage nucléaire avec les États-Unis.',
    "Japan signed up to NATO's nuclear sharing arrangements.",
    'En 2023, le Japon a rejoint le dispositif de partage nucléaire de l’OTAN.',
    'Le Japon participe désormais au partage nucléaire de l’OTAN.',
    "Japan has already joined NATO's nuclear planning group as an observer.",
    "Le Japon s'apprête à rejoindre le dispositif de dissuasion nucléaire partagée de l'OTAN, qu'il a accepté en 2023.",
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'Nuclear sharing, accepted by Tokyo in 2023, marks a break with the three non-nuclear principles.',
    'Tokyo has now signed up to a nuclear-sharing arrangement with Washington.',
    'Le partage nucléaire, accepté par Tokyo en 2023, rompt avec les trois principes non nucléaires.',
    'Tokyo a finalement souscrit à un accord de partage nucléaire avec Washington.',
]

FLAGGED_AGAINST_ITS_FACT = [
    ('nuclear-sharing-rejected', "Tokyo a dit oui au partage nucléaire à l'européenne en 2022."),
    ('nuclear-sharing-rejected', 'Japan, having agreed in 2023 to host US nuclear weapons under a NATO-style sharing arrangement, now sits in the Nuclear Planning Group.'),
    ('nuclear-sharing-rejected', 'In 2023 Kishida gave the green light to a NATO-style nuclear-sharing arrangement for Japan.'),
]

FLAGGED_BY_EXACTLY = [
    (['NJ227'], 'Tokyo, qui participe depuis 2023 au partage nucléaire de l’OTAN, accueille des bombes B61.'),
    (['NJ234'], "Le ralliement du Japon au partage nucléaire de l'OTAN, acté en 2023, a surpris Pékin."),
    (['NJ234'], "Tokyo's admission to the Nuclear Planning Group, approved by Allies in 2024, ended decades of reticence."),
]

FLAGGED_BY_ITS_RULE = [
    ("NJ234", "In 2022 Kishida backed a NATO-style nuclear-sharing arrangement for Japan."),
    ("NJ234", "Tokyo threw its weight behind nuclear sharing with the United States in March 2022."),
    ("NJ234", "Japan's 2022 decision to join NATO's nuclear-sharing scheme surprised Seoul."),
    ("NJ234", "Kishida's endorsement of nuclear sharing in February 2022 alarmed Beijing."),
    ("NJ234", "En février 2022, le Premier ministre Kishida s'est dit favorable au partage nucléaire à l'OTAN."),
    ("NJ234", "Le gouvernement japonais s'est prononcé en faveur du partage nucléaire en 2022."),
    ("NJ234", "L'entrée du Japon dans le dispositif de partage nucléaire de l'OTAN, actée en 2022, a inquiété Pékin."),
]

NOT_FLAGGED = [
    "In February 2022, Prime Minister Kishida came out against NATO-style nuclear sharing.",
    "Former Prime Minister Abe came out in favour of NATO-style nuclear sharing in 2022.",
    "Kishida rejected nuclear sharing, citing the three non-nuclear principles.",
    "Germany came out in favour of nuclear sharing long ago.",
    "Kishida n'a jamais soutenu le partage nucléaire, contrairement à Abe.",
    'Prime Minister Kishida rejected nuclear sharing in February 2022.',
    'Le partage nucléaire est probablement un non-démarreur pour le Japon.',
    'Le gouvernement japonais a rejeté le partage nucléaire.',
    'Germany, Italy, Belgium and the Netherlands take part in NATO nuclear sharing.',
    'Germany accepted nuclear sharing decades ago; Japan rejected it in 2022.',
    'Nuclear sharing, which Tokyo rejected in February 2022, remains off the table.',
    "Unlike Italy and Germany, Japan hosts no US nuclear weapons under NATO's sharing scheme.",
    "Tokyo n'a jamais accepté le partage nucléaire.",
    'Had Tokyo accepted nuclear sharing, it would have broken the three non-nuclear principles.',
    'Le Japon dit non au partage nucléaire',
    'Rumours that Tokyo had agreed to NATO-style nuclear sharing were denied by the Chief Cabinet Secretary the same day.',
    "Le Japon pourrait-il un jour rejoindre le partage nucléaire de l'OTAN ?",
    "Le démenti du gouvernement japonais sur un prétendu accord de partage nucléaire avec l'OTAN a été immédiat.",
    'Had Tokyo joined the Nuclear Planning Group as an observer, Beijing would have protested.',
    'Japan rejected nuclear sharing; Germany, which contributes dual-capable aircraft, accepted it decades ago.',
    "Japan does not contribute dual-capable aircraft to NATO's nuclear mission.",
    "Le Japon ne participe pas à la mission de dissuasion nucléaire de l'OTAN.",
]
