from .deeds import Deed, DeedLink
from .organisations import Campaign, Organisation
from .taxonomy import Sector, Theme

# Last: the page's routes import teot.views, which import the models above.
from .pages import DeedIndexPage  # isort: skip

__all__ = ["Campaign", "Deed", "DeedIndexPage", "DeedLink", "Organisation", "Sector", "Theme"]
