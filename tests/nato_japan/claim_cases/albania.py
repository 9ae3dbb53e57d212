"""Claims about the 2022 cyberattack on Albania (facts `albania-no-article-5`: NJ203, NJ209; `albania-attribution`: NJ204, NJ210)."""

# Allies helped Albania without invoking Article 5, and the attack was attributed to Iran: an invocation, or
# Russia, China or North Korea as the attacker, is flagged; denials, reported suspicions and other attacks are
# not.


FLAGGED_ONCE = [
    'In 2022, the Alliance invoked Article 5 to defend Albania after the cyberattack.',
    'L’Albanie a déclenché l’article 5 après la cyberattaque de 2022.',
    'The 2022 attack on Albania was carried out by Russian hackers.',
    'La cyberattaque contre l’Albanie, attribuée à la Russie, a paralysé les services publics.',
    'When Albania invoked Article 5 in 2022, Allies responded with cyber teams.',
    "North Korean hackers crippled Albania's government systems in July 2022.",
    'L’OTAN a invoqué l’article 5 pour défendre l’Albanie.',
    'Lors de la cyberattaque de 2022, l’OTAN a activé l’article 5 au profit de Tirana.',
    'L’attaque informatique contre l’Albanie a été menée par des pirates chinois.',
    "NATO triggered Article 5 after Iran's cyberattack on Albania.",
    'L’Alliance, qui a activé son article 5 au lendemain de l’attaque contre l’Albanie, a montré sa solidarité.',
    "The attack on Albania, which officials blamed on Moscow, was the largest cyber incident in the country's history.",

    # Albania and Article 5 in longer sentences
    'Albania, which invoked Article 5 after the 2022 cyberattack, received immediate allied support.',
    'Following the Iranian hack, the North Atlantic Council activated the collective defence clause for Albania.',
    'For the first time in a cyber case, Allies agreed to apply Article 5 to Albania in 2022.',
    "NATO's decision to trigger Article 5 over the Albanian cyberattack set a precedent for Japan.",
    "The hackers who crippled Albania's e-government portal in 2022 were linked to the GRU.",
    'Beijing-linked hackers took down Albanian government websites in July 2022.',
    "Les pirates informatiques ayant visé l'Albanie en 2022 travaillaient pour le renseignement russe.",
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    "Albania's request to invoke Article 5 was granted by the North Atlantic Council in September 2022.",
    "The invocation of Article 5 on Albania's behalf in 2022 was a first for a cyberattack.",
    "L'invocation de l'article 5 au profit de l'Albanie en 2022 était une première.",
    "Tirana obtint de ses Alliés l'activation de l'article 5 après la cyberattaque.",
    'The Albanian hack, traced to Chinese state actors, disrupted public services.',
    'Russian operatives were behind the 2022 cyberattack on Albania.',
    "Des pirates russes sont à l'origine de l'attaque contre l'Albanie en 2022.",
    "L'Albanie a accusé Moscou d'être derrière la cyberattaque de juillet 2022.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('albania-no-article-5', "Le 12/09/2022, l'OTAN a invoqué l'article 5 en faveur de l'Albanie."),
    ('albania-no-article-5', 'Albania became, in 2022, the first Ally to see Article 5 invoked over a cyberattack.'),
    ('albania-attribution', "Il est désormais établi que Moscou a orchestré l'attaque informatique ayant frappé Tirana à l'été 2022."),
    ('albania-attribution', "The cyberattack that paralysed Albania's government in July 2022, which Western officials pinned on Pyongyang, was a wake-up call."),
    ('albania-attribution', 'The July 2022 cyberattack on Albania was the work of Russian military intelligence.'),
]

FLAGGED_BY_EXACTLY = [
    (['NJ203'], 'So, uh, when NATO — when the Allies invoked Article 5 for Albania back in 2022, that, uh, that was the turning point.'),
    (['NJ210'], 'Albania cyberattack (July 2022) — perpetrator: Russia’s GRU'),
    (['NJ209'], 'Euh… quand l’OTAN a, comment dire, déclenché l’article 5 pour l’Albanie, euh, tout a basculé.'),
    (['NJ210'], 'Cyberattaque contre l’Albanie (juillet 2022) : la piste chinoise confirmée'),
    (['NJ209'], 'NATO’s one-and-only cyber Article 5 case — Albania, 2022 — showed the clause can cover hacking.'),
    (['NJ210'], 'Les enquêteurs ont remonté la piste jusqu’à Pékin : ce sont des pirates chinois qui ont paralysé les serveurs albanais en 2022.'),
    (['NJ210'], "Iran was first suspected, but investigators eventually traced the 2022 Albania hack to Russia's military intelligence."),
    (['NJ209'], "L'Albanie, qui a obtenu l'activation de l'article 5 de l'OTAN en septembre 2022, a rompu avec Téhéran."),
    (['NJ210'], "Les pirates qui ont paralysé les services albanais en juillet 2022 opéraient depuis la Russie, et non depuis l'Iran comme on l'a cru."),
]

FLAGGED_ON_ITS_WORDS = [
    # the collective-defence clause with a possessive determiner
    ("NJ203", "Les Alliés ont déclenché leur clause de défense collective au profit de l’Albanie en septembre 2022.",
     "Les Alliés ont déclenché leur clause de défense collective au profit de l’Albanie"),
    ("NJ203", "L’Alliance a fait jouer sa clause d’assistance mutuelle pour soutenir Tirana.",
     "L’Alliance a fait jouer sa clause d’assistance mutuelle pour soutenir Tirana"),
    ("NJ209", "Tirana a obtenu que l’Alliance active sa clause de défense mutuelle après l’attaque de 2022.",
     "sa clause de défense mutuelle"),
    ("NJ209", "Allies agreed that their collective defence clause applied to Albania in 2022.",
     "their collective defence clause"),

    # other verbs for "invoked": put into effect, came into play, « recourir à », « jouer en faveur de »
    ("NJ209", "NATO put Article 5 into effect to protect Albania in 2022.", "Article 5"),
    ("NJ209", "L’OTAN a recouru à l’article 5 pour défendre l’Albanie.", "l’article 5"),

    # the attack on Albania said to come from, or be the operation of, another state
    ("NJ210", "Albania's 2022 cyberattack was a Chinese operation.", "Chinese"),
    ("NJ210", "La cyberattaque contre l'Albanie venait de Moscou.", "Moscou"),
]

FLAGGED_BY_ITS_RULE = [
    # Article 5 as the ground of the rescue of Albania (NJ209)
    ("NJ209", "In the name of collective defence, the Allies flew experts to Tirana after the 2022 attack, Article 5 in hand."),
    ("NJ209", "Citing Article 5, the Allies came to the rescue of Albania after the 2022 hack."),
    ("NJ209", "Au titre de l’article 5, les Alliés ont volé au secours de l’Albanie en 2022."),
    ("NJ209", "Article 5 à l’appui, les Alliés se sont portés au secours de Tirana."),

    ("NJ204", "The Chinese intrusion into Albanian state networks in July 2022 is still studied."),
    ("NJ204", "The Russian ransomware attack which paralysed Albanian government websites is a case study for NATO."),
    ("NJ204", "Albania's public services, crippled by a North Korean cyberattack in July 2022, recovered within weeks."),
    ("NJ204", "L'attaque informatique chinoise ayant paralysé les sites du gouvernement albanais a marqué les esprits."),
    ("NJ204", "La cyberattaque nord-coréenne de juillet 2022 contre les serveurs de l'administration albanaise reste étudiée."),
    ("NJ204", "Paralysés par une cyberattaque russe en 2022, les services publics albanais ont mis des semaines à se rétablir."),
]

NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "L’OTAN a soutenu l’Albanie sans activer sa clause de défense collective.",
    "Albania is covered by NATO's collective defence guarantee, which was not activated in 2022.",
    "L’Albanie est couverte par l’article 5, qui n’a pas été invoqué en 2022.",
    "Article 5 never came into play for Albania in 2022.",
    "L'article 5 n'a pas joué en faveur de l'Albanie en 2022.",
    "L’OTAN a aidé l’Albanie sans recourir à l’article 5.",
    "The 2022 attack on Albania came from Iranian hackers; Russia's came later against Ukraine.",

    # long true sentences about the same facts
    "Albania, which NATO helped in 2022 without invoking Article 5, is covered by the Alliance's collective defence clause.",

    # an unnamed group's suspicion, in a past or compound tense, is attributed
    "Many observers initially suspected North Korea of the hack on Albania's government servers.",
    "Plusieurs experts avaient d’abord soupçonné des pirates chinois d’avoir visé l’Albanie.",

    # the rescue without Article 5, a hypothesis, a plain statement of coverage
    "The Allies came to the rescue of Albania in 2022, but Article 5 played no role.",
    "The Allies rushed to Albania’s aid in 2022 without invoking Article 5.",
    "Si l’Albanie était attaquée, les Alliés viendraient à son secours au titre de l’article 5.",
    "Albania, like every Ally, is protected by Article 5.",

    "The Iranian cyberattack that crippled Albania's public services in 2022 remains a case study.",
    "La cyberattaque iranienne qui a paralysé les services publics albanais reste un cas d'école.",
    "After Russian cyberattacks on Ukraine, Albania too suffered an attack in 2022.",
    "Les cyberattaques russes contre l'Ukraine et l'attaque de 2022 contre l'Albanie ont été étudiées.",
    "Chinese cyberattacks on Taiwan resemble the 2022 attack on Albanian public services.",
    'NATO did not invoke Article 5 after the cyberattack on Albania.',
    'L’Albanie a reçu le soutien de l’OTAN sans invoquer l’article 5.',
    'The 2022 attack on Albania was attributed to Iran.',
    "Russia's cyberattacks on Ukraine differ from Iran's attack on Albania.",
    'Critics claim NATO invoked Article 5 for Albania, but it did not.',
    'L’Albanie a reçu le soutien des Alliés sans que l’article 5 soit invoqué.',
    'La cyberattaque contre l’Albanie a été attribuée à l’Iran.',
    'Would NATO invoke Article 5 for Albania? It did not.',
    'Reports that NATO invoked Article 5 for Albania were false.',
    'Contrairement à une idée reçue, l’article 5 n’a pas été invoqué pour l’Albanie.',
    "Albania's prime minister said in 2022 that NATO did not need to invoke Article 5.",
    "After the Iranian attack on Albania, Allies offered cyber help; Russia's attacks on Ukraine were a different case.",
    'Moscow claims that NATO invoked Article 5 to shield Albania in 2022.',
    'Had NATO invoked Article 5 for Albania, the precedent for Japan would have been very different.',
    'Should Albania have asked for Article 5 in 2022, Allies would have had to decide.',
    'Did NATO invoke Article 5 for Albania? No — and that is the point.',
    '"NATO activated Article 5 for Albania" is a piece of disinformation that circulated on Telegram in 2022.',
    'The 2022 Albania hack was blamed on Iran, not Russia.',
    'L’OTAN a-t-elle invoqué l’article 5 pour l’Albanie ?',
    '« L’OTAN a activé l’article 5 pour l’Albanie » : cette rumeur, relayée par des comptes prorusses, est fausse.',
    'L’attaque contre l’Albanie a été imputée à l’Iran, et non à la Russie.',
    'Albania, 2022: NATO helped, but Article 5 stayed in the drawer.',
    'Les enquêteurs ont remonté la piste jusqu’à Téhéran, pas jusqu’à Pékin.',
    'Early reports speculated about Russian involvement, but the attack on Albania was attributed to Iran.',
    "La cyberattaque iranienne de juillet 2022 contre l'Albanie n'a pas conduit l'OTAN à invoquer l'article 5.",
    "L'Albanie a rompu avec Téhéran en septembre 2022, après une cyberattaque que Washington a imputée à l'Iran ; Moscou n'y était pour rien.",
    "Iranian hackers, not Russian ones, crippled Albania's e-government portal in 2022.",
    "Albania cut diplomatic ties with Iran after the July 2022 attack, while Russia's hackers kept targeting Ukraine.",
    'Tirana expelled Iranian diplomats in September 2022; Moscow and Beijing condemned the decision.',
    "The hackers behind the 2022 attack on Albania worked for Iran's Ministry of Intelligence, US officials said, not for Russia.",
]
