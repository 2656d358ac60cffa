from .applications import CoachingApplication, CoachingFeedback, StatusChange
from .coaches import LANGUAGES, Coach
from .pages import CoachDirectoryPage

__all__ = ["LANGUAGES", "Coach", "CoachDirectoryPage", "CoachingApplication", "CoachingFeedback", "StatusChange"]
