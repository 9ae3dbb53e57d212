"""article-5-scope (NJ102): NATO's collective-defence guarantee and Japan — that it does not cover Japan, a partner, or whether it should (the fear of entanglement included)."""

# Article V of the US–Japan treaty, Article 5 of another agreement or law, and the EU's mutual-assistance
# clause do not count.


CRITERION = "article-5-scope"

ADDRESSED = [
    ("en", "An attack on Japan would not oblige a single NATO capital to respond: the treaty’s one-for-all promise binds only those who signed it."),
    ("en", "Partnership gives Japan a seat at some tables but none of the security guarantees that come with full membership of NATO."),
    ("en", "Some in the Diet fear that each new agreement with NATO could entangle Japan in obligations to defend European allies that it never voted for."),
    ("fr", "Le Japon n’étant pas signataire du traité de Washington, une agression contre lui n’obligerait aucun Allié à intervenir."),
    ("fr", "Tokyo reste un partenaire : la promesse d’assistance réciproque qui lie les trente et un Alliés ne s’étend pas à lui."),
    ("fr", "Adhérer à l’OTAN n’est pas à l’ordre du jour pour le Japon, qui entend rester partenaire sans devenir membre."),
    ("en", "No NATO government would be treaty-bound to send a single ship if the Senkakus came under attack; Japan’s security there rests on Washington alone."),
    ("fr", "Le statut de partenaire ne confère au Japon aucune des protections dont jouissent les membres de plein droit de l’Alliance."),
    ("en", "Tokyo wants practical cooperation, not Article 5-style obligations that would bind it to Europe’s wars."),
    ("en", "Neither capital is asking for commitments of the Article 5 sort."),
    ("fr", "Le Japon ne veut pas d’obligations du type de l’article 5."),
    ("fr", "Personne à Tokyo ne réclame des engagements calqués sur l’article 5."),
    ("en", "Nobody in Tokyo wants guarantees modelled on Article 5."),

    # Article 5 said not to cover the partner, by a pronoun
    ("fr", "Tokyo tient à son statut de partenaire. L’article 5 ne le couvre pas et ne l’engage à rien."),
    ("en", "Japan is a partner of the Alliance. Article 5 would not protect it in a crisis."),
    ("en", "Tokyo remains a partner: Article 5 of the Washington Treaty doesn’t apply to it."),

    # the clause said to bind the Allies among themselves
    ("fr", "Les obligations de l’article 5 du traité de Washington ne valent qu’entre les membres."),
    ("en", "Article 5 of the North Atlantic Treaty applies only among the Allies."),

    # Japan not a member of "the Alliance"
    ("en", "Japan is not a member of the Alliance and has no plans to become one."),
    ("fr", "Le Japon n’est pas membre de l’Alliance, et Tokyo ne le demande pas."),

    # whether the guarantee should reach Japan
    ("en", "Should NATO extend the Alliance’s security guarantees to Japan?"),
    ("fr", "Certains voudraient étendre au Japon les garanties de sécurité de l’OTAN."),
    ("fr", "L’extension aux partenaires du parapluie de l’Alliance n’est pas à l’ordre du jour."),
]

ADDRESSED_AFTER_PARTNERS = [
    ("en", "Japan is not covered by NATO's Article 5 security guarantee."),
    ("en", "As a non-member, Japan cannot invoke the Alliance's collective defence commitment."),
    ("fr", "Le Japon n’est pas couvert par la garantie de l’article 5."),
    ("fr", "Le Japon reste un partenaire, et non un Allié : la clause de défense mutuelle du traité de Washington ne le couvre pas."),
]

POSITIVES = [
    ('en', 'Japan is a partner, not an Ally: NATO’s Article 5 does not cover it.', set()),
    ('fr', 'Le Japon reste en dehors de l’article 5 du traité de l’Atlantique Nord.', set()),
    ('en', 'NATO’s collective defence guarantee does not extend to partners such as Japan.', set()),
    ('en', 'Japan is not covered by NATO’s Article 5, and partnership does not change that.', set()),
    ('fr', 'Le Japon, simple partenaire, ne bénéficie pas de la défense collective de l’OTAN.', set()),
    ('en', 'Japan will remain a partner outside NATO’s Article 5, whatever the depth of cooperation.', set()),
    ('fr', 'Aucun Allié n’est tenu de défendre le Japon : la clause de défense collective de l’OTAN ne s’applique qu’aux membres.', set()),
    ('en', 'Critics in Tokyo fear that closer ties could entangle Japan in NATO’s wars in Europe.', set()),
]

STILL_CREDITED = [
    ("en", "Japan is a partner, not a member: NATO's Article 5 does not cover it."),
    ("fr", "Le Japon est un partenaire : l'article 5 du traité de l'Atlantique Nord ne s'applique pas à lui."),
]

NOT_ADDRESSED = [
    ("en", "NATO invoked its collective defence clause for the first time after the attacks of 11 September 2001."),
    ("fr", "L’article 5 de la loi de programmation militaire française fixe les effectifs des armées."),
    ("en", "Article 5 of Japan’s Self-Defense Forces Act sets out the duties of the Ministry of Defense."),
    ("en", "NATO’s guarantees to its members were reaffirmed at the summit that Japan attended."),
    ("en", "Japan is treaty-bound to consult the United States on bases, NATO officials note."),
    ("en", "Japan and Italy are full members of the G7, which NATO’s Secretary General addressed."),
    ("en", "The 2015 amendment to Article 5 of Japan’s Self-Defense Forces Act concerns staffing."),
    ("fr", "Même élargi en 2015, le droit de légitime défense collective du Japon reste étroitement borné."),
    ("en", "Japan’s right of collective self-defence, widened in 2015, remains narrow."),

    # the US–Japan treaty's Article V, said the same way
    ("en", "Japan relies on its American ally. Article V of the U.S.-Japan Security Treaty does not cover the islands’ airspace, critics say."),
    ("fr", "Le Japon s’en remet à Washington. L’article V du traité de sécurité nippo-américain ne le couvre pas partout."),

    # extending something other than the guarantee
    ("en", "NATO’s commitment to extend its partnership with Japan to space was confirmed."),
    ("fr", "L’Alliance a étendu au Japon ses engagements de partenariat dans le cyberespace."),

    ("en", "The Japan–U.S. alliance endures, and the American commitment under Article V of the treaty covers Japan's territory."),
    ("en", "Tokyo's partnership with NATO grows, but its protection still rests on the U.S. security guarantee under Article V, which Washington says covers the Senkakus."),
    ("en", "Japan's guarantee is America's defence commitment under Article V of the 1960 Treaty, reaffirmed at the NATO summit by the President."),
    ("fr", "L'alliance nippo-américaine demeure : l'article V du traité couvre le Japon, y compris les îles Senkaku."),
    ("fr", "Pour le Japon, la garantie reste l'engagement américain au titre de l'article V, que Washington a réaffirmé en marge du sommet de l'OTAN."),
]

TRAPS = [
    ('en', 'Washington has repeatedly said that Article 5 of its treaty with Japan covers the Senkaku Islands.', set()),
    ('fr', 'Washington a rappelé que l’article 5 du traité qui lie Tokyo aux États-Unis couvre les îles Senkaku.', set()),
    ('en', 'The EU’s mutual assistance clause, Article 42.7, obliges member states to aid one another, and most of them are also NATO Allies; Japan and the EU rely on a strategic partnership agreement instead.', set()),
    ('fr', 'L’article 42.7 du traité sur l’Union européenne, la clause d’assistance mutuelle, a été invoqué par la France en 2015 ; le Japon avait alors exprimé sa solidarité.', set()),
    ('en', 'The collective defence of Japan rests on its alliance with the United States, which keeps some 54,000 troops in the country.', set()),
    ('fr', 'La défense collective du Japon repose sur l’alliance avec les États-Unis, qui y stationnent quelque 54 000 militaires.', set()),
    ('en', 'Under Article 5 of the agreement on the security of information signed by NATO and Japan in 2010, each side must protect the other’s classified data.', set()),
    ('fr', 'Selon l’article 5 de l’accord sur la sécurité des informations signé par l’OTAN et le Japon, chaque partie protège les données classifiées de l’autre.', set()),
    ('en', 'Article V of the 1960 treaty obliges the United States to act against an armed attack on territories under Japan’s administration.', set()),
    ('fr', 'L’article 5 de la Constitution japonaise organise la régence.', set()),
    ('en', 'Under Article 5 of the Japan–Australia Reciprocal Access Agreement, visiting forces must respect local law.', set()),
    ('en', 'Japan’s collective defence with the United States was strengthened by the 2015 guidelines.', set()),
    ('en', 'Under Article 5 of the Japan–UK Reciprocal Access Agreement, each side protects the other’s personnel.', set()),
    ('fr', 'La défense collective du Japon et des États-Unis a été renforcée par les lignes directrices de 2015.', set()),
]

FRAMEWORK_TRAPS = [
    "Under Article V of the U.S.-Japan Security Treaty, the United States defends Japan.",
    "L’article V du traité de sécurité nippo-américain protège le Japon.",
    "Article 5 of the French law of 1901 governs associations.",
]
