print("tiwizi")
