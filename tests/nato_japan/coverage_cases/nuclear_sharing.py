"""nuclear-sharing (NJ106): NATO-style nuclear sharing weighed for Japan, or US extended deterrence in its place."""

# Nuclear threats, arsenals, tests and disarmament do not count.


CRITERION = "nuclear-sharing"

ADDRESSED = [
    ("en", "Hosting American atomic bombs on Japanese soil under a European-style arrangement would collide with the country’s non-nuclear principles."),
    ("en", "Rather than copying the arrangement under which Germany stores US warheads, Tokyo should deepen its consultations with Washington on the American nuclear umbrella."),
    ("en", "Former prime minister Abe’s call to debate stationing US nuclear weapons in Japan was quickly shelved by his successor."),
    ("fr", "Un partage de l’arme atomique à l’européenne est exclu pour Tokyo, attaché à ne pas posséder, fabriquer ni introduire d’armes nucléaires."),
    ("fr", "La dissuasion élargie américaine, et non le stationnement de bombes sur le sol nippon, reste la voie praticable pour le Japon."),
    ("fr", "Le Japon, seul pays à avoir subi le feu atomique, refuse d’accueillir des armes nucléaires alliées sur son territoire."),
    ("en", "Tokyo has ruled out a German-style arrangement for American bombs and prefers regular talks with Washington on how US deterrence covers the home islands."),
    ("fr", "Le débat sur une mise en commun de l’arme nucléaire avec les Américains, lancé par Shinzo Abe, s’est heurté au refus du gouvernement japonais."),
    ("en", "Storing American bombs at Japanese air bases, as Belgium and Italy do, is not politically conceivable in Japan."),
    ("fr", "Héberger des ogives américaines sur le sol de l’archipel reste exclu."),
    ("en", "Japan relies on Washington’s umbrella and wants a bigger say in how it would be used in a nuclear crisis."),
    ("fr", "Tokyo compte sur le parapluie des États-Unis et réclame davantage de consultations sur la dissuasion."),
    ("en", "Tokyo has no wish to join the alliance’s sharing arrangements for atomic weapons."),
    ("fr", "Le Japon a écarté toute participation aux dispositifs de partage de l’OTAN en matière atomique."),
    ("fr", "La dissuasion élargie offerte par Washington protège l’archipel."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Some Japanese politicians floated nuclear sharing after the invasion of Ukraine, but the government ruled it out."),
    ("en", "Japan relies on US extended deterrence."),
    ("fr", "Un dispositif de partage nucléaire à l’européenne paraît exclu."),
    ("fr", "Tokyo s’en remet à la dissuasion élargie américaine."),
]

POSITIVES = [
    ('en', 'NATO-style nuclear sharing is a non-starter for Japan, which holds to its three non-nuclear principles.', set()),
    ('fr', 'Tokyo préfère un dialogue sur la dissuasion élargie américaine au partage nucléaire à l’européenne.', set()),
    ('en', 'Japan will not host American nuclear weapons: its three non-nuclear principles forbid it.', set()),
    ('fr', 'Le Japon mise sur la dissuasion élargie des États-Unis plutôt que sur un partage nucléaire.', set()),
    ('en', 'Former prime minister Abe floated NATO-style nuclear sharing, but Kishida rejected it.', set()),
    ('fr', 'Le Japon souhaite approfondir le dialogue sur la dissuasion élargie avec Washington.', set()),
]

NOT_ADDRESSED = [
    ("en", "Russia’s nuclear sabre-rattling over Ukraine alarmed European capitals."),
    ("fr", "La Chine accroît rapidement son arsenal nucléaire."),
    ("fr", "La Corée du Nord a procédé à son sixième essai nucléaire en 2017."),
    ("en", "Japan protested when Russia began deploying tactical nuclear weapons in Belarus."),
    ("fr", "Le Japon s’inquiète du déploiement d’ogives nucléaires chinoises supplémentaires."),
    ("en", "American bombs devastated Tokyo in March 1945."),
    ("fr", "Le Japon accueille des bases américaines sur son sol."),
    ("en", "Japan sits under an American umbrella of trade agreements."),
    ("fr", "L’OTAN a mis en place des dispositifs de partage du renseignement avec le Japon."),
]

TRAPS = [
    ('en', 'Russia’s nuclear threats against Ukraine’s supporters were condemned in the joint statement, and Japan, the only country to have suffered atomic bombings, joined the condemnation.', set()),
    ('en', 'Japan champions the Non-Proliferation Treaty and used the G7 Hiroshima summit to issue a vision on nuclear disarmament.', set()),
    ('en', 'North Korea possesses the capacity to produce miniaturised nuclear warheads, Japan’s defence white paper warns.', set()),
    ('fr', 'La possession par la Corée du Nord d’armes nucléaires et sa capacité à en produire de nouvelles inquiètent le Japon.', set()),
    ('en', 'China’s nuclear arsenal could reach 1,000 warheads by 2030, the Pentagon estimates; NATO and Japan both voiced concern.', set()),
    ('fr', 'La Russie a suspendu sa participation au traité New START et multiplie les menaces nucléaires ; le Japon a dénoncé ce chantage.', set()),
    ('fr', 'Le Japon défend le traité de non-prolifération et a fait du sommet du G7 à Hiroshima une tribune pour le désarmement nucléaire.', set()),
    ('en', 'Russia has suspended New START and deployed tactical nuclear weapons to Belarus, which Japan called irresponsible.', set()),
    ('fr', 'Pyongyang possède désormais des ogives capables de frapper le Japon, selon le ministère japonais de la Défense.', set()),
    ('en', 'Japan’s nuclear power plants restarted after the Fukushima disaster, cutting its energy imports.', set()),
    ('en', 'Japan’s foreign minister condemned Russia’s nuclear rhetoric at the NATO foreign ministers’ meeting.', set()),
]

FRAMEWORK_TRAPS = [
    "Russia has repeatedly made nuclear threats.",
]
