"""regional-reaction (NJ107): how China or North Korea would react to NATO in Asia — warnings, escalation, miscalculation, grey-zone pressure."""

# Escalation in another theatre, or a spiral of legal obligations (the entanglement article-5-scope weighs),
# does not count.


CRITERION = "regional-reaction"

ADDRESSED = [
    ("en", "Beijing is likely to read any NATO office in Tokyo as proof of containment, and could answer with more coast guard incursions around the Senkakus."),
    ("en", "A visible allied footprint in East Asia risks provoking exactly the confrontation with China it is meant to deter."),
    ("en", "Chinese diplomats have repeatedly cautioned the alliance against stretching its reach into the Asia-Pacific."),
    ("fr", "Pékin a prévenu qu’il ne tolérerait pas que l’Alliance étende son influence jusqu’à ses portes."),
    ("fr", "Une présence atlantique en Asie pourrait susciter une riposte de Pyongyang et accroître le risque d’incident."),
    ("fr", "Il faut peser le risque qu’un rapprochement trop visible nourrisse la crispation chinoise et les manœuvres sous le seuil du conflit armé."),
    ("en", "Every step NATO takes towards Tokyo will be portrayed in Chinese state media as the alliance creeping into Asia, and could harden Beijing’s stance in the East China Sea."),
    ("fr", "Pékin et Pyongyang ne manqueront pas de présenter ce rapprochement comme une menace, au risque d’une surenchère militaire dans la région."),
    ("en", "Chinese officials answer every such step by denouncing a Cold War mentality in Tokyo."),
    ("fr", "Pékin y voit le retour d’une mentalité de guerre froide."),
    ("en", "A larger NATO naval presence near Taiwan could feed the very tensions it seeks to calm."),
    ("fr", "Une présence accrue de l’OTAN en mer de Chine risquerait de nourrir les tensions régionales."),
    ("en", "Beijing says Asia has no use for a copy of a Cold War military bloc."),
    ("fr", "La République populaire de Chine a condamné l’ouverture d’un bureau de l’OTAN en Asie."),
    ("fr", "L’Alliance doit éviter toute annonce propre à alimenter les tensions. Pyongyang n’attend qu’un prétexte."),
    ("fr", "Une présence de l’OTAN trop visible risquerait de raviver les tensions en Asie du Nord-Est."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Beijing accused NATO of extending its tentacles into the Asia-Pacific."),
    ("en", "A NATO office in Tokyo could provoke China and increase the risk of miscalculation."),
    ("fr", "Pékin accuse l’OTAN d’étendre ses tentacules en Asie."),
    ("fr", "Une présence de l’OTAN en Asie risquerait de provoquer la Chine."),
]

POSITIVES = [
    ('en', 'China warns that NATO’s presence in Asia would raise tensions, and the risk of miscalculation around Taiwan is real.', set()),
    ('fr', 'Une présence de l’OTAN en Asie risquerait d’enclencher un engrenage avec Pékin, qui y verrait une provocation.', set()),
    ('en', 'Beijing could answer a NATO presence near Japan with more grey-zone activity around the Senkakus.', set()),
    ('en', 'A NATO office in Tokyo could heighten tensions with China and invite grey-zone pressure on the Senkakus.', {'institutionalization'}),
    ('fr', 'Pékin dénonce une « OTAN asiatique » et pourrait multiplier les incursions en zone grise autour du Japon.', set()),
    ('en', 'The risk of miscalculation grows as Chinese and allied ships operate close together near Taiwan.', set()),
    ('en', 'Beijing would see a NATO liaison office in Tokyo as a provocation and might answer with more grey-zone incursions.', {'institutionalization'}),
    ('fr', 'Une présence accrue de l’OTAN en Asie risquerait une escalade avec la Chine et des erreurs de calcul.', set()),
    ('en', 'North Korea has warned that NATO’s expansion into Asia will be met with countermeasures.', set()),
    ('en', 'Any NATO step in the Indo-Pacific risks a spiral of escalation with Beijing, even if Europe is far away.', set()),
    ('en', 'Beijing has warned that NATO’s growing presence in Asia will destabilise the region.', set()),
    ('fr', 'Le risque d’erreur de calcul en mer de Chine orientale augmente avec chaque exercice naval.', set()),
    ('en', 'Grey-zone coercion around the Senkakus could intensify if NATO raises its profile in the region.', set()),
]

STILL_CREDITED = [
    ("fr", "Une présence accrue de l'OTAN en mer de Chine pourrait enclencher un engrenage avec Pékin."),
    ("en", "A larger NATO footprint in Asia risks a spiral of misread signals with Beijing."),
]

NOT_ADDRESSED = [
    ("en", "China is the largest trading partner of Japan."),
    ("fr", "La Chine modernise sa marine à un rythme soutenu."),
    ("en", "Chinese coast guard ships entered Japanese waters near the Senkakus thirty times last year."),
    ("en", "Chinese media covered the NATO summit in Vilnius, where Japan’s prime minister spoke."),
    ("en", "China’s confrontation with the Philippines could worsen, allied officials in Tokyo fear."),
    ("en", "Chinese state media called the NATO summit a success for Europe."),
    ("en", "NATO’s eastern flank exercises fed tensions with Moscow."),
    ("en", "The Cold War ended with the collapse of the Soviet bloc."),
    ("fr", "Le ralentissement chinois nourrit les tensions au sein du Parti."),
    ("en", "NATO’s exercises on the eastern flank feed tensions in the region."),
    ("fr", "Les manœuvres alliées en Baltique nourrissent les tensions avec Moscou."),

    # an « engrenage » of commitments is the entanglement, not a reaction
    ("fr", "La crainte d’un engrenage d’engagements, qui entraînerait le Japon dans les guerres de l’Alliance, paraît exagérée."),
    ("fr", "On redoute à Tokyo un engrenage d’obligations juridiques."),

    # tensions fed in Europe
    ("fr", "Les manœuvres de l’OTAN en Baltique risquent d’alimenter les tensions avec Moscou."),

    ("fr", "Le Japon n'est pas couvert par l'article 5. La crainte d'un engrenage est donc juridiquement infondée."),
    ("fr", "Le partenariat ne crée aucune obligation : l'engrenage redouté par certains n'a pas de base dans le traité de Washington."),
    ("en", "The partnership creates no obligation, so the feared spiral of misread signals about Article 5 commitments has no legal basis."),
    ("fr", "Aucune clause d'assistance mutuelle n'existe, et l'engrenage que certains redoutent reste une vue de l'esprit."),
    ("en", "No clause binds Tokyo, so fears of a security dilemma over treaty obligations are misplaced."),
]

TRAPS = [
    ('en', 'In Ukraine, every new Western weapon raised fears of escalation with Moscow, and NATO calibrated its support accordingly.', set()),
    ('fr', 'Les marchés craignent un engrenage protectionniste entre Washington et Pékin.', set()),
    ('en', 'A ransomware attack on a hospital can trigger a spiral of escalation in cyberspace that no government controls.', set()),
    ('fr', 'La guerre en Ukraine a fait craindre une escalade en Europe ; l’OTAN a pesé chaque livraison d’armes.', set()),
    ('en', 'NATO sent more troops to Kosovo as tensions escalated in the north of the country.', set()),
    ('en', 'Miscalculation in the Baltic Sea, where Russian jets shadow allied aircraft, is a constant worry for NATO commanders.', set()),
    ('fr', 'Une erreur de calcul de la banque centrale pourrait déstabiliser les marchés obligataires.', set()),
    ('en', 'Grey-zone tactics such as the sabotage of undersea cables in the Baltic have pushed NATO to launch new patrols there.', set()),
    ('fr', 'En mer Baltique, les activités en zone grise de la Russie, sabotage de câbles et brouillage GPS, mettent l’Alliance à l’épreuve.', set()),
    ('en', 'The Kremlin’s security dilemma narrative, which casts NATO enlargement as encirclement, has long shaped Russian propaganda.', set()),
    ('en', 'Analysts fear a spiral of tensions in the Middle East after the strikes, which NATO Allies condemned.', set()),
    ('fr', 'Les Alliés redoutent une escalade avec Moscou si des missiles à longue portée sont livrés à Kiev.', set()),
    ('en', 'A single miscalculation over Kaliningrad could drag NATO into war with Russia.', set()),
    ('fr', 'La Russie mène en Europe une guerre hybride en zone grise, faite de sabotages et de cyberattaques.', {'cooperation-areas'}),
    ('en', 'Trade tensions between Washington and Beijing escalated again, hitting Japanese chipmakers.', set()),
    ('fr', 'Le risque d’engrenage entre l’Inde et le Pakistan inquiète aussi Tokyo.', set()),
]

# A known limit: escalation in the region with NATO named, which the patterns cannot tell from NATO's
# presence raising tensions there.
KNOWN_LIMITS = [
    ('en', 'Escalation on the Korean peninsula is a matter for Seoul and Washington, Japanese officials insist, and NATO has no role there.', set()),
]

FRAMEWORK_TRAPS = [
    "China is the main threat to the region.",
]
