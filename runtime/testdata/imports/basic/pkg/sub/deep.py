from .. import helper
from ..helper import Y as X
