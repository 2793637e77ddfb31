"""Changes the text states: pairs of figures (`pairs`, the linker), the words it reads them by (`grammar`), and what links a change to its pair."""
