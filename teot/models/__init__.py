from .deeds import Deed, DeedLink
from .organisations import Campaign, Organisation
from .pages import DeedIndexPage
from .taxonomy import Sector, Theme

__all__ = ["Campaign", "Deed", "DeedIndexPage", "DeedLink", "Organisation", "Sector", "Theme"]
