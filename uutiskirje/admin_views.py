"""Sending an issue from the admin: a confirmation with the recipients per language (and a topic filter),
then the sending's progress. Only people with the "Can send newsletter issues" permission get here."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from teot.models import Sector, Theme

from . import sending, tasks
from .models import Delivery, Mailing, NewsletterIssuePage

PERMISSION = "uutiskirje.send_newsletter"
FAILURES_SHOWN = 100


class TopicsForm(forms.Form):
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"), queryset=Sector.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_default()
        for name, model in (("sectors", Sector), ("themes", Theme)):
            self.fields[name].queryset = model.objects.filter(locale=locale)


class SendingPermissionMixin(WagtailAdminTemplateMixin):
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class SendView(SendingPermissionMixin, FormView):
    """GET: the confirmation, with counts for the topics ticked ("Update the counts"); POST: send."""

    template_name = "uutiskirje/admin/send.html"
    form_class = TopicsForm
    page_title = _("Send the newsletter")
    header_icon = "mail"

    def dispatch(self, request, page_id):
        self.issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.issue.title

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET" and self.request.GET:
            kwargs["data"] = self.request.GET
        return kwargs

    def topics(self, form):
        if form.is_bound and form.is_valid():
            return form.cleaned_data["sectors"], form.cleaned_data["themes"]
        return (), ()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = sending.plan(self.issue, *self.topics(context["form"]))
        context.update(
            issue=self.issue,
            rows=rows,
            total=sum(row["new"] for row in rows),
            earlier=sending.progress(Mailing.objects.filter(issue__translation_key=self.issue.translation_key)),
        )
        return context

    def form_valid(self, form):
        if not self.issue.live:
            messages.error(self.request, _("Publish the issue before sending it."))
            return self.form_invalid(form)
        mailing = tasks.start_sending(self.issue, self.request.user, *self.topics(form))
        messages.success(self.request, _("Sending “%(title)s” has started.") % {"title": self.issue.title})
        return redirect("newsletter_mailing", mailing.pk)


class MailingView(SendingPermissionMixin, TemplateView):
    """How far a sending is: sent, failed (with the reasons) and remaining."""

    template_name = "uutiskirje/admin/mailing.html"
    page_title = _("Newsletter sending")
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.mailing = get_object_or_404(sending.progress(Mailing.objects.select_related("issue", "created_by")), pk=pk)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.mailing.issue.title

    def get_context_data(self, **kwargs):
        failures = (
            Delivery.objects.filter(mailing=self.mailing, status=Delivery.Status.FAILED)
            .select_related("subscriber")
            .order_by("pk")
        )
        return super().get_context_data(
            mailing=self.mailing,
            failures=failures[:FAILURES_SHOWN],
            send_url=reverse("newsletter_send", args=[self.mailing.issue_id]),
            **kwargs,
        )
