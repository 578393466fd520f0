"""Retrieval: sentence embedding, the example bank of the retrieval context and the corpus
examples `cfa suggest` shows, over one nearest-neighbour lookup."""
