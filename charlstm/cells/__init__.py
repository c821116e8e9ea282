"""Recurrent cells: one module per cell, each with pure-numpy forward and backward."""
