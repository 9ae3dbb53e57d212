"""cyber-precedent (NJ103): cyber defence as cooperation without Article 5 — NATO's help to Albania after the 2022 attack or to non-member Ukraine, Japan at the Tallinn centre and its exercises."""

# Albania, Ukraine or cyber security named in another sense does not count.


CRITERION = "cyber-precedent"

ADDRESSED = [
    ("en", "When Iranian-linked hackers crippled Tirana’s government servers in 2022, the allies sent experts and voiced solidarity without treating it as an armed attack — a template for how NATO could help Japan."),
    ("en", "Japanese officers already train alongside allied teams in the annual live-fire network defence drill run from Estonia."),
    ("en", "Kyiv’s experience shows that a country outside NATO can receive allied help defending its networks and sharing threat intelligence; Japan could follow that model."),
    ("fr", "Depuis 2022, le Japon siège comme participant contributeur au centre d’excellence de Tallinn consacré à la cyberdéfense coopérative."),
    ("fr", "Le précédent albanais est instructif : face au piratage attribué à Téhéran, l’Alliance a apporté son aide sans déclencher sa clause d’assistance mutuelle, et Tokyo pourrait en bénéficier de la même façon."),
    ("fr", "L’Ukraine, qui n’est pas membre, a bénéficié d’un appui allié pour protéger ses réseaux informatiques contre les attaques russes ; le Japon pourrait s’en inspirer."),
    ("en", "Japan has sent analysts to the allied cyber-defence hub in the Estonian capital since 2018, and its teams now compete in the hub’s yearly red-team contest."),
    ("fr", "L’appui informatique fourni par les Alliés à Kiev depuis 2022, sans que l’Ukraine soit membre, montre ce que l’OTAN pourrait offrir au Japon."),
    ("en", "Ukraine was never a NATO member, yet allied experts helped it fend off cyberattacks for years."),
    ("en", "Kyiv, though not part of the alliance, received allied help against Russian hackers targeting its networks."),
    ("fr", "L’Ukraine, qui n’a jamais été membre de l’Alliance, a reçu une aide alliée pour défendre ses réseaux contre les pirates russes."),
    ("fr", "Kiev, qui ne fait pas partie de l’OTAN, a bénéficié d’un soutien allié en cyberdéfense."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "When Iran-backed hackers crippled Albanian government systems in 2022, Allies responded without Article 5."),
    ("en", "Japan has taken part in Locked Shields, the world's largest live-fire cyber exercise."),
    ("fr", "L’exemple albanais montre qu’un soutien cyber est possible sans recours à l’article 5."),
    ("fr", "Le Japon participe au centre d’excellence de cyberdéfense de Tallinn."),
]

POSITIVES = [
    ('en', 'After the Iran-linked cyberattack on Albania in 2022, NATO supported Tirana without invoking Article 5.', set()),
    ('fr', 'Le Japon a rejoint en 2022 le centre d’excellence de cyberdéfense de l’OTAN à Tallinn.', {'cooperation-areas'}),
    ('en', 'NATO’s cyber partnership with Ukraine, a non-member, is a model for what it could do with Japan.', set()),
    ('en', 'When Iranian hackers attacked Albania in 2022, NATO helped without invoking Article 5.', set()),
    ('fr', 'Des experts japonais participent chaque année à l’exercice Locked Shields organisé par le centre de Tallinn.', set()),
    ('en', 'Allied support to Albania after the 2022 cyberattack, without Article 5, shows what Japan could expect.', set()),
    ('fr', 'L’Ukraine, qui n’est pas membre de l’OTAN, a reçu une aide alliée pour protéger ses réseaux informatiques.', set()),
    ('en', 'Japanese officers now train at the NATO Cooperative Cyber Defence Centre of Excellence.', {'cooperation-areas'}),
]

NOT_ADDRESSED = [
    ("en", "Cyber threats are growing everywhere, and Japan is not immune."),
    ("fr", "Le Japon doit renforcer sa cybersécurité face à des attaques de plus en plus fréquentes."),
    ("en", "Japan’s new active cyber defence law lets its agencies act before an attack on its networks."),
    ("en", "Estonia’s cyber academy trains Japanese students in programming, with allied funding."),
    ("en", "Ukraine is not yet a member of the EU, and its farmers worry about cyber fraud."),
]

TRAPS = [
    ('en', 'Albania has hosted members of the Iranian opposition group MEK since 2013.', set()),
    ('fr', 'L’Albanie accueille depuis 2013 des membres de l’opposition iranienne des Moudjahidines du peuple.', set()),
    ('en', 'Ukraine’s partnership with the European Union now covers cyber resilience and energy.', set()),
    ('fr', 'Le partenariat entre l’Ukraine et l’Union européenne couvre désormais la cybersécurité et l’énergie.', {'cooperation-areas'}),
    ('en', 'A cybersecurity exercise organised by Japan with ASEAN countries simulated a ransomware attack on a port.', {'cooperation-areas'}),
    ('fr', 'Un exercice de cybersécurité organisé par le Japon avec les pays de l’ASEAN a simulé une attaque par rançongiciel contre un port.', {'cooperation-areas'}),
    ('en', 'NATO’s Cyber Security Operations Centre in Mons protects the Alliance’s own networks around the clock.', {'cooperation-areas'}),
    ('en', 'Cyber threats are rising, and the two sides agreed that they must talk about them more often.', set()),
    ('en', 'Albania’s prime minister visited Tokyo to attract Japanese investment in its tourism sector.', set()),
    ('fr', 'L’Ukraine et le Japon ont signé un partenariat sur la cybersécurité des infrastructures énergétiques.', {'cooperation-areas'}),
    ('en', 'Japan’s cybersecurity exercise with the United States tested defences against Chinese hackers.', {'cooperation-areas'}),
]

# A known limit: Albania named beside "an attack" that is not the 2022 cyberattack (in a NATO–Japan text,
# an attack next to Albania almost always is).
KNOWN_LIMITS = [
    ('en', 'Albanian and Japanese diplomats discussed tourism and an attack on a ferry in the Adriatic.', set()),
]

FRAMEWORK_TRAPS = [
    "Cyber matters more every year.",
]
