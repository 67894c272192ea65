import CNCurses
import DepotCore
