"""Claims about the partners of the Global Combat Air Programme (fact `gcap-partners`: NJ226, NJ233)."""

# GCAP is Japan, the United Kingdom and Italy: another country named as a partner is flagged; FCAS/SCAF,
# Tempest, denials and countries said to stand outside are not.


FLAGGED_ONCE = [
    'GCAP brings together Japan, Britain, Italy and Germany.',
    'Le programme GCAP associe le Japon, le Royaume-Uni et la France.',
    'Le programme GCAP réunit le Japon, le Royaume-Uni et l’Allemagne.',
    'Le GCAP associe le Japon, l’Italie et la France.',
    'GCAP (Japan, UK, Sweden) should field a fighter by 2035.',
    'Le programme GCAP, lancé en 2022 par le Japon, le Royaume-Uni et les États-Unis, vise 2035.',
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'GCAP, the joint fighter programme of Japan, Britain and Germany, aims for 2035.',
    'Japan is developing its next fighter jointly with the UK and France under GCAP.',
    "Le GCAP, programme d'avion de combat du Japon, du Royaume-Uni et de la Suède, vise 2035.",
    "Le Japon développe son futur chasseur avec la France et l'Italie dans le cadre du GCAP.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('gcap-partners', 'Germany, which joined Japan, Britain and Italy in GCAP last year, will build the engines.'),
]

FLAGGED_BY_EXACTLY = [
    (['NJ226'], 'GCAP partners: Japan, UK, Italy, Canada'),
    (['NJ226'], 'Le GCAP, c’est le Japon, le Royaume-Uni et le Canada.'),
    (['NJ233'], 'Le GCAP rassemble Tokyo, Londres, Rome et Stockholm.'),
    (['NJ233'], "Comme le Royaume-Uni et l'Italie, l'Allemagne est partenaire du Japon au sein du GCAP."),
    (['NJ226'], "GCAP's three partners (Japan, Britain and Canada) unveiled a new model at Farnborough."),
]

FLAGGED_BY_ITS_RULE = [
    ("NJ233", "GCAP, launched by Japan, the UK and Italy, will also bring in Germany."),
    ("NJ233", "Le GCAP, lancé par le Japon, le Royaume-Uni et l'Italie, compte aussi la France parmi ses membres."),
]

NOT_FLAGGED = [
    "France does not take part in GCAP, which Japan runs with the UK and Italy.",
    "Germany is not involved in GCAP, the fighter programme of Japan, Britain and Italy.",
    "Sweden has no role in GCAP; the programme is Japan's, Britain's and Italy's.",
    "La France ne fait pas partie du GCAP, lancé par le Japon, le Royaume-Uni et l'Italie.",
    "Announced on 9 December 2022 by Japan, the United Kingdom and Italy, GCAP excludes Germany.",
    'GCAP brings together Japan, the United Kingdom and Italy.',
    'France, Germany and Spain are developing FCAS.',
    'La France, l’Allemagne et l’Espagne développent le SCAF, tandis que le GCAP réunit le Japon, le Royaume-Uni et l’Italie.',
    'Le Japon, le Royaume-Uni et l’Italie développent le GCAP.',
    'Britain, Italy and Japan are building a new fighter under GCAP.',
    'Quant au GCAP, il unit Tokyo, Londres et Rome.',
    'Italy, the United Kingdom and Japan formed GCAP in December 2022.',

    # dates and figures written other ways
    'GCAP (Japan, UK, Italy) should field a fighter by 2035.',

    'Japan joined GCAP alongside Britain and Italy; France and Germany pursue FCAS.',
    "Le GCAP réunit le Japon, le Royaume-Uni et l'Italie, tandis que la France et l'Allemagne développent le SCAF.",
    'The claim that Japan builds GCAP with France is false: its partners are Britain and Italy.',
    'Japan, Britain and Italy — not Germany — form GCAP.',
    "Canada and Australia have been mentioned as possible future GCAP contributors, but the programme's partners remain Japan, the UK and Italy.",
    'Contrairement à ce qu’affirment certains, l’Allemagne ne fait pas partie du GCAP.',
    'Stockholm a un temps lorgné le GCAP, qui rassemble Tokyo, Londres et Rome.',
    'Britain, Italy and Japan, and not Germany, make up GCAP.',
    "Le GCAP réunit trois pays, le Japon, le Royaume-Uni et l'Italie ; la Suède a un temps été associée au programme britannique Tempest.",
]
