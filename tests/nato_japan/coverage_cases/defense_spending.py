"""defense-spending (NJ105): Japan's own defence effort — 2 % of GDP by fiscal 2027, 43 trillion yen over five years, the National Security Strategy of December 2022."""

# The Allies' 2 % guideline, or another state's budget or strategy, does not count.


CRITERION = "defense-spending"

ADDRESSED = [
    ("en", "Tokyo intends to lift military outlays to roughly two percent of national output within five years."),
    ("en", "The strategy documents Kishida’s cabinet approved in the last weeks of 2022 call for some 43 trillion yen of military spending over five years."),
    ("en", "Japan’s defence budget is set to nearly double by fiscal 2027, bringing it close to the benchmark NATO asks of its own members."),
    ("fr", "Le Japon entend porter ses dépenses militaires à deux pour cent de sa richesse nationale d’ici 2027."),
    ("fr", "La nouvelle Stratégie de sécurité nationale adoptée par Tokyo fin 2022 prévoit un effort budgétaire sans précédent pour les forces d’autodéfense."),
    ("fr", "Avec 43 000 milliards de yens sur cinq ans, le Japon se dote de l’un des trois premiers budgets militaires au monde."),
    ("en", "By 2027 Japan’s annual defence outlays should match the share of economic output that NATO asks of its own members."),
    ("fr", "Le budget de la défense japonais doit quasiment doubler d’ici 2027 pour atteindre la norme fixée aux Alliés."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Japan will double defence spending to 2% of GDP within five years."),
    ("en", "The December 2022 National Security Strategy commits Japan to a major defence build-up."),
    ("fr", "Le Japon portera ses dépenses de défense à 2 % du PIB d’ici 2027."),
    ("fr", "La stratégie de sécurité nationale adoptée par Tokyo en décembre 2022 prévoit un effort de défense inédit."),
]

POSITIVES = [
    ('en', 'Japan plans to raise defence and related spending to 2 % of GDP by fiscal 2027, the level NATO expects of its Allies.', set()),
    ('fr', 'Le Japon portera ses dépenses de défense à 2 % du PIB d’ici 2027, le niveau que l’OTAN demande à ses Alliés.', set()),
    ('en', 'Japan’s National Security Strategy of December 2022 calls China the greatest strategic challenge Japan has ever faced.', set()),
    ('en', 'Japan’s defence budget rose to a record 7.9 trillion yen for fiscal 2024.', set()),
    ('en', 'Tokyo intends to spend 2 % of GDP on defence by 2027, matching what NATO asks of its own members.', set()),
    ('fr', 'Comme les Alliés, le Japon vise désormais 2 % du PIB pour sa défense, à l’horizon 2027.', set()),
    ('en', 'Japan’s defence outlays will total about 43 trillion yen over five years, a 60 per cent increase.', set()),
    ('en', 'Unlike Germany, which took decades, Japan will double its defence spending in five years.', set()),
    ('en', 'Tokyo has pledged to lift spending on defence and related items to 2 % of GDP in fiscal 2027, up from about 1 %.', set()),
    ('fr', 'Le gouvernement Kishida a décidé de porter les dépenses de défense à 43 000 milliards de yens sur cinq ans.', set()),
    ('en', 'The December 2022 National Security Strategy commits Japan to a defence build-up unseen since the Second World War.', set()),
    ('fr', 'Avec sa stratégie de sécurité nationale de décembre 2022, le Japon double presque son budget de défense.', set()),
    ('en', 'Like the Allies, Japan now aims at 2 % of GDP, though its target includes coast guard spending.', set()),
    ('en', 'Japan’s budget for defence will reach 2 % of GDP in 2027, compared with about 1 % today.', set()),
    ('fr', 'Tokyo entend consacrer 2 % de son PIB à la défense d’ici 2027, comme l’OTAN le demande à ses membres.', set()),
    ('en', 'Japan’s new security strategy, adopted in December 2022, doubles military spending.', set()),
    ('en', 'Kishida’s government approved a record defence budget of 7.7 trillion yen, a 16 % increase.', set()),
]

STILL_CREDITED = [
    ("en", "Japan now intends to meet NATO’s 2 % of GDP guideline for defence by fiscal 2027."),
    ("fr", "Le Japon entend atteindre l’objectif de l’OTAN de 2 % du PIB pour sa défense."),
]

NOT_ADDRESSED = [
    ("en", "NATO allies committed in 2014 to spend 2% of GDP on defence within a decade."),
    ("fr", "Les Alliés se sont engagés à consacrer 2 % de leur PIB à la défense."),
    ("en", "Germany pledged to reach 2 % of GDP on defence by 2024."),
    ("en", "Japan’s defence budget was first published in English in 2027’s edition of the yearbook, NATO’s library notes."),

    # the 2 % stated as NATO's guideline, met by another Ally, beside Japan
    ("en", "Spain has promised to meet NATO’s guideline of 2 % of GDP on defence, and to deepen its ties with Tokyo."),
    ("en", "The Netherlands now meets the Alliance’s 2% of GDP benchmark for defence spending, a minister told Japanese visitors."),
    ("fr", "L’Espagne s’engage à respecter l’objectif de l’OTAN de 2 % du PIB pour la défense et à se rapprocher de Tokyo."),
]

TRAPS = [
    ('en', 'At the Vilnius summit, Allies agreed that spending at least 2 % of GDP on defence is a floor rather than a ceiling, a message Tokyo followed with interest.', set()),
    ('en', 'The United Kingdom spends about 2.3 per cent of GDP on defence and Germany has only now reached 2 per cent; Japanese officials follow the European debate closely.', set()),
    ('fr', 'Au sommet de Washington, 23 Alliés sur 32 atteignaient l’objectif de 2 % du PIB consacré à la défense, un chiffre que Tokyo a salué.', set()),
    ('fr', 'L’Allemagne a promis de consacrer 2 % de son PIB à sa défense et son budget militaire augmente de 100 milliards d’euros ; le Japon observe ce tournant avec attention.', set()),
    ('en', 'NATO’s latest figures show that European Allies and Canada increased their defence spending by 11 per cent in 2023, figures that officials in Tokyo called impressive.', set()),
    ('en', 'Japan’s current-account surplus reached 2 % of GDP last year, according to the finance ministry.', set()),
    ('fr', 'Le Royaume-Uni vise 2,5 % du PIB d’ici 2030 et la France a voté une loi de programmation militaire de 413 milliards d’euros ; Tokyo suit ces débats européens.', set()),
    ('en', 'The US National Security Strategy of October 2022 calls China the pacing challenge, a view Tokyo shares.', set()),
    ('en', 'The US defence budget rose to 886 billion dollars this year, a figure Japanese planners watch closely.', set()),
    ('fr', 'La Stratégie de sécurité nationale publiée par la Maison-Blanche en octobre 2022 fait de la Chine le principal défi ; Tokyo partage ce diagnostic.', set()),
    ('en', 'Poland now spends more than 4 per cent of GDP on defence, the highest share in the Alliance, and Japanese analysts cite it often.', set()),
    ('fr', 'Les Alliés européens ont porté leurs dépenses militaires à 380 milliards de dollars en 2024 ; à Tokyo, on salue cet effort.', set()),
    ('en', 'South Korea’s defence budget grew by 4.2 per cent this year, according to Seoul; Japan and Korea held talks on the margins.', set()),
    ('fr', 'Le Japon consacre environ 2 % de son PIB à l’aide publique au développement et à la coopération internationale, selon l’OCDE.', set()),
    ('en', 'The UK’s new National Security Strategy was welcomed in Tokyo.', set()),
    ('en', 'Several Allies still fall short of the 2 % guideline, and Japanese diplomats privately note the irony of lecturing Tokyo on burden-sharing.', set()),
    ('fr', 'La Pologne a porté son budget de défense à 4 % de son PIB ; l’ambassadeur du Japon à Varsovie a salué cette décision.', set()),
]

FRAMEWORK_TRAPS = [
    "Allies agreed to spend at least 2% of GDP on defence.",
    "Les Alliés se sont engagés à consacrer 2 % de leur PIB à la défense.",
]
