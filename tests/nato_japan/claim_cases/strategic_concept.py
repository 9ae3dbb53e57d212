"""Claims about NATO's 2022 Strategic Concept (fact `strategic-concept-2022`: NJ228, NJ235)."""

# It was adopted at the Madrid summit on 29 June 2022: another city or year is flagged; the 2010 Lisbon
# concept and later summits that implement it are not.


FLAGGED_ONCE = [
    'NATO adopted its 2022 Strategic Concept at the Vilnius summit.',
    'Le concept stratégique de 2022 a été adopté à Bruxelles.',
    'The Strategic Concept adopted in Madrid in 2021 names China.',
    'Le concept stratégique de 2022 a été adopté au sommet de Vilnius.',
    'Le Concept stratégique 2022 a été adopté lors du sommet de Vilnius.',
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'It was at the Vilnius summit that NATO adopted its 2022 Strategic Concept.',
    "NATO's 2022 Strategic Concept, agreed in Brussels, names China.",
    "C'est au sommet de Vilnius que l'OTAN a adopté son Concept stratégique de 2022.",
    "Le Concept stratégique de l'OTAN de 2022, approuvé à Bruxelles, désigne la Chine.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('strategic-concept-2022', "NATO's current Strategic Concept, which Allies signed off on in Brussels in 2022, names China."),
    ('strategic-concept-2022', "Adopté à Washington en 2022, le Concept stratégique de l'OTAN désigne la Chine comme un défi."),
    ('strategic-concept-2022', "NATO's 2022 Strategic Concept, finalised at the Brussels summit, names China."),
]

FLAGGED_BY_EXACTLY = [
    (['NJ235'], 'Strategic Concept 2022 (adopted: Vilnius)'),
    (['NJ235'], 'Concept stratégique de l’OTAN (2022) – adopté à Bruxelles'),
    (['NJ235'], 'NATO’s 2022 Strategic Concept — signed off in Washington — names China for the first time.'),
    (['NJ235'], "Leaders agreed NATO's 2022 Strategic Concept at their summit in Washington."),
]

FLAGGED_ON_ITS_WORDS = [
    # the Strategic Concept's right city with a wrong year, the date in another construction
    ("NJ228", "NATO's Strategic Concept was approved at the Madrid summit on 29 June 2023.",
     "Strategic Concept was approved at the Madrid summit on 29 June 2023"),
]

NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "The Strategic Concept was not adopted in Madrid in 2023.",

    'NATO adopted its Strategic Concept at the Madrid Summit in June 2022.',
    'The 2010 Strategic Concept was adopted in Lisbon.',
    'NATO leaders met in Vilnius in 2023 to implement the 2022 Strategic Concept.',
    'The Strategic Concept adopted in Madrid in 2022 names China for the first time.',
    'Le concept stratégique a été adopté à Madrid en juin 2022.',
    'The 2022 Strategic Concept, adopted in Madrid, was discussed again in Washington in 2024.',
    'Le Concept stratégique de 2022, adopté à Madrid, a été mis en œuvre au sommet de Vilnius.',
    'The Vilnius summit of 2023 built on the Strategic Concept adopted a year earlier in Madrid.',
    'Le sommet de Vilnius a prolongé le Concept stratégique adopté à Madrid en 2022.',
    'Le Concept stratégique adopté à Madrid en 2022 a servi de base aux plans approuvés à Vilnius.',
    "NATO's 2022 Strategic Concept, adopted in Madrid, was followed by summits in Vilnius in 2023 and Washington in 2024.",
    'Le concept stratégique de Madrid (2022) succède à celui de Lisbonne (2010).',
]
