from .awards import Award
from .categories import AwardCategory
from .galas import GalaIndexPage, GalaPage, JuryMember

__all__ = ["Award", "AwardCategory", "GalaIndexPage", "GalaPage", "JuryMember"]
