"""Matching: runs, admin review (pin, exclude, swap, manual pairs), publication, and the
"mentee chooses" mode. Every path asks the same ``HardConstraints`` (inputs.py).

The workflow lives in one module per step: :mod:`runs`, :mod:`review`,
:mod:`publication` and :mod:`mentee_choice`, with :mod:`pair_checks` and
:mod:`explanations` shared by them. Scoring and assignment stay pure (scoring.py,
solver.py, engine.py): arrays in, pairs out, no database.
"""
