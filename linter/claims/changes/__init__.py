"""Changes the text states: pairs of figures (`pairs`, the linker) and what links a change to its pair."""
