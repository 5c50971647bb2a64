"""wordgame: picks the word of the day from a word list."""
