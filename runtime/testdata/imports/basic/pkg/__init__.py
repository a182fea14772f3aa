from . import helper
from .helper import Y
__all__ = ["exported"]
exported = "E"
hidden = 1
