"""threat-drivers (NJ104): what drove Japan's shift — Russia's war, China's build-up, North Korea's missiles — rather than Western pressure."""

# The same events with no link to Japan's own shift do not count.


CRITERION = "threat-drivers"

ADDRESSED = [
    ("en", "It was Moscow’s assault on its neighbour, not any lobbying from Washington or Brussels, that convinced Tokyo to rethink its security policy."),
    ("en", "Pyongyang’s ballistic tests over Hokkaido and Beijing’s rapid naval expansion have done more to reshape Japanese defence thinking than any Western request."),
    ("en", "Japan is rearming because its neighbourhood has become more dangerous, with an assertive China and a nuclear-armed North Korea on its doorstep."),
    ("fr", "Ce sont les tirs de missiles nord-coréens au-dessus de l’archipel et la montée en puissance de l’armée chinoise qui ont poussé Tokyo à réviser sa doctrine."),
    ("fr", "L’invasion de l’Ukraine a servi d’électrochoc au Japon, qui a revu sa posture de défense de fond en comble."),
    ("fr", "Le virage japonais ne s’explique ni par des pressions occidentales ni par un retour de l’impérialisme, mais par un voisinage devenu menaçant."),
    ("en", "Tokyo’s change of course owes more to the missiles landing in its exclusive economic zone and to Chinese warships off Okinawa than to any request from its allies."),
    ("fr", "Si le Japon réarme, c’est d’abord parce que Pékin, Pyongyang et Moscou ont rendu son environnement stratégique plus dangereux que jamais."),
    ("en", "Tokyo’s rearmament is not the product of pressure from Washington; it answers Chinese military activity around Taiwan."),
    ("en", "Japanese officials reject the idea that American arm-twisting explains the shift; North Korean launches do."),
    ("fr", "Ce n’est pas la pression de Washington qui a changé la politique japonaise : ce sont les essais nord-coréens."),
    ("fr", "Les salves de missiles nord-coréens ont poussé l’archipel à doubler son effort de défense."),
    ("fr", "Face à l’invasion russe de l’Ukraine, le gouvernement nippon a revu sa doctrine."),
    ("en", "Surrounded by three nuclear-armed neighbours, Japan has overhauled its defence posture."),
    ("fr", "Cerné par trois voisins dotés de l’arme nucléaire, le Japon a revu sa posture de défense."),
    ("fr", "Ni Washington ni Bruxelles n’ont poussé le Japon à réarmer : la Corée du Nord s’en est chargée."),
    ("en", "Neither Washington nor Brussels talked Japan into rearming; China’s coast guard did."),

    # not Western pressure but the neighbours, as a cleft
    ("en", "Tokyo’s defence budget keeps rising. It was not Washington that pushed for it: China’s navy and North Korea’s missiles did."),
    ("en", "Japan is rearming, and it isn’t NATO that convinced it; its neighbours did."),
    ("fr", "Ce n’est pas Washington qui a convaincu le Japon de réarmer : ce sont ses voisins, la Chine en tête."),
    ("fr", "Ce ne sont pas ses alliés qui ont poussé le Japon à changer de politique, mais la Russie et la Corée du Nord."),

    # the pressure of "our allies", said by a Japanese speaker
    ("fr", "Le Japon n’a pas changé sous la pression de nos alliés, mais à cause des missiles nord-coréens."),
    ("en", "Japan did not rearm under pressure from our allies but because of Chinese warships."),

    # North Korea with any article
    ("fr", "Une Corée du Nord qui enchaîne les tirs de missiles a conduit l’archipel à revoir sa posture."),

    # the neighbours' acts as clauses, after « parce que » / "because"
    ("fr", "Le Japon n’a pas réarmé pour plaire à Washington. Il l’a fait parce que Moscou a attaqué l’Ukraine."),
    ("fr", "Si Tokyo a changé de doctrine, c’est parce que la Corée du Nord lance des missiles au-dessus de l’archipel."),
    ("fr", "Le Japon a revu sa posture parce que la Chine se surarme à un rythme inédit."),
    ("en", "Japan did not rearm because Washington asked; it rearmed because Russia attacked Ukraine."),
    ("en", "Tokyo rethought its policy because North Korea keeps firing ballistic missiles into its waters."),
    ("en", "Japan changed course because China is expanding its navy faster than anyone expected."),

    # the Chinese build-up as an adjective
    ("fr", "Le renforcement naval chinois a poussé Tokyo à doubler son effort de défense."),

    # the three neighbours as the factors of a turn, Japan named only through its officials
    ("fr", "Les causes du virage sont connues. Les diplomates du Gaimusho évoquent l’invasion russe, les essais nord-coréens et la marine chinoise."),
    ("en", "What explains the shift? Officials in the Kantei name three drivers: Moscow’s war, Pyongyang’s missiles and China’s fleet."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Japan's new defence posture reflects China's military build-up and North Korea's missile launches."),
    ("en", "Russia's invasion of Ukraine convinced Tokyo to rearm."),
    ("fr", "L’agression russe contre l’Ukraine et les tirs de missiles nord-coréens ont conduit le gouvernement japonais à revoir sa doctrine."),
    ("fr", "L’invasion russe de l’Ukraine a poussé Tokyo à réarmer."),
]

POSITIVES = [
    ('en', 'Russia’s invasion of Ukraine and North Korea’s missile launches led Tokyo to overhaul its defence posture.', set()),
    ('fr', 'C’est l’invasion de l’Ukraine par la Russie qui a poussé le Japon à revoir sa doctrine de défense.', set()),
    ('en', 'China’s military build-up is the main reason Japan decided to acquire counterstrike capabilities.', set()),
    ('en', 'North Korea’s missile tests over Hokkaido pushed Japan to acquire long-range strike capabilities.', set()),
    ('fr', 'La pression militaire croissante de la Chine autour de Taïwan explique le virage stratégique japonais.', set()),
    ('en', 'Japan rearms because Russia’s war showed that borders can be changed by force.', set()),
    ('en', 'Tokyo’s defence overhaul is a direct response to China’s military build-up and North Korea’s missile launches.', set()),
    ('fr', 'Ce sont les missiles nord-coréens, et non la pression américaine, qui ont convaincu le Japon de réarmer.', set()),
    ('en', 'Russia’s war against Ukraine was the wake-up call that led Japan to adopt counterstrike capabilities.', set()),
    ('fr', 'L’invasion russe de l’Ukraine a servi d’électrochoc au Japon, qui a revu sa doctrine en un an.', set()),
    ('en', 'Faced with Russia’s aggression and China’s military build-up, Japan has transformed its security policy.', set()),
    ('en', 'Pyongyang’s ballistic missile launches over Japanese territory explain why Tokyo is buying Tomahawks.', set()),
    ('en', 'Japan’s rearmament owes much to Russia’s invasion of Ukraine, which shattered the belief that war among great powers was over.', set()),
    ('fr', 'Pour Tokyo, l’agression russe contre l’Ukraine a été un tournant : le pays a revu sa stratégie de défense.', set()),
    ('en', 'China’s military modernisation is the main driver of Japan’s new defence posture.', set()),
    ('fr', 'Les tirs de missiles nord-coréens ont amené les autorités japonaises à renforcer la défense antimissile.', set()),
    ('en', 'In response to North Korea’s missile tests, Japan decided to acquire counterstrike capabilities.', set()),
    ('fr', 'Le renforcement militaire de la Chine pousse le Japon à investir dans sa défense.', set()),
    ('en', 'The war in Ukraine changed Japanese thinking: Tokyo now sees its own security in Europe’s.', set()),
    ('fr', 'Face à l’agression russe, le Japon a décidé de renforcer ses capacités militaires.', set()),
]

NOT_ADDRESSED = [
    ("en", "North Korea launched another ballistic missile in March."),
    ("fr", "La Russie a envahi l’Ukraine en février 2022."),
    ("en", "Russia’s war changed Europe’s energy market, and Japan’s imports of gas rose."),
    ("en", "China launched its third aircraft carrier in 2022."),
    ("en", "Japan’s rearmament worries Beijing because it revives memories of the war."),
    ("fr", "Le virage du Japon vers les énergies renouvelables s’explique par la hausse du prix du gaz russe."),
    ("en", "Washington’s pressure on Tokyo to buy American rice angers Japanese farmers."),
    ("en", "Poland, surrounded by hostile neighbours, has overhauled its defence posture."),
    ("en", "Japan is surrounded by the sea, which long protected it."),

    # a cleft about the war, with no shift of Japan's in sight
    ("en", "It was not NATO that started the war in Ukraine; Russia did, and Japan condemned it."),
    ("fr", "Ce n’est pas l’OTAN qui a provoqué la guerre en Ukraine, rappelle le Japon."),

    # a cleft with a shift, but no neighbour
    ("en", "It was not Washington that asked Japan to change its trade policy; its farmers did."),

    # the acts with no link to Japan's shift
    ("en", "Russia invaded Ukraine in 2022 and Europe rearmed because of it."),
    ("fr", "La Corée du Nord a tiré deux missiles mardi ; Tokyo a protesté."),
    ("fr", "La Chine se réarme, et l’Europe s’en inquiète parce que ses usines en dépendent."),

    # the three neighbours, but as NATO's worries, with no turn to explain
    ("en", "NATO has good reasons to worry: Russia’s war, China’s help to Moscow and North Korea’s shells."),
]

TRAPS = [
    ('en', 'Russia’s war against Ukraine has reshaped European defence policy; Japan condemned the invasion from the first day.', set()),
    ('en', 'NATO defence ministers condemned North Korea’s missile launches over the Sea of Japan as a threat to regional stability.', set()),
    ('en', 'China’s military build-up is changing the balance of power in Asia, and Allies are debating what it means for Europe’s defence industry, a debate Japanese diplomats follow.', set()),
    ('fr', 'L’invasion de l’Ukraine par la Russie a bouleversé la défense européenne ; le Japon, lui, a accueilli plus de deux mille réfugiés ukrainiens.', set()),
    ('fr', 'La Corée du Nord multiplie les essais balistiques en mer du Japon ; le Conseil de l’Atlantique Nord a condamné ces tirs qui menacent la sécurité régionale.', set()),
    ('en', 'Since the invasion of Ukraine, Finland and Sweden have joined NATO, and Japan’s prime minister congratulated both.', set()),
    ('fr', 'Depuis l’invasion russe de l’Ukraine, les prix de l’énergie ont flambé au Japon comme en Europe.', set()),
    ('en', 'Beijing’s growing pressure on Taiwan and its coercion of the Philippines worry defence ministers in Washington, Tokyo and Canberra alike.', set()),
    ('fr', 'La montée en puissance de la marine chinoise inquiète les Européens, dont les frégates croisent désormais au large du Japon.', set()),
    ('en', 'North Korea’s missile tests have alarmed European capitals, and NATO’s Secretary General raised them during his trip to Tokyo.', set()),
    ('fr', 'L’agression russe contre l’Ukraine a conduit la Finlande à rejoindre l’OTAN ; le Japon a salué cette adhésion.', set()),
    ('en', 'China’s naval expansion in the South China Sea has prompted the Philippines to rethink its defence posture; Japan has supplied Manila with radars.', set()),
    ('fr', 'Depuis l’invasion de l’Ukraine, les exportations japonaises vers la Russie se sont effondrées.', set()),
    ('en', 'Russia’s invasion of Ukraine drove energy prices up across Asia, and Japanese utilities scrambled for liquefied gas.', set()),
    ('fr', 'Les essais de missiles de Pyongyang ont conduit le Conseil de sécurité de l’ONU à se réunir ; le Japon y a pris la parole.', set()),
    ('en', 'Because of the war in Ukraine, Japan’s energy imports from Russia fell sharply.', set()),
    ('fr', 'En réponse à l’invasion russe de l’Ukraine, le Japon a accueilli des étudiants ukrainiens dans ses universités.', set()),
    ('en', 'North Korea’s missile launches changed Japan’s shipping routes in the Sea of Japan for a few days.', set()),
]

FRAMEWORK_TRAPS = [
    "Russia invaded Ukraine in 2022.",
]
