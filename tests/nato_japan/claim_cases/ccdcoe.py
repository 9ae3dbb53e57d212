"""Claims about NATO's cyber defence centre (fact `ccdcoe-tallinn`: NJ224, NJ225, NJ231, NJ232)."""

# The CCDCOE is in Tallinn, and Japan joined it between 2018 (announced) and November 2022 (contributing
# participant): another city or another year is flagged; the right ones, and other centres, are not.


FLAGGED_ONCE = [
    'The CCDCOE, based in Riga, welcomed Japan.',
    'Japan joined the CCDCOE in 2015.',
    'Le Centre d’excellence de cyberdéfense coopérative de l’OTAN, basé à Riga, accueille le Japon.',
    'The CCDCOE, headquartered in Vilnius, trains cyber defenders.',
    'Le centre d’excellence de Tallinn — où le Japon siège depuis 2016 — reste un modèle.',
    'The CCDCOE (Riga) admitted Japan as a contributing participant in 2022.',
]

FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'Located in Brussels, the CCDCOE has welcomed Japan.',
    "Japan's membership of the Tallinn centre dates from 2015.",
    'Installé à Bruxelles, le CCDCOE accueille désormais le Japon.',
    "L'adhésion du Japon au centre d'excellence de Tallinn remonte à 2014.",
]

FLAGGED_AGAINST_ITS_FACT = [
    ('ccdcoe-tallinn', "Japan's cyber officers are seconded to the CCDCOE, a NATO-accredited centre in the Latvian capital."),
    ('ccdcoe-tallinn', 'Le CCDCOE, que le Japon a rejoint en 2012, forme des experts.'),
    ('ccdcoe-tallinn', 'The CCDCOE, which sits in the Lithuanian capital, hosts Japanese officers.'),
]

FLAGGED_BY_EXACTLY = [
    (['NJ231'], 'The CCDCOE — NATO’s cyber hub in Warsaw — counts Japan among its participants.'),
    (['NJ231'], 'Le centre d’excellence cyber de l’OTAN, installé à Helsinki, compte le Japon parmi ses participants depuis 2022.'),
    (['NJ224'], 'Japan has sent officers to the CCDCOE in Brussels since 2022.'),
    (['NJ232'], 'Japan, a contributing participant at the Tallinn cyber centre since 2012, sends two officers a year.'),
    (['NJ232'], "Le Japon participe depuis 2010 aux travaux du centre de cyberdéfense de l'OTAN à Tallinn."),
    (['NJ231'], "NATO's cyber defenders, based at the alliance's centre of excellence in Warsaw, have hosted Japanese officers since 2022."),
]

FLAGGED_ON_ITS_WORDS = [
    # the CCDCOE given another city by a possessive
    ("NJ231", "The CCDCOE, Riga's cyber centre, welcomed Japan.", "Riga"),

    # the CCDCOE named by its place and field, with a year outside 2018–2022
    ("NJ232", "Japan joined the Estonian capital's cyber defence hub as early as 2014.", "2014"),
    ("NJ232", "Le Japon participe depuis 2015 au centre de cyberdéfense de l'Alliance installé à Tallinn.", "2015"),
    ("NJ232", "Dès 2013, le Japon est devenu membre du pôle cyber de l'OTAN basé en Estonie.", "2013"),
    ("NJ232", "Japan has been part of NATO's cyber defence centre in Tallinn since 2015.", "2015"),
]

NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "Japan has been part of NATO's cyber defence centre in Tallinn since 2022.",

    # long true sentences about the same facts
    "Le Japon, participant au centre de Tallinn depuis 2022, y envoyait des observateurs dès 2019.",
    "Japan became a participant in NATO's Tallinn-based cyber defence centre in November 2022.",
    "NATO's Tallinn-based cyber defence centre, founded in 2008, admitted Japan later.",
    "Japan did not join NATO's cyber centre in Tallinn in 2012.",

    "Japan's accession to the CCDCOE in 2019 extended the Alliance's cyber network.",
    'The CCDCOE is located in Tallinn, Estonia.',
    'Japan became a contributing participant of the CCDCOE in November 2022.',
    'Since joining the CCDCOE, Japan has taken part in Locked Shields.',
    'Le centre d’excellence de cyberdéfense de l’OTAN se trouve à Tallinn.',
    'Japan joined NATO’s Cooperative Cyber Defence Centre of Excellence in Tallinn in 2022.',
    'The CCDCOE, which Japan joined in 2022, is located in Tallinn.',

    # dates and figures written other ways
    'The CCDCOE (Tallinn) admitted Japan as a contributing participant in 2022.',

    'The CCDCOE in Tallinn, founded in 2008, counts Japan among its contributing participants since 2022.',
    "NATO's StratCom centre is based in Riga, while the CCDCOE is in Tallinn.",
    'Since joining the CCDCOE in 2022, Japan has sent experts to Tallinn.',
    "Japan's accession to the CCDCOE, completed in 2022, deepened cooperation.",
    "Le centre d'excellence de Tallinn, créé en 2008, accueille le Japon depuis 2022.",
    'It is a myth that the CCDCOE is in Riga; it has always been in Tallinn.',
    'The CCDCOE in Tallinn trains experts from the Latvian capital and beyond.',
    "The CCDCOE is in Tallinn, though Japan's first liaison officer was briefed in Brussels.",
    'Japanese officers trained at the CCDCOE in Tallinn before briefing NATO staff in Brussels.',
    'Japan became a contributing participant of the Tallinn centre in 2022, four years after announcing its intention in 2018.',
    "Japan's officers train at the NATO CCDCOE in Tallinn, Estonia, alongside colleagues from Riga and Vilnius.",
    "Japan's officers sit in the CCDCOE in Tallinn, where they have worked since November 2022.",
    "Japan's cyber officers, trained at home since 2014, joined the CCDCOE in Tallinn in 2022.",
]
