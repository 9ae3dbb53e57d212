"""NATO–Japan coverage: passages that name a criterion's topic without addressing it (precision).

After the recall round (held-out set 73/73 in scope, 0/30 false positives), the suspected
weakness was false credit: a real text that mentions a criterion's topic in the sense the
framework's "does not count" column names. The traps below are mine, realistic prose (briefs,
speeches, news analysis), each after an in-scope opener that addresses no criterion; each
family also has positives in similar words that do address the criterion, to show the fix
keeps them.

First run, before any rule was touched: 60 of 85 traps credited — defense-spending 8/10,
threat-drivers 6/9, regional-reaction 10/10, article-5-scope 6/8, nuclear-sharing 1/7,
cyber-precedent 6/8, cooperation-areas 6/9, institutionalization 7/9, strategic-alignment 6/8,
article-9 4/7 — and two traps credited a second criterion they do not address (the EU–Japan
partnership agreements as institutionalization). All positives were credited.

The fixes go by meaning:

* defense-spending: the 2 % is Japan's (Japan its subject, or the sentence names no other
  owner: not the Allies, Germany, the UK, the US) and about defence, not a surplus of 2 % of
  GDP; the NSS is Japan's, not the US National Security Strategy; a defence budget with
  figures is Japan's, not NATO's or Washington's with Japan looking on.
* threat-drivers: the events count in a paragraph that gives a cause, or ties the shift words
  to Japan (Tokyo … its policy, « la doctrine japonaise », « sa nouvelle politique de
  défense »), not where "defence" or "policy" is Europe's.
* regional-reaction: escalation, spiral, « engrenage », miscalculation, grey zone count in a
  sentence about the Asian theatre or naming no other one — not Ukraine, the Baltic, Kosovo,
  cyberspace or the markets.
* article-5-scope: NATO's Article 5, not Article 5 of another agreement (the NATO–Japan
  information-security agreement, Washington's treaty "with Japan"); not the collective
  defence of Japan by its US alliance; not the EU's mutual-assistance clause (Article 42.7).
* nuclear-sharing: the three non-nuclear principles in their own words are a refusal, not
  what North Korea "possesses the capacity to produce".
* cyber-precedent: Albania as the 2022 precedent (the attack, the break), not Albania hosting
  Iran's opposition; Ukraine's cyber partnership with NATO, not with the EU; exercises run with
  NATO or its centre, not one Japan holds with ASEAN. (Those passages still name cyber
  security, a cooperation field, which NJ108 counts wherever it is named: kept as `also`.)
* institutionalization: NATO's meetings, not a 2+2 with France or the US, a G7 or ASEAN
  meeting; a regular dialogue not the one with Washington; a partnership agreement not the
  EU's with Japan.
* strategic-alignment: NATO's Strategic Concept, not a ministry's; the two regions linked as
  one security space, not as trading partners or supply chains; convergence with NATO, not
  within the US–Japan alliance.
* article-9: constitutional limits and the renunciation of war are Japan's unless the
  sentence is about another country's (Germany's Bundeswehr, the Philippine or Italian
  constitution).
* cooperation-areas: a field is named in its security sense — interoperability of forces, not
  of digital-identity wallets; sea lanes to protect, not shipping costs for exporters;
  disinformation countered or used as a weapon, not a rumour that spread; emerging
  technologies for defence, not for the labour market.

After the changes: 0 of the 85 traps credited, all 30 positives kept, held-out set unchanged
(73/73 in scope, 0/30, no spurious criterion).

A second batch (SECOND_TRAPS, 37 traps, and 25 positives), written after those fixes to see
whether they held on new wordings: 7 of 37 still credited (21/37 with the rules as they were
before this round) — the UK's "National Security Strategy" ('s form of the owner), a causal verb
whose object was Finland or the Philippines (« a conduit la Finlande », "prompted the
Philippines to rethink its defence posture"), a Ukraine–Japan cyber partnership, a G20 summit
with Japan's prime minister, a US–Japan "regular dialogue", « l'article 9 de la loi … sur les
Forces d'autodéfense ». Fixed by meaning: the cause must point at Japan ("led Tokyo", « a
poussé l'archipel », "Japan's new posture", « sa nouvelle politique »); the NSS's owner is any
other state; Ukraine's partnership is NATO's; summits and dialogues exclude other fora and the
US pair; Article 9 of another law is not the constitution's. One positive the rules missed
before this round (« la pression militaire croissante de la Chine … explique le virage
stratégique japonais ») is now credited. Afterwards 0/37 and 25/25.

A third batch (THIRD_TRAPS, 14 traps, and 37 positives in varied wording, to check that the
narrower rules lost no genuine wording): all 37 positives credited, as with the rules before
this round; 3 of 14 traps credited (7/14 before this round). « Le risque d'engrenage entre
l'Inde et le Pakistan inquiète aussi Tokyo » was credited because Japan counted as the Asian
theatre: the escalation words now need China, North Korea, Asia, the Pacific or Taiwan (or no
other theatre named), and South Asia is another theatre. Two remain (KNOWN_LIMITS, xfail):
"Escalation on the Korean peninsula … NATO has no role there" (escalation in the region with
NATO named, which the patterns cannot tell from NATO's presence raising tensions) and Albania
named with "an attack" that is not the 2022 cyberattack (in a NATO–Japan text, "an attack" next
to Albania almost always is).

A fourth batch on the most narrowed rule, NJ104 (3 traps, 18 positives): one positive the
rules had credited before this round was missed — a fronted cause, "In response to North
Korea's missile tests, Japan decided to acquire counterstrike capabilities" — so a cause
fronted before Japan counts when Japan's shift follows it (decided, capabilities, posture,
defence…), and "changed Japanese thinking" counts as a change whose object is Japan's policy or
thinking; "Because of the war in Ukraine, Japan's energy imports fell" and "missile launches
changed Japan's shipping routes" do not. Afterwards 0/3 and 18/18 (with the rules before this
round: 2/3 traps credited, 16/18 positives).
"""


from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report


PRE_EN = "NATO and Japan are partners. NATO and Japan meet often. NATO and Japan share values.\n\n"
PRE_FR = "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se rencontrent souvent. L’OTAN et le Japon partagent des valeurs.\n\n"


# criterion -> (lang, passage, the criteria it does address) for passages that name the criterion's topic without addressing it
TRAPS = {
    'defense-spending': [
        ('en', 'At the Vilnius summit, Allies agreed that spending at least 2 % of GDP on defence is a floor rather than a ceiling, a message Tokyo followed with interest.', set()),
        ('en', 'The United Kingdom spends about 2.3 per cent of GDP on defence and Germany has only now reached 2 per cent; Japanese officials follow the European debate closely.', set()),
        ('fr', 'Au sommet de Washington, 23 Alliés sur 32 atteignaient l’objectif de 2 % du PIB consacré à la défense, un chiffre que Tokyo a salué.', set()),
        ('fr', 'L’Allemagne a promis de consacrer 2 % de son PIB à sa défense et son budget militaire augmente de 100 milliards d’euros ; le Japon observe ce tournant avec attention.', set()),
        ('en', 'NATO’s latest figures show that European Allies and Canada increased their defence spending by 11 per cent in 2023, figures that officials in Tokyo called impressive.', set()),
        ('en', 'Japan’s current-account surplus reached 2 % of GDP last year, according to the finance ministry.', set()),
        ('fr', 'Le Royaume-Uni vise 2,5 % du PIB d’ici 2030 et la France a voté une loi de programmation militaire de 413 milliards d’euros ; Tokyo suit ces débats européens.', set()),
        ('en', 'The US National Security Strategy of October 2022 calls China the pacing challenge, a view Tokyo shares.', set()),
        ('en', 'The US defence budget rose to 886 billion dollars this year, a figure Japanese planners watch closely.', set()),
        ('fr', 'La Stratégie de sécurité nationale publiée par la Maison-Blanche en octobre 2022 fait de la Chine le principal défi ; Tokyo partage ce diagnostic.', set()),
    ],
    'threat-drivers': [
        ('en', 'Russia’s war against Ukraine has reshaped European defence policy; Japan condemned the invasion from the first day.', set()),
        ('en', 'NATO defence ministers condemned North Korea’s missile launches over the Sea of Japan as a threat to regional stability.', set()),
        ('en', 'China’s military build-up is changing the balance of power in Asia, and Allies are debating what it means for Europe’s defence industry, a debate Japanese diplomats follow.', set()),
        ('fr', 'L’invasion de l’Ukraine par la Russie a bouleversé la défense européenne ; le Japon, lui, a accueilli plus de deux mille réfugiés ukrainiens.', set()),
        ('fr', 'La Corée du Nord multiplie les essais balistiques en mer du Japon ; le Conseil de l’Atlantique Nord a condamné ces tirs qui menacent la sécurité régionale.', set()),
        ('en', 'Since the invasion of Ukraine, Finland and Sweden have joined NATO, and Japan’s prime minister congratulated both.', set()),
        ('fr', 'Depuis l’invasion russe de l’Ukraine, les prix de l’énergie ont flambé au Japon comme en Europe.', set()),
        ('en', 'Beijing’s growing pressure on Taiwan and its coercion of the Philippines worry defence ministers in Washington, Tokyo and Canberra alike.', set()),
        ('fr', 'La montée en puissance de la marine chinoise inquiète les Européens, dont les frégates croisent désormais au large du Japon.', set()),
    ],
    'regional-reaction': [
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
    ],
    'article-5-scope': [
        ('en', 'Washington has repeatedly said that Article 5 of its treaty with Japan covers the Senkaku Islands.', set()),
        ('fr', 'Washington a rappelé que l’article 5 du traité qui lie Tokyo aux États-Unis couvre les îles Senkaku.', set()),
        ('en', 'The EU’s mutual assistance clause, Article 42.7, obliges member states to aid one another, and most of them are also NATO Allies; Japan and the EU rely on a strategic partnership agreement instead.', set()),
        ('fr', 'L’article 42.7 du traité sur l’Union européenne, la clause d’assistance mutuelle, a été invoqué par la France en 2015 ; le Japon avait alors exprimé sa solidarité.', set()),
        ('en', 'The collective defence of Japan rests on its alliance with the United States, which keeps some 54,000 troops in the country.', set()),
        ('fr', 'La défense collective du Japon repose sur l’alliance avec les États-Unis, qui y stationnent quelque 54 000 militaires.', set()),
        ('en', 'Under Article 5 of the agreement on the security of information signed by NATO and Japan in 2010, each side must protect the other’s classified data.', set()),
        ('fr', 'Selon l’article 5 de l’accord sur la sécurité des informations signé par l’OTAN et le Japon, chaque partie protège les données classifiées de l’autre.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'Russia’s nuclear threats against Ukraine’s supporters were condemned in the joint statement, and Japan, the only country to have suffered atomic bombings, joined the condemnation.', set()),
        ('en', 'Japan champions the Non-Proliferation Treaty and used the G7 Hiroshima summit to issue a vision on nuclear disarmament.', set()),
        ('en', 'North Korea possesses the capacity to produce miniaturised nuclear warheads, Japan’s defence white paper warns.', set()),
        ('fr', 'La possession par la Corée du Nord d’armes nucléaires et sa capacité à en produire de nouvelles inquiètent le Japon.', set()),
        ('en', 'China’s nuclear arsenal could reach 1,000 warheads by 2030, the Pentagon estimates; NATO and Japan both voiced concern.', set()),
        ('fr', 'La Russie a suspendu sa participation au traité New START et multiplie les menaces nucléaires ; le Japon a dénoncé ce chantage.', set()),
        ('fr', 'Le Japon défend le traité de non-prolifération et a fait du sommet du G7 à Hiroshima une tribune pour le désarmement nucléaire.', set()),
    ],
    'cyber-precedent': [
        ('en', 'Albania has hosted members of the Iranian opposition group MEK since 2013.', set()),
        ('fr', 'L’Albanie accueille depuis 2013 des membres de l’opposition iranienne des Moudjahidines du peuple.', set()),
        ('en', 'Ukraine’s partnership with the European Union now covers cyber resilience and energy.', set()),
        ('fr', 'Le partenariat entre l’Ukraine et l’Union européenne couvre désormais la cybersécurité et l’énergie.', {'cooperation-areas'}),
        ('en', 'A cybersecurity exercise organised by Japan with ASEAN countries simulated a ransomware attack on a port.', {'cooperation-areas'}),
        ('fr', 'Un exercice de cybersécurité organisé par le Japon avec les pays de l’ASEAN a simulé une attaque par rançongiciel contre un port.', {'cooperation-areas'}),
        ('en', 'NATO’s Cyber Security Operations Centre in Mons protects the Alliance’s own networks around the clock.', {'cooperation-areas'}),
        ('en', 'Cyber threats are rising, and the two sides agreed that they must talk about them more often.', set()),
    ],
    'cooperation-areas': [
        ('en', 'The two sides pledged to deepen cooperation across the board and to translate shared values into concrete action.', set()),
        ('fr', 'Les deux partenaires se sont engagés à approfondir leur coopération dans tous les domaines d’intérêt commun.', set()),
        ('en', 'Japan and the EU agreed on the interoperability of their digital identity wallets.', set()),
        ('en', 'Container shipping through the Red Sea lanes fell by half, raising costs for Japanese exporters.', set()),
        ('fr', 'Sur les routes maritimes de la mer Rouge, le trafic de conteneurs a chuté de moitié, renchérissant les exportations japonaises.', set()),
        ('en', 'Disinformation about the release of treated water from Fukushima spread quickly on Chinese social media.', set()),
        ('fr', 'La désinformation sur le rejet des eaux traitées de Fukushima s’est propagée sur les réseaux sociaux chinois.', set()),
        ('en', 'Emerging technologies such as generative AI will reshape Japan’s labour market.', set()),
        ('en', 'The EU–Japan adequacy decision allows the free exchange of personal data between companies.', set()),
    ],
    'institutionalization': [
        ('en', 'Japan’s foreign and defence ministers took part in the 2+2 meeting with their French counterparts in Paris.', set()),
        ('fr', 'Les ministres japonais des Affaires étrangères et de la Défense ont participé à la réunion 2+2 avec leurs homologues américains à Washington.', set()),
        ('en', 'Japan’s regular dialogue with the United States runs through the 2+2 Security Consultative Committee, a format NATO officials know well.', set()),
        ('en', 'Secretary General Stoltenberg visited Tokyo in January 2023 and met Prime Minister Kishida; both called for closer ties.', set()),
        ('fr', 'Le ministre japonais de la Défense s’est rendu au siège de l’OTAN à Bruxelles pour y rencontrer le Secrétaire général.', set()),
        ('en', 'Japan’s foreign minister attended the G7 meeting in Capri, where NATO’s enlargement was discussed.', set()),
        ('fr', 'Le Japon a participé au sommet de l’ASEAN à Jakarta, où la mer de Chine méridionale a dominé les débats.', set()),
        ('en', 'Japan and the EU signed a Strategic Partnership Agreement in 2018.', set()),
        ('fr', 'L’accord de partenariat stratégique entre le Japon et l’Union européenne est entré en vigueur en 2019.', set()),
    ],
    'strategic-alignment': [
        ('en', 'Japan’s Free and Open Indo-Pacific vision, launched by Shinzo Abe in 2016, focuses on connectivity, the rule of law and order at sea in Asia.', set()),
        ('fr', 'La vision d’un Indo-Pacifique libre et ouvert, lancée par Shinzo Abe en 2016, met l’accent sur la connectivité et l’état de droit en mer.', set()),
        ('en', 'The US National Security Strategy of 2022 and Washington’s Indo-Pacific strategy converge on one goal: strengthening the alliance with Japan.', set()),
        ('en', 'Japan’s trade ministry unveiled a new strategic concept for semiconductor supply chains.', set()),
        ('fr', 'Le ministère japonais de l’Économie a présenté un nouveau concept stratégique pour les chaînes d’approvisionnement en semi-conducteurs.', set()),
        ('en', 'Trade between the Euro-Atlantic economies and the Indo-Pacific has doubled in twenty years.', set()),
        ('fr', 'Les échanges commerciaux entre l’espace euro-atlantique et l’Indo-Pacifique ont doublé en vingt ans.', set()),
        ('en', 'Supply chains linking Europe and Asia are interconnected, and the security of semiconductor supplies matters to Japanese carmakers.', set()),
    ],
    'article-9': [
        ('en', 'Article 9 of the EU–Japan Economic Partnership Agreement covers customs cooperation.', set()),
        ('en', 'The Philippine constitution also renounces war as an instrument of national policy, and Manila has deepened ties with Tokyo.', set()),
        ('fr', 'L’Italie, elle aussi, renonce à la guerre dans sa Constitution de 1948 ; Rome et Tokyo construisent pourtant ensemble un avion de combat.', set()),
        ('en', 'Germany’s constitutional limits on the use of force abroad were eased by a court ruling in 1994, a precedent Japanese scholars often cite.', set()),
        ('fr', 'En Allemagne, les limites constitutionnelles aux opérations extérieures ont été assouplies en 1994 ; au Japon, on cite souvent ce précédent.', set()),
        ('fr', 'L’article 9 de la loi japonaise sur la protection des secrets d’État punit les fuites de cinq ans de prison.', set()),
        ('en', 'Article 9 of the North Atlantic Treaty created the Council, which meets weekly at the level of ambassadors.', set()),
    ],
}


# criterion -> (lang, passage, other criteria it also addresses) for passages that address it in similar words
POSITIVES = {
    'defense-spending': [
        ('en', 'Japan plans to raise defence and related spending to 2 % of GDP by fiscal 2027, the level NATO expects of its Allies.', set()),
        ('fr', 'Le Japon portera ses dépenses de défense à 2 % du PIB d’ici 2027, le niveau que l’OTAN demande à ses Alliés.', set()),
        ('en', 'Japan’s National Security Strategy of December 2022 calls China the greatest strategic challenge Japan has ever faced.', set()),
        ('en', 'Japan’s defence budget rose to a record 7.9 trillion yen for fiscal 2024.', set()),
    ],
    'threat-drivers': [
        ('en', 'Russia’s invasion of Ukraine and North Korea’s missile launches led Tokyo to overhaul its defence posture.', set()),
        ('fr', 'C’est l’invasion de l’Ukraine par la Russie qui a poussé le Japon à revoir sa doctrine de défense.', set()),
        ('en', 'China’s military build-up is the main reason Japan decided to acquire counterstrike capabilities.', set()),
    ],
    'regional-reaction': [
        ('en', 'China warns that NATO’s presence in Asia would raise tensions, and the risk of miscalculation around Taiwan is real.', set()),
        ('fr', 'Une présence de l’OTAN en Asie risquerait d’enclencher un engrenage avec Pékin, qui y verrait une provocation.', set()),
        ('en', 'Beijing could answer a NATO presence near Japan with more grey-zone activity around the Senkakus.', set()),
    ],
    'article-5-scope': [
        ('en', 'Japan is a partner, not an Ally: NATO’s Article 5 does not cover it.', set()),
        ('fr', 'Le Japon reste en dehors de l’article 5 du traité de l’Atlantique Nord.', set()),
        ('en', 'NATO’s collective defence guarantee does not extend to partners such as Japan.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'NATO-style nuclear sharing is a non-starter for Japan, which holds to its three non-nuclear principles.', set()),
        ('fr', 'Tokyo préfère un dialogue sur la dissuasion élargie américaine au partage nucléaire à l’européenne.', set()),
    ],
    'cyber-precedent': [
        ('en', 'After the Iran-linked cyberattack on Albania in 2022, NATO supported Tirana without invoking Article 5.', set()),
        ('fr', 'Le Japon a rejoint en 2022 le centre d’excellence de cyberdéfense de l’OTAN à Tallinn.', {'cooperation-areas'}),
        ('en', 'NATO’s cyber partnership with Ukraine, a non-member, is a model for what it could do with Japan.', set()),
    ],
    'cooperation-areas': [
        ('en', 'NATO and Japan should deepen cooperation on maritime security and the protection of undersea cables.', set()),
        ('fr', 'L’OTAN et le Japon devraient approfondir leur coopération dans la lutte contre la désinformation.', set()),
        ('en', 'Japanese and NATO forces should improve their interoperability.', set()),
    ],
    'institutionalization': [
        ('en', 'Japan and NATO agreed an Individually Tailored Partnership Programme in July 2023.', set()),
        ('fr', 'Le Premier ministre japonais a participé au sommet de l’OTAN à Vilnius.', set()),
        ('en', 'Japan’s prime minister took part in the NATO summit in Madrid, a first.', set()),
    ],
    'strategic-alignment': [
        ('en', 'NATO’s 2022 Strategic Concept and Japan’s National Security Strategy both describe China as a challenge.', {'defense-spending'}),
        ('fr', 'La sécurité euro-atlantique et celle de l’Indo-Pacifique sont indissociables.', set()),
        ('en', 'Japan’s Free and Open Indo-Pacific vision now rests on the argument that Euro-Atlantic and Indo-Pacific security are interconnected.', set()),
    ],
    'article-9': [
        ('en', 'Article 9 of Japan’s constitution rules out any automatic military obligation towards NATO.', set()),
        ('fr', 'La Constitution pacifiste du Japon limite ses engagements militaires envers l’OTAN.', set()),
        ('en', 'Japan’s constitution renounces war, which limits what Tokyo can promise the Alliance.', set()),
    ],
}


# the second batch, written after the first fixes to see whether they hold on new wordings
SECOND_TRAPS = {
    'defense-spending': [
        ('en', 'Poland now spends more than 4 per cent of GDP on defence, the highest share in the Alliance, and Japanese analysts cite it often.', set()),
        ('fr', 'Les Alliés européens ont porté leurs dépenses militaires à 380 milliards de dollars en 2024 ; à Tokyo, on salue cet effort.', set()),
        ('en', 'South Korea’s defence budget grew by 4.2 per cent this year, according to Seoul; Japan and Korea held talks on the margins.', set()),
        ('fr', 'Le Japon consacre environ 2 % de son PIB à l’aide publique au développement et à la coopération internationale, selon l’OCDE.', set()),
        ('en', 'The UK’s new National Security Strategy was welcomed in Tokyo.', set()),
    ],
    'threat-drivers': [
        ('en', 'North Korea’s missile tests have alarmed European capitals, and NATO’s Secretary General raised them during his trip to Tokyo.', set()),
        ('fr', 'L’agression russe contre l’Ukraine a conduit la Finlande à rejoindre l’OTAN ; le Japon a salué cette adhésion.', set()),
        ('en', 'China’s naval expansion in the South China Sea has prompted the Philippines to rethink its defence posture; Japan has supplied Manila with radars.', set()),
        ('fr', 'Depuis l’invasion de l’Ukraine, les exportations japonaises vers la Russie se sont effondrées.', set()),
    ],
    'regional-reaction': [
        ('en', 'Analysts fear a spiral of tensions in the Middle East after the strikes, which NATO Allies condemned.', set()),
        ('fr', 'Les Alliés redoutent une escalade avec Moscou si des missiles à longue portée sont livrés à Kiev.', set()),
        ('en', 'A single miscalculation over Kaliningrad could drag NATO into war with Russia.', set()),
        ('fr', 'La Russie mène en Europe une guerre hybride en zone grise, faite de sabotages et de cyberattaques.', {'cooperation-areas'}),
        ('en', 'Trade tensions between Washington and Beijing escalated again, hitting Japanese chipmakers.', set()),
    ],
    'article-5-scope': [
        ('en', 'Article V of the 1960 treaty obliges the United States to act against an armed attack on territories under Japan’s administration.', set()),
        ('fr', 'L’article 5 de la Constitution japonaise organise la régence.', set()),
        ('en', 'Under Article 5 of the Japan–Australia Reciprocal Access Agreement, visiting forces must respect local law.', set()),
        ('en', 'Japan’s collective defence with the United States was strengthened by the 2015 guidelines.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'Russia has suspended New START and deployed tactical nuclear weapons to Belarus, which Japan called irresponsible.', set()),
        ('fr', 'Pyongyang possède désormais des ogives capables de frapper le Japon, selon le ministère japonais de la Défense.', set()),
        ('en', 'Japan’s nuclear power plants restarted after the Fukushima disaster, cutting its energy imports.', set()),
    ],
    'cyber-precedent': [
        ('en', 'Albania’s prime minister visited Tokyo to attract Japanese investment in its tourism sector.', set()),
        ('fr', 'L’Ukraine et le Japon ont signé un partenariat sur la cybersécurité des infrastructures énergétiques.', {'cooperation-areas'}),
        ('en', 'Japan’s cybersecurity exercise with the United States tested defences against Chinese hackers.', {'cooperation-areas'}),
    ],
    'cooperation-areas': [
        ('en', 'Japan and NATO agreed to strengthen their partnership and to work more closely together in the years ahead.', set()),
        ('fr', 'Les routes maritimes arctiques pourraient réduire de moitié le temps de transport des marchandises japonaises vers l’Europe.', set()),
        ('en', 'Emerging technologies are changing how Japanese banks serve customers.', set()),
    ],
    'institutionalization': [
        ('en', 'Japan’s prime minister took part in the G20 summit in New Delhi, where NATO was barely mentioned.', set()),
        ('fr', 'Le ministre japonais des Affaires étrangères a participé à la réunion du Quad à Tokyo.', set()),
        ('en', 'Japan and the United States hold a regular dialogue on extended deterrence, separate from NATO.', {'nuclear-sharing'}),
        ('en', 'The EU and Japan signed an Economic Partnership Agreement that entered into force in 2019.', set()),
    ],
    'strategic-alignment': [
        ('en', 'Japan’s Free and Open Indo-Pacific vision guides its aid to Southeast Asia and the Pacific islands.', set()),
        ('fr', 'Le groupe Toyota a présenté son concept stratégique pour le marché européen.', set()),
        ('en', 'The economies of the Euro-Atlantic area and the Indo-Pacific are deeply intertwined through investment.', set()),
    ],
    'article-9': [
        ('en', 'Costa Rica’s constitution abolished the army in 1949, a model Japanese pacifists admire.', set()),
        ('fr', 'L’article 9 de la loi japonaise sur les Forces d’autodéfense fixe leurs effectifs.', set()),
        ('en', 'Germany’s Basic Law requires a parliamentary vote before the Bundeswehr deploys abroad; Japan’s debate is different.', set()),
    ],
}


# …and its positives
SECOND_POSITIVES = {
    'defense-spending': [
        ('en', 'Tokyo intends to spend 2 % of GDP on defence by 2027, matching what NATO asks of its own members.', set()),
        ('fr', 'Comme les Alliés, le Japon vise désormais 2 % du PIB pour sa défense, à l’horizon 2027.', set()),
        ('en', 'Japan’s defence outlays will total about 43 trillion yen over five years, a 60 per cent increase.', set()),
        ('en', 'Unlike Germany, which took decades, Japan will double its defence spending in five years.', set()),
    ],
    'threat-drivers': [
        ('en', 'North Korea’s missile tests over Hokkaido pushed Japan to acquire long-range strike capabilities.', set()),
        ('fr', 'La pression militaire croissante de la Chine autour de Taïwan explique le virage stratégique japonais.', set()),
        ('en', 'Japan rearms because Russia’s war showed that borders can be changed by force.', set()),
    ],
    'regional-reaction': [
        ('en', 'A NATO office in Tokyo could heighten tensions with China and invite grey-zone pressure on the Senkakus.', {'institutionalization'}),
        ('fr', 'Pékin dénonce une « OTAN asiatique » et pourrait multiplier les incursions en zone grise autour du Japon.', set()),
        ('en', 'The risk of miscalculation grows as Chinese and allied ships operate close together near Taiwan.', set()),
    ],
    'article-5-scope': [
        ('en', 'Japan is not covered by NATO’s Article 5, and partnership does not change that.', set()),
        ('fr', 'Le Japon, simple partenaire, ne bénéficie pas de la défense collective de l’OTAN.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'Japan will not host American nuclear weapons: its three non-nuclear principles forbid it.', set()),
        ('fr', 'Le Japon mise sur la dissuasion élargie des États-Unis plutôt que sur un partage nucléaire.', set()),
    ],
    'cyber-precedent': [
        ('en', 'When Iranian hackers attacked Albania in 2022, NATO helped without invoking Article 5.', set()),
        ('fr', 'Des experts japonais participent chaque année à l’exercice Locked Shields organisé par le centre de Tallinn.', set()),
    ],
    'cooperation-areas': [
        ('en', 'NATO and Japan should protect sea lanes together and counter Chinese disinformation campaigns.', set()),
        ('fr', 'Le Japon et l’OTAN veulent renforcer l’interopérabilité de leurs forces navales.', set()),
        ('en', 'Emerging and disruptive technologies are a natural field for NATO–Japan research cooperation.', set()),
    ],
    'institutionalization': [
        ('en', 'Kishida attended the NATO summit in Vilnius, where the ITPP was adopted.', set()),
        ('fr', 'Le Japon a ouvert une mission auprès de l’OTAN à Bruxelles.', set()),
    ],
    'strategic-alignment': [
        ('en', 'Euro-Atlantic and Indo-Pacific security are indivisible, as NATO’s 2022 Strategic Concept recognises.', set()),
        ('fr', 'Ce qui se passe en Ukraine aujourd’hui pourrait se produire en Asie de l’Est demain, répète Tokyo.', set()),
    ],
    'article-9': [
        ('en', 'Japan’s pacifist constitution, unlike Germany’s Basic Law, still bars collective defence commitments.', {'article-5-scope'}),
        ('fr', 'L’article 9 de la Constitution japonaise interdit au Japon de s’engager dans une défense collective automatique.', {'article-5-scope'}),
    ],
}


# a third batch, written after the second round of fixes (its two traps still credited are KNOWN_LIMITS)
THIRD_TRAPS = {
    'defense-spending': [
        ('en', 'Several Allies still fall short of the 2 % guideline, and Japanese diplomats privately note the irony of lecturing Tokyo on burden-sharing.', set()),
        ('fr', 'La Pologne a porté son budget de défense à 4 % de son PIB ; l’ambassadeur du Japon à Varsovie a salué cette décision.', set()),
    ],
    'threat-drivers': [
        ('en', 'Russia’s invasion of Ukraine drove energy prices up across Asia, and Japanese utilities scrambled for liquefied gas.', set()),
        ('fr', 'Les essais de missiles de Pyongyang ont conduit le Conseil de sécurité de l’ONU à se réunir ; le Japon y a pris la parole.', set()),
    ],
    'regional-reaction': [
        ('fr', 'Le risque d’engrenage entre l’Inde et le Pakistan inquiète aussi Tokyo.', set()),
    ],
    'article-5-scope': [
        ('en', 'Under Article 5 of the Japan–UK Reciprocal Access Agreement, each side protects the other’s personnel.', set()),
        ('fr', 'La défense collective du Japon et des États-Unis a été renforcée par les lignes directrices de 2015.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'Japan’s foreign minister condemned Russia’s nuclear rhetoric at the NATO foreign ministers’ meeting.', set()),
    ],
    'institutionalization': [
        ('en', 'Japan’s defence minister took part in the Shangri-La Dialogue, where he met NATO’s deputy secretary general.', set()),
        ('fr', 'Le Japon et la France tiennent un dialogue régulier 2+2, distinct de leurs échanges avec l’OTAN.', set()),
    ],
    'strategic-alignment': [
        ('en', 'Japan’s Free and Open Indo-Pacific vision and its Official Development Assistance charter are closely aligned, the foreign ministry says.', set()),
    ],
    'article-9': [
        ('en', 'South Korea’s constitution renounces wars of aggression, a clause Japanese scholars sometimes compare with their own.', set()),
    ],
}


# …and its positives
THIRD_POSITIVES = {
    'defense-spending': [
        ('en', 'Tokyo has pledged to lift spending on defence and related items to 2 % of GDP in fiscal 2027, up from about 1 %.', set()),
        ('fr', 'Le gouvernement Kishida a décidé de porter les dépenses de défense à 43 000 milliards de yens sur cinq ans.', set()),
        ('en', 'The December 2022 National Security Strategy commits Japan to a defence build-up unseen since the Second World War.', set()),
        ('fr', 'Avec sa stratégie de sécurité nationale de décembre 2022, le Japon double presque son budget de défense.', set()),
        ('en', 'Like the Allies, Japan now aims at 2 % of GDP, though its target includes coast guard spending.', set()),
    ],
    'threat-drivers': [
        ('en', 'Tokyo’s defence overhaul is a direct response to China’s military build-up and North Korea’s missile launches.', set()),
        ('fr', 'Ce sont les missiles nord-coréens, et non la pression américaine, qui ont convaincu le Japon de réarmer.', set()),
        ('en', 'Russia’s war against Ukraine was the wake-up call that led Japan to adopt counterstrike capabilities.', set()),
        ('fr', 'L’invasion russe de l’Ukraine a servi d’électrochoc au Japon, qui a revu sa doctrine en un an.', set()),
        ('en', 'Faced with Russia’s aggression and China’s military build-up, Japan has transformed its security policy.', set()),
    ],
    'regional-reaction': [
        ('en', 'Beijing would see a NATO liaison office in Tokyo as a provocation and might answer with more grey-zone incursions.', {'institutionalization'}),
        ('fr', 'Une présence accrue de l’OTAN en Asie risquerait une escalade avec la Chine et des erreurs de calcul.', set()),
        ('en', 'North Korea has warned that NATO’s expansion into Asia will be met with countermeasures.', set()),
        ('en', 'Any NATO step in the Indo-Pacific risks a spiral of escalation with Beijing, even if Europe is far away.', set()),
    ],
    'article-5-scope': [
        ('en', 'Japan will remain a partner outside NATO’s Article 5, whatever the depth of cooperation.', set()),
        ('fr', 'Aucun Allié n’est tenu de défendre le Japon : la clause de défense collective de l’OTAN ne s’applique qu’aux membres.', set()),
        ('en', 'Critics in Tokyo fear that closer ties could entangle Japan in NATO’s wars in Europe.', set()),
    ],
    'nuclear-sharing': [
        ('en', 'Former prime minister Abe floated NATO-style nuclear sharing, but Kishida rejected it.', set()),
        ('fr', 'Le Japon souhaite approfondir le dialogue sur la dissuasion élargie avec Washington.', set()),
    ],
    'cyber-precedent': [
        ('en', 'Allied support to Albania after the 2022 cyberattack, without Article 5, shows what Japan could expect.', set()),
        ('fr', 'L’Ukraine, qui n’est pas membre de l’OTAN, a reçu une aide alliée pour protéger ses réseaux informatiques.', set()),
        ('en', 'Japanese officers now train at the NATO Cooperative Cyber Defence Centre of Excellence.', {'cooperation-areas'}),
    ],
    'cooperation-areas': [
        ('en', 'NATO and Japan could pool maritime domain awareness in the Indo-Pacific.', set()),
        ('fr', 'Le partage de renseignements entre l’OTAN et le Japon progresse.', set()),
        ('en', 'Both sides want to share information on hybrid threats and disinformation campaigns.', set()),
    ],
    'institutionalization': [
        ('en', 'The ITPP signed in 2023 sets out sixteen areas of NATO–Japan cooperation.', set()),
        ('fr', 'Le Premier ministre japonais a assisté aux sommets de l’OTAN de Madrid, Vilnius et Washington.', set()),
        ('en', 'Japan’s ambassador to NATO attends meetings of the North Atlantic Council with partners.', set()),
    ],
    'strategic-alignment': [
        ('en', 'Kishida warned that Ukraine today may be East Asia tomorrow.', set()),
        ('fr', 'Le concept stratégique adopté à Madrid en 2022 mentionne la Chine pour la première fois.', set()),
        ('en', 'Security in Europe and in the Indo-Pacific is interconnected, NATO and Japan agreed.', set()),
    ],
    'article-9': [
        ('en', 'Article 9 of the Japanese constitution, which renounces war, limits what Tokyo can offer the Alliance.', set()),
        ('fr', 'La Constitution japonaise, qui renonce à la guerre, borne l’engagement de Tokyo aux côtés de l’Alliance.', set()),
        ('en', 'Japan’s constitutional limits on collective self-defence mean it cannot take on Article 5-type obligations.', {'article-5-scope'}),
    ],
}


# a fourth batch, on the causes of Japan's shift after the last narrowing of NJ104
FOURTH_TRAPS = {
    'threat-drivers': [
        ('en', 'Because of the war in Ukraine, Japan’s energy imports from Russia fell sharply.', set()),
        ('fr', 'En réponse à l’invasion russe de l’Ukraine, le Japon a accueilli des étudiants ukrainiens dans ses universités.', set()),
        ('en', 'North Korea’s missile launches changed Japan’s shipping routes in the Sea of Japan for a few days.', set()),
    ],
}


# …and its positives (threat-drivers, defense-spending, regional-reaction in new wordings)
FOURTH_POSITIVES = {
    'defense-spending': [
        ('en', 'Japan’s budget for defence will reach 2 % of GDP in 2027, compared with about 1 % today.', set()),
        ('fr', 'Tokyo entend consacrer 2 % de son PIB à la défense d’ici 2027, comme l’OTAN le demande à ses membres.', set()),
        ('en', 'Japan’s new security strategy, adopted in December 2022, doubles military spending.', set()),
        ('en', 'Kishida’s government approved a record defence budget of 7.7 trillion yen, a 16 % increase.', set()),
    ],
    'threat-drivers': [
        ('en', 'Pyongyang’s ballistic missile launches over Japanese territory explain why Tokyo is buying Tomahawks.', set()),
        ('en', 'Japan’s rearmament owes much to Russia’s invasion of Ukraine, which shattered the belief that war among great powers was over.', set()),
        ('fr', 'Pour Tokyo, l’agression russe contre l’Ukraine a été un tournant : le pays a revu sa stratégie de défense.', set()),
        ('en', 'China’s military modernisation is the main driver of Japan’s new defence posture.', set()),
        ('fr', 'Les tirs de missiles nord-coréens ont amené les autorités japonaises à renforcer la défense antimissile.', set()),
        ('en', 'In response to North Korea’s missile tests, Japan decided to acquire counterstrike capabilities.', set()),
        ('fr', 'Le renforcement militaire de la Chine pousse le Japon à investir dans sa défense.', set()),
        ('en', 'The war in Ukraine changed Japanese thinking: Tokyo now sees its own security in Europe’s.', set()),
        ('fr', 'Face à l’agression russe, le Japon a décidé de renforcer ses capacités militaires.', set()),
    ],
    'regional-reaction': [
        ('en', 'Beijing has warned that NATO’s growing presence in Asia will destabilise the region.', set()),
        ('fr', 'Le risque d’erreur de calcul en mer de Chine orientale augmente avec chaque exercice naval.', set()),
        ('en', 'Grey-zone coercion around the Senkakus could intensify if NATO raises its profile in the region.', set()),
    ],
}


# traps still credited: escalation in the region with NATO named, and an attack with Albania named
KNOWN_LIMITS = {
    'regional-reaction': [
        ('en', 'Escalation on the Korean peninsula is a matter for Seoul and Washington, Japanese officials insist, and NATO has no role there.', set()),
    ],
    'cyber-precedent': [
        ('en', 'Albanian and Japanese diplomats discussed tourism and an attack on a ferry in the Adriatic.', set()),
    ],
}



def _addressed(cli, tmp_path: Path, language: str, passage: str) -> set[str]:
    text = (PRE_EN if language == "en" else PRE_FR) + passage + "\n"
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=True)["coverage"]
    assert coverage["in_scope"]
    return {item["criterion"] for item in coverage["criteria"] if item["addressed"]}


def _cases(table: dict, prefix: str) -> list:
    return [
        pytest.param(criterion, language, passage, also, id=f"{prefix}-{criterion}-{index}-{language}")
        for criterion, items in table.items()
        for index, (language, passage, also) in enumerate(items)
    ]


@pytest.mark.parametrize(("criterion", "language", "passage", "also"), _cases(TRAPS, "trap") + _cases(SECOND_TRAPS, "second-trap") + _cases(THIRD_TRAPS, "third-trap") + _cases(FOURTH_TRAPS, "fourth-trap"))
def test_a_trap_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert _addressed(cli, tmp_path, language, passage) == also, passage


@pytest.mark.parametrize(("criterion", "language", "passage", "also"), _cases(POSITIVES, "positive") + _cases(SECOND_POSITIVES, "second-positive") + _cases(THIRD_POSITIVES, "third-positive") + _cases(FOURTH_POSITIVES, "fourth-positive"))
def test_a_positive_in_similar_words_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert _addressed(cli, tmp_path, language, passage) == {criterion} | also, passage


@pytest.mark.xfail(strict=True, reason="a known limit: the trap is still credited (see the module's docstring)")
@pytest.mark.parametrize(("criterion", "language", "passage", "also"), _cases(KNOWN_LIMITS, "known-limit"))
def test_a_known_limit_is_still_credited(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert _addressed(cli, tmp_path, language, passage) == also, passage
