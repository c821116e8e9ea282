"""The long-dependency task: one-line stories whose last word depends on their first sentence.

    I grew up in {Country}. {filler sentences} I speak fluent {Language}.

The filler comes from a grammar over a lexicon the project writes itself (grammar.py,
lexicon.py), or from sentences of any text a user gives (Sentences.from_text). Some filler
sentences name other countries, languages, nationalities and cities, or say who speaks
what, but never with "grew up in" or "speak fluent", so only the first sentence tells which
language ends the story. The distance of a story is the number of characters strictly
between the end of "{Country}." and the start of "I speak fluent".

Both kinds of filler have a training side and a held-out side: the corpus and the
in-distribution probes draw from the first, the out-of-distribution (OOD) probes only from
the second, so the OOD probes ask about text the model has never seen.

One module per step, each importing only those before it:

- task.py: the twelve pairs and the story line itself (story, distance, stories_in);
- sides.py: where filler sentences come from (Side: the grammar's two sides, or Sentences
  from a user's text);
- probing.py: the probes, new stories cut at "I speak fluent ", in each of CONTEXTS;
- layout.py: the corpus, its lines and their order for one run (Curriculum), and the
  project's corpus and probes as `charlstm data longdep` and `make data` write them (build).
"""
