"""strategic-alignment (NJ110): the security of the Euro-Atlantic tied to that of the Indo-Pacific, or NATO's 2022 Strategic Concept set beside Japan's strategy."""

# Trade between the regions, or someone else's "strategic concept", does not count.


CRITERION = "strategic-alignment"

ADDRESSED = [
    ("en", "What happens to Kyiv is watched closely in Beijing, and what happens in the Taiwan Strait matters to Europe: the two theatres cannot be separated."),
    ("en", "The alliance’s 2022 blueprint adopted in Madrid and Tokyo’s new strategy both name China as a challenge to the international order."),
    ("en", "Security in Europe and in East Asia is now a single, indivisible problem."),
    ("fr", "La sécurité de l’Europe et celle de l’Asie orientale sont désormais indissociables."),
    ("fr", "Le document de référence adopté par l’Alliance à Madrid en 2022 et la stratégie japonaise de décembre convergent sur l’essentiel."),
    ("fr", "Ce qui se joue en Ukraine aujourd’hui pourrait se jouer demain en mer de Chine."),
    ("en", "A Russian victory in Ukraine would be read in Beijing as a licence for coercion across the Taiwan Strait; Europe’s security and Asia’s are bound together."),
    ("fr", "Ce qui se passe sur le Dniepr n’est pas sans conséquence sur le détroit de Taïwan, et réciproquement."),
    ("en", "What happens in Europe matters in Asia — and the reverse is also true."),
    ("en", "The security of our two regions can no longer be considered separately."),
    ("fr", "Ce qui se passe en Europe compte en Asie, et inversement."),
    ("fr", "La sécurité de nos deux régions doit être pensée ensemble."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Ukraine today may be East Asia tomorrow, Kishida warned."),
    ("en", "Euro-Atlantic and Indo-Pacific security are closely interconnected."),
    ("fr", "La sécurité euro-atlantique et celle de l’Indo-Pacifique sont étroitement liées."),
    ("fr", "L’Ukraine d’aujourd’hui pourrait être l’Asie de l’Est de demain."),
]

POSITIVES = [
    ('en', 'NATO’s 2022 Strategic Concept and Japan’s National Security Strategy both describe China as a challenge.', {'defense-spending'}),
    ('fr', 'La sécurité euro-atlantique et celle de l’Indo-Pacifique sont indissociables.', set()),
    ('en', 'Japan’s Free and Open Indo-Pacific vision now rests on the argument that Euro-Atlantic and Indo-Pacific security are interconnected.', set()),
    ('en', 'Euro-Atlantic and Indo-Pacific security are indivisible, as NATO’s 2022 Strategic Concept recognises.', set()),
    ('fr', 'Ce qui se passe en Ukraine aujourd’hui pourrait se produire en Asie de l’Est demain, répète Tokyo.', set()),
    ('en', 'Kishida warned that Ukraine today may be East Asia tomorrow.', set()),
    ('fr', 'Le concept stratégique adopté à Madrid en 2022 mentionne la Chine pour la première fois.', set()),
    ('en', 'Security in Europe and in the Indo-Pacific is interconnected, NATO and Japan agreed.', set()),
]

NOT_ADDRESSED = [
    ("en", "Europe and Asia are both important markets for Japanese exports."),
    ("fr", "L’Europe et l’Asie sont reliées par de nouvelles routes commerciales."),
    ("en", "Japanese officials said the war in Ukraine is watched closely in Beijing for its effect on energy prices."),
    ("fr", "L’Europe et l’Asie entretiennent des échanges commerciaux importants."),
    ("en", "What happens in Europe’s car market affects Asian exporters."),
    ("fr", "Ce qui se passe en Europe intéresse les touristes venus d’Asie."),
    ("en", "What happens in Europe’s bond market matters to Asian investors, and vice versa."),
    ("fr", "Les prix de l’énergie en Europe comptent en Asie, et inversement."),
    ("en", "The two regions’ tourism markets must be thought about together."),
]

TRAPS = [
    ('en', 'Japan’s Free and Open Indo-Pacific vision, launched by Shinzo Abe in 2016, focuses on connectivity, the rule of law and order at sea in Asia.', set()),
    ('fr', 'La vision d’un Indo-Pacifique libre et ouvert, lancée par Shinzo Abe en 2016, met l’accent sur la connectivité et l’état de droit en mer.', set()),
    ('en', 'The US National Security Strategy of 2022 and Washington’s Indo-Pacific strategy converge on one goal: strengthening the alliance with Japan.', set()),
    ('en', 'Japan’s trade ministry unveiled a new strategic concept for semiconductor supply chains.', set()),
    ('fr', 'Le ministère japonais de l’Économie a présenté un nouveau concept stratégique pour les chaînes d’approvisionnement en semi-conducteurs.', set()),
    ('en', 'Trade between the Euro-Atlantic economies and the Indo-Pacific has doubled in twenty years.', set()),
    ('fr', 'Les échanges commerciaux entre l’espace euro-atlantique et l’Indo-Pacifique ont doublé en vingt ans.', set()),
    ('en', 'Supply chains linking Europe and Asia are interconnected, and the security of semiconductor supplies matters to Japanese carmakers.', set()),
    ('en', 'Japan’s Free and Open Indo-Pacific vision guides its aid to Southeast Asia and the Pacific islands.', set()),
    ('fr', 'Le groupe Toyota a présenté son concept stratégique pour le marché européen.', set()),
    ('en', 'The economies of the Euro-Atlantic area and the Indo-Pacific are deeply intertwined through investment.', set()),
    ('en', 'Japan’s Free and Open Indo-Pacific vision and its Official Development Assistance charter are closely aligned, the foreign ministry says.', set()),
]
