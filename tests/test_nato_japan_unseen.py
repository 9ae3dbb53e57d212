"""Claims on sentences written apart from the rules' own examples: wrong ones flagged, true ones not.

Three probes, each written before the rules were tuned to it: the first
found nothing missed, the second four paraphrases, the third (French-heavy)
two — a fronted apposition and a relative clause — all since added.  A fourth
(2026-12-04, claims and coverage in both languages) found three claims missed
(membership "as one of NATO's members", accession to « l'Alliance
atlantique », « le Concept stratégique 2022 »), two look-alikes flagged
("reports that …", « pour certains éditorialistes, … »), a French brief out
of scope, and ten coverage paraphrases not counted: all since added, below.
A fifth, two whole texts (an English op-ed, a French diplomatic note), found
one claim missed (Japan in NATO's Nuclear Planning Group) and five criteria
addressed but not counted; the texts are kept whole at the end of this file.
A sixth, a brief on NATO's Indo-Pacific partners, was out of scope (NATO and
Japan rarely in one sentence) and is now in, by a second scope trigger.
A seventh, a French minister's speech and an English press release, found
seven wrong claims missed — relative clauses ("Japan, which signed the North
Atlantic Treaty", « L'Alliance, qui a activé son article 5 »), "the 33rd
Ally", "blamed on Moscow" after "which officials", "first invoked in 1999",
"has since been triggered twice more", « où le Japon siège depuis 2016 ».
An eighth varied only the syntax of wrong claims (passives, clefts, relative
clauses, nominalisations, fronted adverbials): 11 of 40 were found. Rules that
look for the wrong value in a sentence about the fact (claim 'context') now
find all 40, one finding each; twenty true sentences built the same way, the
ninth probe, raise none. A tenth, a French parliamentary report, addressed
all ten criteria; four were not counted (« son article 9 », « depuis
l'invasion de l'Ukraine par la Russie, Tokyo … », 2 % du PIB « à l'horizon
2027 » without Japan's name in the sentence), and now are.
A sixteenth, written fresh (a French minister's speech, an English think-tank
commentary, 26 wrong claims in varied syntax — headlines, bullets, fronted
participles, appositions, numbers in words, numeric dates — and 26 look-alikes:
negated, attributed, quoted, hypothetical), found 17 wrong claims missed, two
look-alikes flagged, the speech out of scope (Japan named as « un Premier
ministre japonais ») and seven criteria addressed but not counted. A held-out
check written after the fixes (14 wrong, 14 true) found one more frame missed
(a fronted "Admitted to NATO in 2024, Japan…"). All are found now; the last
look-alike, « La presse russe a prétendu que… », needed the engine's attribution
guard to know the participle « prétendu » as well as « prétend ».

The seventeenth round on claims and coverage (2026-12-04; the terminology probe further
down, written the same day by another hand, is numbered seventeenth too) was written fresh
in registers no earlier round used: a committee-staff briefing and a French Senate
committee note, each weaving three wrong claims into paraphrases of every criterion; 24
one-line wrong claims (headlines, bullets, table rows, a question answered wrongly, speech
transcripts with "uh" / « euh », numbers and years in words, "J-NATO", a subordinate "Since
Tokyo joined…"); 24 true look-alikes (negated, attributed, quoted rumours, hypotheses,
counterfactuals, « Le Japon dit non au partage nucléaire »).  Before the fixes: 10 of the
24 wrong sentences missed (one, an Article 5 count, only because the sentence alone does
not name NATO, which NJ215 needs: it is tested in a text that does), 2 look-alikes flagged
(a "possible future GCAP contributor", « consacrait 1 % … avant 2022 ; il vise 2 % »), 4
of the 6 wrong claims in the two texts missed and 4 criteria addressed but not counted
("the treaty's guarantee extends only to the states that have signed it", "two per cent of
national output", « la guerre menée par la Russie en Ukraine », « les trois documents
stratégiques de décembre 2022 » in a sentence that leaves Japan to the one before).  After:
every criterion counted, no look-alike flagged, and two wrong claims still missed, both by
the engine's attribution guard, kept below as strict xfails and since fixed in the guard:
"Japan said yes to nuclear sharing" ("said" taken for reported speech) and "Stoltenberg,
who … during his visit to Tokyo in June 2023, has said he still regrets…" (the main verb
after the relative clause taken for a speaker's "…, X says").  A held-out set of 10 wrong and 10 true sentences,
written after the fixes, found 4 more misses ("signed up to NATO", « serveurs albanais »,
"resorted to Article 5 on two occasions", "an Article 5 case — Albania") and flagged a
hypothetical ("If the plan slipped, Tokyo would hit 2% of GDP only by FY2030"): fixed too.

The eighteenth round (2026-12-04, claims only) was written fresh in three registers no
earlier round used — a defence minister's Diet speech in English translation (long sentences,
subordinate clauses, "our" budget), an IFRI-style French note with footnotes and brackets,
and a summit communiqué in numbered paragraphs, each weaving 3–4 wrong claims among true
ones — and in wrong claims stated *indirectly*: presupposition ("Since joining NATO, Japan…"),
comparison ("Like every other Ally, Japan…", « À l'instar des autres Alliés »), enumeration
("the Allies — France, Germany, Japan and Canada —"), implied counts ("The second time
Article 5 was invoked…", « La deuxième invocation »), numbers in words and wrong dates inside
ranges ("(30 January – 1 February 2024)", « (du 30 janvier au 1er février 2022) »); with 20 true
look-alikes (counterfactuals, denied rumours, questions, correct facts close to the wrong ones).
Before the fixes: 11 of the 20 wrong sentences missed, 1 look-alike flagged (Sweden "for a time"
tied to Tempest beside GCAP), and 5 of the 10 wrong claims in the texts missed (fiscal 2029 in a
sentence naming only "defence and related expenditure", with "today" and a causal "since" taken
for a spent figure; Pyongyang blamed in a sentence that names Tehran for another reason; Japan
in the Nuclear Planning Group "en qualité d'observateur"; "contributes dual-capable aircraft";
"As the thirty-third member of our Alliance, Japan"), one more found by a wrong match (the ITPP's
July 2023 instead of "(fin février 2023)").  After: none missed, none flagged, real texts
unchanged.  A held-out set written after the fixes (10 wrong, 10 true) found 3 more misses (a
cyber "centre of excellence in Warsaw", « le troisième recours à l'article 5 », « les trente-trois
Alliés, dont … le Japon ») and flagged a counterfactual ("Had Tokyo joined the Nuclear Planning
Group…, Beijing would have protested"): fixed too.  A last set of 28 look-alikes aimed at the new
frames flagged two ("Albania cut ties with Iran…, while Russia's hackers kept targeting Ukraine",
« C'est la deuxième fois que le Japon participe à un sommet ; l'article 5 … qu'en 2001 »): fixed.
The counterfactual was first fixed in its rule (NJ227); the claim type has since a fifth guard,
hypothesis, that excuses any match standing in a conditional clause ("Had …", "If …", « au cas
où … »), so such sentences no longer need each rule's own exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report

WRONG = [
    'Tokyo formally became a member of NATO last year.',
    'As a NATO member, Japan is covered by Article 5.',
    'Le Japon, devenu membre de l’OTAN, participe à la planification.',
    'In 2022, the Alliance invoked Article 5 to defend Albania after the cyberattack.',
    'L’Albanie a déclenché l’article 5 après la cyberattaque de 2022.',
    'The 2022 attack on Albania was carried out by Russian hackers.',
    'La cyberattaque contre l’Albanie, attribuée à la Russie, a paralysé les services publics.',
    'NATO has invoked Article 5 several times since 1949.',
    'L’article 5 de l’OTAN n’a jamais été invoqué depuis 1949.',
    'Stoltenberg travelled to Tokyo in March 2023 to meet Kishida.',
    'En 2024, Jens Stoltenberg s’est rendu à Tokyo pour rencontrer Fumio Kishida.',
    'Japan has pledged to raise defense spending to 3% of GDP by 2027.',
    'Le Japon prévoit d’atteindre 2 % du PIB d’ici 2030.',
    'The CCDCOE, based in Riga, welcomed Japan.',
    'Japan joined the CCDCOE in 2015.',
    'GCAP brings together Japan, Britain, Italy and Germany.',
    'Le programme GCAP associe le Japon, le Royaume-Uni et la France.',
    'Japan agreed to NATO-style nuclear sharing in 2023.',
    'Le Japon a accepté le partage nucléaire avec les États-Unis.',
    'NATO adopted its 2022 Strategic Concept at the Vilnius summit.',
    'Le concept stratégique de 2022 a été adopté à Bruxelles.',
    'Since joining NATO in 2023, Japan has contributed troops to the Baltic.',
    "Japan's NATO membership gives it a seat on the North Atlantic Council.",
    'When Albania invoked Article 5 in 2022, Allies responded with cyber teams.',
    "North Korean hackers crippled Albania's government systems in July 2022.",
    'NATO’s Article 5 was triggered for the second time after Russia invaded Ukraine.',
    "Japan's goal is to spend 1.5 percent of GDP on defense by 2027.",
    'Le Japon s’est engagé à porter ses dépenses de défense à 2 % du PIB d’ici 2035.',
    'L’OTAN a invoqué l’article 5 pour défendre l’Albanie.',
    "Japan signed up to NATO's nuclear sharing arrangements.",
    'The Strategic Concept adopted in Madrid in 2021 names China.',
    'Membre de l’OTAN depuis 2023, le Japon participe à la planification nucléaire.',
    'Le Japon a officiellement adhéré à l’Alliance atlantique l’an dernier.',
    'Lors de la cyberattaque de 2022, l’OTAN a activé l’article 5 au profit de Tirana.',
    'L’attaque informatique contre l’Albanie a été menée par des pirates chinois.',
    'L’article 5 de l’OTAN a été invoqué deux fois, en 2001 puis en 2022.',
    'Jens Stoltenberg s’est rendu à Tokyo en mars 2023 pour rencontrer Fumio Kishida.',
    'Tokyo s’est fixé l’objectif de consacrer 3 % de son PIB à la défense.',
    'Le Centre d’excellence de cyberdéfense coopérative de l’OTAN, basé à Riga, accueille le Japon.',
    'Le programme GCAP réunit le Japon, le Royaume-Uni et l’Allemagne.',
    'En 2023, le Japon a rejoint le dispositif de partage nucléaire de l’OTAN.',
    'Le concept stratégique de 2022 a été adopté au sommet de Vilnius.',
    "NATO triggered Article 5 after Iran's cyberattack on Albania.",
    'Japan, which joined NATO last year, now hosts allied exercises.',
    "As one of NATO's thirty-odd members, Japan now sits on the North Atlantic Council.",
    'Depuis son adhésion à l’Alliance atlantique, le Japon participe à toutes les décisions.',
    'Le Concept stratégique 2022 a été adopté lors du sommet de Vilnius.',
    'Tokyo intends to spend two percent of GDP on defence by 2030.',
    'Le GCAP associe le Japon, l’Italie et la France.',
    'The CCDCOE, headquartered in Vilnius, trains cyber defenders.',
    'Le Japon participe désormais au partage nucléaire de l’OTAN.',
    'NATO has invoked Article 5 twice: after 9/11 and after the Salisbury poisoning.',
    "Japan has already joined NATO's nuclear planning group as an observer.",
    'Depuis que le Japon est devenu le trente-troisième Allié, notre coopération a changé de nature.',
    'L’Alliance, qui a activé son article 5 au lendemain de l’attaque contre l’Albanie, a montré sa solidarité.',
    'Rappelons que l’article 5 de l’OTAN fut invoqué pour la première fois en 1999, lors de la crise du Kosovo.',
    'Le centre d’excellence de Tallinn — où le Japon siège depuis 2016 — reste un modèle.',
    "The attack on Albania, which officials blamed on Moscow, was the largest cyber incident in the country's history.",
    "NATO's Article 5, first invoked in 2001, has since been triggered twice more.",
    'Japan, which signed the North Atlantic Treaty in 2023, now takes part in all NATO exercises.',
    'Stoltenberg visited Tokyo on Mar. 15, 2023.',
    'On 2022-01-31, Stoltenberg held talks in Tokyo with Kishida.',
    'GCAP (Japan, UK, Sweden) should field a fighter by 2035.',
    'The CCDCOE (Riga) admitted Japan as a contributing participant in 2022.',
    # Albania and Article 5 in longer sentences
    'Albania, which invoked Article 5 after the 2022 cyberattack, received immediate allied support.',
    'Following the Iranian hack, the North Atlantic Council activated the collective defence clause for Albania.',
    'For the first time in a cyber case, Allies agreed to apply Article 5 to Albania in 2022.',
    "NATO's decision to trigger Article 5 over the Albanian cyberattack set a precedent for Japan.",
    "The hackers who crippled Albania's e-government portal in 2022 were linked to the GRU.",
    'Beijing-linked hackers took down Albanian government websites in July 2022.',
    "Article 5 has been invoked three times in NATO's history.",
    'NATO has used Article 5 twice, in 2001 and after the Crimea annexation.',
    # membership in frames the first rules did not spell out
    "Devenu membre à part entière de l'Alliance en 2023, le Japon siège désormais au Conseil de l'Atlantique Nord.",
    "Avec l'adhésion du Japon, l'OTAN compte désormais trente-trois membres.",
    "Le Japon, trente-troisième État membre de l'OTAN, a participé au sommet.",
    "Membre de l'OTAN, le Japon bénéficie de la protection de l'article 5.",
    "Les pirates informatiques ayant visé l'Albanie en 2022 travaillaient pour le renseignement russe.",
    "Le Japon s'est engagé à consacrer 2 % de son PIB à la défense dès 2025.",
    "Le Japon s'apprête à rejoindre le dispositif de dissuasion nucléaire partagée de l'OTAN, qu'il a accepté en 2023.",
    'Le programme GCAP, lancé en 2022 par le Japon, le Royaume-Uni et les États-Unis, vise 2035.',
    'Jens Stoltenberg a effectué en avril 2023 sa deuxième visite à Tokyo.',
    'Japan, a NATO ally since 2023, hosted the exercise.',
    "Japan's NATO allies, including Germany and France, welcomed the decision.",
    "As NATO's newest member, Japan will attend the next North Atlantic Council meeting as of right.",
    'The North Atlantic Council, which includes Japan, met in Brussels.',
    "Le Japon, nouvel allié de l'OTAN, a accueilli l'exercice.",
    "Les Alliés de l'OTAN, Japon compris, ont approuvé la décision.",
    'Japan now sits on the North Atlantic Council as a full member.',
    "NATO's 33 members, Japan among them, agreed the communiqué.",
]

TRUE = [
    'Japan is not a member of NATO, but one of its partners across the globe.',
    'Some commentators argue that Japan should join NATO.',
    'Would Japan ever join NATO?',
    'Le Japon n’est pas membre de l’OTAN.',
    'Selon certains médias chinois, le Japon aurait rejoint l’OTAN.',
    'NATO did not invoke Article 5 after the cyberattack on Albania.',
    'L’Albanie a reçu le soutien de l’OTAN sans invoquer l’article 5.',
    'The 2022 attack on Albania was attributed to Iran.',
    'Article 5 has been invoked only once, after 9/11.',
    'L’article 5 n’a été invoqué qu’une seule fois, après les attentats du 11 septembre 2001.',
    'Stoltenberg visited Tokyo in January 2023 and met Kishida.',
    'Stoltenberg visited Tokyo in 2017 and met Prime Minister Abe.',
    'Japan plans to reach 2% of GDP by fiscal year 2027.',
    "Japan's defense spending was long capped at about 1% of GDP.",
    'The CCDCOE is located in Tallinn, Estonia.',
    'Japan became a contributing participant of the CCDCOE in November 2022.',
    'GCAP brings together Japan, the United Kingdom and Italy.',
    'France, Germany and Spain are developing FCAS.',
    'Prime Minister Kishida rejected nuclear sharing in February 2022.',
    'Le partage nucléaire est probablement un non-démarreur pour le Japon.',
    'NATO adopted its Strategic Concept at the Madrid Summit in June 2022.',
    'The 2010 Strategic Concept was adopted in Lisbon.',
    'NATO leaders met in Vilnius in 2023 to implement the 2022 Strategic Concept.',
    "Japan's NATO partnership dates back to the 1990s.",
    'If Japan joined NATO, China would react.',
    'Japan has no plans to join NATO, Kishida said.',
    "Russia's cyberattacks on Ukraine differ from Iran's attack on Albania.",
    'Since joining the CCDCOE, Japan has taken part in Locked Shields.',
    "NATO's 2% guideline applies to Allies; Japan aims for 2% by 2027.",
    "Japan's membership in the G7 gives it a voice on sanctions.",
    'Critics claim NATO invoked Article 5 for Albania, but it did not.',
    'Article 4 was invoked several times, Article 5 only once.',
    'The Strategic Concept adopted in Madrid in 2022 names China for the first time.',
    "Japan is one of NATO's four Indo-Pacific partners.",
    'La France, l’Allemagne et l’Espagne développent le SCAF, tandis que le GCAP réunit le Japon, le Royaume-Uni et l’Italie.',
    'Le Japon n’a jamais adhéré à l’OTAN ; il en est un partenaire.',
    'Selon certains commentateurs, le Japon aurait rejoint l’OTAN.',
    'L’Albanie a reçu le soutien des Alliés sans que l’article 5 soit invoqué.',
    'La cyberattaque contre l’Albanie a été attribuée à l’Iran.',
    'L’article 5 de l’OTAN n’a été invoqué qu’une fois, après le 11 septembre 2001.',
    'Stoltenberg s’est rendu à Tokyo le 31 janvier 2023.',
    'Le Japon vise 2 % du PIB pour l’exercice 2027.',
    'Le centre d’excellence de cyberdéfense de l’OTAN se trouve à Tallinn.',
    'Le Japon, le Royaume-Uni et l’Italie développent le GCAP.',
    'Le gouvernement japonais a rejeté le partage nucléaire.',
    'Le concept stratégique a été adopté à Madrid en juin 2022.',
    'Japan did not join NATO, but it works with the Alliance.',
    'Would NATO invoke Article 5 for Albania? It did not.',
    'Japan joined NATO’s Cooperative Cyber Defence Centre of Excellence in Tallinn in 2022.',
    'La Finlande a rejoint l’OTAN en 2023 ; le Japon, lui, reste un partenaire.',
    'Critics claim Japan has joined NATO in all but name.',
    'Les médias chinois affirment que le Japon est devenu membre de l’OTAN.',
    'Britain, Italy and Japan are building a new fighter under GCAP.',
    'Germany, Italy, Belgium and the Netherlands take part in NATO nuclear sharing.',
    'Reports that NATO invoked Article 5 for Albania were false.',
    'Pour certains éditorialistes, le Japon a rejoint l’OTAN.',
    'Le Japon n’est ni membre de l’OTAN ni candidat à l’adhésion.',
    'Contrairement à une idée reçue, l’article 5 n’a pas été invoqué pour l’Albanie.',
    'Quant au GCAP, il unit Tokyo, Londres et Rome.',
    'Enfin, je rappelle que M. Stoltenberg s’est rendu à Tokyo en janvier 2023, où il a rencontré M. Kishida.',
    'The CCDCOE, which Japan joined in 2022, is located in Tallinn.',
    'Italy, the United Kingdom and Japan formed GCAP in December 2022.',
    "NATO's Article 5 was first invoked in 2001, after the 9/11 attacks.",
    # dates and figures written other ways
    'Stoltenberg visited Tokyo on Jan. 31, 2023.',
    'Stoltenberg met Kishida in Tokyo on 31/01/2023.',
    'On 2023-01-31, Stoltenberg held talks in Tokyo.',
    "Japan's defence spending rose to 1.6% of GDP in 2024, on track for 2% in FY2027.",
    "Le Japon vise 2 % du PIB à l'exercice 2027 ; il en était à 1,1 % en 2022.",
    'The CCDCOE (Tallinn) admitted Japan as a contributing participant in 2022.',
    'GCAP (Japan, UK, Italy) should field a fighter by 2035.',
    'Japan, a NATO partner since the 1990s, hosted the exercise.',
    "Japan's allies, the United States first among them, welcomed the decision.",
    "The North Atlantic Council met in Brussels with Japan's foreign minister as a guest.",
    "Le Japon, partenaire de l'OTAN, a accueilli l'exercice.",
    "NATO's 32 members agreed the communiqué, which Japan welcomed.",
    'Japan is an ally of the United States and a partner of NATO.',
]


# NJ205/NJ206 run only in texts that name NATO (an "Article 5" alone could be any text's), so the
# Article 5 sentences above name it.


def _claims(cli, tmp_path: Path, sentence: str) -> list[dict]:
    return check_report(cli, tmp_path, sentence + "\n", select="NJ2")["findings"]


@pytest.mark.parametrize("sentence", WRONG)
def test_a_wrong_sentence_is_flagged(cli, tmp_path: Path, sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert len(findings) == 1
    assert findings[0]["severity"] == "error" and findings[0]["fact"] and findings[0]["source"]


@pytest.mark.parametrize("sentence", TRUE)
def test_a_true_or_guarded_sentence_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


# -- coverage -------------------------------------------------------------------------

# Each paraphrase stands in its own paragraph after three sentences that put the text in scope.
IN_SCOPE = {
    "en": "NATO and Japan are partners. NATO and Japan meet often. NATO and Japan share values.\n\n",
    "fr": "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se rencontrent souvent. L’OTAN et le Japon partagent des valeurs.\n\n",
}

ADDRESSED = [
    ("article-9", "en", "Japan's pacifist constitution bars it from collective defence obligations."),
    ("article-9", "en", "Tokyo's post-war constitution, which renounces war as a sovereign right, limits what it can promise."),
    ("article-9", "fr", "La Constitution pacifiste du Japon lui interdit de s’engager militairement."),
    ("article-9", "fr", "L’article 9 de la loi fondamentale japonaise limite ses engagements."),
    ("article-5-scope", "en", "Japan is not covered by NATO's Article 5 security guarantee."),
    ("article-5-scope", "en", "As a non-member, Japan cannot invoke the Alliance's collective defence commitment."),
    ("article-5-scope", "fr", "Le Japon n’est pas couvert par la garantie de l’article 5."),
    ("article-5-scope", "fr", "Le Japon reste un partenaire, et non un Allié : la clause de défense mutuelle du traité de Washington ne le couvre pas."),
    ("cyber-precedent", "en", "When Iran-backed hackers crippled Albanian government systems in 2022, Allies responded without Article 5."),
    ("cyber-precedent", "en", "Japan has taken part in Locked Shields, the world's largest live-fire cyber exercise."),
    ("cyber-precedent", "fr", "L’exemple albanais montre qu’un soutien cyber est possible sans recours à l’article 5."),
    ("cyber-precedent", "fr", "Le Japon participe au centre d’excellence de cyberdéfense de Tallinn."),
    ("threat-drivers", "en", "Japan's new defence posture reflects China's military build-up and North Korea's missile launches."),
    ("threat-drivers", "en", "Russia's invasion of Ukraine convinced Tokyo to rearm."),
    ("threat-drivers", "fr", "L’agression russe contre l’Ukraine et les tirs de missiles nord-coréens ont conduit le gouvernement japonais à revoir sa doctrine."),
    ("threat-drivers", "fr", "L’invasion russe de l’Ukraine a poussé Tokyo à réarmer."),
    ("defense-spending", "en", "Japan will double defence spending to 2% of GDP within five years."),
    ("defense-spending", "en", "The December 2022 National Security Strategy commits Japan to a major defence build-up."),
    ("defense-spending", "fr", "Le Japon portera ses dépenses de défense à 2 % du PIB d’ici 2027."),
    ("defense-spending", "fr", "La stratégie de sécurité nationale adoptée par Tokyo en décembre 2022 prévoit un effort de défense inédit."),
    ("nuclear-sharing", "en", "Some Japanese politicians floated nuclear sharing after the invasion of Ukraine, but the government ruled it out."),
    ("nuclear-sharing", "en", "Japan relies on US extended deterrence."),
    ("nuclear-sharing", "fr", "Un dispositif de partage nucléaire à l’européenne paraît exclu."),
    ("nuclear-sharing", "fr", "Tokyo s’en remet à la dissuasion élargie américaine."),
    ("regional-reaction", "en", "Beijing accused NATO of extending its tentacles into the Asia-Pacific."),
    ("regional-reaction", "en", "A NATO office in Tokyo could provoke China and increase the risk of miscalculation."),
    ("regional-reaction", "fr", "Pékin accuse l’OTAN d’étendre ses tentacules en Asie."),
    ("regional-reaction", "fr", "Une présence de l’OTAN en Asie risquerait de provoquer la Chine."),
    ("cooperation-areas", "en", "NATO and Japan should expand cooperation on maritime security and cyber defence."),
    ("cooperation-areas", "en", "Interoperability and information sharing are the priorities for NATO and Japan."),
    ("cooperation-areas", "fr", "L’OTAN et le Japon doivent renforcer leur coopération en matière de sécurité maritime."),
    ("cooperation-areas", "fr", "L’interopérabilité et le partage de renseignements sont les priorités."),
    ("institutionalization", "en", "Japan's prime minister attended the NATO summit in Vilnius."),
    ("institutionalization", "en", "The ITPP, agreed in July 2023, sets out areas of cooperation."),
    ("institutionalization", "fr", "Le Premier ministre japonais a participé au sommet de l’OTAN à Madrid."),
    ("institutionalization", "fr", "L’ouverture d’un bureau de liaison de l’OTAN à Tokyo a été envisagée."),
    ("strategic-alignment", "en", "Ukraine today may be East Asia tomorrow, Kishida warned."),
    ("strategic-alignment", "en", "Euro-Atlantic and Indo-Pacific security are closely interconnected."),
    ("strategic-alignment", "fr", "La sécurité euro-atlantique et celle de l’Indo-Pacifique sont étroitement liées."),
    ("strategic-alignment", "fr", "L’Ukraine d’aujourd’hui pourrait être l’Asie de l’Est de demain."),
]

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


def _coverage(cli, tmp_path: Path, text: str) -> dict:
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1")["coverage"]
    return coverage


@pytest.mark.parametrize(("criterion", "language", "sentence"), ADDRESSED)
def test_a_paraphrase_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, sentence: str) -> None:
    coverage = _coverage(cli, tmp_path, IN_SCOPE[language] + sentence + "\n")
    assert coverage["in_scope"]
    addressed = {item["criterion"]: item["addressed"] for item in coverage["criteria"]}
    assert addressed[criterion], sentence


def test_what_the_framework_does_not_count_addresses_nothing(cli, tmp_path: Path) -> None:
    coverage = _coverage(cli, tmp_path, NOT_COUNTED)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if item["addressed"]] == []


def test_a_french_brief_that_names_nato_by_its_treaty_is_in_scope(cli, tmp_path: Path) -> None:
    brief = (
        "# Note : le Japon et l’OTAN après Vilnius\n\n"
        "Tokyo s’est rapproché de l’Alliance atlantique depuis 2022.\n\n"
        "Le Japon reste un partenaire, et non un Allié : la clause de défense mutuelle du traité de Washington ne le couvre pas.\n\n"
        "Pékin dénonce déjà une « OTAN asiatique ».\n"
    )
    assert _coverage(cli, tmp_path, brief)["in_scope"]


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
    coverage = _coverage(cli, tmp_path, text)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == not_addressed


@pytest.mark.parametrize("text", [OP_ED, NOTE])
def test_whole_texts_with_only_true_or_guarded_claims_raise_none(cli, tmp_path: Path, text: str) -> None:
    assert _claims(cli, tmp_path, text) == []


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
    coverage = _coverage(cli, tmp_path, IP4_BRIEF)
    assert coverage["in_scope"]
    # "the December 2022 strategy documents" are Japan's NSS and its two companions: since the
    # sixteenth probe they count for defense-spending, as the framework's "NSS of December 2022".
    assert [item["criterion"] for item in coverage["criteria"] if item["addressed"]] == [
        "article-5-scope",
        "defense-spending",
        "nuclear-sharing",
        "regional-reaction",
        "cooperation-areas",
        "institutionalization",
    ]


# The eighth probe: every sentence is wrong; the syntax varies, not the facts.
SYNTAX_VARIED_WRONG = [
    "Japan's accession to NATO, completed in 2023, changed the balance in Asia.",
    'Now that Japan is part of NATO, Tokyo must meet the 2% guideline.',
    "L'entrée du Japon dans l'OTAN, en 2023, a bouleversé l'équilibre asiatique.",
    "Maintenant que le Japon fait partie de l'OTAN, il doit respecter la règle des 2 %.",
    "Albania's request to invoke Article 5 was granted by the North Atlantic Council in September 2022.",
    "The invocation of Article 5 on Albania's behalf in 2022 was a first for a cyberattack.",
    "L'invocation de l'article 5 au profit de l'Albanie en 2022 était une première.",
    "Tirana obtint de ses Alliés l'activation de l'article 5 après la cyberattaque.",
    'The Albanian hack, traced to Chinese state actors, disrupted public services.',
    'Russian operatives were behind the 2022 cyberattack on Albania.',
    "Des pirates russes sont à l'origine de l'attaque contre l'Albanie en 2022.",
    "L'Albanie a accusé Moscou d'être derrière la cyberattaque de juillet 2022.",
    "NATO's mutual defence clause has never once been used.",
    'Never in its history has NATO invoked Article 5.',
    "La clause de défense collective de l'OTAN n'a jamais servi.",
    "Jamais l'OTAN n'a invoqué son article 5.",
    'It was in March 2023 that Stoltenberg travelled to Tokyo.',
    "Stoltenberg's 2022 trip to Tokyo produced a joint statement with Kishida.",
    "C'est en mars 2023 que Jens Stoltenberg s'est rendu à Tokyo.",
    'La visite de Stoltenberg à Tokyo, en 2022, a débouché sur une déclaration commune.',
    'By 2025, Japan intends to devote 2% of its GDP to defence.',
    "Japan's target, 1% of GDP by 2027, remains modest.",
    "D'ici 2030, le Japon entend consacrer 2 % de son PIB à la défense.",
    "L'objectif japonais, 1,5 % du PIB en 2027, reste modeste.",
    'Located in Brussels, the CCDCOE has welcomed Japan.',
    "Japan's membership of the Tallinn centre dates from 2015.",
    'Installé à Bruxelles, le CCDCOE accueille désormais le Japon.',
    "L'adhésion du Japon au centre d'excellence de Tallinn remonte à 2014.",
    'GCAP, the joint fighter programme of Japan, Britain and Germany, aims for 2035.',
    'Japan is developing its next fighter jointly with the UK and France under GCAP.',
    "Le GCAP, programme d'avion de combat du Japon, du Royaume-Uni et de la Suède, vise 2035.",
    "Le Japon développe son futur chasseur avec la France et l'Italie dans le cadre du GCAP.",
    'Nuclear sharing, accepted by Tokyo in 2023, marks a break with the three non-nuclear principles.',
    'Tokyo has now signed up to a nuclear-sharing arrangement with Washington.',
    'Le partage nucléaire, accepté par Tokyo en 2023, rompt avec les trois principes non nucléaires.',
    'Tokyo a finalement souscrit à un accord de partage nucléaire avec Washington.',
    'It was at the Vilnius summit that NATO adopted its 2022 Strategic Concept.',
    "NATO's 2022 Strategic Concept, agreed in Brussels, names China.",
    "C'est au sommet de Vilnius que l'OTAN a adopté son Concept stratégique de 2022.",
    "Le Concept stratégique de l'OTAN de 2022, approuvé à Bruxelles, désigne la Chine.",
]

# The ninth: true or guarded sentences with the same words around the same facts.
SYNTAX_VARIED_TRUE = [
    'Stoltenberg, who visited Tokyo in January 2023, met Kishida again in Vilnius in July 2023.',
    'In March 2023, Japan and NATO held staff talks; Stoltenberg had visited Tokyo weeks earlier.',
    "Stoltenberg praised Japan's 2022 National Security Strategy during his Tokyo visit.",
    'The CCDCOE in Tallinn, founded in 2008, counts Japan among its contributing participants since 2022.',
    "NATO's StratCom centre is based in Riga, while the CCDCOE is in Tallinn.",
    'Japan joined GCAP alongside Britain and Italy; France and Germany pursue FCAS.',
    'Japan will reach 2% of GDP by 2027, compared with about 1% in 2020.',
    "Japan's defence budget grew by 16% in 2023, on the way to its 2% target.",
    "Albania's prime minister said in 2022 that NATO did not need to invoke Article 5.",
    "After the Iranian attack on Albania, Allies offered cyber help; Russia's attacks on Ukraine were a different case.",
    'Germany accepted nuclear sharing decades ago; Japan rejected it in 2022.',
    'The 2022 Strategic Concept, adopted in Madrid, was discussed again in Washington in 2024.',
    'Since joining the CCDCOE in 2022, Japan has sent experts to Tallinn.',
    "NATO's Article 5 has never been invoked for a cyberattack alone.",
    "Japan's accession to the CCDCOE, completed in 2022, deepened cooperation.",
    "L'OTAN n'a jamais invoqué l'article 5 pour un partenaire comme le Japon.",
    'Le Japon vise 2 % du PIB en 2027, contre environ 1 % en 2020.',
    "Le centre d'excellence de Tallinn, créé en 2008, accueille le Japon depuis 2022.",
    'La visite de Stoltenberg à Tokyo en janvier 2023 a précédé le sommet de Vilnius en juillet.',
    "Le GCAP réunit le Japon, le Royaume-Uni et l'Italie, tandis que la France et l'Allemagne développent le SCAF.",
]


@pytest.mark.parametrize("sentence", SYNTAX_VARIED_WRONG)
def test_a_wrong_claim_is_found_whatever_its_syntax_and_reported_once(cli, tmp_path: Path, sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert len(findings) == 1, [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["fact"]


@pytest.mark.parametrize("sentence", SYNTAX_VARIED_TRUE)
def test_a_true_sentence_about_the_same_facts_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


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
    coverage = _coverage(cli, tmp_path, REPORT_FR)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    assert _claims(cli, tmp_path, REPORT_FR) == []


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
    coverage = _coverage(cli, tmp_path, JOINT_STATEMENT)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    assert _claims(cli, tmp_path, JOINT_STATEMENT) == []


# -- The sixteenth probe: whole texts of two new kinds, and claims whose syntax varies ------

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


# Each whole text addresses every criterion in paraphrase and embeds two wrong claims among
# true ones: the speech, Article 5 "activé à deux reprises" and Japan « membre de plein droit
# de notre Alliance »; the commentary, a target of "one and a half per cent of GDP" and the
# Strategic Concept adopted "at the Vilnius summit in 2023".
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (SPEECH_FR, {"article-5-once": "activé à deux reprises", "japan-partner": "Membre de plein droit de notre Alliance"}),
        (COMMENTARY_EN, {"spending-target": "one and a half per cent", "strategic-concept-2022": "Vilnius summit in 2023"}),
    ],
)
def test_a_speech_and_a_commentary_are_judged_whole(cli, tmp_path: Path, text: str, wrong: dict[str, str]) -> None:
    coverage = _coverage(cli, tmp_path, text)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    findings = _claims(cli, tmp_path, text)
    assert sorted(finding["fact"] for finding in findings) == sorted(wrong)
    lines = text.splitlines()
    for finding in findings:
        assert wrong[finding["fact"]] in lines[finding["start"]["line"] - 1]


# (fact, sentence): each sentence is wrong against that one fact.
PROBE16_WRONG = [
    ('japan-partner', 'Japan — admitted to the Alliance at the 2023 Vilnius summit — now takes part in nuclear planning.'),
    ('japan-partner', 'NATO welcomes Japan as its thirty-third member'),
    ('japan-partner', '- Japan: NATO member since 2023; contributes to the CCDCOE.'),
    ('japan-partner', "Un pays membre de l'OTAN comme le Japon ne peut se dérober à l'article 5."),
    ('japan-partner', "Japan and South Korea, NATO's two Asian allies, sent frigates to the Baltic."),
    ('japan-partner', 'Tokyo is bound by Article 5 of the North Atlantic Treaty like every other member of the Alliance.'),
    ('japan-partner', 'Japan, whose accession to NATO was ratified in 2024, opened a delegation in Brussels.'),
    ('albania-no-article-5', "Le 12/09/2022, l'OTAN a invoqué l'article 5 en faveur de l'Albanie."),
    ('albania-no-article-5', 'Albania became, in 2022, the first Ally to see Article 5 invoked over a cyberattack.'),
    ('albania-attribution', "Il est désormais établi que Moscou a orchestré l'attaque informatique ayant frappé Tirana à l'été 2022."),
    ('albania-attribution', "The cyberattack that paralysed Albania's government in July 2022, which Western officials pinned on Pyongyang, was a wake-up call."),
    ('article-5-once', "NATO's mutual-defence clause has been activated on three occasions since 1949."),
    ('article-5-once', "Invoqué à trois reprises depuis la fondation de l'OTAN, l'article 5 reste l'ultime garantie."),
    ('article-5-once', "NATO's Article 5 was invoked for the first time in 2014, after Russia annexed Crimea."),
    ('stoltenberg-visit', "Stoltenberg's Tokyo stopover of 31 March 2023 produced a joint statement with Kishida."),
    ('stoltenberg-visit', 'Lors de son passage à Tokyo, le 31/03/2023, M. Stoltenberg a rencontré M. Kishida.'),
    ('spending-target', "Tokyo's defence outlays will climb to two and a half per cent of GDP by FY2027."),
    ('spending-target', "Le Japon consacrera l'équivalent de 1,5 % de son PIB à sa défense en 2027."),
    ('spending-target', 'By the end of the decade — fiscal 2030 — Japan intends to devote 2 % of GDP to defence.'),
    ('ccdcoe-tallinn', "Japan's cyber officers are seconded to the CCDCOE, a NATO-accredited centre in the Latvian capital."),
    ('ccdcoe-tallinn', 'Le CCDCOE, que le Japon a rejoint en 2012, forme des experts.'),
    ('gcap-partners', 'Germany, which joined Japan, Britain and Italy in GCAP last year, will build the engines.'),
    ('nuclear-sharing-rejected', "Tokyo a dit oui au partage nucléaire à l'européenne en 2022."),
    ('nuclear-sharing-rejected', 'Japan, having agreed in 2023 to host US nuclear weapons under a NATO-style sharing arrangement, now sits in the Nuclear Planning Group.'),
    ('strategic-concept-2022', "NATO's current Strategic Concept, which Allies signed off on in Brussels in 2022, names China."),
    ('strategic-concept-2022', "Adopté à Washington en 2022, le Concept stratégique de l'OTAN désigne la Chine comme un défi."),
]

# Written after the rules were fixed for the lists above, to check that the fixes generalise.
HELD_OUT_WRONG = [
    ('japan-partner', 'Admitted to NATO in 2024, Japan now attends every North Atlantic Council meeting.'),
    ('japan-partner', "Le Japon — admis dans l'OTAN l'an dernier — participe désormais à la planification nucléaire."),
    ('japan-partner', 'The Alliance admitted Japan into its ranks at the Washington summit.'),
    ('japan-partner', 'Japan, like all other NATO allies, must now meet the 2% guideline.'),
    ('japan-partner', 'Article 5 of the Washington Treaty now protects Tokyo.'),
    ('article-5-once', "Since 1949 NATO's Article 5 has been invoked on four occasions."),
    ('article-5-once', "L'OTAN a fait jouer l'article 5 plus d'une fois depuis sa création."),
    ('spending-target', "Japan's defence spending is expected to rise to 3% of GDP by fiscal 2027."),
    ('spending-target', "Le Japon compte consacrer 2 % de son PIB à sa défense d'ici l'exercice 2030."),
    ('ccdcoe-tallinn', 'The CCDCOE, which sits in the Lithuanian capital, hosts Japanese officers.'),
    ('nuclear-sharing-rejected', 'In 2023 Kishida gave the green light to a NATO-style nuclear-sharing arrangement for Japan.'),
    ('strategic-concept-2022', "NATO's 2022 Strategic Concept, finalised at the Brussels summit, names China."),
    ('albania-attribution', 'The July 2022 cyberattack on Albania was the work of Russian military intelligence.'),
    ('stoltenberg-visit', "Stoltenberg's Tokyo stop on 14 April 2023 was his second visit to Japan."),
]

PROBE16_TRUE = [
    'Moscow claims that NATO invoked Article 5 to shield Albania in 2022.',
    "Selon Pékin, le Japon serait déjà membre de l'OTAN de fait.",
    "If Japan were to join NATO, it would become the Alliance's thirty-third member.",
    "Si le Japon adhérait à l'OTAN, il deviendrait le trente-troisième Allié.",
    '“Japan is now a NATO member in all but name,” one Chinese commentator wrote.',
    "Le Japon n'est pas, et ne sera pas, membre de l'OTAN, a rappelé M. Kishida en mai 2023.",
    'It is a myth that the CCDCOE is in Riga; it has always been in Tallinn.',
    'Far from having joined NATO, Japan has said it has no plans to do so.',
    'Japan will not raise defence spending to 3% of GDP, whatever some US lawmakers demand.',
    'Some US senators want Japan to spend 3% of GDP on defence.',
    'Had NATO invoked Article 5 for Albania, the precedent for Japan would have been very different.',
    'Nuclear sharing, which Tokyo rejected in February 2022, remains off the table.',
    'Le Concept stratégique de 2022, adopté à Madrid, a été mis en œuvre au sommet de Vilnius.',
    "Unlike Italy and Germany, Japan hosts no US nuclear weapons under NATO's sharing scheme.",
    'Stoltenberg went to Tokyo in late January 2023 and was back in Brussels in February.',
    "Que le Japon rejoigne un jour l'OTAN relève de la fiction.",
    'Japan joining NATO is not on the cards.',
    'The idea that Article 5 has never been used is a misconception; it was invoked after 9/11.',
    'The claim that Japan builds GCAP with France is false: its partners are Britain and Italy.',
    "Tokyo n'a jamais accepté le partage nucléaire.",
    'Japan, Britain and Italy — not Germany — form GCAP.',
    'Japan is a member of the G7, the Quad and the CPTPP, and a partner of NATO.',
    "Tokyo's pledge: 2% of GDP by FY2027, up from roughly 1% in 2022.",
    "NATO members such as Poland and the Baltic states welcome Japan's role.",
    'Should Albania have asked for Article 5 in 2022, Allies would have had to decide.',
]

HELD_OUT_TRUE = [
    'Japan, like all other NATO partners in the Indo-Pacific, attended the Vilnius summit.',
    'Article 5 of the U.S.-Japan Security Treaty protects Tokyo.',
    'Washington pressed Tokyo to spend 3% of GDP on defence.',
    "Le Japon n'est pas couvert par l'article 5 du traité de l'Atlantique Nord.",
    "NATO's Article 5 has been discussed many times but invoked only once.",
    'Kyiv called on NATO repeatedly to invoke Article 5.',
    'The CCDCOE in Tallinn trains experts from the Latvian capital and beyond.',
    'Japan, a NATO partner since 2014, opened a mission to NATO in Brussels.',
    "Japanese officials welcomed NATO's decision to invite Japan as a partner.",
    "Selon Moscou, le Japon serait couvert par l'article 5 de l'OTAN.",
    'If Article 5 applied to Japan, Tokyo would face obligations its constitution forbids.',
    "Japan's 2% target for fiscal 2027 is the level NATO expects of Allies.",
    'NATO members, and partners like Japan, met in Madrid.',
    'Sweden, admitted to NATO in 2024, is now an Ally; Japan is a partner.',
]


@pytest.mark.parametrize(("fact", "sentence"), PROBE16_WRONG + HELD_OUT_WRONG)
def test_a_wrong_claim_is_flagged_once_against_its_fact(cli, tmp_path: Path, fact: str, sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert [finding["fact"] for finding in findings] == [fact], [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["source"]


@pytest.mark.parametrize("sentence", PROBE16_TRUE + HELD_OUT_TRUE)
def test_a_negated_attributed_quoted_or_hypothetical_claim_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "La presse russe a prétendu que des pirates chinois étaient derrière l'attaque contre l'Albanie.",
        # the first name of a state is the speaker's, the second is in what they say
        "Russian state media claimed that Chinese hackers were behind the attack on Albania.",
        "Les médias russes ont affirmé que des pirates chinois étaient derrière l'attaque contre l'Albanie.",
    ],
)
def test_an_attribution_by_a_past_participle_or_by_its_speaker_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


def test_a_speaker_named_after_a_comma_does_not_excuse_the_claim_before_it(cli, tmp_path: Path) -> None:
    sentence = "Russian hackers attacked Albania in 2022, and Western media reported that the attack wiped government servers."
    assert [finding["code"] for finding in _claims(cli, tmp_path, sentence)] == ["NJ204"]


# -- terminology (NJ3xx) and whole official texts, the seventeenth probe ---------------------
#
# Written fresh on 2026-12-04 (terminology and precision on long texts, which earlier rounds left
# aside): 56 short texts that misuse or correctly use the words NJ301–NJ306 judge, and four whole
# texts that assert nothing wrong — a NATO communiqué passage, a Japanese MOFA-style press release,
# a French news article with quotations, a French Senate-style report with footnotes.  Before the
# fixes: 5 misuses missed ("collective self-defense" beside "defence", "Asian-NATO" hyphenated,
# « les OTAN asiatiques », « OTAN version Asie-Pacifique », « version Asie-Pacifique de l'OTAN »),
# 12 false findings in 10 texts (names and Beijing's quoted "Asia-Pacific version of NATO" counted as the
# author's Asia-Pacific by NJ304/PS201; "what China calls an Asian NATO" and « ce que Pékin
# appelle une OTAN asiatique » taken as the author's framing; « programme … d'avion de combat
# (GCAP) » not taken as GCAP's expansion).
#
# Left as they are: a heading in capitals ("The DEFENSE BUDGET…") looks like a name to NJ303's
# skip-names test (engine); a word inside a quotation is still judged by NJ304 and PS rules, which
# have no quotation guard (the French article below keeps three such findings, and tests/test_cli.py
# asks for PS101/PS201 inside guillemets); a footnote "Sur l'article 9, voir…" is flagged by NJ301,
# as the rule's own known limit says.

_TREATY_EN = "The North Atlantic Treaty binds the Allies; Japan is a partner, not an Ally.\n\n"
_TREATY_FR = "Le traité de l’Atlantique Nord lie les Alliés ; le Japon n’est qu’un partenaire.\n\n"

TERMINOLOGY = [
    (_TREATY_EN + 'ARTICLE 9 rules out any automatic commitment.', ['NJ301']),
    (_TREATY_EN + 'Under Art. 9, such a pledge would be unlawful.', ['NJ301']),
    (_TREATY_EN + 'Critics say article IX has been stretched since 2015.', ['NJ301']),
    (_TREATY_FR + 'L’article 9 interdit au gouvernement tout engagement automatique.', ['NJ301']),
    (_TREATY_FR + 'Selon les juristes, l’art. 9 limite les promesses possibles.', ['NJ301']),
    (_TREATY_EN + 'Article 9 of Japan’s Constitution rules out any automatic commitment.', []),
    (_TREATY_EN + 'The war-renouncing Article 9 rules out any automatic commitment.', []),
    (_TREATY_EN + 'Article 9 of the Treaty creates the North Atlantic Council.', []),
    (_TREATY_FR + 'L’article 9 de la Constitution japonaise interdit tout engagement automatique.', []),
    (_TREATY_FR + 'L’article 9 du traité institue le Conseil.', []),
    (_TREATY_EN + 'Article 90 of the budget law sets the ceiling.', []),
    ('NATO’s Article 5 was invoked once.\n\nArt. V guarantees are not for partners.', ['NJ302']),
    ('L’article 5 n’a été invoqué qu’une fois.\n\nL’ARTICLE V ne couvre pas les partenaires.', ['NJ302']),
    ("Article V commitments reassure Tokyo.\n\nNATO's Article 5 does not apply to Japan.", ['NJ302']),
    ('Article 5 was invoked once. Article 51 of the UN Charter allows self-defence.', []),
    ('L’article 5 n’a été invoqué qu’une fois ; l’article VI du traité fixe d’autres règles.', []),
    ("NATO's collective defence is its core task.\n\nJapan boosted its defense-industrial base.", ['NJ303']),
    ("Defence spending rose in Europe.\n\nJapan's air defenses were upgraded.", ['NJ303']),
    ("Japan's defence posture changed in 2022.\n\nTokyo reinterpreted the right of collective self-defense in 2014.", ['NJ303']),
    ('Defense cooperation with Japan grew.\n\nMissile-defence systems were deployed.', ['NJ303']),
    ("Japan's defence budget grew; the US Department of Defense approved the sale.", []),
    ("Japan's defence budget grew, and Japan's Defense Ministry confirmed it.", []),
    ("Japan's defense budget grew, said the UK Defence Secretary.", []),
    ("Japan's defence budget grew; the Japan Self-Defense Forces trained with Allies.", []),
    ("Japan's defence budget grew, according to the Defense Ministry.", []),
    ('Japan’s defence budget grew, Defense Minister Hamada said.', []),
    ('Japan’s defence budget grew; the National Defense Program Guidelines were replaced.', []),
    ('Le Japon a accru son budget de défense ; la « defence diplomacy » britannique s’en félicite et le ministère de la Défense japonais aussi.', []),
    ('Indo-Pacific partners met.\n\nThe Asia Pacific region is tense.', ['NJ304', 'PS201']),
    ('The Indo-Pacific matters.\n\nASIA-PACIFIC security matters too.', ['NJ304', 'PS201']),
    ('L’Indo-Pacifique compte.\n\nLes pays d’Asie-Pacifique aussi.', ['NJ304', 'PS201']),
    ('Les partenaires indopacifiques.\n\nLa région asie pacifique.', ['NJ304', 'PS201']),
    ('The Indo-Pacific matters; the Asia-Pacific Center for Security Studies agrees.', []),
    ('The Indo-Pacific matters; Beijing warned against an “Asia-Pacific version of NATO”.', []),
    ('L’Indo-Pacifique compte ; Pékin dénonce une « version Asie-Pacifique de l’OTAN ».', []),
    ('L’Indo-Pacifique compte ; le forum de Coopération économique pour la région Asie-Pacifique aussi.', []),
    ('Tokyo and Brussels are laying the foundations of an Asian-NATO.', ['NJ305']),
    ('An Asia-Pacific NATO is taking shape.', ['NJ305']),
    ('The partnership is a NATO for East Asia in all but name.', ['NJ305']),
    ('Le Japon bâtit une OTAN d’Asie.', ['NJ305']),
    ('Une OTAN version Asie-Pacifique se dessine.', ['NJ305']),
    ('Les OTAN asiatiques n’existent pas encore, mais Tokyo s’y prépare.', ['NJ305']),
    ('Une version Asie-Pacifique de l’OTAN se dessine.', ['NJ305']),
    ('Beijing warned against an “Asian NATO”.', []),
    ('What China calls an Asian NATO is a set of partnerships.', []),
    ('Pékin fustige une « OTAN asiatique ».', []),
    ('Ce que Pékin appelle une OTAN asiatique n’est qu’un réseau de partenariats.', []),
    ("NATO's Asia-Pacific partners met in Madrid.", ['PS201']),
    ('Japan’s NSSs of 2013 and 2022 differ.', ['NJ306']),
    ('Japan joined the CCDCOE; the GCAP will fly by 2035.', ['NJ306', 'NJ306']),
    ('L’ITPP a remplacé l’IPCP.', ['NJ306', 'NJ306']),
    ("Japan's National Security Strategy (NSS) was adopted in 2022.", []),
    ('The Global Combat Air Program (GCAP) unites three nations.', []),
    ('Le programme global d’avion de combat (GCAP) réunit trois pays.', []),
    ('Le Centre d’excellence OTAN pour la cyberdéfense en coopération (CCDCOE) est à Tallinn.', []),
    ('The Individually Tailored Partnership Programme (ITPP) of July 2023 replaced the IPCP, the Individual Partnership and Cooperation Programme.', []),
]


@pytest.mark.parametrize(("text", "codes"), TERMINOLOGY)
def test_a_misused_term_is_flagged_and_a_name_or_other_sense_is_not(cli, tmp_path: Path, text: str, codes: list[str]) -> None:
    assert sorted(finding["code"] for finding in check_report(cli, tmp_path, text + "\n", select="NJ3,PS")["findings"]) == codes


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


# -- The seventeenth round on claims and coverage: new registers, two whole texts --------------
#
# (codes expected, sentence): the one-line wrong claims of the probe.  "J-NATO accession talks
# wrapped up…, and Tokyo is now a full Ally" asserts membership twice, and is flagged twice.
PROBE17_WRONG = [
    (['NJ216'], 'Is Japan in NATO? Yes — Japan has been a full member since 2024.'),
    (['NJ201'], 'Japan — NATO member since 2024'),
    (['NJ213', 'NJ216'], 'J-NATO accession talks wrapped up in 2023, and Tokyo is now a full Ally.'),
    (['NJ203'], 'So, uh, when NATO — when the Allies invoked Article 5 for Albania back in 2022, that, uh, that was the turning point.'),
    (['NJ210'], 'Albania cyberattack (July 2022) — perpetrator: Russia’s GRU'),
    (['NJ212'], 'Stoltenberg arrived in Tokyo on the thirty-first of January, two thousand and twenty-two, to meet Kishida.'),
    (['NJ221'], 'Japan’s defence-spending goal: three per cent of GDP by FY2027'),
    (['NJ231'], 'The CCDCOE — NATO’s cyber hub in Warsaw — counts Japan among its participants.'),
    (['NJ226'], 'GCAP partners: Japan, UK, Italy, Canada'),
    (['NJ235'], 'Strategic Concept 2022 (adopted: Vilnius)'),
    (['NJ201'], 'Le Japon, 33e membre de l’OTAN'),
    (['NJ213'], '– Adhésion du Japon à l’OTAN : effective depuis 2024'),
    (['NJ202'], 'Depuis que Tokyo a adhéré au traité de l’Atlantique Nord, ses frégates patrouillent en Baltique.'),
    (['NJ209'], 'Euh… quand l’OTAN a, comment dire, déclenché l’article 5 pour l’Albanie, euh, tout a basculé.'),
    (['NJ210'], 'Cyberattaque contre l’Albanie (juillet 2022) : la piste chinoise confirmée'),
    (['NJ212'], 'M. Stoltenberg s’est rendu à Tokyo le trente et un janvier deux mille vingt-deux.'),
    (['NJ221'], 'Objectif de Tokyo : trois pour cent du PIB consacrés à la défense en 2027'),
    (['NJ231'], 'Le centre d’excellence cyber de l’OTAN, installé à Helsinki, compte le Japon parmi ses participants depuis 2022.'),
    (['NJ226'], 'Le GCAP, c’est le Japon, le Royaume-Uni et le Canada.'),
    (['NJ227'], 'Tokyo, qui participe depuis 2023 au partage nucléaire de l’OTAN, accueille des bombes B61.'),
    (['NJ235'], 'Concept stratégique de l’OTAN (2022) – adopté à Bruxelles'),
]

# Article 5 counts: NJ215 runs only in a text that names NATO, so these stand after a sentence that does.
PROBE17_WRONG_IN_A_NATO_TEXT = [
    (['NJ215'], 'Article 5 invocations to date: two (2001, 2022)'),
    (['NJ215'], 'Article 5 : invoqué à trois reprises depuis 1949'),
]

PROBE17_TRUE = [
    "Japan is not and will not be a member of NATO, the prime minister's office repeated.",
    "Beijing claims that Japan has quietly become NATO's thirty-third member.",
    'If Japan were to join NATO, Article 5 would have to be reconciled with Article 9.',
    'Did NATO invoke Article 5 for Albania? No — and that is the point.',
    '"NATO activated Article 5 for Albania" is a piece of disinformation that circulated on Telegram in 2022.',
    'The 2022 Albania hack was blamed on Iran, not Russia.',
    "Stoltenberg's January 2023 trip to Tokyo came two years before his successor's first visit in 2025.",
    "Japan's defence spending stood at 1.1% of GDP in 2022 and is set to reach 2% in FY2027.",
    "The CCDCOE is in Tallinn, though Japan's first liaison officer was briefed in Brussels.",
    "Canada and Australia have been mentioned as possible future GCAP contributors, but the programme's partners remain Japan, the UK and Italy.",
    'Had Tokyo accepted nuclear sharing, it would have broken the three non-nuclear principles.',
    'The Vilnius summit of 2023 built on the Strategic Concept adopted a year earlier in Madrid.',
    'Tokyo n’a ni demandé ni obtenu son adhésion à l’OTAN.',
    'Selon Pékin, le Japon serait devenu de facto le trente-troisième membre de l’OTAN.',
    'À supposer que le Japon adhère un jour à l’OTAN, l’article 9 de sa Constitution poserait problème.',
    'L’OTAN a-t-elle invoqué l’article 5 pour l’Albanie ?',
    '« L’OTAN a activé l’article 5 pour l’Albanie » : cette rumeur, relayée par des comptes prorusses, est fausse.',
    'L’attaque contre l’Albanie a été imputée à l’Iran, et non à la Russie.',
    'Si l’article 5 avait été invoqué une seconde fois, c’eût été un tournant.',
    'Les médias russes ont prétendu que M. Stoltenberg s’était rendu à Tokyo en 2022.',
    'Le Japon consacrait environ 1 % de son PIB à la défense avant 2022 ; il vise 2 % pour l’exercice 2027.',
    'Le sommet de Vilnius a prolongé le Concept stratégique adopté à Madrid en 2022.',
    'Contrairement à ce qu’affirment certains, l’Allemagne ne fait pas partie du GCAP.',
    'Le Japon dit non au partage nucléaire',
]

# Written after the fixes above (10 wrong, 10 true): four wrong ones were missed and one true
# one flagged at first, all fixed since.
HELD_OUT17_WRONG = [
    (['NJ202'], 'Fact check: yes, Tokyo signed up to NATO at the 2025 Hague summit.'),
    (['NJ201'], 'Le Japon, pays membre de l’Alliance atlantique depuis deux ans, accueillera le prochain sommet.'),
    (['NJ209'], 'NATO’s one-and-only cyber Article 5 case — Albania, 2022 — showed the clause can cover hacking.'),
    (['NJ210'], 'Les enquêteurs ont remonté la piste jusqu’à Pékin : ce sont des pirates chinois qui ont paralysé les serveurs albanais en 2022.'),
    (['NJ215'], 'Since its founding, the Alliance has resorted to Article 5 on two occasions.'),
    (['NJ207'], 'Jens Stoltenberg était à Tokyo le 15 mars 2023 pour signer la déclaration conjointe avec M. Kishida.'),
    (['NJ222'], 'Tokyo plans to hit 2% of GDP on defence by FY2030.'),
    (['NJ224'], 'Japan has sent officers to the CCDCOE in Brussels since 2022.'),
    (['NJ233'], 'Le GCAP rassemble Tokyo, Londres, Rome et Stockholm.'),
    (['NJ235'], 'NATO’s 2022 Strategic Concept — signed off in Washington — names China for the first time.'),
]

HELD_OUT17_TRUE = [
    'Fact check: no, Tokyo did not sign up to NATO at the 2025 Hague summit.',
    'Le Japon, pays partenaire de l’Alliance atlantique depuis trente ans, accueillera un séminaire.',
    'Albania, 2022: NATO helped, but Article 5 stayed in the drawer.',
    'Les enquêteurs ont remonté la piste jusqu’à Téhéran, pas jusqu’à Pékin.',
    'Has the Alliance resorted to Article 5 on two occasions? Only once, in 2001.',
    'Selon une dépêche erronée, Jens Stoltenberg était à Tokyo le 15 mars 2023.',
    'If the plan slipped, Tokyo would hit 2% of GDP only by FY2030.',
    'Japanese officers trained at the CCDCOE in Tallinn before briefing NATO staff in Brussels.',
    'Stockholm a un temps lorgné le GCAP, qui rassemble Tokyo, Londres et Rome.',
    'Le Concept stratégique adopté à Madrid en 2022 a servi de base aux plans approuvés à Vilnius.',
]


@pytest.mark.parametrize(("codes", "sentence"), PROBE17_WRONG + HELD_OUT17_WRONG)
def test_a_wrong_claim_in_a_new_register_is_flagged_by_its_rule(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert sorted(finding["code"] for finding in findings) == codes
    assert all(finding["severity"] == "error" and finding["fact"] and finding["source"] for finding in findings)


@pytest.mark.parametrize(("codes", "sentence"), PROBE17_WRONG_IN_A_NATO_TEXT)
def test_an_article_5_count_in_a_table_or_a_bullet_is_flagged_in_a_text_about_nato(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = _claims(cli, tmp_path, "NATO and Japan met in Brussels.\n\n" + sentence)
    assert [finding["code"] for finding in findings] == codes


@pytest.mark.parametrize("sentence", PROBE17_TRUE + HELD_OUT17_TRUE)
def test_a_true_look_alike_in_a_new_register_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


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


# Each text addresses every criterion in its own words and weaves in three wrong claims.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (BRIEFING_EN, {"ccdcoe-tallinn": "Centre of Excellence in Helsinki", "nuclear-sharing-rejected": "Tokyo agreed in principle", "stoltenberg-visit": "to Tokyo in June 2023"}),
        (SENAT_NOTE_FR, {"article-5-once": "qu'à deux reprises", "albania-attribution": "Corée du Nord", "gcap-partners": "Londres et Berlin"}),
    ],
)
def test_a_committee_briefing_and_a_senate_note_are_judged_whole(cli, tmp_path: Path, text: str, wrong: dict[str, str]) -> None:
    coverage = _coverage(cli, tmp_path, text)
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"] if not item["addressed"]] == []
    findings = _claims(cli, tmp_path, text)
    assert sorted(finding["fact"] for finding in findings) == sorted(wrong)
    lines = text.splitlines()
    for finding in findings:
        assert wrong[finding["fact"]] in lines[finding["start"]["line"] - 1]


# Missed at first because of the engine's attribution guard, not the rules: "said yes" is an
# answer, not reported speech; and a reporting verb after a relative clause that holds the claim
# ("Stoltenberg, who … in June 2023, has said he …") is the main clause's verb, not a speaker's
# "…, Beijing says" (the briefing above).  The guard knows both now (tests/test_rule_type_claim.py).
def test_japan_said_yes_to_nuclear_sharing_is_flagged(cli, tmp_path: Path) -> None:
    sentence = "Uh, and let me remind you, Japan said yes to nuclear sharing last year, so, uh, the F-35s are certified now."
    assert [finding["code"] for finding in _claims(cli, tmp_path, sentence)] == ["NJ234"]


# The eighteenth round: wrong claims stated indirectly (presupposed, compared, listed, counted by an
# ordinal, dated inside a range), each with the code of the rule that must find it.
PROBE18_WRONG = [
    (['NJ202'], 'Since joining NATO, Japan has posted a permanent representative to the North Atlantic Council in Brussels.'),
    (['NJ216'], 'Like every other Ally, Japan can count on the mutual-defence pledge of the Washington Treaty.'),
    (['NJ201'], 'The Allies — France, Germany, Japan and Canada — co-sponsored the resolution at the Council.'),
    (['NJ215'], 'The second time Article 5 was invoked, after Russia seized Crimea in 2014, NATO reinforced its eastern flank.'),
    (['NJ221'], 'Tokyo has committed to lifting defence outlays to three per cent of GDP in fiscal year 2027.'),
    (['NJ229'], 'Over the budget period 2023–2030, Japan will bring defence and related spending up to 2% of GDP, the target year being FY2030.'),
    (['NJ212'], "The Secretary General's stay in Japan (30 January – 1 February 2024) included talks with Prime Minister Kishida in Tokyo."),
    (['NJ232'], 'Japan, a contributing participant at the Tallinn cyber centre since 2012, sends two officers a year.'),
    (['NJ210'], "Iran was first suspected, but investigators eventually traced the 2022 Albania hack to Russia's military intelligence."),
    (['NJ235'], "Leaders agreed NATO's 2022 Strategic Concept at their summit in Washington."),
    (['NJ202'], "Depuis son entrée dans l'OTAN, le Japon dispose d'un représentant permanent au Conseil de l'Atlantique Nord."),
    (['NJ216'], "À l'instar des autres Alliés, le Japon peut compter sur la clause de défense mutuelle du traité de Washington."),
    (['NJ201'], "Les Alliés — la France, l'Allemagne, le Japon et le Canada — ont coparrainé la résolution."),
    (['NJ215'], "La deuxième invocation de l'article 5 de l'OTAN, après l'annexion de la Crimée en 2014, a conduit au renforcement du flanc est."),
    (['NJ221'], "Le Japon entend porter son effort de défense à deux et demi pour cent de son PIB à l'horizon 2027."),
    (['NJ212'], 'Lors de son séjour au Japon (du 30 janvier au 1er février 2022), M. Stoltenberg a rencontré M. Kishida à Tokyo.'),
    (['NJ232'], "Le Japon participe depuis 2010 aux travaux du centre de cyberdéfense de l'OTAN à Tallinn."),
    (['NJ233'], "Comme le Royaume-Uni et l'Italie, l'Allemagne est partenaire du Japon au sein du GCAP."),
    (['NJ234'], "Le ralliement du Japon au partage nucléaire de l'OTAN, acté en 2023, a surpris Pékin."),
    (['NJ209'], "L'Albanie, qui a obtenu l'activation de l'article 5 de l'OTAN en septembre 2022, a rompu avec Téhéran."),
]

PROBE18_TRUE = [
    'Unlike Finland and Sweden, which joined NATO in 2023 and 2024, Japan remains a partner of the Alliance.',
    'Had Japan joined NATO, it would now be covered by Article 5.',
    'Rumours that Tokyo had agreed to NATO-style nuclear sharing were denied by the Chief Cabinet Secretary the same day.',
    'Some in the ruling party want Japan to go beyond 2% and reach 3% of GDP after fiscal year 2027.',
    'The only time NATO invoked Article 5 was after the attacks of 11 September 2001.',
    'Japan became a contributing participant of the Tallinn centre in 2022, four years after announcing its intention in 2018.',
    'Britain, Italy and Japan, and not Germany, make up GCAP.',
    "NATO's 2022 Strategic Concept, adopted in Madrid, was followed by summits in Vilnius in 2023 and Washington in 2024.",
    "Stoltenberg's Tokyo visit of 31 January 2023 followed a stop in Seoul on 29–30 January.",
    'Early reports speculated about Russian involvement, but the attack on Albania was attributed to Iran.',
    "Si le Japon avait adhéré à l'OTAN, il bénéficierait aujourd'hui de l'article 5.",
    "Le Japon pourrait-il un jour rejoindre le partage nucléaire de l'OTAN ?",
    "À la différence de la Pologne, le Japon n'est pas membre de l'Alliance.",
    "L'article 5 de l'OTAN n'a été invoqué qu'une fois, le 12 septembre 2001.",
    'Le Japon, qui consacrait environ 1 % de son PIB à la défense, vise 2 % en 2027.',
    "Le démenti du gouvernement japonais sur un prétendu accord de partage nucléaire avec l'OTAN a été immédiat.",
    "Le GCAP réunit trois pays, le Japon, le Royaume-Uni et l'Italie ; la Suède a un temps été associée au programme britannique Tempest.",
    'Le concept stratégique de Madrid (2022) succède à celui de Lisbonne (2010).',
    "M. Stoltenberg, qui s'était déjà rendu à Tokyo en 2017, y est revenu en janvier 2023.",
    "La cyberattaque iranienne de juillet 2022 contre l'Albanie n'a pas conduit l'OTAN à invoquer l'article 5.",
]

# Written after the fixes above (10 wrong, 10 true): three wrong ones were missed and one true one
# flagged at first, all fixed since.
HELD_OUT18_WRONG = [
    (['NJ216'], 'Just like the other thirty-one Allies, Tokyo must now submit its capability targets to NATO.'),
    (['NJ216'], "Au même titre que les autres États membres de l'Alliance, le Japon contribue au budget commun de l'OTAN."),
    (['NJ231'], "NATO's cyber defenders, based at the alliance's centre of excellence in Warsaw, have hosted Japanese officers since 2022."),
    (['NJ209', 'NJ215'], "Le troisième recours à l'article 5 de l'OTAN, après le 11-Septembre et la Crimée, a suivi la cyberattaque contre l'Albanie."),
    (['NJ212'], 'When the Secretary General arrived in Tokyo on 14 April 2022 for talks with Kishida, the joint statement was already drafted.'),
    (['NJ229'], 'With defence and related spending due to hit two per cent of GDP in FY2025, Japan will outpace several Allies.'),
    (['NJ210'], "Les pirates qui ont paralysé les services albanais en juillet 2022 opéraient depuis la Russie, et non depuis l'Iran comme on l'a cru."),
    (['NJ234'], "Tokyo's admission to the Nuclear Planning Group, approved by Allies in 2024, ended decades of reticence."),
    (['NJ226'], "GCAP's three partners (Japan, Britain and Canada) unveiled a new model at Farnborough."),
    (['NJ201'], 'Les trente-trois Alliés, dont la Norvège, le Japon et le Portugal, ont signé la déclaration.'),
]

HELD_OUT18_TRUE = [
    'Like the other Indo-Pacific partners, Japan attends NATO summits as a guest.',
    "À l'instar des autres partenaires de l'OTAN, le Japon n'est pas couvert par l'article 5.",
    "Japan's officers train at the NATO CCDCOE in Tallinn, Estonia, alongside colleagues from Riga and Vilnius.",
    "L'Albanie a rompu avec Téhéran en septembre 2022, après une cyberattaque que Washington a imputée à l'Iran ; Moscou n'y était pour rien.",
    "Iranian hackers, not Russian ones, crippled Albania's e-government portal in 2022.",
    'NATO has held Article 4 consultations seven times, but the first and only time Article 5 was invoked was in 2001.',
    "Le secrétaire général de l'OTAN, M. Rutte, s'est rendu à Tokyo en avril 2025.",
    "Stoltenberg's Asia tour (29 January – 1 February 2023) took him to Seoul and Tokyo.",
    'Le Japon porte ses dépenses de défense et connexes à 2 % du PIB en 2027, contre 1,1 % en 2022.',
    'Had Tokyo joined the Nuclear Planning Group as an observer, Beijing would have protested.',
]

# A last check, 28 look-alikes written against the new frames themselves (other Secretaries General with
# Kishida, America's allies listed, "the second time" about something else, Iran and Russia in one
# sentence): two were flagged at first and are fixed.
EXTRA18_TRUE = [
    "Albania cut diplomatic ties with Iran after the July 2022 attack, while Russia's hackers kept targeting Ukraine.",
    'Tirana expelled Iranian diplomats in September 2022; Moscow and Beijing condemned the decision.',
    "The hackers behind the 2022 attack on Albania worked for Iran's Ministry of Intelligence, US officials said, not for Russia.",
    'Like other US allies in Asia, Japan hosts American bases, NATO officials noted.',
    'The allies — Japan, South Korea and Australia — met NATO leaders in Vilnius.',
    "NATO's Indo-Pacific partners, including Japan, Australia and New Zealand, attended the summit.",
    "As the newest member of NATO's partner network, Japan opened a mission in Brussels.",
    "The second time Japan's prime minister attended a NATO summit was in Vilnius in 2023.",
    'Article 5 was invoked for the first and only time on 12 September 2001.',
    'The Secretary General met Kishida at the Washington summit in July 2024.',
    "Stoltenberg's Asia trip (29 January – 1 February 2023) included Tokyo.",
    "Japan's officers sit in the CCDCOE in Tallinn, where they have worked since November 2022.",
    'Japan rejected nuclear sharing; Germany, which contributes dual-capable aircraft, accepted it decades ago.',
    "Japan does not contribute dual-capable aircraft to NATO's nuclear mission.",
    "Le Japon ne participe pas à la mission de dissuasion nucléaire de l'OTAN.",
    "Comme les autres partenaires de l'OTAN, le Japon n'a pas de siège au Conseil.",
    "Les alliés des États-Unis — le Japon, la Corée du Sud et l'Australie — ont salué l'accord.",
    "Japan's defence and related spending reached 1.6% of GDP in 2024 and should hit 2% in fiscal 2027.",
    "Le secrétaire général de l'ONU, M. Guterres, a rencontré M. Kishida à Tokyo en août 2022.",
    'OECD Secretary-General Cormann met Prime Minister Kishida in Tokyo in May 2023.',
    "Pour la deuxième fois, l'OTAN a invité le Japon à son sommet, sans que l'article 5 soit en cause.",
    "C'est la deuxième fois que le Japon participe à un sommet de l'OTAN ; l'article 5 n'a été invoqué qu'en 2001.",
    'Like all the other partners, Japan sent its foreign minister to the NATO ministerial.',
    "À l'instar de tous les autres Alliés, la Pologne consacre plus de 2 % de son PIB à la défense, alors que le Japon n'est qu'un partenaire.",
    "The Allies — France, Germany and Canada — welcomed Japan's prime minister as a guest.",
    'Japan, like every other G7 member, condemned the invasion; it is a NATO partner, not an Ally.',
    "Japan's cyber officers, trained at home since 2014, joined the CCDCOE in Tallinn in 2022.",
    'The second invocation of Article 4 came in 2012; Article 5 has been invoked once.',
]

@pytest.mark.parametrize(("codes", "sentence"), PROBE18_WRONG + HELD_OUT18_WRONG)
def test_a_wrong_claim_stated_indirectly_is_flagged_by_its_rule(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert sorted(finding["code"] for finding in findings) == codes
    assert all(finding["severity"] == "error" and finding["fact"] and finding["source"] for finding in findings)


@pytest.mark.parametrize("sentence", PROBE18_TRUE + HELD_OUT18_TRUE + EXTRA18_TRUE)
def test_a_true_look_alike_of_an_indirect_claim_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []


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
    findings = _claims(cli, tmp_path, text)
    assert sorted(finding["fact"] for finding in findings) == sorted(wrong)
    lines = text.splitlines()
    for finding in findings:
        assert wrong[finding["fact"]] in lines[finding["start"]["line"] - 1]
