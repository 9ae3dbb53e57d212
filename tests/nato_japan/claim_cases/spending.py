"""Claims about Japan's defence-spending target (fact `spending-target`: NJ221, NJ222, NJ223, NJ229, NJ230)."""

# Japan aims at 2 % of GDP for defence and related spending in fiscal year 2027: another share or another year
# is flagged; past figures, the Allies' guideline, demands and hypotheses are not.


FLAGGED_ONCE = [
    'Japan has pledged to raise defense spending to 3% of GDP by 2027.',
    'Le Japon prévoit d’atteindre 2 % du PIB d’ici 2030.',
    "Japan's goal is to spend 1.5 percent of GDP on defense by 2027.",
    'Le Japon s’est engagé à porter ses dépenses de défense à 2 % du PIB d’ici 2035.',
    'Tokyo s’est fixé l’objectif de consacrer 3 % de son PIB à la défense.',
    'Tokyo intends to spend two percent of GDP on defence by 2030.',
    "Le Japon s'est engagé à consacrer 2 % de son PIB à la défense dès 2025.",
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'By 2025, Japan intends to devote 2% of its GDP to defence.',
    "Japan's target, 1% of GDP by 2027, remains modest.",
    "D'ici 2030, le Japon entend consacrer 2 % de son PIB à la défense.",
    "L'objectif japonais, 1,5 % du PIB en 2027, reste modeste.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('spending-target', "Tokyo's defence outlays will climb to two and a half per cent of GDP by FY2027."),
    ('spending-target', "Le Japon consacrera l'équivalent de 1,5 % de son PIB à sa défense en 2027."),
    ('spending-target', 'By the end of the decade — fiscal 2030 — Japan intends to devote 2 % of GDP to defence.'),
    ('spending-target', "Japan's defence spending is expected to rise to 3% of GDP by fiscal 2027."),
    ('spending-target', "Le Japon compte consacrer 2 % de son PIB à sa défense d'ici l'exercice 2030."),
]

FLAGGED_BY_EXACTLY = [
    (['NJ221'], 'Japan’s defence-spending goal: three per cent of GDP by FY2027'),
    (['NJ221'], 'Objectif de Tokyo : trois pour cent du PIB consacrés à la défense en 2027'),
    (['NJ222'], 'Tokyo plans to hit 2% of GDP on defence by FY2030.'),
    (['NJ221'], 'Tokyo has committed to lifting defence outlays to three per cent of GDP in fiscal year 2027.'),
    (['NJ229'], 'Over the budget period 2023–2030, Japan will bring defence and related spending up to 2% of GDP, the target year being FY2030.'),
    (['NJ221'], "Le Japon entend porter son effort de défense à deux et demi pour cent de son PIB à l'horizon 2027."),
    (['NJ229'], 'With defence and related spending due to hit two per cent of GDP in FY2025, Japan will outpace several Allies.'),
]

FLAGGED_ON_ITS_WORDS = [
    # a wrong year for Japan's 2 % target, set against the Allies or as "no earlier than"
    ("NJ222", "Japan plans to reach the 2% level only by 2030, like many European Allies.", "Japan plans to reach the 2% level only by 2030"),
    ("NJ222", "Tokyo plans to hit the 2 per cent threshold no earlier than 2031.", "Tokyo plans to hit the 2 per cent threshold no earlier than 2031"),
    ("NJ222", "Le gouvernement japonais ne compte franchir la barre des 2 % qu’à l’horizon 2032, loin derrière les Alliés européens.",
     "japonais ne compte franchir la barre des 2 % qu’à l’horizon 2032"),

    # Japan's 2 % target as a noun, with its year after
    ("NJ222", "Japan's 2% goal slipped to 2030.", "Japan's 2% goal slipped to 2030"),
    ("NJ222", "L’objectif japonais des 2 % a glissé à 2030.", "objectif japonais des 2 % a glissé à 2030"),

    # a wrong year for Japan's 2 % target, set against the Allies
    ("NJ222", "Tokyo will only reach the 2% mark in 2032, later than most Allies.", "Tokyo will only reach the 2% mark in 2032"),
]

NOT_FLAGGED = [
    # long true sentences about the same facts
    "L’objectif japonais des 2 %, fixé en 2022, vise l’exercice 2027.",
    "Japan's 2% target, announced in December 2022, runs to fiscal 2027.",
    "Le Japon vise 2 % du PIB en 2027, un seuil que plusieurs Alliés n’ont atteint qu’en 2024.",
    "Japan aims to reach the 2% benchmark in fiscal 2027, ahead of several NATO Allies.",
    "Japan aims to reach 2% of GDP by 2027, while Allies committed to 2% by 2024.",
    "Selon Washington, le Japon n’atteindra les 2 % qu’en 2035.",

    'Japan plans to reach 2% of GDP by fiscal year 2027.',
    "Japan's defense spending was long capped at about 1% of GDP.",
    "NATO's 2% guideline applies to Allies; Japan aims for 2% by 2027.",
    'Le Japon vise 2 % du PIB pour l’exercice 2027.',

    # dates and figures written other ways
    "Japan's defence spending rose to 1.6% of GDP in 2024, on track for 2% in FY2027.",
    "Le Japon vise 2 % du PIB à l'exercice 2027 ; il en était à 1,1 % en 2022.",

    'Japan will reach 2% of GDP by 2027, compared with about 1% in 2020.',
    "Japan's defence budget grew by 16% in 2023, on the way to its 2% target.",
    'Le Japon vise 2 % du PIB en 2027, contre environ 1 % en 2020.',
    'Japan will not raise defence spending to 3% of GDP, whatever some US lawmakers demand.',
    'Some US senators want Japan to spend 3% of GDP on defence.',
    "Tokyo's pledge: 2% of GDP by FY2027, up from roughly 1% in 2022.",
    'Washington pressed Tokyo to spend 3% of GDP on defence.',
    "Japan's 2% target for fiscal 2027 is the level NATO expects of Allies.",
    "Japan's defence spending stood at 1.1% of GDP in 2022 and is set to reach 2% in FY2027.",
    'Le Japon consacrait environ 1 % de son PIB à la défense avant 2022 ; il vise 2 % pour l’exercice 2027.',
    'If the plan slipped, Tokyo would hit 2% of GDP only by FY2030.',
    'Some in the ruling party want Japan to go beyond 2% and reach 3% of GDP after fiscal year 2027.',
    'Le Japon, qui consacrait environ 1 % de son PIB à la défense, vise 2 % en 2027.',
    'Le Japon porte ses dépenses de défense et connexes à 2 % du PIB en 2027, contre 1,1 % en 2022.',
    "Japan's defence and related spending reached 1.6% of GDP in 2024 and should hit 2% in fiscal 2027.",
]
