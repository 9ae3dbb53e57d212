"""NATO–Japan coverage and scope on texts written apart from the rules (round of 2026-12-04/05).

The probe was written from the framework's table of criteria, in words other than the
obvious keywords, and run before any rule was touched; the figures below are its first run.

* 60 paraphrases, six per criterion (three English, three French), each after three neutral
  sentences that name NATO and Japan: 48 were not counted.  By criterion: article-9 5 of 6,
  article-5-scope 6, cyber-precedent 4, threat-drivers 4, defense-spending 2,
  nuclear-sharing 5, regional-reaction 6, cooperation-areas 6, institutionalization 6,
  strategic-alignment 4.  (Examples: "the war-renouncing clause of Japan's basic law",
  "the treaty's one-for-all promise binds only those who signed it", "the annual live-fire
  network defence drill run from Estonia", « L'invasion de l'Ukraine a servi d'électrochoc
  au Japon », "43 trillion yen", "the country's non-nuclear principles", "Chinese diplomats
  have cautioned the alliance", "pool their surveillance of the sea lanes", « une antenne de
  l'OTAN à Tokyo », "the alliance's 2022 blueprint adopted in Madrid".)
* 20 near-misses, two per criterion (the topic named, the criterion not weighed): none
  counted, before or after.
* Three whole documents (an English policy brief, a French parliamentary report, an English
  op-ed), their criteria noted before the run: 3 of 30 verdicts wrong — the op-ed's
  nuclear sharing ("hosting American nuclear weapons as Germany and Italy do", "its nuclear
  umbrella") and its lede ("When NATO's leaders gather, a Japanese prime minister is now part
  of the picture") not counted; the report's « la guerre en Ukraine est suivie avec la plus
  grande attention à Pékin », which is the interconnection argument, counted as what drove
  Japan's shift.
* Scope: the six texts about NATO alone, Japan alone, or both in passing were all out; of
  six texts that name Japan indirectly, four were out — those that name it only by its
  adjective (« le gouvernement nippon », « les autorités japonaises », "Japanese forces").
  "Tokyo's government" and "the Kishida cabinet" were already in.  « L'archipel » alone is
  still not Japan (it is as often Åland or Svalbard in a NATO text).

After the fixes every probe above gives the verdict written here.

Held-out set, written after those fixes: two new paraphrases and one near-miss for each of
the five criteria whose miss is a warning (article-9, article-5-scope, cyber-precedent,
nuclear-sharing, regional-reaction), and a French think-tank note addressing six criteria.
First run: all 10 paraphrases missed (the 2015 security laws' "survival at stake",
« l'article pacifiste de la Constitution de l'archipel », "treaty-bound" NATO governments,
« le statut de partenaire », the Tallinn centre as a "hub" in "the Estonian capital", « sans
que l'Ukraine soit membre », a "German-style arrangement for American bombs", « une mise en
commun de l'arme nucléaire », "Chinese state media", « une surenchère militaire »); no
near-miss counted; the note judged right on all ten criteria.  The ten misses were then
fixed with general patterns and are pinned below with the rest.

Look-alikes written against the new patterns (18 sentences that reuse their words in
another sense: Russia's nuclear weapons in Belarus, "Chinese media covered the NATO
summit", "Japan is treaty-bound to consult the United States", "full members of the G7",
Japan's "Basic Law on Cybersecurity", "the UN's postwar charter", "NATO's representation
office in Kyiv", "Japan's annual threat assessment"…): 16 were counted, 15 by this round's
patterns and one ("the UN's postwar charter bans the use of force", with Japan in the
sentence) by an older one.  The patterns were narrowed (the weapons must be allied or the
soil Japan's, the treaty-bound must be denied, the media's reading must be hostile, the
office must be in Tokyo or Asia…) and the UN Charter excluded; none is counted now, and
every probe above still gives its verdict.

A second held-out set, written then for the five other criteria (threat-drivers,
defense-spending, cooperation-areas, institutionalization, strategic-alignment; two
paraphrases and one near-miss each): 2 of 10 paraphrases counted at first, no near-miss
counted.  Missed: a cause said with "owes more to" / « parce que » and the threat named
by its weapons, Japan's "defence outlays" set against NATO's yardstick "by 2027", patrols
against piracy and shared early warning, « la surveillance des espaces maritimes », « un
accord-cadre signé à Vilnius », Beijing reading a Russian victory "as a licence for
coercion", « ce qui se passe sur le Dniepr ».  Fixed; seven look-alikes written against
those fixes ("Japan's rearmament worries Beijing because…", "an EU–Japan framework
agreement", "what happens in Europe's car market", "acts of piracy", a 2027 yearbook…)
counted two at first, none now.

So, honestly: evidence patterns fitted to one set of paraphrases caught 0 of 10 and 2 of
10 of the next sets written in other words.  Every figure here is the first run of a set
written before looking at what it would match; the pinned expectations are the verdicts
after the fixes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_EN, OPENING_FR, addressed, coverage_of, criteria_addressed_by, criterion_cases
from test_nato_japan_coverage import CRITERIA  # the framework's ten criteria, in its order


# criterion -> list of (lang, passage) that address it
PARAPHRASES = {
    "article-9": [
        ("en", "Any pledge to send Japanese troops to defend a European ally would collide with the war-renouncing clause of Japan’s basic law."),
        ("en", "Because the country’s supreme law still bars it from using force abroad except in narrow situations of self-preservation, Tokyo can offer NATO solidarity but not soldiers."),
        ("en", "Japanese lawmakers would first have to revise the pacifist provisions written into the country’s founding document in 1947, and no government in Tokyo has managed that in seventy-five years."),
        ("fr", "Le Japon ne peut souscrire à une obligation d’assistance militaire : sa charte de 1947, qui bannit la guerre comme moyen de régler les différends, s’y oppose."),
        ("fr", "Les juristes de Tokyo rappellent que le texte constitutionnel nippon interdit toute participation automatique à un conflit extérieur."),
        ("fr", "Le renoncement à la belligérance, inscrit dans la loi suprême de l’archipel depuis l’après-guerre, borne ce que le Japon peut promettre à l’Alliance."),
    ],
    "article-5-scope": [
        ("en", "An attack on Japan would not oblige a single NATO capital to respond: the treaty’s one-for-all promise binds only those who signed it."),
        ("en", "Partnership gives Japan a seat at some tables but none of the security guarantees that come with full membership of NATO."),
        ("en", "Some in the Diet fear that each new agreement with NATO could entangle Japan in obligations to defend European allies that it never voted for."),
        ("fr", "Le Japon n’étant pas signataire du traité de Washington, une agression contre lui n’obligerait aucun Allié à intervenir."),
        ("fr", "Tokyo reste un partenaire : la promesse d’assistance réciproque qui lie les trente et un Alliés ne s’étend pas à lui."),
        ("fr", "Adhérer à l’OTAN n’est pas à l’ordre du jour pour le Japon, qui entend rester partenaire sans devenir membre."),
    ],
    "cyber-precedent": [
        ("en", "When Iranian-linked hackers crippled Tirana’s government servers in 2022, the allies sent experts and voiced solidarity without treating it as an armed attack — a template for how NATO could help Japan."),
        ("en", "Japanese officers already train alongside allied teams in the annual live-fire network defence drill run from Estonia."),
        ("en", "Kyiv’s experience shows that a country outside NATO can receive allied help defending its networks and sharing threat intelligence; Japan could follow that model."),
        ("fr", "Depuis 2022, le Japon siège comme participant contributeur au centre d’excellence de Tallinn consacré à la cyberdéfense coopérative."),
        ("fr", "Le précédent albanais est instructif : face au piratage attribué à Téhéran, l’Alliance a apporté son aide sans déclencher sa clause d’assistance mutuelle, et Tokyo pourrait en bénéficier de la même façon."),
        ("fr", "L’Ukraine, qui n’est pas membre, a bénéficié d’un appui allié pour protéger ses réseaux informatiques contre les attaques russes ; le Japon pourrait s’en inspirer."),
    ],
    "threat-drivers": [
        ("en", "It was Moscow’s assault on its neighbour, not any lobbying from Washington or Brussels, that convinced Tokyo to rethink its security policy."),
        ("en", "Pyongyang’s ballistic tests over Hokkaido and Beijing’s rapid naval expansion have done more to reshape Japanese defence thinking than any Western request."),
        ("en", "Japan is rearming because its neighbourhood has become more dangerous, with an assertive China and a nuclear-armed North Korea on its doorstep."),
        ("fr", "Ce sont les tirs de missiles nord-coréens au-dessus de l’archipel et la montée en puissance de l’armée chinoise qui ont poussé Tokyo à réviser sa doctrine."),
        ("fr", "L’invasion de l’Ukraine a servi d’électrochoc au Japon, qui a revu sa posture de défense de fond en comble."),
        ("fr", "Le virage japonais ne s’explique ni par des pressions occidentales ni par un retour de l’impérialisme, mais par un voisinage devenu menaçant."),
    ],
    "defense-spending": [
        ("en", "Tokyo intends to lift military outlays to roughly two percent of national output within five years."),
        ("en", "The strategy documents Kishida’s cabinet approved in the last weeks of 2022 call for some 43 trillion yen of military spending over five years."),
        ("en", "Japan’s defence budget is set to nearly double by fiscal 2027, bringing it close to the benchmark NATO asks of its own members."),
        ("fr", "Le Japon entend porter ses dépenses militaires à deux pour cent de sa richesse nationale d’ici 2027."),
        ("fr", "La nouvelle Stratégie de sécurité nationale adoptée par Tokyo fin 2022 prévoit un effort budgétaire sans précédent pour les forces d’autodéfense."),
        ("fr", "Avec 43 000 milliards de yens sur cinq ans, le Japon se dote de l’un des trois premiers budgets militaires au monde."),
    ],
    "nuclear-sharing": [
        ("en", "Hosting American atomic bombs on Japanese soil under a European-style arrangement would collide with the country’s non-nuclear principles."),
        ("en", "Rather than copying the arrangement under which Germany stores US warheads, Tokyo should deepen its consultations with Washington on the American nuclear umbrella."),
        ("en", "Former prime minister Abe’s call to debate stationing US nuclear weapons in Japan was quickly shelved by his successor."),
        ("fr", "Un partage de l’arme atomique à l’européenne est exclu pour Tokyo, attaché à ne pas posséder, fabriquer ni introduire d’armes nucléaires."),
        ("fr", "La dissuasion élargie américaine, et non le stationnement de bombes sur le sol nippon, reste la voie praticable pour le Japon."),
        ("fr", "Le Japon, seul pays à avoir subi le feu atomique, refuse d’accueillir des armes nucléaires alliées sur son territoire."),
    ],
    "regional-reaction": [
        ("en", "Beijing is likely to read any NATO office in Tokyo as proof of containment, and could answer with more coast guard incursions around the Senkakus."),
        ("en", "A visible allied footprint in East Asia risks provoking exactly the confrontation with China it is meant to deter."),
        ("en", "Chinese diplomats have repeatedly cautioned the alliance against stretching its reach into the Asia-Pacific."),
        ("fr", "Pékin a prévenu qu’il ne tolérerait pas que l’Alliance étende son influence jusqu’à ses portes."),
        ("fr", "Une présence atlantique en Asie pourrait susciter une riposte de Pyongyang et accroître le risque d’incident."),
        ("fr", "Il faut peser le risque qu’un rapprochement trop visible nourrisse la crispation chinoise et les manœuvres sous le seuil du conflit armé."),
    ],
    "cooperation-areas": [
        ("en", "The two sides could pool their surveillance of the sea lanes that link the Gulf to East Asia."),
        ("en", "Joint work on making their forces’ communications and logistics systems work together would pay off quickly."),
        ("en", "Exchanging threat assessments on Chinese and Russian activity would benefit both."),
        ("fr", "Les deux partenaires gagneraient à mutualiser leur surveillance des routes maritimes."),
        ("fr", "Les pistes les plus prometteuses concernent la protection des réseaux informatiques et la recherche sur les technologies militaires de pointe."),
        ("fr", "Un échange régulier d’analyses sur les menaces, et la lutte commune contre les campagnes de propagande étrangères, seraient utiles."),
    ],
    "institutionalization": [
        ("en", "Japan’s prime minister has now been a guest at three consecutive gatherings of allied leaders, from Madrid to Washington."),
        ("en", "Opening a small alliance contact office in Tokyo would give the relationship a permanent address."),
        ("en", "Tokyo should upgrade the NATO desk of its Brussels embassy into a full-fledged mission accredited to the alliance."),
        ("fr", "Le chef du gouvernement japonais a été convié aux trois derniers sommets de l’Alliance."),
        ("fr", "L’ouverture d’une antenne de l’OTAN à Tokyo donnerait à la relation une adresse permanente."),
        ("fr", "Un programme de coopération taillé sur mesure, signé en 2023, encadre désormais les travaux communs de l’OTAN et du Japon."),
    ],
    "strategic-alignment": [
        ("en", "What happens to Kyiv is watched closely in Beijing, and what happens in the Taiwan Strait matters to Europe: the two theatres cannot be separated."),
        ("en", "The alliance’s 2022 blueprint adopted in Madrid and Tokyo’s new strategy both name China as a challenge to the international order."),
        ("en", "Security in Europe and in East Asia is now a single, indivisible problem."),
        ("fr", "La sécurité de l’Europe et celle de l’Asie orientale sont désormais indissociables."),
        ("fr", "Le document de référence adopté par l’Alliance à Madrid en 2022 et la stratégie japonaise de décembre convergent sur l’essentiel."),
        ("fr", "Ce qui se joue en Ukraine aujourd’hui pourrait se jouer demain en mer de Chine."),
    ],
}

NEAR_MISSES = {
    "article-9": [
        ("en", "Japan’s constitution was adopted in 1947 and took effect in May of that year."),
        ("fr", "La Constitution japonaise a été promulguée en novembre 1946, sous l’occupation américaine."),
    ],
    "article-5-scope": [
        ("en", "NATO invoked its collective defence clause for the first time after the attacks of 11 September 2001."),
        ("fr", "L’article 5 de la loi de programmation militaire française fixe les effectifs des armées."),
    ],
    "cyber-precedent": [
        ("en", "Cyber threats are growing everywhere, and Japan is not immune."),
        ("fr", "Le Japon doit renforcer sa cybersécurité face à des attaques de plus en plus fréquentes."),
    ],
    "threat-drivers": [
        ("en", "North Korea launched another ballistic missile in March."),
        ("fr", "La Russie a envahi l’Ukraine en février 2022."),
    ],
    "defense-spending": [
        ("en", "NATO allies committed in 2014 to spend 2% of GDP on defence within a decade."),
        ("fr", "Les Alliés se sont engagés à consacrer 2 % de leur PIB à la défense."),
    ],
    "nuclear-sharing": [
        ("en", "Russia’s nuclear sabre-rattling over Ukraine alarmed European capitals."),
        ("fr", "La Chine accroît rapidement son arsenal nucléaire."),
    ],
    "regional-reaction": [
        ("en", "China is the largest trading partner of Japan."),
        ("fr", "La Chine modernise sa marine à un rythme soutenu."),
    ],
    "cooperation-areas": [
        ("en", "The two sides agreed to deepen cooperation in all areas."),
        ("fr", "Les deux parties ont convenu de renforcer leur coopération."),
    ],
    "institutionalization": [
        ("en", "Ties between NATO and Japan have never been stronger."),
        ("fr", "Les liens entre l’OTAN et le Japon se resserrent."),
    ],
    "strategic-alignment": [
        ("en", "Europe and Asia are both important markets for Japanese exports."),
        ("fr", "L’Europe et l’Asie sont reliées par de nouvelles routes commerciales."),
    ],
}


# English policy brief. Addresses (7): article-9, article-5-scope, threat-drivers,
# defense-spending, regional-reaction, cooperation-areas, institutionalization.
# Not: cyber-precedent, nuclear-sharing, strategic-alignment.
BRIEF_EN = """# Policy Brief: Putting NATO–Japan Ties on a Sound Footing

## Summary

Japan has become NATO's most engaged partner outside Europe. This brief argues that the relationship should be deepened, but in ways that respect what Japan can and cannot promise, and that weigh how the region will read it. It makes four recommendations for allied governments and for Tokyo.

## Why Japan has moved

Japan did not change course because Washington or Brussels asked it to. The shift was forced on it by its own neighbourhood. Pyongyang now tests missiles at a pace unseen a decade ago, several of them overflying Japanese territory, while the People's Liberation Army has grown into the largest navy in the world and probes the waters around the Senkaku Islands almost daily. Russia's war on Ukraine then showed Japanese planners that a nuclear-armed neighbour could try to redraw borders by force. Those three pressures, far more than any allied request, explain why Tokyo has rewritten its defence policy.

The money follows. Under the plans adopted in December 2022, Japan will spend about 43 trillion yen on its forces over five years and raise defence and related outlays to two per cent of gross domestic product by fiscal year 2027 — the same yardstick NATO applies to its own members.

## What Japan cannot offer

Enthusiasm in allied capitals should not outrun Japanese law. The country's constitution, drafted in 1946, renounces war as a sovereign right, and successive governments have read it as allowing force only when Japan's survival is threatened. Any arrangement that reads like an automatic promise to fight for a European ally would not survive a vote in the Diet, and it would hand opponents of closer ties their best argument.

The reverse also holds. Japan is a partner of NATO, not a member, and it has said it has no intention of applying. The alliance's mutual-defence guarantee does not reach it. Allied officials should say so plainly, because loose talk of "standing together" invites the suspicion, in Tokyo and in Europe, that partnership is membership by another name.

## Where cooperation pays

The most useful work is practical. First, maritime security: the Maritime Self-Defense Force and allied navies already operate together in the Gulf of Aden, and a shared picture of shipping in the Indian Ocean would help both. Second, interoperability of communications and logistics, so that Japanese and allied units can work side by side in disaster relief or evacuations. Third, exchanges of assessments on Russian and Chinese activity in the information space.

## Making it last

Since 2022 Japan's prime minister has attended NATO summits as a matter of course, and in 2023 the two sides agreed an Individually Tailored Partnership Programme listing the areas above. Those steps should be locked in. We recommend a standing annual dialogue at the level of foreign and defence ministers, and a NATO liaison office in Tokyo staffed by a handful of civilians, so that the relationship does not depend on the personal chemistry of whoever holds office.

## The risk of overreach

None of this is free of risk. Beijing already describes allied activity in the region as the first step towards an "Asian NATO", and North Korea's state media called the Secretary General's visit to Tokyo a provocation. A more visible allied presence could harden those views, prompt more coast guard pressure in disputed waters and raise the odds of an incident that neither side intends. The answer is not to retreat but to keep the partnership transparent, modest in form and clearly defensive.

## Recommendations

1. State openly that Japan is outside the alliance's collective-defence commitment.
2. Concentrate on sea lanes, interoperability and information exchange.
3. Give the relationship a permanent address in Tokyo.
4. Explain every step to regional audiences before Beijing explains it for us.
"""
BRIEF_EN_EXPECTED = {"article-9", "article-5-scope", "threat-drivers", "defense-spending", "regional-reaction", "cooperation-areas", "institutionalization"}

# French parliamentary report excerpt. Addresses (7): article-5-scope, cyber-precedent,
# defense-spending, nuclear-sharing, cooperation-areas, institutionalization, strategic-alignment.
# Not: article-9, threat-drivers, regional-reaction.
RAPPORT_FR = """Rapport d’information sur les partenariats de l’OTAN dans l’Indo-Pacifique

II. — LE JAPON, UN PARTENAIRE SANS ÉQUIVALENT

A. Un partenaire, non un Allié

Vos rapporteurs tiennent d’abord à dissiper une confusion fréquente. Le Japon n’est pas membre de l’OTAN et n’a jamais demandé à le devenir. La clause par laquelle les Alliés se promettent assistance en cas d’agression armée ne le couvre donc pas : une attaque contre l’archipel n’engagerait juridiquement aucun des trente et un États signataires du traité de Washington. Le Japon lui-même tient à cette distinction, qui lui laisse une liberté d’appréciation que n’ont pas les membres.

Cela n’a pas empêché les deux partenaires de donner à leur relation une forme de plus en plus structurée. Depuis 2022, le Premier ministre japonais est invité chaque année au sommet des chefs d’État et de gouvernement de l’Alliance. En juillet 2023, à Vilnius, l’OTAN et le Japon ont adopté un programme de partenariat individuel adapté, qui fixe pour quatre ans seize domaines de travail. Vos rapporteurs ont pu constater, lors de leur déplacement à Bruxelles, que la mission japonaise auprès de l’OTAN joue un rôle croissant dans la préparation de ces échanges.

B. Un effort de défense qui rapproche Tokyo des standards alliés

Le document stratégique adopté par le gouvernement japonais en décembre 2022 marque une rupture. Tokyo y annonce qu’il portera l’ensemble de ses dépenses de défense et des dépenses connexes à 2 % du PIB en 2027, soit le niveau attendu des Alliés eux-mêmes. Pour un pays qui s’était longtemps tenu à 1 %, l’effort est considérable.

Ce rapprochement s’inscrit dans une lecture commune de la sécurité internationale. Le concept stratégique adopté par l’OTAN à Madrid et la stratégie japonaise insistent l’un et l’autre sur le fait que ce qui se passe en Europe n’est pas sans conséquence en Asie, et inversement. Vos rapporteurs partagent ce constat : la guerre en Ukraine est suivie avec la plus grande attention à Pékin, et la stabilité du détroit de Taïwan concerne directement les intérêts européens.

C. La cyberdéfense, terrain d’une coopération déjà éprouvée

C’est dans le domaine numérique que la coopération est la plus concrète. Le Japon participe depuis novembre 2022 aux travaux du centre d’excellence de cyberdéfense coopérative de l’OTAN, à Tallinn, et ses équipes prennent part à l’exercice annuel Locked Shields. L’exemple de l’Albanie, en 2022, montre en outre que l’Alliance peut soutenir un pays visé par une attaque informatique sans que la clause de défense collective soit invoquée : c’est précisément le type de soutien qui pourrait bénéficier au Japon.

Vos rapporteurs recommandent que la France soutienne l’extension de cette coopération à la lutte contre la désinformation et au partage d’informations sur les menaces.

D. La question nucléaire

Certains responsables japonais ont évoqué, au lendemain de l’invasion de l’Ukraine, l’idée d’un partage nucléaire inspiré du modèle de l’OTAN. Le gouvernement l’a aussitôt écartée, au nom des trois principes non nucléaires. Vos rapporteurs considèrent que cette option n’a guère d’avenir et que le dialogue sur la dissuasion élargie, conduit avec Washington, demeure la voie réaliste.

Recommandation n° 4 : soutenir l’ouverture d’un bureau de liaison de l’OTAN à Tokyo.

Recommandation n° 5 : associer le Japon aux travaux de l’Alliance en matière de cyberdéfense et de lutte contre les manipulations de l’information.
"""
RAPPORT_FR_EXPECTED = {"article-5-scope", "cyber-precedent", "defense-spending", "nuclear-sharing", "cooperation-areas", "institutionalization", "strategic-alignment"}

# English op-ed. Addresses (6): article-9, threat-drivers, nuclear-sharing, regional-reaction,
# strategic-alignment, and institutionalization (its lede puts a Japanese prime minister at
# NATO's summits: decided before the first run). Not: article-5-scope, cyber-precedent,
# defense-spending, cooperation-areas.
OPED_EN = """Japan Should Walk Toward NATO, Not Run

When NATO's leaders gather each summer, a Japanese prime minister is now part of the picture. That would have been unthinkable a decade ago, and it reflects a real change in how Japan sees the world. But the enthusiasm on both sides needs a dose of realism, and three cautions are in order.

Start with why Tokyo has moved at all. Beijing likes to say that Japan is being dragged into a Western crusade, or that old militarist instincts are stirring. Neither is true. Japan's leaders changed course because of what they see from their own windows: North Korean missiles splashing into the sea off Aomori, Chinese carriers steaming past Okinawa, and, since February 2022, a Russia willing to invade a neighbour outright. Fear of its neighbours, not pressure from its friends, is driving Japanese policy.

Tokyo's leaders have also grasped something many Europeans took longer to accept: that a war in Europe and a crisis in the Taiwan Strait are not separate problems. If aggression pays off in Ukraine, it will be studied carefully in Beijing. Kishida put it bluntly: what is happening in Ukraine today could happen in East Asia tomorrow. That insight is the strongest argument for a closer NATO–Japan relationship, and it is right.

The first caution is legal. Japan's postwar charter commits the country to renounce war, and for seventy years its governments have interpreted that commitment narrowly. Recent reinterpretations allow Japan to help an ally under attack in limited circumstances, but they stop well short of the kind of open-ended military promise that European allies make to one another. Anyone in Brussels who imagines Japanese troops on the Baltic is not reading Japan's own law.

The second caution concerns the bomb. After Russia's invasion, the late Shinzo Abe suggested that Japan should discuss hosting American nuclear weapons as Germany and Italy do. The idea went nowhere, and rightly so. A country that suffered Hiroshima and Nagasaki, and that has pledged not to possess, produce or permit nuclear weapons on its soil, will not adopt Europe's model. The sensible path is a deeper conversation with Washington about how its nuclear umbrella covers Japan.

The third caution is about how all this looks from the other side of the East China Sea. Beijing has warned repeatedly against NATO "extending its reach" into Asia, and Pyongyang reacts to every joint exercise with missile launches of its own. A clumsy NATO presence could hand China a propaganda gift, push wavering Southeast Asian states towards it, and raise the danger that a routine encounter at sea spirals into something worse. Western officials who dismiss these reactions as mere rhetoric are making a mistake.

None of this means NATO and Japan should keep their distance. It means the relationship should grow at a pace that Japanese voters, Japanese law and Japan's neighbours can absorb. Prime ministers come and go in Tokyo, and public opinion there remains cautious about anything that looks like a military adventure far from home. The relationship will be judged by whether it makes Japan safer, not by the number of communiqués it produces. Walk, don't run.
"""
OPED_EN_EXPECTED = {"article-9", "threat-drivers", "nuclear-sharing", "regional-reaction", "strategic-alignment", "institutionalization"}

OUT_OF_SCOPE = {
    "nato-eastern-flank": """NATO Strengthens Its Eastern Flank

NATO defence ministers agreed on Thursday to raise the readiness of the battlegroups in Estonia, Latvia and Lithuania. The Alliance will also pre-position more equipment in Poland. Secretary General Stoltenberg said the measures were a direct response to Russia's war against Ukraine.

Allies also discussed air defence. Several members announced new orders of Patriot systems. The next NATO summit, in Vilnius, is expected to endorse new regional plans.
""",
    "japan-budget": """Japan's Defence Budget Reaches a Record

The Japanese government approved a record defence budget on Friday. Tokyo will buy Tomahawk cruise missiles from the United States and expand its stockpiles of ammunition. Prime Minister Kishida said the spending was needed because of North Korea's missile launches and China's military build-up.

The opposition criticised the plan to fund part of the increase through higher corporation tax. The budget must now pass the Diet.
""",
    "g7-list": """G7 Leaders Meet in Hiroshima

Leaders of the Group of Seven met in Hiroshima from 19 to 21 May 2023. They discussed the war in Ukraine, economic security and clean energy. Japan, as host, placed nuclear disarmament at the centre of the agenda.

President Zelensky attended in person. Leaders also welcomed the heads of the UN, the IMF, the World Bank and NATO's Secretary General as guests at one session. The next G7 summit will be held in Italy.
""",
    "otan-suede": """L’adhésion de la Suède à l’OTAN

La Suède est devenue le 32e membre de l’OTAN en mars 2024, après la ratification du protocole par la Hongrie. L’Alliance atlantique renforce ainsi sa position en mer Baltique. Stockholm apporte une industrie de défense de premier plan, du chasseur Gripen aux sous-marins.

Les exportateurs suédois, qui vendent aussi bien au Japon qu’aux États-Unis, comptent sur de nouveaux contrats. L’OTAN prévoit de nouveaux exercices dans le Grand Nord.
""",
    "us-japan-alliance": """The US–Japan Alliance at Seventy

The alliance between the United States and Japan has kept the peace in Northeast Asia for seven decades. Under the Security Treaty, American forces are stationed in Okinawa and elsewhere. Tokyo and Washington recently agreed to upgrade US Forces Japan into a joint force headquarters.

The Alliance faces new tests. China's coast guard is more active around the Senkakus, and North Korea continues to test missiles. Both governments say the Alliance has never been stronger.
""",
    "indo-pacific-partners-fr": """L’OTAN et ses partenaires de l’Indo-Pacifique

Lors du sommet de Madrid, l’OTAN a invité pour la première fois les dirigeants de l’Australie, du Japon, de la Nouvelle-Zélande et de la Corée du Sud. L’Alliance entend ainsi élargir son dialogue au-delà de la zone euro-atlantique.

La Corée du Sud a annoncé l’ouverture d’une mission auprès de l’OTAN. L’Australie et la Nouvelle-Zélande ont participé à des exercices navals. Les alliés européens restent toutefois concentrés sur la guerre en Ukraine.
""",
}

IN_SCOPE_INDIRECT = {
    "archipel-fr": """L’OTAN et l’archipel nippon

Le secrétaire général de l’OTAN s’est rendu dans l’archipel à la fin du mois de janvier. L’OTAN et le gouvernement nippon ont publié une déclaration commune à l’issue de la visite. L’Alliance salue le soutien de l’archipel à l’Ukraine.

Selon les diplomates de l’OTAN, les autorités de l’archipel souhaitent une coopération plus étroite. L’OTAN et les autorités nippones se retrouveront au prochain sommet.
""",
    "tokyos-government-en": """Tokyo's Government and NATO Draw Closer

NATO's Secretary General met Tokyo's government ministers on Tuesday. NATO officials said Tokyo's government had become one of its most reliable partners. The Japanese cabinet and NATO agreed to meet more often.

Both sides stressed their support for Ukraine. NATO and the Japanese foreign ministry will hold talks again in the spring.
""",
    "kishida-cabinet-en": """The Kishida Cabinet Looks to Brussels

The Kishida cabinet has made closer ties with NATO a priority. Officials of the Kishida government met NATO's deputy secretary general in Brussels. The Kishida administration and NATO both condemned Russia's war.

Critics in the Diet asked what NATO expects in return. The Kishida cabinet's spokesman said NATO had asked for nothing.
""",
    "gouvernement-nippon-fr": """Le gouvernement nippon et l’Alliance atlantique

Le gouvernement nippon a reçu mardi une délégation de l’OTAN. Les ministres nippons et les responsables de l’OTAN ont évoqué la situation en Ukraine. L’OTAN remercie le gouvernement nippon pour son aide humanitaire.

Les diplomates nippons souhaitent que l’OTAN et leur pays se consultent plus souvent. Aucune date n’a été fixée pour la prochaine rencontre.
""",
    "japanese-forces-en": """Japanese Forces Train with NATO

Japanese Self-Defense Force officers joined a NATO staff exercise in Norway for the first time. NATO commanders praised the Japanese contingent. Japanese ships will also join NATO's maritime group in the Mediterranean next year.

The Japanese defence ministry said the training was valuable. NATO has invited Japanese observers to two more exercises.
""",
    "autorites-japonaises-fr": """Les autorités japonaises se rapprochent de l’OTAN

Les autorités japonaises ont accueilli la semaine dernière le commandant suprême des forces alliées en Europe. Les diplomates japonais et l’OTAN ont évoqué la sécurité maritime. Les forces japonaises participeront à un exercice de l’OTAN en 2025.

Pour les responsables japonais, l’OTAN est un partenaire naturel. L’OTAN et les militaires japonais prévoient de nouveaux échanges.
""",
}


# Held-out set, written after the fixes of the round above.

HELD_OUT_PARAPHRASES = {
    "article-9": [
        ("en", "The 2015 security laws let Japanese forces defend an ally only when the nation’s own survival is at stake — a legal ceiling, drawn from the postwar settlement, that rules out automatic commitments to NATO."),
        ("fr", "Les gouvernements successifs ont toujours lu l’article pacifiste de la Constitution de l’archipel comme un interdit de toute guerre hors de ses frontières, ce qui ferme la porte à un engagement militaire envers l’OTAN."),
    ],
    "article-5-scope": [
        ("en", "No NATO government would be treaty-bound to send a single ship if the Senkakus came under attack; Japan’s security there rests on Washington alone."),
        ("fr", "Le statut de partenaire ne confère au Japon aucune des protections dont jouissent les membres de plein droit de l’Alliance."),
    ],
    "cyber-precedent": [
        ("en", "Japan has sent analysts to the allied cyber-defence hub in the Estonian capital since 2018, and its teams now compete in the hub’s yearly red-team contest."),
        ("fr", "L’appui informatique fourni par les Alliés à Kiev depuis 2022, sans que l’Ukraine soit membre, montre ce que l’OTAN pourrait offrir au Japon."),
    ],
    "nuclear-sharing": [
        ("en", "Tokyo has ruled out a German-style arrangement for American bombs and prefers regular talks with Washington on how US deterrence covers the home islands."),
        ("fr", "Le débat sur une mise en commun de l’arme nucléaire avec les Américains, lancé par Shinzo Abe, s’est heurté au refus du gouvernement japonais."),
    ],
    "regional-reaction": [
        ("en", "Every step NATO takes towards Tokyo will be portrayed in Chinese state media as the alliance creeping into Asia, and could harden Beijing’s stance in the East China Sea."),
        ("fr", "Pékin et Pyongyang ne manqueront pas de présenter ce rapprochement comme une menace, au risque d’une surenchère militaire dans la région."),
    ],
}

HELD_OUT_NEAR_MISSES = {
    "article-9": [("en", "Japan’s constitution has never been amended, unlike Germany’s Basic Law.")],
    "article-5-scope": [("en", "Article 5 of Japan’s Self-Defense Forces Act sets out the duties of the Ministry of Defense.")],
    "cyber-precedent": [("en", "Japan’s new active cyber defence law lets its agencies act before an attack on its networks.")],
    "nuclear-sharing": [("fr", "La Corée du Nord a procédé à son sixième essai nucléaire en 2017.")],
    "regional-reaction": [("en", "Chinese coast guard ships entered Japanese waters near the Senkakus thirty times last year.")],
}

# French think-tank note. Addresses (6): article-9, threat-drivers, defense-spending,
# regional-reaction, cooperation-areas, institutionalization.
# Not: article-5-scope, cyber-precedent, nuclear-sharing, strategic-alignment.
HELD_OUT_DOC = """Note d’analyse — Le Japon et l’OTAN : un rapprochement sous contraintes

Résumé. Le rapprochement entre le Japon et l’OTAN est réel, mais il avance sous des contraintes que les capitales européennes sous-estiment souvent. Cette note en examine trois : le droit japonais, la dynamique régionale et les moyens.

1. Un tournant dicté par l’environnement

Il serait faux de voir dans l’évolution japonaise le produit d’une demande américaine. Ce sont les essais balistiques à répétition de la Corée du Nord, dont plusieurs engins ont survolé Hokkaidō, et la pression constante de la marine chinoise autour des îles Senkaku qui ont convaincu Tokyo de durcir sa posture. La guerre déclenchée par Moscou en février 2022 a achevé de dissiper les illusions : un voisin doté de l’arme nucléaire pouvait envahir un pays souverain.

Les moyens suivent. Le gouvernement japonais a décidé de porter l’ensemble de ses dépenses de défense à 2 % du PIB à l’horizon 2027, soit un quasi-doublement en cinq ans.

2. Le verrou juridique

La Constitution de 1947 demeure le premier obstacle. Son article 9, par lequel le peuple japonais renonce à la guerre, n’a jamais été révisé ; les réinterprétations successives autorisent tout au plus une autodéfense collective strictement bornée. Aucun gouvernement japonais ne pourrait donc promettre une participation automatique à un conflit européen.

3. Les terrains de coopération

La coopération gagnerait à se concentrer sur quelques domaines concrets : la sécurité maritime, où les marines alliées et japonaise patrouillent déjà ensemble dans le golfe d’Aden, et la lutte contre la désinformation. Elle devrait aussi gagner en régularité : le Premier ministre japonais participe désormais aux sommets de l’Alliance, et la perspective d’un bureau de liaison à Tokyo mérite d’être soutenue.

4. Le risque d’une surréaction régionale

Reste la question de la perception. Pékin dénonce déjà une « OTAN asiatique » en gestation, et la Corée du Nord répond à chaque manœuvre conjointe par de nouveaux tirs. Une présence alliée trop visible pourrait alimenter une spirale de méfiance et multiplier les incidents en mer de Chine orientale. D’où la nécessité d’une communication prudente, qui présente le partenariat pour ce qu’il est : défensif et limité.

Conclusion. Le Japon et l’OTAN ont intérêt à se rapprocher, mais à un rythme compatible avec le droit japonais et avec la stabilité régionale. Les Européens doivent l’entendre.
"""
HELD_OUT_DOC_EXPECTED = {"article-9", "threat-drivers", "defense-spending", "regional-reaction", "cooperation-areas", "institutionalization"}


# Look-alikes written against the new patterns: none may be counted.

LOOK_ALIKES = {
    "nuclear-sharing": [
        ("en", "Japan protested when Russia began deploying tactical nuclear weapons in Belarus."),
        ("fr", "Le Japon s’inquiète du déploiement d’ogives nucléaires chinoises supplémentaires."),
    ],
    "regional-reaction": [
        ("en", "Chinese media covered the NATO summit in Vilnius, where Japan’s prime minister spoke."),
        ("en", "China’s confrontation with the Philippines could worsen, allied officials in Tokyo fear."),
        ("en", "Chinese state media called the NATO summit a success for Europe."),
    ],
    "threat-drivers": [
        ("en", "Russia’s war changed Europe’s energy market, and Japan’s imports of gas rose."),
    ],
    "article-5-scope": [
        ("en", "NATO’s guarantees to its members were reaffirmed at the summit that Japan attended."),
        ("en", "Japan is treaty-bound to consult the United States on bases, NATO officials note."),
        ("en", "Japan and Italy are full members of the G7, which NATO’s Secretary General addressed."),
    ],
    "article-9": [
        ("en", "Japan’s Basic Law on Cybersecurity limits what its agencies may do."),
        ("fr", "Le Japon a révisé sa loi fondamentale sur l’éducation en 2006, sans toucher à l’armée."),
        ("en", "The founding document of the Quad says nothing about military obligations, Japan notes."),
        ("en", "The UN’s postwar charter bans the use of force, a principle Japan champions."),
    ],
    "cooperation-areas": [
        ("en", "Japan’s computer networks were hit by hackers last year."),
        ("en", "Japan’s annual threat assessment names China first."),
    ],
    "strategic-alignment": [
        ("en", "Japanese officials said the war in Ukraine is watched closely in Beijing for its effect on energy prices."),
    ],
    "cyber-precedent": [
        ("en", "Estonia’s cyber academy trains Japanese students in programming, with allied funding."),
    ],
    "institutionalization": [
        ("en", "NATO’s representation office in Kyiv was reinforced this year."),
    ],
}


# Second held-out set (the other five criteria) and look-alikes written against its fixes.

SECOND_HELD_OUT_PARAPHRASES = {
    "threat-drivers": [
        ("en", "Tokyo’s change of course owes more to the missiles landing in its exclusive economic zone and to Chinese warships off Okinawa than to any request from its allies."),
        ("fr", "Si le Japon réarme, c’est d’abord parce que Pékin, Pyongyang et Moscou ont rendu son environnement stratégique plus dangereux que jamais."),
    ],
    "defense-spending": [
        ("en", "By 2027 Japan’s annual defence outlays should match the share of economic output that NATO asks of its own members."),
        ("fr", "Le budget de la défense japonais doit quasiment doubler d’ici 2027 pour atteindre la norme fixée aux Alliés."),
    ],
    "cooperation-areas": [
        ("en", "The two should start with the practical: joint patrols against piracy, shared early warning of missile launches, and common work on space situational awareness."),
        ("fr", "La coopération la plus utile porterait sur la surveillance des espaces maritimes et la résilience face aux attaques informatiques."),
    ],
    "institutionalization": [
        ("en", "Since 2022 the Japanese premier has had a standing invitation to the alliance’s annual leaders’ meeting."),
        ("fr", "Un accord-cadre signé à Vilnius fixe désormais pour quatre ans le programme de travail commun de l’OTAN et du Japon."),
    ],
    "strategic-alignment": [
        ("en", "A Russian victory in Ukraine would be read in Beijing as a licence for coercion across the Taiwan Strait; Europe’s security and Asia’s are bound together."),
        ("fr", "Ce qui se passe sur le Dniepr n’est pas sans conséquence sur le détroit de Taïwan, et réciproquement."),
    ],
}

SECOND_HELD_OUT_NEAR_MISSES = {
    "threat-drivers": [("en", "China launched its third aircraft carrier in 2022.")],
    "defense-spending": [("en", "Germany pledged to reach 2 % of GDP on defence by 2024.")],
    "cooperation-areas": [("fr", "Les deux parties ont salué la qualité de leur dialogue.")],
    "institutionalization": [("en", "NATO’s Secretary General praised Japan’s support for Ukraine.")],
    "strategic-alignment": [("fr", "L’Europe et l’Asie entretiennent des échanges commerciaux importants.")],
}

SECOND_LOOK_ALIKES = {
    "threat-drivers": [
        ("en", "Japan’s rearmament worries Beijing because it revives memories of the war."),
        ("fr", "Le virage du Japon vers les énergies renouvelables s’explique par la hausse du prix du gaz russe."),
    ],
    "institutionalization": [("en", "The EU and Japan signed a framework agreement on trade.")],
    "strategic-alignment": [
        ("en", "What happens in Europe’s car market affects Asian exporters."),
        ("fr", "Ce qui se passe en Europe intéresse les touristes venus d’Asie."),
    ],
    "defense-spending": [("en", "Japan’s defence budget was first published in English in 2027’s edition of the yearbook, NATO’s library notes.")],
    "cooperation-areas": [("en", "Crews from twenty countries have been taken hostage in acts of piracy.")],
}




def test_the_neutral_openings_are_in_scope_and_address_nothing(cli, tmp_path: Path) -> None:
    for opening in (OPENING_EN, OPENING_FR):
        coverage = coverage_of(cli, tmp_path, opening)
        assert coverage["in_scope"]
        assert addressed(coverage) == set()


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(PARAPHRASES, "round") + criterion_cases(HELD_OUT_PARAPHRASES, "held-out") + criterion_cases(SECOND_HELD_OUT_PARAPHRASES, "held-out-2"))
def test_a_paraphrase_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(NEAR_MISSES, "round") + criterion_cases(HELD_OUT_NEAR_MISSES, "held-out") + criterion_cases(LOOK_ALIKES, "look-alike") + criterion_cases(SECOND_HELD_OUT_NEAR_MISSES, "held-out-2") + criterion_cases(SECOND_LOOK_ALIKES, "look-alike-2"))
def test_a_near_miss_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion not in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BRIEF_EN, BRIEF_EN_EXPECTED, id="policy-brief-en"),
        pytest.param(RAPPORT_FR, RAPPORT_FR_EXPECTED, id="rapport-fr"),
        pytest.param(OPED_EN, OPED_EN_EXPECTED, id="op-ed-en"),
        pytest.param(HELD_OUT_DOC, HELD_OUT_DOC_EXPECTED, id="held-out-note-fr"),
    ],
)
def test_a_whole_document_is_judged_criterion_by_criterion(cli, tmp_path: Path, text: str, expected: set[str]) -> None:
    coverage = coverage_of(cli, tmp_path, text)
    assert coverage["in_scope"]
    assert addressed(coverage) == expected
    assert {item["criterion"] for item in coverage["criteria"] if not item["addressed"]} == set(CRITERIA) - expected


@pytest.mark.parametrize("name", sorted(OUT_OF_SCOPE))
def test_a_text_about_nato_or_japan_alone_is_out_of_scope(cli, tmp_path: Path, name: str) -> None:
    coverage = coverage_of(cli, tmp_path, OUT_OF_SCOPE[name])
    assert not coverage["in_scope"]
    assert coverage["criteria"] == []


@pytest.mark.parametrize("name", sorted(IN_SCOPE_INDIRECT))
def test_a_text_that_names_japan_indirectly_is_in_scope(cli, tmp_path: Path, name: str) -> None:
    coverage = coverage_of(cli, tmp_path, IN_SCOPE_INDIRECT[name])
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"]] == CRITERIA
