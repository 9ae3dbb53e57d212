"""Claims about how often NATO's Article 5 has been invoked (fact `article-5-once`: NJ205, NJ206, NJ211, NJ215, NJ218, NJ219)."""

# It was invoked once, after the attacks of 11 September 2001: "never", "several times", another year or a
# second invocation is flagged; the right count, another treaty's article, a denial or a hypothesis is not.
# NJ205 and NJ206 run only in texts that name NATO (an "Article 5" alone could be any text's), so most
# sentences here name it.


FLAGGED_ONCE = [
    'NATO has invoked Article 5 several times since 1949.',
    'L’article 5 de l’OTAN n’a jamais été invoqué depuis 1949.',
    'NATO’s Article 5 was triggered for the second time after Russia invaded Ukraine.',
    'L’article 5 de l’OTAN a été invoqué deux fois, en 2001 puis en 2022.',
    'NATO has invoked Article 5 twice: after 9/11 and after the Salisbury poisoning.',
    'Rappelons que l’article 5 de l’OTAN fut invoqué pour la première fois en 1999, lors de la crise du Kosovo.',
    "NATO's Article 5, first invoked in 2001, has since been triggered twice more.",

    # in longer sentences
    "Article 5 has been invoked three times in NATO's history.",
    'NATO has used Article 5 twice, in 2001 and after the Crimea annexation.',
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    "NATO's mutual defence clause has never once been used.",
    'Never in its history has NATO invoked Article 5.',
    "La clause de défense collective de l'OTAN n'a jamais servi.",
    "Jamais l'OTAN n'a invoqué son article 5.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('article-5-once', "NATO's mutual-defence clause has been activated on three occasions since 1949."),
    ('article-5-once', "Invoqué à trois reprises depuis la fondation de l'OTAN, l'article 5 reste l'ultime garantie."),
    ('article-5-once', "NATO's Article 5 was invoked for the first time in 2014, after Russia annexed Crimea."),
    ('article-5-once', "Since 1949 NATO's Article 5 has been invoked on four occasions."),
    ('article-5-once', "L'OTAN a fait jouer l'article 5 plus d'une fois depuis sa création."),
]

FLAGGED_BY_EXACTLY = [
    (['NJ215'], 'Since its founding, the Alliance has resorted to Article 5 on two occasions.'),
    (['NJ215'], 'The second time Article 5 was invoked, after Russia seized Crimea in 2014, NATO reinforced its eastern flank.'),
    (['NJ215'], "La deuxième invocation de l'article 5 de l'OTAN, après l'annexion de la Crimée en 2014, a conduit au renforcement du flanc est."),
    (['NJ209', 'NJ215'], "Le troisième recours à l'article 5 de l'OTAN, après le 11-Septembre et la Crimée, a suivi la cyberattaque contre l'Albanie."),
]

# (codes, line): an Article 5 count in a table row or a bullet; NJ215 runs only in a text that names NATO,
# so each line stands after a sentence that does.
FLAGGED_IN_A_TEXT_ABOUT_NATO = [
    (['NJ215'], 'Article 5 invocations to date: two (2001, 2022)'),
    (['NJ215'], 'Article 5 : invoqué à trois reprises depuis 1949'),
]

FLAGGED_ON_ITS_WORDS = [
    # other verbs for "invoked": put into effect, came into play, « recourir à », « jouer en faveur de »
    ("NJ211", "NATO's Article 5 has never come into play.", "has never come into play"),
    ("NJ215", "L'OTAN a recouru à l'article 5 à trois reprises.", "à trois reprises"),

    # Article 5 invoked at another date than September 2001 (the texts name NATO or the Allies)
    ("NJ205", "NATO triggered Article 5 in March 2014, when Russia seized Crimea.", "NATO triggered Article 5 in March 2014"),
    ("NJ205", "In 2014, the Allies invoked Article 5 to reassure Poland.", "In 2014, the Allies invoked Article 5"),
    ("NJ205", "NATO's Article 5, invoked in 2014, has lost none of its force.", "NATO's Article 5, invoked in 2014"),
    ("NJ205", "L’article 5 de l’OTAN a été activé le 24 février 2022.", "L’article 5 de l’OTAN a été activé le 24 février 2022"),
    ("NJ205", "En 2014, l’OTAN a déclenché sa clause de défense collective.", "En 2014, l’OTAN a déclenché sa clause de défense collective"),
    ("NJ205", "Les Alliés ont fait jouer leur clause de défense mutuelle au printemps 2014.",
     "Les Alliés ont fait jouer leur clause de défense mutuelle au printemps 2014"),

    # …in a cleft, a dated noun of invocation, a fronted date without a comma, or "in response to Russia's invasion"
    ("NJ205", "It was in 2014 that NATO invoked Article 5.", "It was in 2014 that NATO invoked Article 5"),
    ("NJ205", "C’est en 2014 que l’OTAN a invoqué l’article 5.", "C’est en 2014 que l’OTAN a invoqué l’article 5"),
    ("NJ205", "NATO's only invocation of Article 5 came in 2014, after Crimea.", "invocation of Article 5 came in 2014"),
    ("NJ205", "La seule invocation de l’article 5 de l’OTAN remonte à 2014.", "invocation de l’article 5 de l’OTAN remonte à 2014"),
    ("NJ205", "In March 2014 the North Atlantic Council invoked Article 5.", "In March 2014 the North Atlantic Council invoked Article 5"),
    ("NJ205", "L’OTAN a invoqué l’article 5 en réponse à l’invasion russe de 2022.",
     "L’OTAN a invoqué l’article 5 en réponse à l’invasion russe de 2022"),
    ("NJ205", "When Russia invaded Ukraine in February 2022, the Allies invoked Article 5 and moved troops east.",
     "in February 2022, the Allies invoked Article 5"),
    ("NJ205", "Face à l’annexion de la Crimée, l’OTAN a activé sa clause de défense collective.",
     "Face à l’annexion de la Crimée, l’OTAN a activé sa clause de défense collective"),
]

FLAGGED_BY_ITS_RULE = [
    # Article 5 "never" invoked, with an adverb or another negation between (NJ211)
    ("NJ211", "As the Allies’ mutual defence clause has never really been used, nobody can say how it would work."),
    ("NJ211", "Article 5 of the North Atlantic Treaty has not once been triggered by the Allies."),
    ("NJ211", "NATO’s collective defence clause has at no point been activated."),
    ("NJ211", "La clause de défense collective de l’OTAN n’a jamais vraiment été déclenchée."),
    ("NJ211", "L’article 5 n’a encore jamais été formellement invoqué par les Alliés."),

    # Article 5 last invoked after 2001, the NATO name left to the rest of the text (NJ218)
    ("NJ218", "Article 5 was most recently invoked in 2022, when Russian troops crossed into Ukraine."),
    ("NJ218", "The collective defence clause was triggered for the last time in 2014."),
    ("NJ218", "L’article 5 a été déclenché pour la dernière fois en 2022."),
    ("NJ218", "En 2014, la clause de défense collective a été activée pour la dernière fois."),
    ("NJ218", "La plus récente invocation de l’article 5 remonte à 2014."),

    # Article 5 counted in a text that does not name NATO (NJ215)
    ("NJ215", "Triggered several times since 2001, Article 5 no longer frightens anyone."),
    ("NJ215", "Déclenché à deux reprises depuis 2001, l’article 5 a perdu de sa force dissuasive."),

    ("NJ219", "Never invoked since its signature, Article 5 of the Washington Treaty is a paper promise."),
    ("NJ219", "NATO's never-invoked Article 5 is a purely theoretical guarantee."),
    ("NJ219", "Not once invoked since 1949, Article 5 remains theoretical."),
    ("NJ219", "Article 5, never triggered to this day, is a bluff."),
    ("NJ219", "Jamais activé depuis 1949, l'article 5 du traité de l'Atlantique Nord reste théorique."),
    ("NJ219", "L'article 5, jamais invoqué par l'OTAN, demeure une promesse."),
    ("NJ219", "Pas une seule fois invoqué depuis sa création, l'article 5 de l'OTAN reste théorique."),
    ("NJ219", "À aucun moment déclenchée en soixante ans, la clause de défense collective reste un pari."),
]

NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "L'OTAN n'a recouru à l'article 5 qu'une fois, en 2001.",
    "NATO invoked Article 5 on 12 September 2001.",
    "NATO invoked Article 5 in September 2001 and Article 4 in February 2022.",
    "Les Alliés ont invoqué l’article 5 en septembre 2001.",
    "Les Alliés n’ont pas invoqué l’article 5 en 2022.",
    "Had NATO invoked Article 5 in 2022, Russia would have escalated.",
    "Kyiv urged NATO to invoke Article 5 in 2022.",
    "NATO's only invocation of Article 5 came in 2001, after 9/11.",
    "La seule invocation de l’article 5 de l’OTAN remonte à 2001.",
    "A possible invocation of Article 5 in 2030 worries NATO planners.",
    "In 2014, the Allies invoked Article 4 rather than Article 5.",

    # long true sentences about the same facts
    "NATO, which invoked Article 5 only once, on 12 September 2001, reinforced its eastern flank in 2014 and 2022.",
    "Depuis que l’OTAN a invoqué l’article 5 en 2001, l’Alliance a renforcé son flanc oriental en 2014.",

    # never invoked before 2001, or not for a partner
    "NATO’s Article 5 had never really been used before September 2001.",
    "L’article 5 n’avait jamais vraiment été invoqué avant 2001.",
    "Article V of the U.S.-Japan Security Treaty has never actually been invoked.",

    # last invoked in 2001 (right), Article 4, a debate
    "Article 5 was invoked for the first and last time in 2001.",
    "L’article 5 a été invoqué pour la dernière fois en septembre 2001, et pour la première.",
    "Article 4 was invoked for the last time in 2022; Article 5 only in 2001.",
    "The last time the Allies argued about Article 5 in public was in 2019.",

    # Article 5 of another instrument, or counted right
    "Article 5 of the European Convention on Human Rights has been invoked many times before the Court.",
    "L’article 5 de la loi a été invoqué à plusieurs reprises devant le tribunal.",
    "Invoked only once, after 9/11, Article 5 keeps its force.",

    "Article 5 has never been invoked for a cyberattack alone.",
    "Article 5 has never been invoked since 2001.",
    "L'article 5 n'a plus jamais été invoqué depuis 2001.",
    "Invoked only once, after 9/11, Article 5 remains the Alliance's core.",
    "Article V of the US-Japan Security Treaty has never been invoked.",
    "Never invoked for a partner, Article 5 covers Allies only.",
    "L'article 5 de la Convention européenne, jamais invoqué par les requérants, reste méconnu.",
    'Article 5 has been invoked only once, after 9/11.',
    'L’article 5 n’a été invoqué qu’une seule fois, après les attentats du 11 septembre 2001.',
    'Article 4 was invoked several times, Article 5 only once.',
    'L’article 5 de l’OTAN n’a été invoqué qu’une fois, après le 11 septembre 2001.',
    "NATO's Article 5 was first invoked in 2001, after the 9/11 attacks.",
    "NATO's Article 5 has never been invoked for a cyberattack alone.",
    "L'OTAN n'a jamais invoqué l'article 5 pour un partenaire comme le Japon.",
    'The idea that Article 5 has never been used is a misconception; it was invoked after 9/11.',
    "NATO's Article 5 has been discussed many times but invoked only once.",
    'Kyiv called on NATO repeatedly to invoke Article 5.',
    'Si l’article 5 avait été invoqué une seconde fois, c’eût été un tournant.',
    'Has the Alliance resorted to Article 5 on two occasions? Only once, in 2001.',
    'The only time NATO invoked Article 5 was after the attacks of 11 September 2001.',
    "L'article 5 de l'OTAN n'a été invoqué qu'une fois, le 12 septembre 2001.",
    'NATO has held Article 4 consultations seven times, but the first and only time Article 5 was invoked was in 2001.',
    "The second time Japan's prime minister attended a NATO summit was in Vilnius in 2023.",
    'Article 5 was invoked for the first and only time on 12 September 2001.',
    "Pour la deuxième fois, l'OTAN a invité le Japon à son sommet, sans que l'article 5 soit en cause.",
    "C'est la deuxième fois que le Japon participe à un sommet de l'OTAN ; l'article 5 n'a été invoqué qu'en 2001.",
    'The second invocation of Article 4 came in 2012; Article 5 has been invoked once.',
]
