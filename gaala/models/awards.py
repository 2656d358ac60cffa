"""A gala's awards: rows on the gala page, each a category, the awarded deed and/or organisation and the citation."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class Award(TranslatableMixin, Orderable):
    """An award of a gala: a category, the awarded deed and/or organisation, the citation and the rank.

    Translatable so that the same award in every language shares a translation
    key: statistics count each award once.
    """

    class Rank(models.TextChoices):
        WINNER = "winner", _("winner")
        HONOURABLE_MENTION = "mention", _("honourable mention")

    page = ParentalKey("gaala.GalaPage", on_delete=models.CASCADE, related_name="awards")
    category = models.ForeignKey(
        "gaala.AwardCategory", verbose_name=_("category"), on_delete=models.PROTECT, related_name="awards"
    )
    deed = models.ForeignKey(
        "teot.Deed",
        verbose_name=_("deed"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
    )
    organisation = models.ForeignKey(
        "teot.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="awards",
        help_text=_("For an award to an organisation; for a deed, its organisation is shown anyway."),
    )
    rank = models.CharField(_("rank"), max_length=10, choices=Rank.choices, default=Rank.WINNER)
    citation = models.TextField(_("citation"), help_text=_("Why the jury chose it."))

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("deed"), FieldPanel("organisation")]),
        FieldPanel("rank"),
        FieldPanel("citation"),
    ]
    # The chosen deed stays as it is in translations; visitors get its translation when there is one.
    override_translatable_fields = [SynchronizedField("deed")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def clean(self):
        super().clean()
        if not self.deed_id and not self.organisation_id:
            raise ValidationError(_("Choose the awarded deed, the awarded organisation or both."))
        if self.deed_id and not self.deed.live:
            raise ValidationError({"deed": _("This deed is not published. Publish it first, or choose another.")})
