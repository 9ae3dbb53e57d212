"""Whole texts written for the pack — briefs, reports, op-eds, speeches, communiqués, press releases, in English and French — each judged as a whole.

They are its end-to-end tests: whether a text is in scope, which criteria it addresses and which it does
not, and every claim and wording finding at its line; wrong claims woven among true ones are found once
each, and correct official texts raise none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import NATO_JAPAN_CRITERIA, addressed, check_report, claim_findings, coverage_of


# --- judged criterion by criterion --------------------------------------------------------------

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
# NATO's summits). Not: article-5-scope, cyber-precedent,
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

# French think-tank note. Addresses (6): article-9, threat-drivers, defense-spending,
# regional-reaction, cooperation-areas, institutionalization.
# Not: article-5-scope, cyber-precedent, nuclear-sharing, strategic-alignment.
THINK_TANK_NOTE_FR = """Note d’analyse — Le Japon et l’OTAN : un rapprochement sous contraintes

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
THINK_TANK_NOTE_FR_EXPECTED = {"article-9", "threat-drivers", "defense-spending", "regional-reaction", "cooperation-areas", "institutionalization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(BRIEF_EN, BRIEF_EN_EXPECTED, id="policy-brief-en"),
        pytest.param(RAPPORT_FR, RAPPORT_FR_EXPECTED, id="rapport-fr"),
        pytest.param(OPED_EN, OPED_EN_EXPECTED, id="op-ed-en"),
        pytest.param(THINK_TANK_NOTE_FR, THINK_TANK_NOTE_FR_EXPECTED, id="think-tank-note-fr"),
    ],
)
def test_a_whole_document_is_judged_criterion_by_criterion(cli, tmp_path: Path, text: str, expected: set[str]) -> None:
    coverage = coverage_of(cli, tmp_path, text)
    assert coverage["in_scope"]
    assert addressed(coverage) == expected
    assert {item["criterion"] for item in coverage["criteria"] if not item["addressed"]} == set(NATO_JAPAN_CRITERIA) - expected


# What the framework says does not count, one case per criterion, in one in-scope text.
NOT_COUNTED = (
    "# NATO and Japan: a note\n\n"
    "NATO and Japan have met often. NATO and Japan share values. NATO and Japan want to deepen cooperation and build stronger ties.\n\n"
    "Article 9 of the North Atlantic Treaty establishes the North Atlantic Council, where Allies take decisions.\n\n"
    "Article V of the U.S.-Japan Security Treaty commits Washington to defend territories under Japanese administration.\n\n"
    "Cyber threats are growing for everyone, and NATO and Japan both care about cyber.\n\n"
    "Allies agreed in 2014 that each should spend 2% of GDP on defence.\n\n"
    "Russia has repeatedly made nuclear threats against Ukraine's supporters.\n\n"
    "China is a threat to the rules-based order.\n\n"
    "Russia invaded Ukraine in 2022. North Korea fired missiles. China builds ships.\n"
)


def test_what_the_framework_does_not_count_addresses_nothing(cli, tmp_path: Path) -> None:
    coverage = coverage_of(cli, tmp_path, NOT_COUNTED, quiet=False)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if item["addressed"]] == []


# --- judged criterion by criterion, and with no wrong claim --------------------------------------

OP_ED = """# Why Tokyo and Brussels need each other

When Fumio Kishida became the first Japanese leader to attend a NATO summit, in Madrid in June 2022, he captured a shift that Moscow's war had accelerated. Japan is, of course, not a member of the Alliance, and it has no intention of becoming one.

Still, the relationship has matured. Tokyo now sends a delegation to NATO's cyber centre in Estonia, and Japanese officers observed Locked Shields. The Individually Tailored Partnership Programme adopted at Vilnius lists sixteen areas for joint work.

Some in Washington argue that Japan should eventually sign the Washington Treaty. That would be a mistake: Japan's constitution forbids the use of force to settle international disputes, and membership would import obligations Tokyo could not honour.

A NATO office in Tokyo, floated in 2023, stalled after Paris objected. Beijing called the idea proof that the Alliance wants to become a global military bloc.

For Europeans, the lesson of Ukraine is that deterrence must be credible everywhere. For Japan, the lesson is that Article 5 cannot be relied on: it has been invoked only once, after 9/11, and Japan would not be covered anyway.

Tokyo will spend 2% of GDP on defence by 2027, a target first set out in the 2022 National Security Strategy.
"""

NOTE = """# Note diplomatique — Japon–OTAN

Le rapprochement entre Tokyo et l'Alliance atlantique s'inscrit dans un contexte de dégradation sécuritaire en Asie du Nord-Est. La Corée du Nord multiplie les essais balistiques, la Chine accroît sa pression autour de Taïwan et la Russie mène depuis 2022 une guerre de haute intensité en Ukraine ; ces évolutions ont conduit Tokyo à adopter en décembre 2022 une nouvelle stratégie de sécurité nationale.

Il convient de rappeler que le Japon, partenaire mondial de l'OTAN, n'est pas couvert par l'article 5 du traité de l'Atlantique Nord. Sa Constitution, dont l'article 9 proscrit le recours à la guerre, exclut par ailleurs toute obligation d'assistance automatique.

Le Japon a rejoint le centre d'excellence de cyberdéfense de Tallinn en 2022. L'attaque informatique contre l'Albanie, imputée à l'Iran, a montré que l'OTAN pouvait soutenir un Allié sans invoquer l'article 5.

Le programme GCAP, conduit avec le Royaume-Uni et l'Italie, illustre l'approfondissement des coopérations industrielles.

Pékin voit dans ce rapprochement l'embryon d'une « OTAN asiatique » ; le risque d'une escalade involontaire ne doit pas être sous-estimé.

Tokyo pourrait à terme rejoindre l'OTAN si la situation sécuritaire se dégrade encore.

Le partage nucléaire à l'européenne, évoqué par l'ancien Premier ministre Abe, a été écarté par le gouvernement Kishida au nom des trois principes non nucléaires.
"""


@pytest.mark.parametrize(
    ("text", "not_addressed"),
    [(OP_ED, ["nuclear-sharing", "strategic-alignment"]), (NOTE, ["institutionalization", "strategic-alignment"])],
)
def test_whole_texts_are_judged_criterion_by_criterion(cli, tmp_path: Path, text: str, not_addressed: list[str]) -> None:
    coverage = coverage_of(cli, tmp_path, text, quiet=False)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == not_addressed


@pytest.mark.parametrize("text", [OP_ED, NOTE])
def test_whole_texts_with_only_true_or_guarded_claims_raise_none(cli, tmp_path: Path, text: str) -> None:
    assert claim_findings(cli, tmp_path, text) == []


IP4_BRIEF = """# Policy Brief: NATO's Indo-Pacific Partners After Washington

## Summary

- The Alliance's four Indo-Pacific partners (Australia, Japan, New Zealand and South Korea) attended their third consecutive summit in Washington in July 2024.
- Japan's security reforms, launched with the December 2022 strategy documents, make Tokyo the most capable of the four.
- Recommendations: a standing NATO–IP4 consultation format, joint work on defence industrial supply chains, and counter-disinformation.

## Background

Under Article 5 of the U.S.–Japan Security Treaty, Washington is committed to defending territories under Japanese administration, including the Senkakus. This bilateral guarantee, not NATO, anchors Japan's deterrence.

The North Atlantic Treaty's Article 5 applies only to Allies. Article 9, by contrast, is often cited in Tokyo as the reason Japan cannot go further.

"We are not seeking membership," a senior Japanese diplomat told us in Brussels.

## Risks

China's foreign ministry has warned that NATO's "eastward expansion into the Asia-Pacific" would be met with "resolute countermeasures". North Korea, for its part, denounced the IP4's summit attendance as a step towards an "Asian NATO".

## Recommendations

1. Create a NATO–IP4 council that meets at ministerial level twice a year.
2. Expand the ITPP to include defence-industrial cooperation.
3. Invite Japan to observe the Steadfast Noon nuclear exercise.
"""


def test_a_brief_on_natos_indo_pacific_partners_is_in_scope(cli, tmp_path: Path) -> None:
    coverage = coverage_of(cli, tmp_path, IP4_BRIEF, quiet=False)
    assert coverage["in_scope"]
    # "the December 2022 strategy documents" are Japan's NSS and its two companions: they count
    # for defense-spending, as the framework's "NSS of December 2022".
    assert [item["criterion"] for item in coverage["criteria"] if item["addressed"]] == [
        "article-5-scope",
        "defense-spending",
        "nuclear-sharing",
        "regional-reaction",
        "cooperation-areas",
        "institutionalization",
    ]


REPORT_FR = """# Rapport d'information — Le partenariat entre l'OTAN et le Japon

## I. Un rapprochement accéléré

Depuis l'invasion de l'Ukraine par la Russie, Tokyo considère que la sécurité de l'Europe et celle de l'Asie sont indissociables. M. Kishida l'a résumé ainsi : « l'Ukraine d'aujourd'hui pourrait être l'Asie de l'Est de demain ». Cette lecture explique la participation du Premier ministre japonais aux sommets de l'OTAN de Madrid (2022), Vilnius (2023) et Washington (2024).

Le Japon a par ailleurs engagé une transformation profonde de sa politique de défense. Les trois documents stratégiques adoptés en décembre 2022 prévoient de porter l'effort de défense à 2 % du PIB à l'horizon 2027, un niveau comparable à la cible fixée aux Alliés.

## II. Des coopérations concrètes

Le programme de partenariat individualisé (ITPP) conclu en juillet 2023 identifie seize domaines de coopération, parmi lesquels la cyberdéfense, la sécurité maritime, les technologies émergentes et la lutte contre la désinformation. Le Japon participe depuis 2022 aux travaux du centre d'excellence de cyberdéfense de Tallinn.

## III. Des limites à ne pas sous-estimer

La Constitution japonaise, et singulièrement son article 9, interdit tout engagement militaire automatique. Le Japon n'étant pas membre de l'Alliance, il ne bénéficie pas de la garantie de l'article 5 du traité de Washington.

La Chine dénonce une « OTAN asiatique » et pourrait durcir sa posture dans le détroit de Taïwan. La question du partage nucléaire, évoquée après 2022 par certains responsables japonais, a été écartée par le gouvernement au nom des trois principes non nucléaires.

Enfin, le précédent albanais de 2022 montre que l'OTAN peut soutenir un pays victime d'une cyberattaque d'ampleur sans activer l'article 5.
"""


def test_a_french_parliamentary_report_addresses_every_criterion_and_asserts_nothing_wrong(cli, tmp_path: Path) -> None:
    coverage = coverage_of(cli, tmp_path, REPORT_FR, quiet=False)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    assert claim_findings(cli, tmp_path, REPORT_FR) == []


JOINT_STATEMENT = """# Joint Statement on the NATO–Japan Partnership

NATO and Japan reaffirm that the security of the Euro-Atlantic and the Indo-Pacific is closely connected. Japan's new security policy, set out in its December 2022 strategy documents, responds to the most severe and complex security environment since the end of the Second World War, shaped by China's growing military activities, North Korea's nuclear and missile programmes, and Russia's aggression against Ukraine.

Japan and NATO will strengthen practical cooperation through the Individually Tailored Partnership Programme, including on cyber defence, strategic communications, space, and the protection of critical infrastructure. Japan's participation in the NATO Cooperative Cyber Defence Centre of Excellence and in exercises such as Cyber Coalition contributes to this work.

Japan remains committed to its exclusively defence-oriented policy and to the three non-nuclear principles, and reaffirms that its Constitution does not permit it to assume collective defence obligations towards Allies. As a partner, Japan does not benefit from NATO's collective defence commitment under Article 5 of the Washington Treaty.

NATO and Japan note with concern the People's Republic of China's statements opposing closer NATO–Japan ties, and will work to avoid misunderstanding and miscalculation.

Japan will increase its defence budget to reach 2 per cent of GDP in fiscal year 2027, including complementary initiatives.
"""


def test_a_joint_statement_addresses_every_criterion(cli, tmp_path: Path) -> None:
    # It named Japan's constitution only as "its Constitution", and the doctrine Article 9
    # gives Japan ("exclusively defence-oriented policy"): article-9 was not counted at first.
    coverage = coverage_of(cli, tmp_path, JOINT_STATEMENT, quiet=False)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    assert claim_findings(cli, tmp_path, JOINT_STATEMENT) == []


# --- judged criterion by criterion, and every wrong claim at its line -----------------------------

SPEECH_FR = """# Discours du ministre des Armées — colloque « Europe et Indo-Pacifique : une sécurité indivisible »

Mesdames et Messieurs les ambassadeurs, mesdames et messieurs,

Permettez-moi d’abord de saluer la délégation japonaise. Il y a trois ans encore, qui aurait imaginé qu’un Premier ministre japonais prendrait place, aux côtés des chefs d’État et de gouvernement de l’OTAN, aux sommets de Madrid puis de Vilnius ? C’est pourtant ce que nous avons vu, et ce n’est pas un hasard : ce qui se joue aujourd’hui en Ukraine se jouera peut-être demain en mer de Chine. La sécurité de l’Atlantique Nord et celle de l’Indo-Pacifique ne se séparent plus.

Le Japon a tiré les leçons de l’agression russe, des tirs balistiques répétés de Pyongyang et du renforcement militaire chinois. C’est pour cela, et non sous la pression de ses partenaires occidentaux, que Tokyo a adopté en décembre 2022 une nouvelle stratégie de sécurité nationale et décidé de consacrer deux pour cent de sa richesse nationale à sa défense d’ici l’exercice 2027.

Je veux être clair sur un point. Le Japon ne demande pas à bénéficier de notre clause de défense collective, et l’Alliance ne le lui propose pas. Sa loi fondamentale, qui proscrit le recours à la guerre, ne le lui permettrait d’ailleurs pas. Rappelons aussi que notre article 5, activé à deux reprises depuis 1949, n’a rien d’un automatisme.

Il existe pourtant des voies de coopération qui n’engagent pas la défense collective. Lorsque l’Albanie a été frappée en 2022 par des pirates liés à Téhéran, les Alliés lui ont porté assistance sans que l’article 5 soit mis en jeu. Le Japon, de son côté, contribue depuis 2022 aux travaux du centre estonien de cyberdéfense de l’OTAN.

Quant à l’idée, parfois avancée à Tokyo, d’un partage des armes nucléaires sur le modèle européen, le gouvernement japonais l’a écartée, fidèle à ses principes non nucléaires ; c’est par le dialogue sur la dissuasion élargie que nous avancerons.

Je n’ignore pas que Pékin dénonce l’extension de l’OTAN vers l’Asie et que chaque exercice conjoint y est guetté comme une provocation. Nous devons donc agir avec discernement, pour ne pas nourrir un engrenage dont personne ne maîtriserait l’issue.

Concrètement, je propose trois chantiers : la sûreté des routes maritimes, la résilience face aux menaces hybrides et l’échange de renseignements entre nos états-majors. Le programme de partenariat conclu à Vilnius doit devenir un cadre vivant, avec un point de contact permanent à Tokyo.

Membre de plein droit de notre Alliance depuis le sommet de Vilnius, le Japon mérite que nous lui parlions en égal.

Je vous remercie.
"""

COMMENTARY_EN = """# Commentary: Tokyo's NATO moment should not become a membership debate

*Indo-Pacific Program — 12 March 2025*

Three years after Russia's full-scale invasion of Ukraine, Japan's relationship with NATO has moved from courtesy calls to substance. The reasons are local. Tokyo's rearmament answers its own neighbourhood — Chinese carriers off the Ryukyus, North Korean missiles over Hokkaido, Russian bombers skirting its airspace — rather than Washington's prodding.

The numbers are real. Under the strategy documents of December 2022, Japan's defence outlays are set to reach one and a half per cent of GDP by fiscal 2027, with counter-strike missiles and stockpiles at the top of the list.

None of this makes Japan an ally in the treaty sense. Tokyo sits outside the Washington Treaty's mutual-defence guarantee, and rightly so: the self-imposed limits of its postwar constitution on the use of force would make any automatic pledge hollow.

The precedent worth studying is not Article 5 but Albania. When Iranian state hackers knocked Tirana's e-government services offline in 2022, Allies sent incident-response teams and nobody reached for the collective-defence clause. Japanese officers now train alongside Allied experts at the Tallinn cyber centre; that is the model.

Nor should anyone revive the idea of stationing American warheads on Japanese soil under a NATO-style arrangement: Kishida buried it in February 2022. The better path is to deepen the U.S.–Japan dialogue on extended deterrence and let NATO share what it has learned from four decades of nuclear consultation.

Beijing will cast every joint exercise as encirclement, and Pyongyang will answer with launches. The risk is less a war than a spiral of misread signals in the East China Sea.

What should the two sides do? Share information on hybrid operations, build maritime domain awareness together, and give Japan's new mission to NATO in Brussels the staff it needs. The Alliance adopted its current Strategic Concept at the Vilnius summit in 2023, the first to call China a systemic challenge; Japan's 2022 strategy reads the same map.
"""


BRIEFING_EN = """\
# Briefing for the Defence Committee: Japan and NATO

*Prepared by the Committee staff for the evidence session of 14 May 2025.*

## Summary

Members asked for a short account of where the NATO–Japan relationship stands ahead of the next summit. This note sets out the main developments, the constraints on both sides, and questions the Committee may wish to put to Ministers.

## 1. How the relationship has changed

Japan has worked with NATO since the early 1990s, but the relationship only acquired real weight after February 2022. Japanese officials are candid about why: the war in Ukraine, Beijing's rapid naval expansion and the near-monthly ballistic tests from Pyongyang persuaded the Japanese government that its neighbourhood had become more dangerous than at any time since 1945. It was these pressures, rather than any lobbying from Washington or Brussels, that produced the three strategy documents Tokyo published in December 2022.

Those documents commit Japan to lift defence and related outlays to two per cent of national output within five years. Officials told the Committee's staff that the goal includes coast-guard and research spending, so it should not be read as a simple doubling of the defence ministry's budget.

## 2. What NATO can and cannot offer

Members should be clear that Tokyo falls outside the Alliance's mutual-assistance pledge: the North Atlantic Treaty's guarantee extends only to the states that have signed it. Japan could not offer such a pledge in return either, since its 1947 constitution renounces war and the threat of force as a means of settling disputes.

Cyber is where the two sides have found room to act without touching the treaty's core. When Albania's public services were knocked offline in the summer of 2022, Allies sent incident-response teams without treating the intrusion as an armed attack on an Ally. Japan contributes analysts to the Cooperative Cyber Defence Centre of Excellence in Helsinki, which it joined as a contributing participant in 2022, and takes part in the Centre's annual Locked Shields exercise.

## 3. Nuclear questions

After Russia's nuclear threats in 2022, the late former Prime Minister Abe suggested that Japan should discuss hosting US weapons on the European model. The government declined at the time, citing the three non-nuclear principles, and Japan and the United States instead hold a regular dialogue on extended deterrence. That position has since shifted: in 2024 Tokyo agreed in principle to a NATO-style sharing arrangement, with the first certification flights planned for 2026.

## 4. Risks

China's foreign ministry has repeatedly warned against "bringing bloc confrontation into the Asia-Pacific", and North Korea has described NATO's Asian partnerships as preparation for war. Officials judge the greater danger to be an incident at sea or in the air that neither side intended.

## 5. The institutional track

Japan's prime minister has attended every NATO summit since Madrid in 2022, and the two sides agreed an Individually Tailored Partnership Programme in July 2023. A proposal to open a NATO liaison office in Tokyo was shelved after France objected. Secretary General Stoltenberg, who first raised the office idea during his visit to Tokyo in June 2023, has said he still regrets the decision.

## 6. The strategic picture

NATO's 2022 Strategic Concept and Japan's new strategy both treat the security of Europe and that of East Asia as linked; Mr Kishida's warning that "Ukraine today may be East Asia tomorrow" is widely quoted in Brussels.

## Questions for Ministers

- How will the UK support NATO–Japan work on maritime awareness, space and defence-industrial supply chains?
- Does the Government expect Japan to seek a formal status beyond partnership?
"""

SENAT_NOTE_FR = """\
# Note de la commission des affaires étrangères, de la défense et des forces armées

## Objet : le partenariat entre l'OTAN et le Japon, trois ans après Madrid

La présente note, établie à l'intention des membres de la commission, fait le point sur l'évolution des relations entre l'Alliance atlantique et le Japon depuis 2022 et sur les questions qu'elles posent à la France.

### 1. Un rapprochement dicté par l'environnement régional

Le tournant japonais n'est pas le fruit d'une pression occidentale. Il procède d'un constat dressé à Tokyo : la guerre menée par la Russie en Ukraine, la montée en puissance de la marine chinoise et les essais balistiques à répétition de Pyongyang ont convaincu le gouvernement japonais que son voisinage n'avait jamais été aussi dangereux depuis 1945. D'où les trois documents stratégiques de décembre 2022, qui prévoient de porter l'effort de défense, dépenses connexes comprises, à deux pour cent de la richesse nationale en cinq ans.

Les responsables japonais ne cachent pas que l'Europe et l'Asie relèvent désormais, à leurs yeux, d'un même ensemble stratégique ; le concept stratégique adopté par les Alliés en 2022 fait la même lecture.

### 2. Des limites juridiques claires

Le Japon ne relève pas de la garantie de défense collective du traité de Washington, réservée aux seuls États parties. Réciproquement, la Constitution de 1947, par laquelle le peuple japonais renonce à la guerre comme droit souverain, interdit à Tokyo de souscrire un engagement d'assistance automatique. L'OTAN, qui n'a fait jouer sa clause de défense mutuelle qu'à deux reprises dans son histoire, n'a d'ailleurs jamais envisagé de l'étendre à un partenaire.

### 3. Le cyber, terrain d'une coopération sans automaticité

L'exemple albanais est instructif. La cyberattaque de l'été 2022 contre l'Albanie, que les services américains ont imputée à la Corée du Nord, a conduit les Alliés à dépêcher des équipes de réponse aux incidents sans qu'aucune clause du traité ne soit mise en jeu. Le Japon, qui contribue depuis 2022 au centre d'excellence de cyberdéfense de Tallinn, pourrait s'inspirer de ce modèle.

### 4. La question nucléaire

Le gouvernement japonais a écarté en 2022 l'idée d'accueillir des armes américaines selon le modèle européen, au nom de ses principes non nucléaires ; le dialogue sur la dissuasion élargie avec Washington demeure la voie retenue.

### 5. Le risque d'un engrenage régional

Pékin présente chaque exercice conjoint comme la preuve d'une politique de blocs et menace de « contre-mesures ». Votre commission estime qu'un incident non maîtrisé en mer de Chine orientale constitue le risque principal.

### 6. Des pistes concrètes

Plusieurs chantiers paraissent prometteurs : la sécurité des espaces maritimes, la lutte informatique défensive, l'échange de renseignements et la coopération en matière d'industrie de défense. Le programme de partenariat individuel adapté conclu à Vilnius en 2023 en fixe le cadre ; l'ouverture d'un bureau de liaison à Tokyo, bloquée par la France, mériterait d'être réexaminée. Enfin, le programme GCAP, que Tokyo conduit avec Londres et Berlin, montre que la coopération industrielle peut précéder la coopération opérationnelle.
"""


# Each text addresses every criterion in its own words and weaves wrong claims among true ones: the
# speech two, Article 5 "activé à deux reprises" and Japan « membre de plein droit de notre Alliance »;
# the commentary two, a target of "one and a half per cent of GDP" and the Strategic Concept adopted "at
# the Vilnius summit in 2023"; the briefing and the Senate note three each.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(SPEECH_FR, {"article-5-once": "activé à deux reprises", "japan-partner": "Membre de plein droit de notre Alliance"}, id="speech-fr"),
        pytest.param(COMMENTARY_EN, {"spending-target": "one and a half per cent", "strategic-concept-2022": "Vilnius summit in 2023"}, id="commentary-en"),
        pytest.param(BRIEFING_EN, {"ccdcoe-tallinn": "Centre of Excellence in Helsinki", "nuclear-sharing-rejected": "Tokyo agreed in principle", "stoltenberg-visit": "to Tokyo in June 2023"}, id="briefing-en"),
        pytest.param(SENAT_NOTE_FR, {"article-5-once": "qu'à deux reprises", "albania-attribution": "Corée du Nord", "gcap-partners": "Londres et Berlin"}, id="senate-note-fr"),
    ],
)
def test_a_speech_a_commentary_a_briefing_and_a_senate_note_are_judged_whole(cli, tmp_path: Path, text: str, wrong: dict[str, str]) -> None:
    coverage = coverage_of(cli, tmp_path, text, quiet=False)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    findings = claim_findings(cli, tmp_path, text)
    assert sorted(finding["fact"] for finding in findings) == sorted(wrong)
    lines = text.splitlines()
    for finding in findings:
        assert wrong[finding["fact"]] in lines[finding["start"]["line"] - 1]


DIET_SPEECH_EN = """\
# Address by the Minister of Defense to the House of Representatives Committee on Security

Mr. Chairman, honourable members, I am grateful for the opportunity, on the occasion of this committee's deliberations on the supplementary budget, to set out how the Government views our relationship with the North Atlantic Treaty Organization, a subject on which, as several members have pointed out in recent sessions, the public deserves a clear and measured explanation.

Let me begin with the premise from which everything else follows, namely that the security environment surrounding our country has become the most severe and complex since the end of the Second World War, because Russia's aggression against Ukraine has shown that a permanent member of the Security Council is prepared to change borders by force, because North Korea continues to launch ballistic missiles over and around our territory at an unprecedented pace, and because China's rapid and opaque military build-up, including in the East China Sea, is a matter of serious concern to us and to the international community.

It is against this background that the Cabinet, in December 2022, adopted the three strategic documents, including the National Security Strategy, which set out our intention to fundamentally reinforce our defence capabilities, and it is also against this background that I would ask members to consider the figures before them today, since the budget now under discussion is one step on the path by which defence and related expenditure is to reach two per cent of gross domestic product in fiscal year 2029, a level that, as members know, corresponds to the guideline that NATO Allies have set for themselves.

Some members have asked whether our closer work with NATO means that Japan is drifting towards obligations that our Constitution does not permit, and I wish to answer that question directly: Japan is a partner of NATO, not a member, and nothing in our cooperation alters the limits that Article 9 of the Constitution places on the use of force, nor does it create any obligation for Japan to take part in the collective defence that the Allies owe one another under Article 5 of the North Atlantic Treaty.

What our partnership does create, and what the Government intends to deepen, is practical cooperation in fields where our interests coincide, such as maritime security, cyber defence, the protection of critical infrastructure, defence science and technology, and the exchange of information on hybrid threats and disinformation.

In cyber defence in particular, since our Self-Defense Forces became a contributing participant of the Cooperative Cyber Defence Centre of Excellence in Riga, which brings together experts from the Allies and a small number of partners, our personnel have taken part in the Locked Shields exercise and have learned a great deal about how democracies can defend networks without escalating a crisis.

The case of Albania, which I mentioned to this committee last spring, illustrates the point, for when that country's government systems were paralysed in July 2022 by an attack that the United States and others attributed to Iran, the Allies provided expert teams and political support, and they did so, as I have explained before, without Article 5 being invoked, which shows that much can be achieved well below the threshold of collective defence.

Members will also recall that Secretary General Stoltenberg visited Tokyo on 31 January 2023 and held talks with the Prime Minister, and that the joint statement issued on that occasion confirmed our intention to raise our partnership to a new height, an intention that was given concrete form when the Individually Tailored Partnership Programme was agreed in July 2023.

As for the question of nuclear deterrence, which has been raised by members on both sides of this House, I must be clear that the Government has rejected any arrangement of the kind that NATO practises in Europe, because it would be incompatible with our three non-nuclear principles, and that we will instead pursue the extended deterrence dialogue with the United States, which gives us the assurance we need without compromising our principles.

Finally, on defence equipment, the Global Combat Air Programme, which we are pursuing together with the United Kingdom, Italy and Germany, will deliver a next-generation fighter by 2035, and I believe that this cooperation with European partners, unprecedented in its scale for our country, will strengthen both our industrial base and our ties with the Euro-Atlantic community.

Honourable members, China has warned that NATO should not extend its reach into Asia, and we take seriously the risk that our cooperation could be misread; that is precisely why the Government will continue to explain, in every forum, that the security of the Euro-Atlantic and of the Indo-Pacific is indivisible, and that our partnership with NATO is defensive, transparent and firmly anchored in our Constitution.

Thank you.
"""

IFRI_NOTE_FR = """\
# Notes de l'Ifri — Le Japon et l'OTAN : un partenariat à géométrie contrainte

**Résumé.** Depuis 2022, le rapprochement entre Tokyo et l'Alliance atlantique s'est accéléré (visites de haut niveau, programme de partenariat individualisé, participation aux sommets). Cette note en examine les ressorts, les limites juridiques et les risques régionaux.

## 1. Des moteurs avant tout régionaux

Le tournant japonais ne procède ni d'une pression occidentale ni d'une ambition de puissance retrouvée : il répond, pour l'essentiel, à la dégradation de l'environnement régional (tirs balistiques nord-coréens à répétition, montée en puissance militaire de la Chine) et, depuis février 2022, à l'invasion de l'Ukraine par la Russie, que Tokyo lit comme un précédent susceptible d'inspirer d'autres révisionnismes¹. Les trois documents stratégiques adoptés en décembre 2022 en tirent les conséquences budgétaires : l'effort de défense (dépenses connexes comprises) doit atteindre 2 % du PIB au cours de l'exercice 2027².

## 2. Un partenaire, pas un Allié

Il convient de rappeler une évidence parfois oubliée dans le débat public : le Japon n'est pas partie au traité de l'Atlantique Nord et ne bénéficie donc pas de la garantie de l'article 5, dont la seule invocation remonte au lendemain des attentats du 11 septembre 2001. La Constitution japonaise (article 9) interdit d'ailleurs à Tokyo de souscrire par avance à une obligation militaire de ce type — ce que le Premier ministre Kishida a rappelé en mai 2023 en affirmant que son pays n'envisageait aucune adhésion³.

Le partenariat a néanmoins gagné en densité. Lors de la visite de Jens Stoltenberg à Tokyo (fin février 2023), les deux parties se sont engagées à porter leur coopération « à un niveau supérieur », engagement formalisé par l'ITPP adopté en juillet 2023 (programme de partenariat individualisé sur mesure, qui succède à l'IPCP de 2014).

## 3. Le cyber, laboratoire d'une coopération sans article 5

Le domaine cyber illustre le mieux ce que peut être une solidarité en deçà de la défense collective. L'affaire albanaise est ici instructive : après la cyberattaque de juillet 2022 — attribuée par Washington et Londres à des acteurs liés à Pyongyang⁴ —, Tirana a rompu ses relations diplomatiques avec Téhéran et obtenu le soutien des Alliés (équipes d'experts, déclaration du Conseil de l'Atlantique Nord), sans que l'article 5 soit invoqué. Le Japon, de son côté, a rejoint en 2022, comme participant contributeur, le centre d'excellence de cyberdéfense coopérative de l'OTAN à Tallinn (CCDCOE), dont il avait annoncé son intention de devenir membre dès 2018.

## 4. Dissuasion : la voie étroite

Le débat sur le partage nucléaire, relancé au Japon au printemps 2022 par l'ancien Premier ministre Abe, a tourné court : le gouvernement de M. Kishida, invoquant les trois principes non nucléaires, l'a écarté dès le 28 février 2022. C'est donc le dialogue sur la dissuasion élargie avec les États-Unis — et non une transposition du modèle européen — qui constitue la voie praticable. On notera cependant que Tokyo a depuis intégré, en qualité d'observateur permanent, le Groupe des plans nucléaires de l'Alliance (NPG)⁵, ce qui brouille quelque peu le message.

## 5. Les risques d'une perception d'« OTAN asiatique »

Pékin dénonce régulièrement la tentation d'une « OTAN asiatique » et a prévenu que la région n'avait « nul besoin d'une réplique de l'OTAN ». Le risque d'erreur d'appréciation, notamment dans les zones grises de la mer de Chine orientale, n'est pas négligeable ; il plaide pour une coopération ciblée (sécurité maritime, partage du renseignement, interopérabilité, technologies de défense) plutôt que pour un affichage politique.

## Conclusion

Le Concept stratégique adopté à Madrid en juin 2022 et la Stratégie de sécurité nationale japonaise convergent : la sécurité euro-atlantique et celle de l'Indo-Pacifique sont liées. Reste à institutionnaliser ce constat (bureau de liaison, dialogues réguliers) sans franchir les limites que Tokyo s'est lui-même fixées.

---
¹ Entretiens de l'auteur à Tokyo, mars 2024.
² Cabinet Office, *National Security Strategy*, 16 décembre 2022.
³ Déclaration du Premier ministre, 24 mai 2023.
⁴ Voir la déclaration conjointe des gouvernements concernés, septembre 2022.
⁵ Communiqué du ministère japonais de la Défense, 2023.
"""

COMMUNIQUE_EN = """\
# Summit Declaration issued by the Heads of State and Government participating in the meeting of the North Atlantic Council

1. We, the Heads of State and Government of the North Atlantic Alliance, have met to reaffirm the enduring transatlantic bond between our nations and our unwavering commitment to the Washington Treaty, including Article 5, which remains the cornerstone of our collective defence.

2. We are joined today by the leaders of our Indo-Pacific partners — Australia, Japan, New Zealand and the Republic of Korea — whose presence reflects our shared conviction that security in the Euro-Atlantic area and in the Indo-Pacific is interconnected.

3. Russia's war of aggression against Ukraine has shattered peace in the Euro-Atlantic area. The People's Republic of China's stated ambitions and coercive policies challenge our interests, security and values. The DPRK's continued ballistic missile launches threaten regional and international security.

4. Our 2022 Strategic Concept, adopted at our Summit in Brussels, remains the basis of our approach to these challenges. We will update our assessment of the security environment in the light of developments since its adoption.

5. We recall that Article 5 has been invoked once in the history of our Alliance, in response to the terrorist attacks of 11 September 2001 against the United States. Our solidarity then, as now, was total.

6. We welcome the deepening of our partnership with Japan under the Individually Tailored Partnership Programme agreed in July 2023, which builds on the Individual Partnership and Cooperation Programme of 2014. We welcome Japan's decision, taken in December 2022, to increase its defence and related expenditure to 2% of GDP by fiscal year 2027.

7. We will strengthen practical cooperation with our Indo-Pacific partners in areas of common interest, including cyber defence, maritime security, emerging and disruptive technologies, countering disinformation and hybrid threats, and defence industrial cooperation.

8. Cyber threats to the Alliance are complex, destructive and coercive. We recall our solidarity with Albania following the malicious cyber activity of July 2022, which Allies attributed to Iran; in accordance with our decision at that time to invoke Article 5 of the Washington Treaty, Allies provided Albania with rapid and substantial assistance. We will continue to use the full range of capabilities to deter, defend against and counter the full spectrum of cyber threats.

9. We welcome the contribution of our partners to the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn, including Japan, which joined as a contributing participant in November 2022, and we encourage further participation in Allied cyber exercises such as Locked Shields and Cyber Coalition.

10. We note that Japan, like the Allies that host nuclear weapons under NATO's nuclear sharing arrangements, now contributes dual-capable aircraft to the Alliance's nuclear deterrence mission. NATO's nuclear deterrence posture also relies on the strategic nuclear forces of the United States, the United Kingdom and France.

11. We recall the visit of the NATO Secretary General to Tokyo in January 2023 and the Joint Statement issued with the Prime Minister of Japan on that occasion, which set out the shared ambition to take the partnership to new heights.

12. We note the Global Combat Air Programme launched by Japan, Italy and the United Kingdom, and welcome defence-industrial cooperation between Allies and partners that enhances interoperability.

13. We will enhance our political dialogue with Japan, including through regular high-level meetings, staff talks, and the exchange of liaison officers, while respecting the constitutional framework within which each of our partners operates.

14. We are aware that some in the region portray our partnerships as the creation of an "Asian NATO". NATO remains a regional Alliance of North America and Europe; it does not seek a military presence in the Indo-Pacific, nor does it seek confrontation.

15. As the thirty-third member of our Alliance, Japan will take part in NATO's defence planning process from next year, contributing to the capability targets agreed by all Allies.

16. We express our appreciation to our host for its generous hospitality.
"""


# Each text weaves three or four wrong claims among true ones; each is found once, at its line, and
# nothing else is (the speech is out of the framework's scope — "our country", not Japan — but claims
# are judged in every text).
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (DIET_SPEECH_EN, {"spending-target": "in fiscal year 2029", "ccdcoe-tallinn": "Centre of Excellence in Riga", "gcap-partners": "Italy and Germany"}),
        (IFRI_NOTE_FR, {"stoltenberg-visit": "(fin février 2023)", "albania-attribution": "liés à Pyongyang", "nuclear-sharing-rejected": "le Groupe des plans nucléaires"}),
        (
            COMMUNIQUE_EN,
            {
                "strategic-concept-2022": "adopted at our Summit in Brussels",
                "albania-no-article-5": "our decision at that time to invoke Article 5",
                "nuclear-sharing-rejected": "now contributes dual-capable aircraft",
                "japan-partner": "As the thirty-third member of our Alliance",
            },
        ),
    ],
)
def test_a_diet_speech_a_think_tank_note_and_a_communique_are_judged_whole(cli, tmp_path: Path, text: str, wrong: dict[str, str]) -> None:
    findings = claim_findings(cli, tmp_path, text)
    assert sorted(finding["fact"] for finding in findings) == sorted(wrong)
    lines = text.splitlines()
    for finding in findings:
        assert wrong[finding["fact"]] in lines[finding["start"]["line"] - 1]


# --- correct official texts: no claim, only the expected wording findings -------------------------
#
# Known limits, kept here as they are: a word inside a quotation is still judged by NJ304 and the PS
# rules, which have no quotation guard (the French article below keeps three such findings, and
# tests/test_cli.py asks for PS101/PS201 inside guillemets); a footnote "Sur l'article 9, voir…" is
# flagged by NJ301, as the rule's own known limit says.

EN_COMMUNIQUE = """\
# Partnership with Japan

1. NATO's partnerships are essential to the way the Alliance works. Our partners across the globe share our commitment to the rules-based international order, and we value the contribution of Japan, one of our longest-standing partners, to our shared security. Japan is not a member of the Alliance, and nothing in our cooperation changes the scope of Article 5 of the Washington Treaty, which applies to Allies alone.

2. The security of the Euro-Atlantic area and that of the Indo-Pacific are closely linked. Russia's war of aggression against Ukraine has shown that what happens in one region matters to the other. The People's Republic of China's stated ambitions and coercive policies challenge our interests, security and values, as set out in the Strategic Concept we adopted at our Summit in Madrid on 29 June 2022. We welcome Japan's National Security Strategy of December 2022, which shares this assessment, and its decision to raise defence and related spending to 2 % of GDP in fiscal year 2027.

3. We will deepen our practical cooperation with Japan in areas of mutual interest, including maritime security, cyber defence, hybrid threats, emerging and disruptive technologies, and the protection of critical infrastructure. Japan became a contributing participant in the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn in November 2022, and its experts take part in exercises such as Locked Shields. Information sharing will improve our common understanding of the threats we face.

4. We welcome the Individually Tailored Partnership Programme agreed with Japan in July 2023, which succeeds the Individual Partnership and Cooperation Programme of 2014 and sets out sixteen areas of cooperation. The regular participation of Japan's Prime Minister in our Summits, and the visit of the Secretary General to Tokyo on 31 January 2023, reflect the strength of our political dialogue.

5. Our partnership is defensive and poses no threat to any country. NATO remains a regional Alliance, and we are not seeking to establish a presence in the Indo-Pacific. We respect Japan's constitutional framework, including Article 9 of its Constitution, and its long-standing commitment to its three non-nuclear principles. We will continue to consult on extended deterrence and arms control, and on the risks posed by North Korea's ballistic missile launches, which violate multiple United Nations Security Council resolutions.

6. We remain open to constructive engagement with China, including to build reciprocal transparency, with a view to safeguarding the Alliance's security interests. At the same time, we will stand together with our partners against attempts to change the status quo by force or coercion, in Europe as in Asia, and we will keep working with Japan to strengthen the resilience of our societies and the interoperability of our forces.
"""

EN_MOFA = """\
# Japan-NATO Summit Meeting

On July 12, commencing at 11:40 a.m. (local time) for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who was visiting Vilnius, Lithuania, to attend the NATO Summit, held a meeting with H.E. Mr. Jens Stoltenberg, Secretary General of the North Atlantic Treaty Organization (NATO). The overview of the meeting is as follows.

1. At the outset, Prime Minister Kishida expressed his appreciation for the invitation to the NATO Summit for the second consecutive year. Prime Minister Kishida stated that the security of Euro-Atlantic and the Indo-Pacific is inseparable, and that Japan, as NATO's partner, will further strengthen cooperation with NATO in this severe security environment. Secretary General Stoltenberg welcomed Japan's leadership as G7 Presidency.

2. The two leaders welcomed the agreement on the new Individually Tailored Partnership Programme (ITPP), which sets out cooperation in 16 areas, including cyber defense, maritime security, space, and countering disinformation. Prime Minister Kishida explained that Japan became a contributing participant of the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE) in November 2022, and that Japan will continue to participate in its exercises.

3. Prime Minister Kishida explained that, under the National Security Strategy (NSS) adopted in December 2022, Japan will fundamentally reinforce its defense capabilities and take measures so that its defense and related spending reaches 2 % of GDP in FY2027. He stated that Japan will maintain its exclusively defense-oriented policy and the Three Non-Nuclear Principles. Secretary General Stoltenberg expressed his support for these efforts.

4. The two leaders exchanged views on regional affairs. They expressed serious concern over the Russian aggression against Ukraine and confirmed that they will continue to provide strong support to Ukraine. They also shared serious concerns about unilateral attempts to change the status quo by force or coercion in the East and South China Seas, and about North Korea's nuclear and missile development, including its launch of an ICBM-class ballistic missile on the same day. Prime Minister Kishida stated that Japan had no plans to become a member of NATO, and both leaders confirmed that the partnership is not directed against any third country.

5. The two leaders also confirmed the importance of close communication, including through the participation of Japan's Ministry of Defense and the Japan Self-Defense Forces in NATO meetings, and discussed the possible opening of a NATO liaison office in Tokyo. They confirmed that Japan and NATO will further promote cooperation for a free and open Indo-Pacific, based on the shared values of freedom, democracy, human rights and the rule of law.
"""

FR_ARTICLE = """\
# À Vilnius, le Japon resserre ses liens avec l’OTAN sans franchir le pas de l’adhésion

Pour la deuxième année consécutive, le Premier ministre japonais, Fumio Kishida, a assisté au sommet de l’Alliance atlantique. À Vilnius, en juillet 2023, Tokyo et l’OTAN ont adopté un nouveau programme de partenariat individuel adapté (ITPP), qui couvre seize domaines, de la cyberdéfense à la sécurité maritime.

« Le Japon n’est pas membre de l’OTAN et n’a aucun projet de le devenir », avait rappelé M. Kishida devant le Parlement en mai. Un diplomate européen le confirme : « Personne ne demande à Tokyo d’entrer dans l’Alliance. Évidemment, l’article 5 ne s’applique pas au Japon. » La clause de défense collective du traité de l’Atlantique Nord n’a été invoquée qu’une seule fois, au lendemain des attentats du 11 septembre 2001.

Le rapprochement doit beaucoup au contexte. Depuis l’invasion de l’Ukraine par la Russie, les tirs de missiles nord-coréens et le renforcement militaire de la Chine, Tokyo a revu sa doctrine : sa stratégie de sécurité nationale de décembre 2022 prévoit de porter les dépenses de défense et les dépenses connexes à 2 % du PIB d’ici l’exercice 2027. « Nous vivons l’environnement de sécurité le plus sévère depuis la fin de la guerre », a résumé le ministre de la Défense, Yasukazu Hamada.

À Pékin, le ton est tout autre. Le porte-parole de la diplomatie chinoise a dénoncé une « OTAN asiatique » et mis en garde contre toute « extension vers l’Asie-Pacifique ». Pour Valérie Niquet, chercheuse à la Fondation pour la recherche stratégique, « la Chine cherche à présenter une coopération défensive comme une menace ». D’autres analystes jugent au contraire que Tokyo prend un risque en s’affichant aux côtés des Alliés.

Le projet de bureau de liaison de l’OTAN à Tokyo illustre ces prudences. Soutenu par Jens Stoltenberg, qui s’était rendu au Japon le 31 janvier 2023, il a été bloqué par Paris. « Si l’OTAN veut s’engager dans l’Indo-Pacifique, c’est une erreur », a estimé Emmanuel Macron, pour qui l’Alliance doit rester centrée sur l’Atlantique Nord.

Reste la question nucléaire. En février 2022, Fumio Kishida a écarté tout partage nucléaire à l’européenne, au nom des trois principes non nucléaires. Le dialogue sur la dissuasion élargie avec Washington reste, selon un ancien responsable japonais, « la seule voie réaliste ». Quant à l’article 9 de la Constitution japonaise, il continue de borner ce que Tokyo peut promettre à ses partenaires.

Dans le domaine cyber, le Japon participe depuis novembre 2022 au centre d’excellence de cyberdéfense coopérative de l’OTAN (CCDCOE), à Tallinn. Un précédent est souvent cité : après la cyberattaque iranienne de juillet 2022, l’Albanie a reçu le soutien des Alliés sans que l’article 5 soit invoqué.
"""

FR_SENAT = """\
# II. Un partenariat appelé à s’approfondir

## A. Des convergences stratégiques réelles

Votre rapporteur constate que la relation entre l’OTAN et le Japon a profondément changé depuis 2022. Le Japon demeure un partenaire de l’Alliance — et non un membre, ce que le Premier ministre Kishida a rappelé le 24 mai 2023 (1) — mais sa stratégie de sécurité nationale (SSN) du 16 décembre 2022 rejoint, sur l’essentiel, le concept stratégique adopté par les Alliés à Madrid le 29 juin 2022.

Cette convergence tient d’abord à l’évolution des menaces : la guerre d’agression russe contre l’Ukraine, la multiplication des tirs de missiles balistiques nord-coréens et le renforcement militaire rapide de la Chine ont conduit Tokyo à engager un effort de défense sans précédent, l’objectif étant de porter l’ensemble des dépenses de défense et des dépenses connexes à 2 % du PIB d’ici l’exercice budgétaire 2027 (2).

## B. Des limites qu’il convient de ne pas sous-estimer

La première tient au droit. L’article 9 de la Constitution japonaise, par lequel le Japon renonce à la guerre, interdit tout engagement militaire automatique ; le Japon ne saurait donc être couvert par l’article 5 du traité de l’Atlantique Nord, ni s’y engager en retour (3).

La deuxième est nucléaire. Le gouvernement japonais a écarté, dès février 2022, tout dispositif de partage nucléaire sur le modèle de l’OTAN, au nom des trois principes non nucléaires ; c’est le dialogue sur la dissuasion élargie avec les États-Unis qui constitue la voie praticable.

La troisième est régionale. Pékin dénonce régulièrement ce qu’il qualifie d’« OTAN asiatique » (4), et votre rapporteur estime que le risque d’escalade ou d’erreur de calcul dans la zone grise doit être pris au sérieux.

## C. Des pistes de coopération concrètes

Au regard de ces contraintes, votre rapporteur recommande de privilégier la sécurité maritime, la cyberdéfense, l’interopérabilité et le partage du renseignement. Le précédent albanais est à cet égard éclairant : à la suite de la cyberattaque attribuée à l’Iran en juillet 2022, les Alliés ont soutenu Tirana sans invoquer l’article 5 (5). Le Japon participe par ailleurs, depuis novembre 2022, au centre d’excellence pour la cyberdéfense coopérative de Tallinn (CCDCOE).

Sur le plan institutionnel, le programme de partenariat individuel adapté (ITPP) conclu en juillet 2023 succède au programme individuel de partenariat et de coopération (IPCP) de 2014.

(1) Déclaration devant la Diète, 24 mai 2023. Le Premier ministre a indiqué que le Japon « n’envisage pas » d’adhérer à l’Alliance.

(2) Stratégie de sécurité nationale, 16 décembre 2022. Ce montant inclut des dépenses qui ne relèvent pas du seul ministère de la Défense, ce qui interdit de parler d’un simple doublement du budget de défense.

(3) Sur l’article 9, voir l’audition de M. Yves Tiberghien par la commission, le 8 février 2023.

(4) Le porte-parole du ministère chinois des affaires étrangères a ainsi mis en garde, en juin 2023, contre une « version Asie-Pacifique de l’OTAN ».

(5) Déclaration du Conseil de l’Atlantique Nord, 8 septembre 2022.
"""

# (text, findings of claims, terminology and style as (code, text matched), criteria not addressed)
OFFICIAL_TEXTS = [
    pytest.param(EN_COMMUNIQUE, [], ["regional-reaction"], id="nato-communique"),  # China is named, its reaction is not weighed
    # Russia's aggression and North Korea's missiles are named, but not as what drives Japan's
    # shift: threat-drivers was counted only through "leaders" matching a context word "lead…".
    pytest.param(EN_MOFA, [], ["regional-reaction", "threat-drivers"], id="mofa-press-release"),
    pytest.param(
        FR_ARTICLE,
        # all three inside quotations (a diplomat's, Beijing's spokesman's): the known limit above
        [("PS101", "Évidemment"), ("PS201", "Asie-Pacifique"), ("NJ304", "Indo-Pacifique")],
        ["strategic-alignment"],  # Japan's strategy named for its 2 % only, as NOTE above
        id="french-news-article",
    ),
    pytest.param(FR_SENAT, [("NJ301", "article 9")], [], id="french-senate-report"),  # the footnote "(3) Sur l'article 9"
]


@pytest.mark.parametrize(("text", "expected", "not_addressed"), OFFICIAL_TEXTS)
def test_a_correct_official_text_raises_no_claim_and_only_the_expected_wording_findings(
    cli, tmp_path: Path, text: str, expected: list[tuple[str, str]], not_addressed: list[str]
) -> None:
    document = check_report(cli, tmp_path, text)
    wording = [
        (finding["code"], text[finding["start"]["offset"] : finding["end"]["offset"]])
        for finding in document["findings"]
        if not finding["code"].startswith("NJ1")
    ]
    assert sorted(wording) == sorted(expected)
    criteria = document["coverage"][0]["criteria"]
    assert sorted(c["criterion"] for c in criteria if not c["addressed"]) == not_addressed
