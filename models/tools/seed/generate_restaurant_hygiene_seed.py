#!/usr/bin/env python3
"""Writes the restaurant-hygiene seed corpus (models/src/main/resources/seed/restaurant-hygiene/reviews.csv).

The corpus is the project's own: the hand-written reviews in handwritten_en.txt / handwritten_fr.txt,
plus reviews composed from the phrase banks below with a fixed seed (the output is identical on
every run). Nothing here comes from any third-party data set.

Usage: python3 models/tools/seed/generate_restaurant_hygiene_seed.py
"""
import csv
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[1] / "src/main/resources/seed/restaurant-hygiene/reviews.csv"
SEED = 20261128
PER_LANGUAGE = 140  # generated reviews per language, on top of the hand-written ones

EN = {
    "visit": ["Came here for dinner {day} with {who}.", "Ordered delivery from here {day}.",
              "Stopped by for a quick lunch {day}.", "We were a party of {n} {day}.",
              "Grabbed takeout on my way home {day}.", "Brunch with {who} last weekend.",
              "Tried this place for the first time {day}.", "Work lunch here with {who}."],
    "who": ["my wife", "my husband", "two friends", "my parents", "coworkers", "my sister", "my kids", "my boyfriend"],
    "day": ["on Friday", "last Saturday", "on Sunday", "on Monday", "last Tuesday", "yesterday", "on Thursday"],
    "dish": ["the chicken biryani", "the shrimp tacos", "the pork dumplings", "the salmon poke bowl", "the oysters",
             "the lamb kebab", "the chicken caesar salad", "the beef pho", "the tuna rolls", "the egg salad sandwich",
             "the seafood paella", "the pad see ew", "the fried rice", "the clam chowder", "the rare burger"],
    "good": ["{dish} was fantastic, perfectly seasoned.", "{dish} was fresh and generous.",
             "Loved {dish}, will order it again.", "{dish} was solid, nothing to complain about.",
             "{dish} came out hot and fast.", "Honestly {dish} is the best I've had in the city."],
    "bad": ["{dish} was bland and overpriced.", "{dish} was lukewarm and soggy.", "{dish} was way too salty.",
            "{dish} took forever to arrive.", "{dish} was tiny for the price.", "{dish} was dry and forgettable."],
    "service_good": ["Staff were friendly and attentive.", "Our server was great.", "Quick, polite service.",
                     "The owner came by to check on us."],
    "service_bad": ["The waiter ignored us for twenty minutes.", "Service was painfully slow.",
                    "The hostess was rude.", "They got our order wrong twice."],
    "onset": ["A few hours later", "That same night", "Around 2am", "By the next morning", "Within an hour of getting home",
              "About six hours after eating"],
    "symptom": ["I was vomiting nonstop", "I had terrible stomach cramps and diarrhea", "I started throwing up",
                "I was hit with nausea, chills and diarrhea", "I got violently ill", "I was puking my guts out",
                "I came down with a fever and bad diarrhea", "I was stuck in the bathroom all night"],
    "others": ["and {who2} who ate the same thing got sick too.", "and so did {who2}.",
               "- {who2} had the same dish and the same symptoms.", "and {who2} ended up sick as well.", ""],
    "who2": ["my wife", "my friend", "my coworker", "my husband", "my sister", "both of my kids", "two people in our group"],
    "aftermath": ["Definitely food poisoning.", "Lost two days of work.", "Ended up at urgent care.",
                  "The doctor said it was food poisoning.", "It was the only thing I ate that day.",
                  "I reported it to 311.", "Never again.", "Still feeling weak."],
    "close_good": ["Will be back!", "Highly recommend.", "Five stars.", "A new favourite.", "Worth the trip."],
    "close_bad": ["Not coming back.", "Two stars.", "Meh.", "There are better options nearby.", "Skip it."],
    "hard": ["The {dessert} was to die for.", "The wings are sick, seriously.", "I was sick of waiting for our table.",
             "The line made me sick just looking at it, but it moved fast.", "So full I felt sick, totally worth it.",
             "Had a cold that week, their soup was perfect.", "The prices are criminal but {dish} killed it.",
             "I got sick of the loud music after an hour.", "This spicy sauce will destroy you, in a good way.",
             "Nobody got sick, but the bathroom was disgusting.", "Found a hair in {dish}; they replaced it right away.",
             "Saw a mouse near the kitchen door. Food was fine but yikes.",
             "{dish} looked undercooked so I sent it back, the new one was fine."],
    "dessert": ["tiramisu", "cheesecake", "chocolate cake", "creme brulee", "key lime pie"],
}

FR = {
    "visit": ["Dîner ici {day} avec {who}.", "Commande en livraison {day} soir.", "Déjeuner rapide {day} midi.",
              "Nous étions {n} à table {day}.", "Plat à emporter pris {day} en rentrant du travail.",
              "Brunch avec {who} le week-end dernier.", "Première visite {day} avec {who}.",
              "Repas de midi avec {who}."],
    "who": ["ma femme", "mon mari", "deux amis", "mes parents", "des collègues", "ma sœur", "les enfants", "mon copain"],
    "day": ["vendredi", "samedi", "dimanche", "lundi", "mardi dernier", "hier", "jeudi"],
    "dish": ["le poulet basquaise|ms", "les crevettes sautées|fp", "les raviolis au porc|mp", "le poke au saumon|ms",
             "les huîtres|fp", "le kebab|ms", "la salade césar|fs", "le bo bun|ms", "les makis au thon|mp",
             "le croque-monsieur|ms", "la paella|fs", "le pad thaï|ms", "le riz cantonais|ms", "la soupe de poissons|fs",
             "le tartare de bœuf|ms"],
    "good": ["{dish} {etait} excellent{e}, bien assaisonné{e}.", "{dish} {etait} copieu{x}.",
             "J'ai adoré {dish}, je reprendrai.", "{dish} {etait} correct{e}, rien à redire.",
             "{dish} {est} arrivé{e} chaud{e} et vite.", "Franchement {dish} {est} ce qu'il y a de meilleur dans le quartier."],
    "bad": ["{dish} {etait} fade{s} et trop cher{e}.", "{dish} {etait} tiède{s}.", "{dish} {etait} beaucoup trop salé{e}.",
            "{dish} {a} mis une éternité à arriver.", "{dish} {etait} minuscule{s} pour le prix.", "{dish} {etait} sans goût."],
    "service_good": ["Personnel souriant et attentif.", "Serveuse adorable.", "Service rapide et poli.",
                     "Le patron est venu nous saluer."],
    "service_bad": ["Le serveur nous a ignorés vingt minutes.", "Service d'une lenteur incroyable.",
                    "Accueil désagréable.", "Ils se sont trompés deux fois de commande."],
    "onset": ["Quelques heures plus tard", "Le soir même", "Vers 2h du matin", "Dès le lendemain matin",
              "Une heure après être rentré", "Environ six heures après le repas"],
    "symptom": ["j'ai vomi sans arrêt", "j'ai eu de fortes crampes d'estomac et la diarrhée", "j'ai commencé à vomir",
                "nausées, frissons et diarrhée", "j'ai été violemment malade", "gastro carabinée",
                "fièvre et diarrhée", "j'ai passé la nuit aux toilettes"],
    "others": ["même chose pour {who2}, qui avait pris le même plat.", "et {who2} aussi.",
               "{who2} : mêmes symptômes.", "et pareil pour {who2}.", ""],
    "who2": ["ma femme", "mon ami", "ma collègue", "mon mari", "ma sœur", "les deux enfants", "deux personnes de la table"],
    "aftermath": ["Clairement une intoxication alimentaire.", "Deux jours d'arrêt de travail.", "Direction les urgences.",
                  "Le médecin a confirmé une intoxication alimentaire.", "C'était la seule chose mangée de la journée.",
                  "J'ai fait un signalement.", "Plus jamais.", "Encore épuisé."],
    "close_good": ["On reviendra !", "Je recommande.", "Cinq étoiles.", "Une belle adresse.", "Ça vaut le détour."],
    "close_bad": ["Je ne reviendrai pas.", "Deux étoiles.", "Bof.", "Il y a mieux dans le quartier.", "À éviter."],
    "hard": ["Le {dessert} est à tomber.", "Une tuerie, ce burger.", "J'en avais marre d'attendre notre table.",
             "La file d'attente m'a donné mal au cœur, mais elle avance vite.", "Tellement mangé que j'étais malade, mais ça valait le coup.",
             "J'étais enrhumé cette semaine-là, leur soupe m'a fait du bien.", "Les prix sont indécents mais {dish} était divin.",
             "La musique trop forte m'a donné mal à la tête.", "Cette sauce piquante vous arrache la bouche, dans le bon sens.",
             "Personne n'a été malade, mais les toilettes étaient dégoûtantes.", "Un cheveu dans {dish} ; remplacé tout de suite.",
             "Une souris près de la porte de la cuisine. Rien à dire sur les plats, mais bon.",
             "{dish} paraissait pas assez cuit, je l'ai renvoyé, le nouveau était parfait."],
    "dessert": ["tiramisu", "cheesecake", "fondant au chocolat", "crème brûlée", "Paris-Brest"],
}


AGREEMENT = {  # French agreement by gender/number of the dish: masculine/feminine, singular/plural
    "ms": {"e": "", "s": "", "x": "x", "etait": "était", "est": "est", "a": "a"},
    "fs": {"e": "e", "s": "", "x": "se", "etait": "était", "est": "est", "a": "a"},
    "mp": {"e": "s", "s": "s", "x": "x", "etait": "étaient", "est": "sont", "a": "ont"},
    "fp": {"e": "es", "s": "s", "x": "ses", "etait": "étaient", "est": "sont", "a": "ont"},
}


def fill(rng, bank, template):
    out = template
    for _ in range(3):  # nested slots ({dish} inside "good", etc.)
        for slot in ("who", "who2", "day", "dish", "dessert"):
            if "{" + slot + "}" in out:
                value = rng.choice(bank[slot])
                if "|" in value:
                    value, gn = value.split("|")
                    for key, form in AGREEMENT[gn].items():
                        out = out.replace("{" + key + "}", form)
                out = out.replace("{" + slot + "}", value, 1)
        out = out.replace("{n}", str(rng.randint(3, 9)))
    return out[0].upper() + out[1:] if out else out


def positive(rng, b):
    parts = [fill(rng, b, rng.choice(b["visit"]))]
    if rng.random() < 0.6:
        parts.append(fill(rng, b, rng.choice(b["good"] + b["bad"])))
    onset, symptom = rng.choice(b["onset"]), rng.choice(b["symptom"])
    separator = ", " if b is FR else " "
    others = rng.choice(b["others"])
    parts.append(fill(rng, b, f"{onset}{separator}{symptom}{', ' if others and b is FR else ' '}{others}".strip()))
    parts.append(rng.choice(b["aftermath"]))
    if rng.random() < 0.4:
        parts.append(rng.choice(b["close_bad"]))
    return " ".join(parts)


def negative(rng, b):
    good = rng.random() < 0.55
    parts = [fill(rng, b, rng.choice(b["visit"]))]
    parts.append(fill(rng, b, rng.choice(b["good"] if good else b["bad"])))
    if rng.random() < 0.45:  # hard negatives: illness words used figuratively, hygiene without illness
        parts.append(fill(rng, b, rng.choice(b["hard"])))
    parts.append(rng.choice(b["service_good"] if good else b["service_bad"]))
    parts.append(rng.choice(b["close_good"] if good else b["close_bad"]))
    return " ".join(parts)


def handwritten(name, language):
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("|", 1)
            rows.append((text.strip(), int(label), language))
    return rows


def main():
    rng = random.Random(SEED)
    rows = handwritten("handwritten_en.txt", "en") + handwritten("handwritten_fr.txt", "fr")
    seen = {r[0] for r in rows}
    for language, bank in (("en", EN), ("fr", FR)):
        made = 0
        while made < PER_LANGUAGE:
            label = 1 if rng.random() < 0.45 else 0
            text = positive(rng, bank) if label else negative(rng, bank)
            if text not in seen:
                seen.add(text)
                rows.append((text, label, language))
                made += 1
    rng.shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["review_text", "is_foodborne", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} reviews to {OUT}")


if __name__ == "__main__":
    main()
