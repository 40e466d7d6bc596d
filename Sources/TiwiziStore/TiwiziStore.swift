import TiwiziCore
