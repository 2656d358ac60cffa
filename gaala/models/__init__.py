from .categories import AwardCategory
from .galas import Award, GalaIndexPage, GalaPage, JuryMember

__all__ = ["Award", "AwardCategory", "GalaIndexPage", "GalaPage", "JuryMember"]
