"""article-9 (NJ101): Japan's Constitution — Article 9, the renunciation of war, its limits on the use of force — weighed against what Japan can promise NATO."""

# Another country's constitution, or another law's or treaty's Article 9 (the North Atlantic Treaty's creates
# the Council), does not count.


CRITERION = "article-9"

ADDRESSED = [
    ("en", "Any pledge to send Japanese troops to defend a European ally would collide with the war-renouncing clause of Japan’s basic law."),
    ("en", "Because the country’s supreme law still bars it from using force abroad except in narrow situations of self-preservation, Tokyo can offer NATO solidarity but not soldiers."),
    ("en", "Japanese lawmakers would first have to revise the pacifist provisions written into the country’s founding document in 1947, and no government in Tokyo has managed that in seventy-five years."),
    ("fr", "Le Japon ne peut souscrire à une obligation d’assistance militaire : sa charte de 1947, qui bannit la guerre comme moyen de régler les différends, s’y oppose."),
    ("fr", "Les juristes de Tokyo rappellent que le texte constitutionnel nippon interdit toute participation automatique à un conflit extérieur."),
    ("fr", "Le renoncement à la belligérance, inscrit dans la loi suprême de l’archipel depuis l’après-guerre, borne ce que le Japon peut promettre à l’Alliance."),
    ("en", "The 2015 security laws let Japanese forces defend an ally only when the nation’s own survival is at stake — a legal ceiling, drawn from the postwar settlement, that rules out automatic commitments to NATO."),
    ("fr", "Les gouvernements successifs ont toujours lu l’article pacifiste de la Constitution de l’archipel comme un interdit de toute guerre hors de ses frontières, ce qui ferme la porte à un engagement militaire envers l’OTAN."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Japan's pacifist constitution bars it from collective defence obligations."),
    ("en", "Tokyo's post-war constitution, which renounces war as a sovereign right, limits what it can promise."),
    ("fr", "La Constitution pacifiste du Japon lui interdit de s’engager militairement."),
    ("fr", "L’article 9 de la loi fondamentale japonaise limite ses engagements."),
]

POSITIVES = [
    ('en', 'Article 9 of Japan’s constitution rules out any automatic military obligation towards NATO.', set()),
    ('fr', 'La Constitution pacifiste du Japon limite ses engagements militaires envers l’OTAN.', set()),
    ('en', 'Japan’s constitution renounces war, which limits what Tokyo can promise the Alliance.', set()),
    ('en', 'Japan’s pacifist constitution, unlike Germany’s Basic Law, still bars collective defence commitments.', {'article-5-scope'}),
    ('fr', 'L’article 9 de la Constitution japonaise interdit au Japon de s’engager dans une défense collective automatique.', {'article-5-scope'}),
    ('en', 'Article 9 of the Japanese constitution, which renounces war, limits what Tokyo can offer the Alliance.', set()),
    ('fr', 'La Constitution japonaise, qui renonce à la guerre, borne l’engagement de Tokyo aux côtés de l’Alliance.', set()),
    ('en', 'Japan’s constitutional limits on collective self-defence mean it cannot take on Article 5-type obligations.', {'article-5-scope'}),
]

NOT_ADDRESSED = [
    ("en", "Japan’s constitution was adopted in 1947 and took effect in May of that year."),
    ("fr", "La Constitution japonaise a été promulguée en novembre 1946, sous l’occupation américaine."),
    ("en", "Japan’s constitution has never been amended, unlike Germany’s Basic Law."),
    ("en", "Japan’s Basic Law on Cybersecurity limits what its agencies may do."),
    ("fr", "Le Japon a révisé sa loi fondamentale sur l’éducation en 2006, sans toucher à l’armée."),
    ("en", "The founding document of the Quad says nothing about military obligations, Japan notes."),
    ("en", "The UN’s postwar charter bans the use of force, a principle Japan champions."),
]

TRAPS = [
    ('en', 'Article 9 of the EU–Japan Economic Partnership Agreement covers customs cooperation.', set()),
    ('en', 'The Philippine constitution also renounces war as an instrument of national policy, and Manila has deepened ties with Tokyo.', set()),
    ('fr', 'L’Italie, elle aussi, renonce à la guerre dans sa Constitution de 1948 ; Rome et Tokyo construisent pourtant ensemble un avion de combat.', set()),
    ('en', 'Germany’s constitutional limits on the use of force abroad were eased by a court ruling in 1994, a precedent Japanese scholars often cite.', set()),
    ('fr', 'En Allemagne, les limites constitutionnelles aux opérations extérieures ont été assouplies en 1994 ; au Japon, on cite souvent ce précédent.', set()),
    ('fr', 'L’article 9 de la loi japonaise sur la protection des secrets d’État punit les fuites de cinq ans de prison.', set()),
    ('en', 'Article 9 of the North Atlantic Treaty created the Council, which meets weekly at the level of ambassadors.', set()),
    ('en', 'Costa Rica’s constitution abolished the army in 1949, a model Japanese pacifists admire.', set()),
    ('fr', 'L’article 9 de la loi japonaise sur les Forces d’autodéfense fixe leurs effectifs.', set()),
    ('en', 'Germany’s Basic Law requires a parliamentary vote before the Bundeswehr deploys abroad; Japan’s debate is different.', set()),
    ('en', 'South Korea’s constitution renounces wars of aggression, a clause Japanese scholars sometimes compare with their own.', set()),
]

FRAMEWORK_TRAPS = [
    "Article 9 of the North Atlantic Treaty establishes the North Atlantic Council.",
    "L’article 9 du traité de l’Atlantique Nord institue le Conseil.",
    "Article 9 of the Estonian constitution protects rights.",
]
