import TiwiziCommands

Tiwizi.main()
