"""A run: the engine (read → analyse once → rules → suppressions → typo search), rule discovery,
settings and configuration files, suppression comments, cache, baseline and fixes."""
