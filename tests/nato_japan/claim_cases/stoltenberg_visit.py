"""Claims about Secretary General Stoltenberg's visit to Japan (fact `stoltenberg-visit`: NJ207, NJ208, NJ212, NJ217)."""

# He met Prime Minister Kishida in Tokyo on 31 January 2023: another date, or another city for that meeting,
# is flagged; his 2017 visit, other meetings and other Secretaries General are not.


FLAGGED_ONCE = [
    'Stoltenberg travelled to Tokyo in March 2023 to meet Kishida.',
    'En 2024, Jens Stoltenberg s’est rendu à Tokyo pour rencontrer Fumio Kishida.',
    'Jens Stoltenberg s’est rendu à Tokyo en mars 2023 pour rencontrer Fumio Kishida.',
    'Stoltenberg visited Tokyo on Mar. 15, 2023.',
    'On 2022-01-31, Stoltenberg held talks in Tokyo with Kishida.',
    'Jens Stoltenberg a effectué en avril 2023 sa deuxième visite à Tokyo.',
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'It was in March 2023 that Stoltenberg travelled to Tokyo.',
    "Stoltenberg's 2022 trip to Tokyo produced a joint statement with Kishida.",
    "C'est en mars 2023 que Jens Stoltenberg s'est rendu à Tokyo.",
    'La visite de Stoltenberg à Tokyo, en 2022, a débouché sur une déclaration commune.',
]

FLAGGED_AGAINST_ITS_FACT = [
    ('stoltenberg-visit', "Stoltenberg's Tokyo stopover of 31 March 2023 produced a joint statement with Kishida."),
    ('stoltenberg-visit', 'Lors de son passage à Tokyo, le 31/03/2023, M. Stoltenberg a rencontré M. Kishida.'),
    ('stoltenberg-visit', "Stoltenberg's Tokyo stop on 14 April 2023 was his second visit to Japan."),
]

FLAGGED_BY_EXACTLY = [
    (['NJ212'], 'Stoltenberg arrived in Tokyo on the thirty-first of January, two thousand and twenty-two, to meet Kishida.'),
    (['NJ212'], 'M. Stoltenberg s’est rendu à Tokyo le trente et un janvier deux mille vingt-deux.'),
    (['NJ207'], 'Jens Stoltenberg était à Tokyo le 15 mars 2023 pour signer la déclaration conjointe avec M. Kishida.'),
    (['NJ212'], "The Secretary General's stay in Japan (30 January – 1 February 2024) included talks with Prime Minister Kishida in Tokyo."),
    (['NJ212'], 'Lors de son séjour au Japon (du 30 janvier au 1er février 2022), M. Stoltenberg a rencontré M. Kishida à Tokyo.'),
    (['NJ212'], 'When the Secretary General arrived in Tokyo on 14 April 2022 for talks with Kishida, the joint statement was already drafted.'),
]

FLAGGED_ON_ITS_WORDS = [
    # the 31 January 2023 meeting placed elsewhere than Tokyo
    ("NJ217", "Stoltenberg travelled to Osaka on 31 January 2023 to meet Prime Minister Kishida.",
     "to Osaka on 31 January 2023 to meet Prime Minister Kishida"),
    ("NJ217", "The Secretary General held talks with Prime Minister Kishida at NATO headquarters on 31 January 2023.",
     "Kishida at NATO headquarters"),
    ("NJ217", "NATO's chief sat down with Fumio Kishida in Kyoto on January 31, 2023, to sign a joint statement.",
     "Kishida in Kyoto"),
    ("NJ217", "L’entretien du secrétaire général avec Fumio Kishida, le 31 janvier 2023 à Séoul, a produit une déclaration commune.",
     "Kishida, le 31 janvier 2023 à Séoul"),
    ("NJ217", "In Brussels on 31 January 2023, the Secretary General met Kishida.",
     "In Brussels on 31 January 2023, the Secretary General met Kishida"),

    # the meeting's city in a cleft; the Secretary General with Mr./M. Kishida
    ("NJ217", "It was in Seoul that the Secretary General met Kishida on 31 January 2023.",
     "It was in Seoul that the Secretary General met Kishida"),
    ("NJ212", "Le secrétaire général s’est rendu au Japon en mai 2022 pour rencontrer M. Kishida.", "en mai 2022"),

    # the date in other words: « remonte à », seasons
    ("NJ212", "La visite de Stoltenberg à Tokyo remonte à mars 2023.", "remonte à mars 2023"),
    ("NJ212", "Stoltenberg's Tokyo talks with Kishida took place in the spring of 2023.", "in the spring of 2023"),
]

FLAGGED_BY_ITS_RULE = [
    # the visit's date as its adjective, or the joint statement standing for the place (NJ212)
    ("NJ212", "On his June 2022 trip to Japan, Stoltenberg held talks with Prime Minister Kishida."),
    ("NJ212", "Stoltenberg’s March 2023 visit ended with a joint statement signed with Kishida."),
    ("NJ212", "Au cours de sa visite de février 2022 au Japon, Jens Stoltenberg s’est entretenu avec Fumio Kishida."),

    # the Tokyo talks misdated, a summit named afterwards (NJ207)
    ("NJ207", "Stoltenberg’s talks with Prime Minister Kishida in Tokyo in March 2023 opened the road to the Vilnius summit."),
    ("NJ207", "The meeting between Jens Stoltenberg and Fumio Kishida in Tokyo on 31 January 2022 set the agenda for Madrid."),
    ("NJ207", "Les entretiens de Stoltenberg avec Kishida à Tokyo, le 31 janvier 2024, ont préparé le sommet de Washington."),
]

NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "Stoltenberg travelled to Tokyo on 31 January 2023 to meet Prime Minister Kishida.",

    # long true sentences about the same facts
    "Stoltenberg's Tokyo talks with Kishida took place in the winter of 2023.",
    "Stoltenberg, who met Kishida in Tokyo on 31 January 2023, later hosted him in Brussels.",
    "C’est à Tokyo que Stoltenberg et Kishida se sont vus le 31 janvier 2023.",
    "The Secretary General held talks with Prime Minister Kishida in Tokyo on 31 January 2023.",
    "L’entretien de Jens Stoltenberg avec Fumio Kishida, le 31 janvier 2023 à Tokyo, a produit une déclaration commune.",
    "On 31 January 2023 the Secretary General met Kishida, after talks in Seoul.",
    "UN Secretary-General Guterres met Kishida in New York in January 2023.",
    "It is wrong to say that the Secretary General met Kishida in Osaka on 31 January 2023.",

    # the right visit, the 2017 one, a summit
    "On his January 2023 trip to Japan, Stoltenberg held talks with Prime Minister Kishida.",
    "Stoltenberg’s 2017 visit to Tokyo ended with talks with Prime Minister Abe.",
    "Stoltenberg’s July 2023 meeting with Kishida took place at the Vilnius summit.",

    # the Tokyo talks rightly dated, or another city
    "Stoltenberg’s talks with Kishida in Tokyo on 31 January 2023 prepared the Vilnius summit.",
    "Stoltenberg’s meeting with Kishida in Madrid in June 2022 came after the invasion.",
    "La rencontre entre Stoltenberg et Kishida à Tokyo, le 31 janvier 2023, a préparé Vilnius.",

    'Stoltenberg visited Tokyo in January 2023 and met Kishida.',
    'Stoltenberg visited Tokyo in 2017 and met Prime Minister Abe.',
    'Stoltenberg s’est rendu à Tokyo le 31 janvier 2023.',
    'Enfin, je rappelle que M. Stoltenberg s’est rendu à Tokyo en janvier 2023, où il a rencontré M. Kishida.',

    # dates and figures written other ways
    'Stoltenberg visited Tokyo on Jan. 31, 2023.',
    'Stoltenberg met Kishida in Tokyo on 31/01/2023.',
    'On 2023-01-31, Stoltenberg held talks in Tokyo.',

    'Stoltenberg, who visited Tokyo in January 2023, met Kishida again in Vilnius in July 2023.',
    'In March 2023, Japan and NATO held staff talks; Stoltenberg had visited Tokyo weeks earlier.',
    "Stoltenberg praised Japan's 2022 National Security Strategy during his Tokyo visit.",
    'La visite de Stoltenberg à Tokyo en janvier 2023 a précédé le sommet de Vilnius en juillet.',
    'Stoltenberg went to Tokyo in late January 2023 and was back in Brussels in February.',
    "Stoltenberg's January 2023 trip to Tokyo came two years before his successor's first visit in 2025.",
    'Les médias russes ont prétendu que M. Stoltenberg s’était rendu à Tokyo en 2022.',
    'Selon une dépêche erronée, Jens Stoltenberg était à Tokyo le 15 mars 2023.',
    "Stoltenberg's Tokyo visit of 31 January 2023 followed a stop in Seoul on 29–30 January.",
    "M. Stoltenberg, qui s'était déjà rendu à Tokyo en 2017, y est revenu en janvier 2023.",
    "Le secrétaire général de l'OTAN, M. Rutte, s'est rendu à Tokyo en avril 2025.",
    "Stoltenberg's Asia tour (29 January – 1 February 2023) took him to Seoul and Tokyo.",
    'The Secretary General met Kishida at the Washington summit in July 2024.',
    "Stoltenberg's Asia trip (29 January – 1 February 2023) included Tokyo.",
    "Le secrétaire général de l'ONU, M. Guterres, a rencontré M. Kishida à Tokyo en août 2022.",
    'OECD Secretary-General Cormann met Prime Minister Kishida in Tokyo in May 2023.',
]
