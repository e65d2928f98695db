#!/usr/bin/env python3
"""Writes a synthetic catalog CSV of N rows for the `inci check` memory benchmark (see BENCHMARKS.md).

Rows cycle through label texts written for this benchmark; one row in a hundred has a problem
(a fragrance-free claim with parfum, an empty list, a typo) so the check has findings to report.
Usage: python3 Benchmarks/generate-catalog.py 1000000 > /tmp/catalog-1m.csv
"""
import csv
import sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
clean = [
    ("Gel Serum", "Serum", "Oil-free; fragrance-free", "Oily, Combination",
     "Water, Niacinamide, Pentylene Glycol, Zinc PCA, Salicylic Acid, Glycerin, Xanthan Gum, Phenoxyethanol, Ethylhexylglycerin"),
    ("Barrier Cream", "Moisturizer", "Fragrance-free", "Dry, Sensitive",
     "Water, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Ceramide NP, Ceramide AP, Cholesterol, Sodium Hyaluronate, Panthenol, Carbomer, Phenoxyethanol"),
    ("Cica Toner", "Toner", "Alcohol-free", "Sensitive, Normal",
     "Water, Centella Asiatica Extract, Butylene Glycol, Glycerin, Panthenol, Allantoin, Madecassoside, 1,2-Hexanediol, Disodium EDTA"),
    ("Gentle Cleanser", "Cleanser", "Sulfate-free", "All",
     "Water, Glycerin, Cocamidopropyl Betaine, Sodium Cocoyl Isethionate, Panthenol, Citric Acid, Sodium Benzoate"),
]
problems = [
    ("Scented Cream", "Moisturizer", "Fragrance-free", "Dry", "Water, Glycerin, Cetearyl Alcohol, Parfum, Linalool, Phenoxyethanol"),
    ("Empty Row", "Serum", "", "Normal", ""),
    ("Typo Serum", "Serum", "", "Normal", "Water, Niacinimide, Glycerin, Phenoxyethanol"),
]
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["Brand", "Name", "Category", "Claims", "Skin Type", "Ingredients"])
for i in range(rows):
    name, category, claims, skin, ingredients = problems[i // 100 % len(problems)] if i % 100 == 99 else clean[i % len(clean)]
    writer.writerow(["Bench", f"{name} {i}", category, claims, skin, ingredients])
